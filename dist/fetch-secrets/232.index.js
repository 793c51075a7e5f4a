"use strict";
exports.id = 232;
exports.ids = [232];
exports.modules = {

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_OIDC_ISSUER: () => (/* binding */ GITHUB_OIDC_ISSUER),
/* harmony export */   verifyIdToken: () => (/* binding */ verifyIdToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
// Verifying a GitHub Actions OIDC token the way a relying party does, for decisions Gatehouse makes
// itself (fetch-secrets' environment policy). The token's URL comes from ACTIONS_ID_TOKEN_REQUEST_URL,
// which a workflow can override per step; a forged endpoint could hand out any `environment` claim.
// So the claims only count once the RS256 signature checks out against the JWKS of an issuer named
// by the policy file (never by the environment), with `iss`, `exp` and `nbf` checked too.
//
// Imported lazily: it pulls in node:crypto, which the start-up path avoids.



const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** Clock skew tolerated on exp/nbf, as most relying parties (Vault's default is 60 s too). */
const LEEWAY_SECONDS = 60;
/** Check `jwt` against the issuer's published keys and return its claims; throws OIDC_FAILED. */
async function verifyIdToken(jwt, options) {
    const issuer = options.issuer.replace(/\/+$/, '');
    const parts = jwt.split('.');
    if (parts.length !== 3)
        throw invalid('it is not a signed JWT (expected three parts)');
    const [head, body, signature] = parts;
    const header = decodeJson(head, 'header');
    // Only RS256: GitHub signs with it, and accepting what the token's header says invites alg confusion.
    if (header.alg !== 'RS256')
        throw invalid(`its algorithm is ${JSON.stringify(header.alg)}, not RS256`);
    const claims = decodeJson(body, 'payload');
    if (claims.iss !== issuer) {
        throw invalid(`it was issued by ${JSON.stringify(claims.iss)}, not ${issuer}`, 'Set secrets.issuer in the policy file to your GitHub (GHES: https://HOST/_services/token).');
    }
    const keys = await fetchKeys(issuer, options);
    const candidates = keys.filter((k) => k.kty === 'RSA' && (header.kid === undefined || k.kid === header.kid));
    if (candidates.length === 0)
        throw invalid(`no key of ${issuer} has its key id`);
    const data = Buffer.from(`${head}.${body}`);
    const sig = Buffer.from(signature, 'base64url');
    const good = candidates.some((jwk) => {
        try {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: jwk, format: 'jwk' }), sig);
        }
        catch {
            return false;
        }
    });
    if (!good)
        throw invalid(`its signature does not verify with the keys of ${issuer}`);
    const now = options.now ?? Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_SECONDS < now)
        throw invalid('it has expired');
    if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_SECONDS > now)
        throw invalid('it is not valid yet (nbf)');
    return claims;
}
async function fetchKeys(issuer, options) {
    const request = { deadline: options.deadline, ca: options.ca, maxAttempts: 3 };
    const discovery = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(`${issuer}/.well-known/openid-configuration`, request);
    const jwksUri = discovery?.jwks_uri;
    if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri))
        throw invalid(`${issuer}'s OpenID configuration has no jwks_uri`);
    // Keys must come from the issuer's own origin; a discovery document pointing elsewhere is refused.
    if (new URL(jwksUri).origin !== new URL(issuer).origin)
        throw invalid(`${issuer}'s jwks_uri points at another host`);
    const jwks = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(jwksUri, request);
    if (!Array.isArray(jwks?.keys))
        throw invalid(`${issuer}'s JWKS has no keys`);
    return jwks.keys;
}
function decodeJson(part, what) {
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
    }
    catch {
        // fall through
    }
    throw invalid(`its ${what} is not a JSON object`);
}
function invalid(problem, fix = 'Check that ACTIONS_ID_TOKEN_REQUEST_URL is not overridden in the workflow, then re-run the job.') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('OIDC_FAILED', `The job's OIDC token cannot be trusted: ${problem}.`, { fix });
}


/***/ })

};
;