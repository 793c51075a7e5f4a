import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createPublicKey, verify } from 'node:crypto';
import { GatehouseError } from '@gatehouse/core/errors';
import { closeHttpAgents, Deadline, setBackoff } from '@gatehouse/core/http';
import { decodeClaims, formatTrustedClaims, getIdToken, idTokenUrl, trustedClaims } from '@gatehouse/core/oidc';
import { setWriter } from '@gatehouse/core/runner';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { rejection as failure } from '../../../test-support/failures.js';

const VARS = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;
const sleeps: number[] = [];
let output = '';
let restoreWriter: () => void;
let restoreBackoff: () => void;
let fake: GithubOidcFake;

beforeAll(async () => {
  restoreBackoff = setBackoff({ random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
  restoreWriter = setWriter((text) => {
    output += text;
  });
  fake = await startGithubOidcFake();
});

afterAll(async () => {
  restoreWriter();
  restoreBackoff();
  await fake.close();
  await closeHttpAgents();
});

beforeEach(() => {
  output = '';
  sleeps.length = 0;
  fake.server.reset();
  Object.assign(process.env, fake.env);
});

afterEach(() => {
  for (const name of VARS) delete process.env[name];
});

function decodeFailure(jwt: string): GatehouseError {
  try {
    decodeClaims(jwt);
  } catch (err) {
    expect(err).toBeInstanceOf(GatehouseError);
    return err as GatehouseError;
  }
  throw new Error('expected a failure');
}

describe('idTokenUrl', () => {
  it.each([
    [
      'https://r.example/idtoken?api-version=2.0',
      'sts.amazonaws.com',
      'https://r.example/idtoken?api-version=2.0&audience=sts.amazonaws.com',
    ],
    ['https://r.example/idtoken', 'api://AzureADTokenExchange', 'https://r.example/idtoken?audience=api%3A%2F%2FAzureADTokenExchange'],
    ['https://r.example/idtoken?', 'a b', 'https://r.example/idtoken?audience=a%20b'],
    ['https://r.example/idtoken?x=1', undefined, 'https://r.example/idtoken?x=1'],
    ['https://r.example/idtoken?x=1', '', 'https://r.example/idtoken?x=1'],
  ])('%s + %j', (base, audience, expected) => expect(idTokenUrl(base, audience)).toBe(expected));
});

describe('getIdToken', () => {
  it.each([[VARS[0]], [VARS[1]]])('fails with OIDC_UNAVAILABLE when %s is missing', async (missing) => {
    delete process.env[missing];
    const err = await failure(getIdToken('sts.amazonaws.com'));
    expect(err.code).toBe('OIDC_UNAVAILABLE');
    expect(err.describe()).toBe(
      "GitHub OIDC is not available to this job: it needs 'permissions: id-token: write' (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). " +
        "Fix: Add 'permissions: id-token: write' to the job (or the workflow). Pull requests from forks never get a token; run such steps from a trusted workflow.",
    );
    expect(fake.server.requests).toHaveLength(0);
  });

  it('fetches a token with the request token, the audience and the kept query string, and masks it', async () => {
    const token = await getIdToken('sts.amazonaws.com');
    const [req] = fake.server.requests;
    expect(req?.method).toBe('GET');
    expect(req?.headers['authorization']).toBe(`Bearer ${fake.requestToken}`);
    expect(req?.headers['accept']).toBe('application/json');
    expect(req?.query.get('api-version')).toBe('2.0');
    expect(req?.query.getAll('audience')).toEqual(['sts.amazonaws.com']);
    expect(token).toBe(fake.issued[0]?.jwt);
    expect(output).toBe(`::add-mask::${token}\n`);
    expect(output).not.toContain(fake.requestToken);
  });

  it('leaves the audience out when none is given, so GitHub uses its default', async () => {
    const token = await getIdToken();
    expect(fake.server.requests[0]?.query.has('audience')).toBe(false);
    expect(decodeClaims(token).aud).toBe('https://github.com/octo-org');
  });

  it('handles a request URL without a query string', async () => {
    const bare = await startGithubOidcFake({ withQuery: false });
    try {
      Object.assign(process.env, bare.env);
      const token = await getIdToken('vault');
      expect(bare.server.requests[0]?.url).toMatch(/\/idtoken\?audience=vault$/);
      expect(decodeClaims(token).aud).toBe('vault');
    } finally {
      await bare.close();
    }
  });

  it('retries 5xx from the token endpoint', async () => {
    fake.server.inject({ kind: 'status', status: 503 }, { times: 2 });
    const token = await getIdToken('sts.amazonaws.com');
    expect(fake.server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(decodeClaims(token).aud).toBe('sts.amazonaws.com');
  });

  it('reports a refused request token as OIDC_FAILED without quoting it', async () => {
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'wrong-request-token-123456';
    const err = await failure(getIdToken('vault'));
    expect(err.code).toBe('OIDC_FAILED');
    expect(err.message).toBe(
      `Could not get a GitHub OIDC token: GET ${fake.server.host}${new URL(fake.requestUrl).pathname} failed with 401 Unauthorized: The request token is missing or invalid.`,
    );
    expect(err.fix).toContain("'permissions: id-token: write'");
    expect(err.describe()).not.toContain('wrong-request-token-123456');
    expect(fake.server.requests).toHaveLength(1);
  });

  it('keeps DEADLINE_EXCEEDED when the step deadline runs out', async () => {
    fake.server.inject({ kind: 'hang' }, { times: Infinity });
    const err = await failure(getIdToken('vault', { deadline: new Deadline(150) }));
    expect(err.code).toBe('DEADLINE_EXCEEDED');
  });

  it('fails when the answer has no value', async () => {
    fake.server.inject({ kind: 'status', status: 200, body: { count: 0 } });
    const err = await failure(getIdToken('vault'));
    expect(err.code).toBe('OIDC_FAILED');
    expect(err.message).toBe("GitHub's OIDC endpoint answered without a token (no 'value' in the response).");
  });

  it('masks even a malformed token before refusing it', async () => {
    fake.server.inject({ kind: 'status', status: 200, body: { value: 'not-a-jwt-but-secret' } });
    const err = await failure(getIdToken('vault'));
    expect(err.message).toBe('The OIDC token is malformed: expected 3 dot-separated parts, found 1.');
    expect(output).toBe('::add-mask::not-a-jwt-but-secret\n');
  });
});

describe('decodeClaims', () => {
  it('returns the documented claims, which verify with the fake issuer key (checked by node:crypto directly)', async () => {
    const env = await startGithubOidcFake({ environment: 'production' });
    try {
      Object.assign(process.env, env.env);
      const token = await getIdToken('https://vault.example.com');
      const claims = decodeClaims(token);
      expect(claims).toMatchObject({
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'https://vault.example.com',
        sub: 'repo:octo-org/octo-repo:environment:production',
        repository: 'octo-org/octo-repo',
        repository_owner: 'octo-org',
        ref: 'refs/heads/main',
        environment: 'production',
        event_name: 'push',
        runner_environment: 'github-hosted',
      });
      for (const claim of ['sha', 'workflow', 'job_workflow_ref', 'actor', 'run_id', 'exp', 'iat', 'nbf'])
        expect(claims).toHaveProperty(claim);
      const [head, body, sig] = token.split('.') as [string, string, string];
      const key = createPublicKey({ key: env.jwks.keys[0]!, format: 'jwk' });
      expect(verify('sha256', Buffer.from(`${head}.${body}`), key, Buffer.from(sig, 'base64url'))).toBe(true);
      expect(env.verify(token, { audience: 'https://vault.example.com' })).toEqual(claims);
      expect(() => env.verify(token, { audience: 'sts.amazonaws.com' })).toThrow('invalid audience (aud) claim');
    } finally {
      await env.close();
    }
  });

  const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['two parts', 'aaa.bbb', 'expected 3 dot-separated parts, found 2'],
    ['four parts', 'a.b.c.d', 'expected 3 dot-separated parts, found 4'],
    ['padding', `${b64({ alg: 'RS256' })}.${b64({ sub: 'x' })}=.sig`, 'the payload is not base64url'],
    ['an empty signature', `${b64({ alg: 'RS256' })}.${b64({ sub: 'x' })}.`, 'the signature is not base64url'],
    ['a payload that is not JSON', `${b64({ alg: 'RS256' })}.${Buffer.from('hello').toString('base64url')}.sig`, 'the payload is not JSON'],
    ['a JSON array payload', `${b64({ alg: 'RS256' })}.${b64(['x'])}.sig`, 'the payload is not a JSON object'],
    ['a null payload', `${b64({ alg: 'RS256' })}.${b64(null)}.sig`, 'the payload is not a JSON object'],
    ['a header that is not JSON', `${Buffer.from('nope').toString('base64url')}.${b64({ sub: 'x' })}.sig`, 'the header is not JSON'],
  ])('refuses %s', (_name, jwt, why) => {
    const err = decodeFailure(jwt);
    expect(err.code).toBe('OIDC_FAILED');
    expect(err.message).toBe(`The OIDC token is malformed: ${why}.`);
  });
});

describe('trustedClaims', () => {
  it('summarises the claims used for audit and policy, with environment only when set', () => {
    const base = fake.claimsFor('vault');
    expect(trustedClaims(base)).toEqual({
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
      sha: base.sha,
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
      run_id: base.run_id,
    });
    const withEnv = trustedClaims({ ...base, environment: 'prod' });
    expect(withEnv.environment).toBe('prod');
    expect(formatTrustedClaims(withEnv)).toBe(
      `repository=octo-org/octo-repo ref=refs/heads/main environment=prod job_workflow_ref=octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main sha=${base.sha} run_id=${base.run_id}`,
    );
  });

  it('refuses a token without a required claim', () => {
    const { repository: _dropped, ...rest } = fake.claimsFor('vault');
    expect(() => trustedClaims(rest)).toThrow("The OIDC token has no 'repository' claim.");
  });
});
