// GitHub Actions OIDC: fetch the job's ID token the way actions/toolkit's oidc-utils.ts does
// (reference/secret-providers.md §2.0) and read its claims.

import { GatehouseError } from './errors.js';
import { fetchJson, HttpError, type Backoff, type Deadline } from './http.js';
import { addMask } from './runner.js';

export const ID_TOKEN_URL_VAR = 'ACTIONS_ID_TOKEN_REQUEST_URL';
export const ID_TOKEN_TOKEN_VAR = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';

export interface IdTokenOptions {
  deadline?: Deadline;
  timeoutMs?: number;
  /** Default 5 (the toolkit retries up to 10 times; the step deadline is the better bound). */
  maxAttempts?: number;
  backoff?: Partial<Backoff>;
}

/**
 * The request URL with the audience appended. The runner's URL already has a query string, so the
 * toolkit just appends `&audience=`; a URL without one gets `?`. The rest of the URL is kept byte
 * for byte (re-serialising it through URLSearchParams could change its encoding).
 */
export function idTokenUrl(base: string, audience?: string): string {
  if (!audience) return base;
  const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  return `${base}${separator}audience=${encodeURIComponent(audience)}`;
}

/**
 * Fetch a GitHub OIDC token for `audience` (GitHub's default, `https://github.com/<owner>`, when
 * omitted). The token is registered as a mask before anything else sees it.
 */
export async function getIdToken(audience?: string, options: IdTokenOptions = {}): Promise<string> {
  const base = process.env[ID_TOKEN_URL_VAR];
  const requestToken = process.env[ID_TOKEN_TOKEN_VAR];
  if (!base || !requestToken) {
    throw new GatehouseError(
      'OIDC_UNAVAILABLE',
      `GitHub OIDC is not available to this job: it needs 'permissions: id-token: write' (${ID_TOKEN_URL_VAR} and ${ID_TOKEN_TOKEN_VAR} are not set).`,
      {
        fix: "Add 'permissions: id-token: write' to the job (or the workflow). Pull requests from forks never get a token; run such steps from a trusted workflow.",
      },
    );
  }
  let answer: { value?: unknown } | null;
  try {
    answer = await fetchJson<{ value?: unknown } | null>(idTokenUrl(base, audience), {
      headers: { authorization: `Bearer ${requestToken}` },
      maxAttempts: options.maxAttempts ?? 5,
      timeoutMs: options.timeoutMs,
      deadline: options.deadline,
      backoff: options.backoff,
    });
  } catch (err) {
    // A missed deadline stays DEADLINE_EXCEEDED: the step's budget, not OIDC, is what ran out.
    if (!(err instanceof HttpError) || err.code === 'DEADLINE_EXCEEDED') throw err;
    const refused = err.status === 401 || err.status === 403;
    throw new GatehouseError('OIDC_FAILED', `Could not get a GitHub OIDC token: ${err.message}`, {
      fix: refused ? "The runner's request token was refused; re-run the job and check 'permissions: id-token: write'." : err.fix,
      cause: err,
    });
  }
  const token = answer?.value;
  if (typeof token !== 'string' || token === '') {
    throw new GatehouseError('OIDC_FAILED', "GitHub's OIDC endpoint answered without a token (no 'value' in the response).", {
      fix: 'Re-run the job; if it persists, check githubstatus.com for Actions incidents.',
    });
  }
  // Mask first: even a malformed value is secret and may end up in someone's log.
  addMask(token);
  decodeClaims(token);
  return token;
}

/** Claims of a GitHub Actions token; custom claims are strings. */
export interface IdTokenClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  exp?: number;
  iat?: number;
  nbf?: number;
  repository?: string;
  repository_owner?: string;
  ref?: string;
  sha?: string;
  workflow?: string;
  job_workflow_ref?: string;
  actor?: string;
  event_name?: string;
  run_id?: string;
  runner_environment?: string;
  environment?: string;
  [claim: string]: unknown;
}

const PARTS = ['header', 'payload', 'signature'];

function malformed(why: string): GatehouseError {
  return new GatehouseError('OIDC_FAILED', `The OIDC token is malformed: ${why}.`, {
    fix: 'Pass the JWT exactly as GitHub issued it (three base64url parts separated by dots).',
  });
}

function decodePart(part: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw malformed(`the ${name} is not JSON`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw malformed(`the ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The payload of a JWT, decoded WITHOUT verifying the signature. That is deliberate: the consumer
 * the token is sent to (Vault, AWS STS, GCP STS, Entra ID) verifies signature, issuer, audience and
 * expiry against GitHub's JWKS, and a token Gatehouse just fetched from the runner over TLS needs no
 * second check to be read. Never use this to accept a token from anywhere else. Errors never quote
 * the token.
 */
export function decodeClaims(jwt: string): IdTokenClaims {
  if (typeof jwt !== 'string') throw malformed('it is not a string');
  const parts = jwt.trim().split('.');
  if (parts.length !== 3) throw malformed(`expected 3 dot-separated parts, found ${parts.length}`);
  parts.forEach((part, i) => {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) throw malformed(`the ${PARTS[i]} is not base64url`);
  });
  decodePart(parts[0]!, 'header');
  return decodePart(parts[1]!, 'payload') as IdTokenClaims;
}

/**
 * The claims Gatehouse trusts for audit records and policy decisions (DESIGN.md: trust what GitHub
 * signs over environment variables a workflow can set). `environment` is present only when the job
 * names one.
 */
export interface TrustedClaims {
  repository: string;
  ref: string;
  sha: string;
  job_workflow_ref: string;
  run_id: string;
  environment?: string;
}

const REQUIRED = ['repository', 'ref', 'sha', 'job_workflow_ref', 'run_id'] as const;

export function trustedClaims(claims: IdTokenClaims): TrustedClaims {
  const out: Record<string, string> = {};
  for (const name of REQUIRED) {
    const value = claims[name];
    // run_id is a string in GitHub's tokens; accept a number from other issuers' fixtures.
    if ((typeof value !== 'string' || value === '') && typeof value !== 'number') {
      throw new GatehouseError('OIDC_FAILED', `The OIDC token has no '${name}' claim.`, {
        fix: 'Use a token issued by GitHub Actions (iss https://token.actions.githubusercontent.com or GHES /_services/token).',
      });
    }
    out[name] = String(value);
  }
  const env = claims.environment;
  if (typeof env === 'string' && env !== '') out['environment'] = env;
  return out as unknown as TrustedClaims;
}

/** One log/audit line: `repository=o/r ref=refs/heads/main environment=prod ...` (no secrets). */
export function formatTrustedClaims(trusted: TrustedClaims): string {
  const { repository, ref, environment, job_workflow_ref, sha, run_id } = trusted;
  return Object.entries({ repository, ref, environment, job_workflow_ref, sha, run_id })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
