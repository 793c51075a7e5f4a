import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8586:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gatehouse_core_run_action__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8971);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(481);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2065);
// Entry point: read inputs, run, report. Everything else lives in main.ts.



await (0,_gatehouse_core_run_action__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION */ .hr, () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .K)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7276);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8910);
// scan-deps inputs -> one validated object. Inputs given here override the `scan-deps:` section of
// the policy file for this step; empty inputs leave the policy's values.



function readInputs() {
    const root = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .workspaceRoot */ .oS)();
    const osv = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readEnum */ .ai)('osv', ['api', 'offline', 'off'], 'api');
    const osvOfflineDb = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('osv-offline-db');
    if (osv === 'offline' && !osvOfflineDb) {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('osv-offline-db', 'is required when osv is offline', 'Point it at a directory or zip files of OSV records (e.g. npm/all.zip from osv-vulnerabilities).');
    }
    const osvUrl = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('osv-url') || 'https://api.osv.dev';
    if (!URL.canParse(osvUrl) || !/^https?:$/.test(new URL(osvUrl).protocol)) {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('osv-url', 'is not an http(s) URL', 'Use the OSV API base URL, such as https://api.osv.dev.', osvUrl);
    }
    const baseRef = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('base-ref');
    if (baseRef && !/^[A-Za-z0-9._/@^~-]+$/.test(baseRef)) {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('base-ref', 'is not a git ref', 'Use a branch, tag or commit such as origin/main or ${{ github.event.pull_request.base.sha }}.', baseRef);
    }
    return {
        path: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)('path', (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('path') || '.', root),
        lockfiles: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)('lockfiles', { separator: 'comma' }).map((file) => (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)('lockfiles', file, root)),
        osv,
        osvUrl: osvUrl.replace(/\/+$/, ''),
        osvOfflineDb: osvOfflineDb ? (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)('osv-offline-db', osvOfflineDb, root) : '',
        overrides: {
            ...optionalEnum('fail-on-severity'),
            ...optionalList('allowed-registries', 'allowedRegistries'),
            ...optionalBool('require-integrity', 'requireIntegrity'),
            ...optionalList('allowed-licenses', 'allowedLicenses'),
            ...optionalList('denied-licenses', 'deniedLicenses'),
            ...optionalBool('check-actions-pinning', 'checkActionsPinning'),
        },
        baseRef,
        policy: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('policy'),
        reportFile: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('report-file'),
        sarifFile: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('sarif-file'),
        sbomFile: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('sbom-file'),
        auditLog: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('audit-log'),
        timeoutMs: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)('timeout', 5 * 60_000, { min: 1000, max: 6 * 3_600_000 }),
        concurrency: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)('concurrency', 16, { min: 1, max: 128 }),
    };
}
function optionalEnum(name) {
    return (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name) ? { failOnSeverity: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readEnum */ .ai)(name, _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_GATES */ .xo, 'high') } : {};
}
function optionalList(name, key) {
    return (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name) ? { [key]: (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(name, { separator: 'comma' }) } : {};
}
function optionalBool(name, key) {
    const value = (0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name);
    if (!value)
        return {};
    if (value !== 'true' && value !== 'false')
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, 'must be true or false', `Set '${name}: true' or '${name}: false'.`, value);
    return { [key]: value === 'true' };
}


/***/ }),

/***/ 2065:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hr: () => (/* binding */ ACTION),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/canonical-json.ts
// Canonical JSON in the style of RFC 8785 (JSON Canonicalization Scheme, JCS): the one byte
// sequence for a JSON value, so that a hash of it means the same thing to every reader.
//
//   - no whitespace between tokens;
//   - object members sorted by key, comparing the keys as sequences of UTF-16 code units
//     (RFC 8785 §3.2.3), which is what `<` on JavaScript strings does;
//   - strings escaped as ECMAScript JSON.stringify does (RFC 8785 §3.2.2.2): `\"`, `\\`, `\b`,
//     `\f`, `\n`, `\r`, `\t`, other controls as `\u00xx` (lower-case hex), everything else as is;
//   - numbers in the ECMAScript Number::toString form (RFC 8785 §3.2.2.3), `-0` written as `0`.
//
// Values JSON cannot carry faithfully are refused rather than silently changed: NaN and
// ±Infinity, bigint, functions, symbols, `undefined` in arrays or at the top, strings with lone
// surrogates (not I-JSON, RFC 7493), cycles and objects that are not plain (Date, Map, class
// instances: JSON.stringify would turn them into something else). The one leniency is that an
// object member whose value is `undefined` is left out, as JSON.stringify does, so optional
// fields of a TypeScript object need no cleaning first.
/** Thrown for a value that has no canonical JSON form; `path` names it, e.g. `$.subject.size`. */
class CanonicalJsonError extends TypeError {
    name = 'CanonicalJsonError';
    path;
    constructor(path, problem) {
        super(`Cannot write ${path} as canonical JSON: ${problem}.`);
        this.path = path;
    }
}
/** The canonical JSON text of `value`. */
function canonical_json_canonicalize(value) {
    const parts = [];
    write(value, '$', parts, new Set());
    return parts.join('');
}
/** The canonical JSON of `value` as UTF-8 bytes, ready to hash or write. */
function canonicalBytes(value) {
    return Buffer.from(canonical_json_canonicalize(value), 'utf8');
}
/** Code-unit order of two strings (RFC 8785 §3.2.3); independent of locale. */
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function write(value, path, out, seen) {
    switch (typeof value) {
        case 'string':
            out.push(serializeString(value, path));
            return;
        case 'number':
            out.push(serializeNumber(value, path));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'undefined':
            throw new CanonicalJsonError(path, 'undefined has no JSON form');
        case 'bigint':
            throw new CanonicalJsonError(path, 'bigint has no exact JSON number form; pass it as a string');
        case 'function':
        case 'symbol':
            throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form`);
        case 'object':
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    const object = value;
    if (seen.has(object))
        throw new CanonicalJsonError(path, 'the value refers to itself (a cycle)');
    seen.add(object);
    if (Array.isArray(object)) {
        out.push('[');
        for (let i = 0; i < object.length; i++) {
            if (i > 0)
                out.push(',');
            // Holes and undefined items would become `null` in JSON.stringify: refuse instead.
            if (!(i in object))
                throw new CanonicalJsonError(`${path}[${i}]`, 'arrays must not have holes');
            write(object[i], `${path}[${i}]`, out, seen);
        }
        out.push(']');
    }
    else {
        const proto = Object.getPrototypeOf(object);
        if (proto !== Object.prototype && proto !== null) {
            const kind = object.constructor?.name ?? 'object';
            throw new CanonicalJsonError(path, `a ${kind} is not a plain object; convert it to JSON data first`);
        }
        if (Object.getOwnPropertySymbols(object).length > 0) {
            throw new CanonicalJsonError(path, 'symbol keys have no JSON form');
        }
        const record = object;
        const keys = Object.keys(record).sort(compareKeys);
        out.push('{');
        let first = true;
        for (const key of keys) {
            const item = record[key];
            if (item === undefined)
                continue;
            const itemPath = memberPath(path, key);
            if (!first)
                out.push(',');
            first = false;
            out.push(serializeString(key, itemPath), ':');
            write(item, itemPath, out, seen);
        }
        out.push('}');
    }
    seen.delete(object);
}
function serializeNumber(value, path) {
    if (!Number.isFinite(value))
        throw new CanonicalJsonError(path, `${String(value)} is not a JSON number`);
    // Number::toString is the ECMAScript serialisation RFC 8785 prescribes; it already writes -0 as "0".
    return String(value);
}
// JSON.stringify escapes exactly the characters RFC 8785 §3.2.2.2 requires and writes the rest
// as is; it also escapes lone surrogates, which we refuse first because they are not I-JSON.
function serializeString(value, path) {
    if (!value.isWellFormed())
        throw new CanonicalJsonError(path, 'the string has a lone UTF-16 surrogate (not valid Unicode)');
    return JSON.stringify(value);
}
function memberPath(path, key) {
    return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/sha256.ts
var sha256 = __nccwpck_require__(7550);
;// CONCATENATED MODULE: ./packages/core/src/audit.ts
// The audit log: one JSON-lines file that every Gatehouse action appends to, hash-chained so that
// any edit, reorder or deletion of a line is detected (verify-gate checks it).
//
// The format, precisely:
//
//   - The file is UTF-8. Every record is one line terminated by a single LF (0x0A). No blank lines,
//     no CR. A file that does not end with LF ends with an incomplete (truncated) line.
//   - A line is the canonical JSON (canonical-json.ts, RFC 8785 style) of an object with exactly
//     these members:
//       seq      integer, 1 for the first line, then +1 per line
//       time     when it was written, ISO 8601 UTC with milliseconds (`2026-01-02T03:04:05.678Z`)
//       action   the action that wrote it (`fetch-secrets`, `scan-deps`, ...)
//       event    what happened (`secrets.fetched`, `gate.decided`, ...)
//       subject  object of names, refs and digests it is about; never secret values
//       outcome  `success` | `failure` | `denied` | `skipped`
//       run      { repository, run_id, run_attempt, workflow_ref, sha } from GITHUB_REPOSITORY,
//                GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_WORKFLOW_REF, GITHUB_SHA (strings as the
//                runner sets them; null when unset, e.g. outside a runner)
//       prev     lower-case hex SHA-256 of the previous line's bytes: the UTF-8 bytes of that line
//                exactly as stored in the file, from its first byte up to but excluding its
//                terminating LF. For seq 1 it is 64 zeros.
//       hash     lower-case hex SHA-256 of the canonical JSON (UTF-8) of this same object without
//                the `hash` member.
//   - The chain's `head` is the SHA-256 of the last line (what the next line's `prev` will be).
//
// The chain detects any change inside the log. Removing or rewriting lines at the end can only be
// detected against an anchor kept elsewhere: compare `count`/`head` of verifyAuditLog with values a
// later step recorded (for example in a step output).
//
// Appends are safe when several processes write at once: a lock file (`<log>.lock`, created with
// O_EXCL) serialises them; a lock whose process has exited, or that is older than `staleLockMs`,
// is broken. Under the lock the last line is read from the end of the file (never the whole log),
// the record is built, written with one write() on an O_APPEND descriptor and fsync'ed.






const GENESIS_PREV = '0'.repeat(64);
const AUDIT_OUTCOMES = ['success', 'failure', 'denied', 'skipped'];
/** Records are small; a longer line is refused on write and treated as damage on read. */
const MAX_LINE_BYTES = 1024 * 1024;
const RECORD_KEYS = (/* unused pure expression or super */ null && (['action', 'event', 'hash', 'outcome', 'prev', 'run', 'seq', 'subject', 'time']));
const RUN_KEYS = (/* unused pure expression or super */ null && (['repository', 'run_attempt', 'run_id', 'sha', 'workflow_ref']));
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const LF = 0x0a;
/** `$RUNNER_TEMP/gatehouse/audit.jsonl`, or under the OS temp dir outside a runner. */
function defaultAuditLogPath(env = process.env) {
    return (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'gatehouse', 'audit.jsonl');
}
/** The run a record belongs to, from the runner's default environment variables. */
function currentRun(env = process.env) {
    const get = (name) => env[name] || null;
    return {
        repository: get('GITHUB_REPOSITORY'),
        run_id: get('GITHUB_RUN_ID'),
        run_attempt: get('GITHUB_RUN_ATTEMPT'),
        workflow_ref: get('GITHUB_WORKFLOW_REF'),
        sha: get('GITHUB_SHA'),
    };
}
function sha256Hex(data) {
    return (0,sha256/* sha256Hex */.f)(data);
}
/** `hash` of a record: SHA-256 of the canonical JSON of the record without its `hash` member. */
function computeRecordHash(record) {
    const { hash: _ignored, ...rest } = record;
    return sha256Hex(canonical_json_canonicalize(rest));
}
/** `prev` for the line after `line`: SHA-256 of the line's bytes without its LF. */
function lineDigest(line) {
    return sha256Hex(line);
}
/**
 * Append one event to the audit log at `path` (default: defaultAuditLogPath()) and return the
 * record written. Throws GatehouseError AUDIT_WRITE_FAILED when it cannot append (the action must
 * fail), SECRET_REFUSED when the event carries a registered secret value.
 */
async function appendAuditEvent(path, event, options = {}) {
    const [record] = await appendAuditEvents(path, [event], options);
    return record;
}
/**
 * Append several events under one lock and in one write (fetch-secrets records one event per
 * secret: fifty appends would cost fifty lock round trips). All or nothing: an event that carries a
 * secret or is too large refuses the whole batch before anything is written.
 */
async function appendAuditEvents(path, events, options = {}) {
    const file = (0,external_node_path_.resolve)(path || defaultAuditLogPath(options.env));
    const subjects = events.map((event) => checkEvent(file, event, options.containsSecret));
    if (events.length === 0)
        return [];
    const run = currentRun(options.env);
    const now = options.now ?? (() => new Date());
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o700 });
    }
    catch (err) {
        throw writeFailed(file, `cannot create its folder (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
    }
    let lock;
    try {
        lock = await acquireLock(file, options.lockTimeoutMs ?? 15_000, options.staleLockMs ?? 30_000);
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        throw writeFailed(file, `cannot take its lock (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
    }
    try {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(file, 'a+', 0o600);
        }
        catch (err) {
            throw writeFailed(file, `cannot open it (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            const last = readLastLine(fd, size, file);
            let seq = 1;
            let prev = GENESIS_PREV;
            if (last) {
                seq = lastSeq(last, file) + 1;
                prev = lineDigest(last);
            }
            const records = [];
            const lines = [];
            events.forEach((event, i) => {
                const unsigned = {
                    seq: seq + i,
                    time: now().toISOString(),
                    action: event.action,
                    event: event.event,
                    subject: subjects[i],
                    outcome: event.outcome,
                    run,
                    prev,
                };
                const record = { ...unsigned, hash: computeRecordHash(unsigned) };
                const text = canonical_json_canonicalize(record);
                const line = Buffer.from(text + '\n', 'utf8');
                if (line.length > MAX_LINE_BYTES) {
                    throw writeFailed(file, `the event is ${line.length} bytes, over the ${MAX_LINE_BYTES}-byte line limit`, 'Record names and digests in the subject, not contents.');
                }
                prev = lineDigest(text);
                records.push(record);
                lines.push(line);
            });
            appendLine(fd, lines.length === 1 ? lines[0] : Buffer.concat(lines), size, file);
            return records;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        throw writeFailed(file, errno(err), 'Check that the audit log is on a writable, local file system.', err);
    }
    finally {
        releaseLock(lock);
    }
}
/**
 * Check the whole chain, streaming the file. Reports the first broken record: `brokenSeq` is the
 * seq the first bad line should have had (the number of good lines before it, plus one).
 */
async function verifyAuditLog(path, env = process.env) {
    const file = resolve(path || defaultAuditLogPath(env));
    let handle;
    try {
        // Loaded here, not at the top: node:fs/promises pulls in streams and readline, which every
        // action would otherwise pay for at start-up just to append one line.
        const { open } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
        handle = await open(file, 'r');
    }
    catch (err) {
        const reason = errno(err) === 'ENOENT' ? 'the audit log does not exist' : `cannot read the audit log (${errno(err)})`;
        return { ok: false, count: 0, brokenSeq: 1, reason };
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let count = 0;
    let prev = GENESIS_PREV;
    const fail = (reason) => ({
        ok: false,
        count,
        brokenSeq: count + 1,
        reason: `line ${count + 1}: ${reason}`,
    });
    const checkLine = (line) => {
        if (line.length === 0)
            return 'the line is empty';
        if (line.length > MAX_LINE_BYTES)
            return `the line is longer than ${MAX_LINE_BYTES} bytes`;
        let text;
        try {
            text = decoder.decode(line);
        }
        catch {
            return 'the line is not valid UTF-8';
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return 'the line is not valid JSON';
        }
        const shape = shapeProblem(value);
        if (shape)
            return shape;
        const record = value;
        let canonical;
        try {
            canonical = canonicalize(record);
        }
        catch {
            return 'the record has no canonical JSON form';
        }
        if (canonical !== text)
            return 'the line is not in canonical JSON form (it was reformatted or edited)';
        if (record.seq !== count + 1)
            return `expected seq ${count + 1}, found ${record.seq}`;
        if (record.prev !== prev) {
            return count === 0 ? "'prev' of the first record must be 64 zeros" : `'prev' does not match the SHA-256 of line ${count}`;
        }
        if (record.hash !== computeRecordHash(record))
            return "'hash' does not match the record (the line was edited)";
        prev = lineDigest(line);
        count++;
        return undefined;
    };
    try {
        const chunk = Buffer.alloc(64 * 1024);
        let carry = [];
        let carryLength = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            const data = chunk.subarray(0, bytesRead);
            let start = 0;
            for (let nl = data.indexOf(LF, start); nl !== -1; nl = data.indexOf(LF, start)) {
                const piece = data.subarray(start, nl);
                const line = carryLength > 0 ? Buffer.concat([...carry, piece]) : piece;
                carry = [];
                carryLength = 0;
                const problem = checkLine(line);
                if (problem)
                    return fail(problem);
                start = nl + 1;
            }
            if (start < data.length) {
                carry.push(Buffer.from(data.subarray(start)));
                carryLength += data.length - start;
                if (carryLength > MAX_LINE_BYTES)
                    return fail(`the line is longer than ${MAX_LINE_BYTES} bytes`);
            }
        }
        if (carryLength > 0)
            return fail('the last line is incomplete (no newline at the end: the log was truncated)');
    }
    catch (err) {
        return fail(`cannot read the audit log (${errno(err)})`);
    }
    finally {
        await handle.close();
    }
    return { ok: true, count, head: prev };
}
// ---- writing -----------------------------------------------------------------------------------
function checkEvent(file, event, containsSecret) {
    const fix = 'Pass action, event and outcome as in the AuditEvent type.';
    if (typeof event.action !== 'string' || event.action.trim() === '')
        throw writeFailed(file, "the event has no 'action'", fix);
    if (typeof event.event !== 'string' || event.event.trim() === '')
        throw writeFailed(file, "the event has no 'event' name", fix);
    if (!AUDIT_OUTCOMES.includes(event.outcome)) {
        throw writeFailed(file, `outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`, fix);
    }
    const subject = event.subject ?? {};
    if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) {
        throw writeFailed(file, 'the subject must be an object of names, refs and digests', fix);
    }
    let copy;
    try {
        // A copy of exactly what is written (undefined members dropped), immune to later mutation.
        copy = JSON.parse(canonical_json_canonicalize(subject));
    }
    catch (err) {
        throw writeFailed(file, `the subject is not JSON data (${err.message})`, 'Record strings, numbers and plain objects only.', err);
    }
    if (containsSecret) {
        const refuse = (where) => {
            throw new errors/* GatehouseError */.GA('SECRET_REFUSED', `Refusing to write audit event '${event.action} ${event.event}': ${where} holds a registered secret value.`, { fix: "Record the secret's name or reference in the audit subject, never its value." });
        };
        // One check over all the strings first (each check scans every registered form); only on a
        // hit, look string by string, which also finds where the secret is for the message.
        const strings = [
            [event.action, 'action'],
            [event.event, 'event'],
        ];
        walkStrings(copy, 'subject', (value, where) => strings.push([value, where]));
        if (containsSecret(strings.map(([value]) => value).join('\n'))) {
            for (const [value, where] of strings)
                if (containsSecret(value))
                    refuse(where);
        }
    }
    return copy;
}
/** Calls `visit` for every string in `value`: object keys and string leaves. */
function walkStrings(value, where, visit) {
    if (typeof value === 'string') {
        visit(value, where);
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => walkStrings(item, `${where}[${i}]`, visit));
    }
    else if (value !== null && typeof value === 'object') {
        Object.entries(value).forEach(([key, item], i) => {
            // Name the position, not the key: the key itself might be the secret.
            const at = `${where} key #${i + 1}`;
            visit(key, at);
            walkStrings(item, /^[\w-]+$/.test(key) && key.length <= 40 ? `${where}.${key}` : at, visit);
        });
    }
}
/**
 * The last line of the file (without its LF), read backwards from the end in chunks so a large log
 * is never loaded; undefined for an empty file.
 */
function readLastLine(fd, size, file) {
    if (size === 0)
        return undefined;
    const tail = Buffer.alloc(1);
    (0,external_node_fs_.readSync)(fd, tail, 0, 1, size - 1);
    if (tail[0] !== LF) {
        throw writeFailed(file, 'its last line is incomplete (no newline at the end: the log was truncated or damaged)', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    const end = size - 1;
    const chunks = [];
    let position = end;
    // Records are a few hundred bytes: start small and grow, so a long log costs one small read.
    let step = 4096;
    while (position > 0) {
        const length = Math.min(step, position);
        step = Math.min(step * 4, 64 * 1024);
        const start = position - length;
        const buffer = Buffer.alloc(length);
        readFully(fd, buffer, start);
        const nl = buffer.lastIndexOf(LF);
        if (nl !== -1) {
            chunks.unshift(buffer.subarray(nl + 1));
            break;
        }
        chunks.unshift(buffer);
        position = start;
        if (end - position > MAX_LINE_BYTES) {
            throw writeFailed(file, `its last line is longer than ${MAX_LINE_BYTES} bytes`, 'Keep the damaged log as evidence and point the audit-log input at a new file.');
        }
    }
    const line = Buffer.concat(chunks);
    if (line.length === 0) {
        throw writeFailed(file, 'its last line is empty', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    return line;
}
function readFully(fd, buffer, position) {
    let done = 0;
    while (done < buffer.length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, done, buffer.length - done, position + done);
        if (n === 0)
            throw new Error('the file shrank while it was read');
        done += n;
    }
}
function lastSeq(line, file) {
    let seq;
    try {
        seq = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line)).seq;
    }
    catch {
        seq = undefined;
    }
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
        throw writeFailed(file, 'its last line is not an audit record', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    return seq;
}
/** One write on the O_APPEND descriptor; on any failure the file is cut back to its old size. */
function appendLine(fd, line, oldSize, file) {
    try {
        let written = (0,external_node_fs_.writeSync)(fd, line);
        // A short write is rare (full disk, signals); finish it rather than leave half a line.
        while (written < line.length)
            written += (0,external_node_fs_.writeSync)(fd, line, written, line.length - written);
        // No fsync: it cost ~5 ms per event, and it guards only against the machine losing power,
        // which on a runner loses the job (and its disk) too. The chain protects against edits, not
        // crashes; a torn last line is detected and refused by the next append or verify.
    }
    catch (err) {
        try {
            (0,external_node_fs_.ftruncateSync)(fd, oldSize);
        }
        catch {
            // The next append or verify reports the incomplete line.
        }
        throw writeFailed(file, `the write failed (${errno(err)})`, 'Free disk space or point the audit-log input at a writable path.', err);
    }
}
async function acquireLock(file, timeoutMs, staleMs) {
    const path = `${file}.lock`;
    const token = (0,sha256/* uniqueId */.N)();
    const content = JSON.stringify({ pid: process.pid, host: (0,external_node_os_.hostname)(), token, time: new Date().toISOString() }) + '\n';
    const deadline = Date.now() + timeoutMs;
    let delay = 2;
    for (;;) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
        }
        catch (err) {
            if (errno(err) !== 'EEXIST') {
                throw writeFailed(file, `cannot create its lock file (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
            }
        }
        if (fd !== undefined) {
            try {
                (0,external_node_fs_.writeSync)(fd, content);
                (0,external_node_fs_.closeSync)(fd);
            }
            catch (err) {
                (0,external_node_fs_.closeSync)(fd);
                unlinkQuietly(path);
                throw writeFailed(file, `cannot write its lock file (${errno(err)})`, 'Free disk space or point the audit-log input at a writable path.', err);
            }
            return { path, token };
        }
        const holder = inspectLock(path);
        if (holder === undefined)
            continue; // released between our open and our look: try again now
        if (isStale(holder, staleMs)) {
            breakStaleLock(path, holder, staleMs);
            continue;
        }
        if (Date.now() >= deadline) {
            const who = holder.owner ? `process ${holder.owner.pid} on ${holder.owner.host}` : 'another process';
            throw writeFailed(file, `it stayed locked by ${who} for ${Math.round(timeoutMs / 1000)}s`, `If no other Gatehouse step is running, delete ${path}.`);
        }
        await new Promise((done) => setTimeout(done, delay + Math.random() * delay));
        delay = Math.min(delay * 2, 100);
    }
}
function inspectLock(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        const raw = (0,external_node_fs_.readFileSync)(path, 'utf8');
        let owner;
        try {
            const parsed = JSON.parse(raw);
            if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
                owner = { pid: parsed.pid, host: parsed.host };
        }
        catch {
            owner = undefined; // being written right now, or junk: judged by age alone
        }
        return { ino: stat.ino, mtimeMs: stat.mtimeMs, raw, owner };
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function isStale(lock, staleMs) {
    if (lock.owner && lock.owner.host === (0,external_node_os_.hostname)() && !processAlive(lock.owner.pid))
        return true;
    return Date.now() - lock.mtimeMs > staleMs;
}
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return errno(err) === 'EPERM';
    }
}
/**
 * Remove a stale lock without removing a fresh one by mistake: breakers serialise on a second
 * lock file and remove the lock only if it is still the very file judged stale (same inode, same
 * content, same mtime); a new lock created meanwhile by a live writer is left alone.
 */
function breakStaleLock(path, judged, staleMs) {
    const breaker = `${path}.break`;
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(breaker, 'wx', 0o600));
    }
    catch (err) {
        if (errno(err) !== 'EEXIST')
            throw err;
        // Someone else is breaking it. A breaker file is held for microseconds; an old one was left
        // by a process that died mid-break.
        try {
            if (Date.now() - (0,external_node_fs_.statSync)(breaker).mtimeMs > staleMs)
                (0,external_node_fs_.unlinkSync)(breaker);
        }
        catch {
            // Gone already.
        }
        return;
    }
    try {
        const now = inspectLock(path);
        if (now && now.ino === judged.ino && now.mtimeMs === judged.mtimeMs && now.raw === judged.raw)
            unlinkQuietly(path);
    }
    finally {
        unlinkQuietly(breaker);
    }
}
function releaseLock(lock) {
    try {
        // Only our own lock: if it was broken as stale, the file now belongs to another writer.
        if ((0,external_node_fs_.readFileSync)(lock.path, 'utf8').includes(lock.token))
            (0,external_node_fs_.unlinkSync)(lock.path);
    }
    catch {
        // Already gone.
    }
}
function unlinkQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Already gone.
    }
}
// ---- reading -----------------------------------------------------------------------------------
function shapeProblem(value) {
    if (!isPlainObject(value))
        return 'the line is not a JSON object';
    for (const key of Object.keys(value))
        if (!RECORD_KEYS.includes(key))
            return `unknown field '${key}'`;
    for (const key of RECORD_KEYS)
        if (!(key in value))
            return `missing field '${key}'`;
    const { seq, time, action, event, subject, outcome, run, prev, hash } = value;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
        return "'seq' is not a positive integer";
    if (typeof time !== 'string' || !ISO_UTC.test(time))
        return "'time' is not an ISO 8601 UTC time";
    for (const [name, field] of [
        ['action', action],
        ['event', event],
        ['outcome', outcome],
    ]) {
        if (typeof field !== 'string' || field === '')
            return `'${name}' is not a non-empty string`;
    }
    if (!isPlainObject(subject))
        return "'subject' is not an object";
    if (!isPlainObject(run))
        return "'run' is not an object";
    for (const key of Object.keys(run))
        if (!RUN_KEYS.includes(key))
            return `unknown field 'run.${key}'`;
    for (const key of RUN_KEYS) {
        const field = run[key];
        if (field === undefined)
            return `missing field 'run.${key}'`;
        if (field !== null && typeof field !== 'string')
            return `'run.${key}' is not a string or null`;
    }
    if (typeof prev !== 'string' || !HEX64.test(prev))
        return "'prev' is not 64 lower-case hex digits";
    if (typeof hash !== 'string' || !HEX64.test(hash))
        return "'hash' is not 64 lower-case hex digits";
    return undefined;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
// ---- errors ------------------------------------------------------------------------------------
function writeFailed(file, problem, fix, cause) {
    return new errors/* GatehouseError */.GA('AUDIT_WRITE_FAILED', `Cannot append to the audit log ${file}: ${problem}.`, { fix, cause });
}
function errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
}

// EXTERNAL MODULE: ./packages/core/src/http.ts + 2 modules
var http = __nccwpck_require__(1006);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __nccwpck_require__(7276);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/yaml.ts
// Strict YAML for the files a security tool reads (the policy file, extra leak rules): YAML 1.2
// core schema, unique keys, no merge keys, every warning fatal, and a way to point at the line of
// a key path so a validation error can say where. `yaml` is loaded only when a file is read.
async function parseStrictYaml(text) {
    const YAML = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
}
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

// EXTERNAL MODULE: ./packages/core/src/schema.ts
var src_schema = __nccwpck_require__(2914);
;// CONCATENATED MODULE: ./packages/core/src/policy-path.ts
// Where the policy file lives by default, in a module of its own so an action can check whether
// there is a file without loading the policy code (YAML parser, schema) at start-up.
const DEFAULT_POLICY_PATH = '.github/gatehouse.yml';

;// CONCATENATED MODULE: ./packages/core/src/policy.ts
// The one policy file, `.github/gatehouse.yml` (input `policy` points elsewhere). Each action owns
// one top-level section and declares its schema (schema.ts); loadPolicy validates the sections
// the caller passes and only checks that the others are known:
//
//   const policy = await loadPolicy(inputs.policy, { 'scan-deps': scanDepsPolicy });
//   policy.sections['scan-deps']['fail-on'];
//
//   version: 1            # optional
//   secrets: ...          # owned by actions/fetch-secrets: which environments may read which refs
//   scan-deps: ...        # owned by actions/scan-deps
//   sign-artifact: ...
//   verify-gate: ...
//   mask-logs: ...
//
// A section that is absent or empty is validated as `{}`, so section schemas should give every
// key a default (a repository without a policy file gets the same values). No file at the default
// path means an empty policy; no file at a path given explicitly is an error.
//
// Parsing is strict: YAML 1.2 core schema (`yes` is a string, dates stay strings), duplicate keys,
// unknown tags, several documents, complex keys and alias expansion bombs are refused. The `yaml`
// library is imported only when there is a file to parse, so actions pay nothing for it otherwise.









const POLICY_SECTIONS = ['secrets', 'fetch-secrets', 'scan-deps', 'sign-artifact', 'verify-gate', 'mask-logs'];
const POLICY_VERSION = 1;
/** POLICY_INVALID with every problem found; the message shows the first ones. */
class PolicyError extends errors/* GatehouseError */.GA {
    problems;
    constructor(problems) {
        const [first, ...rest] = problems;
        let message = first?.message ?? 'The policy file is invalid.';
        if (rest.length > 0) {
            const shown = rest.slice(0, 2).map((p) => p.message.replace(/\.$/, ''));
            const more = rest.length > 2 ? ` (and ${rest.length - 2} more)` : '';
            message += ` Also: ${shown.join('; ')}${more}.`;
        }
        const fix = first?.fix ?? `Correct ${first?.file ?? 'the policy file'} there; each action's README documents its policy section.`;
        super('POLICY_INVALID', message, { fix });
        this.problems = problems;
    }
}
const MAX_POLICY_BYTES = 1024 * 1024;
const TOP_LEVEL_KEYS = ['version', ...POLICY_SECTIONS];
/**
 * Load and validate the policy file. `path` is the `policy` input: empty or undefined means the
 * default `.github/gatehouse.yml`, where a missing file is an empty policy; an explicit path must
 * exist.
 */
async function loadPolicy(path, sections, options = {}) {
    const root = (0,external_node_path_.resolve)(options.root ?? (0,src_inputs/* workspaceRoot */.oS)());
    const explicit = path !== undefined && path.trim() !== '';
    const full = (0,external_node_path_.resolve)(root, explicit ? path.trim() : DEFAULT_POLICY_PATH);
    const shown = displayPath(root, full);
    let bytes;
    try {
        const info = await (0,promises_.stat)(full);
        if (!info.isFile())
            throw problem(shown, undefined, 'is not a file', 'Point the policy input at a YAML file.');
        if (info.size > MAX_POLICY_BYTES) {
            throw problem(shown, undefined, `is ${info.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, 'Keep the policy file small: rules, not data.');
        }
        bytes = await (0,promises_.readFile)(full);
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        if (policy_errno(err) === 'ENOENT' || policy_errno(err) === 'ENOTDIR') {
            if (!explicit)
                return emptyPolicy(sections);
            throw problem(shown, undefined, 'does not exist', `Create it, correct the 'policy' input, or remove the input to use ${DEFAULT_POLICY_PATH} (which is optional).`);
        }
        throw problem(shown, undefined, `cannot be read (${policy_errno(err)})`, 'Check the path and its permissions.');
    }
    return parsePolicyBytes(bytes, shown, sections, options);
}
/** Validate policy text that is already in memory; `file` is the name used in messages. */
async function parsePolicy(text, file, sections, options = {}) {
    return parsePolicyBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text), file, sections, options);
}
async function parsePolicyBytes(bytes, file, sections, options) {
    // Pure-JS SHA-256: policy files are small (1 MiB at most), and node:crypto costs start-up time.
    const digest = `sha256:${(0,sha256/* sha256Hex */.f)(bytes)}`;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw problem(file, undefined, 'is not valid UTF-8', 'Save the policy file as UTF-8.');
    }
    const { YAML, doc, problems: syntax, lineOfOffset: lineOf, lineOfPath } = await parseStrictYaml(text);
    // Syntax errors and warnings (unknown tags and the like) are all fatal: a security policy is
    // read exactly as written or not at all.
    if (syntax.length > 0) {
        throw new PolicyError(syntax.map((err) => {
            const line = lineOf(err.pos[0]);
            const what = err.code === 'DUPLICATE_KEY'
                ? duplicateKeyMessage(text, err.pos[0])
                : err.code === 'TAG_RESOLVE_FAILED'
                    ? `The tag '${text.slice(err.pos[0], err.pos[1]).slice(0, 60)}' is not allowed`
                    : err.code === 'MULTIPLE_DOCS'
                        ? 'The file holds more than one YAML document'
                        : sentence(err.message);
            return makeProblem(file, line, '', `${what}.`, fixFor(err.code));
        }));
    }
    const complexKeys = [];
    YAML.visit(doc, {
        Pair(_, pair) {
            if (pair.key !== null && !YAML.isScalar(pair.key)) {
                const node = pair.key;
                complexKeys.push(makeProblem(file, lineOf(node.range?.[0]), '', 'Keys must be plain names, not lists or mappings.', 'Write the key as a plain name.'));
            }
        },
    });
    if (complexKeys.length > 0)
        throw new PolicyError(complexKeys);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    }
    catch (err) {
        const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
        throw problem(file, undefined, bomb ? 'expands YAML aliases too many times (an alias bomb); refused' : `cannot be read as data (${err.message})`, bomb ? 'Write the values out instead of nesting aliases (*name) inside anchors (&name).' : 'Fix the YAML syntax.');
    }
    const issues = [];
    const result = { file, digest, version: undefined, sections: {} };
    if (data !== null && data !== undefined) {
        if (typeof data !== 'object' || Array.isArray(data)) {
            issues.push({
                path: [],
                problem: `must be a mapping of sections such as 'scan-deps:' (got ${(0,src_schema/* describeValue */.bp)(data)})`,
                fix: `Start each section at the beginning of a line: ${POLICY_SECTIONS.join(', ')}.`,
            });
        }
        else {
            checkTopLevel(data, sections, issues, result);
        }
    }
    if (data === null || data === undefined) {
        for (const [name, schema] of sectionEntries(sections))
            result.sections[name] = validateSection(schema, name, undefined, issues);
    }
    if (issues.length > 0) {
        const problems = issues.map((issue) => {
            return makeProblem(file, lineOfPath(issue.path), (0,src_schema/* formatPath */.jV)(issue.path), (0,src_schema/* formatIssue */.Hd)(issue, 'The policy file'), issue.fix);
        });
        // In file order, so the first message is the first thing to fix (sort is stable).
        problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
        throw new PolicyError(problems);
    }
    return result;
}
function checkTopLevel(data, sections, issues, result) {
    for (const key of Object.keys(data)) {
        if (TOP_LEVEL_KEYS.includes(key))
            continue;
        const match = (0,src_schema/* closestMatch */.h0)(key, TOP_LEVEL_KEYS);
        issues.push({
            path: [key],
            problem: `is not a Gatehouse policy section${match ? `; did you mean '${match}'?` : ''}`,
            fix: `The top level holds only: ${TOP_LEVEL_KEYS.join(', ')}.`,
        });
    }
    const version = data['version'];
    if (version !== undefined && version !== null) {
        if (version === POLICY_VERSION)
            result.version = POLICY_VERSION;
        else {
            issues.push({
                path: ['version'],
                problem: `must be ${POLICY_VERSION} (got ${(0,src_schema/* describeValue */.bp)(version)})`,
                fix: `This Gatehouse reads policy version ${POLICY_VERSION}; write 'version: ${POLICY_VERSION}' or leave it out.`,
            });
        }
    }
    const registered = new Map(sectionEntries(sections));
    for (const name of POLICY_SECTIONS) {
        const value = data[name];
        const schema = registered.get(name);
        if (schema) {
            result.sections[name] = validateSection(schema, name, value, issues);
        }
        else if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
            // Another action owns it; it must still be a section.
            issues.push({ path: [name], problem: `must be a mapping (got ${(0,src_schema/* describeValue */.bp)(value)})` });
        }
    }
}
function validateSection(schema, name, value, issues) {
    const outcome = (0,src_schema/* validate */.tf)(schema, value === undefined || value === null ? {} : value, [name]);
    if (!outcome.ok) {
        issues.push(...outcome.issues);
        return undefined;
    }
    return outcome.value;
}
function sectionEntries(sections) {
    const entries = [];
    for (const [name, schema] of Object.entries(sections)) {
        if (!POLICY_SECTIONS.includes(name)) {
            throw new errors/* GatehouseError */.GA('INTERNAL', `loadPolicy was asked for an unknown section '${name}'.`, {
                fix: `Sections are: ${POLICY_SECTIONS.join(', ')}.`,
            });
        }
        if (schema)
            entries.push([name, schema]);
    }
    return entries;
}
function emptyPolicy(sections) {
    const issues = [];
    const result = {};
    for (const [name, schema] of sectionEntries(sections))
        result[name] = validateSection(schema, name, undefined, issues);
    if (issues.length > 0) {
        // A section schema with required keys cannot work without a file: that is a bug in the action.
        throw new errors/* GatehouseError */.GA('INTERNAL', `The ${issues[0].path[0]} policy section has required keys but there is no policy file.`, {
            fix: 'Give every key of a policy section a default.',
        });
    }
    return { file: undefined, digest: undefined, version: undefined, sections: result };
}
function duplicateKeyMessage(text, offset) {
    const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
    const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#]+?)\s*:/.exec(rest)?.[1];
    return key
        ? `The key ${key.startsWith('"') || key.startsWith("'") ? key : `'${key}'`} appears twice in the same mapping`
        : 'A key appears twice in the same mapping';
}
function fixFor(code) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return 'Keep one of them: YAML parsers disagree on which one wins.';
        case 'TAG_RESOLVE_FAILED':
            return "Remove the '!' tag: the policy file is plain data.";
        case 'MULTIPLE_DOCS':
            return "Put everything in one document (remove the '---' separators after the first).";
        default:
            return 'Fix the YAML syntax at that line.';
    }
}
// ---- messages ------------------------------------------------------------------------------------
function makeProblem(file, line, path, text, fix) {
    return { file, line, path, message: `${file}${line === undefined ? '' : `:${line}`}: ${text}`, fix };
}
function problem(file, line, what, fix) {
    return new PolicyError([makeProblem(file, line, '', `The policy file ${what}.`, fix)]);
}
function sentence(message) {
    const first = message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/[.:]$/, '');
    return first.charAt(0).toUpperCase() + first.slice(1);
}
function displayPath(root, full) {
    const rel = (0,external_node_path_.relative)(root, full);
    const inside = rel !== '' && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
    return (inside ? rel : full).split(external_node_path_.sep).join('/');
}
function policy_errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
}

// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./actions/scan-deps/src/lockfiles/index.ts
// Which parser reads which file. Parsers are loaded on first use, so a repository with only a
// package-lock.json never loads the TOML or YAML parsers.
const exact = (...names) => (fileName) => names.includes(fileName);
const FORMATS = [
    {
        name: 'npm',
        label: 'package-lock.json, npm-shrinkwrap.json',
        matches: exact('package-lock.json', 'npm-shrinkwrap.json'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1558))).parseNpmLock,
    },
    { name: 'yarn', label: 'yarn.lock', matches: exact('yarn.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(381)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1381))).parseYarnLock },
    { name: 'pnpm', label: 'pnpm-lock.yaml', matches: exact('pnpm-lock.yaml'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(242)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1242))).parsePnpmLock },
    { name: 'bun', label: 'bun.lock', matches: exact('bun.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1142))).parseBunLock },
    {
        name: 'requirements',
        label: 'requirements*.txt',
        matches: (f) => /^requirements[\w.-]*\.txt$/.test(f),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(687)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3687))).parseRequirements,
    },
    { name: 'poetry', label: 'poetry.lock', matches: exact('poetry.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(966)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4966))).parsePoetryLock },
    {
        name: 'pipenv',
        label: 'Pipfile.lock',
        matches: exact('Pipfile.lock'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7636))).parsePipfileLock,
    },
    { name: 'uv', label: 'uv.lock', matches: exact('uv.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(468)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8468))).parseUvLock },
    { name: 'pdm', label: 'pdm.lock', matches: exact('pdm.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(844)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3844))).parsePdmLock },
    {
        name: 'go',
        label: 'go.mod (with go.sum)',
        matches: exact('go.mod'),
        load: async () => {
            const go = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(865)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3865));
            // go.sum beside go.mod supplies the h1: hashes and the modules go.mod leaves implicit.
            return (text, ctx) => {
                const mod = go.parseGoMod(text, ctx);
                const sum = ctx.readInclude?.('go.sum');
                if (sum === undefined)
                    return mod;
                const sumPath = ctx.path.replace(/go\.mod$/, 'go.sum');
                return go.mergeGo(mod, go.parseGoSum(sum, { path: sumPath }));
            };
        },
    },
    { name: 'cargo', label: 'Cargo.lock', matches: exact('Cargo.lock'), load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6799))).parseCargoLock },
    {
        name: 'bundler',
        label: 'Gemfile.lock, gems.locked',
        matches: exact('Gemfile.lock', 'gems.locked'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(861)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2242))).parseGemfileLock,
    },
    {
        name: 'composer',
        label: 'composer.lock',
        matches: exact('composer.lock'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(725)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7725))).parseComposerLock,
    },
];
function formatOf(fileName) {
    return FORMATS.find((format) => format.matches(fileName));
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/osv/match.ts
// Does an OSV record affect a package at its version? This follows the OSV schema's evaluation
// pseudocode with the details of osv-scalibr's offline matcher (see shared/reference/osv.md):
// withdrawn records match nothing; an affected[] entry applies when its ecosystem (less any
// `:release` suffix) and name match, PyPI names compared after PEP 503 normalisation; the `versions`
// list is matched as exact strings; SEMVER and ECOSYSTEM ranges are evaluated with the ecosystem's
// comparator (introduced "0" = from the beginning, fixed exclusive, last_affected inclusive, limit as
// an upper cut, events sorted first); GIT ranges are skipped (they need the commit graph) rather than
// ending the search; an empty package version counts as affected; affected[] entries and ranges are ORed.
/** PEP 503 name normalisation: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The ecosystem an OSV `affected[].package.ecosystem` names, without a `:release` suffix (`Debian:11`). */
function baseEcosystem(ecosystem) {
    const i = ecosystem.indexOf(':');
    return i < 0 ? ecosystem : ecosystem.slice(0, i);
}
function packageMatches(affected, pkg) {
    const p = affected.package;
    if (!p)
        return false;
    if (baseEcosystem(p.ecosystem) !== pkg.ecosystem)
        return false;
    if (pkg.ecosystem === 'PyPI')
        return normalizePypiName(p.name) === normalizePypiName(pkg.name);
    return p.name === pkg.name;
}
/** Compare, or undefined when either side does not parse for this ecosystem. */
function tryCompare(compare, a, b) {
    try {
        return compare(a, b);
    }
    catch {
        return undefined;
    }
}
function eventVersion(e) {
    return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
}
/**
 * Events in evaluation order: sorted by version, `introduced: "0"` first. An event whose version does
 * not parse with the ecosystem's comparator is dropped (only that event), as is an event without a
 * version; `limit: "*"` is kept (it means no limit).
 */
function sortedEvents(events, compare) {
    const usable = events.filter((e) => {
        const v = eventVersion(e);
        if (v === undefined)
            return false;
        if ((e.introduced !== undefined && v === '0') || (e.limit !== undefined && v === '*'))
            return true;
        return tryCompare(compare, v, v) !== undefined;
    });
    const rank = (e) => (e.introduced === '0' ? -1 : e.limit === '*' ? 1 : 0);
    return usable
        .map((e, i) => ({ e, i }))
        .sort((x, y) => {
        const rx = rank(x.e);
        const ry = rank(y.e);
        if (rx !== 0 || ry !== 0)
            return rx - ry || x.i - y.i;
        return compare(eventVersion(x.e), eventVersion(y.e)) || x.i - y.i;
    })
        .map(({ e }) => e);
}
/**
 * includedInRange from the reference pseudocode, for a SEMVER or ECOSYSTEM range. `version` must
 * parse with `compare` (the caller checks).
 */
function includedInRange(range, version, compare) {
    const events = sortedEvents(range.events ?? [], compare);
    const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit);
    if (limits.length > 0 && !limits.some((l) => l === '*' || compare(version, l) < 0))
        return false;
    let vulnerable = false;
    for (const e of events) {
        if (e.introduced !== undefined && (e.introduced === '0' || compare(version, e.introduced) >= 0))
            vulnerable = true;
        else if (e.fixed !== undefined && compare(version, e.fixed) >= 0)
            vulnerable = false;
        else if (e.last_affected !== undefined && compare(version, e.last_affected) > 0)
            vulnerable = false;
    }
    return vulnerable;
}
function entryAffects(a, version, compare) {
    const ranges = a.ranges ?? [];
    const versions = a.versions ?? [];
    if (ranges.length === 0 && versions.length === 0)
        return false;
    if (versions.includes(version))
        return true;
    // An unparsable package version cannot be placed in a range (only the exact list can match it).
    const parsable = version !== '' && tryCompare(compare, version, version) !== undefined;
    if (parsable) {
        for (const r of ranges) {
            if (r.type === 'GIT')
                continue; // needs the commit graph: skipped, not a reason to stop
            if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM')
                continue;
            if (includedInRange(r, version, compare))
                return true;
        }
    }
    return version === ''; // scalibr: an unknown version counts as affected
}
function affects(record, pkg, compare) {
    if (record.withdrawn)
        return { affected: false, fixed: [] };
    const matching = (record.affected ?? []).filter((a) => packageMatches(a, pkg));
    const affected = matching.some((a) => entryAffects(a, pkg.version, compare));
    if (!affected)
        return { affected: false, fixed: [] };
    const fixed = [];
    for (const a of matching) {
        for (const r of a.ranges ?? []) {
            if (r.type === 'GIT')
                continue;
            for (const e of r.events ?? []) {
                if (e.fixed === undefined || tryCompare(compare, e.fixed, e.fixed) === undefined)
                    continue;
                const above = pkg.version === '' ? 1 : (tryCompare(compare, e.fixed, pkg.version) ?? 1);
                if (above > 0)
                    fixed.push(e.fixed);
            }
        }
    }
    fixed.sort(compare);
    const unique = fixed.filter((v, i) => i === 0 || compare(fixed[i - 1], v) !== 0);
    return { affected: true, fixed: unique };
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/osv/cvss.ts
// CVSS base scores from vector strings, and the severity of an OSV record.
//
// - v3.0/v3.1: the base equations of the CVSS v3.1 specification (FIRST, §7.1) with its Roundup
//   (Appendix A); v3.0 vectors use v3.0's own Roundup (ceiling to one decimal, as FIRST's v3.0
//   calculator computes it).
// - v4.0: the MacroVector method of the CVSS v4.0 specification (FIRST, §8): equivalence classes
//   EQ1-EQ6, the MacroVector score lookup table, and the interpolation by severity distance to the
//   highest-severity vectors of the MacroVector, as FIRST's/Red Hat's reference calculator computes it.
//   Threat and Environmental metrics that are absent count as X (E:X -> A, CR/IR/AR:X -> H).
// - v2: the CVSS v2 base equation (FIRST, §3.2.1).
/** Thrown for a vector string that is not a well-formed vector of its CVSS version. */
class CvssVectorError extends Error {
    name = 'CvssVectorError';
}
/** Splits `prefix/K:V/K:V...`, checking every metric is known, valued as allowed, and given once. */
function parseMetrics(vector, body, allowed, mandatory) {
    const metrics = new Map();
    if (body === '')
        throw new CvssVectorError(`Invalid CVSS vector "${vector}": no metrics`);
    for (const part of body.split('/')) {
        const m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
        if (!m)
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": malformed metric "${part}"`);
        const [, key, value] = m;
        const values = allowed[key];
        if (!values)
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": unknown metric "${key}"`);
        if (!values.includes(value))
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": bad value "${value}" for ${key}`);
        if (metrics.has(key))
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": metric ${key} given twice`);
        metrics.set(key, value);
    }
    const missing = mandatory.filter((k) => !metrics.has(k));
    if (missing.length > 0)
        throw new CvssVectorError(`Invalid CVSS vector "${vector}": missing ${missing.join(', ')}`);
    return metrics;
}
const round1 = (x) => Math.round(x * 10) / 10;
// ---- CVSS v3.x ------------------------------------------------------------------------------------
const V3_ALLOWED = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: ['H', 'L', 'N'],
    I: ['H', 'L', 'N'],
    A: ['H', 'L', 'N'],
    E: ['X', 'H', 'F', 'P', 'U'],
    RL: ['X', 'U', 'W', 'T', 'O'],
    RC: ['X', 'C', 'R', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'R'],
    MS: ['X', 'U', 'C'],
    MC: ['X', 'N', 'L', 'H'],
    MI: ['X', 'N', 'L', 'H'],
    MA: ['X', 'N', 'L', 'H'],
};
const V3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];
/** CVSS v3.1 Appendix A Roundup: the smallest one-decimal number >= x, free of float artefacts. */
function roundup31(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/** v3.0's Roundup as FIRST's v3.0 calculator implements it. */
function roundup30(x) {
    return Math.ceil(x * 10) / 10;
}
/** Base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector. Throws CvssVectorError for a bad vector. */
function cvss3Score(vector) {
    const m = /^CVSS:3\.([01])\/(.*)$/.exec(vector.trim());
    if (!m)
        throw new CvssVectorError(`Invalid CVSS v3 vector "${vector}": expected prefix CVSS:3.0/ or CVSS:3.1/`);
    const metrics = parseMetrics(vector, m[2], V3_ALLOWED, V3_BASE);
    const roundup = m[1] === '1' ? roundup31 : roundup30;
    const g = (k) => metrics.get(k);
    const changed = g('S') === 'C';
    const av = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }[g('AV')];
    const ac = { L: 0.77, H: 0.44 }[g('AC')];
    const pr = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[g('PR')];
    const ui = { N: 0.85, R: 0.62 }[g('UI')];
    const cia = (k) => ({ H: 0.56, L: 0.22, N: 0 })[g(k)];
    const iss = 1 - (1 - cia('C')) * (1 - cia('I')) * (1 - cia('A'));
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    return changed ? roundup(Math.min(1.08 * (impact + exploitability), 10)) : roundup(Math.min(impact + exploitability, 10));
}
// ---- CVSS v2 --------------------------------------------------------------------------------------
const V2_ALLOWED = {
    AV: ['L', 'A', 'N'],
    AC: ['H', 'M', 'L'],
    Au: ['M', 'S', 'N'],
    C: ['N', 'P', 'C'],
    I: ['N', 'P', 'C'],
    A: ['N', 'P', 'C'],
    E: ['U', 'POC', 'F', 'H', 'ND'],
    RL: ['OF', 'TF', 'W', 'U', 'ND'],
    RC: ['UC', 'UR', 'C', 'ND'],
    CDP: ['N', 'L', 'LM', 'MH', 'H', 'ND'],
    TD: ['N', 'L', 'M', 'H', 'ND'],
    CR: ['L', 'M', 'H', 'ND'],
    IR: ['L', 'M', 'H', 'ND'],
    AR: ['L', 'M', 'H', 'ND'],
};
/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally `(...)` or `CVSS:2.0/`). */
function cvss2Score(vector) {
    const body = vector
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .replace(/^CVSS:2\.0\//, '');
    const metrics = parseMetrics(vector, body, V2_ALLOWED, ['AV', 'AC', 'Au', 'C', 'I', 'A']);
    const g = (k) => metrics.get(k);
    const av = { L: 0.395, A: 0.646, N: 1.0 }[g('AV')];
    const ac = { H: 0.35, M: 0.61, L: 0.71 }[g('AC')];
    const au = { M: 0.45, S: 0.56, N: 0.704 }[g('Au')];
    const cia = (k) => ({ N: 0, P: 0.275, C: 0.66 })[g(k)];
    const impact = 10.41 * (1 - (1 - cia('C')) * (1 - cia('I')) * (1 - cia('A')));
    const exploitability = 20 * av * ac * au;
    const f = impact === 0 ? 0 : 1.176;
    return round1((0.6 * impact + 0.4 * exploitability - 1.5) * f);
}
// ---- CVSS v4.0 ------------------------------------------------------------------------------------
const V4_ALLOWED = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: ['H', 'L', 'N'],
    VI: ['H', 'L', 'N'],
    VA: ['H', 'L', 'N'],
    SC: ['H', 'L', 'N'],
    SI: ['H', 'L', 'N'],
    SA: ['H', 'L', 'N'],
    E: ['X', 'A', 'P', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MAT: ['X', 'N', 'P'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'P', 'A'],
    MVC: ['X', 'H', 'L', 'N'],
    MVI: ['X', 'H', 'L', 'N'],
    MVA: ['X', 'H', 'L', 'N'],
    MSC: ['X', 'H', 'L', 'N'],
    MSI: ['X', 'S', 'H', 'L', 'N'],
    MSA: ['X', 'S', 'H', 'L', 'N'],
    S: ['X', 'N', 'P'],
    AU: ['X', 'N', 'Y'],
    R: ['X', 'A', 'U', 'I'],
    V: ['X', 'D', 'C'],
    RE: ['X', 'L', 'M', 'H'],
    U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};
const V4_BASE = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];
/**
 * MacroVector scores of the CVSS v4.0 specification (FIRST), keyed by EQ1..EQ6 digits: the score of
 * the highest-severity vector of each MacroVector. Missing keys are MacroVectors that cannot occur.
 */
// prettier-ignore
const V4_LOOKUP = {
    '000000': 10, '000001': 9.9, '000010': 9.8, '000011': 9.5, '000020': 9.5, '000021': 9.2,
    '000100': 10, '000101': 9.6, '000110': 9.3, '000111': 8.7, '000120': 9.1, '000121': 8.1,
    '000200': 9.3, '000201': 9, '000210': 8.9, '000211': 8, '000220': 8.1, '000221': 6.8,
    '001000': 9.8, '001001': 9.5, '001010': 9.5, '001011': 9.2, '001020': 9, '001021': 8.4,
    '001100': 9.3, '001101': 9.2, '001110': 8.9, '001111': 8.1, '001120': 8.1, '001121': 6.5,
    '001200': 8.8, '001201': 8, '001210': 7.8, '001211': 7, '001220': 6.9, '001221': 4.8,
    '002001': 9.2, '002011': 8.2, '002021': 7.2, '002101': 7.9, '002111': 6.9, '002121': 5,
    '002201': 6.9, '002211': 5.5, '002221': 2.7,
    '010000': 9.9, '010001': 9.7, '010010': 9.5, '010011': 9.2, '010020': 9.2, '010021': 8.5,
    '010100': 9.5, '010101': 9.1, '010110': 9, '010111': 8.3, '010120': 8.4, '010121': 7.1,
    '010200': 9.2, '010201': 8.1, '010210': 8.2, '010211': 7.1, '010220': 7.2, '010221': 5.3,
    '011000': 9.5, '011001': 9.3, '011010': 9.2, '011011': 8.5, '011020': 8.5, '011021': 7.3,
    '011100': 9.2, '011101': 8.2, '011110': 8, '011111': 7.2, '011120': 7, '011121': 5.9,
    '011200': 8.4, '011201': 7, '011210': 7.1, '011211': 5.2, '011220': 5, '011221': 3,
    '012001': 8.6, '012011': 7.5, '012021': 5.2, '012101': 7.1, '012111': 5.2, '012121': 2.9,
    '012201': 6.3, '012211': 2.9, '012221': 1.7,
    '100000': 9.8, '100001': 9.5, '100010': 9.4, '100011': 8.7, '100020': 9.1, '100021': 8.1,
    '100100': 9.4, '100101': 8.9, '100110': 8.6, '100111': 7.4, '100120': 7.7, '100121': 6.4,
    '100200': 8.7, '100201': 7.5, '100210': 7.4, '100211': 6.3, '100220': 6.3, '100221': 4.9,
    '101000': 9.4, '101001': 8.9, '101010': 8.8, '101011': 7.7, '101020': 7.6, '101021': 6.7,
    '101100': 8.6, '101101': 7.6, '101110': 7.4, '101111': 5.8, '101120': 5.9, '101121': 5,
    '101200': 7.2, '101201': 5.7, '101210': 5.7, '101211': 5.2, '101220': 5.2, '101221': 2.5,
    '102001': 8.3, '102011': 7, '102021': 5.4, '102101': 6.5, '102111': 5.8, '102121': 2.6,
    '102201': 5.3, '102211': 2.1, '102221': 1.3,
    '110000': 9.5, '110001': 9, '110010': 8.8, '110011': 7.6, '110020': 7.6, '110021': 7,
    '110100': 9, '110101': 7.7, '110110': 7.5, '110111': 6.2, '110120': 6.1, '110121': 5.3,
    '110200': 7.7, '110201': 6.6, '110210': 6.8, '110211': 5.9, '110220': 5.2, '110221': 3,
    '111000': 8.9, '111001': 7.8, '111010': 7.6, '111011': 6.7, '111020': 6.2, '111021': 5.8,
    '111100': 7.4, '111101': 5.9, '111110': 5.7, '111111': 5.7, '111120': 4.7, '111121': 2.3,
    '111200': 6.1, '111201': 5.2, '111210': 5.7, '111211': 2.9, '111220': 2.4, '111221': 1.6,
    '112001': 7.1, '112011': 5.9, '112021': 3, '112101': 5.8, '112111': 2.6, '112121': 1.5,
    '112201': 2.3, '112211': 1.3, '112221': 0.6,
    '200000': 9.3, '200001': 8.7, '200010': 8.6, '200011': 7.2, '200020': 7.5, '200021': 5.8,
    '200100': 8.6, '200101': 7.4, '200110': 7.4, '200111': 6.1, '200120': 5.6, '200121': 3.4,
    '200200': 7, '200201': 5.4, '200210': 5.2, '200211': 4, '200220': 4, '200221': 2.2,
    '201000': 8.5, '201001': 7.5, '201010': 7.4, '201011': 5.5, '201020': 6.2, '201021': 5.1,
    '201100': 7.2, '201101': 5.7, '201110': 5.5, '201111': 4.1, '201120': 4.6, '201121': 1.9,
    '201200': 5.3, '201201': 3.6, '201210': 3.4, '201211': 1.9, '201220': 1.9, '201221': 0.8,
    '202001': 6.4, '202011': 5.1, '202021': 2, '202101': 4.7, '202111': 2.1, '202121': 1.1,
    '202201': 2.4, '202211': 0.9, '202221': 0.4,
    '210000': 8.8, '210001': 7.5, '210010': 7.3, '210011': 5.3, '210020': 6, '210021': 5,
    '210100': 7.3, '210101': 5.5, '210110': 5.9, '210111': 4, '210120': 4.1, '210121': 2,
    '210200': 5.4, '210201': 4.3, '210210': 4.5, '210211': 2.2, '210220': 2, '210221': 1.1,
    '211000': 7.5, '211001': 5.5, '211010': 5.8, '211011': 4.5, '211020': 4, '211021': 2.1,
    '211100': 6.1, '211101': 5.1, '211110': 4.8, '211111': 1.8, '211120': 2, '211121': 0.9,
    '211200': 4.6, '211201': 1.8, '211210': 1.7, '211211': 0.7, '211220': 0.8, '211221': 0.2,
    '212001': 5.3, '212011': 2.4, '212021': 1.4, '212101': 2.4, '212111': 1.2, '212121': 0.5,
    '212201': 1, '212211': 0.3, '212221': 0.1,
};
/**
 * Severity level of each metric value (spec §8.2), in the reference calculator's units of 0.1 so that
 * the floating-point arithmetic, and so the rounding, is the same as there.
 */
const V4_LEVELS = {
    AV: { N: 0.0, A: 0.1, L: 0.2, P: 0.3 },
    PR: { N: 0.0, L: 0.1, H: 0.2 },
    UI: { N: 0.0, P: 0.1, A: 0.2 },
    AC: { L: 0.0, H: 0.1 },
    AT: { N: 0.0, P: 0.1 },
    VC: { H: 0.0, L: 0.1, N: 0.2 },
    VI: { H: 0.0, L: 0.1, N: 0.2 },
    VA: { H: 0.0, L: 0.1, N: 0.2 },
    SC: { H: 0.1, L: 0.2, N: 0.3 },
    SI: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    SA: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    CR: { H: 0.0, M: 0.1, L: 0.2 },
    IR: { H: 0.0, M: 0.1, L: 0.2 },
    AR: { H: 0.0, M: 0.1, L: 0.2 },
};
/** Highest-severity vectors of each EQ level (for EQ3, keyed by EQ3 then EQ6). */
const V4_MAX_EQ1 = {
    0: ['AV:N/PR:N/UI:N'],
    1: ['AV:A/PR:N/UI:N', 'AV:N/PR:L/UI:N', 'AV:N/PR:N/UI:P'],
    2: ['AV:P/PR:N/UI:N', 'AV:A/PR:L/UI:P'],
};
const V4_MAX_EQ2 = { 0: ['AC:L/AT:N'], 1: ['AC:H/AT:N', 'AC:L/AT:P'] };
const V4_MAX_EQ3EQ6 = {
    0: { 0: ['VC:H/VI:H/VA:H/CR:H/IR:H/AR:H'], 1: ['VC:H/VI:H/VA:L/CR:M/IR:M/AR:H', 'VC:H/VI:H/VA:H/CR:M/IR:M/AR:M'] },
    1: {
        0: ['VC:L/VI:H/VA:H/CR:H/IR:H/AR:H', 'VC:H/VI:L/VA:H/CR:H/IR:H/AR:H'],
        1: [
            'VC:L/VI:H/VA:L/CR:H/IR:M/AR:H',
            'VC:L/VI:H/VA:H/CR:H/IR:M/AR:M',
            'VC:H/VI:L/VA:H/CR:M/IR:H/AR:M',
            'VC:H/VI:L/VA:L/CR:M/IR:H/AR:H',
            'VC:L/VI:L/VA:H/CR:H/IR:H/AR:M',
        ],
    },
    2: { 1: ['VC:L/VI:L/VA:L/CR:H/IR:H/AR:H'] },
};
const V4_MAX_EQ4 = { 0: ['SC:H/SI:S/SA:S'], 1: ['SC:H/SI:H/SA:H'], 2: ['SC:L/SI:L/SA:L'] };
/** Depth of each MacroVector (max severity distance + 1), in steps of 0.1. */
const V4_DEPTH = {
    eq1: { 0: 1, 1: 4, 2: 5 },
    eq2: { 0: 1, 1: 2 },
    eq3eq6: { 0: { 0: 7, 1: 6 }, 1: { 0: 8, 1: 8 }, 2: { 1: 10 } },
    eq4: { 0: 6, 1: 5, 2: 4 },
};
/** Effective value of a v4 metric: the modified (M*) value when given, worst case for absent E/CR/IR/AR. */
function v4Effective(metrics, key) {
    const v = metrics.get(key) ?? 'X';
    if (v === 'X' && key === 'E')
        return 'A';
    if (v === 'X' && (key === 'CR' || key === 'IR' || key === 'AR'))
        return 'H';
    const modified = metrics.get(`M${key}`);
    if (modified !== undefined && modified !== 'X')
        return modified;
    return v;
}
function v4MacroVector(eff) {
    const [av, pr, ui] = [eff('AV'), eff('PR'), eff('UI')];
    const eq1 = av === 'N' && pr === 'N' && ui === 'N' ? 0 : (av === 'N' || pr === 'N' || ui === 'N') && av !== 'P' ? 1 : 2;
    const eq2 = eff('AC') === 'L' && eff('AT') === 'N' ? 0 : 1;
    const [vc, vi, va] = [eff('VC'), eff('VI'), eff('VA')];
    const eq3 = vc === 'H' && vi === 'H' ? 0 : vc === 'H' || vi === 'H' || va === 'H' ? 1 : 2;
    const eq4 = eff('MSI') === 'S' || eff('MSA') === 'S' ? 0 : eff('SC') === 'H' || eff('SI') === 'H' || eff('SA') === 'H' ? 1 : 2;
    const e = eff('E');
    const eq5 = e === 'A' ? 0 : e === 'P' ? 1 : 2;
    const eq6 = (eff('CR') === 'H' && vc === 'H') || (eff('IR') === 'H' && vi === 'H') || (eff('AR') === 'H' && va === 'H') ? 0 : 1;
    return [eq1, eq2, eq3, eq4, eq5, eq6];
}
/** Base (or BT/BE/BTE) score of a `CVSS:4.0/...` vector. Throws CvssVectorError for a bad vector. */
function cvss4Score(vector) {
    const m = /^CVSS:4\.0\/(.*)$/.exec(vector.trim());
    if (!m)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": expected prefix CVSS:4.0/`);
    const metrics = parseMetrics(vector, m[1], V4_ALLOWED, V4_BASE);
    const eff = (k) => v4Effective(metrics, k);
    if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((k) => eff(k) === 'N'))
        return 0;
    const eq = v4MacroVector(eff);
    const [eq1, eq2, eq3, eq4, eq5, eq6] = eq;
    const key = (d) => d.join('');
    const score = (d) => V4_LOOKUP[key(d)];
    const value = score(eq);
    if (value === undefined)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": no MacroVector ${key(eq)}`);
    // Score of the next lower MacroVector along each EQ (undefined when there is none).
    const lower1 = score([eq1 + 1, eq2, eq3, eq4, eq5, eq6]);
    const lower2 = score([eq1, eq2 + 1, eq3, eq4, eq5, eq6]);
    let lower36;
    if (eq3 === 0 && eq6 === 0) {
        const left = score([eq1, eq2, eq3, eq4, eq5, eq6 + 1]);
        const right = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6]);
        lower36 = left === undefined || right === undefined ? undefined : Math.max(left, right);
    }
    else if (eq3 === 1 && eq6 === 0) {
        lower36 = score([eq1, eq2, eq3, eq4, eq5, eq6 + 1]);
    }
    else if (eq6 === 1 && eq3 < 2) {
        lower36 = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6]);
    }
    else {
        lower36 = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1]);
    }
    const lower4 = score([eq1, eq2, eq3, eq4 + 1, eq5, eq6]);
    const lower5 = score([eq1, eq2, eq3, eq4, eq5 + 1, eq6]);
    // The first highest-severity vector of this MacroVector that the scored vector does not exceed.
    const parseMax = (s) => new Map(s.split('/').map((kv) => kv.split(':')));
    let distances;
    search: for (const a of V4_MAX_EQ1[eq1])
        for (const b of V4_MAX_EQ2[eq2])
            for (const c of V4_MAX_EQ3EQ6[eq3][eq6])
                for (const d of V4_MAX_EQ4[eq4]) {
                    const max = parseMax(`${a}/${b}/${c}/${d}`);
                    const dist = {};
                    for (const [k, levels] of Object.entries(V4_LEVELS))
                        dist[k] = levels[eff(k)] - levels[max.get(k)];
                    if (Object.values(dist).every((x) => x >= 0)) {
                        distances = dist;
                        break search;
                    }
                }
    if (!distances)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": no highest-severity vector applies`);
    const d = distances;
    const STEP = 0.1;
    const parts = [
        [lower1, d.AV + d.PR + d.UI, V4_DEPTH.eq1[eq1] * STEP],
        [lower2, d.AC + d.AT, V4_DEPTH.eq2[eq2] * STEP],
        [lower36, d.VC + d.VI + d.VA + d.CR + d.IR + d.AR, V4_DEPTH.eq3eq6[eq3][eq6] * STEP],
        [lower4, d.SC + d.SI + d.SA, V4_DEPTH.eq4[eq4] * STEP],
        [lower5, 0, 1], // EQ5 has a single value per level: its proportional distance is always 0
    ];
    let n = 0;
    let sum = 0;
    for (const [lower, distance, depth] of parts) {
        if (lower === undefined)
            continue;
        n++;
        sum += (value - lower) * (distance / depth);
    }
    const mean = n === 0 ? 0 : sum / n;
    return round1(Math.max(0, Math.min(10, value - mean)));
}
// ---- Severity of an OSV record --------------------------------------------------------------------
function levelOf(score) {
    if (score === 0)
        return 'none';
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
}
const GHSA_LEVELS = { LOW: 'low', MODERATE: 'medium', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' };
/** Scores one OSV severity entry, or undefined when its type is not CVSS or its vector is bad. */
function scoreOf(s) {
    try {
        if (s.type === 'CVSS_V4')
            return cvss4Score(s.score);
        if (s.type === 'CVSS_V3')
            return cvss3Score(s.score);
        if (s.type === 'CVSS_V2')
            return cvss2Score(s.score);
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** v4 first, then v3.1, v3.0, then v2. */
function preference(s) {
    if (s.type === 'CVSS_V4')
        return 0;
    if (s.type === 'CVSS_V3')
        return s.score.startsWith('CVSS:3.1/') ? 1 : 2;
    if (s.type === 'CVSS_V2')
        return 3;
    return 9;
}
function databaseSeverity(db) {
    if (typeof db !== 'object' || db === null)
        return undefined;
    const s = db.severity;
    return typeof s === 'string' ? s : undefined;
}
/**
 * The severity of a record (for one affected[] entry, when given): the entry's own `severity` wins
 * over the top-level one; among CVSS vectors v4 is preferred, then v3.1, v3.0, then v2; a vector that
 * does not parse is passed over. Without a usable vector, the GHSA `database_specific.severity` label
 * (LOW/MODERATE/HIGH/CRITICAL) gives the level; otherwise the level is unknown.
 */
function severityOf(record, affected) {
    const own = affected?.severity ?? [];
    const candidates = (own.length > 0 ? own : (record.severity ?? [])).filter((s) => preference(s) < 9);
    for (const s of [...candidates].sort((a, b) => preference(a) - preference(b))) {
        const score = scoreOf(s);
        if (score !== undefined)
            return { level: levelOf(score), score, source: s.score };
    }
    for (const label of [databaseSeverity(record.database_specific), databaseSeverity(affected?.database_specific)]) {
        const level = label !== undefined ? GHSA_LEVELS[label.toUpperCase()] : undefined;
        if (level)
            return { level, source: `GHSA:${label.toUpperCase()}` };
    }
    return { level: 'unknown' };
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/semver.ts
// SemVer 2.0.0 precedence (https://semver.org §11), as npm and crates.io order versions. A leading `v`
// or `=` (as node-semver accepts) and surrounding whitespace are tolerated; build metadata is parsed
// but ignored in precedence. Numbers are compared as arbitrarily large integers.
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_RE = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?$`);
/** Compares two non-negative decimal integer strings of any length without overflow. */
function compareNumeric(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Plain code-unit (ASCII) order, as SemVer requires for alphanumeric identifiers. */
function compareAscii(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const isNumeric = (id) => /^\d+$/.test(id);
/**
 * Compares pre-release identifier lists by SemVer rule 11.4: an empty list (a release) ranks above any
 * pre-release; numeric identifiers compare numerically and rank below alphanumeric ones; a longer list
 * wins when all preceding identifiers are equal.
 */
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xn = isNumeric(x);
        const yn = isNumeric(y);
        const c = xn && yn ? compareNumeric(x, y) : xn ? -1 : yn ? 1 : compareAscii(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Parses a SemVer 2.0.0 version (leading `v`/`=` allowed); undefined when it is not one. */
function tryParse(version) {
    const m = SEMVER_RE.exec(version.trim().replace(/^=?\s*v?/i, ''));
    if (!m)
        return undefined;
    return {
        major: m[1],
        minor: m[2],
        patch: m[3],
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ? m[5].split('.') : [],
    };
}
function parse(version) {
    const v = tryParse(version);
    if (!v)
        throw new Error(`Invalid SemVer version: "${version}"`);
    return v;
}
function isValid(version) {
    return tryParse(version) !== undefined;
}
function compareParsed(a, b) {
    return (compareNumeric(a.major, b.major) ||
        compareNumeric(a.minor, b.minor) ||
        compareNumeric(a.patch, b.patch) ||
        comparePrerelease(a.prerelease, b.prerelease));
}
const compare = (a, b) => compareParsed(parse(a), parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/composer.ts
// Packagist (Composer) versions: normalised the way Composer\Semver\VersionParser::normalize does
// (`v1.2` -> `1.2.0.0`, `1.0.0-beta.1` -> `1.0.0.0-beta1`, `1.0.0RC1` -> `1.0.0.0-RC1`, `-p1`/`-pl1` ->
// `-patch1`, `1.x-dev` -> `1.9999999.9999999.9999999-dev`, `dev-<branch>` kept), then compared with
// PHP's version_compare(): parts split at `.`/`-`/`_`/`+` and at digit/letter boundaries, numbers
// compared numerically, and the special forms ordered dev < alpha = a < beta = b < RC = rc < (number)
// < pl = p (unknown words below dev). A `dev-<branch>` sorts below every numbered version.

const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSICAL_RE = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATE_RE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');
const BRANCH_RE = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?[.-]?dev$/i;
function expandStability(s) {
    const l = s.toLowerCase();
    return l === 'a' ? 'alpha' : l === 'b' ? 'beta' : l === 'p' || l === 'pl' ? 'patch' : l === 'rc' ? 'RC' : l;
}
function withModifier(base, m, at) {
    let out = base;
    const stability = m[at];
    if (stability !== undefined && stability.toLowerCase() !== 'stable') {
        out += `-${expandStability(stability)}${(m[at + 1] ?? '').replace(/^[.-]+/, '')}`;
    }
    if (m[at + 2] !== undefined)
        out += '-dev';
    return out;
}
/** Composer's VersionParser::normalize; throws for what Composer calls an invalid version string. */
function normalize(version) {
    let v = version.trim();
    const alias = /^([^,\s#]+)(?:#[^ ]+)? +as +[^,\s]+$/.exec(v);
    if (alias)
        v = alias[1];
    v = v.replace(/@(?:stable|RC|beta|alpha|dev)$/i, ''); // a stability flag is not part of the version
    if (/^(?:dev-)?(?:master|trunk|default)$/i.test(v))
        return `dev-${v.replace(/^dev-/i, '')}`;
    if (/^dev-/i.test(v))
        return `dev-${v.slice(4)}`;
    v = v.replace(/\+[0-9A-Za-z.-]*$/, ''); // semver build metadata is stripped
    let m = CLASSICAL_RE.exec(v);
    if (m) {
        const parts = [m[1], (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1), (m[4] ?? '.0').slice(1)];
        return withModifier(parts.join('.'), m, 5);
    }
    m = DATE_RE.exec(v);
    if (m)
        return withModifier(m[1].replace(/\D/g, '.'), m, 2);
    const b = BRANCH_RE.exec(v);
    if (b) {
        const parts = [b[1], ...[b[2], b[3], b[4]].map((p) => (p === undefined ? 'x' : p.slice(1)))];
        return `${parts.map((p) => (/^[xX*]$/.test(p) ? '9999999' : p)).join('.')}-dev`;
    }
    throw new Error(`Invalid Composer version: "${version}"`);
}
function composer_isValid(version) {
    try {
        normalize(version);
        return true;
    }
    catch {
        return false;
    }
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** php_canonicalize_version followed by the split into parts. */
function phpParts(version) {
    if (version === '')
        return [];
    let out = version[0];
    let prev = version[0];
    for (const c of version.slice(1)) {
        const last = out[out.length - 1];
        if (c === '-' || c === '_' || c === '+') {
            if (last !== '.')
                out += '.';
        }
        else if ((isDigit(prev) && c !== '.' && !isDigit(c)) || (!isDigit(prev) && prev !== '.' && isDigit(c))) {
            if (last !== '.')
                out += '.';
            out += c;
        }
        else if (!/[0-9A-Za-z]/.test(c)) {
            if (last !== '.')
                out += '.';
        }
        else {
            out += c;
        }
        prev = c;
    }
    return out.split('.').filter((p) => p !== '');
}
const SPECIAL_FORMS = [
    ['dev', 0],
    ['alpha', 1],
    ['a', 1],
    ['beta', 2],
    ['b', 2],
    ['RC', 3],
    ['rc', 3],
    ['#', 4],
    ['pl', 5],
    ['p', 5],
];
function specialOrder(form) {
    for (const [name, order] of SPECIAL_FORMS)
        if (form.startsWith(name))
            return order;
    return -1;
}
/** PHP's version_compare() on two (already canonical) version strings. */
function phpVersionCompare(a, b) {
    const l = phpParts(a);
    const r = phpParts(b);
    const n = Math.min(l.length, r.length);
    for (let i = 0; i < n; i++) {
        const x = l[i];
        const y = r[i];
        const xd = isDigit(x[0]);
        const yd = isDigit(y[0]);
        const c = xd && yd ? compareNumeric(x, y) : Math.sign(specialOrder(xd ? '#N#' : x) - specialOrder(yd ? '#N#' : y));
        if (c !== 0)
            return c;
    }
    if (l.length > n)
        return isDigit(l[n][0]) ? 1 : phpVersionCompare(l.slice(n).join('.'), '#N#');
    if (r.length > n)
        return isDigit(r[n][0]) ? -1 : phpVersionCompare('#N#', r.slice(n).join('.'));
    return 0;
}
const composer_compare = (a, b) => phpVersionCompare(normalize(a), normalize(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/go.ts
// Go module versions (https://go.dev/ref/mod#versions): semantic versions with a `v` prefix, ordered
// like golang.org/x/mod/semver. `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0`; build
// metadata (including `+incompatible`) is ignored; pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
// `v1.2.4-0.20191109021931-daa7c04131f5`) are pre-releases and so sort below the release they precede.
// OSV writes Go versions without the `v` (`1.20.1`), so the prefix is optional here.

const go_NUM = '0|[1-9]\\d*';
const go_PRE_ID = `(?:${go_NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const ID = '[0-9a-zA-Z-]+';
const GO_RE = new RegExp(`^v?(${go_NUM})(?:\\.(${go_NUM})(?:\\.(${go_NUM})(?:-(${go_PRE_ID}(?:\\.${go_PRE_ID})*))?(?:\\+(${ID}(?:\\.${ID})*))?)?)?$`);
const PSEUDO_RE = /(?:^|[.-])(?:0\.)?\d{14}-[0-9a-f]{12}$/;
function go_tryParse(version) {
    const m = GO_RE.exec(version.trim());
    if (!m)
        return undefined;
    const prerelease = m[4] ? m[4].split('.') : [];
    return {
        major: m[1],
        minor: m[2] ?? '0',
        patch: m[3] ?? '0',
        prerelease,
        build: m[5] ? m[5].split('.') : [],
        pseudo: m[4] !== undefined && PSEUDO_RE.test(m[4]),
    };
}
function go_parse(version) {
    const v = go_tryParse(version);
    if (!v)
        throw new Error(`Invalid Go module version: "${version}"`);
    return v;
}
function go_isValid(version) {
    return go_tryParse(version) !== undefined;
}
/** True for a pseudo-version such as `v0.0.0-20220412211240-33da011f77ad`. */
function isPseudoVersion(version) {
    return go_tryParse(version)?.pseudo ?? false;
}
const go_compare = (a, b) => {
    const x = go_parse(a);
    const y = go_parse(b);
    return (compareNumeric(x.major, y.major) ||
        compareNumeric(x.minor, y.minor) ||
        compareNumeric(x.patch, y.patch) ||
        comparePrerelease(x.prerelease, y.prerelease));
};

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/maven.ts
// Maven versions, ordered as org.apache.maven.artifact.versioning.ComparableVersion orders them:
// `.` and `-` separate items and a digit/letter transition acts as a `-`; each `-` opens a sub-list;
// trailing "null" items (0, "", ga, final, empty lists) are dropped; numbers compare as big integers;
// qualifiers rank alpha < beta < milestone < rc = cr < snapshot < "" = ga = final < sp < unknown words
// (lexically), with `a1`/`b1`/`m1` meaning alpha-1/beta-1/milestone-1. Case-insensitive.
// This is the Maven 3.x ComparableVersion (ListItem/IntItem/StringItem). Maven 3.9+/4 later added
// CombinationItem and treat `1.0.a` like `1.0-a`; those refinements are not reproduced here.

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
function comparableQualifier(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
const cmpStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function stringItem(value, followedByDigit) {
    if (followedByDigit && value.length === 1) {
        value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : value === 'm' ? 'milestone' : value;
    }
    return { kind: 'string', value: ALIASES[value] ?? value };
}
const intItem = (digits) => ({ kind: 'int', value: digits.replace(/^0+(?=\d)/, '') });
function isNull(item) {
    if (item.kind === 'int')
        return item.value === '0';
    if (item.kind === 'string')
        return comparableQualifier(item.value) === RELEASE_INDEX;
    return item.items.length === 0;
}
function normalizeList(list) {
    for (let i = list.length - 1; i >= 0; i--) {
        const last = list[i];
        if (isNull(last))
            list.splice(i, 1);
        else if (last.kind !== 'list')
            break;
    }
}
/** Parses a version into ComparableVersion's item tree. Throws for an empty or non-printable version. */
function maven_parse(version) {
    if (version.trim() === '' || /[^\x21-\x7e\u00a0-\uffff]/.test(version))
        throw new Error(`Invalid Maven version: "${version}"`);
    const v = version.toLowerCase();
    const root = [];
    const stack = [root];
    let list = root;
    let isDigit = false;
    let start = 0;
    const open = () => {
        const sub = [];
        list.push({ kind: 'list', items: sub });
        list = sub;
        stack.push(sub);
    };
    const item = (digit, buf) => (digit ? intItem(buf) : stringItem(buf, false));
    for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (c === '.' || c === '-') {
            list.push(i === start ? intItem('0') : item(isDigit, v.slice(start, i)));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                list.push(stringItem(v.slice(start, i), true));
                start = i;
                open();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.push(intItem(v.slice(start, i)));
                start = i;
                open();
            }
            isDigit = false;
        }
    }
    if (v.length > start)
        list.push(item(isDigit, v.slice(start)));
    while (stack.length > 0)
        normalizeList(stack.pop());
    return root;
}
function maven_isValid(version) {
    try {
        maven_parse(version);
        return true;
    }
    catch {
        return false;
    }
}
/** ComparableVersion#getCanonical. */
function canonical(version) {
    const render = (items) => items.map((it, i) => (i === 0 ? '' : it.kind === 'list' ? '-' : '.') + (it.kind === 'list' ? render(it.items) : it.value)).join('');
    return render(maven_parse(version));
}
/** Item.compareTo(other), where `undefined` stands for Java's null (a missing item). */
function compareItem(a, b) {
    switch (a.kind) {
        case 'int':
            if (!b)
                return a.value === '0' ? 0 : 1;
            return b.kind === 'int' ? compareNumeric(a.value, b.value) : 1; // 1.1 > 1-sp, 1.1 > 1-1
        case 'string':
            if (!b)
                return cmpStr(comparableQualifier(a.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
            return b.kind === 'string' ? cmpStr(comparableQualifier(a.value), comparableQualifier(b.value)) : -1;
        case 'list':
            if (!b)
                return a.items.length === 0 ? 0 : compareItem(a.items[0], undefined);
            if (b.kind === 'int')
                return -1; // 1-1 < 1.0.x
            if (b.kind === 'string')
                return 1; // 1-1 > 1-sp
            return compareLists(a.items, b.items);
    }
}
function compareLists(l, r) {
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
        const x = l[i];
        const y = r[i];
        const c = x === undefined ? (y === undefined ? 0 : -compareItem(y, undefined)) : compareItem(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
}
const maven_compare = (a, b) => compareLists(maven_parse(a), maven_parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/pep440.ts
// PEP 440 versions, ordered as packaging.version.Version orders them: epoch, release (trailing zeros
// ignored), pre-release (a < b < rc; a bare .devN sorts before any pre-release of its release),
// post-release, dev-release, then the local version label (absent < present; numeric segments above
// alphanumeric ones). Spellings are normalised as PEP 440 allows: case, a leading `v`, `alpha`/`beta`/
// `c`/`pre`/`preview`, `rev`/`r`, `1.0-1` post releases, `-`/`_`/`.` separators and implicit numbers.

const VERSION_RE = new RegExp('^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$', 'i');
const strip = (n) => n.replace(/^0+(?=\d)/, '');
function pep440_tryParse(version) {
    const m = VERSION_RE.exec(version);
    if (!m)
        return undefined;
    const release = m[2].split('.').map(strip);
    while (release.length > 1 && release[release.length - 1] === '0')
        release.pop();
    const v = { epoch: strip(m[1] ?? '0'), release };
    if (m[3] !== undefined) {
        const l = m[3].toLowerCase();
        const label = l === 'alpha' || l === 'a' ? 'a' : l === 'beta' || l === 'b' ? 'b' : 'rc';
        v.pre = { label, number: strip(m[4] ?? '0') };
    }
    if (m[5] !== undefined)
        v.post = strip(m[5]);
    else if (m[6] !== undefined)
        v.post = strip(m[7] ?? '0');
    if (m[8] !== undefined)
        v.dev = strip(m[9] ?? '0');
    if (m[10] !== undefined)
        v.local = m[10].toLowerCase().split(/[-_.]/);
    return v;
}
function pep440_parse(version) {
    const v = pep440_tryParse(version);
    if (!v)
        throw new Error(`Invalid PEP 440 version: "${version}"`);
    return v;
}
function pep440_isValid(version) {
    return pep440_tryParse(version) !== undefined;
}
/** The canonical string form (`1.0.0a1` for `1.0.0-alpha.1`), as packaging's str(Version) gives it. */
function pep440_normalize(version) {
    const m = VERSION_RE.exec(version);
    const v = pep440_parse(version);
    const release = m[2].split('.').map(strip).join('.');
    let out = v.epoch !== '0' ? `${v.epoch}!${release}` : release;
    if (v.pre)
        out += `${v.pre.label}${v.pre.number}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local)
        out += `+${v.local.join('.')}`;
    return out;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const c = compareNumeric(a[i] ?? '0', b[i] ?? '0');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Pre-release key: a dev-only release (no pre, no post) is below every pre-release; a final is above. */
function comparePre(a, b) {
    const rank = (v) => (v.pre ? 1 : v.post === undefined && v.dev !== undefined ? 0 : 2);
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    if (!a.pre || !b.pre)
        return 0;
    return PRE_ORDER[a.pre.label] - PRE_ORDER[b.pre.label] || compareNumeric(a.pre.number, b.pre.number);
}
function compareOptional(a, b, absent) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? absent : -absent;
    return compareNumeric(a, b);
}
function compareLocal(a, b) {
    if (!a || !b)
        return a === b ? 0 : !a ? -1 : 1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        const c = xn && yn ? compareNumeric(x, y) : xn ? 1 : yn ? -1 : compareAscii(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
}
function pep440_compareParsed(a, b) {
    return (compareNumeric(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        comparePre(a, b) ||
        compareOptional(a.post, b.post, -1) || // no post-release sorts first
        compareOptional(a.dev, b.dev, 1) || // no dev-release sorts last
        compareLocal(a.local, b.local));
}
const pep440_compare = (a, b) => pep440_compareParsed(pep440_parse(a), pep440_parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/rubygems.ts
// RubyGems versions, ordered as Gem::Version#<=> orders them: the string is split into numeric and
// alphabetic segments (`1.0.0.rc1` -> 1, 0, 0, "rc", 1; a `-` becomes `.pre.`), trailing zeros are
// dropped from the numeric part and from the part after the first letter ("canonical segments"),
// then segments compare pairwise with a missing one counting as 0: numbers numerically, strings by
// byte order, and a string (pre-release) below any number. Any letter makes a version a pre-release.

/** Gem::Version::ANCHORED_VERSION_PATTERN. */
const rubygems_VERSION_RE = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;
function rubygems_isValid(version) {
    return rubygems_VERSION_RE.test(version);
}
/** Segments as Gem::Version#segments gives them (numbers as `{ num }`), after the `-` -> `.pre.` rewrite. */
function segments(version) {
    if (!rubygems_VERSION_RE.test(version))
        throw new Error(`Invalid RubyGems version: "${version}"`);
    let v = version.trim();
    if (v === '')
        v = '0';
    v = v.replace(/-/g, '.pre.');
    return (v.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d/.test(s) ? { num: s.replace(/^0+(?=\d)/, '') } : s));
}
const isZero = (s) => typeof s === 'object' && s.num === '0';
/** Gem::Version#canonical_segments. */
function canonicalSegments(version) {
    const segs = segments(version);
    let firstString = segs.findIndex((s) => typeof s === 'string');
    if (firstString < 0)
        firstString = segs.length;
    const trim = (part) => {
        while (part.length > 0 && isZero(part[part.length - 1]))
            part.pop();
        return part;
    };
    return [...trim(segs.slice(0, firstString)), ...trim(segs.slice(firstString))];
}
/** True when the version has a letter in it (`1.0.a`, `2.0.0.rc1`, `1.0.0-beta`). */
function isPrerelease(version) {
    return segments(version).some((s) => typeof s === 'string');
}
const rubygems_compare = (a, b) => {
    const l = canonicalSegments(a);
    const r = canonicalSegments(b);
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
        const x = l[i] ?? { num: '0' };
        const y = r[i] ?? { num: '0' };
        if (typeof x === 'string' && typeof y === 'string') {
            const c = compareAscii(x, y);
            if (c !== 0)
                return c;
        }
        else if (typeof x === 'string') {
            return -1;
        }
        else if (typeof y === 'string') {
            return 1;
        }
        else {
            const c = compareNumeric(x.num, y.num);
            if (c !== 0)
                return c;
        }
    }
    return 0;
};

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/index.ts
// One VersionCompare per OSV ecosystem: npm and crates.io follow SemVer 2.0.0, Go follows
// golang.org/x/mod/semver, PyPI PEP 440, RubyGems Gem::Version, Packagist Composer + version_compare,
// Maven ComparableVersion.






const COMPARATORS = {
    npm: compare,
    'crates.io': compare,
    Go: go_compare,
    PyPI: pep440_compare,
    RubyGems: rubygems_compare,
    Packagist: composer_compare,
    Maven: maven_compare,
};
function compareFor(ecosystem) {
    const cmp = COMPARATORS[ecosystem];
    if (!cmp)
        throw new Error(`No version comparator for ecosystem "${String(ecosystem)}"`);
    return cmp;
}



;// CONCATENATED MODULE: ./actions/scan-deps/src/vulnerabilities.ts
// From packages to findings. `api` asks OSV (querybatch, then each distinct record once); `offline`
// matches against a local database of OSV records; both run the local matcher for the versions that
// fix each finding, and compute severity from the CVSS vectors. Packages without an exact version
// cannot be matched and are reported as skipped, never silently passed.



function packageKey(pkg) {
    return `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}`;
}
async function findVulnerabilities(packages, options) {
    const skipped = [];
    if (options.mode === 'off')
        return { findings: [], skipped: [{ what: 'vulnerabilities', why: 'osv is off' }], source: undefined, queried: 0 };
    // One lookup per distinct package; every copy (other lockfiles, other paths) gets the findings.
    const groups = new Map();
    for (const pkg of packages) {
        if (pkg.version === '' && !pkg.commit) {
            skipped.push({ what: `${pkg.name} (${pkg.lockfile})`, why: 'no exact version to look up' });
            continue;
        }
        if (pkg.source === 'workspace' || pkg.source === 'link' || pkg.source === 'file')
            continue;
        const key = packageKey(pkg);
        groups.set(key, [...(groups.get(key) ?? []), pkg]);
    }
    const unique = [...groups.values()].map((list) => list[0]);
    let recordsFor;
    let source;
    if (options.mode === 'api') {
        const { queryOsv } = await __nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 2005));
        const found = await queryOsv(unique, {
            baseUrl: options.osvUrl,
            deadline: options.deadline,
            concurrency: options.concurrency,
            onProgress: options.onProgress,
        });
        recordsFor = (pkg) => found.recordsFor(pkg) ?? [];
        source = options.osvUrl;
    }
    else {
        const { loadOfflineDb } = await __nccwpck_require__.e(/* import() */ 26).then(__nccwpck_require__.bind(__nccwpck_require__, 3026));
        const db = await loadOfflineDb(options.offlineDb, new Set(unique.map((p) => p.ecosystem)));
        recordsFor = (pkg) => db.recordsFor(pkg);
        source = options.offlineDb;
    }
    const findings = [];
    for (const pkg of unique) {
        for (const record of recordsFor(pkg)) {
            if (record.withdrawn)
                continue;
            let match;
            try {
                match = affects(record, pkg, compareFor(pkg.ecosystem));
            }
            catch {
                match = { affected: options.mode === 'api', fixed: [] };
            }
            // The API has already matched server-side; offline, the local matcher decides.
            if (options.mode === 'offline' && !match.affected)
                continue;
            for (const copy of groups.get(packageKey(pkg))) {
                findings.push({
                    id: record.id,
                    aliases: record.aliases ?? [],
                    summary: record.summary ?? firstLine(record.details),
                    severity: severityOf(record),
                    package: copy,
                    fixed: match.fixed,
                    references: (record.references ?? []).map((r) => r.url).slice(0, 10),
                });
            }
        }
    }
    return { findings, skipped, source, queried: unique.length };
}
function firstLine(text) {
    return (text ?? '').split('\n')[0].slice(0, 200);
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/base-ref.ts
// base-ref (diff) mode: what already existed at the base commit is reported but does not fail the
// step. The lockfiles are read at the base with `git show <ref>:<path>` and parsed with the same
// parsers, so "new" means a package name@version that the base did not have.




function gitShow(root, ref, path) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', ['show', `${ref}:${path}`], {
            cwd: root,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch {
        return undefined;
    }
}
/** Throws an input error when the ref is not a commit of this clone (a shallow checkout, a typo). */
function checkBaseRef(root, ref) {
    try {
        (0,external_node_child_process_namespaceObject.execFileSync)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch {
        throw (0,errors/* inputError */.Xu)('base-ref', 'is not a commit in this clone', "Fetch it first: actions/checkout with 'fetch-depth: 0', or 'git fetch origin <branch>' before this step.", ref);
    }
}
/** Package keys present in the lockfiles at `ref` (a lockfile that did not exist there adds none). */
async function basePackages(root, ref, lockfiles) {
    const keys = new Set();
    for (const lockfile of lockfiles) {
        const text = gitShow(root, ref, lockfile.path);
        if (text === undefined)
            continue;
        const format = formatOf(lockfile.path.split('/').pop());
        if (!format)
            continue;
        const parser = await format.load();
        const dir = lockfile.path.includes('/') ? lockfile.path.slice(0, lockfile.path.lastIndexOf('/') + 1) : '';
        try {
            for (const pkg of parser(text, { path: lockfile.path, readInclude: (rel) => gitShow(root, ref, `${dir}${rel}`) }))
                keys.add(packageKey(pkg));
        }
        catch {
            // A base lockfile that does not parse counts as absent: everything in the new one is new.
        }
    }
    return keys;
}
/** The text of `path` at `ref`, for comparing workflow files. */
function fileAtBase(root, ref, path) {
    return gitShow(root, ref, path);
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/checks.ts
// Supply-chain hygiene checks over the inventory: lockfiles present, versions pinned, integrity
// hashes present, packages only from allowed registries, licenses allowed. Each problem is a
// Violation with a rule id (stable: reports, SARIF and ignores refer to it) and where it is.
const RULES = {
    'lockfile-missing': 'A manifest has no lockfile beside it, so its dependency tree is not pinned.',
    unpinned: 'A dependency is not pinned to an exact version.',
    'integrity-missing': 'A package has no integrity hash in the lockfile, so a tampered download would not be detected.',
    'registry-not-allowed': 'A package is downloaded from a host that is not an allowed registry.',
    'license-denied': 'A package carries a denied license.',
    'license-not-allowed': 'A package carries a license that is not in the allowed list.',
    'action-unpinned': 'A GitHub Action is not pinned to a full commit SHA.',
    'ignore-expired': 'An ignore entry in the policy has expired.',
};
/** Registry hosts that integrity and registry checks accept for `source: registry` without a URL. */
function packageChecks(inventory, policy) {
    const out = [];
    for (const m of inventory.missing) {
        out.push({
            rule: 'lockfile-missing',
            message: `${m.manifest} has no lockfile (expected ${m.expected} beside it).`,
            file: m.manifest,
            new: true,
        });
    }
    const allowedHosts = policy['allowed-registries']?.map((h) => h.toLowerCase());
    const denied = new Set(policy['denied-licenses'].map((l) => l.toLowerCase()));
    const allowed = policy['allowed-licenses'] ? new Set(policy['allowed-licenses'].map((l) => l.toLowerCase())) : undefined;
    for (const lockfile of inventory.lockfiles) {
        for (const pkg of lockfile.packages) {
            const at = { file: pkg.lockfile, ...(pkg.line !== undefined ? { line: pkg.line } : {}), package: pkg, new: true };
            const label = `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}`;
            if (pkg.version === '' && pkg.source === 'registry') {
                out.push({ rule: 'unpinned', message: `${label} in ${pkg.lockfile} is not pinned to an exact version.`, ...at });
            }
            if (policy['require-integrity'] && (pkg.source === 'registry' || pkg.source === 'url') && pkg.version !== '' && !pkg.integrity) {
                out.push({ rule: 'integrity-missing', message: `${label} in ${pkg.lockfile} has no integrity hash.`, ...at });
            }
            if (allowedHosts && (pkg.source === 'registry' || pkg.source === 'url' || pkg.source === 'git')) {
                const host = hostOf(pkg.resolved);
                if (host && !allowedHosts.includes(host)) {
                    out.push({
                        rule: 'registry-not-allowed',
                        message: `${label} in ${pkg.lockfile} comes from ${host}, which is not an allowed registry.`,
                        ...at,
                    });
                }
            }
            for (const license of pkg.licenses ?? []) {
                const key = license.toLowerCase();
                if (denied.has(key))
                    out.push({ rule: 'license-denied', message: `${label} is licensed ${license}, which the policy denies.`, ...at });
                else if (allowed && !allowed.has(key))
                    out.push({ rule: 'license-not-allowed', message: `${label} is licensed ${license}, which is not in allowed-licenses.`, ...at });
            }
        }
    }
    return out;
}
/** The host a package is fetched from: URL host, or the host of an scp-like git URL. */
function hostOf(resolved) {
    if (!resolved)
        return undefined;
    const url = resolved.replace(/^git\+/, '').replace(/^(registry|sparse)\+/, '');
    if (URL.canParse(url)) {
        const host = new URL(url).host.toLowerCase();
        return host || undefined;
    }
    const scp = /^[\w.-]+@([\w.-]+):/.exec(url);
    return scp ? scp[1].toLowerCase() : undefined;
}
/** Policy ignores that have expired: they fail the step until renewed or removed. */
function expiredIgnores(policy, file, today) {
    return policy.ignore
        .filter((entry) => entry.expires !== undefined && entry.expires < today)
        .map((entry) => ({
        rule: 'ignore-expired',
        message: `The ignore entry for ${entry.id} expired on ${entry.expires} ("${entry.reason}").`,
        ...(file ? { file } : {}),
        new: true,
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/glob.ts
// Path-style globs for policy patterns and workspace member lists: `*` stays within one `/`
// segment, `**` crosses segments, `?` is one character (not `/`); everything else is literal.
const cache = new Map();
function globToRegExp(pattern) {
    let re = cache.get(pattern);
    if (re)
        return re;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*') {
            source += '[^/]*';
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else {
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    re = new RegExp(`^${source}$`, 's');
    cache.set(pattern, re);
    return re;
}
function globMatch(pattern, text) {
    return globToRegExp(pattern).test(text);
}

// EXTERNAL MODULE: ./actions/scan-deps/src/types.ts
var types = __nccwpck_require__(859);
;// CONCATENATED MODULE: ./actions/scan-deps/src/inventory.ts
// Finding and parsing lockfiles: auto-discovery under `path` (or the `lockfiles` input), each file
// parsed by the parser for its name, loaded only when such a file exists. Also notes manifests that
// have no lockfile beside them: an unpinned dependency tree cannot be inventoried or reproduced.






/** Directories never searched: dependencies, VCS data and build output hold other projects' files. */
const SKIP_DIRS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    'bower_components',
    '.venv',
    'venv',
    '__pypackages__',
    'target',
    'dist',
    '.yarn',
    '.pnpm-store',
]);
const MAX_FILES = 20_000;
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
/** Manifests and the lockfiles any one of which pins them. */
const MANIFESTS = [
    { manifest: 'package.json', locks: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'] },
    { manifest: 'Cargo.toml', locks: ['Cargo.lock'] },
    { manifest: 'Gemfile', locks: ['Gemfile.lock', 'gems.locked'] },
    { manifest: 'composer.json', locks: ['composer.lock'] },
    { manifest: 'Pipfile', locks: ['Pipfile.lock'] },
    { manifest: 'go.mod', locks: ['go.sum'] },
];
function discover(root, start) {
    const lockfiles = [];
    const missing = [];
    let seen = 0;
    /** `workspace`: the nearest JS lockfile's project root and its member patterns, when inside one. */
    const walk = (dir, workspace) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
        for (const name of [...names].sort()) {
            if (++seen > MAX_FILES)
                return;
            if (formatOf(name))
                lockfiles.push((0,external_node_path_.join)(dir, name));
        }
        const member = workspace !== undefined && workspace.members.some((re) => re.test(rel(workspace.root, dir)));
        for (const { manifest, locks } of MANIFESTS) {
            // A workspace member's package.json is pinned by the lockfile at the workspace root.
            if (!names.has(manifest) || locks.some((l) => names.has(l)) || (manifest === 'package.json' && member))
                continue;
            if (manifest === 'package.json' && !hasDependencies((0,external_node_path_.join)(dir, manifest)))
                continue;
            missing.push({ manifest: rel(root, (0,external_node_path_.join)(dir, manifest)), expected: locks.join(' or ') });
        }
        const here = JS_LOCKS.some((l) => names.has(l)) ? { root: dir, members: workspaceMembers(dir) } : undefined;
        for (const entry of entries) {
            if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
                walk((0,external_node_path_.join)(dir, entry.name), here ?? workspace);
        }
    };
    walk(start, undefined);
    return { lockfiles, missing };
}
const JS_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'];
/** Member directories of a JS workspace root (package.json `workspaces`, pnpm-workspace.yaml), as patterns. */
function workspaceMembers(dir) {
    const patterns = [];
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        const ws = json.workspaces;
        const list = Array.isArray(ws) ? ws : ws && typeof ws === 'object' ? ws.packages : undefined;
        if (Array.isArray(list))
            patterns.push(...list.filter((p) => typeof p === 'string'));
    }
    catch {
        // no package.json, or not JSON: no npm/yarn/bun workspaces
    }
    try {
        // pnpm-workspace.yaml: the items of its `packages:` list.
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pnpm-workspace.yaml'), 'utf8');
        const block = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text)?.[1] ?? '';
        for (const m of block.matchAll(/^[ \t]+-[ \t]*['"]?([^'"\n#]+?)['"]?[ \t]*(?:#.*)?$/gm))
            patterns.push(m[1]);
    }
    catch {
        // no pnpm workspace
    }
    return patterns.filter((p) => !p.startsWith('!')).map((p) => globToRegExp(p.replace(/^\.\//, '').replace(/\/+$/, '')));
}
function hasDependencies(path) {
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((key) => json[key] && typeof json[key] === 'object' && Object.keys(json[key]).length > 0);
    }
    catch {
        return false;
    }
}
/** Parse each lockfile; LockfileError for a malformed one (the caller fails naming it). */
async function parseLockfiles(root, files) {
    const out = [];
    for (const file of files) {
        const path = rel(root, file);
        const format = formatOf((0,external_node_path_.basename)(file));
        if (!format)
            throw new types/* LockfileError */.g(path, `is not a lockfile Gatehouse reads (known: ${FORMATS.map((f) => f.label).join(', ')})`);
        const size = (0,external_node_fs_.statSync)(file).size;
        if (size > MAX_LOCKFILE_BYTES)
            throw new types/* LockfileError */.g(path, `is ${size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit`);
        const bytes = (0,external_node_fs_.readFileSync)(file);
        const text = bytes.toString('utf8');
        const parser = await format.load();
        const readInclude = (relativePath) => {
            const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), relativePath);
            if ((0,external_node_path_.relative)(root, target).startsWith('..'))
                throw new types/* LockfileError */.g(path, `includes ${relativePath}, which is outside the workspace`);
            try {
                return (0,external_node_fs_.readFileSync)(target, 'utf8');
            }
            catch {
                return undefined;
            }
        };
        const packages = parser(text, { path, readInclude });
        out.push({ path, format: format.name, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), bytes: size, packages });
    }
    return out;
}
function rel(root, file) {
    return (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/pinning.ts
// Actions pinning: every `uses:` in the workflows (`.github/workflows/*.yml|yaml`: job steps and
// reusable-workflow jobs) and in every `action.yml|yaml` of the repository (composite steps, and
// a docker action's `runs.image`) must name an immutable version: a full 40-hex commit SHA, a
// local path (`./...`) or a docker image digest (`docker://image@sha256:<64 hex>`). A tag, branch
// or short SHA can be moved to other code by whoever controls the repository. Lines are exact:
// YAML is parsed with `yaml`'s LineCounter, so flow mappings and quoted values are placed right.
//
// The `# v4.1.2` comment after a pinned SHA is what tools (Dependabot, Renovate) and reviewers
// read; one that is not a version tag is reported. Whether the tag really points at that SHA needs
// the network, so it is not checked here (the message says so).



/** Largest workflow or action file read. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_DEPTH = 24;
const pinning_SKIP_DIRS = new Set(['node_modules', '.git']);
const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
/** A version tag as release tags are written: v4, 4.1, v4.1.2, v1.2.3-beta.1, v2.0.0+build. */
const VERSION_TAG = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
async function checkActionsPinning(workspace, options = {}) {
    const warn = options.onWarning ?? ((message) => runner.warning(message));
    const workflows = await workflowFiles(workspace);
    const actions = [];
    await findActionFiles(workspace, 0, actions);
    const YAML = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const findings = [];
    const seen = new Set();
    for (const [file, kind] of [...workflows.map((f) => [f, 'workflow']), ...actions.map((f) => [f, 'action'])]) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const shown = (0,external_node_path_.relative)(workspace, file).split('\\').join('/');
        let text;
        try {
            const bytes = await (0,promises_.readFile)(file);
            if (bytes.length > MAX_FILE_BYTES) {
                warn(`${shown}: skipped for actions pinning, larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`);
                continue;
            }
            text = bytes.toString('utf8');
        }
        catch (err) {
            warn(`${shown}: could not be read for actions pinning (${err.code ?? 'error'}).`);
            continue;
        }
        findings.push(...checkText(YAML, text, shown, kind, warn));
    }
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
/** `.github/workflows/*.yml|yaml`, top level only: GitHub reads no subdirectories there. */
async function workflowFiles(workspace) {
    const dir = (0,external_node_path_.join)(workspace, '.github', 'workflows');
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
        .map((e) => (0,external_node_path_.join)(dir, e.name))
        .sort();
}
async function findActionFiles(dir, depth, into) {
    if (depth > MAX_DEPTH)
        return;
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        // Symbolic links are not followed (loops, links out of the workspace).
        if (entry.isDirectory() && !pinning_SKIP_DIRS.has(entry.name))
            await findActionFiles((0,external_node_path_.join)(dir, entry.name), depth + 1, into);
        else if (entry.isFile() && (entry.name === 'action.yml' || entry.name === 'action.yaml'))
            into.push((0,external_node_path_.join)(dir, entry.name));
    }
}
/** The findings of one file's text; exported for tests of single documents. */
function checkText(YAML, text, file, kind, warn = () => { }) {
    const lineCounter = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error', uniqueKeys: false });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = lineCounter.linePos(first.pos[0]).line;
        warn(`${file}:${line}: not valid YAML (${first.code}); its uses: were not checked for pinning.`);
        return [];
    }
    const sites = [];
    const root = doc.contents;
    if (kind === 'workflow') {
        const jobs = get(YAML, root, 'jobs');
        if (YAML.isMap(jobs)) {
            for (const pair of jobs.items) {
                const job = pair.value;
                collectUses(YAML, job, sites); // a reusable workflow call
                collectSteps(YAML, get(YAML, job, 'steps'), sites);
            }
        }
    }
    else {
        const runs = get(YAML, root, 'runs');
        collectSteps(YAML, get(YAML, runs, 'steps'), sites);
        const image = get(YAML, runs, 'image');
        if (YAML.isScalar(image) && typeof image.value === 'string')
            sites.push({ node: image, image: true });
    }
    const findings = [];
    for (const site of sites) {
        const finding = classify(site, text, lineCounter, file);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
function get(YAML, node, key) {
    if (!YAML.isMap(node))
        return undefined;
    const pair = node.items.find((p) => YAML.isScalar(p.key) && p.key.value === key);
    return pair?.value;
}
function collectSteps(YAML, steps, into) {
    if (!YAML.isSeq(steps))
        return;
    for (const step of steps.items)
        collectUses(YAML, step, into);
}
function collectUses(YAML, holder, into) {
    const value = get(YAML, holder, 'uses');
    if (YAML.isScalar(value) && typeof value.value === 'string') {
        into.push(YAML.isMap(holder) && holder.flow ? { node: value, flow: holder } : { node: value });
    }
}
function classify(site, text, lineCounter, file) {
    const { node } = site;
    const uses = String(node.value).trim();
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
    // A block scalar's range starts at its `>`/`|` header; its text starts on the next line.
    const at = block ? firstContent(text, start) : start;
    const { line, col } = lineCounter.linePos(at);
    const comment = block ? undefined : trailingComment(text, site.flow?.range?.[1] ?? valueEnd);
    const base = { file, line, column: col, uses, ...(comment === undefined ? {} : { comment }) };
    if (site.image && !uses.startsWith('docker://'))
        return undefined; // a Dockerfile in the action's repository
    if (uses.startsWith('./'))
        return undefined; // same repository: pinned by the checkout itself
    if (uses.startsWith('docker://')) {
        if (DIGEST.test(uses))
            return undefined;
        const image = uses.slice('docker://'.length);
        const tag = /:([^/:@]+)$/.exec(image)?.[1];
        return {
            kind: 'docker-unpinned',
            ...base,
            ...(tag ? { ref: tag } : {}),
            message: `${uses} names an image ${tag ? `by its tag ${JSON.stringify(tag)}` : 'without a tag or digest'}, which can be re-pushed; pin its digest (docker://${image}@sha256:<digest>).`,
        };
    }
    const atSign = uses.lastIndexOf('@');
    if (atSign < 0) {
        return {
            kind: 'unpinned',
            ...base,
            message: `${uses} names no version at all; pin a full 40-character commit SHA (owner/repo@<sha> # vX.Y.Z).`,
        };
    }
    const ref = uses.slice(atSign + 1);
    const target = uses.slice(0, atSign);
    if (FULL_SHA.test(ref)) {
        if (comment === undefined || isVersionComment(comment))
            return undefined;
        return {
            kind: 'comment-mismatch',
            ...base,
            ref,
            message: `${target} is pinned to a commit SHA, but its comment ${JSON.stringify(comment)} is not a version tag; write the release tag that commit belongs to (e.g. # v4.1.2). Whether the tag points at that SHA cannot be checked offline.`,
        };
    }
    if (SHORT_SHA.test(ref)) {
        return {
            kind: 'short-sha',
            ...base,
            ref,
            message: `${target} is pinned to the short SHA ${JSON.stringify(ref)}, which GitHub does not resolve as a commit; use the full 40-character commit SHA.`,
        };
    }
    return {
        kind: 'unpinned',
        ...base,
        ref,
        message: `${target} is pinned to ${JSON.stringify(ref)}, a tag or branch that can be moved to other code; pin the full 40-character commit SHA (${target}@<sha> # ${ref}).`,
    };
}
/** Offset of the first non-blank character after a block scalar's header line. */
function firstContent(text, headerStart) {
    const newline = text.indexOf('\n', headerStart);
    if (newline < 0)
        return headerStart;
    const match = /\S/.exec(text.slice(newline + 1));
    return match ? newline + 1 + match.index : headerStart;
}
/** The comment on the rest of the line after `offset` (YAML needs a blank before `#`). */
function trailingComment(text, offset) {
    const newline = text.indexOf('\n', offset);
    const rest = text.slice(offset, newline < 0 ? text.length : newline).replace(/\r$/, '');
    const match = /^[ \t]+#(.*)$/.exec(rest);
    return match ? match[1].trim() : undefined;
}
/**
 * Does the comment name a version tag? `v4.1.2`, `4.1.2`, `v4`, optionally followed by notes, and
 * the forms tools write: `tag=v4.1.2`, `pin @v4.1.2`, `ratchet:actions/checkout@v4`.
 */
function isVersionComment(comment) {
    const text = comment
        .trim()
        .replace(/^(?:pin\s*@|tag\s*[=:]\s*|version\s*[=:]\s*|ratchet:\S*@|@)/i, '')
        .trim();
    const first = text.split(/[\s,;()]+/)[0] ?? '';
    return VERSION_TAG.test(first);
}

// EXTERNAL MODULE: ./actions/scan-deps/src/policy.ts
var src_policy = __nccwpck_require__(8910);
;// CONCATENATED MODULE: ./actions/scan-deps/src/report.ts
// The scan report (`"schema": "gatehouse.scan-report/v1"`): what was scanned, every package, every
// finding (ignored and pre-existing ones included, flagged), every violation, what was skipped and
// the decision. verify-gate reads it; so do reviewers.
const REPORT_SCHEMA = 'gatehouse.scan-report/v1';
const ORDER = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4, none: 5 };
/** Findings by severity (critical first), then advisory id, then package. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (ORDER[a.severity.level] ?? 9) - (ORDER[b.severity.level] ?? 9) ||
        (b.severity.score ?? -1) - (a.severity.score ?? -1) ||
        a.id.localeCompare(b.id) ||
        a.package.purl.localeCompare(b.package.purl));
}
function lockfileSummary(lockfiles) {
    return lockfiles.map((l) => ({ path: l.path, format: l.format, sha256: l.sha256, packages: l.packages.length }));
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/sarif.ts
// SARIF 2.1.0 for code scanning: one rule per advisory (and per hygiene rule), one result per
// affected package, located at the package's entry in its lockfile. partialFingerprints keep
// results stable across runs so code scanning tracks them instead of re-opening them.

const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'warning',
    none: 'note',
};
function toSarif(findings, violations, toolVersion) {
    const rules = new Map();
    const results = [];
    for (const f of findings) {
        if (!rules.has(f.id)) {
            rules.set(f.id, {
                id: f.id,
                name: f.id.replace(/[^A-Za-z0-9]/g, ''),
                shortDescription: { text: f.summary || f.id },
                helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(f.id)}`,
                help: { text: `${f.summary || f.id}${f.fixed.length ? `\nFixed in ${f.fixed.join(', ')}.` : '\nNo fixed version is known.'}` },
                properties: {
                    tags: ['security', 'vulnerability', ...f.aliases],
                    ...(f.severity.score !== undefined ? { 'security-severity': f.severity.score.toFixed(1) } : {}),
                },
            });
        }
        const pkg = f.package;
        results.push({
            ruleId: f.id,
            level: LEVEL[f.severity.level] ?? 'warning',
            message: {
                text: `${pkg.name}@${pkg.version} is affected by ${f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}: ${f.summary || 'see the advisory'}. ${f.fixed.length ? `Upgrade to ${f.fixed.join(' or ')}.` : 'No fixed version is known.'}${f.ignored ? ` Ignored by policy: ${f.ignored.reason}.` : ''}`,
            },
            locations: [sarif_location(pkg.lockfile, pkg.line)],
            partialFingerprints: { 'gatehouse/v1': `${f.id}:${pkg.purl}` },
            ...(f.ignored ? { suppressions: [{ kind: 'external', justification: f.ignored.reason }] } : {}),
        });
    }
    for (const v of violations) {
        const id = `gatehouse/${v.rule}`;
        if (!rules.has(id))
            rules.set(id, { id, name: v.rule, shortDescription: { text: RULES[v.rule] }, properties: { tags: ['supply-chain'] } });
        results.push({
            ruleId: id,
            level: 'error',
            message: { text: v.message },
            ...(v.file ? { locations: [sarif_location(v.file, v.line)] } : {}),
            partialFingerprints: { 'gatehouse/v1': `${v.rule}:${v.package?.purl ?? v.file ?? ''}:${v.package ? '' : (v.line ?? '')}` },
        });
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'gatehouse scan-deps', version: toolVersion, informationUri: 'https://osv.dev', rules: [...rules.values()] },
                },
                results,
            },
        ],
    };
}
function sarif_location(file, line) {
    return { physicalLocation: { artifactLocation: { uri: file }, ...(line !== undefined ? { region: { startLine: line } } : {}) } };
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/sbom.ts
// CycloneDX 1.5 JSON (https://cyclonedx.org/docs/1.5/json/): every package as a library component
// keyed by its purl, with hashes from the lockfile's integrity, licenses where known, dev
// dependencies scoped `optional`, and the vulnerabilities found, linked to the components.
const SRI_ALG = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
/** SRI (`sha512-<base64>`) and `<alg>:<hex>` integrity to CycloneDX hashes (hex); others are skipped. */
function hashesOf(integrity) {
    if (!integrity)
        return [];
    const out = [];
    for (const token of integrity.split(/\s+/)) {
        const sri = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(token);
        if (sri) {
            out.push({ alg: SRI_ALG[sri[1]], content: Buffer.from(sri[2], 'base64').toString('hex') });
            continue;
        }
        const hex = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(token);
        if (hex)
            out.push({ alg: SRI_ALG[hex[1]], content: hex[2].toLowerCase() });
    }
    return out;
}
function cycloneDx(packages, findings, options) {
    const components = packages.map((pkg) => {
        const hashes = hashesOf(pkg.integrity);
        return {
            type: 'library',
            'bom-ref': pkg.purl,
            name: pkg.name,
            version: pkg.version,
            purl: pkg.purl,
            scope: pkg.dev ? 'optional' : 'required',
            ...(hashes.length ? { hashes } : {}),
            ...(pkg.licenses?.length
                ? { licenses: pkg.licenses.map((id) => (/^[A-Za-z0-9.+-]+$/.test(id) ? { license: { id } } : { license: { name: id } })) }
                : {}),
            ...(pkg.resolved && /^https?:\/\//.test(pkg.resolved) ? { externalReferences: [{ type: 'distribution', url: pkg.resolved }] } : {}),
            properties: [
                { name: 'gatehouse:lockfile', value: pkg.lockfile },
                { name: 'gatehouse:source', value: pkg.source },
            ],
        };
    });
    const byId = new Map();
    for (const finding of findings)
        byId.set(finding.id, [...(byId.get(finding.id) ?? []), finding]);
    const vulnerabilities = [...byId.entries()].map(([id, list]) => {
        const first = list[0];
        const rating = first.severity.score !== undefined || first.severity.level !== 'unknown'
            ? [
                {
                    source: { name: 'OSV' },
                    ...(first.severity.score !== undefined ? { score: first.severity.score } : {}),
                    severity: first.severity.level === 'unknown' ? 'unknown' : first.severity.level,
                    ...(first.severity.source?.startsWith('CVSS:3')
                        ? { method: first.severity.source.startsWith('CVSS:3.1') ? 'CVSSv31' : 'CVSSv3', vector: first.severity.source }
                        : {}),
                    ...(first.severity.source?.startsWith('CVSS:4') ? { method: 'CVSSv4', vector: first.severity.source } : {}),
                },
            ]
            : [];
        return {
            'bom-ref': `vuln:${id}`,
            id,
            source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
            ...(rating.length ? { ratings: rating } : {}),
            ...(first.summary ? { description: first.summary } : {}),
            ...(first.fixed.length ? { recommendation: `Upgrade to ${first.fixed.join(' or ')}.` } : {}),
            ...(first.aliases.length
                ? { references: first.aliases.map((alias) => ({ id: alias, source: { name: alias.startsWith('CVE-') ? 'NVD' : 'OSV' } })) }
                : {}),
            affects: [...new Set(list.map((f) => f.package.purl))].map((ref) => ({ ref })),
        };
    });
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        serialNumber: options.serialNumber,
        version: 1,
        metadata: {
            timestamp: options.timestamp,
            tools: { components: [{ type: 'application', author: 'Gatehouse', name: 'gatehouse scan-deps', version: options.toolVersion }] },
            ...(options.repository
                ? { component: { type: 'application', 'bom-ref': `repo:${options.repository}`, name: options.repository } }
                : {}),
        },
        components: dedupe(components),
        ...(vulnerabilities.length ? { vulnerabilities } : {}),
    };
}
/** One component per bom-ref: the same purl from two lockfiles is one component. */
function dedupe(items) {
    const seen = new Set();
    return items.filter((item) => (seen.has(item['bom-ref']) ? false : (seen.add(item['bom-ref']), true)));
}

// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __nccwpck_require__(521);
;// CONCATENATED MODULE: ./actions/scan-deps/src/summary.ts
// The job summary, sized to be pasted as a PR comment: counts, the decision, findings sorted by
// severity with the versions that fix them, violations, and what was skipped. Kept under 64 KB
// (GitHub's comment limit is 65,536 characters): rows past the budget are cut with a pointer to
// the full report.

const SUMMARY_LIMIT = 64 * 1024;
function renderSummary(report, reportPath) {
    const c = report.counts;
    const verdict = report.decision.passed ? '**Passed.**' : `**Failed:** ${report.decision.reasons.join('; ')}.`;
    const head = [
        (0,summary/* heading */.R_)('scan-deps', 3),
        `${verdict} ${c.packages} packages in ${report.lockfiles.length} lockfile(s); ${c.vulnerabilities} vulnerable package(s) (${c.failingVulnerabilities} at or above \`${report.decision.failOnSeverity}\`, ${c.ignored} ignored); ${c.violations} violation(s) (${c.failingViolations} failing).`,
        '',
    ].join('\n');
    const findingRows = report.findings.map((f) => [
        f.severity.level + (f.severity.score !== undefined ? ` ${f.severity.score.toFixed(1)}` : ''),
        (0,summary/* code */.aY)(f.id),
        (0,summary/* code */.aY)(`${f.package.name}@${f.package.version}`),
        f.fixed.length ? f.fixed.join(', ') : 'none',
        f.package.lockfile + (f.package.line ? `:${f.package.line}` : ''),
        f.ignored ? `ignored: ${f.ignored.reason}` : !f.new ? 'already at base' : f.failing ? 'fails' : 'below threshold',
    ]);
    const violationRows = report.violations.map((v) => [
        (0,summary/* code */.aY)(v.rule),
        v.message,
        v.file ? v.file + (v.line ? `:${v.line}` : '') : '',
        v.failing ? 'fails' : 'already at base',
    ]);
    const skipped = report.skipped.map((s) => `- ${s.what}: ${s.why}`).join('\n');
    const tail = `\nFull report: ${(0,summary/* inlineCode */.ti)(reportPath)}\n`;
    let out = head;
    const budget = SUMMARY_LIMIT - tail.length - 512;
    const section = (title, headers, rows) => {
        if (rows.length === 0)
            return;
        let shown = rows.length;
        let text = `${(0,summary/* heading */.R_)(title, 4)}\n${(0,summary/* table */.tp)(headers, rows)}\n`;
        while (out.length + text.length > budget && shown > 0) {
            shown = Math.floor(shown / 2);
            text = `${(0,summary/* heading */.R_)(title, 4)}\n${(0,summary/* table */.tp)(headers, rows.slice(0, shown))}\n\n${rows.length - shown} more not shown: see the full report.\n`;
        }
        out += text;
    };
    section('Vulnerabilities', ['Severity', 'Advisory', 'Package', 'Fixed in', 'Lockfile', 'Status'], findingRows);
    section('Violations', ['Rule', 'Problem', 'Where', 'Status'], violationRows);
    if (skipped && out.length + skipped.length < budget)
        out += `${(0,summary/* heading */.R_)('Skipped', 4)}\n${skipped}\n`;
    return out + tail;
}

;// CONCATENATED MODULE: ./actions/scan-deps/src/main.ts
// scan-deps: inventory every lockfile, look the packages up in OSV, apply the supply-chain checks
// and the policy, then write the report, SARIF and SBOM and decide. Everything is written (report,
// SARIF, SBOM, summary, audit event, outputs) before the step fails, so a failing run is as
// reviewable as a passing one.




















const ACTION = 'scan-deps';
const VERSION = '0.1.0';
async function run(inputs) {
    const started = Date.now();
    const root = (0,src_inputs/* workspaceRoot */.oS)();
    const deadline = new http/* Deadline */.B2(inputs.timeoutMs, "the step's timeout", "Raise the 'timeout' input, or use osv: offline with a local database.");
    const loaded = await loadPolicy(inputs.policy, { 'scan-deps': src_policy/* scanDepsPolicySchema */.R5 });
    const policy = withOverrides(loaded.sections['scan-deps'], inputs.overrides);
    if (inputs.baseRef)
        checkBaseRef(root, inputs.baseRef);
    const inventory = await takeInventory(root, inputs);
    const packages = inventory.lockfiles.flatMap((l) => l.packages);
    runner.info(`Read ${inventory.lockfiles.length} lockfile(s) with ${packages.length} packages in ${(0,src_inputs/* formatDuration */.a3)(Date.now() - started)}.`);
    const vulns = await findVulnerabilities(packages, {
        mode: inputs.osv,
        osvUrl: inputs.osvUrl,
        offlineDb: inputs.osvOfflineDb,
        deadline,
        concurrency: inputs.concurrency,
        onProgress: runner.info,
    });
    const today = new Date().toISOString().slice(0, 10);
    const violations = [...packageChecks(inventory, policy), ...expiredIgnores(policy, loaded.file, today)];
    if (policy['check-actions-pinning']) {
        for (const p of await checkActionsPinning(root)) {
            violations.push({ rule: 'action-unpinned', message: p.message, file: p.file, line: p.line, new: true });
        }
    }
    // base-ref: what the base already had is reported, not failed.
    if (inputs.baseRef) {
        const base = await basePackages(root, inputs.baseRef, inventory.lockfiles);
        for (const v of violations) {
            if (v.package && base.has(packageKey(v.package)))
                v.new = false;
            if (v.rule === 'action-unpinned' && v.file && v.line !== undefined)
                v.new = !sameLineAtBase(root, inputs.baseRef, v.file, v.message);
        }
        vulns.findings.forEach((f) => Object.assign(f, { new: !base.has(packageKey(f.package)) }));
    }
    const findings = sortFindings(vulns.findings).map((f) => {
        const ignore = policy.ignore.find((entry) => (entry.id === f.id || f.aliases.includes(entry.id)) && !(entry.expires && entry.expires < today));
        const isNew = f.new !== false;
        return {
            ...f,
            ...(ignore ? { ignored: { reason: ignore.reason, ...(ignore.expires ? { expires: ignore.expires } : {}) } } : {}),
            new: isNew,
            failing: !ignore && isNew && (0,src_policy/* gateFails */.xd)(policy['fail-on-severity'], f.severity.level),
        };
    });
    const failingFindings = findings.filter((f) => f.failing);
    const failingViolations = violations.filter((v) => v.new);
    const reasons = [];
    if (failingFindings.length)
        reasons.push(`${failingFindings.length} vulnerable package(s) at or above ${policy['fail-on-severity']}`);
    if (failingViolations.length)
        reasons.push(`${failingViolations.length} supply-chain violation(s)`);
    const report = {
        schema: REPORT_SCHEMA,
        tool: { name: 'gatehouse scan-deps', version: VERSION },
        generated: new Date().toISOString(),
        ...(process.env['GITHUB_REPOSITORY'] ? { repository: process.env['GITHUB_REPOSITORY'] } : {}),
        ...(process.env['GITHUB_SHA'] ? { commit: process.env['GITHUB_SHA'] } : {}),
        ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
        osv: { mode: inputs.osv, ...(vulns.source ? { source: vulns.source } : {}) },
        lockfiles: lockfileSummary(inventory.lockfiles),
        packages,
        findings,
        violations: violations.map(({ package: pkg, ...v }) => ({ ...v, ...(pkg ? { package: pkg.purl } : {}), failing: v.new })),
        skipped: vulns.skipped,
        counts: {
            packages: packages.length,
            vulnerabilities: findings.length,
            failingVulnerabilities: failingFindings.length,
            violations: violations.length,
            failingViolations: failingViolations.length,
            ignored: findings.filter((f) => f.ignored).length,
        },
        decision: { passed: reasons.length === 0, failOnSeverity: policy['fail-on-severity'], reasons },
    };
    const outDir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || root, 'gatehouse');
    const reportPath = writeJson(inputs.reportFile, (0,external_node_path_.join)(outDir, 'scan-report.json'), root, 'report-file', report);
    const sarifPath = writeJson(inputs.sarifFile, (0,external_node_path_.join)(outDir, 'scan-deps.sarif'), root, 'sarif-file', toSarif(findings, violations, VERSION));
    const sbomPath = writeJson(inputs.sbomFile, (0,external_node_path_.join)(outDir, 'sbom.cdx.json'), root, 'sbom-file', cycloneDx(packages, findings, {
        toolVersion: VERSION,
        serialNumber: `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
        timestamp: report.generated,
        ...(report.repository ? { repository: report.repository } : {}),
    }));
    runner.appendSummary(renderSummary(report, reportPath));
    for (const f of failingFindings.slice(0, 10)) {
        runner.error(`${f.id} in ${f.package.name}@${f.package.version} (${f.severity.level}): ${f.summary}${f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : ''}.`, {
            file: f.package.lockfile,
            ...(f.package.line ? { startLine: f.package.line } : {}),
        });
    }
    for (const v of failingViolations.slice(0, 10))
        runner.error(v.message, { ...(v.file ? { file: v.file } : {}), ...(v.line ? { startLine: v.line } : {}) });
    await appendAuditEvent(inputs.auditLog, {
        action: ACTION,
        event: 'dependencies-scanned',
        outcome: report.decision.passed ? 'success' : 'denied',
        subject: {
            lockfiles: inventory.lockfiles.map((l) => ({ path: l.path, sha256: l.sha256, packages: l.packages.length })),
            packages: packages.length,
            vulnerabilities: findings.length,
            failing_vulnerabilities: failingFindings.length,
            violations: violations.length,
            failing_violations: failingViolations.length,
            fail_on_severity: policy['fail-on-severity'],
            osv: inputs.osv,
            base_ref: inputs.baseRef || null,
            policy: loaded.digest ?? null,
            passed: report.decision.passed,
        },
    });
    const exports = new runner.Exports();
    exports.setOutput('report', reportPath);
    exports.setOutput('sarif', sarifPath);
    exports.setOutput('sbom', sbomPath);
    exports.setOutput('vulnerabilities', String(findings.length));
    exports.setOutput('violations', String(violations.length));
    exports.setOutput('passed', String(report.decision.passed));
    exports.commit();
    runner.info(`${packages.length} packages, ${findings.length} vulnerable (${failingFindings.length} failing), ${violations.length} violation(s) (${failingViolations.length} failing) in ${(0,src_inputs/* formatDuration */.a3)(Date.now() - started)}.`);
    if (!report.decision.passed) {
        throw new errors/* GatehouseError */.GA('SCAN_FAILED', `Dependencies failed the policy: ${reasons.join('; ')}.`, {
            fix: `Upgrade to the fixed versions in the report (${reportPath}), or add a reasoned ignore with an expiry to the scan-deps section of the policy.`,
        });
    }
}
function withOverrides(policy, o) {
    return {
        ...policy,
        ...(o.failOnSeverity ? { 'fail-on-severity': o.failOnSeverity } : {}),
        ...(o.allowedRegistries ? { 'allowed-registries': o.allowedRegistries } : {}),
        ...(o.requireIntegrity !== undefined ? { 'require-integrity': o.requireIntegrity } : {}),
        ...(o.allowedLicenses ? { 'allowed-licenses': o.allowedLicenses } : {}),
        ...(o.deniedLicenses ? { 'denied-licenses': o.deniedLicenses } : {}),
        ...(o.checkActionsPinning !== undefined ? { 'check-actions-pinning': o.checkActionsPinning } : {}),
    };
}
async function takeInventory(root, inputs) {
    const found = inputs.lockfiles.length ? { lockfiles: inputs.lockfiles, missing: [] } : discover(root, inputs.path);
    try {
        return { lockfiles: await parseLockfiles(root, found.lockfiles), missing: found.missing };
    }
    catch (err) {
        if (err instanceof types/* LockfileError */.g) {
            throw new errors/* GatehouseError */.GA('LOCKFILE_INVALID', `Lockfile ${err.message}.`, {
                fix: 'Regenerate the lockfile with its package manager, or fix it at that line.',
            });
        }
        throw err;
    }
}
/** The unpinned `uses:` named in `message` was already in `file` at the base. */
function sameLineAtBase(root, ref, file, message) {
    const base = fileAtBase(root, ref, file);
    const uses = /uses: (\S+)/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1];
    return base !== undefined && uses !== undefined && base.includes(uses);
}
function writeJson(input, fallback, root, name, value) {
    const path = input ? (0,src_inputs/* resolveInWorkspace */.z1)(name, input, root) : (0,external_node_path_.resolve)(fallback);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(value, null, 2) + '\n');
    return path;
}


/***/ }),

/***/ 8910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ scanDepsPolicySchema),
/* harmony export */   xd: () => (/* binding */ gateFails),
/* harmony export */   xo: () => (/* binding */ SEVERITY_GATES)
/* harmony export */ });
/* harmony import */ var _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2914);
// The `scan-deps:` section of the policy file, and the step inputs that override it for one run.
//
//   scan-deps:
//     fail-on-severity: high            # critical | high | medium | low | any | none
//     ignore:
//       - id: GHSA-35jh-r3h4-6jhm
//         reason: lodash.template is not reachable from our code (checked 2026-11-01)
//         expires: 2027-01-31           # an expired entry fails the step until renewed or removed
//     allowed-registries: [registry.npmjs.org, registry.yarnpkg.com]
//     require-integrity: true
//     allowed-licenses: [MIT, Apache-2.0, BSD-3-Clause, ISC]
//     denied-licenses: [GPL-3.0-only, AGPL-3.0-only]
//     check-actions-pinning: true

const SEVERITY_GATES = ['critical', 'high', 'medium', 'low', 'any', 'none'];
const HOST = _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.string({ pattern: /^[a-z0-9.-]+(?::\d+)?$/i, expected: 'a host name such as registry.npmjs.org' });
const LICENSE = _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.string({ minLength: 1, pattern: /^[A-Za-z0-9.+:() -]+$/, expected: 'an SPDX license id or expression' });
const scanDepsPolicySchema = _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.object({
    'fail-on-severity': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.enum(SEVERITY_GATES).default('high'),
    ignore: _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s
        .array(_gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.object({
        id: _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.string({ pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, expected: 'an advisory id such as GHSA-xxxx-xxxx-xxxx or CVE-2024-1234' }),
        reason: _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.string({ minLength: 1 }),
        expires: _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.date().optional(),
    }))
        .default([]),
    'allowed-registries': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.array(HOST).optional(),
    'require-integrity': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.boolean().default(false),
    'allowed-licenses': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.array(LICENSE).optional(),
    'denied-licenses': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.array(LICENSE).default([]),
    'check-actions-pinning': _gatehouse_core_schema__WEBPACK_IMPORTED_MODULE_0__.s.boolean().default(false),
});
/** Does a finding of `level` fail the step under `gate`? Unknown severity fails any gate but `none`. */
function gateFails(gate, level) {
    if (gate === 'none')
        return false;
    if (gate === 'any')
        return true;
    const rank = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };
    // A record without any severity is treated as high: failing open on missing data is what an
    // attacker would want.
    const value = level === 'unknown' ? 3 : (rank[level] ?? 0);
    return value >= rank[gate];
}


/***/ }),

/***/ 859:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LockfileError)
/* harmony export */ });
/* unused harmony export ECOSYSTEMS */
// The contract between scan-deps' parts: lockfile parsers produce Packages, the OSV layer turns
// them into Findings, policy/report/SARIF/SBOM consume both. Every parser and matcher works on these
// shapes only, so each lives in its own file and is tested alone.
/** OSV ecosystem names, exactly as OSV spells them (case-sensitive). */
const ECOSYSTEMS = (/* unused pure expression or super */ null && (['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven']));
/** A lockfile that could not be parsed: the message names the path and the line or key at fault. */
class LockfileError extends Error {
    name = 'LockfileError';
    lockfile;
    problem;
    line;
    key;
    // Plain fields, not parameter properties: the benchmarks run these sources with Node's
    // type stripping, which does not support them.
    constructor(lockfile, problem, line, key) {
        super(`${lockfile}${line !== undefined ? `:${line}` : ''}: ${problem}${key !== undefined ? ` (at ${key})` : ''}`);
        this.lockfile = lockfile;
        this.problem = problem;
        this.line = line;
        this.key = key;
    }
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ GatehouseError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export errorCode */
// One error type for every Gatehouse failure. `code` is stable (users grep for it, tests assert
// on it); `fix` tells the user what to change. Messages are one line and never carry secret values.
class GatehouseError extends Error {
    name = 'GatehouseError';
    code;
    fix;
    constructor(code, message, options = {}) {
        super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.fix = options.fix === undefined ? undefined : oneLine(options.fix);
    }
    /** The line a user sees: message, then the fix. */
    describe() {
        return this.fix ? `${this.message} Fix: ${this.fix}` : this.message;
    }
}
/**
 * The error for a bad input value. `shown` is the offending value as it may be printed; pass
 * `undefined` for secret inputs so the value never reaches the log.
 */
function inputError(input, problem, fix, shown) {
    const value = shown === undefined ? '' : ` (got ${quote(shown)})`;
    return new GatehouseError('INPUT_INVALID', `Input '${input}' ${problem}${value}.`, { fix });
}
/** Any thrown thing (not only Error) as a one-line description. */
function describeError(err) {
    if (err instanceof GatehouseError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message || err.name);
    if (typeof err === 'string')
        return oneLine(err);
    try {
        return oneLine(JSON.stringify(err) ?? String(err));
    }
    catch {
        // Cycles, BigInts, objects without a prototype: fall back to a description that cannot throw.
        try {
            return oneLine(String(err));
        }
        catch {
            return `a thrown ${typeof err} that cannot be described`;
        }
    }
}
function errorCode(err) {
    return err instanceof GatehouseError ? err.code : 'INTERNAL';
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Quote a user-supplied value for an error message, cut to a readable length. */
function quote(value, max = 60) {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(cut);
}


/***/ }),

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B2: () => (/* binding */ Deadline),
  j$: () => (/* binding */ HttpError),
  x6: () => (/* binding */ fetchJson)
});

// UNUSED EXPORTS: HttpResponse, backoffDelay, closeHttpAgents, defaultRetryStatus, parseRetryAfter, request, setBackoff

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __nccwpck_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./packages/core/src/node-transport.ts
// A fetch-shaped transport over node:http and node:https, used for every request that does not
// go through a proxy. Node's global fetch is undici, which costs ~45 ms to load at start-up and
// several web-stream allocations per request; a step that fetches fifty secrets pays for both.
// This keeps one keep-alive agent per protocol and CA, so parallel reads reuse connections, and
// answers with what core http reads: status, statusText, headers.get() and an async-iterable body.
//
// Error shapes mirror fetch's, so http.ts classifies both the same way: a network failure is a
// TypeError whose `cause` carries the code; a request Node refuses to send (an invalid header
// value) is a TypeError without a cause.

// createRequire: node:http and node:https are loaded on the first request, not at start-up.
const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const agents = new Map();
function agentFor(protocol, ca) {
    const key = `${protocol}${ca ?? ''}`;
    let agent = agents.get(key);
    if (!agent) {
        // Keep-alive: idle sockets are unref'd by Node, so they never hold the process open.
        const options = { keepAlive: true, maxSockets: 256, ...(ca ? { ca } : {}) };
        agent =
            protocol === 'https:'
                ? new (load('node:https').Agent)(options)
                : new (load('node:http').Agent)(options);
        agents.set(key, agent);
    }
    return agent;
}
class NodeHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    }
}
function nodeFetch(url, init) {
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
    const headers = { ...init.headers };
    if (init.body !== undefined) {
        headers['content-length'] = String(typeof init.body === 'string' ? Buffer.byteLength(init.body) : init.body.byteLength);
    }
    else if (init.method !== 'GET' && init.method !== 'HEAD') {
        headers['content-length'] = '0';
    }
    const options = {
        method: init.method,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: agentFor(protocol, init.ca),
        signal: init.signal,
    };
    return new Promise((resolve, reject) => {
        let req;
        try {
            const mod = load(protocol === 'https:' ? 'node:https' : 'node:http');
            req = mod.request(options, (res) => {
                resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: new NodeHeaders(res.headers), body: res });
            });
        }
        catch (err) {
            // Invalid header names or values are refused before any I/O, like fetch's TypeError.
            reject(new TypeError(err instanceof Error ? err.message : String(err)));
            return;
        }
        req.on('error', (err) => reject(new TypeError('fetch failed', { cause: err })));
        req.end(init.body);
    });
}
/** Destroy pooled connections (tests that switch CAs or servers, the end of a step). */
function node_transport_closeNodeAgents() {
    for (const agent of agents.values())
        agent.destroy();
    agents.clear();
}

;// CONCATENATED MODULE: ./packages/core/src/http.ts
// The one HTTP client of every action: fetch with a per-attempt timeout, an overall deadline,
// retries with full-jitter backoff that honour Retry-After, proxies from the environment and a
// custom CA. Errors are one line naming method, host+path and status, with a fix; they never carry
// request bodies, credentials or query strings (which can hold tokens).




// ---- deadline ----------------------------------------------------------------------------------
/**
 * A point in time shared by every request (and anything else) of one step. Pass the same object to
 * each call: retries, backoff sleeps and per-attempt timeouts are all cut to what is left of it.
 */
class Deadline {
    ms;
    label;
    fix;
    at;
    lazySignal;
    /** `label` and `fix` end up in the DEADLINE_EXCEEDED error, so name the input that sets it. */
    constructor(ms, label = 'the overall deadline', fix = "Raise the step's timeout, or check that the service is reachable from the runner.") {
        this.ms = ms;
        this.label = label;
        this.fix = fix;
        this.at = Date.now() + ms;
    }
    remaining() {
        return Math.max(0, this.at - Date.now());
    }
    get expired() {
        return this.remaining() === 0;
    }
    /** Aborts when the deadline passes; for work other than `request` (child processes, streams). */
    get signal() {
        // AbortSignal.timeout's timer is unref'd, so an unused deadline never keeps the process alive.
        this.lazySignal ??= Number.isFinite(this.at)
            ? AbortSignal.timeout(Math.min(this.remaining(), MAX_TIMER))
            : new AbortController().signal;
        return this.lazySignal;
    }
}
const BUILTIN_BACKOFF = {
    baseMs: 500,
    maxMs: 10_000,
    maxRetryAfterMs: 60_000,
    random: Math.random,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
let defaultBackoff = BUILTIN_BACKOFF;
/**
 * Override the backoff for every request (tests of code that calls `request` indirectly). Returns a
 * function that restores the previous defaults, like runner.setWriter.
 */
function setBackoff(overrides) {
    const previous = defaultBackoff;
    defaultBackoff = { ...previous, ...overrides };
    return () => {
        defaultBackoff = previous;
    };
}
/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform pick in
 * [0, min(max, base * 2^(retry-1))) spreads a burst of clients instead of retrying in lockstep.
 */
function backoffDelay(retry, backoff) {
    return Math.floor(backoff.random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** (retry - 1)));
}
/** Retry-After as milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
class HttpResponse {
    method;
    target;
    status;
    statusText;
    headers;
    body;
    constructor(method, target, status, statusText, headers, body) {
        this.method = method;
        this.target = target;
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.body = body;
    }
    text() {
        return this.body.toString('utf8');
    }
    /** Parse the body; a malformed body fails without quoting it (it may hold a secret). */
    json() {
        try {
            return JSON.parse(this.text());
        }
        catch {
            const type = this.headers.get('content-type') ?? 'no content-type';
            throw new HttpError('HTTP_FAILED', `${this.method} ${this.target} answered ${this.status} with a body that is not valid JSON (${this.body.length} bytes, ${type}).`, {
                fix: 'Check that the URL points at the service API and not at a proxy or login page.',
                method: this.method,
                target: this.target,
                status: this.status,
            });
        }
    }
}
/**
 * A failed request. `status` is set when the server answered; `body` is its parsed error body
 * (JSON, else text) and `detail` the server's own message, both with the request's credentials and
 * anything token-shaped replaced by `***`, so providers can map e.g. Vault's `{"errors":[...]}`.
 */
class HttpError extends errors/* GatehouseError */.GA {
    method;
    /** host + path, never the query string. */
    target;
    status;
    body;
    detail;
    attempts;
    /** Network error code (ECONNREFUSED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...). */
    reason;
    constructor(code, message, init) {
        super(code, message, { fix: init.fix });
        this.method = init.method;
        this.target = init.target;
        this.status = init.status;
        this.body = init.body;
        this.detail = init.detail;
        this.attempts = init.attempts ?? 1;
        this.reason = init.reason;
    }
}
function defaultRetryStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** GET (or any method) and parse the JSON answer. Sends `Accept: application/json`. */
async function fetchJson(url, options = {}) {
    const res = await request(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
    return res.json();
}
/** Send a request, retrying as configured; resolves only with a 2xx, otherwise throws HttpError. */
async function request(url, options = {}) {
    if (!URL.canParse(String(url))) {
        // Not quoted: a URL can carry a token in its query or userinfo.
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', 'A service URL is not a valid absolute URL.', {
            fix: 'Use a full URL such as https://vault.example.com:8200.',
        });
    }
    const target = new URL(url);
    const method = (options.method ?? 'GET').toUpperCase();
    const { headers, body } = encode(options);
    // host + path only: a query string can carry tokens, so it never reaches a message.
    const ctx = { method, where: `${target.host}${target.pathname}`, target, secrets: secretsOf(headers, body, target) };
    const label = `${method} ${ctx.where}`;
    const backoff = { ...defaultBackoff, ...options.backoff };
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const timeoutMs = Math.min(options.timeoutMs ?? 30_000, MAX_TIMER);
    const retryStatus = options.retryStatus ?? defaultRetryStatus;
    const { deadline } = options;
    const doFetch = await fetcherFor(target, options.ca, options.followRedirects === true);
    for (let attempt = 1;; attempt++) {
        if (deadline?.expired)
            throw deadlineError(ctx, deadline, attempt - 1);
        // The deadline bounds each attempt too; remember which limit applied so the error names it.
        const byDeadline = deadline !== undefined && deadline.remaining() < timeoutMs;
        const limit = byDeadline ? deadline.remaining() : timeoutMs;
        const timeout = AbortSignal.timeout(limit);
        const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
        let response;
        let thrown;
        try {
            const res = await doFetch(target, {
                method,
                headers,
                body,
                signal,
                ca: options.ca,
                followRedirects: options.followRedirects === true,
            });
            const bytes = await readBody(res, options.maxBytes ?? 16 * 1024 * 1024, ctx);
            response = new HttpResponse(method, ctx.where, res.status, res.statusText, res.headers, bytes);
        }
        catch (err) {
            thrown = err;
        }
        let failure;
        let retryAfter;
        if (response) {
            if (response.status >= 200 && response.status < 300)
                return response;
            failure = statusError(response, ctx, attempt);
            if (!retryStatus(response.status))
                throw failure;
            retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        }
        else if (thrown instanceof HttpError) {
            throw thrown; // an oversized body: retrying would read it again
        }
        else if (options.signal?.aborted) {
            throw options.signal.reason;
        }
        else if (timeout.aborted) {
            if (byDeadline)
                throw deadlineError(ctx, deadline, attempt);
            failure = new HttpError('HTTP_TIMEOUT', `${label} timed out: no complete answer within ${(0,inputs/* formatDuration */.a3)(limit)}${attempts(attempt)}.`, {
                fix: `Check that ${target.host} is reachable and healthy from the runner, or raise the request timeout.`,
                ...fields(ctx, attempt),
            });
        }
        else {
            failure = networkError(thrown, ctx, attempt);
            if (!retryableNetwork(failure.reason ?? ''))
                throw failure;
        }
        if (attempt >= maxAttempts)
            throw failure;
        if (retryAfter !== undefined && retryAfter > backoff.maxRetryAfterMs) {
            const asked = `the server asked to retry after ${(0,inputs/* formatDuration */.a3)(retryAfter)}, longer than Gatehouse waits (${(0,inputs/* formatDuration */.a3)(backoff.maxRetryAfterMs)})`;
            throw new HttpError(failure.code, `${failure.message.replace(/\.$/, '')}; ${asked}.`, {
                ...fromError(failure),
                fix: failure.fix ?? '',
            });
        }
        const wait = retryAfter ?? backoffDelay(attempt, backoff);
        // Sleeping past the deadline only to fail later wastes the job's time: fail now, and say why.
        if (deadline && wait >= deadline.remaining())
            throw deadlineError(ctx, deadline, attempt, failure, wait);
        runner.info(`${label}: ${failure.status ?? failure.reason ?? 'timed out'}; retry ${attempt} of ${maxAttempts - 1} in ${(0,inputs/* formatDuration */.a3)(wait)}.`);
        await backoff.sleep(wait);
    }
}
/** Node timers overflow above 2^31-1 ms and fire at once; clamp instead. */
const MAX_TIMER = 2 ** 31 - 1;
function fields(ctx, attempt) {
    return { method: ctx.method, target: ctx.where, attempts: attempt };
}
function fromError(err) {
    const { method, target, status, body, detail, attempts, reason } = err;
    return { fix: err.fix ?? '', method, target, status, body, detail, attempts, reason };
}
function attempts(n) {
    return n > 1 ? ` (${n} attempts)` : '';
}
function encode(options) {
    const headers = { 'user-agent': 'gatehouse' };
    let body = options.body;
    if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
    }
    else if (options.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(options.form).toString();
    }
    for (const [name, value] of Object.entries(options.headers ?? {}))
        headers[name.toLowerCase()] = value;
    return { headers, body };
}
async function readBody(res, maxBytes, ctx) {
    if (!res.body)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.byteLength;
        // Bounded memory: a broken or hostile server cannot make an action buffer gigabytes.
        if (size > maxBytes) {
            throw new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} answered with more than ${maxBytes} bytes; refusing to read it.`, {
                fix: 'Check that the URL points at the service API.',
                ...fields(ctx, 1),
                status: res.status,
            });
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
// ---- errors ------------------------------------------------------------------------------------
function statusFix(status, target) {
    if (status >= 300 && status < 400)
        return 'Use the final URL: Gatehouse does not follow redirects, so credentials are never sent to another host.';
    if (status === 401)
        return `Check the credentials sent to ${target.host}: the server did not accept them.`;
    if (status === 403)
        return `The credentials were accepted but lack permission for ${target.pathname}; grant it to this workflow's identity.`;
    if (status === 404)
        return `Check the URL and path (${target.host}${target.pathname}).`;
    if (defaultRetryStatus(status))
        return 'The service is unavailable or rate limiting; re-run the job later, or raise the attempts or timeout.';
    return 'Check the request this step sends; the server gave its reason above.';
}
function statusError(res, ctx, attempt) {
    const text = res.body.subarray(0, 64 * 1024).toString('utf8');
    let body;
    try {
        body = scrub(JSON.parse(text), ctx.secrets);
    }
    catch {
        body = scrubText(text, ctx.secrets) || undefined;
    }
    const found = extractDetail(body);
    const detail = found ? oneLine(found).slice(0, 300) : undefined;
    let extra = detail ? `: ${detail.replace(/[.\s]+$/, '')}` : '';
    if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        extra =
            location && URL.canParse(location, ctx.target.href)
                ? `: redirect to ${new URL(location, ctx.target).host} refused`
                : ': redirect refused';
    }
    const reason = [res.status, res.statusText].filter(Boolean).join(' ');
    return new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} failed with ${reason}${extra}${attempts(attempt)}.`, {
        fix: statusFix(res.status, ctx.target),
        ...fields(ctx, attempt),
        status: res.status,
        body,
        detail,
    });
}
/** The human message in the error shapes Gatehouse's services use (Vault, GCP, Azure, AWS, OSV). */
function extractDetail(body) {
    if (typeof body === 'string') {
        const xml = /<Message>([^<]*)<\/Message>/.exec(body);
        return xml ? xml[1] : body.split('\n')[0];
    }
    if (!body || typeof body !== 'object')
        return undefined;
    const b = body;
    const errors = b['errors'];
    if (Array.isArray(errors) && errors.length > 0) {
        return errors.map((e) => (typeof e === 'string' ? e : String(e?.message ?? JSON.stringify(e)))).join('; ');
    }
    const error = b['error'];
    if (error && typeof error === 'object' && typeof error.message === 'string')
        return error.message;
    for (const key of ['error_description', 'message', 'Message', 'detail', 'error']) {
        if (typeof b[key] === 'string' && b[key])
            return b[key];
    }
    return undefined;
}
const TLS_CODE = /CERT|SELF_SIGNED|TLS|SSL|UNABLE_TO_(GET|VERIFY)/;
function networkError(err, ctx, attempt) {
    const cause = err?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const raw = typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err);
    // Undici quotes an invalid header's value in its message: scrub before it reaches the error.
    const text = oneLine(scrubText(raw, ctx.secrets)).slice(0, 200);
    const label = `${ctx.method} ${ctx.where}`;
    if (code && TLS_CODE.test(code)) {
        return new HttpError('HTTP_FAILED', `${label} failed: the server's TLS certificate is not trusted (${code}).`, {
            fix: `Pass the CA certificate (PEM) that signed ${ctx.target.host}'s certificate, or add it to NODE_EXTRA_CA_CERTS.`,
            ...fields(ctx, attempt),
            reason: code,
        });
    }
    if (!cause) {
        // fetch rejects a bad request (invalid header value, body on GET) before any I/O, with no
        // cause; a network failure always has one. Retrying the former cannot help.
        return new HttpError('HTTP_FAILED', `${label} could not be sent: ${text.replace(/\.$/, '')}.`, {
            fix: 'Check the URL and header values this step sends (no line breaks or control characters).',
            ...fields(ctx, attempt),
            reason: 'INVALID_REQUEST',
        });
    }
    const what = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' ? 'host not found' : text || 'network error';
    const shown = code && !what.includes(code) ? ` (${code})` : '';
    return new HttpError('HTTP_FAILED', `${label} failed: ${what}${shown}${attempts(attempt)}.`, {
        fix: `Check that ${ctx.target.host} is reachable from the runner (URL, DNS, firewall, HTTPS_PROXY/NO_PROXY).`,
        ...fields(ctx, attempt),
        reason: code ?? 'NETWORK',
    });
}
/** A TLS failure, an unknown host or a malformed request does not heal in seconds; the rest may. */
function retryableNetwork(reason) {
    return !TLS_CODE.test(reason) && reason !== 'ENOTFOUND' && reason !== 'INVALID_REQUEST';
}
function deadlineError(ctx, deadline, attempt, last, wait) {
    const lastly = last ? `; last attempt: ${last.status ?? last.reason ?? 'timed out'}${last.detail ? ` (${last.detail})` : ''}` : '';
    const next = wait === undefined ? '' : `, next retry due in ${(0,inputs/* formatDuration */.a3)(wait)}`;
    const message = `${ctx.method} ${ctx.where} did not finish within ${deadline.label} (${(0,inputs/* formatDuration */.a3)(deadline.ms)})${attempts(attempt)}${lastly}${next}.`;
    return new HttpError('DEADLINE_EXCEEDED', message, {
        ...(last ? fromError(last) : fields(ctx, attempt)),
        fix: deadline.fix,
        attempts: attempt,
    });
}
// ---- scrubbing ---------------------------------------------------------------------------------
// Field and header names that carry credentials: X-Vault-Token, Authorization, jwt, secret_id,
// WebIdentityToken, client_assertion, subject_token, password, ...
const SECRET_NAME = /authorization|token|secret|password|passwd|assertion|credential|jwt|cookie|signature|key/i;
// Credentials a server might echo that the request did not carry. A Bearer/Basic value must contain
// a digit or punctuation, so prose such as "Bearer token expired" is left alone.
const TOKENISH = [
    /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
    /\b(?:hv[sbr]|gh[pousr])[._][\w-]{16,}/g,
    /\b(Bearer|Basic)(\s+)(?=[^\s"',;]*[\d._~+/=-])[^\s"',;]{8,}/gi,
];
/**
 * What a server might echo back into an error body: credential headers, and credential-named
 * fields of the JSON or form body and of the query (values of 8+ chars; shorter ones are not worth
 * the false positives). Other values (a Vault role, an audience) stay visible: errors name them.
 */
function secretsOf(headers, body, url) {
    const found = [];
    for (const [name, value] of Object.entries(headers)) {
        if (!SECRET_NAME.test(name))
            continue;
        found.push(value);
        const scheme = /^\S+\s+(.+)$/.exec(value);
        if (scheme)
            found.push(scheme[1]);
    }
    const text = typeof body === 'string' ? body : body ? Buffer.from(body).toString('utf8') : '';
    if (text) {
        found.push(text);
        try {
            credentialFields(JSON.parse(text), false, found);
        }
        catch {
            for (const [name, value] of new URLSearchParams(text))
                if (SECRET_NAME.test(name))
                    found.push(value);
        }
    }
    for (const [name, value] of url.searchParams)
        if (SECRET_NAME.test(name))
            found.push(value);
    if (url.password)
        found.push(decodeURIComponent(url.password));
    return [...new Set(found.filter((s) => s.length >= 8))].sort((a, b) => b.length - a.length);
}
function credentialFields(value, secret, into) {
    if (typeof value === 'string' && secret)
        into.push(value);
    else if (Array.isArray(value))
        for (const v of value)
            credentialFields(v, secret, into);
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            credentialFields(v, secret || SECRET_NAME.test(k), into);
    }
}
function scrubText(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    const [jwt, prefixed, scheme] = TOKENISH;
    return out.replace(jwt, '***').replace(prefixed, '***').replace(scheme, '$1$2***');
}
function scrub(value, secrets) {
    if (typeof value === 'string')
        return scrubText(value, secrets);
    if (Array.isArray(value))
        return value.map((v) => scrub(v, secrets));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)]));
    }
    return value;
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Undici dispatchers by CA and proxy settings, so connections are reused across requests. */
const http_agents = new Map();
function proxyEnv() {
    const env = process.env;
    // Lower case first, as curl and undici do.
    return {
        http: env['http_proxy'] || env['HTTP_PROXY'] || '',
        https: env['https_proxy'] || env['HTTPS_PROXY'] || '',
        no: env['no_proxy'] || env['NO_PROXY'] || '',
    };
}
const viaNode = (url, init) => nodeFetch(url, init);
/**
 * node:http(s) for direct connections (with or without a custom CA): it is cheap to load and to
 * use. Only behind a proxy (or to follow redirects, which nothing in Gatehouse asks for by
 * default) is undici loaded, lazily, and its fetch used with an EnvHttpProxyAgent, which honours
 * NO_PROXY and tunnels https through CONNECT. Undici's own fetch, not the global one, because a
 * dispatcher from the npm package need not match the undici bundled inside Node.
 */
async function fetcherFor(target, ca, followRedirects = false) {
    const proxy = proxyEnv();
    // EnvHttpProxyAgent sends https through HTTP_PROXY when HTTPS_PROXY is unset; mirror it here.
    const proxied = target.protocol === 'https:' ? proxy.https || proxy.http : proxy.http;
    if (!proxied && !followRedirects)
        return viaNode;
    const undici = await __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5134, 19));
    const key = JSON.stringify([ca ?? '', proxy.http, proxy.https, proxy.no]);
    let agent = http_agents.get(key);
    if (!agent) {
        // `connect` covers direct connections, `requestTls` the TLS inside a proxy's CONNECT tunnel.
        const tls = ca ? { connect: { ca }, requestTls: { ca } } : {};
        agent = new undici.EnvHttpProxyAgent({ httpProxy: proxy.http, httpsProxy: proxy.https, noProxy: proxy.no, ...tls });
        http_agents.set(key, agent);
    }
    const dispatcher = agent;
    return async (url, init) => {
        const res = await undici.fetch(url.href, {
            method: init.method,
            headers: init.headers,
            body: init.body,
            signal: init.signal,
            redirect: init.followRedirects ? 'follow' : 'manual',
            dispatcher,
        });
        return { status: res.status, statusText: res.statusText, headers: res.headers, body: res.body };
    };
}
/** Close pooled proxy/CA connections (end of a step, or between tests that change the env). */
async function closeHttpAgents() {
    closeNodeAgents();
    const all = [...http_agents.values()];
    http_agents.clear();
    await Promise.all(all.map((a) => a.close()));
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports readBoolean, splitList, parseDuration, readPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8643);
// Typed readers for action inputs. Each action's inputs.ts calls these once to build one validated
// object; logic code never reads INPUT_* itself. Every failure names the input, shows the bad
// value (unless the input is secret) and says how to fix it.




function readString(name, options = {}) {
    const raw = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name);
    const value = options.keepWhitespace ? raw : raw.trim();
    if (options.required && value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('INPUT_MISSING', `Input '${name}' is required but was empty or not set.`, {
            fix: `Add '${name}:' under 'with:' in the step.`,
        });
    }
    return value;
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** Strict boolean: YAML 1.2 core `true`/`false` only; `yes`, `1`, `on` are mistakes, not truths. */
function readBoolean(name, fallback) {
    const value = rawInput(name).trim();
    if (value === '')
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw inputError(name, 'must be true or false', `Set '${name}: true' or '${name}: false'.`, value);
}
function readInteger(name, fallback, options = {}) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallback;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    const range = `from ${min} to ${max}`;
    if (!/^[+-]?\d+$/.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'must be a whole number', `Use a whole number ${range}.`, value);
    }
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, `is out of range`, `Use a whole number ${range}.`, value);
    }
    return n;
}
function readEnum(name, allowed, fallback) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is not one of the allowed values', `Use one of: ${allowed.join(', ')}.`, value);
}
/** A newline (or comma) separated list: items trimmed, empty items dropped. */
function readList(name, options = {}) {
    return splitList((0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name), options);
}
function splitList(raw, options = {}) {
    const pattern = options.separator === 'comma' ? /[\r\n,]+/ : /\r?\n/;
    return raw
        .split(pattern)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !(options.comments && item.startsWith('#')));
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Durations such as `500ms`, `30s`, `5m`, `1h30m`; a bare number means seconds. Returns ms. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/^(\d+(ms|s|m|h))+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, n, unit] of value.matchAll(/(\d+)(ms|s|m|h)/g))
        total += Number(n) * UNIT_MS[unit];
    return total;
}
function readDuration(name, fallbackMs, options = {}) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallbackMs;
    const ms = parseDuration(value);
    const fix = 'Use a number with a unit, such as 500ms, 30s, 5m or 1h30m.';
    if (ms === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is not a duration', fix, value);
    if ((options.min !== undefined && ms < options.min) || (options.max !== undefined && ms > options.max)) {
        const span = `${formatDuration(options.min ?? 0)} to ${formatDuration(options.max ?? Infinity)}`;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is out of range', `Use a duration from ${span}.`, value);
    }
    return ms;
}
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unlimited';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
}
function workspaceRoot() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/**
 * A path that must stay inside the workspace, after resolving `..` and symlinks, so a policy or
 * report path cannot read or overwrite files elsewhere on the runner.
 */
function resolveInWorkspace(name, value, root = workspaceRoot()) {
    const fix = `Use a path inside the workspace (${root}).`;
    if (value.includes('\0'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'contains a NUL byte', fix);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value);
    if (!isInside(root, full))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'points outside the workspace', fix, value);
    // Walk up to the nearest existing ancestor: a symlink there could still lead outside.
    let probe = full;
    for (;;) {
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(probe);
            if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), real))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'leads outside the workspace through a symlink', fix, value);
            break;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA)
                throw err;
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(probe, '..');
            if (parent === probe)
                break;
            probe = parent;
        }
    }
    return full;
}
function readPath(name, fallback, root = workspaceRoot()) {
    const value = rawInput(name).trim() || fallback;
    return resolveInWorkspace(name, value, root);
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8643);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(521);
// The one way every entry point (main and post) runs: catch anything thrown, print
// `<action> failed: <message>` as an error annotation, and make sure the process exits 1.



/**
 * `fn` may return an exit code to propagate (mask-logs passes on its command's); a failure always
 * exits 1.
 */
async function runAction(action, fn) {
    // Errors thrown from callbacks outside the awaited chain (timers, streams) must fail the step
    // too, not crash with a stack trace or, worse, be swallowed.
    const onStray = (err) => fail(action, err);
    process.on('uncaughtException', onStray);
    process.on('unhandledRejection', onStray);
    try {
        const code = await fn();
        if (typeof code === 'number' && process.exitCode !== 1)
            process.exitCode = code;
    }
    catch (err) {
        fail(action, err);
    }
    finally {
        // Annotations past GitHub's per-step limit were held back; say how many, once, at the end.
        try {
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .flushAnnotations */ .r$)();
        }
        catch (err) {
            fail(action, err);
        }
        process.off('uncaughtException', onStray);
        process.off('unhandledRejection', onStray);
    }
}
function fail(action, err) {
    process.exitCode = 1;
    _runner_js__WEBPACK_IMPORTED_MODULE_1__.error(`${action} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}`);
    if (_runner_js__WEBPACK_IMPORTED_MODULE_1__.isDebug() && err instanceof Error && err.stack)
        _runner_js__WEBPACK_IMPORTED_MODULE_1__.debug(err.stack);
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Exports: () => (/* binding */ Exports),
/* harmony export */   addMask: () => (/* binding */ addMask),
/* harmony export */   addMasks: () => (/* binding */ addMasks),
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* binding */ endGroup),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* binding */ isDebug),
/* harmony export */   issueCommand: () => (/* binding */ issueCommand),
/* harmony export */   keyValueMessage: () => (/* binding */ keyValueMessage),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   rawInput: () => (/* binding */ rawInput),
/* harmony export */   setWriter: () => (/* binding */ setWriter),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   warning: () => (/* binding */ warning),
/* harmony export */   writeFd: () => (/* binding */ writeFd),
/* harmony export */   writeStderr: () => (/* binding */ writeStderr),
/* harmony export */   writeStdout: () => (/* binding */ writeStdout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7550);
// The GitHub Actions runner protocol: workflow commands on stdout (`::name k=v::message`) and file
// commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY).
//
// Why not @actions/core: importing it evaluates undici through its OIDC client, which costs about
// 100 ms on every cold start (3.3x `node -e 0`, measured with hyperfine). The protocol itself is a
// few documented string formats, so this module speaks it directly. The contract tests check that
// what it writes is byte-for-byte what @actions/core writes for the same calls.




/**
 * Write all of `data` to a file descriptor synchronously. process.stdout would build a stream
 * (several ms of module loading at start-up); on Linux its pipe writes are synchronous anyway, so
 * ordering is the same. A non-blocking pipe that is full answers EAGAIN: wait 1 ms and retry.
 * A closed pipe (EPIPE) means nobody is reading the log any more; there is nothing left to do.
 */
function writeFd(fd, data) {
    let buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buf));
        }
        catch (err) {
            const code = err.code;
            if (code === 'EAGAIN') {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
                continue;
            }
            if (code === 'EPIPE')
                return;
            throw err;
        }
    }
}
const writeStdout = (data) => writeFd(1, data);
const writeStderr = (data) => writeFd(2, data);
/** Where workflow commands and log lines go; tests swap it to capture. */
let out = writeStdout;
function setWriter(writer) {
    const previous = out;
    out = writer;
    return () => {
        out = previous;
    };
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    out(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
// ---- log lines -------------------------------------------------------------------------------
function info(message) {
    out(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotation(kind, message, props) {
    issueCommand(kind, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message);
}
function notice(message, props = {}) {
    annotation('notice', message, props);
}
function warning(message, props = {}) {
    annotation('warning', message, props);
}
function error(message, props = {}) {
    annotation('error', message, props);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * Register a mask with the runner. Every later log line, annotation and summary line of the job
 * has this exact string replaced by `***`. Callers decide what is worth masking (see masking.ts).
 */
function addMask(value) {
    issueCommand('add-mask', {}, value);
}
/** Several masks in one write: a secret has a dozen forms, and each write is a system call. */
function addMasks(values) {
    if (values.length === 0)
        return;
    out(values.map((v) => formatCommand('add-mask', {}, v) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL).join(''));
}
// ---- inputs and state --------------------------------------------------------------------------
/** The raw value of an input as the runner passes it (`INPUT_<NAME>`, hyphens kept). */
function rawInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
/** State saved by the main step, as the post step sees it. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** `name<<delimiter\nvalue\ndelimiter`, the heredoc form the runner parses for multi-line values. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .uniqueId */ .N)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A UUID collision would let a value end the heredoc early and inject variables.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', `Refusing to write '${name}': it contains the heredoc delimiter.`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
function fileCommandPath(command) {
    const path = process.env[`GITHUB_${command}`];
    if (!path)
        return undefined;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', `The runner's GITHUB_${command} file does not exist.`, {
            fix: 'Run the action on a GitHub Actions runner, or create the file named by the variable.',
        });
    }
    return path;
}
/**
 * Outputs, env and state are staged and written in one append at `commit()`, so an action that
 * fails half-way exports nothing: callers commit only after every required step has succeeded.
 */
class Exports {
    outputs = new Map();
    env = new Map();
    state = new Map();
    committed = false;
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    exportVariable(name, value) {
        if (name === 'NODE_OPTIONS') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', 'Refusing to export NODE_OPTIONS: the runner blocks it.');
        }
        this.env.set(name, value);
    }
    saveState(name, value) {
        this.state.set(name, value);
    }
    get outputNames() {
        return [...this.outputs.keys()];
    }
    get envNames() {
        return [...this.env.keys()];
    }
    commit() {
        if (this.committed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('INTERNAL', 'Exports committed twice.');
        this.committed = true;
        // Check every target file before writing any, so a missing GITHUB_ENV cannot leave outputs
        // written and env not (fileCommandPath throws for a path that is set but does not exist).
        for (const [command, entries] of [
            ['OUTPUT', this.outputs],
            ['ENV', this.env],
            ['STATE', this.state],
        ]) {
            if (entries.size > 0)
                fileCommandPath(command);
        }
        write('OUTPUT', this.outputs, 'set-output');
        write('ENV', this.env, 'set-env');
        write('STATE', this.state, 'save-state');
        for (const [name, value] of this.env)
            process.env[name] = value;
    }
}
function write(command, entries, legacy) {
    if (entries.size === 0)
        return;
    const path = fileCommandPath(command);
    if (path) {
        let text = '';
        for (const [name, value] of entries)
            text += keyValueMessage(name, value) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, text, { encoding: 'utf8' });
        return;
    }
    // Outside a runner (local runs) fall back to the stdout commands, like @actions/core does. Like it,
    // start `set-output` on a fresh line: the runner only sees a command at the start of a line, and
    // the last write (say, a child's passed-through output) may not have ended one.
    for (const [name, value] of entries) {
        if (legacy === 'set-output')
            out(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issueCommand(legacy, { name }, value);
    }
}
/** Append markdown to the job summary; no-op outside a runner. */
function appendSummary(markdown) {
    const path = process.env['GITHUB_STEP_SUMMARY'];
    if (!path)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, markdown.endsWith('\n') ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 2914:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   h0: () => (/* binding */ closestMatch),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   s: () => (/* binding */ s),
/* harmony export */   tf: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony exports SchemaError, Schema, parse, ObjectSchema, string, enumOf, date, boolean, integer, number, literal, array, record, object, oneOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
// A small schema language for the policy file (and any other parsed config): each action declares
// the shape of its section once, gets a typed value back, and a bad value fails with the path of
// the bad key and what would be right. No ajv: the checks we need are few, and the messages are
// the product.
//
//   const section = s.object({
//     'fail-on': s.enum(['low', 'moderate', 'high', 'critical']).default('high'),
//     ignore: s.array(s.object({ id: s.string(), until: s.date().optional() })).default([]),
//   });
//   type Section = Infer<typeof section>;
//
// In an object, an absent key and an explicit null (`key:` with nothing after it in YAML) are the
// same: allowed for `.optional()` (gives undefined) and `.default(v)` (gives v), "is required"
// otherwise. Unknown keys are errors that suggest the closest known key.

/** Thrown by parse(): every issue found, the first one in the message. */
class SchemaError extends Error {
    name = 'SchemaError';
    issues;
    constructor(issues) {
        super(issues.length > 0 ? formatIssue(issues[0]) : 'Invalid value.');
        this.issues = issues;
    }
}
class Schema {
    /** The value when an object key is absent or null; required unless optional/default. */
    absent(path, issues) {
        issues.push({ path, problem: 'is required', fix: `Add it as ${this.expected}.` });
        return undefined;
    }
    optional() {
        return new OptionalSchema(this);
    }
    /** Absent or null gives a copy of `value`. */
    default(value) {
        return new DefaultSchema(this, value);
    }
    /** An extra check on a value of the right type; `test` returns the problem, or undefined. */
    refine(test, fix) {
        return new RefinedSchema(this, test, fix);
    }
}
// ---- entry points -------------------------------------------------------------------------------
function validate(schema, value, path = []) {
    const issues = [];
    const result = value === undefined || value === null ? schema.absent(path, issues) : schema.check(value, path, issues);
    return issues.length === 0 ? { ok: true, value: result } : { ok: false, issues };
}
/** Like validate, but throws SchemaError. */
function parse(schema, value, path = []) {
    const result = validate(schema, value, path);
    if (!result.ok)
        throw new SchemaError(result.issues);
    return result.value;
}
/** `scan-deps.ignore[2].until`; keys that are not plain names are quoted: `envs["prod.eu"]`. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_][\w-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** `'scan-deps.fail-on' must be one of ... (got "hgih").` — the root is called `rootName`. */
function formatIssue(issue, rootName = 'The value') {
    const subject = issue.path.length === 0 ? rootName : `'${formatPath(issue.path)}'`;
    return `${subject} ${issue.problem}${/[.?!]$/.test(issue.problem) ? '' : '.'}`;
}
/** How a bad value is shown in a message. Policy values are not secrets; long ones are cut. */
function describeValue(value) {
    if (value === undefined || value === null)
        return 'nothing';
    if (typeof value === 'string')
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
/** The candidate closest to `word` (ignoring case, `_` vs `-`), if it is close enough to suggest. */
function closestMatch(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(norm(word), norm(candidate));
        // About one typo per three letters: `fail_on` -> `fail-on`, `ingore` -> `ignore`, `x` -> nothing.
        const limit = Math.floor(Math.max(word.length, candidate.length) / 3);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
function kindOf(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean')
        return type;
    return 'object';
}
function mismatch(path, expected, value) {
    return { path, problem: `must be ${expected} (got ${describeValue(value)})` };
}
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `; did you mean '${match}'?`;
}
// ---- wrappers -----------------------------------------------------------------------------------
class OptionalSchema extends Schema {
    expected;
    kinds;
    inner;
    constructor(inner) {
        super();
        this.inner = inner;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        return this.inner.check(value, path, issues);
    }
    absent() {
        return undefined;
    }
}
class DefaultSchema extends Schema {
    expected;
    kinds;
    inner;
    fallback;
    constructor(inner, fallback) {
        super();
        this.inner = inner;
        this.fallback = fallback;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        return this.inner.check(value, path, issues);
    }
    absent() {
        return structuredClone(this.fallback);
    }
}
class RefinedSchema extends Schema {
    expected;
    kinds;
    inner;
    test;
    fix;
    constructor(inner, test, fix) {
        super();
        this.inner = inner;
        this.test = test;
        this.fix = fix;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        const before = issues.length;
        const result = this.inner.check(value, path, issues);
        if (issues.length === before) {
            const problem = this.test(result);
            if (problem !== undefined)
                issues.push(this.fix === undefined ? { path, problem } : { path, problem, fix: this.fix });
        }
        return result;
    }
    absent(path, issues) {
        return this.inner.absent(path, issues);
    }
}
class StringSchema extends Schema {
    expected;
    kinds = ['string'];
    options;
    constructor(options) {
        super();
        this.options = options;
        this.expected = options.expected ?? (options.enum ? `one of ${options.enum.map((v) => `'${v}'`).join(', ')}` : 'a string');
    }
    check(value, path, issues) {
        const { pattern, minLength, maxLength } = this.options;
        const allowed = this.options.enum;
        if (typeof value !== 'string') {
            issues.push(mismatch(path, this.expected, value));
            if (typeof value === 'number' || typeof value === 'boolean') {
                issues[issues.length - 1].fix = `Quote it if you mean the text: '${String(value)}'.`;
            }
            return value;
        }
        if (allowed && !allowed.includes(value)) {
            issues.push({ path, problem: `must be ${this.expected} (got ${describeValue(value)})${didYouMean(value, allowed)}` });
        }
        else if (minLength !== undefined && value.length < minLength) {
            issues.push({ path, problem: minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters long` });
        }
        else if (maxLength !== undefined && value.length > maxLength) {
            issues.push({ path, problem: `must be at most ${maxLength} characters long (got ${value.length})` });
        }
        else if (pattern && !pattern.test(value)) {
            const what = this.options.expected ?? `a string matching ${String(pattern)}`;
            issues.push(mismatch(path, what, value));
        }
        return value;
    }
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
class DateSchema extends Schema {
    expected = 'a date like 2026-12-31';
    kinds = ['string'];
    check(value, path, issues) {
        const match = typeof value === 'string' ? DATE.exec(value) : null;
        if (!match) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const [, y, m, d] = match;
        const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
        if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
            issues.push({ path, problem: `must be a real calendar date (got ${describeValue(value)})` });
        }
        return value;
    }
}
class BooleanSchema extends Schema {
    expected = 'true or false';
    kinds = ['boolean'];
    check(value, path, issues) {
        if (typeof value !== 'boolean')
            issues.push(mismatch(path, this.expected, value));
        return value;
    }
}
class NumberSchema extends Schema {
    expected;
    kinds = ['number'];
    integer;
    options;
    constructor(integer, options) {
        super();
        this.integer = integer;
        this.options = options;
        this.expected = integer ? 'a whole number' : 'a number';
    }
    check(value, path, issues) {
        const { min, max } = this.options;
        if (typeof value !== 'number' || !Number.isFinite(value) || (this.integer && !Number.isSafeInteger(value))) {
            issues.push(mismatch(path, this.expected, value));
        }
        else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
            const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
            issues.push({ path, problem: `must be ${range} (got ${value})` });
        }
        return value;
    }
}
class LiteralSchema extends Schema {
    expected;
    kinds;
    literal;
    constructor(literal) {
        super();
        this.literal = literal;
        this.expected = JSON.stringify(literal);
        this.kinds = [kindOf(literal)];
    }
    check(value, path, issues) {
        if (value !== this.literal)
            issues.push(mismatch(path, this.expected, value));
        return value;
    }
}
class ArraySchema extends Schema {
    expected;
    kinds = ['array'];
    item;
    options;
    constructor(item, options) {
        super();
        this.item = item;
        this.options = options;
        this.expected = `a list of ${plural(item.expected)}`;
    }
    check(value, path, issues) {
        if (!Array.isArray(value)) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const { minItems, maxItems } = this.options;
        if (minItems !== undefined && value.length < minItems) {
            issues.push({ path, problem: `must have at least ${minItems} item${minItems === 1 ? '' : 's'} (got ${value.length})` });
        }
        if (maxItems !== undefined && value.length > maxItems) {
            issues.push({ path, problem: `must have at most ${maxItems} item${maxItems === 1 ? '' : 's'} (got ${value.length})` });
        }
        return value.map((item, i) => checkItem(this.item, item, [...path, i], issues));
    }
}
class RecordSchema extends Schema {
    expected;
    kinds = ['object'];
    value;
    options;
    constructor(value, options) {
        super();
        this.value = value;
        this.options = options;
        this.expected = `a mapping of names to ${plural(value.expected)}`;
    }
    check(value, path, issues) {
        if (kindOf(value) !== 'object') {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const entries = [];
        for (const [key, item] of Object.entries(value)) {
            if (this.options.key)
                this.options.key.check(key, [...path, key], issues);
            entries.push([key, checkItem(this.value, item, [...path, key], issues)]);
        }
        // fromEntries defines own properties, so a `__proto__` key stays a plain key.
        return Object.fromEntries(entries);
    }
}
class ObjectSchema extends Schema {
    expected;
    kinds = ['object'];
    shape;
    constructor(shape, options = {}) {
        super();
        this.shape = shape;
        this.expected = options.expected ?? 'a mapping';
    }
    get keys() {
        return Object.keys(this.shape);
    }
    check(value, path, issues) {
        if (kindOf(value) !== 'object') {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const input = value;
        const known = this.keys;
        for (const key of Object.keys(input)) {
            if (Object.hasOwn(this.shape, key))
                continue;
            const where = path.length === 0 ? 'here' : `under '${formatPath(path)}'`;
            issues.push({
                path: [...path, key],
                problem: `is not a known setting${didYouMean(key, known)}`,
                fix: known.length > 0 ? `Known keys ${where}: ${known.join(', ')}.` : `Nothing is allowed ${where}.`,
            });
        }
        const entries = [];
        for (const key of known) {
            const result = checkItem(this.shape[key], input[key], [...path, key], issues, true);
            if (result !== undefined)
                entries.push([key, result]);
        }
        return Object.fromEntries(entries);
    }
}
class OneOfSchema extends Schema {
    expected;
    kinds;
    options;
    constructor(options) {
        super();
        this.options = options;
        this.expected = options.map((o) => o.expected).join(' or ');
        this.kinds = [...new Set(options.flatMap((o) => o.kinds))];
    }
    check(value, path, issues) {
        const kind = kindOf(value);
        const candidates = this.options.filter((o) => o.kinds.includes(kind));
        if (candidates.length === 0) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        // Issues of the branch that got furthest: the deepest first issue is the one the user meant.
        let best;
        let bestDepth = -1;
        for (const option of candidates) {
            const own = [];
            const result = option.check(value, path, own);
            if (own.length === 0)
                return result;
            const depth = Math.max(...own.map((issue) => issue.path.length));
            if (depth > bestDepth) {
                best = own;
                bestDepth = depth;
            }
        }
        if (candidates.length > 1 && bestDepth === path.length) {
            issues.push(mismatch(path, this.expected, value));
        }
        else {
            issues.push(...best);
        }
        return value;
    }
}
/** An item of a list, a value of a mapping or a key of an object; null counts as absent in objects. */
function checkItem(schema, value, path, issues, inObject = false) {
    if (value === undefined || (inObject && value === null))
        return schema.absent(path, issues);
    return schema.check(value, path, issues);
}
/** "a string" -> "strings", "a list of strings" -> "lists of strings", "a date like X" -> "dates like X". */
function plural(expected) {
    if (expected.startsWith('one of '))
        return `values, each ${expected}`;
    const match = /^an? (.+?)( (?:of|like|matching) .*)?$/.exec(expected);
    return match ? `${match[1]}s${match[2] ?? ''}` : expected;
}
function string(options = {}) {
    return new StringSchema(options);
}
/** One of a fixed set of strings, typed as their union. */
function enumOf(values) {
    return new StringSchema({ enum: values });
}
/** A calendar date written `YYYY-MM-DD` (kept as that string). */
function date() {
    return new DateSchema();
}
function boolean() {
    return new BooleanSchema();
}
function integer(options = {}) {
    return new NumberSchema(true, options);
}
function number(options = {}) {
    return new NumberSchema(false, options);
}
function literal(value) {
    return new LiteralSchema(value);
}
function array(item, options = {}) {
    return new ArraySchema(item, options);
}
function record(value, options = {}) {
    return new RecordSchema(value, options);
}
function object(shape, options = {}) {
    return new ObjectSchema(shape, options);
}
function oneOf(options) {
    return new OneOfSchema(options);
}
/** The whole language in one import: `import { s } from '@gatehouse/core/schema'`. */
const s = {
    string,
    enum: enumOf,
    date,
    boolean,
    integer,
    number,
    literal,
    array,
    record,
    object,
    oneOf,
};


/***/ }),

/***/ 7550:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ uniqueId),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
// SHA-256 (FIPS 180-4) in plain JavaScript, for the audit log's hash chain.
//
// Why not node:crypto: loading it initialises OpenSSL and costs ~18 ms of every action's cold
// start on a 2-core runner (measured with hyperfine: a step that appends one audit line went from
// 1.1x to 1.6x `node -e 0`). Audit records are a few hundred bytes, so a JS implementation is
// more than fast enough. Tests check it against node:crypto and `openssl dgst` on random inputs.
// Anything hashing large data (artifacts, lockfiles) should use node:crypto, loaded lazily.
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
/** SHA-256 of `data` (a string is hashed as UTF-8), as 64 lower-case hex characters. */
function sha256Hex(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const bitLength = bytes.length * 8;
    // Message + 0x80 + zero padding + 64-bit big-endian length, to a multiple of 64 bytes.
    const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(padded.length - 4, bitLength >>> 0);
    const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const w = new Uint32Array(64);
    for (let offset = 0; offset < padded.length; offset += 64) {
        for (let i = 0; i < 16; i++)
            w[i] = view.getUint32(offset + i * 4);
        // Rotations are written out rather than called: this runs once or twice per step, in the
        // interpreter, where a call per rotation would double the cost.
        for (let i = 16; i < 64; i++) {
            const x = w[i - 15];
            const y = w[i - 2];
            const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
            const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        let a = h[0];
        let b = h[1];
        let c = h[2];
        let d = h[3];
        let e = h[4];
        let f = h[5];
        let g = h[6];
        let hh = h[7];
        for (let i = 0; i < 64; i++) {
            const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + s1 + ch + K[i] + w[i]) | 0;
            const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (s0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = h[0] + a;
        h[1] = h[1] + b;
        h[2] = h[2] + c;
        h[3] = h[3] + d;
        h[4] = h[4] + e;
        h[5] = h[5] + f;
        h[6] = h[6] + g;
        h[7] = h[7] + hh;
    }
    let hex = '';
    for (const word of h)
        hex += word.toString(16).padStart(8, '0');
    return hex;
}
/**
 * A UUID-v4-shaped random identifier for non-secret uses (heredoc delimiters, lock tokens) without
 * loading node:crypto. These need uniqueness, not secrecy: the heredoc writer refuses any value that
 * contains its delimiter, so even a guessed delimiter cannot inject a variable; it only fails.
 */
function uniqueId() {
    const hex = [];
    // Mix the high-resolution clock into Math.random so two processes seeded alike still differ.
    let clock = Number(process.hrtime.bigint() % 0x100000000n) ^ (process.pid << 8);
    for (let i = 0; i < 32; i++) {
        clock = (Math.imul(clock, 1103515245) + 12345) | 0;
        hex.push((((Math.random() * 16) ^ (clock >>> 28)) & 15).toString(16));
    }
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   r$: () => (/* binding */ flushAnnotations),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports escapeHtml, escapeMarkdown, md, link, renderCell, keyValueTable, paragraph, details, list, writeSummary, formatBytes, countOf, ANNOTATION_LIMIT, workspaceRelative, Annotator, annotate, resetAnnotations */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7276);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8643);
// Job summary and annotation helpers. Results go to the job summary as tables; findings go as
// annotations with file and line. Everything shown comes from names, refs and reports (package
// names, advisory titles) that a third party may control, so every piece of text is escaped: it
// renders as the same characters and can neither break a table nor inject links, images or HTML.
//
// GitHub shows at most 10 annotations of each type (error, warning, notice) per step and drops
// the rest silently. annotate() emits the first 10 of each, prints the others as plain log lines,
// and flushAnnotations() (call it once at the end of the step) adds "N more ..." to the summary.





// ---- escaping ------------------------------------------------------------------------------------
/** Escape HTML-significant characters: `&`, `<`, `>`, `"`, `'`. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
/**
 * Plain text as inline markdown that renders as exactly that text: `&`, `<`, `>` escaped, markdown
 * punctuation that starts emphasis, code, links, images or strikethrough backslash-escaped, `|`
 * escaped so it cannot end a table cell, and line breaks as `<br>`.
 */
function escapeMarkdown(text) {
    // Backslashes first, on the raw text: the entities added after must stay intact. Quotes only
    // matter inside HTML attributes, which escaped `<` rules out, so they stay readable.
    const escaped = text
        .replace(/[\\`*_[\]~|!#]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    return escaped.replace(/\r\n|\r|\n/g, '<br>');
}
/** escapeMarkdown, plus what would start a list or heading at the beginning of a block. */
function escapeBlockStart(text) {
    return escapeMarkdown(text).replace(/^(\s*)(?:([-+])|(\d+)([.)]))(?=\s|$)/, (_, space, bullet, n, dot) => (bullet ? `${space}\\${bullet}` : `${space}${n}\\${dot}`));
}
/**
 * Inline code that holds any text: a fence longer than any backtick run. In a table `|` must be
 * escaped even inside code (GFM); elsewhere the backslash would show, so it is not.
 */
function inlineCode(text, inTable = false) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
function md(markdown) {
    return { markdown };
}
function code(text) {
    return { code: text };
}
/** A link whose text and address are both escaped; only http(s) addresses are linked. */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return { markdown: escapeMarkdown(text) };
    const href = encodeURI(decodeURISafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    return { markdown: `[${escapeMarkdown(text)}](${href})` };
}
function decodeURISafe(url) {
    try {
        return decodeURI(url);
    }
    catch {
        return url;
    }
}
/** One cell (or list item) as inline markdown; `inTable` escapes `|` inside code too. */
function renderCell(cell, inTable = true) {
    if (cell === null || cell === undefined)
        return '';
    if (typeof cell === 'object') {
        if ('code' in cell)
            return inlineCode(cell.code, inTable);
        const flat = cell.markdown.replace(/\r\n|\r|\n/g, '<br>');
        return inTable ? flat.replace(/(?<!\\)\|/g, '\\|') : flat;
    }
    return escapeMarkdown(String(cell));
}
/** A GitHub-flavoured markdown table; every cell escaped. */
function table(headers, rows, options = {}) {
    if (headers.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('INTERNAL', 'A summary table needs at least one column.');
    if (rows.length === 0 && options.empty !== undefined)
        return `_${escapeMarkdown(options.empty)}_\n`;
    const width = headers.length;
    const line = (cells) => {
        if (cells.length > width) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('INTERNAL', `A summary table row has ${cells.length} cells for ${width} columns.`);
        }
        const padded = Array.from({ length: width }, (_, i) => renderCell(cells[i]));
        return `| ${padded.join(' | ')} |`;
    };
    const rule = headers.map((_, i) => {
        switch (options.align?.[i]) {
            case 'left':
                return ':---';
            case 'center':
                return ':---:';
            case 'right':
                return '---:';
            default:
                return '---';
        }
    });
    const shown = options.maxRows !== undefined ? rows.slice(0, Math.max(0, options.maxRows)) : rows;
    const out = [line(headers), `| ${rule.join(' | ')} |`, ...shown.map(line)];
    let text = out.join('\n') + '\n';
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        text += `\n_… and ${hidden} more ${escapeMarkdown(options.noun ?? 'rows')}_\n`;
    return text;
}
/** A two-column table of names and values, in the order given. */
function keyValueTable(entries, headers = ['Item', 'Value']) {
    const pairs = Array.isArray(entries)
        ? entries
        : Object.entries(entries);
    return table(headers, pairs.map(([key, value]) => [key, value]));
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
}
/** A paragraph of plain text. */
function paragraph(text) {
    return `${escapeBlockStart(text)}\n`;
}
/** A collapsible block; `body` is markdown (build it with these helpers). */
function details(summary, body, options = {}) {
    return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary).replace(/\r\n|\r|\n/g, ' ')}</summary>\n\n${body.replace(/\n*$/, '')}\n\n</details>\n`;
}
/** A bulleted list of plain-text items. */
function list(items) {
    return items.map((item) => `- ${typeof item === 'string' ? escapeBlockStart(item) : renderCell(item, false)}`).join('\n') + '\n';
}
/** Append to the job summary (no-op outside a runner). Blocks are separated by a blank line. */
function writeSummary(markdown) {
    _runner_js__WEBPACK_IMPORTED_MODULE_3__.appendSummary(markdown.endsWith('\n\n') ? markdown : markdown.replace(/\n?$/, '\n\n'));
}
// ---- numbers -------------------------------------------------------------------------------------
const BYTE_UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** `512 B`, `1.5 KiB`, `12 MiB` (binary units, at most 3 significant digits). */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return String(bytes);
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${bytes} B`;
    const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
    return `${Number(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}
/** `1 finding`, `3 findings`; `plural` defaults to noun + "s". */
function countOf(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}
/** GitHub's limit per type per step. */
const ANNOTATION_LIMIT = 10;
const LEVEL_NAMES = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    notice: ['notice', 'notices'],
};
/** A file path as GitHub wants it in annotations: relative to the workspace, `/`-separated. */
function workspaceRelative(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) {
        // Outside the workspace GitHub cannot link it; keep it readable.
        return ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? file : full).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    }
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/**
 * Emits annotations up to the per-type limit and counts the rest. One per step is enough: use the
 * module functions below, or a new Annotator in tests.
 */
class Annotator {
    limit;
    shown = { error: 0, warning: 0, notice: 0 };
    hidden = { error: 0, warning: 0, notice: 0 };
    constructor(limit = ANNOTATION_LIMIT) {
        this.limit = limit;
    }
    /** True if it became an annotation; false if over the limit (then it is a plain log line). */
    annotate(level, message, location = {}) {
        const file = location.file ? workspaceRelative(location.file) : undefined;
        if (this.shown[level] >= this.limit) {
            this.hidden[level]++;
            const where = file
                ? `${file}${location.line ? `:${location.line}` : ''}${location.line && location.col ? `:${location.col}` : ''}: `
                : '';
            // One line: a message line starting with `::` would otherwise be read as a workflow command.
            const text = `${level}: ${where}${location.title ? `${location.title}: ` : ''}${message}`;
            _runner_js__WEBPACK_IMPORTED_MODULE_3__.info(text.replace(/\s*[\r\n]+\s*/g, ' '));
            return false;
        }
        this.shown[level]++;
        const props = {};
        if (location.title !== undefined)
            props.title = location.title;
        if (file !== undefined)
            props.file = file;
        if (location.line !== undefined)
            props.startLine = location.line;
        if (location.endLine !== undefined)
            props.endLine = location.endLine;
        if (location.col !== undefined)
            props.startColumn = location.col;
        if (location.endColumn !== undefined)
            props.endColumn = location.endColumn;
        _runner_js__WEBPACK_IMPORTED_MODULE_3__[level](message, props);
        return true;
    }
    /** How many were not shown, per type. */
    get overflow() {
        return { ...this.hidden };
    }
    /** "12 more warnings and 1 more error ..." or undefined when nothing was held back. */
    overflowLine() {
        const parts = ['error', 'warning', 'notice']
            .filter((level) => this.hidden[level] > 0)
            .map((level) => `${this.hidden[level]} more ${LEVEL_NAMES[level][this.hidden[level] === 1 ? 0 : 1]}`);
        if (parts.length === 0)
            return undefined;
        const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
        return `${joined} not shown as annotations (GitHub shows at most ${this.limit} of each type per step); they are listed in the step log.`;
    }
    /** Write the overflow line to the job summary once and reset the counts. Returns the line. */
    flush() {
        const line = this.overflowLine();
        if (line !== undefined)
            writeSummary(paragraph(line));
        this.reset();
        return line;
    }
    reset() {
        for (const level of ['error', 'warning', 'notice']) {
            this.shown[level] = 0;
            this.hidden[level] = 0;
        }
    }
}
const stepAnnotator = new Annotator();
/** Emit a file/line annotation, within GitHub's per-step limit. */
function annotate(level, message, location = {}) {
    return stepAnnotator.annotate(level, message, location);
}
/** At the end of a step: add "N more ..." to the job summary if annotations were held back. */
function flushAnnotations() {
    return stepAnnotator.flush();
}
/** For tests: forget this process's annotation counts. */
function resetAnnotations() {
    stepAnnotator.reset();
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8586);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
