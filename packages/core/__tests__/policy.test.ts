import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GatehouseError } from '@gatehouse/core/errors';
import { loadPolicy, parsePolicy, PolicyError } from '@gatehouse/core/policy';
import { s } from '@gatehouse/core/schema';

// Sections as the actions would declare them (shapes here are only for the tests).
const scanDeps = s.object({
  'fail-on': s.enum(['low', 'moderate', 'high', 'critical']).default('high'),
  ignore: s
    .array(
      s.object({
        id: s.string({ minLength: 1 }),
        until: s.date().optional(),
        reason: s.string().optional(),
      }),
    )
    .default([]),
});
const maskLogs = s.object({
  'min-length': s.integer({ min: 1, max: 64 }).default(8),
  'fail-on-leak': s.boolean().default(true),
});

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gatehouse-policy-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writePolicy(text: string, path = '.github/gatehouse.yml'): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

async function refusal(promise: Promise<unknown>): Promise<PolicyError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(GatehouseError);
    expect((err as GatehouseError).code).toBe('POLICY_INVALID');
    expect(err).toBeInstanceOf(PolicyError);
    return err as PolicyError;
  }
  throw new Error('expected the policy to be refused');
}

const VALID = `# Gatehouse policy
version: 1
scan-deps:
  fail-on: moderate
  ignore:
    - id: GHSA-aaaa-bbbb-cccc
      until: 2026-12-31
      reason: not reachable
mask-logs:
  min-length: 6
fetch-secrets:
  environments:
    production: [vault:kv/prod#token]
`;

describe('loadPolicy', () => {
  it('reads a valid file: sections typed, defaults applied, digest of the bytes', async () => {
    writePolicy(VALID);
    const policy = await loadPolicy(undefined, { 'scan-deps': scanDeps, 'mask-logs': maskLogs }, { root });
    expect(policy.file).toBe('.github/gatehouse.yml');
    expect(policy.version).toBe(1);
    expect(policy.digest).toBe(`sha256:${createHash('sha256').update(VALID).digest('hex')}`);
    expect(policy.sections['scan-deps']).toEqual({
      'fail-on': 'moderate',
      ignore: [{ id: 'GHSA-aaaa-bbbb-cccc', until: '2026-12-31', reason: 'not reachable' }],
    });
    expect(policy.sections['mask-logs']).toEqual({ 'min-length': 6, 'fail-on-leak': true });
  });

  it('validates only the sections the caller declares (others must still be sections)', async () => {
    writePolicy(VALID);
    const policy = await loadPolicy(undefined, { 'mask-logs': maskLogs }, { root });
    expect(Object.keys(policy.sections)).toEqual(['mask-logs']);
    writePolicy('scan-deps: [1, 2]\n');
    const err = await refusal(loadPolicy(undefined, { 'mask-logs': maskLogs }, { root }));
    expect(err.message).toBe(".github/gatehouse.yml:1: 'scan-deps' must be a mapping (got a list).");
  });

  it('treats a missing file at the default path as an empty policy', async () => {
    const policy = await loadPolicy('', { 'scan-deps': scanDeps, 'mask-logs': maskLogs }, { root });
    expect(policy).toEqual({
      file: undefined,
      digest: undefined,
      version: undefined,
      sections: { 'scan-deps': { 'fail-on': 'high', ignore: [] }, 'mask-logs': { 'min-length': 8, 'fail-on-leak': true } },
    });
  });

  it('treats an empty file and an empty section like absent ones', async () => {
    writePolicy('# nothing yet\n');
    expect((await loadPolicy(undefined, { 'mask-logs': maskLogs }, { root })).sections['mask-logs']).toEqual({
      'min-length': 8,
      'fail-on-leak': true,
    });
    writePolicy('mask-logs:\n');
    expect((await loadPolicy(undefined, { 'mask-logs': maskLogs }, { root })).sections['mask-logs']).toEqual({
      'min-length': 8,
      'fail-on-leak': true,
    });
  });

  it('fails when an explicitly given file is missing', async () => {
    const err = await refusal(loadPolicy('policies/release.yml', { 'mask-logs': maskLogs }, { root }));
    expect(err.message).toBe('policies/release.yml: The policy file does not exist.');
    expect(err.fix).toContain("'policy' input");
  });

  it('reads an explicitly given file, relative to the workspace', async () => {
    writePolicy('mask-logs:\n  min-length: 12\n', 'policies/release.yml');
    const policy = await loadPolicy('policies/release.yml', { 'mask-logs': maskLogs }, { root });
    expect(policy.file).toBe('policies/release.yml');
    expect(policy.sections['mask-logs']['min-length']).toBe(12);
  });

  it('names an unknown key with its path and line, and suggests the closest known key', async () => {
    writePolicy('version: 1\nscan-deps:\n  fail_on: high\n');
    const err = await refusal(loadPolicy(undefined, { 'scan-deps': scanDeps }, { root }));
    expect(err.message).toBe(".github/gatehouse.yml:3: 'scan-deps.fail_on' is not a known setting; did you mean 'fail-on'?");
    expect(err.fix).toBe("Known keys under 'scan-deps': fail-on, ignore.");
    expect(err.problems).toEqual([
      {
        file: '.github/gatehouse.yml',
        line: 3,
        path: 'scan-deps.fail_on',
        message: ".github/gatehouse.yml:3: 'scan-deps.fail_on' is not a known setting; did you mean 'fail-on'?",
        fix: "Known keys under 'scan-deps': fail-on, ignore.",
      },
    ]);
  });

  it('refuses an unknown top-level section, suggesting the action name', async () => {
    writePolicy('mask-logs: {}\nscan-dep:\n  fail-on: high\n');
    const err = await refusal(loadPolicy(undefined, { 'mask-logs': maskLogs }, { root }));
    expect(err.message).toBe(".github/gatehouse.yml:2: 'scan-dep' is not a Gatehouse policy section; did you mean 'scan-deps'?");
    expect(err.fix).toContain('fetch-secrets, scan-deps, sign-artifact, verify-gate, mask-logs');
  });

  it('reports a wrong type deep in a list with the line of the bad key', async () => {
    const text = [
      '# Gatehouse policy for the release pipeline.',
      '# Keep ignores short-lived.',
      'version: 1',
      '',
      'mask-logs:',
      '  min-length: 6',
      '',
      'scan-deps:',
      '  fail-on: high',
      '  ignore:',
      '    - id: GHSA-1111-2222-3333',
      '    - id: GHSA-4444-5555-6666',
      '    - id: GHSA-7777-8888-9999',
      '      until: soon',
      '',
    ].join('\n');
    writePolicy(text);
    const err = await refusal(loadPolicy(undefined, { 'scan-deps': scanDeps, 'mask-logs': maskLogs }, { root }));
    expect(err.message).toBe(`.github/gatehouse.yml:14: 'scan-deps.ignore[2].until' must be a date like 2026-12-31 (got "soon").`);
  });

  it('points a missing required key at its mapping, and lists further problems', async () => {
    writePolicy('scan-deps:\n  ignore:\n    - reason: x\n  fail-on: hgih\nmask-logs:\n  min-length: 0\n');
    const err = await refusal(loadPolicy(undefined, { 'scan-deps': scanDeps, 'mask-logs': maskLogs }, { root }));
    // In file order, whatever order the checks ran in.
    expect(err.problems.map((p) => `${p.line} ${p.path}`)).toEqual([
      '3 scan-deps.ignore[0].id',
      '4 scan-deps.fail-on',
      '6 mask-logs.min-length',
    ]);
    expect(err.message).toBe(
      ".github/gatehouse.yml:3: 'scan-deps.ignore[0].id' is required." +
        " Also: .github/gatehouse.yml:4: 'scan-deps.fail-on' must be one of 'low', 'moderate', 'high', 'critical' (got \"hgih\"); did you mean 'high'?;" +
        " .github/gatehouse.yml:6: 'mask-logs.min-length' must be from 1 to 64 (got 0).",
    );
    expect(err.fix).toBe('Add it as a string.');
  });

  it('reads YAML 1.2: yes/on stay strings, so a boolean must be written true/false', async () => {
    writePolicy('mask-logs:\n  fail-on-leak: yes\n');
    const err = await refusal(loadPolicy(undefined, { 'mask-logs': maskLogs }, { root }));
    expect(err.message).toBe(`.github/gatehouse.yml:2: 'mask-logs.fail-on-leak' must be true or false (got "yes").`);
  });

  it('refuses a duplicate key, naming it and its line', async () => {
    writePolicy('scan-deps:\n  fail-on: low\n  ignore: []\n  fail-on: critical\n');
    const err = await refusal(loadPolicy(undefined, { 'scan-deps': scanDeps }, { root }));
    expect(err.message).toBe(".github/gatehouse.yml:4: The key 'fail-on' appears twice in the same mapping.");
    expect(err.fix).toContain('Keep one');
  });

  it('refuses an alias expansion bomb', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    let prev = 'a';
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
      prev = name;
    }
    writePolicy(`fetch-secrets:\n  ${lines.join('\n  ')}\n`);
    const err = await refusal(loadPolicy(undefined, {}, { root }));
    expect(err.message).toContain('alias bomb');
  });

  it('allows a few plain aliases', async () => {
    writePolicy('scan-deps:\n  ignore:\n    - &one { id: GHSA-1 }\n    - *one\n');
    const policy = await loadPolicy(undefined, { 'scan-deps': scanDeps }, { root });
    expect(policy.sections['scan-deps'].ignore).toEqual([{ id: 'GHSA-1' }, { id: 'GHSA-1' }]);
  });

  it.each([
    ['an unknown tag', 'mask-logs:\n  min-length: !!js/function "x"\n', ".github/gatehouse.yml:2: The tag '!!js/function' is not allowed."],
    ['several documents', 'mask-logs: {}\n---\nmask-logs: {}\n', '.github/gatehouse.yml:2: The file holds more than one YAML document.'],
    ['a syntax error', 'mask-logs: [1, 2\n', '.github/gatehouse.yml:2: '],
    ['a list at the top', '- mask-logs\n', "The policy file must be a mapping of sections such as 'scan-deps:' (got a list)."],
    ['a complex key', '? [a, b]\n: 1\n', 'Keys must be plain names'],
    ['version 2', 'version: 2\n', ".github/gatehouse.yml:1: 'version' must be 1 (got 2)."],
  ])('refuses %s', async (_, text, expected) => {
    writePolicy(text);
    const err = await refusal(loadPolicy(undefined, { 'mask-logs': maskLogs }, { root }));
    expect(err.message).toContain(expected);
  });

  it('parsePolicy validates text in memory with the given file name', async () => {
    const err = await refusal(parsePolicy('mask-logs:\n  min-lenght: 3\n', 'inline.yml', { 'mask-logs': maskLogs }));
    expect(err.message).toBe("inline.yml:2: 'mask-logs.min-lenght' is not a known setting; did you mean 'min-length'?");
  });

  it('imports yaml lazily, so actions without a policy file never load it', () => {
    // `import type` is erased at compile time; any other static import would load yaml at start-up.
    const staticYaml = /^import (?!type )[^;]*from 'yaml'/m;
    const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../src/${name}`, import.meta.url)), 'utf8');
    expect(read('policy.ts')).not.toMatch(staticYaml);
    expect(read('yaml.ts')).not.toMatch(staticYaml);
    expect(read('yaml.ts')).toContain("await import('yaml')");
  });
});
