// Bundle tests: dist/fetch-secrets/index.js (then post/index.js) spawned exactly as the runner
// spawns them, against the loopback fakes, with SOPS files made by the real `age` CLI. Every test
// that handles a secret checks that no form of it reaches stdout, stderr, the summary, the state or
// any output or env entry other than the secret's own.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { findLeaks, leakForms, makeJobDir, runMainAndPost, runStep, type StepResult } from '../../../test-support/action-runner.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { startVaultFake, type VaultFake } from '../../../test-support/fakes/vault.js';
import { ageKeygen, sopsEncrypt, type AgeKeyPair } from '../../../test-support/sops.js';

const DB_PASSWORD = 'pg-Pa55word/with+odd=chars';
const API_KEY = 'sk-live-0123456789abcdefABCDEF';
const TLS_KEY =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----\n';

let oidc: GithubOidcFake;
let vault: VaultFake;
let age: AgeKeyPair;

beforeAll(async () => {
  oidc = await startGithubOidcFake({ issuer: 'self', environment: 'production' });
  vault = await startVaultFake({ verify: oidc.verify });
  vault.addRole('ci', {
    boundAudiences: ['https://vault.example.com'],
    boundClaims: { repository: 'octo-org/octo-repo', environment: 'production' },
    policies: ['secret/data/app', 'secret/data/denied-by-nothing', 'kv/legacy'],
  });
  vault.putKv('secret/app', { db: { password: DB_PASSWORD }, api_key: API_KEY, port: 5432 });
  vault.putKv('kv/legacy', { token: 'legacy-token-value-abc' });
  vault.putKv('secret/forbidden', { x: 'forbidden-value-xyz' });
  age = ageKeygen();
});

afterAll(async () => {
  await vault?.close();
  await oidc?.close();
});

function vaultInputs(secrets: string, extra: Record<string, string> = {}): Record<string, string> {
  return { secrets, 'vault-url': vault.url, 'vault-role': 'ci', 'vault-jwt-audience': 'https://vault.example.com', ...extra };
}

function auditLines(result: StepResult): Array<{ event: string; outcome: string; subject: Record<string, unknown> }> {
  const text = readFileSync(join(result.runnerTemp, 'gatehouse', 'audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; outcome: string; subject: Record<string, unknown> });
}

function expectNothingExported(result: StepResult): void {
  expect(result.code).toBe(1);
  expect(result.outputs).toEqual({});
  expect(result.env).toEqual({});
}

describe('fetch-secrets bundle: Vault', () => {
  it('logs in with the OIDC token, exports outputs and env, masks every form, and the post step revokes the token', async () => {
    vault.server.reset();
    const { main, post } = await runMainAndPost('fetch-secrets', {
      inputs: vaultInputs(
        'DB_PASSWORD=vault:secret/data/app#db.password\nAPI_KEY=vault:secret/data/app#api_key\nLEGACY=vault:kv/legacy#token\nPORT=vault:secret/data/app#port',
      ),
      env: oidc.env,
    });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    expect(main.outputs).toMatchObject({ DB_PASSWORD, API_KEY, LEGACY: 'legacy-token-value-abc', PORT: '5432' });
    expect(JSON.parse(main.outputs['exported']!)).toEqual(['DB_PASSWORD', 'API_KEY', 'LEGACY', 'PORT']);
    expect(main.env).toEqual({ DB_PASSWORD, API_KEY, LEGACY: 'legacy-token-value-abc', PORT: '5432' });
    // One login and one read per distinct path, whatever the number of fields read from it.
    expect(vault.server.requestsTo('POST', '/v1/auth/jwt/login')).toHaveLength(1);
    expect(vault.server.requestsTo('GET', '/v1/secret/data/app')).toHaveLength(1);
    for (const secret of [DB_PASSWORD, API_KEY]) for (const form of leakForms(secret)) expect(main.masks).toContain(form);
    // Every credential the step handled is masked too: the OIDC token and the Vault token.
    const vaultToken = main.state['vault-token']!;
    expect(vaultToken).toMatch(/^hvs\./);
    expect(main.masks).toContain(vaultToken);
    expect(main.masks).toContain(oidc.issued.at(-1)!.jwt);
    expect(main.visibleStdout).toContain('::warning::PORT is true, false, null or a number, so it cannot be masked in the log');
    expect(findLeaks(main, [DB_PASSWORD, API_KEY, 'legacy-token-value-abc'], { exported: ['DB_PASSWORD', 'API_KEY', 'LEGACY'] })).toEqual(
      [],
    );
    expect(main.visibleStdout).not.toContain(vaultToken);
    expect(main.summary).toContain('| `DB_PASSWORD` | vault | `vault:secret/data/app#db.password` | fetched |');
    const events = auditLines(main);
    expect(events.map((e) => [e.event, e.outcome, e.subject['name']])).toEqual([
      ['secret-fetched', 'success', 'DB_PASSWORD'],
      ['secret-fetched', 'success', 'API_KEY'],
      ['secret-fetched', 'success', 'LEGACY'],
      ['secret-fetched', 'success', 'PORT'],
    ]);
    expect(await verifyAuditLog(join(main.runnerTemp, 'gatehouse', 'audit.jsonl'))).toMatchObject({ ok: true, count: 4 });

    expect(post.code).toBe(0);
    expect(post.visibleStdout).toContain('Revoked the Vault token');
    expect(vault.revoked.has(vaultToken)).toBe(true);
    expect(post.visibleStdout).not.toContain(vaultToken);
  });

  it('records each read its own latency, not its provider slowest, keeping the input order in the log', async () => {
    vault.server.reset();
    // The first reference's read is answered last.
    vault.server.inject({ kind: 'delay', ms: 600 }, { method: 'GET', path: '/v1/secret/data/app' });
    const main = await runStep('fetch-secrets', 'main', {
      inputs: vaultInputs('API_KEY=vault:secret/data/app#api_key\nLEGACY=vault:kv/legacy#token'),
      env: oidc.env,
    });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    const latency = Object.fromEntries(auditLines(main).map((e) => [e.subject['name'], e.subject['latency_ms'] as number]));
    expect(Object.keys(latency)).toEqual(['API_KEY', 'LEGACY']);
    expect(latency['API_KEY']).toBeGreaterThanOrEqual(600);
    expect(latency['LEGACY']).toBeLessThan(latency['API_KEY']!);
    expect(await verifyAuditLog(join(main.runnerTemp, 'gatehouse', 'audit.jsonl'))).toMatchObject({ ok: true, count: 2 });
    for (const secret of [API_KEY, 'legacy-token-value-abc']) for (const form of leakForms(secret)) expect(main.masks).toContain(form);
    expect(findLeaks(main, [API_KEY, 'legacy-token-value-abc'], { exported: ['API_KEY', 'LEGACY'] })).toEqual([]);
  });

  it.each([
    ['HTTP/2: the login and every read share one connection', true],
    ['HTTP/1.1 only: the reads in flight get a connection each', false],
  ])('reads over https trusting ca-certificates, %s; the post step revokes the token', async (_, http2) => {
    const secure = await startVaultFake({ verify: oidc.verify, tls: true, http2 });
    try {
      secure.addRole('ci', { boundAudiences: ['https://vault.example.com'], policies: ['secret/data/*'] });
      const lines: string[] = [];
      const values: Record<string, string> = {};
      for (let i = 0; i < 12; i++) {
        values[`S${i}`] = `https-secret-${i}-${'q'.repeat(20)}`;
        secure.putKv(`secret/app-${i}`, { value: values[`S${i}`] });
        lines.push(`S${i}=vault:secret/data/app-${i}#value`);
      }
      const { main, post } = await runMainAndPost('fetch-secrets', {
        inputs: { ...vaultInputs(lines.join('\n')), 'vault-url': secure.url, 'ca-certificates': secure.ca! },
        env: oidc.env,
      });
      expect(main.stderr).toBe('');
      expect(main.code).toBe(0);
      expect(main.env).toEqual(values);
      const versions = new Set(secure.server.requests.map((req) => req.httpVersion));
      expect(versions).toEqual(new Set([http2 ? '2.0' : '1.1']));
      expect(secure.server.requestsTo('GET', /^\/v1\/secret\/data\//)).toHaveLength(12);
      // Connections of both steps: with HTTP/2 one each (main: the login and all twelve reads;
      // post: the revocation). With HTTP/1.1 the reads in flight have their own, opened while
      // the login was under way: at most one per read, one for the login and one for the post step.
      if (http2) expect(secure.server.connections).toBe(2);
      else expect(secure.server.connections).toBeGreaterThan(2);
      expect(secure.server.connections).toBeLessThanOrEqual(14);
      expect(post.code).toBe(0);
      expect(post.visibleStdout).toContain('Revoked the Vault token');
      expect(secure.revoked.has(main.state['vault-token']!)).toBe(true);
      expect(findLeaks(main, Object.values(values), { exported: Object.keys(values) })).toEqual([]);
    } finally {
      await secure.close();
    }
  });

  it('fails closed: one forbidden secret means nothing is exported, and every failed name is listed', async () => {
    const { main, post } = await runMainAndPost('fetch-secrets', {
      inputs: vaultInputs(
        'DB_PASSWORD=vault:secret/data/app#db.password\nFORBIDDEN=vault:secret/data/forbidden#x\nMISSING=vault:secret/data/nope#x',
      ),
      env: oidc.env,
    });
    expectNothingExported(main);
    expect(main.visibleStdout).toMatch(
      /::error::fetch-secrets failed: 2 of 3 secrets could not be fetched, so nothing was exported: FORBIDDEN \(vault, 403\), MISSING \(vault, (403|404)\)\./,
    );
    expect(main.visibleStdout).toMatch(/::error::FORBIDDEN \(vault:secret\/data\/forbidden#x, 'secrets' line 2\): .*403/);
    expect(findLeaks(main, [DB_PASSWORD, 'forbidden-value-xyz'])).toEqual([]);
    expect(auditLines(main).map((e) => e.outcome)).toEqual(['success', 'failure', 'failure']);
    expect(main.summary).toContain('**2 failed: nothing was exported.**');
    // The token obtained before the failure is still revoked by the post step.
    expect(vault.revoked.has(main.state['vault-token']!)).toBe(true);
    expect(post.code).toBe(0);
  });

  it('skips an optional reference whose secret does not exist', async () => {
    vault.putKv('secret/app', { db: { password: DB_PASSWORD }, api_key: API_KEY, port: 5432 });
    const role = 'ci-wide';
    vault.addRole(role, { boundAudiences: ['https://vault.example.com'], policies: ['secret/data/*'] });
    const result = await runStep('fetch-secrets', 'main', {
      inputs: vaultInputs('DB_PASSWORD=vault:secret/data/app#db.password\nEXTRA?=vault:secret/data/not-there#x', { 'vault-role': role }),
      env: oidc.env,
    });
    expect(result.code).toBe(0);
    expect(result.outputs['DB_PASSWORD']).toBe(DB_PASSWORD);
    expect(result.outputs['EXTRA']).toBeUndefined();
    expect(JSON.parse(result.outputs['skipped']!)).toEqual(['EXTRA']);
    expect(result.visibleStdout).toContain(
      '::notice::EXTRA was skipped: vault:secret/data/not-there#x does not exist (optional reference).',
    );
  });

  it('a wrong field fails even for an optional reference, naming the keys that exist and no value', async () => {
    const result = await runStep('fetch-secrets', 'main', {
      inputs: vaultInputs('DB?=vault:secret/data/app#db.pasword'),
      env: oidc.env,
    });
    expectNothingExported(result);
    expect(result.visibleStdout).toContain("field 'db.pasword' does not exist (no 'pasword' under 'db')");
    expect(result.visibleStdout).toContain('Use one of the keys there: password.');
    expect(findLeaks(result, [DB_PASSWORD])).toEqual([]);
  });

  it('a role whose bound claims do not match fails every reference with the login error', async () => {
    vault.addRole('staging-only', {
      boundAudiences: ['https://vault.example.com'],
      boundClaims: { environment: 'staging' },
      policies: ['secret/data/*'],
    });
    const result = await runStep('fetch-secrets', 'main', {
      inputs: vaultInputs('DB=vault:secret/data/app#db.password', { 'vault-role': 'staging-only' }),
      env: oidc.env,
    });
    expectNothingExported(result);
    expect(result.visibleStdout).toMatch(/::error::DB .*bound/);
  });
});

describe('fetch-secrets bundle: environment policy', () => {
  function writePolicy(dir: string, text: string): void {
    mkdirSync(join(dir, 'workspace', '.github'), { recursive: true });
    writeFileSync(join(dir, 'workspace', '.github', 'gatehouse.yml'), text);
  }

  it('denies references outside the environment rule before any provider call', async () => {
    const dir = makeJobDir();
    writePolicy(
      dir,
      `secrets:\n  issuer: ${oidc.issuer}\n  environments:\n    production:\n      refs: [refs/heads/main]\n      allow: ['vault:secret/data/prod/**']\n  default:\n    allow: ['sops:**']\n`,
    );
    vault.server.reset();
    const result = await runStep('fetch-secrets', 'main', {
      dir,
      inputs: vaultInputs('DB=vault:secret/data/app#db.password'),
      env: oidc.env,
    });
    expectNothingExported(result);
    expect(result.visibleStdout).toContain(
      '::error::fetch-secrets failed: The secrets policy in .github/gatehouse.yml does not let this job (environment production, refs/heads/main) read DB; nothing was fetched.',
    );
    expect(result.visibleStdout).toContain(
      "::error::DB ('secrets' line 1): environment 'production' does not allow vault:secret/data/app.",
    );
    expect(vault.server.requests).toHaveLength(0);
    expect(auditLines(result).map((e) => [e.event, e.outcome, e.subject['environment']])).toEqual([
      ['secret-denied', 'denied', 'production'],
    ]);
  });

  it('allows what the rule allows, and refuses a token that is not signed by the issuer', async () => {
    const dir = makeJobDir();
    writePolicy(dir, `secrets:\n  issuer: ${oidc.issuer}\n  environments:\n    production:\n      allow: ['vault:secret/data/**']\n`);
    const ok = await runStep('fetch-secrets', 'main', { dir, inputs: vaultInputs('DB=vault:secret/data/app#db.password'), env: oidc.env });
    expect(ok.code).toBe(0);
    expect(ok.visibleStdout).toContain('policy .github/gatehouse.yml allows all of them (environment production, refs/heads/main)');

    // A step that points the token URL at its own server cannot claim the production environment.
    const forger = await startGithubOidcFake({ issuer: oidc.issuer, environment: 'production' });
    try {
      const forged = await runStep('fetch-secrets', 'main', {
        dir,
        inputs: vaultInputs('DB=vault:secret/data/app#db.password'),
        env: forger.env,
      });
      expectNothingExported(forged);
      expect(forged.visibleStdout).toContain("::error::fetch-secrets failed: The job's OIDC token cannot be trusted: no key of");
      expect(forged.outputs).toEqual({});
    } finally {
      await forger.close();
    }
  });
});

describe('fetch-secrets bundle: SOPS, as-file and post', () => {
  it('decrypts a SOPS file made with the age CLI, writes as-file secrets 0600, and the post step deletes them', async () => {
    const dir = makeJobDir();
    const sops = sopsEncrypt({ db: { password: DB_PASSWORD }, tls: { key: TLS_KEY }, replicas: 3 }, [age.recipient]);
    writeFileSync(join(dir, 'workspace', 'secrets.enc.yaml'), sops.text);
    const inputs = {
      secrets: 'DB_PASSWORD=sops:secrets.enc.yaml#db.password\nTLS_KEY=sops:secrets.enc.yaml#tls.key',
      'sops-age-key': age.identity,
      'as-file': 'TLS_KEY',
    };
    const main = await runStep('fetch-secrets', 'main', { dir, inputs });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    expect(main.outputs['DB_PASSWORD']).toBe(DB_PASSWORD);
    const path = main.outputs['TLS_KEY']!;
    expect(path.startsWith(join(main.runnerTemp, 'gatehouse-secrets-'))).toBe(true);
    expect(main.env['TLS_KEY']).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe(TLS_KEY);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    // Each line of the multi-line key is masked, as is the age identity given as an input.
    for (const line of TLS_KEY.trim().split('\n')) expect(main.masks).toContain(line);
    expect(main.masks).toContain(age.identity);
    expect(findLeaks(main, [DB_PASSWORD, ...TLS_KEY.trim().split('\n').slice(1, 3), age.identity], { exported: ['DB_PASSWORD'] })).toEqual(
      [],
    );
    const post = await runStep('fetch-secrets', 'post', { dir, inputs }, main.state);
    expect(post.code).toBe(0);
    expect(post.visibleStdout).toContain('Deleted 1 secret file(s) and their directory.');
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(path, '..'))).toBe(false);
  });

  it('refuses a SOPS file edited after encryption (MAC mismatch) and exports nothing', async () => {
    const dir = makeJobDir();
    const sops = sopsEncrypt({ a: 'first-value-123', b: 'second-value-456' }, [age.recipient]);
    // Swap the two encrypted values: each still decrypts under its own AAD only, so this is caught.
    const lines = sops.text.split('\n');
    const ia = lines.findIndex((l) => l.startsWith('a: '));
    const ib = lines.findIndex((l) => l.startsWith('b: '));
    [lines[ia], lines[ib]] = [`a: ${lines[ib]!.slice(3)}`, `b: ${lines[ia]!.slice(3)}`];
    writeFileSync(join(dir, 'workspace', 'tampered.yaml'), lines.join('\n'));
    const result = await runStep('fetch-secrets', 'main', {
      dir,
      inputs: { secrets: 'A=sops:tampered.yaml#a', 'sops-age-key': age.identity },
    });
    expectNothingExported(result);
    expect(result.visibleStdout).toContain('::error::A (sops:tampered.yaml#a');
    expect(findLeaks(result, ['first-value-123', 'second-value-456', age.identity])).toEqual([]);
  });
});

describe('fetch-secrets bundle: bad input fails closed with one line', () => {
  it.each([
    [{ secrets: 'DB=vault:secret/data/app#k' }, "Input 'vault-url' is required"],
    [{ secrets: 'PATH=vault:secret/data/app#k', 'vault-url': 'http://127.0.0.1:1' }, "Input 'secrets' line 1: refusing the name PATH"],
    [{ secrets: 'DB=vault:secret/data/app#k\nnot a reference' }, "Input 'secrets' line 2 is not a secret reference."],
    [
      { secrets: 'DB=vault:secret/data/app#k', 'vault-url': 'http://127.0.0.1:1', 'export-env': 'yes' },
      "Input 'export-env' must be true or false",
    ],
    [{ secrets: 'DB=vault:secret/data/app#k', 'vault-url': 'http://127.0.0.1:1', 'as-file': 'OTHER' }, "Input 'as-file' names OTHER"],
    [{ secrets: 'DB=vault:secret/data/app#k', 'vault-url': 'http://127.0.0.1:1', timeout: 'soon' }, "Input 'timeout' is not a duration"],
    [{ secrets: 'DB=sops:x.yaml#k' }, 'sops-age-key'],
    [{ secrets: '' }, "Input 'secrets' is required"],
  ])('%j', async (inputs, message) => {
    const result = await runStep('fetch-secrets', 'main', { inputs, env: {} });
    expectNothingExported(result);
    const errors = result.visibleStdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('fetch-secrets failed: ');
    expect(errors[0]).toContain(message);
    expect(result.files.state).toBe('');
  });

  it('never shows a credential input in an error', async () => {
    const token = 'hvs.NOT-A-REAL-TOKEN-0123456789';
    const result = await runStep('fetch-secrets', 'main', {
      inputs: { secrets: 'DB=vault:secret/data/app#k', 'vault-auth': 'token', 'vault-token': token, 'vault-url': 'not a url' },
      env: {},
    });
    expectNothingExported(result);
    expect(result.masks).toContain(token);
    expect(findLeaks(result, [token])).toEqual([]);
  });
});
