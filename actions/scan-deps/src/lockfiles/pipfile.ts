// Pipfile.lock (JSON): `default` and `develop` sections of name -> { version: "==x", hashes,
// index, markers } or git/path/file entries. A package in both sections is reported once, from
// `default` (production).
import { LockfileError, type LockfileParser, type Package, type ParseContext } from '../types.js';
import {
  isCommitId,
  isTable,
  LineIndex,
  optionalString,
  parseJsonFile,
  pypiPurl,
  stringArray,
  stripBom,
  pickFileHash,
} from './other-shared.js';

/** Finds the line of each `"name": {` key of a section, searching in order from the section's start. */
function keyLines(text: string, section: string, names: string[]): Map<string, number> {
  const index = new LineIndex(text);
  const lines = new Map<string, number>();
  let from = text.indexOf(`${JSON.stringify(section)}:`);
  if (from === -1) return lines;
  for (const name of names) {
    const at = text.indexOf(`${JSON.stringify(name)}:`, from);
    if (at === -1) break;
    lines.set(name, index.lineOf(at));
    from = at + 1;
  }
  return lines;
}

function entryPackage(name: string, entry: Record<string, unknown>, ctx: ParseContext, key: string, line: number | undefined): Package {
  const written = optionalString(entry.version, ctx, `${key}.version`, line);
  let version = '';
  if (written !== undefined && written !== '*') {
    const pin = /^===?\s*([^\s,;*]+)$/.exec(written.trim());
    if (!pin) throw new LockfileError(ctx.path, `version '${written}' is not an exact pin`, line, `${key}.version`);
    version = pin[1] ?? '';
  }
  const pkg: Package = { name, version, ecosystem: 'PyPI', purl: pypiPurl(name, version), lockfile: ctx.path, source: 'registry' };
  if (line !== undefined) pkg.line = line;
  const hashes = stringArray(entry.hashes, ctx, `${key}.hashes`, line) ?? [];
  const integrity = pickFileHash(hashes.map((hash) => ({ hash })));
  if (integrity !== undefined) pkg.integrity = integrity;

  const git = optionalString(entry.git, ctx, `${key}.git`, line);
  const path = optionalString(entry.path, ctx, `${key}.path`, line);
  const file = optionalString(entry.file, ctx, `${key}.file`, line);
  if (git !== undefined) {
    pkg.source = 'git';
    pkg.resolved = git;
    const ref = optionalString(entry.ref, ctx, `${key}.ref`, line);
    if (isCommitId(ref)) pkg.commit = ref.toLowerCase();
  } else if (path !== undefined) {
    pkg.source = 'file';
    pkg.resolved = path;
  } else if (file !== undefined) {
    pkg.source = file.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? 'file' : 'url';
    pkg.resolved = file;
  }
  return pkg;
}

export const parsePipfileLock: LockfileParser = (text, ctx) => {
  const doc = parseJsonFile(text, ctx);
  if (!isTable(doc)) throw new LockfileError(ctx.path, 'Pipfile.lock is not a JSON object', 1);
  const body = stripBom(text);
  const out: Package[] = [];
  const inDefault = new Set<string>();
  for (const section of ['default', 'develop'] as const) {
    const entries = doc[section];
    if (entries === undefined) continue;
    if (!isTable(entries)) throw new LockfileError(ctx.path, `${section} is not an object`, undefined, section);
    const names = Object.keys(entries);
    const lines = keyLines(body, section, names);
    for (const name of names) {
      const key = `${section}.${name}`;
      const line = lines.get(name);
      const entry = entries[name];
      if (!isTable(entry)) throw new LockfileError(ctx.path, 'entry is not an object', line, key);
      if (name.trim() === '') throw new LockfileError(ctx.path, 'empty package name', line, key);
      const pkg = entryPackage(name, entry, ctx, key, line);
      const identity = `${pkg.purl}@${pkg.resolved ?? ''}`;
      if (section === 'default') {
        inDefault.add(identity);
        pkg.dev = false;
      } else {
        if (inDefault.has(identity)) continue;
        pkg.dev = true;
      }
      out.push(pkg);
    }
  }
  return out;
};
