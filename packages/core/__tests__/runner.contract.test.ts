// Contract tests: runner.ts speaks the runner protocol itself instead of importing @actions/core
// (see the top of runner.ts), so for the same calls it must write the same bytes as the real
// @actions/core: the same file-command files (real files in a temp dir) and the same workflow
// commands on stdout. Heredoc delimiters are random UUIDs, so files are compared after replacing
// each delimiter with a placeholder, and the delimiters themselves are checked separately.

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { GatehouseError } from '@gatehouse/core/errors';
import type { AnnotationProperties } from '@gatehouse/core/runner';

// runner.ts must write each file in ONE append. To count the appends, runner.ts is loaded with a
// node:fs whose appendFileSync is a spy that still calls the real one, so real files are written.
// Everything that imports runner.ts is therefore imported after the mock is registered.
const appendFileSync = jest.fn(fs.appendFileSync);
jest.unstable_mockModule('node:fs', () => ({ ...fs, default: fs, appendFileSync }));
const runner = await import('@gatehouse/core/runner');
const { readString } = await import('@gatehouse/core/inputs');

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const RUNNER_VARS = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH', 'RUNNER_DEBUG'];
const savedVars = Object.fromEntries(RUNNER_VARS.map((name) => [name, process.env[name]]));
/** Every variable these tests export starts with this, so afterEach can remove them. */
const PREFIX = 'GATEHOUSE_CT_';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const DELIMITER = new RegExp(`ghadelimiter_${UUID}`, 'g');

interface Files {
  OUTPUT: string;
  ENV: string;
  STATE: string;
  STEP_SUMMARY: string;
}
type Kind = 'OUTPUT' | 'ENV' | 'STATE';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-contract-'));
  for (const name of RUNNER_VARS) delete process.env[name];
  appendFileSync.mockClear();
});

afterEach(() => {
  for (const name of RUNNER_VARS) {
    if (savedVars[name] === undefined) delete process.env[name];
    else process.env[name] = savedVars[name];
  }
  for (const name of Object.keys(process.env)) {
    if (name.startsWith(PREFIX) || name.startsWith('INPUT_') || name.startsWith('STATE_')) delete process.env[name];
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Fresh, empty file-command files, as the runner creates them before each step. */
function files(side: 'ours' | 'theirs'): Files {
  const base = join(dir, side);
  mkdirSync(base);
  const made = {
    OUTPUT: join(base, 'set_output'),
    ENV: join(base, 'set_env'),
    STATE: join(base, 'save_state'),
    STEP_SUMMARY: join(base, 'step_summary'),
  };
  for (const path of Object.values(made)) writeFileSync(path, '');
  return made;
}

function useFiles(f: Files): void {
  for (const [kind, path] of Object.entries(f)) process.env[`GITHUB_${kind}`] = path;
}

const read = (path: string): string => readFileSync(path, 'utf8');

/** Everything written to process.stdout while `fn` runs; this is where @actions/core writes. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

/** What runner.ts writes through its writer while `fn` runs; nothing may bypass the writer. */
function oursOf(fn: () => void): string {
  const chunks: string[] = [];
  const restore = runner.setWriter((text) => void chunks.push(text));
  let direct: string;
  try {
    direct = stdoutOf(fn);
  } finally {
    restore();
  }
  expect(direct).toBe('');
  return chunks.join('');
}

interface Heredoc {
  name: string;
  value: string;
  delimiter: string;
}

/** Parse a file-command file the way the runner does: `name<<delimiter`, lines, `delimiter`. */
function parseHeredocs(text: string): Heredoc[] {
  const entries: Heredoc[] = [];
  let rest = text;
  while (rest !== '') {
    const head = new RegExp(`^([^\\n]*?)<<(ghadelimiter_${UUID})${EOL}`).exec(rest);
    if (!head) throw new Error(`not a heredoc entry: ${JSON.stringify(rest.slice(0, 80))}`);
    const [opening, name, delimiter] = head as unknown as [string, string, string];
    const close = `${EOL}${delimiter}${EOL}`;
    // The value ends at the first line that is exactly the delimiter. An empty value is an
    // empty line: `name<<D`, ``, `D`.
    const end = rest.indexOf(close, opening.length);
    if (end < 0) throw new Error(`heredoc ${delimiter} is not closed`);
    entries.push({ name, value: rest.slice(opening.length, end), delimiter });
    rest = rest.slice(end + close.length);
  }
  return entries;
}

const normalise = (text: string): string => text.replace(DELIMITER, 'ghadelimiter_<uuid>');

/** Same entries, every delimiter a fresh UUID that appears only on its own two lines. */
function expectSoundHeredocs(text: string, expected: Array<[string, string]>): string[] {
  const entries = parseHeredocs(text);
  expect(entries.map((e) => [e.name, e.value])).toEqual(expected);
  for (const { name, value, delimiter } of entries) {
    expect(value.includes(delimiter)).toBe(false);
    expect(name.includes(delimiter)).toBe(false);
    expect(text.split(delimiter)).toHaveLength(3);
  }
  return entries.map((e) => e.delimiter);
}

const VALUES: Array<[string, string]> = [
  ['single-line', 'hello world'],
  ['multi-line', 'line one\nline two\n\nline four'],
  ['empty', ''],
  ['unicode', 'héllo ✓ 日本語 𝄞 🙂'],
  ['percent', '100% done, %25 and %0A stay literal'],
  ['carriage return', 'a\rb\r\nc'],
  ['workflow command', '::warning::not a command\n::add-mask::x'],
  ['trailing newline', 'ends with a newline\n'],
  ['equals and heredoc marker', 'a=b<<EOF'],
];

const KINDS: Array<{
  kind: Kind;
  name: (n: string) => string;
  ours: (e: InstanceType<typeof runner.Exports>, n: string, v: string) => void;
  theirs: (n: string, v: string) => void;
}> = [
  { kind: 'OUTPUT', name: (n) => n.replace(/ /g, '-'), ours: (e, n, v) => e.setOutput(n, v), theirs: (n, v) => core.setOutput(n, v) },
  {
    kind: 'ENV',
    name: (n) => PREFIX + n.replace(/[ -]/g, '_').toUpperCase(),
    ours: (e, n, v) => e.exportVariable(n, v),
    theirs: (n, v) => core.exportVariable(n, v),
  },
  { kind: 'STATE', name: (n) => n.replace(/ /g, '_'), ours: (e, n, v) => e.saveState(n, v), theirs: (n, v) => core.saveState(n, v) },
];

describe.each(KINDS)('file command GITHUB_$kind matches @actions/core', ({ kind, name: nameOf, ours, theirs }) => {
  it.each(VALUES)('%s value', (label, value) => {
    const name = nameOf(label);
    const oursFiles = files('ours');
    const theirsFiles = files('theirs');

    useFiles(theirsFiles);
    const theirsStdout = stdoutOf(() => theirs(name, value));
    if (kind === 'ENV') {
      expect(process.env[name]).toBe(value);
      delete process.env[name];
    }

    useFiles(oursFiles);
    const exports = new runner.Exports();
    const oursStdout = oursOf(() => {
      ours(exports, name, value);
      exports.commit();
    });

    const oursText = read(oursFiles[kind]);
    const theirsText = read(theirsFiles[kind]);
    expect(normalise(oursText)).toBe(normalise(theirsText));
    expect(normalise(oursText)).toBe(`${name}<<ghadelimiter_<uuid>${EOL}${value}${EOL}ghadelimiter_<uuid>${EOL}`);
    const delimiters = [...expectSoundHeredocs(oursText, [[name, value]]), ...expectSoundHeredocs(theirsText, [[name, value]])];
    expect(new Set(delimiters).size).toBe(2);

    // Nothing on stdout, nothing in the other files.
    expect(oursStdout).toBe('');
    expect(theirsStdout).toBe('');
    for (const other of ['OUTPUT', 'ENV', 'STATE', 'STEP_SUMMARY'] as const) {
      if (other === kind) continue;
      expect(read(oursFiles[other])).toBe('');
      expect(read(theirsFiles[other])).toBe('');
    }
    // Exports.commit also updates this process's environment, as core.exportVariable does.
    if (kind === 'ENV') expect(process.env[name]).toBe(value);
  });
});

describe('Exports.commit', () => {
  it('gives every heredoc a fresh UUID delimiter', () => {
    const delimiters = Array.from({ length: 2000 }, (_, i) => {
      const text = runner.keyValueMessage(`name${i}`, 'value');
      const match = new RegExp(`^name${i}<<(ghadelimiter_${UUID})${EOL}value${EOL}(.*)$`).exec(text);
      expect(match?.[1]).toBeDefined();
      expect(match?.[2]).toBe(match?.[1]);
      return match?.[1];
    });
    expect(new Set(delimiters).size).toBe(delimiters.length);
  });

  it('writes every staged entry, in one append per file, byte-identical to @actions/core call by call', () => {
    const oursFiles = files('ours');
    const theirsFiles = files('theirs');
    const outputs = VALUES.map(([label, value]): [string, string] => [label.replace(/ /g, '-'), value]);
    const env = VALUES.slice(0, 3).map(([label, value]): [string, string] => [PREFIX + label.replace(/[ -]/g, '_').toUpperCase(), value]);
    const state: Array<[string, string]> = [
      ['pid', '4242'],
      ['token-file', '/tmp/x y/ü'],
    ];

    useFiles(theirsFiles);
    stdoutOf(() => {
      for (const [n, v] of outputs) core.setOutput(n, v);
      for (const [n, v] of env) core.exportVariable(n, v);
      for (const [n, v] of state) core.saveState(n, v);
    });
    for (const [n] of env) delete process.env[n];

    useFiles(oursFiles);
    const exports = new runner.Exports();
    for (const [n, v] of outputs) exports.setOutput(n, v);
    for (const [n, v] of env) exports.exportVariable(n, v);
    for (const [n, v] of state) exports.saveState(n, v);
    expect(exports.outputNames).toEqual(outputs.map(([n]) => n));
    expect(exports.envNames).toEqual(env.map(([n]) => n));

    // Staging writes nothing and exports nothing.
    expect(appendFileSync).not.toHaveBeenCalled();
    for (const [n] of env) expect(process.env[n]).toBeUndefined();
    for (const path of Object.values(oursFiles)) expect(read(path)).toBe('');

    expect(oursOf(() => exports.commit())).toBe('');

    const calls = appendFileSync.mock.calls.map(([path]) => path);
    expect(calls).toEqual([oursFiles.OUTPUT, oursFiles.ENV, oursFiles.STATE]);
    const all: string[] = [];
    for (const [kind, expected] of [
      ['OUTPUT', outputs],
      ['ENV', env],
      ['STATE', state],
    ] as const) {
      const oursText = read(oursFiles[kind]);
      expect(normalise(oursText)).toBe(normalise(read(theirsFiles[kind])));
      all.push(...expectSoundHeredocs(oursText, [...expected]), ...expectSoundHeredocs(read(theirsFiles[kind]), [...expected]));
    }
    expect(new Set(all).size).toBe(all.length);
    for (const [n, v] of env) expect(process.env[n]).toBe(v);
  });

  it('writes nothing, anywhere, when nothing was staged', () => {
    const oursFiles = files('ours');
    useFiles(oursFiles);
    expect(oursOf(() => new runner.Exports().commit())).toBe('');
    expect(appendFileSync).not.toHaveBeenCalled();
    for (const path of Object.values(oursFiles)) expect(read(path)).toBe('');

    for (const name of RUNNER_VARS) delete process.env[name];
    expect(oursOf(() => new runner.Exports().commit())).toBe('');
  });

  it('keeps only the last value staged under a name', () => {
    const oursFiles = files('ours');
    useFiles(oursFiles);
    const exports = new runner.Exports();
    exports.setOutput('result', 'first');
    exports.setOutput('result', 'second');
    exports.commit();
    expectSoundHeredocs(read(oursFiles.OUTPUT), [['result', 'second']]);
  });

  it('refuses to commit twice', () => {
    useFiles(files('ours'));
    const exports = new runner.Exports();
    exports.setOutput('a', '1');
    exports.commit();
    expect(() => exports.commit()).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(appendFileSync).toHaveBeenCalledTimes(1);
  });

  it('refuses to export NODE_OPTIONS, which the runner blocks', () => {
    const oursFiles = files('ours');
    useFiles(oursFiles);
    const before = process.env['NODE_OPTIONS'];
    const exports = new runner.Exports();
    let thrown: unknown;
    try {
      exports.exportVariable('NODE_OPTIONS', '--require /tmp/evil.js');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(GatehouseError);
    expect((thrown as GatehouseError).code).toBe('RUNNER_FILE_COMMAND');
    expect((thrown as GatehouseError).message).not.toContain('evil');
    expect(exports.envNames).toEqual([]);
    exports.commit();
    expect(read(oursFiles.ENV)).toBe('');
    expect(process.env['NODE_OPTIONS']).toBe(before);
  });

  it('fails with RUNNER_FILE_COMMAND when the file named by GITHUB_OUTPUT is missing, and writes nothing else', () => {
    const oursFiles = files('ours');
    useFiles(oursFiles);
    const missing = join(dir, 'ours', 'no-such-file');
    process.env['GITHUB_OUTPUT'] = missing;
    const exports = new runner.Exports();
    exports.setOutput('result', 'ok');
    exports.exportVariable(`${PREFIX}MISSING`, 'x');
    exports.saveState('pid', '1');
    let thrown: unknown;
    try {
      exports.commit();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(GatehouseError);
    expect((thrown as GatehouseError).code).toBe('RUNNER_FILE_COMMAND');
    expect((thrown as GatehouseError).message).toContain('GITHUB_OUTPUT');
    expect((thrown as GatehouseError).fix).toBeTruthy();
    expect(fs.existsSync(missing)).toBe(false);
    expect(read(oursFiles.ENV)).toBe('');
    expect(read(oursFiles.STATE)).toBe('');
    expect(process.env[`${PREFIX}MISSING`]).toBeUndefined();
    // @actions/core refuses too (with a plain Error).
    expect(() => core.setOutput('result', 'ok')).toThrow(/Missing file at path/);
  });
});

describe('without GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE (local runs): the legacy stdout commands', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'value'],
    ['multi-line', 'one\ntwo\r\nthree'],
    ['empty', ''],
    ['special', '100% :: a,b: ü'],
  ];

  it('match @actions/core byte for byte', () => {
    const env = cases.map(([n, v]): [string, string] => [`${PREFIX}${n.replace(/-/g, '_').toUpperCase()}`, v]);
    const theirs = stdoutOf(() => {
      for (const [n, v] of cases) core.setOutput(n, v);
      for (const [n, v] of env) core.exportVariable(n, v);
      for (const [n, v] of cases) core.saveState(n, v);
    });
    for (const [n, v] of env) {
      expect(process.env[n]).toBe(v);
      delete process.env[n];
    }

    const exports = new runner.Exports();
    for (const [n, v] of cases) exports.setOutput(n, v);
    for (const [n, v] of env) exports.exportVariable(n, v);
    for (const [n, v] of cases) exports.saveState(n, v);
    const ours = oursOf(() => exports.commit());

    expect(ours).toBe(theirs);
    expect(appendFileSync).not.toHaveBeenCalled();
    expect(ours).toContain(`${EOL}::set-output name=multi-line::one%0Atwo%0D%0Athree${EOL}`);
    expect(ours).toContain(`::set-env name=${PREFIX}SPECIAL::100%25 :: a,b: ü${EOL}`);
    expect(ours).toContain(`::save-state name=empty::${EOL}`);
    for (const [n, v] of env) expect(process.env[n]).toBe(v);
  });

  it('escape the name as a property', () => {
    const theirs = stdoutOf(() => core.setOutput('a:b,c', 'v'));
    const exports = new runner.Exports();
    exports.setOutput('a:b,c', 'v');
    const ours = oursOf(() => exports.commit());
    expect(ours).toBe(theirs);
    expect(ours).toBe(`${EOL}::set-output name=a%3Ab%2Cc::v${EOL}`);
  });
});

describe('workflow commands on stdout match @actions/core', () => {
  it.each([
    ['percent', 'p%ss%0Aword'],
    ['CRLF', 'line1\r\nline2'],
    ['colon', 'user:pass'],
    ['comma', 'a,b,c'],
    ['all at once', '%\r\n:,::add-mask::'],
    ['unicode', 'pässwörd✓'],
    ['surrounding spaces', '  padded\t'],
  ])('::add-mask:: for a value with %s', (_label, value) => {
    const theirs = stdoutOf(() => core.setSecret(value));
    const ours = oursOf(() => runner.addMask(value));
    expect(ours).toBe(theirs);
    // escapeData only: `:` and `,` stay as they are in the data part.
    expect(ours).toBe(`::add-mask::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`);
  });

  const annotations: Array<[string, string, AnnotationProperties]> = [
    ['no properties', 'plain message', {}],
    [
      'every property',
      'msg: with, separators % and\r\nnewline',
      { title: 'T: a, b %', file: 'src/a,b:c.ts', startLine: 3, endLine: 5, startColumn: 2, endColumn: 9 },
    ],
    ['file and line', 'm', { file: 'packages/core/src/x.ts', startLine: 10 }],
    ['zero line and column are left out', 'm', { file: 'f.ts', startLine: 0, startColumn: 0 }],
    ['undefined properties are left out', 'm', { file: 'f.ts', title: undefined, endLine: 7 }],
    ['multi-line title', 'm', { title: 'two\nlines' }],
    ['windows path', 'm', { file: 'C:\\src\\a.ts', startLine: 1, endColumn: 4 }],
    ['unicode', 'ünïcödé ✓', { title: '日本', file: 'ü.ts' }],
  ];

  describe.each(['warning', 'error', 'notice'] as const)('%s', (kind) => {
    it.each(annotations)('%s', (_label, message, props) => {
      const theirs = stdoutOf(() => core[kind](message, props));
      const ours = oursOf(() => runner[kind](message, props));
      expect(ours).toBe(theirs);
      expect(ours.startsWith(`::${kind}`)).toBe(true);
      expect(ours.endsWith(EOL)).toBe(true);
      expect(ours.slice(0, -EOL.length)).not.toMatch(/[\r\n]/);
    });

    it('escapes properties with escapeProperty and the message with escapeData', () => {
      const [, message, props] = annotations[1]!;
      expect(oursOf(() => runner[kind](message, props))).toBe(
        `::${kind} title=T%3A a%2C b %25,file=src/a%2Cb%3Ac.ts,line=3,endLine=5,col=2,endColumn=9::msg: with, separators %25 and%0D%0Anewline${EOL}`,
      );
    });

    it('differs only in a space @actions/core leaves when every property is empty', () => {
      // core.toCommandProperties keeps the keys, so core writes `::warning ::m`; we write
      // `::warning::m`. The runner parses both as the same command with no properties.
      const props = { title: '', startLine: 0 };
      const theirs = stdoutOf(() => core[kind]('m', props));
      const ours = oursOf(() => runner[kind]('m', props));
      expect(theirs).toBe(`::${kind} ::m${EOL}`);
      expect(ours).toBe(`::${kind}::m${EOL}`);
    });
  });

  it.each([
    ['debug', (m: string) => core.debug(m), (m: string) => runner.debug(m)],
    ['info', (m: string) => core.info(m), (m: string) => runner.info(m)],
    ['group', (m: string) => core.startGroup(m), (m: string) => runner.startGroup(m)],
  ])('%s', (_label, theirsFn, oursFn) => {
    for (const message of ['plain', 'with % and :: and ,', 'multi\nline\r\n', '', 'ü✓']) {
      expect(oursOf(() => oursFn(message))).toBe(stdoutOf(() => theirsFn(message)));
    }
  });

  it('debug escapes its message', () => {
    expect(oursOf(() => runner.debug('a%b\nc'))).toBe(`::debug::a%25b%0Ac${EOL}`);
  });

  it('endgroup', () => {
    const theirs = stdoutOf(() => core.endGroup());
    expect(oursOf(() => runner.endGroup())).toBe(theirs);
    expect(theirs).toBe(`::endgroup::${EOL}`);
  });

  it('by default both write the same bytes to the real stdout of a process', () => {
    // runner.ts writes to fd 1 itself, not through process.stdout, so this runs in a child.
    const driver = join(dir, 'stdout-driver.mjs');
    writeFileSync(
      driver,
      `const [which, lib] = process.argv.slice(2);
const m = await import(lib);
const mask = which === 'ours' ? m.addMask : m.setSecret;
m.info('before, with no newline at the end:');
m.warning('w: a,b %', { file: 'src/a,b.ts', startLine: 2, title: 'T:1' });
mask('p%ss\\r\\nword');
m.debug('d\\n2');
m.startGroup('g');
m.endGroup();
m.notice('n');
if (which === 'ours') {
  const exports = new m.Exports();
  exports.setOutput('out', 'x\\ny');
  exports.commit();
} else {
  m.setOutput('out', 'x\\ny');
}
m.error('e');
`,
    );
    const env = { PATH: process.env['PATH'] ?? '' };
    const run = (which: string, lib: string): string =>
      execFileSync(process.execPath, ['--import', pathToFileURL(join(repoRoot, 'test-support/ts-resolve.mjs')).href, driver, which, lib], {
        env,
        encoding: 'utf8',
      });
    const ours = run('ours', pathToFileURL(join(repoRoot, 'packages/core/src/runner.ts')).href);
    const theirs = run('theirs', pathToFileURL(join(repoRoot, 'node_modules/@actions/core/lib/core.js')).href);
    expect(ours).toBe(theirs);
    expect(ours).toContain(`::add-mask::p%25ss%0D%0Aword${EOL}`);
    expect(ours).toContain(`${EOL}${EOL}::set-output name=out::x%0Ay${EOL}`);
  });

  it('isDebug reads RUNNER_DEBUG like @actions/core', () => {
    for (const value of [undefined, '1', '0', 'true', '']) {
      if (value === undefined) delete process.env['RUNNER_DEBUG'];
      else process.env['RUNNER_DEBUG'] = value;
      expect(runner.isDebug()).toBe(core.isDebug());
    }
    process.env['RUNNER_DEBUG'] = '1';
    expect(runner.isDebug()).toBe(true);
  });
});

describe('job summary', () => {
  it('appendSummary appends what core.summary writes', async () => {
    const oursFiles = files('ours');
    const theirsFiles = files('theirs');
    const parts = ['# Title', '| a | b |\n|---|---|\n| 1 | 2 |\n', 'ü ✓ 100% ::x::', ''];

    useFiles(theirsFiles);
    for (const part of parts) await core.summary.addRaw(part, !part.endsWith('\n')).write();
    useFiles(oursFiles);
    for (const part of parts) runner.appendSummary(part);

    expect(read(oursFiles.STEP_SUMMARY)).toBe(read(theirsFiles.STEP_SUMMARY));
    expect(read(oursFiles.STEP_SUMMARY)).toBe(`# Title${EOL}| a | b |\n|---|---|\n| 1 | 2 |\nü ✓ 100% ::x::${EOL}${EOL}`);
  });

  it('appendSummary is a no-op without GITHUB_STEP_SUMMARY', () => {
    expect(oursOf(() => runner.appendSummary('x'))).toBe('');
    expect(appendFileSync).not.toHaveBeenCalled();
  });
});

describe('inputs and state match @actions/core', () => {
  // The variable names are spelled out here, not derived, so a wrong mapping fails.
  const names: Array<[string, string]> = [
    ['token', 'INPUT_TOKEN'],
    ['audit-log', 'INPUT_AUDIT-LOG'],
    ['my input', 'INPUT_MY_INPUT'],
    ['Mixed Case-name', 'INPUT_MIXED_CASE-NAME'],
    ['two  spaces', 'INPUT_TWO__SPACES'],
  ];
  const values = ['plain', '  padded  ', '\tline one\nline two\n', '', ' ü ✓ ', '\r\n'];

  it.each(names)('getInput(%j) reads %s', (name, variable) => {
    for (const value of values) {
      process.env[variable] = value;
      expect(readString(name)).toBe(core.getInput(name));
      expect(readString(name)).toBe(value.trim());
      expect(readString(name, { keepWhitespace: true })).toBe(core.getInput(name, { trimWhitespace: false }));
      expect(runner.rawInput(name)).toBe(value);
      if (value.trim() !== '') expect(readString(name, { required: true })).toBe(core.getInput(name, { required: true }));
    }
  });

  it.each(names)('an unset %j reads as empty', (name) => {
    expect(readString(name)).toBe('');
    expect(core.getInput(name)).toBe('');
    expect(() => readString(name, { required: true })).toThrow(expect.objectContaining({ code: 'INPUT_MISSING' }));
    expect(() => core.getInput(name, { required: true })).toThrow(/Input required and not supplied/);
  });

  it('is stricter than @actions/core about a required input that is only whitespace', () => {
    process.env['INPUT_TOKEN'] = '   ';
    expect(core.getInput('token', { required: true })).toBe('');
    expect(() => readString('token', { required: true })).toThrow(expect.objectContaining({ code: 'INPUT_MISSING' }));
  });

  it('getState reads STATE_<name> like @actions/core', () => {
    process.env['STATE_pid'] = '4242';
    process.env['STATE_token-file'] = ' /tmp/x ';
    for (const name of ['pid', 'token-file', 'unset']) expect(runner.getState(name)).toBe(core.getState(name));
    expect(runner.getState('token-file')).toBe(' /tmp/x ');
  });
});
