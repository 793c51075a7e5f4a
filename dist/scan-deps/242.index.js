"use strict";
exports.id = 242;
exports.ids = [242];
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

/***/ 1242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var formatOf = (function formatOf(value, ctx, line) {
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
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePnpmLock: () => (/* binding */ parsePnpmLock)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);
/* harmony import */ var _js_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
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


/***/ })

};
;