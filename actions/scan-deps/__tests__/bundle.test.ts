// Bundle tests: dist/scan-deps/index.js spawned as the runner spawns it, on a workspace holding a
// lockfile made by npm, against the loopback OSV fake (api mode) and a zip database (offline mode).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { makeJobDir, runStep, type StepResult } from '../../../test-support/action-runner.js';
import { startGithubApiFake } from '../../../test-support/fakes/github-api.js';
import { buildZip, startOsvFake, type OsvFake } from '../../../test-support/fakes/osv.js';
import { checkSarif } from '../../../test-support/sarif-check.js';
import type { ScanReport } from '../src/report.js';
import type { OsvRecord } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const NPM_V3 = join(here, 'fixtures', 'lockfiles', 'npm-v3');

// Real-shaped records (osv.dev GHSA-35jh-r3h4-6jhm and GHSA-vh95-rmgr-6w4m).
const LODASH: OsvRecord = {
  id: 'GHSA-35jh-r3h4-6jhm',
  aliases: ['CVE-2021-23337'],
  summary: 'Command Injection in lodash',
  modified: '2024-03-15T00:00:00Z',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [
    { package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] },
  ],
  references: [{ type: 'ADVISORY', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-23337' }],
  database_specific: { severity: 'HIGH' },
};
const MINIMIST: OsvRecord = {
  id: 'GHSA-vh95-rmgr-6w4m',
  aliases: ['CVE-2020-7598'],
  summary: 'Prototype Pollution in minimist',
  modified: '2024-03-15T00:00:00Z',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' }],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'minimist' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.2.1' }, { introduced: '1.0.0' }, { fixed: '1.2.3' }] }],
    },
  ],
  database_specific: { severity: 'MODERATE' },
};

let osv: OsvFake;

beforeAll(async () => {
  osv = await startOsvFake();
  osv.addRecord(LODASH);
  osv.affects(LODASH, [{ ecosystem: 'npm', name: 'lodash', versions: ['4.17.20'] }]);
  osv.addRecord(MINIMIST);
  osv.affects(MINIMIST, [{ ecosystem: 'npm', name: 'minimist', versions: ['1.2.0'] }]);
});

afterAll(async () => {
  await osv?.close();
});

function jobWithLockfile(): string {
  const dir = makeJobDir();
  cpSync(NPM_V3, join(dir, 'workspace'), { recursive: true });
  return dir;
}

function report(result: StepResult): ScanReport {
  return JSON.parse(readFileSync(result.outputs['report']!, 'utf8')) as ScanReport;
}

describe('scan-deps bundle', () => {
  it('api mode: finds the vulnerable packages, writes report, SARIF and SBOM, and fails on high', async () => {
    const result = await runStep('scan-deps', 'main', { dir: jobWithLockfile(), inputs: { 'osv-url': osv.url } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.outputs['vulnerabilities']).toBe('2');
    const r = report(result);
    expect(r.schema).toBe('gatehouse.scan-report/v1');
    expect(r.findings.map((f) => [f.id, `${f.package.name}@${f.package.version}`, f.severity.level, f.fixed, f.failing])).toEqual([
      ['GHSA-35jh-r3h4-6jhm', 'lodash@4.17.20', 'high', ['4.17.21'], true],
      ['GHSA-vh95-rmgr-6w4m', 'minimist@1.2.0', 'medium', ['1.2.3'], false],
    ]);
    expect(r.findings[0]!.severity.score).toBe(7.2);
    expect(r.findings[0]!.package.line).toBeGreaterThan(1);
    // The aliased lodash@4.17.21 is inventoried under its real name and is not vulnerable.
    expect(r.packages.some((p) => p.name === 'lodash' && p.version === '4.17.21')).toBe(true);
    expect(r.decision).toEqual({ passed: false, failOnSeverity: 'high', reasons: ['1 vulnerable package(s) at or above high'] });
    expect(result.visibleStdout).toMatch(/::error file=package-lock.json,line=\d+::GHSA-35jh-r3h4-6jhm in lodash@4.17.20 \(high\)/);
  });

  it('the SARIF is valid 2.1.0, the SBOM is CycloneDX 1.5 with the vulnerabilities, and the run is audited', async () => {
    const result = await runStep('scan-deps', 'main', {
      dir: jobWithLockfile(),
      inputs: { 'osv-url': osv.url, 'fail-on-severity': 'none' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    const sarif = JSON.parse(readFileSync(result.outputs['sarif']!, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(checkSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((x) => x.ruleId).sort()).toEqual(['GHSA-35jh-r3h4-6jhm', 'GHSA-vh95-rmgr-6w4m']);
    const bom = JSON.parse(readFileSync(result.outputs['sbom']!, 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      components: Array<{ purl: string; hashes?: unknown[] }>;
      vulnerabilities: Array<{ id: string; affects: Array<{ ref: string }> }>;
    };
    expect([bom.bomFormat, bom.specVersion]).toEqual(['CycloneDX', '1.5']);
    expect(bom.components.find((c) => c.purl === 'pkg:npm/lodash@4.17.20')?.hashes).toHaveLength(1);
    expect(bom.vulnerabilities.find((v) => v.id === 'GHSA-35jh-r3h4-6jhm')?.affects).toEqual([{ ref: 'pkg:npm/lodash@4.17.20' }]);
    expect(result.summary).toContain('**Passed.**');
    expect(result.summary).toContain('| high 7.2 | `GHSA-35jh-r3h4-6jhm` | `lodash@4.17.20` | 4.17.21 |');
    const audit = join(result.runnerTemp, 'gatehouse', 'audit.jsonl');
    expect(await verifyAuditLog(audit)).toMatchObject({ ok: true, count: 1 });
    const event = JSON.parse(readFileSync(audit, 'utf8')) as {
      event: string;
      outcome: string;
      subject: { lockfiles: Array<{ path: string; sha256: string }> };
    };
    expect(event.event).toBe('dependencies-scanned');
    expect(event.subject.lockfiles[0]!.path).toBe('package-lock.json');
    expect(event.subject.lockfiles[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('offline mode: the same findings from a zip database, with no request to the API', async () => {
    const dir = jobWithLockfile();
    mkdirSync(join(dir, 'workspace', '.osv', 'npm'), { recursive: true });
    const withdrawn = { ...LODASH, id: 'GHSA-wdrn-0000-0000', withdrawn: '2024-01-01T00:00:00Z' };
    writeFileSync(
      join(dir, 'workspace', '.osv', 'npm', 'all.zip'),
      buildZip([LODASH, MINIMIST, withdrawn].map((r) => ({ name: `${r.id}.json`, data: JSON.stringify(r) }))),
    );
    osv.server.reset();
    const result = await runStep('scan-deps', 'main', {
      dir,
      inputs: { osv: 'offline', 'osv-offline-db': '.osv', 'fail-on-severity': 'medium' },
    });
    expect(result.code).toBe(1);
    expect(osv.server.requests).toHaveLength(0);
    expect(report(result).findings.map((f) => [f.id, f.failing])).toEqual([
      ['GHSA-35jh-r3h4-6jhm', true],
      ['GHSA-vh95-rmgr-6w4m', true],
    ]);
  });

  it('a reasoned ignore passes; an expired one fails the step', async () => {
    const dir = jobWithLockfile();
    const policy = (expires: string): string =>
      `scan-deps:\n  ignore:\n    - id: CVE-2021-23337\n      reason: template() is not reachable from our code\n      expires: ${expires}\n`;
    mkdirSync(join(dir, 'workspace', '.github'), { recursive: true });
    writeFileSync(join(dir, 'workspace', '.github', 'gatehouse.yml'), policy('2099-12-31'));
    const ok = await runStep('scan-deps', 'main', { dir, inputs: { 'osv-url': osv.url } });
    expect(ok.code).toBe(0);
    expect(report(ok).findings[0]).toMatchObject({
      id: 'GHSA-35jh-r3h4-6jhm',
      ignored: { reason: 'template() is not reachable from our code' },
      failing: false,
    });

    writeFileSync(join(dir, 'workspace', '.github', 'gatehouse.yml'), policy('2020-01-01'));
    const expired = await runStep('scan-deps', 'main', { dir, inputs: { 'osv-url': osv.url } });
    expect(expired.code).toBe(1);
    expect(report(expired).violations.map((v) => v.rule)).toContain('ignore-expired');
    expect(expired.visibleStdout).toContain('The ignore entry for CVE-2021-23337 expired on 2020-01-01');
  });

  it('base-ref: what the base already had is reported, only what is new fails', async () => {
    const dir = makeJobDir();
    const ws = join(dir, 'workspace');
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
      });
    const lock = JSON.parse(readFileSync(join(NPM_V3, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const minimist = lock.packages['node_modules/minimist'];
    delete lock.packages['node_modules/minimist'];
    writeFileSync(join(ws, 'package-lock.json'), JSON.stringify(lock, null, 2));
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    lock.packages['node_modules/minimist'] = minimist;
    writeFileSync(join(ws, 'package-lock.json'), JSON.stringify(lock, null, 2));
    const result = await runStep('scan-deps', 'main', {
      dir,
      inputs: { 'osv-url': osv.url, 'base-ref': 'HEAD', 'fail-on-severity': 'medium' },
    });
    expect(result.code).toBe(1);
    const r = report(result);
    expect(r.findings.map((f) => [f.package.name, f.new, f.failing])).toEqual([
      ['lodash', false, false],
      ['minimist', true, true],
    ]);
    expect(result.summary).toContain('already at base');
    expect(r.decision.reasons).toEqual(['1 vulnerable package(s) at or above medium']);
  });

  it('hygiene: unpinned actions, missing integrity, foreign registries and missing lockfiles are violations with locations', async () => {
    const dir = jobWithLockfile();
    const ws = join(dir, 'workspace');
    mkdirSync(join(ws, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(ws, '.github', 'workflows', 'ci.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@6044e13b5dc448c55e2357c09f80417699197238 # v6.2.0\n',
    );
    mkdirSync(join(ws, 'tools'), { recursive: true });
    writeFileSync(join(ws, 'tools', 'package.json'), JSON.stringify({ name: 'tools', dependencies: { left: '1' } }));
    const result = await runStep('scan-deps', 'main', {
      dir,
      inputs: { osv: 'off', 'check-actions-pinning': 'true', 'allowed-registries': 'npm.internal.example.com' },
    });
    expect(result.code).toBe(1);
    const rules = report(result).violations.map((v) => `${v.rule} ${v.file}:${v.line ?? ''}`);
    expect(rules).toContain('action-unpinned .github/workflows/ci.yml:6');
    expect(rules).toContain('lockfile-missing tools/package.json:');
    expect(rules.filter((r) => r.startsWith('registry-not-allowed package-lock.json:')).length).toBeGreaterThan(5);
    expect(result.outputs['passed']).toBe('false');
  });

  it.each([
    ['a comment that lies about its tag fails with action-version-comment at its line', 5000],
    ['the same with the GitHub API rate limited passes, with one warning', 0],
  ])('%s', async (_name, rateLimit) => {
    const gh = await startGithubApiFake({ rateLimit });
    try {
      const pinned = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
      const tagged = '8e8c483db84b4bee98b60c0593521ed34d9990e8';
      gh.annotatedTag('actions/checkout', 'v6.0.2', tagged);
      gh.lightweightTag('actions/setup-node', 'v6.2.0', '6044e13b5dc448c55e2357c09f80417699197238');
      const dir = jobWithLockfile();
      const ws = join(dir, 'workspace');
      mkdirSync(join(ws, '.github', 'workflows'), { recursive: true });
      writeFileSync(
        join(ws, '.github', 'workflows', 'ci.yml'),
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/setup-node@6044e13b5dc448c55e2357c09f80417699197238 # v6.2.0',
          `      - uses: actions/checkout@${pinned} # v6.0.2`,
          '',
        ].join('\n'),
      );
      const result = await runStep('scan-deps', 'main', {
        dir,
        inputs: { osv: 'off', 'check-actions-pinning': 'true', 'github-token': gh.token },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(result.stderr).toBe('');
      expect(result.masks).toContain(gh.token);
      expect(result.visibleStdout).not.toContain(gh.token);
      expect(gh.server.requests.every((r) => r.headers['authorization'] === `Bearer ${gh.token}`)).toBe(true);
      const r = report(result);
      if (rateLimit > 0) {
        expect(result.code).toBe(1);
        expect(r.violations.map((v) => `${v.rule} ${v.file}:${v.line ?? ''}`)).toEqual([
          'action-version-comment .github/workflows/ci.yml:7',
        ]);
        const message = `.github/workflows/ci.yml:7: the comment says v6.0.2, which is ${tagged}, but the step is pinned to ${pinned}.`;
        expect(r.violations[0]!.message).toContain(message);
        expect(result.visibleStdout).toContain(`::error file=.github/workflows/ci.yml,line=7::${message}`);
        expect(result.visibleStdout).not.toContain('::warning::');
      } else {
        expect(result.code).toBe(0);
        expect(r.violations).toEqual([]);
        expect(r.skipped).toContainEqual({
          what: '2 action version comment(s)',
          why: expect.stringMatching(/^rate limited by the GitHub API \(403/),
        });
        const warnings = result.visibleStdout.split('\n').filter((l) => l.startsWith('::warning'));
        expect(warnings).toEqual([
          '::warning::Skipped checking 2 of 2 action version comment(s) against their tags: rate limited by the GitHub API (403: API rate limit exceeded for installation ID 4242).',
        ]);
      }
    } finally {
      await gh.close();
    }
  });

  it('base-ref: an unpinned uses: the base already had is reported, a new one fails', async () => {
    const dir = jobWithLockfile();
    const ws = join(dir, 'workspace');
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
      });
    mkdirSync(join(ws, '.github', 'workflows'), { recursive: true });
    const workflow = (steps: string[]): string =>
      ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...steps, ''].join('\n');
    writeFileSync(join(ws, '.github', 'workflows', 'ci.yml'), workflow(['      - uses: actions/checkout@v4']));
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(
      join(ws, '.github', 'workflows', 'ci.yml'),
      workflow(['      - uses: actions/checkout@v4', '      - uses: actions/checkout@v4.2.0', '      - uses: actions/cache@v4']),
    );
    const result = await runStep('scan-deps', 'main', { dir, inputs: { osv: 'off', 'check-actions-pinning': 'true', 'base-ref': 'HEAD' } });
    expect(result.code).toBe(1);
    expect(report(result).violations.map((v) => `${v.line} ${v.new}`)).toEqual(['6 false', '7 true', '8 true']);
  });

  it('a malformed lockfile fails with its path and line, and nothing is exported', async () => {
    const dir = makeJobDir();
    writeFileSync(
      join(dir, 'workspace', 'package-lock.json'),
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/x": { "version": \n',
    );
    const result = await runStep('scan-deps', 'main', { dir, inputs: { osv: 'off' } });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({});
    const errors = result.visibleStdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/scan-deps failed: Lockfile package-lock\.json:\d+: /);
  });

  it.each([
    [{ osv: 'offline' }, "Input 'osv-offline-db' is required when osv is offline"],
    [{ osv: 'maybe' }, "Input 'osv' is not one of the allowed values"],
    [{ 'fail-on-severity': 'severe' }, "Input 'fail-on-severity' is not one of the allowed values"],
    [{ 'base-ref': 'no-such-ref' }, "Input 'base-ref' is not a commit in this clone"],
    [{ 'osv-url': 'ftp://x' }, "Input 'osv-url' is not an http(s) URL"],
  ])('bad input %j fails with one line', async (inputs, message) => {
    const result = await runStep('scan-deps', 'main', { dir: jobWithLockfile(), inputs });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({});
    const errors = result.visibleStdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('discovers and reads every lockfile format in one workspace', async () => {
    const dir = makeJobDir();
    const fixtures = join(here, 'fixtures', 'lockfiles');
    for (const name of [
      'npm-v3',
      'yarn-v1',
      'yarn-berry',
      'pnpm-v9.0',
      'bun',
      'requirements',
      'poetry',
      'pipenv',
      'uv',
      'pdm',
      'go',
      'cargo',
      'gemfile',
      'composer',
    ]) {
      cpSync(join(fixtures, name), join(dir, 'workspace', name), { recursive: true });
    }
    const result = await runStep('scan-deps', 'main', { dir, inputs: { osv: 'off' } });
    expect(result.stderr).toBe('');
    const r = report(result);
    const formats = new Set(r.lockfiles.map((l) => l.format));
    expect([...formats].sort()).toEqual([
      'bun',
      'bundler',
      'cargo',
      'composer',
      'go',
      'npm',
      'pdm',
      'pipenv',
      'pnpm',
      'poetry',
      'requirements',
      'uv',
      'yarn',
    ]);
    const ecosystems = new Set(r.packages.map((p) => p.ecosystem));
    expect([...ecosystems].sort()).toEqual(['Go', 'Packagist', 'PyPI', 'RubyGems', 'crates.io', 'npm']);
    for (const l of r.lockfiles) expect(l.packages).toBeGreaterThan(0);
    // Unpinned requirements are violations; the run reports them rather than passing silently.
    expect(r.violations.some((v) => v.rule === 'unpinned')).toBe(true);
    expect(result.code).toBe(r.decision.passed ? 0 : 1);
  });
});
