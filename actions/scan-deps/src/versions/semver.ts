// SemVer 2.0.0 precedence (https://semver.org §11), as npm and crates.io order versions. A leading `v`
// or `=` (as node-semver accepts) and surrounding whitespace are tolerated; build metadata is parsed
// but ignored in precedence. Numbers are compared as arbitrarily large integers.

import type { VersionCompare } from '../types.js';

export interface SemVer {
  major: string;
  minor: string;
  patch: string;
  /** Pre-release identifiers (`alpha`, `1`, ...), empty for a release. */
  prerelease: string[];
  /** Build metadata identifiers; never affect precedence. */
  build: string[];
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_RE = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?$`);

/** Compares two non-negative decimal integer strings of any length without overflow. */
export function compareNumeric(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain code-unit (ASCII) order, as SemVer requires for alphanumeric identifiers. */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const isNumeric = (id: string): boolean => /^\d+$/.test(id);

/**
 * Compares pre-release identifier lists by SemVer rule 11.4: an empty list (a release) ranks above any
 * pre-release; numeric identifiers compare numerically and rank below alphanumeric ones; a longer list
 * wins when all preceding identifiers are equal.
 */
export function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = isNumeric(x);
    const yn = isNumeric(y);
    const c = xn && yn ? compareNumeric(x, y) : xn ? -1 : yn ? 1 : compareAscii(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Parses a SemVer 2.0.0 version (leading `v`/`=` allowed); undefined when it is not one. */
export function tryParse(version: string): SemVer | undefined {
  const m = SEMVER_RE.exec(version.trim().replace(/^=?\s*v?/i, ''));
  if (!m) return undefined;
  return {
    major: m[1]!,
    minor: m[2]!,
    patch: m[3]!,
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ? m[5].split('.') : [],
  };
}

export function parse(version: string): SemVer {
  const v = tryParse(version);
  if (!v) throw new Error(`Invalid SemVer version: "${version}"`);
  return v;
}

export function isValid(version: string): boolean {
  return tryParse(version) !== undefined;
}

export function compareParsed(a: SemVer, b: SemVer): number {
  return (
    compareNumeric(a.major, b.major) ||
    compareNumeric(a.minor, b.minor) ||
    compareNumeric(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

export const compare: VersionCompare = (a, b) => compareParsed(parse(a), parse(b));
