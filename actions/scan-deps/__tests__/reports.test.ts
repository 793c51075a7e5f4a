import { describe, expect, it } from '@jest/globals';
import { expiredIgnores, hostOf, packageChecks } from '../src/checks.js';
import type { Inventory } from '../src/inventory.js';
import { DEFAULT_POLICY, gateFails, type ScanDepsPolicy, type SeverityGate } from '../src/policy.js';
import { REPORT_SCHEMA, sortFindings, type ReportFinding, type ScanReport } from '../src/report.js';
import { toSarif } from '../src/sarif.js';
import { cycloneDx, hashesOf } from '../src/sbom.js';
import { renderSummary, SUMMARY_LIMIT } from '../src/summary.js';
import type { Finding, Package } from '../src/types.js';

const pkg = (over: Partial<Package> = {}): Package => ({
  name: 'lodash',
  version: '4.17.20',
  ecosystem: 'npm',
  purl: 'pkg:npm/lodash@4.17.20',
  lockfile: 'package-lock.json',
  line: 12,
  source: 'registry',
  resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz',
  integrity: 'sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==',
  ...over,
});

const policy = (over: Partial<ScanDepsPolicy> = {}): ScanDepsPolicy => ({ ...DEFAULT_POLICY, ...over });

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'GHSA-35jh-r3h4-6jhm',
  aliases: ['CVE-2021-23337'],
  summary: 'Command Injection in lodash',
  severity: { level: 'high', score: 7.2, source: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
  package: pkg(),
  fixed: ['4.17.21'],
  references: [],
  ...over,
});

describe('severity gate', () => {
  it.each([
    ['high', 'critical', true],
    ['high', 'high', true],
    ['high', 'medium', false],
    ['medium', 'medium', true],
    ['low', 'low', true],
    ['critical', 'high', false],
    ['any', 'none', true],
    ['none', 'critical', false],
    ['high', 'unknown', true],
    ['critical', 'unknown', false],
  ] as Array<[SeverityGate, string, boolean]>)('gate %s, finding %s -> fails %s', (gate, level, fails) => {
    expect(gateFails(gate, level)).toBe(fails);
  });
});

describe('supply-chain checks', () => {
  const inventory = (packages: Package[], missing: Inventory['missing'] = []): Inventory => ({
    lockfiles: [{ path: 'package-lock.json', format: 'npm', sha256: 'x', bytes: 1, packages }],
    missing,
  });

  it('flags missing lockfiles, unpinned versions, missing integrity, foreign registries and licenses', () => {
    const v = packageChecks(
      inventory(
        [
          pkg(),
          pkg({ name: 'left-pad', version: '', purl: 'pkg:npm/left-pad', integrity: undefined }),
          pkg({
            name: 'evil',
            purl: 'pkg:npm/evil@1.0.0',
            version: '1.0.0',
            integrity: undefined,
            resolved: 'https://evil.example.com/evil-1.0.0.tgz',
          }),
          pkg({ name: 'gpl', purl: 'pkg:npm/gpl@1.0.0', version: '1.0.0', licenses: ['GPL-3.0-only'] }),
          pkg({ name: 'wtf', purl: 'pkg:npm/wtf@1.0.0', version: '1.0.0', licenses: ['WTFPL'] }),
        ],
        [{ manifest: 'tools/package.json', expected: 'package-lock.json or yarn.lock' }],
      ),
      policy({
        'require-integrity': true,
        'allowed-registries': ['registry.npmjs.org'],
        'denied-licenses': ['GPL-3.0-only'],
        'allowed-licenses': ['MIT'],
      }),
    );
    expect(v.map((x) => [x.rule, x.package?.name ?? x.file])).toEqual([
      ['lockfile-missing', 'tools/package.json'],
      ['unpinned', 'left-pad'],
      ['integrity-missing', 'evil'],
      ['registry-not-allowed', 'evil'],
      ['license-denied', 'gpl'],
      ['license-not-allowed', 'wtf'],
    ]);
    expect(v[3]!.message).toBe('evil@1.0.0 in package-lock.json comes from evil.example.com, which is not an allowed registry.');
    expect(v[1]!.line).toBe(12);
  });

  it('reads hosts from URLs, git+ URLs, sparse registries and scp-like git remotes', () => {
    expect(hostOf('https://registry.npmjs.org/x/-/x-1.tgz')).toBe('registry.npmjs.org');
    expect(hostOf('git+ssh://git@github.com/o/r.git#abc')).toBe('github.com');
    expect(hostOf('sparse+https://index.crates.io/')).toBe('index.crates.io');
    expect(hostOf('git@gitlab.com:o/r.git')).toBe('gitlab.com');
    expect(hostOf('file:../local')).toBeUndefined();
  });

  it('fails expired ignores, keeps current ones', () => {
    const p = policy({
      ignore: [
        { id: 'GHSA-a', reason: 'not reachable', expires: '2026-01-01' },
        { id: 'GHSA-b', reason: 'vendor fix pending', expires: '2099-01-01' },
        { id: 'GHSA-c', reason: 'forever' },
      ],
    });
    const v = expiredIgnores(p, '.github/gatehouse.yml', '2026-11-22');
    expect(v).toHaveLength(1);
    expect(v[0]!.message).toBe('The ignore entry for GHSA-a expired on 2026-01-01 ("not reachable").');
  });
});

describe('reports', () => {
  const reportFinding = (over: Partial<ReportFinding> = {}): ReportFinding => ({ ...finding(), new: true, failing: true, ...over });

  it('sorts findings by severity, then score, then id', () => {
    const sorted = sortFindings([
      finding({ id: 'B', severity: { level: 'medium' } }),
      finding({ id: 'A', severity: { level: 'critical', score: 9.1 } }),
      finding({ id: 'C', severity: { level: 'critical', score: 9.8 } }),
      finding({ id: 'D', severity: { level: 'unknown' } }),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['C', 'A', 'B', 'D']);
  });

  it('SRI and hex integrity become CycloneDX hashes', () => {
    expect(hashesOf('sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==')[0]).toEqual({
      alg: 'SHA-512',
      content: Buffer.from('PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==', 'base64').toString(
        'hex',
      ),
    });
    expect(hashesOf('sha256:ABCDEF')).toEqual([{ alg: 'SHA-256', content: 'abcdef' }]);
    expect(hashesOf('h1:abc=')).toEqual([]);
  });

  it('CycloneDX 1.5: one component per purl, dev scope optional, vulnerabilities linked to components', () => {
    const bom = cycloneDx(
      [
        pkg(),
        pkg({ lockfile: 'other/package-lock.json' }),
        pkg({ name: 'jest', purl: 'pkg:npm/jest@29.0.0', version: '29.0.0', dev: true }),
      ],
      [finding()],
      {
        toolVersion: '0.1.0',
        serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
        timestamp: '2026-11-22T00:00:00.000Z',
      },
    ) as {
      specVersion: string;
      components: Array<{ purl: string; scope: string }>;
      vulnerabilities: Array<{ id: string; affects: Array<{ ref: string }>; ratings: Array<{ method: string; score: number }> }>;
    };
    expect(bom.specVersion).toBe('1.5');
    expect(bom.components.map((c) => [c.purl, c.scope])).toEqual([
      ['pkg:npm/lodash@4.17.20', 'required'],
      ['pkg:npm/jest@29.0.0', 'optional'],
    ]);
    expect(bom.vulnerabilities[0]).toMatchObject({
      id: 'GHSA-35jh-r3h4-6jhm',
      affects: [{ ref: 'pkg:npm/lodash@4.17.20' }],
      ratings: [{ method: 'CVSSv31', score: 7.2 }],
    });
  });

  it('SARIF: a rule per advisory with security-severity, results at the lockfile line, suppressions for ignores', () => {
    const sarif = toSarif(
      [
        reportFinding(),
        reportFinding({ package: pkg({ lockfile: 'b/package-lock.json', line: 3 }), ignored: { reason: 'not reachable' }, failing: false }),
      ],
      [],
      '0.1.0',
    ) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown> }> } };
        results: Array<Record<string, unknown>>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules).toHaveLength(1);
    expect(run.tool.driver.rules[0]!.properties['security-severity']).toBe('7.2');
    expect(run.results[0]).toMatchObject({
      ruleId: 'GHSA-35jh-r3h4-6jhm',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'package-lock.json' }, region: { startLine: 12 } } }],
    });
    expect(run.results[1]).toMatchObject({ suppressions: [{ kind: 'external', justification: 'not reachable' }] });
  });

  it('the summary stays under 64 KB and points at the full report', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      reportFinding({ id: `GHSA-${i}`, package: pkg({ name: `pkg-${i}`, purl: `pkg:npm/pkg-${i}@1.0.0` }) }),
    );
    const report: ScanReport = {
      schema: REPORT_SCHEMA,
      tool: { name: 'gatehouse scan-deps', version: '0.1.0' },
      generated: '2026-11-22T00:00:00.000Z',
      osv: { mode: 'api' },
      lockfiles: [{ path: 'package-lock.json', format: 'npm', sha256: 'x', packages: 3000 }],
      packages: [],
      findings: many,
      violations: [],
      skipped: [],
      counts: { packages: 3000, vulnerabilities: 3000, failingVulnerabilities: 3000, violations: 0, failingViolations: 0, ignored: 0 },
      decision: { passed: false, failOnSeverity: 'high', reasons: ['3000 vulnerable package(s) at or above high'] },
    };
    const md = renderSummary(report, '/tmp/gatehouse/scan-report.json');
    expect(md.length).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toMatch(/\d+ more not shown: see the full report\./);
    expect(md).toContain('Full report: `/tmp/gatehouse/scan-report.json`');
    expect(md).toContain('**Failed:** 3000 vulnerable package(s) at or above high.');
  });
});
