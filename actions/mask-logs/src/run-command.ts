// Run the user's command with stdout and stderr each piped through its own redactor, so nothing
// registered reaches the job log, even when a secret is split across writes.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatehouseError } from '@gatehouse/core/errors';
import { Redactor } from '@gatehouse/core/redaction';
import * as runner from '@gatehouse/core/runner';
import { writeStderr, writeStdout } from '@gatehouse/core/runner';
import type { ShellCommand } from './shell.js';

export interface CommandResult {
  exitCode: number;
  /** Set when the command was killed by a signal. */
  signal: NodeJS.Signals | null;
  bytesIn: number;
  redactions: number;
  durationMs: number;
}

export interface CommandOptions {
  script: string;
  shell: ShellCommand;
  cwd: string;
  /** Everything to redact: registered forms and the runner's own tokens. */
  patterns: readonly string[];
  /** Where redacted output goes; the step's own stdout/stderr by default. */
  stdout?: (chunk: Uint8Array) => void;
  stderr?: (chunk: Uint8Array) => void;
}

/** Variables the command must not inherit: action inputs hold the very secrets being masked. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('INPUT_') || name.startsWith('STATE_') || name === 'ACTIONS_RUNTIME_TOKEN') continue;
    env[name] = value;
  }
  return env;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13, SIGABRT: 6, SIGSEGV: 11 };

export async function runCommand(options: CommandOptions): Promise<CommandResult> {
  const dir = join(runner.runnerTemp(), 'gatehouse');
  mkdirSync(dir, { recursive: true });
  const scriptPath = join(dir, `mask-logs-${randomUUID()}${options.shell.extension}`);
  writeFileSync(scriptPath, options.script, { mode: 0o600 });
  const [file, ...args] = options.shell.argv.map((arg) => arg.replace('{0}', scriptPath));
  const started = Date.now();
  // One automaton, forked per stream: redactors carry state between chunks.
  const template = new Redactor(options.patterns);
  runner.info(`Running the command with ${options.shell.name}; output is redacted (${template.patternStates} automaton states).`);
  try {
    return await new Promise<CommandResult>((resolvePromise, reject) => {
      const child = spawn(file!, args, { cwd: options.cwd, env: childEnv(), stdio: ['inherit', 'pipe', 'pipe'] });
      const outRedactor = template.fork();
      const errRedactor = template.fork();
      let bytesIn = 0;
      const pump = (source: NodeJS.ReadableStream, redactor: Redactor, sink: (chunk: Uint8Array) => void): Promise<void> =>
        new Promise((done) => {
          source.on('data', (chunk: Buffer) => {
            bytesIn += chunk.length;
            for (const piece of redactor.push(chunk)) sink(piece);
          });
          source.on('end', () => {
            for (const piece of redactor.end()) sink(piece);
            done();
          });
        });
      const streams = Promise.all([
        pump(child.stdout, outRedactor, options.stdout ?? writeStdout),
        pump(child.stderr, errRedactor, options.stderr ?? writeStderr),
      ]);
      child.on('error', (err: NodeJS.ErrnoException) => {
        reject(
          new GatehouseError('COMMAND_FAILED', `Could not start the shell '${options.shell.name}': ${err.code ?? err.message}.`, {
            fix: `Install ${file} on the runner or choose another 'shell'.`,
          }),
        );
      });
      child.on('close', (code, signal) => {
        void streams.then(() =>
          resolvePromise({
            exitCode: code ?? 128 + (signal ? (SIGNALS[signal] ?? 1) : 1),
            signal,
            bytesIn,
            redactions: outRedactor.redactions + errRedactor.redactions,
            durationMs: Date.now() - started,
          }),
        );
      });
    });
  } finally {
    rmSync(scriptPath, { force: true });
  }
}
