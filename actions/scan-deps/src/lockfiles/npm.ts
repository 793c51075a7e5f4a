// package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`), 2 (both
// shapes: `packages` is read) and 3 (`packages` only). Each `node_modules/...` entry is one
// installed copy; copies of one name@version at several paths are reported once, at the first.
// Entries outside node_modules are workspaces (matching the root's `workspaces` globs) or `file:`
// directories, reported with that source; `link: true` entries only name them.

import { LockfileError, type LockfileParser, type Package, type ParseContext, type SourceKind } from '../types.js';
import {
  JsonKeyLines,
  dedupePackages,
  describe,
  flag,
  gitCommitOf,
  isGitSpec,
  isRecord,
  matchesWorkspaceGlobs,
  npmPackage,
  optionalString,
  parseJsonLockfile,
  registryTarball,
  sourceOfResolved,
  splitAt,
} from './js-common.js';

const NODE_MODULES = 'node_modules/';

export const parseNpmLock: LockfileParser = (text, ctx) => {
  const data = parseJsonLockfile(text, ctx);
  if (!isRecord(data)) throw new LockfileError(ctx.path, `expected a JSON object, found ${describe(data)}`, 1);
  const keyLines = new JsonKeyLines(text);
  const version = data.lockfileVersion;
  if (version === undefined) throw new LockfileError(ctx.path, 'no lockfileVersion: not a package-lock.json', 1);
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new LockfileError(
      ctx.path,
      `unsupported lockfileVersion ${JSON.stringify(version)} (expected 1, 2 or 3)`,
      lineOfScalarKey(text, 'lockfileVersion'),
      'lockfileVersion',
    );
  }
  if (version >= 2 && data.packages !== undefined) return parsePackages(data, ctx, keyLines);
  if (version === 3) throw new LockfileError(ctx.path, "lockfileVersion 3 without a 'packages' object", 1, 'packages');
  return parseDependencies(data, ctx, keyLines);
};

// ---- v2/v3: `packages` ---------------------------------------------------------------------------

function parsePackages(data: Record<string, unknown>, ctx: ParseContext, keyLines: JsonKeyLines): Package[] {
  const packages = data.packages;
  if (!isRecord(packages)) {
    throw new LockfileError(ctx.path, `'packages' is ${describe(packages)}, expected an object`, keyLines.first('packages'), 'packages');
  }
  const root = packages[''];
  const globs = workspaceGlobs(root);
  // A link entry gives the name under which its target directory is installed.
  const linkNames = new Map<string, string>();
  for (const [path, entry] of Object.entries(packages)) {
    if (!isRecord(entry) || entry.link !== true || typeof entry.resolved !== 'string') continue;
    if (!linkNames.has(entry.resolved)) linkNames.set(entry.resolved, nameFromPath(path));
  }

  const out: Package[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const line = keyLines.first(path);
    if (path === '') continue; // the root project
    if (!isRecord(entry)) throw new LockfileError(ctx.path, `entry is ${describe(entry)}, expected an object`, line, `packages.${path}`);
    const key = `packages.${path}`;
    const name = optionalString(ctx, entry, 'name', key, line);
    const version = optionalString(ctx, entry, 'version', key, line);
    const resolved = optionalString(ctx, entry, 'resolved', key, line);
    const integrity = optionalString(ctx, entry, 'integrity', key, line);
    const dev = flag(ctx, entry, 'dev', key, line);
    const optional = flag(ctx, entry, 'optional', key, line);
    const devOptional = flag(ctx, entry, 'devOptional', key, line);
    const link = flag(ctx, entry, 'link', key, line);
    const licenses = licensesOf(entry.license);

    if (link === true) {
      // The target is reported from its own entry when the lockfile has one; otherwise the link is all there is.
      if (resolved !== undefined && Object.hasOwn(packages, resolved)) continue;
      out.push(npmPackage(ctx, { name: nameFromPath(path), version: version ?? '', source: 'link', line, resolved }));
      continue;
    }

    const inNodeModules = path.startsWith(NODE_MODULES) || path.includes(`/${NODE_MODULES}`);
    if (!inNodeModules) {
      const source: SourceKind = matchesWorkspaceGlobs(path, globs) ? 'workspace' : 'file';
      const localName = name ?? linkNames.get(path) ?? path.slice(path.lastIndexOf('/') + 1);
      out.push(npmPackage(ctx, { name: localName, version: version ?? '', source, line, resolved: path, licenses }));
      continue;
    }

    const installedAs = nameFromPath(path);
    let pkgName = name ?? installedAs;
    let pkgVersion = version ?? '';
    let source: SourceKind;
    let commit: string | undefined;
    if (resolved !== undefined && isGitSpec(resolved)) {
      source = 'git';
      commit = gitCommitOf(resolved);
    } else if (resolved?.startsWith('file:')) {
      source = 'file';
    } else if (resolved !== undefined && /^https?:\/\//.test(resolved)) {
      const tarball = registryTarball(resolved);
      source = tarball ? 'registry' : 'url';
      // An alias written without `name` (older npm): the tarball says what it is.
      if (tarball && name === undefined && tarball.name !== installedAs && tarball.version === pkgVersion) pkgName = tarball.name;
    } else {
      source = resolved === undefined ? 'registry' : sourceOfResolved(resolved);
    }
    if (pkgVersion.startsWith('npm:')) {
      const alias = splitAt(pkgVersion.slice(4));
      if (alias) {
        pkgName = alias.name;
        pkgVersion = alias.rest;
      }
    }
    out.push(
      npmPackage(ctx, {
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
      }),
    );
  }
  return dedupePackages(out);
}

function nameFromPath(path: string): string {
  const at = path.lastIndexOf(NODE_MODULES);
  return at >= 0 ? path.slice(at + NODE_MODULES.length) : path.slice(path.lastIndexOf('/') + 1);
}

function workspaceGlobs(root: unknown): string[] {
  if (!isRecord(root)) return [];
  const workspaces = root.workspaces;
  const list = Array.isArray(workspaces)
    ? workspaces
    : isRecord(workspaces) && Array.isArray(workspaces.packages)
      ? workspaces.packages
      : [];
  return list.filter((item): item is string => typeof item === 'string');
}

function licensesOf(license: unknown): string[] | undefined {
  if (typeof license === 'string' && license) return [license];
  if (isRecord(license) && typeof license.type === 'string') return [license.type];
  return undefined;
}

// ---- v1: nested `dependencies` -------------------------------------------------------------------

function parseDependencies(data: Record<string, unknown>, ctx: ParseContext, keyLines: JsonKeyLines): Package[] {
  const out: Package[] = [];
  if (data.dependencies === undefined) return out; // a project without dependencies
  // Entries are walked in document order, so the n-th entry named X takes the n-th `"X": {` line.
  const walk = (deps: unknown, where: string, depth: number): void => {
    if (depth > 200) throw new LockfileError(ctx.path, 'dependencies nested deeper than 200 levels', undefined, where);
    if (!isRecord(deps)) throw new LockfileError(ctx.path, `'dependencies' is ${describe(deps)}, expected an object`, undefined, where);
    for (const [name, entry] of Object.entries(deps)) {
      const key = `${where}.${name}`;
      const line = keyLines.take(name);
      if (!isRecord(entry)) throw new LockfileError(ctx.path, `entry is ${describe(entry)}, expected an object`, line, key);
      const version = optionalString(ctx, entry, 'version', key, line);
      if (version === undefined) throw new LockfileError(ctx.path, "entry has no 'version'", line, key);
      const resolved = optionalString(ctx, entry, 'resolved', key, line);
      const integrity = optionalString(ctx, entry, 'integrity', key, line);
      const dev = flag(ctx, entry, 'dev', key, line);
      const optional = flag(ctx, entry, 'optional', key, line);
      out.push(v1Package(ctx, name, version, { line, dev, optional, integrity, resolved, licenses: licensesOf(entry.license) }));
      if (entry.dependencies !== undefined) walk(entry.dependencies, `${key}.dependencies`, depth + 1);
    }
  };
  walk(data.dependencies, 'dependencies', 0);
  return dedupePackages(out);
}

function v1Package(
  ctx: ParseContext,
  name: string,
  version: string,
  rest: {
    line: number | undefined;
    dev: boolean | undefined;
    optional: boolean | undefined;
    integrity: string | undefined;
    resolved: string | undefined;
    licenses: string[] | undefined;
  },
): Package {
  const base = { ...rest, dev: rest.dev === true, optional: rest.optional === true };
  if (version.startsWith('npm:')) {
    const alias = splitAt(version.slice(4));
    if (alias) return npmPackage(ctx, { ...base, name: alias.name, version: alias.rest, source: sourceOfResolved(rest.resolved) });
  }
  if (isGitSpec(version)) {
    // v1 writes a git dependency's version as the git URL with the commit after `#`.
    return npmPackage(ctx, { ...base, name, version: '', source: 'git', resolved: rest.resolved ?? version, commit: gitCommitOf(version) });
  }
  if (version.startsWith('file:')) {
    return npmPackage(ctx, { ...base, name, version: '', source: 'file', resolved: version.slice('file:'.length) });
  }
  if (version.startsWith('link:')) {
    return npmPackage(ctx, { ...base, name, version: '', source: 'link', resolved: version.slice('link:'.length) });
  }
  if (/^https?:\/\//.test(version)) {
    const tarball = registryTarball(version);
    if (tarball) return npmPackage(ctx, { ...base, name: tarball.name, version: tarball.version, source: 'registry', resolved: version });
    return npmPackage(ctx, { ...base, name, version: '', source: 'url', resolved: version });
  }
  return npmPackage(ctx, { ...base, name, version, source: sourceOfResolved(rest.resolved) });
}

/** Line of a top-level scalar key such as `"lockfileVersion": 4`. */
function lineOfScalarKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`"${key}"`);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
