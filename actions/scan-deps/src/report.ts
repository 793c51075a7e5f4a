// The scan report (`"schema": "gatehouse.scan-report/v1"`): what was scanned, every package, every
// finding (ignored and pre-existing ones included, flagged), every violation, what was skipped and
// the decision. verify-gate reads it; so do reviewers.

import type { Violation } from './checks.js';
import type { Lockfile } from './inventory.js';
import type { SeverityGate } from './policy.js';
import type { Finding, Package } from './types.js';

export const REPORT_SCHEMA = 'gatehouse.scan-report/v1';

export interface ReportFinding extends Finding {
  /** The policy entry that ignores it, if any. */
  ignored?: { reason: string; expires?: string };
  /** False when base-ref mode found the same advisory on the same package at the base. */
  new: boolean;
  /** True when this finding fails the step. */
  failing: boolean;
}

export interface Skipped {
  what: string;
  why: string;
}

export interface ScanReport {
  schema: typeof REPORT_SCHEMA;
  tool: { name: 'gatehouse scan-deps'; version: string };
  generated: string;
  repository?: string;
  commit?: string;
  baseRef?: string;
  osv: { mode: 'api' | 'offline' | 'off'; source?: string };
  lockfiles: Array<{ path: string; format: string; sha256: string; packages: number }>;
  packages: Package[];
  findings: ReportFinding[];
  violations: Array<Omit<Violation, 'package'> & { package?: string; failing: boolean }>;
  skipped: Skipped[];
  counts: {
    packages: number;
    vulnerabilities: number;
    failingVulnerabilities: number;
    violations: number;
    failingViolations: number;
    ignored: number;
  };
  decision: { passed: boolean; failOnSeverity: SeverityGate; reasons: string[] };
}

const ORDER: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4, none: 5 };

/** Findings by severity (critical first), then advisory id, then package. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      (ORDER[a.severity.level] ?? 9) - (ORDER[b.severity.level] ?? 9) ||
      (b.severity.score ?? -1) - (a.severity.score ?? -1) ||
      a.id.localeCompare(b.id) ||
      a.package.purl.localeCompare(b.package.purl),
  );
}

export function lockfileSummary(lockfiles: readonly Lockfile[]): ScanReport['lockfiles'] {
  return lockfiles.map((l) => ({ path: l.path, format: l.format, sha256: l.sha256, packages: l.packages.length }));
}
