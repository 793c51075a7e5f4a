// The baseline (input `baseline`): findings a team has reviewed and accepted, each with a reason.
//
//   {
//     "schema": "gatehouse.leak-baseline/v1",
//     "accepted": [
//       { "fingerprint": "<64 hex>", "reason": "test fixture, revoked 2026-01", "rule": "aws-access-key-id", "file": "test/x.txt" }
//     ]
//   }
//
// Findings are matched by fingerprint only: SHA-256 of `<rule>:<SHA-256 of the secret>`, so an
// entry survives edits, moved lines and renamed files. `rule` and `file` are for the reviewer
// (the report has both); they do not narrow the match.

import { readFileSync, statSync } from 'node:fs';
import { GatehouseError } from '@gatehouse/core/errors';
import { formatIssue, s, validate, type Infer } from '@gatehouse/core/schema';
import type { Finding } from './types.js';

export const BASELINE_SCHEMA = 'gatehouse.leak-baseline/v1';
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

const entrySchema = s.object({
  fingerprint: s.string({ pattern: /^[0-9a-f]{64}$/, expected: 'a fingerprint: 64 lower-case hex characters (from the report)' }),
  reason: s.string({ minLength: 1 }).refine((v) => (v.trim() === '' ? 'must not be blank' : undefined), 'Say why the finding is accepted.'),
  rule: s.string({ minLength: 1 }).optional(),
  file: s.string({ minLength: 1 }).optional(),
});

export const baselineSchema = s.object({
  schema: s.literal(BASELINE_SCHEMA),
  accepted: s.array(entrySchema),
});

export type BaselineFile = Infer<typeof baselineSchema>;
export type BaselineEntry = Infer<typeof entrySchema>;

export interface Baseline {
  /** The file as shown in messages (workspace-relative when inside it). */
  file: string;
  entries: BaselineEntry[];
  /** fingerprint -> reason (the first entry wins when one is listed twice). */
  byFingerprint: Map<string, string>;
}

export interface BaselineApplication {
  newCount: number;
  baselinedCount: number;
  /** Entries that matched no finding in this scan (stale, or the credential is gone). */
  unused: BaselineEntry[];
}

/** Parse and validate baseline text; `shown` names the file in messages. */
export function parseBaseline(text: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new GatehouseError('INPUT_INVALID', `The baseline file ${shown} is not valid JSON (${(err as Error).message}).`, {
      fix: `Write it as JSON: {"schema": "${BASELINE_SCHEMA}", "accepted": [...]}.`,
    });
  }
  const result = validate(baselineSchema, data);
  if (!result.ok) {
    const [first, ...rest] = result.issues;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
    throw new GatehouseError('INPUT_INVALID', `The baseline file ${shown}: ${formatIssue(first!, 'the file')}${more}`, {
      fix:
        first!.fix ??
        `Each accepted entry needs "fingerprint" (64 hex characters, from the report) and a non-empty "reason"; the file needs "schema": "${BASELINE_SCHEMA}".`,
    });
  }
  const byFingerprint = new Map<string, string>();
  for (const entry of result.value.accepted) if (!byFingerprint.has(entry.fingerprint)) byFingerprint.set(entry.fingerprint, entry.reason);
  return { file: shown, entries: result.value.accepted, byFingerprint };
}

/** Read the baseline at `path` (already resolved inside the workspace). */
export function loadBaseline(path: string, shown: string): Baseline {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_BASELINE_BYTES) {
      throw new GatehouseError('INPUT_INVALID', `The baseline file ${shown} is ${size} bytes, over the ${MAX_BASELINE_BYTES}-byte limit.`, {
        fix: 'Accept findings by fingerprint only; fix or rotate the rest.',
      });
    }
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof GatehouseError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new GatehouseError(
      'INPUT_INVALID',
      `Input 'baseline' names a file that ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`} (got ${JSON.stringify(shown)}).`,
      { fix: 'Commit the baseline file and check out the repository before this step, or fix the path (relative to the workspace).' },
    );
  }
  return parseBaseline(text, shown);
}

/** Mark the findings the baseline accepts (sets `baselined`); returns the counts. */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): BaselineApplication {
  const used = new Set<string>();
  let baselinedCount = 0;
  for (const finding of findings) {
    const reason = baseline?.byFingerprint.get(finding.fingerprint);
    if (reason === undefined) continue;
    finding.baselined = { reason };
    used.add(finding.fingerprint);
    baselinedCount++;
  }
  const unused = baseline ? baseline.entries.filter((e) => !used.has(e.fingerprint)) : [];
  return { newCount: findings.length - baselinedCount, baselinedCount, unused };
}

/** A baseline accepting every new finding of a report, with a reason to fill in. */
export function baselineFromFindings(findings: readonly Pick<Finding, 'fingerprint' | 'rule' | 'file'>[], reason: string): BaselineFile {
  const seen = new Set<string>();
  const accepted: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    accepted.push({ fingerprint: f.fingerprint, reason, rule: f.rule, file: f.file });
  }
  return { schema: BASELINE_SCHEMA, accepted };
}
