// CVSS base scores against published values, and severityOf's choices.
//
// v3.1/v3.0: NVD base scores of well-known CVEs and of GitHub advisories (the vector and score are as
// NVD/GHSA publish them), plus the boundary vectors (0.0, 10.0) and scope-changed vectors.
// v4.0: scores from FIRST's v4.0 calculator, as published in the CVSS v4.0 examples/other
// implementations' test tables (9.3 for the all-high vulnerable system, 10 for all-high, 0 without
// impact, the E:U / MVI / MSA:S / CR/IR/AR variants, CVE-2024-7657's 5.3 ...).
// Cross-check: seeded random vectors scored by an independent implementation, {metæffekt}'s
// ae-cvss-calculator (npm), must get the same score from ours.

import { describe, expect, it } from '@jest/globals';
import aeCvss from 'ae-cvss-calculator';
import { CvssVectorError, cvss2Score, cvss3Score, cvss4Score, levelOf, roundup31, severityOf } from '../src/osv/cvss.js';
import type { OsvRecord } from '../src/types.js';

describe('cvss3Score', () => {
  it.each([
    // [vector, NVD base score, what]
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0, 'no impact'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0, 'CVE-2021-44228 (Log4Shell), scope changed'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CVE-2017-5638 (Struts2)'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5, 'CVE-2014-0160 (Heartbleed, NVD v3.1)'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5, 'availability-only DoS (e.g. CVE-2022-24999 qs)'],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2, 'GHSA-35jh-r3h4-6jhm (lodash command injection)'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'reflected XSS, scope changed'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4, 'stored XSS, scope changed'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8, 'authenticated RCE'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8, 'user-assisted RCE'],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8, 'local privilege escalation'],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.1, 'high-complexity RCE'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3, 'information disclosure'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9, 'scope-changed authenticated RCE'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N', 8.6, 'scope-changed disclosure (SSRF-like)'],
    ['CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:L', 4.6, 'all low, unchanged'],
    ['CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:L', 5.5, 'all low, changed'],
    ['CVSS:3.1/AV:A/AC:H/PR:N/UI:R/S:C/C:H/I:L/A:L', 7.0, 'adjacent, changed'],
    ['CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8, 'physical access'],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9, 'high-complexity disclosure'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CVSS 3.0 vector'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'CVSS 3.0 scope changed'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C/CR:L/MAV:L', 9.8, 'temporal/environmental ignored'],
    ['CVSS:3.1/S:U/AV:N/A:H/AC:L/PR:N/UI:N/C:H/I:H', 9.8, 'metrics in another order'],
  ])('%s = %d (%s)', (vector, score) => {
    expect(cvss3Score(vector)).toBe(score);
  });

  it('Roundup follows the v3.1 specification Appendix A', () => {
    expect(roundup31(4.0)).toBe(4.0);
    expect(roundup31(4.02)).toBe(4.1);
    expect(roundup31(4.000001)).toBe(4.0); // float noise below 1e-5 is not rounded up
    expect(roundup31(4.00001)).toBe(4.1);
  });

  it.each([
    ['', 'empty'],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'no prefix'],
    ['CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown version'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'missing A'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:L', 'A twice'],
    ['CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown value'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:H', 'unknown metric'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/', 'trailing slash'],
    ['CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'lower-case value'],
  ])('throws for %j (%s)', (vector) => {
    expect(() => cvss3Score(vector)).toThrow(CvssVectorError);
  });
});

describe('cvss4Score', () => {
  it.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10.0],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0.0],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H', 7.9],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U', 9.1],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVI:L/MSA:S', 9.8],
    ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N', 1.0],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L', 5.2],
    [
      'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L/E:P/CR:H/IR:M/AR:H/MAV:A/MAT:P/MPR:N/MVI:H/MVA:N/MSI:H/MSA:N/S:N/V:C/U:Amber',
      4.7,
    ],
    ['CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:N/VC:N/VI:N/VA:H/SC:H/SI:H/SA:H/CR:L/IR:L/AR:L', 5.8],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 6.9],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N', 5.3], // CVE-2024-7657
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N/E:X', 5.3], // CVE-2025-6829, E:X = absent
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 5.3], // same without E
    // x.x5 ties that float arithmetic lands one ULP below: the reference calculator rounds them up since
    // RedHatProductSecurity/cvss-v4-calculator#67 (issue #66 gives the first vector, 8.5499999... -> 8.6)
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H', 8.6],
    ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:L/VI:H/VA:N/SC:L/SI:L/SA:N', 5.7],
  ])('%s = %d', (vector, score) => {
    expect(cvss4Score(vector)).toBe(score);
  });

  it('treats absent threat/environmental metrics as X', () => {
    const base = 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:L/VA:N/SC:L/SI:N/SA:N';
    const explicit = `${base}/E:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X`;
    expect(cvss4Score(explicit)).toBe(cvss4Score(base));
  });

  it('supplemental metrics do not change the score', () => {
    const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(cvss4Score(`${base}/S:P/AU:Y/R:I/V:C/RE:H/U:Red`)).toBe(9.3);
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'a v3 vector'],
    ['CVSS:4.0/AV:F/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N', 'unknown value'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/ui:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N', 'lower-case metric'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/SC:N/SI:N/SA:N', 'missing VA'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N/SA:H', 'SA twice'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:S/SA:N', 'SI:S is only for MSI'],
  ])('throws for %s (%s)', (vector) => {
    expect(() => cvss4Score(vector)).toThrow(CvssVectorError);
  });
});

describe('cross-check against ae-cvss-calculator (seeded random vectors)', () => {
  const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = aeCvss;
  type Metrics = ReadonlyArray<readonly [string, readonly string[]]>;

  /** mulberry32, so a disagreement reproduces. */
  function prng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** `count` vectors: every mandatory metric, and (with `optional`) each optional one with probability 0.4. */
  function vectors(seed: number, count: number, prefix: string, mandatory: Metrics, optional: Metrics = []): string[] {
    const rand = prng(seed);
    const pick = (values: readonly string[]): string => values[Math.floor(rand() * values.length)]!;
    return Array.from({ length: count }, (_, i) => {
      const parts = mandatory.map(([k, values]) => `${k}:${pick(values)}`);
      // every other vector also carries threat/environmental/supplemental metrics
      if (i % 2 === 1) for (const [k, values] of optional) if (rand() < 0.4) parts.push(`${k}:${pick(values)}`);
      return prefix + parts.join('/');
    });
  }

  /** Compares every vector's score; fails on the first disagreement, naming the vector and both scores. */
  function crossCheck(list: readonly string[], ours: (v: string) => number, theirs: (v: string) => number | undefined): void {
    for (const v of list) {
      const [a, b] = [ours(v), theirs(v)];
      if (a !== b) throw new Error(`first disagreement: ${v}: ours ${a}, ae-cvss-calculator ${String(b)}`);
    }
  }

  const V3_BASE: Metrics = [
    ['AV', ['N', 'A', 'L', 'P']],
    ['AC', ['L', 'H']],
    ['PR', ['N', 'L', 'H']],
    ['UI', ['N', 'R']],
    ['S', ['U', 'C']],
    ['C', ['H', 'L', 'N']],
    ['I', ['H', 'L', 'N']],
    ['A', ['H', 'L', 'N']],
  ];
  const V3_OTHER: Metrics = [
    ['E', ['X', 'H', 'F', 'P', 'U']],
    ['RL', ['X', 'U', 'W', 'T', 'O']],
    ['RC', ['X', 'C', 'R', 'U']],
    ['CR', ['X', 'H', 'M', 'L']],
    ['MAV', ['X', 'N', 'A', 'L', 'P']],
    ['MS', ['X', 'U', 'C']],
    ['MC', ['X', 'N', 'L', 'H']],
  ];
  const V4_BASE: Metrics = [
    ['AV', ['N', 'A', 'L', 'P']],
    ['AC', ['L', 'H']],
    ['AT', ['N', 'P']],
    ['PR', ['N', 'L', 'H']],
    ['UI', ['N', 'P', 'A']],
    ['VC', ['H', 'L', 'N']],
    ['VI', ['H', 'L', 'N']],
    ['VA', ['H', 'L', 'N']],
    ['SC', ['H', 'L', 'N']],
    ['SI', ['H', 'L', 'N']],
    ['SA', ['H', 'L', 'N']],
  ];
  const V4_OTHER: Metrics = [
    ['E', ['X', 'A', 'P', 'U']],
    ['CR', ['X', 'H', 'M', 'L']],
    ['IR', ['X', 'H', 'M', 'L']],
    ['AR', ['X', 'H', 'M', 'L']],
    ['MAV', ['X', 'N', 'A', 'L', 'P']],
    ['MAC', ['X', 'L', 'H']],
    ['MAT', ['X', 'N', 'P']],
    ['MPR', ['X', 'N', 'L', 'H']],
    ['MUI', ['X', 'N', 'P', 'A']],
    ['MVC', ['X', 'H', 'L', 'N']],
    ['MVI', ['X', 'H', 'L', 'N']],
    ['MVA', ['X', 'H', 'L', 'N']],
    ['MSC', ['X', 'H', 'L', 'N']],
    ['MSI', ['X', 'S', 'H', 'L', 'N']],
    ['MSA', ['X', 'S', 'H', 'L', 'N']],
    ['S', ['X', 'N', 'P']],
    ['AU', ['X', 'N', 'Y']],
    ['R', ['X', 'A', 'U', 'I']],
    ['V', ['X', 'D', 'C']],
    ['RE', ['X', 'L', 'M', 'H']],
    ['U', ['X', 'Clear', 'Green', 'Amber', 'Red']],
  ];
  const V2_BASE: Metrics = [
    ['AV', ['L', 'A', 'N']],
    ['AC', ['H', 'M', 'L']],
    ['Au', ['M', 'S', 'N']],
    ['C', ['N', 'P', 'C']],
    ['I', ['N', 'P', 'C']],
    ['A', ['N', 'P', 'C']],
  ];

  it('v3.1: 500 base scores (half with temporal/environmental metrics, which the base score ignores)', () => {
    const list = vectors(31, 500, 'CVSS:3.1/', V3_BASE, V3_OTHER);
    crossCheck(list, cvss3Score, (v) => new Cvss3P1(v).calculateScores().base);
  });

  it('v3.0: 200 base scores', () => {
    crossCheck(vectors(30, 200, 'CVSS:3.0/', V3_BASE), cvss3Score, (v) => new Cvss3P0(v).calculateScores().base);
  });

  it('v4.0: 500 scores (half with threat, environmental and supplemental metrics: CVSS-BTE)', () => {
    const list = vectors(40, 500, 'CVSS:4.0/', V4_BASE, V4_OTHER);
    crossCheck(list, cvss4Score, (v) => new Cvss4P0(v).calculateScores().overall);
  });

  it('v2: 200 base scores', () => {
    crossCheck(vectors(2, 200, '', V2_BASE), cvss2Score, (v) => new Cvss2(v).calculateScores().base);
  });
});

describe('cvss2Score', () => {
  it.each([
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
    ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10.0],
    ['AV:N/AC:M/Au:N/C:N/I:P/A:N', 4.3],
    ['AV:N/AC:L/Au:N/C:N/I:N/A:N', 0.0],
    ['(AV:N/AC:L/Au:N/C:P/I:N/A:N)', 5.0],
  ])('%s = %d', (vector, score) => {
    expect(cvss2Score(vector)).toBe(score);
  });

  it('throws for a bad vector', () => {
    expect(() => cvss2Score('AV:N/AC:L/Au:N/C:P/I:P')).toThrow(CvssVectorError);
  });
});

describe('levelOf', () => {
  it.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [8.9, 'high'],
    [9.0, 'critical'],
    [10, 'critical'],
  ])('%d -> %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('severityOf', () => {
  const V3 = 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H';
  const V30 = 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
  const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

  it('computes the score and level from a top-level v3.1 vector (lodash GHSA-35jh-r3h4-6jhm)', () => {
    const record: OsvRecord = {
      id: 'GHSA-35jh-r3h4-6jhm',
      severity: [{ type: 'CVSS_V3', score: V3 }],
      database_specific: { severity: 'HIGH' },
    };
    expect(severityOf(record)).toEqual({ level: 'high', score: 7.2, source: V3 });
  });

  it('prefers v4 over v3 over v2', () => {
    const record: OsvRecord = {
      id: 'X',
      severity: [
        { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
        { type: 'CVSS_V3', score: V3 },
        { type: 'CVSS_V4', score: V4 },
      ],
    };
    expect(severityOf(record)).toEqual({ level: 'critical', score: 9.3, source: V4 });
    expect(severityOf({ id: 'X', severity: record.severity!.slice(0, 2) })).toEqual({ level: 'high', score: 7.2, source: V3 });
    expect(severityOf({ id: 'X', severity: record.severity!.slice(0, 1) })).toEqual({
      level: 'high',
      score: 7.5,
      source: 'AV:N/AC:L/Au:N/C:P/I:P/A:P',
    });
  });

  it('prefers v3.1 over v3.0', () => {
    const record: OsvRecord = {
      id: 'X',
      severity: [
        { type: 'CVSS_V3', score: V30 },
        { type: 'CVSS_V3', score: V3 },
      ],
    };
    expect(severityOf(record).source).toBe(V3);
  });

  it('prefers the affected entry’s own severity over the top level', () => {
    const record: OsvRecord = { id: 'X', severity: [{ type: 'CVSS_V3', score: V3 }] };
    const affected = { package: { ecosystem: 'npm', name: 'x' }, severity: [{ type: 'CVSS_V4', score: V4 }] };
    expect(severityOf(record, affected)).toEqual({ level: 'critical', score: 9.3, source: V4 });
    expect(severityOf(record, { package: { ecosystem: 'npm', name: 'x' } })).toEqual({ level: 'high', score: 7.2, source: V3 });
  });

  it('passes over a bad vector to the next one', () => {
    const record: OsvRecord = {
      id: 'X',
      severity: [
        { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' },
        { type: 'CVSS_V3', score: V3 },
      ],
    };
    expect(severityOf(record).score).toBe(7.2);
  });

  it('reports none for a 0.0 vector', () => {
    const v = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N';
    expect(severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: v }] })).toEqual({ level: 'none', score: 0, source: v });
  });

  it.each([
    ['LOW', 'low'],
    ['MODERATE', 'medium'],
    ['HIGH', 'high'],
    ['CRITICAL', 'critical'],
  ])('falls back to the GHSA database_specific.severity %s', (label, level) => {
    const record: OsvRecord = { id: 'GHSA-xxxx-xxxx-xxxx', database_specific: { severity: label } };
    expect(severityOf(record)).toEqual({ level, source: `GHSA:${label}` });
  });

  it('falls back to GHSA when the only vector is bad', () => {
    const record: OsvRecord = { id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' }], database_specific: { severity: 'HIGH' } };
    expect(severityOf(record)).toEqual({ level: 'high', source: 'GHSA:HIGH' });
  });

  it('is unknown without a vector or label (e.g. a GO- record)', () => {
    expect(severityOf({ id: 'GO-2022-0969' })).toEqual({ level: 'unknown' });
    expect(severityOf({ id: 'X', severity: [{ type: 'Ubuntu', score: 'medium' }] })).toEqual({ level: 'unknown' });
    expect(severityOf({ id: 'X', database_specific: { severity: 'WHATEVER' } })).toEqual({ level: 'unknown' });
  });
});
