// A test-side SOPS encryptor and age CLI helpers, written apart from the provider's decryptor
// (it imports nothing from providers/sops.ts or providers/age.ts) so the two cannot share a
// mistake. The age layer always goes through the real `age` and `age-keygen` binaries, the
// reference implementation; a missing binary fails the test rather than skipping it.

import { spawnSync } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import YAML from 'yaml';

export interface AgeKeyPair {
  /** `AGE-SECRET-KEY-1...` */
  identity: string;
  /** `age1...` */
  recipient: string;
}

function run(binary: string, args: readonly string[], input?: Uint8Array): Buffer {
  const result = spawnSync(binary, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${binary} not found on PATH: install the Debian package age (apt-get install age)`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString().trim()}`);
  return result.stdout;
}

/** A fresh X25519 key pair from `age-keygen`. */
export function ageKeygen(): AgeKeyPair {
  const out = run('age-keygen', []).toString('utf8');
  const identity = out.split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1'));
  const recipient = /^# public key: (age1[0-9a-z]+)$/m.exec(out)?.[1];
  if (!identity || !recipient) throw new Error('age-keygen printed no key pair');
  return { identity, recipient };
}

/** Encrypt `data` with the `age` CLI for every recipient; armored (`-a`) when asked. */
export function ageEncrypt(data: Uint8Array, recipients: readonly string[], options: { armor?: boolean } = {}): Buffer {
  const args = [...(options.armor ? ['-a'] : []), ...recipients.flatMap((r) => ['-r', r])];
  return run('age', args, data);
}

/** Decrypt with the `age` CLI (used to check the fixtures themselves). */
export function ageDecryptCli(data: Uint8Array, identity: string, dir: string): Buffer {
  // age -d wants the identity in a file; the caller hands a temporary directory.
  const path = `${dir}/identity-${randomBytes(4).toString('hex')}.txt`;
  spawnSync('sh', ['-c', `umask 077 && cat > '${path}'`], { input: `${identity}\n` });
  return run('age', ['-d', '-i', path], data);
}

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export interface SopsOptions {
  format?: 'yaml' | 'json' | 'dotenv';
  /** Exactly one rule, like sops: defaults to `unencryptedSuffix: '_unencrypted'`. */
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: string;
  encryptedRegex?: string;
  macOnlyEncrypted?: boolean;
  /** RFC 3339 without fractional seconds, as sops writes it; default now. */
  lastModified?: string;
}

export interface SopsFile {
  text: string;
  /** Kept for tamper tests that re-encrypt a value with the same key. */
  dataKey: Buffer;
  lastModified: string;
}

// The 32 bytes sops feeds the MAC first when mac_only_encrypted is set (sha256 of "sops").
const MAC_ONLY_ENCRYPTED_INIT = createHash('sha256').update('sops').digest();

/**
 * A SOPS document for `plain`, encrypted for `recipients` the way `sops --encrypt --age` does:
 * AES-256-GCM per value with a 32-byte IV and the key path (`a:b:`) as AAD, a SHA-512 MAC over
 * the values in document order encrypted with `lastmodified` as AAD, and the data key wrapped by
 * the `age` CLI.
 */
export function sopsEncrypt(plain: { [key: string]: Plain }, recipients: readonly string[], options: SopsOptions = {}): SopsFile {
  const dataKey = randomBytes(32);
  const lastModified = options.lastModified ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const rules = rulesOf(options);
  const hash = createHash('sha512');
  if (options.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  const encryptLeaf = (value: string | number | boolean, path: readonly string[]): string | number | boolean => {
    const encrypted = shouldEncrypt(path, rules);
    if (!options.macOnlyEncrypted || encrypted) hash.update(macBytes(value));
    return encrypted ? encryptValue(value, dataKey, `${path.join(':')}:`) : value;
  };
  const tree = transform(plain, [], encryptLeaf) as { [key: string]: Plain };
  const mac = encryptValue(hash.digest('hex').toUpperCase(), dataKey, lastModified);
  const metadata: { [key: string]: Plain } = {
    age: recipients.map((recipient) => ({ recipient, enc: ageEncrypt(dataKey, [recipient], { armor: true }).toString('utf8') })),
    lastmodified: lastModified,
    mac,
    ...metadataRules(options, rules),
    version: '3.9.4',
  };
  return { text: emit({ ...tree, sops: metadata }, options.format ?? 'yaml'), dataKey, lastModified };
}

/** One ENC[...] value, as sops' aes cipher writes it (also used by tests to forge values). */
export function encryptValue(value: string | number | boolean, key: Buffer, aad: string, iv = randomBytes(32)): string {
  if (value === '') return '';
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(macBytes(value)), cipher.final()]);
  const type = typeof value === 'string' ? 'str' : typeof value === 'boolean' ? 'bool' : Number.isInteger(value) ? 'int' : 'float';
  const b64 = (b: Buffer) => b.toString('base64');
  return `ENC[AES256_GCM,data:${b64(data)},iv:${b64(iv)},tag:${b64(cipher.getAuthTag())},type:${type}]`;
}

/** How sops turns a value into bytes for both the ciphertext and the MAC (Go's formatting). */
function macBytes(value: string | number | boolean): Buffer {
  if (typeof value === 'boolean') return Buffer.from(value ? 'True' : 'False');
  if (typeof value === 'number') return Buffer.from(goFloat(value));
  return Buffer.from(value, 'utf8');
}

/** strconv.FormatFloat(v, 'f', -1, 64): the shortest round-trip digits, never an exponent. */
function goFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error('the test encryptor only handles finite numbers');
  if (Object.is(value, -0)) return '-0';
  return String(value).includes('e') ? fixedFromExponent(value) : String(value);
}

function fixedFromExponent(value: number): string {
  const [mantissa, exp] = value.toExponential().split('e') as [string, string];
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const point = Number(exp) + 1;
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

type Leaf = (value: string | number | boolean, path: readonly string[]) => string | number | boolean;

function transform(value: Plain, path: readonly string[], leaf: Leaf): Plain {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item) => transform(item, path, leaf));
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [key, child] of Object.entries(value)) out[key] = transform(child, [...path, key], leaf);
    return out;
  }
  return leaf(value, path);
}

interface Rules {
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: RegExp;
  encryptedRegex?: RegExp;
}

function rulesOf(options: SopsOptions): Rules {
  const none = !options.unencryptedSuffix && !options.encryptedSuffix && !options.unencryptedRegex && !options.encryptedRegex;
  return {
    unencryptedSuffix: none ? '_unencrypted' : options.unencryptedSuffix,
    encryptedSuffix: options.encryptedSuffix,
    unencryptedRegex: options.unencryptedRegex ? new RegExp(options.unencryptedRegex) : undefined,
    encryptedRegex: options.encryptedRegex ? new RegExp(options.encryptedRegex) : undefined,
  };
}

function metadataRules(options: SopsOptions, rules: Rules): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  if (rules.unencryptedSuffix) out['unencrypted_suffix'] = rules.unencryptedSuffix;
  if (options.encryptedSuffix) out['encrypted_suffix'] = options.encryptedSuffix;
  if (options.unencryptedRegex) out['unencrypted_regex'] = options.unencryptedRegex;
  if (options.encryptedRegex) out['encrypted_regex'] = options.encryptedRegex;
  if (options.macOnlyEncrypted) out['mac_only_encrypted'] = true;
  return out;
}

/** sops' shouldBeEncrypted: every map key on the path counts, the last matching rule wins. */
function shouldEncrypt(path: readonly string[], rules: Rules): boolean {
  let encrypted = true;
  if (rules.unencryptedSuffix && path.some((k) => k.endsWith(rules.unencryptedSuffix!))) encrypted = false;
  if (rules.encryptedSuffix) encrypted = path.some((k) => k.endsWith(rules.encryptedSuffix!));
  if (rules.unencryptedRegex && path.some((k) => rules.unencryptedRegex!.test(k))) encrypted = false;
  if (rules.encryptedRegex) encrypted = path.some((k) => rules.encryptedRegex!.test(k));
  return encrypted;
}

function emit(doc: { [key: string]: Plain }, format: 'yaml' | 'json' | 'dotenv'): string {
  if (format === 'json') return `${JSON.stringify(doc, null, '\t')}\n`;
  if (format === 'yaml') return YAML.stringify(doc, { indent: 4, lineWidth: 0 });
  return emitDotenv(doc);
}

/** sops' dotenv layout: flat KEY=value lines, metadata flattened under `sops_` with `\n` escaped. */
function emitDotenv(doc: { [key: string]: Plain }): string {
  const lines: string[] = [];
  const { sops, ...data } = doc;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'object' && value !== null) throw new Error('dotenv files hold only flat string values');
    lines.push(`${key}=${String(value)}`);
  }
  const flatten = (value: Plain, prefix: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}__list_${i}`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}__map_${k}`);
    else lines.push(`${prefix}=${String(value).replace(/\n/g, '\\n')}`);
  };
  for (const [key, value] of Object.entries(sops as { [key: string]: Plain })) {
    if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `sops_${key}__list_${i}`));
    else lines.push(`sops_${key}=${String(value).replace(/\n/g, '\\n')}`);
  }
  return `${lines.join('\n')}\n`;
}
