// A ProviderContext for fetch-secrets provider tests: real core http and OIDC (point
// ACTIONS_ID_TOKEN_REQUEST_* at the GitHub OIDC fake), a real bounded pool, and records of what the
// provider masked, saved, logged and reported through `settled`, so tests can assert that every
// credential was masked and every read reported.

import { Deadline } from '@gatehouse/core/http';
import { getIdToken } from '@gatehouse/core/oidc';
import { createLimit } from '@gatehouse/core/pool';
import type { ProviderContext, ProviderSettings, Read, ReadOutcome } from '../actions/fetch-secrets/src/providers/types.js';

export interface TestContext extends ProviderContext {
  masked: string[];
  state: Record<string, string>;
  logs: string[];
  /** Audiences asked of idToken(), in order. */
  audiences: string[];
  /** Reads reported through settled(), in the order they were reported. */
  settledReads: Array<{ key: string; outcome: ReadOutcome }>;
}

/**
 * What is wrong with how a provider reported `reads` through settled(): each read must be reported
 * exactly once, with the very outcome fetchAll returned for it. Empty when nothing is.
 */
export function settleProblems(ctx: TestContext, reads: readonly Read[], outcomes: readonly ReadOutcome[]): string[] {
  const problems: string[] = [];
  reads.forEach((read, i) => {
    const reports = ctx.settledReads.filter((s) => s.key === read.key);
    if (reports.length !== 1) problems.push(`${read.key} was reported ${reports.length} times`);
    else if (reports[0]!.outcome !== outcomes[i]) problems.push(`${read.key} was reported with another outcome than fetchAll returned`);
  });
  for (const { key } of ctx.settledReads) if (!reads.some((r) => r.key === key)) problems.push(`${key} was reported but not read`);
  return problems;
}

export function defaultSettings(): ProviderSettings {
  return {
    vault: { url: '', auth: 'jwt', role: '', authPath: 'jwt', namespace: '', token: '', roleId: '', secretId: '', jwtAudience: '' },
    aws: { region: '', roleArn: '', roleSessionName: 'GitHubActions' },
    gcp: { workloadIdentityProvider: '', serviceAccount: '' },
    azure: { tenantId: '', clientId: '' },
    sops: { ageKey: '' },
  };
}

export interface TestContextOptions {
  settings?: { [K in keyof ProviderSettings]?: Partial<ProviderSettings[K]> };
  env?: NodeJS.ProcessEnv;
  deadlineMs?: number;
  poolSize?: number;
  workspace?: string;
  ca?: string;
}

export function testContext(options: TestContextOptions = {}): TestContext {
  const base = defaultSettings();
  const settings = {
    vault: { ...base.vault, ...options.settings?.vault },
    aws: { ...base.aws, ...options.settings?.aws },
    gcp: { ...base.gcp, ...options.settings?.gcp },
    azure: { ...base.azure, ...options.settings?.azure },
    sops: { ...base.sops, ...options.settings?.sops },
  };
  const deadline = new Deadline(options.deadlineMs ?? 30_000, "the step's timeout input");
  const tokens = new Map<string, Promise<string>>();
  const ctx: TestContext = {
    settings,
    deadline,
    masked: [],
    state: {},
    logs: [],
    audiences: [],
    settledReads: [],
    idToken(audience: string) {
      ctx.audiences.push(audience);
      let token = tokens.get(audience);
      if (!token) {
        token = getIdToken(audience, { deadline, backoff: { sleep: async () => {} } });
        tokens.set(audience, token);
      }
      return token;
    },
    mask(value: string) {
      ctx.masked.push(value);
    },
    limit: createLimit(options.poolSize ?? 8),
    concurrency: options.poolSize ?? 8,
    saveState(name: string, value: string) {
      ctx.state[name] = value;
    },
    workspace: options.workspace ?? process.cwd(),
    env: options.env ?? {},
    ca: options.ca,
    info(message: string) {
      ctx.logs.push(message);
    },
    debug(message: string) {
      ctx.logs.push(`debug: ${message}`);
    },
    settled(read: Read, outcome: ReadOutcome) {
      ctx.settledReads.push({ key: read.key, outcome });
    },
  };
  return ctx;
}
