import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  appendAuditEvent,
  appendAuditEvents,
  AUDIT_OUTCOMES,
  computeRecordHash,
  defaultAuditLogPath,
  GENESIS_PREV,
  type AuditEvent,
  type AuditRecord,
  type AuditSubjectValue,
} from '@gatehouse/core/audit';
import { verifyAuditLog } from '@gatehouse/core/audit-verify';
import { SecretRegistry } from '@gatehouse/core/masking';
import { canonicalize } from '@gatehouse/core/canonical-json';
import { rejection as failure } from '../../../test-support/failures.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const env: NodeJS.ProcessEnv = {
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
};

let dir: string;
let log: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-audit-'));
  log = join(dir, 'nested', 'audit.jsonl');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const event = (i: number): AuditEvent => ({
  action: 'scan-deps',
  event: 'lockfile.scanned',
  outcome: 'success',
  subject: { lockfile: `package-lock-${i}.json`, digest: `sha256:${sha256(String(i))}`, count: i },
});

async function writeChain(n: number): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let i = 1; i <= n; i++) records.push(await appendAuditEvent(log, event(i), { env }));
  return records;
}

/** The lines of the log without their LF; the file must end with one. */
function lines(): string[] {
  const text = readFileSync(log, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

function writeLines(items: string[], trailingNewline = true): void {
  mkdirSync(dirname(log), { recursive: true });
  writeFileSync(log, items.join('\n') + (trailingNewline ? '\n' : ''));
}

describe('appendAuditEvents', () => {
  it('appends a batch under one lock, chained to what was there and to each other', async () => {
    await writeChain(2);
    const batch = await appendAuditEvents(log, [event(3), event(4), event(5)], { env });
    expect(batch.map((r) => r.seq)).toEqual([3, 4, 5]);
    const all = lines();
    expect(all).toHaveLength(5);
    // Independent check of the links: prev is SHA-256 of the previous line's bytes.
    for (let i = 1; i < all.length; i++) expect((JSON.parse(all[i]!) as AuditRecord).prev).toBe(sha256(all[i - 1]!));
    expect(all.slice(2)).toEqual(batch.map((r) => canonicalize(r)));
    expect(await verifyAuditLog(log, env)).toEqual({ ok: true, count: 5, head: sha256(all[4]!) });
  });

  it('writes nothing at all when one event of the batch carries a secret', async () => {
    const secret = 'batch-secret-value-123';
    const err = await failure(
      appendAuditEvents(log, [event(1), { ...event(2), subject: { leaked: secret } }], { env, containsSecret: (t) => t.includes(secret) }),
    );
    expect(err.code).toBe('SECRET_REFUSED');
    expect(existsSync(log)).toBe(false);
  });

  it('does nothing for an empty batch', async () => {
    expect(await appendAuditEvents(log, [], { env })).toEqual([]);
    expect(existsSync(log)).toBe(false);
  });
});

describe('the line written', () => {
  /** Deterministic PRNG so a failure reproduces. */
  function prng(seed: number): () => number {
    let x = seed >>> 0;
    return () => {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      return x / 0x100000000;
    };
  }
  const alphabet = ['a', 'Z', '0', ' ', '"', '\\', '\n', '\t', '\u0001', '\u007f', 'é', '✓', '😀', '/', '<', '\u2028'];

  it('is the canonical JSON of the record returned, for 300 random subjects', async () => {
    const random = prng(11);
    const text = (): string =>
      Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const value = (depth: number): AuditSubjectValue => {
      const pick = random();
      if (depth > 2 || pick < 0.4) return text();
      if (pick < 0.5) return Math.floor(random() * 1e6) / (random() < 0.5 ? 1 : 7);
      if (pick < 0.6) return random() < 0.5;
      if (pick < 0.65) return null;
      if (pick < 0.8) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [text(), value(depth + 1)]));
    };
    const events: AuditEvent[] = Array.from({ length: 300 }, (_, i) => ({
      action: `action-${text()}`,
      event: `event ${i} ${text()}`,
      outcome: AUDIT_OUTCOMES[i % AUDIT_OUTCOMES.length]!,
      subject: Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 4) }, () => [text(), value(0)])),
    }));
    const records = [
      ...(await appendAuditEvents(log, events.slice(0, 150), { env })),
      ...(await appendAuditEvents(log, events.slice(150), { env: {} })),
    ];
    expect(lines()).toEqual(records.map((record) => canonicalize(record)));
    records.forEach((record) => expect(record.hash).toBe(computeRecordHash(record)));
    expect(await verifyAuditLog(log)).toMatchObject({ ok: true, count: 300 });
  });
});

describe('appendAuditEvent', () => {
  it('writes a chain of N events that verifies', async () => {
    const records = await writeChain(12);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const result = await verifyAuditLog(log);
    expect(result).toEqual({ ok: true, count: 12, head: sha256(lines()[11]!) });
  });

  it('returns exactly the record it wrote, as canonical JSON including the hash', async () => {
    const [record] = await writeChain(1);
    expect(lines()).toEqual([canonicalize(record)]);
    expect(record!.run).toEqual({
      repository: 'octo/app',
      run_id: '4242',
      run_attempt: '2',
      workflow_ref: 'octo/app/.github/workflows/release.yml@refs/heads/main',
      sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    });
    expect(record!.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('checks out against an independent computation of prev and hash with node:crypto', async () => {
    const now = (): Date => new Date('2026-01-02T03:04:05.678Z');
    await appendAuditEvent(
      log,
      { action: 'sign-artifact', event: 'signed', outcome: 'success', subject: { name: 'app.tgz' } },
      { env, now },
    );
    await appendAuditEvent(log, { action: 'verify-gate', event: 'decided', outcome: 'denied', subject: {} }, { env: {}, now });
    const [first, second] = lines();

    // Line 1, canonical JSON written out by hand: keys sorted, no spaces, hash over the rest.
    const run =
      '{"repository":"octo/app","run_attempt":"2","run_id":"4242","sha":"ffac537e6cbbf934b08745a378932722df287a53",' +
      '"workflow_ref":"octo/app/.github/workflows/release.yml@refs/heads/main"}';
    const unsigned =
      `{"action":"sign-artifact","event":"signed","outcome":"success","prev":"${'0'.repeat(64)}",` +
      `"run":${run},"seq":1,"subject":{"name":"app.tgz"},"time":"2026-01-02T03:04:05.678Z"}`;
    const hash1 = sha256(unsigned);
    expect(first).toBe(unsigned.replace('"outcome":', `"hash":"${hash1}","outcome":`));

    // Line 2: prev is the SHA-256 of line 1's bytes without the LF; run fields unset are null.
    const prev2 = sha256(Buffer.from(first!, 'utf8'));
    const unsigned2 =
      `{"action":"verify-gate","event":"decided","outcome":"denied","prev":"${prev2}",` +
      `"run":{"repository":null,"run_attempt":null,"run_id":null,"sha":null,"workflow_ref":null},` +
      `"seq":2,"subject":{},"time":"2026-01-02T03:04:05.678Z"}`;
    expect(second).toBe(unsigned2.replace('"outcome":', `"hash":"${sha256(unsigned2)}","outcome":`));
    expect(await verifyAuditLog(log)).toEqual({ ok: true, count: 2, head: sha256(second!) });
  });

  it('uses $RUNNER_TEMP/gatehouse/audit.jsonl by default, else the OS temp dir, and creates folders', async () => {
    expect(defaultAuditLogPath({ RUNNER_TEMP: '/runner/_temp' })).toBe(join('/runner/_temp', 'gatehouse', 'audit.jsonl'));
    expect(defaultAuditLogPath({})).toBe(join(tmpdir(), 'gatehouse', 'audit.jsonl'));
    const runnerTemp = join(dir, 'runner-temp');
    const record = await appendAuditEvent(undefined, event(1), { env: { RUNNER_TEMP: runnerTemp } });
    expect(record.seq).toBe(1);
    expect(existsSync(join(runnerTemp, 'gatehouse', 'audit.jsonl'))).toBe(true);
    expect(await verifyAuditLog(undefined, { RUNNER_TEMP: runnerTemp })).toMatchObject({ ok: true, count: 1 });
  });

  it('fails with AUDIT_WRITE_FAILED when it cannot append', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const err = await failure(appendAuditEvent(join(dir, 'a-file', 'audit.jsonl'), event(1), { env }));
    expect(err.code).toBe('AUDIT_WRITE_FAILED');
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain(join(dir, 'a-file', 'audit.jsonl'));
    expect(err.fix).toBeTruthy();
  });

  it('refuses to extend a log whose last line is incomplete', async () => {
    await writeChain(3);
    const text = readFileSync(log, 'utf8');
    writeFileSync(log, text.slice(0, -20));
    const err = await failure(appendAuditEvent(log, event(4), { env }));
    expect(err.code).toBe('AUDIT_WRITE_FAILED');
    expect(err.message).toContain('incomplete');
    expect(readFileSync(log, 'utf8')).toBe(text.slice(0, -20));
  });

  it.each<[string, AuditEvent]>([
    ['an unknown outcome', { action: 'a', event: 'e', outcome: 'maybe' as never }],
    ['an empty action', { action: '', event: 'e', outcome: 'success' }],
    ['a subject that is not JSON', { action: 'a', event: 'e', outcome: 'success', subject: { n: NaN } }],
  ])('refuses %s', async (_, bad) => {
    const err = await failure(appendAuditEvent(log, bad, { env }));
    expect(err.code).toBe('AUDIT_WRITE_FAILED');
    expect(existsSync(log)).toBe(false);
  });

  describe('secret values', () => {
    const secret = 'hunter2-but-much-longer-0f9a';
    const containsSecret = (text: string): boolean => text.includes(secret);

    it.each<[string, AuditEvent['subject'], string]>([
      ['a subject value', { name: 'DB_PASSWORD', value: secret }, 'subject.value'],
      ['a nested list item', { refs: { list: ['ok', secret] } }, 'subject.refs.list[1]'],
      ['a subject key', { [secret]: 'x' }, 'subject key #1'],
      ['a value with the secret inside a longer string', { url: `https://user:${secret}@db.example/app` }, 'subject.url'],
    ])('refuses %s that is a registered secret, without printing it', async (_, subject, where) => {
      const err = await failure(
        appendAuditEvent(log, { action: 'fetch-secrets', event: 'fetched', outcome: 'success', subject }, { env, containsSecret }),
      );
      expect(err.code).toBe('SECRET_REFUSED');
      expect(err.message).toContain(where);
      expect(err.describe()).not.toContain(secret);
      expect(existsSync(log)).toBe(false);
    });

    it('refuses a secret with quotes, backslashes or newlines, which the line holds JSON-escaped', async () => {
      const registry = new SecretRegistry({ addMasks: () => {} });
      const tricky = 'pa"ss\\word\nline-two-9f';
      registry.register(tricky);
      const err = await failure(
        appendAuditEvent(
          log,
          { action: 'fetch-secrets', event: 'fetched', outcome: 'success', subject: { note: `before ${tricky} after` } },
          { env, containsSecret: (text) => registry.containsSecret(text) },
        ),
      );
      expect(err.code).toBe('SECRET_REFUSED');
      expect(err.message).toContain('subject.note');
      expect(existsSync(log)).toBe(false);
    });

    it('writes names and refs that are not secrets', async () => {
      const record = await appendAuditEvent(
        log,
        { action: 'fetch-secrets', event: 'fetched', outcome: 'success', subject: { name: 'DB_PASSWORD', ref: 'vault:kv/db#password' } },
        { env, containsSecret },
      );
      expect(record.seq).toBe(1);
      expect(readFileSync(log, 'utf8')).not.toContain(secret);
    });
  });

  describe('locking', () => {
    it('breaks a lock left by a process that has exited', async () => {
      const dead = spawnSync(process.execPath, ['-e', '0']).pid;
      await writeChain(1);
      writeFileSync(`${log}.lock`, JSON.stringify({ pid: dead, host: hostname(), token: 'x' }));
      const record = await appendAuditEvent(log, event(2), { env, lockTimeoutMs: 60_000 });
      expect(record.seq).toBe(2);
      expect(existsSync(`${log}.lock`)).toBe(false);
    });

    it('breaks a lock older than staleLockMs even when its owner cannot be checked', async () => {
      const lock = `${log}.lock`;
      await writeChain(1);
      writeFileSync(lock, JSON.stringify({ pid: 1, host: 'another-machine', token: 'x' }));
      const old = new Date(Date.now() - 10 * 60_000);
      utimesSync(lock, old, old);
      const record = await appendAuditEvent(log, event(2), { env, lockTimeoutMs: 60_000, staleLockMs: 60_000 });
      expect(record.seq).toBe(2);
    });

    it('fails with AUDIT_WRITE_FAILED when a live writer holds the lock too long', async () => {
      await writeChain(1);
      const lock = `${log}.lock`;
      writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'held' }));
      const err = await failure(appendAuditEvent(log, event(2), { env, lockTimeoutMs: 50 }));
      expect(err.code).toBe('AUDIT_WRITE_FAILED');
      expect(err.message).toContain(`locked by process ${process.pid}`);
      expect(err.fix).toContain(lock);
      // The holder's lock is left alone and nothing was written.
      expect(readFileSync(lock, 'utf8')).toContain('held');
      expect(lines()).toHaveLength(1);
    });

    it('serialises appends from one process', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => appendAuditEvent(log, event(i), { env })));
      expect(await verifyAuditLog(log)).toMatchObject({ ok: true, count: 20 });
    });

    it('keeps the chain intact when several processes append at once', async () => {
      const workers = 4;
      const perWorker = 50;
      const auditModule = pathToFileURL(fileURLToPath(new URL('../src/audit.ts', import.meta.url))).href;
      const driver = join(dir, 'append-driver.mjs');
      // Node 24 strips TypeScript types itself; the hook maps the sources' NodeNext `.js`
      // specifiers to the `.ts` files, so the children run the real module, not a copy.
      writeFileSync(
        driver,
        `import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw err;
    }
  },
});
const { appendAuditEvent } = await import(${JSON.stringify(auditModule)});
const [log, worker, count] = process.argv.slice(2);
process.stdout.write('ready\\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
for (let i = 0; i < Number(count); i++) {
  await appendAuditEvent(log, { action: 'scan-deps', event: 'worker.step', outcome: 'success', subject: { worker: Number(worker), i } });
}
process.stdin.destroy();
`,
      );
      const children = Array.from({ length: workers }, (_, w) => {
        const child = spawn(process.execPath, [driver, log, String(w), String(perWorker)], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const ready = new Promise<void>((resolve, reject) => {
          child.stdout.once('data', () => resolve());
          child.once('exit', (code) => reject(new Error(`worker ${w} exited ${code} before it was ready: ${stderr}`)));
        });
        const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
          child.once('exit', (code) => resolve({ code, stderr })),
        );
        return { child, ready, done };
      });
      await Promise.all(children.map((c) => c.ready));
      for (const { child } of children) child.stdin.write('go\n'); // start them all together
      const results = await Promise.all(children.map((c) => c.done));
      expect(results).toEqual(Array.from({ length: workers }, () => ({ code: 0, stderr: '' })));

      const total = workers * perWorker;
      expect(await verifyAuditLog(log)).toEqual({ ok: true, count: total, head: sha256(lines()[total - 1]!) });
      const records = lines().map((line) => JSON.parse(line) as AuditRecord);
      expect(records.map((r) => r.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      for (let w = 0; w < workers; w++) {
        const mine = records.filter((r) => r.subject['worker'] === w).map((r) => r.subject['i']);
        expect(mine).toEqual(Array.from({ length: perWorker }, (_, i) => i));
      }
      expect(existsSync(`${log}.lock`)).toBe(false);
    });
  });
});

describe('verifyAuditLog', () => {
  const N = 6;

  it('reports an edited field at the line that was edited', async () => {
    await writeChain(N);
    const edited = lines();
    edited[2] = edited[2]!.replace('"outcome":"success"', '"outcome":"failure"');
    writeLines(edited);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 2, brokenSeq: 3, reason: expect.stringContaining("'hash'") });
  });

  it('reports an edit whose hash was recomputed at the next line, through prev', async () => {
    await writeChain(N);
    const edited = lines();
    const record = JSON.parse(edited[3]!) as AuditRecord;
    record.subject = { lockfile: 'innocent.json' };
    record.hash = computeRecordHash(record);
    edited[3] = canonicalize(record);
    writeLines(edited);
    expect(await verifyAuditLog(log)).toEqual({
      ok: false,
      count: 4,
      brokenSeq: 5,
      reason: "line 5: 'prev' does not match the SHA-256 of line 4",
    });
  });

  it('reports a deleted line', async () => {
    await writeChain(N);
    const kept = lines();
    kept.splice(3, 1);
    writeLines(kept);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 3, brokenSeq: 4, reason: 'line 4: expected seq 4, found 5' });
  });

  it('reports two lines swapped', async () => {
    await writeChain(N);
    const swapped = lines();
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    writeLines(swapped);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 1, brokenSeq: 2, reason: 'line 2: expected seq 2, found 3' });
  });

  it('reports a truncated final line', async () => {
    await writeChain(N);
    const text = readFileSync(log, 'utf8');
    writeFileSync(log, text.slice(0, text.length - 30));
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: N - 1, brokenSeq: N, reason: expect.stringContaining('incomplete') });
  });

  it('reports a final line that lost only its newline', async () => {
    await writeChain(N);
    writeLines(lines(), false);
    expect(await verifyAuditLog(log)).toMatchObject({ ok: false, count: N - 1, brokenSeq: N });
  });

  it('reports a line that is not JSON', async () => {
    await writeChain(N);
    const broken = lines();
    broken[4] = broken[4]!.slice(0, 40);
    writeLines(broken);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 4, brokenSeq: 5, reason: 'line 5: the line is not valid JSON' });
  });

  it('reports a line that was reformatted even though its content is the same', async () => {
    await writeChain(N);
    const reformatted = lines();
    reformatted[0] = JSON.stringify(JSON.parse(reformatted[0]!) as object, null, 1).replace(/\n/g, '');
    writeLines(reformatted);
    expect(await verifyAuditLog(log)).toMatchObject({ ok: false, count: 0, brokenSeq: 1 });
  });

  it('reports a gap in seq even when every prev and hash is consistent', async () => {
    // Built by hand with node:crypto: seq 1, 2, 4.
    const out: string[] = [];
    let prev = GENESIS_PREV;
    for (const seq of [1, 2, 4]) {
      const unsigned = {
        seq,
        time: '2026-01-02T03:04:05.678Z',
        action: 'scan-deps',
        event: 'x',
        subject: {},
        outcome: 'success',
        run: { repository: null, run_id: null, run_attempt: null, workflow_ref: null, sha: null },
        prev,
      };
      const line = canonicalize({ ...unsigned, hash: sha256(canonicalize(unsigned)) });
      out.push(line);
      prev = sha256(line);
    }
    writeLines(out);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 2, brokenSeq: 3, reason: 'line 3: expected seq 3, found 4' });
    writeLines(out.slice(0, 2));
    expect(await verifyAuditLog(log)).toEqual({ ok: true, count: 2, head: sha256(out[1]!) });
  });

  it('reports a first line whose prev is not 64 zeros', async () => {
    await writeChain(2);
    const [, second] = lines();
    writeLines([second!]);
    const result = await verifyAuditLog(log);
    expect(result).toMatchObject({ ok: false, count: 0, brokenSeq: 1 });
  });

  it('reports an extra field even with a matching hash', async () => {
    await writeChain(1);
    const record = JSON.parse(lines()[0]!) as Record<string, unknown>;
    record['note'] = 'added';
    const { hash: _drop, ...rest } = record;
    writeLines([canonicalize({ ...rest, hash: sha256(canonicalize(rest)) })]);
    expect(await verifyAuditLog(log)).toEqual({ ok: false, count: 0, brokenSeq: 1, reason: "line 1: unknown field 'note'" });
  });

  it('accepts an empty log and reports a missing one', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '');
    expect(await verifyAuditLog(join(dir, 'empty.jsonl'))).toEqual({ ok: true, count: 0, head: '0'.repeat(64) });
    expect(await verifyAuditLog(join(dir, 'missing.jsonl'))).toEqual({
      ok: false,
      count: 0,
      brokenSeq: 1,
      reason: 'the audit log does not exist',
    });
  });

  it('verifies a log larger than one read chunk', async () => {
    const big = 'x'.repeat(3000);
    for (let i = 0; i < 60; i++) {
      await appendAuditEvent(log, { action: 'a', event: 'e', outcome: 'skipped', subject: { big, i } }, { env });
    }
    expect(readFileSync(log).length).toBeGreaterThan(64 * 1024 * 2);
    expect(await verifyAuditLog(log)).toEqual({ ok: true, count: 60, head: sha256(lines()[59]!) });
  });
});
