import { describe, expect, it } from '@jest/globals';
import { parseReferences } from '../src/references.js';
import { thrown } from '../../../test-support/failures.js';

describe('parseReferences', () => {
  it('parses every provider, optional markers, fields, comments and blank lines', () => {
    const refs = parseReferences(
      [
        '# database',
        'DB_PASSWORD=vault:secret/data/app#password',
        '',
        'LEGACY = vault:kv/app?version=3#token   # a comment after whitespace',
        'API_KEY?=aws-sm:prod/api#key',
        'ARN_KEY=aws-sm:arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf#password',
        'SA=gcp-sm:projects/my-proj/secrets/sa-key',
        'REGIONAL=gcp-sm:projects/123/locations/europe-west1/secrets/s/versions/4#a.b',
        'TLS=azure-kv:my-vault/tls-cert',
        'GOV=azure-kv:vault1.vault.usgovcloudapi.net/name/0123456789abcdef0123456789abcdef',
        'SIGNING=sops:deploy/secrets.enc.yaml#signing.key',
      ].join('\n'),
    );
    expect(refs.map((r) => [r.name, r.optional, r.provider, r.field, r.line])).toEqual([
      ['DB_PASSWORD', false, 'vault', 'password', 2],
      ['LEGACY', false, 'vault', 'token', 4],
      ['API_KEY', true, 'aws-sm', 'key', 5],
      ['ARN_KEY', false, 'aws-sm', 'password', 6],
      ['SA', false, 'gcp-sm', undefined, 7],
      ['REGIONAL', false, 'gcp-sm', 'a.b', 8],
      ['TLS', false, 'azure-kv', undefined, 9],
      ['GOV', false, 'azure-kv', undefined, 10],
      ['SIGNING', false, 'sops', 'signing.key', 11],
    ]);
    expect(refs[0]!.locator).toEqual({ provider: 'vault', path: 'secret/data/app' });
    expect(refs[1]!.locator).toEqual({ provider: 'vault', path: 'kv/app', version: 3 });
    expect(refs[3]!.locator).toEqual({
      provider: 'aws-sm',
      secretId: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
      region: 'eu-west-1',
    });
    expect(refs[4]!.locator).toEqual({ provider: 'gcp-sm', project: 'my-proj', location: undefined, secret: 'sa-key', version: 'latest' });
    expect(refs[5]!.locator).toEqual({ provider: 'gcp-sm', project: '123', location: 'europe-west1', secret: 's', version: '4' });
    expect(refs[7]!.locator).toEqual({
      provider: 'azure-kv',
      vault: 'vault1.vault.usgovcloudapi.net',
      secret: 'name',
      version: '0123456789abcdef0123456789abcdef',
    });
    expect(refs[8]!.locator).toEqual({ provider: 'sops', file: 'deploy/secrets.enc.yaml' });
    expect(refs[0]!.readKey).toBe('vault:secret/data/app');
    expect(refs[0]!.text).toBe('vault:secret/data/app#password');
  });

  it('treats a # after whitespace as a comment, not a field', () => {
    const [ref] = parseReferences('DB=vault:secret/data/x   # the database, not a #field');
    expect(ref!.field).toBeUndefined();
    expect(ref!.text).toBe('vault:secret/data/x');
  });

  it('gives references to one locator the same read key', () => {
    const refs = parseReferences('A=vault:secret/data/app#user\nB=vault:secret/data/app#password');
    expect(refs[0]!.readKey).toBe(refs[1]!.readKey);
  });

  it.each([
    ['not a reference', 'is not a secret reference'],
    ['DB=nope:x', "'nope' is not a provider"],
    ['9DB=vault:secret/data/x', "'9DB' is not a valid name"],
    ['DB-PASS=vault:secret/data/x', "'DB-PASS' is not a valid name"],
    ['DB=vault:', "has nothing after 'vault:'"],
    ['DB=vault:/secret/data/x', "starting with '/'"],
    ['DB=vault:v1/secret/data/x', "starting with 'v1/'"],
    ['DB=vault:secret/../sys/x', 'invalid Vault path'],
    ['DB=vault:secret', 'invalid Vault path'],
    ['DB=vault:secret/data/x?version=0', 'unsupported query'],
    ['DB=vault:secret/data/x#', 'empty field'],
    ['DB=vault:secret/data/x#a..b', 'empty field'],
    ['DB=aws-sm:arn:aws:s3:::bucket', 'invalid Secrets Manager ARN'],
    ['DB=aws-sm:has space', 'invalid Secrets Manager secret name'],
    ['DB=gcp-sm:my-secret', 'invalid Secret Manager name'],
    ['DB=gcp-sm:projects/p/secrets/s/versions/x', 'invalid Secret Manager name'],
    ['DB=azure-kv:vault', 'invalid Key Vault reference'],
    ['DB=azure-kv:myvault/s_1', 'invalid Key Vault secret name'],
    ['DB=azure-kv:ab/s', 'invalid Key Vault name'],
    ['DB=sops:../outside.yaml#k', 'outside the repository'],
    ['DB=sops:/etc/shadow#k', 'outside the repository'],
    ['DB=sops:file.yaml', 'without a key'],
  ])('%s fails with its line number: %s', (line, message) => {
    const err = thrown(() => parseReferences(`# first\n${line}`));
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.message).toContain("Input 'secrets' line 2");
    expect(err.message).toContain(message);
    expect(err.fix).toBeTruthy();
  });

  it('refuses names that would hijack the job', () => {
    for (const name of [
      'PATH',
      'LD_PRELOAD',
      'BASH_ENV',
      'NODE_OPTIONS',
      'GITHUB_TOKEN',
      'RUNNER_TEMP',
      'ACTIONS_RUNTIME_TOKEN',
      'path',
      'Node_Extra_CA_Certs',
    ]) {
      const err = thrown(() => parseReferences(`${name}=vault:secret/data/x#k`));
      expect(err.message).toContain(`refusing the name ${name}`);
    }
  });

  it('refuses duplicate names, case-insensitively', () => {
    expect(thrown(() => parseReferences('DB=vault:secret/data/a#k\nDB=vault:secret/data/b#k')).message).toContain(
      'DB is already defined on line 1',
    );
    expect(thrown(() => parseReferences('db=vault:secret/data/a#k\nDB=vault:secret/data/b#k')).message).toContain(
      'line 2 DB is already defined on line 1',
    );
  });

  it('refuses an input with no references', () => {
    const err = thrown(() => parseReferences('# only a comment\n\n'));
    expect(err.code).toBe('INPUT_MISSING');
  });

  it('never quotes a line that is not a reference (it may be a pasted secret)', () => {
    const err = thrown(() => parseReferences('ghp_abcdefghijklmnopqrstuvwxyz0123456789'));
    expect(err.message).not.toContain('ghp_');
  });
});
