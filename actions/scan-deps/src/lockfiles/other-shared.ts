// Helpers shared by the non-JavaScript lockfile parsers (PyPI, Go, Cargo, RubyGems, Packagist):
// purl building, PEP 503 names, TOML/JSON parsing that fails as LockfileError with a line, and
// line lookups for formats whose parsers do not report positions.
import { LockfileError, type ParseContext } from '../types.js';
import { LineIndex } from '@gatehouse/core/line-index';
import { normalizePypiName } from '../package-names.js';

export type Table = Record<string, unknown>;

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Percent-encodes one purl segment (name, namespace segment, version) per the purl spec. */
export function purlSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `pkg:<type>/<seg>/<seg>@<version>`; the version is left out when empty. */
export function purl(type: string, segments: string[], version: string): string {
  const path = segments.map(purlSegment).join('/');
  return `pkg:${type}/${path}${version !== '' ? `@${purlSegment(version)}` : ''}`;
}

export { normalizePypiName };

export function pypiPurl(name: string, version: string): string {
  return purl('pypi', [normalizePypiName(name)], version);
}

/** A PEP 508 project name (letters, digits, `.`, `_`, `-`; starting and ending alphanumeric). */
export function isPypiName(name: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}

export { LineIndex };

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON; a syntax error becomes a LockfileError, with the line when the engine reports one. */
export function parseJsonFile(text: string, ctx: ParseContext): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) {
      const lineMatch = /\(line (\d+) column \d+\)/.exec(error.message);
      const posMatch = /at position (\d+)/.exec(error.message);
      const line = lineMatch ? Number(lineMatch[1]) : posMatch ? new LineIndex(body).lineOf(Number(posMatch[1])) : undefined;
      throw new LockfileError(ctx.path, `not valid JSON: ${error.message.replace(/ in JSON at position.*$/, '')}`, line);
    }
    throw error;
  }
}

/**
 * The 1-based lines of each `[[<name>]]` array-of-tables header, in order. Only trusted by callers
 * when the count matches the parsed array (a header inside a multi-line string would shift them).
 */
export function tomlArrayHeaderLines(text: string, name: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  const header = `[[${name}]]`;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === header || (line.startsWith(header) && /^\s*#/.test(line.slice(header.length)))) out.push(i + 1);
  }
  return out;
}

/** The header line of array entry `index`, or undefined when the headers could not be matched. */
export function headerLine(headers: number[], count: number, index: number): number | undefined {
  return headers.length === count ? headers[index] : undefined;
}

export function optionalString(value: unknown, ctx: ParseContext, key: string, line: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new LockfileError(ctx.path, `${key.split('.').pop() ?? key} is not a string`, line, key);
  return value;
}

export function requiredString(value: unknown, ctx: ParseContext, key: string, line: number | undefined): string {
  if (value === undefined) throw new LockfileError(ctx.path, `${key.split('.').pop() ?? key} is missing`, line, key);
  const s = optionalString(value, ctx, key, line) ?? '';
  if (s.trim() === '') throw new LockfileError(ctx.path, `${key.split('.').pop() ?? key} is empty`, line, key);
  return s;
}

export function stringArray(value: unknown, ctx: ParseContext, key: string, line: number | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new LockfileError(ctx.path, `${key.split('.').pop() ?? key} is not a list of strings`, line, key);
  }
  return value as string[];
}

/** True for a full git object id (SHA-1 or SHA-256), the only refs OSV can answer commit queries for. */
export function isCommitId(ref: string | undefined): ref is string {
  return ref !== undefined && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

/** Splits `url#fragment`. */
export function splitFragment(url: string): { base: string; fragment?: string } {
  const at = url.indexOf('#');
  return at === -1 ? { base: url } : { base: url.slice(0, at), fragment: url.slice(at + 1) };
}

const SDIST = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i;

/**
 * One integrity value for a Python package that lists one hash per file: the sdist's when one
 * is recognisable, else the first listed.
 */
export function pickFileHash(files: Array<{ name?: string; hash?: string }>): string | undefined {
  const withHash = files.filter((f) => typeof f.hash === 'string' && f.hash !== '');
  const sdist = withHash.find((f) => f.name !== undefined && SDIST.test(f.name));
  return (sdist ?? withHash[0])?.hash;
}

/** A `files = [{file|url, hash}]` list (poetry, pdm, uv wheels) as name/hash pairs. */
export function fileHashes(
  value: unknown,
  ctx: ParseContext,
  key: string,
  line: number | undefined,
): Array<{ name?: string; hash?: string }> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LockfileError(ctx.path, `${key.split('.').pop() ?? key} is not a list`, line, key);
  return value.map((entry, i) => {
    if (!isTable(entry)) throw new LockfileError(ctx.path, 'file entry is not a table', line, `${key}[${i}]`);
    const name = optionalString(entry.file ?? entry.url, ctx, `${key}[${i}].file`, line);
    const hash = optionalString(entry.hash, ctx, `${key}[${i}].hash`, line);
    return { name, hash };
  });
}
