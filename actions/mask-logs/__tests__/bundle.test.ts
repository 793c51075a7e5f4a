// Bundle tests: dist/mask-logs/index.js spawned exactly as the runner spawns it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { findLeaks, leakForms, runStep } from '../../../test-support/action-runner.js';

const SECRET = 'gh-s3cr3t/Value+with=chars';
const OTHER = 'second-secret-0123456789';

// Prints the secret in every way people leak them: plain, base64 (echo adds a newline), base64url
// in a JWT-like token, hex, URL-encoded, JSON-escaped, and split across two writes with a pause.
const LEAKY_SCRIPT = `
printf 'raw: %s\\n' "$S"
echo "$S" | base64
printf '%s' "$S" | base64 -w0 | tr '+/' '-_' | tr -d '='; echo
printf '%s' "$S" | od -An -tx1 -v | tr -d ' \\n'; echo
python3 -c 'import os,urllib.parse,json; print(urllib.parse.quote(os.environ["S"], safe="")); print(json.dumps({"k": os.environ["S"]}))'
printf 'split: %s' "\${S:0:7}"; sleep 0.2; printf '%s done\\n' "\${S:7}"
echo "to stderr: $S" >&2
echo "inside base64 of a bigger text:"; printf 'user:%s' "$S" | base64 -w0; echo
exit 7
`;

describe('mask-logs bundle', () => {
  it('registers every form, redacts a leaky command, propagates its exit code, and leaks nothing', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: `${SECRET}\n${OTHER}\n`, run: LEAKY_SCRIPT },
      env: { S: SECRET },
    });
    expect(result.stderr).not.toContain(SECRET);
    expect(result.code).toBe(7);
    expect(result.outputs['exit-code']).toBe('7');
    expect(Number(result.outputs['masked'])).toBe(new Set(result.masks).size);
    for (const form of leakForms(SECRET)) expect(result.masks).toContain(form);
    expect(result.visibleStdout).toContain('raw: ***');
    expect(result.visibleStdout).toMatch(/split: \*\*\* done/);
    expect(result.stderr).toContain('to stderr: ***');
    expect(result.visibleStdout).toContain('::error::mask-logs: the command exited with code 7.');
    expect(findLeaks(result, [SECRET, OTHER])).toEqual([]);
    // The base64 of "user:<secret>" is caught through its aligned fragments.
    const embedded = Buffer.from(`user:${SECRET}`).toString('base64');
    expect(result.visibleStdout).not.toContain(embedded.slice(8, 30));
    expect(result.summary).toContain('| Values registered | 2 |');
    expect(result.summary).toContain('| Command | bash, exit code 7 |');
  });

  it('masks the values of mask-env variables and exits 0 without a command', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { 'mask-env': 'API_KEY, DB_URL\nUNSET_VAR' },
      env: { API_KEY: 'ak-live-0123456789abcdef', DB_URL: 'postgres://app:pw-9876543@db:5432/app' },
    });
    expect(result.code).toBe(0);
    expect(result.masks).toContain('ak-live-0123456789abcdef');
    expect(result.masks).toContain(Buffer.from('postgres://app:pw-9876543@db:5432/app').toString('base64'));
    expect(result.outputs).toEqual({ masked: String(new Set(result.masks).size), 'exit-code': '' });
    expect(result.visibleStdout).toContain('::warning::mask-env: UNSET_VAR is not set or empty; there is nothing to mask.');
    expect(result.summary).toContain('| Environment variables masked | `API_KEY`, `DB_URL` |');
    expect(findLeaks(result, ['ak-live-0123456789abcdef'])).toEqual([]);
  });

  it('refuses short and trivial values with a warning and never masks them', async () => {
    const result = await runStep('mask-logs', 'main', { inputs: { secrets: 'abc\ntrue\n12345\nlong-enough-value', 'min-length': '6' } });
    expect(result.code).toBe(0);
    expect(result.masks).not.toContain('abc');
    expect(result.masks).not.toContain('true');
    expect(result.masks).not.toContain('12345');
    expect(result.masks).toContain('long-enough-value');
    expect(result.visibleStdout).toContain("::warning::'secrets' line 1 is shorter than min-length (6); it was not masked.");
    expect(result.visibleStdout).toContain("::warning::'secrets' line 2 is true, false, null or a number");
    expect(result.summary).toContain('| Refused | 2 trivial, 1 too-short |');
    expect(findLeaks(result, ['long-enough-value'])).toEqual([]);
  });

  it.each([
    [{ 'min-length': '2' }, 'mask-logs failed: Input \'min-length\' is out of range (got "2"). Fix: Use a whole number from 4 to 1024.'],
    [{ shell: 'fish' }, 'mask-logs failed: Input \'shell\' is not a known shell and has no {0} placeholder (got "fish").'],
    [{ 'mask-env': 'API_KEY=x' }, 'mask-logs failed: Input \'mask-env\' has an invalid variable name (got "API_KEY=x").'],
    [{ 'working-directory': '../elsewhere' }, "mask-logs failed: Input 'working-directory' points outside the workspace"],
  ])('fails closed on bad input %j: one line, exit 1, nothing exported', async (inputs, message) => {
    const result = await runStep('mask-logs', 'main', { inputs: { secrets: SECRET, run: 'echo should-not-run', ...inputs } });
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`::error::${message}`);
    expect(result.stdout).not.toContain('should-not-run');
    expect(result.masks).toEqual([]);
    expect(result.files.output).toBe('');
    expect(result.files.env).toBe('');
    expect(result.files.summary).toBe('');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it('masks long secrets printed as wrapped base64 (coreutils 76 columns, openssl 64)', async () => {
    const long = 'long-secret-' + 'x7Yq2'.repeat(20);
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: long, run: 'echo "$S" | base64\nprintf %s "$S" | base64\nprintf %s "$S" | openssl base64' },
      env: { S: long },
    });
    expect(result.code).toBe(0);
    const wrapped = [76, 64].flatMap((w) =>
      [Buffer.from(long).toString('base64'), Buffer.from(`${long}\n`).toString('base64')].flatMap((b) =>
        b.match(new RegExp(`.{1,${w}}`, 'g'))!,
      ),
    );
    for (const line of wrapped.filter((l) => l.length >= 8)) expect(result.visibleStdout).not.toContain(line);
    expect(findLeaks(result, [long])).toEqual([]);
  });

  it('masks a multi-line secret given in secrets as a whole, not only line by line', async () => {
    const pem = [
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
      'VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNb',
      '-----END PRIVATE KEY-----',
      '',
    ].join('\n');
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: pem, run: 'printf %s "$K" | base64 -w0; echo' },
      env: { K: pem },
    });
    expect(result.code).toBe(0);
    expect(result.visibleStdout).not.toContain(Buffer.from(pem).toString('base64').slice(0, 40));
    expect(result.masks).toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7');
    expect(result.summary).toContain('| Values registered | 4 |');
  });

  it('fails with a clear error when working-directory does not exist', async () => {
    const result = await runStep('mask-logs', 'main', { inputs: { secrets: SECRET, run: 'true', 'working-directory': 'no/such/dir' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::mask-logs failed: Input \'working-directory\' is not an existing directory (got "no/such/dir"). Fix: Create it in an earlier step or fix the path (relative to the workspace).',
    );
    expect(result.files.output).toBe('');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it('does not hand the action inputs or the runtime token to the command', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: SECRET, run: 'env | sort' },
      env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-abcdefghijkl', MY_VAR: 'visible' },
    });
    expect(result.code).toBe(0);
    expect(result.visibleStdout).toContain('MY_VAR=visible');
    expect(result.visibleStdout).not.toMatch(/^INPUT_/m);
    expect(result.visibleStdout).not.toContain('ACTIONS_RUNTIME_TOKEN');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it("redacts the runner's own tokens from the command output", async () => {
    const token = 'id-token-request-abcdefghijklmnop';
    const result = await runStep('mask-logs', 'main', {
      inputs: { run: 'echo "token: $ACTIONS_ID_TOKEN_REQUEST_TOKEN"' },
      env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: token },
    });
    expect(result.visibleStdout).toContain('token: ***');
    expect(findLeaks(result, [token])).toEqual([]);
  });

  it('runs in working-directory with another shell and reports a signal death', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: SECRET, shell: 'sh', 'working-directory': '.', run: 'pwd; kill -TERM $$' },
    });
    expect(result.visibleStdout).toContain(result.workspace);
    expect(result.code).toBe(143);
    expect(result.outputs['exit-code']).toBe('143');
    expect(result.visibleStdout).toContain('was killed by SIGTERM');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it('runs a custom shell template', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: SECRET, shell: 'python3 {0}', run: `import os\nprint("py", os.environ["S"])` },
      env: { S: SECRET },
    });
    expect(result.code).toBe(0);
    expect(result.visibleStdout).toContain('py ***');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it('appends a verifiable hash-chained audit trail that holds no secret', async () => {
    const result = await runStep('mask-logs', 'main', {
      inputs: { secrets: SECRET, 'mask-env': 'S', run: 'echo "$S"' },
      env: { S: OTHER },
    });
    const log = join(result.runnerTemp, 'gatehouse', 'audit.jsonl');
    const text = readFileSync(log, 'utf8');
    for (const f of [...leakForms(SECRET), ...leakForms(OTHER)]) expect(text).not.toContain(f);
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r['event'])).toEqual(['secrets-registered', 'command-run']);
    expect(records[0]!['subject']).toMatchObject({ values: 2, env: ['S'] });
    expect(records[1]!['subject']).toMatchObject({ shell: 'bash', exit_code: 0, redactions: 1 });
    expect(records[1]!['run']).toMatchObject({ repository: 'octo-org/app', run_id: '4242' });
    expect(await verifyAuditLog(log)).toMatchObject({ ok: true, count: 2 });
    expect(findLeaks(result, [SECRET, OTHER])).toEqual([]);
    // Tampering is detected.
    writeFileSync(log, text.replace('"exit_code":0', '"exit_code":1'));
    expect(await verifyAuditLog(log)).toMatchObject({ ok: false, brokenSeq: 2 });
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });

  it('fails when the audit log cannot be written, and exports nothing', async () => {
    // A path below a regular file can never be created (ENOTDIR).
    const result = await runStep('mask-logs', 'main', { inputs: { secrets: SECRET, 'audit-log': '/etc/hostname/gatehouse/audit.jsonl' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::mask-logs failed: .*audit/i);
    expect(result.files.output).toBe('');
    expect(findLeaks(result, [SECRET])).toEqual([]);
  });
});
