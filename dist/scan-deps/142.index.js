"use strict";
exports.id = 142;
exports.ids = [142];
exports.modules = {

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var lineOf = (function lineOf(text, needle) {
    const at = text.indexOf(needle);
    if (at < 0)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsoncToJson: () => (/* binding */ jsoncToJson),
/* harmony export */   parseBunLock: () => (/* binding */ parseBunLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
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



/***/ })

};
;