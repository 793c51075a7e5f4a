"use strict";
exports.id = 994;
exports.ids = [994];
exports.modules = {

/***/ 4994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var sha256Hex = (function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
});
var checkSettings = (function checkSettings(settings, env, locators) {
    const { region, roleArn, roleSessionName } = settings.aws;
    if (region && !REGION.test(region)) {
        throw (0,src_errors/* inputError */.Xu)('aws-region', 'is not an AWS region code', 'Use a region code such as us-east-1 or eu-central-1.', region);
    }
    const fromEnv = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!region && fromEnv && !REGION.test(fromEnv)) {
        throw new src_errors/* GatehouseError */.GA('INPUT_INVALID', 'AWS_REGION (or AWS_DEFAULT_REGION) in the environment is not an AWS region code.', {
            fix: 'Set the aws-region input, or fix the region given to aws-actions/configure-aws-credentials.',
        });
    }
    if (!region && !fromEnv && locators.some((l) => regionOf(l, undefined) === undefined)) {
        throw (0,src_errors/* inputError */.Xu)('aws-region', 'is required for aws-sm references by name (only full ARNs carry their region)', 'Set aws-region (e.g. us-east-1), or reference the secrets by their full ARN.');
    }
    if (roleArn && !ROLE_ARN.test(roleArn)) {
        throw (0,src_errors/* inputError */.Xu)('aws-role-arn', 'is not an IAM role ARN', 'Use the form arn:aws:iam::123456789012:role/my-role (path optional).', roleArn);
    }
    if (roleArn && roleSessionName && !SESSION_NAME.test(roleSessionName)) {
        throw (0,src_errors/* inputError */.Xu)('aws-role-session-name', 'must be 2 to 64 characters of letters, digits and _+=,.@-', 'Use a name such as GitHubActions.', roleSessionName);
    }
    if (!roleArn && (!env['AWS_ACCESS_KEY_ID'] || !env['AWS_SECRET_ACCESS_KEY'])) {
        throw (0,src_errors/* inputError */.Xu)('aws-role-arn', 'is required when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set', "Set aws-role-arn to a role that trusts GitHub's OIDC provider, or run aws-actions/configure-aws-credentials before this step.");
    }
    for (const name of ENDPOINT_VARS) {
        const value = env[name];
        // Not quoted: an endpoint URL can carry userinfo.
        if (value && !(URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))) {
            throw new src_errors/* GatehouseError */.GA('INPUT_INVALID', `${name} in the environment is not an http(s) URL.`, {
                fix: `Set ${name} to a full URL such as https://secretsmanager.us-east-1.amazonaws.com, or unset it.`,
            });
        }
    }
});
var outcomeOf = (function outcomeOf(entry, what) {
    const version = typeof entry.VersionId === 'string' ? entry.VersionId : undefined;
    if (typeof entry.SecretString === 'string')
        return { ok: true, value: { kind: 'text', text: entry.SecretString }, version };
    if (typeof entry.SecretBinary === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(entry.SecretBinary) && entry.SecretBinary.length % 4 === 0) {
        return { ok: true, value: { kind: 'bytes', bytes: new Uint8Array(Buffer.from(entry.SecretBinary, 'base64')) }, version };
    }
    return (0,providers_failure/* failed */.gz)({
        kind: 'invalid',
        message: `${what} answered without a SecretString or a base64 SecretBinary`,
        fix: 'Check that the endpoint is AWS Secrets Manager; a secret always has one of the two.',
    });
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsErrorType: () => (/* binding */ awsErrorType),
  checkSettings: () => (/* binding */ checkSettings),
  entryFor: () => (/* binding */ entryFor),
  fetchAll: () => (/* binding */ fetchAll),
  normalizeType: () => (/* binding */ normalizeType),
  parseStsCredentials: () => (/* binding */ parseStsCredentials),
  setThrottleBackoff: () => (/* binding */ setThrottleBackoff),
  xmlText: () => (/* binding */ xmlText)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/http.ts
var http = __webpack_require__(1457);
// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/failure.ts
var providers_failure = __webpack_require__(6775);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/sigv4.ts
// AWS Signature Version 4 for header-signed requests, with node:crypto only.
//
// Doc source: AWS IAM User Guide, "Create a signed AWS API request" and "Elements of an AWS API
// request signature" (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html),
// checked against the published SigV4 test suite (aws-sig-v4-test-suite, 2015-08-30 vectors):
//
//   CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
//   StringToSign     = "AWS4-HMAC-SHA256" \n X-Amz-Date \n YYYYMMDD/region/service/aws4_request \n hex(SHA256(CanonicalRequest))
//   SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, YYYYMMDD), region), service), "aws4_request")
//
// Only the non-S3 rules are implemented: the path is normalised (dot segments and empty segments
// removed) and each segment of the path *as sent* is URI-encoded again, so a `%` on the wire becomes
// `%25` in the canonical URI ("double encoding").

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** The headers to send for a SigV4-signed request (see `sign` for the intermediate strings). */
function signRequest(input) {
    return sign(input).headers;
}
function sign(input) {
    const url = new URL(input.url);
    const now = input.now ?? new Date();
    const stamp = amzDate(now);
    const day = stamp.slice(0, 8);
    const scope = `${day}/${input.region}/${input.service}/aws4_request`;
    const toSign = new Map();
    for (const [name, value] of Object.entries(input.headers ?? {})) {
        const key = name.toLowerCase();
        if (key === 'authorization')
            continue; // a stale signature must never be signed over
        toSign.set(key, [...(toSign.get(key) ?? []), ...(typeof value === 'string' ? [value] : value)]);
    }
    if (!toSign.has('host'))
        toSign.set('host', [url.host]);
    toSign.set('x-amz-date', [stamp]);
    if (input.credentials.sessionToken)
        toSign.set('x-amz-security-token', [input.credentials.sessionToken]);
    const { canonical, signedHeaders } = canonicalHeaders(toSign);
    const canonicalRequest = [
        input.method.toUpperCase(),
        canonicalUri(url.pathname),
        canonicalQuery(url.search),
        canonical,
        signedHeaders,
        sha256Hex(input.body ?? ''),
    ].join('\n');
    const stringToSign = [ALGORITHM, stamp, scope, sha256Hex(canonicalRequest)].join('\n');
    const signature = (0,external_node_crypto_.createHmac)('sha256', signingKey(input.credentials.secretAccessKey, day, input.region, input.service))
        .update(stringToSign, 'utf8')
        .digest('hex');
    const headers = {};
    for (const [name, values] of toSign)
        if (name !== 'host')
            headers[name] = values.join(',');
    headers['authorization'] =
        `${ALGORITHM} Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { headers, canonicalRequest, stringToSign, signedHeaders, signature };
}
/** `YYYYMMDDTHHMMSSZ` in UTC (ISO 8601 basic format, no milliseconds). */
function amzDate(now) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
function signingKey(secretAccessKey, day, region, service) {
    const kDate = hmac(`AWS4${secretAccessKey}`, day);
    const kRegion = hmac(kDate, region);
    const kService = hmac(kRegion, service);
    return hmac(kService, 'aws4_request');
}
/**
 * The canonical URI of a path as it goes on the wire: dot segments and empty segments removed
 * (RFC 3986 \u00a75.2.4; every service but S3), then each segment URI-encoded.
 */
function canonicalUri(path) {
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push(segment);
    }
    const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
    return `/${segments.map(uriEncode).join('/')}${trailing}`;
}
/** Query parameters decoded, re-encoded per RFC 3986, sorted by name then value. */
function canonicalQuery(search) {
    const pairs = search
        .replace(/^\?/, '')
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        const name = eq < 0 ? part : part.slice(0, eq);
        const value = eq < 0 ? '' : part.slice(eq + 1);
        return [uriEncode(decode(name)), uriEncode(decode(value))];
    });
    pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ (so also ! ' ( ) * and /). */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalHeaders(headers) {
    const names = [...headers.keys()].sort();
    // Values are trimmed and runs of spaces collapsed; repeated headers are joined with commas.
    const lines = names.map((name) => `${name}:${headers
        .get(name)
        .map((v) => v.trim().replace(/\s+/g, ' '))
        .join(',')}\n`);
    return { canonical: lines.join(''), signedHeaders: names.join(';') };
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text; // a stray `%` is signed as the literal character, encoded
    }
}

function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
}

// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/settle.ts
var settle = __webpack_require__(6962);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/aws.ts
// AWS Secrets Manager provider: credentials from STS AssumeRoleWithWebIdentity with the job's OIDC
// token (or the AWS_* keys that aws-actions/configure-aws-credentials exports), then
// BatchGetSecretValue for up to 20 secrets per call, SigV4-signed (reference/secret-providers.md \u00a72.2).
//
// Decisions the orchestration relies on:
// - Region of a read: the ARN's own region, else the `aws-region` input, else AWS_REGION, else
//   AWS_DEFAULT_REGION (both exported by configure-aws-credentials). STS uses the same fallback chain,
//   then the first read's region.
// - Endpoints: AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_SECRETS_MANAGER, then AWS_ENDPOINT_URL (the
//   SDKs' names), else the regional public endpoints. The SigV4 scope is always the secret's region.
// - Sessions last 900 s, STS's minimum: one step reads its secrets in seconds, and the keys never
//   leave the step, so a longer life would only widen the window if they leaked.





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
const ENDPOINT_VARS = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_SECRETS_MANAGER'];
// ---- settings ----------------------------------------------------------------------------------
/**
 * Fail fast on settings that cannot work, before any request: a region for every read, a role
 * ARN of the right shape, or AWS keys in the environment when there is no role to assume.
 */

/** The region a read goes to: its ARN's, else the step's default (undefined when there is none). */
function regionOf(locator, fallback) {
    return locator.region ?? SECRET_ARN.exec(locator.secretId)?.[1] ?? fallback;
}
function defaultRegion(ctx) {
    return ctx.settings.aws.region || ctx.env['AWS_REGION'] || ctx.env['AWS_DEFAULT_REGION'] || undefined;
}
function endpoint(service, region, env) {
    const specific = service === 'sts' ? env['AWS_ENDPOINT_URL_STS'] : env['AWS_ENDPOINT_URL_SECRETS_MANAGER'];
    // China regions live under their own DNS suffix; other partitions need an endpoint override.
    const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return specific || env['AWS_ENDPOINT_URL'] || `https://${service}.${region}.${suffix}/`;
}
const BUILTIN_THROTTLE = {
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
function setThrottleBackoff(overrides) {
    const previous = throttleBackoff;
    throttleBackoff = { ...previous, ...overrides };
    return () => {
        throttleBackoff = previous;
    };
}
const THROTTLE_TYPES = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded']);
/** Run `call`, retrying it with full-jitter backoff while `retryable` says so, within the deadline. */
async function withRetries(what, ctx, retryable, call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (err) {
            if (!retryable(err) || attempt >= THROTTLE_ATTEMPTS)
                throw err;
            const wait = (0,http/* backoffDelay */.EY)(attempt, throttleBackoff);
            if (wait >= ctx.deadline.remaining())
                throw err;
            ctx.debug(`${what}: throttled by AWS; retry ${attempt} of ${THROTTLE_ATTEMPTS - 1} in ${wait} ms.`);
            await throttleBackoff.sleep(wait);
        }
    }
}
// ---- credentials -------------------------------------------------------------------------------
const STS_FIXES = {
    AccessDenied: "Check the role's trust policy: it must allow sts:AssumeRoleWithWebIdentity for the IAM OIDC provider token.actions.githubusercontent.com, with conditions token.actions.githubusercontent.com:aud = sts.amazonaws.com and token.actions.githubusercontent.com:sub matching this job (repo:OWNER/REPO:...).",
    InvalidIdentityToken: "Check that the IAM OIDC provider for https://token.actions.githubusercontent.com exists in the role's account with audience sts.amazonaws.com, and that the role's trust policy names it.",
    ExpiredTokenException: 'The GitHub OIDC token expired before STS saw it; re-run the job and check the runner clock.',
    IDPCommunicationError: 'STS could not reach the OIDC provider; re-run the job later.',
    RegionDisabledException: 'Activate STS in this region (IAM > Account settings), or set aws-region to an enabled region.',
    ValidationError: 'Check aws-role-arn and aws-role-session-name; the role must allow a 900-second session.',
};
const STS_RETRYABLE = new Set(['Throttling', 'IDPCommunicationError']);
async function obtainCredentials(ctx, region) {
    const { roleArn } = ctx.settings.aws;
    return roleArn ? assumeRole(ctx, roleArn, region) : environmentCredentials(ctx);
}
function environmentCredentials(ctx) {
    const accessKeyId = ctx.env['AWS_ACCESS_KEY_ID'] ?? '';
    const secretAccessKey = ctx.env['AWS_SECRET_ACCESS_KEY'] ?? '';
    const sessionToken = ctx.env['AWS_SESSION_TOKEN'] || undefined;
    for (const value of [accessKeyId, secretAccessKey, sessionToken])
        if (value)
            ctx.mask(value);
    if (!accessKeyId || !secretAccessKey) {
        throw new src_errors/* GatehouseError */.GA('INPUT_MISSING', 'No AWS credentials: aws-role-arn is empty and AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set.', {
            fix: "Set aws-role-arn to a role that trusts GitHub's OIDC provider, or run aws-actions/configure-aws-credentials before this step.",
        });
    }
    return { accessKeyId, secretAccessKey, sessionToken };
}
async function assumeRole(ctx, roleArn, region) {
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
    const retryable = (err) => err instanceof http/* HttpError */.j$ && STS_RETRYABLE.has(stsError(err).code ?? '');
    const res = await withRetries('AWS STS AssumeRoleWithWebIdentity', ctx, retryable, () => ctx.limit(() => (0,http/* request */.Em)(url, { method: 'POST', form, deadline: ctx.deadline, ca: ctx.ca })));
    const credentials = parseStsCredentials(res.text());
    // Registered before anything else sees them: a later error message must not show them.
    ctx.mask(credentials.accessKeyId);
    ctx.mask(credentials.secretAccessKey);
    if (credentials.sessionToken)
        ctx.mask(credentials.sessionToken);
    ctx.debug(`AWS STS: assumed ${roleArn} for ${SESSION_SECONDS} s.`);
    return credentials;
}
/** The Credentials of an AssumeRoleWithWebIdentity answer. Throws without quoting the body. */
function parseStsCredentials(xml) {
    const block = xmlInner(xml, 'Credentials');
    const accessKeyId = block === undefined ? undefined : xmlText(block, 'AccessKeyId');
    const secretAccessKey = block === undefined ? undefined : xmlText(block, 'SecretAccessKey');
    const sessionToken = block === undefined ? undefined : xmlText(block, 'SessionToken');
    if (!accessKeyId || !secretAccessKey || !sessionToken) {
        throw new src_errors/* GatehouseError */.GA('HTTP_FAILED', `AWS STS answered AssumeRoleWithWebIdentity without complete Credentials (${xml.length} bytes).`, {
            fix: 'Check that AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL points at STS and not at a proxy or another service.',
        });
    }
    return { accessKeyId, secretAccessKey, sessionToken };
}
function stsError(err) {
    const body = typeof err.body === 'string' ? err.body : '';
    const error = xmlInner(body, 'Error') ?? body;
    return { code: xmlText(error, 'Code'), message: xmlText(error, 'Message') ?? err.detail };
}
function credentialFailure(err, ctx) {
    const roleArn = ctx.settings.aws.roleArn;
    if (err instanceof src_errors/* GatehouseError */.GA && err.code === 'INPUT_MISSING')
        return { kind: 'auth', message: err.message, fix: err.fix ?? '' };
    if (!roleArn)
        return (0,providers_failure/* failureFrom */.Ju)(err, 'AWS credentials from the environment', {}, 'auth');
    const what = `AWS STS AssumeRoleWithWebIdentity for ${roleArn}`;
    if (err instanceof http/* HttpError */.j$ && err.status !== undefined && err.status !== 200) {
        const { code, message } = stsError(err);
        const kind = err.status === 429 || err.status >= 500 || STS_RETRYABLE.has(code ?? '') ? 'unavailable' : 'auth';
        const reason = [code, message].filter(Boolean).join(': ');
        return {
            kind,
            status: err.status,
            message: oneLine(`${what} answered ${err.status}${reason ? ` ${reason}` : ''}`),
            fix: STS_FIXES[code ?? ''] ?? STS_FIXES['AccessDenied'],
        };
    }
    return (0,providers_failure/* failureFrom */.Ju)(err, what, { auth: STS_FIXES['AccessDenied'], invalid: STS_FIXES['InvalidIdentityToken'] });
}
// ---- XML ---------------------------------------------------------------------------------------
/** The raw content of the first `<tag>` element (attributes allowed), or undefined. */
function xmlInner(xml, tag) {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`).exec(xml);
    if (match)
        return match[1];
    return new RegExp(`<${tag}(?:\\s[^>]*)?/>`).test(xml) ? '' : undefined;
}
/** The text of the first `<tag>` element: CDATA kept verbatim, entities decoded, trimmed. */
function xmlText(xml, tag) {
    const inner = xmlInner(xml, tag);
    if (inner === undefined)
        return undefined;
    const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(inner);
    return cdata ? cdata[1] : decodeXml(inner.trim());
}
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, entity) => {
        if (!entity.startsWith('#'))
            return NAMED_ENTITIES[entity];
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        // Out-of-range or surrogate code points are not characters: leave the reference as written.
        return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    });
}
/** Error type as the SDKs read it: `__type` (or `code`), without a `namespace#` prefix or `:uri` suffix. */
function awsErrorType(value) {
    const body = value instanceof http/* HttpError */.j$ ? value.body : value;
    if (!body || typeof body !== 'object')
        return undefined;
    const raw = body['__type'] ?? body['code'];
    return typeof raw === 'string' && raw ? normalizeType(raw) : undefined;
}
function normalizeType(raw) {
    return raw.replace(/^.*#/, '').replace(/:.*$/, '');
}
/** One signed JSON 1.1 call, retried while throttled; resolves with the parsed JSON object. */
async function callSecretsManager(session, operation, input, region) {
    const { ctx, credentials } = session;
    const url = endpoint('secretsmanager', region, ctx.env);
    const body = JSON.stringify(input);
    const retryable = (err) => THROTTLE_TYPES.has(awsErrorType(err) ?? '');
    const res = await withRetries(`AWS Secrets Manager ${operation}`, ctx, retryable, () => ctx.limit(() => {
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
        return (0,http/* request */.Em)(url, { method: 'POST', headers, body, deadline: ctx.deadline, ca: ctx.ca });
    }));
    let parsed;
    try {
        parsed = JSON.parse(res.text());
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        // Not quoted: the body may hold secret values.
        throw new src_errors/* GatehouseError */.GA('HTTP_FAILED', `answered ${res.status} with a body that is not a JSON object (${res.body.length} bytes)`, {
            fix: 'Check that AWS_ENDPOINT_URL_SECRETS_MANAGER or AWS_ENDPOINT_URL points at Secrets Manager and not at a proxy.',
        });
    }
    return parsed;
}
/** Every page of one BatchGetSecretValue call for `ids` (NextToken followed). */
async function batchGet(session, ids, region) {
    const values = [];
    const errors = [];
    const seen = new Set();
    let token;
    for (;;) {
        const page = await callSecretsManager(session, 'BatchGetSecretValue', token ? { SecretIdList: ids, NextToken: token } : { SecretIdList: ids }, region);
        const { SecretValues = [], Errors = [], NextToken } = page;
        if (!Array.isArray(SecretValues) ||
            !Array.isArray(Errors) ||
            (NextToken !== undefined && NextToken !== null && typeof NextToken !== 'string')) {
            throw new src_errors/* GatehouseError */.GA('HTTP_FAILED', 'answered 200 without the SecretValues and Errors lists', {
                fix: 'Check that the endpoint is AWS Secrets Manager and not a proxy.',
            });
        }
        values.push(...SecretValues);
        errors.push(...Errors);
        if (!NextToken)
            return { values, errors };
        // A service that hands back the same token, or more pages than ids, would loop forever.
        if (seen.has(NextToken) || seen.size > ids.length) {
            throw new src_errors/* GatehouseError */.GA('HTTP_FAILED', 'kept answering with a NextToken', { fix: 'Re-run the job; report it if it persists.' });
        }
        seen.add(NextToken);
        token = NextToken;
    }
}
// ---- mapping answers to reads ------------------------------------------------------------------
const KINDS_BY_TYPE = {
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
function fixesFor(type, region) {
    const fixes = {
        'not-found': `Check the secret name or ARN, and that the secret exists in ${region} (names use aws-region; ARNs carry their own region).`,
        denied: "Allow secretsmanager:GetSecretValue on the secret's ARN in the IAM policy of this job's role or user, and check the secret's resource policy and any SCP.",
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
function callFailure(err, what, region) {
    const type = awsErrorType(err);
    // Only a final answer: a missed deadline keeps its own message (DEADLINE_EXCEEDED, unavailable).
    if (err instanceof http/* HttpError */.j$ && err.code === 'HTTP_FAILED' && err.status !== undefined && type) {
        const kind = KINDS_BY_TYPE[type] ?? (0,providers_failure/* kindOfStatus */.o3)(err.status);
        const detail = err.detail ? `: ${err.detail}` : '';
        return {
            kind,
            status: err.status,
            message: oneLine(`${what} answered ${err.status} ${type}${detail}`),
            fix: fixesFor(type, region)[kind],
        };
    }
    if (err instanceof src_errors/* GatehouseError */.GA && err.code === 'DEADLINE_EXCEEDED') {
        // failureFrom would report the last attempt's status and drop that the deadline ran out.
        return {
            kind: 'unavailable',
            status: err instanceof http/* HttpError */.j$ ? err.status : undefined,
            message: oneLine(`${what}: ${err.message}`),
            fix: err.fix ?? '',
        };
    }
    if (err instanceof src_errors/* GatehouseError */.GA && err.code === 'HTTP_FAILED' && !(err instanceof http/* HttpError */.j$)) {
        return { kind: 'invalid', message: oneLine(`${what} ${err.message}`), fix: err.fix ?? fixesFor(undefined, region).invalid };
    }
    return (0,providers_failure/* failureFrom */.Ju)(err, what, fixesFor(undefined, region));
}
/** The failure for one entry of BatchGetSecretValue's Errors list. */
function entryFailure(entry, what, region) {
    const type = normalizeType(typeof entry.ErrorCode === 'string' ? entry.ErrorCode : 'UnknownError');
    const kind = KINDS_BY_TYPE[type] ?? 'invalid';
    const detail = typeof entry.Message === 'string' && entry.Message ? `: ${entry.Message}` : '';
    return { kind, message: oneLine(`${what} failed with ${type}${detail}`), fix: fixesFor(type, region)[kind] };
}

/**
 * The entry that answers `id`. Names match `Name`; ARNs match `ARN` exactly, or as a partial ARN
 * (without the `-` + 6-character suffix Secrets Manager appends). An exact match wins, so a read of
 * `\u2026:secret:app-config` never takes the value of a secret named `app-config-x` by mistake.
 */
function entryFor(id, entries) {
    if (!id.startsWith('arn:'))
        return entries.find((e) => e.Name === id);
    const exact = entries.find((e) => e.ARN === id);
    if (exact)
        return exact;
    return entries.find((e) => typeof e.ARN === 'string' && e.ARN.length === id.length + 7 && e.ARN.startsWith(`${id}-`));
}
/** Read every secret; one BatchGetSecretValue per region and 20 ids, all concurrent in the pool. */
const fetchAll = async (reads, ctx) => {
    if (reads.length === 0)
        return [];
    const fallback = defaultRegion(ctx);
    const outcomes = new Array(reads.length);
    const byRegion = new Map();
    reads.forEach((read, index) => {
        const region = regionOf(read.locator, fallback);
        if (region === undefined) {
            outcomes[index] = (0,settle/* settle */.G)(ctx, read, (0,providers_failure/* failed */.gz)({
                kind: 'invalid',
                message: `No AWS region for ${read.locator.secretId}: it is not an ARN and aws-region is empty.`,
                fix: 'Set aws-region, or reference the secret by its full ARN.',
            }));
            return;
        }
        byRegion.set(region, [...(byRegion.get(region) ?? []), { index, id: read.locator.secretId }]);
    });
    if (byRegion.size === 0)
        return outcomes;
    let credentials;
    try {
        credentials = await obtainCredentials(ctx, fallback ?? [...byRegion.keys()][0]);
    }
    catch (err) {
        return (0,providers_failure/* failAll */.wf)(reads.length, credentialFailure(err, ctx));
    }
    const session = { credentials, ctx };
    const notice = once(() => ctx.info('AWS Secrets Manager: BatchGetSecretValue was denied (AccessDeniedException), so each secret is read with its own GetSecretValue call; allow secretsmanager:BatchGetSecretValue (Resource "*") to read up to 20 secrets per call.'));
    const batches = [];
    for (const [region, jobs] of byRegion) {
        for (const ids of chunks([...new Set(jobs.map((j) => j.id))], BATCH_SIZE)) {
            const members = jobs.filter((j) => ids.includes(j.id));
            // A batch's reads are reported together, as soon as that batch (and its single reads) ends.
            batches.push(readBatch(session, region, ids, members, outcomes, notice).then(() => {
                for (const job of members)
                    (0,settle/* settle */.G)(ctx, reads[job.index], outcomes[job.index]);
            }));
        }
    }
    await Promise.all(batches);
    return outcomes;
};
async function readBatch(session, region, ids, jobs, outcomes, notice) {
    const what = `AWS Secrets Manager BatchGetSecretValue (${region}, ${ids.length} secret${ids.length === 1 ? '' : 's'})`;
    let answer;
    try {
        answer = await batchGet(session, ids, region);
    }
    catch (err) {
        if (awsErrorType(err) === 'AccessDeniedException') {
            // IAM without secretsmanager:BatchGetSecretValue: the same reads work one by one.
            notice();
            await Promise.all(jobs.map(async (job) => (outcomes[job.index] = await readOne(session, region, job.id))));
            return;
        }
        const failure = callFailure(err, what, region);
        for (const job of jobs)
            outcomes[job.index] = (0,providers_failure/* failed */.gz)(failure);
        return;
    }
    const unanswered = [];
    for (const job of jobs) {
        const label = `AWS Secrets Manager ${job.id} (${region})`;
        const entry = entryFor(job.id, answer.values);
        const error = answer.errors.find((e) => e.SecretId === job.id);
        if (entry)
            outcomes[job.index] = outcomeOf(entry, label);
        else if (error)
            outcomes[job.index] = (0,providers_failure/* failed */.gz)(entryFailure(error, label, region));
        else
            unanswered.push(job);
    }
    // An id the batch answered under a form we could not match: ask for it on its own.
    await Promise.all(unanswered.map(async (job) => (outcomes[job.index] = await readOne(session, region, job.id))));
}
async function readOne(session, region, id) {
    const what = `AWS Secrets Manager GetSecretValue ${id} (${region})`;
    try {
        return outcomeOf(await callSecretsManager(session, 'GetSecretValue', { SecretId: id }, region), what);
    }
    catch (err) {
        return (0,providers_failure/* failed */.gz)(callFailure(err, what, region));
    }
}
// ---- small helpers -----------------------------------------------------------------------------
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function once(fn) {
    let done = false;
    return () => {
        if (!done)
            fn();
        done = true;
    };
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 400 ? `${line.slice(0, 399)}\u2026` : line;
}


/***/ }),

/***/ 6775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ failureFrom),
/* harmony export */   eA: () => (/* binding */ malformedAnswer),
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   o3: () => (/* binding */ kindOfStatus),
/* harmony export */   wf: () => (/* binding */ failAll)
/* harmony export */ });
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1457);
// Turning what went wrong into a ReadFailure, the same way for every provider: an HttpError's
// status decides the kind (404 -> not-found, 403 -> denied, ...), the provider supplies the message
// prefix and the fixes that its service's docs give for each kind.


const GENERIC_FIXES = {
    'not-found': 'Check the name and path of the secret, or mark the reference optional with NAME?=.',
    denied: 'Grant the identity of this job read access to the secret.',
    auth: "Check the provider's trust configuration for this repository's OIDC token.",
    invalid: 'Check that the endpoint is the real service API and not a proxy or login page.',
    unavailable: 'Check that the service is reachable from the runner, or raise the timeout input.',
};
/** The kind of failure an HTTP status stands for. */
function kindOfStatus(status) {
    if (status === 404)
        return 'not-found';
    if (status === 403)
        return 'denied';
    if (status === 401)
        return 'auth';
    if (status === undefined || status === 408 || status === 429 || status >= 500)
        return 'unavailable';
    return 'invalid';
}
/**
 * A ReadFailure for `err` (usually an HttpError from core http). `what` names the operation,
 * e.g. `Vault login (auth/jwt)` or `GetSecretValue prod/db`; `kind` overrides the status mapping.
 */
function failureFrom(err, what, fixes = {}, kind) {
    const status = err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ ? err.status : undefined;
    // A missed deadline is the step's budget running out, whatever the last answer was.
    if (err instanceof _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA && err.code === 'DEADLINE_EXCEEDED') {
        return {
            kind: kind ?? 'unavailable',
            status,
            message: oneLine(`${what} failed: ${messageOf(err)}`),
            fix: fixes.unavailable ?? err.fix ?? GENERIC_FIXES.unavailable,
        };
    }
    const resolved = kind ?? (err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ ? (err.status === undefined ? 'unavailable' : kindOfStatus(err.status)) : errorKind(err));
    const detail = err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ && err.detail ? `: ${err.detail}` : '';
    const base = err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ && err.status !== undefined ? `${what} answered ${err.status}${detail}` : `${what} failed: ${messageOf(err)}`;
    return {
        kind: resolved,
        status,
        message: oneLine(base),
        fix: fixes[resolved] ?? (err instanceof _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA && err.fix ? err.fix : GENERIC_FIXES[resolved]),
    };
}
/** The message alone: describeError would append the error's own fix, and the failure has one. */
function messageOf(err) {
    return err instanceof Error ? err.message : (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
}
function errorKind(err) {
    if (err instanceof _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA && (err.code === 'DEADLINE_EXCEEDED' || err.code === 'HTTP_TIMEOUT'))
        return 'unavailable';
    if (err instanceof _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA && (err.code === 'OIDC_FAILED' || err.code === 'OIDC_UNAVAILABLE'))
        return 'auth';
    return 'invalid';
}
/** The same failed outcome for every read (an authentication failure fails them all). */
function failAll(count, failure) {
    return Array.from({ length: count }, () => ({ ok: false, failure }));
}
/**
 * A 2xx whose body could not be used (core http's message says it is not JSON without quoting it),
 * or undefined when `err` is something else. `service` names the real API in the fix.
 */
function malformedAnswer(err, what, service) {
    if (!(err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) || err.status === undefined || err.status < 200 || err.status >= 300)
        return undefined;
    return {
        kind: 'invalid',
        status: err.status,
        message: `${what}: ${err.message}`,
        fix: `Check that the endpoint is the real ${service} and not a proxy or captive portal.`,
    };
}
function failed(failure) {
    return { ok: false, failure };
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 400 ? `${line.slice(0, 399)}\u2026` : line;
}


/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var settle = (function settle(ctx, read, outcome) {
    ctx.settled?.(read, outcome);
    return outcome;
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ settle)
/* harmony export */ });
// Outcomes reported as each read finishes (ProviderContext.settled), not only when a provider's
// last read has: the caller times each read on its own (the latency in the summary and audit log).
/** Report `outcome` for `read` to the caller, and return it (for fetchAll's array). */



/***/ })

};
;