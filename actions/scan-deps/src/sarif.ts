// SARIF 2.1.0 for code scanning: one rule per advisory (and per hygiene rule), one result per
// affected package, located at the package's entry in its lockfile. partialFingerprints keep
// results stable across runs so code scanning tracks them instead of re-opening them.

import { RULES, type Violation } from './checks.js';
import type { ReportFinding } from './report.js';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'warning',
  none: 'note',
};

export function toSarif(findings: readonly ReportFinding[], violations: readonly Violation[], toolVersion: string): object {
  const rules = new Map<string, object>();
  const results: object[] = [];
  for (const f of findings) {
    if (!rules.has(f.id)) {
      rules.set(f.id, {
        id: f.id,
        name: f.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: f.summary || f.id },
        helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(f.id)}`,
        help: { text: `${f.summary || f.id}${f.fixed.length ? `\nFixed in ${f.fixed.join(', ')}.` : '\nNo fixed version is known.'}` },
        properties: {
          tags: ['security', 'vulnerability', ...f.aliases],
          ...(f.severity.score !== undefined ? { 'security-severity': f.severity.score.toFixed(1) } : {}),
        },
      });
    }
    const pkg = f.package;
    results.push({
      ruleId: f.id,
      level: LEVEL[f.severity.level] ?? 'warning',
      message: {
        text: `${pkg.name}@${pkg.version} is affected by ${f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}: ${f.summary || 'see the advisory'}. ${f.fixed.length ? `Upgrade to ${f.fixed.join(' or ')}.` : 'No fixed version is known.'}${f.ignored ? ` Ignored by policy: ${f.ignored.reason}.` : ''}`,
      },
      locations: [location(pkg.lockfile, pkg.line)],
      partialFingerprints: { 'gatehouse/v1': `${f.id}:${pkg.purl}` },
      ...(f.ignored ? { suppressions: [{ kind: 'external', justification: f.ignored.reason }] } : {}),
    });
  }
  for (const v of violations) {
    const id = `gatehouse/${v.rule}`;
    if (!rules.has(id))
      rules.set(id, { id, name: v.rule, shortDescription: { text: RULES[v.rule] }, properties: { tags: ['supply-chain'] } });
    results.push({
      ruleId: id,
      level: 'error',
      message: { text: v.message },
      ...(v.file ? { locations: [location(v.file, v.line)] } : {}),
      partialFingerprints: { 'gatehouse/v1': `${v.rule}:${v.package?.purl ?? v.file ?? ''}:${v.package ? '' : (v.line ?? '')}` },
    });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'gatehouse scan-deps', version: toolVersion, informationUri: 'https://osv.dev', rules: [...rules.values()] },
        },
        results,
      },
    ],
  };
}

function location(file: string, line: number | undefined): object {
  return { physicalLocation: { artifactLocation: { uri: file }, ...(line !== undefined ? { region: { startLine: line } } : {}) } };
}
