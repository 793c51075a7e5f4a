// fetch-secrets inputs -> one validated object. The references are parsed here, completely, so a
// malformed line fails before any network call. Credential inputs (vault-token, vault-secret-id,
// sops-age-key, ...) are never shown in an error.

import { readFileSync } from 'node:fs';
import { GatehouseError, inputError } from '@gatehouse/core/errors';
import { readBoolean, readDuration, readEnum, readInteger, readList, readString, resolveInWorkspace } from '@gatehouse/core/inputs';
import { parseReferences, type SecretRef } from './references.js';
import type { ProviderSettings } from './providers/types.js';

export interface Inputs {
  refs: SecretRef[];
  exportEnv: boolean;
  /** Names (from `refs`) written to a 0600 file whose path is exported instead of the value. */
  asFile: Set<string>;
  timeoutMs: number;
  concurrency: number;
  policy: string;
  auditLog: string;
  /** PEM bundle for every request, or undefined for the system roots. */
  ca: string | undefined;
  settings: ProviderSettings;
  /** Values of credential inputs, masked before anything else runs. */
  credentials: string[];
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_CONCURRENCY = 64;

export function readInputs(): Inputs {
  const secrets = readString('secrets', { required: true, keepWhitespace: true });
  const refs = parseReferences(secrets);
  const settings = readSettings();
  return {
    refs,
    exportEnv: readBoolean('export-env', true),
    asFile: readAsFile(refs),
    timeoutMs: readDuration('timeout', DEFAULT_TIMEOUT_MS, { min: 1000, max: 6 * 3_600_000 }),
    concurrency: readInteger('concurrency', DEFAULT_CONCURRENCY, { min: 1, max: 256 }),
    policy: readString('policy'),
    auditLog: readString('audit-log'),
    ca: readCa(),
    settings,
    credentials: [settings.vault.token, settings.vault.secretId, settings.vault.roleId, settings.sops.ageKey].filter((v) => v !== ''),
  };
}

function readSettings(): ProviderSettings {
  const vaultAuth = readEnum('vault-auth', ['jwt', 'approle', 'token'] as const, 'jwt');
  return {
    vault: {
      url: readString('vault-url').replace(/\/+$/, ''),
      auth: vaultAuth,
      role: readString('vault-role'),
      authPath: readString('vault-auth-path').replace(/^\/+|\/+$/g, '') || (vaultAuth === 'approle' ? 'approle' : 'jwt'),
      namespace: readString('vault-namespace'),
      token: readString('vault-token', { secret: true }),
      roleId: readString('vault-role-id', { secret: true }),
      secretId: readString('vault-secret-id', { secret: true }),
      jwtAudience: readString('vault-jwt-audience'),
    },
    aws: {
      region: readString('aws-region'),
      roleArn: readString('aws-role-arn'),
      roleSessionName: readSessionName(),
    },
    gcp: {
      workloadIdentityProvider: readString('gcp-workload-identity-provider'),
      serviceAccount: readString('gcp-service-account'),
    },
    azure: {
      tenantId: readString('azure-tenant-id'),
      clientId: readString('azure-client-id'),
    },
    sops: { ageKey: readString('sops-age-key', { secret: true }) },
  };
}

function readSessionName(): string {
  const name = readString('aws-role-session-name') || 'GitHubActions';
  // STS: 2-64 characters of [\w+=,.@-].
  if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
    throw inputError(
      'aws-role-session-name',
      'is not a valid session name',
      'Use 2-64 letters, digits and +=,.@_- (default GitHubActions).',
      name,
    );
  }
  return name;
}

function readAsFile(refs: readonly SecretRef[]): Set<string> {
  const names = readList('as-file', { separator: 'comma' });
  const known = new Set(refs.map((r) => r.name));
  for (const name of names) {
    if (!known.has(name)) {
      throw inputError(
        'as-file',
        `names ${name}, which is not a reference in 'secrets'`,
        'List names defined in the secrets input, one per line or comma-separated.',
      );
    }
  }
  return new Set(names);
}

/** `ca-certificates`: PEM text, or the path of a PEM file in the workspace. */
export function readCa(): string | undefined {
  const value = readString('ca-certificates');
  if (value === '') return undefined;
  let pem = value;
  if (!value.includes('-----BEGIN')) {
    const path = resolveInWorkspace('ca-certificates', value);
    try {
      pem = readFileSync(path, 'utf8');
    } catch (err) {
      throw inputError(
        'ca-certificates',
        `names a file that cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        'Give PEM text or the path of a PEM file in the workspace.',
        value,
      );
    }
  }
  if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem)) {
    throw new GatehouseError('INPUT_INVALID', "Input 'ca-certificates' holds no PEM certificate.", {
      fix: 'Give one or more -----BEGIN CERTIFICATE----- blocks, or the path of such a file.',
    });
  }
  return pem;
}
