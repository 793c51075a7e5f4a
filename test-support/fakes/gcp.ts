// Loopback fake of the three Google APIs behind gcp-sm references: STS (token exchange), IAM
// Credentials (service account impersonation) and Secret Manager (access a secret version).
//
// Doc source:
// - reference/secret-providers.md §2.3, which summarises google-github-actions/auth
//   (WorkloadIdentityFederationClient, ServiceAccountClient) and get-secretmanager-secrets
//   (src/client.ts), and google-auth-library's StsCredentials for the form-encoded STS body.
// - STS: https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token; OAuth errors
//   invalid_request / invalid_grant / invalid_target (auth #60, #211, #334, #370).
// - IAM Credentials: projects.serviceAccounts.generateAccessToken (`scope` list, `lifetime` "Ns", at
//   most 3600s by default); PERMISSION_DENIED "... (or it may not exist)".
// - Secret Manager: projects.secrets.versions.access, global and regional
//   (`secretmanager.<location>.rep.googleapis.com`, `projects/p/locations/l/...`), `name` with the
//   project number, base64 `payload.data` and `payload.dataCrc32c` (int64 as a decimal string);
//   NOT_FOUND "Secret [..] not found or has no versions.", PERMISSION_DENIED "Permission
//   'secretmanager.versions.access' denied for resource '..' (or it may not exist).", and
//   FAILED_PRECONDITION "Secret Version [..] is in DESTROYED state." (DISABLED likewise).
// Not documented, so chosen here: access tokens are opaque `ya29.fake-...` strings valid for an
// hour; a secret without `accessors` is readable by every token the fake issued; the fake rejects
// an STS request that carries an Authorization header (the real STS ignores it; Gatehouse must not
// send credentials it does not need).
//
// Usage:
//   const oidc = await startGithubOidcFake();
//   const gcp = await startGcpFake({ oidc });
//   gcp.putSecret({ secret: 'db', data: 's3cret' });          // version 1 of projects/my-project/secrets/db
//   ctx = testContext({ env: gcp.env, settings: { gcp: { workloadIdentityProvider: gcp.providerName } } });
//
// API: `url`, `server` (inject faults; paths start with /sts, /iamcredentials, /secretmanager),
// `env` (GATEHOUSE_GCP_STS_URL, GATEHOUSE_GCP_IAMCREDENTIALS_URL, GATEHOUSE_GCP_SECRETMANAGER_URL),
// `providerName` (projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<id>),
// `poolName`, `projectNumber`, `repositoryPrincipal(repo)`, `putSecret()`, `setVersionState()`,
// `allowServiceAccount()`, `tokens` (every access token issued), `options` (mutable switches:
// `wrongCrc`, `omitCrc`, `base64url`, `condition`), `close()`.

import { randomBytes } from 'node:crypto';
import { json, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../loopback.js';
import type { GithubClaims, GithubOidcFake } from './github-oidc.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const SUBJECT_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];

export type VersionState = 'ENABLED' | 'DISABLED' | 'DESTROYED';

export interface GcpFakeOptions {
  oidc: GithubOidcFake;
  /** Default `my-project` / `123456789012`. Requests may name the project by ID or number. */
  projectId?: string;
  projectNumber?: string;
  pool?: string;
  provider?: string;
  /** The provider's attribute condition over the GitHub token's claims; default: accept all. */
  condition?: (claims: GithubClaims) => boolean;
  /** The provider's allowed audiences; default (as in GCP) only `https://iam.googleapis.com/<provider>`. */
  allowedAudiences?: string[];
}

export interface PutSecretOptions {
  /** Default: the fake's project ID. */
  project?: string;
  /** Regional secret (`projects/p/locations/<location>/secrets/s`). */
  location?: string;
  secret: string;
  data: string | Uint8Array;
  state?: VersionState;
  /** IAM members with secretAccessor on the secret, e.g. `serviceAccount:x@p.iam.gserviceaccount.com`
   *  or `principalSet://.../attribute.repository/o/r`; default: anyone with a token from this fake. */
  accessors?: string[];
}

export interface GcpFake {
  url: string;
  server: LoopbackServer;
  env: { GATEHOUSE_GCP_STS_URL: string; GATEHOUSE_GCP_IAMCREDENTIALS_URL: string; GATEHOUSE_GCP_SECRETMANAGER_URL: string };
  projectId: string;
  projectNumber: string;
  /** The provider's resource name, the value of `gcp-workload-identity-provider`. */
  providerName: string;
  poolName: string;
  /** `principalSet://iam.googleapis.com/<pool>/attribute.repository/<repository>`. */
  repositoryPrincipal(repository: string): string;
  /** Add a version to a secret (creating it); returns the version number. */
  putSecret(options: PutSecretOptions): number;
  setVersionState(secretPath: string, version: number, state: VersionState): void;
  /** Let `members` (default: the whole pool) impersonate `email` (roles/iam.workloadIdentityUser). */
  allowServiceAccount(email: string, members?: string[]): void;
  /** Every access token handed out (federated and impersonated), oldest first. */
  tokens: string[];
  options: { wrongCrc: boolean; omitCrc: boolean; base64url: boolean; condition: ((claims: GithubClaims) => boolean) | undefined };
  close(): Promise<void>;
}

interface Version {
  data: Buffer;
  state: VersionState;
}
interface Secret {
  versions: Version[];
  accessors: string[] | undefined;
}
interface TokenInfo {
  /** IAM members this token acts as. */
  members: string[];
  federated: boolean;
  expires: number;
}

const googleError = (code: number, status: string, message: string): Reply => json(code, { error: { code, message, status } });
const unauthenticated = (): Reply =>
  googleError(
    401,
    'UNAUTHENTICATED',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  );
const oauthError = (error: string, description: string): Reply => json(400, { error, error_description: description });

/** CRC-32C bit by bit, independent of the provider's table-driven one, so the two check each other. */
function crc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export async function startGcpFake(options: GcpFakeOptions): Promise<GcpFake> {
  const server = await startLoopback();
  const projectId = options.projectId ?? 'my-project';
  const projectNumber = options.projectNumber ?? '123456789012';
  const poolName = `projects/${projectNumber}/locations/global/workloadIdentityPools/${options.pool ?? 'github'}`;
  const providerName = `${poolName}/providers/${options.provider ?? 'gatehouse'}`;
  const allowedAudiences = options.allowedAudiences ?? [`https://iam.googleapis.com/${providerName}`];
  const secrets = new Map<string, Secret>();
  const accounts = new Map<string, string[]>();
  const tokenInfo = new Map<string, TokenInfo>();
  const tokens: string[] = [];
  const switches: GcpFake['options'] = { wrongCrc: false, omitCrc: false, base64url: false, condition: options.condition };
  const repositoryPrincipal = (repository: string): string =>
    `principalSet://iam.googleapis.com/${poolName}/attribute.repository/${repository}`;

  const issue = (members: string[], federated: boolean): string => {
    const token = `ya29.fake-${randomBytes(24).toString('base64url')}`;
    tokenInfo.set(token, { members, federated, expires: Date.now() + 3600_000 });
    tokens.push(token);
    return token;
  };
  const bearer = (req: RecordedRequest): TokenInfo | undefined => {
    const match = /^Bearer (\S+)$/.exec(String(req.headers['authorization'] ?? ''));
    const info = match ? tokenInfo.get(match[1]!) : undefined;
    return info && info.expires > Date.now() ? info : undefined;
  };
  /** Secret key with the project as its ID, so requests by number and by ID find the same secret. */
  const keyOf = (project: string, location: string | undefined, secret: string): string =>
    `projects/${project === projectNumber ? projectId : project}${location ? `/locations/${location}` : ''}/secrets/${secret}`;

  // ---- STS ----
  server.route('POST', '/sts/v1/token', (req) => {
    if (req.headers['authorization']) return oauthError('invalid_request', 'fake: STS token exchange takes no Authorization header.');
    const body = stsBody(req);
    if (!body) return oauthError('invalid_request', 'Request body must be application/json or application/x-www-form-urlencoded.');
    if (body.grantType !== TOKEN_EXCHANGE) return oauthError('invalid_request', `Invalid value for "grant_type": ${body.grantType}.`);
    if (!SUBJECT_TYPES.includes(body.subjectTokenType)) return oauthError('invalid_request', 'Invalid value for "subject_token_type".');
    if (body.requestedTokenType !== ACCESS_TOKEN_TYPE) return oauthError('invalid_request', 'Invalid value for "requested_token_type".');
    if (!body.scope.split(/\s+/).includes(CLOUD_PLATFORM)) return oauthError('invalid_scope', 'Invalid value for "scope".');
    if (
      !/^\/\/iam\.googleapis\.com\/projects\/[^/]+\/locations\/[^/]+\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(body.audience)
    ) {
      return oauthError(
        'invalid_request',
        'Invalid value for "audience". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats.',
      );
    }
    if (body.audience !== `//iam.googleapis.com/${providerName}`) {
      return oauthError(
        'invalid_target',
        'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
      );
    }
    let claims: GithubClaims;
    try {
      claims = options.oidc.verify(body.subjectToken);
    } catch (err) {
      return oauthError('invalid_grant', `Invalid ID Token: ${(err as Error).message}.`);
    }
    if (!allowedAudiences.includes(claims.aud)) {
      return oauthError(
        'invalid_grant',
        `The audience in ID Token [${claims.aud}] does not match the expected audience https://iam.googleapis.com/${providerName}.`,
      );
    }
    if (switches.condition && !switches.condition(claims)) {
      return oauthError('invalid_grant', 'The given credential is rejected by the attribute condition.');
    }
    const members = [
      `principal://iam.googleapis.com/${poolName}/subject/${claims.sub}`,
      repositoryPrincipal(claims.repository),
      `principalSet://iam.googleapis.com/${poolName}/*`,
    ];
    return json(200, {
      access_token: issue(members, true),
      issued_token_type: ACCESS_TOKEN_TYPE,
      token_type: 'Bearer',
      expires_in: 3599,
    });
  });

  // ---- IAM Credentials ----
  server.route('POST', /^\/iamcredentials\/v1\/projects\/-\/serviceAccounts\/[^/]+:generateAccessToken$/, (req) => {
    const caller = bearer(req);
    if (!caller) return unauthenticated();
    const email = decodeURIComponent(/serviceAccounts\/([^/]+):generateAccessToken$/.exec(req.path)![1]!);
    const allowed = accounts.get(email);
    if (!caller.federated || !allowed || !caller.members.some((m) => allowed.includes(m))) {
      return googleError(
        403,
        'PERMISSION_DENIED',
        "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
      );
    }
    let body: { scope?: unknown; lifetime?: unknown };
    try {
      body = req.json();
    } catch {
      return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    }
    if (!Array.isArray(body.scope) || !body.scope.includes(CLOUD_PLATFORM)) return googleError(400, 'INVALID_ARGUMENT', 'Scope required.');
    const lifetime = /^(\d+)s$/.exec(String(body.lifetime ?? '3600s'));
    if (!lifetime || Number(lifetime[1]) > 3600) {
      return googleError(400, 'INVALID_ARGUMENT', 'The lifetime must be between 1 and 3600 seconds.');
    }
    return json(200, {
      accessToken: issue([`serviceAccount:${email}`], false),
      expireTime: new Date(Date.now() + Number(lifetime[1]) * 1000).toISOString(),
    });
  });

  // ---- Secret Manager ----
  server.route('GET', /^\/secretmanager\/v1\/projects\/[^/]+(\/locations\/[^/]+)?\/secrets\/[^/]+\/versions\/[^/]+:access$/, (req) => {
    const caller = bearer(req);
    if (!caller) return unauthenticated();
    const m = /^\/secretmanager\/v1\/projects\/([^/]+)(?:\/locations\/([^/]+))?\/secrets\/([^/]+)\/versions\/([^/]+):access$/.exec(
      req.path,
    )!;
    const [project, location, name, versionText] = [m[1]!, m[2], decodeURIComponent(m[3]!), decodeURIComponent(m[4]!)];
    const key = keyOf(project, location, name);
    const shown = key.replace(`projects/${projectId}`, `projects/${projectNumber}`);
    const secret = secrets.get(key);
    if (secret?.accessors && !caller.members.some((member) => secret.accessors!.includes(member))) {
      return googleError(
        403,
        'PERMISSION_DENIED',
        `Permission 'secretmanager.versions.access' denied for resource '${shown}/versions/${versionText}' (or it may not exist).`,
      );
    }
    const number = versionText === 'latest' ? secret?.versions.length : /^\d+$/.test(versionText) ? Number(versionText) : NaN;
    const version = number ? secret?.versions[number - 1] : undefined;
    if (!secret || !version) {
      return secret && versionText !== 'latest'
        ? googleError(404, 'NOT_FOUND', `Secret Version [${shown}/versions/${versionText}] not found.`)
        : googleError(404, 'NOT_FOUND', `Secret [${shown}] not found or has no versions.`);
    }
    if (version.state !== 'ENABLED') {
      return googleError(400, 'FAILED_PRECONDITION', `Secret Version [${shown}/versions/${number}] is in ${version.state} state.`);
    }
    const crc = crc32c(version.data);
    const payload: Record<string, string> = { data: version.data.toString(switches.base64url ? 'base64url' : 'base64') };
    if (!switches.omitCrc) payload['dataCrc32c'] = String(switches.wrongCrc ? (crc ^ 1) >>> 0 : crc);
    return json(200, { name: `${shown}/versions/${number}`, payload });
  });

  return {
    url: server.url,
    server,
    env: {
      GATEHOUSE_GCP_STS_URL: `${server.url}/sts`,
      GATEHOUSE_GCP_IAMCREDENTIALS_URL: `${server.url}/iamcredentials`,
      GATEHOUSE_GCP_SECRETMANAGER_URL: `${server.url}/secretmanager`,
    },
    projectId,
    projectNumber,
    providerName,
    poolName,
    repositoryPrincipal,
    putSecret(put) {
      const key = keyOf(put.project ?? projectId, put.location, put.secret);
      const secret = secrets.get(key) ?? { versions: [], accessors: undefined };
      if (put.accessors) secret.accessors = put.accessors;
      secret.versions.push({ data: Buffer.from(put.data), state: put.state ?? 'ENABLED' });
      secrets.set(key, secret);
      return secret.versions.length;
    },
    setVersionState(secretPath, version, state) {
      const m = /^projects\/([^/]+)(?:\/locations\/([^/]+))?\/secrets\/([^/]+)$/.exec(secretPath);
      const target = m ? secrets.get(keyOf(m[1]!, m[2], m[3]!))?.versions[version - 1] : undefined;
      if (!target) throw new Error(`fake GCP: no version ${version} of ${secretPath}`);
      target.state = state;
    },
    allowServiceAccount(email, members = [`principalSet://iam.googleapis.com/${poolName}/*`]) {
      accounts.set(email, members);
    },
    tokens,
    options: switches,
    close: () => server.close(),
  };
}

interface StsBody {
  audience: string;
  grantType: string;
  requestedTokenType: string;
  scope: string;
  subjectTokenType: string;
  subjectToken: string;
}

/** JSON camelCase (google-github-actions/auth) or form snake_case (google-auth-library). */
function stsBody(req: RecordedRequest): StsBody | undefined {
  const type = String(req.headers['content-type'] ?? '');
  const pick = (get: (camel: string, snake: string) => unknown): StsBody => {
    const text = (camel: string, snake: string): string => {
      const value = get(camel, snake);
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    };
    return {
      audience: text('audience', 'audience'),
      grantType: text('grantType', 'grant_type'),
      requestedTokenType: text('requestedTokenType', 'requested_token_type'),
      scope: text('scope', 'scope'),
      subjectTokenType: text('subjectTokenType', 'subject_token_type'),
      subjectToken: text('subjectToken', 'subject_token'),
    };
  };
  if (type.startsWith('application/json')) {
    try {
      const body = req.json<Record<string, unknown>>();
      return pick((camel) => body[camel]);
    } catch {
      return undefined;
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(req.body);
    return pick((_camel, snake) => form.get(snake) ?? undefined);
  }
  return undefined;
}
