// Typed readers for action inputs. Each action's inputs.ts calls these once to build one validated
// object; logic code never reads INPUT_* itself. Every failure names the input, shows the bad
// value (unless the input is secret) and says how to fix it.

import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { GatehouseError, inputError } from './errors.js';
import { rawInput } from './runner.js';

export interface StringOptions {
  required?: boolean;
  /** Secret inputs never have their value shown in an error. */
  secret?: boolean;
  /** Keep surrounding whitespace (multi-line secrets, PEM blocks). */
  keepWhitespace?: boolean;
}

export function readString(name: string, options: StringOptions = {}): string {
  const raw = rawInput(name);
  const value = options.keepWhitespace ? raw : raw.trim();
  if (options.required && value.trim() === '') {
    throw new GatehouseError('INPUT_MISSING', `Input '${name}' is required but was empty or not set.`, {
      fix: `Add '${name}:' under 'with:' in the step.`,
    });
  }
  return value;
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** Strict boolean: YAML 1.2 core `true`/`false` only; `yes`, `1`, `on` are mistakes, not truths. */
export function readBoolean(name: string, fallback: boolean): boolean {
  const value = rawInput(name).trim();
  if (value === '') return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw inputError(name, 'must be true or false', `Set '${name}: true' or '${name}: false'.`, value);
}

export interface IntegerOptions {
  min?: number;
  max?: number;
}

export function readInteger(name: string, fallback: number, options: IntegerOptions = {}): number {
  const value = rawInput(name).trim();
  if (value === '') return fallback;
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  const range = `from ${min} to ${max}`;
  if (!/^[+-]?\d+$/.test(value)) {
    throw inputError(name, 'must be a whole number', `Use a whole number ${range}.`, value);
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw inputError(name, `is out of range`, `Use a whole number ${range}.`, value);
  }
  return n;
}

export function readEnum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = rawInput(name).trim();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, 'is not one of the allowed values', `Use one of: ${allowed.join(', ')}.`, value);
}

export interface ListOptions {
  /** `newline` (default) splits on line breaks; `comma` also on commas. */
  separator?: 'newline' | 'comma';
  /** Drop lines starting with `#`. */
  comments?: boolean;
  secret?: boolean;
}

/** A newline (or comma) separated list: items trimmed, empty items dropped. */
export function readList(name: string, options: ListOptions = {}): string[] {
  return splitList(rawInput(name), options);
}

export function splitList(raw: string, options: ListOptions = {}): string[] {
  // Most list inputs are left empty; a step reads several at every start, and each pattern's first
  // use compiles it.
  if (raw.trim() === '') return [];
  const pattern = options.separator === 'comma' ? /[\r\n,]+/ : /\r?\n/;
  return raw
    .split(pattern)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !(options.comments && item.startsWith('#')));
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Durations such as `500ms`, `30s`, `5m`, `1h30m`; a bare number means seconds. Returns ms. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/^(\d+(ms|s|m|h))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, n, unit] of value.matchAll(/(\d+)(ms|s|m|h)/g)) total += Number(n) * UNIT_MS[unit!]!;
  return total;
}

export function readDuration(name: string, fallbackMs: number, options: IntegerOptions = {}): number {
  const value = rawInput(name).trim();
  if (value === '') return fallbackMs;
  const ms = parseDuration(value);
  const fix = 'Use a number with a unit, such as 500ms, 30s, 5m or 1h30m.';
  if (ms === undefined) throw inputError(name, 'is not a duration', fix, value);
  if ((options.min !== undefined && ms < options.min) || (options.max !== undefined && ms > options.max)) {
    const span = `${formatDuration(options.min ?? 0)} to ${formatDuration(options.max ?? Infinity)}`;
    throw inputError(name, 'is out of range', `Use a duration from ${span}.`, value);
  }
  return ms;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unlimited';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s ? `${m}m${s}s` : `${m}m`;
}

export function workspaceRoot(): string {
  return resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}

/**
 * A path that must stay inside the workspace, after resolving `..` and symlinks, so a policy or
 * report path cannot read or overwrite files elsewhere on the runner.
 */
export function resolveInWorkspace(name: string, value: string, root = workspaceRoot()): string {
  const fix = `Use a path inside the workspace (${root}).`;
  if (value.includes('\0')) throw inputError(name, 'contains a NUL byte', fix);
  const full = resolve(root, value);
  if (!isInside(root, full)) throw inputError(name, 'points outside the workspace', fix, value);
  // Walk up to the nearest existing ancestor: a symlink there could still lead outside.
  let probe = full;
  for (;;) {
    try {
      const real = realpathSync(probe);
      if (!isInside(realpathSync(root), real)) throw inputError(name, 'leads outside the workspace through a symlink', fix, value);
      break;
    } catch (err) {
      if (err instanceof GatehouseError) throw err;
      const parent = resolve(probe, '..');
      if (parent === probe) break;
      probe = parent;
    }
  }
  return full;
}

export function readPath(name: string, fallback: string, root = workspaceRoot()): string {
  const value = rawInput(name).trim() || fallback;
  return resolveInWorkspace(name, value, root);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
