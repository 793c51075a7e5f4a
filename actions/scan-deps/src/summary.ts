// The job summary, sized to be pasted as a PR comment: counts, the decision, findings sorted by
// severity with the versions that fix them, violations, and what was skipped. Kept under 64 KB
// (GitHub's comment limit is 65,536 characters): rows past the budget are cut with a pointer to
// the full report.

import { code, heading, inlineCode, table, type Cell } from '@gatehouse/core/summary';
import type { ScanReport } from './report.js';

export const SUMMARY_LIMIT = 64 * 1024;

export function renderSummary(report: ScanReport, reportPath: string): string {
  const c = report.counts;
  const verdict = report.decision.passed ? '**Passed.**' : `**Failed:** ${report.decision.reasons.join('; ')}.`;
  const head = [
    heading('scan-deps', 3),
    `${verdict} ${c.packages} packages in ${report.lockfiles.length} lockfile(s); ${c.vulnerabilities} vulnerable package(s) (${c.failingVulnerabilities} at or above \`${report.decision.failOnSeverity}\`, ${c.ignored} ignored); ${c.violations} violation(s) (${c.failingViolations} failing).`,
    '',
  ].join('\n');
  const findingRows = report.findings.map((f): Cell[] => [
    f.severity.level + (f.severity.score !== undefined ? ` ${f.severity.score.toFixed(1)}` : ''),
    code(f.id),
    code(`${f.package.name}@${f.package.version}`),
    f.fixed.length ? f.fixed.join(', ') : 'none',
    f.package.lockfile + (f.package.line ? `:${f.package.line}` : ''),
    f.ignored ? `ignored: ${f.ignored.reason}` : !f.new ? 'already at base' : f.failing ? 'fails' : 'below threshold',
  ]);
  const violationRows = report.violations.map((v): Cell[] => [
    code(v.rule),
    v.message,
    v.file ? v.file + (v.line ? `:${v.line}` : '') : '',
    v.failing ? 'fails' : 'already at base',
  ]);
  const skipped = report.skipped.map((s) => `- ${s.what}: ${s.why}`).join('\n');
  const tail = `\nFull report: ${inlineCode(reportPath)}\n`;

  let out = head;
  const budget = SUMMARY_LIMIT - tail.length - 512;
  const section = (title: string, headers: Cell[], rows: Cell[][]): void => {
    if (rows.length === 0) return;
    let shown = rows.length;
    let text = `${heading(title, 4)}\n${table(headers, rows)}\n`;
    while (out.length + text.length > budget && shown > 0) {
      shown = Math.floor(shown / 2);
      text = `${heading(title, 4)}\n${table(headers, rows.slice(0, shown))}\n\n${rows.length - shown} more not shown: see the full report.\n`;
    }
    out += text;
  };
  section('Vulnerabilities', ['Severity', 'Advisory', 'Package', 'Fixed in', 'Lockfile', 'Status'], findingRows);
  section('Violations', ['Rule', 'Problem', 'Where', 'Status'], violationRows);
  if (skipped && out.length + skipped.length < budget) out += `${heading('Skipped', 4)}\n${skipped}\n`;
  return out + tail;
}
