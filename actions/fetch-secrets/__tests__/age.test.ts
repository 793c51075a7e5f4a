// The in-process age decryption against files made by the reference `age` CLI: every size around
// the 64 KiB chunk boundary, binary and armored, several recipients and identities, and each way a
// file can be damaged or forged.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { AgeError, type AgeErrorReason, decryptAge, parseIdentities, parseRecipient } from '../src/providers/age.js';
import { ageEncrypt, ageKeygen, type AgeKeyPair } from '../../../test-support/sops.js';

let alice: AgeKeyPair;
let bob: AgeKeyPair;
let carol: AgeKeyPair;

beforeAll(() => {
  [alice, bob, carol] = [ageKeygen(), ageKeygen(), ageKeygen()];
});

function ageError(fn: () => unknown, reason: AgeErrorReason): AgeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AgeError);
    expect((err as AgeError).reason).toBe(reason);
    return err as AgeError;
  }
  throw new Error(`expected an AgeError (${reason}), but decryption succeeded`);
}

/** Offset of the payload (the byte after the header's `--- <mac>` line) in a binary age file. */
function payloadOffset(file: Buffer): number {
  const mac = file.indexOf('\n---');
  return file.indexOf(0x0a, mac + 1) + 1;
}

const SIZES = [0, 1, 65535, 65536, 65537, 131072, 200000];

describe('decryptAge with files from the age CLI', () => {
  it.each(
    SIZES.flatMap((size) => [
      { size, armor: false },
      { size, armor: true },
    ]),
  )('decrypts $size bytes (armor: $armor)', ({ size, armor }) => {
    const plain = randomBytes(size);
    const file = ageEncrypt(plain, [alice.recipient], { armor });
    const out = decryptAge(armor ? file.toString('utf8') : file, parseIdentities(alice.identity));
    expect(out.length).toBe(size);
    expect(out.equals(plain)).toBe(true);
  });

  it('decrypts a file with several recipients with any one of their identities', () => {
    const plain = randomBytes(100);
    const file = ageEncrypt(plain, [alice.recipient, bob.recipient, carol.recipient]);
    for (const key of [alice, bob, carol]) expect(decryptAge(file, parseIdentities(key.identity)).equals(plain)).toBe(true);
  });

  it('tries every identity: the second of two matches', () => {
    const plain = Buffer.from('second identity wins');
    const identities = parseIdentities(`# created: today\n# public key: ${carol.recipient}\n${carol.identity}\n\n  ${bob.identity}  \r\n`);
    expect(identities).toHaveLength(2);
    expect(decryptAge(ageEncrypt(plain, [bob.recipient]), identities).equals(plain)).toBe(true);
  });

  it('derives the same public recipient as age-keygen from each identity', () => {
    const identities = parseIdentities([alice.identity, bob.identity, carol.identity].join('\n'));
    expect(identities.map((identity) => identity.recipient)).toEqual([alice.recipient, bob.recipient, carol.recipient]);
    expect(identities[0]!.publicKey.equals(parseRecipient(alice.recipient))).toBe(true);
  });

  it('accepts armor with CRLF line endings and surrounding blank lines', () => {
    const plain = randomBytes(300);
    const armored = ageEncrypt(plain, [alice.recipient], { armor: true }).toString('utf8');
    const crlf = `\n\n${armored.replace(/\n/g, '\r\n')}\n`;
    expect(decryptAge(crlf, parseIdentities(alice.identity)).equals(plain)).toBe(true);
  });
});

describe('decryptAge failures', () => {
  it('names the number of recipients when no identity matches', () => {
    const file = ageEncrypt(Buffer.from('x'), [alice.recipient, bob.recipient]);
    const err = ageError(() => decryptAge(file, parseIdentities(carol.identity)), 'no-match');
    expect(err.message).toBe("no identity matches any of the file's 2 recipients");
  });

  it('detects a modified header through the header MAC', () => {
    const file = ageEncrypt(Buffer.from('header'), [alice.recipient, bob.recipient]);
    // Change bob's stanza only: alice still unwraps the file key, then the MAC must fail.
    const lines = file.subarray(0, payloadOffset(file)).toString('latin1').split('\n');
    const bobStanza = lines.findIndex((line, i) => i > 2 && line.startsWith('-> X25519 '));
    const line = lines[bobStanza]!;
    const last = line.at(-2) === 'A' ? 'B' : 'A';
    lines[bobStanza] = `${line.slice(0, -2)}${last}${line.at(-1)}`;
    const forged = Buffer.concat([Buffer.from(lines.join('\n'), 'latin1'), file.subarray(payloadOffset(file))]);
    const err = ageError(() => decryptAge(forged, parseIdentities(alice.identity)), 'tampered');
    expect(err.message).toContain('header MAC');
  });

  it('rejects a changed MAC', () => {
    const file = ageEncrypt(Buffer.from('mac'), [alice.recipient]);
    const macAt = file.indexOf('\n--- ') + 5;
    const forged = Buffer.from(file);
    forged[macAt] = forged[macAt] === 0x41 ? 0x42 : 0x41;
    ageError(() => decryptAge(forged, parseIdentities(alice.identity)), 'tampered');
  });

  it.each([10, 70000])('detects one flipped payload byte (plaintext of %i bytes)', (size) => {
    const file = ageEncrypt(randomBytes(size), [alice.recipient]);
    const forged = Buffer.from(file);
    forged[payloadOffset(file) + 16 + 5] = forged[payloadOffset(file) + 16 + 5]! ^ 1;
    const err = ageError(() => decryptAge(forged, parseIdentities(alice.identity)), 'tampered');
    expect(err.message).toContain('chunk 0');
  });

  it('reports a file cut at a chunk boundary as truncated', () => {
    const file = ageEncrypt(randomBytes(200000), [alice.recipient]);
    const cut = file.subarray(0, payloadOffset(file) + 16 + 65552);
    const err = ageError(() => decryptAge(cut, parseIdentities(alice.identity)), 'truncated');
    expect(err.message).toContain('final chunk is missing');
  });

  it('rejects a file cut inside its last chunk', () => {
    const file = ageEncrypt(randomBytes(1000), [alice.recipient]);
    const err = ageError(() => decryptAge(file.subarray(0, file.length - 10), parseIdentities(alice.identity)), 'tampered');
    expect(err.message).toContain('modified or truncated');
  });

  it('reports a file cut inside its header or nonce as truncated', () => {
    const file = ageEncrypt(Buffer.from('short'), [alice.recipient]);
    ageError(() => decryptAge(file.subarray(0, 40), parseIdentities(alice.identity)), 'truncated');
    ageError(() => decryptAge(file.subarray(0, payloadOffset(file) + 8), parseIdentities(alice.identity)), 'truncated');
  });

  it('rejects garbage appended after a short final chunk', () => {
    const file = ageEncrypt(Buffer.from('payload'), [alice.recipient]);
    ageError(() => decryptAge(Buffer.concat([file, Buffer.from('x')]), parseIdentities(alice.identity)), 'tampered');
  });

  it('rejects garbage appended after a full-size final chunk', () => {
    const file = ageEncrypt(randomBytes(65536), [alice.recipient]);
    const err = ageError(() => decryptAge(Buffer.concat([file, Buffer.from('garbage')]), parseIdentities(alice.identity)), 'tampered');
    expect(err.message).toContain('after its final chunk');
  });

  it('rejects text after the armor footer and lines that are not strict base64', () => {
    const armored = ageEncrypt(Buffer.from('armor'), [alice.recipient], { armor: true }).toString('utf8');
    ageError(() => decryptAge(`${armored}trailing\n`, parseIdentities(alice.identity)), 'malformed');
    const lines = armored.split('\n');
    lines[1] = `${lines[1]!.slice(0, -1)}!`;
    ageError(() => decryptAge(lines.join('\n'), parseIdentities(alice.identity)), 'malformed');
    ageError(() => decryptAge(armored.replace(/-----END AGE ENCRYPTED FILE-----\n$/, ''), parseIdentities(alice.identity)), 'truncated');
  });

  it('rejects an ephemeral share that is a low-order point (all-zero shared secret)', () => {
    const file = ageEncrypt(Buffer.from('zero'), [alice.recipient]);
    const text = file.toString('latin1');
    const forged = Buffer.from(text.replace(/^-> X25519 [A-Za-z0-9+/]{43}$/m, `-> X25519 ${'A'.repeat(43)}`), 'latin1');
    const err = ageError(() => decryptAge(forged, parseIdentities(alice.identity)), 'malformed');
    expect(err.message).toContain('low-order');
  });

  it('explains that passphrase (scrypt) files are not supported', () => {
    const body = randomBytes(32).toString('base64').replace(/=+$/, '');
    const salt = randomBytes(16).toString('base64').replace(/=+$/, '');
    const file = Buffer.from(`age-encryption.org/v1\n-> scrypt ${salt} 18\n${body}\n--- ${body}\n${'x'.repeat(40)}`, 'latin1');
    const err = ageError(() => decryptAge(file, parseIdentities(alice.identity)), 'unsupported');
    expect(err.message).toContain('no X25519 recipient (it has: scrypt)');
  });

  it('rejects input that is not age at all', () => {
    ageError(() => decryptAge(Buffer.from('hello world\n'), parseIdentities(alice.identity)), 'malformed');
  });
});

describe('parseIdentities', () => {
  it('rejects a bad checksum without echoing the key', () => {
    const broken = alice.identity.slice(0, -1) + (alice.identity.endsWith('Q') ? 'P' : 'Q');
    const err = ageError(() => parseIdentities(`# mine\n${broken}`, 'sops-age-key'), 'bad-identity');
    expect(err.message).toBe('line 2 of sops-age-key is not a valid age identity (bad checksum)');
    expect(err.message).not.toContain(broken.slice(16, 40));
  });

  it('rejects mixed case, other key types and empty text', () => {
    const mixed = alice.identity.slice(0, 20) + alice.identity.slice(20).toLowerCase();
    expect(ageError(() => parseIdentities(mixed), 'bad-identity').message).toContain('mixed case');
    expect(ageError(() => parseIdentities(alice.recipient), 'bad-identity').message).toContain('must start with AGE-SECRET-KEY-1');
    ageError(() => parseIdentities('AGE-PLUGIN-YUBIKEY-1QQQQQQ'), 'unsupported');
    ageError(() => parseIdentities('# only a comment\n\n'), 'bad-identity');
  });

  it('never shows the secret scalar when an identity is printed', () => {
    const [identity] = parseIdentities(alice.identity);
    expect(JSON.stringify(identity)).not.toContain(alice.identity.slice(16));
    expect(String(identity!.privateKey.export({ format: 'der', type: 'pkcs8' }).length)).toBe('48');
  });
});
