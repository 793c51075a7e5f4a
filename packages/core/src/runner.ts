// The GitHub Actions runner protocol: workflow commands on stdout (`::name k=v::message`) and file
// commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY).
//
// Why not @actions/core: importing it evaluates undici through its OIDC client, which costs about
// 100 ms on every cold start (3.3x `node -e 0`, measured with hyperfine). The protocol itself is a
// few documented string formats, so this module speaks it directly. The contract tests check that
// what it writes is byte-for-byte what @actions/core writes for the same calls.

import { appendFileSync, existsSync, writeSync } from 'node:fs';
import type * as Os from 'node:os';
import { GatehouseError } from './errors.js';
import { uniqueId } from './sha256.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, string | number | undefined>;

/** os.EOL without loading node:os (~0.3 ms of start-up): the line ending @actions/core writes. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/**
 * Write all of `data` to a file descriptor synchronously. process.stdout would build a stream
 * (several ms of module loading at start-up); on Linux its pipe writes are synchronous anyway, so
 * ordering is the same. A non-blocking pipe that is full answers EAGAIN: wait 1 ms and retry.
 * A closed pipe (EPIPE) means nobody is reading the log any more; there is nothing left to do.
 */
export function writeFd(fd: number, data: string | Uint8Array): void {
  let buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (buf.length > 0) {
    try {
      buf = buf.subarray(writeSync(fd, buf));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') return;
      throw err;
    }
  }
}

export const writeStdout = (data: string | Uint8Array): void => writeFd(1, data);
export const writeStderr = (data: string | Uint8Array): void => writeFd(2, data);

/** Where workflow commands and log lines go; tests swap it to capture. */
let out: (text: string) => void = writeStdout;

export function setWriter(writer: (text: string) => void): () => void {
  const previous = out;
  out = writer;
  return () => {
    out = previous;
  };
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  out(formatCommand(command, properties, message) + EOL);
}

// ---- log lines -------------------------------------------------------------------------------

export function info(message: string): void {
  out(message + EOL);
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotation(kind: string, message: string, props: AnnotationProperties): void {
  issueCommand(
    kind,
    {
      title: props.title,
      file: props.file,
      line: props.startLine,
      endLine: props.endLine,
      col: props.startColumn,
      endColumn: props.endColumn,
    },
    message,
  );
}

export function notice(message: string, props: AnnotationProperties = {}): void {
  annotation('notice', message, props);
}

export function warning(message: string, props: AnnotationProperties = {}): void {
  annotation('warning', message, props);
}

export function error(message: string, props: AnnotationProperties = {}): void {
  annotation('error', message, props);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/**
 * Register a mask with the runner. Every later log line, annotation and summary line of the job
 * has this exact string replaced by `***`. Callers decide what is worth masking (see masking.ts).
 */
export function addMask(value: string): void {
  issueCommand('add-mask', {}, value);
}

/** Several masks in one write: a secret has a dozen forms, and each write is a system call. */
export function addMasks(values: readonly string[]): void {
  if (values.length === 0) return;
  out(values.map((v) => formatCommand('add-mask', {}, v) + EOL).join(''));
}

// ---- inputs and state --------------------------------------------------------------------------

/**
 * The runner's temporary folder (RUNNER_TEMP, emptied after each job), or the OS one outside a
 * runner. node:os is loaded only for that fallback: it costs ~0.3 ms of start-up.
 */
export function runnerTemp(env: NodeJS.ProcessEnv = process.env): string {
  return env['RUNNER_TEMP'] || (process.getBuiltinModule('node:os') as typeof Os).tmpdir();
}

/** The raw value of an input as the runner passes it (`INPUT_<NAME>`, hyphens kept). */
export function rawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/** State saved by the main step, as the post step sees it. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

// ---- file commands -----------------------------------------------------------------------------

export type FileCommand = 'OUTPUT' | 'ENV' | 'STATE' | 'PATH';

/** `name<<delimiter\nvalue\ndelimiter`, the heredoc form the runner parses for multi-line values. */
export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${uniqueId()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    // A UUID collision would let a value end the heredoc early and inject variables.
    throw new GatehouseError('RUNNER_FILE_COMMAND', `Refusing to write '${name}': it contains the heredoc delimiter.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function fileCommandPath(command: FileCommand): string | undefined {
  const path = process.env[`GITHUB_${command}`];
  if (!path) return undefined;
  if (!existsSync(path)) {
    throw new GatehouseError('RUNNER_FILE_COMMAND', `The runner's GITHUB_${command} file does not exist.`, {
      fix: 'Run the action on a GitHub Actions runner, or create the file named by the variable.',
    });
  }
  return path;
}

/**
 * Outputs, env and state are staged and written in one append at `commit()`, so an action that
 * fails half-way exports nothing: callers commit only after every required step has succeeded.
 */
export class Exports {
  private readonly outputs = new Map<string, string>();
  private readonly env = new Map<string, string>();
  private readonly state = new Map<string, string>();
  private committed = false;

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }

  exportVariable(name: string, value: string): void {
    if (name === 'NODE_OPTIONS') {
      throw new GatehouseError('RUNNER_FILE_COMMAND', 'Refusing to export NODE_OPTIONS: the runner blocks it.');
    }
    this.env.set(name, value);
  }

  saveState(name: string, value: string): void {
    this.state.set(name, value);
  }

  get outputNames(): string[] {
    return [...this.outputs.keys()];
  }

  get envNames(): string[] {
    return [...this.env.keys()];
  }

  commit(): void {
    if (this.committed) throw new GatehouseError('INTERNAL', 'Exports committed twice.');
    this.committed = true;
    // Check every target file before writing any, so a missing GITHUB_ENV cannot leave outputs
    // written and env not (fileCommandPath throws for a path that is set but does not exist).
    for (const [command, entries] of [
      ['OUTPUT', this.outputs],
      ['ENV', this.env],
      ['STATE', this.state],
    ] as const) {
      if (entries.size > 0) fileCommandPath(command);
    }
    write('OUTPUT', this.outputs, 'set-output');
    write('ENV', this.env, 'set-env');
    write('STATE', this.state, 'save-state');
    for (const [name, value] of this.env) process.env[name] = value;
  }
}

function write(command: FileCommand, entries: Map<string, string>, legacy: string): void {
  if (entries.size === 0) return;
  const path = fileCommandPath(command);
  if (path) {
    let text = '';
    for (const [name, value] of entries) text += keyValueMessage(name, value) + EOL;
    appendFileSync(path, text, { encoding: 'utf8' });
    return;
  }
  // Outside a runner (local runs) fall back to the stdout commands, like @actions/core does. Like it,
  // start `set-output` on a fresh line: the runner only sees a command at the start of a line, and
  // the last write (say, a child's passed-through output) may not have ended one.
  for (const [name, value] of entries) {
    if (legacy === 'set-output') out(EOL);
    issueCommand(legacy, { name }, value);
  }
}

/** Append markdown to the job summary; no-op outside a runner. */
export function appendSummary(markdown: string): void {
  const path = process.env['GITHUB_STEP_SUMMARY'];
  if (!path) return;
  appendFileSync(path, markdown.endsWith('\n') ? markdown : markdown + EOL, { encoding: 'utf8' });
}
