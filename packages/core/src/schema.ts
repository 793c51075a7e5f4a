// A small schema language for the policy file (and any other parsed config): each action declares
// the shape of its section once, gets a typed value back, and a bad value fails with the path of
// the bad key and what would be right. No ajv: the checks we need are few, and the messages are
// the product.
//
//   const section = s.object({
//     'fail-on': s.enum(['low', 'moderate', 'high', 'critical']).default('high'),
//     ignore: s.array(s.object({ id: s.string(), until: s.date().optional() })).default([]),
//   });
//   type Section = Infer<typeof section>;
//
// In an object, an absent key and an explicit null (`key:` with nothing after it in YAML) are the
// same: allowed for `.optional()` (gives undefined) and `.default(v)` (gives v), "is required"
// otherwise. Unknown keys are errors that suggest the closest known key.

import { quote } from './errors.js';

export type PathSegment = string | number;

export interface SchemaIssue {
  /** Where the bad value is, e.g. ['scan-deps', 'ignore', 2, 'until']. */
  path: PathSegment[];
  /** What is wrong, as the end of a sentence: `must be a date like 2026-12-31 (got "soon")`. */
  problem: string;
  /** How to fix it, when there is more to say than the problem. */
  fix?: string;
}

export type SchemaResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** Thrown by parse(): every issue found, the first one in the message. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  readonly issues: SchemaIssue[];

  constructor(issues: SchemaIssue[]) {
    super(issues.length > 0 ? formatIssue(issues[0]!) : 'Invalid value.');
    this.issues = issues;
  }
}

type JsonKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

export abstract class Schema<T> {
  /** What a good value is, as a noun phrase for messages: "a string", "a list of names". */
  abstract readonly expected: string;
  /** The JSON kinds this schema can accept (lets oneOf pick the branch meant). */
  abstract readonly kinds: readonly JsonKind[];

  /**
   * Check a present value. Problems are pushed to `issues`; the return value only counts when
   * none were pushed.
   */
  abstract check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T;

  /** The value when an object key is absent or null; required unless optional/default. */
  absent(path: PathSegment[], issues: SchemaIssue[]): T {
    issues.push({ path, problem: 'is required', fix: `Add it as ${this.expected}.` });
    return undefined as T;
  }

  optional(): Schema<T | undefined> {
    return new OptionalSchema(this);
  }

  /** Absent or null gives a copy of `value`. */
  default(value: T): Schema<T> {
    return new DefaultSchema(this, value);
  }

  /** An extra check on a value of the right type; `test` returns the problem, or undefined. */
  refine(test: (value: T) => string | undefined, fix?: string): Schema<T> {
    return new RefinedSchema(this, test, fix);
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;
export type AnySchema = Schema<unknown>;
export type Shape = Record<string, AnySchema>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type ObjectOf<S extends Shape> = Simplify<{ [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }>;

// ---- entry points -------------------------------------------------------------------------------

export function validate<T>(schema: Schema<T>, value: unknown, path: PathSegment[] = []): SchemaResult<T> {
  const issues: SchemaIssue[] = [];
  const result = value === undefined || value === null ? schema.absent(path, issues) : schema.check(value, path, issues);
  return issues.length === 0 ? { ok: true, value: result } : { ok: false, issues };
}

/** Like validate, but throws SchemaError. */
export function parse<T>(schema: Schema<T>, value: unknown, path: PathSegment[] = []): T {
  const result = validate(schema, value, path);
  if (!result.ok) throw new SchemaError(result.issues);
  return result.value;
}

/** `scan-deps.ignore[2].until`; keys that are not plain names are quoted: `envs["prod.eu"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z0-9_][\w-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `'scan-deps.fail-on' must be one of ... (got "hgih").` — the root is called `rootName`. */
export function formatIssue(issue: SchemaIssue, rootName = 'The value'): string {
  const subject = issue.path.length === 0 ? rootName : `'${formatPath(issue.path)}'`;
  return `${subject} ${issue.problem}${/[.?!]$/.test(issue.problem) ? '' : '.'}`;
}

/** How a bad value is shown in a message. Policy values are not secrets; long ones are cut. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The candidate closest to `word` (ignoring case, `_` vs `-`), if it is close enough to suggest. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(norm(word), norm(candidate));
    // About one typo per three letters: `fail_on` -> `fail-on`, `ingore` -> `ignore`, `x` -> nothing.
    const limit = Math.floor(Math.max(word.length, candidate.length) / 3);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function kindOf(value: unknown): JsonKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return type;
  return 'object';
}

function mismatch(path: PathSegment[], expected: string, value: unknown): SchemaIssue {
  return { path, problem: `must be ${expected} (got ${describeValue(value)})` };
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : `; did you mean '${match}'?`;
}

// ---- wrappers -----------------------------------------------------------------------------------

class OptionalSchema<T> extends Schema<T | undefined> {
  readonly expected: string;
  readonly kinds: readonly JsonKind[];

  private readonly inner: Schema<T>;

  constructor(inner: Schema<T>) {
    super();
    this.inner = inner;
    this.expected = inner.expected;
    this.kinds = inner.kinds;
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T | undefined {
    return this.inner.check(value, path, issues);
  }

  override absent(): T | undefined {
    return undefined;
  }
}

class DefaultSchema<T> extends Schema<T> {
  readonly expected: string;
  readonly kinds: readonly JsonKind[];

  private readonly inner: Schema<T>;
  private readonly fallback: T;

  constructor(inner: Schema<T>, fallback: T) {
    super();
    this.inner = inner;
    this.fallback = fallback;
    this.expected = inner.expected;
    this.kinds = inner.kinds;
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T {
    return this.inner.check(value, path, issues);
  }

  override absent(): T {
    return structuredClone(this.fallback);
  }
}

class RefinedSchema<T> extends Schema<T> {
  readonly expected: string;
  readonly kinds: readonly JsonKind[];

  private readonly inner: Schema<T>;
  private readonly test: (value: T) => string | undefined;
  private readonly fix: string | undefined;

  constructor(inner: Schema<T>, test: (value: T) => string | undefined, fix: string | undefined) {
    super();
    this.inner = inner;
    this.test = test;
    this.fix = fix;
    this.expected = inner.expected;
    this.kinds = inner.kinds;
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T {
    const before = issues.length;
    const result = this.inner.check(value, path, issues);
    if (issues.length === before) {
      const problem = this.test(result);
      if (problem !== undefined) issues.push(this.fix === undefined ? { path, problem } : { path, problem, fix: this.fix });
    }
    return result;
  }

  override absent(path: PathSegment[], issues: SchemaIssue[]): T {
    return this.inner.absent(path, issues);
  }
}

// ---- scalars ------------------------------------------------------------------------------------

export interface StringOptions {
  /** The whole string must match (anchor it yourself if you mean the whole string). */
  pattern?: RegExp;
  /** Noun phrase shown when the pattern fails: "a date like 2026-12-31". */
  expected?: string;
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
}

class StringSchema<T extends string> extends Schema<T> {
  readonly expected: string;
  readonly kinds = ['string'] as const;

  private readonly options: StringOptions;

  constructor(options: StringOptions) {
    super();
    this.options = options;
    this.expected = options.expected ?? (options.enum ? `one of ${options.enum.map((v) => `'${v}'`).join(', ')}` : 'a string');
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T {
    const { pattern, minLength, maxLength } = this.options;
    const allowed = this.options.enum;
    if (typeof value !== 'string') {
      issues.push(mismatch(path, this.expected, value));
      if (typeof value === 'number' || typeof value === 'boolean') {
        issues[issues.length - 1]!.fix = `Quote it if you mean the text: '${String(value)}'.`;
      }
      return value as T;
    }
    if (allowed && !allowed.includes(value)) {
      issues.push({ path, problem: `must be ${this.expected} (got ${describeValue(value)})${didYouMean(value, allowed)}` });
    } else if (minLength !== undefined && value.length < minLength) {
      issues.push({ path, problem: minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters long` });
    } else if (maxLength !== undefined && value.length > maxLength) {
      issues.push({ path, problem: `must be at most ${maxLength} characters long (got ${value.length})` });
    } else if (pattern && !pattern.test(value)) {
      const what = this.options.expected ?? `a string matching ${String(pattern)}`;
      issues.push(mismatch(path, what, value));
    }
    return value as T;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

class DateSchema extends Schema<string> {
  readonly expected = 'a date like 2026-12-31';
  readonly kinds = ['string'] as const;

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): string {
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    if (!match) {
      issues.push(mismatch(path, this.expected, value));
      return value as string;
    }
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
      issues.push({ path, problem: `must be a real calendar date (got ${describeValue(value)})` });
    }
    return value as string;
  }
}

class BooleanSchema extends Schema<boolean> {
  readonly expected = 'true or false';
  readonly kinds = ['boolean'] as const;

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): boolean {
    if (typeof value !== 'boolean') issues.push(mismatch(path, this.expected, value));
    return value as boolean;
  }
}

export interface NumberOptions {
  min?: number;
  max?: number;
}

class NumberSchema extends Schema<number> {
  readonly expected: string;
  readonly kinds = ['number'] as const;

  private readonly integer: boolean;
  private readonly options: NumberOptions;

  constructor(integer: boolean, options: NumberOptions) {
    super();
    this.integer = integer;
    this.options = options;
    this.expected = integer ? 'a whole number' : 'a number';
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): number {
    const { min, max } = this.options;
    if (typeof value !== 'number' || !Number.isFinite(value) || (this.integer && !Number.isSafeInteger(value))) {
      issues.push(mismatch(path, this.expected, value));
    } else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const range =
        min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
      issues.push({ path, problem: `must be ${range} (got ${value})` });
    }
    return value as number;
  }
}

class LiteralSchema<T extends string | number | boolean> extends Schema<T> {
  readonly expected: string;
  readonly kinds: readonly JsonKind[];

  private readonly literal: T;

  constructor(literal: T) {
    super();
    this.literal = literal;
    this.expected = JSON.stringify(literal);
    this.kinds = [kindOf(literal)];
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T {
    if (value !== this.literal) issues.push(mismatch(path, this.expected, value));
    return value as T;
  }
}

// ---- collections --------------------------------------------------------------------------------

export interface ArrayOptions {
  minItems?: number;
  maxItems?: number;
}

class ArraySchema<T> extends Schema<T[]> {
  readonly expected: string;
  readonly kinds = ['array'] as const;

  private readonly item: Schema<T>;
  private readonly options: ArrayOptions;

  constructor(item: Schema<T>, options: ArrayOptions) {
    super();
    this.item = item;
    this.options = options;
    this.expected = `a list of ${plural(item.expected)}`;
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T[] {
    if (!Array.isArray(value)) {
      issues.push(mismatch(path, this.expected, value));
      return value as T[];
    }
    const { minItems, maxItems } = this.options;
    if (minItems !== undefined && value.length < minItems) {
      issues.push({ path, problem: `must have at least ${minItems} item${minItems === 1 ? '' : 's'} (got ${value.length})` });
    }
    if (maxItems !== undefined && value.length > maxItems) {
      issues.push({ path, problem: `must have at most ${maxItems} item${maxItems === 1 ? '' : 's'} (got ${value.length})` });
    }
    return value.map((item, i) => checkItem(this.item, item, [...path, i], issues));
  }
}

export interface RecordOptions {
  /** Checks each key (its issues point at the key). */
  key?: Schema<string>;
}

class RecordSchema<T> extends Schema<Record<string, T>> {
  readonly expected: string;
  readonly kinds = ['object'] as const;

  private readonly value: Schema<T>;
  private readonly options: RecordOptions;

  constructor(value: Schema<T>, options: RecordOptions) {
    super();
    this.value = value;
    this.options = options;
    this.expected = `a mapping of names to ${plural(value.expected)}`;
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): Record<string, T> {
    if (kindOf(value) !== 'object') {
      issues.push(mismatch(path, this.expected, value));
      return value as Record<string, T>;
    }
    const entries: [string, T][] = [];
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (this.options.key) this.options.key.check(key, [...path, key], issues);
      entries.push([key, checkItem(this.value, item, [...path, key], issues)]);
    }
    // fromEntries defines own properties, so a `__proto__` key stays a plain key.
    return Object.fromEntries(entries);
  }
}

export interface ObjectOptions {
  /** Noun phrase for messages; default "a mapping". */
  expected?: string;
}

export class ObjectSchema<S extends Shape> extends Schema<ObjectOf<S>> {
  readonly expected: string;
  readonly kinds = ['object'] as const;

  readonly shape: S;

  constructor(shape: S, options: ObjectOptions = {}) {
    super();
    this.shape = shape;
    this.expected = options.expected ?? 'a mapping';
  }

  get keys(): string[] {
    return Object.keys(this.shape);
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): ObjectOf<S> {
    if (kindOf(value) !== 'object') {
      issues.push(mismatch(path, this.expected, value));
      return value as ObjectOf<S>;
    }
    const input = value as Record<string, unknown>;
    const known = this.keys;
    for (const key of Object.keys(input)) {
      if (Object.hasOwn(this.shape, key)) continue;
      const where = path.length === 0 ? 'here' : `under '${formatPath(path)}'`;
      issues.push({
        path: [...path, key],
        problem: `is not a known setting${didYouMean(key, known)}`,
        fix: known.length > 0 ? `Known keys ${where}: ${known.join(', ')}.` : `Nothing is allowed ${where}.`,
      });
    }
    const entries: [string, unknown][] = [];
    for (const key of known) {
      const result = checkItem(this.shape[key]!, input[key], [...path, key], issues, true);
      if (result !== undefined) entries.push([key, result]);
    }
    return Object.fromEntries(entries) as ObjectOf<S>;
  }
}

class OneOfSchema<T> extends Schema<T> {
  readonly expected: string;
  readonly kinds: readonly JsonKind[];

  private readonly options: readonly Schema<T>[];

  constructor(options: readonly Schema<T>[]) {
    super();
    this.options = options;
    this.expected = options.map((o) => o.expected).join(' or ');
    this.kinds = [...new Set(options.flatMap((o) => o.kinds))];
  }

  check(value: unknown, path: PathSegment[], issues: SchemaIssue[]): T {
    const kind = kindOf(value);
    const candidates = this.options.filter((o) => o.kinds.includes(kind));
    if (candidates.length === 0) {
      issues.push(mismatch(path, this.expected, value));
      return value as T;
    }
    // Issues of the branch that got furthest: the deepest first issue is the one the user meant.
    let best: SchemaIssue[] | undefined;
    let bestDepth = -1;
    for (const option of candidates) {
      const own: SchemaIssue[] = [];
      const result = option.check(value, path, own);
      if (own.length === 0) return result;
      const depth = Math.max(...own.map((issue) => issue.path.length));
      if (depth > bestDepth) {
        best = own;
        bestDepth = depth;
      }
    }
    if (candidates.length > 1 && bestDepth === path.length) {
      issues.push(mismatch(path, this.expected, value));
    } else {
      issues.push(...best!);
    }
    return value as T;
  }
}

/** An item of a list, a value of a mapping or a key of an object; null counts as absent in objects. */
function checkItem<T>(schema: Schema<T>, value: unknown, path: PathSegment[], issues: SchemaIssue[], inObject = false): T {
  if (value === undefined || (inObject && value === null)) return schema.absent(path, issues);
  return schema.check(value, path, issues);
}

/** "a string" -> "strings", "a list of strings" -> "lists of strings", "a date like X" -> "dates like X". */
function plural(expected: string): string {
  if (expected.startsWith('one of ')) return `values, each ${expected}`;
  const match = /^an? (.+?)( (?:of|like|matching) .*)?$/.exec(expected);
  return match ? `${match[1]}s${match[2] ?? ''}` : expected;
}

// ---- constructors -------------------------------------------------------------------------------

export function string<const E extends readonly string[]>(options: StringOptions & { enum: E }): Schema<E[number]>;
export function string(options?: StringOptions): Schema<string>;
export function string(options: StringOptions = {}): Schema<string> {
  return new StringSchema(options);
}

/** One of a fixed set of strings, typed as their union. */
export function enumOf<const E extends readonly string[]>(values: E): Schema<E[number]> {
  return new StringSchema<E[number]>({ enum: values });
}

/** A calendar date written `YYYY-MM-DD` (kept as that string). */
export function date(): Schema<string> {
  return new DateSchema();
}

export function boolean(): Schema<boolean> {
  return new BooleanSchema();
}

export function integer(options: NumberOptions = {}): Schema<number> {
  return new NumberSchema(true, options);
}

export function number(options: NumberOptions = {}): Schema<number> {
  return new NumberSchema(false, options);
}

export function literal<const T extends string | number | boolean>(value: T): Schema<T> {
  return new LiteralSchema(value);
}

export function array<T>(item: Schema<T>, options: ArrayOptions = {}): Schema<T[]> {
  return new ArraySchema(item, options);
}

export function record<T>(value: Schema<T>, options: RecordOptions = {}): Schema<Record<string, T>> {
  return new RecordSchema(value, options);
}

export function object<S extends Shape>(shape: S, options: ObjectOptions = {}): ObjectSchema<S> {
  return new ObjectSchema(shape, options);
}

export function oneOf<const O extends readonly AnySchema[]>(options: O): Schema<Infer<O[number]>> {
  return new OneOfSchema(options as readonly Schema<Infer<O[number]>>[]);
}

/** The whole language in one import: `import { s } from '@gatehouse/core/schema'`. */
export const s = {
  string,
  enum: enumOf,
  date,
  boolean,
  integer,
  number,
  literal,
  array,
  record,
  object,
  oneOf,
};
