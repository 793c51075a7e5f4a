// Package identity, shared by the parsers (dedup, purls), the matcher, the offline database index,
// the OSV client and base-ref mode, so all of them agree on when two entries are the same package.

import type { Package } from './types.js';

/** PEP 503: lower case, and runs of `-`, `_` and `.` become one `-` (`Zope.Interface` = `zope-interface`). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * One key per distinct package: its purl (which carries the normalised name and the version), plus
 * the commit for git dependencies, whose purl may have no version; without a purl,
 * `ecosystem:name@version`.
 */
export function packageKey(pkg: Package): string {
  const commit = pkg.commit ? `#${pkg.commit}` : '';
  if (pkg.purl) return `${pkg.purl}${commit}`;
  return `${pkg.ecosystem}:${pkg.name}@${pkg.version}${commit}`;
}
