import { describe, expect, it } from '@jest/globals';
import {
  closestMatch,
  formatIssue,
  formatPath,
  parse,
  s,
  SchemaError,
  validate,
  type Infer,
  type SchemaIssue,
} from '@gatehouse/core/schema';

/** The issues of a value that must fail, as `'path' problem.` lines. */
function problems(result: ReturnType<typeof validate>): string[] {
  if (result.ok) throw new Error('expected the value to be refused');
  return result.issues.map((issue) => formatIssue(issue));
}

function onlyIssue(result: ReturnType<typeof validate>): SchemaIssue {
  if (result.ok) throw new Error('expected the value to be refused');
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

describe('scalars', () => {
  it('string: type, enum with suggestion, pattern with its description, lengths', () => {
    expect(validate(s.string(), 'x')).toEqual({ ok: true, value: 'x' });
    const quoted = onlyIssue(validate(s.string(), 12, ['a']));
    expect(formatIssue(quoted)).toBe("'a' must be a string (got 12).");
    expect(quoted.fix).toBe("Quote it if you mean the text: '12'.");
    expect(problems(validate(s.enum(['low', 'high']), 'hihg', ['fail-on']))).toEqual([
      "'fail-on' must be one of 'low', 'high' (got \"hihg\"); did you mean 'high'?",
    ]);
    const sha = s.string({ pattern: /^[0-9a-f]{40}$/, expected: 'a 40-character commit SHA' });
    expect(problems(validate(sha, 'main', ['ref']))).toEqual(['\'ref\' must be a 40-character commit SHA (got "main").']);
    expect(problems(validate(s.string({ minLength: 1 }), '', ['id']))).toEqual(["'id' must not be empty."]);
    expect(problems(validate(s.string({ maxLength: 3 }), 'abcd', ['id']))).toEqual(["'id' must be at most 3 characters long (got 4)."]);
  });

  it('date: YYYY-MM-DD that exists on the calendar', () => {
    expect(validate(s.date(), '2026-12-31')).toEqual({ ok: true, value: '2026-12-31' });
    expect(problems(validate(s.date(), 'soon', ['scan-deps', 'ignore', 2, 'until']))).toEqual([
      '\'scan-deps.ignore[2].until\' must be a date like 2026-12-31 (got "soon").',
    ]);
    expect(problems(validate(s.date(), '2026-02-30', ['until']))).toEqual(['\'until\' must be a real calendar date (got "2026-02-30").']);
  });

  it('boolean: only true and false', () => {
    expect(validate(s.boolean(), false)).toEqual({ ok: true, value: false });
    expect(problems(validate(s.boolean(), 'yes', ['strict']))).toEqual(['\'strict\' must be true or false (got "yes").']);
  });

  it('integer and number: finite, whole for integer, within range', () => {
    const port = s.integer({ min: 1, max: 65535 });
    expect(validate(port, 443)).toEqual({ ok: true, value: 443 });
    expect(problems(validate(port, 1.5, ['port']))).toEqual(["'port' must be a whole number (got 1.5)."]);
    expect(problems(validate(port, 0, ['port']))).toEqual(["'port' must be from 1 to 65535 (got 0)."]);
    expect(problems(validate(s.integer({ min: 0 }), -1, ['n']))).toEqual(["'n' must be at least 0 (got -1)."]);
    expect(problems(validate(s.number({ max: 10 }), 10.5, ['score']))).toEqual(["'score' must be at most 10 (got 10.5)."]);
    expect(problems(validate(s.number(), Infinity, ['score']))).toEqual(["'score' must be a number (got Infinity)."]);
    expect(problems(validate(s.number(), '7', ['score']))).toEqual(['\'score\' must be a number (got "7").']);
    expect(validate(s.number(), 7.5)).toEqual({ ok: true, value: 7.5 });
  });

  it('literal', () => {
    expect(validate(s.literal(1), 1)).toEqual({ ok: true, value: 1 });
    expect(problems(validate(s.literal(1), 2, ['version']))).toEqual(["'version' must be 1 (got 2)."]);
  });
});

describe('collections', () => {
  it('array: item paths and item counts', () => {
    const ids = s.array(s.string(), { minItems: 1, maxItems: 2 });
    expect(validate(ids, ['a'])).toEqual({ ok: true, value: ['a'] });
    expect(problems(validate(ids, ['a', 3], ['ids']))).toEqual(["'ids[1]' must be a string (got 3)."]);
    expect(problems(validate(ids, [], ['ids']))).toEqual(["'ids' must have at least 1 item (got 0)."]);
    expect(problems(validate(ids, ['a', 'b', 'c'], ['ids']))).toEqual(["'ids' must have at most 2 items (got 3)."]);
    expect(problems(validate(ids, 'a', ['ids']))).toEqual(['\'ids\' must be a list of strings (got "a").']);
    expect(problems(validate(ids, ['a', null], ['ids']))).toEqual(["'ids[1]' must be a string (got nothing)."]);
  });

  it('record: any names, each value checked, keys checked by an optional schema', () => {
    const envs = s.record(s.array(s.string()), { key: s.string({ pattern: /^[a-z-]+$/, expected: 'a lower-case name' }) });
    expect(validate(envs, { prod: ['a'], staging: [] })).toEqual({ ok: true, value: { prod: ['a'], staging: [] } });
    expect(problems(validate(envs, { prod: [1] }, ['environments']))).toEqual(["'environments.prod[0]' must be a string (got 1)."]);
    expect(problems(validate(envs, { 'Prod.EU': [] }, ['environments']))).toEqual([
      '\'environments["Prod.EU"]\' must be a lower-case name (got "Prod.EU").',
    ]);
    expect(problems(validate(envs, ['prod'], ['environments']))).toEqual([
      "'environments' must be a mapping of names to lists of strings (got a list).",
    ]);
  });

  it('record keeps a __proto__ key as data, without touching prototypes', () => {
    const result = validate(s.record(s.integer()), JSON.parse('{"__proto__": 1, "a": 2}'));
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, number> }).value;
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  const ignore = s.object({
    id: s.string({ minLength: 1 }),
    until: s.date().optional(),
    reason: s.string().default('none given'),
  });

  it('object: required, optional and default keys; null counts as absent', () => {
    expect(validate(ignore, { id: 'GHSA-1' })).toEqual({ ok: true, value: { id: 'GHSA-1', reason: 'none given' } });
    expect(validate(ignore, { id: 'GHSA-1', until: null, reason: null })).toEqual({
      ok: true,
      value: { id: 'GHSA-1', reason: 'none given' },
    });
    const missing = onlyIssue(validate(ignore, { until: '2026-01-01' }, ['scan-deps', 'ignore', 0]));
    expect(formatIssue(missing)).toBe("'scan-deps.ignore[0].id' is required.");
    expect(missing.fix).toBe('Add it as a string.');
  });

  it('object: an unknown key suggests the closest known key and lists them all', () => {
    const section = s.object({ 'fail-on': s.string().optional(), ignore: s.array(ignore).default([]) });
    const issue = onlyIssue(validate(section, { fail_on: 'high' }, ['scan-deps']));
    expect(formatIssue(issue)).toBe("'scan-deps.fail_on' is not a known setting; did you mean 'fail-on'?");
    expect(issue.fix).toBe("Known keys under 'scan-deps': fail-on, ignore.");
    const far = onlyIssue(validate(section, { colour: 'red' }, ['scan-deps']));
    expect(formatIssue(far)).toBe("'scan-deps.colour' is not a known setting.");
  });

  it('object: reports every problem, in document order of the checks', () => {
    const section = s.object({ ignore: s.array(ignore) });
    expect(problems(validate(section, { ignore: [{ id: 'a', until: 'soon' }, { id: '' }], extra: 1 }, ['scan-deps']))).toEqual([
      "'scan-deps.extra' is not a known setting.",
      '\'scan-deps.ignore[0].until\' must be a date like 2026-12-31 (got "soon").',
      "'scan-deps.ignore[1].id' must not be empty.",
    ]);
  });

  it('default gives a fresh copy each time', () => {
    const schema = s.object({ list: s.array(s.string()).default([]) });
    const first = parse(schema, {});
    first.list.push('changed');
    expect(parse(schema, {}).list).toEqual([]);
  });
});

describe('oneOf', () => {
  const refs = s.oneOf([s.string(), s.array(s.string())]);
  it('accepts any branch', () => {
    expect(validate(refs, 'a')).toEqual({ ok: true, value: 'a' });
    expect(validate(refs, ['a'])).toEqual({ ok: true, value: ['a'] });
  });
  it('reports the problem of the branch the value was meant for', () => {
    expect(problems(validate(refs, ['a', 2], ['refs']))).toEqual(["'refs[1]' must be a string (got 2)."]);
  });
  it('names every alternative when none fits the kind of value', () => {
    expect(problems(validate(refs, 3, ['refs']))).toEqual(["'refs' must be a string or a list of strings (got 3)."]);
  });
  it('picks the deepest problem between two mapping branches', () => {
    const either = s.oneOf([s.object({ vault: s.string() }), s.object({ aws: s.object({ region: s.string() }) })]);
    expect(problems(validate(either, { aws: { region: 5 } }, ['provider']))).toEqual(["'provider.aws.region' must be a string (got 5)."]);
  });
});

describe('refine', () => {
  it('runs only on a value of the right type, with its own problem and fix', () => {
    const even = s.integer().refine((n) => (n % 2 === 0 ? undefined : `must be even (got ${n})`), 'Use an even number.');
    expect(validate(even, 4)).toEqual({ ok: true, value: 4 });
    const issue = onlyIssue(validate(even, 3, ['n']));
    expect(issue).toEqual({ path: ['n'], problem: 'must be even (got 3)', fix: 'Use an even number.' });
    expect(problems(validate(even, 'x', ['n']))).toEqual(['\'n\' must be a whole number (got "x").']);
  });
});

describe('helpers', () => {
  it('formatPath quotes keys that are not plain names', () => {
    expect(formatPath(['scan-deps', 'ignore', 2, 'until'])).toBe('scan-deps.ignore[2].until');
    expect(formatPath(['fetch-secrets', 'environments', 'prod/eu', 'refs', 0])).toBe('fetch-secrets.environments["prod/eu"].refs[0]');
    expect(formatPath([])).toBe('');
  });

  it.each([
    ['fail_on', ['fail-on', 'ignore'], 'fail-on'],
    ['FAIL-ON', ['fail-on', 'ignore'], 'fail-on'],
    ['ingore', ['fail-on', 'ignore'], 'ignore'],
    ['scan-dep', ['scan-deps', 'sign-artifact'], 'scan-deps'],
    ['xyz', ['fail-on', 'ignore'], undefined],
    ['id', ['at'], undefined],
  ])('closestMatch(%j) is %j', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it('parse throws SchemaError with every issue and the first in the message', () => {
    let caught: unknown;
    try {
      parse(s.object({ a: s.integer(), b: s.boolean() }), { a: 'x', b: 'y' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SchemaError);
    expect((caught as SchemaError).issues.map((i) => formatPath(i.path))).toEqual(['a', 'b']);
    expect((caught as SchemaError).message).toBe('\'a\' must be a whole number (got "x").');
  });

  it('infers the TypeScript type of a schema', () => {
    const schema = s.object({ level: s.enum(['low', 'high']).default('low'), note: s.string().optional(), n: s.integer() });
    type T = Infer<typeof schema>;
    const value: T = parse(schema, { n: 1 });
    const level: 'low' | 'high' = value.level;
    const note: string | undefined = value.note;
    expect([level, note, value.n]).toEqual(['low', undefined, 1]);
  });
});
