// The GCP Secret Manager provider against loopback fakes of GitHub OIDC, STS, IAM Credentials and
// Secret Manager: the happy paths (global, regional, versions, impersonation, binary payloads), the
// settings checks, and the fault matrix, asserting every token is masked and never shown.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { closeHttpAgents, setBackoff } from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import { accessUrl, checkSettings, decodeBase64, endpoints, fetchAll, providerResource } from '../src/providers/gcp.js';
import type { GcpLocator, Read, ReadFailure, ReadOutcome } from '../src/providers/types.js';
import { startGcpFake, type GcpFake } from '../../../test-support/fakes/gcp.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import {
  defaultSettings,
  settleProblems,
  testContext,
  type TestContext,
  type TestContextOptions,
} from '../../../test-support/provider-context.js';
import { thrown } from '../../../test-support/failures.js';

const SA = 'deployer@my-project.iam.gserviceaccount.com';
const REPO = 'octo-org/octo-repo';
let oidc: GithubOidcFake;
let gcp: GcpFake;
let restoreBackoff: () => void;
let restoreWriter: () => void;
/** Secret values put in the fake; none may appear in a message. */
const values: string[] = [];

beforeAll(async () => {
  restoreBackoff = setBackoff({ sleep: async () => {}, random: () => 0 });
  restoreWriter = setWriter(() => {});
  oidc = await startGithubOidcFake();
  gcp = await startGcpFake({ oidc });
  gcp.allowServiceAccount(SA);
});

afterAll(async () => {
  restoreBackoff();
  restoreWriter();
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  await Promise.all([oidc.close(), gcp.close()]);
  await closeHttpAgents();
});

beforeEach(() => {
  Object.assign(process.env, oidc.env);
  gcp.server.reset();
  Object.assign(gcp.options, { wrongCrc: false, omitCrc: false, base64url: false, condition: undefined });
});

let unique = 0;
/** A fresh secret with the given versions' data; returns its name. */
function secret(...data: Array<string | Uint8Array>): string {
  const name = `s${++unique}`;
  for (const d of data) {
    gcp.putSecret({ secret: name, data: d });
    if (typeof d === 'string' && d) values.push(d);
  }
  return name;
}

function read(name: string, version = 'latest', extra: Partial<GcpLocator> = {}): Read<GcpLocator> {
  const locator: GcpLocator = { provider: 'gcp-sm', project: gcp.projectId, secret: name, version, ...extra };
  const where = locator.location ? `/locations/${locator.location}` : '';
  return { key: `gcp-sm:projects/${locator.project}${where}/secrets/${name}/versions/${version}`, locator };
}

function context(options: TestContextOptions = {}, fake: GcpFake = gcp): TestContext {
  return testContext({
    ...options,
    env: { ...fake.env, GITHUB_REPOSITORY: REPO, ...options.env },
    settings: { gcp: { workloadIdentityProvider: fake.providerName, ...options.settings?.gcp } },
  });
}

function ok(outcome: ReadOutcome | undefined): Extract<ReadOutcome, { ok: true }> {
  if (!outcome?.ok) throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function failure(outcome: ReadOutcome | undefined): ReadFailure {
  if (!outcome || outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.failure;
}

/** No credential or secret value in any message or fix, and every token issued was masked. */
function expectClean(outcomes: ReadOutcome[], ctx: TestContext, fake: GcpFake = gcp): void {
  const text = JSON.stringify(outcomes.filter((o) => !o.ok));
  for (const secretText of [...fake.tokens, ...oidc.issued.map((t) => t.jwt), ...values]) expect(text).not.toContain(secretText);
  for (const token of fake.tokens.filter((t) => JSON.stringify(fake.server.requests.map((r) => r.headers)).includes(t))) {
    expect(ctx.masked).toContain(token);
  }
}

describe('fetchAll: happy paths', () => {
  it('reports each read through ctx.settled as it is answered, with the outcome fetchAll returns', async () => {
    const slow = secret('slow-value');
    const fast = secret('fast-value');
    gcp.server.inject(
      { kind: 'delay', ms: 500 },
      { method: 'GET', path: `/secretmanager/v1/projects/my-project/secrets/${slow}/versions/latest:access` },
    );
    const ctx = context();
    const list = [read(slow), read(fast), read('never-created')];
    const outcomes = await fetchAll(list, ctx);
    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    expect(ctx.settledReads.map((s) => s.key).at(-1)).toBe(list[0]!.key);
    expect(failure(outcomes[2]).kind).toBe('not-found');
  });

  it('exchanges the GitHub token at STS and reads the latest version of a global secret', async () => {
    const name = secret('first', 'db-password-2');
    const ctx = context();
    const outcomes = await fetchAll([read(name)], ctx);

    expect(ok(outcomes[0])).toEqual({ ok: true, value: { kind: 'text', text: 'db-password-2' }, version: '2' });
    expect(ctx.audiences).toEqual([`https://iam.googleapis.com/${gcp.providerName}`]);
    const [sts] = gcp.server.requestsTo('POST', '/sts/v1/token');
    expect(sts!.headers['authorization']).toBeUndefined();
    expect(sts!.headers['content-type']).toBe('application/json');
    expect(sts!.json()).toEqual({
      audience: `//iam.googleapis.com/${gcp.providerName}`,
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
      subjectToken: oidc.issued.at(-1)!.jwt,
    });
    const [access] = gcp.server.requestsTo('GET', /:access$/);
    expect(access!.path).toBe(`/secretmanager/v1/projects/my-project/secrets/${name}/versions/latest:access`);
    expect(access!.headers['authorization']).toBe(`Bearer ${gcp.tokens.at(-1)}`);
    expect(ctx.masked).toEqual([gcp.tokens.at(-1)]);
  });

  it('reads numbered versions and regional secrets, each through the pool, with one token exchange', async () => {
    const name = secret('v1-value', 'v2-value');
    gcp.putSecret({ secret: 'regional', location: 'europe-west1', data: 'eu-value' });
    const ctx = context();
    let pooled = 0;
    const limit = ctx.limit;
    ctx.limit = (task) => {
      pooled++;
      return limit(task);
    };
    const outcomes = await fetchAll([read(name, '1'), read('regional', 'latest', { location: 'europe-west1' })], ctx);

    expect(ok(outcomes[0])).toMatchObject({ value: { kind: 'text', text: 'v1-value' }, version: '1' });
    expect(ok(outcomes[1])).toMatchObject({ value: { kind: 'text', text: 'eu-value' }, version: '1' });
    expect(gcp.server.requestsTo('GET', /:access$/).map((r) => r.path)).toContain(
      '/secretmanager/v1/projects/my-project/locations/europe-west1/secrets/regional/versions/latest:access',
    );
    expect(gcp.server.requestsTo('POST', '/sts/v1/token')).toHaveLength(1);
    expect(pooled).toBe(2);
  });

  it('impersonates the service account and reads with its token', async () => {
    const name = `sa-only-${++unique}`;
    gcp.putSecret({ secret: name, data: 'sa-value', accessors: [`serviceAccount:${SA}`] });
    const ctx = context({ settings: { gcp: { serviceAccount: SA } } });
    const outcomes = await fetchAll([read(name)], ctx);

    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'sa-value' });
    const [federated, impersonated] = gcp.tokens.slice(-2);
    const [generate] = gcp.server.requestsTo('POST', /:generateAccessToken$/);
    expect(generate!.path).toBe(`/iamcredentials/v1/projects/-/serviceAccounts/${encodeURIComponent(SA)}:generateAccessToken`);
    expect(generate!.headers['authorization']).toBe(`Bearer ${federated}`);
    expect(generate!.json()).toEqual({ scope: ['https://www.googleapis.com/auth/cloud-platform'], lifetime: '600s' });
    expect(gcp.server.requestsTo('GET', /:access$/)[0]!.headers['authorization']).toBe(`Bearer ${impersonated}`);
    expect(ctx.masked).toEqual([federated, impersonated]);
  });

  it('returns bytes for a payload that is not UTF-8, and accepts base64url without a checksum', async () => {
    const binary = Uint8Array.from([0xff, 0xfe, 0xfb, 0x00, 0x3e, 0x3f]); // base64url differs: -_
    const name = secret(binary);
    gcp.options.base64url = true;
    gcp.options.omitCrc = true;
    const outcomes = await fetchAll([read(name)], context());
    expect(ok(outcomes[0]).value).toEqual({ kind: 'bytes', bytes: binary });
    expect(gcp.server.requests.some((r) => r.path.endsWith(':access'))).toBe(true);
  });

  it('returns no outcomes and makes no request for no reads', async () => {
    const ctx = context();
    expect(await fetchAll([], ctx)).toEqual([]);
    expect(gcp.server.requests).toHaveLength(0);
    expect(ctx.audiences).toEqual([]);
  });
});

describe('fetchAll: read failures', () => {
  it('maps NOT_FOUND, PERMISSION_DENIED, DESTROYED and DISABLED versions', async () => {
    const hidden = `hidden-${++unique}`;
    gcp.putSecret({ secret: hidden, data: 'hidden-value', accessors: ['serviceAccount:someone-else@p.iam.gserviceaccount.com'] });
    const name = secret('destroyed-value', 'disabled-value');
    gcp.setVersionState(`projects/my-project/secrets/${name}`, 1, 'DESTROYED');
    gcp.setVersionState(`projects/my-project/secrets/${name}`, 2, 'DISABLED');
    values.push('hidden-value');
    const ctx = context();
    const outcomes = await fetchAll([read('never-created'), read(name, '7'), read(hidden), read(name, '1'), read(name, '2')], ctx);
    const [missing, noVersion, denied, destroyed, disabled] = outcomes.map(failure);

    expect(missing).toMatchObject({ kind: 'not-found', status: 404 });
    expect(missing!.message).toContain('not found or has no versions');
    expect(noVersion).toMatchObject({ kind: 'not-found', status: 404 });
    expect(denied).toMatchObject({ kind: 'denied', status: 403 });
    expect(denied!.message).toContain("Permission 'secretmanager.versions.access' denied");
    expect(denied!.fix).toContain('roles/secretmanager.secretAccessor');
    expect(denied!.fix).toContain(`${gcp.poolName}/attribute.repository/${REPO}`);
    expect(denied!.fix).toContain('may not exist');
    expect(destroyed).toMatchObject({ kind: 'not-found', status: 400 });
    expect(destroyed!.fix).toContain('destroyed');
    expect(disabled).toMatchObject({ kind: 'denied', status: 400 });
    expect(disabled!.fix).toContain('gcloud secrets versions enable');
    expectClean(outcomes, ctx);
  });

  it('names the service account in the denied fix when impersonating', async () => {
    const hidden = `hidden-${++unique}`;
    gcp.putSecret({ secret: hidden, data: 'x-hidden', accessors: ['user:nobody@example.com'] });
    const outcomes = await fetchAll([read(hidden)], context({ settings: { gcp: { serviceAccount: SA } } }));
    expect(failure(outcomes[0])).toMatchObject({ kind: 'denied' });
    expect(failure(outcomes[0]).fix).toContain(`serviceAccount:${SA}`);
  });

  it('reports a CRC-32C mismatch as invalid, and an empty payload as invalid', async () => {
    const name = secret('checked-value');
    const empty = secret('');
    gcp.options.wrongCrc = true;
    const ctx = context();
    const outcomes = await fetchAll([read(name), read(empty)], ctx);
    expect(failure(outcomes[0])).toMatchObject({ kind: 'invalid' });
    expect(failure(outcomes[0]).message).toContain('dataCrc32c');
    expect(failure(outcomes[1])).toMatchObject({ kind: 'invalid' });
    expect(failure(outcomes[1]).message).toContain('empty payload');
    expectClean(outcomes, ctx);
  });

  it('accepts the correct checksum and rejects a location that is not a region without a request', async () => {
    const name = secret('crc-ok');
    const outcomes = await fetchAll([read(name), read(name, 'latest', { location: 'evil.example.com/x' })], context());
    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'crc-ok' });
    expect(failure(outcomes[1])).toMatchObject({ kind: 'invalid' });
    expect(gcp.server.requestsTo('GET', /:access$/)).toHaveLength(1);
  });

  it('retries a 5xx and then succeeds', async () => {
    const name = secret('after-503');
    gcp.server.inject({ kind: 'status', status: 503 }, { path: /:access$/, times: 2 });
    const outcomes = await fetchAll([read(name)], context());
    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'after-503' });
    expect(gcp.server.requestsTo('GET', /:access$/)).toHaveLength(3);
  });

  it.each([
    ['5xx forever', 'unavailable', { kind: 'status', status: 503 } as const],
    ['a malformed body', 'invalid', { kind: 'malformed' } as const],
    ['a dropped connection every time', 'unavailable', { kind: 'close' } as const],
  ])('maps %s on the read to %s', async (_name, kind, fault) => {
    const name = secret(`fault-${unique}`);
    gcp.server.inject(fault, { path: /:access$/, times: Infinity });
    const ctx = context();
    const outcomes = await fetchAll([read(name)], ctx);
    expect(failure(outcomes[0]).kind).toBe(kind);
    expectClean(outcomes, ctx);
  });

  it('maps a hanging Secret Manager to unavailable within a short deadline', async () => {
    const name = secret('never-answered');
    gcp.server.inject({ kind: 'hang' }, { path: /:access$/, times: Infinity });
    const started = Date.now();
    const outcomes = await fetchAll([read(name)], context({ deadlineMs: 800 }));
    expect(failure(outcomes[0]).kind).toBe('unavailable');
    expect(failure(outcomes[0]).message).toContain('did not finish');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('fetchAll: authentication failures fail every read', () => {
  const twoReads = (): Read<GcpLocator>[] => [read(secret('auth-a')), read(secret('auth-b'))];

  it('reports invalid_target for a provider that does not exist, with the audience fix', async () => {
    const other = gcp.providerName.replace(/providers\/[^/]+$/, 'providers/missing');
    const ctx = context({ settings: { gcp: { workloadIdentityProvider: other } } });
    const outcomes = await fetchAll(twoReads(), ctx);
    const [a, b] = outcomes.map(failure);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: 'auth', status: 400 });
    expect(a!.message).toContain('target service indicated by the "audience" parameters is invalid');
    expect(a!.fix).toContain('project number');
    expect(gcp.server.requestsTo('GET', /:access$/)).toHaveLength(0);
    expectClean(outcomes, ctx);
  });

  it('reports invalid_grant from the attribute condition', async () => {
    gcp.options.condition = (claims) => claims.repository === 'someone/else';
    const outcomes = await fetchAll(twoReads(), context());
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
    expect(failure(outcomes[0]).message).toContain('rejected by the attribute condition');
    expect(failure(outcomes[0]).fix).toContain('attribute condition');
  });

  it('reports invalid_grant for a token audience the provider does not allow, with the audience fix', async () => {
    const strict = await startGcpFake({ oidc, allowedAudiences: ['https://example.com/only-this'] });
    try {
      strict.putSecret({ secret: 'x', data: 'strict-value' });
      const ctx = context({}, strict);
      const outcomes = await fetchAll(
        [
          {
            key: 'gcp-sm:projects/my-project/secrets/x',
            locator: { provider: 'gcp-sm', project: 'my-project', secret: 'x', version: 'latest' },
          },
        ],
        ctx,
      );
      expect(failure(outcomes[0])).toMatchObject({ kind: 'auth', status: 400 });
      expect(failure(outcomes[0]).message).toContain('does not match the expected audience');
      expect(failure(outcomes[0]).fix).toContain(`https://iam.googleapis.com/${strict.providerName}`);
      expectClean(outcomes, ctx, strict);
    } finally {
      await strict.close();
    }
  });

  it('reports a refused impersonation (403) as auth with the workloadIdentityUser fix', async () => {
    const stranger = 'stranger@my-project.iam.gserviceaccount.com';
    const ctx = context({ settings: { gcp: { serviceAccount: stranger } } });
    const outcomes = await fetchAll(twoReads(), ctx);
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
    expect(failure(outcomes[0]).status).toBe(403);
    expect(failure(outcomes[0]).fix).toContain('roles/iam.workloadIdentityUser');
    expect(failure(outcomes[0]).fix).toContain(`${gcp.poolName}/attribute.repository/${REPO}`);
    expect(ctx.masked).toEqual([gcp.tokens.at(-1)]);
    expectClean(outcomes, ctx);
  });

  it('reports a missing GitHub OIDC permission as auth', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const outcomes = await fetchAll(twoReads(), context());
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
    expect(failure(outcomes[0]).fix).toContain('id-token: write');
    expect(gcp.server.requests).toHaveLength(0);
  });

  it.each([
    ['5xx forever', 'unavailable', { kind: 'status', status: 503 } as const],
    ['a malformed body', 'invalid', { kind: 'malformed' } as const],
    ['a token-less answer', 'invalid', { kind: 'malformed', body: '{"token_type":"Bearer"}' } as const],
  ])('maps %s from STS to %s for every read', async (_name, kind, fault) => {
    gcp.server.inject(fault, { path: '/sts/v1/token', times: Infinity });
    const outcomes = await fetchAll(twoReads(), context());
    expect(outcomes.map((o) => failure(o).kind)).toEqual([kind, kind]);
    expect(gcp.server.requestsTo('GET', /:access$/)).toHaveLength(0);
  });

  it('maps a hanging STS to unavailable for every read', async () => {
    gcp.server.inject({ kind: 'hang' }, { path: '/sts/v1/token', times: Infinity });
    const outcomes = await fetchAll(twoReads(), context({ deadlineMs: 800 }));
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['unavailable', 'unavailable']);
  });
});

describe('the fake checks requests like STS', () => {
  const exchange = async (body: string, type: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${gcp.env.GATEHOUSE_GCP_STS_URL}/v1/token`, { method: 'POST', headers: { 'content-type': type }, body });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const jwtFor = (aud: string): string => oidc.mint(oidc.claimsFor(aud));

  it('accepts the form-encoded snake_case body of google-auth-library', async () => {
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//iam.googleapis.com/${gcp.providerName}`,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token: jwtFor(`https://iam.googleapis.com/${gcp.providerName}`),
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    });
    const answer = await exchange(form.toString(), 'application/x-www-form-urlencoded');
    expect(answer.status).toBe(200);
    expect(answer.body['token_type']).toBe('Bearer');
  });

  it('answers the documented 400s when the two audiences are mixed up', async () => {
    const body = (audience: string, aud: string): string =>
      JSON.stringify({
        audience,
        grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
        requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
        scope: 'https://www.googleapis.com/auth/cloud-platform',
        subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
        subjectToken: jwtFor(aud),
      });
    const httpsInBody = await exchange(
      body(`https://iam.googleapis.com/${gcp.providerName}`, `https://iam.googleapis.com/${gcp.providerName}`),
      'application/json',
    );
    expect(httpsInBody).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const slashesInToken = await exchange(
      body(`//iam.googleapis.com/${gcp.providerName}`, `//iam.googleapis.com/${gcp.providerName}`),
      'application/json',
    );
    expect(slashesInToken).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });
});

describe('checkSettings', () => {
  const settings = (workloadIdentityProvider: string, serviceAccount = '') => {
    const s = defaultSettings();
    s.gcp = { workloadIdentityProvider, serviceAccount };
    return s;
  };
  const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/gatehouse';

  it.each([
    ['the resource name', PROVIDER],
    ['the //iam.googleapis.com/ form', `//iam.googleapis.com/${PROVIDER}`],
    ['the https://iam.googleapis.com/ form', `https://iam.googleapis.com/${PROVIDER}`],
  ])('accepts %s', (_name, value) => {
    expect(() => checkSettings(settings(value))).not.toThrow();
    expect(providerResource(value)).toBe(PROVIDER);
  });

  it.each([
    ['empty', '', 'is required'],
    ['a project ID', 'projects/my-project/locations/global/workloadIdentityPools/github/providers/gh', 'project number'],
    ['a regional location', 'projects/1/locations/us-east1/workloadIdentityPools/github/providers/gh', 'other than global'],
    ['a pool only', 'projects/1/locations/global/workloadIdentityPools/github', 'names a pool'],
    ['something else', 'github-provider', 'is not a workload identity provider'],
  ])('rejects %s', (_name, value, problem) => {
    const err = thrown(() => checkSettings(settings(value)));
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.message).toContain("Input 'gcp-workload-identity-provider'");
    expect(err.message).toContain(problem);
  });

  it('checks the service account email', () => {
    expect(() => checkSettings(settings(PROVIDER, SA))).not.toThrow();
    expect(() => checkSettings(settings(PROVIDER, '123-compute@developer.gserviceaccount.com'))).not.toThrow();
    const err = thrown(() => checkSettings(settings(PROVIDER, 'deployer@example.com')));
    expect(err.message).toContain("Input 'gcp-service-account' is not a service account email");
  });
});

describe('helpers', () => {
  it('builds the real global and regional hosts, and the override for both', () => {
    const locator: GcpLocator = { provider: 'gcp-sm', project: 'p', secret: 's', version: '3' };
    expect(accessUrl(locator, endpoints({}))).toBe('https://secretmanager.googleapis.com/v1/projects/p/secrets/s/versions/3:access');
    expect(accessUrl({ ...locator, location: 'us-east4' }, endpoints({}))).toBe(
      'https://secretmanager.us-east4.rep.googleapis.com/v1/projects/p/locations/us-east4/secrets/s/versions/3:access',
    );
    expect(accessUrl({ ...locator, location: 'us-east4' }, endpoints({ GATEHOUSE_GCP_SECRETMANAGER_URL: 'http://127.0.0.1:9/sm/' }))).toBe(
      'http://127.0.0.1:9/sm/v1/projects/p/locations/us-east4/secrets/s/versions/3:access',
    );
    expect(endpoints({})).toEqual({
      sts: 'https://sts.googleapis.com',
      iamcredentials: 'https://iamcredentials.googleapis.com',
      secretmanager: undefined,
    });
  });

  it('decodes standard and URL-safe base64 and refuses anything else', () => {
    expect(Buffer.from(decodeBase64('aGVsbG8=')!).toString()).toBe('hello');
    expect(Buffer.from(decodeBase64('aGVsbG8')!).toString()).toBe('hello');
    expect(decodeBase64('-_8')).toEqual(decodeBase64('+/8='));
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abcde')).toBeUndefined();
  });
});
