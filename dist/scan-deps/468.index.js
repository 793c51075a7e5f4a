"use strict";
exports.id = 468;
exports.ids = [468];
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

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ packageTables),
/* harmony export */   g: () => (/* binding */ parseTomlFile)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9307);
// TOML lockfiles (poetry.lock, uv.lock, pdm.lock, Cargo.lock), in a module of its own so the other
// formats never load the TOML parser.



/** Parses TOML; a syntax error becomes a LockfileError at the line smol-toml reports. */
function parseTomlFile(text, ctx) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text));
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const first = error.message.split('\n')[0] ?? 'invalid TOML';
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(ctx.path, `not valid TOML: ${first.replace(/^Invalid TOML document: /, '')}`, error.line);
        }
        throw error;
    }
}
/** The `[[package]]` tables every TOML lockfile has, and the line of each header for errors. */
function packageTables(doc, text, ctx) {
    const list = doc.package ?? [];
    if (!Array.isArray(list))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(ctx.path, 'package is not an array of tables', undefined, 'package');
    return { list, headers: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .tomlArrayHeaderLines */ .EC)(text, 'package') };
}


/***/ }),

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseUvLock: () => (/* binding */ parseUvLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
/* harmony import */ var _toml_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8453);
// uv.lock: `[[package]]` tables with name, version, `source = { registry | git | path |
// directory | url | editable | virtual }`, `sdist`/`wheels` hashes and dependency lists.
//
// The project itself (`editable = "."` or `virtual = "."`) is left out; other workspace members
// (editable/virtual sources elsewhere) are kept with source 'workspace'. uv.lock does not mark dev
// packages, so dev is computed from the graph: a package reachable from the workspace members
// only through `dev-dependencies` is dev; `direct` marks what a member lists itself.



/** Names from `dependencies = [{ name = ... }]`, and from each list of an `optional-dependencies`/`dev-dependencies` table. */
function depNames(value, nested) {
    const lists = nested ? ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(value) ? Object.values(value) : []) : [value];
    const out = [];
    for (const list of lists) {
        if (!Array.isArray(list))
            continue;
        for (const dep of list)
            if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(dep) && typeof dep.name === 'string')
                out.push((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(dep.name));
    }
    return out;
}
function reach(start, graph) {
    const seen = new Set();
    const queue = [...start];
    while (queue.length > 0) {
        const name = queue.pop();
        if (seen.has(name))
            continue;
        seen.add(name);
        for (const node of graph.get(name) ?? [])
            for (const dep of node.deps)
                if (!seen.has(dep))
                    queue.push(dep);
    }
    return seen;
}
const parseUvLock = (text, ctx) => {
    const doc = (0,_toml_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTomlFile */ .g)(text, ctx);
    const { list, headers } = (0,_toml_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .packageTables */ .U)(doc, text, ctx);
    const nodes = [];
    const graph = new Map();
    list.forEach((entry, i) => {
        const line = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .headerLine */ .iH)(headers, list.length, i);
        const key = `package[${i}]`;
        if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'package entry is not a table', line, key);
        const name = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(entry.name, ctx, `${key}.name`, line);
        const source = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry.source) ? entry.source : {};
        if (entry.source !== undefined && !(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry.source))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'source is not a table', line, `${key}.source`);
        const kinds = ['registry', 'git', 'path', 'directory', 'url', 'editable', 'virtual'].filter((k) => source[k] !== undefined);
        const kind = kinds[0];
        const where = kind !== undefined ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(source[kind], ctx, `${key}.source.${kind}`, line) : undefined;
        const member = kind === 'editable' || kind === 'virtual';
        // Dynamic versions (source trees) may have none; everything from an index has one.
        const version = kind === 'registry' || kind === undefined
            ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(entry.version, ctx, `${key}.version`, line)
            : ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(entry.version, ctx, `${key}.version`, line) ?? '');
        const node = {
            pkg: undefined,
            member,
            deps: [...depNames(entry.dependencies, false), ...depNames(entry['optional-dependencies'], true)],
            devDeps: depNames(entry['dev-dependencies'], true),
        };
        if (!(member && where !== undefined && (where === '.' || where === './'))) {
            const pkg = { name, version, ecosystem: 'PyPI', purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(name, version), lockfile: ctx.path, source: 'registry' };
            if (line !== undefined)
                pkg.line = line;
            if (kind === 'git' && where !== undefined) {
                const { base, fragment } = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFragment */ .HS)(where);
                pkg.source = 'git';
                pkg.resolved = base;
                if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(fragment))
                    pkg.commit = fragment.toLowerCase();
            }
            else if (kind === 'url')
                pkg.source = 'url';
            else if (kind === 'path' || kind === 'directory')
                pkg.source = 'file';
            else if (member)
                pkg.source = 'workspace';
            if (where !== undefined && pkg.resolved === undefined)
                pkg.resolved = where;
            const sdist = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(entry.sdist) ? (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .fileHashes */ .tz)([{ file: 'sdist.tar.gz', ...entry.sdist }], ctx, `${key}.sdist`, line) : [];
            const wheels = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .fileHashes */ .tz)(entry.wheels, ctx, `${key}.wheels`, line);
            const integrity = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pickFileHash */ .gG)([...sdist.filter((f) => f.hash !== undefined), ...wheels]);
            if (integrity !== undefined)
                pkg.integrity = integrity;
            node.pkg = pkg;
        }
        nodes.push(node);
        const norm = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(name);
        const same = graph.get(norm);
        if (same)
            same.push(node);
        else
            graph.set(norm, [node]);
    });
    const members = nodes.filter((n) => n.member);
    if (members.length > 0) {
        const prodRoots = members.flatMap((m) => m.deps);
        const devRoots = members.flatMap((m) => m.devDeps);
        const prod = reach(prodRoots, graph);
        const dev = reach(devRoots, graph);
        const direct = new Set([...prodRoots, ...devRoots]);
        for (const node of nodes) {
            if (node.pkg === undefined || node.member)
                continue;
            const norm = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(node.pkg.name);
            if (prod.has(norm) || dev.has(norm))
                node.pkg.dev = !prod.has(norm);
            node.pkg.direct = direct.has(norm);
        }
    }
    return nodes.flatMap((n) => (n.pkg ? [n.pkg] : []));
};


/***/ })

};
;