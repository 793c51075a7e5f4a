import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { baseValues, isTrivial, SecretRegistry } from '@gatehouse/core/masking';
import { Redactor } from '@gatehouse/core/redaction';
import { encodedForms, formEncode, percentEncode } from '@gatehouse/core/encodings';

function registry(minLength?: number): { reg: SecretRegistry; masks: string[] } {
  const masks: string[] = [];
  const reg = new SecretRegistry({ minLength, addMasks: (batch) => masks.push(...batch) });
  return { reg, masks };
}

const SECRET = 's3cr3t \'pa$$\' w/ "q" & <x>';

describe('encodings', () => {
  it('produce what independent tools produce', () => {
    // Independent implementations: coreutils base64/basenc/od, python's urllib and json.
    const sh = (cmd: string): string =>
      execFileSync('bash', ['-c', cmd], { env: { S: SECRET } })
        .toString()
        .trim();
    const py = (expr: string): string =>
      execFileSync('python3', ['-c', `import os,sys,json,urllib.parse,base64; S=os.environ['S']; sys.stdout.write(${expr})`], {
        env: { S: SECRET },
      }).toString();
    const forms = Object.fromEntries(encodedForms(SECRET).map((f) => [f.kind, f.text]));
    expect(forms['base64']).toBe(sh('printf %s "$S" | base64 -w0'));
    expect(forms['base64-newline']).toBe(sh('echo "$S" | base64 -w0'));
    expect(forms['base64url']).toBe(sh('printf %s "$S" | basenc --base64url -w0 | tr -d ='));
    expect(forms['hex']).toBe(sh(`printf %s "$S" | od -An -tx1 -v | tr -d ' \\n'`));
    expect(forms['percent']).toBe(py("urllib.parse.quote(S, safe='-_.~')"));
    expect(forms['form']).toBe(py('urllib.parse.quote_plus(S)').replace(/~/g, '%7E'));
    expect(forms['json']).toBe(py('json.dumps(S)[1:-1]'));
    expect(forms['shell-single-quote']).toBe(py(`S.replace("'", "'\\\\''")`));
  });

  it('aligned base64 fragments appear inside base64 of the secret at any offset', () => {
    const forms = encodedForms('correct-horse-battery-staple');
    const aligned = forms.filter((f) => f.kind.startsWith('base64-aligned')).map((f) => f.text);
    for (const prefix of ['', 'a', 'ab', 'Authorization: Basic user:']) {
      for (const suffix of ['', '\n', 'xyz']) {
        const encoded = Buffer.from(`${prefix}correct-horse-battery-staple${suffix}`).toString('base64');
        expect(aligned.some((a) => encoded.includes(a))).toBe(true);
      }
    }
  });

  it('percent and form encoding differ on spaces', () => {
    expect(percentEncode("a b!'()*")).toBe('a%20b%21%27%28%29%2A');
    expect(formEncode('a b&c')).toBe('a+b%26c');
  });

  it('form-encodes exactly as URLSearchParams does, for every ASCII character and random Unicode text', () => {
    const viaUrl = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);
    for (let code = 0; code < 128; code++) {
      const value = `a${String.fromCharCode(code)}z`;
      expect(formEncode(value)).toBe(viaUrl(value));
    }
    let seed = 11;
    const random = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 0x100000000;
    };
    const pool = [...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~', 'é', 'ß', '日', '本', '🔑', '\u00a0', '\u2028', '\n', '\t'];
    for (let i = 0; i < 500; i++) {
      const value = Array.from({ length: 1 + Math.floor(random() * 20) }, () => pool[Math.floor(random() * pool.length)]).join('');
      expect(formEncode(value)).toBe(viaUrl(value));
    }
  });
});

describe('SecretRegistry', () => {
  it('registers the value and every encoded form, each once, through addMasks', () => {
    const { reg, masks } = registry();
    const outcome = reg.register(SECRET);
    expect(outcome.accepted).toBe(true);
    const expected = new Set(encodedForms(SECRET).map((f) => f.text));
    for (const form of expected) expect(masks).toContain(form);
    expect(new Set(masks).size).toBe(masks.length);
    expect(outcome.added).toBe(masks.length);
    // registering again adds nothing
    expect(reg.register(SECRET).added).toBe(0);
  });

  it('registers each trimmed line of a multi-line value', () => {
    const { reg, masks } = registry();
    const pem = '-----BEGIN KEY-----\n  MIIBVwIBADANBgkq  \r\nhkiG9w0BAQEFAASC\n}\n-----END KEY-----\n';
    reg.register(pem);
    expect(masks).toContain('MIIBVwIBADANBgkq');
    expect(masks).toContain('hkiG9w0BAQEFAASC');
    expect(masks).toContain(pem);
    // a one-character line is never a mask
    expect(masks).not.toContain('}');
  });

  it('registers string leaves and the compact form of JSON', () => {
    const { reg, masks } = registry();
    reg.register(
      '{\n  "user": "deploy-bot",\n  "password": "p4ss-w0rd-xyz",\n  "port": 5432,\n  "tls": true,\n  "list": ["tok-abcdef"]\n}',
    );
    expect(masks).toContain('p4ss-w0rd-xyz');
    expect(masks).toContain('deploy-bot');
    expect(masks).toContain('tok-abcdef');
    expect(masks).toContain('{"user":"deploy-bot","password":"p4ss-w0rd-xyz","port":5432,"tls":true,"list":["tok-abcdef"]}');
    expect(masks).toContain(Buffer.from('p4ss-w0rd-xyz').toString('base64'));
    expect(masks).not.toContain('5432');
    expect(masks).not.toContain('true');
  });

  it.each(['true', 'FALSE', 'null', '12345678', '-3.5e10', '   '])('never masks the trivial value %j', (value) => {
    const { reg, masks } = registry();
    const outcome = reg.register(value);
    expect(outcome.accepted).toBe(false);
    expect(masks).toEqual([]);
  });

  it('refuses values shorter than min-length', () => {
    const { reg, masks } = registry(8);
    expect(reg.register('short1')).toEqual({ accepted: false, reason: 'too-short', added: 0 });
    expect(masks).toEqual([]);
    expect(reg.register('long-enough').accepted).toBe(true);
    expect(masks.every((m) => m.trim().length >= 8)).toBe(true);
  });

  it('never registers a derived form shorter than min-length', () => {
    const { reg, masks } = registry(4);
    reg.register('abcdefg');
    expect(masks.length).toBeGreaterThan(3);
    expect(masks.every((m) => m.length >= 4)).toBe(true);
    // The runner's own shifted form is kept (it registers it anyway) ...
    expect(masks).toContain(Buffer.from('cdefg').toString('base64'));
    // ... but a 4-character aligned fragment would match ordinary base64 text too often.
    expect(masks).not.toContain(Buffer.from('cde').toString('base64'));
  });

  it('classifies trivial values', () => {
    expect(isTrivial('0')).toBe(true);
    expect(isTrivial('1.5')).toBe(true);
    expect(isTrivial('0x1F')).toBe(false);
    expect(isTrivial('truely')).toBe(false);
  });

  it('isTrivial answers as the full expression does for every leading character', () => {
    const full = /^(?:true|false|null|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/i;
    const tails = ['', '1', '.5', 'rue', 'alse', 'ull', 'RUE', 'e5', 'x'];
    for (let code = 0; code < 0x180; code++) {
      for (const tail of tails) {
        const value = String.fromCharCode(code) + tail;
        expect([value, isTrivial(value)]).toEqual([value, full.test(value.trim())]);
      }
    }
  });

  it('a redactor over its patterns masks every registered form in a stream', () => {
    const { reg } = registry();
    reg.register(SECRET);
    const log = encodedForms(SECRET)
      .map((f) => `${f.kind}: ${f.text}`)
      .join('\n');
    const redactor = new Redactor(reg.patterns());
    const out = Buffer.concat([...redactor.push(Buffer.from(log)), ...redactor.end()]).toString();
    for (const f of encodedForms(SECRET)) if (f.text.length >= 4) expect(out).not.toContain(f.text);
  });

  it('registers a JSON value whose string leaf holds a lone surrogate', () => {
    const { reg } = registry();
    expect(reg.register('{"key":"abc\\ud800def-123"}').accepted).toBe(true);
    expect(reg.containsSecret('abc\ud800def-123')).toBe(true);
  });

  it('detects secrets inside text for the audit log check', () => {
    const { reg } = registry();
    reg.register('sup3r-s3cret');
    expect(reg.containsSecret('ref=sup3r-s3cret')).toBe(true);
    expect(reg.containsSecret(`b64=${Buffer.from('sup3r-s3cret').toString('base64')}`)).toBe(true);
    expect(reg.containsSecret('secret/data/app')).toBe(false);
  });

  it('tells apart forms whose first two characters share their low bytes (the pair table folds them)', () => {
    const reg = new SecretRegistry({ addMasks: () => {} });
    // U+0141 U+0142 fold onto "AB" (0x41 0x42) in the table of leading pairs.
    reg.register('\u0141\u0142-secret-tail');
    expect(reg.containsSecret('x AB-secret-tail y')).toBe(false);
    expect(reg.containsSecret('x \u0141\u0142-secret-tail y')).toBe(true);
    reg.register('AB-other-value');
    expect(reg.containsSecret('x AB-other-value')).toBe(true);
    expect(reg.containsSecret('x \u0141\u0142-other-value')).toBe(false);
  });

  it('answers containsSecret exactly as a scan for every form would, on 3,000 random texts', () => {
    // A seeded PRNG over a small alphabet, so forms and texts overlap often, at every offset.
    let seed = 5;
    const random = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 0x100000000;
    };
    const alphabet = ['a', 'b', '0', '=', '+', '/', '%', '"', '\\', 'é', '😀', '\n', '\ud800'];
    const text = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const reg = new SecretRegistry({ addMasks: () => {} });
    for (let i = 0; i < 40; i++) reg.register(text(5 + Math.floor(random() * 10)));
    const forms = reg.patterns();
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      const sample =
        random() < 0.3
          ? `${text(3)}${forms[Math.floor(random() * forms.length)]!.slice(0, -1 - Math.floor(random() * 2))}${text(3)}`
          : text(Math.floor(random() * 40));
      const expected = forms.some((form) => sample.includes(form));
      if (expected) hits++;
      expect(reg.containsSecret(sample)).toBe(expected);
    }
    expect(hits).toBeGreaterThan(50);
  });
});

describe('baseValues', () => {
  it('includes the whole value and each trimmed line', () => {
    expect(baseValues(' a-line \nb-line')).toEqual([' a-line \nb-line', 'a-line', 'b-line']);
  });
});
