// The `scan` input, expanded: newline-separated paths and globs relative to the workspace, to a
// sorted list of files to scan, and the reasons others were skipped.
//
//   - A directory is walked recursively. `.git/` and `node_modules/` folders found while walking
//     are skipped, unless the path or glob names them (`node_modules/some-pkg`, `**/.git/config`).
//   - Globs: `*` and `?` within one path segment, `**` for any number of segments, `[abc]`
//     classes and `{a,b}` alternatives. Matching is case-sensitive, on `/`-separated paths.
//   - Symlinks are followed only when their target stays inside the workspace (directory cycles
//     are cut; a file reached twice is scanned once).
//   - Binary files are skipped: known binary extensions without reading them, and files with a NUL
//     byte in their first 8 KiB once read (readCandidate).
//   - Files over `max-file-size` are skipped; the caller reports them in one notice.
//
// Everything is synchronous: the walk is metadata only and runs once per step.

import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GatehouseError, inputError } from '@gatehouse/core/errors';

/** Folders never walked into unless a pattern names them. */
export const SKIPPED_DIRS = ['.git', 'node_modules'] as const;

/** How far into a file the NUL-byte check looks. */
export const SNIFF_BYTES = 8 * 1024;

/** Extensions of formats that are binary (or compressed) and never hold readable credentials. */
export const BINARY_EXTENSIONS = new Set([
  // images and media
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'tif', 'tiff', 'webp', 'avif', 'heic', 'psd',
  'mp3', 'mp4', 'm4a', 'm4v', 'mov', 'avi', 'mkv', 'webm', 'wav', 'flac', 'ogg', 'oga', 'opus',
  // fonts
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  // archives and compressed data
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', 'lz4', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'nupkg', 'apk', 'aab', 'ipa',
  'deb', 'rpm', 'dmg', 'iso', 'img', 'cab', 'msi',
  // compiled code and objects
  'exe', 'dll', 'so', 'dylib', 'a', 'o', 'obj', 'lib', 'class', 'pyc', 'pyo', 'wasm', 'node', 'bin', 'dat',
  // documents and databases
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'sqlite', 'sqlite3', 'db', 'mdb',
]); // prettier-ignore

export interface WalkOptions {
  /** Workspace root; every file scanned is inside it (also after resolving symlinks). */
  root: string;
  /** The `scan` input: paths and globs, relative to root or absolute inside it. */
  patterns: readonly string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Absolute paths never scanned (the report and SARIF files this step writes). */
  exclude?: readonly string[];
}

export interface WalkFile {
  /** Absolute path. */
  path: string;
  /** Workspace-relative, `/`-separated: what reports, SARIF and annotations show. */
  rel: string;
  size: number;
}

export interface SkippedFile {
  rel: string;
  size: number;
}

export interface WalkResult {
  files: WalkFile[];
  /** Over max-file-size, in path order. */
  tooLarge: SkippedFile[];
  /** Skipped for a binary extension (files found binary by content are counted by the caller). */
  binary: string[];
  /** Symlinks whose target is outside the workspace. */
  outsideWorkspace: string[];
  /** `.git` and `node_modules` folders not walked into. */
  skippedDirs: string[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/** True when `pattern` uses glob syntax (and is not a plain path). */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

export function walk(options: WalkOptions): WalkResult {
  const root = resolve(options.root);
  const realRoot = safeRealpath(root) ?? root;
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  for (const path of [...exclude]) {
    const real = safeRealpath(path);
    if (real !== undefined) exclude.add(real);
  }
  const result: WalkResult = { files: [], tooLarge: [], binary: [], outsideWorkspace: [], skippedDirs: [], unmatched: [] };
  const seenReal = new Set<string>();
  const byRel = new Map<string, WalkFile>();
  const tooLarge = new Map<string, SkippedFile>();
  const binary = new Set<string>();
  const outside = new Set<string>();
  const skippedDirs = new Set<string>();

  const relOf = (full: string): string => relative(root, full).split(sep).join('/');

  /** A file found by walking or named: check it and add it. */
  const addFile = (full: string, stats: Stats): void => {
    const rel = relOf(full);
    if (exclude.has(full) || byRel.has(rel) || tooLarge.has(rel) || binary.has(rel)) return;
    const real = safeRealpath(full);
    if (real === undefined || !isInside(realRoot, real)) {
      outside.add(rel);
      return;
    }
    if (seenReal.has(real) || exclude.has(real)) return;
    seenReal.add(real);
    if (isBinaryPath(rel)) {
      binary.add(rel);
      return;
    }
    if (stats.size > options.maxFileSize) {
      tooLarge.set(rel, { rel, size: stats.size });
      return;
    }
    byRel.set(rel, { path: full, rel, size: stats.size });
  };

  /**
   * Walk `dir`. `allowed` holds the skipped folder names the pattern itself names. `match`
   * filters files by their workspace-relative path (globs); `prune` tells whether a folder can
   * hold matches at all.
   */
  const walkDir = (
    dir: string,
    allowed: ReadonlySet<string>,
    match: ((rel: string) => boolean) | undefined,
    prune: ((rel: string) => boolean) | undefined,
    visited: Set<string>,
  ): boolean => {
    let found = false;
    const realDir = safeRealpath(dir);
    if (realDir === undefined || visited.has(realDir)) return false;
    visited.add(realDir);
    let names: string[];
    try {
      names = readdirSync(dir).sort(compareNames);
    } catch {
      return false;
    }
    for (const name of names) {
      const full = join(dir, name);
      const rel = relOf(full);
      let stats: Stats;
      try {
        stats = lstatSync(full);
        if (stats.isSymbolicLink()) {
          const real = safeRealpath(full);
          if (real === undefined || !isInside(realRoot, real)) {
            if (!match || match(rel)) outside.add(rel);
            continue;
          }
          stats = statSync(full);
        }
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if ((SKIPPED_DIRS as readonly string[]).includes(name) && !allowed.has(name)) {
          skippedDirs.add(rel);
          continue;
        }
        if (prune && !prune(rel)) continue;
        if (walkDir(full, allowed, match, prune, visited)) found = true;
      } else if (stats.isFile()) {
        if (match && !match(rel)) continue;
        addFile(full, stats);
        found = true;
      }
    }
    return found;
  };

  for (const raw of options.patterns) {
    const pattern = raw.trim();
    if (pattern === '') continue;
    const allowed = new Set(SKIPPED_DIRS.filter((name) => pattern.split(/[\\/]/).includes(name)));
    if (!isGlob(pattern)) {
      const full = resolve(root, pattern);
      checkInside(root, full, pattern);
      let stats: Stats;
      try {
        stats = statSync(full);
      } catch {
        throw new GatehouseError('INPUT_INVALID', `Input 'scan' names a path that does not exist (got ${JSON.stringify(pattern)}).`, {
          fix: 'Create it in an earlier step, or fix the path (relative to the workspace); use a glob such as logs/*.log for files that may be absent.',
        });
      }
      const real = safeRealpath(full);
      if (real === undefined || !isInside(realRoot, real)) {
        throw inputError('scan', 'leads outside the workspace through a symlink', `Use a path inside the workspace (${root}).`, pattern);
      }
      if (stats.isDirectory()) walkDir(full, allowed, undefined, undefined, new Set());
      else if (stats.isFile()) addFile(full, stats);
      continue;
    }
    // A glob: walk from its longest literal prefix, match the rest.
    const absolute = isAbsolute(pattern);
    const relPattern = absolute ? relOf(resolve(pattern)) : pattern.replace(/\\/g, '/').replace(/^\.\/+/, '');
    if (absolute) checkInside(root, resolve(pattern), pattern);
    if (relPattern.split('/').includes('..')) {
      throw inputError('scan', 'uses .. in a glob', 'Write globs relative to the workspace without .. segments.', pattern);
    }
    const segments = relPattern.split('/').filter((s) => s !== '');
    const literal: string[] = [];
    while (literal.length < segments.length - 1 && !isGlob(segments[literal.length]!)) literal.push(segments[literal.length]!);
    const base = resolve(root, ...literal);
    checkInside(root, base, pattern);
    const regex = globToRegExp(segments.join('/'));
    const prefixes = globDirPrefixes(segments);
    let found = false;
    try {
      const stats = statSync(base);
      const real = safeRealpath(base);
      if (stats.isDirectory() && real !== undefined && isInside(realRoot, real)) {
        found = walkDir(base, allowed, (rel) => regex.test(rel), prefixes, new Set());
      }
    } catch {
      // nothing there: reported as unmatched
    }
    if (!found) result.unmatched.push(pattern);
  }

  result.files = [...byRel.values()].sort((a, b) => compareNames(a.rel, b.rel));
  result.tooLarge = [...tooLarge.values()].sort((a, b) => compareNames(a.rel, b.rel));
  result.binary = [...binary].sort(compareNames);
  result.outsideWorkspace = [...outside].sort(compareNames);
  result.skippedDirs = [...skippedDirs].sort(compareNames);
  return result;
}

export type ReadOutcome =
  { kind: 'text'; content: Buffer } | { kind: 'binary' } | { kind: 'too-large'; size: number } | { kind: 'unreadable'; code: string };

/**
 * Read a file found by walk(), at most `maxFileSize` bytes (a file that grew past it since the
 * walk is skipped as too large), and classify it: `binary` when its first 8 KiB hold a NUL byte.
 */
export function readCandidate(file: WalkFile, maxFileSize: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch (err) {
    return { kind: 'unreadable', code: errno(err) };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { kind: 'too-large', size };
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = buffer.subarray(0, read);
    if (isBinaryContent(content)) return { kind: 'binary' };
    return { kind: 'text', content };
  } catch (err) {
    return { kind: 'unreadable', code: errno(err) };
  } finally {
    closeSync(fd);
  }
}

/** A NUL byte in the first 8 KiB: what git and grep call binary. */
export function isBinaryContent(content: Uint8Array): boolean {
  const head = content.subarray(0, SNIFF_BYTES);
  return head.indexOf(0) !== -1;
}

export function isBinaryPath(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  return BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * A glob as an anchored regular expression over `/`-separated relative paths. `**` as a whole
 * segment matches zero or more segments; `*` and `?` never cross `/`; `[...]` and `{a,b}` as in
 * shells. Every other character is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` -> any number of whole segments; a trailing `**` -> anything below.
          if (i + 2 === glob.length) out += '.*';
          else out += '(?:[^/]*/)*';
          i += i + 2 === glob.length ? 2 : 3;
          continue;
        }
        out += '[^/]*';
        i += 2;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        body = body.replace(/[\\\]^]/g, '\\$&');
        out += negate ? `(?!/)[^${body}]` : `[${body}]`;
        i = close + 1;
        continue;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    i++;
  }
  if (braces > 0) throw inputError('scan', 'has an unclosed { in a glob', 'Close every { with a }.', glob);
  return new RegExp(`^${out}$`);
}

/** For a glob split into segments: can a folder at `rel` contain a match? Prunes the walk. */
function globDirPrefixes(segments: readonly string[]): (rel: string) => boolean {
  const parts = segments.map((segment) => (segment === '**' ? undefined : globToRegExp(segment)));
  return (rel: string): boolean => {
    const dirs = rel.split('/');
    for (let i = 0; i < dirs.length; i++) {
      const part = parts[i];
      if (i >= parts.length) return false;
      if (part === undefined) return true; // `**`: anything below may match
      if (!part.test(dirs[i]!)) return false;
    }
    return true;
  };
}

/** Byte-order comparison (not locale order): the same sort on every runner. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkInside(root: string, full: string, shown: string): void {
  if (!isInside(root, full)) throw inputError('scan', 'points outside the workspace', `Use a path inside the workspace (${root}).`, shown);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function errno(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
