// scan-deps: inventory every lockfile, look the packages up in OSV, apply the supply-chain checks
// and the policy, then write the report, SARIF and SBOM and decide. Everything is written (report,
// SARIF, SBOM, summary, audit event, outputs) before the step fails, so a failing run is as
// reviewable as a passing one.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { appendAuditEvent } from '@gatehouse/core/audit';
import { GatehouseError } from '@gatehouse/core/errors';
import { Deadline } from '@gatehouse/core/http';
import { formatDuration, resolveInWorkspace, workspaceRoot } from '@gatehouse/core/inputs';
import { DEFAULT_POLICY_PATH } from '@gatehouse/core/policy-path';
import * as runner from '@gatehouse/core/runner';
import { expiredIgnores, packageChecks, type Violation } from './checks.js';
import type { Inputs } from './inputs.js';
import { discover, parseLockfiles, type Inventory } from './inventory.js';
import type { PinnedUse } from './pinning.js';
import { DEFAULT_POLICY, gateFails, type ScanDepsPolicy } from './policy.js';
import { lockfileSummary, REPORT_SCHEMA, sortFindings, type ReportFinding, type ScanReport } from './report.js';
import { toSarif } from './sarif.js';
import { cycloneDx } from './sbom.js';
import { renderSummary } from './summary.js';
import { LockfileError } from './types.js';
import { packageKey } from './package-names.js';
import { findVulnerabilities } from './vulnerabilities.js';

export const ACTION = 'scan-deps';
export const VERSION = '0.1.0';

export async function run(inputs: Inputs): Promise<void> {
  const started = Date.now();
  const root = workspaceRoot();
  const deadline = new Deadline(
    inputs.timeoutMs,
    "the step's timeout",
    "Raise the 'timeout' input, or use osv: offline with a local database.",
  );
  const loaded = await readPolicy(root, inputs.policy);
  const policy = withOverrides(loaded.policy, inputs.overrides);
  // git is needed only in diff mode.
  const baseRef = inputs.baseRef ? await import('./base-ref.js') : undefined;
  if (baseRef) baseRef.checkBaseRef(root, inputs.baseRef);

  const inventory = await takeInventory(root, inputs);
  const packages = inventory.lockfiles.flatMap((l) => l.packages);
  runner.info(
    `Read ${inventory.lockfiles.length} lockfile(s) with ${packages.length} packages in ${formatDuration(Date.now() - started)}.`,
  );

  const vulns = await findVulnerabilities(packages, {
    mode: inputs.osv,
    osvUrl: inputs.osvUrl,
    offlineDb: inputs.osvOfflineDb,
    deadline,
    concurrency: inputs.concurrency,
    onProgress: runner.info,
  });

  const today = new Date().toISOString().slice(0, 10);
  const violations: Violation[] = [...packageChecks(inventory, policy), ...expiredIgnores(policy, loaded.file, today)];
  const skipped = [...vulns.skipped];
  // The `uses:` value (and comment) of each pinning violation, to find it in the file at the base.
  const usesOf = new Map<Violation, { uses: string; comment: string | undefined }>();
  if (policy['check-actions-pinning']) {
    const { checkActionsPinning } = await import('./pinning.js');
    const pinned: PinnedUse[] = [];
    const found = await checkActionsPinning(root, { onPinned: (use) => pinned.push(use) });
    if (pinned.length) {
      const { verifyPinnedTags } = await import('./action-tags.js');
      const tags = await verifyPinnedTags(pinned, {
        apiUrl: inputs.githubApiUrl,
        token: inputs.githubToken,
        deadline,
        concurrency: inputs.concurrency,
      });
      found.push(...tags.findings);
      skipped.push(...tags.skipped);
    }
    for (const p of found) {
      const rule = p.kind === 'comment-mismatch' ? 'action-version-comment' : 'action-unpinned';
      const violation: Violation = { rule, message: p.message, file: p.file, line: p.line, new: true };
      violations.push(violation);
      usesOf.set(violation, { uses: p.uses, comment: p.kind === 'comment-mismatch' ? p.comment : undefined });
    }
  }

  // base-ref: what the base already had is reported, not failed.
  if (baseRef) {
    const base = await baseRef.basePackages(root, inputs.baseRef, inventory.lockfiles);
    for (const v of violations) {
      if (v.package && base.has(packageKey(v.package))) v.new = false;
      const site = usesOf.get(v);
      if (site && v.file) v.new = !lineAtBase(baseRef.fileAtBase(root, inputs.baseRef, v.file), site.uses, site.comment);
    }
    vulns.findings.forEach((f) => Object.assign(f, { new: !base.has(packageKey(f.package)) }));
  }

  const findings: ReportFinding[] = sortFindings(vulns.findings).map((f) => {
    const ignore = policy.ignore.find(
      (entry) => (entry.id === f.id || f.aliases.includes(entry.id)) && !(entry.expires && entry.expires < today),
    );
    const isNew = (f as { new?: boolean }).new !== false;
    return {
      ...f,
      ...(ignore ? { ignored: { reason: ignore.reason, ...(ignore.expires ? { expires: ignore.expires } : {}) } } : {}),
      new: isNew,
      failing: !ignore && isNew && gateFails(policy['fail-on-severity'], f.severity.level),
    };
  });

  const failingFindings = findings.filter((f) => f.failing);
  const failingViolations = violations.filter((v) => v.new);
  const reasons: string[] = [];
  if (failingFindings.length) reasons.push(`${failingFindings.length} vulnerable package(s) at or above ${policy['fail-on-severity']}`);
  if (failingViolations.length) reasons.push(`${failingViolations.length} supply-chain violation(s)`);

  const report: ScanReport = {
    schema: REPORT_SCHEMA,
    tool: { name: 'gatehouse scan-deps', version: VERSION },
    generated: new Date().toISOString(),
    ...(process.env['GITHUB_REPOSITORY'] ? { repository: process.env['GITHUB_REPOSITORY'] } : {}),
    ...(process.env['GITHUB_SHA'] ? { commit: process.env['GITHUB_SHA'] } : {}),
    ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
    osv: { mode: inputs.osv, ...(vulns.source ? { source: vulns.source } : {}) },
    lockfiles: lockfileSummary(inventory.lockfiles),
    packages,
    findings,
    violations: violations.map(({ package: pkg, ...v }) => ({ ...v, ...(pkg ? { package: pkg.purl } : {}), failing: v.new })),
    skipped,
    counts: {
      packages: packages.length,
      vulnerabilities: findings.length,
      failingVulnerabilities: failingFindings.length,
      violations: violations.length,
      failingViolations: failingViolations.length,
      ignored: findings.filter((f) => f.ignored).length,
    },
    decision: { passed: reasons.length === 0, failOnSeverity: policy['fail-on-severity'], reasons },
  };

  const outDir = join(process.env['RUNNER_TEMP'] || root, 'gatehouse');
  const reportPath = writeJson(inputs.reportFile, join(outDir, 'scan-report.json'), root, 'report-file', report);
  const sarifPath = writeJson(
    inputs.sarifFile,
    join(outDir, 'scan-deps.sarif'),
    root,
    'sarif-file',
    toSarif(findings, violations, VERSION),
  );
  const sbomPath = writeJson(
    inputs.sbomFile,
    join(outDir, 'sbom.cdx.json'),
    root,
    'sbom-file',
    cycloneDx(packages, findings, {
      toolVersion: VERSION,
      serialNumber: `urn:uuid:${randomUUID()}`,
      timestamp: report.generated,
      ...(report.repository ? { repository: report.repository } : {}),
    }),
  );

  runner.appendSummary(renderSummary(report, reportPath));
  for (const f of failingFindings.slice(0, 10)) {
    runner.error(
      `${f.id} in ${f.package.name}@${f.package.version} (${f.severity.level}): ${f.summary}${f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : ''}.`,
      {
        file: f.package.lockfile,
        ...(f.package.line ? { startLine: f.package.line } : {}),
      },
    );
  }
  for (const v of failingViolations.slice(0, 10))
    runner.error(v.message, { ...(v.file ? { file: v.file } : {}), ...(v.line ? { startLine: v.line } : {}) });

  await appendAuditEvent(inputs.auditLog, {
    action: ACTION,
    event: 'dependencies-scanned',
    outcome: report.decision.passed ? 'success' : 'denied',
    subject: {
      lockfiles: inventory.lockfiles.map((l) => ({ path: l.path, sha256: l.sha256, packages: l.packages.length })),
      packages: packages.length,
      vulnerabilities: findings.length,
      failing_vulnerabilities: failingFindings.length,
      violations: violations.length,
      failing_violations: failingViolations.length,
      fail_on_severity: policy['fail-on-severity'],
      osv: inputs.osv,
      base_ref: inputs.baseRef || null,
      policy: loaded.digest ?? null,
      passed: report.decision.passed,
    },
  });

  const exports = new runner.Exports();
  exports.setOutput('report', reportPath);
  exports.setOutput('sarif', sarifPath);
  exports.setOutput('sbom', sbomPath);
  exports.setOutput('vulnerabilities', String(findings.length));
  exports.setOutput('violations', String(violations.length));
  exports.setOutput('passed', String(report.decision.passed));
  exports.commit();
  runner.info(
    `${packages.length} packages, ${findings.length} vulnerable (${failingFindings.length} failing), ${violations.length} violation(s) (${failingViolations.length} failing) in ${formatDuration(Date.now() - started)}.`,
  );
  if (!report.decision.passed) {
    throw new GatehouseError('SCAN_FAILED', `Dependencies failed the policy: ${reasons.join('; ')}.`, {
      fix: `Upgrade to the fixed versions in the report (${reportPath}), or add a reasoned ignore with an expiry to the scan-deps section of the policy.`,
    });
  }
}

/**
 * The scan-deps section of the policy file. The policy code (YAML parser, schema) is loaded only
 * when there is a file to read; without one the section's defaults apply.
 */
async function readPolicy(
  root: string,
  input: string,
): Promise<{ policy: ScanDepsPolicy; file: string | undefined; digest: string | undefined }> {
  if (!input && !existsSync(resolve(root, DEFAULT_POLICY_PATH))) return { policy: DEFAULT_POLICY, file: undefined, digest: undefined };
  const [{ loadPolicy }, { scanDepsPolicySchema }] = await Promise.all([import('@gatehouse/core/policy'), import('./policy-schema.js')]);
  const loaded = await loadPolicy(input, { 'scan-deps': scanDepsPolicySchema });
  return { policy: loaded.sections['scan-deps'], file: loaded.file, digest: loaded.digest };
}

function withOverrides(policy: ScanDepsPolicy, o: Inputs['overrides']): ScanDepsPolicy {
  return {
    ...policy,
    ...(o.failOnSeverity ? { 'fail-on-severity': o.failOnSeverity } : {}),
    ...(o.allowedRegistries ? { 'allowed-registries': o.allowedRegistries } : {}),
    ...(o.requireIntegrity !== undefined ? { 'require-integrity': o.requireIntegrity } : {}),
    ...(o.allowedLicenses ? { 'allowed-licenses': o.allowedLicenses } : {}),
    ...(o.deniedLicenses ? { 'denied-licenses': o.deniedLicenses } : {}),
    ...(o.checkActionsPinning !== undefined ? { 'check-actions-pinning': o.checkActionsPinning } : {}),
  };
}

async function takeInventory(root: string, inputs: Inputs): Promise<Inventory> {
  const found = inputs.lockfiles.length ? { lockfiles: inputs.lockfiles, missing: [] } : discover(root, inputs.path);
  try {
    return { lockfiles: await parseLockfiles(root, found.lockfiles), missing: found.missing };
  } catch (err) {
    if (err instanceof LockfileError) {
      throw new GatehouseError('LOCKFILE_INVALID', `Lockfile ${err.message}.`, {
        fix: 'Regenerate the lockfile with its package manager, or fix it at that line.',
      });
    }
    throw err;
  }
}

/**
 * The file at the base (`base`: its text there) has a line with this `uses:` value, and for a
 * version comment the same comment after it: what the base already had is not the change's fault.
 */
function lineAtBase(base: string | undefined, uses: string, comment: string | undefined): boolean {
  if (base === undefined) return false;
  const commented = comment === undefined ? undefined : new RegExp(`#\\s*${comment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return base.split(/\r?\n/).some((line) => {
    const at = line.indexOf(uses);
    // The whole value: `actions/checkout@v4` is not `actions/checkout@v4.1.0`.
    const rest = at >= 0 ? line.slice(at + uses.length) : undefined;
    return rest !== undefined && /^(?:$|[\s'",}])/.test(rest) && (commented === undefined || commented.test(rest));
  });
}

function writeJson(input: string, fallback: string, root: string, name: string, value: object): string {
  const path = input ? resolveInWorkspace(name, input, root) : resolve(fallback);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
  return path;
}
