export const id = 381;
export const ids = [381];
export const modules = {

/***/ 2952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   E5: () => (/* binding */ registryTarball),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   NY: () => (/* binding */ JsonKeyLines),
/* harmony export */   Qk: () => (/* binding */ npmPackage),
/* harmony export */   T6: () => (/* binding */ gitCommitOf),
/* harmony export */   VQ: () => (/* binding */ sourceOfResolved),
/* harmony export */   cB: () => (/* binding */ isGitSpec),
/* harmony export */   gI: () => (/* binding */ splitAt),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   s7: () => (/* binding */ classifyReachability),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   v4: () => (/* binding */ dedupePackages),
/* harmony export */   ve: () => (/* binding */ parseJsonLockfile),
/* harmony export */   wQ: () => (/* binding */ matchesWorkspaceGlobs)
/* harmony export */ });
/* unused harmony export npmPurl */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1106);
// Helpers shared by the JavaScript-ecosystem lockfile parsers (npm, yarn, pnpm, bun): purls, the
// kind of source a `resolved` string names, line lookup and de-duplication. No regex here may
// backtrack: every pattern is anchored and linear, since lockfiles can come from anyone.


/** `pkg:npm/%40scope/name@1.2.3` (purl spec: the scope's `@` and any reserved character percent-encoded). */
function npmPurl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    const path = slash > 0 ? `${encodeURIComponent(name.slice(0, slash))}/${encodeURIComponent(name.slice(slash + 1))}` : encodeURIComponent(name);
    return `pkg:npm/${path}${version ? `@${encodeURIComponent(version)}` : ''}`;
}
/** A Package of the npm ecosystem, leaving out the optional fields that are unknown. */
function npmPackage(ctx, fields) {
    const pkg = {
        name: fields.name,
        version: fields.version,
        ecosystem: 'npm',
        purl: npmPurl(fields.name, fields.version),
        lockfile: ctx.path,
        source: fields.source,
    };
    if (fields.line !== undefined)
        pkg.line = fields.line;
    if (fields.dev !== undefined)
        pkg.dev = fields.dev;
    if (fields.optional !== undefined)
        pkg.optional = fields.optional;
    if (fields.integrity)
        pkg.integrity = fields.integrity;
    if (fields.resolved)
        pkg.resolved = fields.resolved;
    if (fields.commit)
        pkg.commit = fields.commit;
    if (fields.licenses && fields.licenses.length > 0)
        pkg.licenses = fields.licenses;
    if (fields.direct !== undefined)
        pkg.direct = fields.direct;
    return pkg;
}
/**
 * One package per name@version and source, in first-seen order, keeping the first line. A package
 * needed by production at one place and only by development at another is not dev; one that is
 * required somewhere is not optional.
 */
function dedupePackages(packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const key = `${pkg.name}@${pkg.version}\u0000${pkg.source}\u0000${pkg.source === 'registry' ? '' : (pkg.resolved ?? '')}`;
        const first = seen.get(key);
        if (!first) {
            seen.set(key, pkg);
            continue;
        }
        if (first.dev === true && pkg.dev !== true)
            first.dev = pkg.dev ?? false;
        if (first.optional === true && pkg.optional !== true)
            first.optional = pkg.optional ?? false;
        if (pkg.direct === true)
            first.direct = true;
        first.integrity ??= pkg.integrity;
        first.resolved ??= pkg.resolved;
        if (!first.licenses && pkg.licenses)
            first.licenses = pkg.licenses;
    }
    return [...seen.values()];
}
/** Split `name@version` (the name may start with `@scope/`); undefined when there is no `@` after the name. */
function splitAt(spec) {
    const at = spec.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    return { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}
const HEX_COMMIT = /^[0-9a-f]{7,64}$/i;
/** The commit a git URL pins after `#` (or in `#commit=` / `&commit=` form), when it is a hex sha. */
function gitCommitOf(url) {
    const hash = url.lastIndexOf('#');
    if (hash < 0)
        return undefined;
    let fragment = url.slice(hash + 1);
    const commitParam = /(?:^|&)commit=([0-9a-f]{7,64})(?:&|$)/i.exec(fragment);
    if (commitParam?.[1])
        return commitParam[1].toLowerCase();
    if (fragment.includes('='))
        return undefined;
    fragment = fragment.trim();
    return HEX_COMMIT.test(fragment) ? fragment.toLowerCase() : undefined;
}
/** Whether a resolved string / specifier names a git source. */
function isGitSpec(spec) {
    return (spec.startsWith('git+') ||
        spec.startsWith('git:') ||
        spec.startsWith('git@') ||
        spec.startsWith('github:') ||
        spec.startsWith('gitlab:') ||
        spec.startsWith('bitbucket:') ||
        spec.startsWith('gist:') ||
        /^https?:\/\/[^/]+\/[^#]+\.git(?:#|$)/.test(spec) ||
        /^https:\/\/codeload\.github\.com\//.test(spec));
}
/**
 * Name and version of a registry-shaped tarball URL: `.../<name>/-/<basename>-<version>.tgz`,
 * `<name>` possibly `@scope/name` or `@scope%2fname`. Undefined for any other URL.
 */
function registryTarball(url) {
    if (!/^https?:\/\//.test(url))
        return undefined;
    const clean = url.split('#')[0]?.split('?')[0] ?? '';
    const marker = clean.lastIndexOf('/-/');
    if (marker < 0 || !clean.endsWith('.tgz'))
        return undefined;
    const before = clean.slice(0, marker).split('/');
    const file = clean.slice(marker + 3, -'.tgz'.length);
    let name = decodeURIComponentSafe(before[before.length - 1] ?? '');
    const prev = before[before.length - 2] ?? '';
    if (!name.startsWith('@') && prev.startsWith('@'))
        name = `${decodeURIComponentSafe(prev)}/${name}`;
    const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
    if (!base || !file.startsWith(`${base}-`))
        return undefined;
    const version = file.slice(base.length + 1);
    return version ? { name, version } : undefined;
}
function decodeURIComponentSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** The source kind a `resolved` value names: git, file, link, url, or registry for registry tarballs (or none). */
function sourceOfResolved(resolved, name) {
    if (!resolved)
        return 'registry';
    if (isGitSpec(resolved))
        return 'git';
    if (resolved.startsWith('file:'))
        return 'file';
    if (resolved.startsWith('link:'))
        return 'link';
    if (/^https?:\/\//.test(resolved)) {
        const tarball = registryTarball(resolved);
        return tarball && (name === undefined || tarball.name === name) ? 'registry' : 'url';
    }
    return 'file';
}

/**
 * Lines of the JSON object keys that open an object or an array (`"key": {` / `"key": [`), in text
 * order, each key with its queue of lines: a parser walking the parsed value in the same order
 * takes them one by one with `take`. One pass over the lines, a linear pattern per line.
 */
class JsonKeyLines {
    lines = new Map();
    next = new Map();
    constructor(text, fromOffset = 0) {
        const index = new _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text);
        const pattern = /^[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*:[ \t]*[{[]/gm;
        pattern.lastIndex = fromOffset;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            let key = m[1] ?? '';
            if (key.includes('\\')) {
                try {
                    key = JSON.parse(`"${key}"`);
                }
                catch {
                    continue;
                }
            }
            const list = this.lines.get(key);
            const line = index.lineOf(m.index + m[0].length - 1);
            if (list)
                list.push(line);
            else
                this.lines.set(key, [line]);
        }
    }
    /** The line of the next not yet taken occurrence of `key`. */
    take(key) {
        const list = this.lines.get(key);
        if (!list)
            return undefined;
        const i = this.next.get(key) ?? 0;
        if (i >= list.length)
            return list[list.length - 1];
        this.next.set(key, i + 1);
        return list[i];
    }
    /** The line of the first occurrence of `key`. */
    first(key) {
        return this.lines.get(key)?.[0];
    }
}
/** JSON.parse that reports the line of a syntax error as a LockfileError. */
function parseJsonLockfile(text, ctx) {
    try {
        return JSON.parse(stripBom(text));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid JSON: ${message}`, jsonErrorLine(text, message));
    }
}
/** The line a JSON.parse message points at (`line N column M`, or `position N`). */
function jsonErrorLine(text, message) {
    const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
    if (lineMatch?.[1])
        return Number(lineMatch[1]);
    const position = /at position (\d+)/.exec(message);
    if (position?.[1])
        return new _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text).lineOf(Number(position[1]));
    if (/end of (?:JSON|data) input/i.test(message))
        return new _gatehouse_core_line_index__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text).lineOf(text.length);
    return undefined;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** An optional string field: undefined when absent, a LockfileError when present with another type. */
function optionalString(ctx, entry, field, key, line) {
    const value = entry[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${field}' is ${describe(value)}, expected a string`, line, key);
    return value;
}
/** An optional boolean flag: true only for `true`; a LockfileError for a non-boolean. */
function flag(ctx, entry, field, key, line) {
    const value = entry[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'boolean')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${field}' is ${describe(value)}, expected true or false`, line, key);
    return value;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return 'a string';
    return `a ${typeof value}`;
}
/**
 * Whether a workspace-relative directory matches one of the workspace globs of a package.json
 * (`packages/*`, `apps/**`, `tools/cli`). Segment by segment, no regex built from input.
 */
function matchesWorkspaceGlobs(dir, globs) {
    const target = dir.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
    return globs.some((glob) => {
        const negated = glob.startsWith('!');
        if (negated)
            return false;
        const segments = glob.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
        return globMatch(segments, 0, target, 0, 0);
    });
}
function globMatch(glob, gi, path, pi, depth) {
    if (depth > 64)
        return false;
    if (gi === glob.length)
        return pi === path.length;
    const segment = glob[gi] ?? '';
    if (segment === '**') {
        for (let k = pi; k <= path.length; k++)
            if (globMatch(glob, gi + 1, path, k, depth + 1))
                return true;
        return false;
    }
    if (pi === path.length)
        return false;
    return segmentMatch(segment, path[pi] ?? '') && globMatch(glob, gi + 1, path, pi + 1, depth + 1);
}
/** `*` within one segment, matched greedily-free with the two-pointer wildcard algorithm. */
function segmentMatch(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === text[t] || pattern[p] === '?')) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            mark = t;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * Which packages only development needs, and which only optional edges reach, from the roots a
 * manifest declares: `dev` = not reachable from any production root; `optional` = not reachable
 * through required edges from any root. Iterative, so deep or cyclic graphs are fine.
 */
function classifyReachability(roots, edges) {
    const walk = (starts, follow) => {
        const seen = new Set();
        const stack = [...starts];
        while (stack.length > 0) {
            const key = stack.pop();
            if (seen.has(key))
                continue;
            seen.add(key);
            for (const edge of edges(key))
                if (follow(edge) && !seen.has(edge.to))
                    stack.push(edge.to);
        }
        return seen;
    };
    return {
        prod: walk(roots.filter((r) => !r.dev).map((r) => r.key), () => true),
        required: walk(roots.filter((r) => !r.optional).map((r) => r.key), (edge) => !edge.optional),
        any: walk(roots.map((r) => r.key), () => true),
    };
}


/***/ }),

/***/ 4830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseYamlLockfile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2952);
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
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2952);
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


/***/ }),

/***/ 1106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
// Character offsets to 1-based line numbers, for messages and report locations: one pass over the
// text to find the line starts, then a binary search per lookup.
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}


/***/ })

};
