// poetry.lock: `[[package]]` tables (name, version, category or groups, optional, files,
// `[package.source]`), and the old `[metadata.files]` table of hashes.
//
// dev: poetry < 1.2 writes `category = "dev"`; poetry 2 writes `groups`, and a package is dev when
// "main" is not among them. Lock files in between (lock-version 2.0 from poetry 1.2-1.8) record
// neither, and dev stays unset.
import { LockfileError, type LockfileParser, type Package } from '../types.js';
import {
  fileHashes,
  headerLine,
  isCommitId,
  isTable,
  normalizePypiName,
  optionalString,
  pickFileHash,
  pypiPurl,
  requiredString,
  stringArray,
} from './other-shared.js';
import { packageTables, parseTomlFile } from './toml-shared.js';

export const parsePoetryLock: LockfileParser = (text, ctx) => {
  const doc = parseTomlFile(text, ctx);
  const { list, headers } = packageTables(doc, text, ctx);
  const metadata = isTable(doc.metadata) ? doc.metadata : {};
  const oldFiles = isTable(metadata.files) ? metadata.files : {};
  const oldByName = new Map<string, unknown>();
  for (const [k, v] of Object.entries(oldFiles)) oldByName.set(normalizePypiName(k), v);

  return list.map((entry: unknown, i: number): Package => {
    const line = headerLine(headers, list.length, i);
    const key = `package[${i}]`;
    if (!isTable(entry)) throw new LockfileError(ctx.path, 'package entry is not a table', line, key);
    const name = requiredString(entry.name, ctx, `${key}.name`, line);
    const version = requiredString(entry.version, ctx, `${key}.version`, line);
    const pkg: Package = { name, version, ecosystem: 'PyPI', purl: pypiPurl(name, version), lockfile: ctx.path, source: 'registry' };
    if (line !== undefined) pkg.line = line;

    const category = optionalString(entry.category, ctx, `${key}.category`, line);
    const groups = stringArray(entry.groups, ctx, `${key}.groups`, line);
    if (category !== undefined) pkg.dev = category === 'dev';
    else if (groups !== undefined) pkg.dev = !groups.includes('main');
    if (entry.optional === true) pkg.optional = true;

    const files =
      entry.files !== undefined
        ? fileHashes(entry.files, ctx, `${key}.files`, line)
        : fileHashes(oldFiles[name] ?? oldByName.get(normalizePypiName(name)), ctx, `metadata.files.${name}`, line);
    const integrity = pickFileHash(files);
    if (integrity !== undefined) pkg.integrity = integrity;

    if (entry.source !== undefined) {
      if (!isTable(entry.source)) throw new LockfileError(ctx.path, 'source is not a table', line, `${key}.source`);
      const type = requiredString(entry.source.type, ctx, `${key}.source.type`, line);
      const url = optionalString(entry.source.url, ctx, `${key}.source.url`, line);
      if (url !== undefined) pkg.resolved = url;
      if (type === 'git') {
        pkg.source = 'git';
        const resolvedRef = optionalString(entry.source.resolved_reference, ctx, `${key}.source.resolved_reference`, line);
        const reference = optionalString(entry.source.reference, ctx, `${key}.source.reference`, line);
        const commit = isCommitId(resolvedRef) ? resolvedRef : isCommitId(reference) ? reference : undefined;
        if (commit !== undefined) pkg.commit = commit.toLowerCase();
      } else if (type === 'url') pkg.source = 'url';
      else if (type === 'file' || type === 'directory') pkg.source = 'file';
      // `legacy` (a private index) and anything newer stay registry downloads.
    }
    return pkg;
  });
};
