import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatehouseError } from '@gatehouse/core/errors';
import { applyBaseline, BASELINE_SCHEMA, baselineFromFindings, loadBaseline, parseBaseline } from '../src/scan/baseline.js';
import type { Finding } from '../src/scan/types.js';

const FP1 = 'a'.repeat(64);
const FP2 = 'b'.repeat(64);

function finding(fingerprint: string, file = 'x.txt'): Finding {
  return {
    rule: 'aws-access-key-id',
    description: 'AWS access key ID',
    family: 'aws',
    file,
    line: 1,
    column: 1,
    endColumn: 21,
    redacted: 'key=***',
    secretSha256: 'c'.repeat(64),
    fingerprint,
    confidence: 'high',
  };
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(GatehouseError);
    return (err as GatehouseError).describe();
  }
  throw new Error('did not throw');
}

describe('baseline', () => {
  it('parses a valid file and marks the findings it accepts', () => {
    const baseline = parseBaseline(
      JSON.stringify({
        schema: BASELINE_SCHEMA,
        accepted: [{ fingerprint: FP1, reason: 'test fixture', rule: 'aws-access-key-id', file: 'old/place.txt' }],
      }),
      'baseline.json',
    );
    const findings = [finding(FP1), finding(FP2), finding(FP1, 'moved.txt')];
    const applied = applyBaseline(findings, baseline);
    expect(applied).toEqual({ newCount: 1, baselinedCount: 2, unused: [] });
    expect(findings[0]!.baselined).toEqual({ reason: 'test fixture' });
    expect(findings[1]!.baselined).toBeUndefined();
    // Matched by fingerprint only: the file moved, the entry still applies.
    expect(findings[2]!.baselined).toEqual({ reason: 'test fixture' });
  });

  it('reports entries that matched nothing', () => {
    const baseline = parseBaseline(JSON.stringify({ schema: BASELINE_SCHEMA, accepted: [{ fingerprint: FP2, reason: 'r' }] }), 'b.json');
    expect(applyBaseline([finding(FP1)], baseline).unused).toEqual([{ fingerprint: FP2, reason: 'r' }]);
    expect(applyBaseline([finding(FP1)], undefined)).toEqual({ newCount: 1, baselinedCount: 0, unused: [] });
  });

  it.each([
    ['not json', '{', /The baseline file b\.json is not valid JSON/],
    [
      'wrong schema',
      { schema: 'other', accepted: [] },
      /The baseline file b\.json: 'schema' must be "gatehouse\.leak-baseline\/v1" \(got "other"\)/,
    ],
    ['missing accepted', { schema: BASELINE_SCHEMA }, /'accepted' is required/],
    [
      'bad fingerprint',
      { schema: BASELINE_SCHEMA, accepted: [{ fingerprint: 'abc', reason: 'r' }] },
      /'accepted\[0\]\.fingerprint' must be a fingerprint: 64 lower-case hex/,
    ],
    [
      'upper-case hex',
      { schema: BASELINE_SCHEMA, accepted: [{ fingerprint: FP1.toUpperCase(), reason: 'r' }] },
      /'accepted\[0\]\.fingerprint'/,
    ],
    ['no reason', { schema: BASELINE_SCHEMA, accepted: [{ fingerprint: FP1 }] }, /'accepted\[0\]\.reason' is required/],
    [
      'blank reason',
      { schema: BASELINE_SCHEMA, accepted: [{ fingerprint: FP1, reason: '  ' }] },
      /'accepted\[0\]\.reason' must not be blank/,
    ],
    [
      'unknown key',
      { schema: BASELINE_SCHEMA, accepted: [{ fingerprint: FP1, reason: 'r', reson: 'x' }] },
      /'accepted\[0\]\.reson' is not a known setting/,
    ],
  ])('refuses %s with the path of the bad key', (_name, data, pattern) => {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    expect(message(() => parseBaseline(text, 'b.json'))).toMatch(pattern);
  });

  it('fails clearly on a missing file', () => {
    expect(message(() => loadBaseline('/nonexistent/baseline.json', 'baseline.json'))).toMatch(
      /Input 'baseline' names a file that does not exist \(got "baseline.json"\)/,
    );
  });

  it('round-trips: a baseline made from findings accepts them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
    const file = join(dir, 'b.json');
    const findings = [finding(FP1), finding(FP1, 'other.txt'), finding(FP2)];
    writeFileSync(file, JSON.stringify(baselineFromFindings(findings, 'reviewed')));
    const baseline = loadBaseline(file, 'b.json');
    expect(baseline.entries).toHaveLength(2);
    expect(applyBaseline(findings, baseline).newCount).toBe(0);
  });
});
