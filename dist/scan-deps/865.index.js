"use strict";
exports.id = 865;
exports.ids = [865];
exports.modules = {

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goPurl: () => (/* binding */ goPurl),
/* harmony export */   mergeGo: () => (/* binding */ mergeGo),
/* harmony export */   parseGoMod: () => (/* binding */ parseGoMod),
/* harmony export */   parseGoSum: () => (/* binding */ parseGoSum)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
// go.mod and go.sum (ecosystem Go).
//
// go.mod: `require` (blocks and single lines; `// indirect` -> direct: false), `replace`
// (module => module version: the replacement is reported under its own path and version;
// module => local path: the original path with version '' and source 'file'), `exclude` and
// `retract` (read, no packages). Versions are kept verbatim, `v` prefix, pseudo-versions and
// `+incompatible` included.
//
// stdlib: like osv-scanner, go.mod yields a `stdlib` package at the toolchain version
// (`toolchain go1.22.1` -> 1.22.1), else at the `go` directive padded to three parts
// (`go 1.21` -> 1.21.0), so Go standard library advisories (GO-...) are matched. It is the
// minimum toolchain the module asks for; the one that actually builds it may be newer.
//
// go.sum: one package per module version with an `h1:` hash of the module itself; lines for
// `<version>/go.mod` only vouch for a go.mod file (the module was consulted, not built) and are
// not reported. `mergeGo` puts both together.


function goPurl(module, version) {
    return (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .purl */ .EV)('golang', module.split('/'), version);
}
/** go.mod tokens: bare words, "quoted" and `raw` strings; `//` starts a comment. */
function tokenize(line, ctx, lineNo) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (c === '/' && line[i + 1] === '/') {
            return { tokens, comment: line.slice(i + 2).trim() };
        }
        else if (c === '"' || c === '`') {
            let j = i + 1;
            let value = '';
            while (j < line.length && line[j] !== c) {
                if (c === '"' && line[j] === '\\' && j + 1 < line.length)
                    j++;
                value += line[j];
                j++;
            }
            if (j >= line.length)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'unterminated string', lineNo);
            tokens.push(value);
            i = j + 1;
        }
        else if (c === '(' || c === ')' || (c === '=' && line[i + 1] === '>')) {
            const t = c === '=' ? '=>' : c;
            tokens.push(t);
            i += t.length;
        }
        else {
            let j = i;
            while (j < line.length &&
                !' \t\r"`()'.includes(line[j]) &&
                !(line[j] === '/' && line[j + 1] === '/') &&
                !(line[j] === '=' && line[j + 1] === '>'))
                j++;
            tokens.push(line.slice(i, j));
            i = j;
        }
    }
    return { tokens, comment: '' };
}
function checkVersion(version, ctx, line, module) {
    if (version === undefined || !/^v\d+(?:\.\d+){0,2}(?:[-+.][0-9A-Za-z.+-]*)?$/.test(version)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid version '${version ?? ''}' for ${module}`, line, module);
    }
    return version;
}
function checkModule(module, ctx, line) {
    if (module === undefined || module === '' || module === '=>' || /[\s"`]/.test(module)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid module path '${module ?? ''}'`, line);
    }
    return module;
}
function isLocalPath(path) {
    return (path.startsWith('./') || path.startsWith('../') || path.startsWith('/') || path === '.' || path === '..' || /^[A-Za-z]:[\\/]/.test(path));
}
const parseGoMod = (text, ctx) => {
    const lines = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text).split('\n');
    const requires = [];
    const replaces = new Map();
    let goVersion;
    let toolchain;
    let block;
    let blockLine = 0;
    const directive = (verb, args, comment, line) => {
        switch (verb) {
            case 'module':
            case 'godebug':
            case 'tool':
            case 'ignore':
            case 'retract':
                return;
            case 'go':
                if (args.length !== 1 || !/^\d+(?:\.\d+){0,2}(?:(?:rc|beta)\d+)?$/.test(args[0])) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid go version '${args.join(' ')}'`, line, 'go');
                }
                goVersion = { version: args[0], line };
                return;
            case 'toolchain': {
                const name = args[0];
                if (args.length !== 1 || name === undefined)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'toolchain needs one name', line, 'toolchain');
                const m = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(?:[-+].*)?$/.exec(name);
                if (m)
                    toolchain = { version: m[1], line };
                else if (name !== 'default')
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid toolchain '${name}'`, line, 'toolchain');
                return;
            }
            case 'require': {
                if (args.length !== 2)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'require needs a module path and a version', line, 'require');
                const module = checkModule(args[0], ctx, line);
                const version = checkVersion(args[1], ctx, line, module);
                requires.push({ module, version, indirect: /(?:^|;\s*)indirect(?:;|$)/.test(comment), line });
                return;
            }
            case 'exclude': {
                if (args.length !== 2)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'exclude needs a module path and a version', line, 'exclude');
                checkVersion(args[1], ctx, line, checkModule(args[0], ctx, line));
                return;
            }
            case 'replace': {
                const arrow = args.indexOf('=>');
                if (arrow !== 1 && arrow !== 2)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "replace needs 'module [version] => target'", line, 'replace');
                const module = checkModule(args[0], ctx, line);
                const version = arrow === 2 ? checkVersion(args[1], ctx, line, module) : undefined;
                const target = args.slice(arrow + 1);
                const newPath = checkModule(target[0], ctx, line);
                let newVersion;
                if (target.length === 2)
                    newVersion = checkVersion(target[1], ctx, line, newPath);
                else if (target.length !== 1 || !isLocalPath(newPath)) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `replacement ${newPath} needs a version unless it is a local path`, line, module);
                }
                const entry = { newPath, line };
                if (version !== undefined)
                    entry.version = version;
                if (newVersion !== undefined)
                    entry.newVersion = newVersion;
                const list = replaces.get(module) ?? [];
                list.push(entry);
                replaces.set(module, list);
                return;
            }
            default:
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unknown directive '${verb}'`, line, verb);
        }
    };
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const { tokens, comment } = tokenize(lines[i] ?? '', ctx, lineNo);
        if (tokens.length === 0)
            continue;
        if (block !== undefined) {
            if (tokens[0] === ')') {
                if (tokens.length !== 1)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "unexpected text after ')'", lineNo);
                block = undefined;
                continue;
            }
            if (tokens.includes('(') || tokens.includes(')'))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'unexpected parenthesis inside a block', lineNo, block);
            directive(block, tokens, comment, lineNo);
            continue;
        }
        const [verb, ...args] = tokens;
        if (args.length === 1 && args[0] === '(') {
            if (!['require', 'replace', 'exclude', 'retract', 'godebug', 'tool', 'ignore'].includes(verb)) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${verb}' cannot open a block`, lineNo, verb);
            }
            block = verb;
            blockLine = lineNo;
            continue;
        }
        if (args.includes('(') || args.includes(')'))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'unexpected parenthesis', lineNo, verb);
        directive(verb, args, comment, lineNo);
    }
    if (block !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `${block} block is not closed`, blockLine, block);
    const out = [];
    for (const req of requires) {
        const candidates = replaces.get(req.module) ?? [];
        const replacement = candidates.find((r) => r.version === req.version) ?? candidates.find((r) => r.version === undefined);
        let pkg;
        if (replacement === undefined) {
            pkg = {
                name: req.module,
                version: req.version,
                ecosystem: 'Go',
                purl: goPurl(req.module, req.version),
                lockfile: ctx.path,
                source: 'registry',
            };
        }
        else if (replacement.newVersion !== undefined) {
            const { newPath, newVersion } = replacement;
            pkg = {
                name: newPath,
                version: newVersion,
                ecosystem: 'Go',
                purl: goPurl(newPath, newVersion),
                lockfile: ctx.path,
                source: 'registry',
            };
        }
        else {
            pkg = {
                name: req.module,
                version: '',
                ecosystem: 'Go',
                purl: goPurl(req.module, ''),
                lockfile: ctx.path,
                source: 'file',
                resolved: replacement.newPath,
            };
        }
        pkg.line = req.line;
        pkg.direct = !req.indirect;
        out.push(pkg);
    }
    const std = toolchain ?? (goVersion ? { version: padGo(goVersion.version), line: goVersion.line } : undefined);
    if (std !== undefined) {
        out.push({
            name: 'stdlib',
            version: std.version,
            ecosystem: 'Go',
            purl: goPurl('stdlib', std.version),
            lockfile: ctx.path,
            line: std.line,
            source: 'registry',
        });
    }
    return out;
};
/** `1.21` -> `1.21.0`; `1.21rc1` and three-part versions stay as written. */
function padGo(version) {
    return /^\d+\.\d+$/.test(version) ? `${version}.0` : /^\d+$/.test(version) ? `${version}.0.0` : version;
}
const parseGoSum = (text, ctx) => {
    const lines = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text).split('\n');
    const out = [];
    const seen = new Set();
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').trim();
        if (line === '')
            continue;
        const fields = line.split(/\s+/);
        if (fields.length !== 3)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'expected: module version hash', i + 1);
        const [module, rawVersion, hash] = fields;
        checkModule(module, ctx, i + 1);
        const goModOnly = rawVersion.endsWith('/go.mod');
        const version = checkVersion(goModOnly ? rawVersion.slice(0, -'/go.mod'.length) : rawVersion, ctx, i + 1, module);
        if (!/^[a-z0-9]+:[A-Za-z0-9+/]+=*$/.test(hash))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `malformed hash '${hash}'`, i + 1, module);
        if (goModOnly)
            continue;
        const key = `${module}@${version}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({
            name: module,
            version,
            ecosystem: 'Go',
            purl: goPurl(module, version),
            lockfile: ctx.path,
            line: i + 1,
            integrity: hash,
            source: 'registry',
        });
    }
    return out;
};
/**
 * go.mod packages with the h1: hashes of go.sum attached, plus the modules only go.sum knows
 * (go.mod files before Go 1.17 list only direct dependencies) as indirect. A go.sum module that
 * go.mod requires at another version is an older version consulted during resolution, not built,
 * and is left out.
 */
function mergeGo(modPackages, sumPackages) {
    const sums = new Map(sumPackages.map((p) => [`${p.name}@${p.version}`, p]));
    const modNames = new Set(modPackages.map((p) => p.name));
    const out = modPackages.map((p) => {
        const sum = sums.get(`${p.name}@${p.version}`);
        return sum?.integrity !== undefined && p.integrity === undefined ? { ...p, integrity: sum.integrity } : p;
    });
    for (const p of sumPackages)
        if (!modNames.has(p.name))
            out.push({ ...p, direct: false });
    return out;
}


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