// RubyGems versions, ordered as Gem::Version#<=> orders them: the string is split into numeric and
// alphabetic segments (`1.0.0.rc1` -> 1, 0, 0, "rc", 1; a `-` becomes `.pre.`), trailing zeros are
// dropped from the numeric part and from the part after the first letter ("canonical segments"),
// then segments compare pairwise with a missing one counting as 0: numbers numerically, strings by
// byte order, and a string (pre-release) below any number. Any letter makes a version a pre-release.

import type { VersionCompare } from '../types.js';
import { compareAscii, compareNumeric } from './semver.js';

/** Gem::Version::ANCHORED_VERSION_PATTERN. */
const VERSION_RE = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;

export type Segment = string | { num: string };

export function isValid(version: string): boolean {
  return VERSION_RE.test(version);
}

/** Segments as Gem::Version#segments gives them (numbers as `{ num }`), after the `-` -> `.pre.` rewrite. */
export function segments(version: string): Segment[] {
  if (!VERSION_RE.test(version)) throw new Error(`Invalid RubyGems version: "${version}"`);
  let v = version.trim();
  if (v === '') v = '0';
  v = v.replace(/-/g, '.pre.');
  return (v.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d/.test(s) ? { num: s.replace(/^0+(?=\d)/, '') } : s));
}

const isZero = (s: Segment | undefined): boolean => typeof s === 'object' && s.num === '0';

/** Gem::Version#canonical_segments. */
export function canonicalSegments(version: string): Segment[] {
  const segs = segments(version);
  let firstString = segs.findIndex((s) => typeof s === 'string');
  if (firstString < 0) firstString = segs.length;
  const trim = (part: Segment[]): Segment[] => {
    while (part.length > 0 && isZero(part[part.length - 1])) part.pop();
    return part;
  };
  return [...trim(segs.slice(0, firstString)), ...trim(segs.slice(firstString))];
}

/** True when the version has a letter in it (`1.0.a`, `2.0.0.rc1`, `1.0.0-beta`). */
export function isPrerelease(version: string): boolean {
  return segments(version).some((s) => typeof s === 'string');
}

export const compare: VersionCompare = (a, b) => {
  const l = canonicalSegments(a);
  const r = canonicalSegments(b);
  for (let i = 0; i < Math.max(l.length, r.length); i++) {
    const x = l[i] ?? { num: '0' };
    const y = r[i] ?? { num: '0' };
    if (typeof x === 'string' && typeof y === 'string') {
      const c = compareAscii(x, y);
      if (c !== 0) return c;
    } else if (typeof x === 'string') {
      return -1;
    } else if (typeof y === 'string') {
      return 1;
    } else {
      const c = compareNumeric(x.num, y.num);
      if (c !== 0) return c;
    }
  }
  return 0;
};
