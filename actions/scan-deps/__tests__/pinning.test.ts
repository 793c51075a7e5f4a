import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkActionsPinning, isVersionComment, versionTag, type PinnedUse, type PinningFinding } from '../src/pinning.js';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

// Line numbers are asserted against these arrays: index + 1.
const CI = [
  /*  1 */ 'name: ci',
  /*  2 */ 'on: push',
  /*  3 */ 'jobs:',
  /*  4 */ '  build:',
  /*  5 */ '    runs-on: ubuntu-latest',
  /*  6 */ '    steps:',
  /*  7 */ '      - uses: actions/checkout@v4',
  /*  8 */ `      - uses: actions/setup-node@${SHA} # v4.2.0`,
  /*  9 */ `      - uses: actions/cache@${SHA} # main`,
  /* 10 */ '      - uses: actions/upload-artifact@ea165f8',
  /* 11 */ '      - uses: ./.github/actions/local',
  /* 12 */ '      - uses: docker://alpine:3.20',
  /* 13 */ `      - uses: docker://alpine@${DIGEST}`,
  /* 14 */ '      - {name: flow, uses: "github/codeql-action/init@v3"}',
  /* 15 */ '      - name: quoted',
  /* 16 */ "        uses: 'actions/github-script@main'  # the default branch",
  /* 17 */ '        with:',
  /* 18 */ '          uses: not-an-action@v1',
  /* 19 */ '      - run: \'echo "uses: fake@v1"\'',
  /* 20 */ '      - uses: >-',
  /* 21 */ '          actions/labeler@v5',
  /* 22 */ `      - uses: actions/checkout@${SHA} # tag=v4.2.2`,
  /* 23 */ `      - uses: actions/checkout@${SHA} # pin @v4.2.2`,
  /* 24 */ `      - {uses: actions/checkout@${SHA}, name: "a #b"} # latest`,
  /* 25 */ `      - uses: actions/checkout@${SHA}`,
  /* 26 */ '      - uses: docker://ghcr.io/octo/tool',
  /* 27 */ '      - uses: octo-org/no-ref',
  /* 28 */ '  call:',
  /* 29 */ '    uses: octo-org/shared/.github/workflows/deploy.yml@main   # reusable',
  /* 30 */ '  call-pinned:',
  /* 31 */ `    uses: octo-org/shared/.github/workflows/deploy.yml@${SHA} # v1.0.0`,
  /* 32 */ '  call-local:',
  /* 33 */ '    uses: ./.github/workflows/local.yml',
  '',
].join('\n');

const RELEASE_CRLF = [
  /* 1 */ 'on: release',
  /* 2 */ 'jobs:',
  /* 3 */ '  publish:',
  /* 4 */ '    steps:',
  /* 5 */ `      - uses: "actions/checkout@${SHA}" # TODO`,
  /* 6 */ `      - uses: actions/checkout@${SHA} # v4.2.2 (2024-10-23)`,
  '',
].join('\r\n');

const COMPOSITE = [
  /* 1 */ 'name: local',
  /* 2 */ 'runs:',
  /* 3 */ '  using: composite',
  /* 4 */ '  steps:',
  /* 5 */ '    - uses: actions/setup-python@v5',
  /* 6 */ '    - run: echo hi',
  /* 7 */ '      shell: bash',
  '',
].join('\n');

const DOCKER_ACTION = ['name: d', 'runs:', '  using: docker', '  image: docker://ghcr.io/octo/img:1.0', ''].join('\n');
const DOCKERFILE_ACTION = ['name: d', 'runs:', '  using: docker', '  image: Dockerfile', ''].join('\n');

let root: string;
let findings: PinningFinding[];
const warnings: string[] = [];
const pinned: PinnedUse[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pinning-'));
  const files: Record<string, string> = {
    '.github/workflows/ci.yml': CI,
    '.github/workflows/release.yaml': RELEASE_CRLF,
    '.github/workflows/broken.yml': 'jobs:\n  a: [unclosed\n',
    '.github/workflows/README.md': 'uses: x@v1',
    '.github/workflows/nested/ignored.yml': 'jobs:\n  a:\n    uses: o/r/.github/workflows/x.yml@main\n',
    '.github/actions/local/action.yaml': COMPOSITE,
    'docker/action.yml': DOCKER_ACTION,
    'docker-file/action.yml': DOCKERFILE_ACTION,
    'node_modules/some-pkg/action.yml': COMPOSITE,
    'action.yml': `name: root\nruns:\n  using: composite\n  steps:\n    - uses: octo/thing@${SHA.slice(0, 12)}\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  findings = await checkActionsPinning(root, { onWarning: (m) => warnings.push(m), onPinned: (u) => pinned.push(u) });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const summary = (f: PinningFinding): string => `${f.file}:${f.line}:${f.column} ${f.kind} ${f.uses}${f.comment ? ` # ${f.comment}` : ''}`;

describe('checkActionsPinning', () => {
  it('reports every unpinned uses: with exact lines, and nothing else', () => {
    expect(findings.map(summary)).toEqual([
      '.github/actions/local/action.yaml:5:13 unpinned actions/setup-python@v5',
      '.github/workflows/ci.yml:7:15 unpinned actions/checkout@v4',
      `.github/workflows/ci.yml:9:15 comment-mismatch actions/cache@${SHA} # main`,
      '.github/workflows/ci.yml:10:15 short-sha actions/upload-artifact@ea165f8',
      '.github/workflows/ci.yml:12:15 docker-unpinned docker://alpine:3.20',
      '.github/workflows/ci.yml:14:28 unpinned github/codeql-action/init@v3',
      '.github/workflows/ci.yml:16:15 unpinned actions/github-script@main # the default branch',
      '.github/workflows/ci.yml:21:11 unpinned actions/labeler@v5',
      `.github/workflows/ci.yml:24:16 comment-mismatch actions/checkout@${SHA} # latest`,
      '.github/workflows/ci.yml:26:15 docker-unpinned docker://ghcr.io/octo/tool',
      '.github/workflows/ci.yml:27:15 unpinned octo-org/no-ref',
      '.github/workflows/ci.yml:29:11 unpinned octo-org/shared/.github/workflows/deploy.yml@main # reusable',
      `.github/workflows/release.yaml:5:15 comment-mismatch actions/checkout@${SHA} # TODO`,
      `action.yml:5:13 short-sha octo/thing@${SHA.slice(0, 12)}`,
      'docker/action.yml:4:10 docker-unpinned docker://ghcr.io/octo/img:1.0',
    ]);
  });

  it('explains each kind', () => {
    const byKind = (kind: PinningFinding['kind']): PinningFinding => findings.find((f) => f.kind === kind)!;
    expect(byKind('unpinned')).toMatchObject({
      ref: 'v5',
      message:
        'actions/setup-python is pinned to "v5", a tag or branch that can be moved to other code; pin the full 40-character commit SHA (actions/setup-python@<sha> # v5).',
    });
    expect(byKind('short-sha').message).toBe(
      'actions/upload-artifact is pinned to the short SHA "ea165f8", which GitHub does not resolve as a commit; use the full 40-character commit SHA.',
    );
    expect(byKind('docker-unpinned')).toMatchObject({
      ref: '3.20',
      message:
        'docker://alpine:3.20 names an image by its tag "3.20", which can be re-pushed; pin its digest (docker://alpine:3.20@sha256:<digest>).',
    });
    const mismatch = byKind('comment-mismatch');
    expect(mismatch).toMatchObject({ ref: SHA, comment: 'main' });
    expect(mismatch.message).toMatch(
      /its comment "main" is not a version tag; .* checked against the tag when a github-token is available\.$/,
    );
    expect(findings.find((f) => f.uses === 'octo-org/no-ref')!.message).toMatch(/names no version at all/);
  });

  it('hands every SHA-pinned uses: with a version comment to onPinned, with the tag it names', () => {
    expect(pinned.map((u) => `${u.file}:${u.line}:${u.column} ${u.target} ${u.sha === SHA} ${u.tag}`)).toEqual([
      '.github/workflows/ci.yml:8:15 actions/setup-node true v4.2.0',
      '.github/workflows/ci.yml:22:15 actions/checkout true v4.2.2',
      '.github/workflows/ci.yml:23:15 actions/checkout true v4.2.2',
      '.github/workflows/ci.yml:31:11 octo-org/shared/.github/workflows/deploy.yml true v1.0.0',
      '.github/workflows/release.yaml:6:15 actions/checkout true v4.2.2',
    ]);
    expect(pinned[1]).toMatchObject({ uses: `actions/checkout@${SHA}`, comment: 'tag=v4.2.2' });
  });

  it('warns about files it cannot parse and skips them', () => {
    expect(warnings).toEqual([
      expect.stringMatching(/^\.github\/workflows\/broken\.yml:3: not valid YAML \([A-Z_]+\); its uses: were not checked for pinning\.$/),
    ]);
  });

  it('finds nothing in a workspace without workflows or actions', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pinning-empty-'));
    try {
      expect(await checkActionsPinning(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('isVersionComment', () => {
  it.each([
    'v4',
    'v4.1.2',
    '4.1.2',
    'v1.2.3-beta.1',
    'tag=v4.2.2',
    'pin @v2.1.0',
    'ratchet:actions/checkout@v4',
    'v4.2.2 (2024-10-23)',
    '@v3',
  ])('accepts %s', (comment) => expect(isVersionComment(comment)).toBe(true));
  it.each(['main', 'latest', 'TODO', '', 'release/v1', 'see #123'])('refuses %s', (comment) =>
    expect(isVersionComment(comment)).toBe(false),
  );
  it.each([
    ['v4.1.2', 'v4.1.2'],
    ['tag=v4.2.2', 'v4.2.2'],
    ['pin @v2.1.0', 'v2.1.0'],
    ['ratchet:actions/checkout@v4', 'v4'],
    ['v4.2.2 (2024-10-23)', 'v4.2.2'],
    ['main', undefined],
  ])('versionTag(%s) is %s', (comment, tag) => expect(versionTag(comment)).toBe(tag));
});
