// The leak corpus through the real engine: per-case expectations, precision and recall (printed, as
// the issue asks), rule hygiene (ids, keywords, linear-time regexes) and 1 MB adversarial lines.
import { describe, expect, it } from '@jest/globals';
import { Scanner } from '../src/scan/engine.js';
import { BUILTIN_RULES } from '../src/scan/rules/builtin.js';
import { BASE62_ALPHABET, base62, crc32, tokenChecksum, validateGitHubToken, validateNpmToken } from '../src/scan/rules/checksum.js';
import { meetsEntropy, shannonEntropy } from '../src/scan/rules/entropy.js';
import type { Finding, Rule } from '../src/scan/types.js';
import { CORPUS, COVERED_RULES, type CorpusCase } from './corpus/index.js';
import { Prng, checksummed, fineGrained } from './corpus/synth.js';

const scanner = new Scanner({ rules: BUILTIN_RULES, registered: [] });
const scan = (text: string, id = 'case'): Finding[] => scanner.scanBuffer(Buffer.from(text), `corpus/${id}.txt`);
const ruleById = new Map(BUILTIN_RULES.map((r) => [r.id, r]));

interface Outcome {
  c: CorpusCase;
  found: Set<string>;
  missing: string[];
  extra: string[];
}

const outcomes: Outcome[] = CORPUS.map((c) => {
  const found = new Set(scan(c.text, c.id).map((f) => f.rule));
  return { c, found, missing: c.expect.filter((r) => !found.has(r)), extra: [...found].filter((r) => !c.expect.includes(r)) };
});

/** Precision and recall over (case, rule) pairs: a finding of an expected rule is a true positive,
 * any other rule found is a false positive, an expected rule not found is a false negative. */
function score(selected: Outcome[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const o of selected) {
    tp += o.c.expect.length - o.missing.length;
    fp += o.extra.length;
    fn += o.missing.length;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

const familyOf = (ruleId: string): string => ruleById.get(ruleId)?.family ?? 'unknown';

describe('leak corpus', () => {
  const positives = outcomes.filter((o) => o.c.expect.length > 0);
  const negatives = outcomes.filter((o) => o.c.expect.length === 0);

  it('is large and balanced enough to mean something', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(320);
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    for (const c of CORPUS) for (const r of c.expect) expect(ruleById.has(r)).toBe(true);
  });

  it('prints precision and recall, overall and per family', () => {
    const overall = score(outcomes);
    const families = new Map<string, Outcome[]>();
    for (const o of outcomes) {
      // A case counts for the families it expects, and a false positive for the family that fired.
      const keys = new Set([...o.c.expect, ...o.extra].map(familyOf));
      for (const k of keys) families.set(k, [...(families.get(k) ?? []), o]);
    }
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
    const rows = [...families.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([family, list]) => {
        const s = score(
          list.map((o) => ({
            ...o,
            c: { ...o.c, expect: o.c.expect.filter((r) => familyOf(r) === family) },
            missing: o.missing.filter((r) => familyOf(r) === family),
            extra: o.extra.filter((r) => familyOf(r) === family),
          })),
        );
        return `${family.padEnd(16)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)}`;
      });
    console.log(
      [
        `Leak corpus: ${CORPUS.length} cases (${positives.length} with secrets, ${negatives.length} realistic false positives), ${BUILTIN_RULES.length} rules`,
        `${'family'.padEnd(16)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)}`,
        ...rows,
        `${'OVERALL'.padEnd(16)} ${String(overall.tp).padStart(4)} ${String(overall.fp).padStart(4)} ${String(overall.fn).padStart(4)} ${pct(overall.precision)} ${pct(overall.recall)}`,
        `false-positive cases with any finding: ${negatives.filter((o) => o.found.size > 0).length}/${negatives.length}`,
      ].join('\n'),
    );
    // Floors: every planted secret is found (recall 1.0) and at most 2% of findings are wrong.
    expect(overall.recall).toBe(1);
    expect(overall.precision).toBeGreaterThanOrEqual(0.98);
  });

  it.each(positives.map((o) => [o.c.id, o] as const))('finds %s', (_id, o) => {
    expect({ id: o.c.id, missing: o.missing, extra: o.extra }).toEqual({ id: o.c.id, missing: [], extra: [] });
  });

  it.each(negatives.map((o) => [o.c.id, o] as const))('stays quiet on %s', (_id, o) => {
    expect({ id: o.c.id, found: [...o.found] }).toEqual({ id: o.c.id, found: [] });
  });

  it('covers every built-in rule with at least one true positive', () => {
    const covered = new Set(COVERED_RULES);
    expect(BUILTIN_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('never puts a secret in a report: redacted lines hold no 8-character piece of what was found', () => {
    for (const o of positives) {
      for (const f of scan(o.c.text, o.c.id)) {
        expect(f.redacted).toContain('***');
        expect(f.redacted.length).toBeLessThanOrEqual(160);
        const secret = secretOf(ruleById.get(f.rule)!, o.c.text);
        expect(f.redacted.includes(secret.slice(0, 8))).toBe(false);
      }
    }
  });

  it('grades checksummed tokens: valid ones high confidence, invalid ones still reported at low confidence', () => {
    const rng = new Prng(7);
    for (const [prefix, rule] of [
      ['ghp_', 'github-pat'],
      ['gho_', 'github-oauth-token'],
      ['ghs_', 'github-server-to-server-token'],
      ['npm_', 'npm-access-token'],
    ] as const) {
      const good = scan(`token ${checksummed(rng, prefix)}`);
      const bad = scan(`token ${checksummed(rng, prefix, false)}`);
      expect(good.map((f) => [f.rule, f.checksum, f.confidence])).toEqual([[rule, 'valid', 'high']]);
      expect(bad.map((f) => [f.rule, f.checksum, f.confidence])).toEqual([[rule, 'invalid', 'low']]);
    }
    expect(scan(`x ${fineGrained(rng)}`).map((f) => f.checksum)).toEqual(['valid']);
    expect(scan(`x ${fineGrained(rng, false)}`).map((f) => f.checksum)).toEqual(['invalid']);
  });
});

describe('checksum and entropy helpers', () => {
  it('computes CRC-32 (IEEE) like every other implementation', () => {
    expect(crc32('123456789').toString(16)).toBe('cbf43926');
    expect(crc32('')).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('encodes base62 with the 0-9A-Za-z alphabet, left-padded to 6', () => {
    expect(BASE62_ALPHABET).toHaveLength(62);
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
    expect(base62(0xffffffff)).toBe('4gfFC3');
  });

  it('validates GitHub and npm tokens by the CRC32 of their random part', () => {
    const body = 'a'.repeat(15) + 'B'.repeat(15);
    expect(validateGitHubToken(`ghp_${body}${tokenChecksum(body)}`)).toBe('valid');
    expect(validateGitHubToken(`ghp_${body}000000`)).toBe('invalid');
    expect(validateGitHubToken(`ghx_${body}${tokenChecksum(body)}`)).toBe('invalid');
    expect(validateNpmToken(`npm_${body}${tokenChecksum(body)}`)).toBe('valid');
    expect(validateNpmToken(`npm_${body}${tokenChecksum(body + 'x')}`)).toBe('invalid');
    expect(validateNpmToken(`npm_${body}`)).toBe('invalid');
  });

  it('measures Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
    expect(meetsEntropy('aaaa', undefined)).toBe(true);
    expect(meetsEntropy('abab', 1.5)).toBe(false);
  });
});

// ------------------------------------------------------------------------------------------------
// Linear time

interface Quantifier {
  min: number;
  max: number; // Infinity when unbounded
}

/**
 * Static check of a regex source: the shape of catastrophic backtracking is a repeated group that
 * holds a repetition ((a+)+, (a|b+)*, (a{1,3})+). Returns the problems found; for the built-in rules
 * it also reports every unbounded quantifier (they must all be bounded, so the work per start
 * position is a constant).
 */
function regexProblems(source: string, requireBounded: boolean): string[] {
  const problems: string[] = [];
  interface Frame {
    start: number;
    unbounded: boolean;
    variable: boolean;
  }
  const stack: Frame[] = [{ start: 0, unbounded: false, variable: false }];
  let i = 0;
  const readQuantifier = (): Quantifier | undefined => {
    const c = source[i];
    let q: Quantifier | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return undefined;
    i++;
    if (source[i] === '?') i++; // lazy
    return q;
  };
  while (i < source.length) {
    const c = source[i]!;
    // The atom a quantifier may follow: a group (with what it holds) or a plain atom.
    let group: Frame | undefined;
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '(') {
      stack.push({ start: i, unbounded: false, variable: false });
      i++;
      if (source[i] === '?') {
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') i = source.indexOf('>', i) + 1;
        else i++;
      }
      continue;
    } else if (c === ')') {
      group = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.unbounded ||= group.unbounded;
      parent.variable ||= group.variable;
      i++;
    } else if (c === '|') {
      i++;
      continue;
    } else {
      i++;
    }
    const at = i;
    const q = readQuantifier();
    if (!q) continue;
    const top = stack[stack.length - 1]!;
    if (q.max === Infinity) {
      top.unbounded = true;
      if (requireBounded) problems.push(`unbounded quantifier at ${at}`);
    }
    if (q.max !== q.min) top.variable = true;
    if (group) {
      if (q.max > 1 && group.unbounded) problems.push(`repeated group holding an unbounded quantifier at ${group.start}`);
      if (q.max === Infinity && group.variable) problems.push(`unbounded repetition of a variable-length group at ${group.start}`);
    }
  }
  return problems;
}

describe('rule hygiene', () => {
  it('has at least 70 rules covering the issue families, with unique kebab-case ids', () => {
    expect(BUILTIN_RULES.length).toBeGreaterThanOrEqual(70);
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const families = new Set(BUILTIN_RULES.map((r) => r.family));
    for (const f of [
      'aws',
      'github',
      'gitlab',
      'slack',
      'stripe',
      'twilio',
      'sendgrid',
      'mailgun',
      'google',
      'gcp',
      'azure',
      'npm',
      'pypi',
    ]) {
      expect(families).toContain(f);
    }
    for (const f of ['docker', 'vault', 'terraform', 'heroku', 'datadog', 'shopify', 'discord', 'telegram', 'openai', 'anthropic', 'jwt']) {
      expect(families).toContain(f);
    }
    for (const f of ['private-key', 'database-url', 'url-credentials', 'generic']) expect(families).toContain(f);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s: keywords, description and a linear-time regex', (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(5);
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const k of rule.keywords) {
      expect(k).toBe(k.toLowerCase());
      expect(k.length).toBeGreaterThanOrEqual(2);
    }
    expect(regexProblems(rule.regex.source, true)).toEqual([]);
    expect(rule.regex.flags).not.toMatch(/[gy]/);
  });

  it('the static checker catches the classic catastrophic shapes', () => {
    for (const bad of ['(a+)+$', '(?:a|b+)*c', '(a{1,3})+', '(?:x*y)*', '([a-z]+\\.)+com']) {
      expect(regexProblems(bad, false)).not.toEqual([]);
    }
    for (const ok of ['a{1,5}b', '(?:-[0-9]{10,13}){3}', '(?:\\r?\\n)?x', '[a-z]{0,20}?\\.', '(?<![a-z])(?:ab|cd)']) {
      expect(regexProblems(ok, true)).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Adversarial lines: the keyword then a megabyte of the rule's own alphabet, the keyword repeated, a
// true match repeated, an almost-match repeated. They must finish (jest's timeout is the bound) and
// give the expected count: none for the first two, and for repeated units exactly the count of one
// unit times the repetitions (windows, merging and dedupe must neither lose nor invent findings).

const MB = 1024 * 1024;

function firstPositive(rule: Rule): CorpusCase {
  return CORPUS.find((c) => c.expect.length === 1 && c.expect[0] === rule.id)!;
}

/** The keyword as it is written in a real match (keywords are lower-case, tokens often are not). */
function naturalKeyword(rule: Rule, text: string): string {
  const lower = text.toLowerCase();
  for (const k of rule.keywords) {
    const at = lower.indexOf(k);
    if (at >= 0) return text.slice(at, at + k.length);
  }
  return rule.keywords[0]!;
}

/** The first match of a rule's own regex in `text`. */
function execRule(rule: Rule, text: string): RegExpExecArray {
  return new RegExp(rule.regex.source, rule.regex.flags.replace(/[gyd]/g, '')).exec(text)!;
}
/** The secret a rule finds in `text` (its first match). */
const secretOf = (rule: Rule, text: string): string => execRule(rule, text)[rule.secretGroup ?? 0]!;
/** The whole first match of a rule in `text` (for context rules: the key, the separator and the value). */
const matchOf = (rule: Rule, text: string): string => execRule(rule, text)[0];
/** The line of `text` that holds `part`. */
function lineOf(text: string, part: string): string {
  const at = text.indexOf(part);
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at + part.length);
  return text.slice(start, end === -1 ? text.length : end);
}

function repeatTo(unit: string, sep: string, bytes: number): { text: string; reps: number } {
  const reps = Math.max(1, Math.floor(bytes / (unit.length + sep.length)));
  return { text: Array.from({ length: reps }, () => unit).join(sep), reps };
}

const count = (text: string | Buffer, ruleId: string): number =>
  scanner.scanBuffer(typeof text === 'string' ? Buffer.from(text) : text, 'corpus/adversarial.txt').filter((f) => f.rule === ruleId).length;

/** `prefix` then `length` bytes drawn from `alphabet`: a 4 KB random chunk tiled (Buffer.fill is
 * native; a megabyte built one byte at a time in test code is slow under jest's VM modules). */
function run(rng: Prng, prefix: string, alphabet: string, length: number): Buffer {
  const head = Buffer.from(prefix);
  const chunk = Buffer.from(rng.str(alphabet, 4096));
  const out = Buffer.alloc(head.length + length);
  head.copy(out);
  out.fill(chunk, head.length);
  return out;
}

describe('adversarial 1 MB lines (linear time)', () => {
  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const sample = firstPositive(rule);
    expect(sample).toBeDefined();
    const keyword = naturalKeyword(rule, sample.text);
    const secret = secretOf(rule, sample.text);
    const alphabet = [...new Set(secret.replace(/[\s"'`]/g, ''))].join('') || 'A';
    const rng = new Prng(rule.id.length * 7919);

    // 1. keyword + a megabyte run of the secret's alphabet: too long to be any token.
    expect(count(run(rng, keyword, alphabet, MB), rule.id)).toBe(0);

    // 2. the keyword repeated over a megabyte line.
    expect(count(keyword.repeat(Math.ceil(MB / keyword.length)), rule.id)).toBe(0);

    // 3. a true match (the rule's whole match: key and value for context rules) repeated over
    // 16 KB (several engine windows); each unit is one finding.
    const m = matchOf(rule, sample.text);
    // Rules that look behind their match (SAS tokens need `sv=` earlier in the URL) need its line.
    const match = count(m, rule.id) === 1 ? m : lineOf(sample.text, m);
    const multiline = match.includes('\n');
    const sep = multiline ? '\n' : ' ';
    expect(count(match, rule.id)).toBe(1);
    const exact = repeatTo(match, sep, 16 * 1024);
    expect(count(exact.text, rule.id)).toBe(exact.reps);

    // 4. an almost-match repeated over a megabyte: the secret's last character cut off. Fixed-length
    // formats then match nothing; variable-length ones may still match once per unit (16 KB then).
    const at = match.indexOf(secret);
    const almost = match.slice(0, at + secret.length - 1) + match.slice(at + secret.length);
    const perUnit = count(almost, rule.id);
    const near = repeatTo(almost, sep, perUnit === 0 ? MB : 16 * 1024);
    expect(count(near.text, rule.id)).toBe(perUnit * near.reps);
  });
});
