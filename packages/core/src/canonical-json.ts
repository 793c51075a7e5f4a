// Canonical JSON in the style of RFC 8785 (JSON Canonicalization Scheme, JCS): the one byte
// sequence for a JSON value, so that a hash of it means the same thing to every reader.
//
//   - no whitespace between tokens;
//   - object members sorted by key, comparing the keys as sequences of UTF-16 code units
//     (RFC 8785 §3.2.3), which is what `<` on JavaScript strings does;
//   - strings escaped as ECMAScript JSON.stringify does (RFC 8785 §3.2.2.2): `\"`, `\\`, `\b`,
//     `\f`, `\n`, `\r`, `\t`, other controls as `\u00xx` (lower-case hex), everything else as is;
//   - numbers in the ECMAScript Number::toString form (RFC 8785 §3.2.2.3), `-0` written as `0`.
//
// Values JSON cannot carry faithfully are refused rather than silently changed: NaN and
// ±Infinity, bigint, functions, symbols, `undefined` in arrays or at the top, strings with lone
// surrogates (not I-JSON, RFC 7493), cycles and objects that are not plain (Date, Map, class
// instances: JSON.stringify would turn them into something else). The one leniency is that an
// object member whose value is `undefined` is left out, as JSON.stringify does, so optional
// fields of a TypeScript object need no cleaning first.

export type JsonPrimitive = null | boolean | number | string;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/** Thrown for a value that has no canonical JSON form; `path` names it, e.g. `$.subject.size`. */
export class CanonicalJsonError extends TypeError {
  override readonly name = 'CanonicalJsonError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`Cannot write ${path} as canonical JSON: ${problem}.`);
    this.path = path;
  }
}

/** The canonical JSON text of `value`. */
export function canonicalize(value: unknown): string {
  const parts: string[] = [];
  write(value, ROOT, parts, new Set());
  return parts.join('');
}

/**
 * Where a value sits, as a chain of steps from the root. Built as data and written out as text
 * (`$.subject.size`) only for an error: audit appends canonicalise every subject, and a path string
 * per member (a regular expression test and a concatenation) was most of that work.
 */
type Path = { readonly parent: Path; readonly step: string | number } | null;
const ROOT: Path = null;

function pathText(path: Path): string {
  if (path === null) return '$';
  const { parent, step } = path;
  if (typeof step === 'number') return `${pathText(parent)}[${step}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(step) ? `${pathText(parent)}.${step}` : `${pathText(parent)}[${JSON.stringify(step)}]`;
}

/** The canonical JSON of `value` as UTF-8 bytes, ready to hash or write. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}

/** Code-unit order of two strings (RFC 8785 §3.2.3); independent of locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function write(value: unknown, path: Path, out: string[], seen: Set<object>): void {
  switch (typeof value) {
    case 'string':
      out.push(serializeString(value, path));
      return;
    case 'number':
      out.push(serializeNumber(value, path));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'undefined':
      throw new CanonicalJsonError(pathText(path), 'undefined has no JSON form');
    case 'bigint':
      throw new CanonicalJsonError(pathText(path), 'bigint has no exact JSON number form; pass it as a string');
    case 'function':
    case 'symbol':
      throw new CanonicalJsonError(pathText(path), `a ${typeof value} has no JSON form`);
    case 'object':
      break;
  }
  if (value === null) {
    out.push('null');
    return;
  }
  const object = value as object;
  if (seen.has(object)) throw new CanonicalJsonError(pathText(path), 'the value refers to itself (a cycle)');
  seen.add(object);
  if (Array.isArray(object)) {
    out.push('[');
    for (let i = 0; i < object.length; i++) {
      if (i > 0) out.push(',');
      // Holes and undefined items would become `null` in JSON.stringify: refuse instead.
      if (!(i in object)) throw new CanonicalJsonError(pathText({ parent: path, step: i }), 'arrays must not have holes');
      write(object[i], { parent: path, step: i }, out, seen);
    }
    out.push(']');
  } else {
    const proto = Object.getPrototypeOf(object) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const kind = (object as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new CanonicalJsonError(pathText(path), `a ${kind} is not a plain object; convert it to JSON data first`);
    }
    if (Object.getOwnPropertySymbols(object).length > 0) {
      throw new CanonicalJsonError(pathText(path), 'symbol keys have no JSON form');
    }
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareKeys);
    out.push('{');
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      const itemPath: Path = { parent: path, step: key };
      if (!first) out.push(',');
      first = false;
      out.push(serializeString(key, itemPath), ':');
      write(item, itemPath, out, seen);
    }
    out.push('}');
  }
  seen.delete(object);
}

function serializeNumber(value: number, path: Path): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError(pathText(path), `${String(value)} is not a JSON number`);
  // Number::toString is the ECMAScript serialisation RFC 8785 prescribes; it already writes -0 as "0".
  return String(value);
}

// JSON.stringify escapes exactly the characters RFC 8785 §3.2.2.2 requires and writes the rest
// as is; it also escapes lone surrogates, which we refuse first because they are not I-JSON.
function serializeString(value: string, path: Path): string {
  if (!value.isWellFormed()) throw new CanonicalJsonError(pathText(path), 'the string has a lone UTF-16 surrogate (not valid Unicode)');
  return JSON.stringify(value);
}
