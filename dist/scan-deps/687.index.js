"use strict";
exports.id = 687;
exports.ids = [687];
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

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var hashesOf = (function hashesOf(options, file, line) {
    const hashes = [];
    for (let i = 0; i < options.length; i++) {
        const option = options[i] ?? '';
        let value;
        if (option === '--hash')
            value = options[++i];
        else if (option.startsWith('--hash='))
            value = option.slice('--hash='.length);
        else
            continue;
        if (value === undefined || !/^[a-z0-9]+:[0-9a-fA-F]+$/.test(value))
            fail(file, `malformed --hash '${value ?? ''}'`, line, '--hash');
        hashes.push(value);
    }
    return hashes;
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRequirements: () => (/* binding */ parseRequirements)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _other_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9307);
// pip requirements files (`requirements*.txt`): pins, extras, markers, hashes, includes (`-r`)
// and constraints (`-c`), editable/VCS/URL requirements.
//
// Decisions:
// - `name` keeps the spelling written in the file; identity (dedup, constraint lookup, purl) uses
//   the PEP 503 normalised name. OSV normalises PyPI names itself.
// - A requirement that is not an exact pin (`name>=1.0`, `name`, `name==1.*`) is reported with
//   version '' and source 'registry': policy reads that pair as "not pinned".
// - Constraints files are read (cycle-safe, errors for missing files) but their entries are not
//   packages of their own: pip installs nothing from them. A `==` pin there fills in the version
//   of an otherwise unpinned requirement of the same name.
// - Packages from an included file carry that file's workspace-relative path and line.


/** Joins `\` continuations and drops comments; each logical line keeps its first physical line. */
function logicalLines(text) {
    const physical = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text).split(/\r?\n/);
    const out = [];
    let buffer = '';
    let start = 0;
    for (let i = 0; i < physical.length; i++) {
        let line = physical[i] ?? '';
        if (buffer === '')
            start = i + 1;
        // A comment starts with `#` at the start of the line or after whitespace (pip's rule).
        const comment = line.search(/(?:^|\s)#/);
        if (comment !== -1)
            line = line.slice(0, comment);
        const trimmed = line.replace(/\s+$/, '');
        if (trimmed.endsWith('\\') && comment === -1) {
            buffer += trimmed.slice(0, -1) + ' ';
            continue;
        }
        buffer += trimmed;
        if (buffer.trim() !== '')
            out.push({ text: buffer.trim(), line: start });
        buffer = '';
    }
    if (buffer.trim() !== '')
        out.push({ text: buffer.trim(), line: start });
    return out;
}
/** Joins a path onto a directory, resolving `.` and `..` (forward slashes, no leading `/`). */
function joinPath(dir, rel) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const part of rel.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
function dirname(path) {
    const at = path.lastIndexOf('/');
    return at === -1 ? '' : path.slice(0, at);
}
function fail(file, problem, line, key) {
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(file, problem, line, key);
}
/** Splits a logical line into the requirement part and its `--option` tokens. */
function splitOptions(text) {
    const tokens = text.split(/\s+/);
    const first = tokens.findIndex((t, i) => i > 0 && t.startsWith('-'));
    if (first === -1)
        return { requirement: text, options: [] };
    return { requirement: tokens.slice(0, first).join(' '), options: tokens.slice(first) };
}

/** `name-1.0.tar.gz` / `name-1.0-py3-none-any.whl` -> name and version, when the file name says. */
function fromArchiveName(url) {
    const file = decodeURIComponent(url.split('?')[0]?.split('/').pop() ?? '');
    if (file.endsWith('.whl')) {
        const [name, version] = file.split('-');
        return name && version ? { name, version } : undefined;
    }
    const stem = file.replace(/\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i, '');
    if (stem === file)
        return undefined;
    const dash = stem.lastIndexOf('-');
    return dash > 0 ? { name: stem.slice(0, dash), version: stem.slice(dash + 1) } : undefined;
}
/** `#egg=name&subdirectory=x` -> name. */
function eggOf(fragment) {
    if (fragment === undefined)
        return undefined;
    for (const part of fragment.split('&'))
        if (part.startsWith('egg='))
            return part.slice(4).replace(/\[.*$/, '');
    return undefined;
}
function isUrlLike(s) {
    return /^(?:git|hg|svn|bzr)\+/.test(s) || /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}
function isPathLike(s) {
    return (s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.startsWith('/') || s.startsWith('~') || s.startsWith('file:'));
}
/**
 * A URL, VCS or path requirement (`-e ...`, `name @ url`, a bare URL or path). Undefined for a
 * local path that names no package (`-e .`: the project itself, not a dependency).
 */
function directReference(target, writtenName, file, line, hashes) {
    const { base, fragment } = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFragment */ .HS)(target);
    let name = writtenName ?? eggOf(fragment);
    let version = '';
    let source;
    let commit;
    let integrity = hashes[0];
    if (/^(?:git|hg|svn|bzr)\+/.test(base)) {
        source = 'git';
        // The ref follows the last `@` of the path (not the `user@host` part).
        const schemeEnd = base.indexOf('://');
        const pathStart = schemeEnd === -1 ? 0 : base.indexOf('/', schemeEnd + 3);
        const at = pathStart === -1 ? -1 : base.lastIndexOf('@');
        const hasRef = at > pathStart;
        if (hasRef && (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(base.slice(at + 1)))
            commit = base.slice(at + 1).toLowerCase();
        name ??= (hasRef ? base.slice(0, at) : base)
            .replace(/\/+$/, '')
            .replace(/\.git$/, '')
            .split('/')
            .pop();
    }
    else {
        const local = base.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(base);
        source = local ? 'file' : 'url';
        const archive = fromArchiveName(base);
        if (archive !== undefined) {
            name ??= archive.name;
            if ((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(archive.name) === (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(name))
                version = archive.version;
        }
        if (integrity === undefined && fragment !== undefined) {
            const m = /(?:^|&)(sha256|sha384|sha512|md5)=([0-9a-fA-F]+)/.exec(fragment);
            if (m)
                integrity = `${m[1]}:${m[2]}`;
        }
        if (local) {
            name ??= base
                .replace(/\[[^\]]*\]$/, '')
                .replace(/\/+$/, '')
                .split('/')
                .pop();
            if (name === undefined || name === '' || name === '.' || name === '..' || name.startsWith('file:'))
                return undefined;
        }
        else {
            name ??= base.split('?')[0]?.replace(/\/+$/, '').split('/').pop();
        }
    }
    if (name === undefined || name === '')
        fail(file, `cannot tell the package name of '${target.slice(0, 120)}' (add #egg=<name>)`, line);
    const pkg = { name, version, ecosystem: 'PyPI', purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(name, version), lockfile: file, line, source, resolved: base };
    if (integrity !== undefined)
        pkg.integrity = integrity;
    if (commit !== undefined)
        pkg.commit = commit;
    return pkg;
}
/** A PEP 508 requirement: `name[extras] spec ; markers`, or `name[extras] @ url ; markers`. */
function requirement(text, file, line, hashes) {
    const nameMatch = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(text);
    if (!nameMatch)
        fail(file, `not a requirement: '${text.slice(0, 80)}'`, line);
    const name = nameMatch[0];
    if (!(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isPypiName */ .Y0)(name))
        fail(file, `invalid package name '${name}'`, line);
    let rest = text.slice(name.length).trimStart();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close === -1)
            fail(file, `unterminated extras in '${text.slice(0, 80)}'`, line, name);
        const extras = rest.slice(1, close).split(',');
        if (extras.some((e) => e.trim() !== '' && !(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isPypiName */ .Y0)(e.trim())))
            fail(file, `invalid extras in '${text.slice(0, 80)}'`, line, name);
        rest = rest.slice(close + 1).trimStart();
    }
    if (rest.startsWith('@')) {
        const url = rest
            .slice(1)
            .trim()
            .split(/\s+;|;\s/)[0]
            ?.trim() ?? '';
        if (url === '')
            fail(file, `empty URL after '@'`, line, name);
        const pkg = directReference(url, name, file, line, hashes);
        if (pkg === undefined)
            fail(file, `cannot read the URL of '${name}'`, line, name);
        return { pkg, pinned: true };
    }
    const semi = rest.indexOf(';');
    let spec = (semi === -1 ? rest : rest.slice(0, semi)).trim();
    if (spec.startsWith('(') && spec.endsWith(')'))
        spec = spec.slice(1, -1).trim();
    let version = '';
    if (spec !== '') {
        const clauses = spec.split(',').map((c) => c.trim());
        for (const clause of clauses) {
            if (!/^(?:===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+$/.test(clause))
                fail(file, `invalid version specifier '${clause}'`, line, name);
        }
        const only = clauses.length === 1 ? clauses[0] : undefined;
        const pin = only !== undefined ? /^(?:===|==)\s*([^*\s]+)$/.exec(only) : null;
        if (pin)
            version = pin[1] ?? '';
    }
    return {
        pkg: {
            name,
            version,
            ecosystem: 'PyPI',
            purl: (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(name, version),
            lockfile: file,
            line,
            source: 'registry',
            ...(hashes[0] !== undefined ? { integrity: hashes[0] } : {}),
        },
        pinned: version !== '',
    };
}
function optionValue(tokens, long, short) {
    const head = tokens[0] ?? '';
    if (head === long || (short !== undefined && head === short))
        return { value: tokens[1] };
    if (head.startsWith(`${long}=`))
        return { value: head.slice(long.length + 1) };
    if (short !== undefined && head.startsWith(short) && head.length > short.length && !head.startsWith('--'))
        return { value: head.slice(short.length) };
    return undefined;
}
function readFile(state, file, text, mode) {
    for (const { text: logical, line } of logicalLines(text)) {
        const tokens = logical.split(/\s+/);
        const include = optionValue(tokens, '--requirement', '-r');
        const constraint = optionValue(tokens, '--constraint', '-c');
        if (include !== undefined || constraint !== undefined) {
            const target = (include ?? constraint)?.value;
            if (target === undefined || target === '')
                fail(file, `${tokens[0]} needs a file name`, line);
            if (isUrlLike(target))
                fail(file, `remote include '${target}' is not supported`, line, target);
            if (target.startsWith('/'))
                fail(file, `absolute include '${target}' is not supported`, line, target);
            const full = joinPath(dirname(file), target);
            if (state.seen.has(full))
                continue;
            state.seen.add(full);
            const relative = state.rootDir === '' ? full : relativeTo(state.rootDir, full);
            const body = state.root.readInclude?.(relative);
            if (body === undefined)
                fail(file, `included file '${target}' does not exist`, line, target);
            readFile(state, full, body, constraint !== undefined || mode === 'constraints' ? 'constraints' : 'requirements');
            continue;
        }
        const editable = optionValue(tokens, '--editable', '-e');
        if (editable !== undefined) {
            const target = editable.value;
            if (target === undefined || target === '')
                fail(file, `${tokens[0]} needs a path or URL`, line);
            if (mode === 'requirements') {
                const pkg = directReference(target, undefined, file, line, []);
                if (pkg !== undefined)
                    state.packages.push({ pkg, key: `${(0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(pkg.name)}@${pkg.resolved ?? ''}`, pinned: true });
            }
            continue;
        }
        // Global options (index URLs, find-links, binary policies, ...) carry no packages.
        if (logical.startsWith('-'))
            continue;
        const { requirement: reqText, options } = splitOptions(logical);
        const hashes = hashesOf(options, file, line);
        let parsed;
        if (isUrlLike(reqText) || isPathLike(reqText)) {
            const target = reqText.split(/\s+;|;\s/)[0]?.trim() ?? reqText;
            const pkg = directReference(target, undefined, file, line, hashes);
            if (pkg === undefined)
                continue;
            parsed = { pkg, pinned: true };
        }
        else {
            parsed = requirement(reqText, file, line, hashes);
        }
        const norm = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(parsed.pkg.name);
        if (mode === 'constraints') {
            if (parsed.pinned && parsed.pkg.source === 'registry' && !state.constraints.has(norm))
                state.constraints.set(norm, parsed.pkg.version);
            continue;
        }
        const key = parsed.pkg.source === 'registry' ? `${norm}==${parsed.pkg.version}` : `${norm}@${parsed.pkg.resolved ?? ''}`;
        state.packages.push({ pkg: parsed.pkg, key, pinned: parsed.pinned });
    }
}
/** `rootDir`-relative form of a root-relative path. */
function relativeTo(rootDir, full) {
    const from = rootDir.split('/');
    const to = full.split('/');
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common])
        common++;
    return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
const parseRequirements = (text, ctx) => {
    const state = { root: ctx, rootDir: dirname(ctx.path), seen: new Set([ctx.path]), packages: [], constraints: new Map() };
    readFile(state, ctx.path, text, 'requirements');
    // Constraint pins fill in unpinned requirements; a pinned requirement hides unpinned ones of the same name.
    const pinnedNames = new Set();
    for (const entry of state.packages) {
        const norm = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(entry.pkg.name);
        if (!entry.pinned && entry.pkg.source === 'registry') {
            const pinned = state.constraints.get(norm);
            if (pinned !== undefined) {
                entry.pkg.version = pinned;
                entry.pkg.purl = (0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .pypiPurl */ .iC)(entry.pkg.name, pinned);
                entry.pinned = true;
                entry.key = `${norm}==${pinned}`;
            }
        }
        if (entry.pinned)
            pinnedNames.add(norm);
    }
    const out = [];
    const keys = new Set();
    for (const entry of state.packages) {
        if (!entry.pinned && pinnedNames.has((0,_other_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(entry.pkg.name)))
            continue;
        if (keys.has(entry.key))
            continue;
        keys.add(entry.key);
        out.push(entry.pkg);
    }
    return out;
};


/***/ })

};
;