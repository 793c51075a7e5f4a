// The SHA-256 block function as a WebAssembly module, emitted byte by byte from the listing below.
// `node scripts/sha256-wasm.js` writes it, base64, to packages/core/src/sha256-wasm.ts; a test
// checks the committed copy is exactly what this script emits.
//
// Why WebAssembly: the audit log hashes every record twice, in a cold process where JavaScript
// starts out interpreted, and node:crypto costs ~10 ms just to load. This 832-byte module is
// instantiated in ~0.5 ms and runs baseline-compiled code from its first block. The gain is
// modest and measured (see sha256.ts). The module does only the compression function (FIPS 180-4
// section 6.2.2); padding and the digest's hex stay in sha256.ts.

// Memory (one 64 KiB page, little-endian as WebAssembly is):
//   0    .. 255    K[0..63], the round constants (a data segment)
//   256  .. 287    H[0..7], the running hash, read and written by the caller
//   288  .. 543    W[0..63], the message schedule
//   1024 .. 65535  input: whole 64-byte blocks, big-endian words as in the standard
// Export `blocks(n)`: compress the n blocks at offset 1024 into H. An n that runs past the page
// traps; the caller never passes more than BLOCKS_PER_CALL.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHA256_K as K } from '../packages/core/src/sha256-constants.ts';

export const K_AT = 0;
export const H_AT = 256;
export const W_AT = 288;
export const INPUT_AT = 1024;
export const BLOCKS_PER_CALL = (65536 - INPUT_AT) / 64;

// ---- encoding (WebAssembly core spec, binary format) ---------------------------------------------

const unsignedLeb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};

const signedLeb = (n) => {
  n |= 0;
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

// The instructions the function uses. Loads and stores are 4-byte aligned (alignment exponent 2).
const get = (local) => [0x20, ...unsignedLeb(local)];
const set = (local) => [0x21, ...unsignedLeb(local)];
const tee = (local) => [0x22, ...unsignedLeb(local)];
const i32 = (value) => [0x41, ...signedLeb(value)];
const load = (offset) => [0x28, 2, ...unsignedLeb(offset)];
const store = (offset) => [0x36, 2, ...unsignedLeb(offset)];
const [add, and, or, xor, shl, shrU, rotl, rotr, ltU, eqz] = [
  [0x6a],
  [0x71],
  [0x72],
  [0x73],
  [0x74],
  [0x76],
  [0x77],
  [0x78],
  [0x49],
  [0x45],
];
const block = [0x02, 0x40];
const loop = [0x03, 0x40];
const end = [0x0b];
const br = (depth) => [0x0c, depth];
const brIf = (depth) => [0x0d, depth];

// ---- the function ---------------------------------------------------------------------------------

// Local 0 is the parameter n. The working variables a..h, then scratch.
const [N, A, B, C, D, E, F, G, H] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const T = 9; // byte offset of word t in K and W: 4t
const T1 = 10;
const P = 11; // the block being compressed
const LAST = 12; // one past the last block
const X = 13;
const LOCALS = 13; // i32 locals after the parameter

const rotate = (local, bits) => [...get(local), ...i32(bits), ...rotr];
/** Loop body tail: t += 4, and go round again while t < limit (bytes). */
const nextWord = (limit) => [...get(T), ...i32(4), ...add, ...tee(T), ...i32(limit), ...ltU, ...brIf(0)];

const body = [
  ...[...i32(INPUT_AT), ...set(P)],
  ...[...get(N), ...i32(6), ...shl, ...i32(INPUT_AT), ...add, ...set(LAST)],
  ...block,
  ...loop,
  ...[...get(P), ...get(LAST), ...ltU, ...eqz, ...brIf(1)],

  // W[0..15]: the block's words, byte-swapped from big-endian:
  // swap(x) = (rotl(x, 8) & 0x00ff00ff) | (rotr(x, 8) & 0xff00ff00)
  ...[...i32(0), ...set(T)],
  ...loop,
  ...[...get(T), ...i32(W_AT), ...add],
  ...[...get(P), ...get(T), ...add, ...load(0), ...set(X)],
  ...[...get(X), ...i32(8), ...rotl, ...i32(0x00ff00ff), ...and],
  ...[...get(X), ...i32(8), ...rotr, ...i32(0xff00ff00), ...and, ...or],
  ...store(0),
  ...nextWord(64),
  ...end,

  // W[16..63] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]
  //   σ0(x) = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);  σ1(x) = rotr(x, 17) ^ rotr(x, 19) ^ (x >>> 10)
  ...loop,
  ...[...get(T), ...i32(W_AT), ...add],
  ...[
    ...get(T),
    ...load(W_AT - 8),
    ...tee(X),
    ...i32(17),
    ...rotr,
    ...get(X),
    ...i32(19),
    ...rotr,
    ...xor,
    ...get(X),
    ...i32(10),
    ...shrU,
    ...xor,
  ],
  ...[...get(T), ...load(W_AT - 28), ...add],
  ...[
    ...get(T),
    ...load(W_AT - 60),
    ...tee(X),
    ...i32(7),
    ...rotr,
    ...get(X),
    ...i32(18),
    ...rotr,
    ...xor,
    ...get(X),
    ...i32(3),
    ...shrU,
    ...xor,
    ...add,
  ],
  ...[...get(T), ...load(W_AT - 64), ...add],
  ...store(0),
  ...nextWord(256),
  ...end,

  // a..h = H
  ...[A, B, C, D, E, F, G, H].flatMap((local, i) => [...i32(0), ...load(H_AT + 4 * i), ...set(local)]),

  // 64 rounds:
  //   T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t],  Σ1(e) = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25),
  //                                                 Ch(e, f, g) = g ^ (e & (f ^ g))
  //   T2 = Σ0(a) + Maj(a, b, c),                   Σ0(a) = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22),
  //                                                 Maj(a, b, c) = (a & b) | (c & (a | b))
  //   h = g; g = f; f = e; e = d + T1; d = c; c = b; b = a; a = T1 + T2
  ...[...i32(0), ...set(T)],
  ...loop,
  ...[...get(H), ...rotate(E, 6), ...rotate(E, 11), ...xor, ...rotate(E, 25), ...xor, ...add],
  ...[...get(G), ...get(E), ...get(F), ...get(G), ...xor, ...and, ...xor, ...add],
  ...[...get(T), ...load(K_AT), ...add, ...get(T), ...load(W_AT), ...add, ...set(T1)],
  ...[...get(G), ...set(H), ...get(F), ...set(G), ...get(E), ...set(F)],
  ...[...get(D), ...get(T1), ...add, ...set(E)],
  ...[...get(C), ...set(D)],
  // a, b, c are still the old ones here.
  ...[...get(T1), ...rotate(A, 2), ...rotate(A, 13), ...xor, ...rotate(A, 22), ...xor, ...add],
  ...[...get(A), ...get(B), ...and, ...get(C), ...get(A), ...get(B), ...or, ...and, ...or, ...add, ...set(X)],
  ...[...get(B), ...set(C), ...get(A), ...set(B), ...get(X), ...set(A)],
  ...nextWord(256),
  ...end,

  // H += a..h
  ...[A, B, C, D, E, F, G, H].flatMap((local, i) => [
    ...i32(0),
    ...i32(0),
    ...load(H_AT + 4 * i),
    ...get(local),
    ...add,
    ...store(H_AT + 4 * i),
  ]),

  ...[...get(P), ...i32(64), ...add, ...set(P)],
  ...br(0),
  ...end, // loop
  ...end, // block
  ...end, // function
];

// ---- the module -----------------------------------------------------------------------------------

const vector = (items) => [...unsignedLeb(items.length), ...items.flat()];
const section = (id, content) => [id, ...unsignedLeb(content.length), ...content];
const name = (text) => [...unsignedLeb(text.length), ...Buffer.from(text, 'utf8')];
const FUNC_TYPE = 0x60;
const I32 = 0x7f;

/** The module's bytes. */
export function sha256WasmBytes() {
  const code = [...vector([[LOCALS, I32]]), ...body];
  const constants = K.flatMap((k) => [k & 0xff, (k >>> 8) & 0xff, (k >>> 16) & 0xff, k >>> 24]);
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, vector([[FUNC_TYPE, ...vector([[I32]]), ...vector([])]])), // type 0: (i32) -> ()
    ...section(3, vector([[0]])), // function 0 has type 0
    ...section(5, vector([[0x00, 1]])), // one memory, at least one page, no maximum
    ...section(
      7,
      vector([
        [...name('memory'), 0x02, 0],
        [...name('blocks'), 0x00, 0],
      ]),
    ),
    ...section(10, vector([[...unsignedLeb(code.length), ...code]])),
    ...section(11, vector([[0x00, ...i32(K_AT), ...end, ...unsignedLeb(constants.length), ...constants]])), // active, memory 0
  ]);
}

/** The TypeScript module that ships the bytes. */
export function sha256WasmModule() {
  const base64 = Buffer.from(sha256WasmBytes()).toString('base64');
  // One string literal per line, as prettier would lay it out.
  const lines = base64.match(/.{1,120}/g).map((line) => `  '${line}'`);
  return [
    '// Generated by scripts/sha256-wasm.js (the listing, and why): do not edit. A test checks it is current.',
    '',
    '/** The SHA-256 block function, a WebAssembly module, base64. */',
    'export const SHA256_WASM =',
    `${lines.join(' +\n')};`,
    '',
    `export const SHA256_WASM_LAYOUT = { hashAt: ${H_AT}, inputAt: ${INPUT_AT}, blocksPerCall: ${BLOCKS_PER_CALL} } as const;`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'src', 'sha256-wasm.ts');
  writeFileSync(out, sha256WasmModule());
  console.log(`${out}: ${sha256WasmBytes().length} bytes of WebAssembly`);
}
