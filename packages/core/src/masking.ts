// Registering secrets: the value, each trimmed line of a multi-line value, the string leaves and
// compact form of a JSON value, and every encoded form of each (encodings.ts). Each form goes to
// the runner as `::add-mask::` (so later steps are masked too) and into the registry, which feeds
// this process's redactor and the audit log's "never write a secret" check.
//
// Trivial values are never masked: `true`, `false`, `null` and bare numbers would replace every
// occurrence of common words and digits in the job log without protecting anything. Values shorter
// than `minLength` are refused with a warning for the same reason.

import { encodedForms } from './encodings.js';
import * as runner from './runner.js';

export const DEFAULT_MIN_LENGTH = 4;

/** The shortest form ever masked, whatever min-length says: shorter ones would shred the log. */
export const MIN_MASK_LENGTH = 4;

/** Aligned base64 fragments shorter than this match ordinary base64 text too often to be useful. */
const MIN_ALIGNED_FRAGMENT = 8;

const TRIVIAL = /^(?:true|false|null|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/i;

export function isTrivial(value: string): boolean {
  const trimmed = value.trim();
  // Every trivial value starts with a digit, a sign, a dot or t/f/n in either case (| 0x20 folds
  // the case; the control characters it also lets through are refused below). Most forms do not,
  // so the regular expression is not run for each of the ~20 forms of every value at start-up.
  const first = trimmed.charCodeAt(0) | 0x20;
  if (!(
    (first >= 0x30 && first <= 0x39) ||
    first === 0x2b ||
    first === 0x2d ||
    first === 0x2e ||
    first === 0x74 ||
    first === 0x66 ||
    first === 0x6e
  )) {
    return false;
  }
  return TRIVIAL.test(trimmed);
}

export type RefusalReason = 'empty' | 'trivial' | 'too-short';

export interface RegisterOutcome {
  /** The value itself was accepted (some of its lines or leaves may still have been skipped). */
  accepted: boolean;
  reason?: RefusalReason;
  /** Forms newly registered by this call. */
  added: number;
}

export interface RegistryOptions {
  minLength?: number;
  /** Where masks go, a batch per registered value; the runner by default. */
  addMasks?: (forms: readonly string[]) => void;
}

export class SecretRegistry {
  readonly minLength: number;
  private readonly forms = new Set<string>();
  private readonly byPrefix = new Map<string, string[]>();
  /** Which pairs of leading characters some form starts with (see pairKey): one byte per pair. */
  private readonly leadingPairs = new Uint8Array(65536);
  private readonly addMasks: (forms: readonly string[]) => void;

  constructor(options: RegistryOptions = {}) {
    this.minLength = Math.max(options.minLength ?? DEFAULT_MIN_LENGTH, MIN_MASK_LENGTH);
    this.addMasks = options.addMasks ?? runner.addMasks;
  }

  /** How many distinct forms are registered. */
  get size(): number {
    return this.forms.size;
  }

  patterns(): string[] {
    return [...this.forms];
  }

  /** Why `value` would be refused, if it would be. */
  refusal(value: string): RefusalReason | undefined {
    if (value.trim() === '') return 'empty';
    if (isTrivial(value)) return 'trivial';
    if (value.trim().length < this.minLength) return 'too-short';
    return undefined;
  }

  register(value: string): RegisterOutcome {
    const reason = this.refusal(value);
    if (reason) return { accepted: false, reason, added: 0 };
    const added: string[] = [];
    for (const base of baseValues(value)) {
      if (this.refusal(base)) continue;
      for (const form of encodedForms(base)) {
        // Fragments (aligned base64, the short last line of wrapped base64) shorter than this
        // would match ordinary base64 text too often.
        if (form.fragment && form.text.length < MIN_ALIGNED_FRAGMENT) continue;
        if (this.add(form.text)) added.push(form.text);
      }
    }
    this.addMasks(added);
    return { accepted: true, added: added.length };
  }

  /**
   * True when `text` contains any registered form: used to keep secrets out of the audit log.
   * Forms are indexed by their first MIN_MASK_LENGTH characters (every form is at least that
   * long), so the cost is one lookup per position of `text`, not one scan of it per form: fifty
   * fetched secrets have some 1,750 forms. Before that lookup, a table of the forms' first two
   * characters rules out almost every position without building a string.
   *
   * The scan runs once per step, cold, so mostly in V8's interpreter, where every call costs: it
   * reads the low bytes of the text's code units from a latin1 Buffer (one native copy) rather than
   * calling charCodeAt twice and a helper per position. Fifty audit records (9 kB): ~1.7 ms before.
   */
  containsSecret(text: string): boolean {
    if (text.length < this.minLength) return false;
    const pairs = this.leadingPairs;
    // latin1 keeps the low byte of each UTF-16 code unit, which is what pairKey folds a character to.
    const low = Buffer.from(text, 'latin1');
    const last = text.length - MIN_MASK_LENGTH;
    for (let i = 0; i <= last; i++) {
      if (pairs[(low[i]! << 8) | low[i + 1]!] === 0) continue;
      const candidates = this.byPrefix.get(text.slice(i, i + MIN_MASK_LENGTH));
      if (candidates) for (const form of candidates) if (text.startsWith(form, i)) return true;
    }
    return false;
  }

  private add(form: string): boolean {
    // Repeats first: many forms coincide (base64 and base64url of most values, for one).
    if (this.forms.has(form) || form.trim().length < this.minLength || isTrivial(form)) return false;
    this.forms.add(form);
    this.leadingPairs[pairKey(form.charCodeAt(0), form.charCodeAt(1))] = 1;
    const prefix = form.slice(0, MIN_MASK_LENGTH);
    const bucket = this.byPrefix.get(prefix);
    if (bucket) bucket.push(form);
    else this.byPrefix.set(prefix, [form]);
    return true;
  }
}

/** Two UTF-16 code units folded to 16 bits: the low byte of each. A collision costs only a lookup. */
function pairKey(first: number, second: number): number {
  return ((first & 0xff) << 8) | (second & 0xff);
}

/** The value, its trimmed lines, and for JSON its compact form and string leaves. */
export function baseValues(value: string): string[] {
  const out = new Set<string>([value]);
  for (const line of value.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed) out.add(trimmed);
  }
  const json = parseJson(value);
  if (json !== undefined && typeof json === 'object' && json !== null) {
    out.add(JSON.stringify(json));
    const leaves: string[] = [];
    collectStrings(json, 0, leaves);
    for (const leaf of leaves) {
      out.add(leaf);
      for (const line of leaf.split(/\r\n|\r|\n/)) if (line.trim()) out.add(line.trim());
    }
  }
  return [...out];
}

function parseJson(value: string): unknown {
  const text = value.trim();
  if (!(text.startsWith('{') || text.startsWith('['))) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The string leaves of a JSON value, depth-first, to 64 levels. */
function collectStrings(node: unknown, depth: number, out: string[]): void {
  if (depth > 64) return;
  if (typeof node === 'string') out.push(node);
  else if (node !== null && typeof node === 'object') for (const item of Object.values(node)) collectStrings(item, depth + 1, out);
}
