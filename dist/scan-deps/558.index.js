export const id = 558;
export const ids = [558];
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

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseNpmLock: () => (/* binding */ parseNpmLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2952);
// package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`), 2 (both
// shapes: `packages` is read) and 3 (`packages` only). Each `node_modules/...` entry is one
// installed copy; copies of one name@version at several paths are reported once, at the first.
// Entries outside node_modules are workspaces (matching the root's `workspaces` globs) or `file:`
// directories, reported with that source; `link: true` entries only name them.


const NODE_MODULES = 'node_modules/';
const parseNpmLock = (text, ctx) => {
    const data = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonLockfile */ .ve)(text, ctx);
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected a JSON object, found ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(data)}`, 1);
    const keyLines = new _js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonKeyLines */ .NY(text);
    const version = data.lockfileVersion;
    if (version === undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'no lockfileVersion: not a package-lock.json', 1);
    if (version !== 1 && version !== 2 && version !== 3) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `unsupported lockfileVersion ${JSON.stringify(version)} (expected 1, 2 or 3)`, lineOfScalarKey(text, 'lockfileVersion'), 'lockfileVersion');
    }
    if (version >= 2 && data.packages !== undefined)
        return parsePackages(data, ctx, keyLines);
    if (version === 3)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "lockfileVersion 3 without a 'packages' object", 1, 'packages');
    return parseDependencies(data, ctx, keyLines);
};
// ---- v2/v3: `packages` ---------------------------------------------------------------------------
function parsePackages(data, ctx, keyLines) {
    const packages = data.packages;
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(packages)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'packages' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(packages)}, expected an object`, keyLines.first('packages'), 'packages');
    }
    const root = packages[''];
    const globs = workspaceGlobs(root);
    // A link entry gives the name under which its target directory is installed.
    const linkNames = new Map();
    for (const [path, entry] of Object.entries(packages)) {
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry) || entry.link !== true || typeof entry.resolved !== 'string')
            continue;
        if (!linkNames.has(entry.resolved))
            linkNames.set(entry.resolved, nameFromPath(path));
    }
    const out = [];
    for (const [path, entry] of Object.entries(packages)) {
        const line = keyLines.first(path);
        if (path === '')
            continue; // the root project
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `entry is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(entry)}, expected an object`, line, `packages.${path}`);
        const key = `packages.${path}`;
        const name = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'name', key, line);
        const version = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'version', key, line);
        const resolved = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'resolved', key, line);
        const integrity = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'integrity', key, line);
        const dev = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'dev', key, line);
        const optional = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'optional', key, line);
        const devOptional = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'devOptional', key, line);
        const link = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'link', key, line);
        const licenses = licensesOf(entry.license);
        if (link === true) {
            // The target is reported from its own entry when the lockfile has one; otherwise the link is all there is.
            if (resolved !== undefined && Object.hasOwn(packages, resolved))
                continue;
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { name: nameFromPath(path), version: version ?? '', source: 'link', line, resolved }));
            continue;
        }
        const inNodeModules = path.startsWith(NODE_MODULES) || path.includes(`/${NODE_MODULES}`);
        if (!inNodeModules) {
            const source = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesWorkspaceGlobs */ .wQ)(path, globs) ? 'workspace' : 'file';
            const localName = name ?? linkNames.get(path) ?? path.slice(path.lastIndexOf('/') + 1);
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { name: localName, version: version ?? '', source, line, resolved: path, licenses }));
            continue;
        }
        const installedAs = nameFromPath(path);
        let pkgName = name ?? installedAs;
        let pkgVersion = version ?? '';
        let source;
        let commit;
        if (resolved !== undefined && (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(resolved)) {
            source = 'git';
            commit = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(resolved);
        }
        else if (resolved?.startsWith('file:')) {
            source = 'file';
        }
        else if (resolved !== undefined && /^https?:\/\//.test(resolved)) {
            const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(resolved);
            source = tarball ? 'registry' : 'url';
            // An alias written without `name` (older npm): the tarball says what it is.
            if (tarball && name === undefined && tarball.name !== installedAs && tarball.version === pkgVersion)
                pkgName = tarball.name;
        }
        else {
            source = resolved === undefined ? 'registry' : (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceOfResolved */ .VQ)(resolved);
        }
        if (pkgVersion.startsWith('npm:')) {
            const alias = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(pkgVersion.slice(4));
            if (alias) {
                pkgName = alias.name;
                pkgVersion = alias.rest;
            }
        }
        out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, {
            name: pkgName,
            version: pkgVersion,
            source,
            line,
            // npm writes these flags only when true: absent means needed in production.
            dev: dev === true,
            optional: optional === true || devOptional === true,
            integrity,
            resolved,
            commit,
            licenses,
        }));
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
}
function nameFromPath(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    return at >= 0 ? path.slice(at + NODE_MODULES.length) : path.slice(path.lastIndexOf('/') + 1);
}
function workspaceGlobs(root) {
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(root))
        return [];
    const workspaces = root.workspaces;
    const list = Array.isArray(workspaces)
        ? workspaces
        : (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(workspaces) && Array.isArray(workspaces.packages)
            ? workspaces.packages
            : [];
    return list.filter((item) => typeof item === 'string');
}
function licensesOf(license) {
    if (typeof license === 'string' && license)
        return [license];
    if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(license) && typeof license.type === 'string')
        return [license.type];
    return undefined;
}
// ---- v1: nested `dependencies` -------------------------------------------------------------------
function parseDependencies(data, ctx, keyLines) {
    const out = [];
    if (data.dependencies === undefined)
        return out; // a project without dependencies
    // Entries are walked in document order, so the n-th entry named X takes the n-th `"X": {` line.
    const walk = (deps, where, depth) => {
        if (depth > 200)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, 'dependencies nested deeper than 200 levels', undefined, where);
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(deps))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'dependencies' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(deps)}, expected an object`, undefined, where);
        for (const [name, entry] of Object.entries(deps)) {
            const key = `${where}.${name}`;
            const line = keyLines.take(name);
            if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `entry is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(entry)}, expected an object`, line, key);
            const version = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'version', key, line);
            if (version === undefined)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, "entry has no 'version'", line, key);
            const resolved = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'resolved', key, line);
            const integrity = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(ctx, entry, 'integrity', key, line);
            const dev = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'dev', key, line);
            const optional = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(ctx, entry, 'optional', key, line);
            out.push(v1Package(ctx, name, version, { line, dev, optional, integrity, resolved, licenses: licensesOf(entry.license) }));
            if (entry.dependencies !== undefined)
                walk(entry.dependencies, `${key}.dependencies`, depth + 1);
        }
    };
    walk(data.dependencies, 'dependencies', 0);
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
}
function v1Package(ctx, name, version, rest) {
    const base = { ...rest, dev: rest.dev === true, optional: rest.optional === true };
    if (version.startsWith('npm:')) {
        const alias = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(version.slice(4));
        if (alias)
            return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name: alias.name, version: alias.rest, source: (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceOfResolved */ .VQ)(rest.resolved) });
    }
    if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(version)) {
        // v1 writes a git dependency's version as the git URL with the commit after `#`.
        return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name, version: '', source: 'git', resolved: rest.resolved ?? version, commit: (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(version) });
    }
    if (version.startsWith('file:')) {
        return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name, version: '', source: 'file', resolved: version.slice('file:'.length) });
    }
    if (version.startsWith('link:')) {
        return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name, version: '', source: 'link', resolved: version.slice('link:'.length) });
    }
    if (/^https?:\/\//.test(version)) {
        const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(version);
        if (tarball)
            return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name: tarball.name, version: tarball.version, source: 'registry', resolved: version });
        return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name, version: '', source: 'url', resolved: version });
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...base, name, version, source: (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceOfResolved */ .VQ)(rest.resolved) });
}
/** Line of a top-level scalar key such as `"lockfileVersion": 4`. */
function lineOfScalarKey(text, key) {
    const at = text.indexOf(`"${key}"`);
    if (at < 0)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
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
