"use strict";
exports.id = 546;
exports.ids = [546];
exports.modules = {

/***/ 9546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var checkSettings = (function checkSettings(settings) {
    const tenant = settings.azure.tenantId.trim();
    const client = settings.azure.clientId.trim();
    const where = 'Copy it from the app registration (or managed identity) overview in the Azure portal, or from az account show.';
    if (!tenant)
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('azure-tenant-id', 'is required for azure-kv references', `Set it to the directory (tenant) ID. ${where}`);
    if (/^(common|organizations|consumers)$/i.test(tenant)) {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('azure-tenant-id', 'must name one tenant', 'Federated client credentials need the tenant ID (a GUID) or its domain.', tenant);
    }
    if (!GUID.test(tenant) && !DOMAIN.test(tenant)) {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('azure-tenant-id', 'is neither a tenant ID (GUID) nor a domain', `Use e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47 or contoso.onmicrosoft.com. ${where}`, tenant);
    }
    if (!client)
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('azure-client-id', 'is required for azure-kv references', `Set it to the application (client) ID. ${where}`);
    if (!GUID.test(client))
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('azure-client-id', 'is not an application (client) ID (a GUID)', where, client);
});
var readSecret = (async function readSecret(read, target, token, ctx) {
    const what = `Key Vault ${read.key}`;
    let bundle;
    try {
        bundle = await (0,_gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(target.url, {
            headers: { authorization: `Bearer ${token}` },
            deadline: ctx.deadline,
            ca: ctx.ca,
        });
    }
    catch (err) {
        return (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(readFailure(err, what, ctx));
    }
    if (typeof bundle?.value !== 'string') {
        return (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)({
            kind: 'invalid',
            message: `${what} answered without a secret value.`,
            fix: 'Check that the reference names a secret (not a key or certificate) and that GATEHOUSE_AZURE_KEYVAULT_URL, if set, is a Key Vault.',
        });
    }
    const version = typeof bundle.id === 'string' ? versionOf(bundle.id) : undefined;
    return { ok: true, value: { kind: 'text', text: bundle.value }, ...(version ? { version } : {}) };
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_AUDIENCE: () => (/* binding */ AZURE_AUDIENCE),
/* harmony export */   checkSettings: () => (/* binding */ checkSettings),
/* harmony export */   fetchAll: () => (/* binding */ fetchAll)
/* harmony export */ });
/* harmony import */ var _gatehouse_core_oidc__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6824);
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6775);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6962);
// Azure Key Vault through Entra workload identity federation (reference/secret-providers.md \u00a72.4):
// a GitHub OIDC token for `api://AzureADTokenExchange` is the client assertion of a
// client-credentials request to Entra ID, one per Key Vault resource (public cloud, US Government,
// China, ...), and each secret is read with Key Vault's Get Secret.
//
// Decisions:
// - The authority is AZURE_AUTHORITY_HOST (the Azure SDKs' variable) when set; otherwise it follows
//   the vault's cloud (`.vault.usgovcloudapi.net` -> login.microsoftonline.us, ...), so a
//   sovereign-cloud vault works without extra settings.
// - A locator vault with a dot is a full host, which must have the form `<name>.vault.<cloud suffix>`;
//   the token scope is `https://vault.<cloud suffix>/.default`.
// - An empty secret value is returned as empty text: Key Vault stores it, and it is not a malformed answer.
// - A 401 from Key Vault names the tenant the vault trusts (AKV10032 "Expected ..., found ...");
//   when it differs from the token's, the message says the vault lives in another tenant. Core
//   http's HttpError keeps the body but not the WWW-Authenticate header, so the body is what is read.





const AZURE_AUDIENCE = 'api://AzureADTokenExchange';
const API_VERSION = '7.4';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;
const VAULT_NAME = /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/i;
const VAULT_HOST = /^([a-z][a-z0-9-]{1,22}[a-z0-9])\.(vault\.[a-z0-9.-]+[a-z0-9])$/i;
/** Entra authority per Key Vault DNS suffix (learn.microsoft.com, "Azure Key Vault sovereign clouds"). */
const AUTHORITY_OF = {
    'vault.azure.net': 'https://login.microsoftonline.com',
    'vault.usgovcloudapi.net': 'https://login.microsoftonline.us',
    'vault.azure.cn': 'https://login.chinacloudapi.cn',
    'vault.microsoftazure.de': 'https://login.microsoftonline.de',
};
// ---- settings ----------------------------------------------------------------------------------

/** Where a locator's secret lives and how to get a token for it; a ReadFailure when the vault is not usable. */
function targetOf(locator, env) {
    const vault = locator.vault.trim().toLowerCase();
    const host = vault.includes('.') ? VAULT_HOST.exec(vault) : VAULT_NAME.test(vault) ? [vault, vault, 'vault.azure.net'] : null;
    if (!host) {
        return {
            kind: 'invalid',
            message: `Key Vault '${locator.vault}' is neither a vault name nor a Key Vault host.`,
            fix: 'Use the vault name (3-24 letters, digits and hyphens) or its full host, e.g. myvault.vault.usgovcloudapi.net.',
        };
    }
    const suffix = host[2];
    const override = env['GATEHOUSE_AZURE_KEYVAULT_URL']?.trim();
    const base = override ? override.replace(/\{vault\}/g, encodeURIComponent(vault)).replace(/\/+$/, '') : `https://${host[1]}.${suffix}`;
    const version = locator.version ? `/${encodeURIComponent(locator.version)}` : '';
    return {
        url: `${base}/secrets/${encodeURIComponent(locator.secret)}${version}?api-version=${API_VERSION}`,
        scope: `https://${suffix}/.default`,
        authority: authorityFor(suffix, env),
    };
}
function authorityFor(suffix, env) {
    const configured = env['AZURE_AUTHORITY_HOST']?.trim().replace(/\/+$/, '');
    return configured || (AUTHORITY_OF[suffix] ?? 'https://login.microsoftonline.com');
}
function isFailure(value) {
    return 'kind' in value;
}
const fetchAll = async (reads, ctx) => {
    if (reads.length === 0)
        return [];
    const targets = reads.map((read) => targetOf(read.locator, ctx.env));
    const needed = targets.filter((t) => !isFailure(t));
    if (needed.length === 0)
        return targets.map((t) => (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(t));
    const assertion = await githubToken(ctx);
    // One token per authority and scope; every read of that cloud waits for the same promise.
    const tokens = new Map();
    for (const target of needed) {
        const key = `${target.authority} ${target.scope}`;
        if (!tokens.has(key))
            tokens.set(key, 'failure' in assertion ? Promise.resolve(assertion) : entraToken(target, assertion.token, ctx));
    }
    return Promise.all(reads.map(async (read, i) => {
        const target = targets[i];
        if (isFailure(target))
            return (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G)(ctx, read, (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(target));
        const token = await tokens.get(`${target.authority} ${target.scope}`);
        if ('failure' in token)
            return (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G)(ctx, read, (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(token.failure));
        return (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G)(ctx, read, await ctx.limit(() => readSecret(read, target, token.token, ctx)));
    }));
};
async function githubToken(ctx) {
    try {
        return { token: await ctx.idToken(AZURE_AUDIENCE) };
    }
    catch (err) {
        return { failure: (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFrom */ .Ju)(err, 'GitHub OIDC token for Azure') };
    }
}
// ---- Entra ID ----------------------------------------------------------------------------------
async function entraToken(target, assertion, ctx) {
    const { tenantId, clientId } = ctx.settings.azure;
    const tenant = tenantId.trim();
    const what = `Entra ID token request (tenant ${tenant}, scope ${target.scope})`;
    let answer;
    try {
        answer = await ctx.limit(() => (0,_gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(`${target.authority}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
            method: 'POST',
            form: {
                client_id: clientId.trim(),
                scope: target.scope,
                client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
                client_assertion: assertion,
                grant_type: 'client_credentials',
            },
            deadline: ctx.deadline,
            ca: ctx.ca,
        }));
    }
    catch (err) {
        return { failure: entraFailure(err, what, assertion, ctx) };
    }
    const token = answer?.access_token;
    if (typeof token === 'string' && token)
        ctx.mask(token); // before anything else can log it
    if (typeof token !== 'string' || !token.trim()) {
        return {
            failure: {
                kind: 'invalid',
                message: `${what} answered without an access_token.`,
                fix: 'Check that AZURE_AUTHORITY_HOST, if set, is an Entra ID authority.',
            },
        };
    }
    return { token };
}
function entraFailure(err, what, assertion, ctx) {
    const bad = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedAnswer */ .eA)(err, what, 'Azure service');
    if (bad)
        return bad;
    const refused = err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ && (err.status === 400 || err.status === 401 || err.status === 403);
    const fix = refused ? aadstsFix(aadstsCode(err), subjectOf(assertion), ctx) : undefined;
    return (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFrom */ .Ju)(err, what, fix ? { auth: fix } : {}, refused ? 'auth' : undefined);
}
/** The AADSTS number of an Entra error: `error_codes[0]`, else the one in the description. */
function aadstsCode(err) {
    const body = err.body;
    const first = Array.isArray(body?.error_codes) ? body.error_codes[0] : undefined;
    if (typeof first === 'number')
        return first;
    const match = /AADSTS(\d+)/.exec(typeof body?.error_description === 'string' ? body.error_description : (err.detail ?? ''));
    return match ? Number(match[1]) : undefined;
}
/** The token's `sub` (not secret: it is `repo:owner/name:...`), for fixes that must quote it. */
function subjectOf(assertion) {
    try {
        const sub = (0,_gatehouse_core_oidc__WEBPACK_IMPORTED_MODULE_0__/* .decodeClaims */ .Yq)(assertion).sub;
        return typeof sub === 'string' && sub ? sub : "this job's token subject";
    }
    catch {
        return "this job's token subject";
    }
}
function aadstsFix(code, sub, ctx) {
    const client = ctx.settings.azure.clientId.trim();
    const credential = `az ad app federated-credential create --id ${client} --parameters '{"name":"github","issuer":"https://token.actions.githubusercontent.com","subject":"${sub}","audiences":["${AZURE_AUDIENCE}"]}'`;
    switch (code) {
        case 70021:
            return `No federated credential of app ${client} matches this token: add one with issuer https://token.actions.githubusercontent.com, audience ${AZURE_AUDIENCE} and subject ${sub} (${credential}).`;
        case 700213:
            return `The federated credential's subject must equal the token's sub exactly, here ${sub} (e.g. repo:owner/repo:environment:production for a job with an environment).`;
        case 7002138:
            return `Subjects are compared case-sensitively: set the federated credential's subject to exactly ${sub} (owner, repository and environment names keep their case).`;
        case 700212:
            return `Set the federated credential's audience to ${AZURE_AUDIENCE}, the audience Gatehouse asks GitHub for.`;
        case 700024:
            return "The token was outside its validity window: check the runner's clock, and re-run the job.";
        case 700016:
            return `App ${client} is not registered in tenant ${ctx.settings.azure.tenantId.trim()}: check azure-client-id and azure-tenant-id.`;
        case 90002:
        case 900023:
            return 'Check azure-tenant-id; for a sovereign cloud set AZURE_AUTHORITY_HOST to its authority (e.g. https://login.microsoftonline.us).';
        case 500011:
            return "The vault's cloud does not match the authority: use the vault's full host (e.g. myvault.vault.usgovcloudapi.net) and, if set, a matching AZURE_AUTHORITY_HOST.";
        default:
            return undefined;
    }
}

/** `https://v.vault.azure.net/secrets/<name>/<version>` -> `<version>`. */
function versionOf(id) {
    const path = URL.canParse(id) ? new URL(id).pathname : id;
    return /\/secrets\/[^/]+\/([^/]+)\/?$/.exec(path)?.[1];
}
function readFailure(err, what, ctx) {
    const bad = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedAnswer */ .eA)(err, what, 'Azure service');
    if (bad)
        return bad;
    const client = ctx.settings.azure.clientId.trim();
    const fixes = {
        'not-found': 'Check the vault and secret names (az keyvault secret show --vault-name <vault> --name <secret>), or mark the reference optional with NAME?=.',
        denied: deniedFix(err, client),
        // A wrong vault name fails DNS; an answer (a 5xx after retries) means the name was right.
        unavailable: err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ && err.status !== undefined
            ? 'Key Vault is unavailable or throttling; re-run the job later, or raise the timeout input.'
            : 'Check the vault name (a wrong name fails DNS) and that the vault is reachable from the runner.',
    };
    const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFrom */ .Ju)(err, what, fixes);
    if (!(err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$) || err.status !== 401)
        return failure;
    return unauthorized(failure, err, ctx);
}
function deniedFix(err, client) {
    const body = (err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ ? err.body : undefined);
    const inner = body?.error?.innererror?.code ?? body?.error?.innerError?.code;
    const message = typeof body?.error?.message === 'string' ? body.error.message : '';
    if (inner === 'SecretDisabled' || /disabled secret/i.test(message)) {
        return 'The secret (or that version) is disabled: enable it (az keyvault secret set-attributes --vault-name <vault> --name <secret> --enabled true) or reference another version.';
    }
    if (inner === 'ForbiddenByFirewall') {
        return "The vault's firewall refuses the runner's address: allow it in the vault's networking settings, or run on a runner inside the vault's network.";
    }
    if (inner === 'ForbiddenByRbac') {
        return `Assign the role 'Key Vault Secrets User' on the vault (or the secret) to app ${client}: az role assignment create --role "Key Vault Secrets User" --assignee ${client} --scope <vault resource ID>.`;
    }
    if (inner === 'AccessDenied' || inner === 'ForbiddenByPolicy' || /access polic|permission on key vault/i.test(message)) {
        return `Give app ${client} an access policy with Get on secrets: az keyvault set-policy --name <vault> --spn ${client} --secret-permissions get (or switch the vault to Azure RBAC and assign 'Key Vault Secrets User').`;
    }
    return `Let app ${client} read the secret: assign 'Key Vault Secrets User' (RBAC vaults) or an access policy with Get on secrets.`;
}
/**
 * A 401 from Key Vault: the token was refused. When the vault names the tenant it trusts and the
 * token came from another one, say so: no role assignment fixes a vault in another directory.
 */
function unauthorized(failure, err, ctx) {
    const tenant = ctx.settings.azure.tenantId.trim();
    const text = String(err.body?.error?.message ?? err.detail ?? '');
    const issuer = /Expected one of (.*?),? found ([^\s,]+)/i.exec(text);
    const expected = issuer ? tenantsIn(issuer[1]) : [];
    const found = issuer ? tenantsIn(issuer[2])[0] : undefined;
    if (expected.length > 0 && found !== undefined && !expected.includes(found)) {
        return {
            ...failure,
            message: `${failure.message.replace(/\.$/, '')}; the vault belongs to tenant ${expected.join(' or ')}, not azure-tenant-id ${tenant}.`,
            fix: "Set azure-tenant-id to the vault's tenant and use an app registered there, or read from a vault in this tenant.",
        };
    }
    if (/AKV10022|Invalid audience/i.test(text)) {
        return {
            ...failure,
            fix: "The token is for another cloud's Key Vault: use the vault's full host (e.g. myvault.vault.usgovcloudapi.net).",
        };
    }
    return {
        ...failure,
        fix: `Key Vault refused the token of app ${ctx.settings.azure.clientId.trim()}: check azure-tenant-id and the vault's tenant.`,
    };
}
function tenantsIn(text) {
    return [...text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)].map((m) => m[0].toLowerCase());
}
// ---- helpers -----------------------------------------------------------------------------------


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