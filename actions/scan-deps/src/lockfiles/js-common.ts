// Helpers shared by the JavaScript-ecosystem lockfile parsers (npm, yarn, pnpm, bun): purls, the
// kind of source a `resolved` string names, line lookup and de-duplication. No regex here may
// backtrack: every pattern is anchored and linear, since lockfiles can come from anyone.

import { LockfileError, type Package, type ParseContext, type SourceKind } from '../types.js';
import { LineIndex } from '@gatehouse/core/line-index';
import { globToRegExp } from '@gatehouse/core/glob';

/** `pkg:npm/%40scope/name@1.2.3` (purl spec: the scope's `@` and any reserved character percent-encoded). */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const path =
    slash > 0 ? `${encodeURIComponent(name.slice(0, slash))}/${encodeURIComponent(name.slice(slash + 1))}` : encodeURIComponent(name);
  return `pkg:npm/${path}${version ? `@${encodeURIComponent(version)}` : ''}`;
}

export interface PackageFields {
  name: string;
  version: string;
  source: SourceKind;
  line?: number | undefined;
  dev?: boolean | undefined;
  optional?: boolean | undefined;
  integrity?: string | undefined;
  resolved?: string | undefined;
  commit?: string | undefined;
  licenses?: string[] | undefined;
  direct?: boolean | undefined;
}

/** A Package of the npm ecosystem, leaving out the optional fields that are unknown. */
export function npmPackage(ctx: ParseContext, fields: PackageFields): Package {
  const pkg: Package = {
    name: fields.name,
    version: fields.version,
    ecosystem: 'npm',
    purl: npmPurl(fields.name, fields.version),
    lockfile: ctx.path,
    source: fields.source,
  };
  if (fields.line !== undefined) pkg.line = fields.line;
  if (fields.dev !== undefined) pkg.dev = fields.dev;
  if (fields.optional !== undefined) pkg.optional = fields.optional;
  if (fields.integrity) pkg.integrity = fields.integrity;
  if (fields.resolved) pkg.resolved = fields.resolved;
  if (fields.commit) pkg.commit = fields.commit;
  if (fields.licenses && fields.licenses.length > 0) pkg.licenses = fields.licenses;
  if (fields.direct !== undefined) pkg.direct = fields.direct;
  return pkg;
}

/**
 * One package per name@version and source, in first-seen order, keeping the first line. A package
 * needed by production at one place and only by development at another is not dev; one that is
 * required somewhere is not optional.
 */
export function dedupePackages(packages: Package[]): Package[] {
  const seen = new Map<string, Package>();
  for (const pkg of packages) {
    const key = `${pkg.name}@${pkg.version}\u0000${pkg.source}\u0000${pkg.source === 'registry' ? '' : (pkg.resolved ?? '')}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, pkg);
      continue;
    }
    if (first.dev === true && pkg.dev !== true) first.dev = pkg.dev ?? false;
    if (first.optional === true && pkg.optional !== true) first.optional = pkg.optional ?? false;
    if (pkg.direct === true) first.direct = true;
    first.integrity ??= pkg.integrity;
    first.resolved ??= pkg.resolved;
    if (!first.licenses && pkg.licenses) first.licenses = pkg.licenses;
  }
  return [...seen.values()];
}

/** Split `name@version` (the name may start with `@scope/`); undefined when there is no `@` after the name. */
export function splitAt(spec: string): { name: string; rest: string } | undefined {
  const at = spec.indexOf('@', 1);
  if (at <= 0) return undefined;
  return { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}

const HEX_COMMIT = /^[0-9a-f]{7,64}$/i;

/** The commit a git URL pins after `#` (or in `#commit=` / `&commit=` form), when it is a hex sha. */
export function gitCommitOf(url: string): string | undefined {
  const hash = url.lastIndexOf('#');
  if (hash < 0) return undefined;
  let fragment = url.slice(hash + 1);
  const commitParam = /(?:^|&)commit=([0-9a-f]{7,64})(?:&|$)/i.exec(fragment);
  if (commitParam?.[1]) return commitParam[1].toLowerCase();
  if (fragment.includes('=')) return undefined;
  fragment = fragment.trim();
  return HEX_COMMIT.test(fragment) ? fragment.toLowerCase() : undefined;
}

/** Whether a resolved string / specifier names a git source. */
export function isGitSpec(spec: string): boolean {
  return (
    spec.startsWith('git+') ||
    spec.startsWith('git:') ||
    spec.startsWith('git@') ||
    spec.startsWith('github:') ||
    spec.startsWith('gitlab:') ||
    spec.startsWith('bitbucket:') ||
    spec.startsWith('gist:') ||
    /^https?:\/\/[^/]+\/[^#]+\.git(?:#|$)/.test(spec) ||
    /^https:\/\/codeload\.github\.com\//.test(spec)
  );
}

/**
 * Name and version of a registry-shaped tarball URL: `.../<name>/-/<basename>-<version>.tgz`,
 * `<name>` possibly `@scope/name` or `@scope%2fname`. Undefined for any other URL.
 */
export function registryTarball(url: string): { name: string; version: string } | undefined {
  if (!/^https?:\/\//.test(url)) return undefined;
  const clean = url.split('#')[0]?.split('?')[0] ?? '';
  const marker = clean.lastIndexOf('/-/');
  if (marker < 0 || !clean.endsWith('.tgz')) return undefined;
  const before = clean.slice(0, marker).split('/');
  const file = clean.slice(marker + 3, -'.tgz'.length);
  let name = decodeURIComponentSafe(before[before.length - 1] ?? '');
  const prev = before[before.length - 2] ?? '';
  if (!name.startsWith('@') && prev.startsWith('@')) name = `${decodeURIComponentSafe(prev)}/${name}`;
  const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  if (!base || !file.startsWith(`${base}-`)) return undefined;
  const version = file.slice(base.length + 1);
  return version ? { name, version } : undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The source kind a `resolved` value names: git, file, link, url, or registry for registry tarballs (or none). */
export function sourceOfResolved(resolved: string | undefined, name?: string): SourceKind {
  if (!resolved) return 'registry';
  if (isGitSpec(resolved)) return 'git';
  if (resolved.startsWith('file:')) return 'file';
  if (resolved.startsWith('link:')) return 'link';
  if (/^https?:\/\//.test(resolved)) {
    const tarball = registryTarball(resolved);
    return tarball && (name === undefined || tarball.name === name) ? 'registry' : 'url';
  }
  return 'file';
}

export { LineIndex };

/**
 * Lines of the JSON object keys that open an object or an array (`"key": {` / `"key": [`), in text
 * order, each key with its queue of lines: a parser walking the parsed value in the same order
 * takes them one by one with `take`. One pass over the lines, a linear pattern per line.
 */
export class JsonKeyLines {
  private readonly lines = new Map<string, number[]>();
  private readonly next = new Map<string, number>();
  constructor(text: string, fromOffset = 0) {
    const index = new LineIndex(text);
    const pattern = /^[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*:[ \t]*[{[]/gm;
    pattern.lastIndex = fromOffset;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      let key = m[1] ?? '';
      if (key.includes('\\')) {
        try {
          key = JSON.parse(`"${key}"`) as string;
        } catch {
          continue;
        }
      }
      const list = this.lines.get(key);
      const line = index.lineOf(m.index + m[0].length - 1);
      if (list) list.push(line);
      else this.lines.set(key, [line]);
    }
  }
  /** The line of the next not yet taken occurrence of `key`. */
  take(key: string): number | undefined {
    const list = this.lines.get(key);
    if (!list) return undefined;
    const i = this.next.get(key) ?? 0;
    if (i >= list.length) return list[list.length - 1];
    this.next.set(key, i + 1);
    return list[i];
  }
  /** The line of the first occurrence of `key`. */
  first(key: string): number | undefined {
    return this.lines.get(key)?.[0];
  }
}

/** JSON.parse that reports the line of a syntax error as a LockfileError. */
export function parseJsonLockfile(text: string, ctx: ParseContext): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(ctx.path, `invalid JSON: ${message}`, jsonErrorLine(text, message));
  }
}

/** The line a JSON.parse message points at (`line N column M`, or `position N`). */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
  if (lineMatch?.[1]) return Number(lineMatch[1]);
  const position = /at position (\d+)/.exec(message);
  if (position?.[1]) return new LineIndex(text).lineOf(Number(position[1]));
  if (/end of (?:JSON|data) input/i.test(message)) return new LineIndex(text).lineOf(text.length);
  return undefined;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional string field: undefined when absent, a LockfileError when present with another type. */
export function optionalString(
  ctx: ParseContext,
  entry: Record<string, unknown>,
  field: string,
  key: string,
  line?: number,
): string | undefined {
  const value = entry[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new LockfileError(ctx.path, `'${field}' is ${describe(value)}, expected a string`, line, key);
  return value;
}

/** An optional boolean flag: true only for `true`; a LockfileError for a non-boolean. */
export function flag(ctx: ParseContext, entry: Record<string, unknown>, field: string, key: string, line?: number): boolean | undefined {
  const value = entry[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new LockfileError(ctx.path, `'${field}' is ${describe(value)}, expected true or false`, line, key);
  return value;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/**
 * Whether a workspace-relative directory matches one of the workspace globs of a package.json or
 * pnpm-workspace.yaml (`packages/*`, `apps/**`, `tools/cli`); negated globs are not members.
 */
export function matchesWorkspaceGlobs(dir: string, globs: readonly string[]): boolean {
  const target = trimDir(dir);
  return globs.some((glob) => !glob.startsWith('!') && globToRegExp(trimDir(glob)).test(target));
}

function trimDir(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

export interface GraphEdge {
  to: string;
  optional: boolean;
}

/**
 * Which packages only development needs, and which only optional edges reach, from the roots a
 * manifest declares: `dev` = not reachable from any production root; `optional` = not reachable
 * through required edges from any root. Iterative, so deep or cyclic graphs are fine.
 */
export function classifyReachability(
  roots: Array<{ key: string; dev: boolean; optional: boolean }>,
  edges: (key: string) => GraphEdge[],
): { prod: Set<string>; required: Set<string>; any: Set<string> } {
  const walk = (starts: string[], follow: (edge: GraphEdge) => boolean): Set<string> => {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length > 0) {
      const key = stack.pop() as string;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const edge of edges(key)) if (follow(edge) && !seen.has(edge.to)) stack.push(edge.to);
    }
    return seen;
  };
  return {
    prod: walk(
      roots.filter((r) => !r.dev).map((r) => r.key),
      () => true,
    ),
    required: walk(
      roots.filter((r) => !r.optional).map((r) => r.key),
      (edge) => !edge.optional,
    ),
    any: walk(
      roots.map((r) => r.key),
      () => true,
    ),
  };
}
