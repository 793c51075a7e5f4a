// mask-logs inputs -> one validated object. Secret values never appear in an error message.

import { statSync } from 'node:fs';
import { inputError } from '@gatehouse/core/errors';
import { readInteger, readList, readString, resolveInWorkspace, workspaceRoot } from '@gatehouse/core/inputs';
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
}

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
  };
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
