// Does an OSV record affect a package at its version? This follows the OSV schema's evaluation
// pseudocode with the details of osv-scalibr's offline matcher (see shared/reference/osv.md):
// withdrawn records match nothing; an affected[] entry applies when its ecosystem (less any
// `:release` suffix) and name match, PyPI names compared after PEP 503 normalisation; the `versions`
// list is matched as exact strings; SEMVER and ECOSYSTEM ranges are evaluated with the ecosystem's
// comparator (introduced "0" = from the beginning, fixed exclusive, last_affected inclusive, limit as
// an upper cut, events sorted first); GIT ranges are skipped (they need the commit graph) rather than
// ending the search; an empty package version counts as affected; affected[] entries and ranges are ORed.

import type { OsvAffected, OsvEvent, OsvRange, OsvRecord, Package, VersionCompare } from '../types.js';
import { normalizePypiName } from '../package-names.js';

export interface MatchResult {
  affected: boolean;
  /**
   * The `fixed` versions of the matching entries' SEMVER/ECOSYSTEM ranges that are above the
   * package's version (all of them when the version is unknown), ascending and deduplicated.
   * Empty when the package is not affected.
   */
  fixed: string[];
}

export { normalizePypiName };

/** The ecosystem an OSV `affected[].package.ecosystem` names, without a `:release` suffix (`Debian:11`). */
function baseEcosystem(ecosystem: string): string {
  const i = ecosystem.indexOf(':');
  return i < 0 ? ecosystem : ecosystem.slice(0, i);
}

export function packageMatches(affected: OsvAffected, pkg: Package): boolean {
  const p = affected.package;
  if (!p) return false;
  if (baseEcosystem(p.ecosystem) !== pkg.ecosystem) return false;
  if (pkg.ecosystem === 'PyPI') return normalizePypiName(p.name) === normalizePypiName(pkg.name);
  return p.name === pkg.name;
}

/** Compare, or undefined when either side does not parse for this ecosystem. */
function tryCompare(compare: VersionCompare, a: string, b: string): number | undefined {
  try {
    return compare(a, b);
  } catch {
    return undefined;
  }
}

function eventVersion(e: OsvEvent): string | undefined {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
}

/**
 * Events in evaluation order: sorted by version, `introduced: "0"` first. An event whose version does
 * not parse with the ecosystem's comparator is dropped (only that event), as is an event without a
 * version; `limit: "*"` is kept (it means no limit).
 */
function sortedEvents(events: readonly OsvEvent[], compare: VersionCompare): OsvEvent[] {
  const usable = events.filter((e) => {
    const v = eventVersion(e);
    if (v === undefined) return false;
    if ((e.introduced !== undefined && v === '0') || (e.limit !== undefined && v === '*')) return true;
    return tryCompare(compare, v, v) !== undefined;
  });
  const rank = (e: OsvEvent): number => (e.introduced === '0' ? -1 : e.limit === '*' ? 1 : 0);
  return usable
    .map((e, i) => ({ e, i }))
    .sort((x, y) => {
      const rx = rank(x.e);
      const ry = rank(y.e);
      if (rx !== 0 || ry !== 0) return rx - ry || x.i - y.i;
      return compare(eventVersion(x.e)!, eventVersion(y.e)!) || x.i - y.i;
    })
    .map(({ e }) => e);
}

/**
 * includedInRange from the reference pseudocode, for a SEMVER or ECOSYSTEM range. `version` must
 * parse with `compare` (the caller checks).
 */
export function includedInRange(range: OsvRange, version: string, compare: VersionCompare): boolean {
  const events = sortedEvents(range.events ?? [], compare);
  const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit!);
  if (limits.length > 0 && !limits.some((l) => l === '*' || compare(version, l) < 0)) return false;
  let vulnerable = false;
  for (const e of events) {
    if (e.introduced !== undefined && (e.introduced === '0' || compare(version, e.introduced) >= 0)) vulnerable = true;
    else if (e.fixed !== undefined && compare(version, e.fixed) >= 0) vulnerable = false;
    else if (e.last_affected !== undefined && compare(version, e.last_affected) > 0) vulnerable = false;
  }
  return vulnerable;
}

function entryAffects(a: OsvAffected, version: string, compare: VersionCompare): boolean {
  const ranges = a.ranges ?? [];
  const versions = a.versions ?? [];
  if (ranges.length === 0 && versions.length === 0) return false;
  if (versions.includes(version)) return true;
  // An unparsable package version cannot be placed in a range (only the exact list can match it).
  const parsable = version !== '' && tryCompare(compare, version, version) !== undefined;
  if (parsable) {
    for (const r of ranges) {
      if (r.type === 'GIT') continue; // needs the commit graph: skipped, not a reason to stop
      if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM') continue;
      if (includedInRange(r, version, compare)) return true;
    }
  }
  return version === ''; // scalibr: an unknown version counts as affected
}

export function affects(record: OsvRecord, pkg: Package, compare: VersionCompare): MatchResult {
  if (record.withdrawn) return { affected: false, fixed: [] };
  const matching = (record.affected ?? []).filter((a) => packageMatches(a, pkg));
  const affected = matching.some((a) => entryAffects(a, pkg.version, compare));
  if (!affected) return { affected: false, fixed: [] };

  const fixed: string[] = [];
  for (const a of matching) {
    for (const r of a.ranges ?? []) {
      if (r.type === 'GIT') continue;
      for (const e of r.events ?? []) {
        if (e.fixed === undefined || tryCompare(compare, e.fixed, e.fixed) === undefined) continue;
        const above = pkg.version === '' ? 1 : (tryCompare(compare, e.fixed, pkg.version) ?? 1);
        if (above > 0) fixed.push(e.fixed);
      }
    }
  }
  fixed.sort(compare);
  const unique = fixed.filter((v, i) => i === 0 || compare(fixed[i - 1]!, v) !== 0);
  return { affected: true, fixed: unique };
}
