// scripts/ascii-only.js rewrites the bundles that ship: the output must be pure ASCII and mean
// exactly what the input meant.

import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
// @ts-expect-error: a plain JavaScript build script, without types
import { asciiOnly } from '../../scripts/ascii-only.js';

const rewrite = asciiOnly as (code: string, file?: string) => string;

/** Runs a script in a fresh context and returns what it leaves in `result`. */
function evaluate(code: string): unknown {
  const context: { result: unknown } = { result: undefined };
  runInNewContext(`'use strict';\n${code}`, context);
  return context.result;
}

describe('asciiOnly', () => {
  it('leaves an ASCII bundle untouched', () => {
    const code = 'result = "plain" + `text`; // comment';
    expect(rewrite(code)).toBe(code);
  });

  it('escapes strings, templates, regular expressions, identifiers and comments, keeping their meaning', () => {
    const code = [
      '// RFC 8785 § 3.2.2 — a comment',
      '/* … ✓ */',
      'const café = "truncated…";',
      "const single = 'naïve 日本語';",
      'const emoji = "key 🔑";',
      'const tpl = `more ${café.length} …`;',
      'const re = /^[é-ü]+…$/;',
      'const reU = /🔑/u;',
      'const 𝑥 = 7;',
      'result = [café, single, emoji, tpl, re.test("éü…"), reU.test("🔑"), [..."🔑"].length, 𝑥, JSON.parse(\'"…"\')];',
    ].join('\n');
    const out = rewrite(code);
    expect([...out].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(evaluate(out)).toEqual(evaluate(code));
    expect(evaluate(out)).toEqual(['truncated…', 'naïve 日本語', 'key 🔑', 'more 10 …', true, true, 1, 7, '…']);
  });

  it('refuses a tagged template whose raw text holds a non-ASCII character', () => {
    expect(() => rewrite('result = String.raw`a…b`;', 'dist/x/index.js')).toThrow(/dist\/x\/index\.js: .*U\+2026.*tagged template/);
  });

  it('escapes a non-ASCII character inside a substitution of a tagged template (a plain string there)', () => {
    const code = 'result = String.raw`a${"…"}b`;';
    const out = rewrite(code);
    expect([...out].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(evaluate(out)).toBe('a…b');
  });
});
