// pnpm-lock.yaml, lockfileVersion 5.x (pnpm 5-7: keys `/name/1.0.0_peer@1.0.0`), 6.x (pnpm 8:
// `/name@1.0.0(peer@1.0.0)`) and 9.x (pnpm 9+: `name@1.0.0` in `packages`, the graph with peer
// suffixes in `snapshots`). Peer suffixes are stripped, so one package is reported once. 5.x/6.x
// mark `dev`/`optional` per package; for 9.x they are worked out from the importers' dependency kinds
// through the snapshot graph. Importers' `link:` dependencies are reported as workspace/link.

import { LockfileError, type LockfileParser, type Package, type ParseContext, type SourceKind } from '../types.js';
import {
  type GraphEdge,
  classifyReachability,
  dedupePackages,
  describe,
  gitCommitOf,
  isGitSpec,
  isRecord,
  npmPackage,
  registryTarball,
  splitAt,
} from './js-common.js';
import { parseYamlLockfile } from './js-yaml.js';

type Format = 5 | 6 | 9;
const DEP_KINDS = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

export const parsePnpmLock: LockfileParser = (text, ctx) => {
  const { data, keyLines } = parseYamlLockfile(text, ctx);
  if (!isRecord(data)) throw new LockfileError(ctx.path, `expected a YAML mapping, found ${describe(data)}`, 1);
  const topLines = keyLines('');
  const format = formatOf(data.lockfileVersion, ctx, topLines.get('lockfileVersion'));
  const packages = data.packages ?? {};
  if (!isRecord(packages)) {
    throw new LockfileError(ctx.path, `'packages' is ${describe(packages)}, expected a mapping`, topLines.get('packages'), 'packages');
  }
  const snapshots = data.snapshots ?? {};
  if (!isRecord(snapshots)) {
    throw new LockfileError(ctx.path, `'snapshots' is ${describe(snapshots)}, expected a mapping`, topLines.get('snapshots'), 'snapshots');
  }
  const importers = importersOf(data, ctx, topLines);
  const lines = keyLines('packages');

  // Direct dependencies, and (9.x) dev/optional from the graph.
  const roots: Array<{ key: string; dev: boolean; optional: boolean }> = [];
  const out: Package[] = [];
  for (const [importerPath, importer] of Object.entries(importers)) {
    for (const kind of DEP_KINDS) {
      const deps = importer[kind];
      if (deps === undefined) continue;
      if (!isRecord(deps)) {
        throw new LockfileError(
          ctx.path,
          `'${kind}' is ${describe(deps)}, expected a mapping`,
          topLines.get('importers'),
          `importers.${importerPath}.${kind}`,
        );
      }
      for (const [depName, value] of Object.entries(deps)) {
        const ref = isRecord(value) ? value.version : value;
        if (typeof ref !== 'string' && typeof ref !== 'number') {
          throw new LockfileError(
            ctx.path,
            `dependency has no version`,
            topLines.get('importers'),
            `importers.${importerPath}.${kind}.${depName}`,
          );
        }
        const refText = String(ref);
        if (refText.startsWith('link:')) {
          const target = joinPath(importerPath, refText.slice('link:'.length));
          const source: SourceKind = Object.hasOwn(importers, target) ? 'workspace' : 'link';
          out.push(npmPackage(ctx, { name: depName, version: '', source, resolved: target, direct: true }));
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
  const edges = (key: string): GraphEdge[] => {
    const node = graph[key];
    if (!isRecord(node)) return [];
    const result: GraphEdge[] = [];
    for (const [field, optional] of [
      ['dependencies', false],
      ['optionalDependencies', true],
    ] as const) {
      const deps = node[field];
      if (!isRecord(deps)) continue;
      for (const [depName, ref] of Object.entries(deps)) {
        if (typeof ref !== 'string' && typeof ref !== 'number') continue;
        if (String(ref).startsWith('link:')) continue;
        result.push({ to: packageKeyOf(format, depName, String(ref)), optional });
      }
    }
    return result;
  };
  const reach = format === 9 ? classifyReachability(roots, edges) : undefined;
  const reachedPlain = new Set<string>();
  if (reach) for (const key of reach.any) reachedPlain.add(stripPeers(format, key));
  const prodPlain = new Set<string>();
  const requiredPlain = new Set<string>();
  if (reach) {
    for (const key of reach.prod) prodPlain.add(stripPeers(format, key));
    for (const key of reach.required) requiredPlain.add(stripPeers(format, key));
  }

  const optionals = snapshotOptionals(snapshots, format);
  for (const [key, entry] of Object.entries(packages)) {
    const line = lines.get(key);
    const where = `packages.${key}`;
    if (!isRecord(entry)) throw new LockfileError(ctx.path, `entry is ${describe(entry)}, expected a mapping`, line, where);
    const plainKey = stripPeers(format, key);
    const fromKey = parseKey(format, plainKey);
    const name = typeof entry.name === 'string' ? entry.name : fromKey?.name;
    if (!name) throw new LockfileError(ctx.path, `cannot read a package name from the key`, line, where);
    let version = typeof entry.version === 'string' || typeof entry.version === 'number' ? String(entry.version) : (fromKey?.version ?? '');
    const resolution = entry.resolution;
    if (resolution !== undefined && !isRecord(resolution)) {
      throw new LockfileError(ctx.path, `'resolution' is ${describe(resolution)}, expected a mapping`, line, where);
    }
    let source: SourceKind = 'registry';
    let resolved: string | undefined;
    let commit: string | undefined;
    let integrity: string | undefined;
    if (resolution) {
      if (typeof resolution.integrity === 'string') integrity = resolution.integrity;
      if (resolution.type === 'git' || typeof resolution.commit === 'string') {
        source = 'git';
        resolved = typeof resolution.repo === 'string' ? resolution.repo : undefined;
        commit = typeof resolution.commit === 'string' ? resolution.commit : undefined;
      } else if (resolution.type === 'directory' || typeof resolution.directory === 'string') {
        source = 'file';
        resolved = typeof resolution.directory === 'string' ? resolution.directory : undefined;
      } else if (typeof resolution.tarball === 'string') {
        resolved = resolution.tarball;
        if (resolved.startsWith('file:')) source = 'file';
        else if (isGitSpec(resolved)) {
          source = 'git';
          commit = gitCommitOf(resolved) ?? codeloadCommit(resolved);
        } else source = registryTarball(resolved) ? 'registry' : 'url';
      }
    }
    if (fromKey?.source && source === 'registry' && !integrity) source = fromKey.source;
    if (source === 'git') version = typeof entry.version === 'string' ? entry.version : '';
    else if (source !== 'registry' && fromKey?.source) version = typeof entry.version === 'string' ? entry.version : '';
    const dev = format === 9 ? (reach ? reachedPlain.has(plainKey) && !prodPlain.has(plainKey) : undefined) : booleanOf(entry.dev);
    const optional =
      format === 9
        ? (booleanOf(entry.optional) ?? optionals.get(plainKey) ?? (reachedPlain.has(plainKey) ? !requiredPlain.has(plainKey) : undefined))
        : booleanOf(entry.optional);
    out.push(
      npmPackage(ctx, {
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
      }),
    );
  }
  return dedupePackages(out);
};

function formatOf(value: unknown, ctx: ParseContext, line: number | undefined): Format {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  const major = /^(\d+)(?:\.\d+)?$/.exec(text)?.[1];
  if (major === '5') return 5;
  if (major === '6') return 6;
  if (major === '9') return 9;
  throw new LockfileError(
    ctx.path,
    value === undefined
      ? 'no lockfileVersion: not a pnpm-lock.yaml'
      : `unsupported lockfileVersion ${JSON.stringify(value)} (expected 5.x, 6.x or 9.x)`,
    line ?? 1,
    'lockfileVersion',
  );
}

/** The importers (workspace projects); a single-project 5.x file keeps them at the top level. */
function importersOf(
  data: Record<string, unknown>,
  ctx: ParseContext,
  lines: Map<string, number>,
): Record<string, Record<string, unknown>> {
  const importers = data.importers;
  if (importers === undefined) {
    const root: Record<string, unknown> = {};
    for (const kind of DEP_KINDS) if (data[kind] !== undefined) root[kind] = data[kind];
    return { '.': root };
  }
  if (!isRecord(importers))
    throw new LockfileError(ctx.path, `'importers' is ${describe(importers)}, expected a mapping`, lines.get('importers'), 'importers');
  const result: Record<string, Record<string, unknown>> = {};
  for (const [path, importer] of Object.entries(importers)) {
    if (!isRecord(importer))
      throw new LockfileError(
        ctx.path,
        `importer is ${describe(importer)}, expected a mapping`,
        lines.get('importers'),
        `importers.${path}`,
      );
    result[path] = importer;
  }
  return result;
}

/** The `packages` key an importer or snapshot reference points at. */
function packageKeyOf(format: Format, name: string, ref: string): string {
  if (format === 9) {
    const base = ref.split('(')[0] ?? ref;
    if (!base.includes(':') && splitAt(base)) return ref; // an alias: `lodash@4.17.21`
    return `${name}@${ref}`;
  }
  if (ref.startsWith('/') || ref.includes(':')) return ref; // alias (`/lodash/4.17.21`), `file:`, URLs
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(ref)) return ref; // `registry.example.com/...`, `github.com/...`
  return format === 5 ? `/${name}/${ref}` : `/${name}@${ref}`;
}

/** Drops peer suffixes: `(react@18.2.0)` from 6.x/9.x keys, `_react@18.2.0` from 5.x keys. */
function stripPeers(format: Format, key: string): string {
  const paren = key.indexOf('(');
  let plain = paren > 0 ? key.slice(0, paren) : key;
  if (format === 5 && !plain.includes(':')) {
    const slash = plain.lastIndexOf('/');
    const underscore = plain.indexOf('_', slash + 1);
    if (slash >= 0 && underscore > slash) plain = plain.slice(0, underscore);
  }
  return plain;
}

/** Name and version from a package key (peer suffix already stripped). */
function parseKey(format: Format, key: string): { name: string; version: string; source?: SourceKind } | undefined {
  if (key.startsWith('file:')) return { name: '', version: '', source: 'file' };
  if (key.startsWith('link:')) return { name: '', version: '', source: 'link' };
  let body = key;
  if (format !== 9) {
    if (body.startsWith('/')) body = body.slice(1);
    else {
      // `registry.example.com/name/1.0.0` or `github.com/user/repo/sha`: a host first.
      const slash = body.indexOf('/');
      if (slash < 0) return undefined;
      const host = body.slice(0, slash);
      body = body.slice(slash + 1);
      if (/^(?:github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)$/.test(host)) return { name: '', version: '', source: 'git' };
    }
  }
  if (format === 5) {
    const slash = body.lastIndexOf('/');
    if (slash <= 0) return undefined;
    return { name: body.slice(0, slash), version: body.slice(slash + 1) };
  }
  const parts = splitAt(body);
  if (!parts) return undefined;
  const rest = parts.rest;
  if (rest.startsWith('file:')) return { name: parts.name, version: '', source: 'file' };
  if (rest.startsWith('link:')) return { name: parts.name, version: '', source: 'link' };
  if (isGitSpec(rest)) return { name: parts.name, version: '', source: 'git' };
  if (/^https?:\/\//.test(rest)) {
    const tarball = registryTarball(rest);
    return tarball ? { name: tarball.name, version: tarball.version } : { name: parts.name, version: '', source: 'url' };
  }
  return { name: parts.name, version: rest };
}

/** Per plain key: whether every snapshot of it (one per peer set) is marked `optional: true`. */
function snapshotOptionals(snapshots: Record<string, unknown>, format: Format): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const plain = stripPeers(format, key);
    const optional = isRecord(snapshot) && snapshot.optional === true;
    result.set(plain, (result.get(plain) ?? true) && optional);
  }
  return result;
}

function codeloadCommit(url: string): string | undefined {
  const m = /^https:\/\/codeload\.github\.com\/[^/]+\/[^/]+\/tar\.gz\/([0-9a-f]{7,64})$/i.exec(url);
  return m?.[1]?.toLowerCase();
}

function booleanOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** `packages/b` + `../a` -> `packages/a` (importer keys are `.`-rooted, forward slashes). */
function joinPath(base: string, relative: string): string {
  const parts = base === '.' ? [] : base.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}
