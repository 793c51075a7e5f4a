// yarn.lock in both of its formats. Classic (v1) is yarn's own indentation format, read here line by
// line: `"a@^1", a@^1.1:` headers, then `version`, `resolved` (`url#sha1`), `integrity` and nested
// dependency blocks. Berry (v2+) is YAML with `__metadata`: each entry's `resolution` names the
// package and its protocol (`npm:`, `workspace:`, `patch:` over another, git, tarball URL, `file:`,
// `portal:`, `link:`). Neither format says which packages are dev-only, so `dev` stays unset.

import { LockfileError, type LockfileParser, type Package, type ParseContext, type SourceKind } from '../types.js';
import { dedupePackages, describe, gitCommitOf, isGitSpec, isRecord, npmPackage, registryTarball, splitAt, stripBom } from './js-common.js';
import { parseYamlLockfile } from './js-yaml.js';

export const parseYarnLock: LockfileParser = (text, ctx) => {
  const clean = stripBom(text);
  return isBerry(clean) ? parseBerry(clean, ctx) : parseClassic(clean, ctx);
};

/** Berry files have a top-level `__metadata:` key; classic ones never do. */
function isBerry(text: string): boolean {
  return text.startsWith('__metadata:') || /(?:^|\n)"?__metadata"?:/.test(text);
}

// ---- classic (v1) ------------------------------------------------------------------------------

interface ClassicEntry {
  specs: string[];
  line: number;
  fields: Map<string, string>;
}

function parseClassic(text: string, ctx: ParseContext): Package[] {
  const entries = readClassic(text, ctx);
  const out: Package[] = [];
  for (const entry of entries) {
    const version = entry.fields.get('version');
    const key = entry.specs.join(', ');
    if (version === undefined) throw new LockfileError(ctx.path, "entry has no 'version'", entry.line, key);
    const resolved = entry.fields.get('resolved');
    const integrity = entry.fields.get('integrity');
    const spec = entry.specs[0] ?? '';
    const parts = splitAt(spec);
    if (!parts) throw new LockfileError(ctx.path, `'${spec}' is not a name@range specifier`, entry.line, key);
    let name = parts.name;
    const range = parts.rest;
    if (range.startsWith('npm:')) name = splitAt(range.slice(4))?.name ?? range.slice(4);
    let source: SourceKind = 'registry';
    let commit: string | undefined;
    if (range.startsWith('file:')) source = 'file';
    else if (range.startsWith('link:')) source = 'link';
    else if (range.startsWith('portal:')) source = 'link';
    else if (isGitSpec(range) || (resolved !== undefined && isGitSpec(resolved))) {
      source = 'git';
      commit = gitCommitOf(resolved ?? range) ?? gitCommitOf(range);
    } else if (resolved !== undefined && /^https?:\/\//.test(resolved)) {
      const tarball = registryTarball(resolved);
      if (tarball && tarball.version === version) name = tarball.name;
      else source = 'url';
    } else if (resolved !== undefined && resolved.startsWith('file:')) {
      source = 'file';
    }
    out.push(npmPackage(ctx, { name, version, source, line: entry.line, integrity, resolved: resolved ?? localPath(range), commit }));
  }
  return dedupePackages(out);
}

function localPath(range: string): string | undefined {
  for (const prefix of ['file:', 'link:', 'portal:']) if (range.startsWith(prefix)) return range.slice(prefix.length);
  return undefined;
}

/**
 * The entries of a classic yarn.lock: top-level headers (column 0, ending in `:`), their two-space
 * indented `field value` lines; deeper blocks (dependencies) are skipped. CRLF and comments are fine.
 */
function readClassic(text: string, ctx: ParseContext): ClassicEntry[] {
  const entries: ClassicEntry[] = [];
  let current: ClassicEntry | undefined;
  let sawHeaderComment = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      if (/^# yarn lockfile v\d+/.test(trimmed)) {
        sawHeaderComment = true;
        if (!trimmed.startsWith('# yarn lockfile v1')) {
          throw new LockfileError(ctx.path, `unsupported yarn lockfile version '${trimmed.slice(2)}' (expected v1 or berry)`, lineNo);
        }
      }
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (raw.slice(0, indent).includes('\t')) throw new LockfileError(ctx.path, 'tab indentation', lineNo);
    if (indent === 0) {
      if (!trimmed.endsWith(':'))
        throw new LockfileError(ctx.path, `expected an entry header ending in ':', found '${clip(trimmed)}'`, lineNo);
      const specs = splitSpecs(trimmed.slice(0, -1), ctx, lineNo);
      current = { specs, line: lineNo, fields: new Map() };
      entries.push(current);
      continue;
    }
    if (!current) throw new LockfileError(ctx.path, 'indented line before any entry', lineNo);
    if (indent % 2 !== 0) throw new LockfileError(ctx.path, `odd indentation (${indent} spaces)`, lineNo, current.specs[0]);
    if (indent > 2) continue; // inside a dependencies block
    if (trimmed.endsWith(':')) continue; // a block such as `dependencies:` opens
    const space = firstSeparator(trimmed);
    if (space < 0) throw new LockfileError(ctx.path, `expected 'field value', found '${clip(trimmed)}'`, lineNo, current.specs[0]);
    const field = unquote(trimmed.slice(0, space), ctx, lineNo);
    const value = unquote(trimmed.slice(space + 1).trim(), ctx, lineNo);
    current.fields.set(field, value);
  }
  if (entries.length === 0 && !sawHeaderComment && text.trim() !== '') {
    throw new LockfileError(ctx.path, 'no entries: not a yarn.lock', 1);
  }
  return entries;
}

/** Index of the space separating a field from its value, outside of quotes. */
function firstSeparator(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ' ' && !quoted) return i;
  }
  return -1;
}

/** `"a@^1", a@^1.1` -> the specifiers, unquoted. */
function splitSpecs(header: string, ctx: ParseContext, line: number): string[] {
  const specs: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= header.length; i++) {
    const c = header[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if ((c === ',' && !quoted) || i === header.length) {
      const part = header.slice(start, i).trim();
      if (part) specs.push(unquote(part, ctx, line));
      start = i + 1;
    }
  }
  if (quoted) throw new LockfileError(ctx.path, 'unterminated quoted string in entry header', line);
  if (specs.length === 0) throw new LockfileError(ctx.path, 'empty entry header', line);
  return specs;
}

function unquote(value: string, ctx: ParseContext, line: number): string {
  if (!value.startsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // fall through
  }
  throw new LockfileError(ctx.path, `malformed quoted string ${clip(value)}`, line);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// ---- berry (v2+) -------------------------------------------------------------------------------

/** `__metadata.version` values berry has written: 4 (yarn 2) to 8 (yarn 4.0-4.1) and 10 (yarn 4.2+). */
const BERRY_VERSIONS = new Set([3, 4, 5, 6, 7, 8, 9, 10]);

function parseBerry(text: string, ctx: ParseContext): Package[] {
  const { data, keyLines } = parseYamlLockfile(text, ctx);
  if (!isRecord(data)) throw new LockfileError(ctx.path, `expected a YAML mapping, found ${describe(data)}`, 1);
  const lines = keyLines('');
  const metadata = data.__metadata;
  if (!isRecord(metadata)) throw new LockfileError(ctx.path, "'__metadata' is not a mapping", lines.get('__metadata'), '__metadata');
  const version = Number(metadata.version);
  if (!BERRY_VERSIONS.has(version)) {
    throw new LockfileError(
      ctx.path,
      `unsupported yarn lockfile version ${JSON.stringify(metadata.version)} (expected 4-10)`,
      lines.get('__metadata'),
      '__metadata.version',
    );
  }
  const out: Package[] = [];
  for (const [key, entry] of Object.entries(data)) {
    if (key === '__metadata') continue;
    const line = lines.get(key);
    if (!isRecord(entry)) throw new LockfileError(ctx.path, `entry is ${describe(entry)}, expected a mapping`, line, key);
    const resolution = entry.resolution;
    if (typeof resolution !== 'string') throw new LockfileError(ctx.path, "entry has no 'resolution' string", line, key);
    const entryVersion = entry.version === undefined ? undefined : String(entry.version);
    const checksum = typeof entry.checksum === 'string' ? entry.checksum : undefined;
    const pkg = berryPackage(ctx, resolution, entryVersion, key, line, 0);
    if (!pkg) continue; // the root workspace
    out.push(npmPackage(ctx, { ...pkg, line, integrity: checksum }));
  }
  return dedupePackages(out);
}

interface BerryResolved {
  name: string;
  version: string;
  source: SourceKind;
  resolved?: string;
  commit?: string;
}

function berryPackage(
  ctx: ParseContext,
  resolution: string,
  entryVersion: string | undefined,
  key: string,
  line: number | undefined,
  depth: number,
): BerryResolved | undefined {
  const parts = splitAt(resolution);
  if (!parts) throw new LockfileError(ctx.path, `resolution '${clip(resolution)}' is not name@reference`, line, key);
  const { name, rest: reference } = parts;
  const version = entryVersion ?? '';
  if (reference.startsWith('npm:')) return { name, version: entryVersion ?? reference.slice(4), source: 'registry' };
  if (reference.startsWith('workspace:')) {
    const path = reference.slice('workspace:'.length);
    if (path === '.' || path === '') return undefined;
    return { name, version: version === '0.0.0-use.local' ? '' : version, source: 'workspace', resolved: path };
  }
  if (reference.startsWith('patch:')) {
    // `patch:lodash@npm%3A4.17.21#./patches/x.patch::version=...`: the patched package underneath.
    const inner = decodeSafe(reference.slice('patch:'.length).split('#')[0] ?? '');
    if (depth > 4 || !inner) throw new LockfileError(ctx.path, `unreadable patch resolution '${clip(resolution)}'`, line, key);
    return berryPackage(ctx, inner, entryVersion, key, line, depth + 1);
  }
  if (isGitSpec(reference)) return { name, version: '', source: 'git', resolved: reference, commit: gitCommitOf(reference) };
  if (/^https?:\/\//.test(reference)) {
    const tarball = registryTarball(reference);
    if (tarball && (entryVersion === undefined || tarball.version === entryVersion)) {
      return { name: tarball.name, version: tarball.version, source: 'registry', resolved: reference };
    }
    return { name, version, source: 'url', resolved: reference };
  }
  for (const [prefix, source] of [
    ['file:', 'file'],
    ['portal:', 'link'],
    ['link:', 'link'],
    ['exec:', 'file'],
  ] as const) {
    if (reference.startsWith(prefix)) {
      const path = reference.slice(prefix.length).split('::')[0]?.split('#')[0] ?? '';
      return { name, version: version === '0.0.0-use.local' ? '' : version, source, resolved: path };
    }
  }
  // A bare semver reference (older berry files) is a registry package.
  return { name, version: entryVersion ?? reference, source: 'registry' };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
