// The Azure Key Vault provider against loopback fakes of GitHub OIDC, Entra ID and Key Vault: the
// happy paths (names, versions, sovereign hosts, one token per cloud), the settings checks, Entra's
// AADSTS errors, Key Vault's 401/403/404 answers and the fault matrix, asserting every token is
// masked and never shown.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { closeHttpAgents, setBackoff } from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import { checkSettings, fetchAll } from '../src/providers/azure.js';
import type { AzureLocator, Read, ReadFailure, ReadOutcome } from '../src/providers/types.js';
import { startAzureFake, type AzureFake } from '../../../test-support/fakes/azure.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import {
  defaultSettings,
  settleProblems,
  testContext,
  type TestContext,
  type TestContextOptions,
} from '../../../test-support/provider-context.js';
import { thrown } from '../../../test-support/failures.js';

const SUBJECT = 'repo:octo-org/octo-repo:environment:production';
const OTHER_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
let oidc: GithubOidcFake;
let azure: AzureFake;
let restoreBackoff: () => void;
let restoreWriter: () => void;
const values: string[] = [];

beforeAll(async () => {
  restoreBackoff = setBackoff({ sleep: async () => {}, random: () => 0 });
  restoreWriter = setWriter(() => {});
  oidc = await startGithubOidcFake({ environment: 'production' });
  azure = await startAzureFake({ oidc, subjects: [SUBJECT] });
});

afterAll(async () => {
  restoreBackoff();
  restoreWriter();
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  await Promise.all([oidc.close(), azure.close()]);
  await closeHttpAgents();
});

beforeEach(() => {
  Object.assign(process.env, oidc.env);
  azure.server.reset();
  azure.subjects.splice(0, azure.subjects.length, SUBJECT);
});

let unique = 0;
/** A fresh vault name for one test. */
const vaultName = (): string => `kv-test-${++unique}`;

function put(vault: string, name: string, value: string): string {
  values.push(value);
  return azure.putSecret({ vault, name, value });
}

function read(vault: string, secret: string, version?: string): Read<AzureLocator> {
  const locator: AzureLocator = version ? { provider: 'azure-kv', vault, secret, version } : { provider: 'azure-kv', vault, secret };
  return { key: `azure-kv:${vault}/${secret}${version ? `/${version}` : ''}`, locator };
}

function context(options: TestContextOptions = {}): TestContext {
  return testContext({
    ...options,
    env: { ...azure.env, ...options.env },
    settings: { azure: { tenantId: azure.tenantId, clientId: azure.clientId, ...options.settings?.azure } },
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

/** No token or secret value in any failure, and every token used on the wire was masked first. */
function expectClean(outcomes: ReadOutcome[], ctx: TestContext): void {
  const text = JSON.stringify(outcomes.filter((o) => !o.ok));
  for (const secret of [...azure.tokens, ...oidc.issued.map((t) => t.jwt), ...values]) expect(text).not.toContain(secret);
  const sent = JSON.stringify(azure.server.requests.map((r) => r.headers));
  for (const token of azure.tokens.filter((t) => sent.includes(t))) expect(ctx.masked).toContain(token);
}

describe('fetchAll: happy paths', () => {
  it('reports each read through ctx.settled as it is answered, with the outcome fetchAll returns', async () => {
    const vault = vaultName();
    put(vault, 'slow', 'slow-value');
    put(vault, 'fast', 'fast-value');
    azure.server.inject({ kind: 'delay', ms: 500 }, { method: 'GET', path: /\/secrets\/slow$/ });
    const ctx = context();
    const list = [read(vault, 'slow'), read(vault, 'fast'), read(vault, 'missing'), read('vault.example.com', 's')];
    const outcomes = await fetchAll(list, ctx);
    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    expect(ctx.settledReads.map((s) => s.key).at(-1)).toBe(list[0]!.key);
    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'slow-value' });
    expect(failure(outcomes[2]).kind).toBe('not-found');
    expect(failure(outcomes[3]).kind).toBe('invalid');
  });

  it('gets a token with the GitHub assertion and reads the current version', async () => {
    const vault = vaultName();
    put(vault, 'db-password', 'old');
    const current = put(vault, 'db-password', 'hunter2-current');
    const ctx = context();
    const outcomes = await fetchAll([read(vault, 'db-password')], ctx);

    expect(ok(outcomes[0])).toEqual({ ok: true, value: { kind: 'text', text: 'hunter2-current' }, version: current });
    expect(ctx.audiences).toEqual(['api://AzureADTokenExchange']);
    const [token] = azure.server.requestsTo('POST', /oauth2\/v2\.0\/token$/);
    expect(token!.path).toBe(`/login/${azure.tenantId}/oauth2/v2.0/token`);
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      client_id: azure.clientId,
      scope: 'https://vault.azure.net/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: oidc.issued.at(-1)!.jwt,
      grant_type: 'client_credentials',
    });
    const [get] = azure.server.requestsTo('GET', /\/secrets\//);
    expect(get!.path).toBe(`/kv/${vault}/secrets/db-password`);
    expect(get!.query.get('api-version')).toBe('7.4');
    expect(get!.headers['authorization']).toBe(`Bearer ${azure.tokens.at(-1)}`);
    expect(ctx.masked).toEqual([azure.tokens.at(-1)]);
  });

  it('reads a pinned version and shares one token among reads of the same cloud, each read through the pool', async () => {
    const vault = vaultName();
    const first = put(vault, 'api-key', 'key-one');
    put(vault, 'api-key', 'key-two');
    put(vault, 'other', 'other-value');
    const ctx = context();
    let pooled = 0;
    const limit = ctx.limit;
    ctx.limit = (task) => {
      pooled++;
      return limit(task);
    };
    const outcomes = await fetchAll([read(vault, 'api-key', first), read(vault, 'api-key'), read(vault, 'other')], ctx);

    expect(outcomes.map((o) => ok(o).value)).toEqual([
      { kind: 'text', text: 'key-one' },
      { kind: 'text', text: 'key-two' },
      { kind: 'text', text: 'other-value' },
    ]);
    expect(ok(outcomes[0]).version).toBe(first);
    expect(azure.server.requestsTo('POST', /oauth2/)).toHaveLength(1);
    expect(pooled).toBe(4); // one token request and three reads
  });

  it('gets one token per cloud for sovereign hosts, with that cloud scope', async () => {
    const gov = `${vaultName()}.vault.usgovcloudapi.net`;
    const china = `${vaultName()}.vault.azure.cn`;
    const pub = vaultName();
    put(gov, 'a', 'gov-value');
    put(china, 'a', 'china-value');
    put(pub, 'a', 'public-value');
    const ctx = context();
    const outcomes = await fetchAll([read(gov, 'a'), read(china, 'a'), read(pub, 'a')], ctx);

    expect(outcomes.map((o) => ok(o).value)).toEqual([
      { kind: 'text', text: 'gov-value' },
      { kind: 'text', text: 'china-value' },
      { kind: 'text', text: 'public-value' },
    ]);
    const scopes = azure.server.requestsTo('POST', /oauth2/).map((r) => new URLSearchParams(r.body).get('scope'));
    expect(scopes.sort()).toEqual([
      'https://vault.azure.cn/.default',
      'https://vault.azure.net/.default',
      'https://vault.usgovcloudapi.net/.default',
    ]);
    expect(azure.server.requestsTo('GET', /\/secrets\//).map((r) => r.path)).toContain(`/kv/${gov}/secrets/a`);
    expect(ctx.masked.sort()).toEqual(azure.tokens.slice(-3).sort());
  });

  it('accepts a tenant domain and an authority host with a trailing slash', async () => {
    const vault = vaultName();
    put(vault, 's', 'domain-value');
    const ctx = context({
      env: { AZURE_AUTHORITY_HOST: `${azure.env.AZURE_AUTHORITY_HOST}/` },
      settings: { azure: { tenantId: azure.tenantDomain } },
    });
    const outcomes = await fetchAll([read(vault, 's')], ctx);
    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'domain-value' });
    expect(azure.server.requestsTo('POST', /oauth2/)[0]!.path).toBe(`/login/${azure.tenantDomain}/oauth2/v2.0/token`);
  });

  it('rejects a host that is not a Key Vault without any request, and returns nothing for no reads', async () => {
    const ctx = context();
    const outcomes = await fetchAll([read('vault.example.com', 's')], ctx);
    expect(failure(outcomes[0])).toMatchObject({ kind: 'invalid' });
    expect(await fetchAll([], ctx)).toEqual([]);
    expect(azure.server.requests).toHaveLength(0);
    expect(ctx.audiences).toEqual([]);
  });
});

describe('fetchAll: Key Vault failures', () => {
  it('maps SecretNotFound, a disabled secret and the two kinds of 403', async () => {
    const vault = vaultName();
    put(vault, 'turned-off', 'disabled-value');
    azure.disableSecret(vault, 'turned-off');
    const rbac = vaultName();
    const policy = vaultName();
    put(rbac, 's', 'rbac-value');
    put(policy, 's', 'policy-value');
    azure.setVault(rbac, { denial: 'ForbiddenByRbac' });
    azure.setVault(policy, { denial: 'AccessDenied' });
    const ctx = context();
    const outcomes = await fetchAll(
      [
        read(vault, 'missing'),
        read(vault, 'turned-off', 'ffffffffffffffffffffffffffffffff'),
        read(vault, 'turned-off'),
        read(rbac, 's'),
        read(policy, 's'),
      ],
      ctx,
    );
    const [missing, missingVersion, disabled, byRbac, byPolicy] = outcomes.map(failure);

    expect(missing).toMatchObject({ kind: 'not-found', status: 404 });
    expect(missing!.message).toContain('A secret with (name/id) missing was not found');
    expect(missingVersion).toMatchObject({ kind: 'not-found', status: 404 });
    expect(disabled).toMatchObject({ kind: 'denied', status: 403 });
    expect(disabled!.fix).toContain('--enabled true');
    expect(byRbac).toMatchObject({ kind: 'denied', status: 403 });
    expect(byRbac!.fix).toContain('Key Vault Secrets User');
    expect(byPolicy!.fix).toContain('--secret-permissions get');
    expectClean(outcomes, ctx);
  });

  it('says so when the vault lives in another tenant (401 AKV10032)', async () => {
    const vault = vaultName();
    put(vault, 's', 'foreign-value');
    azure.setVault(vault, { tenant: OTHER_TENANT });
    const ctx = context();
    const outcomes = await fetchAll([read(vault, 's')], ctx);
    const f = failure(outcomes[0]);
    expect(f).toMatchObject({ kind: 'auth', status: 401 });
    expect(f.message).toContain(`the vault belongs to tenant ${OTHER_TENANT}, not azure-tenant-id ${azure.tenantId}`);
    expect(f.fix).toContain("vault's tenant");
    expectClean(outcomes, ctx);
  });

  it('retries a 5xx and then succeeds', async () => {
    const vault = vaultName();
    put(vault, 's', 'after-503');
    azure.server.inject({ kind: 'status', status: 503 }, { path: /\/secrets\//, times: 2 });
    const outcomes = await fetchAll([read(vault, 's')], context());
    expect(ok(outcomes[0]).value).toEqual({ kind: 'text', text: 'after-503' });
    expect(azure.server.requestsTo('GET', /\/secrets\//)).toHaveLength(3);
  });

  it.each([
    ['5xx forever', 'unavailable', { kind: 'status', status: 500 } as const],
    ['a malformed body', 'invalid', { kind: 'malformed' } as const],
    ['a body without value', 'invalid', { kind: 'malformed', body: '{"id":"https://x.vault.azure.net/secrets/s/1"}' } as const],
    ['a dropped connection every time', 'unavailable', { kind: 'close' } as const],
  ])('maps %s on the read to %s', async (_name, kind, fault) => {
    const vault = vaultName();
    put(vault, 's', `fault-value-${unique}`);
    azure.server.inject(fault, { path: /\/secrets\//, times: Infinity });
    const ctx = context();
    const outcomes = await fetchAll([read(vault, 's')], ctx);
    expect(failure(outcomes[0]).kind).toBe(kind);
    expectClean(outcomes, ctx);
  });

  it('maps a hanging Key Vault to unavailable within a short deadline', async () => {
    const vault = vaultName();
    put(vault, 's', 'never-answered');
    azure.server.inject({ kind: 'hang' }, { path: /\/secrets\//, times: Infinity });
    const outcomes = await fetchAll([read(vault, 's')], context({ deadlineMs: 800 }));
    expect(failure(outcomes[0]).kind).toBe('unavailable');
    expect(failure(outcomes[0]).message).toContain('did not finish');
  });
});

describe('fetchAll: Entra failures fail every read of that cloud', () => {
  const twoReads = (): Read<AzureLocator>[] => {
    const vault = vaultName();
    put(vault, 'a', `auth-a-${unique}`);
    put(vault, 'b', `auth-b-${unique}`);
    return [read(vault, 'a'), read(vault, 'b')];
  };

  it.each([
    ['a different subject', ['repo:octo-org/octo-repo:ref:refs/heads/main'], 700213, 'must equal the token'],
    ['a subject in another case', [SUBJECT.replace('production', 'Production')], 7002138, 'case-sensitively'],
    ['no federated credential', [], 70021, 'add one with issuer https://token.actions.githubusercontent.com'],
  ])('reports %s as auth with the AADSTS code and fix', async (_name, subjects, code, fix) => {
    azure.subjects.splice(0, azure.subjects.length, ...subjects);
    const ctx = context();
    const outcomes = await fetchAll(twoReads(), ctx);
    const [a, b] = outcomes.map(failure);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: 'auth', status: 401 });
    expect(a!.message).toContain(`AADSTS${code}`);
    expect(a!.fix).toContain(fix);
    expect(a!.fix).toContain(SUBJECT);
    expect(azure.server.requestsTo('GET', /\/secrets\//)).toHaveLength(0);
    expectClean(outcomes, ctx);
  });

  it.each([
    ['an unknown client ID', { clientId: '11111111-2222-4333-8444-555555555555' }, 700016, 'azure-client-id'],
    ['an unknown tenant', { tenantId: OTHER_TENANT }, 90002, 'azure-tenant-id'],
  ])('reports %s as auth', async (_name, azureSettings, code, fix) => {
    const outcomes = await fetchAll(twoReads(), context({ settings: { azure: azureSettings } }));
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
    expect(failure(outcomes[0]).message).toContain(`AADSTS${code}`);
    expect(failure(outcomes[0]).fix).toContain(fix);
  });

  it('fails only the reads of the cloud whose token failed', async () => {
    const pub = vaultName();
    put(pub, 's', 'public-ok');
    azure.server.inject(
      {
        kind: 'status',
        status: 400,
        body: {
          error: 'invalid_resource',
          error_description: 'AADSTS500011: The resource principal named https://vault.usgovcloudapi.net was not found.',
          error_codes: [500011],
        },
      },
      { path: /oauth2/, times: 1 },
    );
    // A pool of one runs the token requests in order, so the injected failure hits the gov one.
    const ctx = context({ poolSize: 1 });
    const gov = `${vaultName()}.vault.usgovcloudapi.net`;
    put(gov, 's', 'gov-unreached');
    const outcomes = await fetchAll([read(gov, 's'), read(pub, 's')], ctx);
    expect(failure(outcomes[0])).toMatchObject({ kind: 'auth' });
    expect(failure(outcomes[0]).fix).toContain('usgovcloudapi.net');
    expect(ok(outcomes[1]).value).toEqual({ kind: 'text', text: 'public-ok' });
  });

  it('reports a missing GitHub OIDC permission as auth', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    const outcomes = await fetchAll(twoReads(), context());
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
    expect(azure.server.requests).toHaveLength(0);
  });

  it.each([
    ['5xx forever', 'unavailable', { kind: 'status', status: 503 } as const],
    ['a malformed body', 'invalid', { kind: 'malformed' } as const],
    ['a token-less answer', 'invalid', { kind: 'malformed', body: '{"token_type":"Bearer"}' } as const],
  ])('maps %s from Entra to %s for every read', async (_name, kind, fault) => {
    azure.server.inject(fault, { path: /oauth2/, times: Infinity });
    const outcomes = await fetchAll(twoReads(), context());
    expect(outcomes.map((o) => failure(o).kind)).toEqual([kind, kind]);
  });

  it('maps a hanging Entra to unavailable for every read', async () => {
    azure.server.inject({ kind: 'hang' }, { path: /oauth2/, times: Infinity });
    const outcomes = await fetchAll(twoReads(), context({ deadlineMs: 800 }));
    expect(outcomes.map((o) => failure(o).kind)).toEqual(['unavailable', 'unavailable']);
  });
});

describe('the fake answers like Key Vault', () => {
  it('challenges a request without a token with WWW-Authenticate and AKV10000', async () => {
    const vault = vaultName();
    put(vault, 's', 'challenge-value');
    azure.setVault(vault, { tenant: OTHER_TENANT });
    const res = await fetch(`${azure.env.GATEHOUSE_AZURE_KEYVAULT_URL.replace('{vault}', vault)}/secrets/s?api-version=7.4`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer authorization="${azure.url}/login/${OTHER_TENANT}", resource="https://vault.azure.net"`,
    );
    expect(await res.json()).toEqual({ error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } });
  });
});

describe('checkSettings', () => {
  const settings = (tenantId: string, clientId: string) => {
    const s = defaultSettings();
    s.azure = { tenantId, clientId };
    return s;
  };
  const CLIENT = '0b9f1c3e-5a7d-4e2b-9c8f-1d2e3f4a5b6c';
  const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

  it('accepts a tenant ID or domain and a client ID', () => {
    expect(() => checkSettings(settings(TENANT, CLIENT))).not.toThrow();
    expect(() => checkSettings(settings('contoso.onmicrosoft.com', CLIENT))).not.toThrow();
  });

  it.each([
    ['a missing tenant', '', CLIENT, "Input 'azure-tenant-id' is required"],
    ['the common endpoint', 'common', CLIENT, "Input 'azure-tenant-id' must name one tenant"],
    ['a tenant that is neither', 'not a tenant', CLIENT, "Input 'azure-tenant-id' is neither"],
    ['a missing client', TENANT, '', "Input 'azure-client-id' is required"],
    ['a client name', TENANT, 'my-app', "Input 'azure-client-id' is not an application (client) ID"],
  ])('rejects %s', (_name, tenant, client, message) => {
    const err = thrown(() => checkSettings(settings(tenant, client)));
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.message).toContain(message);
  });
});
