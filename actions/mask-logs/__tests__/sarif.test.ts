import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSarif } from '../../../test-support/sarif-check.js';
import { repoRoot } from '../../../test-support/action-runner.js';
import { buildReport, countByRule, REPORT_SCHEMA, sortFindings, TOOL } from '../src/scan/report.js';
import { buildSarif, README_RULES_URI, relativeUri } from '../src/scan/sarif.js';
import type { Finding } from '../src/scan/types.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'aws-access-key-id',
    description: 'AWS access key ID',
    family: 'aws',
    file: 'src/config.ts',
    line: 3,
    column: 14,
    endColumn: 34,
    redacted: 'const key = "***";',
    secretSha256: 'c'.repeat(64),
    fingerprint: 'a'.repeat(64),
    confidence: 'high',
    ...overrides,
  };
}

const findings = (): Finding[] => [
  finding(),
  finding({
    rule: 'github-pat',
    description: 'GitHub token',
    family: 'github',
    file: 'dir with space/ü.txt',
    line: 1,
    column: 1,
    endColumn: 41,
    fingerprint: 'b'.repeat(64),
    checksum: 'valid',
  }),
  finding({
    rule: 'acme-key',
    description: 'ACME key',
    family: 'custom',
    fingerprint: 'd'.repeat(64),
    baselined: { reason: 'test fixture' },
    confidence: 'medium',
  }),
  finding({ line: 9, fingerprint: 'e'.repeat(64) }),
];

describe('SARIF', () => {
  const sarif = buildSarif(findings(), { workspace: '/home/runner/work/app', builtinIds: new Set(['aws-access-key-id', 'github-pat']) });
  const run = (sarif['runs'] as Record<string, unknown>[])[0]!;
  const results = run['results'] as Record<string, unknown>[];
  const rules = (run['tool'] as { driver: { rules: Record<string, unknown>[] } }).driver.rules;

  it('passes the SARIF 2.1.0 checks', () => {
    expect(checkSarif(sarif)).toEqual([]);
    expect(sarif['version']).toBe('2.1.0');
  });

  it('has one rule per rule id with results, help only for built-in rules', () => {
    expect(rules.map((r) => r['id'])).toEqual(['aws-access-key-id', 'github-pat', 'acme-key']);
    expect(rules[0]).toMatchObject({
      shortDescription: { text: 'AWS access key ID' },
      helpUri: README_RULES_URI,
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[2]!['helpUri']).toBeUndefined();
    expect(results.map((r) => r['ruleIndex'])).toEqual([0, 1, 2, 0]);
  });

  it('writes new findings as errors and baselined ones as suppressed notes', () => {
    expect(results.map((r) => r['level'])).toEqual(['error', 'error', 'note', 'error']);
    expect(results[2]!['suppressions']).toEqual([{ kind: 'external', status: 'accepted', justification: 'test fixture' }]);
    expect(results[0]!['suppressions']).toBeUndefined();
    const warn = buildSarif(findings(), { workspace: '/w', builtinIds: new Set(), newLevel: 'warning' });
    expect(((warn['runs'] as Record<string, unknown>[])[0]!['results'] as Record<string, unknown>[]).map((r) => r['level'])).toEqual([
      'warning',
      'warning',
      'note',
      'warning',
    ]);
  });

  it('locates results relative to %SRCROOT% with a region and a fingerprint', () => {
    expect(results[1]!['locations']).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'dir%20with%20space/%C3%BC.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 1, endColumn: 41 },
        },
      },
    ]);
    expect(results[1]!['partialFingerprints']).toEqual({ 'gatehouse/v1': 'b'.repeat(64) });
    expect(run['originalUriBaseIds']).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/app/' } });
    expect(relativeUri('a/b#c?.txt')).toBe('a/b%23c%3F.txt');
  });

  it('names the rule in the message, never the redacted line or hash', () => {
    expect((results[0]!['message'] as { text: string }).text).toMatch(
      /^Possible AWS access key ID \(rule aws-access-key-id, high confidence\)/,
    );
    expect((results[1]!['message'] as { text: string }).text).toContain('checksum valid');
    const text = JSON.stringify(sarif);
    expect(text).not.toContain('c'.repeat(64));
    expect(text).not.toContain('const key');
  });

  it('the checker catches broken logs', () => {
    const broken = JSON.parse(JSON.stringify(sarif)) as {
      version: string;
      runs: { tool: { driver: Record<string, unknown> }; results: Record<string, unknown>[] }[];
    };
    broken.version = '2.0.0';
    delete broken.runs[0]!.tool.driver['name'];
    broken.runs[0]!.results[0]!['level'] = 'fatal';
    broken.runs[0]!.results[1]!['ruleIndex'] = 2;
    (broken.runs[0]!.results[2]!['suppressions'] as Record<string, unknown>[])[0]!['kind'] = 'baseline';
    const loc = (broken.runs[0]!.results[3]!['locations'] as { physicalLocation: { region: Record<string, unknown> } }[])[0]!;
    loc.physicalLocation.region['startLine'] = 0;
    delete broken.runs[0]!.results[3]!['message'];
    expect(checkSarif(broken)).toEqual([
      '$.version: must be "2.1.0"',
      '$.runs[0].tool.driver.name: is required',
      '$.runs[0].results[0].level: must be one of none, note, warning, error',
      '$.runs[0].results[1].ruleIndex: must point at the rule with the same id',
      '$.runs[0].results[2].suppressions[0].kind: is required, one of inSource, external',
      '$.runs[0].results[3].message: is required, with text or id',
      '$.runs[0].results[3].locations[0].physicalLocation.region.startLine: must be an integer >= 1',
    ]);
  });
});

describe('report', () => {
  it('builds the v1 report with counts per rule and findings without secrets or their hashes', () => {
    const list = sortFindings(findings());
    const report = buildReport({
      patterns: ['.'],
      files: 3,
      bytes: 1234,
      durationMs: 5,
      rules: { builtin: 60, custom: 1, registeredSecrets: 0 },
      maxFileSize: 10,
      skipped: { tooLarge: [], binary: ['a.png'], outsideWorkspace: [], directories: ['.git'], unreadable: [] },
      baseline: { file: 'b.json', entries: 1, matched: 1, unused: [] },
      findings: list,
      now: new Date('2026-01-02T03:04:05.000Z'),
    });
    expect(report).toMatchObject({
      schema: REPORT_SCHEMA,
      tool: TOOL,
      time: '2026-01-02T03:04:05.000Z',
      counts: { total: 4, new: 3, baselined: 1 },
    });
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'dir with space/ü.txt:1',
      'src/config.ts:3',
      'src/config.ts:3',
      'src/config.ts:9',
    ]);
    expect(report.findings[0]).toEqual({
      file: 'dir with space/ü.txt',
      line: 1,
      column: 1,
      endColumn: 41,
      rule: 'github-pat',
      description: 'GitHub token',
      family: 'github',
      fingerprint: 'b'.repeat(64),
      redacted: 'const key = "***";',
      confidence: 'high',
      checksum: 'valid',
      baselined: false,
    });
    expect(report.findings.find((f) => f.baselined)).toMatchObject({ rule: 'acme-key', baselineReason: 'test fixture', checksum: null });
    expect(JSON.stringify(report)).not.toContain('c'.repeat(64));
    expect(countByRule(list)).toEqual([
      { rule: 'aws-access-key-id', description: 'AWS access key ID', new: 2, baselined: 0 },
      { rule: 'github-pat', description: 'GitHub token', new: 1, baselined: 0 },
      { rule: 'acme-key', description: 'ACME key', new: 0, baselined: 1 },
    ]);
  });

  it('reports the version of the action package', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'actions', 'mask-logs', 'package.json'), 'utf8')) as { version: string };
    expect(TOOL.version).toBe(pkg.version);
  });
});
