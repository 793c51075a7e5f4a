// scripts/eager-compile.js rewrites the bundles that ship: its output must behave exactly like its
// input (hoisting, strictness, nesting), only compiled sooner.

import { describe, expect, it } from '@jest/globals';
import { parse } from 'acorn';
import { runInNewContext } from 'node:vm';
// @ts-expect-error: a plain JavaScript build script, without types
import { eagerCompile } from '../../scripts/eager-compile.js';

const rewrite = eagerCompile as (code: string, names: Set<string>) => string;

/** Runs a script body in a fresh context and returns what it leaves in `result`. */
function evaluate(code: string): unknown {
  const context: { result: unknown } = { result: undefined };
  runInNewContext(`'use strict';\n${code}`, context);
  return context.result;
}

const program = `
result = [early(2)];
function early(x) { return helper(x) * 10; }
function helper(x) { return x + 1; }
const later = (y) => { function inner(z) { return z * 3; } return inner(y) + helper(y); };
result.push(later(4));
if (result.length) { function blocky() { return 'block'; } result.push(blocky()); }
result.push(typeof unlisted === 'function' ? unlisted() : 'missing');
function unlisted() { return 'lazy'; }
`;

describe('eagerCompile', () => {
  it('leaves the code alone when no function is listed', () => {
    expect(rewrite(program, new Set())).toBe(program);
  });

  it('wraps listed declarations, keeps their hoisting, and leaves others as they were', () => {
    const names = new Set(['early', 'helper', 'inner', 'blocky']);
    const out = rewrite(program, names);
    expect(out).toContain('var early = (function early(x)');
    expect(out).toContain('var helper = (function helper(x)');
    // Nested in an arrow function's body: hoisted to the top of that body.
    expect(out).toMatch(/=> \{ var inner = \(function inner\(z\)/);
    // Block-level declarations keep their block scoping; unlisted ones stay declarations.
    expect(out).toContain('function blocky()');
    expect(out).not.toContain('var blocky');
    expect(out).toContain('function unlisted()');
    // Same behaviour: `early` is called before its declaration in the source.
    expect(evaluate(out)).toEqual(evaluate(program));
    expect(evaluate(out)).toEqual([30, 17, 'block', 'lazy']);
  });

  it('keeps a directive prologue first', () => {
    const code = `function f() { 'use strict'; return g(); function g() { return this === undefined; } }\nresult = f();`;
    const out = rewrite(code, new Set(['g']));
    expect(out).toMatch(/\{ 'use strict'; var g = \(function g\(\)/);
    expect(evaluate(out)).toBe(true);
  });

  it('produces a script that parses, for the CommonJS shape ncc writes', () => {
    const code = `(() => { "use strict"; var __webpack_modules__ = ({ 1: ((module) => { function a() { return b(); } function b() { return 1; } module.exports = a; }) });\nmodule.exports = __webpack_modules__; })();`;
    const out = rewrite(code, new Set(['a', 'b']));
    expect(() => parse(out, { ecmaVersion: 'latest', sourceType: 'script' })).not.toThrow();
    expect(out).toContain('var a = (function a() { return b(); });\nvar b = (function b() { return 1; });\n');
  });
});
