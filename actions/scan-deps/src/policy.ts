// The `scan-deps:` section of the policy file, and the step inputs that override it for one run.
//
//   scan-deps:
//     fail-on-severity: high            # critical | high | medium | low | any | none
//     ignore:
//       - id: GHSA-35jh-r3h4-6jhm
//         reason: lodash.template is not reachable from our code (checked 2026-11-01)
//         expires: 2027-01-31           # an expired entry fails the step until renewed or removed
//     allowed-registries: [registry.npmjs.org, registry.yarnpkg.com]
//     require-integrity: true
//     allowed-licenses: [MIT, Apache-2.0, BSD-3-Clause, ISC]
//     denied-licenses: [GPL-3.0-only, AGPL-3.0-only]
//     check-actions-pinning: true

export const SEVERITY_GATES = ['critical', 'high', 'medium', 'low', 'any', 'none'] as const;
export type SeverityGate = (typeof SEVERITY_GATES)[number];

/** The section's values, defaults applied (policy-schema.ts validates the file against the same shape). */
export interface ScanDepsPolicy {
  'fail-on-severity': SeverityGate;
  ignore: Array<{ id: string; reason: string; expires?: string | undefined }>;
  'allowed-registries'?: string[] | undefined;
  'require-integrity': boolean;
  'allowed-licenses'?: string[] | undefined;
  'denied-licenses': string[];
  'check-actions-pinning': boolean;
}

/** What applies without a policy file. */
export const DEFAULT_POLICY: ScanDepsPolicy = {
  'fail-on-severity': 'high',
  ignore: [],
  'require-integrity': false,
  'denied-licenses': [],
  'check-actions-pinning': false,
};

/** Does a finding of `level` fail the step under `gate`? Unknown severity fails any gate but `none`. */
export function gateFails(gate: SeverityGate, level: string): boolean {
  if (gate === 'none') return false;
  if (gate === 'any') return true;
  const rank: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };
  // A record without any severity is treated as high: failing open on missing data is what an
  // attacker would want.
  const value = level === 'unknown' ? 3 : (rank[level] ?? 0);
  return value >= rank[gate]!;
}
