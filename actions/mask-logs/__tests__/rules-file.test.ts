import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatehouseError } from '@gatehouse/core/errors';
import { compileRules, loadRulesFile, parseRules, regexHazard } from '../src/scan/rules-file.js';

const reserved = { reservedIds: new Set(['github-pat', 'registered-secret']) };

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(GatehouseError);
    return (err as GatehouseError).describe();
  }
  throw new Error('did not throw');
}

const GOOD_YAML = `rules:
  - id: acme-api-key
    description: ACME API key
    regex: 'acme_(?:live|test)_([0-9a-zA-Z]{32})'
    keywords: [ACME_LIVE_, acme_test_]
    secret-group: 1
    entropy: 3.5
    family: acme
    allowlist:
      regexes: ['EXAMPLE']
      stopwords: [Dummy]
      paths: ['^test/fixtures/']
  - id: corp-token
    description: Corp token
    regex: 'corp-[a-f0-9]{40}'
    keywords: [corp-]
`;

describe('rules file', () => {
  it('compiles YAML rules into engine rules', async () => {
    const rules = await parseRules(GOOD_YAML, 'rules.yml', reserved);
    expect(rules).toHaveLength(2);
    const [acme, corp] = rules;
    expect(acme).toMatchObject({
      id: 'acme-api-key',
      description: 'ACME API key',
      keywords: ['acme_live_', 'acme_test_'],
      secretGroup: 1,
      entropy: 3.5,
      family: 'acme',
    });
    expect(acme!.regex.exec('x acme_live_' + 'a'.repeat(32))?.[1]).toBe('a'.repeat(32));
    expect(acme!.allowlist!.regexes![0]!.test('EXAMPLE')).toBe(true);
    expect(acme!.allowlist!.stopwords).toEqual(['dummy']);
    expect(acme!.allowlist!.paths![0]!.test('test/fixtures/a.txt')).toBe(true);
    expect(corp).toMatchObject({ id: 'corp-token', family: 'custom' });
    expect(corp!.secretGroup).toBeUndefined();
  });

  it('reads JSON by extension', async () => {
    const rules = await parseRules(
      JSON.stringify({ rules: [{ id: 'x-key', description: 'X', regex: 'xk_[0-9]{8}', keywords: ['xk_'] }] }),
      'r.json',
      reserved,
    );
    expect(rules[0]!.id).toBe('x-key');
  });

  it.each([
    [
      'no keywords',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n    keywords: []\n`,
      /rules\.yml:5: 'rules\[0\]\.keywords' must have at least 1 item/,
    ],
    ['missing keywords', `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n`, /rules\.yml:2: 'rules\[0\]\.keywords' is required/],
    [
      'short keyword',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n    keywords: [a]\n`,
      /'rules\[0\]\.keywords\[0\]' must be at least 3 characters long/,
    ],
    [
      'bad id',
      `rules:\n  - id: Bad_Id\n    description: d\n    regex: 'x'\n    keywords: [abc]\n`,
      /'rules\[0\]\.id' must be a kebab-case id/,
    ],
    [
      'built-in id',
      `rules:\n  - id: github-pat\n    description: d\n    regex: 'x'\n    keywords: [abc]\n`,
      /rules\.yml:2: 'rules\[0\]\.id' is the id of a built-in rule \(got "github-pat"\)/,
    ],
    [
      'engine id',
      `rules:\n  - id: registered-secret\n    description: d\n    regex: 'x'\n    keywords: [abc]\n`,
      /is the id of a built-in rule/,
    ],
    [
      'duplicate id',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n    keywords: [abc]\n  - id: a-b\n    description: d\n    regex: 'y'\n    keywords: [abc]\n`,
      /'rules\[1\]\.id' repeats the id "a-b"/,
    ],
    [
      'bad regex',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x(['\n    keywords: [abc]\n`,
      /rules\.yml:4: 'rules\[0\]\.regex' of rule "a-b" does not compile: /,
    ],
    [
      'nested quantifier',
      `rules:\n  - id: a-b\n    description: d\n    regex: '(a+)+b'\n    keywords: [abc]\n`,
      /'rules\[0\]\.regex' of rule "a-b" is refused: it nests quantifiers/,
    ],
    [
      'nested in allowlist',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'abc'\n    keywords: [abc]\n    allowlist:\n      regexes: ['(?:x*y)*']\n`,
      /'rules\[0\]\.allowlist\.regexes\[0\]' of rule "a-b" is refused/,
    ],
    ['backreference', `rules:\n  - id: a-b\n    description: d\n    regex: '(a)\\1'\n    keywords: [abc]\n`, /backreference/],
    [
      'secret group too high',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'a(b)'\n    keywords: [abc]\n    secret-group: 2\n`,
      /'rules\[0\]\.secret-group' is 2 but the regex of rule "a-b" has 1 capture group/,
    ],
    [
      'unknown key',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n    keywords: [abc]\n    entropie: 3\n`,
      /'rules\[0\]\.entropie' is not a known setting; did you mean 'entropy'\?/,
    ],
    [
      'entropy out of range',
      `rules:\n  - id: a-b\n    description: d\n    regex: 'x'\n    keywords: [abc]\n    entropy: 9\n`,
      /'rules\[0\]\.entropy' must be from 0 to 8/,
    ],
    ['duplicate YAML key', `rules:\n  - id: a-b\n    id: c-d\n`, /rules\.yml:3 is not valid YAML/],
    ['tag', `rules: !!js/regexp /x/\n`, /is not valid YAML/],
    ['no rules', `rules: []\n`, /'rules' must have at least 1 item/],
  ])('refuses %s with the rule and the bad key', async (_name, text, pattern) => {
    expect(await failure(parseRules(text, 'rules.yml', reserved))).toMatch(pattern);
  });

  it('fails clearly on a missing file and on bad JSON', async () => {
    expect(await failure(loadRulesFile('/nonexistent/rules.yml', 'rules.yml', reserved))).toMatch(
      /Input 'rules' names a file that does not exist/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'r.json'), '{"rules": [');
    expect(await failure(loadRulesFile(join(dir, 'r.json'), 'r.json', reserved))).toMatch(/The rules file r\.json is not valid JSON/);
  });

  it('accepts rules compiled from already-parsed data', () => {
    expect(compileRules({ rules: [{ id: 'a-b', description: 'd', regex: 'abc', keywords: ['abc'] }] }, 'x', reserved)).toHaveLength(1);
  });
});

describe('regexHazard', () => {
  it.each(['(a+)+', '(a*)*', '(?:[a-z]+-)+x', '((ab)+c)*', '(?:x{1,5})+', '(a+){2,}', '(?<n>a+)+'])('refuses %s', (source) => {
    expect(regexHazard(source)).toMatch(/nests quantifiers/);
  });

  it.each([
    'ghp_[0-9A-Za-z]{36}',
    '(?:[A-Z0-9]{4}-){3}[A-Z0-9]{4}',
    '(?:AKIA|ASIA)[A-Z0-9]{16}',
    '[a-z]+(?:_[a-z]+)?',
    'x(?=y+)',
    '\\(a+\\)+',
    '[(a+)]+',
    'a{2}b+',
    '-----BEGIN [A-Z ]+PRIVATE KEY-----',
  ])('accepts %s', (source) => {
    expect(regexHazard(source)).toBeUndefined();
  });
});
