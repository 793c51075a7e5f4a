// The contract between fetch-secrets' orchestration (main.ts) and each provider module. A provider
// module speaks one service's wire protocol and nothing else: it authenticates once per step, reads
// every distinct locator it is handed (through the shared pool), and reports one outcome per read.
// Field selection (`#db.password`), masking of the values, policy, export and audit are done by the
// caller, so providers stay small and alike.

import type { Deadline } from '@gatehouse/core/http';

export const PROVIDERS = ['vault', 'aws-sm', 'gcp-sm', 'azure-kv', 'sops'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Parsed locators: the part of a reference between `<provider>:` and `#field`. */
export interface VaultLocator {
  provider: 'vault';
  /** API path without the leading `/v1/`, e.g. `secret/data/app` (KV v2) or `kv/app` (KV v1). */
  path: string;
  /** `?version=N` for KV v2, when given. */
  version?: number;
}
export interface AwsLocator {
  provider: 'aws-sm';
  /** Secret name or full ARN (`arn:aws:secretsmanager:<region>:<account>:secret:<name>-AbCdEf`). */
  secretId: string;
  /** The region of an ARN, which overrides `aws-region` for that secret. */
  region?: string;
}
export interface GcpLocator {
  provider: 'gcp-sm';
  project: string;
  /** Regional secrets (`projects/p/locations/l/secrets/s`); undefined for global ones. */
  location?: string;
  secret: string;
  /** A version number or alias; `latest` when omitted. */
  version: string;
}
export interface AzureLocator {
  provider: 'azure-kv';
  /** Vault name (`myvault` -> https://myvault.vault.azure.net) or a full host name for other clouds
   *  (`myvault.vault.usgovcloudapi.net`). */
  vault: string;
  secret: string;
  version?: string;
}
export interface SopsLocator {
  provider: 'sops';
  /** Workspace-relative path of the encrypted YAML or JSON file, as written in the reference. */
  file: string;
}
export type Locator = VaultLocator | AwsLocator | GcpLocator | AzureLocator | SopsLocator;
export type LocatorOf<P extends ProviderName> = Extract<Locator, { provider: P }>;

/** One distinct read: several references that name the same locator (with different fields) share it. */
export interface Read<L extends Locator = Locator> {
  /** Stable identity of the read, `<provider>:<locator text>`; used in logs and error lists. */
  key: string;
  locator: L;
}

/**
 * What a read returned. `json` is for providers whose API returns structured data (Vault KV's
 * `data`); everything else is text or bytes, which the caller parses as JSON only when a `#field`
 * asks for it. `version` is informational (shown in the summary and audit log).
 */
export type SecretValue = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'json'; data: unknown };

/**
 * Why a read failed. `not-found` is the only kind an optional reference (`NAME?=`) may skip; every
 * other kind fails the step even for optional references.
 */
export type FailureKind =
  /** The secret (or version, or path) does not exist: 404, ResourceNotFoundException, SecretNotFound. */
  | 'not-found'
  /** Authenticated, but not allowed to read it: 403, AccessDeniedException, PERMISSION_DENIED. */
  | 'denied'
  /** Could not authenticate at all (login, STS, token exchange failed). */
  | 'auth'
  /** The service answered with something we cannot use: malformed JSON, missing fields, empty data. */
  | 'invalid'
  /** Network errors, timeouts, 5xx after retries, throttling after retries, the deadline. */
  | 'unavailable';

export interface ReadFailure {
  kind: FailureKind;
  /** HTTP status, when there was one. */
  status?: number;
  /** One line, no secret values, no tokens: e.g. `Vault answered 403 permission denied for secret/data/app`. */
  message: string;
  /** What the user should do, e.g. "Check the role's policies and bound_claims in Vault." */
  fix: string;
}

export type ReadOutcome = { ok: true; value: SecretValue; version?: string } | { ok: false; failure: ReadFailure };

/** Every setting a provider may need; main.ts checks the ones each used provider requires. */
export interface VaultSettings {
  url: string;
  auth: 'jwt' | 'approle' | 'token';
  /** For jwt: the role (empty = the mount's default_role). */
  role: string;
  /** Mount path of the auth method; default `jwt` (`approle` for approle auth). */
  authPath: string;
  namespace: string;
  token: string;
  roleId: string;
  secretId: string;
  /** Audience of the GitHub OIDC token for jwt auth. */
  jwtAudience: string;
}
export interface AwsSettings {
  region: string;
  roleArn: string;
  roleSessionName: string;
}
export interface GcpSettings {
  workloadIdentityProvider: string;
  serviceAccount: string;
}
export interface AzureSettings {
  tenantId: string;
  clientId: string;
}
export interface SopsSettings {
  /** The age identity (`AGE-SECRET-KEY-1...`), or several, one per line (comments allowed as in age key files). */
  ageKey: string;
}

export interface ProviderSettings {
  vault: VaultSettings;
  aws: AwsSettings;
  gcp: GcpSettings;
  azure: AzureSettings;
  sops: SopsSettings;
}

/** What the orchestration hands each provider. */
export interface ProviderContext {
  settings: ProviderSettings;
  /** The step's overall deadline (input `timeout`); pass it to every core http request. */
  deadline: Deadline;
  /** A GitHub OIDC token for `audience`; cached per audience and already masked. */
  idToken(audience: string): Promise<string>;
  /** Register a credential the provider obtained (Vault token, STS keys, access tokens) as a secret
   *  before it is used anywhere. Values are registered with every encoding, like secrets. */
  mask(value: string): void;
  /** Run `task` in the step's bounded pool of concurrent requests. Wrap each HTTP call (or batch). */
  limit<T>(task: () => Promise<T>): Promise<T>;
  /** The size of that pool (input `concurrency`). */
  concurrency: number;
  /** Save state for the post step (e.g. the Vault token to revoke). Written even when the step fails. */
  saveState(name: string, value: string): void;
  /** Absolute workspace root; sops files are resolved (and confined) inside it. */
  workspace: string;
  /** Environment for endpoint overrides (AWS_ENDPOINT_URL, AZURE_AUTHORITY_HOST, ...); process.env. */
  env: NodeJS.ProcessEnv;
  /** PEM bundle from the `ca-certificates` input, for every request; undefined = system roots. */
  ca?: string;
  /** Progress lines for the log; never values. */
  info(message: string): void;
  debug(message: string): void;
  /**
   * Report a read's outcome as soon as it is known, before fetchAll returns (providers call it
   * through `settle`, settle.ts), so that each read's latency is its own, not its provider's
   * slowest. The outcome fetchAll returns for the read must be the same one; a read never reported
   * here is reported (and timed) when fetchAll returns.
   */
  settled?(read: Read, outcome: ReadOutcome): void;
}

/**
 * A provider module's one export besides its helpers: read all `reads` and return one outcome per
 * read, in the same order. It must not throw for per-read failures; an authentication failure is
 * reported as the same `auth` outcome for every read. It may throw only for programming errors.
 */
export type FetchAll<L extends Locator> = (reads: readonly Read<L>[], ctx: ProviderContext) => Promise<ReadOutcome[]>;
