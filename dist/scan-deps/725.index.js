"use strict";
exports.id = 725;
exports.ids = [725];
exports.modules = {

/***/ 7725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseComposerLock: () => (/* binding */ parseComposerLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
// composer.lock (JSON, ecosystem Packagist): `packages` and `packages-dev` (dev: true).
//
// Versions are kept as written (`v1.2.3` included). Source: a `path` dist is 'file'; a branch
// version (`dev-main`, `2.x-dev`) or a package with only a git `source` is 'git' with the commit
// from `source.reference`; everything else is a registry download (resolved = dist URL,
// integrity = `dist.shasum` when Packagist filled it in, which it mostly does not).


function entryPackage(entry, ctx, key, line, dev) {
    const name = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(entry.name, ctx, `${key}.name`, line);
    const slash = name.indexOf('/');
    if (slash <= 0 || slash === name.length - 1 || name.indexOf('/', slash + 1) !== -1) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `package name '${name}' is not vendor/name`, line, `${key}.name`);
    }
    const version = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(entry.version, ctx, `${key}.version`, line);
    const pkg = {
        name,
        version,
        ecosystem: 'Packagist',
        purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .purl */ .EV)('composer', [name.slice(0, slash), name.slice(slash + 1)], version),
        lockfile: ctx.path,
        source: 'registry',
        dev,
    };
    if (line !== undefined)
        pkg.line = line;
    const dist = entry.dist === undefined ? undefined : entry.dist;
    const src = entry.source === undefined ? undefined : entry.source;
    if (dist !== undefined && !(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(dist))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'dist is not an object', line, `${key}.dist`);
    if (src !== undefined && !(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(src))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'source is not an object', line, `${key}.source`);
    const distType = dist ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(dist.type, ctx, `${key}.dist.type`, line) : undefined;
    const distUrl = dist ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(dist.url, ctx, `${key}.dist.url`, line) : undefined;
    const shasum = dist ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(dist.shasum, ctx, `${key}.dist.shasum`, line) : undefined;
    const srcType = src ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(src.type, ctx, `${key}.source.type`, line) : undefined;
    const srcUrl = src ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(src.url, ctx, `${key}.source.url`, line) : undefined;
    const reference = src ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(src.reference, ctx, `${key}.source.reference`, line) : undefined;
    if (distType === 'path') {
        pkg.source = 'file';
        if (distUrl !== undefined)
            pkg.resolved = distUrl;
    }
    else if (srcType === 'git' && (dist === undefined || version.startsWith('dev-') || version.endsWith('-dev'))) {
        pkg.source = 'git';
        if (srcUrl !== undefined)
            pkg.resolved = srcUrl;
        if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(reference))
            pkg.commit = reference.toLowerCase();
    }
    else {
        const resolved = distUrl ?? srcUrl;
        if (resolved !== undefined)
            pkg.resolved = resolved;
        if (shasum !== undefined && shasum !== '')
            pkg.integrity = shasum;
    }
    if (entry.license !== undefined) {
        const licenses = typeof entry.license === 'string' ? [entry.license] : entry.license;
        if (!Array.isArray(licenses) || licenses.some((l) => typeof l !== 'string')) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'license is not a list of strings', line, `${key}.license`);
        }
        if (licenses.length > 0)
            pkg.licenses = [...licenses];
    }
    return pkg;
}
const parseComposerLock = (text, ctx) => {
    const doc = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonFile */ .OW)(text, ctx);
    if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(doc))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'composer.lock is not a JSON object', 1);
    const body = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text);
    const index = new _other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(body);
    const out = [];
    let searchFrom = 0;
    for (const section of ['packages', 'packages-dev']) {
        const list = doc[section];
        if (list === undefined || list === null)
            continue;
        if (!Array.isArray(list))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${section} is not an array`, undefined, section);
        const sectionAt = body.indexOf(`${JSON.stringify(section)}:`, searchFrom);
        if (sectionAt !== -1)
            searchFrom = sectionAt;
        list.forEach((entry, i) => {
            const key = `${section}[${i}]`;
            let line;
            if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry) && typeof entry.name === 'string') {
                // The entry's `"name": "vendor/pkg"` line, found in file order.
                const at = body.indexOf(`"name": ${JSON.stringify(entry.name)}`, searchFrom);
                if (at !== -1) {
                    line = index.lineOf(at);
                    searchFrom = at + 1;
                }
            }
            if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'package entry is not an object', line, key);
            out.push(entryPackage(entry, ctx, key, line, section === 'packages-dev'));
        });
    }
    return out;
};


/***/ }),

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


/***/ })

};
;