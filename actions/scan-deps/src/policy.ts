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

import { s, type Infer } from '@gatehouse/core/schema';

export const SEVERITY_GATES = ['critical', 'high', 'medium', 'low', 'any', 'none'] as const;
export type SeverityGate = (typeof SEVERITY_GATES)[number];

const HOST = s.string({ pattern: /^[a-z0-9.-]+(?::\d+)?$/i, expected: 'a host name such as registry.npmjs.org' });
const LICENSE = s.string({ minLength: 1, pattern: /^[A-Za-z0-9.+:() -]+$/, expected: 'an SPDX license id or expression' });

export const scanDepsPolicySchema = s.object({
  'fail-on-severity': s.enum(SEVERITY_GATES).default('high'),
  ignore: s
    .array(
      s.object({
        id: s.string({ pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, expected: 'an advisory id such as GHSA-xxxx-xxxx-xxxx or CVE-2024-1234' }),
        reason: s.string({ minLength: 1 }),
        expires: s.date().optional(),
      }),
    )
    .default([]),
  'allowed-registries': s.array(HOST).optional(),
  'require-integrity': s.boolean().default(false),
  'allowed-licenses': s.array(LICENSE).optional(),
  'denied-licenses': s.array(LICENSE).default([]),
  'check-actions-pinning': s.boolean().default(false),
});

export type ScanDepsPolicy = Infer<typeof scanDepsPolicySchema>;

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
