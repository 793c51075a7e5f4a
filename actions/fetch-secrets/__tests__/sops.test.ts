// The SOPS provider against files from test-support/sops.ts (an independent encryptor whose age
// layer is the real `age` CLI) and against real sops output: round trips in YAML, JSON and dotenv,
// the encryption rules, every kind of tampering the MAC and the per-value AAD must catch, and the
// failures a user can hit (wrong key, missing file, path outside the workspace).

import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSettings, fetchAll } from '../src/providers/sops.js';
import type { ReadFailure, ReadOutcome } from '../src/providers/types.js';
import { defaultSettings, settleProblems, testContext } from '../../../test-support/provider-context.js';
import { thrown } from '../../../test-support/failures.js';
import {
  ageDecryptCli,
  ageKeygen,
  encryptValue,
  sopsEncrypt,
  type AgeKeyPair,
  type Plain,
  type SopsOptions,
} from '../../../test-support/sops.js';
import { SOPS_NIX_SECRETS_PGP_JSON, SOPS_NIX_SECRETS_YAML, SOPS_TEST_IDENTITY, SOPS_TEST_RECIPIENT } from './fixtures/sops-real.js';

let workspace: string;
let owner: AgeKeyPair;
let other: AgeKeyPair;
let stranger: AgeKeyPair;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'gatehouse-sops-'));
  [owner, other, stranger] = [ageKeygen(), ageKeygen(), ageKeygen()];
});

const PLAIN: { [key: string]: Plain } = {
  db: { user: 'app', password: 'p@ss: "quoted" # not a comment', port: 5432, ratio: 0.25, tiny: 1e-7, enabled: true, replica: false },
  hosts: ['a.example', 'b.example', { name: 'c.example', weight: 1.5, tags: ['x', 'y'] }],
  multiline: 'line one\nline two\n  indented\n',
  unicode: 'é ✓ 𝄞',
  empty: '',
  nothing: null,
  public_unencrypted: 'visible',
  settings_unencrypted: { level: 3, inner: 'also visible' },
};

function write(name: string, text: string): string {
  const path = join(workspace, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return name;
}

function encryptTo(name: string, plain: { [key: string]: Plain }, options: SopsOptions = {}, recipients = [owner.recipient]) {
  const file = sopsEncrypt(plain, recipients, options);
  write(name, file.text);
  return file;
}

async function readFiles(files: string[], ageKey = owner.identity, env: NodeJS.ProcessEnv = {}): Promise<ReadOutcome[]> {
  const ctx = testContext({ workspace, env, settings: { sops: { ageKey } } });
  return fetchAll(
    files.map((file) => ({ key: `sops:${file}`, locator: { provider: 'sops' as const, file } })),
    ctx,
  );
}

async function readData(file: string, ageKey = owner.identity): Promise<unknown> {
  const [outcome] = await readFiles([file], ageKey);
  if (!outcome!.ok) throw new Error(`expected success, got ${outcome!.failure.kind}: ${outcome!.failure.message}`);
  expect(outcome!.value.kind).toBe('json');
  return (outcome!.value as { data: unknown }).data;
}

async function readFailure(file: string, ageKey = owner.identity): Promise<ReadFailure> {
  const [outcome] = await readFiles([file], ageKey);
  if (outcome!.ok) throw new Error('expected a failure, but the file decrypted');
  return outcome!.failure;
}

describe('round trips', () => {
  it.each(['yaml', 'json'] as const)('decrypts a %s file to the original document', async (format) => {
    const file = encryptTo(`round/secrets.${format}`, PLAIN, { format });
    expect(await readData(`round/secrets.${format}`)).toEqual(PLAIN);
    // The suffix rule left those values readable, and the rest encrypted.
    expect(file.text).toContain('visible');
    expect(file.text).not.toContain('p@ss');
    expect(file.text).not.toContain('line two');
  });

  it('decrypts a dotenv file', async () => {
    const plain = { API_TOKEN: 'tok-123', DB_URL: 'postgres://u:p@h/db', NOTE_unencrypted: 'plain text' };
    encryptTo('round/app.env', plain, { format: 'dotenv' });
    expect(await readData('round/app.env')).toEqual(plain);
  });

  it('finds the format by sniffing when the extension says nothing', async () => {
    encryptTo('round/secrets.enc', { token: 'sniffed' }, { format: 'yaml' });
    encryptTo('round/secrets.sops', { token: 'sniffed json' }, { format: 'json' });
    expect(await readData('round/secrets.enc')).toEqual({ token: 'sniffed' });
    expect(await readData('round/secrets.sops')).toEqual({ token: 'sniffed json' });
  });

  it('keeps integer-like keys in document order for the MAC', async () => {
    encryptTo('round/ordered.yaml', { b: 'first', 10: 'second', 2: 'third' }, { format: 'yaml' });
    expect(await readData('round/ordered.yaml')).toEqual({ 2: 'third', 10: 'second', b: 'first' });
  });

  it('follows encrypted_regex and encrypted_suffix', async () => {
    const plain = { data: { key: 'secret' }, metadata: { name: 'app' }, token_enc: 'x', note: 'y' };
    const regex = encryptTo('rules/regex.yaml', plain, { encryptedRegex: '^(data|stringData)$' });
    expect(regex.text).toContain('name: app');
    expect(await readData('rules/regex.yaml')).toEqual(plain);
    const suffix = encryptTo('rules/suffix.json', plain, { format: 'json', encryptedSuffix: '_enc' });
    expect(suffix.text).toContain('"note": "y"');
    expect(await readData('rules/suffix.json')).toEqual(plain);
  });

  it('with mac_only_encrypted, accepts a change to an unencrypted value (as sops does)', async () => {
    const file = encryptTo('rules/maconly.yaml', { secret: 's', label_unencrypted: 'before' }, { macOnlyEncrypted: true });
    write('rules/maconly.yaml', file.text.replace('label_unencrypted: before', 'label_unencrypted: after'));
    expect(await readData('rules/maconly.yaml')).toEqual({ secret: 's', label_unencrypted: 'after' });
  });

  it('decrypts with any of several identities, and the key of any recipient', async () => {
    encryptTo('multi/two.yaml', { v: 'two recipients' }, {}, [stranger.recipient, other.recipient]);
    expect(await readData('multi/two.yaml', `${owner.identity}\n${other.identity}`)).toEqual({ v: 'two recipients' });
  });

  it('reads each distinct file once, however it is spelled', async () => {
    encryptTo('dedupe/a.yaml', { v: 1 });
    const outcomes = await readFiles(['dedupe/a.yaml', './dedupe/a.yaml', 'dedupe/../dedupe/a.yaml']);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(outcomes[0]).toBe(outcomes[1]);
  });

  it('reports each read through ctx.settled, one refused before any file is read included', async () => {
    encryptTo('settle/a.yaml', { v: 1 });
    const ctx = testContext({ workspace, settings: { sops: { ageKey: owner.identity } } });
    const list = ['settle/a.yaml', './settle/a.yaml', '../outside.yaml', 'settle/missing.yaml'].map((file) => ({
      key: `sops:${file}`,
      locator: { provider: 'sops' as const, file },
    }));
    const outcomes = await fetchAll(list, ctx);
    expect(settleProblems(ctx, list, outcomes)).toEqual([]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, false]);
  });
});

describe('a file made by the real sops binary', () => {
  it('decrypts and verifies the sops-nix test secrets with the sops test key', async () => {
    write('real/secrets.yaml', SOPS_NIX_SECRETS_YAML);
    const [outcome] = await readFiles(['real/secrets.yaml'], SOPS_TEST_IDENTITY);
    expect(outcome).toEqual({
      ok: true,
      value: { kind: 'json', data: { test_key: 'test_value', a_list: ['e1', 'e3'], nested: { test: { file: 'another value' } } } },
      version: '2021-09-30T19:49:41Z',
    });
  });

  it('agrees with the age CLI on the data key of the real file', async () => {
    const enc = /-----BEGIN AGE ENCRYPTED FILE-----[\s\S]*?-----END AGE ENCRYPTED FILE-----/
      .exec(SOPS_NIX_SECRETS_YAML)![0]
      .replace(/^ +/gm, '');
    const { decryptAge, parseIdentities } = await import('../src/providers/age.js');
    const ours = decryptAge(enc, parseIdentities(SOPS_TEST_IDENTITY));
    expect(ours.length).toBe(32);
    expect(ours.equals(ageDecryptCli(Buffer.from(enc), SOPS_TEST_IDENTITY, workspace))).toBe(true);
  });

  it('detects an edit of the real file', async () => {
    // Swap the two list items: each still authenticates with its own AAD (same path), only the MAC can tell.
    const items = SOPS_NIX_SECRETS_YAML.match(/^ {4}- ENC\[.*$/gm)!;
    write(
      'real/swapped.yaml',
      SOPS_NIX_SECRETS_YAML.replace(items[0]!, 'PLACEHOLDER').replace(items[1]!, items[0]!).replace('PLACEHOLDER', items[1]!),
    );
    const failure = await readFailure('real/swapped.yaml', SOPS_TEST_IDENTITY);
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toContain('does not match its MAC');
  });

  it('names the key types of a real file encrypted for PGP only', async () => {
    write('real/pgp.json', SOPS_NIX_SECRETS_PGP_JSON);
    const failure = await readFailure('real/pgp.json', SOPS_TEST_IDENTITY);
    expect(failure).toMatchObject({
      kind: 'auth',
      message: `SOPS file "real/pgp.json" has no age recipients (it is encrypted for pgp only)`,
    });
  });

  it('explains a wrong key with the public recipients of the file and of the key', async () => {
    write('real/secrets.yaml', SOPS_NIX_SECRETS_YAML);
    const failure = await readFailure('real/secrets.yaml', owner.identity);
    expect(failure.kind).toBe('auth');
    expect(failure.message).toContain(SOPS_TEST_RECIPIENT);
    expect(failure.message).toContain('age1a8pk4akrdamj7nvqy3zywgtny8dxz7t5xzu7u8v9mhrayp9freqsqatyrs');
    expect(failure.message).toContain(owner.recipient);
    expect(failure.message).not.toContain(owner.identity);
  });
});

describe('tampering', () => {
  const SECRET = { user: 'app', password: 'hunter2', note_unencrypted: 'hello', list: ['one', 'two'] };

  function encValue(text: string, key: string): string {
    return new RegExp(`^${key}: (ENC\\[.*\\])$`, 'm').exec(text)![1]!;
  }

  it('rejects a changed ciphertext byte', async () => {
    const file = encryptTo('tamper/byte.yaml', SECRET);
    const value = encValue(file.text, 'user');
    const data = /data:([^,]+)/.exec(value)![1]!;
    const flipped = Buffer.from(data, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    write('tamper/byte.yaml', file.text.replace(value, value.replace(data, flipped.toString('base64'))));
    const failure = await readFailure('tamper/byte.yaml');
    expect(failure).toMatchObject({ kind: 'invalid' });
    expect(failure.message).toContain('The value at user (line 1)');
    expect(failure.message).toContain('failed authentication');
  });

  it('rejects two values swapped between keys (the AAD binds each value to its path)', async () => {
    const file = encryptTo('tamper/swap.yaml', SECRET);
    const [user, password] = [encValue(file.text, 'user'), encValue(file.text, 'password')];
    write('tamper/swap.yaml', file.text.replace(user, 'X').replace(password, user).replace('user: X', `user: ${password}`));
    const failure = await readFailure('tamper/swap.yaml');
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toContain('a value was changed or moved');
  });

  it('rejects a value re-encrypted with the right data key through the MAC', async () => {
    const file = encryptTo('tamper/forged.yaml', SECRET);
    write('tamper/forged.yaml', file.text.replace(encValue(file.text, 'password'), encryptValue('attacker', file.dataKey, 'password:')));
    const failure = await readFailure('tamper/forged.yaml');
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toBe(
      'SOPS file "tamper/forged.yaml" does not match its MAC: values were added, removed, reordered or replaced after encryption',
    );
  });

  it('rejects a changed unencrypted value, a removed value and plaintext put in place of a value', async () => {
    const file = encryptTo('tamper/plain.yaml', SECRET);
    write('tamper/plain.yaml', file.text.replace('note_unencrypted: hello', 'note_unencrypted: bye'));
    expect((await readFailure('tamper/plain.yaml')).message).toContain('does not match its MAC');
    write('tamper/plain.yaml', file.text.replace(/^user: .*\n/m, ''));
    expect((await readFailure('tamper/plain.yaml')).message).toContain('does not match its MAC');
    write('tamper/plain.yaml', file.text.replace(encValue(file.text, 'user'), 'root'));
    expect((await readFailure('tamper/plain.yaml')).message).toContain('is not encrypted although');
  });

  it('rejects an edited lastmodified (the MAC is bound to it)', async () => {
    const file = encryptTo('tamper/time.json', SECRET, { format: 'json', lastModified: '2024-01-02T03:04:05Z' });
    write('tamper/time.json', file.text.replace('2024-01-02T03:04:05Z', '2024-01-02T03:04:06Z'));
    const failure = await readFailure('tamper/time.json');
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toContain('its mac or lastmodified was modified');
  });

  it('rejects a damaged age block that the identity matches', async () => {
    const file = encryptTo('tamper/age.yaml', SECRET);
    const block = /( +)-----BEGIN AGE ENCRYPTED FILE-----\n([\s\S]*?)\n +-----END/.exec(file.text)!;
    const [indent, body] = [block[1]!, block[2]!];
    // Flip the last byte (the payload's tag) and re-armor: the header MAC holds, the payload must not.
    const binary = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    binary[binary.length - 1] = binary[binary.length - 1]! ^ 1;
    const rearmored = binary
      .toString('base64')
      .match(/.{1,64}/g)!
      .map((line) => `${indent}${line}`)
      .join('\n');
    write('tamper/age.yaml', file.text.replace(body, rearmored));
    const failure = await readFailure('tamper/age.yaml');
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toContain('failed authentication');
  });
});

describe('failures', () => {
  it('fails with auth and names the recipients when no identity matches', async () => {
    encryptTo('fail/others.yaml', { v: 'x' }, {}, [other.recipient, stranger.recipient]);
    const failure = await readFailure('fail/others.yaml');
    expect(failure.kind).toBe('auth');
    expect(failure.message).toBe(
      `No identity in input 'sops-age-key' can decrypt SOPS file "fail/others.yaml": it is encrypted for ${other.recipient}, ${stranger.recipient}, and the identities given are for ${owner.recipient}`,
    );
    expect(failure.fix).toContain('sops updatekeys');
  });

  it('reports a missing file as not-found', async () => {
    expect(await readFailure('fail/nope.yaml')).toMatchObject({ kind: 'not-found', message: 'SOPS file "fail/nope.yaml" does not exist' });
  });

  it('refuses paths outside the workspace, directly or through a symlink', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gatehouse-outside-'));
    writeFileSync(join(outside, 'secrets.yaml'), sopsEncrypt({ v: 'outside' }, [owner.recipient]).text);
    symlinkSync(join(outside, 'secrets.yaml'), join(workspace, 'link.yaml'));
    for (const file of ['../' + join(outside, 'secrets.yaml').split('/').slice(-2).join('/'), join(outside, 'secrets.yaml'), 'link.yaml']) {
      const failure = await readFailure(file);
      expect(failure.kind).toBe('invalid');
      expect(failure.message).toContain('is outside the workspace');
    }
  });

  it('refuses a file that is not encrypted with sops', async () => {
    write('fail/plain.yaml', 'password: hunter2\n');
    const failure = await readFailure('fail/plain.yaml');
    expect(failure).toMatchObject({
      kind: 'auth',
      message: 'SOPS file "fail/plain.yaml" is not encrypted with sops (it has no top-level sops metadata)',
    });
  });

  it('points at the line of a syntax error', async () => {
    write('fail/broken.yaml', 'a: 1\nb: [unclosed\n');
    const failure = await readFailure('fail/broken.yaml');
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toMatch(/^SOPS file "fail\/broken.yaml" is not valid YAML \(line \d+: /);
  });

  it('refuses files over 4 MiB', async () => {
    write('fail/big.yaml', `a: "${'x'.repeat(4 * 1024 * 1024)}"\n`);
    expect((await readFailure('fail/big.yaml')).message).toContain('the limit is 4 MiB');
  });

  it('refuses Shamir key groups and comment-based rules with a reason', async () => {
    const file = encryptTo('fail/groups.yaml', { v: 'x' });
    write('fail/groups.yaml', file.text.replace('sops:\n', 'sops:\n    key_groups:\n        - age: []\n        - age: []\n'));
    expect((await readFailure('fail/groups.yaml')).message).toContain('2 key groups (Shamir)');
    write('fail/groups.yaml', file.text.replace('sops:\n', 'sops:\n    unencrypted_comment_regex: keep\n'));
    expect((await readFailure('fail/groups.yaml')).message).toContain('uses unencrypted_comment_regex');
  });

  it('fails every read with auth when the identity is malformed', async () => {
    encryptTo('fail/any.yaml', { v: 'x' });
    const outcomes = await readFiles(['fail/any.yaml', 'fail/nope.yaml'], 'AGE-SECRET-KEY-1NOTAKEY');
    for (const outcome of outcomes) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.failure.kind).toBe('auth');
    }
  });
});

describe('identities and checkSettings', () => {
  const settings = (ageKey: string) => ({ ...defaultSettings(), sops: { ageKey } });

  it('requires sops-age-key (or SOPS_AGE_KEY) and says how to set it', () => {
    const err = thrown(() => checkSettings(settings(''), {}));
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.message).toContain("Input 'sops-age-key'");
    expect(err.fix).toContain('sops-age-key: ${{ secrets.SOPS_AGE_KEY }}');
  });

  it('accepts SOPS_AGE_KEY and SOPS_AGE_KEY_FILE like sops does', async () => {
    expect(() => checkSettings(settings(''), { SOPS_AGE_KEY: owner.identity })).not.toThrow();
    const keyFile = join(workspace, 'keys.txt');
    writeFileSync(keyFile, `# created: now\n# public key: ${owner.recipient}\n${owner.identity}\n`);
    expect(() => checkSettings(settings(''), { SOPS_AGE_KEY_FILE: keyFile })).not.toThrow();
    encryptTo('env/a.yaml', { v: 'from env' });
    const ctx = testContext({ workspace, env: { SOPS_AGE_KEY_FILE: keyFile } });
    const [outcome] = await fetchAll([{ key: 'sops:env/a.yaml', locator: { provider: 'sops', file: 'env/a.yaml' } }], ctx);
    expect(outcome).toMatchObject({ ok: true, value: { data: { v: 'from env' } } });
    // A key read from a file was never registered with the runner: it must be masked.
    expect(ctx.masked).toContain(owner.identity);
  });

  it('rejects a malformed identity without echoing it', () => {
    const broken = owner.identity.slice(0, -3) + 'QQQ';
    const err = thrown(() => checkSettings(settings(`# my key\n${broken}`), {}));
    expect(err.message).toBe("Line 2 of input 'sops-age-key' is not a valid age identity (bad checksum).");
    expect(err.describe()).not.toContain(broken.slice(16, 50));
    const missing = thrown(() => checkSettings(settings(''), { SOPS_AGE_KEY_FILE: join(workspace, 'absent.txt') }));
    expect(missing.message).toContain('cannot be read (ENOENT)');
  });
});
