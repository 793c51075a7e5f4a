// mask-logs inputs -> one validated object. Secret values never appear in an error message.

import { statSync } from 'node:fs';
import { inputError } from '@gatehouse/core/errors';
import { readBoolean, readInteger, readList, readString, resolveInWorkspace, workspaceRoot } from '@gatehouse/core/inputs';
import { rawInput } from '@gatehouse/core/runner';
import { resolveShell, type ShellCommand } from './shell.js';

export interface Inputs {
  secrets: string[];
  /** The whole `secrets` input when it has several lines: it may be one multi-line secret (a PEM
   * key, pretty-printed JSON) whose encodings and JSON leaves must be masked whole. */
  secretsWhole: string;
  maskEnv: string[];
  minLength: number;
  run: string;
  shell: ShellCommand;
  workingDirectory: string;
  auditLog: string;
  /** The `scan` input: paths and globs (empty: no scan). */
  scan: string[];
  failOnFindings: boolean;
  /** Absolute paths inside the workspace, or '' when not given. */
  baseline: string;
  rules: string;
  sarifFile: string;
  reportFile: string;
  /** Bytes. */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const MAX_FILE_SIZE_LIMIT = 1024 * 1024 * 1024;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readInputs(): Inputs {
  const maskEnv = readList('mask-env', { separator: 'comma' });
  for (const name of maskEnv) {
    if (!ENV_NAME.test(name)) {
      throw inputError(
        'mask-env',
        'has an invalid variable name',
        'List names like API_KEY, one per line or comma-separated, without $ or values.',
        name,
      );
    }
  }
  const secretsRaw = readString('secrets', { secret: true });
  const run = readString('run', { keepWhitespace: true });
  const dir = readString('working-directory');
  return {
    secrets: readList('secrets', { secret: true }),
    secretsWhole: /[\r\n]/.test(secretsRaw) ? secretsRaw : '',
    maskEnv,
    minLength: readInteger('min-length', 4, { min: 4, max: 1024 }),
    run: run.trim() === '' ? '' : run,
    shell: resolveShell(readString('shell') || 'bash'),
    workingDirectory: existingDirectory(dir ? resolveInWorkspace('working-directory', dir) : workspaceRoot(), dir),
    auditLog: readString('audit-log'),
    ...readScanInputs(),
  };
}

function readScanInputs(): Pick<Inputs, 'scan' | 'failOnFindings' | 'baseline' | 'rules' | 'sarifFile' | 'reportFile' | 'maxFileSize'> {
  const scan = readList('scan', { comments: true });
  for (const pattern of scan) {
    // Globs are checked by their literal part when walked; here, plain paths and `..` escapes.
    resolveInWorkspace('scan', pattern.replace(/[*?[{].*$/s, '') || '.');
  }
  const path = (name: string): string => {
    const value = readString(name);
    return value ? resolveInWorkspace(name, value) : '';
  };
  const scanOnly = ['baseline', 'rules', 'sarif-file', 'report-file'].filter((name) => readString(name) !== '');
  if (scan.length === 0 && scanOnly.length > 0) {
    throw inputError(
      scanOnly[0]!,
      'is set but scan is empty',
      "Set 'scan' to the paths to scan (for example '.'), or remove it.",
      readString(scanOnly[0]!),
    );
  }
  return {
    scan,
    failOnFindings: readBoolean('fail-on-findings', true),
    baseline: path('baseline'),
    rules: path('rules'),
    sarifFile: path('sarif-file'),
    reportFile: path('report-file'),
    maxFileSize: readSize('max-file-size', DEFAULT_MAX_FILE_SIZE),
  };
}

/** `10485760`, `512k`, `10m`, `1g`, `10MB`, `512KiB` (units are powers of 1024). */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

function readSize(name: string, fallback: number): number {
  const value = rawInput(name).trim();
  if (value === '') return fallback;
  const bytes = parseSize(value);
  const fix = 'Use a size such as 512k, 10m or 1g (powers of 1024), or a number of bytes, from 1 byte to 1g.';
  if (bytes === undefined) throw inputError(name, 'is not a size', fix, value);
  if (bytes < 1 || bytes > MAX_FILE_SIZE_LIMIT) throw inputError(name, 'is out of range', fix, value);
  return bytes;
}

function existingDirectory(path: string, shown: string): string {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) {
    throw inputError(
      'working-directory',
      'is not an existing directory',
      'Create it in an earlier step or fix the path (relative to the workspace).',
      shown || path,
    );
  }
  return path;
}
