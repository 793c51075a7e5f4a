// pdm.lock: `[[package]]` tables with name, version, groups and `files = [{file|url, hash}]`;
// git (`git`, `revision`, `ref`), local (`path`) and URL (`url`) packages. Old lock files
// (lock_version < 4) keep hashes in `[metadata.files]` under "<name> <version>".
//
// dev: a package is dev when its groups do not include "default".
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

export const parsePdmLock: LockfileParser = (text, ctx) => {
  const doc = parseTomlFile(text, ctx);
  const { list, headers } = packageTables(doc, text, ctx);
  const metadata = isTable(doc.metadata) ? doc.metadata : {};
  const oldFiles = isTable(metadata.files) ? metadata.files : {};
  const out: Package[] = [];
  const seen = new Map<string, Package>();

  list.forEach((entry: unknown, i: number) => {
    const line = headerLine(headers, list.length, i);
    const key = `package[${i}]`;
    if (!isTable(entry)) throw new LockfileError(ctx.path, 'package entry is not a table', line, key);
    // Old pdm writes extras as their own entries: `name = "requests[socks]"`.
    const name = requiredString(entry.name, ctx, `${key}.name`, line).replace(/\[[^\]]*\]$/, '');
    const git = optionalString(entry.git, ctx, `${key}.git`, line);
    const path = optionalString(entry.path, ctx, `${key}.path`, line);
    const url = optionalString(entry.url, ctx, `${key}.url`, line);
    const version =
      git !== undefined || path !== undefined
        ? (optionalString(entry.version, ctx, `${key}.version`, line) ?? '')
        : requiredString(entry.version, ctx, `${key}.version`, line);
    const pkg: Package = { name, version, ecosystem: 'PyPI', purl: pypiPurl(name, version), lockfile: ctx.path, source: 'registry' };
    if (line !== undefined) pkg.line = line;
    const groups = stringArray(entry.groups, ctx, `${key}.groups`, line);
    if (groups !== undefined) pkg.dev = !groups.includes('default');

    if (git !== undefined) {
      pkg.source = 'git';
      pkg.resolved = git;
      const revision = optionalString(entry.revision, ctx, `${key}.revision`, line);
      if (isCommitId(revision)) pkg.commit = revision.toLowerCase();
    } else if (path !== undefined) {
      pkg.source = 'file';
      pkg.resolved = path;
    } else if (url !== undefined) {
      pkg.source = url.startsWith('file:') ? 'file' : 'url';
      pkg.resolved = url;
    }
    const files =
      entry.files !== undefined
        ? fileHashes(entry.files, ctx, `${key}.files`, line)
        : fileHashes(oldFiles[`${entry.name as string} ${version}`], ctx, `metadata.files.${name} ${version}`, line);
    const integrity = pickFileHash(files);
    if (integrity !== undefined) pkg.integrity = integrity;

    const identity = `${normalizePypiName(name)}@${version}@${pkg.resolved ?? ''}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      // An extras entry of a package already listed: it is needed in production if either is.
      if (earlier.dev === true && pkg.dev !== true) earlier.dev = pkg.dev;
      return;
    }
    seen.set(identity, pkg);
    out.push(pkg);
  });
  return out;
};
