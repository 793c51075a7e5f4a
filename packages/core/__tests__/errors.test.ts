import { describe, expect, it } from '@jest/globals';
import { describeError, errorCode, GatehouseError, inputError, quote } from '@gatehouse/core/errors';

const SECRET = 'ghs_S3cretTokenValue0123456789abcdefXYZ';

describe('GatehouseError', () => {
  it('carries a stable code, a one-line message and a fix', () => {
    const cause = new Error('socket hang up');
    const err = new GatehouseError('HTTP_FAILED', 'Vault answered 503.', { fix: 'Retry later.', cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('GatehouseError');
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toBe('Vault answered 503.');
    expect(err.fix).toBe('Retry later.');
    expect(err.cause).toBe(cause);
    expect(err.describe()).toBe('Vault answered 503. Fix: Retry later.');
  });

  it('describes itself without "Fix:" when there is no fix', () => {
    const err = new GatehouseError('INTERNAL', 'Something broke.');
    expect(err.fix).toBeUndefined();
    expect('cause' in err).toBe(false);
    expect(err.describe()).toBe('Something broke.');
  });

  it('collapses line breaks and the whitespace around them in the message and the fix', () => {
    const err = new GatehouseError('POLICY_INVALID', '  Policy is invalid:\n  - rule 1\r\n\r\n  - rule 2\r  ', {
      fix: 'Fix the policy\nfile.\n',
    });
    expect(err.message).toBe('Policy is invalid: - rule 1 - rule 2');
    expect(err.fix).toBe('Fix the policy file.');
    expect(err.describe()).not.toMatch(/[\r\n]/);
  });

  it('never puts its cause into the line a user sees', () => {
    const err = new GatehouseError('OIDC_FAILED', 'The token exchange failed.', { cause: new Error(`bad token ${SECRET}`) });
    expect(err.describe()).not.toContain(SECRET);
    expect(describeError(err)).not.toContain(SECRET);
    expect(JSON.stringify(err)).not.toContain(SECRET);
  });
});

describe('describeError', () => {
  it.each<[string, unknown, string]>([
    ['a GatehouseError', new GatehouseError('INPUT_MISSING', 'No token.', { fix: 'Set it.' }), 'No token. Fix: Set it.'],
    ['an Error', new Error('connect ECONNREFUSED 127.0.0.1:8200'), 'connect ECONNREFUSED 127.0.0.1:8200'],
    ['a multi-line Error', new Error('first\n    second\r\nthird'), 'first second third'],
    ['an Error with no message', new TypeError(''), 'TypeError'],
    ['a string', 'went\nwrong', 'went wrong'],
    ['an object', { status: 503, body: 'x' }, '{"status":503,"body":"x"}'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['a bigint', 10n, '10'],
  ])('%s', (_label, thrown, expected) => {
    expect(describeError(thrown)).toBe(expected);
  });

  it('falls back to String() for an object JSON cannot serialise', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular['self'] = circular;
    expect(describeError(circular)).toBe('[object Object]');
  });

  it('errorCode is the GatehouseError code, INTERNAL for anything else', () => {
    expect(errorCode(new GatehouseError('POLICY_DENIED', 'no'))).toBe('POLICY_DENIED');
    expect(errorCode(new Error('no'))).toBe('INTERNAL');
    expect(errorCode('no')).toBe('INTERNAL');
    expect(errorCode(undefined)).toBe('INTERNAL');
  });
});

describe('inputError', () => {
  it('names the input, shows the quoted value and the fix', () => {
    const err = inputError('min-length', 'must be a whole number', 'Use a whole number from 1 to 64.', '8.5');
    expect(err).toBeInstanceOf(GatehouseError);
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.describe()).toBe(`Input 'min-length' must be a whole number (got "8.5"). Fix: Use a whole number from 1 to 64.`);
  });

  it('keeps a multi-line or quote-laden value on one line, escaped', () => {
    const err = inputError('mode', 'is not one of the allowed values', 'Use one of: a, b.', 'a\n"b"\\');
    expect(err.message).toBe(`Input 'mode' is not one of the allowed values (got "a\\n\\"b\\"\\\\").`);
    expect(err.describe()).not.toMatch(/[\r\n]/);
  });

  it('cuts a long value to a readable length', () => {
    const err = inputError('policy', 'is not valid', 'Fix it.', 'x'.repeat(500));
    expect(err.message).toBe(`Input 'policy' is not valid (got "${'x'.repeat(60)}…").`);
  });

  it('never shows the value of a secret input (no value passed)', () => {
    const err = inputError('vault-token', 'is not a Vault token', 'Pass the token from a secret.');
    expect(err.message).toBe(`Input 'vault-token' is not a Vault token.`);
    expect(err.describe()).not.toContain('got');
    expect(describeError(err)).toBe(`Input 'vault-token' is not a Vault token. Fix: Pass the token from a secret.`);
  });
});

describe('quote', () => {
  it.each<[string, number | undefined, string]>([
    ['abc', undefined, '"abc"'],
    ['', undefined, '""'],
    ['a"b\\c\nd\te', undefined, '"a\\"b\\\\c\\nd\\te"'],
    ['x'.repeat(60), undefined, `"${'x'.repeat(60)}"`],
    ['x'.repeat(61), undefined, `"${'x'.repeat(60)}…"`],
    ['abcdef', 3, '"abc…"'],
    ['ü✓', 10, '"ü✓"'],
  ])('quote(%j, %j)', (value, max, expected) => {
    expect(quote(value, max)).toBe(expected);
  });
});
