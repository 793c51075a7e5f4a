// scan-deps inputs -> one validated object. Inputs given here override the `scan-deps:` section of
// the policy file for this step; empty inputs leave the policy's values.

import { inputError } from '@gatehouse/core/errors';
import { readDuration, readEnum, readInteger, readList, readString, resolveInWorkspace, workspaceRoot } from '@gatehouse/core/inputs';
import { SEVERITY_GATES, type SeverityGate } from './policy.js';

export interface Inputs {
  /** Absolute directory searched for lockfiles. */
  path: string;
  /** Absolute lockfile paths; empty means auto-discovery under `path`. */
  lockfiles: string[];
  osv: 'api' | 'offline' | 'off';
  osvUrl: string;
  osvOfflineDb: string;
  overrides: {
    failOnSeverity?: SeverityGate;
    allowedRegistries?: string[];
    requireIntegrity?: boolean;
    allowedLicenses?: string[];
    deniedLicenses?: string[];
    checkActionsPinning?: boolean;
  };
  baseRef: string;
  policy: string;
  reportFile: string;
  sarifFile: string;
  sbomFile: string;
  auditLog: string;
  timeoutMs: number;
  concurrency: number;
  /** For checking action version comments against their tags; empty skips that check. */
  githubToken: string;
  /** GITHUB_API_URL (set by the runner, GHES included), default https://api.github.com. */
  githubApiUrl: string;
}

export function readInputs(): Inputs {
  const root = workspaceRoot();
  const osv = readEnum('osv', ['api', 'offline', 'off'] as const, 'api');
  const osvOfflineDb = readString('osv-offline-db');
  if (osv === 'offline' && !osvOfflineDb) {
    throw inputError(
      'osv-offline-db',
      'is required when osv is offline',
      'Point it at a directory or zip files of OSV records (e.g. npm/all.zip from osv-vulnerabilities).',
    );
  }
  const osvUrl = readString('osv-url') || 'https://api.osv.dev';
  if (!URL.canParse(osvUrl) || !/^https?:$/.test(new URL(osvUrl).protocol)) {
    throw inputError('osv-url', 'is not an http(s) URL', 'Use the OSV API base URL, such as https://api.osv.dev.', osvUrl);
  }
  const baseRef = readString('base-ref');
  if (baseRef && !/^[A-Za-z0-9._/@^~-]+$/.test(baseRef)) {
    throw inputError(
      'base-ref',
      'is not a git ref',
      'Use a branch, tag or commit such as origin/main or ${{ github.event.pull_request.base.sha }}.',
      baseRef,
    );
  }
  return {
    path: resolveInWorkspace('path', readString('path') || '.', root),
    lockfiles: readList('lockfiles', { separator: 'comma' }).map((file) => resolveInWorkspace('lockfiles', file, root)),
    osv,
    osvUrl: osvUrl.replace(/\/+$/, ''),
    osvOfflineDb: osvOfflineDb ? resolveInWorkspace('osv-offline-db', osvOfflineDb, root) : '',
    overrides: {
      ...optionalEnum('fail-on-severity'),
      ...optionalList('allowed-registries', 'allowedRegistries'),
      ...optionalBool('require-integrity', 'requireIntegrity'),
      ...optionalList('allowed-licenses', 'allowedLicenses'),
      ...optionalList('denied-licenses', 'deniedLicenses'),
      ...optionalBool('check-actions-pinning', 'checkActionsPinning'),
    },
    baseRef,
    policy: readString('policy'),
    reportFile: readString('report-file'),
    sarifFile: readString('sarif-file'),
    sbomFile: readString('sbom-file'),
    auditLog: readString('audit-log'),
    timeoutMs: readDuration('timeout', 5 * 60_000, { min: 1000, max: 6 * 3_600_000 }),
    concurrency: readInteger('concurrency', 16, { min: 1, max: 128 }),
    githubToken: readString('github-token'),
    githubApiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
  };
}

function optionalEnum(name: 'fail-on-severity'): { failOnSeverity?: SeverityGate } {
  return readString(name) ? { failOnSeverity: readEnum(name, SEVERITY_GATES, 'high') } : {};
}

function optionalList<K extends string>(name: string, key: K): Partial<Record<K, string[]>> {
  return readString(name) ? ({ [key]: readList(name, { separator: 'comma' }) } as Partial<Record<K, string[]>>) : {};
}

function optionalBool<K extends string>(name: string, key: K): Partial<Record<K, boolean>> {
  const value = readString(name);
  if (!value) return {};
  if (value !== 'true' && value !== 'false')
    throw inputError(name, 'must be true or false', `Set '${name}: true' or '${name}: false'.`, value);
  return { [key]: value === 'true' } as Partial<Record<K, boolean>>;
}
