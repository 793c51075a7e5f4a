// In-process age decryption (age-encryption.org/v1) for the SOPS provider, with node:crypto only:
// no `age` binary on the runner. Only X25519 identities (`AGE-SECRET-KEY-1...`) are supported,
// which is what `sops --age` writes. Parsing is as strict as the reference implementation
// (canonical base64, exact line structure) so a file cannot be altered without failing here.
// Errors never contain key material: an identity is only ever named by its line number or by its
// public recipient (`age1...`), which is public by design.

import {
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

export type AgeErrorReason =
  /** None of the identities can unwrap the file key. */
  | 'no-match'
  /** An identity line is not a valid age X25519 identity. */
  | 'bad-identity'
  /** The file does not follow the age format. */
  | 'malformed'
  /** Authentication failed after the file key was recovered: header MAC, payload chunk, trailing data. */
  | 'tampered'
  /** The file ends early. */
  | 'truncated'
  /** Valid age, but for recipient types this module does not implement (scrypt, plugins, ssh). */
  | 'unsupported';

export class AgeError extends Error {
  override readonly name = 'AgeError';
  constructor(
    readonly reason: AgeErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** A parsed X25519 identity. The scalar lives only inside the KeyObject, which never prints it. */
export interface AgeIdentity {
  /** The public `age1...` recipient of this identity; safe to show in messages. */
  readonly recipient: string;
  readonly publicKey: Buffer;
  readonly privateKey: KeyObject;
}

const INTRO = 'age-encryption.org/v1';
const X25519_LABEL = 'age-encryption.org/v1/X25519';
const FILE_KEY_SIZE = 16;
const TAG_SIZE = 16;
const CHUNK_SIZE = 64 * 1024;
const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
const STREAM_NONCE_SIZE = 16;
const BODY_BYTES_PER_LINE = 48;
const ARMOR_HEADER = '-----BEGIN AGE ENCRYPTED FILE-----';
const ARMOR_FOOTER = '-----END AGE ENCRYPTED FILE-----';
const ARMOR_COLUMNS = 64;
const ARMOR_MAX_WHITESPACE = 1024;
// DER wrappings of raw X25519 keys (RFC 8410), so node:crypto can take the 32-byte values.
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

// ---------------------------------------------------------------------------------------------
// Identities

/**
 * Parse an age identity file: one `AGE-SECRET-KEY-1...` per line, blank lines and `#` comments
 * ignored (the format `age-keygen` writes). `source` names the text in errors ("sops-age-key").
 */
export function parseIdentities(text: string, source = 'the identity text'): AgeIdentity[] {
  const identities: AgeIdentity[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    identities.push(parseIdentityLine(line, `line ${index + 1} of ${source}`));
  }
  if (identities.length === 0) throw new AgeError('bad-identity', `${source} contains no age identity`);
  return identities;
}

function parseIdentityLine(line: string, where: string): AgeIdentity {
  if (/^AGE-PLUGIN-/i.test(line)) throw new AgeError('unsupported', `${where} is an age plugin identity, which is not supported`);
  if (!/^AGE-SECRET-KEY-1/i.test(line)) {
    throw new AgeError('bad-identity', `${where} is not an age identity (it must start with AGE-SECRET-KEY-1)`);
  }
  let decoded: { hrp: string; data: Buffer };
  try {
    decoded = bech32Decode(line);
  } catch (err) {
    throw new AgeError('bad-identity', `${where} is not a valid age identity (${(err as Error).message})`);
  }
  if (decoded.hrp !== 'age-secret-key-' || decoded.data.length !== 32) {
    throw new AgeError('bad-identity', `${where} is not a valid age identity (wrong type or length)`);
  }
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, decoded.data]), format: 'der', type: 'pkcs8' });
  decoded.data.fill(0);
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length);
  return { recipient: bech32Encode('age', publicKey), publicKey: Buffer.from(publicKey), privateKey };
}

/** The raw 32-byte X25519 point of an `age1...` recipient. */
export function parseRecipient(recipient: string): Buffer {
  const { hrp, data } = bech32Decode(recipient.trim());
  if (hrp !== 'age' || data.length !== 32) throw new AgeError('malformed', `${recipient} is not an age X25519 recipient`);
  return data;
}

// ---------------------------------------------------------------------------------------------
// Bech32 (BIP 173, the original checksum constant 1, without the 90-character limit, as age uses)

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATORS[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

function bech32Decode(text: string): { hrp: string; data: Buffer } {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) throw new Error('mixed case');
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length) throw new Error('bad separator position');
  const hrp = lower.slice(0, separator);
  if ([...hrp].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) throw new Error('bad prefix character');
  const values: number[] = [];
  for (const c of lower.slice(separator + 1)) {
    const value = BECH32_CHARSET.indexOf(c);
    if (value < 0) throw new Error('character outside the bech32 alphabet');
    values.push(value);
  }
  if (bech32Polymod([...hrpExpand(hrp), ...values]) !== 1) throw new Error('bad checksum');
  return { hrp, data: convertBits(values.slice(0, -6), 5, 8, false) };
}

function bech32Encode(hrp: string, data: Uint8Array): string {
  const values = [...convertBits([...data], 8, 5, true)];
  const polymod = bech32Polymod([...hrpExpand(hrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (polymod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...values, ...checksum].map((v) => BECH32_CHARSET[v]).join('')}`;
}

function convertBits(values: readonly number[], from: number, to: number, pad: boolean): Buffer {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const max = (1 << to) - 1;
  for (const value of values) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & max);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & max);
  } else if (bits >= from || acc !== 0) {
    // Leftover bits must be fewer than one input group and all zero, or the encoding is not canonical.
    throw new Error('non-zero padding');
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------
// Decryption

interface Stanza {
  type: string;
  args: string[];
  body: Buffer;
}

interface Header {
  stanzas: Stanza[];
  mac: Buffer;
  /** Offset just past `---`: the MAC covers the header up to there. */
  macEnd: number;
  /** Offset of the payload (the stream nonce). */
  payloadStart: number;
}

/** Decrypt an age file (binary, or ASCII-armored as sops stores it) with any of `identities`. */
export function decryptAge(input: Uint8Array | string, identities: readonly AgeIdentity[]): Buffer {
  if (identities.length === 0) throw new AgeError('bad-identity', 'no identity was given');
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const file = isArmored(bytes) ? dearmor(bytes.toString('latin1')) : bytes;
  const header = parseHeader(file);
  const fileKey = unwrapFileKey(header.stanzas, identities);
  const macKey = hkdf(fileKey, Buffer.alloc(0), 'header');
  const mac = createHmac('sha256', macKey).update(file.subarray(0, header.macEnd)).digest();
  if (!timingSafeEqual(mac, header.mac)) throw new AgeError('tampered', 'the age header MAC does not match: the file was modified');
  return decryptPayload(fileKey, file.subarray(header.payloadStart));
}

export function isArmored(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, ARMOR_MAX_WHITESPACE + ARMOR_HEADER.length));
  return start.toString('latin1').trimStart().startsWith(ARMOR_HEADER);
}

function unwrapFileKey(stanzas: readonly Stanza[], identities: readonly AgeIdentity[]): Buffer {
  if (stanzas.some((s) => s.type === 'scrypt') && stanzas.length !== 1) {
    throw new AgeError('malformed', 'an scrypt recipient stanza must be the only one in an age file');
  }
  for (const stanza of stanzas) {
    if (stanza.type !== 'X25519') continue;
    for (const identity of identities) {
      const fileKey = unwrapX25519(stanza, identity);
      if (fileKey) return fileKey;
    }
  }
  const x25519 = stanzas.filter((s) => s.type === 'X25519').length;
  if (x25519 === 0) {
    const types = [...new Set(stanzas.map((s) => s.type))].join(', ');
    throw new AgeError('unsupported', `the age file has no X25519 recipient (it has: ${types}); only age X25519 identities are supported`);
  }
  throw new AgeError('no-match', `no identity matches any of the file's ${stanzas.length} recipients`);
}

/** The file key, or undefined when the stanza was made for another identity. */
function unwrapX25519(stanza: Stanza, identity: AgeIdentity): Buffer | undefined {
  if (stanza.args.length !== 1) throw new AgeError('malformed', 'an X25519 recipient stanza must have exactly one argument');
  const share = decodeRawBase64(stanza.args[0]!);
  if (!share || share.length !== 32) throw new AgeError('malformed', 'an X25519 recipient stanza has a malformed ephemeral share');
  if (stanza.body.length !== FILE_KEY_SIZE + TAG_SIZE)
    throw new AgeError('malformed', 'an X25519 recipient stanza has a body of the wrong length');
  const shared = x25519(identity.privateKey, share);
  const salt = Buffer.concat([share, identity.publicKey]);
  const wrapKey = hkdf(shared, salt, X25519_LABEL);
  shared.fill(0);
  return chachaOpen(wrapKey, Buffer.alloc(12), stanza.body);
}

function x25519(privateKey: KeyObject, point: Buffer): Buffer {
  let shared: Buffer;
  try {
    const publicKey = createPublicKey({ key: Buffer.concat([SPKI_X25519, point]), format: 'der', type: 'spki' });
    shared = diffieHellman({ privateKey, publicKey });
  } catch {
    // OpenSSL refuses low-order points (an all-zero shared secret); age rejects those files too.
    throw new AgeError('malformed', 'an X25519 recipient stanza has an invalid ephemeral share (low-order point)');
  }
  if (shared.every((b) => b === 0))
    throw new AgeError('malformed', 'an X25519 recipient stanza has an invalid ephemeral share (low-order point)');
  return shared;
}

function decryptPayload(fileKey: Buffer, payload: Buffer): Buffer {
  if (payload.length < STREAM_NONCE_SIZE + TAG_SIZE) throw new AgeError('truncated', 'the age payload is truncated');
  const streamKey = hkdf(fileKey, payload.subarray(0, STREAM_NONCE_SIZE), 'payload');
  const sealed = payload.subarray(STREAM_NONCE_SIZE);
  const chunks: Buffer[] = [];
  for (let counter = 0, offset = 0; ; counter++, offset += SEALED_CHUNK_SIZE) {
    const remaining = sealed.length - offset;
    // A non-final chunk ended exactly at a chunk boundary: the rest of the file is missing.
    if (remaining === 0) throw new AgeError('truncated', 'the age payload is truncated (the final chunk is missing)');
    if (remaining < TAG_SIZE) throw new AgeError('truncated', 'the age payload is truncated');
    const chunk = sealed.subarray(offset, offset + Math.min(remaining, SEALED_CHUNK_SIZE));
    const { plaintext, last } = openChunk(streamKey, counter, chunk, remaining <= SEALED_CHUNK_SIZE);
    if (last) {
      if (plaintext.length === 0 && counter > 0) throw new AgeError('malformed', 'the age payload ends with an empty chunk');
      if (remaining > SEALED_CHUNK_SIZE) throw new AgeError('tampered', 'the age payload has data after its final chunk');
      chunks.push(plaintext);
      return Buffer.concat(chunks);
    }
    chunks.push(plaintext);
  }
}

/**
 * Open one STREAM chunk. A chunk shorter than full size can only be the last one; a full-size
 * chunk is normally not last, but it is when the plaintext is a multiple of 64 KiB, so both
 * flags are tried (as the reference implementation does).
 */
function openChunk(key: Buffer, counter: number, chunk: Buffer, couldBeLast: boolean): { plaintext: Buffer; last: boolean } {
  const full = chunk.length === SEALED_CHUNK_SIZE;
  const attempts = full ? [false, true] : [true];
  for (const last of attempts) {
    const plaintext = chachaOpen(key, streamNonce(counter, last), chunk);
    if (plaintext) {
      if (!last && !couldBeLast) return { plaintext, last };
      if (!last) throw new AgeError('truncated', 'the age payload is truncated (the final chunk is missing)');
      return { plaintext, last };
    }
  }
  throw new AgeError('tampered', `age payload chunk ${counter} failed authentication: the file was modified or truncated`);
}

function streamNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  // 11-byte big-endian counter; 2^53 chunks is far beyond any file this module reads.
  nonce.writeUIntBE(Math.floor(counter / 2 ** 32), 3, 4);
  nonce.writeUInt32BE(counter >>> 0, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function chachaOpen(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < TAG_SIZE) return undefined;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
  try {
    return Buffer.concat([body, decipher.final()]);
  } catch {
    body.fill(0);
    return undefined;
  }
}

function hkdf(ikm: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

// ---------------------------------------------------------------------------------------------
// Header

function parseHeader(file: Buffer): Header {
  const reader = new LineReader(file);
  if (reader.line() !== INTRO) throw new AgeError('malformed', 'not an age file (the first line is not age-encryption.org/v1)');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = reader.offset;
    const line = reader.line();
    if (line.startsWith('---')) {
      const parts = line.split(' ');
      const mac = parts.length === 2 && parts[0] === '---' ? decodeRawBase64(parts[1]!) : undefined;
      if (!mac || mac.length !== 32) throw new AgeError('malformed', 'the age header has a malformed MAC line');
      return { stanzas, mac, macEnd: start + 3, payloadStart: reader.offset };
    }
    stanzas.push(parseStanza(line, reader));
    if (stanzas.length > 20) throw new AgeError('malformed', 'the age header has more than 20 recipient stanzas');
  }
}

function parseStanza(opening: string, reader: LineReader): Stanza {
  const [prefix, ...args] = opening.split(' ');
  if (prefix !== '->' || args.length === 0 || args.some((a) => !/^[\x21-\x7e]+$/.test(a))) {
    throw new AgeError('malformed', 'the age header has a malformed recipient stanza line');
  }
  const body: Buffer[] = [];
  for (;;) {
    const line = reader.line();
    const bytes = decodeRawBase64(line);
    if (!bytes || bytes.length > BODY_BYTES_PER_LINE) throw new AgeError('malformed', 'the age header has a malformed stanza body line');
    body.push(bytes);
    // A stanza body always ends with a short (possibly empty) line.
    if (bytes.length < BODY_BYTES_PER_LINE) return { type: args[0]!, args: args.slice(1), body: Buffer.concat(body) };
  }
}

/** Newline-terminated ASCII lines of the header; running out of input means truncation. */
class LineReader {
  offset = 0;
  constructor(private readonly bytes: Buffer) {}

  line(): string {
    const end = this.bytes.indexOf(0x0a, this.offset);
    if (end < 0) throw new AgeError('truncated', 'the age header is truncated');
    const line = this.bytes.toString('latin1', this.offset, end);
    this.offset = end + 1;
    return line;
  }
}

/** Canonical unpadded base64 (age's RawStdEncoding.Strict), or undefined. */
function decodeRawBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64').replace(/=+$/, '') === text ? bytes : undefined;
}

/** Canonical padded base64, or undefined. */
function decodePaddedBase64(text: string): Buffer | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

// ---------------------------------------------------------------------------------------------
// ASCII armor: PEM with type "AGE ENCRYPTED FILE", 64 columns, no headers, strict base64.

export function dearmor(text: string): Buffer {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  let index = 0;
  let skipped = 0;
  while (index < lines.length && lines[index]!.trim() === '') {
    skipped += lines[index]!.length + 1;
    if (skipped > ARMOR_MAX_WHITESPACE) throw new AgeError('malformed', 'the armored age file has too much leading whitespace');
    index++;
  }
  if (lines[index] !== ARMOR_HEADER) throw new AgeError('malformed', `the armored age file does not start with ${ARMOR_HEADER}`);
  // The text ends at the last element, or at an empty one after the final newline.
  const atEnd = (i: number) => i >= lines.length || (i === lines.length - 1 && lines[i] === '');
  const chunks: Buffer[] = [];
  for (index++; ; index++) {
    const line = lines[index];
    if (line === undefined || atEnd(index)) throw new AgeError('truncated', `the armored age file is truncated (no ${ARMOR_FOOTER} line)`);
    if (line === ARMOR_FOOTER) break;
    if (line.length > ARMOR_COLUMNS) throw new AgeError('malformed', 'the armored age file has a line longer than 64 columns');
    const bytes = decodePaddedBase64(line);
    if (!bytes) throw new AgeError('malformed', 'the armored age file has a line that is not strict base64');
    chunks.push(bytes);
    // Only the last line may be short, and it must be followed by the footer.
    if (bytes.length < BODY_BYTES_PER_LINE) {
      index++;
      if (atEnd(index)) throw new AgeError('truncated', `the armored age file is truncated (no ${ARMOR_FOOTER} line)`);
      if (lines[index] !== ARMOR_FOOTER) throw new AgeError('malformed', 'the armored age file has a short line before its end');
      break;
    }
  }
  const trailing = lines.slice(index + 1).join('\n');
  if (trailing.trim() !== '') throw new AgeError('malformed', 'the armored age file has data after its end line');
  if (trailing.length >= ARMOR_MAX_WHITESPACE) throw new AgeError('malformed', 'the armored age file has too much trailing whitespace');
  return Buffer.concat(chunks);
}
