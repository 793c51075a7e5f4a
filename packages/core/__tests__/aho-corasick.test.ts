import { describe, expect, it } from '@jest/globals';
import { buildAutomaton } from '@gatehouse/core/aho-corasick';

/** All (start, pattern) hits reported by the automaton, expanded to every suffix pattern. */
function hits(patterns: string[], text: string, caseInsensitive: boolean): string[] {
  const bytes = patterns.map((p) => Buffer.from(p));
  const a = buildAutomaton(bytes, { caseInsensitive });
  const out: string[] = [];
  a.scan(0, Buffer.from(text, 'latin1'), 0, text.length, (end, length, pattern) => {
    expect(bytes[pattern]!.length).toBe(length);
    out.push(`${end - length}:${patterns[pattern]}`);
  });
  return out;
}

/** Oracle: the longest pattern ending at each position, by brute force. */
function oracle(patterns: string[], text: string, caseInsensitive: boolean): string[] {
  const norm = (s: string): string => (caseInsensitive ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s);
  const t = norm(text);
  const out: string[] = [];
  for (let end = 1; end <= t.length; end++) {
    let best: string | undefined;
    for (const p of patterns)
      if (p.length && p.length <= end && t.slice(end - p.length, end) === norm(p) && (!best || p.length > best.length)) best = p;
    if (best) out.push(`${end - best.length}:${best}`);
  }
  return out;
}

describe('buildAutomaton caseInsensitive', () => {
  it('matches ASCII letters in any case, other bytes exactly', () => {
    expect(hits(['token', 'ghp_'], 'a TOKEN, a Token, GHP_x ghp_', true)).toEqual(['2:token', '11:token', '18:ghp_', '24:ghp_']);
    expect(hits(['token'], 'TOKEN Token token', false)).toEqual(['12:token']);
    const a = buildAutomaton([Buffer.from('é-key')], { caseInsensitive: true });
    const ends: number[] = [];
    const text = Buffer.from('É-KEY é-KEY');
    a.scan(0, text, 0, text.length, (end) => ends.push(end));
    expect(ends).toEqual([text.length]);
  });

  it('reports the pattern index (the longest pattern ending there)', () => {
    expect(hits(['key', 'api_key', 'pi_k'], 'API_KEY', true)).toEqual(['1:pi_k', '0:api_key']);
  });

  it('keeps the root skip filter exact for 2- and 3-byte patterns and upper-case input', () => {
    let seed = 7;
    const rnd = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const alphabet = 'aAbBkKyYeE_-~q:/. ';
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + rnd(5) }, () =>
        Array.from({ length: 2 + rnd(4) }, () => alphabet[rnd(alphabet.length)])
          .join('')
          .toLowerCase(),
      );
      const text = Array.from({ length: 200 }, () => alphabet[rnd(alphabet.length)]).join('');
      for (const ci of [true, false]) expect(hits(patterns, text, ci)).toEqual(oracle(patterns, text, ci));
    }
  });

  it('leaves case-sensitive behaviour unchanged', () => {
    expect(hits(['Secret'], 'secret SECRET Secret', false)).toEqual(['14:Secret']);
  });
});
