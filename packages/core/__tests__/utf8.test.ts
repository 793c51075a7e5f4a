import { describe, expect, it } from '@jest/globals';
import { decodeUtf8 } from '@gatehouse/core/utf8';

// The reference: a fatal TextDecoder, which is what decodeUtf8 replaced (it costs start-up time).
const reference = new TextDecoder('utf-8', { fatal: true });
function expected(bytes: Uint8Array): string | undefined {
  try {
    return reference.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Deterministic PRNG so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and drops one leading byte-order mark, like TextDecoder', () => {
    expect(decodeUtf8(Buffer.from('héllo wörld ✓ 😀'))).toBe('héllo wörld ✓ 😀');
    expect(decodeUtf8(Buffer.from('\uFEFFkey: value'))).toBe('key: value');
    expect(decodeUtf8(Buffer.from('\uFEFF\uFEFFx'))).toBe('\uFEFFx');
    expect(decodeUtf8(new Uint8Array(0))).toBe('');
    // keepBom: the bytes exactly, as TextDecoder with ignoreBOM.
    expect(decodeUtf8(Buffer.from('\uFEFFkey'), { keepBom: true })).toBe('\uFEFFkey');
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff]), { keepBom: true })).toBeUndefined();
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated 3-byte sequence', [0xe2, 0x82]],
    ['an overlong encoding of /', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['0xFF', [0x61, 0xff]],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBeUndefined();
  });

  it('agrees with a fatal TextDecoder on 20,000 random and mutated byte strings', () => {
    const random = prng(7);
    const samples = ['plain ascii', 'ünïcödé', '中文字符', '😀 emoji', '\uFEFFbom'];
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let bytes: Uint8Array;
      if (i % 2 === 0) {
        bytes = Uint8Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 256));
      } else {
        bytes = Uint8Array.from(Buffer.from(samples[i % samples.length]!));
        if (bytes.length > 0) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      if (decodeUtf8(bytes) !== expected(bytes)) mismatches.push(Buffer.from(bytes).toString('hex'));
    }
    expect(mismatches).toEqual([]);
  });

  it('honours the view of a subarray', () => {
    const whole = Buffer.from('xx✓yy');
    expect(decodeUtf8(whole.subarray(2, 5))).toBe('✓');
    expect(decodeUtf8(whole.subarray(2, 4))).toBeUndefined();
  });
});
