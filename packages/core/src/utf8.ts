// Strict UTF-8: bytes that are not valid UTF-8 are binary, not text with replacement characters
// (a secret or a file decoded lossily would be exported or masked wrong).
//
// buffer.isUtf8 and Buffer#toString are native; a fatal TextDecoder gives the same answer but its
// first use costs a few hundred microseconds of start-up, which every action pays.

import { isUtf8 } from 'node:buffer';

/**
 * The text of `bytes`, or undefined when they are not valid UTF-8. A leading byte-order mark is
 * dropped, as TextDecoder does, unless `keepBom` (a secret's bytes are kept exactly).
 */
export function decodeUtf8(bytes: Uint8Array, options: { keepBom?: boolean } = {}): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return !options.keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
