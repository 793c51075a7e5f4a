// bun.lock, bun's text lockfile (lockfileVersion 0-2): JSON with trailing commas (and, tolerated
// here, comments). `workspaces` holds each workspace's manifest; `packages` maps an install path
// (`name`, `parent/name`) to an array whose first item is `name@resolution`:
//   npm        [ "name@1.2.3", registry-or-"", INFO, integrity ]
//   git/github [ "name@git+url#sha" | "name@github:u/r#sha", INFO, bun-tag ]
//   tarball    [ "name@https://...tgz", INFO, integrity? ]
//   folder     [ "name@file:path", INFO ]   symlink [ "name@link:path", INFO ]
//   workspace  [ "name@workspace:path" ]    root    [ "name@root:", ... ]
// `dev` and `optional` are worked out by walking the dependency graph from the workspaces.

import { LockfileError, type LockfileParser, type Package, type SourceKind } from '../types.js';
import {
  type GraphEdge,
  JsonKeyLines,
  classifyReachability,
  dedupePackages,
  describe,
  gitCommitOf,
  isGitSpec,
  isRecord,
  jsonErrorLine,
  npmPackage,
  registryTarball,
  splitAt,
  stripBom,
} from './js-common.js';

const VERSIONS = new Set([0, 1, 2]);

export const parseBunLock: LockfileParser = (text, ctx) => {
  const json = jsoncToJson(stripBom(text));
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(ctx.path, `invalid JSON: ${message}`, jsonErrorLine(json, message));
  }
  if (!isRecord(data)) throw new LockfileError(ctx.path, `expected a JSON object, found ${describe(data)}`, 1);
  const keyLines = new JsonKeyLines(text);
  const version = data.lockfileVersion;
  if (typeof version !== 'number' || !VERSIONS.has(version)) {
    throw new LockfileError(
      ctx.path,
      version === undefined
        ? 'no lockfileVersion: not a bun.lock'
        : `unsupported lockfileVersion ${JSON.stringify(version)} (expected 0, 1 or 2)`,
      lineOf(text, '"lockfileVersion"'),
      'lockfileVersion',
    );
  }
  const workspaces = data.workspaces ?? {};
  if (!isRecord(workspaces)) {
    throw new LockfileError(
      ctx.path,
      `'workspaces' is ${describe(workspaces)}, expected an object`,
      keyLines.first('workspaces'),
      'workspaces',
    );
  }
  const packages = data.packages ?? {};
  if (!isRecord(packages)) {
    throw new LockfileError(ctx.path, `'packages' is ${describe(packages)}, expected an object`, keyLines.first('packages'), 'packages');
  }

  // Graph: a dependency D of the package at path `a/b` resolves to `a/b/D`, then `a/D`, then `D`.
  const resolveDep = (fromPath: string[], dep: string): string | undefined => {
    for (let i = fromPath.length; i >= 0; i--) {
      const candidate = [...fromPath.slice(0, i), dep].join('/');
      if (Object.hasOwn(packages, candidate)) return candidate;
    }
    return undefined;
  };
  const roots: Array<{ key: string; dev: boolean; optional: boolean }> = [];
  const direct = new Set<string>();
  for (const [path, workspace] of Object.entries(workspaces)) {
    if (!isRecord(workspace)) {
      throw new LockfileError(
        ctx.path,
        `workspace is ${describe(workspace)}, expected an object`,
        keyLines.first(path),
        `workspaces.${path}`,
      );
    }
    const base = path === '' || typeof workspace.name !== 'string' ? [] : [workspace.name];
    for (const [field, dev, optional] of [
      ['dependencies', false, false],
      ['devDependencies', true, false],
      ['optionalDependencies', false, true],
      ['peerDependencies', false, false],
    ] as const) {
      const deps = workspace[field];
      if (!isRecord(deps)) continue;
      for (const dep of Object.keys(deps)) {
        const key = resolveDep(base, dep);
        if (key === undefined) continue;
        roots.push({ key, dev, optional });
        direct.add(key);
      }
    }
  }
  const edges = (key: string): GraphEdge[] => {
    const entry = packages[key];
    if (!Array.isArray(entry)) return [];
    const info = entry.find((item, i) => i > 0 && isRecord(item));
    if (!isRecord(info)) return [];
    const from = splitPath(key);
    const optionalPeers = new Set(Array.isArray(info.optionalPeers) ? info.optionalPeers.filter((p) => typeof p === 'string') : []);
    const result: GraphEdge[] = [];
    for (const [field, optional] of [
      ['dependencies', false],
      ['optionalDependencies', true],
      ['peerDependencies', false],
    ] as const) {
      const deps = info[field];
      if (!isRecord(deps)) continue;
      for (const dep of Object.keys(deps)) {
        const to = resolveDep(from, dep);
        if (to !== undefined) result.push({ to, optional: optional || optionalPeers.has(dep) });
      }
    }
    return result;
  };
  const reach = classifyReachability(roots, edges);
  const graphKnown = Object.keys(workspaces).length > 0;

  const out: Package[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const line = keyLines.first(key);
    const where = `packages.${key}`;
    if (!Array.isArray(entry) || entry.length === 0)
      throw new LockfileError(ctx.path, `entry is ${describe(entry)}, expected a non-empty list`, line, where);
    const id = entry[0];
    if (typeof id !== 'string') throw new LockfileError(ctx.path, `first item is ${describe(id)}, expected "name@resolution"`, line, where);
    const parts = splitAt(id);
    if (!parts) throw new LockfileError(ctx.path, `'${id.slice(0, 80)}' is not name@resolution`, line, where);
    const { name, rest: resolution } = parts;
    const flags = graphKnown
      ? { dev: reach.any.has(key) ? !reach.prod.has(key) : undefined, optional: reach.any.has(key) ? !reach.required.has(key) : undefined }
      : {};
    const common = { name, line, ...flags, direct: direct.has(key) ? true : undefined };

    if (resolution === 'root:' || resolution.startsWith('root:')) continue;
    if (resolution.startsWith('workspace:')) {
      const path = resolution.slice('workspace:'.length);
      const ws = workspaces[path];
      const wsVersion = isRecord(ws) && typeof ws.version === 'string' ? ws.version : '';
      out.push(npmPackage(ctx, { ...common, version: wsVersion, source: 'workspace', resolved: path }));
      continue;
    }
    const local = localSource(resolution);
    if (local) {
      out.push(npmPackage(ctx, { ...common, version: '', source: local.source, resolved: local.path }));
      continue;
    }
    if (isGitSpec(resolution)) {
      out.push(
        npmPackage(ctx, {
          ...common,
          version: '',
          source: 'git',
          resolved: resolution,
          commit: gitCommitOf(resolution) ?? tagCommit(entry[2]),
        }),
      );
      continue;
    }
    if (/^https?:\/\//.test(resolution)) {
      const tarball = registryTarball(resolution);
      const integrity = typeof entry[2] === 'string' ? entry[2] : undefined;
      out.push(
        npmPackage(ctx, {
          ...common,
          name: tarball?.name ?? name,
          version: tarball?.version ?? '',
          source: tarball ? 'registry' : 'url',
          resolved: resolution,
          integrity,
        }),
      );
      continue;
    }
    // npm: [ "name@version", registry, INFO, integrity ]
    const registry = entry[1];
    if (registry !== undefined && typeof registry !== 'string') {
      throw new LockfileError(ctx.path, `registry item is ${describe(registry)}, expected a string`, line, where);
    }
    const integrity = entry[3];
    if (integrity !== undefined && typeof integrity !== 'string') {
      throw new LockfileError(ctx.path, `integrity item is ${describe(integrity)}, expected a string`, line, where);
    }
    out.push(npmPackage(ctx, { ...common, version: resolution, source: 'registry', resolved: registry || undefined, integrity }));
  }
  return dedupePackages(out);
};

function localSource(resolution: string): { source: SourceKind; path: string } | undefined {
  if (resolution.startsWith('file:')) return { source: 'file', path: resolution.slice('file:'.length) };
  if (resolution.startsWith('link:')) return { source: 'link', path: resolution.slice('link:'.length) };
  if (resolution.startsWith('./') || resolution.startsWith('../') || resolution.startsWith('/'))
    return { source: 'file', path: resolution };
  return undefined;
}

/** bun's tag for a git/github package is `owner-repo-<sha>`: the sha is its last part. */
function tagCommit(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const last = tag.slice(tag.lastIndexOf('-') + 1);
  return /^[0-9a-f]{7,64}$/i.test(last) ? last.toLowerCase() : undefined;
}

/** `a/@s/b/c` -> [`a`, `@s/b`, `c`]. */
function splitPath(key: string): string[] {
  const segments = key.split('/');
  const names: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    if (segment.startsWith('@') && i + 1 < segments.length) names.push(`${segment}/${segments[++i] ?? ''}`);
    else names.push(segment);
  }
  return names;
}

/**
 * JSONC to JSON, keeping every character offset: comments become spaces (newlines kept), and a
 * comma followed only by whitespace/comments before `}` or `]` becomes a space. One pass.
 */
export function jsoncToJson(text: string): string {
  const out = text.split('');
  let pendingComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      pendingComma = -1;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n'; i++) out[i] = ' ';
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
      i--;
      continue;
    }
    if (c === ',') pendingComma = i;
    else if (c === '}' || c === ']') {
      if (pendingComma >= 0) out[pendingComma] = ' ';
      pendingComma = -1;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') pendingComma = -1;
  }
  return out.join('');
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
