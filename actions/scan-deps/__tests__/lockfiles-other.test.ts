import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCargoLock } from '../src/lockfiles/cargo.js';
import { parseComposerLock } from '../src/lockfiles/composer.js';
import { parseGemfileLock } from '../src/lockfiles/gemfile.js';
import { mergeGo, parseGoMod, parseGoSum } from '../src/lockfiles/golang.js';
import { parsePdmLock } from '../src/lockfiles/pdm.js';
import { parsePipfileLock } from '../src/lockfiles/pipfile.js';
import { parsePoetryLock } from '../src/lockfiles/poetry.js';
import { parseRequirements } from '../src/lockfiles/requirements.js';
import { parseUvLock } from '../src/lockfiles/uv.js';
import { LockfileError, type LockfileParser, type Package, type ParseContext } from '../src/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lockfiles');

function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** A context whose includes resolve from the fixture's directory; records what was asked for. */
function ctxFor(rel: string, calls: string[] = []): ParseContext {
  return {
    path: rel,
    readInclude: (relative) => {
      calls.push(relative);
      const full = join(FIXTURES, dirname(rel), relative);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    },
  };
}

function parseFixture(parser: LockfileParser, rel: string): Package[] {
  return parser(fixture(rel), ctxFor(rel));
}

function byName(packages: Package[], name: string, version?: string): Package {
  const found = packages.find((p) => p.name === name && (version === undefined || p.version === version));
  if (found === undefined) throw new Error(`no ${name}${version ? `@${version}` : ''} in ${packages.map((p) => p.name).join(', ')}`);
  return found;
}

function lockfileError(run: () => unknown): LockfileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LockfileError);
    return error as LockfileError;
  }
  throw new Error('expected a LockfileError');
}

describe('requirements.txt', () => {
  const rel = 'requirements/requirements.txt';

  it('reads pins, extras, markers, hashes, and keeps the written name with a PEP 503 purl', () => {
    const pkgs = parseFixture(parseRequirements, rel);
    expect(pkgs).toHaveLength(17);
    expect(byName(pkgs, 'Django')).toEqual({
      name: 'Django',
      version: '4.2.11',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/django@4.2.11',
      lockfile: rel,
      line: 8,
      source: 'registry',
      integrity: 'sha256:6e6ff3db2d8dd0c986b4eec8554c8e4f919b5c1ff62a5b4390c17aff2ed6e5c4',
    });
    expect(byName(pkgs, 'requests')).toMatchObject({ version: '2.31.0', purl: 'pkg:pypi/requests@2.31.0', line: 13 });
    expect(byName(pkgs, 'typing_extensions')).toMatchObject({ version: '4.10.0', purl: 'pkg:pypi/typing-extensions@4.10.0' });
    expect(byName(pkgs, 'importlib-metadata')).toMatchObject({ version: '7.0.1' });
    expect(byName(pkgs, 'Zope.Interface').purl).toBe('pkg:pypi/zope-interface@6.2');
    expect(byName(pkgs, 'psycopg2-binary').integrity).toBe('sha256:c2470da5418b76232f02a2fcd2229537bb2d5a7096674ce61859c3229f2eb202');
  });

  it('reports unpinned requirements with version "" from the registry, unless a constraints file pins them', () => {
    const pkgs = parseFixture(parseRequirements, rel);
    expect(byName(pkgs, 'gunicorn')).toMatchObject({ version: '', source: 'registry', purl: 'pkg:pypi/gunicorn' });
    expect(byName(pkgs, 'celery')).toMatchObject({ version: '5.3.6', line: 16, lockfile: rel });
    expect(byName(pkgs, 'redis').version).toBe('5.0.3');
    // Constraints alone install nothing.
    expect(pkgs.find((p) => p.name === 'kombu')).toBeUndefined();
  });

  it('reads editable, VCS, URL and path requirements; skips the project itself (-e .)', () => {
    const pkgs = parseFixture(parseRequirements, rel);
    expect(byName(pkgs, 'djangorestframework')).toMatchObject({
      version: '',
      source: 'git',
      commit: '0f4a18e9d2a7d1d7b8c2e9e4f3a6b5c7d8e9f0a1',
      resolved: 'git+https://github.com/encode/django-rest-framework.git@0f4a18e9d2a7d1d7b8c2e9e4f3a6b5c7d8e9f0a1',
    });
    const mylib = byName(pkgs, 'mylib');
    expect(mylib).toMatchObject({ source: 'git', resolved: 'git+https://github.com/example-org/mylib.git@v1.4.0' });
    expect(mylib.commit).toBeUndefined();
    expect(byName(pkgs, 'pydantic')).toMatchObject({
      version: '2.6.4',
      source: 'url',
      integrity: 'sha256:b1704e0847db01817624a6b86766967f552dd9dbf3afba4004409f908dcc84e6',
    });
    expect(byName(pkgs, 'localpkg')).toMatchObject({ source: 'file', resolved: './vendor/localpkg', version: '' });
    expect(pkgs.some((p) => p.name === '.' || p.resolved === '.')).toBe(false);
  });

  it('follows -r/-c relative to the including file, reads each file once through cycles, and names the file of each package', () => {
    const calls: string[] = [];
    const pkgs = parseRequirements(fixture(rel), ctxFor(rel, calls));
    expect(calls).toEqual(['base/common.txt', 'requirements-common-extra.txt', 'constraints.txt']);
    expect(byName(pkgs, 'urllib3')).toMatchObject({ lockfile: 'requirements/base/common.txt', line: 4 });
    expect(byName(pkgs, 'charset-normalizer')).toMatchObject({ lockfile: 'requirements/requirements-common-extra.txt', line: 3 });
    expect(pkgs.filter((p) => p.name === 'certifi')).toHaveLength(1);

    // requirements-dev.txt includes requirements.txt: everything once, plus its own two.
    const devCalls: string[] = [];
    const dev = parseRequirements(fixture('requirements/requirements-dev.txt'), ctxFor('requirements/requirements-dev.txt', devCalls));
    expect(dev).toHaveLength(19);
    expect(new Set(devCalls).size).toBe(devCalls.length);
  });

  it('a self-include and a two-file cycle terminate', () => {
    const files: Record<string, string> = { 'a.txt': '-r b.txt\nsix==1.16.0\n', 'b.txt': '-r a.txt\n-r requirements.txt\nidna==3.6\n' };
    const pkgs = parseRequirements('-r requirements.txt\n-r a.txt\nsix==1.16.0\n', {
      path: 'requirements.txt',
      readInclude: (p) => files[p],
    });
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['idna@3.6', 'six@1.16.0']);
  });

  it('reads a real `pip freeze` output', () => {
    const pkgs = parseFixture(parseRequirements, 'requirements/requirements-freeze.txt');
    expect(pkgs).toHaveLength(15);
    expect(pkgs.every((p) => p.version !== '' && p.source === 'registry')).toBe(true);
  });

  it('fails for missing includes, malformed hashes and non-requirements, naming path and line', () => {
    let err = lockfileError(() =>
      parseRequirements('six==1.16.0\n-r missing.txt\n', { path: 'svc/requirements.txt', readInclude: () => undefined }),
    );
    expect(err).toMatchObject({ lockfile: 'svc/requirements.txt', line: 2, key: 'missing.txt' });
    expect(err.message).toContain("included file 'missing.txt' does not exist");
    err = lockfileError(() =>
      parseRequirements('-r other.txt\n', {
        path: 'requirements.txt',
        readInclude: (p) => (p === 'other.txt' ? 'x==1\n-c gone.txt\n' : undefined),
      }),
    );
    expect(err).toMatchObject({ lockfile: 'other.txt', line: 2 });
    err = lockfileError(() => parseRequirements('six==1.16.0 \\\n    --hash=sha256\n', { path: 'requirements.txt' }));
    expect(err).toMatchObject({ line: 1, key: '--hash' });
    expect(lockfileError(() => parseRequirements('# c\n==1.0\n', { path: 'r.txt' })).line).toBe(2);
    expect(lockfileError(() => parseRequirements('foo[bar==1.0\n', { path: 'r.txt' })).line).toBe(1);
    expect(lockfileError(() => parseRequirements('foo = 1.0\n', { path: 'r.txt' })).key).toBe('foo');
    expect(lockfileError(() => parseRequirements('-r https://example.com/r.txt\n', { path: 'r.txt' })).line).toBe(1);
  });
});

describe('poetry.lock', () => {
  it('reads groups (poetry 2), optional, files hashes and git/directory sources', () => {
    const pkgs = parseFixture(parsePoetryLock, 'poetry/poetry.lock');
    expect(pkgs).toHaveLength(8);
    expect(byName(pkgs, 'Jinja2')).toEqual({
      name: 'Jinja2',
      version: '3.1.3',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/jinja2@3.1.3',
      lockfile: 'poetry/poetry.lock',
      line: 28,
      dev: false,
      source: 'registry',
      integrity: 'sha256:ac8bd6544d4bb2c9792bf3a159e80bba8fda7f07e81bc3aed565432d5925ba90',
    });
    expect(byName(pkgs, 'pytest').dev).toBe(true);
    expect(byName(pkgs, 'ujson')).toMatchObject({ optional: true, dev: false });
    expect(byName(pkgs, 'toolbelt')).toMatchObject({
      source: 'git',
      commit: '9f2c1a7b3d4e5f60718293a4b5c6d7e8f9012345',
      resolved: 'https://github.com/example-org/toolbelt.git',
    });
    expect(byName(pkgs, 'shared-models')).toMatchObject({ source: 'file', resolved: '../shared-models' });
  });

  it('reads category and [metadata.files] of old lock files', () => {
    const pkgs = parseFixture(parsePoetryLock, 'poetry/legacy/poetry.lock');
    expect(pkgs.map((p) => [p.name, p.version, p.dev, p.line])).toEqual([
      ['attrs', '21.4.0', true, 1],
      ['requests', '2.27.1', false, 12],
      ['urllib3', '1.26.8', false, 23],
    ]);
    expect(byName(pkgs, 'urllib3').integrity).toBe('sha256:0e7c33d9a63e7ddfcb86780aac87befc2fbddf46c58dbb487e0855f7ceec283c');
  });

  it('fails on TOML errors and missing fields with line and key', () => {
    expect(lockfileError(() => parsePoetryLock('[[package]]\nname = "a"\nversion = 1.0.0\n', { path: 'poetry.lock' })).line).toBe(3);
    const err = lockfileError(() =>
      parsePoetryLock('[[package]]\nname = "a"\nversion = "1"\n\n[[package]]\nname = "b"\n', { path: 'poetry.lock' }),
    );
    expect(err).toMatchObject({ lockfile: 'poetry.lock', line: 5, key: 'package[1].version' });
  });
});

describe('Pipfile.lock', () => {
  it('reads default and develop, reporting a package in both once as production', () => {
    const pkgs = parseFixture(parsePipfileLock, 'pipenv/Pipfile.lock');
    expect(pkgs).toHaveLength(6);
    expect(byName(pkgs, 'flask')).toEqual({
      name: 'flask',
      version: '3.0.2',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/flask@3.0.2',
      lockfile: 'pipenv/Pipfile.lock',
      line: 28,
      dev: false,
      source: 'registry',
      integrity: 'sha256:3232e0e9c850d781933cf0207523d1ece087eb8d87b23777ae38456e2fbe7c6e',
    });
    expect(pkgs.filter((p) => p.name === 'certifi')).toEqual([expect.objectContaining({ dev: false, line: 19 })]);
    expect(byName(pkgs, 'pytest')).toMatchObject({ dev: true, line: 63 });
    expect(byName(pkgs, 'internal-sdk')).toMatchObject({ source: 'git', version: '', commit: '4d1c2b3a5e6f708192a3b4c5d6e7f8091a2b3c4d' });
    expect(byName(pkgs, 'localtools')).toMatchObject({ source: 'file', resolved: './localtools' });
  });

  it('fails on bad JSON (with line) and on versions that are not pins', () => {
    expect(lockfileError(() => parsePipfileLock('{\n  "default": {\n    "a": {,\n', { path: 'Pipfile.lock' })).line).toBe(3);
    const err = lockfileError(() => parsePipfileLock('{\n  "default": {\n    "a": {"version": ">=1"}\n  }\n}\n', { path: 'Pipfile.lock' }));
    expect(err).toMatchObject({ line: 3, key: 'default.a.version' });
  });
});

describe('uv.lock', () => {
  it('reads registry, git and workspace packages, leaves the project out and derives dev and direct from the graph', () => {
    const pkgs = parseFixture(parseUvLock, 'uv/uv.lock');
    expect(pkgs).toHaveLength(7);
    expect(pkgs.some((p) => p.name === 'qqdetail-app')).toBe(false);
    expect(byName(pkgs, 'anyio')).toEqual({
      name: 'anyio',
      version: '4.15.1',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/anyio@4.15.1',
      lockfile: 'uv/uv.lock',
      line: 15,
      source: 'registry',
      resolved: 'https://pypi.org/simple',
      integrity: 'sha256:9f28306018cbd6d329e64a36d58256edff76dd996fe423bc957326e578b82a94',
      dev: false,
      direct: true,
    });
    expect(byName(pkgs, 'idna')).toMatchObject({
      integrity: 'sha256:ab7ae7122974553370f0bdb919e1a960b2cd1bc1ef0276416d896db81c14582c',
      direct: false,
    });
    expect(byName(pkgs, 'pytest')).toMatchObject({ dev: true, direct: true });
    expect(byName(pkgs, 'colorama')).toMatchObject({ dev: true, direct: false });
    expect(byName(pkgs, 'exceptiongroup').dev).toBe(false);
    expect(byName(pkgs, 'nonebot-plugin-alconna')).toMatchObject({
      source: 'git',
      commit: '3c1f5e7a9b2d4f6081a3c5e7f9b1d3f5a7c9e1b3',
      resolved: 'https://github.com/nonebot/plugin-alconna?rev=main',
    });
    expect(byName(pkgs, 'qqdetail-core')).toMatchObject({ source: 'workspace', resolved: 'packages/core' });
  });

  it('fails for a registry package without a version', () => {
    const err = lockfileError(() =>
      parseUvLock('version = 1\n\n[[package]]\nname = "a"\nsource = { registry = "https://pypi.org/simple" }\n', { path: 'uv.lock' }),
    );
    expect(err).toMatchObject({ line: 3, key: 'package[0].version' });
  });
});

describe('pdm.lock', () => {
  it('reads groups, files, git and path packages, folding extras entries', () => {
    const pkgs = parseFixture(parsePdmLock, 'pdm/pdm.lock');
    expect(pkgs).toHaveLength(8);
    expect(byName(pkgs, 'asgiref')).toEqual({
      name: 'asgiref',
      version: '3.8.1',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/asgiref@3.8.1',
      lockfile: 'pdm/pdm.lock',
      line: 27,
      dev: true,
      source: 'registry',
      integrity: 'sha256:c343bd80a0bec947a9860adb4c432ffa7db769836c64238fc34bdc3fec84d590',
    });
    expect(byName(pkgs, 'certifi').dev).toBe(false);
    expect(pkgs.filter((p) => p.name === 'uvicorn')).toHaveLength(1);
    expect(byName(pkgs, 'nonebot2')).toMatchObject({
      source: 'git',
      commit: 'b1e4a6c7d2f3058e9a1b2c3d4e5f60718293a4b5',
      resolved: 'https://github.com/nonebot/nonebot2.git',
    });
    expect(byName(pkgs, 'qqdetail-helpers')).toMatchObject({ source: 'file', resolved: './libs/helpers' });
  });
});

describe('go.mod and go.sum', () => {
  const mod = () => parseFixture(parseGoMod, 'go/go.mod');
  const sum = () => parseFixture(parseGoSum, 'go/go.sum');

  it('reads require blocks and lines, indirect markers, pseudo-versions and +incompatible verbatim', () => {
    const pkgs = mod();
    expect(pkgs).toHaveLength(12);
    expect(byName(pkgs, 'github.com/docker/docker')).toEqual({
      name: 'github.com/docker/docker',
      version: 'v24.0.7+incompatible',
      ecosystem: 'Go',
      purl: 'pkg:golang/github.com/docker/docker@v24.0.7%2Bincompatible',
      lockfile: 'go/go.mod',
      line: 8,
      source: 'registry',
      direct: true,
    });
    expect(byName(pkgs, 'golang.org/x/sys')).toMatchObject({ direct: false, line: 19 });
    expect(byName(pkgs, 'github.com/pkg/errors')).toMatchObject({ direct: true, line: 23 });
    expect(byName(pkgs, 'github.com/Azure/azure-sdk-for-go/sdk/azcore').purl).toBe(
      'pkg:golang/github.com/Azure/azure-sdk-for-go/sdk/azcore@v1.9.2',
    );
  });

  it('applies replace directives: module => module version, module => local path; version-specific replaces only that version', () => {
    const pkgs = mod();
    expect(pkgs.some((p) => p.name === 'github.com/gorilla/mux')).toBe(false);
    expect(byName(pkgs, 'github.com/example-org/mux')).toMatchObject({
      version: 'v1.8.2-0.20240301120000-abcdef012345',
      line: 9,
      direct: true,
    });
    expect(byName(pkgs, 'github.com/example-org/internal')).toMatchObject({ version: '', source: 'file', resolved: '../internal' });
    expect(byName(pkgs, 'golang.org/x/crypto')).toMatchObject({ version: 'v0.21.0', source: 'registry' });
  });

  it('reports stdlib at the toolchain version, else at the go version padded', () => {
    expect(byName(mod(), 'stdlib')).toMatchObject({ version: '1.22.4', purl: 'pkg:golang/stdlib@1.22.4', line: 5 });
    expect(parseGoMod('module x\n\ngo 1.21\n', { path: 'go.mod' })).toEqual([
      {
        name: 'stdlib',
        version: '1.21.0',
        ecosystem: 'Go',
        purl: 'pkg:golang/stdlib@1.21.0',
        lockfile: 'go.mod',
        line: 3,
        source: 'registry',
      },
    ]);
  });

  it('go.sum: one package per module with an h1 hash; /go.mod lines are not reported', () => {
    const pkgs = sum();
    expect(pkgs).toHaveLength(12);
    expect(pkgs.some((p) => p.name === 'github.com/cpuguy83/go-md2man/v2' || p.name === 'github.com/gorilla/mux')).toBe(false);
    expect(byName(pkgs, 'github.com/spf13/pflag')).toMatchObject({
      version: 'v1.0.5',
      line: 19,
      integrity: 'h1:iy+VFUOCP1a+8yFto/drg2CJ5u0yRoB7fZw3DKv/JXA=',
    });
  });

  it('mergeGo attaches hashes and adds go.sum-only modules as indirect', () => {
    const merged = mergeGo(mod(), sum());
    expect(merged).toHaveLength(14);
    expect(byName(merged, 'github.com/example-org/mux').integrity).toBe('h1:Rtd9w0ZkT0Tj6B2F3pP3m8gLbQ4oS5yU6vW7xY8zA9c=');
    expect(byName(merged, 'github.com/docker/docker')).toMatchObject({
      lockfile: 'go/go.mod',
      integrity: 'h1:Wo6l37AuwP3JaMnZa226lzVXGA3F9Ig1seQen0cKYlM=',
    });
    expect(byName(merged, 'github.com/davecgh/go-spew')).toMatchObject({ direct: false, lockfile: 'go/go.sum', line: 4 });
    expect(byName(merged, 'stdlib').integrity).toBeUndefined();
  });

  it('fails on malformed directives with the line', () => {
    expect(lockfileError(() => parseGoMod('module x\nrequire github.com/a/b\n', { path: 'go.mod' }))).toMatchObject({
      line: 2,
      key: 'require',
    });
    expect(lockfileError(() => parseGoMod('module x\nrequire (\n\tgithub.com/a/b v1.0.0\n', { path: 'go.mod' }))).toMatchObject({
      line: 2,
    });
    expect(lockfileError(() => parseGoMod('module x\nrequire github.com/a/b 1.0.0\n', { path: 'go.mod' })).line).toBe(2);
    expect(lockfileError(() => parseGoMod('module x\nfrobnicate y\n', { path: 'go.mod' })).key).toBe('frobnicate');
    expect(lockfileError(() => parseGoMod('module x\nreplace a/b => c/d\n', { path: 'go.mod' })).line).toBe(2);
    expect(lockfileError(() => parseGoSum('a/b v1.0.0 h1:x=\na/b v1.0.0\n', { path: 'go.sum' })).line).toBe(2);
  });
});

describe('Cargo.lock', () => {
  it('reads registry, sparse and git sources, checksums, and marks sourceless crates as workspace', () => {
    const pkgs = parseFixture(parseCargoLock, 'cargo/Cargo.lock');
    expect(pkgs).toHaveLength(9);
    expect(byName(pkgs, 'memchr')).toEqual({
      name: 'memchr',
      version: '2.7.1',
      ecosystem: 'crates.io',
      purl: 'pkg:cargo/memchr@2.7.1',
      lockfile: 'cargo/Cargo.lock',
      line: 22,
      source: 'registry',
      resolved: 'https://github.com/rust-lang/crates.io-index',
      integrity: '523dc4f511e55ab87b694dc30d0f820d60906ef06413f93d4d7a1385599cc149',
    });
    expect(byName(pkgs, 'regex').resolved).toBe('https://index.crates.io/');
    expect(byName(pkgs, 'dji-log-parser')).toMatchObject({
      source: 'git',
      commit: '88fcfc96d2fcd29c6c69e9643196a37c4feb3888',
      resolved: 'https://github.com/lvauvillier/dji-log-parser?rev=88fcfc96d2fcd29c6c69e9643196a37c4feb3888',
    });
    expect(byName(pkgs, 'ricq')).toMatchObject({
      source: 'git',
      commit: '5c5a5901bc6951fd2186f841a394f5d3fcd41ad7',
      resolved: 'https://github.com/lz1998/ricq.git',
    });
    expect(byName(pkgs, 'ricq').integrity).toBeUndefined();
    expect(pkgs.filter((p) => p.name === 'regex-syntax').map((p) => p.version)).toEqual(['0.6.29', '0.8.2']);
    expect(pkgs.filter((p) => p.source === 'workspace').map((p) => p.name)).toEqual(['scanner-cli', 'scanner-core']);
  });

  it('reads v1 checksums from [metadata] and a cargo-generated v4 workspace lock', () => {
    const v1 = parseFixture(parseCargoLock, 'cargo/v1/Cargo.lock');
    expect(byName(v1, 'cfg-if').integrity).toBe('4785bdd1c96b2a846b2bd7cc02e86b6b3dbf14e7e53446c4f54c92a361040822');
    expect(byName(v1, 'legacy-app').source).toBe('workspace');
    const v4 = parseFixture(parseCargoLock, 'cargo/workspace/Cargo.lock');
    expect(v4.map((p) => [p.name, p.source, p.line])).toEqual([
      ['app', 'workspace', 5],
      ['util', 'workspace', 12],
    ]);
  });

  it('fails on unknown sources and versions', () => {
    expect(
      lockfileError(() =>
        parseCargoLock('version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "svn+x"\n', { path: 'Cargo.lock' }),
      ),
    ).toMatchObject({
      line: 3,
      key: 'package[0].source',
    });
    expect(lockfileError(() => parseCargoLock('version = "x"\n', { path: 'Cargo.lock' })).key).toBe('version');
  });
});

describe('Gemfile.lock', () => {
  it('reads GEM, GIT and PATH specs; platforms stay out of the version and variants are reported once', () => {
    const pkgs = parseFixture(parseGemfileLock, 'gemfile/Gemfile.lock');
    expect(pkgs).toHaveLength(11);
    expect(pkgs.filter((p) => p.name === 'nokogiri')).toEqual([
      {
        name: 'nokogiri',
        version: '1.15.4',
        ecosystem: 'RubyGems',
        purl: 'pkg:gem/nokogiri@1.15.4',
        lockfile: 'gemfile/Gemfile.lock',
        line: 25,
        source: 'registry',
        resolved: 'https://rubygems.org/',
        integrity: 'sha256=e4a801e5ef643cc0036f0a7e93433d18818b31d48c9c287596b68e92c0173c4d',
        direct: true,
      },
    ]);
    expect(byName(pkgs, 'sqlite3')).toMatchObject({
      version: '1.7.2',
      integrity: 'sha256=3f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e',
    });
    expect(byName(pkgs, 'rack').version).toBe('3.0.9.1');
    expect(byName(pkgs, 'websocket-client-simple')).toMatchObject({
      source: 'git',
      commit: 'e161305f1a466b9398d86df3b1731b03362da91b',
      resolved: 'https://github.com/matthewd/websocket-client-simple.git',
      direct: true,
      line: 6,
    });
    expect(byName(pkgs, 'billing')).toMatchObject({ source: 'file', resolved: 'engines/billing' });
    expect(byName(pkgs, 'billing').integrity).toBeUndefined();
    expect(byName(pkgs, 'racc').direct).toBe(false);
  });

  it('fails on malformed specs and merge conflict markers with the line', () => {
    expect(
      lockfileError(() => parseGemfileLock('GEM\n  remote: https://rubygems.org/\n  specs:\n    rack 3.0.0\n', { path: 'Gemfile.lock' })),
    ).toMatchObject({ line: 4, key: 'GEM' });
    expect(lockfileError(() => parseGemfileLock('GEM\n  remote: x\n    rack (3.0.0)\n', { path: 'Gemfile.lock' })).line).toBe(3);
    expect(lockfileError(() => parseGemfileLock('GEM\n  specs:\n<<<<<<< HEAD\n', { path: 'Gemfile.lock' })).line).toBe(3);
  });
});

describe('composer.lock', () => {
  it('reads packages and packages-dev with licenses, dist and git sources', () => {
    const pkgs = parseFixture(parseComposerLock, 'composer/composer.lock');
    expect(pkgs).toHaveLength(7);
    expect(byName(pkgs, 'symfony/console')).toEqual({
      name: 'symfony/console',
      version: 'v6.4.3',
      ecosystem: 'Packagist',
      purl: 'pkg:composer/symfony/console@v6.4.3',
      lockfile: 'composer/composer.lock',
      line: 61,
      dev: false,
      source: 'registry',
      resolved: 'https://api.github.com/repos/symfony/console/zipball/2aaf83b4de5b9d43b93e4aec6f2f8b676f7c567e',
      licenses: ['MIT'],
    });
    expect(byName(pkgs, 'psr/log').integrity).toBe('9f1d5c7a3e2b8d4f6a0c1e3b5d7f9a2c4e6b8d0f');
    expect(pkgs.filter((p) => p.dev).map((p) => p.name)).toEqual(['doctrine/instantiator', 'phpunit/phpunit']);
    expect(byName(pkgs, 'phpunit/phpunit')).toMatchObject({ line: 130, licenses: ['BSD-3-Clause'] });
    expect(byName(pkgs, 'acme/billing-sdk')).toMatchObject({
      source: 'git',
      commit: '7d2e9c4b1a3f5e6d8c0b2a4f6e8d0c1b3a5f7e9d',
      resolved: 'https://github.com/acme/billing-sdk.git',
    });
    expect(byName(pkgs, 'acme/local-helpers')).toMatchObject({ source: 'file', resolved: './packages/local-helpers' });
  });

  it('fails on names without a vendor and on non-array sections', () => {
    expect(
      lockfileError(() =>
        parseComposerLock('{\n  "packages": [\n    {\n      "name": "monolog", "version": "1.0.0"\n    }\n  ]\n}\n', {
          path: 'composer.lock',
        }),
      ),
    ).toMatchObject({
      line: 4,
      key: 'packages[0].name',
    });
    expect(lockfileError(() => parseComposerLock('{"packages-dev": {}}', { path: 'composer.lock' })).key).toBe('packages-dev');
  });
});

// ---- robustness: truncations and flipped bytes yield packages or a LockfileError, quickly ----

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUZZ: Array<[string, LockfileParser]> = [
  ['requirements/requirements.txt', parseRequirements],
  ['poetry/poetry.lock', parsePoetryLock],
  ['poetry/legacy/poetry.lock', parsePoetryLock],
  ['pipenv/Pipfile.lock', parsePipfileLock],
  ['uv/uv.lock', parseUvLock],
  ['pdm/pdm.lock', parsePdmLock],
  ['go/go.mod', parseGoMod],
  ['go/go.sum', parseGoSum],
  ['cargo/Cargo.lock', parseCargoLock],
  ['cargo/v1/Cargo.lock', parseCargoLock],
  ['gemfile/Gemfile.lock', parseGemfileLock],
  ['composer/composer.lock', parseComposerLock],
];
const NOISE = ['"', '[', ']', '{', '}', '=', '\n', '\\', '#', ' ', '(', ')', '-', '@', ':', ',', '\u0000', '\uFFFD', 'x', '0'];

describe('fuzz', () => {
  it.each(FUZZ)('%s: truncated and byte-flipped input gives packages or a LockfileError', (rel, parser) => {
    const text = fixture(rel);
    const random = rng(0x5eed ^ rel.length);
    const inputs: string[] = [];
    for (let i = 0; i < 50; i++) inputs.push(text.slice(0, Math.floor(random() * text.length)));
    for (let i = 0; i < 50; i++) {
      const chars = [...text];
      const flips = 1 + Math.floor(random() * 6);
      for (let f = 0; f < flips; f++) {
        const at = Math.floor(random() * chars.length);
        chars[at] =
          random() < 0.5 ? (NOISE[Math.floor(random() * NOISE.length)] as string) : String.fromCharCode(Math.floor(random() * 256));
      }
      inputs.push(chars.join(''));
    }
    const started = performance.now();
    for (const input of inputs) {
      try {
        const pkgs = parser(input, ctxFor(rel));
        expect(Array.isArray(pkgs)).toBe(true);
      } catch (error) {
        if (!(error instanceof LockfileError))
          throw new Error(`${rel}: ${String(error)} for input ${JSON.stringify(input.slice(0, 200))}`, { cause: error });
        expect(error.lockfile.length).toBeGreaterThan(0);
      }
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each(FUZZ)('%s: CRLF line endings and a BOM give the same packages', (rel, parser) => {
    const text = fixture(rel);
    const plain = parser(text, ctxFor(rel));
    expect(parser(`\uFEFF${text.replace(/\n/g, '\r\n')}`, ctxFor(rel))).toEqual(plain);
  });

  it('long pathological lines finish quickly', () => {
    const long = 'a'.repeat(50_000);
    const started = performance.now();
    for (const [rel, parser] of FUZZ) {
      for (const input of [`${long}==`, `${'-'.repeat(50_000)}x`, `${'[a'.repeat(20_000)}`, `    ${long} (`, `"${long}`]) {
        try {
          parser(input, { path: rel });
        } catch (error) {
          expect(error).toBeInstanceOf(LockfileError);
        }
      }
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
