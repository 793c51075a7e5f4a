"use strict";
exports.id = 5;
exports.ids = [5];
exports.modules = {

/***/ 2005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   queryOsv: () => (/* binding */ queryOsv)
/* harmony export */ });
/* unused harmony exports MAX_BATCH, MAX_PAGE_ROUNDS, OsvResults, osvQueryFor, describePackage */
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8496);
/* harmony import */ var _gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7276);
/* harmony import */ var _gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3975);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2367);
// The OSV API client (api.osv.dev or a mirror): one `POST /v1/querybatch` per 1000 packages, paged
// results followed until no `next_page_token` is left, then one `GET /v1/vulns/{id}` per distinct
// advisory, since querybatch answers only ids. Shapes and paging rules: shared notes,
// reference/osv.md \u00a72. Requests go through core http (deadline, retries honouring Retry-After) and
// a bounded pool; a 400 (`error in query at index N: ...`) is never retried and is reported
// naming the package at that index.





/** osv.dev refuses a batch of more than 1000 queries ("too many queries"). */
const MAX_BATCH = 1000;
/** Follow-up pages per batch before giving up: a server that keeps sending tokens must not loop us. */
const MAX_PAGE_ROUNDS = 100;
/** OSV answers at most 32 MiB over HTTP/1.1. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/**
 * Full OSV records per queried package, keyed by `packageKey(pkg)`. Every queried package has an
 * entry (an empty list when OSV knows nothing); packages that could not be queried (no version
 * and no commit) have none and are listed in `unqueryable`.
 */
class OsvResults extends Map {
    /** Packages with neither a version nor a commit: OSV cannot answer for them. */
    unqueryable = [];
    /** Advisory ids that querybatch named but `GET /v1/vulns/{id}` answered 404 for (kept as stubs). */
    missing = [];
    recordsFor(pkg) {
        return this.get((0,_package_names_js__WEBPACK_IMPORTED_MODULE_3__/* .packageKey */ .M)(pkg));
    }
}

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
/** What OSV is asked about a package, or undefined when it cannot be asked. */
function osvQueryFor(pkg) {
    // A commit pins a git dependency exactly; OSV matches it against GIT ranges server-side.
    if (pkg.commit && COMMIT.test(pkg.commit))
        return { commit: pkg.commit.toLowerCase() };
    if (!pkg.version)
        return undefined;
    // go.mod writes `v1.2.3`; OSV's Go records (and its API) use versions without the `v`.
    const version = pkg.ecosystem === 'Go' ? pkg.version.replace(/^v/, '') : pkg.version;
    return { package: { ecosystem: pkg.ecosystem, name: pkg.name }, version };
}
/** `npm package "left-pad" 1.3.0 (package-lock.json:12)`, for messages. */
function describePackage(pkg) {
    const where = `${pkg.lockfile}${pkg.line !== undefined ? `:${pkg.line}` : ''}`;
    const version = pkg.version || (pkg.commit ? `commit ${pkg.commit.slice(0, 12)}` : 'without a version');
    return `${pkg.ecosystem} package ${(0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(pkg.name)} ${version} (${where})`;
}
async function queryOsv(packages, options) {
    const base = baseUrlOf(options.baseUrl);
    const progress = options.onProgress ?? (() => { });
    const limit = (0,_gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_4__/* .createLimit */ .K)(Math.max(1, Math.floor(options.concurrency) || 1));
    const results = new OsvResults();
    // One query per distinct key: the same package in two lockfiles is asked about once.
    const byKey = new Map();
    const unqueryable = new Set();
    for (const pkg of packages) {
        const key = (0,_package_names_js__WEBPACK_IMPORTED_MODULE_3__/* .packageKey */ .M)(pkg);
        if (byKey.has(key) || unqueryable.has(key))
            continue;
        const query = osvQueryFor(pkg);
        if (!query) {
            unqueryable.add(key);
            results.unqueryable.push(pkg);
            continue;
        }
        byKey.set(key, { key, pkg, query, ids: new Map() });
    }
    const items = [...byKey.values()];
    if (results.unqueryable.length > 0) {
        progress(`OSV: ${count(results.unqueryable.length, 'package')} without a version or commit cannot be queried.`);
    }
    if (items.length === 0)
        return results;
    const chunks = [];
    for (let i = 0; i < items.length; i += MAX_BATCH)
        chunks.push(items.slice(i, i + MAX_BATCH));
    progress(`OSV: querying ${count(items.length, 'package')} in ${count(chunks.length, 'batch', 'batches')}.`);
    const started = Date.now();
    const ctx = { base, options, limit, requests: 0, pages: 0 };
    await Promise.all(chunks.map((chunk) => runBatch(chunk, ctx)));
    const distinct = new Map();
    let affected = 0;
    for (const item of items) {
        if (item.ids.size > 0)
            affected++;
        for (const [id, modified] of item.ids)
            if (!distinct.has(id))
                distinct.set(id, modified);
    }
    const paged = ctx.pages > 0 ? `, ${count(ctx.pages, 'follow-up page')}` : '';
    progress(`OSV: ${count(ctx.requests, 'batch request')}${paged} in ${(0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.now() - started)}: ` +
        `${count(distinct.size, 'advisory', 'advisories')} for ${count(affected, 'package')}.`);
    const fetchStarted = Date.now();
    const records = new Map();
    await Promise.all([...distinct].map(([id, modified]) => limit(async () => {
        const record = await fetchRecord(id, ctx);
        if (record)
            records.set(id, record);
        else {
            // Named by querybatch but gone now (a race with an update): keep what the batch said so
            // the package is still reported, rather than silently dropping an advisory.
            results.missing.push(id);
            records.set(id, modified === undefined ? { id } : { id, modified });
        }
    })));
    if (distinct.size > 0) {
        progress(`OSV: fetched ${count(distinct.size, 'advisory', 'advisories')} in ${(0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.now() - fetchStarted)}.`);
    }
    const gone = results.missing.length;
    if (gone > 0) {
        const verb = gone === 1 ? 'was' : 'were';
        progress(`OSV: ${count(gone, 'advisory', 'advisories')} listed by querybatch ${verb} not found: ${results.missing.join(', ')}.`);
    }
    for (const item of items) {
        const list = [];
        for (const id of item.ids.keys()) {
            const record = records.get(id);
            // The record endpoint can answer a withdrawal that happened after the batch: drop it, as
            // the offline database does.
            if (record && !record.withdrawn)
                list.push(record);
        }
        results.set(item.key, list);
    }
    return results;
}
/** One chunk of at most 1000 queries, with its follow-up pages. */
async function runBatch(chunk, ctx) {
    let pending = chunk.map((item) => ({ item }));
    for (let round = 1; pending.length > 0; round++) {
        if (round > MAX_PAGE_ROUNDS) {
            throw new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('HTTP_FAILED', `OSV kept answering next_page_token for ${count(pending.length, 'query', 'queries')} after ${MAX_PAGE_ROUNDS} pages (first: ${describePackage(pending[0].item.pkg)}).`, { fix: 'Check that the OSV URL points at osv.dev or a faithful mirror; a mirror that never ends paging is broken.' });
        }
        if (round > 1)
            ctx.pages += pending.length;
        const queries = pending.map((p) => (p.pageToken === undefined ? p.item.query : { ...p.item.query, page_token: p.pageToken }));
        const answer = await ctx.limit(() => postBatch(queries, pending, ctx));
        const next = [];
        answer.forEach((result, i) => {
            const item = pending[i].item;
            for (const vuln of result.vulns ?? []) {
                if (typeof vuln?.id !== 'string' || vuln.id === '') {
                    throw malformed(ctx, `a result without an advisory id (for ${describePackage(item.pkg)})`);
                }
                if (!item.ids.has(vuln.id))
                    item.ids.set(vuln.id, typeof vuln.modified === 'string' ? vuln.modified : undefined);
            }
            const token = result.next_page_token;
            // A result may hold only a token: its vulns come on the next page.
            if (typeof token === 'string' && token !== '')
                next.push({ item, pageToken: token });
        });
        pending = next;
    }
}
async function postBatch(queries, pending, ctx) {
    ctx.requests++;
    let body;
    try {
        body = await (0,_gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(`${ctx.base}/v1/querybatch`, {
            method: 'POST',
            json: { queries },
            deadline: ctx.options.deadline,
            ca: ctx.options.ca,
            maxBytes: MAX_RESPONSE_BYTES,
        });
    }
    catch (err) {
        throw batchError(err, pending);
    }
    const results = body?.results;
    // An empty batch answer may omit `results`; otherwise there is one result per query, in order.
    if (results === undefined && queries.length === 0)
        return [];
    if (!Array.isArray(results) || results.length !== queries.length) {
        const got = Array.isArray(results) ? `${results.length} results` : 'no results list';
        throw malformed(ctx, `${got} for ${count(queries.length, 'query', 'queries')}`);
    }
    return results.map((r) => (r && typeof r === 'object' ? r : {}));
}
/** A 400 names the query at fault by index: turn it into the package the user knows. */
function batchError(err, pending) {
    if (!(err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$))
        return err;
    if (err.status === 400) {
        const detail = err.detail ?? '';
        const at = /error in query at index (\d+):\s*(.*)$/i.exec(detail);
        const pkg = at ? pending[Number(at[1])]?.item.pkg : undefined;
        if (pkg) {
            return new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('HTTP_FAILED', `OSV rejected the query for ${describePackage(pkg)}: ${at[2].replace(/[.\s]+$/, '')}.`, {
                fix: `Check the package's ecosystem, name and version in ${pkg.lockfile}; OSV needs the ecosystem spelled exactly (npm, PyPI, Go, crates.io, ...).`,
                cause: err,
            });
        }
        return new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('HTTP_FAILED', `OSV rejected a batch of ${count(pending.length, 'query', 'queries')}: ${detail || '400 Bad Request'}.`, {
            fix: 'Check that the OSV URL points at osv.dev or a faithful mirror.',
            cause: err,
        });
    }
    return wrap(err);
}
function wrap(err) {
    return new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA(err.code, `OSV lookup failed: ${err.message}`, { fix: err.fix ?? '', cause: err });
}
async function fetchRecord(id, ctx) {
    let record;
    try {
        record = await (0,_gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(`${ctx.base}/v1/vulns/${encodeURIComponent(id)}`, {
            deadline: ctx.options.deadline,
            ca: ctx.options.ca,
            maxBytes: MAX_RESPONSE_BYTES,
        });
    }
    catch (err) {
        if (err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ && err.status === 404)
            return undefined;
        throw err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ ? wrap(err) : err;
    }
    if (!record || typeof record !== 'object' || typeof record.id !== 'string') {
        throw malformed(ctx, `advisory ${(0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(id)} as something that is not an OSV record`);
    }
    return record;
}
function malformed(ctx, what) {
    return new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('HTTP_FAILED', `OSV at ${new URL(ctx.base).host} answered ${what}.`, {
        fix: 'Check that the OSV URL points at osv.dev or a faithful mirror.',
    });
}
function baseUrlOf(value) {
    const text = value.trim().replace(/\/+$/, '');
    if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
        throw new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('INPUT_INVALID', `The OSV URL ${(0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)} is not an http(s) URL.`, {
            fix: 'Use https://api.osv.dev or the base URL of a mirror.',
        });
    }
    return text;
}
function count(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 3975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var createLimit = (function createLimit(size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`pool size must be a positive integer, got ${size}`);
    let active = 0;
    const waiting = [];
    const release = () => {
        active--;
        const next = waiting.shift();
        if (next) {
            active++;
            next();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            // Promise.resolve().then: a task that throws synchronously still releases its slot.
            Promise.resolve().then(task).then(resolve, reject).finally(release);
        };
        if (active < size) {
            active++;
            start();
        }
        else {
            waiting.push(start);
        }
    });
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createLimit),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// A bounded pool for concurrent work (HTTP reads, OSV lookups): at most `size` tasks run at once,
// the rest wait in FIFO order. A failing task rejects only its own promise.

/** Map `items` through `fn` with at most `size` in flight; results keep the input order. */
async function mapLimit(items, size, fn) {
    const limit = createLimit(size);
    return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}


/***/ })

};
;