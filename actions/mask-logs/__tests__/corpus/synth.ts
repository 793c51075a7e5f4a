// Deterministic generators of synthetic credentials for the leak corpus. Every value is built here
// from a seeded PRNG at test time: nothing in the repository is (or was ever) a live credential, and
// the corpus is identical on every run.
import { tokenChecksum } from '../../src/scan/rules/checksum.js';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const UPPER_ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
export const B64 = BASE62 + '+/';
export const B64URL = BASE62 + '-_';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** mulberry32: a small, well-distributed 32-bit PRNG; the same seed gives the same corpus. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  str(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
  digits(length: number): string {
    return String(1 + this.int(9)) + this.str('0123456789', length - 1);
  }
  uuid(): string {
    const h = (n: number): string => this.str(HEX, n);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
  }
  /** A password people might choose for a service account: mixed classes, 14-20 characters. */
  password(): string {
    const length = 14 + this.int(7);
    let out = '';
    const classes = [LETTERS, '0123456789', '!%*+-_.~^'];
    for (let i = 0; i < length; i++) out += this.str(classes[i % 5 === 4 ? 2 : i % 3 === 2 ? 1 : 0]!, 1);
    return out;
  }
  base64Bytes(n: number): string {
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i++) bytes[i] = this.int(256);
    return bytes.toString('base64');
  }
  base64url(n: number): string {
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i++) bytes[i] = this.int(256);
    return bytes.toString('base64url');
  }
}

/** A GitHub/npm-style token: prefix + 30 random base62 + CRC32 checksum (or a wrong one). */
export function checksummed(rng: Prng, prefix: string, valid = true): string {
  const body = rng.str(BASE62, 30);
  let sum = tokenChecksum(body);
  if (!valid) sum = sum.slice(0, 5) + (sum[5] === 'A' ? 'B' : 'A');
  return prefix + body + sum;
}

/** A fine-grained GitHub token: github_pat_<22>_<53 + checksum of those 53>. */
export function fineGrained(rng: Prng, valid = true): string {
  const id = rng.str(BASE62, 22);
  const body = rng.str(BASE62, 53);
  let sum = tokenChecksum(body);
  if (!valid) sum = sum.slice(0, 5) + (sum[5] === 'A' ? 'B' : 'A');
  return `github_pat_${id}_${body}${sum}`;
}

/** A PEM block with a random (not a key!) base64 body of `lines` 64-character lines. */
export function pem(rng: Prng, label: string, lines = 12, eol = '\n'): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(rng.str(B64, 64));
  body.push(rng.str(B64, 20) + '==');
  return `-----BEGIN ${label}-----${eol}${body.join(eol)}${eol}-----END ${label}-----`;
}

/** An unsigned-looking JWT: real JSON header and payload, random signature. */
export function jwt(rng: Prng, claims: Record<string, unknown> = {}): string {
  const header = Buffer.from(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(
    JSON.stringify({ sub: rng.uuid(), iat: 1700000000 + rng.int(9999999), exp: 1800000000 + rng.int(9999999), ...claims }),
  ).toString('base64url');
  return `${header}.${payload}.${rng.base64url(32)}`;
}
