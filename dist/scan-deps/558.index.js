"use strict";
exports.id = 558;
exports.ids = [558];
exports.modules = {

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var parsePackages = (function parsePackages(data, ctx, keyLines) {
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
});
var nameFromPath = (function nameFromPath(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    return at >= 0 ? path.slice(at + NODE_MODULES.length) : path.slice(path.lastIndexOf('/') + 1);
});
var workspaceGlobs = (function workspaceGlobs(root) {
    if (!(0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(root))
        return [];
    const workspaces = root.workspaces;
    const list = Array.isArray(workspaces)
        ? workspaces
        : (0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(workspaces) && Array.isArray(workspaces.packages)
            ? workspaces.packages
            : [];
    return list.filter((item) => typeof item === 'string');
});
var licensesOf = (function licensesOf(license) {
    if (typeof license === 'string' && license)
        return [license];
    if ((0,_js_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(license) && typeof license.type === 'string')
        return [license.type];
    return undefined;
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseNpmLock: () => (/* binding */ parseNpmLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
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


/***/ })

};
;