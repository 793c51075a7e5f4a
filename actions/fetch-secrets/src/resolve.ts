// From read outcomes to what each reference exports: select the field, mask the value (with its
// encodings, before it is exported or could be printed), and sort out what failed and what an
// optional reference may skip. Only `not-found` may be skipped; any other failure still fails.

import { decodeUtf8 } from '@gatehouse/core/utf8';
import type { SecretRegistry } from '@gatehouse/core/masking';
import * as runner from '@gatehouse/core/runner';
import type { ReadResult } from './fetch.js';
import type { SecretRef } from './references.js';
import type { ReadFailure } from './providers/types.js';
import { selectField } from './select.js';

export interface Item {
  ref: SecretRef;
  asFile: boolean;
  outcome: 'success' | 'failure' | 'skipped';
  /** The value to export (or write to a file); undefined unless the outcome is success. */
  value?: string | Uint8Array;
  version?: string;
  failure?: ReadFailure;
  latencyMs: number;
}

export interface Resolved {
  items: Item[];
  failures: Item[];
  warnings: string[];
}

/**
 * Resolves references as their reads arrive (`add`, from PreparedFetch.run's onResult), so each
 * value is masked the moment it is known, then (`finish`) sorts out what failed. Items, warnings
 * and notices come out in the order of the `secrets` input, whatever order the reads came back in.
 */
export class Resolver {
  private readonly items: (Item | undefined)[];
  /** Per reference: its warning, and its notice (an optional reference skipped). */
  private readonly warnings: (string | undefined)[];
  private readonly notices: (string | undefined)[];
  private readonly byRead = new Map<string, number[]>();

  constructor(
    private readonly refs: readonly SecretRef[],
    private readonly registry: SecretRegistry,
    private readonly asFile: ReadonlySet<string>,
  ) {
    this.items = new Array<Item | undefined>(refs.length);
    this.warnings = new Array<string | undefined>(refs.length);
    this.notices = new Array<string | undefined>(refs.length);
    refs.forEach((ref, i) => {
      const list = this.byRead.get(ref.readKey);
      if (list) list.push(i);
      else this.byRead.set(ref.readKey, [i]);
    });
  }

  /** Resolve every reference that `key` was read for; returns their positions in the input. */
  add(key: string, result: ReadResult): number[] {
    const positions = this.byRead.get(key) ?? [];
    for (const i of positions) this.items[i] = this.resolve(i, result);
    return positions;
  }

  /** The item of the reference at `position`, once resolved. */
  item(position: number): Item | undefined {
    return this.items[position];
  }

  /** Every reference's item (one whose read never reported is a failure), and the notices printed. */
  finish(): Resolved {
    const items = this.refs.map(
      (ref, i): Item =>
        this.items[i] ?? {
          ref,
          asFile: this.asFile.has(ref.name),
          latencyMs: 0,
          outcome: 'failure',
          failure: { kind: 'invalid', message: 'it was never read', fix: 'Report this as a Gatehouse bug.' },
        },
    );
    for (const notice of this.notices) if (notice) runner.notice(notice);
    return {
      items,
      failures: items.filter((item) => item.outcome === 'failure'),
      warnings: this.warnings.filter((w): w is string => w !== undefined),
    };
  }

  private resolve(i: number, result: ReadResult): Item {
    const ref = this.refs[i]!;
    const base = { ref, asFile: this.asFile.has(ref.name), latencyMs: result.latencyMs };
    const { outcome } = result;
    if (!outcome.ok) {
      if (ref.optional && outcome.failure.kind === 'not-found') {
        this.notices[i] = `${ref.name} was skipped: ${ref.text} does not exist (optional reference).`;
        return { ...base, outcome: 'skipped', failure: outcome.failure };
      }
      return { ...base, outcome: 'failure', failure: outcome.failure };
    }
    const selected = selectField(outcome.value, ref.field);
    if (!selected.ok) {
      return { ...base, outcome: 'failure', failure: { kind: 'invalid', message: `${ref.text}: ${selected.problem}`, fix: selected.fix } };
    }
    let value = selected.value;
    if (typeof value !== 'string') {
      const text = decodeUtf8(value);
      if (text !== undefined) {
        value = base.asFile ? value : text;
        this.warnings[i] = mask(this.registry, text, ref);
      } else if (base.asFile) {
        // Binary (a keystore, a DER key): it can only reach a log encoded, so mask the encodings.
        this.registry.register(Buffer.from(value).toString('base64'));
      } else {
        return {
          ...base,
          outcome: 'failure',
          failure: {
            kind: 'invalid',
            message: `${ref.text} is binary and cannot be exported as text`,
            fix: `List ${ref.name} in the as-file input to write it to a file.`,
          },
        };
      }
    } else {
      this.warnings[i] = mask(this.registry, value, ref);
    }
    return { ...base, outcome: 'success', value, ...(outcome.version ? { version: outcome.version } : {}) };
  }
}

/** Register the value; a warning when it cannot be masked. */
function mask(registry: SecretRegistry, value: string, ref: SecretRef): string | undefined {
  const outcome = registry.register(value);
  if (outcome.accepted) return undefined;
  if (outcome.reason === 'empty') return `${ref.name} is empty.`;
  // Masking `true` or `1234` would blank those characters across the whole job log and still
  // protect nothing; say so, so that the owner can make the secret a real one.
  const why = outcome.reason === 'trivial' ? 'is true, false, null or a number' : `is shorter than ${registry.minLength} characters`;
  return `${ref.name} ${why}, so it cannot be masked in the log; treat it as public or make it longer.`;
}
