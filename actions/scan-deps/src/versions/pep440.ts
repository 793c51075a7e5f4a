// PEP 440 versions, ordered as packaging.version.Version orders them: epoch, release (trailing zeros
// ignored), pre-release (a < b < rc; a bare .devN sorts before any pre-release of its release),
// post-release, dev-release, then the local version label (absent < present; numeric segments above
// alphanumeric ones). Spellings are normalised as PEP 440 allows: case, a leading `v`, `alpha`/`beta`/
// `c`/`pre`/`preview`, `rev`/`r`, `1.0-1` post releases, `-`/`_`/`.` separators and implicit numbers.

import type { VersionCompare } from '../types.js';
import { compareAscii, compareNumeric } from './semver.js';

export interface Pep440Version {
  epoch: string;
  /** Release segment with trailing zeros removed (`1.0.0` -> ['1']). */
  release: string[];
  pre?: { label: 'a' | 'b' | 'rc'; number: string };
  post?: string;
  dev?: string;
  /** Local version label segments, lower-cased. */
  local?: string[];
}

const VERSION_RE = new RegExp(
  '^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$',
  'i',
);

const strip = (n: string): string => n.replace(/^0+(?=\d)/, '');

export function tryParse(version: string): Pep440Version | undefined {
  const m = VERSION_RE.exec(version);
  if (!m) return undefined;
  const release = m[2]!.split('.').map(strip);
  while (release.length > 1 && release[release.length - 1] === '0') release.pop();
  const v: Pep440Version = { epoch: strip(m[1] ?? '0'), release };
  if (m[3] !== undefined) {
    const l = m[3].toLowerCase();
    const label = l === 'alpha' || l === 'a' ? 'a' : l === 'beta' || l === 'b' ? 'b' : 'rc';
    v.pre = { label, number: strip(m[4] ?? '0') };
  }
  if (m[5] !== undefined) v.post = strip(m[5]);
  else if (m[6] !== undefined) v.post = strip(m[7] ?? '0');
  if (m[8] !== undefined) v.dev = strip(m[9] ?? '0');
  if (m[10] !== undefined) v.local = m[10].toLowerCase().split(/[-_.]/);
  return v;
}

export function parse(version: string): Pep440Version {
  const v = tryParse(version);
  if (!v) throw new Error(`Invalid PEP 440 version: "${version}"`);
  return v;
}

export function isValid(version: string): boolean {
  return tryParse(version) !== undefined;
}

/** The canonical string form (`1.0.0a1` for `1.0.0-alpha.1`), as packaging's str(Version) gives it. */
export function normalize(version: string): string {
  const m = VERSION_RE.exec(version);
  const v = parse(version);
  const release = m![2]!.split('.').map(strip).join('.');
  let out = v.epoch !== '0' ? `${v.epoch}!${release}` : release;
  if (v.pre) out += `${v.pre.label}${v.pre.number}`;
  if (v.post !== undefined) out += `.post${v.post}`;
  if (v.dev !== undefined) out += `.dev${v.dev}`;
  if (v.local) out += `+${v.local.join('.')}`;
  return out;
}

const PRE_ORDER = { a: 0, b: 1, rc: 2 } as const;

function compareRelease(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareNumeric(a[i] ?? '0', b[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}

/** Pre-release key: a dev-only release (no pre, no post) is below every pre-release; a final is above. */
function comparePre(a: Pep440Version, b: Pep440Version): number {
  const rank = (v: Pep440Version): number => (v.pre ? 1 : v.post === undefined && v.dev !== undefined ? 0 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (!a.pre || !b.pre) return 0;
  return PRE_ORDER[a.pre.label] - PRE_ORDER[b.pre.label] || compareNumeric(a.pre.number, b.pre.number);
}

function compareOptional(a: string | undefined, b: string | undefined, absent: -1 | 1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? absent : -absent;
  return compareNumeric(a, b);
}

function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a || !b) return a === b ? 0 : !a ? -1 : 1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    const c = xn && yn ? compareNumeric(x, y) : xn ? 1 : yn ? -1 : compareAscii(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

export function compareParsed(a: Pep440Version, b: Pep440Version): number {
  return (
    compareNumeric(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    comparePre(a, b) ||
    compareOptional(a.post, b.post, -1) || // no post-release sorts first
    compareOptional(a.dev, b.dev, 1) || // no dev-release sorts last
    compareLocal(a.local, b.local)
  );
}

export const compare: VersionCompare = (a, b) => compareParsed(parse(a), parse(b));
