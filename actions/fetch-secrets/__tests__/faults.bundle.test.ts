// Bundle tests for the cloud providers and a fault matrix per provider: dist/fetch-secrets/index.js
// spawned as the runner spawns it, against the loopback fakes (one of each, started once), with
// faults injected into the read of one secret while a healthy secret is read beside it. Whatever
// fails, the step must exit 1 with nothing in its outputs or env, one summary error naming each
// failed secret with its provider, one error line per failed secret, and no form of any value or
// credential anywhere the runner could show it.
//
// Retries use core's real backoff (500 ms base, full jitter): only two rows per provider retry.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { findLeaks, leakForms, makeJobDir, runStep, type StepResult } from '../../../test-support/action-runner.js';
import { startAwsFake, type AwsFake } from '../../../test-support/fakes/aws.js';
import { startAzureFake, type AzureFake } from '../../../test-support/fakes/azure.js';
import { startGcpFake, type GcpFake } from '../../../test-support/fakes/gcp.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { startVaultFake, type VaultFake } from '../../../test-support/fakes/vault.js';
import type { Fault } from '../../../test-support/loopback.js';
import { ageKeygen, sopsEncrypt, type AgeKeyPair } from '../../../test-support/sops.js';
import type { FailureKind, ProviderName } from '../src/providers/types.js';

const VAULT_AUDIENCE = 'https://vault.example.com';
const GCP_SA = 'deployer@my-project.iam.gserviceaccount.com';

// Every secret is a JSON object {api_key, endpoint} (OK reads #api_key, BAD reads #api_key, the
// wrong-field row reads #api_kee) so one shape serves every provider. Values are distinct enough
// that no form of one can turn up by chance in a message.
const OK_KEY = 'ok-Key/9f3c+Zq=Lw8TnR2v';
const OK_ENDPOINT = 'ok-endpoint-h7Jw2pXq';
const BAD_KEY = 'bad-Key/4e1d+Pm=Xs6UyB0k';
const BAD_ENDPOINT = 'bad-endpoint-q3Vn8cRt';
const OK_JSON = JSON.stringify({ api_key: OK_KEY, endpoint: OK_ENDPOINT });
const BAD_JSON = JSON.stringify({ api_key: BAD_KEY, endpoint: BAD_ENDPOINT });
const VALUES = { OK: OK_KEY, BAD: BAD_KEY } as Record<string, string>;
const SECRET_VALUES = [OK_KEY, OK_ENDPOINT, BAD_KEY, BAD_ENDPOINT];

// The healthy SOPS secret (AWS rows whose fault fails the one batch call, and the SOPS matrix).
const SOPS_OK = 'sops-ok-Val/8Hd2+Kq=Rw5m';
const SOPS_DB_USER = 'sops-user-Zx4Wc7Lp';
const SOPS_DB_PASSWORD = 'sops-Pa55/Ty6+Bn=Qe3s';
const SOPS_A = 'sops-first-value-J8kR';
const SOPS_B = 'sops-second-value-M2vT';
const SOPS_VALUES = [SOPS_OK, SOPS_DB_USER, SOPS_DB_PASSWORD, SOPS_A, SOPS_B];

let oidc: GithubOidcFake;
let age: AgeKeyPair;
const sopsFiles: Record<string, string> = {};

beforeAll(async () => {
  oidc = await startGithubOidcFake({ issuer: 'self', environment: 'production' });
  age = ageKeygen();
  const other = ageKeygen();
  sopsFiles['ok.enc.yaml'] = sopsEncrypt({ token: SOPS_OK }, [age.recipient]).text;
  sopsFiles['db.enc.yaml'] = sopsEncrypt({ db: { user: SOPS_DB_USER, password: SOPS_DB_PASSWORD } }, [age.recipient]).text;
  // Edited after encryption: the two values swapped (each still decrypts, the MAC does not hold).
  const lines = sopsEncrypt({ a: SOPS_A, b: SOPS_B }, [age.recipient]).text.split('\n');
  const ia = lines.findIndex((l) => l.startsWith('a: '));
  const ib = lines.findIndex((l) => l.startsWith('b: '));
  [lines[ia], lines[ib]] = [`a: ${lines[ib]!.slice(3)}`, `b: ${lines[ia]!.slice(3)}`];
  sopsFiles['tampered.enc.yaml'] = lines.join('\n');
  // Encrypted for someone else's key only.
  sopsFiles['theirs.enc.yaml'] = sopsEncrypt({ token: SOPS_OK }, [other.recipient]).text;
  // A merge that left conflict markers in the encrypted file.
  const good = sopsFiles['ok.enc.yaml'].split('\n');
  sopsFiles['conflict.enc.yaml'] = [
    '<<<<<<< HEAD',
    ...good.slice(0, 1),
    '=======',
    ...good.slice(0, 1),
    '>>>>>>> main',
    ...good.slice(1),
  ].join('\n');
});

afterAll(async () => {
  await oidc?.close();
});

// ---- helpers -------------------------------------------------------------------------------------

interface AuditLine {
  event: string;
  outcome: string;
  subject: Record<string, unknown>;
}

function auditLines(result: StepResult): AuditLine[] {
  const text = readFileSync(join(result.runnerTemp, 'gatehouse', 'audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AuditLine);
}

function errorLines(result: StepResult): string[] {
  return result.visibleStdout.split('\n').filter((line) => line.startsWith('::error::'));
}

/** The same result with an empty state file: for the Vault token, which main saves for the post step on purpose. */
function withoutState(result: StepResult): StepResult {
  return { ...result, files: { ...result.files, state: '' } };
}

function nameOf(line: string): string {
  return /^([A-Za-z0-9_]+)\??=/.exec(line)![1]!;
}

function oidcTokens(): string[] {
  return oidc.issued.map((t) => t.jwt);
}

/** What a row expects: the names exported (and skipped), or the one secret that fails. */
type Then = { exported: string[]; skipped?: string[] } | { failed: string; kind: FailureKind; listed: string; detail: RegExp };

interface Row {
  fault: string;
  /** Reference lines, `NAME=<provider>:<locator>`. */
  secrets: string[];
  timeout?: string;
  /** Inject faults, write files into the workspace. */
  arrange?: (workspace: string) => void;
  then: Then;
  check?: (result: StepResult) => void;
}

interface Matrix {
  provider: ProviderName;
  /** Clear injected faults and recorded requests. */
  reset(): void;
  inputs(): Record<string, string>;
  env(): Record<string, string>;
  /** name -> the value it must export (rows that succeed). */
  values: Record<string, string>;
  /** Values and credentials that must never be visible. */
  secrets(): string[];
  /** Credentials that main saves in its state on purpose (the Vault token): checked everywhere else. */
  stateSecrets?(result: StepResult): string[];
}

async function runRow(m: Matrix, row: Row): Promise<StepResult> {
  m.reset();
  const dir = makeJobDir();
  const workspace = join(dir, 'workspace');
  writeFileSync(join(workspace, 'ok.enc.yaml'), sopsFiles['ok.enc.yaml']!);
  row.arrange?.(workspace);
  const result = await runStep('fetch-secrets', 'main', {
    dir,
    inputs: {
      ...m.inputs(),
      secrets: row.secrets.join('\n'),
      'sops-age-key': age.identity,
      ...(row.timeout ? { timeout: row.timeout } : {}),
    },
    env: { ...oidc.env, ...m.env() },
  });
  const names = row.secrets.map(nameOf);
  const secrets = [...m.secrets(), age.identity];
  const then = row.then;
  if ('failed' in then) {
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({});
    expect(result.env).toEqual({});
    const errors = errorLines(result);
    const summary = errors.filter((line) => line.startsWith('::error::fetch-secrets failed:'));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toContain(
      `::error::fetch-secrets failed: 1 of ${names.length} secrets could not be fetched, so nothing was exported: ${then.failed} (${m.provider}, ${then.listed}).`,
    );
    const own = errors.filter((line) => line.startsWith(`::error::${then.failed} (`));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(then.detail);
    // The healthy secret was read and is not an error: nothing else is reported.
    expect(errors).toHaveLength(2);
    expect(result.summary).toContain('**1 failed: nothing was exported.**');
    expect(result.summary).toContain(`| \`${then.failed}\` | ${m.provider} | `);
    const events = auditLines(result);
    expect(events.map((e) => [e.event, e.subject['name'], e.outcome, e.subject['failure'] ?? null])).toEqual(
      names.map((name) => ['secret-fetched', name, name === then.failed ? 'failure' : 'success', name === then.failed ? then.kind : null]),
    );
  } else {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(errorLines(result)).toEqual([]);
    const expected = Object.fromEntries(then.exported.map((name) => [name, m.values[name]!]));
    expect(result.env).toEqual(expected);
    expect(result.outputs).toEqual({
      ...expected,
      exported: JSON.stringify(then.exported),
      skipped: JSON.stringify(then.skipped ?? []),
    });
    for (const name of then.skipped ?? []) expect(result.visibleStdout).toContain(`::notice::${name} was skipped: `);
    const events = auditLines(result);
    expect(events.map((e) => [e.subject['name'], e.outcome])).toEqual(
      names.map((name) => [name, then.skipped?.includes(name) ? 'skipped' : 'success']),
    );
  }
  expect(findLeaks(result, secrets, { exported: 'exported' in then ? then.exported : [] })).toEqual([]);
  const saved = m.stateSecrets?.(result) ?? [];
  if (saved.length) expect(findLeaks(withoutState(result), saved)).toEqual([]);
  row.check?.(result);
  return result;
}

interface NetworkSpec {
  provider: ProviderName;
  /** `OK=<ref>`: a healthy secret of the same provider, whose read is not faulted. */
  ok: string;
  /** The faulted secret, selecting `#api_key`. */
  bad: string;
  /** The faulted secret with a misspelt field, `#api_kee`. */
  wrongField: string;
  /** A secret that does not exist. */
  missing: string;
  /** The healthy line for faults that fail every read of one call (AWS batches its reads). */
  wholeCallOk?: string;
  /** Queue `fault` for the read of the faulted secret. */
  inject(fault: Fault, times?: number): void;
  /** Requests that reached the read of the faulted secret. */
  attempts(): number;
  /** What the summary error lists after the name and provider, per fault. */
  listed: { hang: string; forever: string; malformed: string; missing: string };
}

/** The seven network faults, for one provider. */
function networkRows(s: NetworkSpec): Row[] {
  const whole = s.wholeCallOk ?? s.ok;
  return [
    {
      fault: 'timeout: the read hangs until the 2s step timeout',
      secrets: [whole, `BAD=${s.bad}`],
      timeout: '2s',
      arrange: () => s.inject({ kind: 'hang' }),
      then: { failed: 'BAD', kind: 'unavailable', listed: s.listed.hang, detail: /did not finish within the step's timeout \(2s\)/ },
    },
    {
      fault: '503 once, then success: retried and exported',
      secrets: [s.ok, `BAD=${s.bad}`],
      arrange: () => s.inject({ kind: 'status', status: 503 }),
      then: { exported: ['OK', 'BAD'] },
      check: (result) => {
        expect(s.attempts()).toBe(2);
        expect(result.visibleStdout).toMatch(/: 503; retry 1 of 3 in /);
      },
    },
    {
      fault: '503 on every attempt',
      secrets: [whole, `BAD=${s.bad}`],
      arrange: () => s.inject({ kind: 'status', status: 503 }, Infinity),
      then: { failed: 'BAD', kind: 'unavailable', listed: s.listed.forever, detail: /503/ },
      check: () => expect(s.attempts()).toBe(4),
    },
    {
      fault: 'malformed JSON answer (200)',
      secrets: [whole, `BAD=${s.bad}`],
      arrange: () => s.inject({ kind: 'malformed' }),
      then: { failed: 'BAD', kind: 'invalid', listed: s.listed.malformed, detail: /not valid JSON|not a JSON object/ },
    },
    {
      fault: 'wrong #field: lists the keys, never the values',
      secrets: [s.ok, `BAD=${s.wrongField}`],
      then: {
        failed: 'BAD',
        kind: 'invalid',
        listed: 'invalid',
        detail: /field 'api_kee' does not exist \(no 'api_kee' at the top level\)\. Fix: Use one of the keys there: api_key, endpoint\.$/,
      },
    },
    {
      fault: 'missing secret',
      secrets: [s.ok, `BAD=${s.missing}`],
      then: { failed: 'BAD', kind: 'not-found', listed: s.listed.missing, detail: /not found|NotFound|404/ },
    },
    {
      fault: 'optional missing secret (NAME?=): skipped',
      secrets: [s.ok, `OPT?=${s.missing}`],
      then: { exported: ['OK'], skipped: ['OPT'] },
    },
  ];
}

// ---- Vault ---------------------------------------------------------------------------------------

describe('fetch-secrets bundle faults: vault', () => {
  let vault: VaultFake;
  const BAD_PATH = '/v1/secret/data/bad';

  beforeAll(async () => {
    vault = await startVaultFake({ verify: oidc.verify });
    vault.addRole('ci', { boundAudiences: [VAULT_AUDIENCE], boundClaims: { environment: 'production' }, policies: ['secret/data/*'] });
    vault.putKv('secret/ok', { api_key: OK_KEY, endpoint: OK_ENDPOINT });
    vault.putKv('secret/bad', { api_key: BAD_KEY, endpoint: BAD_ENDPOINT });
  });
  afterAll(async () => {
    await vault?.close();
  });

  const matrix: Matrix = {
    provider: 'vault',
    reset: () => vault.server.reset(),
    inputs: () => ({ 'vault-url': vault.url, 'vault-role': 'ci', 'vault-jwt-audience': VAULT_AUDIENCE }),
    env: () => ({}),
    values: VALUES,
    secrets: () => [...SECRET_VALUES, ...oidcTokens()],
    stateSecrets: (result) => [...vault.liveTokens.keys(), result.state['vault-token'] ?? ''].filter(Boolean),
  };

  it.each(
    networkRows({
      provider: 'vault',
      ok: 'OK=vault:secret/data/ok#api_key',
      bad: 'vault:secret/data/bad#api_key',
      wrongField: 'vault:secret/data/bad#api_kee',
      missing: 'vault:secret/data/missing#api_key',
      inject: (fault, times = 1) => vault.server.inject(fault, { method: 'GET', path: BAD_PATH, times }),
      attempts: () => vault.server.requestsTo('GET', BAD_PATH).length,
      listed: { hang: 'unavailable', forever: '503', malformed: 'invalid', missing: '404' },
    }),
  )('$fault', async (row) => {
    await runRow(matrix, row);
  });

  // How the per-secret error line is put together (main.ts failureError appends `. Fix: <fix>` to
  // ReadFailure.message): one fix, one period.
  describe('error lines', () => {
    const badLine = (result: StepResult): string => errorLines(result).find((line) => line.startsWith('::error::BAD ('))!;

    it('a read that runs out of time names its fix once (failure.ts: describeError() already appends "Fix: ...")', async () => {
      vault.server.reset();
      vault.server.inject({ kind: 'hang' }, { method: 'GET', path: BAD_PATH });
      const result = await runStep('fetch-secrets', 'main', {
        inputs: { ...matrix.inputs(), secrets: 'BAD=vault:secret/data/bad#api_key', timeout: '1s' },
        env: oidc.env,
      });
      expect(result.code).toBe(1);
      expect(badLine(result).split(' Fix: ')).toHaveLength(2);
    });

    it('a message that ends with a period is not followed by another one before "Fix:"', async () => {
      vault.server.reset();
      const result = await runStep('fetch-secrets', 'main', {
        inputs: { ...matrix.inputs(), secrets: 'BAD=vault:secret/data/missing#api_key' },
        env: oidc.env,
      });
      expect(result.code).toBe(1);
      expect(badLine(result)).not.toContain('.. Fix: ');
    });
  });
});

// ---- AWS -----------------------------------------------------------------------------------------

describe('fetch-secrets bundle: aws-sm', () => {
  let aws: AwsFake;
  const DB_PASSWORD = 'aws-db-Pa55/word+with=odd';
  const DB_USER = 'svc-deployer-aws';
  const API_KEY = 'sk-live-aws-0123456789abcdef';
  const WEBHOOK = 'https://hooks.example.com/T000/B000/aws-XyZ123';

  beforeAll(async () => {
    aws = await startAwsFake({ oidc, trustedSubject: /^repo:octo-org\/octo-repo:environment:production$/ });
    aws.putSecret('prod/db', JSON.stringify({ username: DB_USER, password: DB_PASSWORD, port: 5432 }));
    aws.putSecret('prod/api-key', API_KEY);
    aws.putSecret('prod/webhook', WEBHOOK);
    aws.putSecret('prod/ok', OK_JSON);
    aws.putSecret('prod/bad', BAD_JSON);
  });
  afterAll(async () => {
    await aws?.close();
  });

  const inputs = (): Record<string, string> => ({ 'aws-region': 'us-east-1', 'aws-role-arn': aws.roleArn });
  const awsKeys = (): string[] => aws.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
  const batchCalls = (): number =>
    aws.server.requests.filter((r) => r.headers['x-amz-target'] === 'secretsmanager.BatchGetSecretValue').length;

  it('assumes the role with the OIDC token (STS), reads every secret in one batch, exports them and masks every form', async () => {
    aws.reset();
    const issued = aws.issued.length;
    const result = await runStep('fetch-secrets', 'main', {
      inputs: {
        ...inputs(),
        secrets: [
          'DB_PASSWORD=aws-sm:prod/db#password',
          'DB_USER=aws-sm:prod/db#username',
          'API_KEY=aws-sm:prod/api-key',
          `WEBHOOK=aws-sm:${aws.arnOf('prod/webhook')}`,
        ].join('\n'),
      },
      env: { ...oidc.env, ...aws.env },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const values = { DB_PASSWORD, DB_USER, API_KEY, WEBHOOK };
    expect(result.env).toEqual(values);
    expect(result.outputs).toEqual({ ...values, exported: JSON.stringify(Object.keys(values)), skipped: '[]' });
    // One STS call with the OIDC token, one BatchGetSecretValue for the three distinct secrets.
    expect(aws.calls.AssumeRoleWithWebIdentity.map((c) => c.status)).toEqual([200]);
    expect(aws.calls.BatchGetSecretValue).toHaveLength(1);
    expect(aws.calls.BatchGetSecretValue[0]!.identity).toMatch(/:assumed-role\/gatehouse-reader\/GitHubActions$/);
    for (const value of Object.values(values)) for (const form of leakForms(value)) expect(result.masks).toContain(form);
    // The STS keys and the OIDC token they were obtained with: masked, and nowhere visible.
    const keys = aws.issued.slice(issued).flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
    expect(keys).toHaveLength(3);
    const jwt = oidc.issued.filter((t) => t.audience === 'sts.amazonaws.com').at(-1)!.jwt;
    for (const credential of [...keys, jwt]) expect(result.masks).toContain(credential);
    expect(findLeaks(result, [...keys, jwt])).toEqual([]);
    expect(findLeaks(result, Object.values(values), { exported: Object.keys(values) })).toEqual([]);
    expect(result.summary).toContain('| `DB_PASSWORD` | aws-sm | `aws-sm:prod/db#password` | fetched |');
    expect(result.summary).toContain('4 exported.');
    const events = auditLines(result);
    expect(events.map((e) => [e.event, e.outcome, e.subject['name'], e.subject['provider']])).toEqual(
      Object.keys(values).map((name) => ['secret-fetched', 'success', name, 'aws-sm']),
    );
    expect(await verifyAuditLog(join(result.runnerTemp, 'gatehouse', 'audit.jsonl'))).toMatchObject({ ok: true, count: 4 });
  });

  describe('faults', () => {
    const matrix: Matrix = {
      provider: 'aws-sm',
      reset: () => aws.reset(),
      inputs,
      env: () => aws.env,
      values: VALUES,
      secrets: () => [...SECRET_VALUES, SOPS_OK, ...awsKeys(), ...oidcTokens()],
    };
    it.each(
      networkRows({
        provider: 'aws-sm',
        ok: 'OK=aws-sm:prod/ok#api_key',
        bad: 'aws-sm:prod/bad#api_key',
        wrongField: 'aws-sm:prod/bad#api_kee',
        missing: 'aws-sm:prod/missing#api_key',
        // Every read of a region is one BatchGetSecretValue on `POST /`, like STS before it: the first
        // fault (a no-op delay) is used up by STS, the second hits the batch. A fault that fails the
        // batch fails every AWS read in it, so the healthy secret of those rows is a SOPS one.
        wholeCallOk: 'OK=sops:ok.enc.yaml#token',
        inject: (fault, times = 1) => {
          aws.server.inject({ kind: 'delay', ms: 0 }, { method: 'POST', path: '/' });
          aws.server.inject(fault, { method: 'POST', path: '/', times });
        },
        attempts: batchCalls,
        listed: { hang: 'unavailable', forever: '503', malformed: 'invalid', missing: 'not-found' },
      }),
    )('$fault', async (row) => {
      await runRow(matrix, row);
    });
  });
});

// ---- GCP -----------------------------------------------------------------------------------------

describe('fetch-secrets bundle: gcp-sm', () => {
  let gcp: GcpFake;
  const DB_PASSWORD = 'gcp-db-Pa55/word+with=odd';
  const DB_USER = 'svc-deployer-gcp';
  const API_KEY = 'AIzaSyD-gcp-0123456789abcdefXYZ';
  const BAD_READ = /^\/secretmanager\/v1\/projects\/my-project\/secrets\/bad\/versions\/[^/]+:access$/;

  beforeAll(async () => {
    gcp = await startGcpFake({ oidc });
    gcp.allowServiceAccount(GCP_SA);
    gcp.putSecret({ secret: 'db', data: JSON.stringify({ username: DB_USER, password: DB_PASSWORD }) });
    gcp.putSecret({ secret: 'api-key', data: 'an-older-version-of-the-key' });
    gcp.putSecret({ secret: 'api-key', data: API_KEY });
    gcp.putSecret({ secret: 'ok', data: OK_JSON });
    gcp.putSecret({ secret: 'bad', data: BAD_JSON });
  });
  afterAll(async () => {
    await gcp?.close();
  });

  const inputs = (): Record<string, string> => ({ 'gcp-workload-identity-provider': gcp.providerName, 'gcp-service-account': GCP_SA });

  it('exchanges the OIDC token at STS, impersonates the service account, exports and masks every form', async () => {
    gcp.server.reset();
    const before = gcp.tokens.length;
    const result = await runStep('fetch-secrets', 'main', {
      inputs: {
        ...inputs(),
        secrets: [
          'DB_PASSWORD=gcp-sm:projects/my-project/secrets/db#password',
          'DB_USER=gcp-sm:projects/my-project/secrets/db#username',
          'API_KEY=gcp-sm:projects/123456789012/secrets/api-key/versions/2',
        ].join('\n'),
      },
      env: { ...oidc.env, ...gcp.env },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const values = { DB_PASSWORD, DB_USER, API_KEY };
    expect(result.env).toEqual(values);
    expect(result.outputs).toEqual({ ...values, exported: JSON.stringify(Object.keys(values)), skipped: '[]' });
    // Federated token from STS, then the service account's token, which every read uses.
    const [federated, impersonated, ...more] = gcp.tokens.slice(before);
    expect(more).toEqual([]);
    expect(gcp.server.requestsTo('POST', '/sts/v1/token')).toHaveLength(1);
    const [generate] = gcp.server.requestsTo('POST', /:generateAccessToken$/);
    expect(generate!.path).toBe(`/iamcredentials/v1/projects/-/serviceAccounts/${encodeURIComponent(GCP_SA)}:generateAccessToken`);
    expect(generate!.headers['authorization']).toBe(`Bearer ${federated}`);
    const reads = gcp.server.requestsTo('GET', /:access$/);
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read.headers['authorization']).toBe(`Bearer ${impersonated}`);
    for (const value of Object.values(values)) for (const form of leakForms(value)) expect(result.masks).toContain(form);
    const jwt = oidc.issued.filter((t) => t.audience === `https://iam.googleapis.com/${gcp.providerName}`).at(-1)!.jwt;
    for (const credential of [federated!, impersonated!, jwt]) expect(result.masks).toContain(credential);
    expect(findLeaks(result, [federated!, impersonated!, jwt])).toEqual([]);
    expect(findLeaks(result, [...Object.values(values), 'an-older-version-of-the-key'], { exported: Object.keys(values) })).toEqual([]);
    expect(result.summary).toContain('| `DB_PASSWORD` | gcp-sm | `gcp-sm:projects/my-project/secrets/db#password` | fetched | 1 |');
    expect(result.summary).toContain('| `API_KEY` | gcp-sm | `gcp-sm:projects/123456789012/secrets/api-key/versions/2` | fetched | 2 |');
    const events = auditLines(result);
    expect(events.map((e) => [e.event, e.outcome, e.subject['name'], e.subject['provider']])).toEqual(
      Object.keys(values).map((name) => ['secret-fetched', 'success', name, 'gcp-sm']),
    );
    expect(await verifyAuditLog(join(result.runnerTemp, 'gatehouse', 'audit.jsonl'))).toMatchObject({ ok: true, count: 3 });
  });

  describe('faults', () => {
    const matrix: Matrix = {
      provider: 'gcp-sm',
      reset: () => gcp.server.reset(),
      inputs,
      env: () => gcp.env,
      values: VALUES,
      secrets: () => [...SECRET_VALUES, ...gcp.tokens, ...oidcTokens()],
    };
    it.each(
      networkRows({
        provider: 'gcp-sm',
        ok: 'OK=gcp-sm:projects/my-project/secrets/ok#api_key',
        bad: 'gcp-sm:projects/my-project/secrets/bad#api_key',
        wrongField: 'gcp-sm:projects/my-project/secrets/bad#api_kee',
        missing: 'gcp-sm:projects/my-project/secrets/missing#api_key',
        inject: (fault, times = 1) => gcp.server.inject(fault, { method: 'GET', path: BAD_READ, times }),
        attempts: () => gcp.server.requestsTo('GET', BAD_READ).length,
        listed: { hang: 'unavailable', forever: '503', malformed: 'invalid', missing: '404' },
      }),
    )('$fault', async (row) => {
      await runRow(matrix, row);
    });
  });
});

// ---- Azure ---------------------------------------------------------------------------------------

describe('fetch-secrets bundle: azure-kv', () => {
  let azure: AzureFake;
  const DB_PASSWORD = 'azure-db-Pa55/word+with=odd';
  const DB_USER = 'svc-deployer-azure';
  const API_KEY = 'azure-api-0123456789abcdefXYZ';
  const BAD_READ = /^\/kv\/prod-vault\/secrets\/bad\/?$/;

  beforeAll(async () => {
    azure = await startAzureFake({ oidc, subjects: ['repo:octo-org/octo-repo:environment:production'] });
    azure.putSecret({ vault: 'prod-vault', name: 'db', value: JSON.stringify({ username: DB_USER, password: DB_PASSWORD }) });
    azure.putSecret({ vault: 'prod-vault', name: 'api-key', value: API_KEY });
    azure.putSecret({ vault: 'prod-vault', name: 'ok', value: OK_JSON });
    azure.putSecret({ vault: 'prod-vault', name: 'bad', value: BAD_JSON });
  });
  afterAll(async () => {
    await azure?.close();
  });

  const inputs = (): Record<string, string> => ({ 'azure-tenant-id': azure.tenantId, 'azure-client-id': azure.clientId });

  it('gets an Entra token with the OIDC assertion, reads Key Vault, exports and masks every form', async () => {
    azure.server.reset();
    const before = azure.tokens.length;
    const result = await runStep('fetch-secrets', 'main', {
      inputs: {
        ...inputs(),
        secrets: [
          'DB_PASSWORD=azure-kv:prod-vault/db#password',
          'DB_USER=azure-kv:prod-vault/db#username',
          'API_KEY=azure-kv:prod-vault/api-key',
        ].join('\n'),
      },
      env: { ...oidc.env, ...azure.env },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const values = { DB_PASSWORD, DB_USER, API_KEY };
    expect(result.env).toEqual(values);
    expect(result.outputs).toEqual({ ...values, exported: JSON.stringify(Object.keys(values)), skipped: '[]' });
    const tokens = azure.tokens.slice(before);
    expect(tokens).toHaveLength(1);
    const [login] = azure.server.requestsTo('POST', /oauth2\/v2\.0\/token$/);
    expect(login!.path).toBe(`/login/${azure.tenantId}/oauth2/v2.0/token`);
    const reads = azure.server.requestsTo('GET', /^\/kv\//);
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read.headers['authorization']).toBe(`Bearer ${tokens[0]}`);
    for (const value of Object.values(values)) for (const form of leakForms(value)) expect(result.masks).toContain(form);
    const jwt = oidc.issued.filter((t) => t.audience === 'api://AzureADTokenExchange').at(-1)!.jwt;
    for (const credential of [tokens[0]!, jwt]) expect(result.masks).toContain(credential);
    expect(findLeaks(result, [tokens[0]!, jwt])).toEqual([]);
    expect(findLeaks(result, Object.values(values), { exported: Object.keys(values) })).toEqual([]);
    expect(result.summary).toContain('| `DB_PASSWORD` | azure-kv | `azure-kv:prod-vault/db#password` | fetched |');
    const events = auditLines(result);
    expect(events.map((e) => [e.event, e.outcome, e.subject['name'], e.subject['provider']])).toEqual(
      Object.keys(values).map((name) => ['secret-fetched', 'success', name, 'azure-kv']),
    );
    expect(await verifyAuditLog(join(result.runnerTemp, 'gatehouse', 'audit.jsonl'))).toMatchObject({ ok: true, count: 3 });
  });

  describe('faults', () => {
    const matrix: Matrix = {
      provider: 'azure-kv',
      reset: () => azure.server.reset(),
      inputs,
      env: () => azure.env,
      values: VALUES,
      secrets: () => [...SECRET_VALUES, ...azure.tokens, ...oidcTokens()],
    };
    it.each(
      networkRows({
        provider: 'azure-kv',
        ok: 'OK=azure-kv:prod-vault/ok#api_key',
        bad: 'azure-kv:prod-vault/bad#api_key',
        wrongField: 'azure-kv:prod-vault/bad#api_kee',
        missing: 'azure-kv:prod-vault/missing#api_key',
        inject: (fault, times = 1) => azure.server.inject(fault, { method: 'GET', path: BAD_READ, times }),
        attempts: () => azure.server.requestsTo('GET', BAD_READ).length,
        listed: { hang: 'unavailable', forever: '503', malformed: 'invalid', missing: '404' },
      }),
    )('$fault', async (row) => {
      await runRow(matrix, row);
    });
  });
});

// ---- SOPS ----------------------------------------------------------------------------------------

describe('fetch-secrets bundle faults: sops', () => {
  const matrix: Matrix = {
    provider: 'sops',
    reset: () => {},
    inputs: () => ({}),
    env: () => ({}),
    values: { OK: SOPS_OK, DB: SOPS_DB_PASSWORD },
    secrets: () => SOPS_VALUES,
  };
  const OK = 'OK=sops:ok.enc.yaml#token';
  const put =
    (name: string) =>
    (workspace: string): void =>
      writeFileSync(join(workspace, name), sopsFiles[name]!);

  it.each<Row>([
    {
      fault: 'healthy: two files, nested field',
      secrets: [OK, 'DB=sops:db.enc.yaml#db.password'],
      arrange: put('db.enc.yaml'),
      then: { exported: ['OK', 'DB'] },
    },
    {
      fault: 'missing file',
      secrets: [OK, 'BAD=sops:missing.enc.yaml#token'],
      then: {
        failed: 'BAD',
        kind: 'not-found',
        listed: 'not-found',
        detail: /SOPS file 'missing\.enc\.yaml' does not exist|does not exist/,
      },
    },
    {
      fault: 'optional missing file (NAME?=): skipped',
      secrets: [OK, 'OPT?=sops:missing.enc.yaml#token'],
      then: { exported: ['OK'], skipped: ['OPT'] },
    },
    {
      fault: 'wrong #field: lists the keys, never the values',
      secrets: [OK, 'BAD=sops:db.enc.yaml#db.pasword'],
      arrange: put('db.enc.yaml'),
      then: {
        failed: 'BAD',
        kind: 'invalid',
        listed: 'invalid',
        detail: /field 'db\.pasword' does not exist \(no 'pasword' under 'db'\)\. Fix: Use one of the keys there: user, password\.$/,
      },
    },
    {
      fault: 'tampered file (values swapped after encryption)',
      secrets: [OK, 'BAD=sops:tampered.enc.yaml#a'],
      arrange: put('tampered.enc.yaml'),
      then: { failed: 'BAD', kind: 'invalid', listed: 'invalid', detail: /tampered\.enc\.yaml/ },
    },
    {
      fault: 'wrong age key (encrypted for another recipient only)',
      secrets: [OK, 'BAD=sops:theirs.enc.yaml#token'],
      arrange: put('theirs.enc.yaml'),
      then: { failed: 'BAD', kind: 'auth', listed: 'auth', detail: /can decrypt SOPS file .*theirs\.enc\.yaml/ },
    },
    {
      fault: 'malformed YAML (merge conflict markers)',
      secrets: [OK, 'BAD=sops:conflict.enc.yaml#token'],
      arrange: put('conflict.enc.yaml'),
      then: { failed: 'BAD', kind: 'invalid', listed: 'invalid', detail: /conflict\.enc\.yaml.* is not valid YAML \(line \d+/ },
    },
  ])('$fault', async (row) => {
    await runRow(matrix, row);
  });
});
