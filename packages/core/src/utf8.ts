// Strict UTF-8: bytes that are not valid UTF-8 are binary, not text with replacement characters
// (a secret or a file decoded lossily would be exported or masked wrong).

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or undefined when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}
