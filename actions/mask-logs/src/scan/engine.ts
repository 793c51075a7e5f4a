// The leak scanner's detection engine: one pass over a file's bytes with a shared keyword
// prefilter, then each rule's regex only near the keywords it owns.
//
// Pass 1 (all bytes): a case-insensitive Aho-Corasick automaton over every rule's keywords and
// every registered secret form (packages/core/src/aho-corasick.ts, with its root skip filter, so
// text that holds no keyword costs a few instructions per byte). A hit records (end, pattern).
// Registered forms are matched case-insensitively there and confirmed byte-for-byte here.
//
// Pass 2 (hits only): for each hit, each rule that owns the keyword gets a window: the keyword's
// line, cut to WINDOW bytes on each side so minified megabyte lines stay linear. A rule's windows
// are merged while they overlap, so a rule runs its regex at most once over any byte of a line
// however many hits the line has, and total regex work is bounded by (rules per keyword) x (file
// size). Windows are decoded as latin1, so regex offsets are byte offsets.
//
// A rule spans lines only when its regex says so explicitly (`\n`, `\r`, `[\s\S]`, `[^]` or the
// `s` flag): its window then reaches MULTILINE_WINDOW bytes past the keyword (PEM/PGP blocks).
// `\s` alone does not count: `password\s*=` should not pair a key with the next line's value.
//
// Candidates then pass the rule's entropy, allowlist regexes, stopwords and checksum; overlapping
// findings keep the specific rule over a `generic` one; `gatehouse:allow` / `gitleaks:allow` on
// the line drops a finding. Positions, the redacted line and hashes are computed last, only for
// what survives.

import { createHash } from 'node:crypto';
import { buildAutomaton, type Automaton } from '@gatehouse/core/aho-corasick';
import { MIN_PATTERN_BYTES, REDACTED } from '@gatehouse/core/redaction';
import { meetsEntropy } from './rules/entropy.js';
import type { ChecksumResult, Confidence, Finding, Rule } from './types.js';

/** Rule id of findings for values registered as secrets in this job (and their encodings). */
export const REGISTERED_RULE_ID = 'registered-secret';
export const REGISTERED_FAMILY = 'registered';
const REGISTERED_DESCRIPTION = 'A value registered as a secret in this job (or one of its encodings)';

/** Bytes of context on each side of a keyword hit that a rule's regex may see (within the line). */
export const WINDOW = 4096;
/** How far past the keyword a multi-line rule (private key blocks) may reach. */
export const MULTILINE_WINDOW = 16384;
/** Longest redacted snippet, in UTF-16 code units. */
export const REDACTED_MAX = 160;
/** A line containing one of these drops every finding on it. */
export const SUPPRESSION_MARKERS = ['gatehouse:allow', 'gitleaks:allow'] as const;
const SUPPRESSION_BYTES = SUPPRESSION_MARKERS.map((m) => Buffer.from(m));

const MULTILINE_HINT = /\\n|\\r|\\s\\S|\\S\\s|\[\^\]/;
const NEWLINE = 0x0a;
const CR = 0x0d;

export interface ScannerOptions {
  rules: readonly Rule[];
  /** Forms registered as secrets in this step: every occurrence, in any file, is a finding. */
  registered?: readonly string[];
}

interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  group: number;
  multiline: boolean;
  generic: boolean;
  stopwords: string[];
}

/** A match that passed its rule's filters; byte offsets into the scanned buffer. */
interface Candidate {
  /** Index into the compiled rules, or -1 for a registered form. */
  rule: number;
  start: number;
  end: number;
  confidence: Confidence;
  checksum: ChecksumResult | undefined;
}

export class Scanner {
  private readonly rules: CompiledRule[];
  private readonly automaton: Automaton | undefined;
  /** Per automaton pattern: the rules to run when it is the longest pattern at a hit. */
  private readonly patternRules: Int32Array[];
  /** Per automaton pattern: exact registered forms that may end at a hit of that pattern. */
  private readonly patternForms: Buffer[][];
  /** Per automaton pattern: its length in bytes. */
  private readonly patternLength: Int32Array;
  readonly keywordCount: number;
  readonly registeredCount: number;

  constructor(options: ScannerOptions) {
    const ids = new Set<string>([REGISTERED_RULE_ID]);
    this.rules = options.rules.map((rule) => {
      if (ids.has(rule.id)) throw new Error(`leak rule ${rule.id}: duplicate or reserved id`);
      ids.add(rule.id);
      if (rule.keywords.length === 0 || rule.keywords.some((k) => k.length === 0)) {
        throw new Error(`leak rule ${rule.id}: needs at least one non-empty keyword (a rule without keywords would run everywhere)`);
      }
      const group = rule.secretGroup ?? 0;
      const flags = [...new Set(rule.regex.flags.replace(/[gyd]/g, '') + (group > 0 ? 'gd' : 'g'))].join('');
      return {
        rule,
        regex: new RegExp(rule.regex.source, flags),
        group,
        multiline: rule.regex.flags.includes('s') || MULTILINE_HINT.test(rule.regex.source),
        generic: rule.family === 'generic',
        stopwords: (rule.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 0),
      };
    });

    // Automaton patterns: lowered keywords and lowered registered forms, deduplicated. A pattern
    // key is its lowered bytes as latin1.
    const keys = new Map<string, number>();
    const directRules: number[][] = [];
    const directForms: Buffer[][] = [];
    const patterns: Buffer[] = [];
    const patternOf = (bytes: Buffer): number => {
      const lowered = Buffer.from(bytes);
      for (let i = 0; i < lowered.length; i++) if (lowered[i]! >= 0x41 && lowered[i]! <= 0x5a) lowered[i]! |= 0x20;
      const key = lowered.toString('latin1');
      let id = keys.get(key);
      if (id === undefined) {
        id = patterns.length;
        keys.set(key, id);
        patterns.push(lowered);
        directRules.push([]);
        directForms.push([]);
      }
      return id;
    };
    this.rules.forEach((compiled, index) => {
      for (const keyword of new Set(compiled.rule.keywords.map((k) => k.toLowerCase()))) {
        const list = directRules[patternOf(Buffer.from(keyword, 'utf8'))]!;
        if (!list.includes(index)) list.push(index);
      }
    });
    this.keywordCount = patterns.length;
    const seenForms = new Set<string>();
    for (const form of options.registered ?? []) {
      const bytes = Buffer.from(form, 'utf8');
      if (bytes.length < MIN_PATTERN_BYTES) continue;
      const exact = bytes.toString('latin1');
      if (seenForms.has(exact)) continue;
      seenForms.add(exact);
      directForms[patternOf(bytes)]!.push(bytes);
    }
    this.registeredCount = seenForms.size;

    // The automaton reports only the longest pattern ending at a position; the others ending there
    // are its suffixes. So each pattern carries the rules and forms of all its suffix patterns.
    const lengths = [...new Set(patterns.map((p) => p.length))].sort((a, b) => a - b);
    this.patternRules = [];
    this.patternForms = [];
    this.patternLength = new Int32Array(patterns.length);
    patterns.forEach((pattern, id) => {
      const key = pattern.toString('latin1');
      const rules = new Set(directRules[id]);
      const forms = [...directForms[id]!];
      for (const length of lengths) {
        if (length >= key.length) break;
        const suffix = keys.get(key.slice(key.length - length));
        if (suffix === undefined) continue;
        for (const r of directRules[suffix]!) rules.add(r);
        forms.push(...directForms[suffix]!);
      }
      this.patternRules.push(Int32Array.from([...rules].sort((a, b) => a - b)));
      this.patternForms.push(forms);
      this.patternLength[id] = pattern.length;
    });
    this.automaton = patterns.length ? buildAutomaton(patterns, { caseInsensitive: true }) : undefined;
  }

  /** Scan a whole file's bytes. `file` is the workspace-relative path (for reports and path allowlists). */
  scanBuffer(content: Buffer, file: string): Finding[] {
    const automaton = this.automaton;
    if (!automaton || content.length === 0) return [];

    // Pass 1: keyword and registered-form hits, in order of end offset.
    const hitEnd: number[] = [];
    const hitPattern: number[] = [];
    automaton.scan(0, content, 0, content.length, (end, _length, pattern) => {
      hitEnd.push(end);
      hitPattern.push(pattern);
    });
    if (hitEnd.length === 0) return [];

    const active = this.rules.map((c) => !(c.rule.allowlist?.paths ?? []).some((p) => testRegex(p, file)));
    const candidates = new Map<number, Candidate>();
    const ruleCount = this.rules.length + 1;
    const add = (c: Candidate): void => {
      // Dedupe by (rule, start); keep the longer match.
      const key = c.start * ruleCount + (c.rule + 1);
      const prev = candidates.get(key);
      if (!prev || c.end > prev.end) candidates.set(key, c);
    };

    // Pass 2: windows around hits, merged per rule.
    const pendingStart = new Int32Array(this.rules.length).fill(-1);
    const pendingEnd = new Int32Array(this.rules.length);
    let lineStart = 0;
    let lineEnd = -1; // offset of the cached line's '\n' (or content.length); -1: none cached
    for (let k = 0; k < hitEnd.length; k++) {
      const end = hitEnd[k]!;
      const pattern = hitPattern[k]!;
      for (const form of this.patternForms[pattern]!) {
        const start = end - form.length;
        if (start >= 0 && content.compare(form, 0, form.length, start, end) === 0) {
          add({ rule: -1, start, end, confidence: 'high', checksum: undefined });
        }
      }
      const rules = this.patternRules[pattern]!;
      if (rules.length === 0) continue;
      const start = end - this.patternLength[pattern]!;
      if (start > lineEnd || start < lineStart) {
        // Each byte is searched at most once backwards (down to the previous line's '\n') and
        // once forwards, so a megabyte line with thousands of hits costs one search.
        lineStart = start === 0 ? 0 : content.lastIndexOf(NEWLINE, start - 1) + 1;
        lineEnd = content.indexOf(NEWLINE, start);
        if (lineEnd === -1) lineEnd = content.length;
      }
      for (let j = 0; j < rules.length; j++) {
        const r = rules[j]!;
        if (!active[r]) continue;
        const a = Math.max(lineStart, start - WINDOW);
        const b = this.rules[r]!.multiline
          ? Math.min(content.length, end + MULTILINE_WINDOW)
          : Math.max(end, Math.min(lineEnd, end + WINDOW));
        if (pendingStart[r]! >= 0 && a <= pendingEnd[r]! && b >= pendingStart[r]!) {
          pendingStart[r] = Math.min(pendingStart[r]!, a);
          pendingEnd[r] = Math.max(pendingEnd[r]!, b);
          continue;
        }
        if (pendingStart[r]! >= 0) this.runRule(r, content, pendingStart[r]!, pendingEnd[r]!, add);
        pendingStart[r] = a;
        pendingEnd[r] = b;
      }
    }
    for (let r = 0; r < this.rules.length; r++) {
      if (pendingStart[r]! >= 0) this.runRule(r, content, pendingStart[r]!, pendingEnd[r]!, add);
    }
    if (candidates.size === 0) return [];
    return this.finish(content, file, this.applyPrecedence([...candidates.values()]));
  }

  /** Run one rule's regex over content[from, to) and add the candidates that pass its filters. */
  private runRule(index: number, content: Buffer, from: number, to: number, add: (c: Candidate) => void): void {
    const compiled = this.rules[index]!;
    const { rule, regex, group } = compiled;
    const text = content.toString('latin1', from, to);
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const raw = m[group];
      if (raw === undefined || raw.length === 0) continue;
      const offset = group === 0 ? m.index : m.indices![group]![0];
      const start = from + offset;
      const end = start + raw.length;
      const secret = content.toString('utf8', start, end);
      if (!meetsEntropy(secret, rule.entropy)) continue;
      if (rule.allowlist?.regexes?.some((rx) => testRegex(rx, secret))) continue;
      if (compiled.stopwords.length) {
        const lowered = secret.toLowerCase();
        if (compiled.stopwords.some((w) => lowered.includes(w))) continue;
      }
      let checksum: ChecksumResult | undefined;
      if (rule.validate) {
        try {
          checksum = rule.validate(secret);
        } catch {
          checksum = undefined;
        }
      }
      const confidence: Confidence = checksum === 'valid' ? 'high' : checksum === 'invalid' ? 'low' : (rule.confidence ?? 'medium');
      add({ rule: index, start, end, confidence, checksum });
    }
  }

  /** Drop generic findings that overlap a finding of a more specific family (registered included). */
  private applyPrecedence(candidates: Candidate[]): Candidate[] {
    const isGeneric = (c: Candidate): boolean => c.rule >= 0 && this.rules[c.rule]!.generic;
    const specific = candidates.filter((c) => !isGeneric(c)).sort((x, y) => x.start - y.start);
    if (specific.length === candidates.length || specific.length === 0) return candidates;
    const starts = specific.map((c) => c.start);
    const maxEnd: number[] = [];
    for (const c of specific) maxEnd.push(Math.max(c.end, maxEnd[maxEnd.length - 1] ?? 0));
    return candidates.filter((c) => {
      if (!isGeneric(c)) return true;
      // Last specific finding starting before c ends; any of those ending after c starts overlaps.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! < c.end) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 || maxEnd[lo - 1]! <= c.start;
    });
  }

  /** Positions, suppression, redaction and hashes for the surviving candidates. */
  private finish(content: Buffer, file: string, candidates: Candidate[]): Finding[] {
    candidates.sort((x, y) => x.start - y.start || x.rule - y.rule);
    const findings: Finding[] = [];
    // Line tracker: `line` and `lineStart` are valid for every offset in [lineStart, nextNewline].
    let line = 1;
    let lineStart = 0;
    let lineEnd = content.indexOf(NEWLINE);
    if (lineEnd === -1) lineEnd = content.length;
    let columnAt = 0; // offset up to which `columns` code points have been counted on this line
    let columns = 0;
    const suppressed = new Map<number, boolean>();
    let longest = 0;
    for (const c of candidates) longest = Math.max(longest, c.end - c.start);
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      while (c.start > lineEnd) {
        line++;
        lineStart = lineEnd + 1;
        lineEnd = content.indexOf(NEWLINE, lineStart);
        if (lineEnd === -1) lineEnd = content.length;
        columnAt = lineStart;
        columns = 0;
      }
      let isSuppressed = suppressed.get(lineStart);
      if (isSuppressed === undefined) {
        const lineBytes = content.subarray(lineStart, lineEnd);
        isSuppressed = SUPPRESSION_BYTES.some((m) => lineBytes.indexOf(m) !== -1);
        suppressed.set(lineStart, isSuppressed);
      }
      if (isSuppressed) continue;
      columns += codePoints(content, columnAt, c.start);
      columnAt = c.start;
      const textEnd = lineEnd > lineStart && content[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
      const secretEndOnLine = Math.min(c.end, Math.max(textEnd, c.start));
      const secret = content.subarray(c.start, c.end);
      const secretSha256 = createHash('sha256').update(secret).digest('hex');
      const ruleId = c.rule < 0 ? REGISTERED_RULE_ID : this.rules[c.rule]!.rule.id;
      const finding: Finding = {
        rule: ruleId,
        description: c.rule < 0 ? REGISTERED_DESCRIPTION : this.rules[c.rule]!.rule.description,
        family: c.rule < 0 ? REGISTERED_FAMILY : this.rules[c.rule]!.rule.family,
        file,
        line,
        column: columns + 1,
        endColumn: columns + 1 + codePoints(content, c.start, secretEndOnLine),
        redacted: redactLine(content, lineStart, textEnd, c, candidates, k, longest),
        secretSha256,
        fingerprint: createHash('sha256').update(`${ruleId}:${secretSha256}`).digest('hex'),
        confidence: c.confidence,
      };
      if (c.checksum !== undefined) finding.checksum = c.checksum;
      findings.push(finding);
    }
    return findings;
  }
}

/** Test a caller's regex without tripping over its own `g`/`y` state. */
function testRegex(regex: RegExp, value: string): boolean {
  regex.lastIndex = 0;
  return regex.test(value);
}

/** Code points (as UTF-8 lead or ASCII bytes; stray bytes count one each) in content[from, to). */
function codePoints(content: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((content[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/**
 * The line holding candidate `self`, with its secret and every other candidate's secret on the line
 * replaced by `***`, cut to REDACTED_MAX characters around the secret. Only a few hundred bytes
 * around the secret are decoded, so long lines cost nothing extra.
 */
function redactLine(
  content: Buffer,
  lineStart: number,
  textEnd: number,
  self: Candidate,
  all: Candidate[],
  selfIndex: number,
  longest: number,
): string {
  // The secret's part on this line (a secret may start at the line's very end or run past it).
  const selfStart = Math.min(self.start, textEnd);
  const selfEnd = Math.min(Math.max(self.end, selfStart), textEnd);
  const reach = REDACTED_MAX * 4;
  let from = Math.max(lineStart, selfStart - reach);
  let to = Math.min(textEnd, selfEnd + reach);
  while (from < selfStart && (content[from]! & 0xc0) === 0x80) from++;
  while (to > selfEnd && (content[to]! & 0xc0) === 0x80) to--;
  // Secrets on this stretch: candidates are sorted by start, so look around selfIndex (no
  // candidate is longer than `longest`, which bounds the look-back).
  const spans: Array<[number, number]> = [[selfStart, selfEnd]];
  const lookBack = from - longest;
  for (let j = selfIndex - 1; j >= 0 && all[j]!.start >= lookBack; j--) {
    const c = all[j]!;
    if (c.end > from && c.start < to) spans.push([Math.max(c.start, from), Math.min(c.end, to)]);
  }
  for (let j = selfIndex + 1; j < all.length && all[j]!.start < to; j++) spans.push([all[j]!.start, Math.min(all[j]!.end, to)]);
  spans.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let before = from > lineStart ? '…' : '';
  let after = '';
  let cursor = from;
  let selfSeen = false;
  for (const [s, e] of merged) {
    const piece = content.toString('utf8', cursor, s);
    const isSelf = s <= selfStart && selfStart <= e;
    if (selfSeen) after += piece + REDACTED;
    else before += piece + (isSelf ? '' : REDACTED);
    if (isSelf) selfSeen = true;
    cursor = e;
  }
  after += content.toString('utf8', cursor, to) + (to < textEnd ? '…' : '');

  // Cut to REDACTED_MAX around the `***`: at least 60 characters before it when there are that
  // many, the rest after.
  const budget = REDACTED_MAX - REDACTED.length;
  const keepBefore = Math.min(before.length, Math.max(60, budget - after.length), after.length > 0 ? budget - 1 : budget);
  const keepAfter = Math.min(after.length, budget - keepBefore);
  const head = keepBefore < before.length ? '…' + trimSurrogateStart(before.slice(before.length - keepBefore + 1)) : before;
  const tail = keepAfter < after.length ? trimSurrogateEnd(after.slice(0, Math.max(0, keepAfter - 1))) + '…' : after;
  const secret = content.toString('utf8', self.start, self.end);
  return scrub(head + REDACTED + tail, secret);
}

function trimSurrogateStart(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 0xdc00 && c <= 0xdfff ? s.slice(1) : s;
}

function trimSurrogateEnd(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff ? s.slice(0, -1) : s;
}

/** Pieces of at least 8 characters (or the whole of a shorter secret) must never reach a report. */
const PIECE = 8;

function leaks(text: string, secret: string): boolean {
  if (secret.length < PIECE) return text.includes(secret);
  for (let i = 0; i + PIECE <= text.length; i++) if (secret.includes(text.slice(i, i + PIECE))) return true;
  return false;
}

/** Replace every stretch of `text` that shares an 8-character piece with the secret by `***`;
 * throws rather than return a snippet that still holds one. */
function scrub(text: string, secret: string): string {
  for (let guard = 0; leaks(text, secret); guard++) {
    if (guard === 64) throw new Error('unreachable: redacted snippet still holds part of the secret');
    if (secret.length < PIECE) {
      text = text.split(secret).join(REDACTED);
      continue;
    }
    const covered = new Uint8Array(text.length);
    for (let i = 0; i + PIECE <= text.length; i++) if (secret.includes(text.slice(i, i + PIECE))) covered.fill(1, i, i + PIECE);
    let out = '';
    for (let i = 0; i < text.length;) {
      if (!covered[i]) {
        out += text[i++];
        continue;
      }
      while (i < text.length && covered[i]) i++;
      out += REDACTED;
    }
    text = out;
  }
  return text;
}
