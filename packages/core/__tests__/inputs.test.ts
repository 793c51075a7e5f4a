import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDuration, readBoolean, readDuration, readEnum, readInteger, readList, readPath, readString } from '@gatehouse/core/inputs';
import { thrown as failure } from '../../../test-support/failures.js';

const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
};

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readString', () => {
  it('trims and keeps hyphens in the variable name', () => {
    set('audit-log', '  /tmp/x  ');
    expect(readString('audit-log')).toBe('/tmp/x');
  });
  it('names a missing required input and how to set it', () => {
    const err = failure(() => readString('vault-url', { required: true }));
    expect(err.code).toBe('INPUT_MISSING');
    expect(err.describe()).toBe("Input 'vault-url' is required but was empty or not set. Fix: Add 'vault-url:' under 'with:' in the step.");
  });
});

describe('readBoolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['', true],
  ])('%j -> %j', (raw, expected) => {
    set('fail-on-findings', raw);
    expect(readBoolean('fail-on-findings', true)).toBe(expected);
  });
  it.each(['yes', '1', 'on', 'tru'])('refuses %j with the value and the fix', (raw) => {
    set('fail-on-findings', raw);
    const err = failure(() => readBoolean('fail-on-findings', true));
    expect(err.message).toBe(`Input 'fail-on-findings' must be true or false (got "${raw}").`);
    expect(err.fix).toContain("'fail-on-findings: true'");
  });
});

describe('readInteger', () => {
  it('reads within range and applies the default', () => {
    set('min-length', '8');
    expect(readInteger('min-length', 4, { min: 1, max: 64 })).toBe(8);
    set('min-length', '');
    expect(readInteger('min-length', 4, { min: 1, max: 64 })).toBe(4);
  });
  it.each(['0', '65', '4.5', 'four', '1e3'])('refuses %j', (raw) => {
    set('min-length', raw);
    const err = failure(() => readInteger('min-length', 4, { min: 1, max: 64 }));
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.fix).toBe('Use a whole number from 1 to 64.');
  });
});

describe('readEnum', () => {
  it('lists the allowed values', () => {
    set('shell', 'fish');
    const err = failure(() => readEnum('shell', ['bash', 'sh'] as const, 'bash'));
    expect(err.describe()).toBe(`Input 'shell' is not one of the allowed values (got "fish"). Fix: Use one of: bash, sh.`);
  });
});

describe('readList', () => {
  it('splits newlines, trims and drops blanks and comments', () => {
    set('mask-env', ' A \n\n# note\nB\r\nC');
    expect(readList('mask-env', { comments: true })).toEqual(['A', 'B', 'C']);
  });
  it('splits commas when asked', () => {
    set('mask-env', 'A, B\nC');
    expect(readList('mask-env', { separator: 'comma' })).toEqual(['A', 'B', 'C']);
  });
  it.each(['', ' ', '\n\n', ' \r\n '])('reads an empty or blank input (%j) as no items', (raw) => {
    set('mask-env', raw);
    expect(readList('mask-env')).toEqual([]);
    expect(readList('mask-env', { separator: 'comma' })).toEqual([]);
  });
  it.each([' , \r\n', ',,'])('reads only separators (%j) as no items when commas separate, and as one item otherwise', (raw) => {
    set('mask-env', raw);
    expect(readList('mask-env', { separator: 'comma' })).toEqual([]);
    expect(readList('mask-env')).toEqual([raw.trim()]);
  });
});

describe('durations', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['12', 12_000],
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', '5 m', '1d', '-3s', 'm'])('%j is not a duration', (text) => expect(parseDuration(text)).toBeUndefined());
  it('enforces range', () => {
    set('timeout', '2h');
    const err = failure(() => readDuration('timeout', 1000, { min: 1000, max: 3_600_000 }));
    expect(err.fix).toBe('Use a duration from 1s to 60m.');
  });
});

describe('readPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'gh-ws-'));
  mkdirSync(join(root, 'sub'));
  symlinkSync(tmpdir(), join(root, 'escape'));

  it('resolves inside the workspace', () => {
    set('report-file', 'sub/report.json');
    expect(readPath('report-file', 'x', root)).toBe(join(root, 'sub/report.json'));
  });
  it.each(['../outside.json', '/etc/passwd', 'sub/../../x'])('refuses %j', (raw) => {
    set('report-file', raw);
    expect(failure(() => readPath('report-file', 'x', root)).message).toContain('points outside the workspace');
  });
  it('refuses a symlink that leads outside', () => {
    set('report-file', 'escape/new/report.json');
    expect(failure(() => readPath('report-file', 'x', root)).message).toContain('through a symlink');
  });
});
