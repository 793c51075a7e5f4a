// Loopback fake of Entra ID's token endpoint (federated client credentials) and Azure Key Vault's
// Get Secret, for azure-kv references.
//
// Doc source:
// - reference/secret-providers.md §2.4: the client-credentials request with a client assertion
//   (MicrosoftDocs/entra-docs v2-oauth2-client-creds-grant-flow.md, "Third case"), Entra's error
//   body (`error`, `error_description` "AADSTS<n>: ...", `error_codes`, `trace_id`, ...) and the
//   codes AADSTS70021, 700213, 7002138 (case-sensitive subject matching, azure/login #515/#517),
//   700024; AADSTS90002 (tenant not found), 700016 (app not in directory) and 500011 (resource
//   principal not found, terraform-provider-azurerm #16291).
// - Key Vault REST "Get Secret" (api-version 7.4): `GET /secrets/{name}[/{version}]`, the secret
//   bundle `{value, id, attributes}`; the 401 challenge `WWW-Authenticate: Bearer
//   authorization="<authority>/<tenant>", resource="https://vault.azure.net"` with body
//   AKV10000; 401 AKV10032 "Invalid issuer. Expected one of https://sts.windows.net/<t>/, found
//   https://sts.windows.net/<t2>/." for a token from another tenant (azure-docs #75410) and AKV10022
//   "Invalid audience" for another cloud's token; 404 SecretNotFound; 403 Forbidden with innererror
//   ForbiddenByRbac ("Caller is not authorized to perform action on resource"), AccessDenied
//   ("... does not have secrets get permission on key vault ..."), SecretDisabled ("Operation get is
//   not allowed on a disabled secret.", azure-sdk-for-js #24756).
// Not documented, so chosen here: access tokens are opaque `fake-aad-...` strings valid for an hour;
// a bad client_assertion_type or grant_type gets 400 invalid_request AADSTS900144; an unknown or
// expired Bearer token gets 401 "AKV10013: Invalid token"; the challenge names the fake's own
// authority so a client that follows it stays on loopback.
//
// Usage:
//   const oidc = await startGithubOidcFake({ environment: 'production' });
//   const azure = await startAzureFake({ oidc, subjects: ['repo:octo-org/octo-repo:environment:production'] });
//   azure.putSecret({ vault: 'myvault', name: 'db-password', value: 's3cret' });
//   ctx = testContext({ env: azure.env, settings: { azure: { tenantId: azure.tenantId, clientId: azure.clientId } } });
//
// API: `url`, `server` (inject faults; Entra paths start with /login, Key Vault with /kv/<vault>),
// `env` (AZURE_AUTHORITY_HOST, GATEHOUSE_AZURE_KEYVAULT_URL with `{vault}`), `tenantId`,
// `tenantDomain`, `clientId`, `subjects` (the app's federated credential subjects, mutable),
// `putSecret()` (returns the version id), `disableSecret()`, `setVault()` (tenant, denial), `tokens`
// (every access token issued), `close()`. Vaults are keyed by the locator's vault as written: a
// name (public cloud) or a full host such as `x.vault.usgovcloudapi.net` (that cloud's resource).

import { randomBytes, randomUUID } from 'node:crypto';
import { json, startLoopback, type LoopbackServer, type Reply } from '../loopback.js';
import type { GithubClaims, GithubOidcFake } from './github-oidc.js';

export const ASSERTION_AUDIENCE = 'api://AzureADTokenExchange';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const RESOURCES = [
  'https://vault.azure.net',
  'https://vault.usgovcloudapi.net',
  'https://vault.azure.cn',
  'https://vault.microsoftazure.de',
];

/** Why Key Vault refuses a caller (the 403 innererror code). */
export type Denial = 'ForbiddenByRbac' | 'AccessDenied' | 'ForbiddenByFirewall';

export interface AzureFakeOptions {
  oidc: GithubOidcFake;
  tenantId?: string;
  tenantDomain?: string;
  clientId?: string;
  /** Federated credential subjects of the app; default: the subject of the OIDC fake's tokens. */
  subjects?: string[];
}

export interface PutSecretOptions {
  vault: string;
  name: string;
  value: string;
  enabled?: boolean;
}

export interface VaultSettings {
  /** The tenant the vault trusts; default the fake's tenant. */
  tenant?: string;
  /** Refuse every read with this 403 innererror code; undefined lifts it. */
  denial?: Denial | undefined;
}

export interface AzureFake {
  url: string;
  server: LoopbackServer;
  env: { AZURE_AUTHORITY_HOST: string; GATEHOUSE_AZURE_KEYVAULT_URL: string };
  tenantId: string;
  tenantDomain: string;
  clientId: string;
  subjects: string[];
  /** Add a new current version; returns its 32-hex version id. */
  putSecret(options: PutSecretOptions): string;
  /** Disable one version, or the current one. */
  disableSecret(vault: string, name: string, version?: string): void;
  setVault(vault: string, settings: VaultSettings): void;
  /** Every access token handed out, oldest first. */
  tokens: string[];
  close(): Promise<void>;
}

interface Version {
  id: string;
  value: string;
  enabled: boolean;
  created: number;
}
interface Vault {
  tenant: string;
  denial: Denial | undefined;
  secrets: Map<string, Version[]>;
}
interface TokenInfo {
  tenant: string;
  resource: string;
  expires: number;
}

function entraError(status: number, error: string, code: number, description: string): Reply {
  const trace = randomUUID();
  const when = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description} Trace ID: ${trace} Correlation ID: ${randomUUID()} Timestamp: ${when}`,
    error_codes: [code],
    timestamp: when,
    trace_id: trace,
    correlation_id: randomUUID(),
  });
}

const vaultError = (status: number, code: string, message: string, inner?: string, headers: Record<string, string> = {}): Reply =>
  json(status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } }, headers);

/** `myvault` -> https://vault.azure.net; `x.vault.usgovcloudapi.net` -> https://vault.usgovcloudapi.net. */
function resourceOf(vault: string): string {
  return vault.includes('.') ? `https://${vault.slice(vault.indexOf('.') + 1)}` : 'https://vault.azure.net';
}

export async function startAzureFake(options: AzureFakeOptions): Promise<AzureFake> {
  const server = await startLoopback();
  const tenantId = options.tenantId ?? '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const tenantDomain = options.tenantDomain ?? 'contoso.onmicrosoft.com';
  const clientId = options.clientId ?? '0b9f1c3e-5a7d-4e2b-9c8f-1d2e3f4a5b6c';
  const subjects = options.subjects ?? [options.oidc.claimsFor(ASSERTION_AUDIENCE).sub];
  const vaults = new Map<string, Vault>();
  const tokenInfo = new Map<string, TokenInfo>();
  const tokens: string[] = [];

  const vaultOf = (name: string): Vault => {
    const key = name.toLowerCase();
    let vault = vaults.get(key);
    if (!vault) {
      vault = { tenant: tenantId, denial: undefined, secrets: new Map() };
      vaults.set(key, vault);
    }
    return vault;
  };

  // ---- Entra ID ----
  server.route('POST', /^\/login\/[^/]+\/oauth2\/v2\.0\/token$/, (req) => {
    const tenant = decodeURIComponent(req.path.split('/')[2]!);
    if (tenant.toLowerCase() !== tenantId && tenant.toLowerCase() !== tenantDomain) {
      return entraError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
    }
    const form = new URLSearchParams(req.body);
    if (form.get('grant_type') !== 'client_credentials') {
      return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
    }
    if (form.get('client_id') !== clientId) {
      return entraError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory '${tenantDomain}'. This can happen if the application has not been installed by the administrator of the tenant.`,
      );
    }
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_assertion_type'.");
    }
    const scope = form.get('scope') ?? '';
    const resource = scope.endsWith('/.default') ? scope.slice(0, -'/.default'.length) : '';
    if (!RESOURCES.includes(resource)) {
      return entraError(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource || scope} was not found in the tenant named ${tenantDomain}.`,
      );
    }
    const refused = assertionProblem(form.get('client_assertion') ?? '', options.oidc, subjects);
    if (refused) return refused;
    const token = `fake-aad-${randomBytes(32).toString('base64url')}`;
    tokenInfo.set(token, { tenant: tenantId, resource, expires: Date.now() + 3600_000 });
    tokens.push(token);
    return json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
  });

  // ---- Key Vault ----
  server.route('GET', /^\/kv\/[^/]+\/secrets\/[^/]+(\/[^/]+)?\/?$/, (req) => {
    const [, , vaultName, , name, version] = req.path.replace(/\/$/, '').split('/').map(decodeURIComponent) as [
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    const vault = vaultOf(vaultName);
    const resource = resourceOf(vaultName.toLowerCase());
    const challenge = { 'www-authenticate': `Bearer authorization="${server.url}/login/${vault.tenant}", resource="${resource}"` };
    if (!req.query.get('api-version')) return vaultError(400, 'BadParameter', 'The api-version query parameter is required.');
    const auth = /^Bearer (\S+)$/.exec(String(req.headers['authorization'] ?? ''));
    if (!auth) return vaultError(401, 'Unauthorized', 'AKV10000: Request is missing a Bearer or PoP token.', undefined, challenge);
    const token = tokenInfo.get(auth[1]!);
    if (!token || token.expires < Date.now()) return vaultError(401, 'Unauthorized', 'AKV10013: Invalid token.', undefined, challenge);
    if (token.tenant !== vault.tenant) {
      return vaultError(
        401,
        'Unauthorized',
        `AKV10032: Invalid issuer. Expected one of https://sts.windows.net/${vault.tenant}/, found https://sts.windows.net/${token.tenant}/.`,
        undefined,
        challenge,
      );
    }
    if (token.resource !== resource) {
      return vaultError(
        401,
        'Unauthorized',
        `AKV10022: Invalid audience. Expected ${resource}, found: ${token.resource}.`,
        undefined,
        challenge,
      );
    }
    if (vault.denial) return denied(vault.denial, vaultName);
    const versions = vault.secrets.get(name.toLowerCase());
    const found = version ? versions?.find((v) => v.id === version) : versions?.at(-1);
    if (!found) {
      return vaultError(
        404,
        'SecretNotFound',
        `A secret with (name/id) ${version ? `${name}/${version}` : name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
      );
    }
    if (!found.enabled) return vaultError(403, 'Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled');
    const host = vaultName.includes('.') ? vaultName : `${vaultName}.vault.azure.net`;
    return json(200, {
      value: found.value,
      id: `https://${host}/secrets/${name}/${found.id}`,
      attributes: { enabled: true, created: found.created, updated: found.created, recoveryLevel: 'Recoverable+Purgeable' },
      tags: {},
    });
  });

  return {
    url: server.url,
    server,
    env: { AZURE_AUTHORITY_HOST: `${server.url}/login`, GATEHOUSE_AZURE_KEYVAULT_URL: `${server.url}/kv/{vault}` },
    tenantId,
    tenantDomain,
    clientId,
    subjects,
    putSecret(put) {
      const vault = vaultOf(put.vault);
      const versions = vault.secrets.get(put.name.toLowerCase()) ?? [];
      const id = randomBytes(16).toString('hex');
      versions.push({ id, value: put.value, enabled: put.enabled ?? true, created: Math.floor(Date.now() / 1000) });
      vault.secrets.set(put.name.toLowerCase(), versions);
      return id;
    },
    disableSecret(vaultName, name, version) {
      const versions = vaultOf(vaultName).secrets.get(name.toLowerCase());
      const target = version ? versions?.find((v) => v.id === version) : versions?.at(-1);
      if (!target) throw new Error(`fake Azure: no secret ${name}${version ? `/${version}` : ''} in ${vaultName}`);
      target.enabled = false;
    },
    setVault(vaultName, settings) {
      const vault = vaultOf(vaultName);
      if (settings.tenant !== undefined) vault.tenant = settings.tenant;
      if ('denial' in settings) vault.denial = settings.denial;
    },
    tokens,
    close: () => server.close(),
  };
}

/** Entra's checks of a federated client assertion, in the order it reports them; undefined if it passes. */
function assertionProblem(assertion: string, oidc: GithubOidcFake, subjects: readonly string[]): Reply | undefined {
  let claims: GithubClaims;
  try {
    claims = oidc.verify(assertion);
  } catch (err) {
    const message = (err as Error).message;
    return /expired|not yet valid/.test(message)
      ? entraError(401, 'invalid_client', 700024, 'Client assertion is not within its valid time range.')
      : entraError(401, 'invalid_client', 50027, `JWT token is invalid or malformed (${message}).`);
  }
  if (claims.aud !== ASSERTION_AUDIENCE) {
    return entraError(
      401,
      'invalid_client',
      700212,
      `No matching federated identity record found for presented assertion audience '${claims.aud}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    );
  }
  if (subjects.length === 0) {
    return entraError(
      401,
      'invalid_client',
      70021,
      `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${claims.sub}'. Assertion Audience: '${claims.aud}'.`,
    );
  }
  if (subjects.includes(claims.sub)) return undefined;
  if (subjects.some((s) => s.toLowerCase() === claims.sub.toLowerCase())) {
    return entraError(
      401,
      'invalid_client',
      7002138,
      `No matching federated identity record found for presented assertion subject '${claims.sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    );
  }
  return entraError(
    401,
    'invalid_client',
    700213,
    `No matching federated identity record found for presented assertion subject '${claims.sub}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
  );
}

function denied(denial: Denial, vault: string): Reply {
  const caller = 'appid=<client>;oid=<object>;iss=https://sts.windows.net/<tenant>/';
  switch (denial) {
    case 'ForbiddenByRbac':
      return vaultError(
        403,
        'Forbidden',
        `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: ${caller}\r\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nVault: ${vault};location=westeurope\r\n`,
        'ForbiddenByRbac',
      );
    case 'AccessDenied':
      return vaultError(
        403,
        'Forbidden',
        `The user, group or application '${caller}' does not have secrets get permission on key vault '${vault};location=westeurope'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
        'AccessDenied',
      );
    case 'ForbiddenByFirewall':
      return vaultError(
        403,
        'Forbidden',
        `Client address is not authorized and caller is not a trusted service.\r\nVault: ${vault};location=westeurope`,
        'ForbiddenByFirewall',
      );
  }
}
