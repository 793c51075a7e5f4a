// Loopback fake of HashiCorp Vault: JWT and AppRole login, token checks, ACL path globs,
// namespaces, KV v1 and KV v2 mounts, dynamic (leased) secrets and token revoke-self.
//
// Doc source (developer.hashicorp.com/vault/api-docs/...), summarised in the shared notes,
// reference/secret-providers.md §2.1:
// - auth/jwt: `POST /v1/auth/<mount>/login` `{"jwt","role"}` (empty role = the mount's
//   default_role); checks the role exists, the signature/iss/exp, `bound_audiences` (Vault ≥1.17
//   refuses an `aud` when none are bound), `bound_subject` and `bound_claims` (string or glob).
//   Errors are 400 `{"errors":["..."]}` with the plugin's messages (`role "x" could not be found`,
//   `error validating token: invalid audience (aud) claim`, `error validating claims: claim "ref"
//   does not match any associated bound claim values`, `missing role`).
// - auth/approle: `POST /v1/auth/<mount>/login` `{"role_id","secret_id"}`; 400 `invalid role or
//   secret ID`.
// - login answer: `{"auth":{"client_token":"hvs.…","accessor":"…","policies":[…],
//   "lease_duration":…,"renewable":true,…},"data":null,"warnings":null,…}`.
// - secret/kv/kv-v1: `GET /v1/<mount>/<name>` -> `{"data":{…},"lease_duration":2764800,"lease_id":""}`.
// - secret/kv/kv-v2: `GET /v1/<mount>/data/<name>[?version=N]` -> `{"data":{"data":{…},
//   "metadata":{"created_time","custom_metadata":null,"deletion_time":"","destroyed":false,
//   "version":N}},"mount_type":"kv"}`; a deleted or destroyed version answers 404 with the same
//   `data` (its `data` null); a path without `data/` answers 404 with the warning "Invalid path for
//   a versioned K/V secrets engine" (hashicorp/vault #4808).
// - Not found: 404 `{"errors":[]}`. Bad, missing or revoked token, or a path outside the token's
//   policies: 403 `{"errors":["permission denied"]}` (ACLs are checked before the path is routed).
// - auth/token revoke-self: `POST /v1/auth/token/revoke-self` -> 204; revokes the token's leases.
// - sys/internal/ui/mounts/<path> (what `vault kv` uses to find a path's mount; default policy).
// Not documented, so chosen here: a wrong `X-Vault-Namespace` answers 404 "no handler for route"
// for login and 403 for everything else; an unknown auth mount answers 404 "no handler for route".
//
// API:
//   const vault = await startVaultFake({ verify: oidc.verify, namespace?, mounts?, defaultRole? });
//   vault.url, vault.server (LoopbackServer: inject(), requests), vault.ca (tls only)
//   vault.putKv('secret/app', { k: 'v' })      // KV v2 mount: a new version (returned); v1: overwrite
//   vault.deleteVersion('secret/app', [1]) / vault.destroyVersion('secret/app', [1])  // default: latest
//   vault.putDynamic('database/creds/ci', () => ({ username, password }), { leaseSeconds: 3600 })
//   vault.addRole('ci', { boundAudiences, boundClaims, boundClaimsType?, boundSubject?, policies })
//   vault.addAppRole('deploy', { policies }) -> { roleId, secretId }
//   vault.issueToken(['secret/data/*']) -> 'hvs.…' (for vault-auth: token)
//   vault.liveTokens (token -> info), vault.revoked (tokens revoked by revoke-self), vault.leases
// Policies are lists of ACL path globs granting read: `+` is one segment, a trailing `*` a prefix.
// Every token may also revoke itself and look up mounts, like Vault's default policy.
//
// Handlers are plain map lookups: the benchmark runs 50 reads with an injected 20 ms delay each.

import { randomBytes, randomUUID } from 'node:crypto';
import { json, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../loopback.js';

/** A relying party's check of a GitHub OIDC token; `GithubOidcFake.verify` fits. */
export type VerifyJwt = (jwt: string, expected?: { audience?: string }) => Record<string, unknown>;

export interface VaultFakeOptions {
  /** Checks JWT logins; without it every JWT login fails with `error validating token`. */
  verify?: VerifyJwt;
  /** Vault Enterprise namespace every request must name in X-Vault-Namespace (default: none). */
  namespace?: string;
  /** Secrets engines by mount path: KV version. Default `{ 'secret/': 2, 'kv/': 1 }`. */
  mounts?: Record<string, 1 | 2>;
  /** Mount paths of the auth methods; default `jwt` and `approle`. */
  jwtPath?: string;
  approlePath?: string;
  /** The jwt mount's default_role, used when a login names no role. */
  defaultRole?: string;
  /** lease_duration of tokens, seconds; default 3600. */
  tokenTtl?: number;
  tls?: boolean;
  /** With `tls`: offer HTTP/2 as Vault's listener does (default true); false for HTTP/1.1 only. */
  http2?: boolean;
}

export interface JwtRole {
  /** Must include the token's `aud`; an empty list refuses any token with an `aud` (Vault ≥1.17). */
  boundAudiences: string[];
  /** Claim -> allowed value(s); every listed claim must match one of its values. */
  boundClaims?: Record<string, string | string[]>;
  /** `glob` lets values use `*`; default `string` (exact). */
  boundClaimsType?: 'string' | 'glob';
  boundSubject?: string;
  /** ACL path globs the issued token may read. */
  policies: string[];
}

export interface AppRole {
  policies: string[];
  roleId?: string;
  secretId?: string;
}

export interface VaultTokenInfo {
  accessor: string;
  policies: string[];
  method: 'jwt' | 'approle' | 'token';
  role?: string;
  /** The verified claims of the JWT it was issued for. */
  claims?: Record<string, unknown>;
}

export interface VaultLease {
  id: string;
  path: string;
  /** The token that read it; revoke-self revokes its leases. */
  token: string;
  revoked: boolean;
}

export interface VaultFake {
  url: string;
  server: LoopbackServer;
  ca: string | undefined;
  /** Write a KV secret at its logical path (`secret/app`, not `secret/data/app`); returns the version (1 on KV v1). */
  putKv(path: string, data: Record<string, unknown>): number;
  /** Soft-delete versions of a KV v2 secret (default: the latest); reads of them answer 404. */
  deleteVersion(path: string, versions?: number[]): void;
  /** Destroy versions of a KV v2 secret (default: the latest). */
  destroyVersion(path: string, versions?: number[]): void;
  /** A non-KV path (database/creds/x, aws/creds/x) answering fresh data with a lease on each read. */
  putDynamic(path: string, make: () => Record<string, unknown>, options?: { leaseSeconds?: number; renewable?: boolean }): void;
  addRole(name: string, role: JwtRole): void;
  addAppRole(name: string, role: AppRole): { roleId: string; secretId: string };
  /** A token as `vault token create` would give, for vault-auth: token. */
  issueToken(policies: string[]): string;
  readonly liveTokens: ReadonlyMap<string, VaultTokenInfo>;
  readonly revoked: ReadonlySet<string>;
  readonly leases: readonly VaultLease[];
  close(): Promise<void>;
}

interface KvVersion {
  data: Record<string, unknown>;
  created: string;
  deleted: string;
  destroyed: boolean;
}

const KV2_PATH_WARNING =
  "Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv get' for this operation.";
/** What Vault's default policy grants every token (the parts a client of this fake uses). */
const DEFAULT_POLICY = ['auth/token/revoke-self', 'auth/token/lookup-self', 'sys/internal/ui/mounts/*'];

const trim = (path: string): string => path.replace(/^\/+|\/+$/g, '');
const randomId = (bytes = 18): string => randomBytes(bytes).toString('base64url');
const errors = (status: number, ...messages: string[]): Reply => json(status, { errors: messages });
const denied = (): Reply => errors(403, 'permission denied');

export async function startVaultFake(options: VaultFakeOptions = {}): Promise<VaultFake> {
  const server = await startLoopback({ tls: options.tls ?? false, http2: options.http2 });
  const namespace = trim(options.namespace ?? '');
  const mounts = new Map<string, 1 | 2>();
  const mountOptions: Record<string, 1 | 2> = options.mounts ?? { 'secret/': 2, 'kv/': 1 };
  for (const [mount, version] of Object.entries(mountOptions)) mounts.set(trim(mount), version);
  const jwtPath = trim(options.jwtPath ?? 'jwt');
  const approlePath = trim(options.approlePath ?? 'approle');
  const ttl = options.tokenTtl ?? 3600;
  const kv1 = new Map<string, Record<string, unknown>>();
  const kv2 = new Map<string, KvVersion[]>();
  const dynamic = new Map<string, { make: () => Record<string, unknown>; leaseSeconds: number; renewable: boolean }>();
  const roles = new Map<string, JwtRole>();
  const appRoles = new Map<string, AppRole & { name: string; roleId: string; secretId: string }>();
  const liveTokens = new Map<string, VaultTokenInfo>();
  const revoked = new Set<string>();
  const leases: VaultLease[] = [];
  const globs = new Map<string, RegExp>();

  const mountOf = (path: string): { mount: string; rest: string; version: 1 | 2 } | undefined => {
    let best: string | undefined;
    for (const mount of mounts.keys()) {
      if (`${path}/`.startsWith(`${mount}/`) && (best === undefined || mount.length > best.length)) best = mount;
    }
    return best === undefined ? undefined : { mount: best, rest: trim(path.slice(best.length)), version: mounts.get(best)! };
  };

  const issue = (policies: string[], method: VaultTokenInfo['method'], role?: string, claims?: Record<string, unknown>): string => {
    // Real service tokens are `hvs.` + ~90 base64 characters; the prefix is what scanners look for.
    const token = `hvs.${randomId(66)}`;
    liveTokens.set(token, { accessor: randomId(18), policies, method, role, claims });
    return token;
  };

  const allowed = (policies: string[], path: string): boolean =>
    [...DEFAULT_POLICY, ...policies].some((glob) => {
      let re = globs.get(glob);
      if (!re) {
        const prefix = glob.endsWith('*');
        const body = (prefix ? glob.slice(0, -1) : glob)
          .split('+')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+');
        re = new RegExp(`^${body}${prefix ? '' : '$'}`);
        globs.set(glob, re);
      }
      return re.test(path);
    });

  const loginAnswer = (token: string, role: string): Reply => {
    const info = liveTokens.get(token)!;
    return json(200, {
      request_id: randomUUID(),
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      data: null,
      wrap_info: null,
      warnings: null,
      auth: {
        client_token: token,
        accessor: info.accessor,
        policies: ['default', ...info.policies],
        token_policies: ['default', ...info.policies],
        metadata: { role },
        lease_duration: ttl,
        renewable: true,
        entity_id: randomUUID(),
        token_type: 'service',
        orphan: true,
        mfa_requirement: null,
        num_uses: 0,
      },
      mount_type: '',
    });
  };

  const jwtLogin = (req: RecordedRequest): Reply => {
    const body = parseBody(req);
    const jwt = typeof body['jwt'] === 'string' ? body['jwt'] : '';
    if (!jwt) return errors(400, 'missing token');
    const name = (typeof body['role'] === 'string' && body['role']) || options.defaultRole || '';
    if (!name) return errors(400, 'missing role');
    const role = roles.get(name);
    if (!role) return errors(400, `role "${name}" could not be found`);
    let claims: Record<string, unknown>;
    try {
      if (!options.verify) throw new Error('no keys configured to verify the token');
      claims = options.verify(jwt);
    } catch (err) {
      return errors(400, `error validating token: ${err instanceof Error ? err.message : String(err)}`);
    }
    const refusal = checkAudience(claims, role) ?? checkClaims(claims, role);
    if (refusal) return errors(400, refusal);
    return loginAnswer(issue(role.policies, 'jwt', name, claims), name);
  };

  const approleLogin = (req: RecordedRequest): Reply => {
    const body = parseBody(req);
    if (typeof body['role_id'] !== 'string' || !body['role_id']) return errors(400, 'missing role_id');
    const role = [...appRoles.values()].find((r) => r.roleId === body['role_id']);
    if (!role || body['secret_id'] !== role.secretId) return errors(400, 'invalid role or secret ID');
    return loginAnswer(issue(role.policies, 'approle', role.name), role.name);
  };

  const revokeSelf = (token: string): Reply => {
    liveTokens.delete(token);
    revoked.add(token);
    for (const lease of leases) if (lease.token === token) lease.revoked = true;
    return { status: 204 };
  };

  const kv2Read = (name: string, req: RecordedRequest): Reply => {
    const versions = kv2.get(name) ?? [];
    const asked = req.query.get('version');
    // No version, or 0, means the latest.
    const number = asked === null || asked === '0' ? versions.length : Number(asked);
    if (!Number.isInteger(number) || number < 0) return errors(400, 'invalid version');
    const entry = versions[number - 1];
    if (!entry) return errors(404);
    const metadata = {
      created_time: entry.created,
      custom_metadata: null,
      deletion_time: entry.deleted,
      destroyed: entry.destroyed,
      version: number,
    };
    const gone = entry.destroyed || entry.deleted !== '';
    return json(gone ? 404 : 200, { ...envelope(), data: { data: gone ? null : entry.data, metadata }, mount_type: 'kv' });
  };

  const read = (path: string, req: RecordedRequest, token: string): Reply => {
    if (path.startsWith('sys/internal/ui/mounts/')) {
      const found = mountOf(path.slice('sys/internal/ui/mounts/'.length));
      if (!found) return denied();
      const info = { path: `${found.mount}/`, type: 'kv', options: { version: String(found.version) }, description: '', local: false };
      return json(200, { ...envelope(), data: info });
    }
    const leased = dynamic.get(path);
    if (leased) {
      const id = `${path}/${randomId(18)}`;
      leases.push({ id, path, token, revoked: false });
      return json(200, {
        ...envelope(),
        lease_id: id,
        renewable: leased.renewable,
        lease_duration: leased.leaseSeconds,
        data: leased.make(),
        mount_type: 'database',
      });
    }
    const found = mountOf(path);
    if (!found) return errors(404, `no handler for route "${path}". route entry not found.`);
    if (found.version === 1) {
      const data = kv1.get(`${found.mount}/${found.rest}`);
      return data ? json(200, { ...envelope(), lease_duration: 2764800, data, mount_type: 'kv' }) : errors(404);
    }
    if (found.rest.startsWith('data/')) return kv2Read(`${found.mount}/${found.rest.slice('data/'.length)}`, req);
    if (found.rest.startsWith('metadata/')) return errors(404);
    return json(404, { ...envelope(), data: null, warnings: [KV2_PATH_WARNING] });
  };

  server.route('*', /^\/v1\//, (req) => {
    const path = trim(decodeURIComponent(req.path.slice('/v1/'.length)));
    const sameNamespace = trim(String(req.headers['x-vault-namespace'] ?? '')) === namespace;
    if (req.method === 'POST' && (path === `auth/${jwtPath}/login` || path === `auth/${approlePath}/login`)) {
      if (!sameNamespace) return errors(404, `no handler for route "${path}". route entry not found.`);
      return path === `auth/${jwtPath}/login` ? jwtLogin(req) : approleLogin(req);
    }
    if (req.method === 'POST' && /^auth\/.+\/login$/.test(path))
      return errors(404, `no handler for route "${path}". route entry not found.`);
    const token = String(req.headers['x-vault-token'] ?? '');
    const info = liveTokens.get(token);
    if (!sameNamespace || !info || !allowed(info.policies, path)) return denied();
    if (req.method === 'POST' && path === 'auth/token/revoke-self') return revokeSelf(token);
    if (req.method !== 'GET') return errors(405, 'unsupported operation');
    return read(path, req, token);
  });

  const kv2Versions = (path: string): KvVersion[] => {
    const found = mountOf(trim(path));
    const versions = found?.version === 2 ? kv2.get(`${found.mount}/${found.rest}`) : undefined;
    if (!versions) throw new Error(`vault fake: no KV v2 secret at ${path}`);
    return versions;
  };
  const pick = (versions: KvVersion[], which: number[] | undefined): KvVersion[] =>
    (which ?? [versions.length]).map((n) => versions[n - 1]).filter((v): v is KvVersion => v !== undefined);

  return {
    url: server.url,
    server,
    ca: server.ca,
    putKv(path, data) {
      const found = mountOf(trim(path));
      if (!found || !found.rest) throw new Error(`vault fake: ${path} is not under a KV mount (${[...mounts.keys()].join(', ')})`);
      const key = `${found.mount}/${found.rest}`;
      if (found.version === 1) {
        kv1.set(key, data);
        return 1;
      }
      const versions = kv2.get(key) ?? [];
      versions.push({ data, created: new Date().toISOString(), deleted: '', destroyed: false });
      kv2.set(key, versions);
      return versions.length;
    },
    deleteVersion(path, versions) {
      for (const v of pick(kv2Versions(path), versions)) v.deleted = new Date().toISOString();
    },
    destroyVersion(path, versions) {
      for (const v of pick(kv2Versions(path), versions)) v.destroyed = true;
    },
    putDynamic(path, make, opts = {}) {
      dynamic.set(trim(path), { make, leaseSeconds: opts.leaseSeconds ?? 3600, renewable: opts.renewable ?? true });
    },
    addRole(name, role) {
      roles.set(name, role);
    },
    addAppRole(name, role) {
      const entry = { ...role, name, roleId: role.roleId ?? randomUUID(), secretId: role.secretId ?? randomUUID() };
      appRoles.set(name, entry);
      return { roleId: entry.roleId, secretId: entry.secretId };
    },
    issueToken: (policies) => issue(policies, 'token'),
    liveTokens,
    revoked,
    leases,
    close: () => server.close(),
  };
}

function envelope(): Record<string, unknown> {
  return { request_id: randomUUID(), lease_id: '', renewable: false, lease_duration: 0, wrap_info: null, warnings: null, auth: null };
}

function parseBody(req: RecordedRequest): Record<string, unknown> {
  try {
    const body = req.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** vault-plugin-auth-jwt: the aud claim must be one of bound_audiences; none bound refuses any aud. */
function checkAudience(claims: Record<string, unknown>, role: JwtRole): string | undefined {
  const aud = claims['aud'];
  const audiences = Array.isArray(aud) ? aud.map(String) : typeof aud === 'string' ? [aud] : [];
  if (role.boundAudiences.length === 0) {
    return audiences.length > 0 ? 'error validating token: audience claim found in JWT but no audiences bound to the role' : undefined;
  }
  return audiences.some((a) => role.boundAudiences.includes(a)) ? undefined : 'error validating token: invalid audience (aud) claim';
}

function checkClaims(claims: Record<string, unknown>, role: JwtRole): string | undefined {
  if (role.boundSubject !== undefined && claims['sub'] !== role.boundSubject) return 'sub claim does not match bound subject';
  for (const [claim, bound] of Object.entries(role.boundClaims ?? {})) {
    const value = claims[claim];
    if (value === undefined) return `error validating claims: claim "${claim}" is missing`;
    const values = Array.isArray(bound) ? bound : [bound];
    const glob = role.boundClaimsType === 'glob';
    if (!values.some((v) => (glob ? globMatch(v, String(value)) : v === String(value)))) {
      return `error validating claims: claim "${claim}" does not match any associated bound claim values`;
    }
  }
  return undefined;
}

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}
