// Package-name identity per ecosystem, shared by the parsers (dedup, purls), the matcher and the
// offline database index, so all three agree on when two spellings are the same package.

/** PEP 503: lower case, and runs of `-`, `_` and `.` become one `-` (`Zope.Interface` = `zope-interface`). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
