export const id = 242;
export const ids = [242];
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

/***/ 1242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePnpmLock: () => (/* binding */ parsePnpmLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2952);
/* harmony import */ var _js_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4830);
// pnpm-lock.yaml, lockfileVersion 5.x (pnpm 5-7: keys `/name/1.0.0_peer@1.0.0`), 6.x (pnpm 8:
// `/name@1.0.0(peer@1.0.0)`) and 9.x (pnpm 9+: `name@1.0.0` in `packages`, the graph with peer
// suffixes in `snapshots`). Peer suffixes are stripped, so one package is reported once. 5.x/6.x
// mark `dev`/`optional` per package; for 9.x they are worked out from the importers' dependency kinds
// through the snapshot graph. Importers' `link:` dependencies are reported as workspace/link.



const DEP_KINDS = ['dependencies', 'optionalDependencies', 'devDependencies'];
const parsePnpmLock = (text, ctx) => {
    const { data, keyLines } = (0,_js_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlLockfile */ .M)(text, ctx);
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected a YAML mapping, found ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(data)}`, 1);
    const topLines = keyLines('');
    const format = formatOf(data.lockfileVersion, ctx, topLines.get('lockfileVersion'));
    const packages = data.packages ?? {};
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(packages)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'packages' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(packages)}, expected a mapping`, topLines.get('packages'), 'packages');
    }
    const snapshots = data.snapshots ?? {};
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(snapshots)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'snapshots' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(snapshots)}, expected a mapping`, topLines.get('snapshots'), 'snapshots');
    }
    const importers = importersOf(data, ctx, topLines);
    const lines = keyLines('packages');
    // Direct dependencies, and (9.x) dev/optional from the graph.
    const roots = [];
    const out = [];
    for (const [importerPath, importer] of Object.entries(importers)) {
        for (const kind of DEP_KINDS) {
            const deps = importer[kind];
            if (deps === undefined)
                continue;
            if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(deps)) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${kind}' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(deps)}, expected a mapping`, topLines.get('importers'), `importers.${importerPath}.${kind}`);
            }
            for (const [depName, value] of Object.entries(deps)) {
                const ref = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) ? value.version : value;
                if (typeof ref !== 'string' && typeof ref !== 'number') {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `dependency has no version`, topLines.get('importers'), `importers.${importerPath}.${kind}.${depName}`);
                }
                const refText = String(ref);
                if (refText.startsWith('link:')) {
                    const target = joinPath(importerPath, refText.slice('link:'.length));
                    const source = Object.hasOwn(importers, target) ? 'workspace' : 'link';
                    out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { name: depName, version: '', source, resolved: target, direct: true }));
                    continue;
                }
                roots.push({
                    key: packageKeyOf(format, depName, refText),
                    dev: kind === 'devDependencies',
                    optional: kind === 'optionalDependencies',
                });
            }
        }
    }
    const direct = new Set(roots.map((r) => stripPeers(format, r.key)));
    const graph = format === 9 ? snapshots : packages;
    const edges = (key) => {
        const node = graph[key];
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(node))
            return [];
        const result = [];
        for (const [field, optional] of [
            ['dependencies', false],
            ['optionalDependencies', true],
        ]) {
            const deps = node[field];
            if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(deps))
                continue;
            for (const [depName, ref] of Object.entries(deps)) {
                if (typeof ref !== 'string' && typeof ref !== 'number')
                    continue;
                if (String(ref).startsWith('link:'))
                    continue;
                result.push({ to: packageKeyOf(format, depName, String(ref)), optional });
            }
        }
        return result;
    };
    const reach = format === 9 ? (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyReachability */ .s7)(roots, edges) : undefined;
    const reachedPlain = new Set();
    if (reach)
        for (const key of reach.any)
            reachedPlain.add(stripPeers(format, key));
    const prodPlain = new Set();
    const requiredPlain = new Set();
    if (reach) {
        for (const key of reach.prod)
            prodPlain.add(stripPeers(format, key));
        for (const key of reach.required)
            requiredPlain.add(stripPeers(format, key));
    }
    const optionals = snapshotOptionals(snapshots, format);
    for (const [key, entry] of Object.entries(packages)) {
        const line = lines.get(key);
        const where = `packages.${key}`;
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `entry is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(entry)}, expected a mapping`, line, where);
        const plainKey = stripPeers(format, key);
        const fromKey = parseKey(format, plainKey);
        const name = typeof entry.name === 'string' ? entry.name : fromKey?.name;
        if (!name)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `cannot read a package name from the key`, line, where);
        let version = typeof entry.version === 'string' || typeof entry.version === 'number' ? String(entry.version) : (fromKey?.version ?? '');
        const resolution = entry.resolution;
        if (resolution !== undefined && !(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(resolution)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'resolution' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(resolution)}, expected a mapping`, line, where);
        }
        let source = 'registry';
        let resolved;
        let commit;
        let integrity;
        if (resolution) {
            if (typeof resolution.integrity === 'string')
                integrity = resolution.integrity;
            if (resolution.type === 'git' || typeof resolution.commit === 'string') {
                source = 'git';
                resolved = typeof resolution.repo === 'string' ? resolution.repo : undefined;
                commit = typeof resolution.commit === 'string' ? resolution.commit : undefined;
            }
            else if (resolution.type === 'directory' || typeof resolution.directory === 'string') {
                source = 'file';
                resolved = typeof resolution.directory === 'string' ? resolution.directory : undefined;
            }
            else if (typeof resolution.tarball === 'string') {
                resolved = resolution.tarball;
                if (resolved.startsWith('file:'))
                    source = 'file';
                else if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(resolved)) {
                    source = 'git';
                    commit = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(resolved) ?? codeloadCommit(resolved);
                }
                else
                    source = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(resolved) ? 'registry' : 'url';
            }
        }
        if (fromKey?.source && source === 'registry' && !integrity)
            source = fromKey.source;
        if (source === 'git')
            version = typeof entry.version === 'string' ? entry.version : '';
        else if (source !== 'registry' && fromKey?.source)
            version = typeof entry.version === 'string' ? entry.version : '';
        const dev = format === 9 ? (reach ? reachedPlain.has(plainKey) && !prodPlain.has(plainKey) : undefined) : booleanOf(entry.dev);
        const optional = format === 9
            ? (booleanOf(entry.optional) ?? optionals.get(plainKey) ?? (reachedPlain.has(plainKey) ? !requiredPlain.has(plainKey) : undefined))
            : booleanOf(entry.optional);
        out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, {
            name,
            version,
            source,
            line,
            dev,
            optional,
            integrity,
            resolved,
            commit,
            direct: direct.has(plainKey) ? true : undefined,
        }));
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
};
function formatOf(value, ctx, line) {
    const text = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
    const major = /^(\d+)(?:\.\d+)?$/.exec(text)?.[1];
    if (major === '5')
        return 5;
    if (major === '6')
        return 6;
    if (major === '9')
        return 9;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, value === undefined
        ? 'no lockfileVersion: not a pnpm-lock.yaml'
        : `unsupported lockfileVersion ${JSON.stringify(value)} (expected 5.x, 6.x or 9.x)`, line ?? 1, 'lockfileVersion');
}
/** The importers (workspace projects); a single-project 5.x file keeps them at the top level. */
function importersOf(data, ctx, lines) {
    const importers = data.importers;
    if (importers === undefined) {
        const root = {};
        for (const kind of DEP_KINDS)
            if (data[kind] !== undefined)
                root[kind] = data[kind];
        return { '.': root };
    }
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(importers))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'importers' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(importers)}, expected a mapping`, lines.get('importers'), 'importers');
    const result = {};
    for (const [path, importer] of Object.entries(importers)) {
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(importer))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `importer is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(importer)}, expected a mapping`, lines.get('importers'), `importers.${path}`);
        result[path] = importer;
    }
    return result;
}
/** The `packages` key an importer or snapshot reference points at. */
function packageKeyOf(format, name, ref) {
    if (format === 9) {
        const base = ref.split('(')[0] ?? ref;
        if (!base.includes(':') && (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(base))
            return ref; // an alias: `lodash@4.17.21`
        return `${name}@${ref}`;
    }
    if (ref.startsWith('/') || ref.includes(':'))
        return ref; // alias (`/lodash/4.17.21`), `file:`, URLs
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(ref))
        return ref; // `registry.example.com/...`, `github.com/...`
    return format === 5 ? `/${name}/${ref}` : `/${name}@${ref}`;
}
/** Drops peer suffixes: `(react@18.2.0)` from 6.x/9.x keys, `_react@18.2.0` from 5.x keys. */
function stripPeers(format, key) {
    const paren = key.indexOf('(');
    let plain = paren > 0 ? key.slice(0, paren) : key;
    if (format === 5 && !plain.includes(':')) {
        const slash = plain.lastIndexOf('/');
        const underscore = plain.indexOf('_', slash + 1);
        if (slash >= 0 && underscore > slash)
            plain = plain.slice(0, underscore);
    }
    return plain;
}
/** Name and version from a package key (peer suffix already stripped). */
function parseKey(format, key) {
    if (key.startsWith('file:'))
        return { name: '', version: '', source: 'file' };
    if (key.startsWith('link:'))
        return { name: '', version: '', source: 'link' };
    let body = key;
    if (format !== 9) {
        if (body.startsWith('/'))
            body = body.slice(1);
        else {
            // `registry.example.com/name/1.0.0` or `github.com/user/repo/sha`: a host first.
            const slash = body.indexOf('/');
            if (slash < 0)
                return undefined;
            const host = body.slice(0, slash);
            body = body.slice(slash + 1);
            if (/^(?:github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)$/.test(host))
                return { name: '', version: '', source: 'git' };
        }
    }
    if (format === 5) {
        const slash = body.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        return { name: body.slice(0, slash), version: body.slice(slash + 1) };
    }
    const parts = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(body);
    if (!parts)
        return undefined;
    const rest = parts.rest;
    if (rest.startsWith('file:'))
        return { name: parts.name, version: '', source: 'file' };
    if (rest.startsWith('link:'))
        return { name: parts.name, version: '', source: 'link' };
    if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(rest))
        return { name: parts.name, version: '', source: 'git' };
    if (/^https?:\/\//.test(rest)) {
        const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(rest);
        return tarball ? { name: tarball.name, version: tarball.version } : { name: parts.name, version: '', source: 'url' };
    }
    return { name: parts.name, version: rest };
}
/** Per plain key: whether every snapshot of it (one per peer set) is marked `optional: true`. */
function snapshotOptionals(snapshots, format) {
    const result = new Map();
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const plain = stripPeers(format, key);
        const optional = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(snapshot) && snapshot.optional === true;
        result.set(plain, (result.get(plain) ?? true) && optional);
    }
    return result;
}
function codeloadCommit(url) {
    const m = /^https:\/\/codeload\.github\.com\/[^/]+\/[^/]+\/tar\.gz\/([0-9a-f]{7,64})$/i.exec(url);
    return m?.[1]?.toLowerCase();
}
function booleanOf(value) {
    return typeof value === 'boolean' ? value : undefined;
}
/** `packages/b` + `../a` -> `packages/a` (importer keys are `.`-rooted, forward slashes). */
function joinPath(base, relative) {
    const parts = base === '.' ? [] : base.split('/');
    for (const segment of relative.split('/')) {
        if (segment === '..')
            parts.pop();
        else if (segment !== '.' && segment !== '')
            parts.push(segment);
    }
    return parts.length === 0 ? '.' : parts.join('/');
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
