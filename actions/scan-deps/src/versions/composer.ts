// Packagist (Composer) versions: normalised the way Composer\Semver\VersionParser::normalize does
// (`v1.2` -> `1.2.0.0`, `1.0.0-beta.1` -> `1.0.0.0-beta1`, `1.0.0RC1` -> `1.0.0.0-RC1`, `-p1`/`-pl1` ->
// `-patch1`, `1.x-dev` -> `1.9999999.9999999.9999999-dev`, `dev-<branch>` kept), then compared with
// PHP's version_compare(): parts split at `.`/`-`/`_`/`+` and at digit/letter boundaries, numbers
// compared numerically, and the special forms ordered dev < alpha = a < beta = b < RC = rc < (number)
// < pl = p (unknown words below dev). A `dev-<branch>` sorts below every numbered version.

import type { VersionCompare } from '../types.js';
import { compareNumeric } from './semver.js';

const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSICAL_RE = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATE_RE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');
const BRANCH_RE = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?[.-]?dev$/i;

function expandStability(s: string): string {
  const l = s.toLowerCase();
  return l === 'a' ? 'alpha' : l === 'b' ? 'beta' : l === 'p' || l === 'pl' ? 'patch' : l === 'rc' ? 'RC' : l;
}

function withModifier(base: string, m: RegExpExecArray, at: number): string {
  let out = base;
  const stability = m[at];
  if (stability !== undefined && stability.toLowerCase() !== 'stable') {
    out += `-${expandStability(stability)}${(m[at + 1] ?? '').replace(/^[.-]+/, '')}`;
  }
  if (m[at + 2] !== undefined) out += '-dev';
  return out;
}

/** Composer's VersionParser::normalize; throws for what Composer calls an invalid version string. */
export function normalize(version: string): string {
  let v = version.trim();
  const alias = /^([^,\s#]+)(?:#[^ ]+)? +as +[^,\s]+$/.exec(v);
  if (alias) v = alias[1]!;
  v = v.replace(/@(?:stable|RC|beta|alpha|dev)$/i, ''); // a stability flag is not part of the version
  if (/^(?:dev-)?(?:master|trunk|default)$/i.test(v)) return `dev-${v.replace(/^dev-/i, '')}`;
  if (/^dev-/i.test(v)) return `dev-${v.slice(4)}`;
  v = v.replace(/\+[0-9A-Za-z.-]*$/, ''); // semver build metadata is stripped
  let m = CLASSICAL_RE.exec(v);
  if (m) {
    const parts = [m[1]!, (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1), (m[4] ?? '.0').slice(1)];
    return withModifier(parts.join('.'), m, 5);
  }
  m = DATE_RE.exec(v);
  if (m) return withModifier(m[1]!.replace(/\D/g, '.'), m, 2);
  const b = BRANCH_RE.exec(v);
  if (b) {
    const parts = [b[1]!, ...[b[2], b[3], b[4]].map((p) => (p === undefined ? 'x' : p.slice(1)))];
    return `${parts.map((p) => (/^[xX*]$/.test(p) ? '9999999' : p)).join('.')}-dev`;
  }
  throw new Error(`Invalid Composer version: "${version}"`);
}

export function isValid(version: string): boolean {
  try {
    normalize(version);
    return true;
  } catch {
    return false;
  }
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** php_canonicalize_version followed by the split into parts. */
function phpParts(version: string): string[] {
  if (version === '') return [];
  let out = version[0]!;
  let prev = version[0]!;
  for (const c of version.slice(1)) {
    const last = out[out.length - 1];
    if (c === '-' || c === '_' || c === '+') {
      if (last !== '.') out += '.';
    } else if ((isDigit(prev) && c !== '.' && !isDigit(c)) || (!isDigit(prev) && prev !== '.' && isDigit(c))) {
      if (last !== '.') out += '.';
      out += c;
    } else if (!/[0-9A-Za-z]/.test(c)) {
      if (last !== '.') out += '.';
    } else {
      out += c;
    }
    prev = c;
  }
  return out.split('.').filter((p) => p !== '');
}

const SPECIAL_FORMS: Array<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

function specialOrder(form: string): number {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order;
  return -1;
}

/** PHP's version_compare() on two (already canonical) version strings. */
export function phpVersionCompare(a: string, b: string): number {
  const l = phpParts(a);
  const r = phpParts(b);
  const n = Math.min(l.length, r.length);
  for (let i = 0; i < n; i++) {
    const x = l[i]!;
    const y = r[i]!;
    const xd = isDigit(x[0]);
    const yd = isDigit(y[0]);
    const c = xd && yd ? compareNumeric(x, y) : Math.sign(specialOrder(xd ? '#N#' : x) - specialOrder(yd ? '#N#' : y));
    if (c !== 0) return c;
  }
  if (l.length > n) return isDigit(l[n]![0]) ? 1 : phpVersionCompare(l.slice(n).join('.'), '#N#');
  if (r.length > n) return isDigit(r[n]![0]) ? -1 : phpVersionCompare('#N#', r.slice(n).join('.'));
  return 0;
}

export const compare: VersionCompare = (a, b) => phpVersionCompare(normalize(a), normalize(b));
