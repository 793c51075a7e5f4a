// Runs a bundled action the way the GitHub runner does: `node dist/<action>/index.js` with
// INPUT_* variables, fresh GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE/GITHUB_STEP_SUMMARY files in a
// temp dir, then (optionally) the post step with STATE_* taken from what main saved. Parses the
// file commands back and offers a leak check over everything captured.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface StepOptions {
  /** Input names as in action.yml (kebab-case); they become INPUT_<NAME> with hyphens kept. */
  inputs?: Record<string, string>;
  /** Extra environment for the step (secrets in env, runner tokens, fake endpoints...). */
  env?: Record<string, string>;
  /** Reuse a directory (workspace, runner temp) from an earlier step. */
  dir?: string;
  /** Text for the child's standard input; none by default, like the runner. */
  stdin?: string;
  timeoutMs?: number;
}

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout without `::add-mask::` lines: what the runner would show (before its own masking). */
  visibleStdout: string;
  /** Values registered through `::add-mask::`, unescaped as the runner does. */
  masks: string[];
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Raw file-command files, for exact-content assertions. */
  files: { output: string; env: string; state: string; summary: string };
  dir: string;
  workspace: string;
  runnerTemp: string;
}

/** Create the directory layout a runner gives a job: workspace and runner temp. */
export function makeJobDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-job-'));
  mkdirSync(join(dir, 'workspace'), { recursive: true });
  mkdirSync(join(dir, 'temp'), { recursive: true });
  return dir;
}

export async function runStep(
  action: string,
  entry: 'main' | 'post',
  options: StepOptions = {},
  state: Record<string, string> = {},
): Promise<StepResult> {
  const dir = options.dir ?? makeJobDir();
  const stepDir = mkdtempSync(join(dir, `${entry}-`));
  const files = {
    output: join(stepDir, 'output'),
    env: join(stepDir, 'env'),
    state: join(stepDir, 'state'),
    summary: join(stepDir, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'temp');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKFLOW_REF: 'octo-org/app/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;

  const script = join(repoRoot, 'dist', action, entry === 'main' ? 'index.js' : 'post/index.js');
  const child = spawn(process.execPath, [script], { cwd: workspace, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearTimeout(timer);

  const out = Buffer.concat(stdout).toString('utf8');
  const read = (path: string): string => readFileSync(path, 'utf8');
  const raw = { output: read(files.output), env: read(files.env), state: read(files.state), summary: read(files.summary) };
  const lines = out.split(/\r?\n/);
  return {
    code,
    signal,
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    visibleStdout: lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    masks: lines.filter((l) => l.startsWith('::add-mask::')).map((l) => unescapeData(l.slice('::add-mask::'.length))),
    outputs: parseFileCommand(raw.output),
    env: parseFileCommand(raw.env),
    state: parseFileCommand(raw.state),
    summary: raw.summary,
    files: raw,
    dir,
    workspace,
    runnerTemp,
  };
}

/** Main, then post with the state main saved, in the same job directory. */
export async function runMainAndPost(action: string, options: StepOptions = {}): Promise<{ main: StepResult; post: StepResult }> {
  const dir = options.dir ?? makeJobDir();
  const main = await runStep(action, 'main', { ...options, dir });
  const post = await runStep(action, 'post', { ...options, dir }, main.state);
  return { main, post };
}

/** Parse `name=value` lines and `name<<DELIM ... DELIM` heredocs, as the runner does. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      result[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

export function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * The forms in which a secret must never show up. Derived here with Node's own encoders, not with
 * the code under test, so a bug in core/encodings cannot hide a leak.
 */
export function leakForms(secret: string): string[] {
  const b = Buffer.from(secret, 'utf8');
  const forms = new Set([
    secret,
    b.toString('base64'),
    b.toString('base64url'),
    Buffer.from(`${secret}\n`).toString('base64'),
    b.toString('hex'),
    b.toString('hex').toUpperCase(),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...forms].filter((f) => f.length >= 4);
}

export interface LeakCheckOptions {
  /**
   * Names whose output and env entries are meant to hold a secret (fetch-secrets' exports): those
   * entries are left out, every other entry and every other file is still checked.
   */
  exported?: readonly string[];
}

/** Every place a step's secret could leak: visible stdout, stderr, outputs, env, state, summary. */
export function capturedTexts(result: StepResult, options: LeakCheckOptions = {}): Record<string, string> {
  const exported = new Set(options.exported ?? []);
  const without = (raw: string, parsed: Record<string, string>): string =>
    exported.size === 0
      ? raw
      : Object.entries(parsed)
          .filter(([name]) => !exported.has(name))
          .map(([name, value]) => `${name}=${value}`)
          .join('\n');
  return {
    stdout: result.visibleStdout,
    stderr: result.stderr,
    output: without(result.files.output, result.outputs),
    env: without(result.files.env, result.env),
    state: result.files.state,
    summary: result.files.summary,
  };
}

/** Names of the places where any form of any secret appears; [] when nothing leaked. */
export function findLeaks(result: StepResult, secrets: string[], options: LeakCheckOptions = {}): string[] {
  const leaks: string[] = [];
  for (const [where, text] of Object.entries(capturedTexts(result, options))) {
    for (const secret of secrets) {
      for (const form of leakForms(secret))
        if (text.includes(form)) leaks.push(`${where} contains a form of a secret (${form.length} chars)`);
    }
  }
  return leaks;
}
