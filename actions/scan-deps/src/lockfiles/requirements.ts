// pip requirements files (`requirements*.txt`): pins, extras, markers, hashes, includes (`-r`)
// and constraints (`-c`), editable/VCS/URL requirements.
//
// Decisions:
// - `name` keeps the spelling written in the file; identity (dedup, constraint lookup, purl) uses
//   the PEP 503 normalised name. OSV normalises PyPI names itself.
// - A requirement that is not an exact pin (`name>=1.0`, `name`, `name==1.*`) is reported with
//   version '' and source 'registry': policy reads that pair as "not pinned".
// - Constraints files are read (cycle-safe, errors for missing files) but their entries are not
//   packages of their own: pip installs nothing from them. A `==` pin there fills in the version
//   of an otherwise unpinned requirement of the same name.
// - Packages from an included file carry that file's workspace-relative path and line.
import { LockfileError, type LockfileParser, type Package, type ParseContext } from '../types.js';
import { isCommitId, isPypiName, normalizePypiName, pypiPurl, splitFragment, stripBom } from './other-shared.js';

interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `\` continuations and drops comments; each logical line keeps its first physical line. */
function logicalLines(text: string): LogicalLine[] {
  const physical = stripBom(text).split(/\r?\n/);
  const out: LogicalLine[] = [];
  let buffer = '';
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i] ?? '';
    if (buffer === '') start = i + 1;
    // A comment starts with `#` at the start of the line or after whitespace (pip's rule).
    const comment = line.search(/(?:^|\s)#/);
    if (comment !== -1) line = line.slice(0, comment);
    const trimmed = line.replace(/\s+$/, '');
    if (trimmed.endsWith('\\') && comment === -1) {
      buffer += trimmed.slice(0, -1) + ' ';
      continue;
    }
    buffer += trimmed;
    if (buffer.trim() !== '') out.push({ text: buffer.trim(), line: start });
    buffer = '';
  }
  if (buffer.trim() !== '') out.push({ text: buffer.trim(), line: start });
  return out;
}

/** Joins a path onto a directory, resolving `.` and `..` (forward slashes, no leading `/`). */
function joinPath(dir: string, rel: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '' : path.slice(0, at);
}

interface Parsed {
  pkg: Package;
  key: string;
  pinned: boolean;
}

interface State {
  root: ParseContext;
  rootDir: string;
  seen: Set<string>;
  packages: Parsed[];
  constraints: Map<string, string>;
}

function fail(file: string, problem: string, line: number, key?: string): never {
  throw new LockfileError(file, problem, line, key);
}

/** Splits a logical line into the requirement part and its `--option` tokens. */
function splitOptions(text: string): { requirement: string; options: string[] } {
  const tokens = text.split(/\s+/);
  const first = tokens.findIndex((t, i) => i > 0 && t.startsWith('-'));
  if (first === -1) return { requirement: text, options: [] };
  return { requirement: tokens.slice(0, first).join(' '), options: tokens.slice(first) };
}

function hashesOf(options: string[], file: string, line: number): string[] {
  const hashes: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i] ?? '';
    let value: string | undefined;
    if (option === '--hash') value = options[++i];
    else if (option.startsWith('--hash=')) value = option.slice('--hash='.length);
    else continue;
    if (value === undefined || !/^[a-z0-9]+:[0-9a-fA-F]+$/.test(value)) fail(file, `malformed --hash '${value ?? ''}'`, line, '--hash');
    hashes.push(value);
  }
  return hashes;
}

/** `name-1.0.tar.gz` / `name-1.0-py3-none-any.whl` -> name and version, when the file name says. */
function fromArchiveName(url: string): { name: string; version: string } | undefined {
  const file = decodeURIComponent(url.split('?')[0]?.split('/').pop() ?? '');
  if (file.endsWith('.whl')) {
    const [name, version] = file.split('-');
    return name && version ? { name, version } : undefined;
  }
  const stem = file.replace(/\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i, '');
  if (stem === file) return undefined;
  const dash = stem.lastIndexOf('-');
  return dash > 0 ? { name: stem.slice(0, dash), version: stem.slice(dash + 1) } : undefined;
}

/** `#egg=name&subdirectory=x` -> name. */
function eggOf(fragment: string | undefined): string | undefined {
  if (fragment === undefined) return undefined;
  for (const part of fragment.split('&')) if (part.startsWith('egg=')) return part.slice(4).replace(/\[.*$/, '');
  return undefined;
}

function isUrlLike(s: string): boolean {
  return /^(?:git|hg|svn|bzr)\+/.test(s) || /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

function isPathLike(s: string): boolean {
  return (
    s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.startsWith('/') || s.startsWith('~') || s.startsWith('file:')
  );
}

/**
 * A URL, VCS or path requirement (`-e ...`, `name @ url`, a bare URL or path). Undefined for a
 * local path that names no package (`-e .`: the project itself, not a dependency).
 */
function directReference(
  target: string,
  writtenName: string | undefined,
  file: string,
  line: number,
  hashes: string[],
): Package | undefined {
  const { base, fragment } = splitFragment(target);
  let name = writtenName ?? eggOf(fragment);
  let version = '';
  let source: Package['source'];
  let commit: string | undefined;
  let integrity = hashes[0];
  if (/^(?:git|hg|svn|bzr)\+/.test(base)) {
    source = 'git';
    // The ref follows the last `@` of the path (not the `user@host` part).
    const schemeEnd = base.indexOf('://');
    const pathStart = schemeEnd === -1 ? 0 : base.indexOf('/', schemeEnd + 3);
    const at = pathStart === -1 ? -1 : base.lastIndexOf('@');
    const hasRef = at > pathStart;
    if (hasRef && isCommitId(base.slice(at + 1))) commit = base.slice(at + 1).toLowerCase();
    name ??= (hasRef ? base.slice(0, at) : base)
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .split('/')
      .pop();
  } else {
    const local = base.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(base);
    source = local ? 'file' : 'url';
    const archive = fromArchiveName(base);
    if (archive !== undefined) {
      name ??= archive.name;
      if (normalizePypiName(archive.name) === normalizePypiName(name)) version = archive.version;
    }
    if (integrity === undefined && fragment !== undefined) {
      const m = /(?:^|&)(sha256|sha384|sha512|md5)=([0-9a-fA-F]+)/.exec(fragment);
      if (m) integrity = `${m[1]}:${m[2]}`;
    }
    if (local) {
      name ??= base
        .replace(/\[[^\]]*\]$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop();
      if (name === undefined || name === '' || name === '.' || name === '..' || name.startsWith('file:')) return undefined;
    } else {
      name ??= base.split('?')[0]?.replace(/\/+$/, '').split('/').pop();
    }
  }
  if (name === undefined || name === '') fail(file, `cannot tell the package name of '${target.slice(0, 120)}' (add #egg=<name>)`, line);
  const pkg: Package = { name, version, ecosystem: 'PyPI', purl: pypiPurl(name, version), lockfile: file, line, source, resolved: base };
  if (integrity !== undefined) pkg.integrity = integrity;
  if (commit !== undefined) pkg.commit = commit;
  return pkg;
}

/** A PEP 508 requirement: `name[extras] spec ; markers`, or `name[extras] @ url ; markers`. */
function requirement(text: string, file: string, line: number, hashes: string[]): { pkg: Package; pinned: boolean } {
  const nameMatch = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(text);
  if (!nameMatch) fail(file, `not a requirement: '${text.slice(0, 80)}'`, line);
  const name = nameMatch[0];
  if (!isPypiName(name)) fail(file, `invalid package name '${name}'`, line);
  let rest = text.slice(name.length).trimStart();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) fail(file, `unterminated extras in '${text.slice(0, 80)}'`, line, name);
    const extras = rest.slice(1, close).split(',');
    if (extras.some((e) => e.trim() !== '' && !isPypiName(e.trim()))) fail(file, `invalid extras in '${text.slice(0, 80)}'`, line, name);
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.startsWith('@')) {
    const url =
      rest
        .slice(1)
        .trim()
        .split(/\s+;|;\s/)[0]
        ?.trim() ?? '';
    if (url === '') fail(file, `empty URL after '@'`, line, name);
    const pkg = directReference(url, name, file, line, hashes);
    if (pkg === undefined) fail(file, `cannot read the URL of '${name}'`, line, name);
    return { pkg, pinned: true };
  }
  const semi = rest.indexOf(';');
  let spec = (semi === -1 ? rest : rest.slice(0, semi)).trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  let version = '';
  if (spec !== '') {
    const clauses = spec.split(',').map((c) => c.trim());
    for (const clause of clauses) {
      if (!/^(?:===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+$/.test(clause))
        fail(file, `invalid version specifier '${clause}'`, line, name);
    }
    const only = clauses.length === 1 ? clauses[0] : undefined;
    const pin = only !== undefined ? /^(?:===|==)\s*([^*\s]+)$/.exec(only) : null;
    if (pin) version = pin[1] ?? '';
  }
  return {
    pkg: {
      name,
      version,
      ecosystem: 'PyPI',
      purl: pypiPurl(name, version),
      lockfile: file,
      line,
      source: 'registry',
      ...(hashes[0] !== undefined ? { integrity: hashes[0] } : {}),
    },
    pinned: version !== '',
  };
}

function optionValue(tokens: string[], long: string, short: string | undefined): { value: string | undefined } | undefined {
  const head = tokens[0] ?? '';
  if (head === long || (short !== undefined && head === short)) return { value: tokens[1] };
  if (head.startsWith(`${long}=`)) return { value: head.slice(long.length + 1) };
  if (short !== undefined && head.startsWith(short) && head.length > short.length && !head.startsWith('--'))
    return { value: head.slice(short.length) };
  return undefined;
}

function readFile(state: State, file: string, text: string, mode: 'requirements' | 'constraints'): void {
  for (const { text: logical, line } of logicalLines(text)) {
    const tokens = logical.split(/\s+/);
    const include = optionValue(tokens, '--requirement', '-r');
    const constraint = optionValue(tokens, '--constraint', '-c');
    if (include !== undefined || constraint !== undefined) {
      const target = (include ?? constraint)?.value;
      if (target === undefined || target === '') fail(file, `${tokens[0]} needs a file name`, line);
      if (isUrlLike(target)) fail(file, `remote include '${target}' is not supported`, line, target);
      if (target.startsWith('/')) fail(file, `absolute include '${target}' is not supported`, line, target);
      const full = joinPath(dirname(file), target);
      if (state.seen.has(full)) continue;
      state.seen.add(full);
      const relative = state.rootDir === '' ? full : relativeTo(state.rootDir, full);
      const body = state.root.readInclude?.(relative);
      if (body === undefined) fail(file, `included file '${target}' does not exist`, line, target);
      readFile(state, full, body, constraint !== undefined || mode === 'constraints' ? 'constraints' : 'requirements');
      continue;
    }
    const editable = optionValue(tokens, '--editable', '-e');
    if (editable !== undefined) {
      const target = editable.value;
      if (target === undefined || target === '') fail(file, `${tokens[0]} needs a path or URL`, line);
      if (mode === 'requirements') {
        const pkg = directReference(target, undefined, file, line, []);
        if (pkg !== undefined) state.packages.push({ pkg, key: `${normalizePypiName(pkg.name)}@${pkg.resolved ?? ''}`, pinned: true });
      }
      continue;
    }
    // Global options (index URLs, find-links, binary policies, ...) carry no packages.
    if (logical.startsWith('-')) continue;
    const { requirement: reqText, options } = splitOptions(logical);
    const hashes = hashesOf(options, file, line);
    let parsed: { pkg: Package; pinned: boolean };
    if (isUrlLike(reqText) || isPathLike(reqText)) {
      const target = reqText.split(/\s+;|;\s/)[0]?.trim() ?? reqText;
      const pkg = directReference(target, undefined, file, line, hashes);
      if (pkg === undefined) continue;
      parsed = { pkg, pinned: true };
    } else {
      parsed = requirement(reqText, file, line, hashes);
    }
    const norm = normalizePypiName(parsed.pkg.name);
    if (mode === 'constraints') {
      if (parsed.pinned && parsed.pkg.source === 'registry' && !state.constraints.has(norm))
        state.constraints.set(norm, parsed.pkg.version);
      continue;
    }
    const key = parsed.pkg.source === 'registry' ? `${norm}==${parsed.pkg.version}` : `${norm}@${parsed.pkg.resolved ?? ''}`;
    state.packages.push({ pkg: parsed.pkg, key, pinned: parsed.pinned });
  }
}

/** `rootDir`-relative form of a root-relative path. */
function relativeTo(rootDir: string, full: string): string {
  const from = rootDir.split('/');
  const to = full.split('/');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export const parseRequirements: LockfileParser = (text, ctx) => {
  const state: State = { root: ctx, rootDir: dirname(ctx.path), seen: new Set([ctx.path]), packages: [], constraints: new Map() };
  readFile(state, ctx.path, text, 'requirements');
  // Constraint pins fill in unpinned requirements; a pinned requirement hides unpinned ones of the same name.
  const pinnedNames = new Set<string>();
  for (const entry of state.packages) {
    const norm = normalizePypiName(entry.pkg.name);
    if (!entry.pinned && entry.pkg.source === 'registry') {
      const pinned = state.constraints.get(norm);
      if (pinned !== undefined) {
        entry.pkg.version = pinned;
        entry.pkg.purl = pypiPurl(entry.pkg.name, pinned);
        entry.pinned = true;
        entry.key = `${norm}==${pinned}`;
      }
    }
    if (entry.pinned) pinnedNames.add(norm);
  }
  const out: Package[] = [];
  const keys = new Set<string>();
  for (const entry of state.packages) {
    if (!entry.pinned && pinnedNames.has(normalizePypiName(entry.pkg.name))) continue;
    if (keys.has(entry.key)) continue;
    keys.add(entry.key);
    out.push(entry.pkg);
  }
  return out;
};
