// The JSON report of a leak scan (output `report`), `"schema": "gatehouse.leak-report/v1"`.
// It holds locations, rule ids, fingerprints and redacted lines: never a secret, nor its hash
// (a hash of a short password can be reversed by guessing; the fingerprint salts it with the rule
// id and is what baselines use).

import type { ChecksumResult, Confidence, Finding } from './types.js';

export const REPORT_SCHEMA = 'gatehouse.leak-report/v1';

/** Kept equal to actions/mask-logs/package.json (a test checks it). */
export const TOOL = { name: 'gatehouse-mask-logs', version: '0.1.0' } as const;

export interface ReportFinding {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  rule: string;
  description: string;
  family: string;
  fingerprint: string;
  redacted: string;
  confidence: Confidence;
  /** `valid`/`invalid` where the format has a checksum, null otherwise. */
  checksum: ChecksumResult | null;
  baselined: boolean;
  /** The baseline's reason, for baselined findings. */
  baselineReason?: string;
}

export interface RuleCount {
  rule: string;
  description: string;
  new: number;
  baselined: number;
}

export interface LeakReport {
  schema: typeof REPORT_SCHEMA;
  tool: { name: string; version: string };
  /** When the scan finished, ISO 8601 UTC. */
  time: string;
  scan: {
    /** The `scan` input, as given. */
    patterns: string[];
    files: number;
    bytes: number;
    durationMs: number;
    rules: { builtin: number; custom: number; registeredSecrets: number };
    maxFileSize: number;
  };
  skipped: {
    /** Files over max-file-size. */
    tooLarge: { file: string; size: number }[];
    /** Binary files (by extension or content). */
    binary: string[];
    /** Symlinks leading outside the workspace. */
    outsideWorkspace: string[];
    /** `.git` and `node_modules` folders not walked into. */
    directories: string[];
    /** Files that could not be read, with the error code. */
    unreadable: { file: string; error: string }[];
  };
  baseline: { file: string; entries: number; matched: number; unused: string[] } | null;
  counts: { total: number; new: number; baselined: number; byRule: RuleCount[] };
  findings: ReportFinding[];
}

export function reportFinding(f: Finding): ReportFinding {
  const out: ReportFinding = {
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    rule: f.rule,
    description: f.description,
    family: f.family,
    fingerprint: f.fingerprint,
    redacted: f.redacted,
    confidence: f.confidence,
    checksum: f.checksum ?? null,
    baselined: f.baselined !== undefined,
  };
  if (f.baselined) out.baselineReason = f.baselined.reason;
  return out;
}

/** Counts per rule, most new findings first, then by id. */
export function countByRule(findings: readonly Finding[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    let entry = counts.get(f.rule);
    if (!entry) counts.set(f.rule, (entry = { rule: f.rule, description: f.description, new: 0, baselined: 0 }));
    if (f.baselined) entry.baselined++;
    else entry.new++;
  }
  return [...counts.values()].sort(
    (a, b) => b.new - a.new || b.baselined - a.baselined || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** Findings in a stable order: file, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
}

export interface ReportInput {
  patterns: string[];
  files: number;
  bytes: number;
  durationMs: number;
  rules: LeakReport['scan']['rules'];
  maxFileSize: number;
  skipped: LeakReport['skipped'];
  baseline: LeakReport['baseline'];
  findings: Finding[];
  now?: Date;
}

export function buildReport(input: ReportInput): LeakReport {
  const baselined = input.findings.filter((f) => f.baselined).length;
  return {
    schema: REPORT_SCHEMA,
    tool: { ...TOOL },
    time: (input.now ?? new Date()).toISOString(),
    scan: {
      patterns: input.patterns,
      files: input.files,
      bytes: input.bytes,
      durationMs: input.durationMs,
      rules: input.rules,
      maxFileSize: input.maxFileSize,
    },
    skipped: input.skipped,
    baseline: input.baseline,
    counts: {
      total: input.findings.length,
      new: input.findings.length - baselined,
      baselined,
      byRule: countByRule(input.findings),
    },
    findings: input.findings.map(reportFinding),
  };
}
