// Finding and parsing lockfiles: auto-discovery under `path` (or the `lockfiles` input), each file
// parsed by the parser for its name, loaded only when such a file exists. Also notes manifests that
// have no lockfile beside them: an unpinned dependency tree cannot be inventoried or reproduced.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { FORMATS, formatOf, type LockfileFormat } from './lockfiles/index.js';
import { matchesWorkspaceGlobs } from './lockfiles/js-common.js';
import { LockfileError, type Package } from './types.js';

/** Directories never searched: dependencies, VCS data and build output hold other projects' files. */
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'bower_components',
  '.venv',
  'venv',
  '__pypackages__',
  'target',
  'dist',
  '.yarn',
  '.pnpm-store',
]);
const MAX_FILES = 20_000;
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;

export interface Lockfile {
  /** Workspace-relative, forward slashes. */
  path: string;
  format: LockfileFormat['name'];
  sha256: string;
  bytes: number;
  packages: Package[];
}

export interface MissingLockfile {
  manifest: string;
  expected: string;
}

export interface Inventory {
  lockfiles: Lockfile[];
  missing: MissingLockfile[];
}

/** Manifests and the lockfiles any one of which pins them. */
const MANIFESTS: Array<{ manifest: string; locks: string[] }> = [
  { manifest: 'package.json', locks: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'] },
  { manifest: 'Cargo.toml', locks: ['Cargo.lock'] },
  { manifest: 'Gemfile', locks: ['Gemfile.lock', 'gems.locked'] },
  { manifest: 'composer.json', locks: ['composer.lock'] },
  { manifest: 'Pipfile', locks: ['Pipfile.lock'] },
  { manifest: 'go.mod', locks: ['go.sum'] },
];

export function discover(root: string, start: string): { lockfiles: string[]; missing: MissingLockfile[] } {
  const lockfiles: string[] = [];
  const missing: MissingLockfile[] = [];
  let seen = 0;
  /** `workspace`: the nearest JS lockfile's project root and its member patterns, when inside one. */
  const walk = (dir: string, workspace: { root: string; members: string[] } | undefined): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    for (const name of [...names].sort()) {
      if (++seen > MAX_FILES) return;
      if (formatOf(name)) lockfiles.push(join(dir, name));
    }
    const member = workspace !== undefined && matchesWorkspaceGlobs(rel(workspace.root, dir), workspace.members);
    for (const { manifest, locks } of MANIFESTS) {
      // A workspace member's package.json is pinned by the lockfile at the workspace root.
      if (!names.has(manifest) || locks.some((l) => names.has(l)) || (manifest === 'package.json' && member)) continue;
      if (manifest === 'package.json' && !hasDependencies(join(dir, manifest))) continue;
      missing.push({ manifest: rel(root, join(dir, manifest)), expected: locks.join(' or ') });
    }
    const here = JS_LOCKS.some((l) => names.has(l)) ? { root: dir, members: workspaceMembers(dir) } : undefined;
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), here ?? workspace);
    }
  };
  walk(start, undefined);
  return { lockfiles, missing };
}

const JS_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'];

/** Member globs of a JS workspace root (package.json `workspaces`, pnpm-workspace.yaml). */
function workspaceMembers(dir: string): string[] {
  const patterns: string[] = [];
  try {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { workspaces?: unknown };
    const ws = json.workspaces;
    const list = Array.isArray(ws) ? ws : ws && typeof ws === 'object' ? (ws as { packages?: unknown }).packages : undefined;
    if (Array.isArray(list)) patterns.push(...list.filter((p): p is string => typeof p === 'string'));
  } catch {
    // no package.json, or not JSON: no npm/yarn/bun workspaces
  }
  try {
    // pnpm-workspace.yaml: the items of its `packages:` list.
    const text = readFileSync(join(dir, 'pnpm-workspace.yaml'), 'utf8');
    const block = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text)?.[1] ?? '';
    for (const m of block.matchAll(/^[ \t]+-[ \t]*['"]?([^'"\n#]+?)['"]?[ \t]*(?:#.*)?$/gm)) patterns.push(m[1]!);
  } catch {
    // no pnpm workspace
  }
  return patterns;
}

function hasDependencies(path: string): boolean {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some(
      (key) => json[key] && typeof json[key] === 'object' && Object.keys(json[key] as object).length > 0,
    );
  } catch {
    return false;
  }
}

/** Parse each lockfile; LockfileError for a malformed one (the caller fails naming it). */
export async function parseLockfiles(root: string, files: readonly string[]): Promise<Lockfile[]> {
  const out: Lockfile[] = [];
  for (const file of files) {
    const path = rel(root, file);
    const format = formatOf(basename(file));
    if (!format) throw new LockfileError(path, `is not a lockfile Gatehouse reads (known: ${FORMATS.map((f) => f.label).join(', ')})`);
    const size = statSync(file).size;
    if (size > MAX_LOCKFILE_BYTES) throw new LockfileError(path, `is ${size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit`);
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    const parser = await format.load();
    const readInclude = (relativePath: string): string | undefined => {
      const target = resolve(dirname(file), relativePath);
      if (relative(root, target).startsWith('..'))
        throw new LockfileError(path, `includes ${relativePath}, which is outside the workspace`);
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return undefined;
      }
    };
    const packages = parser(text, { path, readInclude });
    out.push({ path, format: format.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: size, packages });
  }
  return out;
}

function rel(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
