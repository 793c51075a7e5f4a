// Verifying the audit log's hash chain (the format is described in audit.ts). Kept apart from the
// append path, which every action runs at start-up and which needs none of this.

import { canonicalize } from './canonical-json.js';
import { computeRecordHash, defaultAuditLogPath, errno, GENESIS_PREV, LF, lineDigest, MAX_LINE_BYTES, type AuditRecord } from './audit.js';
import { resolve } from 'node:path';
import { decodeUtf8 } from './utf8.js';

export type AuditVerifyResult = { ok: true; count: number; head: string } | { ok: false; count: number; brokenSeq: number; reason: string };

const RECORD_KEYS = ['action', 'event', 'hash', 'outcome', 'prev', 'run', 'seq', 'subject', 'time'];
const RUN_KEYS = ['repository', 'run_attempt', 'run_id', 'sha', 'workflow_ref'];
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * Check the whole chain, streaming the file. Reports the first broken record: `brokenSeq` is the
 * seq the first bad line should have had (the number of good lines before it, plus one).
 */
export async function verifyAuditLog(path: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<AuditVerifyResult> {
  const file = resolve(path || defaultAuditLogPath(env));
  let handle;
  try {
    // Loaded here, not at the top: node:fs/promises pulls in streams and readline, which every
    // action would otherwise pay for at start-up just to append one line.
    const { open } = await import('node:fs/promises');
    handle = await open(file, 'r');
  } catch (err) {
    const reason = errno(err) === 'ENOENT' ? 'the audit log does not exist' : `cannot read the audit log (${errno(err)})`;
    return { ok: false, count: 0, brokenSeq: 1, reason };
  }
  let count = 0;
  let prev = GENESIS_PREV;
  const fail = (reason: string): AuditVerifyResult => ({
    ok: false,
    count,
    brokenSeq: count + 1,
    reason: `line ${count + 1}: ${reason}`,
  });

  const checkLine = (line: Buffer): string | undefined => {
    if (line.length === 0) return 'the line is empty';
    if (line.length > MAX_LINE_BYTES) return `the line is longer than ${MAX_LINE_BYTES} bytes`;
    const text = decodeUtf8(line);
    if (text === undefined) return 'the line is not valid UTF-8';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return 'the line is not valid JSON';
    }
    const shape = shapeProblem(value);
    if (shape) return shape;
    const record = value as AuditRecord;
    let canonical: string;
    try {
      canonical = canonicalize(record);
    } catch {
      return 'the record has no canonical JSON form';
    }
    if (canonical !== text) return 'the line is not in canonical JSON form (it was reformatted or edited)';
    if (record.seq !== count + 1) return `expected seq ${count + 1}, found ${record.seq}`;
    if (record.prev !== prev) {
      return count === 0 ? "'prev' of the first record must be 64 zeros" : `'prev' does not match the SHA-256 of line ${count}`;
    }
    if (record.hash !== computeRecordHash(record)) return "'hash' does not match the record (the line was edited)";
    prev = lineDigest(line);
    count++;
    return undefined;
  };

  try {
    const chunk = Buffer.alloc(64 * 1024);
    let carry: Buffer[] = [];
    let carryLength = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = data.indexOf(LF, start); nl !== -1; nl = data.indexOf(LF, start)) {
        const piece = data.subarray(start, nl);
        const line = carryLength > 0 ? Buffer.concat([...carry, piece]) : piece;
        carry = [];
        carryLength = 0;
        const problem = checkLine(line);
        if (problem) return fail(problem);
        start = nl + 1;
      }
      if (start < data.length) {
        carry.push(Buffer.from(data.subarray(start)));
        carryLength += data.length - start;
        if (carryLength > MAX_LINE_BYTES) return fail(`the line is longer than ${MAX_LINE_BYTES} bytes`);
      }
    }
    if (carryLength > 0) return fail('the last line is incomplete (no newline at the end: the log was truncated)');
  } catch (err) {
    return fail(`cannot read the audit log (${errno(err)})`);
  } finally {
    await handle.close();
  }
  return { ok: true, count, head: prev };
}

// ---- the shape of a record -----------------------------------------------------------------------------------

function shapeProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'the line is not a JSON object';
  for (const key of Object.keys(value)) if (!RECORD_KEYS.includes(key)) return `unknown field '${key}'`;
  for (const key of RECORD_KEYS) if (!(key in value)) return `missing field '${key}'`;
  const { seq, time, action, event, subject, outcome, run, prev, hash } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return "'seq' is not a positive integer";
  if (typeof time !== 'string' || !ISO_UTC.test(time)) return "'time' is not an ISO 8601 UTC time";
  for (const [name, field] of [
    ['action', action],
    ['event', event],
    ['outcome', outcome],
  ] as const) {
    if (typeof field !== 'string' || field === '') return `'${name}' is not a non-empty string`;
  }
  if (!isPlainObject(subject)) return "'subject' is not an object";
  if (!isPlainObject(run)) return "'run' is not an object";
  for (const key of Object.keys(run)) if (!RUN_KEYS.includes(key)) return `unknown field 'run.${key}'`;
  for (const key of RUN_KEYS) {
    const field = run[key];
    if (field === undefined) return `missing field 'run.${key}'`;
    if (field !== null && typeof field !== 'string') return `'run.${key}' is not a string or null`;
  }
  if (typeof prev !== 'string' || !HEX64.test(prev)) return "'prev' is not 64 lower-case hex digits";
  if (typeof hash !== 'string' || !HEX64.test(hash)) return "'hash' is not 64 lower-case hex digits";
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
