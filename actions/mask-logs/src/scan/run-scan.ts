// The leak scan of mask-logs (input `scan`), loaded with a dynamic import only when the input is
// set: walk -> read each file (bounded) -> Scanner.scanBuffer -> baseline -> report and SARIF
// files -> annotations -> job summary -> audit event -> outputs. Failing the step for new
// findings is the caller's last act, after outputs are committed, so everything above is visible.
//
// prepareScan() runs before the `run` command (a bad rules or baseline file fails the step before
// anything is deployed); ScanJob.run() after it, so the command's outputs are scanned.

import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appendAuditEvent } from '@gatehouse/core/audit';
import { GatehouseError } from '@gatehouse/core/errors';
import { formatDuration } from '@gatehouse/core/inputs';
import * as runner from '@gatehouse/core/runner';
import {
  annotate,
  code,
  countOf,
  formatBytes,
  heading,
  keyValueTable,
  paragraph,
  table,
  workspaceRelative,
  writeSummary,
} from '@gatehouse/core/summary';
import { applyBaseline, loadBaseline, type Baseline } from './baseline.js';
import { REGISTERED_RULE_ID, Scanner } from './engine.js';
import { buildReport, countByRule, sortFindings, type LeakReport } from './report.js';
import { BUILTIN_RULES } from './rules/builtin.js';
import { loadRulesFile } from './rules-file.js';
import { buildSarif } from './sarif.js';
import type { Finding, Rule } from './types.js';
import { readCandidate, walk } from './walk.js';

const ACTION = 'mask-logs';
/** Progress lines: every this many files, or this often, whichever comes first. */
const PROGRESS_FILES = 2000;
const PROGRESS_MS = 5000;
/** Paths listed in a "skipped" notice before "and N more". */
const NOTICE_PATHS = 5;
/** Findings listed in the job summary table. */
const SUMMARY_ROWS = 50;
/** New-finding fingerprints recorded in the audit event at most (its line is capped at 1 MiB). */
const AUDIT_FINGERPRINTS = 5000;

export interface ScanSettings {
  /** The `scan` input: paths and globs. */
  patterns: string[];
  failOnFindings: boolean;
  /** Absolute paths inside the workspace, or '' when not given. */
  baseline: string;
  rules: string;
  /** Absolute paths; '' means the default under RUNNER_TEMP/gatehouse/. */
  reportFile: string;
  sarifFile: string;
  maxFileSize: number;
  auditLog: string;
  workspace: string;
}

export interface ScanRunOptions {
  /** Registered secret forms of this step: every occurrence is a finding. */
  registered: readonly string[];
  containsSecret: (text: string) => boolean;
  exports: runner.Exports;
}

export interface ScanOutcome {
  findings: number;
  newFindings: number;
  baselined: number;
  reportPath: string;
  sarifPath: string;
  /** Set when the step must fail (fail-on-findings and new findings): throw it after committing outputs. */
  failure: GatehouseError | undefined;
}

export interface ScanJob {
  run(options: ScanRunOptions): Promise<ScanOutcome>;
}

/** Load the rules and the baseline: fails early on a bad file, before any command runs. */
export async function prepareScan(settings: ScanSettings): Promise<ScanJob> {
  const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
  const show = (path: string): string => workspaceRelative(path, settings.workspace);
  let custom: Rule[] = [];
  if (settings.rules) {
    custom = await loadRulesFile(settings.rules, show(settings.rules), { reservedIds: new Set([...builtinIds, REGISTERED_RULE_ID]) });
    runner.info(`Loaded ${countOf(custom.length, 'custom leak rule')} from ${show(settings.rules)}.`);
  }
  let baseline: Baseline | undefined;
  if (settings.baseline) {
    baseline = loadBaseline(settings.baseline, show(settings.baseline));
    runner.info(`Loaded a baseline of ${countOf(baseline.entries.length, 'accepted finding')} from ${baseline.file}.`);
  }
  return { run: (options) => runScan(settings, custom, baseline, builtinIds, options) };
}

async function runScan(
  settings: ScanSettings,
  custom: Rule[],
  baseline: Baseline | undefined,
  builtinIds: ReadonlySet<string>,
  options: ScanRunOptions,
): Promise<ScanOutcome> {
  const started = Date.now();
  const outDir = join(runner.runnerTemp(), 'gatehouse');
  const reportPath = settings.reportFile || join(outDir, 'leak-report.json');
  const sarifPath = settings.sarifFile || join(outDir, 'leak-report.sarif');
  const show = (path: string): string => workspaceRelative(path, settings.workspace);

  const walked = walk({
    root: settings.workspace,
    patterns: settings.patterns,
    maxFileSize: settings.maxFileSize,
    exclude: [reportPath, sarifPath],
  });
  for (const pattern of walked.unmatched) runner.warning(`scan: '${pattern}' matched no files.`);
  runner.info(
    `Scanning ${countOf(walked.files.length, 'file')} (${formatBytes(walked.files.reduce((n, f) => n + f.size, 0))}) for leaked credentials with ` +
      `${countOf(BUILTIN_RULES.length + custom.length, 'rule')}` +
      (options.registered.length ? ` and ${countOf(options.registered.length, 'registered secret form')}` : '') +
      '.',
  );

  const scanner = new Scanner({ rules: [...BUILTIN_RULES, ...custom], registered: options.registered });
  const findings: Finding[] = [];
  const binary = [...walked.binary];
  const tooLarge = walked.tooLarge.map((f) => ({ file: f.rel, size: f.size }));
  const unreadable: { file: string; error: string }[] = [];
  let scannedFiles = 0;
  let scannedBytes = 0;
  let lastProgress = Date.now();
  walked.files.forEach((file, index) => {
    const read = readCandidate(file, settings.maxFileSize);
    if (read.kind === 'binary') binary.push(file.rel);
    else if (read.kind === 'too-large') tooLarge.push({ file: file.rel, size: read.size });
    else if (read.kind === 'unreadable') unreadable.push({ file: file.rel, error: read.code });
    else {
      scannedFiles++;
      scannedBytes += read.content.length;
      for (const finding of scanner.scanBuffer(read.content, file.rel)) findings.push(finding);
    }
    const now = Date.now();
    if ((index + 1) % PROGRESS_FILES === 0 || now - lastProgress >= PROGRESS_MS) {
      lastProgress = now;
      runner.info(
        `Scanned ${index + 1} of ${walked.files.length} files (${formatBytes(scannedBytes)}, ${formatDuration(now - started)}); ` +
          `${countOf(findings.length, 'finding')} so far.`,
      );
    }
  });
  binary.sort();
  tooLarge.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  sortFindings(findings);
  const applied = applyBaseline(findings, baseline);
  const durationMs = Date.now() - started;

  // ---- files -------------------------------------------------------------------------------------
  const report: LeakReport = buildReport({
    patterns: settings.patterns,
    files: scannedFiles,
    bytes: scannedBytes,
    durationMs,
    rules: { builtin: BUILTIN_RULES.length, custom: custom.length, registeredSecrets: scanner.registeredCount },
    maxFileSize: settings.maxFileSize,
    skipped: { tooLarge, binary, outsideWorkspace: walked.outsideWorkspace, directories: walked.skippedDirs, unreadable },
    baseline: baseline
      ? {
          file: baseline.file,
          entries: baseline.entries.length,
          matched: applied.baselinedCount,
          unused: applied.unused.map((e) => e.fingerprint),
        }
      : null,
    findings,
  });
  const reportText = JSON.stringify(report, null, 2) + '\n';
  writeAtomic(reportPath, reportText, 'report-file');
  const sarif = buildSarif(findings, {
    workspace: settings.workspace,
    builtinIds,
    newLevel: settings.failOnFindings ? 'error' : 'warning',
  });
  writeAtomic(sarifPath, JSON.stringify(sarif, null, 2) + '\n', 'sarif-file');

  // ---- log, notices, annotations -----------------------------------------------------------------
  if (tooLarge.length > 0) {
    const listed = tooLarge.slice(0, NOTICE_PATHS).map((f) => `${f.file} (${formatBytes(f.size)})`);
    const more = tooLarge.length > NOTICE_PATHS ? `, and ${tooLarge.length - NOTICE_PATHS} more` : '';
    runner.notice(
      `Skipped ${countOf(tooLarge.length, 'file')} over max-file-size (${formatBytes(settings.maxFileSize)}): ${listed.join(', ')}${more}. ` +
        `Raise max-file-size to scan them.`,
      { title: 'Leak scan: files not scanned' },
    );
  }
  if (walked.outsideWorkspace.length > 0) {
    runner.warning(
      `Skipped ${countOf(walked.outsideWorkspace.length, 'symlink')} leading outside the workspace: ` +
        `${walked.outsideWorkspace.slice(0, NOTICE_PATHS).join(', ')}${walked.outsideWorkspace.length > NOTICE_PATHS ? ', …' : ''}.`,
    );
  }
  if (unreadable.length > 0) {
    runner.warning(
      `Could not read ${countOf(unreadable.length, 'file')}: ` +
        unreadable
          .slice(0, NOTICE_PATHS)
          .map((u) => `${u.file} (${u.error})`)
          .join(', ') +
        (unreadable.length > NOTICE_PATHS ? ', …' : '') +
        '.',
    );
  }
  if (applied.unused.length > 0) {
    runner.info(
      `${countOf(applied.unused.length, 'baseline entry', 'baseline entries')} matched nothing in this scan (listed in the report).`,
    );
  }
  const level = settings.failOnFindings ? 'error' : 'warning';
  for (const f of findings) {
    if (f.baselined) continue;
    const checksum = f.checksum === 'valid' ? ', checksum valid' : f.checksum === 'invalid' ? ', checksum invalid' : '';
    annotate(
      level,
      `Possible ${f.description} (rule ${f.rule}, ${f.confidence} confidence${checksum}). Remove it and rotate the credential; the value is not shown.`,
      {
        title: `Leaked credential: ${f.rule}`,
        file: f.file,
        line: f.line,
        col: f.column,
        endColumn: f.endColumn,
      },
    );
  }
  runner.info(
    `Scanned ${countOf(scannedFiles, 'file')} (${formatBytes(scannedBytes)}) in ${formatDuration(durationMs)}: ` +
      `${countOf(applied.newCount, 'new finding')}, ${applied.baselinedCount} baselined; ` +
      `skipped ${binary.length} binary, ${tooLarge.length} over max-file-size, ${walked.skippedDirs.length} .git/node_modules folder(s). ` +
      `Report: ${show(reportPath)}; SARIF: ${show(sarifPath)}.`,
  );

  // ---- job summary -------------------------------------------------------------------------------
  // A blank line first: the registration table above must end before the heading.
  writeSummary(`\n${renderScanSummary(report, show(reportPath), show(sarifPath))}`);

  // ---- audit ---------------------------------------------------------------------------------------
  const newFindings = findings.filter((f) => !f.baselined);
  const byRule: Record<string, number> = {};
  for (const c of report.counts.byRule) if (c.new > 0) byRule[c.rule] = c.new;
  const fingerprints = [...new Set(newFindings.map((f) => f.fingerprint))];
  await appendAuditEvent(
    settings.auditLog,
    {
      action: ACTION,
      event: 'leaks-scanned',
      outcome: applied.newCount > 0 ? (settings.failOnFindings ? 'failure' : 'success') : 'success',
      subject: {
        files: scannedFiles,
        bytes: scannedBytes,
        skipped: {
          binary: binary.length,
          too_large: tooLarge.length,
          outside_workspace: walked.outsideWorkspace.length,
          unreadable: unreadable.length,
        },
        findings: findings.length,
        new: applied.newCount,
        baselined: applied.baselinedCount,
        new_by_rule: byRule,
        new_fingerprints: fingerprints.slice(0, AUDIT_FINGERPRINTS),
        new_fingerprints_omitted: Math.max(0, fingerprints.length - AUDIT_FINGERPRINTS),
        rules: { builtin: BUILTIN_RULES.length, custom: custom.length },
        report_sha256: createHash('sha256').update(reportText).digest('hex'),
        fail_on_findings: settings.failOnFindings,
      },
    },
    { containsSecret: options.containsSecret },
  );

  // ---- outputs -------------------------------------------------------------------------------------
  options.exports.setOutput('findings', String(applied.newCount));
  options.exports.setOutput('report', reportPath);
  options.exports.setOutput('sarif', sarifPath);

  let failure: GatehouseError | undefined;
  if (applied.newCount > 0) {
    const files = new Set(newFindings.map((f) => f.file)).size;
    const rules = countByRule(newFindings)
      .map((c) => `${c.rule} ×${c.new}`)
      .join(', ');
    const what = `Found ${countOf(applied.newCount, 'new leaked credential')} in ${countOf(files, 'file')} (${rules}).`;
    if (settings.failOnFindings) {
      failure = new GatehouseError('LEAKS_FOUND', `${what} See the annotations, the job summary and ${show(reportPath)}.`, {
        fix: "Remove each credential and rotate it; or, after review, accept a finding by adding its fingerprint from the report to the baseline file with a reason; or mark a line that holds no real secret with 'gatehouse:allow'.",
      });
    } else {
      runner.warning(`${what} fail-on-findings is false, so the step goes on.`);
    }
  }
  return {
    findings: findings.length,
    newFindings: applied.newCount,
    baselined: applied.baselinedCount,
    reportPath,
    sarifPath,
    failure,
  };
}

export function renderScanSummary(report: LeakReport, reportShown: string, sarifShown: string): string {
  const skipped = report.skipped;
  const parts = [
    heading('Leak scan', 3),
    keyValueTable(
      [
        ['Files scanned', `${report.scan.files} (${formatBytes(report.scan.bytes)})`],
        ['New findings', String(report.counts.new)],
        ['Baselined findings', String(report.counts.baselined)],
        [
          'Skipped',
          `${skipped.binary.length} binary, ${skipped.tooLarge.length} over max-file-size, ${skipped.outsideWorkspace.length} outside the workspace, ` +
            `${skipped.directories.length} .git/node_modules folder(s), ${skipped.unreadable.length} unreadable`,
        ],
        [
          'Rules',
          `${report.scan.rules.builtin} built-in, ${report.scan.rules.custom} custom, ${report.scan.rules.registeredSecrets} registered secret forms`,
        ],
        ['Scan time', formatDuration(report.scan.durationMs)],
        ['Report', code(reportShown)],
        ['SARIF', code(sarifShown)],
      ],
      ['Measure', 'Value'],
    ),
  ];
  if (report.counts.byRule.length > 0) {
    parts.push(
      heading('Findings per rule', 4),
      table(
        ['Rule', 'Description', 'New', 'Baselined'],
        report.counts.byRule.map((c) => [code(c.rule), c.description, c.new, c.baselined]),
        { align: [undefined, undefined, 'right', 'right'] },
      ),
      heading('Findings', 4),
      table(
        ['Status', 'Location', 'Rule', 'Confidence', 'Line (redacted)'],
        report.findings.map((f) => [
          f.baselined ? 'baselined' : 'new',
          code(`${f.file}:${f.line}:${f.column}`),
          code(f.rule),
          f.checksum ? `${f.confidence} (checksum ${f.checksum})` : f.confidence,
          code(f.redacted),
        ]),
        { maxRows: SUMMARY_ROWS, noun: 'findings (see the report)' },
      ),
    );
  } else {
    parts.push(paragraph('No leaked credentials found.'));
  }
  return parts.join('\n');
}

/** Write via a temp file in the same folder and rename, so readers never see half a file. */
function writeAtomic(path: string, text: string, input: string): void {
  const temp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text, { mode: 0o644 });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new GatehouseError('INPUT_INVALID', `Cannot write the ${input === 'sarif-file' ? 'SARIF' : 'report'} file ${path} (${code}).`, {
      fix: `Point '${input}' at a writable path inside the workspace, or leave it empty for the default under $RUNNER_TEMP/gatehouse/.`,
    });
  }
}
