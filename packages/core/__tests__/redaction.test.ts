import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createRedactStream } from '@gatehouse/core/redact-stream';
import { Redactor, redactText } from '@gatehouse/core/redaction';

/** Independent oracle: mark every occurrence of every pattern, merge overlapping/adjacent ranges. */
function oracle(text: Buffer, patterns: string[]): Buffer {
  const covered: Array<[number, number]> = [];
  for (const p of patterns.map((x) => Buffer.from(x))) {
    if (p.length < 4) continue;
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) covered.push([i, i + p.length]);
  }
  covered.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of covered) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const [s, e] of merged) {
    parts.push(text.subarray(cursor, s), Buffer.from('***'));
    cursor = e;
  }
  parts.push(text.subarray(cursor));
  return Buffer.concat(parts);
}

function runChunks(patterns: string[], chunks: Buffer[]): Buffer {
  const r = new Redactor(patterns);
  const out: Buffer[] = [];
  for (const c of chunks) out.push(...r.push(c));
  out.push(...r.end());
  return Buffer.concat(out);
}

function splitAt(buf: Buffer, cuts: number[]): Buffer[] {
  const parts: Buffer[] = [];
  let prev = 0;
  for (const c of [...cuts, buf.length]) {
    parts.push(buf.subarray(prev, c));
    prev = c;
  }
  return parts;
}

const SECRET = 'hunter2-Pa55w0rd!';

describe('Redactor', () => {
  it('replaces a secret with ***', () => {
    expect(redactText(`token=${SECRET};`, [SECRET])).toBe('token=***;');
  });

  it('passes input through untouched when nothing is registered or nothing matches', () => {
    const text = 'plain log line\n';
    expect(redactText(text, [])).toBe(text);
    expect(redactText(text, [SECRET])).toBe(text);
  });

  it('handles empty input', () => {
    expect(runChunks([SECRET], [])).toEqual(Buffer.alloc(0));
    expect(runChunks([SECRET], [Buffer.alloc(0), Buffer.alloc(0)])).toEqual(Buffer.alloc(0));
  });

  it('catches a secret split across two chunks at every offset', () => {
    const text = Buffer.from(`before ${SECRET} after`);
    for (let cut = 0; cut <= text.length; cut++) {
      const out = runChunks([SECRET], splitAt(text, [cut])).toString();
      expect(out).toBe('before *** after');
    }
  });

  it('catches a secret delivered one byte at a time', () => {
    const text = Buffer.from(`x${SECRET}y${SECRET}`);
    const chunks = [...text].map((b) => Buffer.from([b]));
    expect(runChunks([SECRET], chunks).toString()).toBe('x***y***');
  });

  it('catches secrets split at every pair of offsets', () => {
    const text = Buffer.from(`${SECRET}|${SECRET}`);
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b++) {
        expect(runChunks([SECRET], splitAt(text, [a, b])).toString()).toBe('***|***');
      }
    }
  });

  it('merges overlapping secrets into one ***', () => {
    expect(redactText('xx abcdefgh yy', ['abcdef', 'defgh'])).toBe('xx *** yy');
  });

  it('redacts the longer secret when one is a prefix of another', () => {
    expect(redactText('k=passwordlong!', ['password', 'passwordlong'])).toBe('k=***!');
    expect(redactText('k=password!', ['password', 'passwordlong'])).toBe('k=***!');
    // prefix followed by a near-miss of the longer one
    expect(redactText('k=passwordlonX', ['password', 'passwordlong'])).toBe('k=***lonX');
  });

  it('redacts a secret that is a suffix or infix of another', () => {
    expect(redactText('[secret-value-1]', ['secret-value-1', 'value'])).toBe('[***]');
    expect(redactText('[xvalue]', ['secret-value-1', 'value'])).toBe('[x***]');
  });

  it('merges adjacent secrets even when a chunk boundary falls between them', () => {
    const text = Buffer.from('<abcdefgh>');
    for (let cut = 0; cut <= text.length; cut++) {
      expect(runChunks(['abcd', 'efgh'], splitAt(text, [cut])).toString()).toBe('<***>');
    }
  });

  it('redacts repeated and self-overlapping patterns', () => {
    expect(redactText('aaaaaaaaaa', ['aaaa'])).toBe('***');
    expect(redactText('abababab-', ['abab'])).toBe('***-');
  });

  it('is byte-exact on multi-byte UTF-8 secrets and neighbours, split at every byte', () => {
    const secret = 'pässwörd-日本語-🔑';
    const text = Buffer.from(`é${secret}é ${secret}`);
    for (let cut = 0; cut <= text.length; cut++) {
      const out = runChunks([secret], splitAt(text, [cut]));
      expect(out.toString('utf8')).toBe('é***é ***');
    }
  });

  it('keeps \\r\\n line endings and redacts per-line secrets around them', () => {
    expect(redactText(`line1 ${SECRET}\r\nline2\r\n`, [SECRET])).toBe('line1 ***\r\nline2\r\n');
  });

  it('redacts a secret wrapped in ANSI colour codes', () => {
    const text = `\u001b[31m${SECRET}\u001b[0m and \u001b[1;32m${SECRET}`;
    expect(redactText(text, [SECRET])).toBe('\u001b[31m***\u001b[0m and \u001b[1;32m***');
  });

  it('handles a 10 MB line with secrets at the start, middle, end and chunk edges', () => {
    const size = 10 * 1024 * 1024;
    const body = Buffer.alloc(size, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const positions = [0, 65536 - 5, size / 2, size - SECRET.length];
    for (const p of positions) body.write(SECRET, p);
    const text = Buffer.concat([body, Buffer.from('\n')]);
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += 65536) chunks.push(text.subarray(i, i + 65536));
    const out = runChunks([SECRET], chunks);
    expect(out.indexOf(SECRET)).toBe(-1);
    expect(out.equals(oracle(text, [SECRET]))).toBe(true);
    expect(out.length).toBe(text.length - positions.length * (SECRET.length - 3));
  });

  it('agrees with a naive oracle on random inputs, patterns and chunkings', () => {
    // Small alphabet so patterns overlap, nest and repeat often.
    const alphabet = 'abcab-é';
    const rand = (n: number): number => randomBytes(4).readUInt32LE() % n;
    const word = (len: number): string => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const patterns = Array.from({ length: 1 + rand(6) }, () => word(4 + rand(6)));
      const text = Buffer.from(word(rand(200)));
      const cuts = Array.from({ length: rand(6) }, () => rand(text.length + 1)).sort((a, b) => a - b);
      const out = runChunks(patterns, splitAt(text, cuts));
      expect({ patterns, text: text.toString(), out: out.toString() }).toEqual({
        patterns,
        text: text.toString(),
        out: oracle(text, patterns).toString(),
      });
    }
  });

  it('ignores patterns under 4 bytes so short values cannot shred the log', () => {
    expect(redactText('a b abc abcd', ['a', 'ab', 'abc'])).toBe('a b abc abcd');
  });

  it('holds back only a possible partial match, not a whole pattern length', () => {
    const r = new Redactor(['0123456789-long-secret']);
    const released = Buffer.concat(r.push(Buffer.from('progress: 50% 01234'))).toString();
    expect(released).toBe('progress: 50% ');
    expect(Buffer.concat(r.end()).toString()).toBe('01234');
  });

  it('counts redactions', () => {
    const r = new Redactor([SECRET]);
    r.push(Buffer.from(`${SECRET} ${SECRET}`));
    r.end();
    expect(r.redactions).toBe(2);
  });
});

describe('createRedactStream', () => {
  it('redacts a stream written in odd chunk sizes', async () => {
    const secrets = Array.from({ length: 50 }, () => randomBytes(12).toString('base64url'));
    const lines = secrets.map((s, i) => `line ${i}: key=${s} done\n`).join('');
    const input = Buffer.from(lines);
    const chunks: Buffer[] = [];
    for (let i = 0, k = 1; i < input.length; i += k, k = ((k * 7) % 97) + 1) chunks.push(input.subarray(i, i + k));
    const out: Buffer[] = [];
    await pipeline(
      Readable.from(chunks),
      createRedactStream(secrets),
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          out.push(chunk);
          cb();
        },
      }),
    );
    const text = Buffer.concat(out).toString();
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text.split('\n')[7]).toBe('line 7: key=*** done');
  });
});
