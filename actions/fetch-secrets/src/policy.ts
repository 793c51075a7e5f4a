// The `secrets:` section of the policy file: which references a job may read, by the GitHub
// environment it runs in and the ref it runs for. The environment and ref come from the job's OIDC
// token, verified against the issuer's keys (core/oidc-verify), never from variables the workflow
// sets. With the section present everything not allowed is denied, before any provider is called.
//
//   secrets:
//     environments:
//       production:
//         refs: [refs/heads/main, 'refs/tags/v*']      # optional; any ref when omitted
//         allow: ['vault:secret/data/prod/**', 'aws-sm:prod/*']
//     default:                                         # jobs without an environment, or one not listed
//       allow: ['vault:secret/data/ci/**', 'sops:ci/*.enc.yaml']
//
// Patterns match `<provider>:<locator>` (the part before `#field`): `*` stays within one path
// segment, `**` crosses them, `?` is one character.

import { globMatch } from '@gatehouse/core/glob';
import { s, type Infer } from '@gatehouse/core/schema';
import type { SecretRef } from './references.js';

const PATTERN = s.string({ minLength: 1, pattern: /^[^\s]+$/, expected: 'a pattern without spaces' });

const RULE = s.object({
  refs: s.array(PATTERN).optional(),
  allow: s.array(PATTERN).default([]),
});

export const secretsPolicySchema = s.object({
  /** Issuer whose keys sign the job's OIDC token: GitHub.com by default; GHES https://HOST/_services/token. */
  issuer: s
    .string({
      pattern: /^https:\/\/[^\s/]+(?:\/[^\s]*)?$|^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/[^\s]*)?$/,
      expected: 'an https:// URL',
    })
    .optional(),
  environments: s.record(RULE).optional(),
  default: RULE.optional(),
});

export type SecretsPolicy = Infer<typeof secretsPolicySchema>;
type Rule = Infer<typeof RULE>;

/** True when the policy says anything about secrets (an empty section enforces nothing). */
export function enforced(policy: SecretsPolicy): boolean {
  return policy.environments !== undefined || policy.default !== undefined;
}

export interface JobIdentity {
  environment: string | undefined;
  ref: string;
}

export interface Denial {
  ref: SecretRef;
  reason: string;
}

/** Every reference the job may not read, with the reason. */
export function denials(policy: SecretsPolicy, refs: readonly SecretRef[], job: JobIdentity): Denial[] {
  const listed = job.environment !== undefined ? policy.environments?.[job.environment] : undefined;
  const rule: Rule | undefined = listed ?? policy.default;
  const scope = listed
    ? `environment '${job.environment}'`
    : job.environment
      ? `environment '${job.environment}' (not listed, so the default rule)`
      : 'jobs without an environment (the default rule)';
  if (!rule) return refs.map((ref) => ({ ref, reason: `the policy has no rule for ${scope}` }));
  if (rule.refs && !rule.refs.some((pattern) => globMatch(pattern, job.ref))) {
    return refs.map((ref) => ({ ref, reason: `${scope} may only be read from ${rule.refs!.join(', ')}, not ${job.ref}` }));
  }
  return refs
    .filter((ref) => !rule.allow.some((pattern) => globMatch(pattern, ref.readKey)))
    .map((ref) => ({ ref, reason: `${scope} does not allow ${ref.readKey}` }));
}

export { globMatch };
