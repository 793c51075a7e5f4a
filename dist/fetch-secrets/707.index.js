"use strict";
exports.id = 707;
exports.ids = [707];
exports.modules = {

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

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var checkSettings = (function checkSettings(settings) {
    const raw = settings.gcp.workloadIdentityProvider.trim();
    if (!raw) {
        throw (0,errors/* inputError */.Xu)(PROVIDER_INPUT, 'is required for gcp-sm references', `Set it to the provider's full resource name, ${PROVIDER_FORMAT} (gcloud iam workload-identity-pools providers describe <provider> --workload-identity-pool=<pool> --location=global --format='value(name)').`);
    }
    const resource = providerResource(raw);
    if (!PROVIDER_NAME.test(resource))
        throw providerNameError(resource, raw);
    const account = settings.gcp.serviceAccount.trim();
    if (account && !SERVICE_ACCOUNT.test(account)) {
        throw (0,errors/* inputError */.Xu)(SA_INPUT, 'is not a service account email', 'Use the email of the service account to impersonate, e.g. deployer@my-project.iam.gserviceaccount.com, or leave it empty to use the federated identity directly.', account);
    }
});
var authenticate = (async function authenticate(ctx, urls) {
    const provider = providerResource(ctx.settings.gcp.workloadIdentityProvider);
    let jwt;
    try {
        jwt = await ctx.idToken(`https://iam.googleapis.com/${provider}`);
    }
    catch (err) {
        throw new AuthFailed((0,failure/* failureFrom */.Ju)(err, 'GitHub OIDC token for GCP'));
    }
    const federated = await exchange(jwt, provider, ctx, urls);
    const account = ctx.settings.gcp.serviceAccount.trim();
    return account ? impersonate(federated, account, provider, ctx, urls) : federated;
});
var readSecret = (async function readSecret(read, token, urls, ctx) {
    const what = `GCP Secret Manager ${read.key}`;
    const url = accessUrl(read.locator, urls);
    if (!url) {
        return (0,failure/* failed */.gz)({
            kind: 'invalid',
            message: `${what} names the location '${read.locator.location}', which is not a Google Cloud region.`,
            fix: 'Use a region such as us-central1 or europe-west1 in projects/<p>/locations/<region>/secrets/<s>.',
        });
    }
    let answer;
    try {
        answer = await (0,http/* fetchJson */.x6)(url, {
            headers: { authorization: `Bearer ${token}` },
            deadline: ctx.deadline,
            ca: ctx.ca,
        });
    }
    catch (err) {
        return (0,failure/* failed */.gz)(readFailure(err, what, ctx));
    }
    return decodeAnswer(answer, what);
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accessUrl: () => (/* binding */ accessUrl),
  checkSettings: () => (/* binding */ checkSettings),
  decodeBase64: () => (/* binding */ decodeBase64),
  endpoints: () => (/* binding */ endpoints),
  fetchAll: () => (/* binding */ fetchAll),
  providerResource: () => (/* binding */ providerResource)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/http.ts
var http = __webpack_require__(1457);
// EXTERNAL MODULE: ./packages/core/src/utf8.ts
var utf8 = __webpack_require__(3246);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/crc32c.ts
// CRC-32C (Castagnoli, polynomial 0x1EDC6F41, reflected 0x82F63B78), the checksum Secret Manager
// returns as `payload.dataCrc32c` (RFC 3720 \u00a7B.4 gives the parameters and test vectors). Node has
// no built-in CRC-32C, and a byte-wise table is fast enough for secrets of at most 64 KiB.
const TABLE = buildTable(0x82f63b78);
function buildTable(reflectedPoly) {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let bit = 0; bit < 8; bit++)
            c = c & 1 ? (c >>> 1) ^ reflectedPoly : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
/** The CRC-32C of `data` as an unsigned 32-bit number. */
function crc32c(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let crc = 0xffffffff;
    for (const byte of bytes)
        crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/failure.ts
var failure = __webpack_require__(6775);
// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/settle.ts
var settle = __webpack_require__(6962);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/gcp.ts
// GCP Secret Manager through Workload Identity Federation (reference/secret-providers.md \u00a72.3):
// a GitHub OIDC token for `https://iam.googleapis.com/<provider>` is exchanged at STS for a
// federated access token (STS wants the provider as `//iam.googleapis.com/<provider>`: two
// spellings of one audience, the classic mix-up), optionally traded for a service account's token
// at IAM Credentials, then each secret version is read with `:access`. Unlike google-github-actions,
// the payload's CRC-32C is verified, so a corrupted or rewritten answer is never exported.
//
// Decisions:
// - `gcp-workload-identity-provider` may carry the `//iam.googleapis.com/` or
//   `https://iam.googleapis.com/` prefix (both are copied from the console and docs); it is stripped.
//   A project ID where the number belongs is rejected with the gcloud command that prints the number.
// - A payload that is valid UTF-8 is returned as text, anything else as bytes.
// - A version in DESTROYED state is `not-found` (its data is gone for good, like a deleted secret);
//   a DISABLED version is `denied` (it exists, someone turned it off: failing loudly is safer than
//   letting an optional reference skip it).
// - Impersonated tokens live for the step's remaining deadline plus a minute, between 10 minutes
//   and the 1-hour maximum: nothing outlives the step by much.






const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const PROVIDER_NAME = /^projects\/(\d+)\/locations\/global\/workloadIdentityPools\/([a-z0-9-]+)\/providers\/([a-z0-9-]+)$/;
const IAM_PREFIX = /^(?:https:)?\/\/iam\.googleapis\.com\//;
const SERVICE_ACCOUNT = /^[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9.:-]*\.gserviceaccount\.com$/i;
const PROVIDER_INPUT = 'gcp-workload-identity-provider';
const SA_INPUT = 'gcp-service-account';
const PROVIDER_FORMAT = 'projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>';
// ---- settings ----------------------------------------------------------------------------------
/** The provider's resource name without the `//iam.googleapis.com/` or `https://...` prefix. */
function providerResource(value) {
    return value.trim().replace(IAM_PREFIX, '').replace(/\/+$/, '');
}

/** The most precise complaint about a provider name that does not match the expected form. */
function providerNameError(resource, raw) {
    const project = /^projects\/([^/]+)\//.exec(resource)?.[1];
    if (project && !/^\d+$/.test(project)) {
        return (0,errors/* inputError */.Xu)(PROVIDER_INPUT, `names the project by ID ('${project}'), but workload identity provider names use the project number`, `Replace it with the number that 'gcloud projects describe ${project} --format="value(projectNumber)"' prints.`, raw);
    }
    if (/\/locations\/(?!global\/)/.test(resource)) {
        return (0,errors/* inputError */.Xu)(PROVIDER_INPUT, 'names a location other than global', `Workload identity pools are always global: ${PROVIDER_FORMAT}.`, raw);
    }
    if (/\/workloadIdentityPools\/[^/]+$/.test(resource)) {
        return (0,errors/* inputError */.Xu)(PROVIDER_INPUT, 'names a pool, not a provider', `Append /providers/<provider>: ${PROVIDER_FORMAT}.`, raw);
    }
    return (0,errors/* inputError */.Xu)(PROVIDER_INPUT, 'is not a workload identity provider resource name', `Use the form ${PROVIDER_FORMAT}.`, raw);
}
function endpoints(env) {
    const base = (value) => value?.trim().replace(/\/+$/, '') || undefined;
    return {
        sts: base(env['GATEHOUSE_GCP_STS_URL']) ?? 'https://sts.googleapis.com',
        iamcredentials: base(env['GATEHOUSE_GCP_IAMCREDENTIALS_URL']) ?? 'https://iamcredentials.googleapis.com',
        secretmanager: base(env['GATEHOUSE_GCP_SECRETMANAGER_URL']),
    };
}
/** Carries a ReadFailure out of the authentication steps to the single place that fails all reads. */
class AuthFailed extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
const fetchAll = async (reads, ctx) => {
    if (reads.length === 0)
        return [];
    const urls = endpoints(ctx.env);
    let token;
    try {
        token = await authenticate(ctx, urls);
    }
    catch (err) {
        if (err instanceof AuthFailed)
            return (0,failure/* failAll */.wf)(reads.length, err.failure);
        throw err;
    }
    return Promise.all(reads.map(async (read) => (0,settle/* settle */.G)(ctx, read, await ctx.limit(() => readSecret(read, token, urls, ctx)))));
};

// ---- STS ---------------------------------------------------------------------------------------
async function exchange(jwt, provider, ctx, urls) {
    const what = `GCP STS token exchange for ${provider}`;
    let answer;
    try {
        // No Authorization header: the GitHub token in the body is the credential.
        answer = await (0,http/* fetchJson */.x6)(`${urls.sts}/v1/token`, {
            method: 'POST',
            json: {
                audience: `//iam.googleapis.com/${provider}`,
                grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
                requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
                scope: CLOUD_PLATFORM,
                subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
                subjectToken: jwt,
            },
            deadline: ctx.deadline,
            ca: ctx.ca,
        });
    }
    catch (err) {
        throw new AuthFailed(authStepFailure(err, what, stsFix(err, provider)));
    }
    return tokenFrom(answer?.access_token, ctx, what);
}
/** The fix STS's OAuth error code and description point at (auth #60, #211, #334, #370). */
function stsFix(err, provider) {
    if (!(err instanceof http/* HttpError */.j$))
        return undefined;
    const body = err.body;
    const code = typeof body?.error === 'string' ? body.error : '';
    const description = typeof body?.error_description === 'string' ? body.error_description.toLowerCase() : '';
    if (code === 'invalid_grant' && description.includes('attribute condition')) {
        return "The provider's attribute condition rejected this job's token: compare the condition (e.g. assertion.repository == 'owner/repo') with the token's claims.";
    }
    if (code === 'invalid_grant' && description.includes('audience')) {
        return `The provider must accept the audience https://iam.googleapis.com/${provider}, which Gatehouse asks GitHub for: leave the provider's allowed audiences empty (the default) or add that value.`;
    }
    if (code === 'invalid_grant') {
        return "Check the provider's issuer (https://token.actions.githubusercontent.com), attribute mapping and condition against this job's token.";
    }
    if (code === 'invalid_target') {
        return `The pool or provider does not exist or is disabled: copy its full name (${PROVIDER_FORMAT}, with the project number) from 'gcloud iam workload-identity-pools providers describe'.`;
    }
    if (code === 'invalid_request') {
        return `Set ${PROVIDER_INPUT} to the provider's full resource name, ${PROVIDER_FORMAT}.`;
    }
    return undefined;
}
// ---- impersonation -----------------------------------------------------------------------------
async function impersonate(federated, account, provider, ctx, urls) {
    const what = `GCP generateAccessToken for ${account}`;
    let answer;
    try {
        answer = await (0,http/* fetchJson */.x6)(`${urls.iamcredentials}/v1/projects/-/serviceAccounts/${encodeURIComponent(account)}:generateAccessToken`, {
            method: 'POST',
            headers: { authorization: `Bearer ${federated}` },
            json: { scope: [CLOUD_PLATFORM], lifetime: `${lifetimeSeconds(ctx)}s` },
            deadline: ctx.deadline,
            ca: ctx.ca,
        });
    }
    catch (err) {
        const fix = apiDisabledFix(err, 'iamcredentials.googleapis.com') ?? impersonationFix(err, account, provider, ctx);
        throw new AuthFailed(authStepFailure(err, what, fix));
    }
    return tokenFrom(answer?.accessToken, ctx, what);
}
/** Long enough for the rest of the step, bounded by IAM's default maximum of one hour. */
function lifetimeSeconds(ctx) {
    const needed = Math.ceil(ctx.deadline.remaining() / 1000) + 60;
    return Math.min(3600, Math.max(600, needed));
}
function impersonationFix(err, account, provider, ctx) {
    if (!(err instanceof http/* HttpError */.j$) || (err.status !== 403 && err.status !== 404))
        return undefined;
    return `Grant roles/iam.workloadIdentityUser on ${account} to ${repositoryPrincipal(provider, ctx)} (gcloud iam service-accounts add-iam-policy-binding ${account} --role=roles/iam.workloadIdentityUser --member=...); GCP says the same when the service account does not exist, so check ${SA_INPUT} too.`;
}
// ---- token helpers -----------------------------------------------------------------------------
/** Mask first, then validate: even a malformed token is a credential. */
function tokenFrom(value, ctx, what) {
    if (typeof value === 'string' && value)
        ctx.mask(value);
    if (typeof value !== 'string' || !value.trim()) {
        throw new AuthFailed({
            kind: 'invalid',
            message: `${what} answered without an access token.`,
            fix: 'Check that the GATEHOUSE_GCP_* endpoint overrides, if any, point at the real Google APIs.',
        });
    }
    return value;
}
/**
 * A failed authentication step: a 4xx from STS or IAM Credentials means the credentials were
 * refused (auth, whatever the status); network errors, 5xx and deadlines stay `unavailable`.
 */
function authStepFailure(err, what, fix) {
    const bad = (0,failure/* malformedAnswer */.eA)(err, what, 'Google API');
    if (bad)
        return bad;
    const refused = err instanceof http/* HttpError */.j$ && err.status !== undefined && err.status >= 400 && err.status < 500 && !retryable(err.status);
    const kind = refused ? 'auth' : undefined;
    return (0,failure/* failureFrom */.Ju)(err, what, fix ? { auth: fix } : {}, kind);
}
function retryable(status) {
    return status === 408 || status === 429;
}
/** The principal set of this repository in the pool, for IAM bindings in fixes. */
function repositoryPrincipal(provider, ctx) {
    const pool = provider.replace(/\/providers\/[^/]+$/, '');
    const repository = ctx.env['GITHUB_REPOSITORY'] || '<owner>/<repo>';
    return `principalSet://iam.googleapis.com/${pool}/attribute.repository/${repository}`;
}
/** Google's "API has not been used in project ... or it is disabled" 403. */
function apiDisabledFix(err, api) {
    if (!(err instanceof http/* HttpError */.j$) || err.status !== 403)
        return undefined;
    const text = JSON.stringify(err.body ?? '');
    if (!/SERVICE_DISABLED|has not been used in project|it is disabled/.test(text))
        return undefined;
    return `Enable the API in the project: gcloud services enable ${api} --project=<project>.`;
}

/** The `:access` URL of a version; undefined when the location cannot be a host name label. */
function accessUrl(locator, urls) {
    const { project, location, secret, version } = locator;
    if (location !== undefined && !/^[a-z0-9-]+$/.test(location))
        return undefined;
    const where = location === undefined ? '' : `/locations/${location}`;
    const host = urls.secretmanager ??
        (location === undefined ? 'https://secretmanager.googleapis.com' : `https://secretmanager.${location}.rep.googleapis.com`);
    const path = `/v1/projects/${encodeURIComponent(project)}${where}/secrets/${encodeURIComponent(secret)}/versions/${encodeURIComponent(version || 'latest')}:access`;
    return `${host}${path}`;
}
function readFailure(err, what, ctx) {
    const bad = (0,failure/* malformedAnswer */.eA)(err, what, 'Google API');
    if (bad)
        return bad;
    const status = googleStatus(err);
    const detail = err instanceof http/* HttpError */.j$ ? (err.detail ?? '') : '';
    const fixes = {
        'not-found': 'Check the project, secret and version (gcloud secrets versions list <secret> --project=<project>), or mark the reference optional with NAME?=.',
        denied: `Grant roles/secretmanager.secretAccessor on the secret to ${principal(ctx)}; GCP also answers PERMISSION_DENIED when the secret may not exist, so check its name too.`,
        auth: 'The access token was refused: check the workload identity provider and service account settings.',
    };
    let kind;
    if (status === 'NOT_FOUND')
        kind = 'not-found';
    else if (status === 'PERMISSION_DENIED')
        kind = 'denied';
    else if (status === 'UNAUTHENTICATED')
        kind = 'auth';
    else if (status === 'FAILED_PRECONDITION' && /DESTROYED state/i.test(detail)) {
        kind = 'not-found';
        fixes['not-found'] = 'That version was destroyed and cannot be read again: reference another version (or latest).';
    }
    else if (status === 'FAILED_PRECONDITION' && /DISABLED state/i.test(detail)) {
        kind = 'denied';
        fixes.denied =
            'That version is disabled: enable it (gcloud secrets versions enable <version> --secret=<secret>) or reference another version.';
    }
    const disabledApi = apiDisabledFix(err, 'secretmanager.googleapis.com');
    if (disabledApi)
        fixes.denied = disabledApi;
    return (0,failure/* failureFrom */.Ju)(err, what, fixes, kind);
}
/** `error.status` of Google's error body (NOT_FOUND, PERMISSION_DENIED, ...). */
function googleStatus(err) {
    if (!(err instanceof http/* HttpError */.j$))
        return undefined;
    const status = err.body?.error?.status;
    return typeof status === 'string' ? status : undefined;
}
/** Who needs the Secret Accessor role: the impersonated account, or the repository's principal set. */
function principal(ctx) {
    const account = ctx.settings.gcp.serviceAccount.trim();
    return account ? `serviceAccount:${account}` : repositoryPrincipal(providerResource(ctx.settings.gcp.workloadIdentityProvider), ctx);
}
// ---- payload -----------------------------------------------------------------------------------
function decodeAnswer(answer, what) {
    const data = answer?.payload?.data;
    const bytes = typeof data === 'string' ? decodeBase64(data) : undefined;
    if (typeof data !== 'string' || data === '')
        return invalid(`${what} answered with an empty payload.`, 'Add a version with data.');
    if (!bytes)
        return invalid(`${what} answered with payload data that is not base64.`);
    const checked = checkCrc(bytes, answer?.payload?.dataCrc32c);
    if (checked)
        return invalid(`${what}: ${checked}`, 'Re-run the job; if it persists, look for a proxy that rewrites answers between the runner and Google.');
    const version = typeof answer?.name === 'string' ? /\/versions\/([^/]+)$/.exec(answer.name)?.[1] : undefined;
    // Not UTF-8: binary data (a keystore, a DER key) stays bytes.
    const text = (0,utf8/* decodeUtf8 */._)(bytes, { keepBom: true });
    const value = text === undefined ? { kind: 'bytes', bytes } : { kind: 'text', text };
    return { ok: true, value, ...(version ? { version } : {}) };
}
/** Standard or URL-safe base64, padded or not (the Google action accepts both); undefined if neither. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1)
        return undefined;
    return new Uint8Array(Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}
/** Why the checksum does not hold, or undefined when it does or none was sent. */
function checkCrc(bytes, sent) {
    if (sent === undefined || sent === null)
        return undefined;
    const text = typeof sent === 'number' ? String(sent) : typeof sent === 'string' ? sent.trim() : '';
    if (!/^\d+$/.test(text))
        return 'answered with a dataCrc32c that is not a decimal integer.';
    if (BigInt(text) !== BigInt(crc32c(bytes)))
        return 'the payload does not match its dataCrc32c checksum (corrupted in transit).';
    return undefined;
}
function invalid(message, fix = 'Check that the endpoint is the real Secret Manager API.') {
    return (0,failure/* failed */.gz)({ kind: 'invalid', message, fix });
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