// The AWS Secrets Manager provider against the loopback STS + Secrets Manager fake (which verifies
// OIDC tokens, role trust and SigV4 signatures), and the fake's own checks.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { GatehouseError } from '@gatehouse/core/errors';
import { closeHttpAgents, HttpError, request, setBackoff } from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import {
  awsErrorType,
  checkSettings,
  entryFor,
  fetchAll,
  normalizeType,
  parseStsCredentials,
  setThrottleBackoff,
  xmlText,
} from '../src/providers/aws.js';
import { signRequest, type AwsCredentials } from '../src/providers/sigv4.js';
import type { AwsLocator, Read, ReadFailure, ReadOutcome } from '../src/providers/types.js';
import { startAwsFake, type AwsFake } from '../../../test-support/fakes/aws.js';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { thrown } from '../../../test-support/failures.js';
import {
  defaultSettings,
  settleProblems,
  testContext,
  type TestContext,
  type TestContextOptions,
} from '../../../test-support/provider-context.js';

let oidc: GithubOidcFake;
let aws: AwsFake;
let restore: Array<() => void> = [];
const throttleSleeps: number[] = [];

beforeAll(async () => {
  oidc = await startGithubOidcFake();
  Object.assign(process.env, oidc.env);
  restore = [
    setBackoff({ sleep: async () => {}, random: () => 0 }),
    setThrottleBackoff({ sleep: async (ms) => void throttleSleeps.push(ms), random: () => 0.5 }),
    setWriter(() => {}),
  ];
});

afterAll(async () => {
  for (const undo of restore) undo();
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  await oidc.close();
  await closeHttpAgents();
});

beforeEach(async () => {
  throttleSleeps.length = 0;
  aws = await startAwsFake({ oidc, trustedSubject: /^repo:octo-org\/octo-repo:/ });
});

afterEach(async () => {
  await aws.close();
});

// ---- helpers -----------------------------------------------------------------------------------

function reads(...ids: string[]): Read<AwsLocator>[] {
  return ids.map((secretId) => ({ key: `aws-sm:${secretId}`, locator: { provider: 'aws-sm', secretId } }));
}

function roleContext(options: TestContextOptions = {}): TestContext {
  return testContext({ ...options, settings: { aws: { region: 'us-east-1', roleArn: aws.roleArn } }, env: { ...aws.env, ...options.env } });
}

function keyContext(
  keys: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  options: TestContextOptions = {},
): TestContext {
  const env: NodeJS.ProcessEnv = { ...aws.env, AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey };
  if (keys.sessionToken) env['AWS_SESSION_TOKEN'] = keys.sessionToken;
  return testContext({ ...options, settings: { aws: { region: 'us-east-1' } }, env: { ...env, ...options.env } });
}

function text(outcome: ReadOutcome | undefined): string {
  if (!outcome?.ok) throw new Error(`expected a value, got ${JSON.stringify(outcome)}`);
  if (outcome.value.kind !== 'text') throw new Error(`expected text, got ${outcome.value.kind}`);
  return outcome.value.text;
}

function failure(outcome: ReadOutcome | undefined): ReadFailure {
  if (!outcome || outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.failure;
}

/** Credentials and secret values must never reach a failure message or fix. */
function expectNoLeaks(outcomes: ReadOutcome[], secrets: string[]): void {
  const shown = JSON.stringify(outcomes.filter((o) => !o.ok));
  for (const secret of secrets) expect(shown).not.toContain(secret);
}

function issuedSecrets(): string[] {
  return aws.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
}

/** A signed Secrets Manager call made by hand, to test the fake's verifier. */
async function signedCall(
  credentials: AwsCredentials,
  operation: string,
  input: unknown,
  options: { region?: string; now?: Date; service?: string; sentBody?: string; extraHeaders?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown }> {
  const url = `${aws.url}/`;
  const body = JSON.stringify(input);
  const headers = signRequest({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `secretsmanager.${operation}` },
    body,
    service: options.service ?? 'secretsmanager',
    region: options.region ?? 'us-east-1',
    credentials,
    now: options.now,
  });
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { ...headers, ...options.extraHeaders },
      body: options.sentBody ?? body,
      maxAttempts: 1,
    });
    return { status: res.status, body: res.json() };
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status ?? 0, body: err.body };
  }
}

// ---- credentials -------------------------------------------------------------------------------

describe('credentials', () => {
  it('assumes the role with the OIDC token (unsigned, 900 s) and masks the keys before using them', async () => {
    aws.putSecret('prod/db', '{"password":"hunter2-db"}', { versionId: 'v-db' });
    aws.putSecret('prod/api', 'api-token-value');
    const ctx = roleContext();

    const outcomes = await fetchAll(reads('prod/db', 'prod/api'), ctx);

    expect(text(outcomes[0])).toBe('{"password":"hunter2-db"}');
    expect(outcomes[0]).toMatchObject({ ok: true, version: 'v-db' });
    expect(text(outcomes[1])).toBe('api-token-value');
    expect(ctx.audiences).toEqual(['sts.amazonaws.com']);
    expect(aws.calls.AssumeRoleWithWebIdentity).toHaveLength(1);
    expect(aws.calls.AssumeRoleWithWebIdentity[0]!.input).toMatchObject({
      Version: '2011-06-15',
      RoleArn: aws.roleArn,
      RoleSessionName: 'GitHubActions',
      DurationSeconds: '900',
    });
    const stsRequest = aws.server.requests.find((r) => r.body.startsWith('Action=AssumeRoleWithWebIdentity'))!;
    expect(stsRequest.headers['authorization']).toBeUndefined();
    expect(aws.issued).toHaveLength(1);
    const [issued] = aws.issued;
    expect(ctx.masked).toEqual(expect.arrayContaining([issued!.accessKeyId, issued!.secretAccessKey, issued!.sessionToken]));
    const batch = aws.server.requests.find((r) => r.headers['x-amz-target'] === 'secretsmanager.BatchGetSecretValue')!;
    expect(batch.headers['x-amz-security-token']).toBe(issued!.sessionToken);
    expect(aws.calls.BatchGetSecretValue[0]).toMatchObject({
      identity: expect.stringContaining(':assumed-role/gatehouse-reader/GitHubActions'),
      region: 'us-east-1',
    });
  });

  it('signs requests that verify over https with HTTP/2 too, where the host travels as :authority', async () => {
    const secure = await startAwsFake({ oidc, trustedSubject: /^repo:octo-org\/octo-repo:/, tls: true });
    try {
      secure.putSecret('prod/db', 'over-h2-value');
      const ctx = testContext({
        ca: secure.server.ca,
        settings: { aws: { region: 'us-east-1', roleArn: secure.roleArn } },
        env: secure.env,
      });
      const outcomes = await fetchAll(reads('prod/db'), ctx);
      expect(text(outcomes[0])).toBe('over-h2-value');
      // STS and Secrets Manager share the fake's origin: one connection, every request a stream.
      expect(secure.server.requests.map((r) => r.httpVersion)).toEqual(['2.0', '2.0']);
      expect(secure.calls.BatchGetSecretValue).toHaveLength(1);
    } finally {
      await secure.close();
    }
  });

  it('uses aws-role-session-name when given', async () => {
    aws.putSecret('a', 'x');
    const ctx = testContext({
      settings: { aws: { region: 'us-east-1', roleArn: aws.roleArn, roleSessionName: 'deploy-42' } },
      env: aws.env,
    });
    await fetchAll(reads('a'), ctx);
    expect(aws.calls.AssumeRoleWithWebIdentity[0]!.input).toMatchObject({ RoleSessionName: 'deploy-42' });
  });

  it('uses and masks long-term keys from the environment when there is no role', async () => {
    aws.putSecret('app', 'value');
    const user = aws.addUser('ci');
    const ctx = keyContext(user);

    const outcomes = await fetchAll(reads('app'), ctx);

    expect(text(outcomes[0])).toBe('value');
    expect(aws.calls.AssumeRoleWithWebIdentity).toHaveLength(0);
    expect(ctx.audiences).toEqual([]);
    expect(ctx.masked).toEqual(expect.arrayContaining([user.accessKeyId, user.secretAccessKey]));
    expect(aws.calls.BatchGetSecretValue[0]!.identity).toBe(user.arn);
  });

  it('uses and masks a session token from the environment (configure-aws-credentials output)', async () => {
    aws.putSecret('app', 'value');
    await fetchAll(reads('app'), roleContext());
    const [issued] = aws.issued;
    const ctx = keyContext(issued!);

    const outcomes = await fetchAll(reads('app'), ctx);

    expect(text(outcomes[0])).toBe('value');
    expect(ctx.masked).toEqual(expect.arrayContaining([issued!.accessKeyId, issued!.secretAccessKey, issued!.sessionToken]));
    expect(aws.calls.AssumeRoleWithWebIdentity).toHaveLength(1);
  });

  it('fails every read as auth when STS refuses the role (trust policy sub), without a Secrets Manager call', async () => {
    await aws.close();
    aws = await startAwsFake({ oidc, trustedSubject: /^repo:someone-else\/repo:/ });
    const ctx = roleContext();

    const outcomes = await fetchAll(reads('a', 'b', 'c'), ctx);

    for (const outcome of outcomes) {
      const f = failure(outcome);
      expect(f.kind).toBe('auth');
      expect(f.status).toBe(403);
      expect(f.message).toBe(
        `AWS STS AssumeRoleWithWebIdentity for ${aws.roleArn} answered 403 AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity`,
      );
      expect(f.fix).toContain('token.actions.githubusercontent.com:sub');
      expect(f.fix).toContain('token.actions.githubusercontent.com:aud');
    }
    expect(aws.calls.BatchGetSecretValue).toHaveLength(0);
    expectNoLeaks(
      outcomes,
      oidc.issued.map((t) => t.jwt),
    );
  });

  it('names the IAM OIDC provider when STS cannot validate the token', async () => {
    await aws.close();
    aws = await startAwsFake({}); // no OIDC provider configured in the "account"
    const outcomes = await fetchAll(reads('a'), roleContext());
    const f = failure(outcomes[0]);
    expect(f).toMatchObject({ kind: 'auth', status: 400 });
    expect(f.message).toContain('InvalidIdentityToken');
    expect(f.fix).toContain('IAM OIDC provider');
  });

  it('fails as auth when the job has no OIDC token (id-token: write missing)', async () => {
    const saved = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    try {
      const outcomes = await fetchAll(reads('a', 'b'), roleContext());
      expect(outcomes.map((o) => failure(o).kind)).toEqual(['auth', 'auth']);
      expect(failure(outcomes[0]).message).toContain('id-token: write');
    } finally {
      process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = saved;
    }
  });

  it('fails as auth when neither a role nor keys are configured', async () => {
    const ctx = testContext({ settings: { aws: { region: 'us-east-1' } }, env: aws.env });
    const outcomes = await fetchAll(reads('a'), ctx);
    expect(failure(outcomes[0])).toMatchObject({ kind: 'auth', message: expect.stringContaining('AWS_ACCESS_KEY_ID') });
    expect(aws.server.requests).toHaveLength(0);
  });

  it('reports a wrong secret key as auth: the fake rejects the signature', async () => {
    aws.putSecret('app', 'value');
    const user = aws.addUser('ci');
    const wrong = { accessKeyId: user.accessKeyId, secretAccessKey: `${user.secretAccessKey.slice(0, -4)}AAAA` };
    const ctx = keyContext(wrong);

    const outcomes = await fetchAll(reads('app'), ctx);

    const f = failure(outcomes[0]);
    expect(f).toMatchObject({ kind: 'auth', status: 403 });
    expect(f.message).toContain('InvalidSignatureException');
    expect(aws.calls.BatchGetSecretValue[0]).toMatchObject({ status: 403, errorType: 'InvalidSignatureException' });
    expect(ctx.masked).toEqual(expect.arrayContaining([wrong.accessKeyId, wrong.secretAccessKey]));
    expectNoLeaks(outcomes, [wrong.secretAccessKey, user.secretAccessKey, 'value']);
  });
});

// ---- batching and mapping ----------------------------------------------------------------------

describe('BatchGetSecretValue', () => {
  it('reads 45 secrets with 3 concurrent batch calls of at most 20', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `svc/secret-${i}`);
    for (const name of names) aws.putSecret(name, `value-${name}`);

    const ctx = roleContext();
    const list = reads(...names);
    const outcomes = await fetchAll(list, ctx);

    expect(outcomes.map(text)).toEqual(names.map((n) => `value-${n}`));
    // Each read reported once, as its batch came back.
    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    const sizes = aws.calls.BatchGetSecretValue.map((c) => (c.input as { SecretIdList: string[] }).SecretIdList.length);
    expect(sizes.sort((a, b) => a - b)).toEqual([5, 20, 20]);
    expect(aws.calls.GetSecretValue).toHaveLength(0);
  });

  it('follows NextToken until every secret is answered', async () => {
    await aws.close();
    aws = await startAwsFake({ oidc, pageSize: 3 });
    const names = Array.from({ length: 10 }, (_, i) => `p${i}`);
    for (const name of names) aws.putSecret(name, `v${name}`);

    const outcomes = await fetchAll(reads(...names), roleContext());

    expect(outcomes.map(text)).toEqual(names.map((n) => `v${n}`));
    const calls = aws.calls.BatchGetSecretValue;
    expect(calls).toHaveLength(4);
    expect((calls[0]!.input as { NextToken?: string }).NextToken).toBeUndefined();
    expect(calls.slice(1).every((c) => typeof (c.input as { NextToken?: string }).NextToken === 'string')).toBe(true);
  });

  it('maps per-secret errors to not-found, denied (IAM and KMS) and invalid, next to values', async () => {
    aws.putSecret('ok', 'fine');
    aws.putSecret('forbidden', 'nope-value');
    aws.putSecret('doomed', 'doomed-value', { deleted: true });
    aws.putSecret('cmk', 'cmk-value', { cmk: true });
    aws.setPolicy(aws.roleArn, {
      actions: ['secretsmanager:BatchGetSecretValue', 'secretsmanager:GetSecretValue'],
      secrets: ['ok', 'doomed', 'cmk', 'missing'],
      kmsDecrypt: false,
    });
    const ctx = roleContext();

    const outcomes = await fetchAll(reads('ok', 'missing', 'forbidden', 'doomed', 'cmk'), ctx);

    expect(text(outcomes[0])).toBe('fine');
    expect(failure(outcomes[1])).toMatchObject({ kind: 'not-found', message: expect.stringContaining('ResourceNotFoundException') });
    expect(failure(outcomes[1]).fix).toContain('us-east-1');
    expect(failure(outcomes[2])).toMatchObject({ kind: 'denied', message: expect.stringContaining('AccessDeniedException') });
    expect(failure(outcomes[2]).fix).toContain('secretsmanager:GetSecretValue');
    expect(failure(outcomes[3])).toMatchObject({ kind: 'invalid', message: expect.stringContaining('marked for deletion') });
    expect(failure(outcomes[3]).fix).toContain('restore-secret');
    expect(failure(outcomes[4])).toMatchObject({ kind: 'denied', message: expect.stringContaining('DecryptionFailure') });
    expect(failure(outcomes[4]).fix).toContain('kms:Decrypt');
    expect(aws.calls.BatchGetSecretValue).toHaveLength(1);
    expectNoLeaks(outcomes, ['nope-value', 'doomed-value', 'cmk-value', ...issuedSecrets()]);
  });

  it('maps full ARNs, partial ARNs (no suffix) and names back to the right reads', async () => {
    const app = aws.putSecret('app', 'app-value', { suffix: 'AbCdEf' });
    const appConfig = aws.putSecret('app-config', 'app-config-value', { suffix: 'XyZ123' });
    const partial = (arn: string): string => arn.slice(0, -7);
    const ids = [app.arn, partial(appConfig.arn), partial(app.arn), 'app-config', appConfig.arn, 'app'];

    const outcomes = await fetchAll(reads(...ids), roleContext());

    expect(outcomes.map(text)).toEqual(['app-value', 'app-config-value', 'app-value', 'app-config-value', 'app-config-value', 'app-value']);
    expect(aws.calls.BatchGetSecretValue).toHaveLength(1);
    expect(aws.calls.GetSecretValue).toHaveLength(0);
  });

  it('sends an ARN to its own region, signed for that region', async () => {
    aws.putSecret('here', 'us-value');
    const there = aws.putSecret('there', 'eu-value', { region: 'eu-west-1' });
    const read = reads('here', there.arn);
    read[1]!.locator.region = 'eu-west-1';

    const outcomes = await fetchAll(read, roleContext());

    expect(outcomes.map(text)).toEqual(['us-value', 'eu-value']);
    expect(aws.calls.BatchGetSecretValue.map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('returns binary secrets as bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    aws.putSecret('blob', bytes);
    const outcomes = await fetchAll(reads('blob'), roleContext());
    expect(outcomes[0]).toMatchObject({ ok: true, value: { kind: 'bytes' } });
    const value = (outcomes[0] as { value: { bytes: Uint8Array } }).value.bytes;
    expect([...value]).toEqual([...bytes]);
  });

  it('falls back to GetSecretValue per secret when BatchGetSecretValue itself is denied, and says why once', async () => {
    for (const name of ['a', 'b', 'c']) aws.putSecret(name, `${name}-value`);
    aws.setPolicy(aws.roleArn, { actions: ['secretsmanager:GetSecretValue'], secrets: ['a', 'b'] });
    const ctx = roleContext();

    const list = reads('a', 'b', 'c');
    const outcomes = await fetchAll(list, ctx);

    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    expect(text(outcomes[0])).toBe('a-value');
    expect(text(outcomes[1])).toBe('b-value');
    expect(failure(outcomes[2])).toMatchObject({ kind: 'denied', status: 400 });
    expect(aws.calls.BatchGetSecretValue).toMatchObject([{ status: 400, errorType: 'AccessDeniedException' }]);
    expect(aws.calls.GetSecretValue).toHaveLength(3);
    const notices = ctx.logs.filter((l) => l.includes('BatchGetSecretValue was denied'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('secretsmanager:BatchGetSecretValue');
  });

  it('fails a read without any region as invalid, and reads the rest', async () => {
    aws.putSecret('app', 'value', { region: 'eu-central-1' });
    const ctx = testContext({ settings: { aws: { roleArn: aws.roleArn } }, env: aws.env });
    const read = reads('by-name', aws.arnOf('app', 'eu-central-1'));

    const outcomes = await fetchAll(read, ctx);

    expect(failure(outcomes[0])).toMatchObject({ kind: 'invalid', message: expect.stringContaining('No AWS region for by-name') });
    expect(text(outcomes[1])).toBe('value');
    // The read without a region is reported at once, before any request.
    expect(settleProblems(ctx, read, outcomes)).toEqual([]);
    expect(ctx.settledReads[0]!.key).toBe(read[0]!.key);
  });

  it('takes the region from AWS_REGION when aws-region is empty', async () => {
    aws.putSecret('app', 'value', { region: 'ap-southeast-2' });
    const ctx = testContext({ settings: { aws: { roleArn: aws.roleArn } }, env: { ...aws.env, AWS_REGION: 'ap-southeast-2' } });
    const outcomes = await fetchAll(reads('app'), ctx);
    expect(text(outcomes[0])).toBe('value');
    expect(aws.calls.BatchGetSecretValue[0]!.region).toBe('ap-southeast-2');
  });

  it('prefers the per-service endpoint variables over AWS_ENDPOINT_URL', async () => {
    aws.putSecret('app', 'value');
    const env = { AWS_ENDPOINT_URL: 'http://127.0.0.1:9/', AWS_ENDPOINT_URL_STS: aws.url, AWS_ENDPOINT_URL_SECRETS_MANAGER: `${aws.url}/` };
    const ctx = testContext({ settings: { aws: { region: 'us-east-1', roleArn: aws.roleArn } }, env });
    const outcomes = await fetchAll(reads('app'), ctx);
    expect(text(outcomes[0])).toBe('value');
  });

  it('returns an empty list for no reads, without authenticating', async () => {
    const ctx = roleContext();
    expect(await fetchAll([], ctx)).toEqual([]);
    expect(ctx.audiences).toEqual([]);
  });
});

// ---- faults ------------------------------------------------------------------------------------

describe('faults', () => {
  it('retries ThrottlingException (400) with backoff, then succeeds', async () => {
    aws.putSecret('app', 'value');
    aws.throttle(2, 'BatchGetSecretValue');
    const ctx = roleContext();

    const outcomes = await fetchAll(reads('app'), ctx);

    expect(text(outcomes[0])).toBe('value');
    expect(aws.calls.BatchGetSecretValue.map((c) => c.errorType ?? 'ok')).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
    expect(throttleSleeps).toEqual([250, 500]);
  });

  it('recognises a namespaced throttling type in the body', async () => {
    aws.putSecret('app', 'value');
    aws.server.inject(
      { kind: 'status', status: 400, body: { __type: 'com.amazonaws.secretsmanager#ThrottlingException', message: 'Rate exceeded' } },
      { path: '/', times: 1 },
    );
    const outcomes = await fetchAll(reads('app'), keyContext(aws.addUser('ci')));
    expect(text(outcomes[0])).toBe('value');
    expect(throttleSleeps).toHaveLength(1);
  });

  it('gives up on endless throttling as unavailable', async () => {
    aws.putSecret('app', 'value');
    aws.throttle(100);
    const outcomes = await fetchAll(reads('app'), keyContext(aws.addUser('ci')));
    expect(failure(outcomes[0])).toMatchObject({
      kind: 'unavailable',
      status: 400,
      message: expect.stringContaining('ThrottlingException'),
    });
    expect(aws.calls.BatchGetSecretValue).toHaveLength(4);
  });

  it('reports 5xx after core retries as unavailable', async () => {
    aws.putSecret('app', 'value');
    aws.server.inject({ kind: 'status', status: 503 }, { path: '/', times: Infinity });
    const outcomes = await fetchAll(reads('app', 'other'), keyContext(aws.addUser('ci')));
    for (const outcome of outcomes) expect(failure(outcome)).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(aws.server.requests).toHaveLength(4);
  });

  it('reports a hanging service as unavailable when the deadline passes', async () => {
    aws.putSecret('app', 'value');
    aws.server.inject({ kind: 'hang' }, { path: '/', times: Infinity });
    const started = Date.now();
    const outcomes = await fetchAll(reads('app'), keyContext(aws.addUser('ci'), { deadlineMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5000);
    const f = failure(outcomes[0]);
    expect(f.kind).toBe('unavailable');
    expect(f.message).toContain("the step's timeout input");
  });

  it('reports a malformed 200 body as invalid without quoting it', async () => {
    aws.server.inject({ kind: 'malformed', body: '{"SecretValues":[{"SecretString":"leaky-secret' }, { path: '/' });
    const outcomes = await fetchAll(reads('app'), keyContext(aws.addUser('ci')));
    const f = failure(outcomes[0]);
    expect(f.kind).toBe('invalid');
    expect(f.message).toContain('not a JSON object');
    expect(f.message).not.toContain('leaky-secret');
  });

  it('reports a 200 without SecretString or SecretBinary as invalid', async () => {
    aws.server.inject(
      { kind: 'status', status: 200, body: { SecretValues: [{ Name: 'app', ARN: 'x', VersionId: 'v' }], Errors: [] } },
      { path: '/' },
    );
    const outcomes = await fetchAll(reads('app'), keyContext(aws.addUser('ci')));
    expect(failure(outcomes[0])).toMatchObject({ kind: 'invalid', message: expect.stringContaining('without a SecretString') });
  });

  it('never puts credentials or values into failures, and masks every credential', async () => {
    aws.putSecret('visible', 'visible-value');
    aws.putSecret('gone', 'gone-value', { deleted: true });
    const ctx = roleContext();
    const outcomes = await fetchAll(reads('visible', 'gone', 'missing'), ctx);
    expect(text(outcomes[0])).toBe('visible-value');
    expectNoLeaks(outcomes, ['visible-value', 'gone-value', ...issuedSecrets(), ...oidc.issued.map((t) => t.jwt)]);
    for (const secret of issuedSecrets()) expect(ctx.masked).toContain(secret);
  });
});

// ---- the fake's checks -------------------------------------------------------------------------

describe('AWS fake: SigV4 verification and API rules', () => {
  let user: { accessKeyId: string; secretAccessKey: string };

  beforeEach(() => {
    user = aws.addUser('ci');
    aws.putSecret('app', 'value');
  });

  it('accepts a correctly signed request', async () => {
    const res = await signedCall(user, 'GetSecretValue', { SecretId: 'app' });
    expect(res).toMatchObject({ status: 200, body: { Name: 'app', SecretString: 'value' } });
  });

  it('rejects a signature made with the wrong key', async () => {
    const res = await signedCall({ ...user, secretAccessKey: 'not-the-key' }, 'GetSecretValue', { SecretId: 'app' });
    expect(res.status).toBe(403);
    expect(awsErrorType(res.body)).toBe('InvalidSignatureException');
  });

  it('rejects a body changed after signing', async () => {
    const res = await signedCall(user, 'GetSecretValue', { SecretId: 'app' }, { sentBody: '{"SecretId":"other"}' });
    expect(res.status).toBe(403);
    expect(awsErrorType(res.body)).toBe('InvalidSignatureException');
  });

  it('rejects an unknown access key id', async () => {
    const res = await signedCall({ accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }, 'GetSecretValue', { SecretId: 'app' });
    expect(res.status).toBe(403);
    expect(awsErrorType(res.body)).toBe('UnrecognizedClientException');
  });

  it('rejects a signature older than 15 minutes', async () => {
    const res = await signedCall(user, 'GetSecretValue', { SecretId: 'app' }, { now: new Date(Date.now() - 16 * 60_000) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ __type: 'InvalidSignatureException', Message: expect.stringContaining('Signature expired') });
  });

  it('rejects a scope for another service', async () => {
    const res = await signedCall(user, 'GetSecretValue', { SecretId: 'app' }, { service: 'sts' });
    expect(res.body).toMatchObject({ __type: 'InvalidSignatureException', Message: expect.stringContaining("'secretsmanager'") });
  });

  it('rejects session credentials without the right session token', async () => {
    await fetchAll(reads('app'), roleContext());
    const [issued] = aws.issued;
    const missing = await signedCall({ accessKeyId: issued!.accessKeyId, secretAccessKey: issued!.secretAccessKey }, 'GetSecretValue', {
      SecretId: 'app',
    });
    expect(awsErrorType(missing.body)).toBe('UnrecognizedClientException');
    const right = await signedCall(issued!, 'GetSecretValue', { SecretId: 'app' });
    expect(right.status).toBe(200);
  });

  it('rejects a request without an Authorization parameter set', async () => {
    const res = await signedCall(
      user,
      'GetSecretValue',
      { SecretId: 'app' },
      { extraHeaders: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIA/x' } },
    );
    expect(res.body).toMatchObject({ __type: 'IncompleteSignatureException' });
  });

  it('sends the error type in x-amzn-ErrorType too', async () => {
    await signedCall(user, 'GetSecretValue', { SecretId: 'missing' });
    const calls = aws.calls.GetSecretValue;
    expect(calls[calls.length - 1]).toMatchObject({ status: 400, errorType: 'ResourceNotFoundException' });
    const url = `${aws.url}/`;
    const body = '{"SecretId":"missing"}';
    const headers = signRequest({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'secretsmanager.GetSecretValue' },
      body,
      service: 'secretsmanager',
      region: 'us-east-1',
      credentials: user,
    });
    const raw = await fetch(url, { method: 'POST', headers, body });
    expect(normalizeType(raw.headers.get('x-amzn-errortype') ?? '')).toBe('ResourceNotFoundException');
  });

  it('refuses more than 20 ids, and both or neither of SecretIdList and Filters', async () => {
    const many = await signedCall(user, 'BatchGetSecretValue', { SecretIdList: Array.from({ length: 21 }, (_, i) => `s${i}`) });
    expect(many).toMatchObject({ status: 400, body: { __type: 'ValidationException' } });
    const both = await signedCall(user, 'BatchGetSecretValue', { SecretIdList: ['app'], Filters: [{ Key: 'name', Values: ['a'] }] });
    expect(both).toMatchObject({ status: 400, body: { __type: 'ValidationException' } });
    const neither = await signedCall(user, 'BatchGetSecretValue', {});
    expect(neither).toMatchObject({ status: 400, body: { __type: 'ValidationException' } });
  });

  it('answers BatchGetSecretValue with Filters by name prefix', async () => {
    aws.putSecret('app-two', 'two');
    aws.putSecret('other', 'x');
    const res = await signedCall(user, 'BatchGetSecretValue', { Filters: [{ Key: 'name', Values: ['app'] }] });
    expect(res.status).toBe(200);
    expect((res.body as { SecretValues: Array<{ Name: string }> }).SecretValues.map((v) => v.Name).sort()).toEqual(['app', 'app-two']);
  });

  it('rejects a forged NextToken', async () => {
    const res = await signedCall(user, 'BatchGetSecretValue', { SecretIdList: ['app'], NextToken: 'forged' });
    expect(res.body).toMatchObject({ __type: 'InvalidNextTokenException' });
  });

  it('answers GetCallerIdentity for signed STS calls', async () => {
    const url = `${aws.url}/`;
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const headers = signRequest({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      service: 'sts',
      region: 'us-east-1',
      credentials: user,
    });
    const res = await request(url, { method: 'POST', headers, body });
    expect(xmlText(res.text(), 'Arn')).toBe(`arn:aws:iam::${aws.accountId}:user/ci`);
    expect(xmlText(res.text(), 'Account')).toBe(aws.accountId);
  });
});

// ---- helpers of the provider -------------------------------------------------------------------

describe('STS XML parsing', () => {
  it('extracts and decodes the credentials', () => {
    const xml = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>
      <Credentials>
        <AccessKeyId>ASIAEXAMPLE</AccessKeyId>
        <SecretAccessKey>a+b/c&amp;d&lt;e&#62;f&#x41;</SecretAccessKey>
        <SessionToken><![CDATA[tok&en]]></SessionToken>
        <Expiration>2026-01-01T01:00:00Z</Expiration>
      </Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`;
    expect(parseStsCredentials(xml)).toEqual({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'a+b/c&d<e>fA', sessionToken: 'tok&en' });
  });

  it('leaves invalid character references alone', () => {
    expect(xmlText('<Code>&#xD800;&#1114112;&bogus;</Code>', 'Code')).toBe('&#xD800;&#1114112;&bogus;');
  });

  it('refuses an answer without complete credentials, without quoting it', () => {
    const err = thrown(() => parseStsCredentials('<Credentials><AccessKeyId>ASIASECRETISH</AccessKeyId></Credentials>'));
    expect(err.message).not.toContain('ASIASECRETISH');
  });
});

describe('entryFor', () => {
  const entries = [
    { Name: 'app', ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf' },
    { Name: 'app-AbCdEf', ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf-Zz9Zz9' },
  ];

  it('prefers an exact ARN over a partial match', () => {
    expect(entryFor('arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf', entries)).toBe(entries[0]);
    expect(entryFor('arn:aws:secretsmanager:us-east-1:123456789012:secret:app', entries)).toBe(entries[0]);
  });

  it('matches names by Name only', () => {
    expect(entryFor('app-AbCdEf', entries)).toBe(entries[1]);
    expect(entryFor('ap', entries)).toBeUndefined();
  });

  it('does not take a longer name for a partial ARN', () => {
    expect(entryFor('arn:aws:secretsmanager:us-east-1:123456789012:secret:ap', entries)).toBeUndefined();
  });
});

describe('awsErrorType', () => {
  it.each([
    ['ResourceNotFoundException', 'ResourceNotFoundException'],
    ['com.amazonaws.secretsmanager#AccessDeniedException', 'AccessDeniedException'],
    ['ThrottlingException:http://internal.amazon.com/coral/com.amazonaws.secrets/', 'ThrottlingException'],
  ])('%s -> %s', (raw, expected) => {
    expect(awsErrorType({ __type: raw })).toBe(expected);
  });
});

describe('checkSettings', () => {
  const keys = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' };
  const name: AwsLocator = { provider: 'aws-sm', secretId: 'prod/db' };
  const arn: AwsLocator = {
    provider: 'aws-sm',
    secretId: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
    region: 'eu-west-1',
  };
  const settings = (aws: Partial<ReturnType<typeof defaultSettings>['aws']>) => {
    const base = defaultSettings();
    return { ...base, aws: { ...base.aws, ...aws } };
  };
  const check = (aws: Parameters<typeof settings>[0], env: NodeJS.ProcessEnv, locators: AwsLocator[] = [name]): GatehouseError =>
    thrown(() => checkSettings(settings(aws), env, locators));

  it('accepts a role with a region, and keys without one when every locator is an ARN', () => {
    expect(() =>
      checkSettings(settings({ region: 'us-east-1', roleArn: 'arn:aws:iam::123456789012:role/path/to/reader' }), {}, [name]),
    ).not.toThrow();
    expect(() => checkSettings(settings({}), keys, [arn])).not.toThrow();
    expect(() =>
      checkSettings(settings({ roleArn: 'arn:aws-us-gov:iam::123456789012:role/r' }), { AWS_REGION: 'us-gov-west-1' }, [name]),
    ).not.toThrow();
  });

  it('requires aws-region for names unless AWS_REGION or AWS_DEFAULT_REGION is set', () => {
    expect(check({}, keys).message).toBe(
      "Input 'aws-region' is required for aws-sm references by name (only full ARNs carry their region).",
    );
    expect(() => checkSettings(settings({}), { ...keys, AWS_DEFAULT_REGION: 'eu-west-1' }, [name])).not.toThrow();
  });

  it('checks the region format', () => {
    expect(check({ region: 'US East' }, keys).message).toContain("Input 'aws-region' is not an AWS region code");
    expect(check({}, { ...keys, AWS_REGION: 'nowhere' }).message).toContain('AWS_REGION');
  });

  it('checks the role ARN shape', () => {
    for (const roleArn of ['arn:aws:iam::12345:role/r', 'arn:aws:iam::123456789012:user/u', 'role/r', 'arn:aws:sts::123456789012:role/r']) {
      expect(check({ region: 'us-east-1', roleArn }, {}).message).toContain("Input 'aws-role-arn' is not an IAM role ARN");
    }
  });

  it('checks the session name', () => {
    expect(check({ region: 'us-east-1', roleArn: 'arn:aws:iam::123456789012:role/r', roleSessionName: 'has space' }, {}).message).toContain(
      'aws-role-session-name',
    );
  });

  it('requires aws-role-arn when the environment has no keys', () => {
    const err = check({ region: 'us-east-1' }, { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE' });
    expect(err.message).toContain("Input 'aws-role-arn' is required");
    expect(err.fix).toContain('configure-aws-credentials');
  });

  it('checks endpoint overrides without quoting them', () => {
    const err = check({ region: 'us-east-1' }, { ...keys, AWS_ENDPOINT_URL_SECRETS_MANAGER: 'ftp://user:pw@host' });
    expect(err.message).toContain('AWS_ENDPOINT_URL_SECRETS_MANAGER');
    expect(err.message).not.toContain('pw');
  });
});
