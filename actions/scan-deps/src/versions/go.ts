// Go module versions (https://go.dev/ref/mod#versions): semantic versions with a `v` prefix, ordered
// like golang.org/x/mod/semver. `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0`; build
// metadata (including `+incompatible`) is ignored; pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
// `v1.2.4-0.20191109021931-daa7c04131f5`) are pre-releases and so sort below the release they precede.
// OSV writes Go versions without the `v` (`1.20.1`), so the prefix is optional here.

import type { VersionCompare } from '../types.js';
import { compareNumeric, comparePrerelease } from './semver.js';

export interface GoVersion {
  major: string;
  minor: string;
  patch: string;
  prerelease: string[];
  build: string[];
  /** True for a `vX.0.0-yyyymmddhhmmss-abcdefabcdef` style pseudo-version. */
  pseudo: boolean;
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const ID = '[0-9a-zA-Z-]+';
const GO_RE = new RegExp(`^v?(${NUM})(?:\\.(${NUM})(?:\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${ID}(?:\\.${ID})*))?)?)?$`);
const PSEUDO_RE = /(?:^|[.-])(?:0\.)?\d{14}-[0-9a-f]{12}$/;

export function tryParse(version: string): GoVersion | undefined {
  const m = GO_RE.exec(version.trim());
  if (!m) return undefined;
  const prerelease = m[4] ? m[4].split('.') : [];
  return {
    major: m[1]!,
    minor: m[2] ?? '0',
    patch: m[3] ?? '0',
    prerelease,
    build: m[5] ? m[5].split('.') : [],
    pseudo: m[4] !== undefined && PSEUDO_RE.test(m[4]),
  };
}

export function parse(version: string): GoVersion {
  const v = tryParse(version);
  if (!v) throw new Error(`Invalid Go module version: "${version}"`);
  return v;
}

export function isValid(version: string): boolean {
  return tryParse(version) !== undefined;
}

/** True for a pseudo-version such as `v0.0.0-20220412211240-33da011f77ad`. */
export function isPseudoVersion(version: string): boolean {
  return tryParse(version)?.pseudo ?? false;
}

export const compare: VersionCompare = (a, b) => {
  const x = parse(a);
  const y = parse(b);
  return (
    compareNumeric(x.major, y.major) ||
    compareNumeric(x.minor, y.minor) ||
    compareNumeric(x.patch, y.patch) ||
    comparePrerelease(x.prerelease, y.prerelease)
  );
};
