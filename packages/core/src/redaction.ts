// Streaming redaction: every occurrence of any registered form becomes `***`, in one pass over the
// bytes, however the stream is chunked.
//
// The automaton's state survives between chunks, so a secret split across two writes is matched
// like any other. Bytes are released as soon as no future match can cover them: everything before
// `position - depth(state)` is final, except that a match overlapping the boundary holds back from
// its start so overlapping or adjacent matches merge into one `***`, as the runner's masker does.
// The held tail is never longer than the longest pattern, so memory is bounded whatever the input
// (10 MB lines included) and time is linear in input size.

import { buildAutomaton, type Automaton } from './aho-corasick.js';

export const REDACTED = '***';
const REDACTED_BYTES = Buffer.from(REDACTED);

/** The smallest pattern the redactor accepts: shorter ones would shred ordinary text. */
export const MIN_PATTERN_BYTES = 4;

export class Redactor {
  private readonly automaton: Automaton | undefined;
  private state = 0;
  /** Absolute offset of `held[0]`. */
  private heldStart = 0;
  private held: Buffer = Buffer.alloc(0);
  /** Pending match intervals [start, end) in absolute offsets, sorted, merged. */
  private intervals: Array<[number, number]> = [];
  private matches = 0;

  constructor(patterns: Iterable<string | Uint8Array>, automaton?: Automaton) {
    if (automaton) {
      this.automaton = automaton;
      return;
    }
    const bytes: Uint8Array[] = [];
    const seen = new Set<string>();
    for (const p of patterns) {
      const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
      if (b.length < MIN_PATTERN_BYTES) continue;
      const key = Buffer.from(b).toString('latin1');
      if (seen.has(key)) continue;
      seen.add(key);
      bytes.push(b);
    }
    this.automaton = bytes.length ? buildAutomaton(bytes) : undefined;
  }

  /** A redactor over the same patterns with fresh stream state (the automaton is shared). */
  fork(): Redactor {
    return this.automaton ? new Redactor([], this.automaton) : new Redactor([]);
  }

  /** How many separate redactions have been released so far. */
  get redactions(): number {
    return this.matches;
  }

  get patternStates(): number {
    return this.automaton?.stateCount ?? 0;
  }

  /** Feed a chunk; returns the bytes that are now safe to release (possibly none). */
  push(chunk: Uint8Array): Buffer[] {
    const automaton = this.automaton;
    if (!automaton) return chunk.length ? [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)] : [];
    const base = this.heldStart + this.held.length;
    const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.state = automaton.scan(this.state, data, 0, data.length, (end, length) => {
      this.addInterval(base + end - length, base + end);
    });
    const end = base + data.length;
    const depth = automaton.depth(this.state);
    let release = end - depth;
    for (const [start, stop] of this.intervals) {
      // A pending partial match (depth > 0) may turn into a match adjacent to this one; hold the
      // earlier match too so the two merge into one `***`.
      if (start < release && (stop > release || (depth > 0 && stop === release))) {
        release = start;
        break;
      }
    }
    return this.release(release, data, base);
  }

  /** End of input: release everything, applying the matches found. */
  end(): Buffer[] {
    const out = this.release(this.heldStart + this.held.length, Buffer.alloc(0), this.heldStart + this.held.length);
    this.state = 0;
    return out;
  }

  private addInterval(start: number, end: number): void {
    const list = this.intervals;
    // Matches arrive in order of end position; a new one can only overlap the last few intervals.
    let i = list.length;
    while (i > 0 && list[i - 1]![1] >= start) i--;
    if (i === list.length) {
      list.push([start, end]);
      return;
    }
    const mergedStart = Math.min(start, list[i]![0]);
    const mergedEnd = Math.max(end, list[list.length - 1]![1]);
    list.splice(i, list.length - i, [mergedStart, mergedEnd]);
  }

  /** Emit [heldStart, upTo) with intervals applied; keep the rest held. */
  private release(upTo: number, data: Buffer, dataStart: number): Buffer[] {
    const out: Buffer[] = [];
    let cursor = this.heldStart;
    const slice = (from: number, to: number): void => {
      if (to <= from) return;
      // The range may straddle `held` and `data`.
      const heldEnd = this.heldStart + this.held.length;
      if (from < heldEnd) {
        out.push(this.held.subarray(from - this.heldStart, Math.min(to, heldEnd) - this.heldStart));
        from = Math.min(to, heldEnd);
      }
      if (from < to) out.push(data.subarray(from - dataStart, to - dataStart));
    };
    let done = 0;
    for (const [start, stop] of this.intervals) {
      if (stop > upTo) break;
      slice(cursor, start);
      out.push(REDACTED_BYTES);
      this.matches++;
      cursor = stop;
      done++;
    }
    if (done) this.intervals.splice(0, done);
    slice(cursor, upTo);
    cursor = Math.max(cursor, upTo);
    // Keep [cursor, end) as the new held tail (a copy: it is small and outlives `data`).
    const end = dataStart + data.length;
    const keep: Buffer[] = [];
    const heldEnd = this.heldStart + this.held.length;
    if (cursor < heldEnd) keep.push(this.held.subarray(cursor - this.heldStart));
    const dataFrom = Math.max(cursor, dataStart);
    if (dataFrom < end) keep.push(data.subarray(dataFrom - dataStart));
    this.held = keep.length === 0 ? Buffer.alloc(0) : Buffer.concat(keep);
    this.heldStart = cursor;
    return out;
  }
}

/** Redact a whole string at once (for short texts such as error messages). */
export function redactText(text: string, patterns: Iterable<string | Uint8Array>): string {
  const redactor = new Redactor(patterns);
  const parts = [...redactor.push(Buffer.from(text, 'utf8')), ...redactor.end()];
  return Buffer.concat(parts).toString('utf8');
}
