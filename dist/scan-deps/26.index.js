"use strict";
exports.id = 26;
exports.ids = [26];
exports.modules = {

/***/ 3026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var loadOfflineDb = (async function loadOfflineDb(path, ecosystems, options = {}) {
    const started = Date.now();
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (err) {
        const code = err.code;
        throw dbError((0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(path, 200), code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`, 'Check the path of the offline database.');
    }
    const files = [];
    const skipped = [];
    if (info.isDirectory()) {
        const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true });
        top.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of top) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry.name);
            if (entry.isFile() && isDbFile(entry.name))
                files.push(full);
            else if (entry.isDirectory()) {
                if (ecosystems.has(entry.name))
                    await walk(full, 1, files);
                else
                    skipped.push(entry.name);
            }
        }
    }
    else if (info.isFile() && isDbFile(path)) {
        files.push(path);
    }
    else {
        throw dbError((0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(path, 200), 'is neither a directory, a .zip nor a .json file', 'Point the offline database at a directory of OSV records or at an all.zip.');
    }
    const shown = (file) => (info.isDirectory() ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(path, file).split('\\').join('/') : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
    // Files are parsed concurrently but merged in sorted order, so duplicates resolve the same way every run.
    const limit = (0,_gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_5__/* .createLimit */ .K)(8);
    const parsed = await Promise.all(files.map((file) => limit(() => (file.toLowerCase().endsWith('.zip') ? readZipRecords(file, shown(file)) : readJsonRecord(file, shown(file))))));
    const byId = new Map();
    let withdrawn = 0;
    for (const records of parsed) {
        for (const record of records) {
            if (record.withdrawn) {
                withdrawn++;
                continue;
            }
            const seen = byId.get(record.id);
            // The same advisory in a zip and as a loose file: keep the newer one.
            if (!seen || (record.modified ?? '') > (seen.modified ?? ''))
                byId.set(record.id, record);
        }
    }
    const index = new Map();
    for (const record of byId.values()) {
        const keys = new Set();
        for (const affected of record.affected ?? []) {
            const eco = bareEcosystem(affected.package?.ecosystem ?? '');
            const name = affected.package?.name;
            if (!ecosystems.has(eco) || typeof name !== 'string' || name === '')
                continue;
            keys.add(indexKey(eco, name));
        }
        for (const key of keys) {
            const list = index.get(key);
            if (list)
                list.push(record);
            else
                index.set(key, [record]);
        }
    }
    const kept = new Set();
    for (const list of index.values())
        for (const r of list)
            kept.add(r);
    const size = kept.size;
    const progress = options.onProgress;
    if (progress) {
        const withdrawnNote = withdrawn > 0 ? `; ${count(withdrawn, 'withdrawn record')} dropped` : '';
        progress(`OSV offline database: ${count(size, 'record')} for ${[...ecosystems].sort().join(', ') || 'no ecosystem'} from ${count(files.length, 'file')} in ${(0,_gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(Date.now() - started)}${withdrawnNote}.`);
        if (skipped.length > 0)
            progress(`OSV offline database: skipped directories of other ecosystems: ${skipped.join(', ')}.`);
    }
    return {
        size,
        withdrawn,
        sources: files.map(shown),
        recordsFor(pkg) {
            return index.get(indexKey(pkg.ecosystem, pkg.name)) ?? [];
        },
    };
});
var normaliseName = (function normaliseName(ecosystem, name) {
    switch (bareEcosystem(ecosystem)) {
        case 'PyPI':
            return (0,_package_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePypiName */ .T)(name);
        case 'crates.io':
            return name.toLowerCase().replace(/_/g, '-');
        case 'Packagist':
            return name.toLowerCase();
        default:
            return name;
    }
});
var bareEcosystem = (function bareEcosystem(ecosystem) {
    const colon = ecosystem.indexOf(':');
    return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
});
var indexKey = (function indexKey(ecosystem, name) {
    return `${bareEcosystem(ecosystem)}\0${normaliseName(ecosystem, name)}`;
});
var isDbFile = (function isDbFile(name) {
    const lower = name.toLowerCase();
    return lower.endsWith('.json') || lower.endsWith('.zip');
});
var walk = (async function walk(dir, depth, into) {
    if (depth > MAX_DEPTH)
        return;
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        // Symbolic links are not followed: a loop or a link out of the database is not read.
        if (entry.isFile() && isDbFile(entry.name))
            into.push(full);
        else if (entry.isDirectory())
            await walk(full, depth + 1, into);
    }
});
var readJsonRecord = (async function readJsonRecord(file, shown) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
    if (size > MAX_ENTRY_BYTES)
        throw dbError(shown, `is ${mib(size)}, over the ${mib(MAX_ENTRY_BYTES)} limit for one record`);
    return [parseRecord(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), shown)];
});
var parseRecord = (function parseRecord(bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw dbError(where, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value) || typeof value.id !== 'string') {
        throw dbError(where, 'is not an OSV record (no string "id")');
    }
    const affected = value.affected;
    if (affected !== undefined && !Array.isArray(affected))
        throw dbError(where, 'is not an OSV record ("affected" is not a list)');
    return value;
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOfflineDb: () => (/* binding */ loadOfflineDb)
/* harmony export */ });
/* unused harmony exports MAX_ENTRY_BYTES, MAX_RATIO, normaliseName, readZip */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _gatehouse_core_inputs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7276);
/* harmony import */ var _gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3975);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2367);
// The offline OSV database: the bulk export of osv.dev (`<ECOSYSTEM>/all.zip`, a flat zip of
// `<ID>.json` records) or a directory of OSV JSON files (`<ECOSYSTEM>/<ID>.json`, or flat), loaded
// into an index by (ecosystem, normalised package name). Withdrawn records are dropped, as
// osv-scalibr's local matcher does (shared notes, reference/osv.md "Offline bulk data").
//
// The zip reader is our own, small and strict: it reads the central directory (no ZIP64, no
// encryption, stored and deflated entries only), never trusts a size it has not checked (entries
// over 64 MiB and implausible compression ratios are refused before inflating, and inflating stops
// at the declared size) and verifies every entry's CRC-32.







/** Largest record (a JSON file or an uncompressed zip entry) read. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Compression ratio above which a large entry is taken for a zip bomb (OSV JSON deflates ~5-20x). */
const MAX_RATIO = 200;
/** Entries smaller than this are inflated whatever their ratio: they cannot hurt. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** How deep a directory database is walked below an ecosystem directory. */
const MAX_DEPTH = 8;
/** A problem with the database: names the file and, for a zip, the entry. */
function dbError(where, problem, fix) {
    return new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .GatehouseError */ .GA('INPUT_INVALID', `Offline OSV database: ${where} ${problem}.`, {
        fix: fix ?? 'Re-download the database (https://osv-vulnerabilities.storage.googleapis.com/<ECOSYSTEM>/all.zip) or fix the file named.',
    });
}
/**
 * Load the records of `ecosystems` (OSV spelling: npm, PyPI, ...) from `path`: a zip, a JSON file,
 * or a directory holding `<ECOSYSTEM>/all.zip`, `<ECOSYSTEM>/**\/*.json`, and flat `*.json`/`*.zip`
 * files at its top level. Directories named after other ecosystems are not read.
 */

/**
 * The name as OSV compares it: PyPI per PEP 503 (case-insensitive, runs of `-_.` equal), crates.io
 * and Packagist case-insensitively (crates.io also treats `-` and `_` alike); other ecosystems are
 * case-sensitive and kept as written.
 */

/** `Alpine:v3.17` -> `Alpine`: ecosystems with a release suffix are indexed under the bare name. */






const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
async function readZipRecords(file, shown) {
    const records = [];
    for await (const { name, data } of readZip(file, shown, (name) => name.toLowerCase().endsWith('.json'))) {
        records.push(parseRecord(data, `${shown}!${name}`));
    }
    return records;
}
/**
 * The entries of a zip file that `want` selects, checked and inflated one at a time. Errors name
 * the zip (as `shown`) and the entry.
 */
async function* readZip(file, shown, want) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const { size: fileSize } = await handle.stat();
        const entries = await readCentralDirectory(handle, fileSize, shown);
        for (const entry of entries) {
            if (entry.name.endsWith('/') || !want(entry.name))
                continue;
            yield { name: entry.name, data: await readEntry(handle, entry, shown) };
        }
    }
    finally {
        await handle.close();
    }
}
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
}
async function readCentralDirectory(handle, fileSize, shown) {
    const truncated = (why) => dbError(shown, `is not a readable zip (truncated or corrupt: ${why})`);
    if (fileSize < END_SIZE)
        throw truncated(`${fileSize} bytes, too short for a zip`);
    // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
    const tailLength = Math.min(fileSize, END_SIZE + 0xffff);
    const tailStart = fileSize - tailLength;
    const tail = await readAt(handle, tailStart, tailLength);
    let end = -1;
    for (let i = tail.length - END_SIZE; i >= 0; i--) {
        if (tail.readUInt32LE(i) === SIG_END && i + END_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
            end = i;
            break;
        }
    }
    if (end < 0)
        throw truncated('no end of central directory record');
    const disk = tail.readUInt16LE(end + 4);
    const cdDisk = tail.readUInt16LE(end + 6);
    const diskEntries = tail.readUInt16LE(end + 8);
    const total = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cdOffset = tail.readUInt32LE(end + 16);
    const zip64 = (end >= 20 && tail.readUInt32LE(end - 20) === SIG_ZIP64_LOCATOR) ||
        total === 0xffff ||
        diskEntries === 0xffff ||
        cdSize === 0xffffffff ||
        cdOffset === 0xffffffff;
    if (zip64) {
        throw dbError(shown, 'is a ZIP64 archive, which is not supported', 'Use the per-ecosystem all.zip files from osv-vulnerabilities (plain zips), or unpack the archive into a directory.');
    }
    if (disk !== 0 || cdDisk !== 0 || diskEntries !== total)
        throw dbError(shown, 'is a multi-part (spanned) zip, which is not supported');
    const endAt = tailStart + end;
    if (cdOffset + cdSize > endAt) {
        throw truncated(`the central directory (${cdSize} bytes at offset ${cdOffset}) runs past the end record at ${endAt}`);
    }
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = [];
    let at = 0;
    for (let n = 0; n < total; n++) {
        if (at + CENTRAL_SIZE > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
            throw truncated(`central directory entry ${n + 1} of ${total} is missing or damaged`);
        }
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
        if (next > cd.length)
            throw truncated(`central directory entry ${n + 1} of ${total} is cut off`);
        const entry = {
            flags: cd.readUInt16LE(at + 8),
            method: cd.readUInt16LE(at + 10),
            crc: cd.readUInt32LE(at + 16),
            compressedSize: cd.readUInt32LE(at + 20),
            size: cd.readUInt32LE(at + 24),
            localOffset: cd.readUInt32LE(at + 42),
            name: cd.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength),
        };
        if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
            throw dbError(`${shown}!${entry.name}`, 'has ZIP64 sizes, which are not supported', 'Unpack the archive into a directory instead.');
        }
        if (entry.localOffset + LOCAL_SIZE > cdOffset)
            throw truncated(`entry ${(0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(entry.name)} starts past the data area`);
        entries.push(entry);
        at = next;
    }
    return entries;
}
async function readEntry(handle, entry, shown) {
    const where = `${shown}!${entry.name}`;
    if (entry.flags & 0x1)
        throw dbError(where, 'is encrypted, which is not supported');
    if (entry.method !== 0 && entry.method !== 8) {
        throw dbError(where, `uses compression method ${entry.method}; only stored (0) and deflated (8) entries are supported`);
    }
    if (entry.size > MAX_ENTRY_BYTES) {
        throw dbError(where, `declares ${mib(entry.size)} uncompressed, over the ${mib(MAX_ENTRY_BYTES)} limit for one record`);
    }
    if (entry.method === 0 && entry.compressedSize !== entry.size) {
        throw dbError(where, `is stored but its sizes disagree (${entry.compressedSize} stored, ${entry.size} declared)`);
    }
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) {
        throw dbError(where, `expands ${Math.round(ratio)}:1 (${entry.compressedSize} bytes to ${mib(entry.size)}), over the ${MAX_RATIO}:1 limit; refusing a likely zip bomb`);
    }
    const local = await readAt(handle, entry.localOffset, LOCAL_SIZE);
    if (local.length < LOCAL_SIZE || local.readUInt32LE(0) !== SIG_LOCAL) {
        throw dbError(where, 'has no local header where the central directory says (truncated or corrupt zip)');
    }
    const start = entry.localOffset + LOCAL_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
    const raw = await readAt(handle, start, entry.compressedSize);
    if (raw.length < entry.compressedSize) {
        throw dbError(where, `is cut off: ${raw.length} of ${entry.compressedSize} bytes present (truncated zip)`);
    }
    let data;
    if (entry.method === 0)
        data = raw;
    else {
        try {
            // Inflating stops at the declared size: a header that lies cannot make us allocate more.
            data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.size) });
        }
        catch (err) {
            const code = err.code;
            if (code === 'ERR_BUFFER_TOO_LARGE')
                throw dbError(where, `inflates past its declared ${entry.size} bytes; refusing a likely zip bomb`);
            throw dbError(where, `has corrupt deflate data (${err instanceof Error ? err.message : String(err)})`);
        }
    }
    if (data.length !== entry.size)
        throw dbError(where, `inflates to ${data.length} bytes, not the ${entry.size} its header declares`);
    if ((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data) >>> 0 !== entry.crc >>> 0)
        throw dbError(where, 'fails its CRC-32 check (corrupt zip)');
    return data;
}
function mib(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${bytes} bytes`;
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