// AWS Secrets Manager provider: credentials from STS AssumeRoleWithWebIdentity with the job's OIDC
// token (or the AWS_* keys that aws-actions/configure-aws-credentials exports), then
// BatchGetSecretValue for up to 20 secrets per call, SigV4-signed (reference/secret-providers.md §2.2).
//
// Decisions the orchestration relies on:
// - Region of a read: the ARN's own region, else the `aws-region` input, else AWS_REGION, else
//   AWS_DEFAULT_REGION (both exported by configure-aws-credentials). STS uses the same fallback chain,
//   then the first read's region.
// - Endpoints: AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_SECRETS_MANAGER, then AWS_ENDPOINT_URL (the
//   SDKs' names), else the regional public endpoints. The SigV4 scope is always the secret's region.
// - Sessions last 900 s, STS's minimum: one step reads its secrets in seconds, and the keys never
//   leave the step, so a longer life would only widen the window if they leaked.

import { GatehouseError, inputError } from '@gatehouse/core/errors';
import { backoffDelay, HttpError, request, type Backoff } from '@gatehouse/core/http';
import { failAll, failed, failureFrom, kindOfStatus, type Fixes } from './failure.js';
import { signRequest, type AwsCredentials } from './sigv4.js';
import type { AwsLocator, FailureKind, FetchAll, ProviderContext, ProviderSettings, Read, ReadFailure, ReadOutcome } from './types.js';
import { settle } from './settle.js';

const STS_AUDIENCE = 'sts.amazonaws.com';
const SESSION_SECONDS = 900;
const DEFAULT_SESSION_NAME = 'GitHubActions';
/** BatchGetSecretValue accepts at most 20 ids per call. */
const BATCH_SIZE = 20;
/** Tries per call when AWS answers ThrottlingException (400), which core http does not retry. */
const THROTTLE_ATTEMPTS = 4;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const SECRET_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:([a-z0-9-]+):\d{12}:secret:/;
const ENDPOINT_VARS = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_SECRETS_MANAGER'] as const;

// ---- settings ----------------------------------------------------------------------------------

/**
 * Fail fast on settings that cannot work, before any request: a region for every read, a role
 * ARN of the right shape, or AWS keys in the environment when there is no role to assume.
 */
export function checkSettings(settings: ProviderSettings, env: NodeJS.ProcessEnv, locators: AwsLocator[]): void {
  const { region, roleArn, roleSessionName } = settings.aws;
  if (region && !REGION.test(region)) {
    throw inputError('aws-region', 'is not an AWS region code', 'Use a region code such as us-east-1 or eu-central-1.', region);
  }
  const fromEnv = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!region && fromEnv && !REGION.test(fromEnv)) {
    throw new GatehouseError('INPUT_INVALID', 'AWS_REGION (or AWS_DEFAULT_REGION) in the environment is not an AWS region code.', {
      fix: 'Set the aws-region input, or fix the region given to aws-actions/configure-aws-credentials.',
    });
  }
  if (!region && !fromEnv && locators.some((l) => regionOf(l, undefined) === undefined)) {
    throw inputError(
      'aws-region',
      'is required for aws-sm references by name (only full ARNs carry their region)',
      'Set aws-region (e.g. us-east-1), or reference the secrets by their full ARN.',
    );
  }
  if (roleArn && !ROLE_ARN.test(roleArn)) {
    throw inputError(
      'aws-role-arn',
      'is not an IAM role ARN',
      'Use the form arn:aws:iam::123456789012:role/my-role (path optional).',
      roleArn,
    );
  }
  if (roleArn && roleSessionName && !SESSION_NAME.test(roleSessionName)) {
    throw inputError(
      'aws-role-session-name',
      'must be 2 to 64 characters of letters, digits and _+=,.@-',
      'Use a name such as GitHubActions.',
      roleSessionName,
    );
  }
  if (!roleArn && (!env['AWS_ACCESS_KEY_ID'] || !env['AWS_SECRET_ACCESS_KEY'])) {
    throw inputError(
      'aws-role-arn',
      'is required when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set',
      "Set aws-role-arn to a role that trusts GitHub's OIDC provider, or run aws-actions/configure-aws-credentials before this step.",
    );
  }
  for (const name of ENDPOINT_VARS) {
    const value = env[name];
    // Not quoted: an endpoint URL can carry userinfo.
    if (value && !(URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))) {
      throw new GatehouseError('INPUT_INVALID', `${name} in the environment is not an http(s) URL.`, {
        fix: `Set ${name} to a full URL such as https://secretsmanager.us-east-1.amazonaws.com, or unset it.`,
      });
    }
  }
}

/** The region a read goes to: its ARN's, else the step's default (undefined when there is none). */
function regionOf(locator: AwsLocator, fallback: string | undefined): string | undefined {
  return locator.region ?? SECRET_ARN.exec(locator.secretId)?.[1] ?? fallback;
}

function defaultRegion(ctx: ProviderContext): string | undefined {
  return ctx.settings.aws.region || ctx.env['AWS_REGION'] || ctx.env['AWS_DEFAULT_REGION'] || undefined;
}

function endpoint(service: 'sts' | 'secretsmanager', region: string, env: NodeJS.ProcessEnv): string {
  const specific = service === 'sts' ? env['AWS_ENDPOINT_URL_STS'] : env['AWS_ENDPOINT_URL_SECRETS_MANAGER'];
  // China regions live under their own DNS suffix; other partitions need an endpoint override.
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return specific || env['AWS_ENDPOINT_URL'] || `https://${service}.${region}.${suffix}/`;
}

// ---- throttling --------------------------------------------------------------------------------

type ThrottleBackoff = Pick<Backoff, 'baseMs' | 'maxMs' | 'random' | 'sleep'>;
const BUILTIN_THROTTLE: ThrottleBackoff = {
  baseMs: 500,
  maxMs: 10_000,
  random: Math.random,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
let throttleBackoff = BUILTIN_THROTTLE;

/**
 * Override the backoff between retries of throttled calls (tests). Core http's `setBackoff` cannot
 * reach it: AWS throttles with a 400, which core does not retry, so this module runs its own loop.
 */
export function setThrottleBackoff(overrides: Partial<ThrottleBackoff>): () => void {
  const previous = throttleBackoff;
  throttleBackoff = { ...previous, ...overrides };
  return () => {
    throttleBackoff = previous;
  };
}

const THROTTLE_TYPES = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded']);

/** Run `call`, retrying it with full-jitter backoff while `retryable` says so, within the deadline. */
async function withRetries<T>(
  what: string,
  ctx: ProviderContext,
  retryable: (err: unknown) => boolean,
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!retryable(err) || attempt >= THROTTLE_ATTEMPTS) throw err;
      const wait = backoffDelay(attempt, throttleBackoff);
      if (wait >= ctx.deadline.remaining()) throw err;
      ctx.debug(`${what}: throttled by AWS; retry ${attempt} of ${THROTTLE_ATTEMPTS - 1} in ${wait} ms.`);
      await throttleBackoff.sleep(wait);
    }
  }
}

// ---- credentials -------------------------------------------------------------------------------

const STS_FIXES: Record<string, string> = {
  AccessDenied:
    "Check the role's trust policy: it must allow sts:AssumeRoleWithWebIdentity for the IAM OIDC provider token.actions.githubusercontent.com, with conditions token.actions.githubusercontent.com:aud = sts.amazonaws.com and token.actions.githubusercontent.com:sub matching this job (repo:OWNER/REPO:...).",
  InvalidIdentityToken:
    "Check that the IAM OIDC provider for https://token.actions.githubusercontent.com exists in the role's account with audience sts.amazonaws.com, and that the role's trust policy names it.",
  ExpiredTokenException: 'The GitHub OIDC token expired before STS saw it; re-run the job and check the runner clock.',
  IDPCommunicationError: 'STS could not reach the OIDC provider; re-run the job later.',
  RegionDisabledException: 'Activate STS in this region (IAM > Account settings), or set aws-region to an enabled region.',
  ValidationError: 'Check aws-role-arn and aws-role-session-name; the role must allow a 900-second session.',
};
const STS_RETRYABLE = new Set(['Throttling', 'IDPCommunicationError']);

async function obtainCredentials(ctx: ProviderContext, region: string): Promise<AwsCredentials> {
  const { roleArn } = ctx.settings.aws;
  return roleArn ? assumeRole(ctx, roleArn, region) : environmentCredentials(ctx);
}

function environmentCredentials(ctx: ProviderContext): AwsCredentials {
  const accessKeyId = ctx.env['AWS_ACCESS_KEY_ID'] ?? '';
  const secretAccessKey = ctx.env['AWS_SECRET_ACCESS_KEY'] ?? '';
  const sessionToken = ctx.env['AWS_SESSION_TOKEN'] || undefined;
  for (const value of [accessKeyId, secretAccessKey, sessionToken]) if (value) ctx.mask(value);
  if (!accessKeyId || !secretAccessKey) {
    throw new GatehouseError(
      'INPUT_MISSING',
      'No AWS credentials: aws-role-arn is empty and AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set.',
      {
        fix: "Set aws-role-arn to a role that trusts GitHub's OIDC provider, or run aws-actions/configure-aws-credentials before this step.",
      },
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken };
}

async function assumeRole(ctx: ProviderContext, roleArn: string, region: string): Promise<AwsCredentials> {
  const token = await ctx.idToken(STS_AUDIENCE);
  const form = {
    Action: 'AssumeRoleWithWebIdentity',
    Version: '2011-06-15',
    RoleArn: roleArn,
    RoleSessionName: ctx.settings.aws.roleSessionName || DEFAULT_SESSION_NAME,
    WebIdentityToken: token,
    DurationSeconds: String(SESSION_SECONDS),
  };
  // Unsigned, like the SDK's noAuth scheme for this operation: the token is the credential.
  const url = endpoint('sts', region, ctx.env);
  const retryable = (err: unknown): boolean => err instanceof HttpError && STS_RETRYABLE.has(stsError(err).code ?? '');
  const res = await withRetries('AWS STS AssumeRoleWithWebIdentity', ctx, retryable, () =>
    ctx.limit(() => request(url, { method: 'POST', form, deadline: ctx.deadline, ca: ctx.ca })),
  );
  const credentials = parseStsCredentials(res.text());
  // Registered before anything else sees them: a later error message must not show them.
  ctx.mask(credentials.accessKeyId);
  ctx.mask(credentials.secretAccessKey);
  if (credentials.sessionToken) ctx.mask(credentials.sessionToken);
  ctx.debug(`AWS STS: assumed ${roleArn} for ${SESSION_SECONDS} s.`);
  return credentials;
}

/** The Credentials of an AssumeRoleWithWebIdentity answer. Throws without quoting the body. */
export function parseStsCredentials(xml: string): AwsCredentials {
  const block = xmlInner(xml, 'Credentials');
  const accessKeyId = block === undefined ? undefined : xmlText(block, 'AccessKeyId');
  const secretAccessKey = block === undefined ? undefined : xmlText(block, 'SecretAccessKey');
  const sessionToken = block === undefined ? undefined : xmlText(block, 'SessionToken');
  if (!accessKeyId || !secretAccessKey || !sessionToken) {
    throw new GatehouseError(
      'HTTP_FAILED',
      `AWS STS answered AssumeRoleWithWebIdentity without complete Credentials (${xml.length} bytes).`,
      {
        fix: 'Check that AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL points at STS and not at a proxy or another service.',
      },
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken };
}

function stsError(err: HttpError): { code?: string; message?: string } {
  const body = typeof err.body === 'string' ? err.body : '';
  const error = xmlInner(body, 'Error') ?? body;
  return { code: xmlText(error, 'Code'), message: xmlText(error, 'Message') ?? err.detail };
}

function credentialFailure(err: unknown, ctx: ProviderContext): ReadFailure {
  const roleArn = ctx.settings.aws.roleArn;
  if (err instanceof GatehouseError && err.code === 'INPUT_MISSING') return { kind: 'auth', message: err.message, fix: err.fix ?? '' };
  if (!roleArn) return failureFrom(err, 'AWS credentials from the environment', {}, 'auth');
  const what = `AWS STS AssumeRoleWithWebIdentity for ${roleArn}`;
  if (err instanceof HttpError && err.status !== undefined && err.status !== 200) {
    const { code, message } = stsError(err);
    const kind: FailureKind = err.status === 429 || err.status >= 500 || STS_RETRYABLE.has(code ?? '') ? 'unavailable' : 'auth';
    const reason = [code, message].filter(Boolean).join(': ');
    return {
      kind,
      status: err.status,
      message: oneLine(`${what} answered ${err.status}${reason ? ` ${reason}` : ''}`),
      fix: STS_FIXES[code ?? ''] ?? STS_FIXES['AccessDenied']!,
    };
  }
  return failureFrom(err, what, { auth: STS_FIXES['AccessDenied']!, invalid: STS_FIXES['InvalidIdentityToken']! });
}

// ---- XML ---------------------------------------------------------------------------------------

/** The raw content of the first `<tag>` element (attributes allowed), or undefined. */
function xmlInner(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`).exec(xml);
  if (match) return match[1];
  return new RegExp(`<${tag}(?:\\s[^>]*)?/>`).test(xml) ? '' : undefined;
}

/** The text of the first `<tag>` element: CDATA kept verbatim, entities decoded, trimmed. */
export function xmlText(xml: string, tag: string): string | undefined {
  const inner = xmlInner(xml, tag);
  if (inner === undefined) return undefined;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(inner);
  return cdata ? cdata[1] : decodeXml(inner.trim());
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return NAMED_ENTITIES[entity]!;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    // Out-of-range or surrogate code points are not characters: leave the reference as written.
    return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

// ---- Secrets Manager calls ---------------------------------------------------------------------

interface Session {
  credentials: AwsCredentials;
  ctx: ProviderContext;
}

/** Error type as the SDKs read it: `__type` (or `code`), without a `namespace#` prefix or `:uri` suffix. */
export function awsErrorType(value: unknown): string | undefined {
  const body = value instanceof HttpError ? value.body : value;
  if (!body || typeof body !== 'object') return undefined;
  const raw = (body as Record<string, unknown>)['__type'] ?? (body as Record<string, unknown>)['code'];
  return typeof raw === 'string' && raw ? normalizeType(raw) : undefined;
}

export function normalizeType(raw: string): string {
  return raw.replace(/^.*#/, '').replace(/:.*$/, '');
}

/** One signed JSON 1.1 call, retried while throttled; resolves with the parsed JSON object. */
async function callSecretsManager(session: Session, operation: string, input: object, region: string): Promise<Record<string, unknown>> {
  const { ctx, credentials } = session;
  const url = endpoint('secretsmanager', region, ctx.env);
  const body = JSON.stringify(input);
  const retryable = (err: unknown): boolean => THROTTLE_TYPES.has(awsErrorType(err) ?? '');
  const res = await withRetries(`AWS Secrets Manager ${operation}`, ctx, retryable, () =>
    ctx.limit(() => {
      // Signed inside the pool slot, so a request that waited for a slot is not signed minutes ago.
      const headers = signRequest({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `secretsmanager.${operation}` },
        body,
        service: 'secretsmanager',
        region,
        credentials,
      });
      return request(url, { method: 'POST', headers, body, deadline: ctx.deadline, ca: ctx.ca });
    }),
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.text());
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    // Not quoted: the body may hold secret values.
    throw new GatehouseError('HTTP_FAILED', `answered ${res.status} with a body that is not a JSON object (${res.body.length} bytes)`, {
      fix: 'Check that AWS_ENDPOINT_URL_SECRETS_MANAGER or AWS_ENDPOINT_URL points at Secrets Manager and not at a proxy.',
    });
  }
  return parsed as Record<string, unknown>;
}

interface SecretEntry {
  ARN?: unknown;
  Name?: unknown;
  VersionId?: unknown;
  SecretString?: unknown;
  SecretBinary?: unknown;
}
interface ErrorEntry {
  SecretId?: unknown;
  ErrorCode?: unknown;
  Message?: unknown;
}

/** Every page of one BatchGetSecretValue call for `ids` (NextToken followed). */
async function batchGet(session: Session, ids: string[], region: string): Promise<{ values: SecretEntry[]; errors: ErrorEntry[] }> {
  const values: SecretEntry[] = [];
  const errors: ErrorEntry[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page = await callSecretsManager(
      session,
      'BatchGetSecretValue',
      token ? { SecretIdList: ids, NextToken: token } : { SecretIdList: ids },
      region,
    );
    const { SecretValues = [], Errors = [], NextToken } = page;
    if (
      !Array.isArray(SecretValues) ||
      !Array.isArray(Errors) ||
      (NextToken !== undefined && NextToken !== null && typeof NextToken !== 'string')
    ) {
      throw new GatehouseError('HTTP_FAILED', 'answered 200 without the SecretValues and Errors lists', {
        fix: 'Check that the endpoint is AWS Secrets Manager and not a proxy.',
      });
    }
    values.push(...(SecretValues as SecretEntry[]));
    errors.push(...(Errors as ErrorEntry[]));
    if (!NextToken) return { values, errors };
    // A service that hands back the same token, or more pages than ids, would loop forever.
    if (seen.has(NextToken) || seen.size > ids.length) {
      throw new GatehouseError('HTTP_FAILED', 'kept answering with a NextToken', { fix: 'Re-run the job; report it if it persists.' });
    }
    seen.add(NextToken);
    token = NextToken;
  }
}

// ---- mapping answers to reads ------------------------------------------------------------------

const KINDS_BY_TYPE: Record<string, FailureKind> = {
  ResourceNotFoundException: 'not-found',
  AccessDeniedException: 'denied',
  DecryptionFailure: 'denied',
  InvalidRequestException: 'invalid',
  InvalidParameterException: 'invalid',
  ValidationException: 'invalid',
  SerializationException: 'invalid',
  UnrecognizedClientException: 'auth',
  InvalidSignatureException: 'auth',
  IncompleteSignatureException: 'auth',
  MissingAuthenticationTokenException: 'auth',
  InvalidClientTokenId: 'auth',
  SignatureDoesNotMatch: 'auth',
  ExpiredTokenException: 'auth',
  ThrottlingException: 'unavailable',
  InternalServiceError: 'unavailable',
  InternalFailure: 'unavailable',
  ServiceUnavailable: 'unavailable',
};

function fixesFor(type: string | undefined, region: string): Fixes {
  const fixes: Fixes = {
    'not-found': `Check the secret name or ARN, and that the secret exists in ${region} (names use aws-region; ARNs carry their own region).`,
    denied:
      "Allow secretsmanager:GetSecretValue on the secret's ARN in the IAM policy of this job's role or user, and check the secret's resource policy and any SCP.",
    auth: "Check the AWS credentials (without aws-role-arn, the AWS_* keys in the environment must be valid and current: re-run configure-aws-credentials) and the runner's clock.",
    invalid: 'Check that the endpoint is AWS Secrets Manager and that the secret can be read in its current state.',
    unavailable: 'AWS Secrets Manager is unavailable or throttling; re-run the job later, or raise the timeout input.',
  };
  if (type === 'DecryptionFailure') {
    fixes.denied = `Allow kms:Decrypt on the secret's customer managed KMS key, in the role's IAM policy and in the key policy (kms:ViaService secretsmanager.${region}.amazonaws.com).`;
  }
  if (type === 'InvalidRequestException') {
    fixes.invalid =
      'The secret cannot be read in its current state (e.g. scheduled for deletion): restore it (aws secretsmanager restore-secret) or reference another secret.';
  }
  return fixes;
}

/** The failure for a whole call (BatchGetSecretValue or GetSecretValue) that did not answer 200. */
function callFailure(err: unknown, what: string, region: string): ReadFailure {
  const type = awsErrorType(err);
  // Only a final answer: a missed deadline keeps its own message (DEADLINE_EXCEEDED, unavailable).
  if (err instanceof HttpError && err.code === 'HTTP_FAILED' && err.status !== undefined && type) {
    const kind = KINDS_BY_TYPE[type] ?? kindOfStatus(err.status);
    const detail = err.detail ? `: ${err.detail}` : '';
    return {
      kind,
      status: err.status,
      message: oneLine(`${what} answered ${err.status} ${type}${detail}`),
      fix: fixesFor(type, region)[kind]!,
    };
  }
  if (err instanceof GatehouseError && err.code === 'DEADLINE_EXCEEDED') {
    // failureFrom would report the last attempt's status and drop that the deadline ran out.
    return {
      kind: 'unavailable',
      status: err instanceof HttpError ? err.status : undefined,
      message: oneLine(`${what}: ${err.message}`),
      fix: err.fix ?? '',
    };
  }
  if (err instanceof GatehouseError && err.code === 'HTTP_FAILED' && !(err instanceof HttpError)) {
    return { kind: 'invalid', message: oneLine(`${what} ${err.message}`), fix: err.fix ?? fixesFor(undefined, region).invalid! };
  }
  return failureFrom(err, what, fixesFor(undefined, region));
}

/** The failure for one entry of BatchGetSecretValue's Errors list. */
function entryFailure(entry: ErrorEntry, what: string, region: string): ReadFailure {
  const type = normalizeType(typeof entry.ErrorCode === 'string' ? entry.ErrorCode : 'UnknownError');
  const kind = KINDS_BY_TYPE[type] ?? 'invalid';
  const detail = typeof entry.Message === 'string' && entry.Message ? `: ${entry.Message}` : '';
  return { kind, message: oneLine(`${what} failed with ${type}${detail}`), fix: fixesFor(type, region)[kind]! };
}

function outcomeOf(entry: SecretEntry, what: string): ReadOutcome {
  const version = typeof entry.VersionId === 'string' ? entry.VersionId : undefined;
  if (typeof entry.SecretString === 'string') return { ok: true, value: { kind: 'text', text: entry.SecretString }, version };
  if (typeof entry.SecretBinary === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(entry.SecretBinary) && entry.SecretBinary.length % 4 === 0) {
    return { ok: true, value: { kind: 'bytes', bytes: new Uint8Array(Buffer.from(entry.SecretBinary, 'base64')) }, version };
  }
  return failed({
    kind: 'invalid',
    message: `${what} answered without a SecretString or a base64 SecretBinary`,
    fix: 'Check that the endpoint is AWS Secrets Manager; a secret always has one of the two.',
  });
}

/**
 * The entry that answers `id`. Names match `Name`; ARNs match `ARN` exactly, or as a partial ARN
 * (without the `-` + 6-character suffix Secrets Manager appends). An exact match wins, so a read of
 * `…:secret:app-config` never takes the value of a secret named `app-config-x` by mistake.
 */
export function entryFor<E extends { ARN?: unknown; Name?: unknown }>(id: string, entries: readonly E[]): E | undefined {
  if (!id.startsWith('arn:')) return entries.find((e) => e.Name === id);
  const exact = entries.find((e) => e.ARN === id);
  if (exact) return exact;
  return entries.find((e) => typeof e.ARN === 'string' && e.ARN.length === id.length + 7 && e.ARN.startsWith(`${id}-`));
}

// ---- fetchAll ----------------------------------------------------------------------------------

interface Job {
  index: number;
  id: string;
}

/** Read every secret; one BatchGetSecretValue per region and 20 ids, all concurrent in the pool. */
export const fetchAll: FetchAll<AwsLocator> = async (reads, ctx) => {
  if (reads.length === 0) return [];
  const fallback = defaultRegion(ctx);
  const outcomes: ReadOutcome[] = new Array<ReadOutcome>(reads.length);
  const byRegion = new Map<string, Job[]>();
  reads.forEach((read: Read<AwsLocator>, index) => {
    const region = regionOf(read.locator, fallback);
    if (region === undefined) {
      outcomes[index] = settle(
        ctx,
        read,
        failed({
          kind: 'invalid',
          message: `No AWS region for ${read.locator.secretId}: it is not an ARN and aws-region is empty.`,
          fix: 'Set aws-region, or reference the secret by its full ARN.',
        }),
      );
      return;
    }
    byRegion.set(region, [...(byRegion.get(region) ?? []), { index, id: read.locator.secretId }]);
  });
  if (byRegion.size === 0) return outcomes;

  let credentials: AwsCredentials;
  try {
    credentials = await obtainCredentials(ctx, fallback ?? [...byRegion.keys()][0]!);
  } catch (err) {
    return failAll(reads.length, credentialFailure(err, ctx));
  }
  const session: Session = { credentials, ctx };
  const notice = once(() =>
    ctx.info(
      'AWS Secrets Manager: BatchGetSecretValue was denied (AccessDeniedException), so each secret is read with its own GetSecretValue call; allow secretsmanager:BatchGetSecretValue (Resource "*") to read up to 20 secrets per call.',
    ),
  );
  const batches: Promise<void>[] = [];
  for (const [region, jobs] of byRegion) {
    for (const ids of chunks([...new Set(jobs.map((j) => j.id))], BATCH_SIZE)) {
      const members = jobs.filter((j) => ids.includes(j.id));
      // A batch's reads are reported together, as soon as that batch (and its single reads) ends.
      batches.push(
        readBatch(session, region, ids, members, outcomes, notice).then(() => {
          for (const job of members) settle(ctx, reads[job.index]!, outcomes[job.index]!);
        }),
      );
    }
  }
  await Promise.all(batches);
  return outcomes;
};

async function readBatch(
  session: Session,
  region: string,
  ids: string[],
  jobs: Job[],
  outcomes: ReadOutcome[],
  notice: () => void,
): Promise<void> {
  const what = `AWS Secrets Manager BatchGetSecretValue (${region}, ${ids.length} secret${ids.length === 1 ? '' : 's'})`;
  let answer: { values: SecretEntry[]; errors: ErrorEntry[] };
  try {
    answer = await batchGet(session, ids, region);
  } catch (err) {
    if (awsErrorType(err) === 'AccessDeniedException') {
      // IAM without secretsmanager:BatchGetSecretValue: the same reads work one by one.
      notice();
      await Promise.all(jobs.map(async (job) => (outcomes[job.index] = await readOne(session, region, job.id))));
      return;
    }
    const failure = callFailure(err, what, region);
    for (const job of jobs) outcomes[job.index] = failed(failure);
    return;
  }
  const unanswered: Job[] = [];
  for (const job of jobs) {
    const label = `AWS Secrets Manager ${job.id} (${region})`;
    const entry = entryFor(job.id, answer.values);
    const error = answer.errors.find((e) => e.SecretId === job.id);
    if (entry) outcomes[job.index] = outcomeOf(entry, label);
    else if (error) outcomes[job.index] = failed(entryFailure(error, label, region));
    else unanswered.push(job);
  }
  // An id the batch answered under a form we could not match: ask for it on its own.
  await Promise.all(unanswered.map(async (job) => (outcomes[job.index] = await readOne(session, region, job.id))));
}

async function readOne(session: Session, region: string, id: string): Promise<ReadOutcome> {
  const what = `AWS Secrets Manager GetSecretValue ${id} (${region})`;
  try {
    return outcomeOf(await callSecretsManager(session, 'GetSecretValue', { SecretId: id }, region), what);
  } catch (err) {
    return failed(callFailure(err, what, region));
  }
}

// ---- small helpers -----------------------------------------------------------------------------

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) fn();
    done = true;
  };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}
