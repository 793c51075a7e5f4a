import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GatehouseError } from '@gatehouse/core/errors';
import { globToRegExp, isBinaryContent, isBinaryPath, readCandidate, walk } from '../src/scan/walk.js';
import { parseSize } from '../src/inputs.js';

let base: string;
let root: string;

function put(rel: string, content: string | Buffer = 'text\n'): void {
  const full = join(root, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'walk-'));
  root = join(base, 'ws');
  mkdirSync(root);
  put('b.txt');
  put('a.txt');
  put('src/app.ts');
  put('src/deep/x.ts');
  put('src/deep/y.js');
  put('logs/build.log');
  put('logs/old/archive.log');
  put('img/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  put('big.txt', 'x'.repeat(2000));
  put('node_modules/pkg/index.js');
  put('node_modules/pkg/node_modules/inner/i.js');
  put('.git/config');
  put('src/node_modules/nested.js');
  writeFileSync(join(base, 'outside.txt'), 'outside\n');
  mkdirSync(join(base, 'outside-dir'));
  writeFileSync(join(base, 'outside-dir', 'o.txt'), 'o\n');
  symlinkSync(join(base, 'outside.txt'), join(root, 'link-out.txt'));
  symlinkSync(join(base, 'outside-dir'), join(root, 'link-out-dir'));
  symlinkSync(join(root, 'a.txt'), join(root, 'link-in.txt'));
  symlinkSync(root, join(root, 'src', 'loop'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const rels = (patterns: string[], maxFileSize = 1000): string[] => walk({ root, patterns, maxFileSize }).files.map((f) => f.rel);

describe('walk', () => {
  it('walks the workspace in byte order, skipping .git, node_modules, binaries, big files and outside symlinks', () => {
    const result = walk({ root, patterns: ['.'], maxFileSize: 1000 });
    expect(result.files.map((f) => f.rel)).toEqual([
      'a.txt',
      'b.txt',
      'logs/build.log',
      'logs/old/archive.log',
      'src/app.ts',
      'src/deep/x.ts',
      'src/deep/y.js',
    ]);
    expect(result.skippedDirs).toEqual(['.git', 'node_modules', 'src/node_modules']);
    expect(result.binary).toEqual(['img/logo.png']);
    expect(result.tooLarge).toEqual([{ rel: 'big.txt', size: 2000 }]);
    expect(result.outsideWorkspace).toEqual(['link-out-dir', 'link-out.txt']);
    // link-in.txt is a.txt (scanned once); src/loop is a cycle back to the root.
    expect(result.unmatched).toEqual([]);
  });

  it('scans node_modules and .git when a pattern names them', () => {
    expect(rels(['node_modules'])).toEqual(['node_modules/pkg/index.js', 'node_modules/pkg/node_modules/inner/i.js']);
    expect(rels(['.git/config'])).toEqual(['.git/config']);
    expect(rels(['**/node_modules/**/*.js'])).toEqual([
      'node_modules/pkg/index.js',
      'node_modules/pkg/node_modules/inner/i.js',
      'src/node_modules/nested.js',
    ]);
  });

  it('expands globs and deduplicates overlapping patterns', () => {
    expect(rels(['src/*.ts'])).toEqual(['src/app.ts']);
    expect(rels(['src/**/*.ts'])).toEqual(['src/app.ts', 'src/deep/x.ts']);
    expect(rels(['**/*.log', 'logs/build.log'])).toEqual(['logs/build.log', 'logs/old/archive.log']);
    expect(rels(['src/deep/*.{ts,js}'])).toEqual(['src/deep/x.ts', 'src/deep/y.js']);
    expect(rels(['?.txt'])).toEqual(['a.txt', 'b.txt']);
    expect(rels([join(root, 'src', '*.ts')])).toEqual(['src/app.ts']);
  });

  it('reports globs that match nothing, and fails on a missing literal path', () => {
    expect(walk({ root, patterns: ['nothing/**/*.x'], maxFileSize: 1000 }).unmatched).toEqual(['nothing/**/*.x']);
    expect(() => walk({ root, patterns: ['missing.txt'], maxFileSize: 1000 })).toThrow(
      /Input 'scan' names a path that does not exist \(got "missing.txt"\)/,
    );
  });

  it('refuses paths outside the workspace', () => {
    expect(() => walk({ root, patterns: ['../outside.txt'], maxFileSize: 1000 })).toThrow(GatehouseError);
    expect(() => walk({ root, patterns: ['link-out.txt'], maxFileSize: 1000 })).toThrow(/through a symlink/);
    expect(() => walk({ root, patterns: ['../**/*.txt'], maxFileSize: 1000 })).toThrow(/outside the workspace|\.\./);
  });

  it('excludes the files it is told to', () => {
    expect(walk({ root, patterns: ['*.txt'], maxFileSize: 1000, exclude: [join(root, 'a.txt')] }).files.map((f) => f.rel)).toEqual([
      'b.txt',
    ]);
  });

  it('reads bounded and classifies binary content', () => {
    put('nul.txt', Buffer.concat([Buffer.from('abc'), Buffer.from([0]), Buffer.from('def')]));
    const [nul] = walk({ root, patterns: ['nul.txt'], maxFileSize: 1000 }).files;
    expect(readCandidate(nul!, 1000)).toEqual({ kind: 'binary' });
    const [a] = walk({ root, patterns: ['a.txt'], maxFileSize: 1000 }).files;
    const read = readCandidate(a!, 1000);
    expect(read.kind).toBe('text');
    expect(readCandidate(a!, 2)).toEqual({ kind: 'too-large', size: 5 });
    expect(isBinaryContent(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]))).toBe(false);
    expect(isBinaryPath('x/y.PNG')).toBe(true);
    expect(isBinaryPath('x/.png')).toBe(false);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.ts', 'a.ts', true],
    ['*.ts', 'a/b.ts', false],
    ['**/*.ts', 'a.ts', true],
    ['**/*.ts', 'a/b/c.ts', true],
    ['a/**', 'a/b/c', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'c.txt', true],
    ['[!ab].txt', 'a.txt', false],
    ['{x,y}.md', 'y.md', true],
    ['a.b', 'axb', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('parseSize', () => {
  it.each([
    ['10485760', 10485760],
    ['512k', 512 * 1024],
    ['10m', 10 * 1024 * 1024],
    ['10MB', 10 * 1024 * 1024],
    ['512KiB', 512 * 1024],
    ['1g', 1024 ** 3],
    ['1.5m', 1.5 * 1024 * 1024],
    ['ten', undefined],
    ['-1', undefined],
    ['10 tb', undefined],
  ])('%s -> %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
