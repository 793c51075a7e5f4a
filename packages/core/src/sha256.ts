// SHA-256 (FIPS 180-4) without node:crypto, for the audit log's hash chain.
//
// Why not node:crypto: loading it initialises OpenSSL and costs ~10 ms of every action's cold
// start (measured: a step that appends one audit line went from 1.1x to 1.6x `node -e 0`). Audit
// records are a few hundred bytes. The blocks are compressed by a small WebAssembly module
// (sha256-wasm.ts, made by scripts/sha256-wasm.js): instantiated in ~0.5 ms and compiled by V8's
// baseline compiler from its first block, where JavaScript starts out interpreted. Measured cold:
// ~1.8 million fewer start-up instructions for mask-logs' one record (callgrind), and fetch-secrets'
// fifty records (100 digests) hash in ~4.4 ms instead of ~5 ms. Without WebAssembly (node
// --jitless) the same compression runs in JavaScript below. Tests check both against node:crypto
// and openssl.
// Anything hashing large data (artifacts, lockfiles) should use node:crypto, loaded lazily.

import { SHA256_IV, SHA256_K } from './sha256-constants.js';
import { SHA256_WASM, SHA256_WASM_LAYOUT } from './sha256-wasm.js';

const K = Int32Array.from(SHA256_K);

/** SHA-256 of `data` (a string is hashed as UTF-8), as 64 lower-case hex characters. */
export function sha256Hex(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const engine = wasmEngine();
  return engine ? engine.hash(bytes) : sha256HexJs(bytes);
}

/** Which implementation sha256Hex uses in this process. */
export function sha256Engine(): 'webassembly' | 'javascript' {
  return wasmEngine() ? 'webassembly' : 'javascript';
}

// ---- WebAssembly ---------------------------------------------------------------------------------

interface WasmEngine {
  hash(bytes: Uint8Array): string;
}

// The part of the WebAssembly JS API used here (TypeScript declares it only in its DOM library).
declare const WebAssembly:
  | {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; blocks: (n: number) => void } };
    }
  | undefined;

/** Instantiated on first use; null where WebAssembly is unavailable. */
let wasm: WasmEngine | null | undefined;

function wasmEngine(): WasmEngine | null {
  if (wasm === undefined) {
    try {
      wasm = typeof WebAssembly === 'object' ? instantiate(WebAssembly) : null;
    } catch {
      // A runtime that has WebAssembly but refuses this module (a policy, no memory): JavaScript.
      wasm = null;
    }
  }
  return wasm;
}

function instantiate(api: NonNullable<typeof WebAssembly>): WasmEngine {
  const { hashAt, inputAt, blocksPerCall } = SHA256_WASM_LAYOUT;
  const { memory, blocks } = new api.Instance(new api.Module(Buffer.from(SHA256_WASM, 'base64'))).exports;
  const mem = new Uint8Array(memory.buffer);
  // WebAssembly memory is little-endian whatever the platform: H goes through a DataView.
  const view = new DataView(memory.buffer);
  return {
    hash(bytes) {
      for (let i = 0; i < 8; i++) view.setInt32(hashAt + 4 * i, SHA256_IV[i]!, true);
      const n = bytes.length;
      const whole = n - (n % 64);
      for (let at = 0; at < whole;) {
        const size = Math.min(blocksPerCall * 64, whole - at);
        mem.set(bytes.subarray(at, at + size), inputAt);
        blocks(size / 64);
        at += size;
      }
      // The rest, 0x80, zeros and the bit length: one block, or two when the rest is over 55 bytes.
      const rest = n - whole;
      const tail = rest + 9 <= 64 ? 64 : 128;
      mem.fill(0, inputAt, inputAt + tail);
      mem.set(bytes.subarray(whole), inputAt);
      mem[inputAt + rest] = 0x80;
      writeBitLength(mem, inputAt + tail, n);
      blocks(tail / 64);
      let hex = '';
      for (let i = 0; i < 8; i++)
        hex += view
          .getUint32(hashAt + 4 * i, true)
          .toString(16)
          .padStart(8, '0');
      return hex;
    },
  };
}

/** The message length in bits, 64-bit big-endian, in the 8 bytes before `end`. */
function writeBitLength(buf: Uint8Array, end: number, n: number): void {
  const high = Math.floor(n / 0x20000000); // n * 8 / 2^32
  const low = (n << 3) >>> 0;
  buf[end - 8] = high >>> 24;
  buf[end - 7] = high >>> 16;
  buf[end - 6] = high >>> 8;
  buf[end - 5] = high;
  buf[end - 4] = low >>> 24;
  buf[end - 3] = low >>> 16;
  buf[end - 2] = low >>> 8;
  buf[end - 1] = low;
}

// ---- JavaScript, where there is no WebAssembly --------------------------------------------------

// Scratch state, reused across calls: the message schedule and the running hash.
const W = new Int32Array(64);
const H = new Int32Array(8);

/** The same digest computed in JavaScript only (the fallback; exported for its tests). */
export function sha256HexJs(bytes: Uint8Array): string {
  const n = bytes.length;
  // Message + 0x80 + zero padding + 64-bit big-endian bit length, to a multiple of 64 bytes.
  const padded = new Uint8Array(Math.ceil((n + 9) / 64) * 64);
  padded.set(bytes);
  padded[n] = 0x80;
  const end = padded.length;
  writeBitLength(padded, end, n);
  H.set(SHA256_IV);
  for (let offset = 0; offset < end; offset += 64) compress(padded, offset);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += (H[i]! >>> 0).toString(16).padStart(8, '0');
  return hex;
}

// One 64-byte block into H. Its own small function, so V8 optimises it after a few blocks rather
// than interpreting one large function throughout. Rotations are written out: a call per rotation
// would double the cost while the code is still interpreted.
function compress(p: Uint8Array, at: number): void {
  const w = W;
  for (let i = 0; i < 16; i++, at += 4) w[i] = (p[at]! << 24) | (p[at + 1]! << 16) | (p[at + 2]! << 8) | p[at + 3]!;
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = H[0]!;
  let b = H[1]!;
  let c = H[2]!;
  let d = H[3]!;
  let e = H[4]!;
  let f = H[5]!;
  let g = H[6]!;
  let h = H[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] = H[0]! + a;
  H[1] = H[1]! + b;
  H[2] = H[2]! + c;
  H[3] = H[3]! + d;
  H[4] = H[4]! + e;
  H[5] = H[5]! + f;
  H[6] = H[6]! + g;
  H[7] = H[7]! + h;
}

/**
 * A UUID-v4-shaped random identifier for non-secret uses (heredoc delimiters, lock tokens) without
 * loading node:crypto. These need uniqueness, not secrecy: the heredoc writer refuses any value that
 * contains its delimiter, so even a guessed delimiter cannot inject a variable; it only fails.
 */
export function uniqueId(): string {
  // Four 32-bit words of Math.random, each mixed with the high-resolution clock so two processes
  // seeded alike still differ. Four conversions to hex, not 32: a step writing a hundred outputs
  // calls this once per output.
  let clock = Number(process.hrtime.bigint() % 0x100000000n) ^ (process.pid << 8);
  let s = '';
  for (let i = 0; i < 4; i++) {
    clock = (Math.imul(clock, 1103515245) + 12345) | 0;
    s += (((Math.random() * 0x100000000) ^ clock) >>> 0).toString(16).padStart(8, '0');
  }
  // The UUID v4 layout: version nibble 4, variant bits 10.
  const variant = ((parseInt(s[16]!, 16) & 3) | 8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
}
