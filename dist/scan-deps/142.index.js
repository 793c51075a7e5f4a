export const id = 142;
export const ids = [142];
export const modules = {

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsoncToJson: () => (/* binding */ jsoncToJson),
/* harmony export */   parseBunLock: () => (/* binding */ parseBunLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2952);
// bun.lock, bun's text lockfile (lockfileVersion 0-2): JSON with trailing commas (and, tolerated
// here, comments). `workspaces` holds each workspace's manifest; `packages` maps an install path
// (`name`, `parent/name`) to an array whose first item is `name@resolution`:
//   npm        [ "name@1.2.3", registry-or-"", INFO, integrity ]
//   git/github [ "name@git+url#sha" | "name@github:u/r#sha", INFO, bun-tag ]
//   tarball    [ "name@https://...tgz", INFO, integrity? ]
//   folder     [ "name@file:path", INFO ]   symlink [ "name@link:path", INFO ]
//   workspace  [ "name@workspace:path" ]    root    [ "name@root:", ... ]
// `dev` and `optional` are worked out by walking the dependency graph from the workspaces.


const VERSIONS = new Set([0, 1, 2]);
const parseBunLock = (text, ctx) => {
    const json = jsoncToJson((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text));
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `invalid JSON: ${message}`, (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonErrorLine */ .DP)(json, message));
    }
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `expected a JSON object, found ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(data)}`, 1);
    const keyLines = new _js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonKeyLines */ .NY(text);
    const version = data.lockfileVersion;
    if (typeof version !== 'number' || !VERSIONS.has(version)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, version === undefined
            ? 'no lockfileVersion: not a bun.lock'
            : `unsupported lockfileVersion ${JSON.stringify(version)} (expected 0, 1 or 2)`, lineOf(text, '"lockfileVersion"'), 'lockfileVersion');
    }
    const workspaces = data.workspaces ?? {};
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(workspaces)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'workspaces' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(workspaces)}, expected an object`, keyLines.first('workspaces'), 'workspaces');
    }
    const packages = data.packages ?? {};
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(packages)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'packages' is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(packages)}, expected an object`, keyLines.first('packages'), 'packages');
    }
    // Graph: a dependency D of the package at path `a/b` resolves to `a/b/D`, then `a/D`, then `D`.
    const resolveDep = (fromPath, dep) => {
        for (let i = fromPath.length; i >= 0; i--) {
            const candidate = [...fromPath.slice(0, i), dep].join('/');
            if (Object.hasOwn(packages, candidate))
                return candidate;
        }
        return undefined;
    };
    const roots = [];
    const direct = new Set();
    for (const [path, workspace] of Object.entries(workspaces)) {
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(workspace)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `workspace is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(workspace)}, expected an object`, keyLines.first(path), `workspaces.${path}`);
        }
        const base = path === '' || typeof workspace.name !== 'string' ? [] : [workspace.name];
        for (const [field, dev, optional] of [
            ['dependencies', false, false],
            ['devDependencies', true, false],
            ['optionalDependencies', false, true],
            ['peerDependencies', false, false],
        ]) {
            const deps = workspace[field];
            if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(deps))
                continue;
            for (const dep of Object.keys(deps)) {
                const key = resolveDep(base, dep);
                if (key === undefined)
                    continue;
                roots.push({ key, dev, optional });
                direct.add(key);
            }
        }
    }
    const edges = (key) => {
        const entry = packages[key];
        if (!Array.isArray(entry))
            return [];
        const info = entry.find((item, i) => i > 0 && (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item));
        if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(info))
            return [];
        const from = splitPath(key);
        const optionalPeers = new Set(Array.isArray(info.optionalPeers) ? info.optionalPeers.filter((p) => typeof p === 'string') : []);
        const result = [];
        for (const [field, optional] of [
            ['dependencies', false],
            ['optionalDependencies', true],
            ['peerDependencies', false],
        ]) {
            const deps = info[field];
            if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(deps))
                continue;
            for (const dep of Object.keys(deps)) {
                const to = resolveDep(from, dep);
                if (to !== undefined)
                    result.push({ to, optional: optional || optionalPeers.has(dep) });
            }
        }
        return result;
    };
    const reach = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyReachability */ .s7)(roots, edges);
    const graphKnown = Object.keys(workspaces).length > 0;
    const out = [];
    for (const [key, entry] of Object.entries(packages)) {
        const line = keyLines.first(key);
        const where = `packages.${key}`;
        if (!Array.isArray(entry) || entry.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `entry is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(entry)}, expected a non-empty list`, line, where);
        const id = entry[0];
        if (typeof id !== 'string')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `first item is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(id)}, expected "name@resolution"`, line, where);
        const parts = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .splitAt */ .gI)(id);
        if (!parts)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `'${id.slice(0, 80)}' is not name@resolution`, line, where);
        const { name, rest: resolution } = parts;
        const flags = graphKnown
            ? { dev: reach.any.has(key) ? !reach.prod.has(key) : undefined, optional: reach.any.has(key) ? !reach.required.has(key) : undefined }
            : {};
        const common = { name, line, ...flags, direct: direct.has(key) ? true : undefined };
        if (resolution === 'root:' || resolution.startsWith('root:'))
            continue;
        if (resolution.startsWith('workspace:')) {
            const path = resolution.slice('workspace:'.length);
            const ws = workspaces[path];
            const wsVersion = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(ws) && typeof ws.version === 'string' ? ws.version : '';
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...common, version: wsVersion, source: 'workspace', resolved: path }));
            continue;
        }
        const local = localSource(resolution);
        if (local) {
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...common, version: '', source: local.source, resolved: local.path }));
            continue;
        }
        if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitSpec */ .cB)(resolution)) {
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, {
                ...common,
                version: '',
                source: 'git',
                resolved: resolution,
                commit: (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T6)(resolution) ?? tagCommit(entry[2]),
            }));
            continue;
        }
        if (/^https?:\/\//.test(resolution)) {
            const tarball = (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .registryTarball */ .E5)(resolution);
            const integrity = typeof entry[2] === 'string' ? entry[2] : undefined;
            out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, {
                ...common,
                name: tarball?.name ?? name,
                version: tarball?.version ?? '',
                source: tarball ? 'registry' : 'url',
                resolved: resolution,
                integrity,
            }));
            continue;
        }
        // npm: [ "name@version", registry, INFO, integrity ]
        const registry = entry[1];
        if (registry !== undefined && typeof registry !== 'string') {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `registry item is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(registry)}, expected a string`, line, where);
        }
        const integrity = entry[3];
        if (integrity !== undefined && typeof integrity !== 'string') {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LockfileError */ .g(ctx.path, `integrity item is ${(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(integrity)}, expected a string`, line, where);
        }
        out.push((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPackage */ .Qk)(ctx, { ...common, version: resolution, source: 'registry', resolved: registry || undefined, integrity }));
    }
    return (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupePackages */ .v4)(out);
};
function localSource(resolution) {
    if (resolution.startsWith('file:'))
        return { source: 'file', path: resolution.slice('file:'.length) };
    if (resolution.startsWith('link:'))
        return { source: 'link', path: resolution.slice('link:'.length) };
    if (resolution.startsWith('./') || resolution.startsWith('../') || resolution.startsWith('/'))
        return { source: 'file', path: resolution };
    return undefined;
}
/** bun's tag for a git/github package is `owner-repo-<sha>`: the sha is its last part. */
function tagCommit(tag) {
    if (typeof tag !== 'string')
        return undefined;
    const last = tag.slice(tag.lastIndexOf('-') + 1);
    return /^[0-9a-f]{7,64}$/i.test(last) ? last.toLowerCase() : undefined;
}
/** `a/@s/b/c` -> [`a`, `@s/b`, `c`]. */
function splitPath(key) {
    const segments = key.split('/');
    const names = [];
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i] ?? '';
        if (segment.startsWith('@') && i + 1 < segments.length)
            names.push(`${segment}/${segments[++i] ?? ''}`);
        else
            names.push(segment);
    }
    return names;
}
/**
 * JSONC to JSON, keeping every character offset: comments become spaces (newlines kept), and a
 * comma followed only by whitespace/comments before `}` or `]` becomes a space. One pass.
 */
function jsoncToJson(text) {
    const out = text.split('');
    let pendingComma = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            pendingComma = -1;
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            continue;
        }
        if (c === '/' && text[i + 1] === '/') {
            for (; i < text.length && text[i] !== '\n'; i++)
                out[i] = ' ';
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? text.length : end + 2;
            for (; i < stop; i++)
                if (text[i] !== '\n')
                    out[i] = ' ';
            i--;
            continue;
        }
        if (c === ',')
            pendingComma = i;
        else if (c === '}' || c === ']') {
            if (pendingComma >= 0)
                out[pendingComma] = ' ';
            pendingComma = -1;
        }
        else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
            pendingComma = -1;
    }
    return out.join('');
}
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    if (at < 0)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

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
