// composer.lock (JSON, ecosystem Packagist): `packages` and `packages-dev` (dev: true).
//
// Versions are kept as written (`v1.2.3` included). Source: a `path` dist is 'file'; a branch
// version (`dev-main`, `2.x-dev`) or a package with only a git `source` is 'git' with the commit
// from `source.reference`; everything else is a registry download (resolved = dist URL,
// integrity = `dist.shasum` when Packagist filled it in, which it mostly does not).
import { LockfileError, type LockfileParser, type Package, type ParseContext } from '../types.js';
import { isCommitId, isTable, LineIndex, optionalString, parseJsonFile, purl, requiredString, stripBom } from './other-shared.js';

function entryPackage(entry: Record<string, unknown>, ctx: ParseContext, key: string, line: number | undefined, dev: boolean): Package {
  const name = requiredString(entry.name, ctx, `${key}.name`, line);
  const slash = name.indexOf('/');
  if (slash <= 0 || slash === name.length - 1 || name.indexOf('/', slash + 1) !== -1) {
    throw new LockfileError(ctx.path, `package name '${name}' is not vendor/name`, line, `${key}.name`);
  }
  const version = requiredString(entry.version, ctx, `${key}.version`, line);
  const pkg: Package = {
    name,
    version,
    ecosystem: 'Packagist',
    purl: purl('composer', [name.slice(0, slash), name.slice(slash + 1)], version),
    lockfile: ctx.path,
    source: 'registry',
    dev,
  };
  if (line !== undefined) pkg.line = line;

  const dist = entry.dist === undefined ? undefined : entry.dist;
  const src = entry.source === undefined ? undefined : entry.source;
  if (dist !== undefined && !isTable(dist)) throw new LockfileError(ctx.path, 'dist is not an object', line, `${key}.dist`);
  if (src !== undefined && !isTable(src)) throw new LockfileError(ctx.path, 'source is not an object', line, `${key}.source`);
  const distType = dist ? optionalString(dist.type, ctx, `${key}.dist.type`, line) : undefined;
  const distUrl = dist ? optionalString(dist.url, ctx, `${key}.dist.url`, line) : undefined;
  const shasum = dist ? optionalString(dist.shasum, ctx, `${key}.dist.shasum`, line) : undefined;
  const srcType = src ? optionalString(src.type, ctx, `${key}.source.type`, line) : undefined;
  const srcUrl = src ? optionalString(src.url, ctx, `${key}.source.url`, line) : undefined;
  const reference = src ? optionalString(src.reference, ctx, `${key}.source.reference`, line) : undefined;

  if (distType === 'path') {
    pkg.source = 'file';
    if (distUrl !== undefined) pkg.resolved = distUrl;
  } else if (srcType === 'git' && (dist === undefined || version.startsWith('dev-') || version.endsWith('-dev'))) {
    pkg.source = 'git';
    if (srcUrl !== undefined) pkg.resolved = srcUrl;
    if (isCommitId(reference)) pkg.commit = reference.toLowerCase();
  } else {
    const resolved = distUrl ?? srcUrl;
    if (resolved !== undefined) pkg.resolved = resolved;
    if (shasum !== undefined && shasum !== '') pkg.integrity = shasum;
  }

  if (entry.license !== undefined) {
    const licenses = typeof entry.license === 'string' ? [entry.license] : entry.license;
    if (!Array.isArray(licenses) || licenses.some((l) => typeof l !== 'string')) {
      throw new LockfileError(ctx.path, 'license is not a list of strings', line, `${key}.license`);
    }
    if (licenses.length > 0) pkg.licenses = [...(licenses as string[])];
  }
  return pkg;
}

export const parseComposerLock: LockfileParser = (text, ctx) => {
  const doc = parseJsonFile(text, ctx);
  if (!isTable(doc)) throw new LockfileError(ctx.path, 'composer.lock is not a JSON object', 1);
  const body = stripBom(text);
  const index = new LineIndex(body);
  const out: Package[] = [];
  let searchFrom = 0;
  for (const section of ['packages', 'packages-dev'] as const) {
    const list = doc[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new LockfileError(ctx.path, `${section} is not an array`, undefined, section);
    const sectionAt = body.indexOf(`${JSON.stringify(section)}:`, searchFrom);
    if (sectionAt !== -1) searchFrom = sectionAt;
    list.forEach((entry: unknown, i: number) => {
      const key = `${section}[${i}]`;
      let line: number | undefined;
      if (isTable(entry) && typeof entry.name === 'string') {
        // The entry's `"name": "vendor/pkg"` line, found in file order.
        const at = body.indexOf(`"name": ${JSON.stringify(entry.name)}`, searchFrom);
        if (at !== -1) {
          line = index.lineOf(at);
          searchFrom = at + 1;
        }
      }
      if (!isTable(entry)) throw new LockfileError(ctx.path, 'package entry is not an object', line, key);
      out.push(entryPackage(entry, ctx, key, line, section === 'packages-dev'));
    });
  }
  return out;
};
