// Bundle tests of the leak scan: dist/mask-logs/index.js spawned as the runner spawns it, over a
// fixture tree with planted synthetic secrets. Run `npm run bundle` first.
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { findLeaks, leakForms, makeJobDir, runStep, type StepResult } from '../../../test-support/action-runner.js';
import { checkSarif } from '../../../test-support/sarif-check.js';
import { BASE62_ALPHABET, tokenChecksum } from '../src/scan/rules/checksum.js';
import type { LeakReport } from '../src/scan/report.js';

// ---- synthetic secrets (random per run, never real) ----------------------------------------------

function pick(alphabet: string, n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = BASE62_ALPHABET;
const B64 = `${ALNUM}+/`;

const awsKey = (): string => `AKIA${pick(UPPER32, 16)}`;
const githubToken = (): string => {
  const body = pick(ALNUM, 30);
  return `ghp_${body}${tokenChecksum(body)}`;
};
const slackToken = (): string => `xoxb-${pick('0123456789', 12)}-${pick('0123456789', 13)}-${pick(ALNUM, 24)}`;
const sshKeyLines = (): string[] => Array.from({ length: 6 }, () => pick(B64, 70));
const sshKey = (lines: string[]): string => `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const fingerprint = (rule: string, secret: string): string => sha256(`${rule}:${sha256(secret)}`);

function put(workspace: string, rel: string, content: string | Buffer): void {
  const full = join(workspace, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

interface Fixture {
  dir: string;
  workspace: string;
  /** Every planted secret (and the pieces of multi-line ones): none may appear in any output. */
  secrets: string[];
  registered: string;
  slackFingerprint: string;
  newFingerprints: Record<string, string>;
}

/** A workspace with planted secrets in text files, binaries, a big file, node_modules and .git. */
function fixture(): Fixture {
  const dir = makeJobDir();
  const workspace = join(dir, 'workspace');
  const aws = awsKey();
  const gh = githubToken();
  const slack = slackToken();
  const slackSuppressed = slackToken();
  const keyLines = sshKeyLines();
  const key = sshKey(keyLines);
  const acme = `acme_live_${pick(ALNUM, 32)}`;
  const registered = `reg-${pick(ALNUM, 24)}`;
  const hidden = [awsKey(), githubToken(), awsKey(), githubToken(), awsKey()];

  put(workspace, 'src/config.ts', `// settings\nexport const region = 'eu-west-1';\nexport const awsKey = "${aws}";\n`);
  put(workspace, 'logs/build.log', `step 1 ok\nusing token=${gh} for the API\ndeploying with ${registered} now\n`);
  put(workspace, 'deploy/id_ed25519', key);
  put(workspace, 'src/acme.env', `ACME_KEY=${acme}\n`);
  put(workspace, 'docs/notes.md', `Example: ${slackSuppressed} <!-- gatehouse:allow -->\n`);
  put(workspace, 'test/fixture.txt', `slack=${slack}\n`);
  put(workspace, 'node_modules/pkg/index.js', `module.exports = "${hidden[0]}";\n`);
  put(workspace, '.git/config', `[remote "origin"]\n\turl = https://x:${hidden[1]}@github.com/o/r\n`);
  put(workspace, 'assets/logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from(hidden[2]!)]));
  put(workspace, 'dump.txt', Buffer.concat([Buffer.from('core\0dump '), Buffer.from(hidden[3]!)]));
  put(workspace, 'big.log', `${'lorem ipsum dolor sit amet\n'.repeat(4000)}key=${hidden[4]}\n`);
  put(workspace, 'README.md', '# app\nNothing to see, AKIAIOSFODNN7EXAMPLE is the documented example key.\n');
  const slackFingerprint = fingerprint('slack-bot-token', slack);
  put(
    workspace,
    '.github/leak-baseline.json',
    JSON.stringify(
      {
        schema: 'gatehouse.leak-baseline/v1',
        accepted: [{ fingerprint: slackFingerprint, reason: 'revoked test token', rule: 'slack-bot-token' }],
      },
      null,
      2,
    ),
  );
  put(
    workspace,
    '.github/leak-rules.yml',
    `rules:\n  - id: acme-api-key\n    description: ACME API key\n    regex: 'acme_(?:live|test)_[0-9A-Za-z]{32}'\n    keywords: [acme_live_, acme_test_]\n    family: acme\n`,
  );
  return {
    dir,
    workspace,
    secrets: [aws, gh, slack, slackSuppressed, key, ...keyLines, acme, registered, ...hidden],
    registered,
    slackFingerprint,
    newFingerprints: {
      'aws-access-key-id': fingerprint('aws-access-key-id', aws),
      'github-pat': fingerprint('github-pat', gh),
      'registered-secret': fingerprint('registered-secret', registered),
      'acme-api-key': fingerprint('acme-api-key', acme),
    },
  };
}

/** No form of any planted secret in anything captured, nor in the report and SARIF files. */
function expectNoLeaks(result: StepResult, secrets: string[], files: string[]): void {
  expect(findLeaks(result, secrets)).toEqual([]);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const secret of secrets)
      for (const form of leakForms(secret)) expect(text.includes(form) ? `${file} holds a secret form` : '').toBe('');
  }
}

const annotations = (stdout: string, level: string): string[] =>
  stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));

describe('mask-logs leak scan bundle', () => {
  it('finds planted secrets, honours suppression, baseline and skips, writes report and SARIF, then fails', async () => {
    const fx = fixture();
    const result = await runStep('mask-logs', 'main', {
      dir: fx.dir,
      inputs: {
        secrets: fx.registered,
        scan: '.',
        baseline: '.github/leak-baseline.json',
        rules: '.github/leak-rules.yml',
        'report-file': 'out/leaks.json',
        'sarif-file': 'out/leaks.sarif',
        'max-file-size': '64k',
      },
    });
    const reportPath = join(fx.workspace, 'out', 'leaks.json');
    const sarifPath = join(fx.workspace, 'out', 'leaks.sarif');

    // Fails, after writing everything.
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::mask-logs failed: Found 5 new leaked credentials in 4 files \([^)]*\)\. See the annotations, the job summary and out\/leaks\.json\. Fix: Remove each credential and rotate it/,
    );
    expect(result.outputs).toMatchObject({
      findings: '5',
      report: reportPath,
      sarif: sarifPath,
      masked: expect.any(String),
      'exit-code': '',
    });

    // One annotation per new finding, with file, line and column, naming the rule.
    const errors = annotations(result.stdout, 'error').filter((l) => l.includes('file='));
    expect(errors).toHaveLength(5);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^::error title=Leaked credential%3A aws-access-key-id,file=src\/config\.ts,line=3,col=24,endColumn=44::Possible AWS access key id \(rule aws-access-key-id/,
      ),
    );
    expect(
      errors.some((l) => l.includes('file=logs/build.log,line=2') && l.includes('rule github-pat, high confidence, checksum valid')),
    ).toBe(true);
    expect(errors.some((l) => l.includes('file=logs/build.log,line=3') && l.includes('registered-secret'))).toBe(true);
    expect(errors.some((l) => l.includes('file=deploy/id_ed25519,line=1') && l.includes('private-key-openssh'))).toBe(true);
    expect(errors.some((l) => l.includes('file=src/acme.env') && l.includes('acme-api-key'))).toBe(true);
    expect(errors.some((l) => l.includes('test/fixture.txt') || l.includes('docs/notes.md'))).toBe(false);

    // One notice for the file over max-file-size.
    const notices = annotations(result.stdout, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /Skipped 1 file over max-file-size \(64 KiB\): big\.log \([\d.]+ KiB\)\. Raise max-file-size to scan them\./,
    );

    // The report.
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LeakReport;
    expect(report.schema).toBe('gatehouse.leak-report/v1');
    expect(report.tool).toEqual({ name: 'gatehouse-mask-logs', version: '0.1.0' });
    expect(report.counts).toMatchObject({ total: 6, new: 5, baselined: 1 });
    expect(report.scan.rules.custom).toBe(1);
    expect(report.skipped.binary).toEqual(['assets/logo.png', 'dump.txt']);
    expect(report.skipped.tooLarge).toEqual([{ file: 'big.log', size: expect.any(Number) }]);
    expect(report.skipped.directories).toEqual(['.git', 'node_modules']);
    expect(report.baseline).toEqual({ file: '.github/leak-baseline.json', entries: 1, matched: 1, unused: [] });
    expect(report.findings.map((f) => [f.file, f.rule, f.baselined])).toEqual([
      ['deploy/id_ed25519', 'private-key-openssh', false],
      ['logs/build.log', 'github-pat', false],
      ['logs/build.log', 'registered-secret', false],
      ['src/acme.env', 'acme-api-key', false],
      ['src/config.ts', 'aws-access-key-id', false],
      ['test/fixture.txt', 'slack-bot-token', true],
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(
        [
          'baselined',
          'checksum',
          'column',
          'confidence',
          'description',
          'endColumn',
          'family',
          'file',
          'fingerprint',
          'line',
          'redacted',
          'rule',
          ...(f.baselined ? ['baselineReason'] : []),
        ].sort(),
      );
      expect(f.redacted).toContain('***');
      expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    const byRule = Object.fromEntries(report.findings.map((f) => [f.rule, f.fingerprint]));
    for (const [rule, fp] of Object.entries(fx.newFingerprints)) expect(byRule[rule]).toBe(fp);
    expect(report.findings.find((f) => f.rule === 'github-pat')).toMatchObject({
      line: 2,
      column: 13,
      checksum: 'valid',
      confidence: 'high',
      redacted: 'using token=*** for the API',
    });
    expect(report.findings.find((f) => f.baselined)).toMatchObject({
      fingerprint: fx.slackFingerprint,
      baselineReason: 'revoked test token',
    });

    // The SARIF.
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      runs: { results: { level: string; ruleId: string; suppressions?: unknown[] }[] }[];
    };
    expect(checkSarif(sarif)).toEqual([]);
    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(results.filter((r) => r.level === 'note' && r.suppressions?.length === 1).map((r) => r.ruleId)).toEqual(['slack-bot-token']);

    // The job summary: counts per rule and a redacted table.
    expect(result.summary).toContain('### Leak scan');
    expect(result.summary).toContain('| New findings | 5 |');
    expect(result.summary).toContain('| Baselined findings | 1 |');
    expect(result.summary).toMatch(/\| `github-pat` \| GitHub personal access token \(classic\) \| 1 \| 0 \|/);
    expect(result.summary).toContain(
      '| new | `logs/build.log:2:13` | `github-pat` | high (checksum valid) | `using token=*** for the API` |',
    );
    expect(result.summary).toMatch(/\| baselined \| `test\/fixture\.txt:1:7` \| `slack-bot-token` \|/);

    // The audit event: counts and the new fingerprints, never values.
    const log = join(result.runnerTemp, 'gatehouse', 'audit.jsonl');
    const records = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; outcome: string; subject: Record<string, unknown> });
    expect(records.map((r) => r.event)).toEqual(['secrets-registered', 'leaks-scanned']);
    expect(records[1]).toMatchObject({
      outcome: 'failure',
      subject: { new: 5, baselined: 1, findings: 6, skipped: { binary: 2, too_large: 1 } },
    });
    expect((records[1]!.subject['new_fingerprints'] as string[]).sort()).toEqual(
      report.findings
        .filter((f) => !f.baselined)
        .map((f) => f.fingerprint)
        .sort(),
    );
    expect(await verifyAuditLog(log)).toMatchObject({ ok: true, count: 2 });

    expectNoLeaks(result, fx.secrets, [reportPath, sarifPath, log]);
  });

  it('with fail-on-findings false: warnings, default paths under RUNNER_TEMP, exit 0', async () => {
    const fx = fixture();
    const result = await runStep('mask-logs', 'main', {
      dir: fx.dir,
      inputs: { scan: 'src\nlogs/*.log\nnothing/**/*.txt', 'fail-on-findings': 'false' },
    });
    expect(result.code).toBe(0);
    const report = join(result.runnerTemp, 'gatehouse', 'leak-report.json');
    const sarif = join(result.runnerTemp, 'gatehouse', 'leak-report.sarif');
    expect(result.outputs).toMatchObject({ findings: '2', report, sarif });
    expect(annotations(result.stdout, 'warning').filter((l) => l.includes('file='))).toHaveLength(2);
    expect(result.stdout).toContain("::warning::scan: 'nothing/**/*.txt' matched no files.");
    expect(result.stdout).toContain('::warning::Found 2 new leaked credentials in 2 files');
    expect(annotations(result.stdout, 'error')).toEqual([]);
    expect(checkSarif(JSON.parse(readFileSync(sarif, 'utf8')))).toEqual([]);
    expectNoLeaks(result, fx.secrets, [report, sarif]);
  });

  it('scans what the command wrote (scan runs after run), and keeps a failing exit code', async () => {
    const dir = makeJobDir();
    const token = githubToken();
    const result = await runStep('mask-logs', 'main', {
      dir,
      inputs: { run: 'mkdir -p out && printf "token: %s\\n" "$T" > out/app.log && exit 3', scan: 'out' },
      env: { T: token },
    });
    expect(result.code).toBe(3);
    expect(result.outputs).toMatchObject({ 'exit-code': '3', findings: '1' });
    expect(result.stdout).toContain('::error::mask-logs: the command exited with code 3.');
    expect(result.stdout).toContain('::error::mask-logs: Found 1 new leaked credential in 1 file (github-pat ×1).');
    expect(findLeaks(result, [token])).toEqual([]);
  });

  it('fails on a bad rules file before the command runs, and exports nothing', async () => {
    const dir = makeJobDir();
    put(join(dir, 'workspace'), 'rules.yml', `rules:\n  - id: bad\n    description: d\n    regex: '(a+)+'\n    keywords: [aaa]\n`);
    const result = await runStep('mask-logs', 'main', { dir, inputs: { run: 'touch ran', scan: '.', rules: 'rules.yml' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::mask-logs failed: The rules file rules.yml:4: 'rules[0].regex' of rule "bad" is refused: it nests quantifiers`,
    );
    expect(existsSync(join(dir, 'workspace', 'ran'))).toBe(false);
    expect(result.files.output).toBe('');
  });

  it.each([
    [{ scan: '../elsewhere' }, `Input 'scan' points outside the workspace (got "../elsewhere")`],
    [{ scan: 'no-such-dir' }, `Input 'scan' names a path that does not exist (got "no-such-dir")`],
    [{ scan: '.', 'max-file-size': 'huge' }, `Input 'max-file-size' is not a size (got "huge"). Fix: Use a size such as 512k, 10m or 1g`],
    [{ scan: '.', 'fail-on-findings': 'yes' }, `Input 'fail-on-findings' must be true or false (got "yes")`],
    [{ baseline: 'b.json' }, `Input 'baseline' is set but scan is empty (got "b.json")`],
    [{ scan: '.', baseline: 'missing.json' }, `Input 'baseline' names a file that does not exist (got "missing.json")`],
  ])('refuses bad scan inputs with one line: %j', async (inputs, message) => {
    const result = await runStep('mask-logs', 'main', { inputs });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::mask-logs failed: ${message}`);
    expect(result.files.output).toBe('');
  });

  it('a clean tree passes with findings 0', async () => {
    const dir = makeJobDir();
    put(join(dir, 'workspace'), 'src/ok.ts', 'export const x = 1;\n');
    const result = await runStep('mask-logs', 'main', { dir, inputs: { scan: '.' } });
    expect(result.code).toBe(0);
    expect(result.outputs['findings']).toBe('0');
    expect(result.summary).toContain('No leaked credentials found.');
  });
});
