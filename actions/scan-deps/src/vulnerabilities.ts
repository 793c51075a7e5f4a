// From packages to findings. `api` asks OSV (querybatch, then each distinct record once); `offline`
// matches against a local database of OSV records; both run the local matcher for the versions that
// fix each finding, and compute severity from the CVSS vectors. Packages without an exact version
// cannot be matched and are reported as skipped, never silently passed.

import type { Deadline } from '@gatehouse/core/http';
import type { Skipped } from './report.js';
import type { Finding, OsvRecord, Package } from './types.js';
import { packageKey } from './package-names.js';

export interface VulnOptions {
  mode: 'api' | 'offline' | 'off';
  osvUrl: string;
  offlineDb: string;
  deadline: Deadline;
  concurrency: number;
  onProgress(message: string): void;
}

export interface VulnResult {
  findings: Finding[];
  skipped: Skipped[];
  source: string | undefined;
  /** Distinct packages looked up. */
  queried: number;
}

export async function findVulnerabilities(packages: readonly Package[], options: VulnOptions): Promise<VulnResult> {
  const skipped: Skipped[] = [];
  if (options.mode === 'off')
    return { findings: [], skipped: [{ what: 'vulnerabilities', why: 'osv is off' }], source: undefined, queried: 0 };
  // One lookup per distinct package; every copy (other lockfiles, other paths) gets the findings.
  const groups = new Map<string, Package[]>();
  for (const pkg of packages) {
    if (pkg.version === '' && !pkg.commit) {
      skipped.push({ what: `${pkg.name} (${pkg.lockfile})`, why: 'no exact version to look up' });
      continue;
    }
    if (pkg.source === 'workspace' || pkg.source === 'link' || pkg.source === 'file') continue;
    const key = packageKey(pkg);
    groups.set(key, [...(groups.get(key) ?? []), pkg]);
  }
  const unique = [...groups.values()].map((list) => list[0]!);
  let recordsFor: (pkg: Package) => OsvRecord[];
  let source: string;
  if (options.mode === 'api') {
    const { queryOsv } = await import('./osv/api.js');
    const found = await queryOsv(unique, {
      baseUrl: options.osvUrl,
      deadline: options.deadline,
      concurrency: options.concurrency,
      onProgress: options.onProgress,
    });
    recordsFor = (pkg) => found.recordsFor(pkg) ?? [];
    source = options.osvUrl;
  } else {
    const { loadOfflineDb } = await import('./osv/offline.js');
    const db = await loadOfflineDb(options.offlineDb, new Set(unique.map((p) => p.ecosystem)));
    recordsFor = (pkg) => db.recordsFor(pkg);
    source = options.offlineDb;
  }

  // Matching code (every ecosystem's version ordering, CVSS) is loaded only when there is a lookup.
  const [{ affects }, { severityOf }, { compareFor }] = await Promise.all([
    import('./osv/match.js'),
    import('./osv/cvss.js'),
    import('./versions/index.js'),
  ]);
  const findings: Finding[] = [];
  for (const pkg of unique) {
    for (const record of recordsFor(pkg)) {
      if (record.withdrawn) continue;
      let match: { affected: boolean; fixed: string[] };
      try {
        match = affects(record, pkg, compareFor(pkg.ecosystem));
      } catch {
        match = { affected: options.mode === 'api', fixed: [] };
      }
      // The API has already matched server-side; offline, the local matcher decides.
      if (options.mode === 'offline' && !match.affected) continue;
      for (const copy of groups.get(packageKey(pkg))!) {
        findings.push({
          id: record.id,
          aliases: record.aliases ?? [],
          summary: record.summary ?? firstLine(record.details),
          severity: severityOf(record),
          package: copy,
          fixed: match.fixed,
          references: (record.references ?? []).map((r) => r.url).slice(0, 10),
        });
      }
    }
  }
  return { findings, skipped, source, queried: unique.length };
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.slice(0, 200);
}
