// Loopback fake of AWS STS and AWS Secrets Manager, both on one origin (point AWS_ENDPOINT_URL at
// `fake.url`). Requests are told apart the way the protocols do: Secrets Manager calls carry
// `X-Amz-Target: secretsmanager.<Operation>` (AWS JSON 1.1), STS calls a form body with `Action=`
// (AWS Query).
//
// Doc source:
// - STS AssumeRoleWithWebIdentity / GetCallerIdentity request, XML answers and error codes:
//   https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html and
//   API_GetCallerIdentity.html; shared notes reference/secret-providers.md §2.2.
// - Secrets Manager GetSecretValue / BatchGetSecretValue shapes and errors:
//   https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html and
//   API_GetSecretValue.html; §2.2 of the shared notes.
// - SigV4 verification: "Create a signed AWS API request" (IAM User Guide). The verifier below is
//   written independently of the provider's signer (actions/fetch-secrets/src/providers/sigv4.ts):
//   it rebuilds the canonical request from the raw request line, headers and body.
// Not documented, so chosen here: signature failures answer 403 (JSON `{"__type","message"}` plus an
// `x-amzn-ErrorType` header for Secrets Manager, the STS `<ErrorResponse>` XML for STS); a ±15 min
// clock skew window; STS credentials live DurationSeconds (900..3600).
//
// API:
//   const oidc = await startGithubOidcFake();
//   const aws = await startAwsFake({ oidc, trustedSubject: /^repo:octo-org\/octo-repo:/, pageSize: 20 });
//   aws.url, aws.server (the LoopbackServer: inject faults, read raw requests), aws.env
//   aws.roleArn                        the role the OIDC token may assume (trust: aud sts.amazonaws.com + sub pattern)
//   aws.putSecret(name, 'text' | bytes, { region, cmk, deleted, suffix, versionId }) -> { arn, name, versionId, region }
//   aws.arnOf(name, region?)           full ARN with the random 6-character suffix
//   aws.addUser(name) -> { accessKeyId: 'AKIA…', secretAccessKey, arn }   long-term keys (configure-aws-credentials style)
//   aws.setPolicy(roleOrUserArn, { actions, secrets?, kmsDecrypt? })    per-identity IAM allow list (a role's sessions share it)
//   aws.throttle(times, operation?)    the next `times` signed calls answer 400 ThrottlingException
//   aws.issued                         credentials handed out by STS
//   aws.calls.<Operation>              every call: { identity, region, input, status, errorType }
//   aws.reset(), aws.close()

import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { json, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../loopback.js';
import type { GithubOidcFake } from './github-oidc.js';

export const DEFAULT_REGION = 'us-east-1';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const MAX_SKEW_MS = 15 * 60 * 1000;

export type AwsOperation = 'AssumeRoleWithWebIdentity' | 'GetCallerIdentity' | 'BatchGetSecretValue' | 'GetSecretValue';
const OPERATIONS: AwsOperation[] = ['AssumeRoleWithWebIdentity', 'GetCallerIdentity', 'BatchGetSecretValue', 'GetSecretValue'];

export interface AwsFakeOptions {
  /** Verifies web identity tokens (audience sts.amazonaws.com); without it AssumeRoleWithWebIdentity always fails. */
  oidc?: GithubOidcFake;
  accountId?: string;
  roleName?: string;
  /** The role's trust policy condition on `token.actions.githubusercontent.com:sub`; default any sub. */
  trustedSubject?: RegExp;
  /** Entries per BatchGetSecretValue page before a NextToken; default 20. */
  pageSize?: number;
  tls?: boolean;
}

export interface PutSecretOptions {
  region?: string;
  /** Encrypted with a customer managed KMS key: readers need `kmsDecrypt` or get DecryptionFailure. */
  cmk?: boolean;
  /** Scheduled for deletion: reads answer InvalidRequestException. */
  deleted?: boolean;
  /** The 6-character random suffix of the ARN; random by default. */
  suffix?: string;
  versionId?: string;
}

export interface StoredSecret {
  name: string;
  region: string;
  arn: string;
  versionId: string;
  value: string | Uint8Array;
  cmk: boolean;
  deleted: boolean;
  createdDate: number;
}

export interface Policy {
  /** Allowed actions, e.g. `secretsmanager:GetSecretValue`, `secretsmanager:BatchGetSecretValue`. */
  actions: string[];
  /** Secret names the actions apply to; default every secret. */
  secrets?: string[];
  /** kms:Decrypt on customer managed keys; default true. */
  kmsDecrypt?: boolean;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  subject: string;
}

export interface AwsCall {
  /** ARN of the caller (assumed-role or user), when the signature checked out. */
  identity?: string;
  /** Region of the signature's credential scope (Secrets Manager and GetCallerIdentity). */
  region?: string;
  input: unknown;
  status: number;
  errorType?: string;
}

export interface AwsFake {
  url: string;
  server: LoopbackServer;
  env: { AWS_ENDPOINT_URL: string };
  accountId: string;
  roleArn: string;
  issued: IssuedCredentials[];
  calls: Record<AwsOperation, AwsCall[]>;
  putSecret(name: string, value: string | Uint8Array, options?: PutSecretOptions): StoredSecret;
  arnOf(name: string, region?: string): string;
  addUser(name: string): { accessKeyId: string; secretAccessKey: string; arn: string };
  setPolicy(identityArn: string, policy: Policy): void;
  throttle(times: number, operation?: AwsOperation): void;
  /** Forget calls, pending throttles and recorded requests; secrets, users and policies stay. */
  reset(): void;
  close(): Promise<void>;
}

interface Identity {
  /** The caller's ARN (`assumed-role/...` for STS sessions). */
  arn: string;
  /** Whose policy applies: the role for its sessions, the user for its keys. */
  principal: string;
  userId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** An AWS error: `type` is the code (`__type` / `<Code>`), status the HTTP status. */
class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_POLICY: Policy = {
  actions: ['secretsmanager:BatchGetSecretValue', 'secretsmanager:GetSecretValue', 'secretsmanager:ListSecrets'],
};

export async function startAwsFake(options: AwsFakeOptions = {}): Promise<AwsFake> {
  const server = await startLoopback({ tls: options.tls ?? false });
  const accountId = options.accountId ?? '123456789012';
  const roleArn = `arn:aws:iam::${accountId}:role/${options.roleName ?? 'gatehouse-reader'}`;
  const pageSize = options.pageSize ?? 20;
  const secrets: StoredSecret[] = [];
  const keys = new Map<string, Identity>();
  const policies = new Map<string, Policy>();
  const issued: IssuedCredentials[] = [];
  const calls = Object.fromEntries(OPERATIONS.map((op) => [op, []])) as unknown as Record<AwsOperation, AwsCall[]>;
  let throttles: Array<{ left: number; operation?: AwsOperation }> = [];

  const policyOf = (identity: Identity): Policy => policies.get(identity.principal) ?? DEFAULT_POLICY;
  const allowed = (identity: Identity, action: string, secret?: StoredSecret): boolean => {
    const policy = policyOf(identity);
    if (!policy.actions.includes(action)) return false;
    return !secret || !policy.secrets || policy.secrets.includes(secret.name);
  };
  const denied = (identity: Identity, action: string): AwsError =>
    new AwsError(
      400,
      'AccessDeniedException',
      `User: ${identity.arn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
    );

  const throttled = (operation: AwsOperation): boolean => {
    const pending = throttles.find((t) => t.left > 0 && (!t.operation || t.operation === operation));
    if (!pending) return false;
    pending.left -= 1;
    return true;
  };

  // ---- Secrets Manager ----------------------------------------------------------------------

  /** Resolve a SecretId as Secrets Manager does: full ARN, partial ARN (no suffix), or name. */
  const find = (id: string, region: string): StoredSecret | undefined => {
    const inRegion = secrets.filter((s) => s.region === region);
    if (!id.startsWith('arn:')) return inRegion.find((s) => s.name === id);
    const exact = inRegion.find((s) => s.arn === id);
    if (exact) return exact;
    const prefix = `arn:aws:secretsmanager:${region}:${accountId}:secret:`;
    return id.startsWith(prefix) ? inRegion.find((s) => s.name === id.slice(prefix.length)) : undefined;
  };

  /** GetSecretValue's checks for one secret; also what BatchGetSecretValue reports per secret. */
  const readSecret = (identity: Identity, region: string, id: string): Record<string, unknown> => {
    const secret = find(id, region);
    const action = 'secretsmanager:GetSecretValue';
    // IAM is evaluated first: a caller not granted the name cannot even learn that it is free.
    if (!secret) {
      const granted = policyOf(identity).secrets;
      const name = id.startsWith('arn:') ? id.slice(id.indexOf(':secret:') + 8) : id;
      if (!allowed(identity, action) || (granted && !granted.includes(name))) throw denied(identity, action);
      throw new AwsError(400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    }
    if (!allowed(identity, action, secret)) throw denied(identity, action);
    if (secret.deleted) {
      throw new AwsError(
        400,
        'InvalidRequestException',
        "You can't perform this operation on the secret because it was marked for deletion.",
      );
    }
    if (secret.cmk && policyOf(identity).kmsDecrypt === false) {
      throw new AwsError(400, 'DecryptionFailure', "Secrets Manager can't decrypt the protected secret text using the provided KMS key.");
    }
    const value =
      typeof secret.value === 'string' ? { SecretString: secret.value } : { SecretBinary: Buffer.from(secret.value).toString('base64') };
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: secret.versionId,
      ...value,
      VersionStages: ['AWSCURRENT'],
      CreatedDate: secret.createdDate,
    };
  };

  const getSecretValue = (identity: Identity, region: string, input: Record<string, unknown>): unknown => {
    if (typeof input['SecretId'] !== 'string' || input['SecretId'] === '') {
      throw new AwsError(
        400,
        'ValidationException',
        "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null",
      );
    }
    return readSecret(identity, region, input['SecretId']);
  };

  const pageToken = (offset: number, request: unknown): string =>
    Buffer.from(JSON.stringify({ o: offset, h: digest(JSON.stringify(request)) })).toString('base64url');
  const pageOffset = (token: unknown, request: unknown): number => {
    if (token === undefined) return 0;
    try {
      const parsed = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as { o: number; h: string };
      if (parsed.h === digest(JSON.stringify(request)) && Number.isInteger(parsed.o)) return parsed.o;
    } catch {
      // fall through to the error
    }
    throw new AwsError(400, 'InvalidNextTokenException', 'The NextToken value is invalid.');
  };

  const batchGetSecretValue = (identity: Identity, region: string, input: Record<string, unknown>): unknown => {
    const action = 'secretsmanager:BatchGetSecretValue';
    const { SecretIdList: ids, Filters: filters, NextToken: token, MaxResults: max, ...rest } = input;
    if ((ids === undefined) === (filters === undefined)) {
      throw new AwsError(400, 'ValidationException', 'Either SecretIdList or Filters must be provided, but not both.');
    }
    if (ids !== undefined && (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string'))) {
      throw new AwsError(
        400,
        'ValidationException',
        "1 validation error detected: Value at 'secretIdList' failed to satisfy constraint: Member must be a list of strings",
      );
    }
    if (Array.isArray(ids) && ids.length > 20) {
      throw new AwsError(
        400,
        'ValidationException',
        "1 validation error detected: Value at 'secretIdList' failed to satisfy constraint: Member must have length less than or equal to 20",
      );
    }
    if (ids !== undefined && max !== undefined) throw new AwsError(400, 'ValidationException', 'MaxResults can only be used with Filters.');
    if (!allowed(identity, action)) throw denied(identity, action);

    let entries: Array<{ id: string; read: () => Record<string, unknown> }>;
    if (Array.isArray(ids)) {
      entries = (ids as string[]).map((id) => ({ id, read: () => readSecret(identity, region, id) }));
    } else {
      if (!allowed(identity, 'secretsmanager:ListSecrets')) throw denied(identity, 'secretsmanager:ListSecrets');
      const prefixes = nameFilter(filters);
      entries = secrets
        .filter((s) => s.region === region && !s.deleted && prefixes.some((p) => s.name.startsWith(p)))
        .map((s) => ({ id: s.arn, read: () => readSecret(identity, region, s.arn) }));
    }
    const size = Math.min(pageSize, typeof max === 'number' && max > 0 ? max : pageSize);
    const request = { ids, filters, max, rest };
    const offset = pageOffset(token, request);
    const SecretValues: unknown[] = [];
    const Errors: unknown[] = [];
    for (const entry of entries.slice(offset, offset + size)) {
      try {
        SecretValues.push(entry.read());
      } catch (err) {
        if (!(err instanceof AwsError)) throw err;
        Errors.push({ SecretId: entry.id, ErrorCode: err.type, Message: err.message });
      }
    }
    const next = offset + size < entries.length ? { NextToken: pageToken(offset + size, request) } : {};
    return { SecretValues, Errors, ...next };
  };

  const secretsManager = (req: RecordedRequest): Reply => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.replace(/^secretsmanager\./, '');
    const handler = operation === 'GetSecretValue' ? getSecretValue : operation === 'BatchGetSecretValue' ? batchGetSecretValue : undefined;
    const call: AwsCall = { input: undefined, status: 200 };
    if (handler) calls[operation as AwsOperation].push(call);
    try {
      const caller = verifySigV4(req, 'secretsmanager', keys);
      call.identity = caller.identity.arn;
      call.region = caller.region;
      if (!handler) throw new AwsError(400, 'UnknownOperationException', `Unknown operation ${target}`);
      if (req.headers['content-type'] !== 'application/x-amz-json-1.1') {
        throw new AwsError(400, 'SerializationException', 'Expected Content-Type application/x-amz-json-1.1');
      }
      call.input = parseJsonBody(req.body);
      if (throttled(operation as AwsOperation)) throw new AwsError(400, 'ThrottlingException', 'Rate exceeded');
      return json(200, handler(caller.identity, caller.region, call.input as Record<string, unknown>), {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomUUID(),
      });
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      call.status = err.status;
      call.errorType = err.type;
      return jsonError(err);
    }
  };

  // ---- STS ----------------------------------------------------------------------------------

  const assumeRole = (form: URLSearchParams, call: AwsCall): Reply => {
    const input = Object.fromEntries([...form].map(([k, v]) => [k, k === 'WebIdentityToken' ? '(token)' : v]));
    call.input = input;
    const sessionName = form.get('RoleSessionName') ?? '';
    const duration = Number(form.get('DurationSeconds') ?? '3600');
    if (form.get('Version') !== '2011-06-15')
      throw new AwsError(400, 'InvalidAction', 'Could not find operation AssumeRoleWithWebIdentity for version NO_VERSION_SPECIFIED');
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      throw new AwsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    if (!Number.isInteger(duration) || duration < 900 || duration > 3600) {
      throw new AwsError(400, 'ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    }
    if (!options.oidc)
      throw new AwsError(
        400,
        'InvalidIdentityToken',
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      );
    let claims: { sub: string; iss: string; aud: string };
    try {
      claims = options.oidc.verify(form.get('WebIdentityToken') ?? '', { audience: 'sts.amazonaws.com' });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (/expired/.test(reason))
        throw new AwsError(400, 'ExpiredTokenException', 'Token expired: current date/time must be before the expiration date/time.');
      if (/audience/.test(reason)) throw new AwsError(400, 'InvalidIdentityToken', 'Incorrect token audience');
      throw new AwsError(400, 'InvalidIdentityToken', `The web identity token that was passed could not be validated by AWS: ${reason}`);
    }
    // The role's trust policy: this role, and a `sub` condition (aud was checked above).
    if (form.get('RoleArn') !== roleArn || (options.trustedSubject && !options.trustedSubject.test(claims.sub))) {
      throw new AwsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    const credentials: IssuedCredentials = {
      accessKeyId: `ASIA${randomKeyId()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`,
      expiration: new Date(Date.now() + duration * 1000),
      roleArn,
      subject: claims.sub,
    };
    issued.push(credentials);
    const roleName = roleArn.split('/').pop()!;
    const arn = `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
    keys.set(credentials.accessKeyId, {
      arn,
      principal: roleArn,
      userId: `AROA${randomKeyId()}:${sessionName}`,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      expiration: credentials.expiration,
    });
    call.identity = arn;
    return xml(
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="${STS_NS}">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${esc(claims.sub)}</SubjectFromWebIdentityToken>
    <Audience>${esc(claims.aud)}</Audience>
    <AssumedRoleUser>
      <Arn>${esc(arn)}</Arn>
      <AssumedRoleId>${esc(keys.get(credentials.accessKeyId)!.userId)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>${credentials.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${esc(credentials.secretAccessKey)}</SecretAccessKey>
      <SessionToken>${esc(credentials.sessionToken)}</SessionToken>
      <Expiration>${credentials.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration>
    </Credentials>
    <Provider>${esc(claims.iss)}</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`,
    );
  };

  const callerIdentity = (req: RecordedRequest, call: AwsCall): Reply => {
    const caller = verifySigV4(req, 'sts', keys);
    call.identity = caller.identity.arn;
    call.region = caller.region;
    return xml(
      200,
      `<GetCallerIdentityResponse xmlns="${STS_NS}">
  <GetCallerIdentityResult>
    <Arn>${esc(caller.identity.arn)}</Arn>
    <UserId>${esc(caller.identity.userId)}</UserId>
    <Account>${accountId}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`,
    );
  };

  const sts = (req: RecordedRequest): Reply => {
    const form = new URLSearchParams(req.body);
    const action = form.get('Action');
    const call: AwsCall = { input: undefined, status: 200 };
    if (action === 'AssumeRoleWithWebIdentity' || action === 'GetCallerIdentity') calls[action].push(call);
    try {
      if (action === 'AssumeRoleWithWebIdentity') return assumeRole(form, call);
      if (action === 'GetCallerIdentity') return callerIdentity(req, call);
      throw new AwsError(
        400,
        'InvalidAction',
        `Could not find operation ${action ?? '(none)'} for version ${form.get('Version') ?? 'NO_VERSION_SPECIFIED'}`,
      );
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      call.status = err.status;
      call.errorType = err.type;
      return xmlError(err);
    }
  };

  server.route('POST', '/', (req) => {
    if (req.headers['x-amz-target'] !== undefined) return secretsManager(req);
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return sts(req);
    return jsonError(new AwsError(400, 'UnknownOperationException', 'Neither an X-Amz-Target header nor an Action form field.'));
  });

  const arnOf = (name: string, region = DEFAULT_REGION): string => {
    const secret = secrets.find((s) => s.name === name && s.region === region);
    if (!secret) throw new Error(`aws fake: no secret ${name} in ${region}`);
    return secret.arn;
  };

  return {
    url: server.url,
    server,
    env: { AWS_ENDPOINT_URL: server.url },
    accountId,
    roleArn,
    issued,
    calls,
    putSecret(name, value, opts = {}) {
      const region = opts.region ?? DEFAULT_REGION;
      const existing = secrets.findIndex((s) => s.name === name && s.region === region);
      const suffix = opts.suffix ?? (existing >= 0 ? secrets[existing]!.arn.slice(-6) : randomSuffix());
      const secret: StoredSecret = {
        name,
        region,
        arn: `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`,
        versionId: opts.versionId ?? randomUUID(),
        value,
        cmk: opts.cmk ?? false,
        deleted: opts.deleted ?? false,
        createdDate: Date.now() / 1000,
      };
      if (existing >= 0) secrets[existing] = secret;
      else secrets.push(secret);
      return secret;
    },
    arnOf,
    addUser(name) {
      const accessKeyId = `AKIA${randomKeyId()}`;
      const secretAccessKey = randomBytes(30).toString('base64');
      const arn = `arn:aws:iam::${accountId}:user/${name}`;
      keys.set(accessKeyId, { arn, principal: arn, userId: `AIDA${randomKeyId()}`, secretAccessKey });
      return { accessKeyId, secretAccessKey, arn };
    },
    setPolicy(identityArn, policy) {
      policies.set(identityArn, policy);
    },
    throttle(times, operation) {
      throttles.push({ left: times, operation });
    },
    reset() {
      for (const op of OPERATIONS) calls[op].length = 0;
      throttles = [];
      server.reset();
    },
    close: () => server.close(),
  };
}

// ---- SigV4 verification (independent of the provider's signer) -------------------------------

interface Caller {
  identity: Identity;
  region: string;
}

/**
 * Check a header-signed request the way AWS does: parse the Authorization header, look up the
 * access key, check the scope (date, region, service), the clock skew and the session token, then
 * rebuild the canonical request from the raw request and compare signatures.
 */
function verifySigV4(req: RecordedRequest, service: string, keys: ReadonlyMap<string, Identity>, now = Date.now()): Caller {
  const header = req.headers['authorization'];
  if (!header) throw new AwsError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const match = /^AWS4-HMAC-SHA256 (.*)$/.exec(header);
  if (!match) throw new AwsError(403, 'IncompleteSignatureException', 'Unsupported authorization type; expected AWS4-HMAC-SHA256.');
  const fields = new Map<string, string>();
  for (const part of match[1]!.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw new AwsError(
      403,
      'IncompleteSignatureException',
      missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' '),
    );
  }
  const scope = fields.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') {
    throw new AwsError(
      403,
      'IncompleteSignatureException',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${fields.get('Credential')!}'`,
    );
  }
  const [keyId, day, region, scopeService] = scope as [string, string, string, string, string];
  const stamp = String(req.headers['x-amz-date'] ?? '');
  if (!/^\d{8}T\d{6}Z$/.test(stamp)) {
    throw new AwsError(
      403,
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  const signedAt = Date.UTC(
    +stamp.slice(0, 4),
    +stamp.slice(4, 6) - 1,
    +stamp.slice(6, 8),
    +stamp.slice(9, 11),
    +stamp.slice(11, 13),
    +stamp.slice(13, 15),
  );
  if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw new AwsError(
      403,
      'InvalidSignatureException',
      `Signature expired: ${stamp} is now outside the allowed 15 min window around ${new Date(now).toISOString()}.`,
    );
  }
  if (day !== stamp.slice(0, 8)) {
    throw new AwsError(
      403,
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${day}' != '${stamp.slice(0, 8)}'`,
    );
  }
  if (scopeService !== service)
    throw new AwsError(403, 'InvalidSignatureException', `Credential should be scoped to correct service: '${service}'.`);
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    throw new AwsError(403, 'InvalidSignatureException', 'Credential should be scoped to a valid region.');
  const signedNames = fields.get('SignedHeaders')!.split(';');
  if (!signedNames.includes('host')) {
    throw new AwsError(403, 'InvalidSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  const identity = keys.get(keyId);
  if (!identity) throw new AwsError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
  const token = req.headers['x-amz-security-token'];
  if (identity.sessionToken !== undefined || token !== undefined) {
    if (token !== identity.sessionToken)
      throw new AwsError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (identity.expiration && identity.expiration.getTime() <= now) {
      throw new AwsError(403, 'ExpiredTokenException', 'The security token included in the request is expired');
    }
  }

  const canonical = [
    req.method,
    rebuildPath(req.url),
    rebuildQuery(req.url),
    signedNames.map((name) => `${name}:${headerValue(req, name)}\n`).join(''),
    signedNames.join(';'),
    createHash('sha256').update(req.body, 'utf8').digest('hex'),
  ].join('\n');
  const toSign = `AWS4-HMAC-SHA256\n${stamp}\n${day}/${region}/${service}/aws4_request\n${createHash('sha256').update(canonical).digest('hex')}`;
  let key: Buffer = Buffer.from(`AWS4${identity.secretAccessKey}`, 'utf8');
  for (const part of [day, region, service, 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const expected = createHmac('sha256', key).update(toSign).digest();
  const given = Buffer.from(fields.get('Signature')!, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AwsError(
      403,
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return { identity, region };
}

/** Percent-encode the UTF-8 bytes of `text`, keeping only RFC 3986 unreserved characters. */
function percent(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The path as received, normalised and encoded once more (non-S3 rules). */
function rebuildPath(rawUrl: string): string {
  const path = rawUrl.split('?')[0] ?? '/';
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') kept.pop();
    else if (segment !== '' && segment !== '.') kept.push(segment);
  }
  return `/${kept.map(percent).join('/')}${kept.length > 0 && path.endsWith('/') ? '/' : ''}`;
}

function rebuildQuery(rawUrl: string): string {
  const at = rawUrl.indexOf('?');
  if (at < 0) return '';
  const unescape = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return rawUrl
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', ...value] = pair.split('=');
      return `${percent(unescape(name))}=${percent(unescape(value.join('=')))}`;
    })
    .sort((a, b) => {
      const [an = '', av = ''] = a.split('=');
      const [bn = '', bv = ''] = b.split('=');
      return an === bn ? (av < bv ? -1 : av > bv ? 1 : 0) : an < bn ? -1 : 1;
    })
    .join('&');
}

function headerValue(req: RecordedRequest, name: string): string {
  const raw = req.headers[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
}

// ---- helpers ------------------------------------------------------------------------------------

function nameFilter(filters: unknown): string[] {
  if (!Array.isArray(filters) || filters.length === 0) throw new AwsError(400, 'ValidationException', 'Filters must be a non-empty list.');
  const prefixes: string[] = [];
  for (const filter of filters as Array<{ Key?: unknown; Values?: unknown }>) {
    if (filter.Key !== 'name' || !Array.isArray(filter.Values)) {
      throw new AwsError(400, 'ValidationException', 'This fake supports only the name filter.');
    }
    prefixes.push(...filter.Values.map(String));
  }
  return prefixes;
}

function parseJsonBody(body: string): unknown {
  try {
    const parsed = JSON.parse(body === '' ? '{}' : body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw new AwsError(400, 'SerializationException', 'Start of structure or map found where not expected.');
}

function jsonError(err: AwsError): Reply {
  // The message key is `message` for throttling and `Message` otherwise, as the service answers.
  const messageKey = err.type === 'ThrottlingException' ? 'message' : 'Message';
  return json(
    err.status,
    { __type: err.type, [messageKey]: err.message },
    {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': `${err.type}:http://internal.amazon.com/coral/com.amazonaws.secrets/`,
      'x-amzn-requestid': randomUUID(),
    },
  );
}

function xmlError(err: AwsError): Reply {
  return xml(
    err.status,
    `<ErrorResponse xmlns="${STS_NS}">
  <Error>
    <Type>Sender</Type>
    <Code>${esc(err.type)}</Code>
    <Message>${esc(err.message)}</Message>
  </Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>`,
  );
}

function xml(status: number, body: string): Reply {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() }, body };
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function randomKeyId(): string {
  return [...randomBytes(16)].map((b) => BASE32[b % 32]).join('');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomSuffix(): string {
  return [...randomBytes(6)].map((b) => ALNUM[b % ALNUM.length]).join('');
}
