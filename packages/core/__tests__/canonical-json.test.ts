import { describe, expect, it } from '@jest/globals';
import { CanonicalJsonError, canonicalBytes, canonicalize } from '@gatehouse/core/canonical-json';

describe('canonicalize', () => {
  it('matches the RFC 8785 §3.2.4 example byte for byte', () => {
    // The input exactly as printed in the RFC (whitespace, escapes and number forms included).
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalize(JSON.parse(input))).toBe(expected);
  });

  it('sorts keys by UTF-16 code units, not code points or locale (RFC 8785 §3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // The order RFC 8785 lists for this example; U+1F600 (surrogates D83D DE00) sorts before U+FB33.
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'] as const;
    const expected = `{${order.map((k) => `${JSON.stringify(k)}:${JSON.stringify(input[k])}`).join(',')}}`;
    expect(canonicalize(input)).toBe(expected);
  });

  it('sorts nested objects and keeps array order, with no whitespace', () => {
    expect(canonicalize({ b: [3, { z: 1, a: 2 }, 1], a: { d: null, c: 'x' } })).toBe('{"a":{"c":"x","d":null},"b":[3,{"a":2,"z":1},1]}');
  });

  it.each([
    [0, '0'],
    [-0, '0'],
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
    [0.000001, '0.000001'],
    [123456789012345680000, '123456789012345680000'],
    [5e-324, '5e-324'],
    [-1.5, '-1.5'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ])('writes the number %p as %p', (value, text) => {
    expect(canonicalize(value)).toBe(text);
  });

  it('escapes strings the ECMAScript way: short escapes, other controls as lower-case \\u00xx', () => {
    expect(canonicalize('\b\f\n\r\t"\\\u0001\u001f\u007f/é')).toBe('"\\b\\f\\n\\r\\t\\"\\\\\\u0001\\u001f\u007f/é"');
  });

  it('leaves out object members that are undefined, like JSON.stringify', () => {
    expect(canonicalize({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it('keeps a "__proto__" key that JSON.parse made an own property', () => {
    expect(canonicalize(JSON.parse('{"__proto__":{"a":1},"b":2}'))).toBe('{"__proto__":{"a":1},"b":2}');
  });

  it('returns UTF-8 bytes', () => {
    expect(canonicalBytes({ e: '€' }).equals(Buffer.from('{"e":"€"}', 'utf8'))).toBe(true);
  });

  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  // eslint-disable-next-line no-sparse-arrays
  const sparse = [1, , 3];

  it.each<[string, unknown, string]>([
    ['NaN', { a: NaN }, '$.a'],
    ['Infinity', [1, Infinity], '$[1]'],
    ['-Infinity', -Infinity, '$'],
    ['undefined in an array', [1, undefined], '$[1]'],
    ['undefined at the top', undefined, '$'],
    ['a hole in an array', sparse, '$[1]'],
    ['a bigint', { n: 10n }, '$.n'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a symbol', { s: Symbol('x') }, '$.s'],
    ['a Date', { when: new Date(0) }, '$.when'],
    ['a Map', new Map([['a', 1]]), '$'],
    ['a lone surrogate', { s: 'a\ud800b' }, '$.s'],
    ['a lone surrogate in a key', { ['\udc00']: 1 }, '$["\\udc00"]'],
    ['a cycle', cyclic, '$.self'],
  ])('refuses %s and names where', (_, value, path) => {
    let caught: unknown;
    try {
      canonicalize(value);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CanonicalJsonError);
    expect((caught as CanonicalJsonError).path).toBe(path);
  });
});
