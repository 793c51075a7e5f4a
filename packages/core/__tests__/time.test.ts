import { describe, expect, it } from '@jest/globals';
import { isoTime } from '@gatehouse/core/time';

/** Deterministic PRNG so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

describe('isoTime', () => {
  it.each([
    0,
    -1,
    951_782_400_000, // 2000-02-29, a leap day in a year divisible by 400
    4_107_542_399_999, // 2100-02-28T23:59:59.999Z: 2100 is not a leap year
    4_107_542_400_000, // 2100-03-01
    1_798_761_599_999, // the last millisecond of 2026
    253_402_300_799_999, // 9999-12-31T23:59:59.999Z
    -62_167_219_200_000, // 0000-01-01T00:00:00.000Z
    -62_167_219_200_001, // before year 0: toISOString's six-digit form
    253_402_300_800_000, // year 10000: likewise
    1.5, // fractions are cut, as Date does
  ])('writes %p exactly as Date#toISOString does', (ms) => {
    expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it('agrees with Date#toISOString on 200,000 random instants from year 0 to 9999', () => {
    const random = prng(3);
    const mismatches: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const ms = Math.floor(-62_167_219_200_000 + random() * (253_402_300_799_999 + 62_167_219_200_000));
      if (isoTime(ms) !== new Date(ms).toISOString()) mismatches.push(`${ms}: ${isoTime(ms)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('defaults to now, and refuses what Date refuses', () => {
    const before = Date.now();
    const now = Date.parse(isoTime());
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(Infinity)).toThrow(RangeError);
  });
});
