// CycloneDX 1.5 JSON (https://cyclonedx.org/docs/1.5/json/): every package as a library component
// keyed by its purl, with hashes from the lockfile's integrity, licenses where known, dev
// dependencies scoped `optional`, and the vulnerabilities found, linked to the components.

import type { Finding, Package } from './types.js';

export interface SbomOptions {
  toolVersion: string;
  /** Serial number (urn:uuid:...) and timestamp; injectable so tests are deterministic. */
  serialNumber: string;
  timestamp: string;
  /** The repository, as the metadata component. */
  repository?: string;
}

interface Hash {
  alg: string;
  content: string;
}

const SRI_ALG: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** SRI (`sha512-<base64>`) and `<alg>:<hex>` integrity to CycloneDX hashes (hex); others are skipped. */
export function hashesOf(integrity: string | undefined): Hash[] {
  if (!integrity) return [];
  const out: Hash[] = [];
  for (const token of integrity.split(/\s+/)) {
    const sri = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(token);
    if (sri) {
      out.push({ alg: SRI_ALG[sri[1]!]!, content: Buffer.from(sri[2]!, 'base64').toString('hex') });
      continue;
    }
    const hex = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(token);
    if (hex) out.push({ alg: SRI_ALG[hex[1]!]!, content: hex[2]!.toLowerCase() });
  }
  return out;
}

export function cycloneDx(packages: readonly Package[], findings: readonly Finding[], options: SbomOptions): object {
  const components = packages.map((pkg) => {
    const hashes = hashesOf(pkg.integrity);
    return {
      type: 'library',
      'bom-ref': pkg.purl,
      name: pkg.name,
      version: pkg.version,
      purl: pkg.purl,
      scope: pkg.dev ? 'optional' : 'required',
      ...(hashes.length ? { hashes } : {}),
      ...(pkg.licenses?.length
        ? { licenses: pkg.licenses.map((id) => (/^[A-Za-z0-9.+-]+$/.test(id) ? { license: { id } } : { license: { name: id } })) }
        : {}),
      ...(pkg.resolved && /^https?:\/\//.test(pkg.resolved) ? { externalReferences: [{ type: 'distribution', url: pkg.resolved }] } : {}),
      properties: [
        { name: 'gatehouse:lockfile', value: pkg.lockfile },
        { name: 'gatehouse:source', value: pkg.source },
      ],
    };
  });
  const byId = new Map<string, Finding[]>();
  for (const finding of findings) byId.set(finding.id, [...(byId.get(finding.id) ?? []), finding]);
  const vulnerabilities = [...byId.entries()].map(([id, list]) => {
    const first = list[0]!;
    const rating =
      first.severity.score !== undefined || first.severity.level !== 'unknown'
        ? [
            {
              source: { name: 'OSV' },
              ...(first.severity.score !== undefined ? { score: first.severity.score } : {}),
              severity: first.severity.level === 'unknown' ? 'unknown' : first.severity.level,
              ...(first.severity.source?.startsWith('CVSS:3')
                ? { method: first.severity.source.startsWith('CVSS:3.1') ? 'CVSSv31' : 'CVSSv3', vector: first.severity.source }
                : {}),
              ...(first.severity.source?.startsWith('CVSS:4') ? { method: 'CVSSv4', vector: first.severity.source } : {}),
            },
          ]
        : [];
    return {
      'bom-ref': `vuln:${id}`,
      id,
      source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
      ...(rating.length ? { ratings: rating } : {}),
      ...(first.summary ? { description: first.summary } : {}),
      ...(first.fixed.length ? { recommendation: `Upgrade to ${first.fixed.join(' or ')}.` } : {}),
      ...(first.aliases.length
        ? { references: first.aliases.map((alias) => ({ id: alias, source: { name: alias.startsWith('CVE-') ? 'NVD' : 'OSV' } })) }
        : {}),
      affects: [...new Set(list.map((f) => f.package.purl))].map((ref) => ({ ref })),
    };
  });
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: options.serialNumber,
    version: 1,
    metadata: {
      timestamp: options.timestamp,
      tools: { components: [{ type: 'application', author: 'Gatehouse', name: 'gatehouse scan-deps', version: options.toolVersion }] },
      ...(options.repository
        ? { component: { type: 'application', 'bom-ref': `repo:${options.repository}`, name: options.repository } }
        : {}),
    },
    components: dedupe(components),
    ...(vulnerabilities.length ? { vulnerabilities } : {}),
  };
}

/** One component per bom-ref: the same purl from two lockfiles is one component. */
function dedupe<T extends { 'bom-ref': string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item['bom-ref']) ? false : (seen.add(item['bom-ref']), true)));
}
