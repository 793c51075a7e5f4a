"use strict";
exports.id = 791;
exports.ids = [791];
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



/***/ }),

/***/ 1791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var parseIdentities = (function parseIdentities(text, source = 'the identity text') {
    const identities = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        identities.push(parseIdentityLine(line, `line ${index + 1} of ${source}`));
    }
    if (identities.length === 0)
        throw new AgeError('bad-identity', `${source} contains no age identity`);
    return identities;
});
var parseIdentityLine = (function parseIdentityLine(line, where) {
    if (/^AGE-PLUGIN-/i.test(line))
        throw new AgeError('unsupported', `${where} is an age plugin identity, which is not supported`);
    if (!/^AGE-SECRET-KEY-1/i.test(line)) {
        throw new AgeError('bad-identity', `${where} is not an age identity (it must start with AGE-SECRET-KEY-1)`);
    }
    let decoded;
    try {
        decoded = bech32Decode(line);
    }
    catch (err) {
        throw new AgeError('bad-identity', `${where} is not a valid age identity (${err.message})`);
    }
    if (decoded.hrp !== 'age-secret-key-' || decoded.data.length !== 32) {
        throw new AgeError('bad-identity', `${where} is not a valid age identity (wrong type or length)`);
    }
    const privateKey = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.concat([PKCS8_X25519, decoded.data]), format: 'der', type: 'pkcs8' });
    decoded.data.fill(0);
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length);
    return { recipient: bech32Encode('age', publicKey), publicKey: Buffer.from(publicKey), privateKey };
});
var bech32Polymod = (function bech32Polymod(values) {
    let chk = 1;
    for (const value of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= BECH32_GENERATORS[i];
    }
    return chk >>> 0;
});
var hrpExpand = (function hrpExpand(hrp) {
    const codes = [...hrp].map((c) => c.charCodeAt(0));
    return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
});
var bech32Decode = (function bech32Decode(text) {
    if (text !== text.toLowerCase() && text !== text.toUpperCase())
        throw new Error('mixed case');
    const lower = text.toLowerCase();
    const separator = lower.lastIndexOf('1');
    if (separator < 1 || separator + 7 > lower.length)
        throw new Error('bad separator position');
    const hrp = lower.slice(0, separator);
    if ([...hrp].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126))
        throw new Error('bad prefix character');
    const values = [];
    for (const c of lower.slice(separator + 1)) {
        const value = BECH32_CHARSET.indexOf(c);
        if (value < 0)
            throw new Error('character outside the bech32 alphabet');
        values.push(value);
    }
    if (bech32Polymod([...hrpExpand(hrp), ...values]) !== 1)
        throw new Error('bad checksum');
    return { hrp, data: convertBits(values.slice(0, -6), 5, 8, false) };
});
var bech32Encode = (function bech32Encode(hrp, data) {
    const values = [...convertBits([...data], 8, 5, true)];
    const polymod = bech32Polymod([...hrpExpand(hrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
    const checksum = Array.from({ length: 6 }, (_, i) => (polymod >>> (5 * (5 - i))) & 31);
    return `${hrp}1${[...values, ...checksum].map((v) => BECH32_CHARSET[v]).join('')}`;
});
var convertBits = (function convertBits(values, from, to, pad) {
    let acc = 0;
    let bits = 0;
    const out = [];
    const max = (1 << to) - 1;
    for (const value of values) {
        acc = (acc << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push((acc >>> bits) & max);
        }
        acc &= (1 << bits) - 1;
    }
    if (pad) {
        if (bits > 0)
            out.push((acc << (to - bits)) & max);
    }
    else if (bits >= from || acc !== 0) {
        // Leftover bits must be fewer than one input group and all zero, or the encoding is not canonical.
        throw new Error('non-zero padding');
    }
    return Buffer.from(out);
});
var decryptAge = (function decryptAge(input, identities) {
    if (identities.length === 0)
        throw new AgeError('bad-identity', 'no identity was given');
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const file = isArmored(bytes) ? dearmor(bytes.toString('latin1')) : bytes;
    const header = parseHeader(file);
    const fileKey = unwrapFileKey(header.stanzas, identities);
    const macKey = hkdf(fileKey, Buffer.alloc(0), 'header');
    const mac = (0,external_node_crypto_.createHmac)('sha256', macKey).update(file.subarray(0, header.macEnd)).digest();
    if (!(0,external_node_crypto_.timingSafeEqual)(mac, header.mac))
        throw new AgeError('tampered', 'the age header MAC does not match: the file was modified');
    return decryptPayload(fileKey, file.subarray(header.payloadStart));
});
var isArmored = (function isArmored(bytes) {
    const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, ARMOR_MAX_WHITESPACE + ARMOR_HEADER.length));
    return start.toString('latin1').trimStart().startsWith(ARMOR_HEADER);
});
var unwrapFileKey = (function unwrapFileKey(stanzas, identities) {
    if (stanzas.some((s) => s.type === 'scrypt') && stanzas.length !== 1) {
        throw new AgeError('malformed', 'an scrypt recipient stanza must be the only one in an age file');
    }
    for (const stanza of stanzas) {
        if (stanza.type !== 'X25519')
            continue;
        for (const identity of identities) {
            const fileKey = unwrapX25519(stanza, identity);
            if (fileKey)
                return fileKey;
        }
    }
    const x25519 = stanzas.filter((s) => s.type === 'X25519').length;
    if (x25519 === 0) {
        const types = [...new Set(stanzas.map((s) => s.type))].join(', ');
        throw new AgeError('unsupported', `the age file has no X25519 recipient (it has: ${types}); only age X25519 identities are supported`);
    }
    throw new AgeError('no-match', `no identity matches any of the file's ${stanzas.length} recipients`);
});
var unwrapX25519 = (function unwrapX25519(stanza, identity) {
    if (stanza.args.length !== 1)
        throw new AgeError('malformed', 'an X25519 recipient stanza must have exactly one argument');
    const share = decodeRawBase64(stanza.args[0]);
    if (!share || share.length !== 32)
        throw new AgeError('malformed', 'an X25519 recipient stanza has a malformed ephemeral share');
    if (stanza.body.length !== FILE_KEY_SIZE + TAG_SIZE)
        throw new AgeError('malformed', 'an X25519 recipient stanza has a body of the wrong length');
    const shared = x25519(identity.privateKey, share);
    const salt = Buffer.concat([share, identity.publicKey]);
    const wrapKey = hkdf(shared, salt, X25519_LABEL);
    shared.fill(0);
    return chachaOpen(wrapKey, Buffer.alloc(12), stanza.body);
});
var x25519 = (function x25519(privateKey, point) {
    let shared;
    try {
        const publicKey = (0,external_node_crypto_.createPublicKey)({ key: Buffer.concat([SPKI_X25519, point]), format: 'der', type: 'spki' });
        shared = (0,external_node_crypto_.diffieHellman)({ privateKey, publicKey });
    }
    catch {
        // OpenSSL refuses low-order points (an all-zero shared secret); age rejects those files too.
        throw new AgeError('malformed', 'an X25519 recipient stanza has an invalid ephemeral share (low-order point)');
    }
    if (shared.every((b) => b === 0))
        throw new AgeError('malformed', 'an X25519 recipient stanza has an invalid ephemeral share (low-order point)');
    return shared;
});
var decryptPayload = (function decryptPayload(fileKey, payload) {
    if (payload.length < STREAM_NONCE_SIZE + TAG_SIZE)
        throw new AgeError('truncated', 'the age payload is truncated');
    const streamKey = hkdf(fileKey, payload.subarray(0, STREAM_NONCE_SIZE), 'payload');
    const sealed = payload.subarray(STREAM_NONCE_SIZE);
    const chunks = [];
    for (let counter = 0, offset = 0;; counter++, offset += SEALED_CHUNK_SIZE) {
        const remaining = sealed.length - offset;
        // A non-final chunk ended exactly at a chunk boundary: the rest of the file is missing.
        if (remaining === 0)
            throw new AgeError('truncated', 'the age payload is truncated (the final chunk is missing)');
        if (remaining < TAG_SIZE)
            throw new AgeError('truncated', 'the age payload is truncated');
        const chunk = sealed.subarray(offset, offset + Math.min(remaining, SEALED_CHUNK_SIZE));
        const { plaintext, last } = openChunk(streamKey, counter, chunk, remaining <= SEALED_CHUNK_SIZE);
        if (last) {
            if (plaintext.length === 0 && counter > 0)
                throw new AgeError('malformed', 'the age payload ends with an empty chunk');
            if (remaining > SEALED_CHUNK_SIZE)
                throw new AgeError('tampered', 'the age payload has data after its final chunk');
            chunks.push(plaintext);
            return Buffer.concat(chunks);
        }
        chunks.push(plaintext);
    }
});
var openChunk = (function openChunk(key, counter, chunk, couldBeLast) {
    const full = chunk.length === SEALED_CHUNK_SIZE;
    const attempts = full ? [false, true] : [true];
    for (const last of attempts) {
        const plaintext = chachaOpen(key, streamNonce(counter, last), chunk);
        if (plaintext) {
            if (!last && !couldBeLast)
                return { plaintext, last };
            if (!last)
                throw new AgeError('truncated', 'the age payload is truncated (the final chunk is missing)');
            return { plaintext, last };
        }
    }
    throw new AgeError('tampered', `age payload chunk ${counter} failed authentication: the file was modified or truncated`);
});
var streamNonce = (function streamNonce(counter, last) {
    const nonce = Buffer.alloc(12);
    // 11-byte big-endian counter; 2^53 chunks is far beyond any file this module reads.
    nonce.writeUIntBE(Math.floor(counter / 2 ** 32), 3, 4);
    nonce.writeUInt32BE(counter >>> 0, 7);
    nonce[11] = last ? 1 : 0;
    return nonce;
});
var chachaOpen = (function chachaOpen(key, nonce, sealed) {
    if (sealed.length < TAG_SIZE)
        return undefined;
    const decipher = (0,external_node_crypto_.createDecipheriv)('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
    try {
        return Buffer.concat([body, decipher.final()]);
    }
    catch {
        body.fill(0);
        return undefined;
    }
});
var hkdf = (function hkdf(ikm, salt, info) {
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', ikm, salt, info, 32));
});
var parseHeader = (function parseHeader(file) {
    const reader = new LineReader(file);
    if (reader.line() !== INTRO)
        throw new AgeError('malformed', 'not an age file (the first line is not age-encryption.org/v1)');
    const stanzas = [];
    for (;;) {
        const start = reader.offset;
        const line = reader.line();
        if (line.startsWith('---')) {
            const parts = line.split(' ');
            const mac = parts.length === 2 && parts[0] === '---' ? decodeRawBase64(parts[1]) : undefined;
            if (!mac || mac.length !== 32)
                throw new AgeError('malformed', 'the age header has a malformed MAC line');
            return { stanzas, mac, macEnd: start + 3, payloadStart: reader.offset };
        }
        stanzas.push(parseStanza(line, reader));
        if (stanzas.length > 20)
            throw new AgeError('malformed', 'the age header has more than 20 recipient stanzas');
    }
});
var parseStanza = (function parseStanza(opening, reader) {
    const [prefix, ...args] = opening.split(' ');
    if (prefix !== '->' || args.length === 0 || args.some((a) => !/^[\x21-\x7e]+$/.test(a))) {
        throw new AgeError('malformed', 'the age header has a malformed recipient stanza line');
    }
    const body = [];
    for (;;) {
        const line = reader.line();
        const bytes = decodeRawBase64(line);
        if (!bytes || bytes.length > BODY_BYTES_PER_LINE)
            throw new AgeError('malformed', 'the age header has a malformed stanza body line');
        body.push(bytes);
        // A stanza body always ends with a short (possibly empty) line.
        if (bytes.length < BODY_BYTES_PER_LINE)
            return { type: args[0], args: args.slice(1), body: Buffer.concat(body) };
    }
});
var decodeRawBase64 = (function decodeRawBase64(text) {
    if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1)
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64').replace(/=+$/, '') === text ? bytes : undefined;
});
var decodePaddedBase64 = (function decodePaddedBase64(text) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64') === text ? bytes : undefined;
});
var dearmor = (function dearmor(text) {
    const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    let index = 0;
    let skipped = 0;
    while (index < lines.length && lines[index].trim() === '') {
        skipped += lines[index].length + 1;
        if (skipped > ARMOR_MAX_WHITESPACE)
            throw new AgeError('malformed', 'the armored age file has too much leading whitespace');
        index++;
    }
    if (lines[index] !== ARMOR_HEADER)
        throw new AgeError('malformed', `the armored age file does not start with ${ARMOR_HEADER}`);
    // The text ends at the last element, or at an empty one after the final newline.
    const atEnd = (i) => i >= lines.length || (i === lines.length - 1 && lines[i] === '');
    const chunks = [];
    for (index++;; index++) {
        const line = lines[index];
        if (line === undefined || atEnd(index))
            throw new AgeError('truncated', `the armored age file is truncated (no ${ARMOR_FOOTER} line)`);
        if (line === ARMOR_FOOTER)
            break;
        if (line.length > ARMOR_COLUMNS)
            throw new AgeError('malformed', 'the armored age file has a line longer than 64 columns');
        const bytes = decodePaddedBase64(line);
        if (!bytes)
            throw new AgeError('malformed', 'the armored age file has a line that is not strict base64');
        chunks.push(bytes);
        // Only the last line may be short, and it must be followed by the footer.
        if (bytes.length < BODY_BYTES_PER_LINE) {
            index++;
            if (atEnd(index))
                throw new AgeError('truncated', `the armored age file is truncated (no ${ARMOR_FOOTER} line)`);
            if (lines[index] !== ARMOR_FOOTER)
                throw new AgeError('malformed', 'the armored age file has a short line before its end');
            break;
        }
    }
    const trailing = lines.slice(index + 1).join('\n');
    if (trailing.trim() !== '')
        throw new AgeError('malformed', 'the armored age file has data after its end line');
    if (trailing.length >= ARMOR_MAX_WHITESPACE)
        throw new AgeError('malformed', 'the armored age file has too much trailing whitespace');
    return Buffer.concat(chunks);
});
var keySources = (function keySources(settings, env) {
    if (settings.ageKey.trim() !== '')
        return [{ label: `input '${INPUT}'`, text: settings.ageKey }];
    const sources = [];
    const envKey = env['SOPS_AGE_KEY'];
    if (envKey && envKey.trim() !== '')
        sources.push({ label: 'SOPS_AGE_KEY', text: envKey });
    const keyFile = env['SOPS_AGE_KEY_FILE'];
    if (keyFile && keyFile.trim() !== '')
        sources.push({ label: `SOPS_AGE_KEY_FILE (${keyFile})`, text: readKeyFile(keyFile) });
    return sources;
});
var loadKeys = (function loadKeys(settings, env) {
    const sources = keySources(settings, env);
    if (sources.length === 0)
        throw (0,errors/* inputError */.Xu)(INPUT, 'is required for sops: references but is empty, and SOPS_AGE_KEY is not set', KEY_FIX);
    const identities = [];
    for (const source of sources) {
        try {
            identities.push(...parseIdentities(source.text, source.label));
        }
        catch (err) {
            if (!(err instanceof AgeError))
                throw err;
            // The AgeError names the line, never its content.
            throw new errors/* GatehouseError */.GA('INPUT_INVALID', `${capitalize(err.message)}.`, { fix: IDENTITY_FIX });
        }
    }
    return { identities, sources, label: sources.map((s) => s.label.replace(/ \(.*\)$/, '')).join(' and ') };
});
var checkSettings = (function checkSettings(settings, env) {
    loadKeys(settings.sops, env);
});
var maskIdentities = (function maskIdentities(sources, ctx) {
    for (const source of sources) {
        for (const line of source.text.split(/\r?\n/)) {
            const identity = line.trim();
            if (identity !== '' && !identity.startsWith('#'))
                ctx.mask(identity);
        }
    }
});
var confine = (function confine(file, workspace, shown) {
    try {
        return (0,inputs/* resolveInWorkspace */.z1)('sops file', file, workspace);
    }
    catch (err) {
        if (!(err instanceof errors/* GatehouseError */.GA))
            throw err;
        return fail('invalid', `SOPS file ${shown} is outside the workspace after resolving .. and symlinks`, `Use a path inside the workspace (${workspace}).`);
    }
});
var decryptFile = (async function decryptFile(path, file, shown, keys, ctx) {
    try {
        const text = await readBounded(path, shown);
        const document = await parseDocument(text, formatOf(file, text), shown);
        const metadata = readMetadata(document.metadata, shown);
        const dataKey = unwrapDataKey(metadata, keys, shown);
        try {
            const data = decryptDocument(document.data, metadata, dataKey, shown);
            ctx.debug(`sops: decrypted ${shown}, MAC verified`);
            return { ok: true, value: { kind: 'json', data }, version: metadata.lastModified };
        }
        finally {
            dataKey.fill(0);
        }
    }
    catch (err) {
        if (err instanceof Fail)
            return (0,failure/* failed */.gz)(err.failure);
        throw err;
    }
});
var readBounded = (async function readBounded(path, shown) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        const code = err.code ?? 'error';
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            fail('not-found', `SOPS file ${shown} does not exist`, 'Check the path (it is relative to the workspace) and that the job checks out the repository first.');
        }
        return fail(code === 'EACCES' ? 'denied' : 'invalid', `SOPS file ${shown} cannot be opened (${code})`, 'Make the file readable by the runner user.');
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            fail('invalid', `SOPS file ${shown} is not a regular file`, 'Reference an encrypted YAML, JSON or dotenv file.');
        if (stat.size > MAX_FILE_BYTES)
            fail('invalid', `SOPS file ${shown} is ${stat.size} bytes; the limit is 4 MiB`, 'Split the secrets into smaller files.');
        const bytes = await handle.readFile();
        if (bytes.length > MAX_FILE_BYTES)
            fail('invalid', `SOPS file ${shown} grew past 4 MiB while being read`, 'Split the secrets into smaller files.');
        return bytes.toString('utf8');
    }
    finally {
        await handle.close();
    }
});
var formatOf = (function formatOf(file, text) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.env')
        return 'dotenv';
    if (ext === '.ini')
        fail('invalid', `SOPS file ${(0,errors/* quote */.hD)(file)} is an INI file, which is not supported`, 'Store the secrets as YAML, JSON or dotenv.');
    // Like sops for unknown extensions, but sniffed rather than assumed binary.
    if (text.trimStart().startsWith('{'))
        return 'json';
    if (/^sops_mac=/m.test(text))
        return 'dotenv';
    return 'yaml';
});
var parseDocument = (async function parseDocument(text, format, shown) {
    if (format === 'dotenv')
        return parseDotenv(text, shown);
    const root = await parseYamlTree(text, format, shown);
    if (root.kind !== 'map')
        return notSops(shown);
    const index = root.entries.findIndex(([key]) => key === 'sops');
    if (index < 0)
        return notSops(shown);
    return { data: { kind: 'map', entries: root.entries.filter((_, i) => i !== index) }, metadata: toPlain(root.entries[index][1]) };
});
var parseYamlTree = (async function parseYamlTree(text, format, shown) {
    const parsed = await (0,yaml/* parseStrictYaml */.A)(text);
    const problem = parsed.problems[0];
    if (problem) {
        const line = parsed.lineOfOffset(problem.pos[0]);
        const what = problem.message.split('\n')[0].slice(0, 160);
        fail('invalid', `SOPS file ${shown} is not valid ${format.toUpperCase()} (line ${line}: ${what})`, 'Fix the syntax, or re-encrypt the file with sops.');
    }
    return toTree(parsed.YAML, parsed.doc.contents, parsed.lineOfOffset, shown);
});
var toTree = (function toTree(YAML, node, lineOf, shown) {
    const line = lineOf(node?.range?.[0] ?? undefined);
    if (node === null || node === undefined)
        return { kind: 'scalar', value: null, line };
    if (YAML.isMap(node)) {
        const entries = node.items.map((pair) => {
            const key = YAML.isScalar(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                fail('invalid', `SOPS file ${shown} has a non-scalar map key at line ${lineOf(pair.key?.range?.[0] ?? undefined)}`, TAMPER_FIX);
            }
            return [String(key), toTree(YAML, pair.value, lineOf, shown)];
        });
        return { kind: 'map', entries, line };
    }
    if (YAML.isSeq(node))
        return { kind: 'list', items: node.items.map((item) => toTree(YAML, item, lineOf, shown)), line };
    if (YAML.isScalar(node)) {
        const value = node.value;
        if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return { kind: 'scalar', value, line };
    }
    // sops expands anchors and aliases when it encrypts, so an alias here was added afterwards.
    return fail('invalid', `SOPS file ${shown} has an alias or unsupported value at line ${line}`, TAMPER_FIX);
});
var toPlain = (function toPlain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'list')
        return node.items.map(toPlain);
    const out = {};
    for (const [key, child] of node.entries)
        sops_define(out, key, toPlain(child));
    return out;
});
var sops_define = (function sops_define(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
});
var readMetadata = (function readMetadata(raw, shown) {
    const broken = (what) => fail('invalid', `SOPS file ${shown} has malformed sops metadata (${what})`, TAMPER_FIX);
    if (!isRecord(raw))
        return broken('sops is not a map');
    const groups = Array.isArray(raw['key_groups']) ? raw['key_groups'] : [];
    if (groups.length > 1) {
        fail('invalid', `SOPS file ${shown} splits its data key over ${groups.length} key groups (Shamir), which is not supported`, 'Encrypt the file with a single key group of age recipients.');
    }
    const keys = groups.length === 1 && isRecord(groups[0]) ? groups[0] : raw;
    const age = (Array.isArray(keys['age']) ? keys['age'] : []).map((entry, i) => {
        if (!isRecord(entry) || typeof entry['enc'] !== 'string' || typeof entry['recipient'] !== 'string')
            return broken(`age entry ${i}`);
        return { recipient: entry['recipient'], enc: entry['enc'] };
    });
    const others = OTHER_KEY_TYPES.filter((type) => Array.isArray(keys[type]) && keys[type].length > 0);
    const lastModified = raw['lastmodified'];
    const mac = raw['mac'];
    if (typeof lastModified !== 'string' || lastModified === '')
        return broken('no lastmodified');
    if (typeof mac !== 'string' || mac === '')
        return broken('no mac');
    for (const field of ['unencrypted_comment_regex', 'encrypted_comment_regex']) {
        if (typeof raw[field] === 'string' && raw[field] !== '') {
            fail('invalid', `SOPS file ${shown} uses ${field}, which is not supported`, 'Use unencrypted_suffix, encrypted_suffix, unencrypted_regex or encrypted_regex instead.');
        }
    }
    return {
        age,
        others,
        lastModified,
        mac,
        rules: readRules(raw, shown),
        macOnlyEncrypted: raw['mac_only_encrypted'] === true || raw['mac_only_encrypted'] === 'true',
    };
});
var readRules = (function readRules(raw, shown) {
    const text = (field) => (typeof raw[field] === 'string' ? raw[field] : '');
    const rules = {
        unencryptedSuffix: text('unencrypted_suffix'),
        encryptedSuffix: text('encrypted_suffix'),
        unencryptedRegex: compileGoRegex(text('unencrypted_regex'), 'unencrypted_regex', shown),
        encryptedRegex: compileGoRegex(text('encrypted_regex'), 'encrypted_regex', shown),
    };
    // sops' default when a file names no rule at all.
    if (!rules.unencryptedSuffix && !rules.encryptedSuffix && !rules.unencryptedRegex && !rules.encryptedRegex)
        rules.unencryptedSuffix = '_unencrypted';
    return rules;
});
var compileGoRegex = (function compileGoRegex(pattern, field, shown) {
    if (pattern === '')
        return undefined;
    const flags = /^\(\?([ims]+)\)/.exec(pattern);
    try {
        return new RegExp(flags ? pattern.slice(flags[0].length) : pattern, flags ? [...new Set(flags[1])].join('') : '');
    }
    catch {
        return fail('invalid', `SOPS file ${shown} has a ${field} that is not a valid regular expression here`, 'Use a regular expression that both Go and JavaScript accept.');
    }
});
var shouldBeEncrypted = (function shouldBeEncrypted(path, rules) {
    let encrypted = true;
    if (rules.unencryptedSuffix && path.some((key) => key.endsWith(rules.unencryptedSuffix)))
        encrypted = false;
    if (rules.encryptedSuffix)
        encrypted = path.some((key) => key.endsWith(rules.encryptedSuffix));
    if (rules.unencryptedRegex && path.some((key) => rules.unencryptedRegex.test(key)))
        encrypted = false;
    if (rules.encryptedRegex)
        encrypted = path.some((key) => rules.encryptedRegex.test(key));
    return encrypted;
});
var isRecord = (function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
});
var unwrapDataKey = (function unwrapDataKey(metadata, keys, shown) {
    if (metadata.age.length === 0) {
        const others = metadata.others.length > 0 ? ` (it is encrypted for ${metadata.others.join(', ')} only)` : '';
        fail('auth', `SOPS file ${shown} has no age recipients${others}`, 'Add an age recipient to the file: put it in .sops.yaml and run sops updatekeys, or sops --rotate --add-age <recipient>.');
    }
    let tampered;
    for (const entry of metadata.age) {
        let key;
        try {
            key = decryptAge(entry.enc, keys.identities);
        }
        catch (err) {
            if (!(err instanceof AgeError))
                throw err;
            // A MAC failure means our identity unwrapped this entry's file key: it is ours, but damaged.
            if (err.reason === 'tampered')
                tampered ??= err;
            continue;
        }
        if (key.length !== 32)
            fail('invalid', `SOPS file ${shown} has a data key of ${key.length} bytes instead of 32`, TAMPER_FIX);
        return key;
    }
    if (tampered)
        fail('invalid', `The age-encrypted data key in SOPS file ${shown} failed authentication: ${tampered.message}`, TAMPER_FIX);
    const theirs = metadata.age.map((entry) => entry.recipient).join(', ');
    const ours = [...new Set(keys.identities.map((identity) => identity.recipient))].join(', ');
    return fail('auth', `No identity in ${keys.label} can decrypt SOPS file ${shown}: it is encrypted for ${theirs}, and the identities given are for ${ours}`, `Use the identity of one of the file's recipients, or add ${ours} to the file's recipients (.sops.yaml, then sops updatekeys).`);
});
var decryptDocument = (function decryptDocument(data, metadata, key, shown) {
    const hash = (0,external_node_crypto_.createHash)('sha512');
    if (metadata.macOnlyEncrypted)
        hash.update(MAC_ONLY_ENCRYPTED_INIT);
    const walk = { key, metadata, hash, shown };
    const result = decryptNode(data, [], '', walk);
    verifyMac(hash.digest('hex').toUpperCase(), walk);
    return result;
});
var decryptNode = (function decryptNode(node, path, where, walk) {
    if (node.kind === 'map') {
        const out = {};
        for (const [key, child] of node.entries)
            sops_define(out, key, decryptNode(child, [...path, key], where ? `${where}.${key}` : key, walk));
        return out;
    }
    if (node.kind === 'list')
        return node.items.map((item, i) => decryptNode(item, path, `${where}[${i}]`, walk));
    // sops skips nulls entirely: never encrypted, never in the MAC.
    if (node.value === null)
        return null;
    const encrypted = shouldBeEncrypted(path, walk.metadata.rules);
    const at = `${where}${node.line ? ` (line ${node.line})` : ''}`;
    const { value, bytes } = encrypted
        ? decryptLeaf(node.value, `${path.join(':')}:`, at, walk)
        : { value: node.value, bytes: macBytes(node.value) };
    if (!walk.metadata.macOnlyEncrypted || encrypted)
        walk.hash.update(bytes);
    return value;
});
var decryptLeaf = (function decryptLeaf(stored, aad, at, walk) {
    // sops writes an empty string as an empty string, unencrypted.
    if (stored === '')
        return { value: '', bytes: Buffer.alloc(0) };
    if (typeof stored !== 'string' || !stored.startsWith('ENC[')) {
        fail('invalid', `The value at ${at} in SOPS file ${walk.shown} is not encrypted although the file's rules say it must be: the file was modified after encryption`, TAMPER_FIX);
    }
    const parts = ENC_VALUE.exec(stored);
    const data = parts && base64(parts[1]);
    const iv = parts && base64(parts[2]);
    const tag = parts && base64(parts[3]);
    if (!parts || !data || !iv || iv.length === 0 || !tag || tag.length !== 16) {
        return fail('invalid', `The value at ${at} in SOPS file ${walk.shown} is not a well-formed ENC[AES256_GCM,...] value`, TAMPER_FIX);
    }
    const plain = aesOpen(walk.key, iv, tag, data, aad);
    if (!plain) {
        return fail('invalid', `The value at ${at} in SOPS file ${walk.shown} failed authentication: the file was modified after encryption (a value was changed or moved)`, TAMPER_FIX);
    }
    return typed(parts[4], plain, at, walk.shown);
});
var aesOpen = (function aesOpen(key, iv, tag, data, aad) {
    const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, iv, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    const body = decipher.update(data);
    try {
        return Buffer.concat([body, decipher.final()]);
    }
    catch {
        body.fill(0);
        return undefined;
    }
});
var base64 = (function base64(text) {
    return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
});
var typed = (function typed(type, plain, at, shown) {
    const text = plain.toString('utf8');
    const bad = () => fail('invalid', `The value at ${at} in SOPS file ${shown} does not parse as its declared type ${type}`, TAMPER_FIX);
    switch (type) {
        case 'str':
        case 'bytes':
            return { value: text, bytes: plain };
        case 'int':
        case 'int64': {
            if (!/^[+-]?\d+$/.test(text))
                return bad();
            const big = BigInt(text);
            const value = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big.toString();
            return { value, bytes: Buffer.from(big.toString()) };
        }
        case 'float': {
            if (!GO_FLOAT.test(text) && !GO_FLOAT_SPECIAL.test(text))
                return bad();
            const value = /nan/i.test(text) ? NaN : /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
            return { value, bytes: Buffer.from(goFloat(value)) };
        }
        case 'bool':
            if (GO_TRUE.has(text))
                return { value: true, bytes: Buffer.from('True') };
            if (GO_FALSE.has(text))
                return { value: false, bytes: Buffer.from('False') };
            return bad();
        default:
            return fail('invalid', `The value at ${at} in SOPS file ${shown} has the unsupported type ${(0,errors/* quote */.hD)(type, 20)}`, TAMPER_FIX);
    }
});
var verifyMac = (function verifyMac(computed, walk) {
    const { metadata, shown } = walk;
    const parts = ENC_VALUE.exec(metadata.mac);
    const data = parts && base64(parts[1]);
    const iv = parts && base64(parts[2]);
    const tag = parts && base64(parts[3]);
    if (!parts || !data || !iv || iv.length === 0 || !tag || tag.length !== 16)
        fail('invalid', `SOPS file ${shown} has a malformed mac`, TAMPER_FIX);
    // The MAC is bound to lastmodified through the AAD, so editing either is caught here.
    const stored = aesOpen(walk.key, iv, tag, data, metadata.lastModified);
    if (!stored)
        fail('invalid', `The MAC of SOPS file ${shown} failed authentication: its mac or lastmodified was modified after encryption`, TAMPER_FIX);
    const expected = Buffer.from(computed);
    if (stored.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(stored, expected)) {
        fail('invalid', `SOPS file ${shown} does not match its MAC: values were added, removed, reordered or replaced after encryption`, TAMPER_FIX);
    }
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSettings: () => (/* binding */ checkSettings),
  fetchAll: () => (/* binding */ fetchAll)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var yaml = __webpack_require__(1350);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/age.ts
// In-process age decryption (age-encryption.org/v1) for the SOPS provider, with node:crypto only:
// no `age` binary on the runner. Only X25519 identities (`AGE-SECRET-KEY-1...`) are supported,
// which is what `sops --age` writes. Parsing is as strict as the reference implementation
// (canonical base64, exact line structure) so a file cannot be altered without failing here.
// Errors never contain key material: an identity is only ever named by its line number or by its
// public recipient (`age1...`), which is public by design.

class AgeError extends Error {
    reason;
    name = 'AgeError';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
const INTRO = 'age-encryption.org/v1';
const X25519_LABEL = 'age-encryption.org/v1/X25519';
const FILE_KEY_SIZE = 16;
const TAG_SIZE = 16;
const CHUNK_SIZE = 64 * 1024;
const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
const STREAM_NONCE_SIZE = 16;
const BODY_BYTES_PER_LINE = 48;
const ARMOR_HEADER = '-----BEGIN AGE ENCRYPTED FILE-----';
const ARMOR_FOOTER = '-----END AGE ENCRYPTED FILE-----';
const ARMOR_COLUMNS = 64;
const ARMOR_MAX_WHITESPACE = 1024;
// DER wrappings of raw X25519 keys (RFC 8410), so node:crypto can take the 32-byte values.
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');
// ---------------------------------------------------------------------------------------------
// Identities
/**
 * Parse an age identity file: one `AGE-SECRET-KEY-1...` per line, blank lines and `#` comments
 * ignored (the format `age-keygen` writes). `source` names the text in errors ("sops-age-key").
 */


/** The raw 32-byte X25519 point of an `age1...` recipient. */
function parseRecipient(recipient) {
    const { hrp, data } = bech32Decode(recipient.trim());
    if (hrp !== 'age' || data.length !== 32)
        throw new AgeError('malformed', `${recipient} is not an age X25519 recipient`);
    return data;
}
// ---------------------------------------------------------------------------------------------
// Bech32 (BIP 173, the original checksum constant 1, without the 90-character limit, as age uses)
const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];





/** Decrypt an age file (binary, or ASCII-armored as sops stores it) with any of `identities`. */



/** The file key, or undefined when the stanza was made for another identity. */



/**
 * Open one STREAM chunk. A chunk shorter than full size can only be the last one; a full-size
 * chunk is normally not last, but it is when the plaintext is a multiple of 64 KiB, so both
 * flags are tried (as the reference implementation does).
 */




// ---------------------------------------------------------------------------------------------
// Header


/** Newline-terminated ASCII lines of the header; running out of input means truncation. */
class LineReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    line() {
        const end = this.bytes.indexOf(0x0a, this.offset);
        if (end < 0)
            throw new AgeError('truncated', 'the age header is truncated');
        const line = this.bytes.toString('latin1', this.offset, end);
        this.offset = end + 1;
        return line;
    }
}
/** Canonical unpadded base64 (age's RawStdEncoding.Strict), or undefined. */

/** Canonical padded base64, or undefined. */

// ---------------------------------------------------------------------------------------------
// ASCII armor: PEM with type "AGE ENCRYPTED FILE", 64 columns, no headers, strict base64.


// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/failure.ts
var failure = __webpack_require__(6775);
// EXTERNAL MODULE: ./actions/fetch-secrets/src/providers/settle.ts
var settle = __webpack_require__(6962);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/sops.ts
// The SOPS provider: decrypts sops-encrypted YAML, JSON and dotenv files from the workspace with
// age identities, in process (no sops or age binary on the runner). It checks everything sops
// checks: each value's AES-256-GCM tag with its key path as AAD (so values cannot be edited or
// moved), and the file MAC over all values in document order (so values cannot be dropped,
// reordered or swapped for plaintext). The whole decrypted document is returned; the caller
// selects `#field`, masks and exports. The data key never leaves this module and nothing here
// logs a value.










const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_KEY_FILE_BYTES = 1024 * 1024;
const INPUT = 'sops-age-key';
const KEY_FIX = `Add 'sops-age-key: \${{ secrets.SOPS_AGE_KEY }}' under 'with:' and store the AGE-SECRET-KEY-1... line from age-keygen in that secret.`;
const IDENTITY_FIX = 'Store the whole AGE-SECRET-KEY-1... line that age-keygen printed (one identity per line, # comments allowed).';
const TAMPER_FIX = 'Restore the file from version control, or re-encrypt it with sops; do not edit encrypted files by hand.';
// Written first into the MAC when mac_only_encrypted is set: sha256("sops"), as sops does.
const MAC_ONLY_ENCRYPTED_INIT = (0,external_node_crypto_.createHash)('sha256').update('sops').digest();
const ENC_VALUE = /^ENC\[AES256_GCM,data:([A-Za-z0-9+/=]*),iv:([A-Za-z0-9+/=]+),tag:([A-Za-z0-9+/=]+),type:([a-z0-9]+)\]$/;
/**
 * Where the age identities come from: the `sops-age-key` input; without it, what sops itself
 * reads (SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, both when both are set).
 */

function readKeyFile(path) {
    const fix = 'Point SOPS_AGE_KEY_FILE at a readable age key file, or pass the identity with the sops-age-key input.';
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `SOPS_AGE_KEY_FILE points to ${(0,errors/* quote */.hD)(path)}, which cannot be read (${code}).`, { fix });
    }
    if (bytes.length > MAX_KEY_FILE_BYTES)
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `SOPS_AGE_KEY_FILE ${(0,errors/* quote */.hD)(path)} is larger than 1 MiB.`, { fix });
    return bytes.toString('utf8');
}

/** Validate the identities sops: references will use, without printing them. */

// ---------------------------------------------------------------------------------------------
// Provider entry point
/** A per-read failure raised anywhere below and turned into an outcome at the top. */
class Fail extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
function fail(kind, message, fix) {
    throw new Fail({ kind, message, fix });
}
const fetchAll = async (reads, ctx) => {
    let keys;
    try {
        keys = loadKeys(ctx.settings.sops, ctx.env);
    }
    catch (err) {
        const message = err instanceof errors/* GatehouseError */.GA ? err.message : String(err);
        const fix = err instanceof errors/* GatehouseError */.GA && err.fix ? err.fix : KEY_FIX;
        return (0,failure/* failAll */.wf)(reads.length, { kind: 'auth', message, fix });
    }
    maskIdentities(keys.sources, ctx);
    // Two spellings of one file (`a.yaml`, `./a.yaml`) are read and decrypted once.
    const byPath = new Map();
    return Promise.all(reads.map((read) => {
        const shown = (0,errors/* quote */.hD)(read.locator.file, 120);
        let path;
        try {
            path = confine(read.locator.file, ctx.workspace, shown);
        }
        catch (err) {
            if (err instanceof Fail)
                return (0,settle/* settle */.G)(ctx, read, (0,failure/* failed */.gz)(err.failure));
            throw err;
        }
        let outcome = byPath.get(path);
        if (!outcome) {
            outcome = decryptFile(path, read.locator.file, shown, keys, ctx);
            byPath.set(path, outcome);
        }
        return outcome.then((settled) => (0,settle/* settle */.G)(ctx, read, settled));
    }));
};
/** Mask every identity: one from SOPS_AGE_KEY_FILE or the environment was never registered as a secret with the runner. */





const ENCRYPT_FIX = 'Encrypt it with sops --encrypt --age <recipient> (see the sops section of the docs).';
function notSops(shown) {
    return fail('auth', `SOPS file ${shown} is not encrypted with sops (it has no top-level sops metadata)`, ENCRYPT_FIX);
}




/** Assign without invoking setters, so a key named `__proto__` is data, not a prototype change. */

/**
 * sops' dotenv layout: `KEY=value` lines (values are strings, taken verbatim), `#` comments, and
 * the metadata flattened into `sops_*` keys (`sops_age__list_0__map_enc`) with newlines as `\n`.
 */
function parseDotenv(text, shown) {
    const entries = [];
    const metadata = Object.create(null);
    for (const [index, line] of text.split('\n').entries()) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            fail('invalid', `SOPS file ${shown} is not a valid dotenv file (line ${index + 1} has no KEY=value)`, TAMPER_FIX);
        const key = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (key.startsWith('sops_'))
            unflatten(metadata, key.slice('sops_'.length), value.replace(/\\n/g, '\n'), shown);
        else
            entries.push([key, { kind: 'scalar', value, line: index + 1 }]);
    }
    if (Object.keys(metadata).length === 0)
        return notSops(shown);
    return { data: { kind: 'map', entries }, metadata };
}
/**
 * Rebuild `age__list_0__map_recipient` into `{ age: [{ recipient }] }`. Maps have no prototype,
 * so a key such as `__proto__` in the file stays plain data.
 */
function unflatten(target, flatKey, value, shown) {
    const [first, ...rest] = flatKey.split('__');
    let container = target;
    let key = first;
    for (const segment of rest) {
        const list = /^list_(\d{1,4})$/.exec(segment);
        const map = /^map_(.+)$/.exec(segment);
        if (!list && !map)
            fail('invalid', `SOPS file ${shown} has a malformed sops_${flatKey} metadata key`, TAMPER_FIX);
        const existing = slot(container, key);
        const next = Array.isArray(existing) || isRecord(existing) ? existing : list ? [] : Object.create(null);
        if (Array.isArray(next) !== Boolean(list))
            fail('invalid', `SOPS file ${shown} has a malformed sops_${flatKey} metadata key`, TAMPER_FIX);
        setSlot(container, key, next);
        container = next;
        key = list ? Number(list[1]) : map[1];
    }
    setSlot(container, key, value);
}
function slot(container, key) {
    return Array.isArray(container) ? container[key] : Object.hasOwn(container, key) ? container[key] : undefined;
}
function setSlot(container, key, value) {
    if (Array.isArray(container))
        container[key] = value;
    else
        sops_define(container, String(key), value);
}
const OTHER_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'];


/** A Go (RE2) pattern as a JavaScript RegExp; RE2's leading `(?flags)` becomes RegExp flags. */

/** sops' shouldBeEncrypted: every map key on the path counts, and later rules override earlier ones. */


// ---------------------------------------------------------------------------------------------
// The data key


/** `path` holds the map keys only (list items share their parent's path, as in sops' AAD). */



/** Go's StdEncoding is padded; reject anything else rather than guess. */

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const GO_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GO_FLOAT_SPECIAL = /^(?:[+-]?(?:inf|infinity)|nan)$/i;
/**
 * The decrypted value in its declared type, and the bytes sops puts into the MAC for it (Go's
 * formatting of the parsed value: `True`/`False`, integers without sign noise, shortest floats).
 * Integers beyond 2^53 stay decimal strings so no digit is lost.
 */

/** sops' ToBytes for values left in plaintext. */
function macBytes(value) {
    if (typeof value === 'boolean')
        return Buffer.from(value ? 'True' : 'False');
    if (typeof value === 'number')
        return Buffer.from(Number.isInteger(value) && Math.abs(value) < 1e21 && !Object.is(value, -0) ? String(value) : goFloat(value));
    return Buffer.from(value, 'utf8');
}
/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits in fixed notation. */
function goFloat(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '+Inf' : '-Inf';
    if (Object.is(value, -0))
        return '-0';
    if (!String(value).includes('e'))
        return String(value);
    // toExponential() without a digit count gives the same shortest digits as String().
    const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const point = Number(exponent) + 1;
    const fixed = point <= 0
        ? `0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
            ? `${digits}${'0'.repeat(point - digits.length)}`
            : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return value < 0 ? `-${fixed}` : fixed;
}

function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var parseStrictYaml = (async function parseStrictYaml(text) {
    const YAML = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, {
        lineCounter,
        version: '1.2',
        schema: 'core',
        merge: false,
        uniqueKeys: true,
        strict: true,
        prettyErrors: false,
        logLevel: 'error', // no console output; 'silent' would also drop the MULTIPLE_DOCS error
    });
    const lineOfOffset = (offset) => offset === undefined ? undefined : lineCounter.linePos(offset).line;
    return {
        YAML,
        doc,
        problems: [...doc.errors, ...doc.warnings],
        lineOfOffset,
        lineOfPath: (path) => lineOfOffset(locate(YAML, doc, path)),
    };
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseStrictYaml)
/* harmony export */ });
// Strict YAML for the files a security tool reads (the policy file, extra leak rules): YAML 1.2
// core schema, unique keys, no merge keys, every warning fatal, and a way to point at the line of
// a key path so a validation error can say where. `yaml` is loaded only when a file is read.

/** Offset of the key (in a mapping) or item (in a list) at `path`, or of its nearest ancestor. */
function locate(YAML, doc, path) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? undefined;
    for (const segment of path) {
        if (YAML.isAlias(node))
            node = node.resolve(doc);
        if (YAML.isMap(node)) {
            const pair = node.items.find((item) => YAML.isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if (YAML.isSeq(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            offset = item.range?.[0] ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return offset;
}


/***/ })

};
;