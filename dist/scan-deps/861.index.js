"use strict";
exports.id = 861;
exports.ids = [861];
exports.modules = {

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGemfileLock: () => (/* binding */ parseGemfileLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
// Gemfile.lock / gems.locked (ecosystem RubyGems).
//
// Source sections (GEM, GIT, PATH, PLUGIN SOURCE) carry attributes at two spaces (`remote:`,
// `revision:`, `specs:`), specs at four (`name (version[-platform])`) and their dependencies at
// six. As in Bundler, the platform is what follows the first `-` of the parenthesised version:
// `nokogiri (1.15.4-x86_64-linux)` is nokogiri 1.15.4. Platform variants of one gem version are
// reported once (advisories are per version), at the first variant's line. DEPENDENCIES marks
// direct gems; CHECKSUMS (Bundler 2.5+) gives integrity as written (`sha256=<hex>`); PLATFORMS,
// RUBY VERSION and BUNDLED WITH carry no packages.


const SOURCE_SECTIONS = { GEM: 'registry', GIT: 'git', PATH: 'file', 'PLUGIN SOURCE': 'registry' };
const SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*) \(([^()\s]+)\)$/;
const DEPENDENCY = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?: \([^()]*\))?!?$/;
const CHECKSUM = /^([A-Za-z0-9][A-Za-z0-9._-]*) \(([^()\s]+)\)(?: (\S+))?$/;
const parseGemfileLock = (text, ctx) => {
    const lines = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text).split('\n');
    const out = [];
    const byKey = new Map();
    const checksums = new Map();
    const direct = new Set();
    let sawDependencies = false;
    let section;
    let source;
    const flush = () => {
        if (source === undefined)
            return;
        for (const spec of source.pending) {
            const key = `${spec.name}\0${spec.version}\0${source.kind}\0${source.remote ?? ''}`;
            const known = byKey.get(key);
            if (known !== undefined) {
                known.variants.push(spec.full);
                continue;
            }
            const pkg = {
                name: spec.name,
                version: spec.version,
                ecosystem: 'RubyGems',
                purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .purl */ .EV)('gem', [spec.name], spec.version),
                lockfile: ctx.path,
                line: spec.line,
                source: source.kind,
            };
            if (source.remote !== undefined)
                pkg.resolved = source.remote;
            if (source.kind === 'git' && (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(source.revision))
                pkg.commit = source.revision.toLowerCase();
            byKey.set(key, { pkg, variants: [spec.full] });
            out.push(pkg);
        }
        source = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const raw = (lines[i] ?? '').replace(/\r$/, '');
        if (raw.trim() === '')
            continue;
        if (!raw.startsWith(' ')) {
            if (!/^[A-Z][A-Z ]*[A-Z]$/.test(raw))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unexpected line '${raw.slice(0, 60)}'`, lineNo);
            flush();
            section = raw;
            const kind = SOURCE_SECTIONS[raw];
            if (kind !== undefined)
                source = { kind, specs: false, pending: [] };
            if (raw === 'DEPENDENCIES')
                sawDependencies = true;
            continue;
        }
        const indent = raw.length - raw.trimStart().length;
        const body = raw.slice(indent).trimEnd();
        if (source !== undefined) {
            if (indent === 2) {
                if (body === 'specs:') {
                    source.specs = true;
                    continue;
                }
                const colon = body.indexOf(': ');
                if (colon <= 0)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected 'key: value' in ${section ?? ''}`, lineNo, section);
                const attr = body.slice(0, colon);
                const value = body.slice(colon + 2).trim();
                if (attr === 'remote')
                    source.remote ??= value;
                else if (attr === 'revision')
                    source.revision = value;
                continue;
            }
            if (indent === 4) {
                if (!source.specs)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `spec before 'specs:' in ${section ?? ''}`, lineNo, section);
                const m = SPEC.exec(body);
                if (!m)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected 'name (version)', found '${body.slice(0, 60)}'`, lineNo, section);
                const full = m[2];
                const dash = full.indexOf('-');
                const version = dash === -1 ? full : full.slice(0, dash);
                if (!/^[0-9][0-9A-Za-z.]*$/.test(version))
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid version '${full}' for ${m[1]}`, lineNo, m[1]);
                source.pending.push({ name: m[1], full, version, line: lineNo });
                continue;
            }
            if (indent === 6) {
                if (!source.specs || source.pending.length === 0)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'dependency line outside a spec', lineNo, section);
                continue;
            }
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unexpected indentation (${indent} spaces)`, lineNo, section);
        }
        if (section === 'DEPENDENCIES') {
            const m = indent === 2 ? DEPENDENCY.exec(body) : null;
            if (!m)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected a dependency, found '${body.slice(0, 60)}'`, lineNo, section);
            direct.add(m[1]);
        }
        else if (section === 'CHECKSUMS') {
            const m = indent === 2 ? CHECKSUM.exec(body) : null;
            if (!m)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected 'name (version) checksum', found '${body.slice(0, 60)}'`, lineNo, section);
            const sum = m[3]?.split(',')[0];
            if (sum !== undefined)
                checksums.set(`${m[1]} (${m[2]})`, sum);
        }
        else if (section === undefined) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'indented line before any section', lineNo);
        }
    }
    flush();
    for (const { pkg, variants } of byKey.values()) {
        const sum = variants.map((v) => checksums.get(`${pkg.name} (${v})`)).find((s) => s !== undefined);
        if (sum !== undefined)
            pkg.integrity = sum;
        if (sawDependencies)
            pkg.direct = direct.has(pkg.name);
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