// Known answers for CRC-32C: the check value of the Castagnoli parameters ("123456789") and the
// iSCSI test vectors of RFC 3720 §B.4 (32 bytes of 0x00, of 0xFF, ascending, descending).

import { describe, expect, it } from '@jest/globals';
import { crc32c } from '../src/providers/crc32c.js';

const ascending = Uint8Array.from({ length: 32 }, (_, i) => i);
const descending = Uint8Array.from({ length: 32 }, (_, i) => 31 - i);

describe('crc32c', () => {
  it.each([
    ['the check value "123456789"', '123456789', 0xe3069283],
    ['the empty input', '', 0],
    ['"a"', 'a', 0xc1d04330],
    ['a pangram', 'The quick brown fox jumps over the lazy dog', 0x22620404],
    ['32 zero bytes (RFC 3720)', new Uint8Array(32), 0x8a9136aa],
    ['32 0xFF bytes (RFC 3720)', new Uint8Array(32).fill(0xff), 0x62a8ab43],
    ['32 ascending bytes (RFC 3720)', ascending, 0x46dd794e],
    ['32 descending bytes (RFC 3720)', descending, 0x113fdb5c],
  ])('%s', (_name, input, expected) => {
    expect(crc32c(input)).toBe(expected);
  });

  it('hashes strings as UTF-8, like the bytes Secret Manager stores', () => {
    expect(crc32c('pässwörd')).toBe(crc32c(Buffer.from('pässwörd', 'utf8')));
    expect(crc32c('pässwörd')).not.toBe(crc32c(Buffer.from('pässwörd', 'latin1')));
  });

  it('is always an unsigned 32-bit number', () => {
    for (let i = 0; i < 64; i++) {
      const value = crc32c(Uint8Array.from({ length: i }, (_, j) => (j * 37 + i) & 0xff));
      expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
    }
  });
});
