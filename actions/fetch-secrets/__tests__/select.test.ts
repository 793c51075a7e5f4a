import { describe, expect, it } from '@jest/globals';
import { selectField } from '../src/select.js';

const json = (data: unknown) => ({ kind: 'json' as const, data });
const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('selectField', () => {
  it('returns the whole value without a field', () => {
    expect(selectField(text('s3cret'), undefined)).toEqual({ ok: true, value: 's3cret' });
    expect(selectField(json({ a: 1, b: 'x' }), undefined)).toEqual({ ok: true, value: '{"a":1,"b":"x"}' });
    const bytes = new Uint8Array([0, 1, 2]);
    expect(selectField({ kind: 'bytes', bytes }, undefined)).toEqual({ ok: true, value: bytes });
  });

  it('descends dots, lists and JSON text; non-strings become JSON text', () => {
    const data = { db: { password: 'pw', port: 5432, tls: true, hosts: ['a', 'b'], opts: { x: 1 } } };
    expect(selectField(json(data), 'db.password')).toEqual({ ok: true, value: 'pw' });
    expect(selectField(json(data), 'db.port')).toEqual({ ok: true, value: '5432' });
    expect(selectField(json(data), 'db.tls')).toEqual({ ok: true, value: 'true' });
    expect(selectField(json(data), 'db.hosts.1')).toEqual({ ok: true, value: 'b' });
    expect(selectField(json(data), 'db.opts')).toEqual({ ok: true, value: '{"x":1}' });
    expect(selectField(text(JSON.stringify(data)), 'db.password')).toEqual({ ok: true, value: 'pw' });
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    expect(selectField({ kind: 'bytes', bytes }, 'db.password')).toEqual({ ok: true, value: 'pw' });
  });

  it('prefers a key that literally contains the dots', () => {
    expect(selectField(json({ 'smtp.host': 'literal', smtp: { host: 'nested' } }), 'smtp.host')).toEqual({ ok: true, value: 'literal' });
  });

  it('names the missing key and the keys that exist, never values', () => {
    const result = selectField(json({ db: { user: 'admin-user', password: 'hunter22' } }), 'db.pasword');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe("field 'db.pasword' does not exist (no 'pasword' under 'db')");
    expect(result.fix).toContain('user, password');
    expect(JSON.stringify(result)).not.toContain('hunter22');
    expect(JSON.stringify(result)).not.toContain('admin-user');
  });

  it('fails for fields of text that is not JSON, of binary, and of null', () => {
    expect(selectField(text('not json'), 'a')).toMatchObject({ ok: false, problem: 'the value is not JSON, so it has no fields' });
    expect(selectField({ kind: 'bytes', bytes: new Uint8Array([0xff, 0xfe]) }, 'a')).toMatchObject({ ok: false });
    expect(selectField(json({ a: null }), 'a')).toMatchObject({ ok: false, problem: "field 'a' is null" });
    expect(selectField(json(['x']), '3')).toMatchObject({ ok: false });
  });
});
