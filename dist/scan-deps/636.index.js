"use strict";
exports.id = 636;
exports.ids = [636];
exports.modules = {

/***/ 9307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var stripBom = (function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
});
var optionalString = (function optionalString(value, ctx, key, line) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${key.split('.').pop() ?? key} is not a string`, line, key);
    return value;
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ tomlArrayHeaderLines),
/* harmony export */   EV: () => (/* binding */ purl),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   HS: () => (/* binding */ splitFragment),
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   Ty: () => (/* reexport safe */ _package_names_js__WEBPACK_IMPORTED_MODULE_1__.T),
/* harmony export */   Y0: () => (/* binding */ isPypiName),
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   gG: () => (/* binding */ pickFileHash),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   iH: () => (/* binding */ headerLine),
/* harmony export */   jH: () => (/* binding */ stringArray),
/* harmony export */   jh: () => (/* binding */ isCommitId),
/* harmony export */   rr: () => (/* reexport safe */ _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_2__.r),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   tz: () => (/* binding */ fileHashes)
/* harmony export */ });
/* unused harmony export purlSegment */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1106);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2367);
// Helpers shared by the non-JavaScript lockfile parsers (PyPI, Go, Cargo, RubyGems, Packagist):
// purl building, PEP 503 names, TOML/JSON parsing that fails as LockfileError with a line, and
// line lookups for formats whose parsers do not report positions.



function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Percent-encodes one purl segment (name, namespace segment, version) per the purl spec. */
function purlSegment(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** `pkg:<type>/<seg>/<seg>@<version>`; the version is left out when empty. */
function purl(type, segments, version) {
    const path = segments.map(purlSegment).join('/');
    return `pkg:${type}/${path}${version !== '' ? `@${purlSegment(version)}` : ''}`;
}

function pypiPurl(name, version) {
    return purl('pypi', [(0,_package_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .T)(name)], version);
}
/** A PEP 508 project name (letters, digits, `.`, `_`, `-`; starting and ending alphanumeric). */
function isPypiName(name) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}


/** Parses JSON; a syntax error becomes a LockfileError, with the line when the engine reports one. */
function parseJsonFile(text, ctx) {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (error) {
        if (error instanceof SyntaxError) {
            const lineMatch = /\(line (\d+) column \d+\)/.exec(error.message);
            const posMatch = /at position (\d+)/.exec(error.message);
            const line = lineMatch ? Number(lineMatch[1]) : posMatch ? new _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(body).lineOf(Number(posMatch[1])) : undefined;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `not valid JSON: ${error.message.replace(/ in JSON at position.*$/, '')}`, line);
        }
        throw error;
    }
}
/**
 * The 1-based lines of each `[[<name>]]` array-of-tables header, in order. Only trusted by callers
 * when the count matches the parsed array (a header inside a multi-line string would shift them).
 */
function tomlArrayHeaderLines(text, name) {
    const lines = text.split('\n');
    const out = [];
    const header = `[[${name}]]`;
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').trim();
        if (line === header || (line.startsWith(header) && /^\s*#/.test(line.slice(header.length))))
            out.push(i + 1);
    }
    return out;
}
/** The header line of array entry `index`, or undefined when the headers could not be matched. */
function headerLine(headers, count, index) {
    return headers.length === count ? headers[index] : undefined;
}

function requiredString(value, ctx, key, line) {
    if (value === undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${key.split('.').pop() ?? key} is missing`, line, key);
    const s = optionalString(value, ctx, key, line) ?? '';
    if (s.trim() === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${key.split('.').pop() ?? key} is empty`, line, key);
    return s;
}
function stringArray(value, ctx, key, line) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${key.split('.').pop() ?? key} is not a list of strings`, line, key);
    }
    return value;
}
/** True for a full git object id (SHA-1 or SHA-256), the only refs OSV can answer commit queries for. */
function isCommitId(ref) {
    return ref !== undefined && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}
/** Splits `url#fragment`. */
function splitFragment(url) {
    const at = url.indexOf('#');
    return at === -1 ? { base: url } : { base: url.slice(0, at), fragment: url.slice(at + 1) };
}
const SDIST = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i;
/**
 * One integrity value for a Python package that lists one hash per file: the sdist's when one
 * is recognisable, else the first listed.
 */
function pickFileHash(files) {
    const withHash = files.filter((f) => typeof f.hash === 'string' && f.hash !== '');
    const sdist = withHash.find((f) => f.name !== undefined && SDIST.test(f.name));
    return (sdist ?? withHash[0])?.hash;
}
/** A `files = [{file|url, hash}]` list (poetry, pdm, uv wheels) as name/hash pairs. */
function fileHashes(value, ctx, key, line) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${key.split('.').pop() ?? key} is not a list`, line, key);
    return value.map((entry, i) => {
        if (!isTable(entry))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'file entry is not a table', line, `${key}[${i}]`);
        const name = optionalString(entry.file ?? entry.url, ctx, `${key}[${i}].file`, line);
        const hash = optionalString(entry.hash, ctx, `${key}[${i}].hash`, line);
        return { name, hash };
    });
}


/***/ }),

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePipfileLock: () => (/* binding */ parsePipfileLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
// Pipfile.lock (JSON): `default` and `develop` sections of name -> { version: "==x", hashes,
// index, markers } or git/path/file entries. A package in both sections is reported once, from
// `default` (production).


/** Finds the line of each `"name": {` key of a section, searching in order from the section's start. */
function keyLines(text, section, names) {
    const index = new _other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    const lines = new Map();
    let from = text.indexOf(`${JSON.stringify(section)}:`);
    if (from === -1)
        return lines;
    for (const name of names) {
        const at = text.indexOf(`${JSON.stringify(name)}:`, from);
        if (at === -1)
            break;
        lines.set(name, index.lineOf(at));
        from = at + 1;
    }
    return lines;
}
function entryPackage(name, entry, ctx, key, line) {
    const written = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.version, ctx, `${key}.version`, line);
    let version = '';
    if (written !== undefined && written !== '*') {
        const pin = /^===?\s*([^\s,;*]+)$/.exec(written.trim());
        if (!pin)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `version '${written}' is not an exact pin`, line, `${key}.version`);
        version = pin[1] ?? '';
    }
    const pkg = { name, version, ecosystem: 'PyPI', purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(name, version), lockfile: ctx.path, source: 'registry' };
    if (line !== undefined)
        pkg.line = line;
    const hashes = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stringArray */ .jH)(entry.hashes, ctx, `${key}.hashes`, line) ?? [];
    const integrity = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pickFileHash */ .gG)(hashes.map((hash) => ({ hash })));
    if (integrity !== undefined)
        pkg.integrity = integrity;
    const git = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.git, ctx, `${key}.git`, line);
    const path = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.path, ctx, `${key}.path`, line);
    const file = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.file, ctx, `${key}.file`, line);
    if (git !== undefined) {
        pkg.source = 'git';
        pkg.resolved = git;
        const ref = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.ref, ctx, `${key}.ref`, line);
        if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(ref))
            pkg.commit = ref.toLowerCase();
    }
    else if (path !== undefined) {
        pkg.source = 'file';
        pkg.resolved = path;
    }
    else if (file !== undefined) {
        pkg.source = file.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? 'file' : 'url';
        pkg.resolved = file;
    }
    return pkg;
}
const parsePipfileLock = (text, ctx) => {
    const doc = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonFile */ .OW)(text, ctx);
    if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(doc))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'Pipfile.lock is not a JSON object', 1);
    const body = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text);
    const out = [];
    const inDefault = new Set();
    for (const section of ['default', 'develop']) {
        const entries = doc[section];
        if (entries === undefined)
            continue;
        if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entries))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${section} is not an object`, undefined, section);
        const names = Object.keys(entries);
        const lines = keyLines(body, section, names);
        for (const name of names) {
            const key = `${section}.${name}`;
            const line = lines.get(name);
            const entry = entries[name];
            if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'entry is not an object', line, key);
            if (name.trim() === '')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'empty package name', line, key);
            const pkg = entryPackage(name, entry, ctx, key, line);
            const identity = `${pkg.purl}@${pkg.resolved ?? ''}`;
            if (section === 'default') {
                inDefault.add(identity);
                pkg.dev = false;
            }
            else {
                if (inDefault.has(identity))
                    continue;
                pkg.dev = true;
            }
            out.push(pkg);
        }
    }
    return out;
};


/***/ })

};
;