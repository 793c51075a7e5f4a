// The entry-point contract end to end, in a real Node process the way the runner starts an action:
// whatever goes wrong, the step prints one `::error::` line and exits 1 (or, for a failure after
// runAction has returned, Node's own crash, which also exits non-zero), never 0, and nothing it
// prints carries the secret input. The bundled entry points call runStep (runAction, then exit at
// once); each case runs with both.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const src = (module: string): string => pathToFileURL(join(repoRoot, 'packages/core/src', `${module}.ts`)).href;
const TOKEN = 'ghs_Fak3SecretT0kenForTheTest0123456789';

let dir: string;
let driver: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-run-action-'));
  driver = join(dir, 'index.mjs');
  // A tiny action entry point: reads a secret input, then fails in the way argv[2] names.
  writeFileSync(
    driver,
    `import { runAction, runStep } from ${JSON.stringify(src('run-action'))};
import { GatehouseError } from ${JSON.stringify(src('errors'))};

const mode = process.argv[2];
const entry = process.argv[3] === 'runStep' ? runStep : runAction;
// As the bundled entry points call it: no top-level await.
void entry('demo', async () => {
  const token = process.env['INPUT_TOKEN'] ?? '';
  process.stdout.write('token has ' + token.length + ' characters\\n');
  switch (mode) {
    case 'ok':
      return;
    case 'exit-code':
      return 3;
    case 'throw':
      throw new Error('upstream refused the token');
    case 'gatehouse':
      throw new GatehouseError('OIDC_FAILED', 'The token exchange failed.', { fix: 'Grant id-token: write.', cause: new Error(token) });
    case 'string':
      throw 'a string, not an Error';
    case 'timer-during':
      // A callback outside the awaited chain throws; the promise fn waits on never settles.
      await new Promise((resolve) => setTimeout(() => {
        throw new Error('connection reset by peer');
        resolve();
      }, 0));
      return;
    case 'reject-during':
      Promise.reject(new Error('rejected in the background'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return 0;
    case 'never-settles':
      // Nothing left to wait for: Node exits while fn is still pending.
      await new Promise(() => {});
      return;
    case 'timer-after':
      setTimeout(() => {
        throw new Error('late failure after the step finished');
      }, 0);
      return;
    case 'reject-after':
      setTimeout(() => {
        Promise.reject(new Error('late rejection after the step finished'));
      }, 0);
      return;
    case 'handle-left-open':
      // A referenced timer far longer than the test's guard, like a pooled connection left open.
      setTimeout(() => process.stdout.write('the timer fired\\n'), 600_000);
      return 3;
  }
});
`,
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  errors: string[];
}

type Entry = 'runAction' | 'runStep';

function runEntry(mode: string, entry: Entry): Run {
  const child = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(repoRoot, 'test-support/ts-resolve.mjs')).href, driver, mode, entry],
    {
      env: { PATH: process.env['PATH'] ?? '', INPUT_TOKEN: TOKEN },
      encoding: 'utf8',
      // Only a guard against a hung child; no assertion depends on time.
      timeout: 60_000,
    },
  );
  if (child.error) throw child.error;
  const { status: code, signal, stdout, stderr } = child;
  const errors = stdout.split('\n').filter((line) => line.startsWith('::error'));
  // Whatever happened, the secret input never appears in what the step printed.
  expect(stdout).not.toContain(TOKEN);
  expect(stderr).not.toContain(TOKEN);
  return { code, signal, stdout, stderr, errors };
}

describe.each(['runAction', 'runStep'] as const)('an action entry point built on %s', (entry) => {
  const run = (mode: string): Run => runEntry(mode, entry);

  it('exits 0 and prints no error when fn succeeds', () => {
    const r = run('ok');
    expect(r).toMatchObject({ code: 0, signal: null, stderr: '', errors: [] });
    expect(r.stdout).toBe(`token has ${TOKEN.length} characters\n`);
  });

  it('exits with the code fn returns', () => {
    expect(run('exit-code')).toMatchObject({ code: 3, stderr: '', errors: [] });
  });

  it.each([
    ['throw', '::error::demo failed: upstream refused the token'],
    ['gatehouse', '::error::demo failed: The token exchange failed. Fix: Grant id-token: write.'],
    ['string', '::error::demo failed: a string, not an Error'],
  ])('exits 1 with one error line and no stack trace when fn fails (%s)', (mode, line) => {
    const r = run(mode);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([line]);
    expect(r.stderr).toBe('');
  });

  it('exits 1 with one error line when a timer callback throws while fn waits on it', () => {
    const r = run('timer-during');
    expect(r).toMatchObject({ code: 1, signal: null, stderr: '' });
    expect(r.errors).toEqual(['::error::demo failed: connection reset by peer']);
  });

  it('exits 1 with one error line when fn never settles and Node runs out of work', () => {
    // Without runAction's exit listener this process would end with exit code 0: a silent pass.
    const r = run('never-settles');
    expect(r).toMatchObject({ code: 1, signal: null, stderr: '' });
    expect(r.errors).toEqual(['::error::demo failed: the step ended before its work finished (a promise was never settled)']);
  });

  it('exits 1 when a promise rejects unhandled while fn runs, although fn then returns 0', () => {
    const r = run('reject-during');
    expect(r).toMatchObject({ code: 1, signal: null, stderr: '' });
    expect(r.errors).toEqual(['::error::demo failed: rejected in the background']);
  });
});

describe('runAction alone', () => {
  // After fn has settled runAction has removed its listeners (so a leftover handle cannot keep a
  // failed step alive). A stray failure then gets Node's default: the error on stderr and a
  // non-zero exit. The step must not pass.
  it.each([
    ['timer-after', 'late failure after the step finished'],
    ['reject-after', 'late rejection after the step finished'],
  ])('does not exit 0 when a callback fails after fn resolved (%s)', (mode, message) => {
    const r = runEntry(mode, 'runAction');
    expect(r.signal).toBeNull();
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.stdout).toContain(`token has ${TOKEN.length} characters\n`);
    expect(r.stderr).toContain(`Error: ${message}`);
  });
});

describe('runStep', () => {
  it("ends the process with fn's exit code as soon as fn settles, whatever handles are still open", () => {
    // runAction alone would wait for the ten-minute timer (the spawn guard would kill it first).
    const r = runEntry('handle-left-open', 'runStep');
    expect(r).toMatchObject({ code: 3, signal: null, stderr: '', errors: [] });
    expect(r.stdout).toBe(`token has ${TOKEN.length} characters\n`);
  });

  it.each(['timer-after', 'reject-after'])('ends the step before work it did not wait for can run (%s)', (mode) => {
    // fn resolved: the step is done and passed. A callback it left behind is not part of it.
    const r = runEntry(mode, 'runStep');
    expect(r).toMatchObject({ code: 0, signal: null, stderr: '', errors: [] });
  });
});
