// GCP Secret Manager through Workload Identity Federation (reference/secret-providers.md §2.3):
// a GitHub OIDC token for `https://iam.googleapis.com/<provider>` is exchanged at STS for a
// federated access token (STS wants the provider as `//iam.googleapis.com/<provider>`: two
// spellings of one audience, the classic mix-up), optionally traded for a service account's token
// at IAM Credentials, then each secret version is read with `:access`. Unlike google-github-actions,
// the payload's CRC-32C is verified, so a corrupted or rewritten answer is never exported.
//
// Decisions:
// - `gcp-workload-identity-provider` may carry the `//iam.googleapis.com/` or
//   `https://iam.googleapis.com/` prefix (both are copied from the console and docs); it is stripped.
//   A project ID where the number belongs is rejected with the gcloud command that prints the number.
// - A payload that is valid UTF-8 is returned as text, anything else as bytes.
// - A version in DESTROYED state is `not-found` (its data is gone for good, like a deleted secret);
//   a DISABLED version is `denied` (it exists, someone turned it off: failing loudly is safer than
//   letting an optional reference skip it).
// - Impersonated tokens live for the step's remaining deadline plus a minute, between 10 minutes
//   and the 1-hour maximum: nothing outlives the step by much.

import { inputError } from '@gatehouse/core/errors';
import { fetchJson, HttpError } from '@gatehouse/core/http';
import { decodeUtf8 } from '@gatehouse/core/utf8';
import { crc32c } from './crc32c.js';
import { failAll, failed, failureFrom, type Fixes, malformedAnswer } from './failure.js';
import type { FailureKind, FetchAll, GcpLocator, ProviderContext, ProviderSettings, Read, ReadFailure, ReadOutcome } from './types.js';
import { settle } from './settle.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const PROVIDER_NAME = /^projects\/(\d+)\/locations\/global\/workloadIdentityPools\/([a-z0-9-]+)\/providers\/([a-z0-9-]+)$/;
const IAM_PREFIX = /^(?:https:)?\/\/iam\.googleapis\.com\//;
const SERVICE_ACCOUNT = /^[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9.:-]*\.gserviceaccount\.com$/i;
const PROVIDER_INPUT = 'gcp-workload-identity-provider';
const SA_INPUT = 'gcp-service-account';
const PROVIDER_FORMAT = 'projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>';

// ---- settings ----------------------------------------------------------------------------------

/** The provider's resource name without the `//iam.googleapis.com/` or `https://...` prefix. */
export function providerResource(value: string): string {
  return value.trim().replace(IAM_PREFIX, '').replace(/\/+$/, '');
}

export function checkSettings(settings: ProviderSettings): void {
  const raw = settings.gcp.workloadIdentityProvider.trim();
  if (!raw) {
    throw inputError(
      PROVIDER_INPUT,
      'is required for gcp-sm references',
      `Set it to the provider's full resource name, ${PROVIDER_FORMAT} (gcloud iam workload-identity-pools providers describe <provider> --workload-identity-pool=<pool> --location=global --format='value(name)').`,
    );
  }
  const resource = providerResource(raw);
  if (!PROVIDER_NAME.test(resource)) throw providerNameError(resource, raw);
  const account = settings.gcp.serviceAccount.trim();
  if (account && !SERVICE_ACCOUNT.test(account)) {
    throw inputError(
      SA_INPUT,
      'is not a service account email',
      'Use the email of the service account to impersonate, e.g. deployer@my-project.iam.gserviceaccount.com, or leave it empty to use the federated identity directly.',
      account,
    );
  }
}

/** The most precise complaint about a provider name that does not match the expected form. */
function providerNameError(resource: string, raw: string): Error {
  const project = /^projects\/([^/]+)\//.exec(resource)?.[1];
  if (project && !/^\d+$/.test(project)) {
    return inputError(
      PROVIDER_INPUT,
      `names the project by ID ('${project}'), but workload identity provider names use the project number`,
      `Replace it with the number that 'gcloud projects describe ${project} --format="value(projectNumber)"' prints.`,
      raw,
    );
  }
  if (/\/locations\/(?!global\/)/.test(resource)) {
    return inputError(
      PROVIDER_INPUT,
      'names a location other than global',
      `Workload identity pools are always global: ${PROVIDER_FORMAT}.`,
      raw,
    );
  }
  if (/\/workloadIdentityPools\/[^/]+$/.test(resource)) {
    return inputError(PROVIDER_INPUT, 'names a pool, not a provider', `Append /providers/<provider>: ${PROVIDER_FORMAT}.`, raw);
  }
  return inputError(PROVIDER_INPUT, 'is not a workload identity provider resource name', `Use the form ${PROVIDER_FORMAT}.`, raw);
}

// ---- fetchAll ----------------------------------------------------------------------------------

export interface Endpoints {
  sts: string;
  iamcredentials: string;
  /** The test override; undefined means the real global or regional host. */
  secretmanager: string | undefined;
}

export function endpoints(env: NodeJS.ProcessEnv): Endpoints {
  const base = (value: string | undefined): string | undefined => value?.trim().replace(/\/+$/, '') || undefined;
  return {
    sts: base(env['GATEHOUSE_GCP_STS_URL']) ?? 'https://sts.googleapis.com',
    iamcredentials: base(env['GATEHOUSE_GCP_IAMCREDENTIALS_URL']) ?? 'https://iamcredentials.googleapis.com',
    secretmanager: base(env['GATEHOUSE_GCP_SECRETMANAGER_URL']),
  };
}

/** Carries a ReadFailure out of the authentication steps to the single place that fails all reads. */
class AuthFailed extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
  }
}

export const fetchAll: FetchAll<GcpLocator> = async (reads, ctx) => {
  if (reads.length === 0) return [];
  const urls = endpoints(ctx.env);
  let token: string;
  try {
    token = await authenticate(ctx, urls);
  } catch (err) {
    if (err instanceof AuthFailed) return failAll(reads.length, err.failure);
    throw err;
  }
  return Promise.all(reads.map(async (read) => settle(ctx, read, await ctx.limit(() => readSecret(read, token, urls, ctx)))));
};

async function authenticate(ctx: ProviderContext, urls: Endpoints): Promise<string> {
  const provider = providerResource(ctx.settings.gcp.workloadIdentityProvider);
  let jwt: string;
  try {
    jwt = await ctx.idToken(`https://iam.googleapis.com/${provider}`);
  } catch (err) {
    throw new AuthFailed(failureFrom(err, 'GitHub OIDC token for GCP'));
  }
  const federated = await exchange(jwt, provider, ctx, urls);
  const account = ctx.settings.gcp.serviceAccount.trim();
  return account ? impersonate(federated, account, provider, ctx, urls) : federated;
}

// ---- STS ---------------------------------------------------------------------------------------

async function exchange(jwt: string, provider: string, ctx: ProviderContext, urls: Endpoints): Promise<string> {
  const what = `GCP STS token exchange for ${provider}`;
  let answer: { access_token?: unknown };
  try {
    // No Authorization header: the GitHub token in the body is the credential.
    answer = await fetchJson(`${urls.sts}/v1/token`, {
      method: 'POST',
      json: {
        audience: `//iam.googleapis.com/${provider}`,
        grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
        requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
        scope: CLOUD_PLATFORM,
        subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
        subjectToken: jwt,
      },
      deadline: ctx.deadline,
      ca: ctx.ca,
    });
  } catch (err) {
    throw new AuthFailed(authStepFailure(err, what, stsFix(err, provider)));
  }
  return tokenFrom(answer?.access_token, ctx, what);
}

/** The fix STS's OAuth error code and description point at (auth #60, #211, #334, #370). */
function stsFix(err: unknown, provider: string): string | undefined {
  if (!(err instanceof HttpError)) return undefined;
  const body = err.body as { error?: unknown; error_description?: unknown } | undefined;
  const code = typeof body?.error === 'string' ? body.error : '';
  const description = typeof body?.error_description === 'string' ? body.error_description.toLowerCase() : '';
  if (code === 'invalid_grant' && description.includes('attribute condition')) {
    return "The provider's attribute condition rejected this job's token: compare the condition (e.g. assertion.repository == 'owner/repo') with the token's claims.";
  }
  if (code === 'invalid_grant' && description.includes('audience')) {
    return `The provider must accept the audience https://iam.googleapis.com/${provider}, which Gatehouse asks GitHub for: leave the provider's allowed audiences empty (the default) or add that value.`;
  }
  if (code === 'invalid_grant') {
    return "Check the provider's issuer (https://token.actions.githubusercontent.com), attribute mapping and condition against this job's token.";
  }
  if (code === 'invalid_target') {
    return `The pool or provider does not exist or is disabled: copy its full name (${PROVIDER_FORMAT}, with the project number) from 'gcloud iam workload-identity-pools providers describe'.`;
  }
  if (code === 'invalid_request') {
    return `Set ${PROVIDER_INPUT} to the provider's full resource name, ${PROVIDER_FORMAT}.`;
  }
  return undefined;
}

// ---- impersonation -----------------------------------------------------------------------------

async function impersonate(federated: string, account: string, provider: string, ctx: ProviderContext, urls: Endpoints): Promise<string> {
  const what = `GCP generateAccessToken for ${account}`;
  let answer: { accessToken?: unknown };
  try {
    answer = await fetchJson(`${urls.iamcredentials}/v1/projects/-/serviceAccounts/${encodeURIComponent(account)}:generateAccessToken`, {
      method: 'POST',
      headers: { authorization: `Bearer ${federated}` },
      json: { scope: [CLOUD_PLATFORM], lifetime: `${lifetimeSeconds(ctx)}s` },
      deadline: ctx.deadline,
      ca: ctx.ca,
    });
  } catch (err) {
    const fix = apiDisabledFix(err, 'iamcredentials.googleapis.com') ?? impersonationFix(err, account, provider, ctx);
    throw new AuthFailed(authStepFailure(err, what, fix));
  }
  return tokenFrom(answer?.accessToken, ctx, what);
}

/** Long enough for the rest of the step, bounded by IAM's default maximum of one hour. */
function lifetimeSeconds(ctx: ProviderContext): number {
  const needed = Math.ceil(ctx.deadline.remaining() / 1000) + 60;
  return Math.min(3600, Math.max(600, needed));
}

function impersonationFix(err: unknown, account: string, provider: string, ctx: ProviderContext): string | undefined {
  if (!(err instanceof HttpError) || (err.status !== 403 && err.status !== 404)) return undefined;
  return `Grant roles/iam.workloadIdentityUser on ${account} to ${repositoryPrincipal(provider, ctx)} (gcloud iam service-accounts add-iam-policy-binding ${account} --role=roles/iam.workloadIdentityUser --member=...); GCP says the same when the service account does not exist, so check ${SA_INPUT} too.`;
}

// ---- token helpers -----------------------------------------------------------------------------

/** Mask first, then validate: even a malformed token is a credential. */
function tokenFrom(value: unknown, ctx: ProviderContext, what: string): string {
  if (typeof value === 'string' && value) ctx.mask(value);
  if (typeof value !== 'string' || !value.trim()) {
    throw new AuthFailed({
      kind: 'invalid',
      message: `${what} answered without an access token.`,
      fix: 'Check that the GATEHOUSE_GCP_* endpoint overrides, if any, point at the real Google APIs.',
    });
  }
  return value;
}

/**
 * A failed authentication step: a 4xx from STS or IAM Credentials means the credentials were
 * refused (auth, whatever the status); network errors, 5xx and deadlines stay `unavailable`.
 */
function authStepFailure(err: unknown, what: string, fix: string | undefined): ReadFailure {
  const bad = malformedAnswer(err, what, 'Google API');
  if (bad) return bad;
  const refused = err instanceof HttpError && err.status !== undefined && err.status >= 400 && err.status < 500 && !retryable(err.status);
  const kind: FailureKind | undefined = refused ? 'auth' : undefined;
  return failureFrom(err, what, fix ? { auth: fix } : {}, kind);
}

function retryable(status: number): boolean {
  return status === 408 || status === 429;
}

/** The principal set of this repository in the pool, for IAM bindings in fixes. */
function repositoryPrincipal(provider: string, ctx: ProviderContext): string {
  const pool = provider.replace(/\/providers\/[^/]+$/, '');
  const repository = ctx.env['GITHUB_REPOSITORY'] || '<owner>/<repo>';
  return `principalSet://iam.googleapis.com/${pool}/attribute.repository/${repository}`;
}

/** Google's "API has not been used in project ... or it is disabled" 403. */
function apiDisabledFix(err: unknown, api: string): string | undefined {
  if (!(err instanceof HttpError) || err.status !== 403) return undefined;
  const text = JSON.stringify(err.body ?? '');
  if (!/SERVICE_DISABLED|has not been used in project|it is disabled/.test(text)) return undefined;
  return `Enable the API in the project: gcloud services enable ${api} --project=<project>.`;
}

// ---- reads -------------------------------------------------------------------------------------

interface AccessAnswer {
  name?: unknown;
  payload?: { data?: unknown; dataCrc32c?: unknown } | null;
}

async function readSecret(read: Read<GcpLocator>, token: string, urls: Endpoints, ctx: ProviderContext): Promise<ReadOutcome> {
  const what = `GCP Secret Manager ${read.key}`;
  const url = accessUrl(read.locator, urls);
  if (!url) {
    return failed({
      kind: 'invalid',
      message: `${what} names the location '${read.locator.location}', which is not a Google Cloud region.`,
      fix: 'Use a region such as us-central1 or europe-west1 in projects/<p>/locations/<region>/secrets/<s>.',
    });
  }
  let answer: AccessAnswer | null;
  try {
    answer = await fetchJson<AccessAnswer | null>(url, {
      headers: { authorization: `Bearer ${token}` },
      deadline: ctx.deadline,
      ca: ctx.ca,
    });
  } catch (err) {
    return failed(readFailure(err, what, ctx));
  }
  return decodeAnswer(answer, what);
}

/** The `:access` URL of a version; undefined when the location cannot be a host name label. */
export function accessUrl(locator: GcpLocator, urls: Endpoints): string | undefined {
  const { project, location, secret, version } = locator;
  if (location !== undefined && !/^[a-z0-9-]+$/.test(location)) return undefined;
  const where = location === undefined ? '' : `/locations/${location}`;
  const host =
    urls.secretmanager ??
    (location === undefined ? 'https://secretmanager.googleapis.com' : `https://secretmanager.${location}.rep.googleapis.com`);
  const path = `/v1/projects/${encodeURIComponent(project)}${where}/secrets/${encodeURIComponent(secret)}/versions/${encodeURIComponent(version || 'latest')}:access`;
  return `${host}${path}`;
}

function readFailure(err: unknown, what: string, ctx: ProviderContext): ReadFailure {
  const bad = malformedAnswer(err, what, 'Google API');
  if (bad) return bad;
  const status = googleStatus(err);
  const detail = err instanceof HttpError ? (err.detail ?? '') : '';
  const fixes: Fixes = {
    'not-found':
      'Check the project, secret and version (gcloud secrets versions list <secret> --project=<project>), or mark the reference optional with NAME?=.',
    denied: `Grant roles/secretmanager.secretAccessor on the secret to ${principal(ctx)}; GCP also answers PERMISSION_DENIED when the secret may not exist, so check its name too.`,
    auth: 'The access token was refused: check the workload identity provider and service account settings.',
  };
  let kind: FailureKind | undefined;
  if (status === 'NOT_FOUND') kind = 'not-found';
  else if (status === 'PERMISSION_DENIED') kind = 'denied';
  else if (status === 'UNAUTHENTICATED') kind = 'auth';
  else if (status === 'FAILED_PRECONDITION' && /DESTROYED state/i.test(detail)) {
    kind = 'not-found';
    fixes['not-found'] = 'That version was destroyed and cannot be read again: reference another version (or latest).';
  } else if (status === 'FAILED_PRECONDITION' && /DISABLED state/i.test(detail)) {
    kind = 'denied';
    fixes.denied =
      'That version is disabled: enable it (gcloud secrets versions enable <version> --secret=<secret>) or reference another version.';
  }
  const disabledApi = apiDisabledFix(err, 'secretmanager.googleapis.com');
  if (disabledApi) fixes.denied = disabledApi;
  return failureFrom(err, what, fixes, kind);
}

/** `error.status` of Google's error body (NOT_FOUND, PERMISSION_DENIED, ...). */
function googleStatus(err: unknown): string | undefined {
  if (!(err instanceof HttpError)) return undefined;
  const status = (err.body as { error?: { status?: unknown } } | undefined)?.error?.status;
  return typeof status === 'string' ? status : undefined;
}

/** Who needs the Secret Accessor role: the impersonated account, or the repository's principal set. */
function principal(ctx: ProviderContext): string {
  const account = ctx.settings.gcp.serviceAccount.trim();
  return account ? `serviceAccount:${account}` : repositoryPrincipal(providerResource(ctx.settings.gcp.workloadIdentityProvider), ctx);
}

// ---- payload -----------------------------------------------------------------------------------

function decodeAnswer(answer: AccessAnswer | null, what: string): ReadOutcome {
  const data = answer?.payload?.data;
  const bytes = typeof data === 'string' ? decodeBase64(data) : undefined;
  if (typeof data !== 'string' || data === '') return invalid(`${what} answered with an empty payload.`, 'Add a version with data.');
  if (!bytes) return invalid(`${what} answered with payload data that is not base64.`);
  const checked = checkCrc(bytes, answer?.payload?.dataCrc32c);
  if (checked)
    return invalid(
      `${what}: ${checked}`,
      'Re-run the job; if it persists, look for a proxy that rewrites answers between the runner and Google.',
    );
  const version = typeof answer?.name === 'string' ? /\/versions\/([^/]+)$/.exec(answer.name)?.[1] : undefined;
  // Not UTF-8: binary data (a keystore, a DER key) stays bytes.
  const text = decodeUtf8(bytes, { keepBom: true });
  const value = text === undefined ? { kind: 'bytes' as const, bytes } : { kind: 'text' as const, text };
  return { ok: true, value, ...(version ? { version } : {}) };
}

/** Standard or URL-safe base64, padded or not (the Google action accepts both); undefined if neither. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return undefined;
  return new Uint8Array(Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** Why the checksum does not hold, or undefined when it does or none was sent. */
function checkCrc(bytes: Uint8Array, sent: unknown): string | undefined {
  if (sent === undefined || sent === null) return undefined;
  const text = typeof sent === 'number' ? String(sent) : typeof sent === 'string' ? sent.trim() : '';
  if (!/^\d+$/.test(text)) return 'answered with a dataCrc32c that is not a decimal integer.';
  if (BigInt(text) !== BigInt(crc32c(bytes))) return 'the payload does not match its dataCrc32c checksum (corrupted in transit).';
  return undefined;
}

function invalid(message: string, fix = 'Check that the endpoint is the real Secret Manager API.'): ReadOutcome {
  return failed({ kind: 'invalid', message, fix });
}
