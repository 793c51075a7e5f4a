import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setWriter } from '@gatehouse/core/runner';
import { GatehouseError } from '@gatehouse/core/errors';
import {
  annotate,
  Annotator,
  code,
  countOf,
  details,
  escapeMarkdown,
  flushAnnotations,
  formatBytes,
  formatDuration,
  heading,
  inlineCode,
  keyValueTable,
  link,
  list,
  md,
  paragraph,
  resetAnnotations,
  table,
  workspaceRelative,
  writeSummary,
} from '@gatehouse/core/summary';

let dir: string;
let summaryFile: string;
let output: string[];
let restoreWriter: () => void;
const saved = { GITHUB_STEP_SUMMARY: process.env['GITHUB_STEP_SUMMARY'], GITHUB_WORKSPACE: process.env['GITHUB_WORKSPACE'] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-summary-'));
  summaryFile = join(dir, 'step_summary.md');
  writeFileSync(summaryFile, '');
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
  process.env['GITHUB_WORKSPACE'] = '/home/runner/work/app/app';
  output = [];
  restoreWriter = setWriter((text) => output.push(text));
  resetAnnotations();
});

afterEach(() => {
  restoreWriter();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Everything written to stdout, one entry per line. */
const logLines = (): string[] =>
  output
    .join('')
    .split('\n')
    .filter((line) => line !== '');

describe('escaping', () => {
  it('makes text render as itself: no HTML, no links, no emphasis, no table breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('![x](https://evil.example/p.png)')).toBe('\\!\\[x\\](https://evil.example/p.png)');
    expect(escapeMarkdown('*bold* _it_ `code` ~~s~~ # h')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\# h');
    expect(escapeMarkdown('AT&T')).toBe('AT&amp;T');
    expect(escapeMarkdown('C:\\temp|x')).toBe('C:\\\\temp\\|x');
    expect(escapeMarkdown('line 1\nline 2\r\nline 3')).toBe('line 1<br>line 2<br>line 3');
  });

  it('keeps an entity intact when the text also needs markdown escapes', () => {
    expect(escapeMarkdown('#1 <b>')).toBe('\\#1 &lt;b&gt;');
  });

  it('writes inline code with a fence longer than any backtick run inside', () => {
    expect(inlineCode('npm i')).toBe('`npm i`');
    expect(inlineCode('a ` b')).toBe('``a ` b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a|b', true)).toBe('`a\\|b`');
    expect(inlineCode('a|b')).toBe('`a|b`');
  });

  it('links only http(s) addresses and escapes their text', () => {
    expect(link('GHSA-1 [x]', 'https://github.com/advisories/GHSA-1')).toEqual({
      markdown: '[GHSA-1 \\[x\\]](https://github.com/advisories/GHSA-1)',
    });
    expect(link('click', 'javascript:alert(1)')).toEqual({ markdown: 'click' });
    expect(link('x', 'https://e.example/a b)c')).toEqual({ markdown: '[x](https://e.example/a%20b%29c)' });
  });
});

describe('table', () => {
  it('escapes every cell so that one row stays one row with the right number of columns', () => {
    const text = table(
      ['Package', 'Advisory', 'Note'],
      [
        ['left-pad|evil', 'GHSA-1\n<script>alert(1)</script>', code('npm i a|b')],
        ['lodash', md('[GHSA-2](https://github.com/advisories/GHSA-2)'), 7],
        ['short row'],
      ],
    );
    expect(text).toBe(
      [
        '| Package | Advisory | Note |',
        '| --- | --- | --- |',
        '| left-pad\\|evil | GHSA-1<br>&lt;script&gt;alert(1)&lt;/script&gt; | `npm i a\\|b` |',
        '| lodash | [GHSA-2](https://github.com/advisories/GHSA-2) | 7 |',
        '| short row |  |  |',
        '',
      ].join('\n'),
    );
    // Every row has exactly three unescaped separators inside it (four pipes with the edges).
    for (const row of text.trim().split('\n')) expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
  });

  it('aligns columns, caps rows and says how many were left out', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`pkg-${i}`, i]);
    expect(table(['Name', 'Count'], rows, { align: ['left', 'right'], maxRows: 2, noun: 'packages' })).toBe(
      '| Name | Count |\n| :--- | ---: |\n| pkg-0 | 0 |\n| pkg-1 | 1 |\n\n_… and 3 more packages_\n',
    );
  });

  it('says so instead of drawing an empty table when asked', () => {
    expect(table(['Name'], [], { empty: 'No findings' })).toBe('_No findings_\n');
    expect(table(['Name'], [])).toBe('| Name |\n| --- |\n');
  });

  it('refuses a row with more cells than columns', () => {
    expect(() => table(['A'], [['1', '2']])).toThrow(GatehouseError);
  });

  it('builds a key/value table from a record or pairs', () => {
    expect(keyValueTable({ Artifact: 'app.tgz', Size: formatBytes(1536) })).toBe(
      '| Item | Value |\n| --- | --- |\n| Artifact | app.tgz |\n| Size | 1.5 KiB |\n',
    );
    expect(keyValueTable([['digest', code('sha256:ab')]], ['Field', 'Value'])).toBe(
      '| Field | Value |\n| --- | --- |\n| digest | `sha256:ab` |\n',
    );
  });
});

describe('blocks', () => {
  it('heading, paragraph, list and details escape their text', () => {
    expect(heading('scan-deps: 3 findings #1')).toBe('## scan-deps: 3 findings \\#1\n');
    expect(heading('Gate', 3)).toBe('### Gate\n');
    expect(paragraph('- not a list')).toBe('\\- not a list\n');
    expect(paragraph('1. not a list either')).toBe('1\\. not a list either\n');
    expect(list(['a*b', code('x|y')])).toBe('- a\\*b\n- `x|y`\n');
    expect(details('Ignored <3>', '| A |\n| --- |\n', { open: true })).toBe(
      '<details open><summary>Ignored &lt;3&gt;</summary>\n\n| A |\n| --- |\n\n</details>\n',
    );
  });

  it('writeSummary appends to the job summary file, one blank line between blocks', () => {
    writeSummary(heading('One'));
    writeSummary(paragraph('Two'));
    expect(readFileSync(summaryFile, 'utf8')).toBe('## One\n\nTwo\n\n');
  });
});

describe('numbers', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [10 * 1024 * 1024, '10 MiB'],
    [123.4 * 1024 * 1024, '123 MiB'],
    [5 * 1024 ** 4, '5 TiB'],
  ])('formatBytes(%p) is %p', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('formats durations and counts', () => {
    expect(formatDuration(1250)).toBe('1.25s');
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(countOf(1, 'finding')).toBe('1 finding');
    expect(countOf(3, 'finding')).toBe('3 findings');
    expect(countOf(2, 'dependency', 'dependencies')).toBe('2 dependencies');
  });
});

describe('annotations', () => {
  it('emits file/line annotations with the path relative to GITHUB_WORKSPACE', () => {
    const annotator = new Annotator();
    annotator.annotate('warning', 'lodash 4.17.20 has GHSA-35jh-r3h4-6jhm', {
      file: '/home/runner/work/app/app/packages/web/package-lock.json',
      line: 120,
      col: 5,
      endLine: 120,
      endColumn: 30,
      title: 'Vulnerable dependency',
    });
    annotator.annotate('error', 'bad policy', { file: '.github/gatehouse.yml', line: 3 });
    annotator.annotate('notice', 'no location');
    expect(logLines()).toEqual([
      '::warning title=Vulnerable dependency,file=packages/web/package-lock.json,line=120,endLine=120,col=5,endColumn=30::lodash 4.17.20 has GHSA-35jh-r3h4-6jhm',
      '::error file=.github/gatehouse.yml,line=3::bad policy',
      '::notice::no location',
    ]);
  });

  it('keeps paths outside the workspace absolute and normalises relative ones', () => {
    expect(workspaceRelative('/home/runner/work/app/app/src/a.ts')).toBe('src/a.ts');
    expect(workspaceRelative('./src/../lib/b.ts')).toBe('lib/b.ts');
    expect(workspaceRelative('/etc/passwd')).toBe('/etc/passwd');
    expect(workspaceRelative('/work/x/y.ts', '/work/x')).toBe('y.ts');
  });

  it('caps each type at 10 per step, logs the rest as plain lines and summarises them', () => {
    const annotator = new Annotator();
    const shown = Array.from({ length: 13 }, (_, i) =>
      annotator.annotate('warning', `finding ${i}`, { file: 'package-lock.json', line: i + 1 }),
    );
    annotator.annotate('error', 'error 0');
    expect(shown.filter(Boolean)).toHaveLength(10);
    const lines = logLines();
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(1);
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual([
      'warning: package-lock.json:11: finding 10',
      'warning: package-lock.json:12: finding 11',
      'warning: package-lock.json:13: finding 12',
    ]);
    expect(annotator.overflow).toEqual({ error: 0, warning: 3, notice: 0 });
    const line = annotator.flush();
    expect(line).toBe(
      '3 more warnings not shown as annotations (GitHub shows at most 10 of each type per step); they are listed in the step log.',
    );
    expect(readFileSync(summaryFile, 'utf8')).toBe(`${line}\n\n`);
    expect(annotator.flush()).toBeUndefined();
  });

  it('names every capped type in the summary line', () => {
    const annotator = new Annotator(1);
    for (const level of ['error', 'error', 'warning', 'warning', 'warning', 'notice', 'notice'] as const) annotator.annotate(level, 'x');
    expect(annotator.overflowLine()).toBe(
      '1 more error, 2 more warnings and 1 more notice not shown as annotations (GitHub shows at most 1 of each type per step); they are listed in the step log.',
    );
  });

  it('prints an over-limit multi-line message as one line, so it cannot start a workflow command', () => {
    const annotator = new Annotator(0);
    annotator.annotate('warning', 'summary\n::add-mask::oops\nmore');
    expect(logLines()).toEqual(['warning: summary ::add-mask::oops more']);
  });

  it('module functions share one per-step counter, and flushAnnotations writes nothing when under the cap', () => {
    for (let i = 0; i < 11; i++) annotate('notice', `n${i}`);
    expect(flushAnnotations()).toMatch(/^1 more notice not shown/);
    resetAnnotations();
    annotate('notice', 'again');
    expect(flushAnnotations()).toBeUndefined();
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/^1 more notice not shown[^\n]*\n\n$/);
  });
});
