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

export function resolveSecrets(
  refs: readonly SecretRef[],
  results: Map<string, ReadResult>,
  registry: SecretRegistry,
  asFile: ReadonlySet<string>,
): Resolved {
  const warnings: string[] = [];
  const items = refs.map((ref): Item => {
    const result = results.get(ref.readKey);
    const base = { ref, asFile: asFile.has(ref.name), latencyMs: result?.latencyMs ?? 0 };
    if (!result)
      return {
        ...base,
        outcome: 'failure',
        failure: { kind: 'invalid', message: 'it was never read', fix: 'Report this as a Gatehouse bug.' },
      };
    const { outcome } = result;
    if (!outcome.ok) {
      if (ref.optional && outcome.failure.kind === 'not-found') {
        runner.notice(`${ref.name} was skipped: ${ref.text} does not exist (optional reference).`);
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
        mask(registry, text, ref, warnings);
      } else if (base.asFile) {
        // Binary (a keystore, a DER key): it can only reach a log encoded, so mask the encodings.
        registry.register(Buffer.from(value).toString('base64'));
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
      mask(registry, value, ref, warnings);
    }
    return { ...base, outcome: 'success', value, ...(outcome.version ? { version: outcome.version } : {}) };
  });
  return { items, failures: items.filter((item) => item.outcome === 'failure'), warnings };
}

function mask(registry: SecretRegistry, value: string, ref: SecretRef, warnings: string[]): void {
  const outcome = registry.register(value);
  if (outcome.accepted) return;
  if (outcome.reason === 'empty') {
    warnings.push(`${ref.name} is empty.`);
  } else {
    // Masking `true` or `1234` would blank those characters across the whole job log and still
    // protect nothing; say so, so that the owner can make the secret a real one.
    const why = outcome.reason === 'trivial' ? 'is true, false, null or a number' : `is shorter than ${registry.minLength} characters`;
    warnings.push(`${ref.name} ${why}, so it cannot be masked in the log; treat it as public or make it longer.`);
  }
}
