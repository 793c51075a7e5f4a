import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GatehouseError } from '@gatehouse/core/errors';
import { Deadline, HttpError, setBackoff } from '@gatehouse/core/http';
import { closeIdleConnections } from '@gatehouse/core/node-transport';
import { setWriter } from '@gatehouse/core/runner';
import { checkSettings, fetchAll, revokeToken, VAULT_TOKEN_STATE } from '../src/providers/vault.js';
import type { ReadFailure, ReadOutcome, VaultLocator, VaultSettings, Read } from '../src/providers/types.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { startVaultFake, type VaultFake } from '../../../test-support/fakes/vault.js';
import { json, startLoopback } from '../../../test-support/loopback.js';
import {
  defaultSettings,
  settleProblems,
  testContext,
  type TestContext,
  type TestContextOptions,
} from '../../../test-support/provider-context.js';
import { rejection, thrown } from '../../../test-support/failures.js';

// Secret values: no message, fix or log line may contain them.
const DB_PASSWORD = 'pg-pass-9f8e7d6c5b4a';
const API_KEY = 'api-key-0a1b2c3d4e5f';
const V1_TOKEN = 'legacy-token-77aa88bb';
const DYN_PASSWORD = 'A1a-dynamic-pw-31337';
const OWNER_AUDIENCE = 'https://github.com/octo-org';
const VAULT_AUDIENCE = 'https://vault.example.com';

const OIDC_VARS = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;
const savedEnv: Record<string, string | undefined> = {};
let oidc: GithubOidcFake;
let vault: VaultFake;
let restoreBackoff: () => void;
let restoreWriter: () => void;

beforeAll(async () => {
  restoreBackoff = setBackoff({ sleep: async () => {}, random: () => 0 });
  restoreWriter = setWriter(() => {});
  oidc = await startGithubOidcFake();
  for (const name of OIDC_VARS) savedEnv[name] = process.env[name];
  Object.assign(process.env, oidc.env);
  vault = await startVaultFake({ verify: oidc.verify, defaultRole: 'ci' });
  const ciPolicies = ['secret/data/app', 'secret/data/db', 'secret/data/rotated', 'secret/data/gone', 'kv/*', 'database/creds/+'];
  vault.addRole('ci', {
    boundAudiences: [OWNER_AUDIENCE],
    boundClaims: { repository: 'octo-org/octo-repo', ref: 'refs/heads/main' },
    policies: ciPolicies,
  });
  vault.addRole('vault-aud', {
    boundAudiences: [VAULT_AUDIENCE],
    boundClaims: { repository: 'octo-org/*' },
    boundClaimsType: 'glob',
    policies: ciPolicies,
  });
  vault.addRole('release-only', { boundAudiences: [OWNER_AUDIENCE], boundClaims: { ref: 'refs/heads/release' }, policies: ciPolicies });
  vault.addRole('no-audience', { boundAudiences: [], policies: ciPolicies });
  vault.addRole('wide', { boundAudiences: [OWNER_AUDIENCE], policies: ['secret/*', 'kv/*'] });
  vault.putKv('secret/app', { api_key: API_KEY, region: 'eu-west-1' });
  vault.putKv('secret/db', { password: DB_PASSWORD });
  vault.putKv('kv/legacy', { token: V1_TOKEN });
  vault.putKv('secret/rotated', { password: 'old-password-1111' });
  vault.putKv('secret/rotated', { password: 'new-password-2222' });
  vault.putKv('secret/gone', { password: 'deleted-pw-3333' });
  vault.putDynamic('database/creds/ci', () => ({ username: 'v-ci-abc', password: DYN_PASSWORD }), { leaseSeconds: 3600 });
});

afterAll(async () => {
  restoreBackoff();
  restoreWriter();
  for (const name of OIDC_VARS) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  await vault.close();
  await oidc.close();
});

beforeEach(() => {
  vault.server.reset();
});

function ctxFor(settings: Partial<VaultSettings> = {}, options: TestContextOptions = {}): TestContext {
  return testContext({ ...options, settings: { vault: { url: vault.url, auth: 'jwt', role: 'ci', authPath: 'jwt', ...settings } } });
}

/** Reads for `path` or `path?version=N` references. */
function reads(...refs: string[]): Read<VaultLocator>[] {
  return refs.map((ref) => {
    const [path, version] = ref.split('?version=') as [string, string | undefined];
    return { key: `vault:${ref}`, locator: { provider: 'vault', path, ...(version === undefined ? {} : { version: Number(version) }) } };
  });
}

function value(outcome: ReadOutcome | undefined): unknown {
  if (!outcome?.ok) throw new Error(`expected a value, got ${JSON.stringify(outcome)}`);
  expect(outcome.value.kind).toBe('json');
  return (outcome.value as { data: unknown }).data;
}

function failure(outcome: ReadOutcome | undefined): ReadFailure {
  if (!outcome || outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.failure;
}

/** The X-Vault-Token of each read since the last reset. */
function readTokens(): string[] {
  return vault.server.requests.filter((r) => r.method === 'GET').map((r) => String(r.headers['x-vault-token']));
}

/** Nothing the user sees (failures, logs) carries a secret value or a credential. */
function expectNoLeak(outcomes: ReadOutcome[], ctx: TestContext, extra: string[] = []): void {
  const shown = JSON.stringify([outcomes.map((o) => (o.ok ? null : o.failure)), ctx.logs]);
  const jwts = oidc.issued.map((t) => t.jwt);
  const tokens = [...vault.liveTokens.keys(), ...vault.revoked, ...[...vault.liveTokens.values()].map((t) => t.accessor)];
  for (const secret of [DB_PASSWORD, API_KEY, V1_TOKEN, DYN_PASSWORD, ...jwts, ...tokens, ...extra]) expect(shown).not.toContain(secret);
}

describe('jwt auth', () => {
  it('logs in with the GitHub token for the default audience and reads KV v2 and KV v1', async () => {
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctx);

    expect(value(outcomes[0])).toEqual({ api_key: API_KEY, region: 'eu-west-1' });
    expect(outcomes[0]).toMatchObject({ version: '1' });
    expect(value(outcomes[1])).toEqual({ token: V1_TOKEN });
    expect(outcomes[1]).not.toHaveProperty('version');
    // '' asks GitHub for its default audience, https://github.com/<owner>.
    expect(ctx.audiences).toEqual(['']);
    const [login] = vault.server.requestsTo('POST', '/v1/auth/jwt/login');
    const body = login!.json<{ jwt: string; role: string }>();
    expect(body.role).toBe('ci');
    expect(oidc.verify(body.jwt, { audience: OWNER_AUDIENCE }).repository).toBe('octo-org/octo-repo');
    expect(login!.headers['x-vault-token']).toBeUndefined();
    expect(login!.headers['x-vault-namespace']).toBeUndefined();
  });

  it('masks the token and its accessor, saves the token for the post step and sends it on every read', async () => {
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/app', 'secret/data/db', 'kv/legacy'), ctx);
    expect(outcomes.every((o) => o.ok)).toBe(true);

    const token = ctx.state[VAULT_TOKEN_STATE]!;
    expect(token).toMatch(/^hvs\./);
    expect(vault.liveTokens.get(token)?.method).toBe('jwt');
    expect(ctx.masked).toEqual(expect.arrayContaining([token, vault.liveTokens.get(token)!.accessor]));
    const gets = vault.server.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.path).sort()).toEqual(['/v1/kv/legacy', '/v1/secret/data/app', '/v1/secret/data/db']);
    expect(new Set(readTokens())).toEqual(new Set([token]));
    expectNoLeak(outcomes, ctx);
  });

  it('runs the login and every read through the shared pool', async () => {
    const ctx = ctxFor({}, { poolSize: 1 });
    const limit = ctx.limit;
    let tasks = 0;
    ctx.limit = (task) => {
      tasks++;
      return limit(task);
    };
    const outcomes = await fetchAll(reads('secret/data/app', 'secret/data/db', 'kv/legacy'), ctx);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(tasks).toBe(4);
  });

  it('opens the connections for the reads while the login is under way, and reads over them', async () => {
    closeIdleConnections();
    const before = vault.server.connections;
    vault.server.inject({ kind: 'delay', ms: 300 }, { method: 'POST', path: '/v1/auth/jwt/login' });
    const ctx = ctxFor({}, { poolSize: 4 });
    let settled = false;
    const pending = fetchAll(
      reads('secret/data/app', 'secret/data/db', 'kv/legacy', 'secret/data/rotated', 'secret/data/rotated?version=1'),
      ctx,
    ).finally(() => (settled = true));
    // As many as the pool runs at once (four, for five reads), before the login has answered.
    for (let i = 0; i < 200 && vault.server.connections - before < 4; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(vault.server.connections - before).toBe(4);
    expect(settled).toBe(false);
    expect(vault.server.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    const outcomes = await pending;
    expect(outcomes.every((o) => o.ok)).toBe(true);
    // The login took one of them and the reads the rest: nothing was opened after the login.
    expect(vault.server.connections - before).toBe(4);
  });

  it('asks for the vault-jwt-audience and uses the mount default_role when vault-role is empty', async () => {
    const ctx = ctxFor({ role: 'vault-aud', jwtAudience: VAULT_AUDIENCE });
    expect((await fetchAll(reads('secret/data/app'), ctx))[0]?.ok).toBe(true);
    expect(ctx.audiences).toEqual([VAULT_AUDIENCE]);

    const byDefault = ctxFor({ role: '', authPath: '' });
    expect((await fetchAll(reads('kv/legacy'), byDefault))[0]?.ok).toBe(true);
    expect(vault.server.requestsTo('POST', '/v1/auth/jwt/login').map((r) => r.json<{ role: string }>().role)).toEqual(['vault-aud', '']);
  });

  it('fails every read as auth when the audience is not bound, naming bound_audiences and vault-jwt-audience', async () => {
    const ctx = ctxFor({ role: 'vault-aud' });
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctx);
    for (const outcome of outcomes) {
      const f = failure(outcome);
      expect(f).toMatchObject({ kind: 'auth', status: 400 });
      expect(f.message).toBe('Vault login (auth/jwt) answered 400: error validating token: invalid audience (aud) claim');
      expect(f.fix).toContain('bound_audiences');
      expect(f.fix).toContain('vault-jwt-audience');
      expect(f.fix).toContain('https://github.com/<owner>');
    }
    expect(vault.server.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    expect(ctx.state).toEqual({});
    expectNoLeak(outcomes, ctx);

    // Vault 1.17+ refuses a token with an aud when the role binds no audience at all.
    const [unbound] = await fetchAll(reads('kv/legacy'), ctxFor({ role: 'no-audience' }));
    expect(failure(unbound).message).toContain('audience claim found in JWT but no audiences bound to the role');
    expect(failure(unbound).fix).toContain('bound_audiences');
  });

  it('fails every read as auth when bound_claims do not match this workflow', async () => {
    const ctx = ctxFor({ role: 'release-only' });
    const before = vault.liveTokens.size;
    const outcomes = await fetchAll(reads('secret/data/app', 'secret/data/db'), ctx);
    expect(outcomes).toHaveLength(2);
    for (const outcome of outcomes) {
      const f = failure(outcome);
      expect(f.kind).toBe('auth');
      expect(f.message).toContain('claim "ref" does not match any associated bound claim values');
      expect(f.fix).toContain('bound_claims');
      expect(f.fix).toContain('auth/jwt/role/release-only');
    }
    expect(vault.liveTokens.size).toBe(before);
    expectNoLeak(outcomes, ctx);
  });

  it('names vault-role when the role does not exist, and vault-auth-path when the mount does not', async () => {
    const [noRole] = await fetchAll(reads('kv/legacy'), ctxFor({ role: 'ghost' }));
    expect(failure(noRole)).toMatchObject({ kind: 'auth', message: expect.stringContaining('role "ghost" could not be found') });
    expect(failure(noRole).fix).toContain('vault-role');

    const [noMount] = await fetchAll(reads('kv/legacy'), ctxFor({ authPath: '/github-actions/' }));
    expect(vault.server.requests.at(-1)?.path).toBe('/v1/auth/github-actions/login');
    expect(failure(noMount)).toMatchObject({ kind: 'auth', status: 404 });
    expect(failure(noMount).fix).toContain('vault-auth-path');
  });

  it('reports a missing id-token permission as auth with the OIDC fix', async () => {
    const saved = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    try {
      const outcomes = await fetchAll(reads('kv/legacy', 'secret/data/app'), ctxFor());
      for (const outcome of outcomes) {
        expect(failure(outcome).kind).toBe('auth');
        expect(failure(outcome).fix).toContain('id-token: write');
      }
      expect(vault.server.requests).toHaveLength(0);
    } finally {
      process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = saved;
    }
  });

  it('treats a 200 login answer without auth.client_token as an auth failure', async () => {
    vault.server.inject(
      { kind: 'status', status: 200, body: { auth: null, warnings: ['role is deprecated'] } },
      { path: '/v1/auth/jwt/login' },
    );
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('kv/legacy', 'secret/data/app'), ctx);
    for (const outcome of outcomes)
      expect(failure(outcome)).toMatchObject({ kind: 'auth', message: expect.stringContaining('without auth.client_token') });
    expect(ctx.logs).toContain('debug: Vault login (auth/jwt): Vault warning: role is deprecated');
    expect(ctx.state).toEqual({});
  });
});

describe('approle and token auth', () => {
  it('logs in with role_id and secret_id, masks and saves the token', async () => {
    const { roleId, secretId } = vault.addAppRole('deploy', { policies: ['secret/data/db'] });
    const ctx = ctxFor({ auth: 'approle', authPath: '', roleId, secretId });
    const outcomes = await fetchAll(reads('secret/data/db'), ctx);
    expect(value(outcomes[0])).toEqual({ password: DB_PASSWORD });
    expect(vault.server.requestsTo('POST', '/v1/auth/approle/login')[0]?.json()).toEqual({ role_id: roleId, secret_id: secretId });
    const token = ctx.state[VAULT_TOKEN_STATE]!;
    expect(vault.liveTokens.get(token)?.method).toBe('approle');
    expect(ctx.masked).toEqual(expect.arrayContaining([token, vault.liveTokens.get(token)!.accessor, secretId]));
    expect(ctx.audiences).toEqual([]);
  });

  it('fails as auth on a wrong secret_id, naming the inputs and not the secret', async () => {
    const { roleId } = vault.addAppRole('deploy-2', { policies: ['secret/data/db'] });
    const wrong = 'wrong-secret-id-5566778899';
    const ctx = ctxFor({ auth: 'approle', authPath: 'approle', roleId, secretId: wrong });
    const outcomes = await fetchAll(reads('secret/data/db'), ctx);
    expect(failure(outcomes[0])).toMatchObject({
      kind: 'auth',
      status: 400,
      message: expect.stringContaining('invalid role or secret ID'),
    });
    expect(failure(outcomes[0]).fix).toContain('vault-secret-id');
    expectNoLeak(outcomes, ctx, [wrong]);
  });

  it('uses vault-token without a login and saves no state (the token is not ours to revoke)', async () => {
    const token = vault.issueToken(['secret/data/app']);
    const ctx = ctxFor({ auth: 'token', token });
    const outcomes = await fetchAll(reads('secret/data/app', 'secret/data/db'), ctx);
    expect(value(outcomes[0])).toEqual({ api_key: API_KEY, region: 'eu-west-1' });
    expect(failure(outcomes[1])).toMatchObject({ kind: 'denied', status: 403 });
    expect(failure(outcomes[1]).fix).toBe('Check the policies of vault-token (read on secret/data/db).');
    expect(vault.server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(readTokens()).toEqual([token, token]);
    expect(ctx.state).toEqual({});
    expect(ctx.masked).toContain(token);
    expectNoLeak(outcomes, ctx);
  });

  it('does not log in when there is nothing to read', async () => {
    const ctx = ctxFor();
    expect(await fetchAll([], ctx)).toEqual([]);
    expect(vault.server.requests).toHaveLength(0);
    expect(ctx.audiences).toEqual([]);
  });

  it('fails every read as auth when vault-token is empty, without a request', async () => {
    const outcomes = await fetchAll(reads('secret/data/app'), ctxFor({ auth: 'token', token: '' }));
    expect(failure(outcomes[0])).toMatchObject({ kind: 'auth', fix: 'Set vault-token.' });
    expect(vault.server.requests).toHaveLength(0);
  });
});

describe('namespaces', () => {
  let enterprise: VaultFake;
  beforeAll(async () => {
    enterprise = await startVaultFake({ verify: oidc.verify, namespace: 'admin/team-a' });
    enterprise.addRole('ci', { boundAudiences: [OWNER_AUDIENCE], policies: ['secret/data/*'] });
    enterprise.putKv('secret/app', { api_key: API_KEY });
  });
  afterAll(() => enterprise.close());

  it('sends X-Vault-Namespace on the login and every read', async () => {
    const ctx = ctxFor({ url: enterprise.url, namespace: 'admin/team-a' });
    const outcomes = await fetchAll(reads('secret/data/app'), ctx);
    expect(value(outcomes[0])).toEqual({ api_key: API_KEY });
    expect(enterprise.server.requests).toHaveLength(2);
    for (const r of enterprise.server.requests) expect(r.headers['x-vault-namespace']).toBe('admin/team-a');
  });

  it('fails the login without the namespace, naming vault-namespace', async () => {
    const outcomes = await fetchAll(reads('secret/data/app'), ctxFor({ url: enterprise.url }));
    expect(failure(outcomes[0]).kind).toBe('auth');
    expect(failure(outcomes[0]).fix).toContain('vault-namespace');
  });
});

describe('reading secrets', () => {
  it('reports each read through ctx.settled as it is answered, with the outcome fetchAll returns', async () => {
    vault.server.inject({ kind: 'delay', ms: 500 }, { method: 'GET', path: '/v1/secret/data/app' });
    const ctx = ctxFor();
    const list = reads('secret/data/app', 'secret/data/db', 'secret/data/not-allowed');
    const outcomes = await fetchAll(list, ctx);
    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    // The delayed read, first in the list, is reported last: each as it arrives, not all at the end.
    expect(ctx.settledReads.map((s) => s.key).at(-1)).toBe('vault:secret/data/app');
    expect(failure(outcomes[2]).kind).toBe('denied');
  });

  it('returns a KV v1 secret with keys named data and metadata whole (vault-action unwraps it)', async () => {
    const tricky = { data: { inner: 'x' }, metadata: { version: 7, created_time: '2024-01-01T00:00:00Z' }, other: 'y' };
    vault.putKv('kv/tricky', tricky);
    vault.putKv('kv/only-data', { data: { nested: true } });
    const outcomes = await fetchAll(reads('kv/tricky', 'kv/only-data'), ctxFor());
    expect(value(outcomes[0])).toEqual(tricky);
    expect(outcomes[0]).not.toHaveProperty('version');
    expect(value(outcomes[1])).toEqual({ data: { nested: true } });
  });

  it('reads a KV v2 version with ?version=N and the latest without it', async () => {
    const outcomes = await fetchAll(reads('secret/data/rotated?version=1', 'secret/data/rotated'), ctxFor());
    expect(value(outcomes[0])).toEqual({ password: 'old-password-1111' });
    expect(outcomes[0]).toMatchObject({ version: '1' });
    expect(value(outcomes[1])).toEqual({ password: 'new-password-2222' });
    expect(outcomes[1]).toMatchObject({ version: '2' });
    expect(
      vault.server.requests
        .filter((r) => r.method === 'GET')
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/v1/secret/data/rotated', '/v1/secret/data/rotated?version=1']);
  });

  it('returns a dynamic secret as json and logs its lease, never its value', async () => {
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('database/creds/ci'), ctx);
    expect(value(outcomes[0])).toEqual({ username: 'v-ci-abc', password: DYN_PASSWORD });
    expect(ctx.logs).toContain(
      'Vault database/creds/ci: read a leased secret (lease 60m, renewable); it ends with its lease or when the token that read it is revoked.',
    );
    expect(vault.leases.at(-1)?.token).toBe(ctx.state[VAULT_TOKEN_STATE]);
    expectNoLeak(outcomes, ctx);
  });

  it('logs Vault warnings at debug level', async () => {
    vault.server.route('GET', '/v1/kv/warned', (req) =>
      req.headers['x-vault-token']
        ? json(200, { data: { k: 'v' }, warnings: ['Endpoint ignored these unrecognized parameters: [x]'] })
        : json(403, {}),
    );
    const ctx = ctxFor();
    await fetchAll(reads('kv/warned'), ctx);
    expect(ctx.logs).toContain('debug: Vault read kv/warned: Vault warning: Endpoint ignored these unrecognized parameters: [x]');
  });

  it('encodes each path segment and keeps a reverse-proxy path prefix', async () => {
    const proxy = await startLoopback();
    try {
      proxy.route(
        'POST',
        '/vault/v1/auth/jwt/login',
        json(200, { auth: { client_token: 'hvs.proxiedtoken0123456789', accessor: 'acc-proxied' } }),
      );
      proxy.route('GET', /^\/vault\/v1\//, json(200, { data: { ok: true } }));
      const outcomes = await fetchAll(reads('kv/team a/x?y'), ctxFor({ url: `${proxy.url}/vault/` }));
      expect(value(outcomes[0])).toEqual({ ok: true });
      expect(proxy.requests.map((r) => r.url)).toEqual(['/vault/v1/auth/jwt/login', '/vault/v1/kv/team%20a/x%3Fy']);
    } finally {
      await proxy.close();
    }
  });
});

describe('read failures', () => {
  it('maps 404 to not-found with a path fix', async () => {
    const outcomes = await fetchAll(reads('secret/data/missing', 'kv/missing'), ctxFor({ role: 'wide' }));
    for (const outcome of outcomes) {
      expect(failure(outcome)).toMatchObject({ kind: 'not-found', status: 404 });
      expect(failure(outcome).fix).toContain('NAME?=');
    }
  });

  it('maps 403 to denied, naming the path, the policies and bound_claims, and hints at /data/ for KV v2', async () => {
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/other', 'secret/other'), ctx);
    expect(failure(outcomes[0])).toEqual({
      kind: 'denied',
      status: 403,
      message: expect.stringContaining('Vault read secret/data/other answered 403: permission denied'),
      fix: "Check the role's policies (read on secret/data/other) and the JWT role's bound_claims.",
    });
    expect(failure(outcomes[1]).fix).toContain('(KV v2 secrets are read at <mount>/data/<name>)');
    expectNoLeak(outcomes, ctx);
  });

  it('explains a KV v2 path without /data/ and gives the corrected path', async () => {
    const outcomes = await fetchAll(reads('secret/app', 'secret/team/app?version=1'), ctxFor({ role: 'wide' }));
    expect(failure(outcomes[0])).toMatchObject({ kind: 'not-found', status: 404, message: expect.stringContaining('KV v2 mount') });
    expect(failure(outcomes[0]).fix).toBe('Use the path secret/data/app (insert /data/ after the mount).');
    expect(failure(outcomes[1]).fix).toBe('Use the path secret/data/team/app?version=1 (insert /data/ after the mount).');
  });

  it('finds a nested mount for the corrected path', async () => {
    const nested = await startVaultFake({ verify: oidc.verify, mounts: { 'team/kv/': 2 } });
    try {
      nested.addRole('ci', { boundAudiences: [OWNER_AUDIENCE], policies: ['team/*'] });
      nested.putKv('team/kv/app', { k: 'v' });
      const outcomes = await fetchAll(reads('team/kv/app'), ctxFor({ url: nested.url }));
      expect(failure(outcomes[0]).fix).toBe('Use the path team/kv/data/app (insert /data/ after the mount).');
    } finally {
      await nested.close();
    }
  });

  it('says a KV v2 version was deleted or destroyed', async () => {
    const v = vault.putKv('secret/gone', { password: 'deleted-pw-4444' });
    vault.deleteVersion('secret/gone');
    vault.destroyVersion('secret/gone', [v - 1]);
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/gone', `secret/data/gone?version=${v - 1}`), ctx);
    expect(failure(outcomes[0])).toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/^Vault read secret\/data\/gone: version \d+ was deleted at \d{4}-/),
    });
    expect(failure(outcomes[0]).fix).toContain(`vault kv undelete -versions=${v} secret/gone`);
    expect(failure(outcomes[1])).toMatchObject({
      kind: 'not-found',
      message: `Vault read secret/data/gone: version ${v - 1} was destroyed.`,
    });
    expectNoLeak(outcomes, ctx, ['deleted-pw-3333', 'deleted-pw-4444']);
  });

  it('retries 5xx and succeeds', async () => {
    vault.server.inject({ kind: 'status', status: 503 }, { method: 'GET', times: 2 });
    const outcomes = await fetchAll(reads('secret/data/app'), ctxFor());
    expect(value(outcomes[0])).toEqual({ api_key: API_KEY, region: 'eu-west-1' });
    expect(vault.server.requestsTo('GET', '/v1/secret/data/app')).toHaveLength(3);
  });

  it('reports 5xx that does not heal as unavailable', async () => {
    vault.server.inject({ kind: 'status', status: 502, body: { errors: ['upstream down'] } }, { method: 'GET', times: Infinity });
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/app'), ctx);
    expect(failure(outcomes[0])).toMatchObject({ kind: 'unavailable', status: 502, message: expect.stringContaining('upstream down') });
    expect(vault.server.requestsTo('GET', '/v1/secret/data/app')).toHaveLength(4);
  });

  it('retries 412 (a performance standby catching up), and reports it as unavailable if it persists', async () => {
    const standby = { kind: 'status', status: 412, body: { errors: ['required index state not present'] } } as const;
    vault.server.inject(standby, { method: 'GET', times: 1 });
    expect(value((await fetchAll(reads('secret/data/db'), ctxFor()))[0])).toEqual({ password: DB_PASSWORD });
    expect(vault.server.requestsTo('GET', '/v1/secret/data/db')).toHaveLength(2);

    vault.server.inject(standby, { method: 'GET', times: Infinity });
    const [outcome] = await fetchAll(reads('secret/data/db'), ctxFor());
    expect(failure(outcome)).toMatchObject({ kind: 'unavailable', status: 412 });
  });

  it('reports a login outage as unavailable for every read, not as auth', async () => {
    vault.server.inject({ kind: 'status', status: 503 }, { path: '/v1/auth/jwt/login', times: Infinity });
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctxFor());
    for (const outcome of outcomes) expect(failure(outcome)).toMatchObject({ kind: 'unavailable', status: 503 });
  });

  it('reports a malformed login answer as invalid for every read', async () => {
    vault.server.inject({ kind: 'malformed' }, { path: '/v1/auth/jwt/login' });
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctxFor());
    for (const outcome of outcomes) {
      expect(failure(outcome)).toMatchObject({
        kind: 'invalid',
        message: 'Vault login (auth/jwt) answered 200 with a body that is not valid JSON.',
      });
    }
  });

  it('reports a malformed body as invalid without quoting it', async () => {
    vault.server.inject({ kind: 'malformed', body: `{"data":{"password":"${DB_PASSWORD}"` }, { method: 'GET' });
    const ctx = ctxFor();
    const outcomes = await fetchAll(reads('secret/data/db'), ctx);
    expect(failure(outcomes[0])).toMatchObject({
      kind: 'invalid',
      status: 200,
      message: 'Vault read secret/data/db answered 200 with a body that is not valid JSON.',
    });
    expectNoLeak(outcomes, ctx);
  });

  it('reports an answer without data as invalid', async () => {
    vault.server.inject({ kind: 'status', status: 200, body: { data: null } }, { method: 'GET' });
    const outcomes = await fetchAll(reads('kv/legacy'), ctxFor());
    expect(failure(outcomes[0])).toMatchObject({ kind: 'invalid', message: 'Vault read kv/legacy answered without data.' });
  });

  it('reports a hanging Vault as unavailable once the deadline passes', async () => {
    vault.server.inject({ kind: 'hang' }, { method: 'GET', times: Infinity });
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctxFor({}, { deadlineMs: 400 }));
    for (const outcome of outcomes) {
      expect(failure(outcome)).toMatchObject({ kind: 'unavailable', message: expect.stringContaining("the step's timeout input") });
    }
  });

  it('warns once about plain http to a remote host', async () => {
    const ctx = ctxFor({ url: 'http://vault.invalid:8200' }, { deadlineMs: 5000 });
    const outcomes = await fetchAll(reads('secret/data/app', 'kv/legacy'), ctx);
    expect(ctx.logs.filter((l) => l.includes('plain http'))).toEqual([
      'Warning: vault-url uses plain http to vault.invalid:8200: the Vault token and the secrets cross the network unencrypted. Use https unless Vault runs as a service container of this job.',
    ]);
    for (const outcome of outcomes) expect(failure(outcome).kind).toBe('unavailable');

    const local = ctxFor();
    await fetchAll(reads('kv/legacy'), local);
    expect(local.logs.some((l) => l.includes('plain http'))).toBe(false);
  });
});

describe('revokeToken', () => {
  it('revokes the token obtained by login (204); the token and its leases are dead afterwards', async () => {
    const ctx = ctxFor();
    await fetchAll(reads('database/creds/ci'), ctx);
    const token = ctx.state[VAULT_TOKEN_STATE]!;
    await revokeToken({ url: `${vault.url}/`, namespace: '', token, deadline: new Deadline(5000) });

    const [revoke] = vault.server.requestsTo('POST', '/v1/auth/token/revoke-self');
    expect(revoke!.headers['x-vault-token']).toBe(token);
    expect(vault.revoked.has(token)).toBe(true);
    expect(vault.liveTokens.has(token)).toBe(false);
    expect(vault.leases.filter((l) => l.token === token).every((l) => l.revoked)).toBe(true);

    const { token: _unused, ...settings } = ctx.settings.vault;
    const reuse = await fetchAll(reads('kv/legacy'), ctxFor({ ...settings, auth: 'token', token }));
    expect(failure(reuse[0]).kind).toBe('denied');
  });

  it('throws when Vault refuses (an already revoked token), without the token in the error', async () => {
    const token = vault.issueToken([]);
    await revokeToken({ url: vault.url, namespace: '', token });
    const err = await rejection(revokeToken({ url: vault.url, namespace: '', token }), HttpError);
    expect(err.status).toBe(403);
    expect(vault.server.requestsTo('POST', '/v1/auth/token/revoke-self')).toHaveLength(2);
    expect(`${err.message} ${err.fix}`).not.toContain(token);
  });

  it('retries a 5xx and sends the namespace', async () => {
    const enterprise = await startVaultFake({ namespace: 'admin' });
    try {
      const token = enterprise.issueToken([]);
      enterprise.server.inject({ kind: 'status', status: 500 }, { times: 1 });
      await revokeToken({ url: enterprise.url, namespace: 'admin', token });
      expect(enterprise.server.requests.map((r) => r.headers['x-vault-namespace'])).toEqual(['admin', 'admin']);
      expect(enterprise.revoked.has(token)).toBe(true);
    } finally {
      await enterprise.close();
    }
  });
});

describe('checkSettings', () => {
  const settingsWith = (vaultSettings: Partial<VaultSettings>) => {
    const settings = defaultSettings();
    settings.vault = { ...settings.vault, url: 'https://vault.example.com:8200', ...vaultSettings };
    return settings;
  };
  const problem = (vaultSettings: Partial<VaultSettings>): string => thrown(() => checkSettings(settingsWith(vaultSettings))).message;

  it('accepts jwt with nothing else, and a reverse-proxy path prefix or plain http', () => {
    expect(() => checkSettings(settingsWith({}))).not.toThrow();
    expect(() => checkSettings(settingsWith({ url: 'https://proxy.example.com/vault/' }))).not.toThrow();
    expect(() => checkSettings(settingsWith({ url: 'http://vault:8200' }))).not.toThrow();
  });

  it('requires an absolute http(s) vault-url without /v1, credentials or query', () => {
    expect(problem({ url: '' })).toBe("Input 'vault-url' is required.");
    expect(problem({ url: 'vault.example.com' })).toBe("Input 'vault-url' is not an absolute URL.");
    expect(problem({ url: 'ftp://vault.example.com' })).toContain('must be an http(s) URL');
    expect(problem({ url: 'https://vault.example.com/v1' })).toContain('must not end in /v1');
    expect(problem({ url: 'https://vault.example.com/?token=abc' })).toContain('must not have a query');
    const withPassword = problem({ url: 'https://admin:hunter2hunter2@vault.example.com' });
    expect(withPassword).toContain('must not carry credentials');
    expect(withPassword).not.toContain('hunter2');
  });

  it('requires the inputs of approle and token auth, and a known vault-auth', () => {
    expect(problem({ auth: 'approle', secretId: 'x' })).toBe("Input 'vault-role-id' is required with vault-auth: approle.");
    expect(problem({ auth: 'approle', roleId: 'x' })).toBe("Input 'vault-secret-id' is required with vault-auth: approle.");
    expect(() => checkSettings(settingsWith({ auth: 'approle', roleId: 'r', secretId: 's' }))).not.toThrow();
    expect(problem({ auth: 'token' })).toBe("Input 'vault-token' is required with vault-auth: token.");
    expect(problem({ auth: 'kubernetes' as VaultSettings['auth'] })).toContain("Input 'vault-auth' must be jwt, approle or token");
    expect(thrown(() => checkSettings(settingsWith({ url: '' })))).toBeInstanceOf(GatehouseError);
  });
});
