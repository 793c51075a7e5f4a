import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '@gatehouse/core/policy';
import { denials, enforced, globMatch, secretsPolicySchema } from '../src/policy.js';
import { parseReferences } from '../src/references.js';
import { rejection } from '../../../test-support/failures.js';

const POLICY = `
secrets:
  environments:
    production:
      refs: [refs/heads/main, 'refs/tags/v*']
      allow: ['vault:secret/data/prod/**', 'aws-sm:prod/*']
  default:
    allow: ['vault:secret/data/ci/**', 'sops:ci/*.enc.yaml']
`;

async function load(text: string) {
  return (await parsePolicy(text, '.github/gatehouse.yml', { secrets: secretsPolicySchema })).sections.secrets;
}

const refs = parseReferences(
  [
    'PROD_DB=vault:secret/data/prod/db#password',
    'PROD_API=aws-sm:prod/api',
    'CI_TOKEN=vault:secret/data/ci/token#t',
    'DEPLOY=sops:ci/deploy.enc.yaml#key',
  ].join('\n'),
);

describe('secrets policy', () => {
  it('lets production on main read production references only', async () => {
    const policy = await load(POLICY);
    const denied = denials(policy, refs, { environment: 'production', ref: 'refs/heads/main' });
    expect(denied.map((d) => d.ref.name)).toEqual(['CI_TOKEN', 'DEPLOY']);
    expect(denied[0]!.reason).toBe("environment 'production' does not allow vault:secret/data/ci/token");
  });

  it('denies everything to production from another branch', async () => {
    const policy = await load(POLICY);
    const denied = denials(policy, refs.slice(0, 2), { environment: 'production', ref: 'refs/heads/feature' });
    expect(denied.map((d) => d.ref.name)).toEqual(['PROD_DB', 'PROD_API']);
    expect(denied[0]!.reason).toContain('may only be read from refs/heads/main, refs/tags/v*, not refs/heads/feature');
    expect(denials(policy, refs.slice(0, 2), { environment: 'production', ref: 'refs/tags/v1.2.0' })).toEqual([]);
  });

  it('gives jobs without an environment, or with an unlisted one, the default rule', async () => {
    const policy = await load(POLICY);
    for (const environment of [undefined, 'staging']) {
      const denied = denials(policy, refs, { environment, ref: 'refs/heads/main' });
      expect(denied.map((d) => d.ref.name)).toEqual(['PROD_DB', 'PROD_API']);
    }
  });

  it('denies all when there is no rule for the job', async () => {
    const policy = await load('secrets:\n  environments:\n    production:\n      allow: ["vault:**"]\n');
    const denied = denials(policy, refs, { environment: undefined, ref: 'refs/heads/main' });
    expect(denied).toHaveLength(refs.length);
    expect(denied[0]!.reason).toContain('no rule for jobs without an environment');
  });

  it('is not enforced when the section is empty or absent', async () => {
    expect(enforced(await load(''))).toBe(false);
    expect(enforced(await load('secrets: {}\n'))).toBe(false);
    expect(enforced(await load(POLICY))).toBe(true);
  });

  it('fails a mistyped key with its path and line', async () => {
    const err = await rejection(load('secrets:\n  environments:\n    production:\n      alow: ["vault:**"]\n'));
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.message).toContain('secrets.environments.production.alow');
    expect(err.message).toContain(':4');
    const issuer = await rejection(load('secrets:\n  issuer: http://evil.example.com\n  default: {allow: []}\n'));
    expect(issuer.message).toContain('secrets.issuer');
  });

  it('globs: * stays in a segment, ** crosses, ? is one character, the rest is literal', () => {
    expect(globMatch('vault:secret/data/prod/*', 'vault:secret/data/prod/db')).toBe(true);
    expect(globMatch('vault:secret/data/prod/*', 'vault:secret/data/prod/a/b')).toBe(false);
    expect(globMatch('vault:secret/data/prod/**', 'vault:secret/data/prod/a/b')).toBe(true);
    expect(globMatch('refs/tags/v?', 'refs/tags/v1')).toBe(true);
    expect(globMatch('refs/tags/v?', 'refs/tags/v10')).toBe(false);
    expect(globMatch('aws-sm:prod.db', 'aws-sm:prodXdb')).toBe(false);
    expect(globMatch('aws-sm:(a|b)', 'aws-sm:a')).toBe(false);
  });
});
