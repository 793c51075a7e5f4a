// Loopback fake of the GitHub Actions OIDC token endpoint.
//
// Doc source:
// - request/response: actions/toolkit, packages/core/src/oidc-utils.ts — `GET
//   ${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=<urlencoded>` (no audience part when none is asked),
//   `Authorization: Bearer ${ACTIONS_ID_TOKEN_REQUEST_TOKEN}`, answer `{"value":"<JWT>"}`; on an
//   error the toolkit reads `message` from the body.
// - claims: https://docs.github.com/en/actions/reference/security/oidc ("OIDC token claims").
// - both summarised in the shared notes, reference/secret-providers.md §2.0.
// Not documented, so chosen here: 401 `{"message": ...}` for a missing or wrong request token,
// 405 for other methods, a 5-minute token lifetime (configurable).
//
// The JWT is signed RS256 with a key made at test time by node:crypto. `jwks`, `publicKeyPem` and
// `verify()` let other fakes (Vault, AWS STS, GCP STS, Azure Entra) check the token the way the
// real consumer does, and `/.well-known/openid-configuration` + `/.well-known/jwks` are served too.

import { createHash, generateKeyPair, randomBytes, randomUUID, sign, verify as verifySignature, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { json, startLoopback, type LoopbackServer } from '../loopback.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims GitHub puts in an Actions OIDC token (all custom claims are strings). */
export interface GithubClaims {
  iss: string;
  aud: string;
  sub: string;
  jti: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string;
  ref_type: string;
  ref_protected: string;
  sha: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  actor: string;
  actor_id: string;
  event_name: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: string;
  /** Only present when the job names an environment. */
  environment?: string;
  iat: number;
  nbf: number;
  exp: number;
  [claim: string]: unknown;
}

export interface GithubOidcFakeOptions {
  /** The value of ACTIONS_ID_TOKEN_REQUEST_TOKEN the fake accepts; random by default. */
  requestToken?: string;
  /** The job's environment: adds the `environment` claim and makes `sub` `repo:R:environment:E`. */
  environment?: string;
  /** Claims to override or add; `undefined` removes a claim. */
  claims?: Partial<Record<string, unknown>>;
  /** Default https://token.actions.githubusercontent.com (GHES: https://HOST/_services/token);
   *  `'self'` makes the fake its own issuer (its URL), so relying parties can fetch its JWKS. */
  issuer?: string;
  /** Token lifetime; default 300. */
  ttlSeconds?: number;
  /** Give the request URL a query string, like the runner's (`?api-version=2.0`); default true. */
  withQuery?: boolean;
  tls?: boolean;
}

export interface IssuedToken {
  /** The audience asked for, or undefined when none was. */
  audience: string | undefined;
  claims: GithubClaims;
  jwt: string;
}

export interface GithubOidcFake {
  server: LoopbackServer;
  /** ACTIONS_ID_TOKEN_REQUEST_URL. */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** Both variables, ready for `Object.assign(process.env, fake.env)` or a child's env. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  issuer: string;
  kid: string;
  publicKey: KeyObject;
  publicKeyPem: string;
  jwks: { keys: Array<Record<string, string>> };
  /** Tokens handed out by the endpoint, oldest first. */
  issued: IssuedToken[];
  /** The claims a token for `audience` would carry now. */
  claimsFor(audience?: string): GithubClaims;
  /** Sign any payload with the fake's key (expired tokens, wrong audience, missing claims...). */
  mint(payload: Record<string, unknown>, header?: Record<string, unknown>): string;
  /**
   * Check a token as a relying party does: RS256 signature with this key, `kid`, `iss`, `exp`/`nbf`
   * (60 s leeway) and, when given, `aud`. Returns the claims; throws an Error naming what failed.
   */
  verify(jwt: string, expected?: { audience?: string }): GithubClaims;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export async function startGithubOidcFake(options: GithubOidcFakeOptions = {}): Promise<GithubOidcFake> {
  const { publicKey, privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  // RFC 7638 thumbprint as the key id, like most issuers.
  const kid = b64url(
    createHash('sha256')
      .update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n }))
      .digest(),
  );
  const jwks = { keys: [{ kty: 'RSA', alg: 'RS256', use: 'sig', kid, n: jwk.n, e: jwk.e }] };
  const requestToken = options.requestToken ?? `ghs_fake${randomBytes(24).toString('hex')}`;
  const ttl = options.ttlSeconds ?? 300;
  const server = await startLoopback({ tls: options.tls ?? false });
  const issuer = options.issuer === 'self' ? server.url : (options.issuer ?? GITHUB_ISSUER);
  const tokenPath = `/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken`;
  const requestUrl = `${server.url}${tokenPath}${options.withQuery === false ? '' : '?api-version=2.0'}`;
  const issued: IssuedToken[] = [];

  const mint = (payload: Record<string, unknown>, header: Record<string, unknown> = {}): string => {
    const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid, ...header }));
    const body = b64url(JSON.stringify(payload));
    const signature = sign('sha256', Buffer.from(`${head}.${body}`), privateKey);
    return `${head}.${body}.${b64url(signature)}`;
  };

  const claimsFor = (audience?: string): GithubClaims => {
    const now = Math.floor(Date.now() / 1000);
    const owner = 'octo-org';
    const repository = `${owner}/octo-repo`;
    const ref = 'refs/heads/main';
    const sha = 'c040cae0f0dc81641728557b80f09cfa23b83fe5';
    const base: Record<string, unknown> = {
      jti: randomUUID(),
      sub: undefined,
      aud: audience ?? `https://github.com/${owner}`,
      ref,
      sha,
      repository,
      repository_owner: owner,
      repository_owner_id: '2020',
      repository_id: '424242',
      repository_visibility: 'private',
      run_id: '22259804324',
      run_number: '42',
      run_attempt: '1',
      actor: 'octocat',
      actor_id: '1001',
      workflow: 'CI',
      workflow_ref: `${repository}/.github/workflows/ci.yml@${ref}`,
      workflow_sha: sha,
      job_workflow_ref: `${repository}/.github/workflows/ci.yml@${ref}`,
      job_workflow_sha: sha,
      head_ref: '',
      base_ref: '',
      event_name: 'push',
      ref_type: 'branch',
      ref_protected: 'true',
      runner_environment: 'github-hosted',
      ...(options.environment === undefined ? {} : { environment: options.environment }),
      iss: issuer,
      nbf: now,
      iat: now,
      exp: now + ttl,
      ...options.claims,
    };
    if (base['sub'] === undefined) {
      const repo = String(base['repository']);
      base['sub'] =
        typeof base['environment'] === 'string'
          ? `repo:${repo}:environment:${base['environment']}`
          : base['event_name'] === 'pull_request'
            ? `repo:${repo}:pull_request`
            : `repo:${repo}:ref:${String(base['ref'])}`;
    }
    for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
    return base as GithubClaims;
  };

  const verify = (jwt: string, expected: { audience?: string } = {}): GithubClaims => {
    const parts = jwt.split('.');
    if (parts.length !== 3) throw new Error('malformed token: expected three parts');
    const [head, body, signature] = parts as [string, string, string];
    const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string; kid?: string };
    if (header.alg !== 'RS256') throw new Error(`unexpected alg ${String(header.alg)}`);
    if (header.kid !== kid) throw new Error('unknown kid');
    if (!verifySignature('sha256', Buffer.from(`${head}.${body}`), publicKey, Buffer.from(signature, 'base64url'))) {
      throw new Error('invalid signature');
    }
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as GithubClaims;
    const now = Math.floor(Date.now() / 1000);
    if (claims.iss !== issuer) throw new Error('invalid issuer (iss) claim');
    if (typeof claims.exp !== 'number' || claims.exp + 60 < now) throw new Error('token is expired (exp)');
    if (typeof claims.nbf === 'number' && claims.nbf - 60 > now) throw new Error('token not yet valid (nbf)');
    if (expected.audience !== undefined && claims.aud !== expected.audience) throw new Error('invalid audience (aud) claim');
    return claims;
  };

  server.route('*', tokenPath, (req) => {
    if (req.method !== 'GET') return json(405, { message: `Method ${req.method} is not allowed.` });
    if (req.headers['authorization'] !== `Bearer ${requestToken}`) {
      return json(401, { message: 'The request token is missing or invalid.' });
    }
    const audience = req.query.get('audience') ?? undefined;
    const claims = claimsFor(audience);
    const jwt = mint(claims);
    issued.push({ audience, claims, jwt });
    return json(200, { value: jwt });
  });
  server.route('GET', '/.well-known/jwks', () => json(200, jwks));
  server.route('GET', '/.well-known/openid-configuration', () =>
    json(200, {
      issuer,
      jwks_uri: `${server.url}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
      claims_supported: Object.keys(claimsFor()),
    }),
  );

  return {
    server,
    requestUrl,
    requestToken,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    issuer,
    kid,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    jwks,
    issued,
    claimsFor,
    mint,
    verify,
    close: () => server.close(),
  };
}
