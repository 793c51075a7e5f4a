"use strict";
exports.id = 807;
exports.ids = [807];
exports.modules = {

/***/ 5807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
var checkSettings = (function checkSettings(settings) {
    const s = settings.vault;
    checkUrl(s.url);
    if (!['jwt', 'approle', 'token'].includes(s.auth)) {
        throw inputError('vault-auth', 'must be jwt, approle or token', 'Use jwt (GitHub OIDC, recommended), approle or token.', String(s.auth));
    }
    if (s.auth === 'approle') {
        if (!s.roleId)
            throw inputError('vault-role-id', 'is required with vault-auth: approle', "Pass the AppRole's role_id.");
        if (!s.secretId) {
            throw inputError('vault-secret-id', 'is required with vault-auth: approle', 'Pass a secret_id from a repository or environment secret.');
        }
    }
    if (s.auth === 'token' && !s.token) {
        throw inputError('vault-token', 'is required with vault-auth: token', 'Pass the token from a secret, or use vault-auth: jwt instead.');
    }
});
var checkUrl = (function checkUrl(url) {
    const example = 'Use the address of the Vault server, e.g. https://vault.example.com:8200.';
    if (!url)
        throw inputError('vault-url', 'is required', example);
    // Not echoed when it does not parse: it may carry credentials in a form we cannot strip.
    if (!URL.canParse(url))
        throw inputError('vault-url', 'is not an absolute URL', example);
    const parsed = new URL(url);
    const shown = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        throw inputError('vault-url', 'must be an http(s) URL', example, shown);
    if (parsed.username || parsed.password) {
        throw inputError('vault-url', 'must not carry credentials', 'Remove user:password@ from the URL and use vault-auth.', shown);
    }
    if (parsed.search || parsed.hash)
        throw inputError('vault-url', 'must not have a query or fragment', example, shown);
    if (/\/v1\/?$/.test(parsed.pathname)) {
        throw inputError('vault-url', 'must not end in /v1', 'Give the server address without /v1 (like VAULT_ADDR); Gatehouse adds /v1/.', shown);
    }
});
var warnPlainHttp = (function warnPlainHttp(base, ctx) {
    if (!URL.canParse(base))
        return;
    const url = new URL(base);
    if (url.protocol !== 'http:' || isLoopback(url.hostname))
        return;
    ctx.info(`Warning: vault-url uses plain http to ${url.host}: the Vault token and the secrets cross the network unencrypted. ` +
        'Use https unless Vault runs as a service container of this job.');
});
var isLoopback = (function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
});
var vaultHeaders = (function vaultHeaders(namespace, token) {
    const headers = {};
    if (namespace)
        headers['x-vault-namespace'] = namespace;
    if (token)
        headers['x-vault-token'] = token;
    return headers;
});
var baseOptions = (function baseOptions(ctx, token) {
    return { headers: vaultHeaders(ctx.settings.vault.namespace, token), deadline: ctx.deadline, ca: ctx.ca, retryStatus: vaultRetryStatus };
});
var authenticate = (async function authenticate(base, s, ctx) {
    if (s.auth === 'token') {
        if (!s.token)
            throw new LoginFailure(missingInput('vault-token', 'token'));
        ctx.mask(s.token);
        return s.token;
    }
    const mount = authMount(s);
    const body = s.auth === 'approle' ? approleBody(s, ctx) : { jwt: await githubToken(s, ctx), role: s.role };
    const url = `${base}/v1/auth/${encodePath(mount)}/login`;
    const answer = await ctx.limit(() => fetchJson(url, { ...baseOptions(ctx), method: 'POST', json: body }));
    const auth = isRecord(answer?.auth) ? answer.auth : undefined;
    const token = auth?.client_token;
    // Masked before anything else looks at the answer: nothing below may print it, but be sure.
    if (typeof token === 'string' && token)
        ctx.mask(token);
    if (typeof auth?.accessor === 'string' && auth.accessor)
        ctx.mask(auth.accessor);
    debugWarnings(answer, `Vault login (auth/${mount})`, ctx);
    if (typeof token !== 'string' || !token) {
        throw new LoginFailure({
            kind: 'auth',
            message: `Vault login (auth/${mount}) answered without auth.client_token.`,
            fix: 'Check that vault-url points at the Vault API and vault-auth-path at a jwt or approle auth mount.',
        });
    }
    ctx.saveState(VAULT_TOKEN_STATE, token);
    const policies = Array.isArray(auth?.policies) ? auth.policies.join(', ') : 'unknown';
    const ttl = typeof auth?.lease_duration === 'number' ? `, ttl ${formatDuration(auth.lease_duration * 1000)}` : '';
    ctx.debug(`Vault login (auth/${mount}): policies ${policies}${ttl}.`);
    return token;
});
var readSecret = (async function readSecret(read, session, ctx) {
    const path = trimSlashes(read.locator.path);
    const { version } = read.locator;
    const query = version === undefined ? '' : `?version=${version}`;
    let answer;
    try {
        answer = await ctx.limit(() => fetchJson(`${session.base}/v1/${encodePath(path)}${query}`, baseOptions(ctx, session.token)));
    }
    catch (err) {
        return failed(await readFailure(err, path, version, session, ctx));
    }
    return outcomeOf(answer, path, ctx);
});
var outcomeOf = (function outcomeOf(answer, path, ctx) {
    const what = `Vault read ${path}`;
    if (!isRecord(answer))
        return failed(invalid(`${what} answered with JSON that is not an object.`));
    debugWarnings(answer, what, ctx);
    const { data } = answer;
    if (!isRecord(data)) {
        return failed(invalid(`${what} answered without data.`, `Check that ${path} is something Vault reads with GET (a KV secret, dynamic credentials); list and write endpoints are not supported.`));
    }
    if (isKv2Read(answer, data, path)) {
        const { metadata } = data;
        if (data['data'] === null)
            return failed(gone(path, data['metadata']));
        return { ok: true, value: { kind: 'json', data: data['data'] }, version: String(metadata.version) };
    }
    logLease(answer, path, ctx);
    return { ok: true, value: { kind: 'json', data } };
});
var isKv2Read = (function isKv2Read(answer, data, path) {
    if (typeof answer['mount_type'] === 'string' && answer['mount_type'] !== 'kv')
        return false;
    if (!hasDataSegment(path))
        return false;
    const meta = data['metadata'];
    return (isRecord(meta) &&
        typeof meta['version'] === 'number' &&
        typeof meta['created_time'] === 'string' &&
        (data['data'] === null || isRecord(data['data'])));
});
var debugWarnings = (function debugWarnings(answer, what, ctx) {
    const warnings = isRecord(answer) ? answer['warnings'] : undefined;
    if (!Array.isArray(warnings))
        return;
    for (const warning of warnings)
        if (typeof warning === 'string')
            ctx.debug(`${what}: Vault warning: ${vault_oneLine(warning)}`);
});
var isRecord = (function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
});
var trimSlashes = (function trimSlashes(path) {
    return path.replace(/^\/+|\/+$/g, '');
});
var encodePath = (function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
});
var hasDataSegment = (function hasDataSegment(path) {
    return path.split('/').slice(1).includes('data');
});
__webpack_require__.d(__webpack_exports__, {
  revokeToken: () => (/* binding */ revokeToken)
});

// UNUSED EXPORTS: VAULT_TOKEN_STATE, checkSettings, fetchAll, vaultRetryStatus

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/http.ts + 1 modules
var http = __webpack_require__(8496);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/failure.ts
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
function failure_failureFrom(err, what, fixes = {}, kind) {
    const status = err instanceof HttpError ? err.status : undefined;
    // A missed deadline is the step's budget running out, whatever the last answer was.
    if (err instanceof GatehouseError && err.code === 'DEADLINE_EXCEEDED') {
        return {
            kind: kind ?? 'unavailable',
            status,
            message: oneLine(`${what} failed: ${messageOf(err)}`),
            fix: fixes.unavailable ?? err.fix ?? GENERIC_FIXES.unavailable,
        };
    }
    const resolved = kind ?? (err instanceof HttpError ? (err.status === undefined ? 'unavailable' : kindOfStatus(err.status)) : errorKind(err));
    const detail = err instanceof HttpError && err.detail ? `: ${err.detail}` : '';
    const base = err instanceof HttpError && err.status !== undefined ? `${what} answered ${err.status}${detail}` : `${what} failed: ${messageOf(err)}`;
    return {
        kind: resolved,
        status,
        message: oneLine(base),
        fix: fixes[resolved] ?? (err instanceof GatehouseError && err.fix ? err.fix : GENERIC_FIXES[resolved]),
    };
}
/** The message alone: describeError would append the error's own fix, and the failure has one. */
function messageOf(err) {
    return err instanceof Error ? err.message : describeError(err);
}
function errorKind(err) {
    if (err instanceof GatehouseError && (err.code === 'DEADLINE_EXCEEDED' || err.code === 'HTTP_TIMEOUT'))
        return 'unavailable';
    if (err instanceof GatehouseError && (err.code === 'OIDC_FAILED' || err.code === 'OIDC_UNAVAILABLE'))
        return 'auth';
    return 'invalid';
}
/** The same failed outcome for every read (an authentication failure fails them all). */
function failure_failAll(count, failure) {
    return Array.from({ length: count }, () => ({ ok: false, failure }));
}
/**
 * A 2xx whose body could not be used (core http's message says it is not JSON without quoting it),
 * or undefined when `err` is something else. `service` names the real API in the fix.
 */
function malformedAnswer(err, what, service) {
    if (!(err instanceof HttpError) || err.status === undefined || err.status < 200 || err.status >= 300)
        return undefined;
    return {
        kind: 'invalid',
        status: err.status,
        message: `${what}: ${err.message}`,
        fix: `Check that the endpoint is the real ${service} and not a proxy or captive portal.`,
    };
}
function failure_failed(failure) {
    return { ok: false, failure };
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 400 ? `${line.slice(0, 399)}\u2026` : line;
}

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/vault.ts
// HashiCorp Vault: log in once (GitHub OIDC JWT, AppRole, or a given token), then GET each path.
// Wire protocol as in reference/secret-providers.md \u00a72.1 and Vault's API docs (auth/jwt,
// auth/approle, secret/kv/kv-v1, secret/kv/kv-v2, auth/token revoke-self). Differences from
// hashicorp/vault-action, on purpose:
// - KV v2 is recognised by the whole shape of the answer (a `data` object plus `metadata` with a
//   version and a created_time, on a `.../data/...` path), not by `data.data !== undefined`, so a
//   KV v1 secret with a key named `data` is returned whole.
// - The token obtained by login is saved for the post step, which revokes it (revoke-self).
// - The classic KV v2 mistake (a path without `/data/`) fails with the corrected path.





/** The state name under which the token obtained by login is saved for the post step. */
const VAULT_TOKEN_STATE = 'vault-token';
/** Core's retry statuses plus 412: an Enterprise performance standby that has not yet caught up
 *  with the index the request needs ("required index state not present") heals within seconds. */
function vaultRetryStatus(status) {
    return status === 412 || (0,http/* defaultRetryStatus */.UI)(status);
}
// ---- settings ----------------------------------------------------------------------------------
/**
 * Check the Vault inputs before any request: one line naming the input, the problem and the fix.
 * A path after the host is kept (Vault behind a reverse proxy under a prefix); plain http is
 * allowed (service containers: http://vault:8200) and only warned about by fetchAll.
 */


/** The auth mount: the input with slashes trimmed, or the method's default mount. */
function authMount(s) {
    return trimSlashes(s.authPath) || (s.auth === 'approle' ? 'approle' : 'jwt');
}
const fetchAll = async (reads, ctx) => {
    // No reads, no login: a token nobody uses is only something to leak and revoke.
    if (reads.length === 0)
        return [];
    const settings = ctx.settings.vault;
    const base = settings.url.replace(/\/+$/, '');
    warnPlainHttp(base, ctx);
    let token;
    try {
        const login = authenticate(base, settings, ctx);
        if (settings.auth !== 'token')
            openReadConnections(base, reads.length, ctx);
        token = await login;
    }
    catch (err) {
        return failAll(reads.length, err instanceof LoginFailure ? err.failure : loginFailure(err, settings));
    }
    const session = { base, token, settings };
    return Promise.all(reads.map(async (read) => settle(ctx, read, await readSecret(read, session, ctx))));
};
/**
 * A login takes round trips (and the GitHub OIDC token one before it): the reads' connections open
 * meanwhile, so their TCP and TLS handshakes are not paid after it. Deferred to the next turn of
 * the event loop, once the login's first request is on the wire: opening fifty connections takes
 * the CPU for a while, and that should overlap the wait, not delay it. With a token there is no
 * login to wait for, and the reads open their own connections.
 */
function openReadConnections(base, reads, ctx) {
    setImmediate(() => {
        preconnect(base, { ca: ctx.ca, connections: Math.min(reads, ctx.concurrency) }).catch(() => { });
    });
}




// ---- login -------------------------------------------------------------------------------------
/** A login that already has its ReadFailure (the answer was unusable, or an input is missing). */
class LoginFailure extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
/** The token every read uses. Tokens obtained by login are masked and saved for revocation. */

function approleBody(s, ctx) {
    if (!s.roleId)
        throw new LoginFailure(missingInput('vault-role-id', 'approle'));
    if (!s.secretId)
        throw new LoginFailure(missingInput('vault-secret-id', 'approle'));
    ctx.mask(s.secretId);
    return { role_id: s.roleId, secret_id: s.secretId };
}
/**
 * The GitHub OIDC token for jwt auth. An empty vault-jwt-audience asks for GitHub's default
 * audience (`https://github.com/<owner>`), as vault-action does when jwtGithubAudience is empty:
 * it passes the input to core.getIDToken unchanged.
 */
async function githubToken(s, ctx) {
    try {
        return await ctx.idToken(s.jwtAudience);
    }
    catch (err) {
        throw new LoginFailure(failureFrom(err, 'GitHub OIDC token for Vault'));
    }
}
function missingInput(input, auth) {
    return { kind: 'auth', message: `Vault login needs ${input} with vault-auth: ${auth}, and it is empty.`, fix: `Set ${input}.` };
}
/** Vault refused the login (4xx): `auth` for every read; an outage stays `unavailable`. */
function loginFailure(err, s) {
    const mount = authMount(s);
    const status = err instanceof HttpError ? err.status : undefined;
    if (status !== undefined && status < 300)
        return invalid(`Vault login (auth/${mount}) answered ${status} with a body that is not valid JSON.`, undefined, status);
    const refused = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 412;
    const detail = err instanceof HttpError ? (err.detail ?? '') : '';
    return failureFrom(err, `Vault login (auth/${mount})`, { auth: loginFix(detail, s, mount) }, refused ? 'auth' : undefined);
}
/** What to change, from Vault's own error text (vault-plugin-auth-jwt and approle messages). */
function loginFix(detail, s, mount) {
    const role = s.role || '<role>';
    if (/no handler for route|route entry not found|unsupported path/i.test(detail)) {
        return `No auth method is mounted at auth/${mount}: set vault-auth-path to the mount path shown by 'vault auth list'${s.namespace ? '' : ' (and vault-namespace on Vault Enterprise)'}.`;
    }
    if (/could not be found/i.test(detail)) {
        return `Set vault-role to an existing role of auth/${mount}, or create it: vault write auth/${mount}/role/${role} role_type=jwt ...`;
    }
    if (/missing role/i.test(detail))
        return `Set vault-role, or give the auth/${mount} mount a default_role.`;
    if (/aud/i.test(detail)) {
        const aud = s.jwtAudience || "GitHub's default, https://github.com/<owner>";
        return `Make the role's bound_audiences include the audience of the token (vault-jwt-audience: ${aud}), or set vault-jwt-audience to one of them.`;
    }
    if (/claim|bound_subject|\bsub\b/i.test(detail)) {
        return `The role's bound_claims do not match this workflow's OIDC token (repository, ref, environment, ...): adjust bound_claims of auth/${mount}/role/${role}, or run from a matching branch or environment.`;
    }
    if (/role id|secret id|role_id|secret_id/i.test(detail)) {
        return 'Check vault-role-id and vault-secret-id: secret IDs expire and may be limited in uses or source CIDRs.';
    }
    if (/expired|not yet valid|signature|issuer|keyset|jwks/i.test(detail)) {
        return `Check the jwt auth config of auth/${mount}: oidc_discovery_url and bound_issuer must be https://token.actions.githubusercontent.com.`;
    }
    if (/permission denied/i.test(detail))
        return `Check vault-auth-path (auth/${mount}) and vault-namespace.`;
    return s.auth === 'approle'
        ? 'Check vault-role-id, vault-secret-id and vault-auth-path against the AppRole in Vault.'
        : 'Check the Vault role for this repository: vault-role, bound_audiences (vault-jwt-audience) and bound_claims.';
}
// ---- reads -------------------------------------------------------------------------------------


/**
 * A KV v2 read has `data: {data, metadata: {version, created_time, ...}}`, on a `<mount>/data/...`
 * path, from a `kv` mount when the answer names one. vault-action looks only at
 * `data.data !== undefined`, which a KV v1 secret with a key `data` satisfies.
 */

/** Dynamic secrets (database/creds, aws/creds, ...) come with a lease; say so, never the values. */
function logLease(answer, path, ctx) {
    const leaseId = answer['lease_id'];
    if (typeof leaseId !== 'string' || !leaseId)
        return;
    const seconds = typeof answer['lease_duration'] === 'number' ? answer['lease_duration'] : 0;
    const renewable = answer['renewable'] === true ? ', renewable' : '';
    ctx.info(`Vault ${path}: read a leased secret (lease ${formatDuration(seconds * 1000)}${renewable}); it ends with its lease or when the token that read it is revoked.`);
}

// ---- read failures -----------------------------------------------------------------------------
async function readFailure(err, path, version, session, ctx) {
    const what = `Vault read ${path}`;
    if (!(err instanceof HttpError))
        return failureFrom(err, what);
    if (err.status === 404)
        return notFound(err, path, version, session, ctx);
    if (err.status === 412) {
        return failureFrom(err, what, { unavailable: "Vault's performance standby did not catch up in time; re-run the job." }, 'unavailable');
    }
    if (err.status !== undefined && err.status < 300) {
        // A 2xx whose body did not parse: core says so without quoting the body (it may hold a secret).
        return invalid(`${what} answered ${err.status} with a body that is not valid JSON.`, undefined, err.status);
    }
    return failureFrom(err, what, { denied: deniedFix(path, session.settings) });
}
function deniedFix(path, s) {
    const kv2 = hasDataSegment(path) ? '' : ' (KV v2 secrets are read at <mount>/data/<name>)';
    const who = s.auth === 'jwt'
        ? `Check the role's policies (read on ${path}) and the JWT role's bound_claims`
        : s.auth === 'approle'
            ? `Check the AppRole's token_policies (read on ${path})`
            : `Check the policies of vault-token (read on ${path})`;
    return `${who}${kv2}.`;
}
async function notFound(err, path, version, session, ctx) {
    const body = isRecord(err.body) ? err.body : {};
    const warnings = Array.isArray(body['warnings']) ? body['warnings'].filter((w) => typeof w === 'string') : [];
    if (warnings.some((w) => /invalid path for a versioned k\/v secrets engine/i.test(w))) {
        const suggested = await kv2Path(path, session, ctx);
        const query = version === undefined ? '' : `?version=${version}`;
        return {
            kind: 'not-found',
            status: 404,
            message: `Vault read ${path} answered 404: the path is on a KV v2 mount, whose secrets are read at <mount>/data/<name>.`,
            fix: `Use the path ${suggested}${query} (insert /data/ after the mount).`,
        };
    }
    const data = isRecord(body['data']) ? body['data'] : undefined;
    if (data && isRecord(data['metadata']) && data['data'] === null)
        return gone(path, data['metadata']);
    const which = version === undefined ? '' : ` version ${version}`;
    const detail = err.detail ? err.detail.replace(/[.\s]+$/, '') : 'no secret there';
    return {
        kind: 'not-found',
        status: 404,
        message: `Vault read ${path}${which} answered 404: ${detail}.`,
        fix: 'Check the path (KV v2: <mount>/data/<name>, KV v1: <mount>/<name>), or mark the reference optional with NAME?=.',
    };
}
/** A KV v2 version that was deleted (can be undeleted) or destroyed (cannot). */
function gone(path, metadata) {
    const version = typeof metadata['version'] === 'number' ? metadata['version'] : undefined;
    const which = version === undefined ? 'this version' : `version ${version}`;
    const secretPath = path.replace(/(^|\/)data\//, '$1');
    if (metadata['destroyed'] === true) {
        return {
            kind: 'not-found',
            status: 404,
            message: `Vault read ${path}: ${which} was destroyed.`,
            fix: 'A destroyed version cannot be restored: write a new version, or read another one with ?version=N.',
        };
    }
    const when = typeof metadata['deletion_time'] === 'string' && metadata['deletion_time'] ? ` at ${metadata['deletion_time']}` : '';
    return {
        kind: 'not-found',
        status: 404,
        message: `Vault read ${path}: ${which} was deleted${when}.`,
        fix: `Restore it (vault kv undelete -versions=${version ?? 'N'} ${secretPath}), write a new version, or read another one with ?version=N.`,
    };
}
/**
 * `path` with `data/` inserted after its mount. The mount is asked of Vault (the endpoint the
 * vault CLI uses for `vault kv`, allowed by the default policy), since mounts can be nested
 * (`team/kv/`); the first segment is the fallback.
 */
async function kv2Path(path, session, ctx) {
    let mount = path.split('/')[0] ?? '';
    try {
        const url = `${session.base}/v1/sys/internal/ui/mounts/${encodePath(path)}`;
        const answer = await ctx.limit(() => fetchJson(url, { ...baseOptions(ctx, session.token), maxAttempts: 1 }));
        const found = typeof answer?.data?.path === 'string' ? trimSlashes(answer.data.path) : '';
        if (found && `${path}/`.startsWith(`${found}/`))
            mount = found;
    }
    catch {
        // Best effort: the first segment is right for the usual one-level mounts.
    }
    const rest = trimSlashes(path.slice(mount.length));
    return rest ? `${mount}/data/${rest}` : `${mount}/data/<name>`;
}
function invalid(message, fix, status) {
    return {
        kind: 'invalid',
        status,
        message,
        fix: fix ?? 'Check that vault-url points at the Vault API and not at a proxy or login page.',
    };
}
/**
 * Revoke the token obtained by login (`POST /v1/auth/token/revoke-self`, 204; the default policy
 * allows it), which also revokes the leases it created. Throws HttpError when Vault refuses or is
 * unreachable; the post step reports that as a warning.
 */
async function revokeToken(options) {
    const base = options.url.replace(/\/+$/, '');
    await (0,http/* request */.Em)(`${base}/v1/auth/token/revoke-self`, {
        method: 'POST',
        headers: vaultHeaders(options.namespace, options.token),
        deadline: options.deadline,
        ca: options.ca,
        maxAttempts: 3,
        retryStatus: vaultRetryStatus,
    });
}
// ---- helpers -----------------------------------------------------------------------------------


/** Each segment percent-encoded, the slashes kept: names with spaces or `?` stay one path. */


function vault_oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}


/***/ })

};
;