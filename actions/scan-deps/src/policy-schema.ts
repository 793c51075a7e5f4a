// The schema of the `scan-deps:` section (see policy.ts for the shape and an example). A module of
// its own so the schema code loads only when there is a policy file to validate.

import { s, type Schema } from '@gatehouse/core/schema';
import { SEVERITY_GATES, type ScanDepsPolicy } from './policy.js';

const HOST = s.string({ pattern: /^[a-z0-9.-]+(?::\d+)?$/i, expected: 'a host name such as registry.npmjs.org' });
const LICENSE = s.string({ minLength: 1, pattern: /^[A-Za-z0-9.+:() -]+$/, expected: 'an SPDX license id or expression' });

const section = s.object({
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

export const scanDepsPolicySchema: Schema<ScanDepsPolicy> = section;
