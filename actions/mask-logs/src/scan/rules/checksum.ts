// Checksums carried by token formats. A valid checksum raises a finding's confidence; an invalid
// one never hides it (the engine reports it with lower confidence).
//
// GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/) and npm
// (https://github.blog/2021-09-23-announcing-npms-new-access-token-format/) tokens end with a
// 32-bit CRC32 of their random part, base62-encoded (alphabet 0-9A-Za-z) and left-padded with `0`
// to 6 characters: `ghp_` + 30 random + 6 checksum, `npm_` + 30 random + 6 checksum. The CRC covers
// the random part only, not the prefix (as implemented by credsweeper, trufflehog-style verifiers
// and the base62-token reference library).
import { crc32 as zlibCrc32 } from 'node:zlib';
import type { ChecksumResult } from '../types.js';

/** CRC-32 (IEEE 802.3, the zlib one) of bytes or of a string's UTF-8 bytes. Node ships it. */
export function crc32(input: string | Uint8Array): number {
  return zlibCrc32(input) >>> 0;
}

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 encoding of a non-negative integer, left-padded with `0` to `width` characters. */
export function base62(value: number, width = 6): string {
  let n = Math.floor(value);
  let out = '';
  while (n > 0) {
    out = BASE62_ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** The 6-character checksum that a GitHub/npm-style token with random part `body` ends with. */
export function tokenChecksum(body: string): string {
  return base62(crc32(body), 6);
}

const BASE62_ONLY = /^[0-9A-Za-z]+$/;

function checkTail(segment: string): boolean {
  if (segment.length <= 6 || !BASE62_ONLY.test(segment)) return false;
  return tokenChecksum(segment.slice(0, -6)) === segment.slice(-6);
}

/**
 * GitHub tokens. Classic (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): the 36 characters after the
 * prefix are 30 random + CRC32 of those 30. Fine-grained (`github_pat_<22>_<59>`): GitHub does not
 * document the layout; verifiers apply the same scheme to the final segment, and we also accept the
 * checksum over the whole part after `github_pat_`. Anything else is `invalid`.
 */
export function validateGitHubToken(token: string): ChecksumResult {
  if (token.startsWith('github_pat_')) {
    const rest = token.slice('github_pat_'.length);
    const lastSep = rest.lastIndexOf('_');
    const last = lastSep >= 0 ? rest.slice(lastSep + 1) : rest;
    if (checkTail(last)) return 'valid';
    if (rest.length > 6 && tokenChecksum(rest.slice(0, -6)) === rest.slice(-6)) return 'valid';
    return 'invalid';
  }
  if (/^gh[pousr]_[0-9A-Za-z]{36}$/.test(token)) return checkTail(token.slice(4)) ? 'valid' : 'invalid';
  return 'invalid';
}

/** npm automation/publish/granular tokens: `npm_` + 30 random + CRC32 of the 30 (6 base62). */
export function validateNpmToken(token: string): ChecksumResult {
  if (!/^npm_[0-9A-Za-z]{36}$/.test(token)) return 'invalid';
  return checkTail(token.slice(4)) ? 'valid' : 'invalid';
}
