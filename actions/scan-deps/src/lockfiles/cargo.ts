// Cargo.lock, versions 1 to 4 (ecosystem crates.io).
//
// Sources: `registry+<index>` and `sparse+<index>` are registry downloads (resolved = the index
// URL); `git+<url>?<query>#<commit>` are git checkouts. Packages without a source are workspace
// members or path dependencies: kept with source 'workspace' (they are local code, not
// crates.io releases; the OSV layer should not query them). Checksums: inline `checksum` (v2+),
// or v1's `[metadata]` keys `"checksum <name> <version> (<source>)"`.
import { LockfileError, type LockfileParser, type Package } from '../types.js';
import { headerLine, isCommitId, isTable, optionalString, purl, requiredString, splitFragment } from './other-shared.js';
import { packageTables, parseTomlFile } from './toml-shared.js';

export const parseCargoLock: LockfileParser = (text, ctx) => {
  const doc = parseTomlFile(text, ctx);
  if (doc.version !== undefined && (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1)) {
    throw new LockfileError(ctx.path, `unknown lock file version ${JSON.stringify(doc.version)}`, undefined, 'version');
  }
  const { list, headers } = packageTables(doc, text, ctx);
  const metadata = isTable(doc.metadata) ? doc.metadata : {};

  return list.map((entry: unknown, i: number): Package => {
    const line = headerLine(headers, list.length, i);
    const key = `package[${i}]`;
    if (!isTable(entry)) throw new LockfileError(ctx.path, 'package entry is not a table', line, key);
    const name = requiredString(entry.name, ctx, `${key}.name`, line);
    const version = requiredString(entry.version, ctx, `${key}.version`, line);
    const source = optionalString(entry.source, ctx, `${key}.source`, line);
    const pkg: Package = {
      name,
      version,
      ecosystem: 'crates.io',
      purl: purl('cargo', [name], version),
      lockfile: ctx.path,
      source: 'registry',
    };
    if (line !== undefined) pkg.line = line;

    if (source === undefined) {
      pkg.source = 'workspace';
    } else if (source.startsWith('registry+') || source.startsWith('sparse+')) {
      pkg.resolved = source.slice(source.indexOf('+') + 1);
    } else if (source.startsWith('git+')) {
      const { base, fragment } = splitFragment(source.slice('git+'.length));
      pkg.source = 'git';
      pkg.resolved = base;
      if (isCommitId(fragment)) pkg.commit = fragment.toLowerCase();
    } else if (source.startsWith('path+')) {
      pkg.source = 'file';
      pkg.resolved = source.slice('path+'.length);
    } else {
      throw new LockfileError(ctx.path, `unknown source '${source}'`, line, `${key}.source`);
    }

    const checksum =
      optionalString(entry.checksum, ctx, `${key}.checksum`, line) ??
      (source !== undefined
        ? optionalString(metadata[`checksum ${name} ${version} (${source})`], ctx, `metadata.checksum ${name} ${version}`, undefined)
        : undefined);
    // v1 writes "<none>" for packages without a checksum.
    if (checksum !== undefined && checksum !== '<none>') pkg.integrity = checksum;
    return pkg;
  });
};
