// The audit log: one JSON-lines file that every Gatehouse action appends to, hash-chained so that
// any edit, reorder or deletion of a line is detected (audit-verify.ts checks it; verify-gate uses that).
//
// The format, precisely:
//
//   - The file is UTF-8. Every record is one line terminated by a single LF (0x0A). No blank lines,
//     no CR. A file that does not end with LF ends with an incomplete (truncated) line.
//   - A line is the canonical JSON (canonical-json.ts, RFC 8785 style) of an object with exactly
//     these members:
//       seq      integer, 1 for the first line, then +1 per line
//       time     when it was written, ISO 8601 UTC with milliseconds (`2026-01-02T03:04:05.678Z`)
//       action   the action that wrote it (`fetch-secrets`, `scan-deps`, ...)
//       event    what happened (`secrets.fetched`, `gate.decided`, ...)
//       subject  object of names, refs and digests it is about; never secret values
//       outcome  `success` | `failure` | `denied` | `skipped`
//       run      { repository, run_id, run_attempt, workflow_ref, sha } from GITHUB_REPOSITORY,
//                GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_WORKFLOW_REF, GITHUB_SHA (strings as the
//                runner sets them; null when unset, e.g. outside a runner)
//       prev     lower-case hex SHA-256 of the previous line's bytes: the UTF-8 bytes of that line
//                exactly as stored in the file, from its first byte up to but excluding its
//                terminating LF. For seq 1 it is 64 zeros.
//       hash     lower-case hex SHA-256 of the canonical JSON (UTF-8) of this same object without
//                the `hash` member.
//   - The chain's `head` is the SHA-256 of the last line (what the next line's `prev` will be).
//
// The chain detects any change inside the log. Removing or rewriting lines at the end can only be
// detected against an anchor kept elsewhere: compare `count`/`head` of verifyAuditLog (audit-verify.ts) with values a
// later step recorded (for example in a step output).
//
// Appends are safe when several processes write at once: a lock file (`<log>.lock`, created with
// O_EXCL) serialises them; a lock whose process has exited, or that is older than `staleLockMs`,
// is broken. Under the lock the last line is read from the end of the file (never the whole log),
// the record is built, written with one write() on an O_APPEND descriptor (not fsync'ed: see appendLine).

import type * as Os from 'node:os';
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { canonicalize } from './canonical-json.js';
import { GatehouseError } from './errors.js';
import { sha256Hex, uniqueId } from './sha256.js';
import { isoTime } from './time.js';
import { decodeUtf8 } from './utf8.js';
import { runnerTemp } from './runner.js';

export const GENESIS_PREV = '0'.repeat(64);
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied', 'skipped'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export type AuditSubjectValue = string | number | boolean | null | AuditSubjectValue[] | { [key: string]: AuditSubjectValue };
export type AuditSubject = { [key: string]: AuditSubjectValue };

/** What an action reports; the log adds seq, time, run, prev and hash. */
export interface AuditEvent {
  action: string;
  event: string;
  outcome: AuditOutcome;
  subject?: AuditSubject;
}

export interface AuditRun {
  repository: string | null;
  run_id: string | null;
  run_attempt: string | null;
  workflow_ref: string | null;
  sha: string | null;
}

export interface AuditRecord {
  seq: number;
  time: string;
  action: string;
  event: string;
  subject: AuditSubject;
  outcome: string;
  run: AuditRun;
  prev: string;
  hash: string;
}

export interface AppendOptions {
  /**
   * True when `text` contains a registered secret value (SecretRegistry.containsSecret provides
   * it). A subject key or value that contains one is refused: the audit log never holds secrets.
   */
  containsSecret?: (text: string) => boolean;
  /** Where the run fields come from; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Clock for `time`; default the system clock. */
  now?: () => Date;
  /** How long to wait for another writer's lock before failing; default 15 s. */
  lockTimeoutMs?: number;
  /** A lock older than this is considered abandoned and broken; default 30 s. */
  staleLockMs?: number;
}

/** Records are small; a longer line is refused on write and treated as damage on read. */
export const MAX_LINE_BYTES = 1024 * 1024;

export const LF = 0x0a;

/** `$RUNNER_TEMP/gatehouse/audit.jsonl`, or under the OS temp dir outside a runner. */
export function defaultAuditLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(runnerTemp(env), 'gatehouse', 'audit.jsonl');
}

/** The run a record belongs to, from the runner's default environment variables. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): AuditRun {
  const get = (name: string): string | null => env[name] || null;
  return {
    repository: get('GITHUB_REPOSITORY'),
    run_id: get('GITHUB_RUN_ID'),
    run_attempt: get('GITHUB_RUN_ATTEMPT'),
    workflow_ref: get('GITHUB_WORKFLOW_REF'),
    sha: get('GITHUB_SHA'),
  };
}

/** `hash` of a record: SHA-256 of the canonical JSON of the record without its `hash` member. */
export function computeRecordHash(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  const { hash: _ignored, ...rest } = record as AuditRecord;
  return sha256Hex(canonicalize(rest));
}

/** `prev` for the line after `line`: SHA-256 of the line's bytes without its LF. */
export function lineDigest(line: string | Uint8Array): string {
  return sha256Hex(line);
}

/**
 * Append one event to the audit log at `path` (default: defaultAuditLogPath()) and return the
 * record written. Throws GatehouseError AUDIT_WRITE_FAILED when it cannot append (the action must
 * fail), SECRET_REFUSED when the event carries a registered secret value.
 */
export async function appendAuditEvent(path: string | undefined, event: AuditEvent, options: AppendOptions = {}): Promise<AuditRecord> {
  const [record] = await appendAuditEvents(path, [event], options);
  return record!;
}

/**
 * Append several events under one lock and in one write (fetch-secrets records one event per
 * secret: fifty appends would cost fifty lock round trips). All or nothing: an event that carries a
 * secret or is too large refuses the whole batch before anything is written.
 */
export async function appendAuditEvents(
  path: string | undefined,
  events: readonly AuditEvent[],
  options: AppendOptions = {},
): Promise<AuditRecord[]> {
  const file = resolve(path || defaultAuditLogPath(options.env));
  const prepared = events.map((event) => prepareEvent(file, event));
  if (options.containsSecret) refuseSecrets(prepared, options.containsSecret);
  if (events.length === 0) return [];
  const run = currentRun(options.env);
  const runText = canonicalize(run);
  const now = options.now ? (): string => isoTime(options.now!().getTime()) : (): string => isoTime();

  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw writeFailed(file, `cannot create its folder (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
  }

  let lock: Lock;
  try {
    lock = await acquireLock(file, options.lockTimeoutMs ?? 15_000, options.staleLockMs ?? 30_000);
  } catch (err) {
    if (err instanceof GatehouseError) throw err;
    throw writeFailed(file, `cannot take its lock (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
  }
  try {
    let fd: number;
    try {
      fd = openSync(file, 'a+', 0o600);
    } catch (err) {
      throw writeFailed(file, `cannot open it (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
    }
    try {
      const size = fstatSync(fd).size;
      const last = readLastLine(fd, size, file);
      let seq = 1;
      let prev = GENESIS_PREV;
      if (last) {
        seq = lastSeq(last, file) + 1;
        prev = lineDigest(last);
      }
      const records: AuditRecord[] = [];
      let text = '';
      prepared.forEach((event, i) => {
        const time = now();
        const recordPrev = prev;
        // The canonical JSON of the record, assembled around the subject's canonical text rather
        // than serialising the whole record again: members in code-unit order (action, event,
        // hash, outcome, prev, run, seq, subject, time), `hash` over the same text without it.
        const head = `{"action":${event.actionText},"event":${event.eventText},`;
        const tail = `"outcome":"${event.outcome}","prev":"${recordPrev}","run":${runText},"seq":${seq + i},"subject":${event.subjectText},"time":"${time}"}`;
        const hash = sha256Hex(head + tail);
        const line = `${head}"hash":"${hash}",${tail}`;
        const bytes = Buffer.byteLength(line, 'utf8') + 1;
        if (bytes > MAX_LINE_BYTES) {
          throw writeFailed(
            file,
            `the event is ${bytes} bytes, over the ${MAX_LINE_BYTES}-byte line limit`,
            'Record names and digests in the subject, not contents.',
          );
        }
        // The next record's `prev`; the last one's is computed by whoever appends next.
        if (i < prepared.length - 1) prev = lineDigest(line);
        text += line + '\n';
        records.push({
          seq: seq + i,
          time,
          action: event.action,
          event: event.event,
          subject: JSON.parse(event.subjectText) as AuditSubject,
          outcome: event.outcome,
          run,
          prev: recordPrev,
          hash,
        });
      });
      appendLine(fd, Buffer.from(text, 'utf8'), size, file);
      return records;
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof GatehouseError) throw err;
    throw writeFailed(file, errno(err), 'Check that the audit log is on a writable, local file system.', err);
  } finally {
    releaseLock(lock);
  }
}

// ---- writing -----------------------------------------------------------------------------------

/** An event checked and serialised once, before the lock is taken. */
interface PreparedEvent {
  action: string;
  event: string;
  outcome: AuditOutcome;
  actionText: string;
  eventText: string;
  /** Canonical JSON of the subject: exactly the bytes that go into the line. */
  subjectText: string;
}

function prepareEvent(file: string, event: AuditEvent): PreparedEvent {
  const fix = 'Pass action, event and outcome as in the AuditEvent type.';
  if (typeof event.action !== 'string' || event.action.trim() === '') throw writeFailed(file, "the event has no 'action'", fix);
  if (typeof event.event !== 'string' || event.event.trim() === '') throw writeFailed(file, "the event has no 'event' name", fix);
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(event.outcome)) {
    throw writeFailed(file, `outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`, fix);
  }
  const subject = event.subject ?? {};
  if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) {
    throw writeFailed(file, 'the subject must be an object of names, refs and digests', fix);
  }
  let subjectText: string;
  try {
    // Serialised now, so later mutation of the caller's object cannot change what is written.
    subjectText = canonicalize(subject);
  } catch (err) {
    throw writeFailed(
      file,
      `the subject is not JSON data (${(err as Error).message})`,
      'Record strings, numbers and plain objects only.',
      err,
    );
  }
  let actionText: string;
  let eventText: string;
  try {
    actionText = canonicalize(event.action);
    eventText = canonicalize(event.event);
  } catch (err) {
    throw writeFailed(file, `the action or event name is not valid Unicode (${(err as Error).message})`, fix, err);
  }
  return { action: event.action, event: event.event, outcome: event.outcome, actionText, eventText, subjectText };
}

/**
 * Refuse a batch whose text carries a registered secret. The check runs over the serialised text,
 * which is exactly what would be written (a secret with quotes or control characters appears
 * JSON-escaped there, and the registry holds that form too), in one pass for the whole batch;
 * only on a hit are the events looked at one by one to say where.
 */
function refuseSecrets(events: readonly PreparedEvent[], containsSecret: (text: string) => boolean): void {
  let all = '';
  for (const e of events) all += `${e.actionText}\n${e.eventText}\n${e.subjectText}\n`;
  if (!containsSecret(all)) return;
  for (const e of events) {
    const refuse = (where: string): never => {
      throw new GatehouseError(
        'SECRET_REFUSED',
        `Refusing to write audit event '${e.action} ${e.event}': ${where} holds a registered secret value.`,
        {
          fix: "Record the secret's name or reference in the audit subject, never its value.",
        },
      );
    };
    if (containsSecret(e.actionText)) refuse('action');
    if (containsSecret(e.eventText)) refuse('event');
    if (!containsSecret(e.subjectText)) continue;
    walkStrings(JSON.parse(e.subjectText) as unknown, 'subject', (value, where) => {
      if (containsSecret(value) || containsSecret(JSON.stringify(value))) refuse(where);
    });
    refuse('subject'); // the secret spans several members of the serialised subject
  }
  // Otherwise the hit spanned two events in the joined text, which is not what is written.
}

/** Calls `visit` for every string in `value`: object keys and string leaves. */
function walkStrings(value: unknown, where: string, visit: (value: string, where: string) => void): void {
  if (typeof value === 'string') {
    visit(value, where);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkStrings(item, `${where}[${i}]`, visit));
  } else if (value !== null && typeof value === 'object') {
    Object.entries(value).forEach(([key, item], i) => {
      // Name the position, not the key: the key itself might be the secret.
      const at = `${where} key #${i + 1}`;
      visit(key, at);
      walkStrings(item, /^[\w-]+$/.test(key) && key.length <= 40 ? `${where}.${key}` : at, visit);
    });
  }
}

/**
 * The last line of the file (without its LF), read backwards from the end in chunks so a large log
 * is never loaded; undefined for an empty file.
 */
function readLastLine(fd: number, size: number, file: string): Buffer | undefined {
  if (size === 0) return undefined;
  const tail = Buffer.alloc(1);
  readSync(fd, tail, 0, 1, size - 1);
  if (tail[0] !== LF) {
    throw writeFailed(
      file,
      'its last line is incomplete (no newline at the end: the log was truncated or damaged)',
      'Keep the damaged log as evidence and point the audit-log input at a new file.',
    );
  }
  const end = size - 1;
  const chunks: Buffer[] = [];
  let position = end;
  // Records are a few hundred bytes: start small and grow, so a long log costs one small read.
  let step = 4096;
  while (position > 0) {
    const length = Math.min(step, position);
    step = Math.min(step * 4, 64 * 1024);
    const start = position - length;
    const buffer = Buffer.alloc(length);
    readFully(fd, buffer, start);
    const nl = buffer.lastIndexOf(LF);
    if (nl !== -1) {
      chunks.unshift(buffer.subarray(nl + 1));
      break;
    }
    chunks.unshift(buffer);
    position = start;
    if (end - position > MAX_LINE_BYTES) {
      throw writeFailed(
        file,
        `its last line is longer than ${MAX_LINE_BYTES} bytes`,
        'Keep the damaged log as evidence and point the audit-log input at a new file.',
      );
    }
  }
  const line = Buffer.concat(chunks);
  if (line.length === 0) {
    throw writeFailed(file, 'its last line is empty', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
  }
  return line;
}

function readFully(fd: number, buffer: Buffer, position: number): void {
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) throw new Error('the file shrank while it was read');
    done += n;
  }
}

function lastSeq(line: Buffer, file: string): number {
  let seq: unknown;
  try {
    seq = (JSON.parse(decodeUtf8(line) ?? '') as { seq?: unknown }).seq;
  } catch {
    seq = undefined;
  }
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw writeFailed(
      file,
      'its last line is not an audit record',
      'Keep the damaged log as evidence and point the audit-log input at a new file.',
    );
  }
  return seq;
}

/** One write on the O_APPEND descriptor; on any failure the file is cut back to its old size. */
function appendLine(fd: number, line: Buffer, oldSize: number, file: string): void {
  try {
    let written = writeSync(fd, line);
    // A short write is rare (full disk, signals); finish it rather than leave half a line.
    while (written < line.length) written += writeSync(fd, line, written, line.length - written);
    // No fsync: it cost ~5 ms per event, and it guards only against the machine losing power,
    // which on a runner loses the job (and its disk) too. The chain protects against edits, not
    // crashes; a torn last line is detected and refused by the next append or verify.
  } catch (err) {
    try {
      ftruncateSync(fd, oldSize);
    } catch {
      // The next append or verify reports the incomplete line.
    }
    throw writeFailed(file, `the write failed (${errno(err)})`, 'Free disk space or point the audit-log input at a writable path.', err);
  }
}

// ---- the lock ----------------------------------------------------------------------------------

interface Lock {
  path: string;
  token: string;
}

interface LockInfo {
  ino: number;
  mtimeMs: number;
  raw: string;
  owner: { pid: number; host: string } | undefined;
}

async function acquireLock(file: string, timeoutMs: number, staleMs: number): Promise<Lock> {
  const path = `${file}.lock`;
  const token = uniqueId();
  const content = JSON.stringify({ pid: process.pid, host: hostname(), token, time: isoTime() }) + '\n';
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if (errno(err) !== 'EEXIST') {
        throw writeFailed(file, `cannot create its lock file (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
      }
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, content);
        closeSync(fd);
      } catch (err) {
        closeSync(fd);
        unlinkQuietly(path);
        throw writeFailed(
          file,
          `cannot write its lock file (${errno(err)})`,
          'Free disk space or point the audit-log input at a writable path.',
          err,
        );
      }
      return { path, token };
    }

    const holder = inspectLock(path);
    if (holder === undefined) continue; // released between our open and our look: try again now
    if (isStale(holder, staleMs)) {
      breakStaleLock(path, holder, staleMs);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder.owner ? `process ${holder.owner.pid} on ${holder.owner.host}` : 'another process';
      throw writeFailed(
        file,
        `it stayed locked by ${who} for ${Math.round(timeoutMs / 1000)}s`,
        `If no other Gatehouse step is running, delete ${path}.`,
      );
    }
    await new Promise((done) => setTimeout(done, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 100);
  }
}

function inspectLock(path: string): LockInfo | undefined {
  try {
    const stat = statSync(path);
    const raw = readFileSync(path, 'utf8');
    let owner: LockInfo['owner'];
    try {
      const parsed = JSON.parse(raw) as { pid?: unknown; host?: unknown };
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') owner = { pid: parsed.pid, host: parsed.host };
    } catch {
      owner = undefined; // being written right now, or junk: judged by age alone
    }
    return { ino: stat.ino, mtimeMs: stat.mtimeMs, raw, owner };
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
}

let machine: string | undefined;

/**
 * This machine's name, for telling whether a lock's owner can be checked here. On Linux it is read
 * where gethostname(2) reads it, which spares loading node:os (~0.3 ms of start-up); elsewhere,
 * os.hostname().
 */
function hostname(): string {
  if (machine === undefined) {
    try {
      if (process.platform === 'linux') machine = readFileSync('/proc/sys/kernel/hostname', 'utf8').trim();
    } catch {
      // No /proc: ask libuv.
    }
    machine ||= (process.getBuiltinModule('node:os') as typeof Os).hostname();
  }
  return machine;
}

function isStale(lock: LockInfo, staleMs: number): boolean {
  if (lock.owner && lock.owner.host === hostname() && !processAlive(lock.owner.pid)) return true;
  return Date.now() - lock.mtimeMs > staleMs;
}

function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) === 'EPERM';
  }
}

/**
 * Remove a stale lock without removing a fresh one by mistake: breakers serialise on a second
 * lock file and remove the lock only if it is still the very file judged stale (same inode, same
 * content, same mtime); a new lock created meanwhile by a live writer is left alone.
 */
function breakStaleLock(path: string, judged: LockInfo, staleMs: number): void {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, 'wx', 0o600));
  } catch (err) {
    if (errno(err) !== 'EEXIST') throw err;
    // Someone else is breaking it. A breaker file is held for microseconds; an old one was left
    // by a process that died mid-break.
    try {
      if (Date.now() - statSync(breaker).mtimeMs > staleMs) unlinkSync(breaker);
    } catch {
      // Gone already.
    }
    return;
  }
  try {
    const now = inspectLock(path);
    if (now && now.ino === judged.ino && now.mtimeMs === judged.mtimeMs && now.raw === judged.raw) unlinkQuietly(path);
  } finally {
    unlinkQuietly(breaker);
  }
}

function releaseLock(lock: Lock): void {
  try {
    // Only our own lock: if it was broken as stale, the file now belongs to another writer.
    if (readFileSync(lock.path, 'utf8').includes(lock.token)) unlinkSync(lock.path);
  } catch {
    // Already gone.
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

// ---- errors ------------------------------------------------------------------------------------

function writeFailed(file: string, problem: string, fix: string, cause?: unknown): GatehouseError {
  return new GatehouseError('AUDIT_WRITE_FAILED', `Cannot append to the audit log ${file}: ${problem}.`, { fix, cause });
}

export function errno(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
