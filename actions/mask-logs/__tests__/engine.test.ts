import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { REGISTERED_RULE_ID, Scanner } from '../src/scan/engine.js';
import type { Finding, Rule } from '../src/scan/types.js';

const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');
const GH = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5';

const gh: Rule = { id: 'gh-pat', description: 'GitHub PAT', keywords: ['ghp_'], regex: /ghp_[0-9A-Za-z]{36}/, family: 'github' };
const generic: Rule = {
  id: 'generic-token',
  description: 'token assignment',
  keywords: ['token'],
  regex: /token\s*[=:]\s*["']?([^\s"';]{8,})/i,
  secretGroup: 1,
  family: 'generic',
  entropy: 3,
  allowlist: { stopwords: ['example'], regexes: [/^x+$/] },
};

function scan(rules: Rule[], text: string | Buffer, file = 'src/a.txt', registered?: string[]): Finding[] {
  const findings = new Scanner({ rules, registered }).scanBuffer(Buffer.isBuffer(text) ? text : Buffer.from(text), file);
  for (const f of findings) expect(f.redacted.length).toBeLessThanOrEqual(160);
  return findings;
}

/** Every 8-character piece of the secret (or all of a shorter one) is absent from the snippet. */
function assertNoLeak(redacted: string, secret: string): void {
  if (secret.length < 8) expect(redacted.includes(secret)).toBe(false);
  for (let i = 0; i + 8 <= secret.length; i++) expect(redacted.includes(secret.slice(i, i + 8))).toBe(false);
}

describe('Scanner keyword gating', () => {
  it('does not run a rule whose keyword is absent, even if its regex would match', () => {
    const rule: Rule = { id: 'gated', description: 'd', keywords: ['magic'], regex: /[A-Z]{10}/, family: 'test' };
    expect(scan([rule], 'value ABCDEFGHIJKL here')).toEqual([]);
    expect(scan([rule], 'magic ABCDEFGHIJKL here').map((f) => f.column)).toEqual([7]);
  });

  it('matches keywords case-insensitively', () => {
    const rule: Rule = { id: 'ci', description: 'd', keywords: ['secret'], regex: /SeCrEt=(\w{6,})/i, secretGroup: 1, family: 'test' };
    expect(scan([rule], 'SECRET=abcdef1\nsecret=ghijkl2').map((f) => [f.line, f.column])).toEqual([
      [1, 8],
      [2, 8],
    ]);
  });

  it('runs a rule owning a keyword that is a suffix of another keyword', () => {
    const a: Rule = { id: 'a', description: 'd', keywords: ['key'], regex: /key=(\d{4})/, secretGroup: 1, family: 'test' };
    const b: Rule = { id: 'b', description: 'd', keywords: ['api_key'], regex: /api_key=(\d{4})/, secretGroup: 1, family: 'test' };
    expect(scan([a, b], 'api_key=1234').map((f) => f.rule)).toEqual(['a', 'b']);
  });

  it('refuses rules without keywords and duplicate ids', () => {
    expect(() => new Scanner({ rules: [{ ...gh, keywords: [] }] })).toThrow(/keyword/);
    expect(() => new Scanner({ rules: [gh, gh] })).toThrow(/duplicate/);
    expect(() => new Scanner({ rules: [{ ...gh, id: REGISTERED_RULE_ID }] })).toThrow(/reserved/);
  });

  it('only looks at the keyword line, within 4 KB each side', () => {
    const rule: Rule = { id: 'w', description: 'd', keywords: ['kw'], regex: /SECRET\d{4}/, family: 'test' };
    expect(scan([rule], 'kw\nSECRET1234')).toEqual([]);
    expect(scan([rule], 'SECRET1234 kw')).toHaveLength(1);
    const near = 'SECRET1234' + 'x'.repeat(4000) + 'kw';
    const far = 'SECRET1234' + 'x'.repeat(5000) + 'kw';
    expect(scan([rule], near)).toHaveLength(1);
    expect(scan([rule], far)).toEqual([]);
  });

  it('lets a rule whose regex spans lines reach past the keyword line', () => {
    const pem: Rule = {
      id: 'pem',
      description: 'key',
      keywords: ['-----begin'],
      regex: /-----BEGIN PRIVATE KEY-----[\s\S]{10,}?-----END PRIVATE KEY-----/,
      family: 'private-key',
    };
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
    const findings = scan([pem], `x\n-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 2, column: 1, redacted: '***' });
  });
});

describe('Scanner positions and redaction', () => {
  it('finds secrets at the very start and end of a file', () => {
    expect(scan([gh], GH).map((f) => [f.line, f.column, f.endColumn])).toEqual([[1, 1, 41]]);
    expect(scan([gh], `a\n${GH}`).map((f) => [f.line, f.column])).toEqual([[2, 1]]);
  });

  it('counts lines with CRLF and columns in characters of multi-byte UTF-8', () => {
    const text = `first\r\nhé€😀 ${GH}\r\nlast`;
    const [f] = scan([gh], text);
    expect(f).toMatchObject({ line: 2, column: 6, endColumn: 46, redacted: 'hé€😀 ***' });
  });

  it('fills every Finding field', () => {
    const [f] = scan([gh], `export GITHUB_TOKEN=${GH} # ci`, 'ci/env.sh');
    expect(f).toEqual({
      rule: 'gh-pat',
      description: 'GitHub PAT',
      family: 'github',
      file: 'ci/env.sh',
      line: 1,
      column: 21,
      endColumn: 61,
      redacted: 'export GITHUB_TOKEN=*** # ci',
      secretSha256: sha(GH),
      fingerprint: sha(`gh-pat:${sha(GH)}`),
      confidence: 'medium',
    });
  });

  it('cuts the redacted line to 160 characters around the secret and never includes the secret', () => {
    const line = 'a'.repeat(500) + GH + 'b'.repeat(500);
    const [f] = scan([gh], line);
    expect(f!.redacted.length).toBeLessThanOrEqual(160);
    expect(f!.redacted).toContain('aaa***bbb');
    assertNoLeak(f!.redacted, GH);
  });

  it('scrubs other copies and pieces of the secret from the snippet', () => {
    const piece = GH.slice(10, 22);
    const [f] = scan([gh], `${GH} again ${piece} end`);
    assertNoLeak(f!.redacted, GH);
    expect(f!.redacted.startsWith('*** again ***')).toBe(true);
  });

  it('redacts other findings on the same line', () => {
    const other = 'ghp_' + 'Z'.repeat(10) + 'y'.repeat(26);
    const findings = scan([gh], `${GH} ${other}`);
    expect(findings.map((f) => f.redacted)).toEqual(['*** ***', '*** ***']);
  });
});

describe('Scanner filters', () => {
  it('drops findings on lines with gatehouse:allow or gitleaks:allow', () => {
    expect(scan([gh], `t=${GH} # gatehouse:allow\nu=${GH} // gitleaks:allow\nv=${GH}`).map((f) => f.line)).toEqual([3]);
  });

  it('applies entropy, allowlist regexes and stopwords to the secret', () => {
    expect(scan([generic], 'token=aaaaaaaaaaaa')).toEqual([]); // entropy 0
    expect(scan([generic], 'token=xxxxxxxxxxxx')).toEqual([]);
    expect(scan([generic], 'token=myEXAMPLEvalue42')).toEqual([]); // stopword, any case
    expect(scan([generic], 'token=Zq8vR2mT9wLp').map((f) => f.column)).toEqual([7]);
  });

  it('skips a rule for files its path allowlist names', () => {
    const rule: Rule = { ...gh, allowlist: { paths: [/^docs\//] } };
    expect(scan([rule], GH, 'docs/readme.md')).toEqual([]);
    expect(scan([rule], GH, 'src/readme.md')).toHaveLength(1);
  });

  it('raises confidence for a valid checksum and lowers it for an invalid one, still reporting', () => {
    const rule: Rule = { ...gh, validate: (s) => (s.endsWith('A5') ? 'valid' : 'invalid') };
    expect(scan([rule], GH)[0]).toMatchObject({ confidence: 'high', checksum: 'valid' });
    const bad = GH.slice(0, -2) + 'B6';
    expect(scan([rule], bad)[0]).toMatchObject({ confidence: 'low', checksum: 'invalid' });
    expect(scan([{ ...gh, confidence: 'high' }], GH)[0]!.confidence).toBe('high');
  });

  it('keeps the specific finding over an overlapping generic one', () => {
    const findings = scan([generic, gh], `token=${GH}`);
    expect(findings.map((f) => f.rule)).toEqual(['gh-pat']);
    // A generic finding elsewhere on the line stays.
    expect(scan([generic, gh], `token=Zq8vR2mT9wLp ${GH}`).map((f) => f.rule)).toEqual(['generic-token', 'gh-pat']);
  });

  it('reports one finding per rule and start offset however many keyword hits a line has', () => {
    const rule: Rule = { id: 'multi', description: 'd', keywords: ['aa', 'bb'], regex: /aa bb (\d{6})/, secretGroup: 1, family: 'test' };
    expect(scan([rule], 'aa bb 123456 aa bb 654321 bb aa')).toHaveLength(2);
  });
});

describe('Scanner registered secrets', () => {
  it('reports every occurrence of a registered form in any file, case-sensitively', () => {
    const value = 'Hunter2-Pa55w0rd!';
    const b64 = Buffer.from(value).toString('base64');
    const findings = scan([], `x ${value} y\nhunter2-pa55w0rd!\n${b64}${value}`, 'dist/app.js', [value, b64, 'ab']);
    expect(findings.map((f) => [f.rule, f.family, f.confidence, f.line, f.column])).toEqual([
      [REGISTERED_RULE_ID, 'registered', 'high', 1, 3],
      [REGISTERED_RULE_ID, 'registered', 'high', 3, 1],
      [REGISTERED_RULE_ID, 'registered', 'high', 3, b64.length + 1],
    ]);
    expect(findings[0]!.secretSha256).toBe(sha(value));
    expect(findings[1]!.secretSha256).toBe(sha(b64));
    for (const f of findings) {
      assertNoLeak(f.redacted, value);
      assertNoLeak(f.redacted, b64);
    }
  });

  it('finds registered forms that are suffixes of keywords or of other forms', () => {
    const findings = scan([gh], 'prefix-secret-value', 'a', ['secret-value', 'prefix-secret-value']);
    expect(findings.map((f) => f.column).sort()).toEqual([1, 8]);
  });

  it('keeps a registered finding next to a specific rule on the same secret', () => {
    expect(scan([gh, generic], `token=${GH}`, 'a', [GH]).map((f) => f.rule)).toEqual([REGISTERED_RULE_ID, 'gh-pat']);
  });
});

describe('Scanner edge inputs', () => {
  it('handles an empty buffer and a scanner without rules', () => {
    expect(scan([gh], '')).toEqual([]);
    expect(new Scanner({ rules: [] }).scanBuffer(Buffer.from('ghp_x'), 'a')).toEqual([]);
  });

  it('handles binary-ish bytes', () => {
    const bin = Buffer.concat([
      Buffer.from([0, 0xff, 0xc3, 0x80, 0xe2, 0x0a, 0x0d, 0x80]),
      Buffer.from(GH),
      Buffer.from([0xf0, 0x9f, 0, 1]),
    ]);
    const [f] = scan([gh], bin);
    expect(f).toMatchObject({ line: 2, rule: 'gh-pat', secretSha256: sha(GH) });
    assertNoLeak(f!.redacted, GH);
  });

  it('stays linear on a 1 MB single line with many keyword hits', () => {
    const unit = `token=${GH};`; // one generic and one specific candidate each
    const line = unit.repeat(Math.floor((1 << 20) / unit.length));
    const rule: Rule = { ...gh, keywords: ['ghp_', 'token'] };
    const findings = scan([generic, rule], line);
    // Every copy of the same secret is a finding at its own offset; generic ones are overridden.
    expect(findings).toHaveLength(Math.floor((1 << 20) / unit.length));
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['gh-pat']));
    for (const f of findings.slice(0, 50)) assertNoLeak(f.redacted, GH);
  });

  it('survives a 1 MB adversarial line of keyword hits for a bounded regex', () => {
    // Rules must be linear-time (bounded quantifiers); the engine then runs each once per byte.
    const rule: Rule = { id: 'adv', description: 'd', keywords: ['aaaa'], regex: /a{4,64}b/, family: 'test' };
    expect(scan([rule], 'a'.repeat(1 << 20))).toEqual([]);
  });
});
