"use strict";
exports.id = 381;
exports.ids = [381];
exports.modules = {

/***/ 4830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseYamlLockfile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5404);
// YAML lockfiles (pnpm-lock.yaml, berry's yarn.lock), in a module of its own so package-lock.json
// and bun.lock never load the YAML parser.



/**
 * YAML lockfiles (pnpm-lock.yaml, berry's yarn.lock) through the `yaml` package directly: the strict
 * wrapper of @gatehouse/core is asynchronous and refuses constructs these files may hold. Errors and
 * alias bombs become LockfileErrors with the line.
 */
function parseYamlLockfile(text, ctx) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)((0,_js_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false, logLevel: 'silent' });
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(ctx.path, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const first = doc.errors[0];
    if (first) {
        const line = first.pos[0] !== undefined ? lineCounter.linePos(first.pos[0]).line : undefined;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(ctx.path, `invalid YAML: ${first.message.split('\n')[0] ?? first.code}`, line);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(ctx.path, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const cache = new Map();
    const keyLines = (section) => {
        const cached = cache.get(section);
        if (cached)
            return cached;
        const lines = new Map();
        let node = doc.contents;
        if (section !== '' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            node = node.items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) && String(pair.key.value) === section)?.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key))
                    continue;
                const offset = pair.key.range?.[0];
                if (offset !== undefined && !lines.has(String(pair.key.value)))
                    lines.set(String(pair.key.value), lineCounter.linePos(offset).line);
            }
        }
        cache.set(section, lines);
        return lines;
    };
    return { data, keyLines };
}


/***/ }),

/***/ 1381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYarnLock: () => (/* binding */ parseYarnLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
/* harmony import */ var _js_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4830);
// yarn.lock in both of its formats. Classic (v1) is yarn's own indentation format, read here line by
// line: `"a@^1", a@^1.1:` headers, then `version`, `resolved` (`url#sha1`), `integrity` and nested
// dependency blocks. Berry (v2+) is YAML with `__metadata`: each entry's `resolution` names the
// package and its protocol (`npm:`, `workspace:`, `patch:` over another, git, tarball URL, `file:`,
// `portal:`, `link:`). Neither format says which packages are dev-only, so `dev` stays unset.



const parseYarnLock = (text, ctx) => {
    const clean = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text);
    return isBerry(clean) ? parseBerry(clean, ctx) : parseClassic(clean, ctx);
};
/** Berry files have a top-level `__metadata:` key; classic ones never do. */
function isBerry(text) {
    return text.startsWith('__metadata:') || /(?:^|\n)"?__metadata"?:/.test(text);
}
function parseClassic(text, ctx) {
    const entries = readClassic(text, ctx);
    const out = [];
    for (const entry of entries) {
        const version = entry.fields.get('version');
        const key = entry.specs.join(', ');
        if (version === undefined)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "entry has no 'version'", entry.line, key);
        const resolved = entry.fields.get('resolved');
        const integrity = entry.fields.get('integrity');
        const spec = entry.specs[0] ?? '';
        const parts = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(spec);
        if (!parts)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${spec}' is not a name@range specifier`, entry.line, key);
        let name = parts.name;
        const range = parts.rest;
        if (range.startsWith('npm:'))
            name = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(range.slice(4))?.name ?? range.slice(4);
        let source = 'registry';
        let commit;
        if (range.startsWith('file:'))
            source = 'file';
        else if (range.startsWith('link:'))
            source = 'link';
        else if (range.startsWith('portal:'))
            source = 'link';
        else if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(range) || (resolved !== undefined && (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(resolved))) {
            source = 'git';
            commit = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(resolved ?? range) ?? (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(range);
        }
        else if (resolved !== undefined && /^https?:\/\//.test(resolved)) {
            const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(resolved);
            if (tarball && tarball.version === version)
                name = tarball.name;
            else
                source = 'url';
        }
        else if (resolved !== undefined && resolved.startsWith('file:')) {
            source = 'file';
        }
        out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { name, version, source, line: entry.line, integrity, resolved: resolved ?? localPath(range), commit }));
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
}
function localPath(range) {
    for (const prefix of ['file:', 'link:', 'portal:'])
        if (range.startsWith(prefix))
            return range.slice(prefix.length);
    return undefined;
}
/**
 * The entries of a classic yarn.lock: top-level headers (column 0, ending in `:`), their two-space
 * indented `field value` lines; deeper blocks (dependencies) are skipped. CRLF and comments are fine.
 */
function readClassic(text, ctx) {
    const entries = [];
    let current;
    let sawHeaderComment = false;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const raw = (lines[i] ?? '').replace(/\r$/, '');
        const trimmed = raw.trim();
        if (trimmed === '')
            continue;
        if (trimmed.startsWith('#')) {
            if (/^# yarn lockfile v\d+/.test(trimmed)) {
                sawHeaderComment = true;
                if (!trimmed.startsWith('# yarn lockfile v1')) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unsupported yarn lockfile version '${trimmed.slice(2)}' (expected v1 or berry)`, lineNo);
                }
            }
            continue;
        }
        const indent = raw.length - raw.trimStart().length;
        if (raw.slice(0, indent).includes('\t'))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'tab indentation', lineNo);
        if (indent === 0) {
            if (!trimmed.endsWith(':'))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected an entry header ending in ':', found '${clip(trimmed)}'`, lineNo);
            const specs = splitSpecs(trimmed.slice(0, -1), ctx, lineNo);
            current = { specs, line: lineNo, fields: new Map() };
            entries.push(current);
            continue;
        }
        if (!current)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'indented line before any entry', lineNo);
        if (indent % 2 !== 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `odd indentation (${indent} spaces)`, lineNo, current.specs[0]);
        if (indent > 2)
            continue; // inside a dependencies block
        if (trimmed.endsWith(':'))
            continue; // a block such as `dependencies:` opens
        const space = firstSeparator(trimmed);
        if (space < 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected 'field value', found '${clip(trimmed)}'`, lineNo, current.specs[0]);
        const field = unquote(trimmed.slice(0, space), ctx, lineNo);
        const value = unquote(trimmed.slice(space + 1).trim(), ctx, lineNo);
        current.fields.set(field, value);
    }
    if (entries.length === 0 && !sawHeaderComment && text.trim() !== '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'no entries: not a yarn.lock', 1);
    }
    return entries;
}
/** Index of the space separating a field from its value, outside of quotes. */
function firstSeparator(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && quoted)
            i++;
        else if (c === '"')
            quoted = !quoted;
        else if (c === ' ' && !quoted)
            return i;
    }
    return -1;
}
/** `"a@^1", a@^1.1` -> the specifiers, unquoted. */
function splitSpecs(header, ctx, line) {
    const specs = [];
    let start = 0;
    let quoted = false;
    for (let i = 0; i <= header.length; i++) {
        const c = header[i];
        if (c === '\\' && quoted)
            i++;
        else if (c === '"')
            quoted = !quoted;
        else if ((c === ',' && !quoted) || i === header.length) {
            const part = header.slice(start, i).trim();
            if (part)
                specs.push(unquote(part, ctx, line));
            start = i + 1;
        }
    }
    if (quoted)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'unterminated quoted string in entry header', line);
    if (specs.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'empty entry header', line);
    return specs;
}
function unquote(value, ctx, line) {
    if (!value.startsWith('"'))
        return value;
    try {
        const parsed = JSON.parse(value);
        if (typeof parsed === 'string')
            return parsed;
    }
    catch {
        // fall through
    }
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `malformed quoted string ${clip(value)}`, line);
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
// ---- berry (v2+) -------------------------------------------------------------------------------
/** `__metadata.version` values berry has written: 4 (yarn 2) to 8 (yarn 4.0-4.1) and 10 (yarn 4.2+). */
const BERRY_VERSIONS = new Set([3, 4, 5, 6, 7, 8, 9, 10]);
function parseBerry(text, ctx) {
    const { data, keyLines } = (0,_js_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlLockfile */ .M)(text, ctx);
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected a YAML mapping, found ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(data)}`, 1);
    const lines = keyLines('');
    const metadata = data.__metadata;
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(metadata))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "'__metadata' is not a mapping", lines.get('__metadata'), '__metadata');
    const version = Number(metadata.version);
    if (!BERRY_VERSIONS.has(version)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unsupported yarn lockfile version ${JSON.stringify(metadata.version)} (expected 4-10)`, lines.get('__metadata'), '__metadata.version');
    }
    const out = [];
    for (const [key, entry] of Object.entries(data)) {
        if (key === '__metadata')
            continue;
        const line = lines.get(key);
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `entry is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(entry)}, expected a mapping`, line, key);
        const resolution = entry.resolution;
        if (typeof resolution !== 'string')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "entry has no 'resolution' string", line, key);
        const entryVersion = entry.version === undefined ? undefined : String(entry.version);
        const checksum = typeof entry.checksum === 'string' ? entry.checksum : undefined;
        const pkg = berryPackage(ctx, resolution, entryVersion, key, line, 0);
        if (!pkg)
            continue; // the root workspace
        out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...pkg, line, integrity: checksum }));
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
}
function berryPackage(ctx, resolution, entryVersion, key, line, depth) {
    const parts = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(resolution);
    if (!parts)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `resolution '${clip(resolution)}' is not name@reference`, line, key);
    const { name, rest: reference } = parts;
    const version = entryVersion ?? '';
    if (reference.startsWith('npm:'))
        return { name, version: entryVersion ?? reference.slice(4), source: 'registry' };
    if (reference.startsWith('workspace:')) {
        const path = reference.slice('workspace:'.length);
        if (path === '.' || path === '')
            return undefined;
        return { name, version: version === '0.0.0-use.local' ? '' : version, source: 'workspace', resolved: path };
    }
    if (reference.startsWith('patch:')) {
        // `patch:lodash@npm%3A4.17.21#./patches/x.patch::version=...`: the patched package underneath.
        const inner = decodeSafe(reference.slice('patch:'.length).split('#')[0] ?? '');
        if (depth > 4 || !inner)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unreadable patch resolution '${clip(resolution)}'`, line, key);
        return berryPackage(ctx, inner, entryVersion, key, line, depth + 1);
    }
    if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(reference))
        return { name, version: '', source: 'git', resolved: reference, commit: (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(reference) };
    if (/^https?:\/\//.test(reference)) {
        const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(reference);
        if (tarball && (entryVersion === undefined || tarball.version === entryVersion)) {
            return { name: tarball.name, version: tarball.version, source: 'registry', resolved: reference };
        }
        return { name, version, source: 'url', resolved: reference };
    }
    for (const [prefix, source] of [
        ['file:', 'file'],
        ['portal:', 'link'],
        ['link:', 'link'],
        ['exec:', 'file'],
    ]) {
        if (reference.startsWith(prefix)) {
            const path = reference.slice(prefix.length).split('::')[0]?.split('#')[0] ?? '';
            return { name, version: version === '0.0.0-use.local' ? '' : version, source, resolved: path };
        }
    }
    // A bare semver reference (older berry files) is a registry package.
    return { name, version: entryVersion ?? reference, source: 'registry' };
}
function decodeSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ })

};
;