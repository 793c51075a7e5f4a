// The environment policy, enforced before any provider is called. The job's environment and ref
// come from its OIDC token, verified against the issuer's keys: a step can point
// ACTIONS_ID_TOKEN_REQUEST_URL at a server of its own, but cannot forge GitHub's signature.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { appendAuditEvents } from '@gatehouse/core/audit';
import { workspaceRoot } from '@gatehouse/core/inputs';
import { DEFAULT_POLICY_PATH } from '@gatehouse/core/policy-path';
import { GatehouseError } from '@gatehouse/core/errors';
import type { Deadline } from '@gatehouse/core/http';
import * as runner from '@gatehouse/core/runner';
import type { IdTokens } from './id-tokens.js';
import type { Inputs } from './inputs.js';
import type { JobIdentity } from './policy.js';

/**
 * Throws POLICY_DENIED listing every reference the job may not read. Returns a description of the
 * policy applied for the log, or undefined when the policy file has no `secrets:` rules.
 */
export async function checkPolicy(
  inputs: Inputs,
  tokens: IdTokens,
  deadline: Deadline,
  containsSecret: (text: string) => boolean,
): Promise<string | undefined> {
  // Loaded only when there is a file to read: YAML and the schema cost start-up time, and most
  // jobs have no policy file (an explicit `policy` input that names no file still fails, in loadPolicy).
  if (!inputs.policy && !existsSync(resolve(workspaceRoot(), DEFAULT_POLICY_PATH))) return undefined;
  const [{ loadPolicy }, { denials, enforced, secretsPolicySchema }] = await Promise.all([
    import('@gatehouse/core/policy'),
    import('./policy.js'),
  ]);
  const policy = await loadPolicy(inputs.policy, { secrets: secretsPolicySchema });
  const rules = policy.sections.secrets;
  if (!enforced(rules)) return undefined;

  const { verifyIdToken, GITHUB_OIDC_ISSUER } = await import('@gatehouse/core/oidc-verify');
  const issuer = rules.issuer ?? GITHUB_OIDC_ISSUER;
  let job: JobIdentity;
  try {
    const claims = await verifyIdToken(await tokens.any(), { issuer, deadline, ca: inputs.ca });
    job = {
      environment: typeof claims.environment === 'string' && claims.environment ? claims.environment : undefined,
      ref: String(claims.ref ?? ''),
    };
  } catch (err) {
    if (err instanceof GatehouseError && err.code === 'OIDC_UNAVAILABLE') {
      throw new GatehouseError(
        'OIDC_UNAVAILABLE',
        `The secrets policy in ${policy.file} needs the job's verified environment, and ${err.message}`,
        { fix: err.fix ?? '' },
      );
    }
    throw err;
  }
  const denied = denials(rules, inputs.refs, job);
  const where = `${job.environment ? `environment ${job.environment}` : 'no environment'}, ${job.ref}`;
  if (denied.length === 0) return `policy ${policy.file} allows all of them (${where})`;

  for (const { ref, reason } of denied) runner.error(`${ref.name} ('secrets' line ${ref.line}): ${reason}.`);
  await appendAuditEvents(
    inputs.auditLog,
    denied.map(({ ref, reason }) => ({
      action: 'fetch-secrets',
      event: 'secret-denied',
      outcome: 'denied' as const,
      subject: {
        name: ref.name,
        provider: ref.provider,
        reference: ref.text,
        reason,
        environment: job.environment ?? null,
        ref: job.ref,
        policy: policy.digest ?? null,
      },
    })),
    { containsSecret },
  );
  const names = denied.map((d) => d.ref.name).join(', ');
  throw new GatehouseError(
    'POLICY_DENIED',
    `The secrets policy in ${policy.file} does not let this job (${where}) read ${names}; nothing was fetched.`,
    {
      fix: `Run the job in an environment whose rule allows these references, or change the secrets: section of ${policy.file} (reviewed like code).`,
    },
  );
}
