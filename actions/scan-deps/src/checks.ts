// Supply-chain hygiene checks over the inventory: lockfiles present, versions pinned, integrity
// hashes present, packages only from allowed registries, licenses allowed. Each problem is a
// Violation with a rule id (stable: reports, SARIF and ignores refer to it) and where it is.

import type { Inventory } from './inventory.js';
import type { ScanDepsPolicy } from './policy.js';
import type { Package } from './types.js';

export const RULES = {
  'lockfile-missing': 'A manifest has no lockfile beside it, so its dependency tree is not pinned.',
  unpinned: 'A dependency is not pinned to an exact version.',
  'integrity-missing': 'A package has no integrity hash in the lockfile, so a tampered download would not be detected.',
  'registry-not-allowed': 'A package is downloaded from a host that is not an allowed registry.',
  'license-denied': 'A package carries a denied license.',
  'license-not-allowed': 'A package carries a license that is not in the allowed list.',
  'action-unpinned': 'A GitHub Action (or a Docker action image) is not pinned to a full commit SHA (or a digest).',
  'action-version-comment':
    'The version comment after a pinned Action SHA is not a version tag, or names a tag that is not that commit, so reviewers cannot tell what the SHA is.',
  'ignore-expired': 'An ignore entry in the policy has expired.',
} as const;
export type RuleId = keyof typeof RULES;

export interface Violation {
  rule: RuleId;
  message: string;
  /** Workspace-relative file and 1-based line, where there is one. */
  file?: string;
  line?: number;
  package?: Package;
  /** False when base-ref mode found the same problem at the base (reported, not failing). */
  new: boolean;
}

/** Registry hosts that integrity and registry checks accept for `source: registry` without a URL. */
export function packageChecks(inventory: Inventory, policy: ScanDepsPolicy): Violation[] {
  const out: Violation[] = [];
  for (const m of inventory.missing) {
    out.push({
      rule: 'lockfile-missing',
      message: `${m.manifest} has no lockfile (expected ${m.expected} beside it).`,
      file: m.manifest,
      new: true,
    });
  }
  const allowedHosts = policy['allowed-registries']?.map((h) => h.toLowerCase());
  const denied = new Set(policy['denied-licenses'].map((l) => l.toLowerCase()));
  const allowed = policy['allowed-licenses'] ? new Set(policy['allowed-licenses'].map((l) => l.toLowerCase())) : undefined;
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      const at = { file: pkg.lockfile, ...(pkg.line !== undefined ? { line: pkg.line } : {}), package: pkg, new: true };
      const label = `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}`;
      if (pkg.version === '' && pkg.source === 'registry') {
        out.push({ rule: 'unpinned', message: `${label} in ${pkg.lockfile} is not pinned to an exact version.`, ...at });
      }
      if (policy['require-integrity'] && (pkg.source === 'registry' || pkg.source === 'url') && pkg.version !== '' && !pkg.integrity) {
        out.push({ rule: 'integrity-missing', message: `${label} in ${pkg.lockfile} has no integrity hash.`, ...at });
      }
      if (allowedHosts && (pkg.source === 'registry' || pkg.source === 'url' || pkg.source === 'git')) {
        const host = hostOf(pkg.resolved);
        if (host && !allowedHosts.includes(host)) {
          out.push({
            rule: 'registry-not-allowed',
            message: `${label} in ${pkg.lockfile} comes from ${host}, which is not an allowed registry.`,
            ...at,
          });
        }
      }
      for (const license of pkg.licenses ?? []) {
        const key = license.toLowerCase();
        if (denied.has(key))
          out.push({ rule: 'license-denied', message: `${label} is licensed ${license}, which the policy denies.`, ...at });
        else if (allowed && !allowed.has(key))
          out.push({ rule: 'license-not-allowed', message: `${label} is licensed ${license}, which is not in allowed-licenses.`, ...at });
      }
    }
  }
  return out;
}

/** The host a package is fetched from: URL host, or the host of an scp-like git URL. */
export function hostOf(resolved: string | undefined): string | undefined {
  if (!resolved) return undefined;
  const url = resolved.replace(/^git\+/, '').replace(/^(registry|sparse)\+/, '');
  if (URL.canParse(url)) {
    const host = new URL(url).host.toLowerCase();
    return host || undefined;
  }
  const scp = /^[\w.-]+@([\w.-]+):/.exec(url);
  return scp ? scp[1]!.toLowerCase() : undefined;
}

/** Policy ignores that have expired: they fail the step until renewed or removed. */
export function expiredIgnores(policy: ScanDepsPolicy, file: string | undefined, today: string): Violation[] {
  return policy.ignore
    .filter((entry) => entry.expires !== undefined && entry.expires < today)
    .map((entry) => ({
      rule: 'ignore-expired' as const,
      message: `The ignore entry for ${entry.id} expired on ${entry.expires} ("${entry.reason}").`,
      ...(file ? { file } : {}),
      new: true,
    }));
}
