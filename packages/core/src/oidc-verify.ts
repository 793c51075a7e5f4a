// Verifying a GitHub Actions OIDC token the way a relying party does, for decisions Gatehouse makes
// itself (fetch-secrets' environment policy). The token's URL comes from ACTIONS_ID_TOKEN_REQUEST_URL,
// which a workflow can override per step; a forged endpoint could hand out any `environment` claim.
// So the claims only count once the RS256 signature checks out against the JWKS of an issuer named
// by the policy file (never by the environment), with `iss`, `exp` and `nbf` checked too.
//
// Imported lazily: it pulls in node:crypto, which the start-up path avoids.

import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { GatehouseError } from './errors.js';
import { fetchJson, type Deadline } from './http.js';
import type { IdTokenClaims } from './oidc.js';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** Clock skew tolerated on exp/nbf, as most relying parties (Vault's default is 60 s too). */
const LEEWAY_SECONDS = 60;

export interface VerifyOptions {
  /** The issuer the token must come from, e.g. https://token.actions.githubusercontent.com. */
  issuer: string;
  deadline?: Deadline;
  ca?: string;
  /** For tests: the current time in seconds. */
  now?: number;
}

interface Jwk extends JsonWebKey {
  kid?: string;
  kty?: string;
  alg?: string;
  use?: string;
}

/** Check `jwt` against the issuer's published keys and return its claims; throws OIDC_FAILED. */
export async function verifyIdToken(jwt: string, options: VerifyOptions): Promise<IdTokenClaims> {
  const issuer = options.issuer.replace(/\/+$/, '');
  const parts = jwt.split('.');
  if (parts.length !== 3) throw invalid('it is not a signed JWT (expected three parts)');
  const [head, body, signature] = parts as [string, string, string];
  const header = decodeJson(head, 'header') as { alg?: unknown; kid?: unknown };
  // Only RS256: GitHub signs with it, and accepting what the token's header says invites alg confusion.
  if (header.alg !== 'RS256') throw invalid(`its algorithm is ${JSON.stringify(header.alg)}, not RS256`);
  const claims = decodeJson(body, 'payload') as IdTokenClaims;
  if (claims.iss !== issuer) {
    throw invalid(
      `it was issued by ${JSON.stringify(claims.iss)}, not ${issuer}`,
      'Set secrets.issuer in the policy file to your GitHub (GHES: https://HOST/_services/token).',
    );
  }
  const keys = await fetchKeys(issuer, options);
  const candidates = keys.filter((k) => k.kty === 'RSA' && (header.kid === undefined || k.kid === header.kid));
  if (candidates.length === 0) throw invalid(`no key of ${issuer} has its key id`);
  const data = Buffer.from(`${head}.${body}`);
  const sig = Buffer.from(signature, 'base64url');
  const good = candidates.some((jwk) => {
    try {
      return verify('sha256', data, createPublicKey({ key: jwk, format: 'jwk' }), sig);
    } catch {
      return false;
    }
  });
  if (!good) throw invalid(`its signature does not verify with the keys of ${issuer}`);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_SECONDS < now) throw invalid('it has expired');
  if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_SECONDS > now) throw invalid('it is not valid yet (nbf)');
  return claims;
}

async function fetchKeys(issuer: string, options: VerifyOptions): Promise<Jwk[]> {
  const request = { deadline: options.deadline, ca: options.ca, maxAttempts: 3 };
  const discovery = await fetchJson<{ issuer?: unknown; jwks_uri?: unknown }>(`${issuer}/.well-known/openid-configuration`, request);
  const jwksUri = discovery?.jwks_uri;
  if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri)) throw invalid(`${issuer}'s OpenID configuration has no jwks_uri`);
  // Keys must come from the issuer's own origin; a discovery document pointing elsewhere is refused.
  if (new URL(jwksUri).origin !== new URL(issuer).origin) throw invalid(`${issuer}'s jwks_uri points at another host`);
  const jwks = await fetchJson<{ keys?: unknown }>(jwksUri, request);
  if (!Array.isArray(jwks?.keys)) throw invalid(`${issuer}'s JWKS has no keys`);
  return jwks.keys as Jwk[];
}

function decodeJson(part: string, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw invalid(`its ${what} is not a JSON object`);
}

function invalid(
  problem: string,
  fix = 'Check that ACTIONS_ID_TOKEN_REQUEST_URL is not overridden in the workflow, then re-run the job.',
): GatehouseError {
  return new GatehouseError('OIDC_FAILED', `The job's OIDC token cannot be trusted: ${problem}.`, { fix });
}
