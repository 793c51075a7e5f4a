// Shannon entropy of a candidate secret, in bits per character. Generic and context-gated rules use
// it to tell random-looking values (keys, tokens) from words, placeholders and repeated characters.

/** Shannon entropy of `value` in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** True when the entropy of `value` reaches `threshold` bits per character. */
export function meetsEntropy(value: string, threshold: number | undefined): boolean {
  return threshold === undefined || shannonEntropy(value) >= threshold;
}
