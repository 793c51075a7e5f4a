// `npm run bench:leak-scan` (also the last part of `npm run bench`): leak scanning, Gatehouse vs
// secretlint (the npm anchor, with its recommended preset) on the same generated tree.
//
// 1. Generates, deterministically (seeded PRNG), a tree of realistic text: TS/JS/Python/Go sources,
//    CI/build logs, JSON and YAML config, minified JS bundles (very long lines) and markdown docs,
//    200 MB by default (BENCH_LEAK_MB). Synthetic secrets of many kinds are planted at known
//    file/line positions (a manifest is kept), plus decoys (documented example keys, UUIDs, SHAs,
//    integrity hashes, placeholders, variable references) that no scanner should report.
//    GitHub and npm tokens carry a valid CRC32 checksum (last 6 chars: base62 of the CRC32 of the
//    random part). Every value is generated here: none of them was ever a real credential.
// 2. Scans the tree with `node dist/mask-logs/index.js` run the way the runner runs it (INPUT_*
//    from action.yml defaults plus INPUT_SCAN, fresh GITHUB_OUTPUT/... files), then with the
//    secretlint CLI, then with gitleaks if it happens to be on PATH; wall time of each.
// 3. Matches findings to planted secrets by file and line, and prints throughput (MB/s), the ratio,
//    planted secrets found per tool and per kind, decoys flagged, and, loudly, any planted secret of
//    a kind both tools detect that Gatehouse missed (the exit code is then 1).
//
// Env: BENCH_LEAK_MB (size, default 200), BENCH_LEAK_SEED (default 1), BENCH_LEAK_KEEP=1 keeps the
// tree and the reports (path printed). Sequential runs on an otherwise idle machine.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 to spread the seed, then sfc32.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.u32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }

  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }

  /** Log-uniform integer in [lo, hi]: many small, some large, like real file sizes. */
  logUniform(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.float() * (Math.log(hi) - Math.log(lo))));
  }
}

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const BASE62 = DIGITS + UPPER + LOWER;
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const WORDCH = ALNUM + '_';

function base62(n: number, width: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, '0');
}

/** GitHub/npm token format: prefix + random part + base62(CRC32(random part)) in 6 chars. */
function checksummed(r: Rng, prefix: string, randomLength: number): string {
  const body = r.chars(ALNUM, randomLength);
  return prefix + body + base62(crc32(body), 6);
}

/** Random chars from `alphabet`, but alphanumeric at both ends (word boundaries hold). */
function token(r: Rng, alphabet: string, n: number): string {
  return r.chars(ALNUM, 1) + r.chars(alphabet, n - 2) + r.chars(ALNUM, 1);
}

function uuid(r: Rng): string {
  const h = r.chars(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${r.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

/** PEM block with a DER-looking body (so secretlint's magic-byte check accepts it). */
function pem(r: Rng, label: string, derPrefix: number[], bodyBytes: number): string[] {
  const der = Buffer.concat([Buffer.from(derPrefix), r.bytes(bodyBytes)]);
  return [`-----BEGIN ${label}-----`, ...wrap(der.toString('base64'), 64), `-----END ${label}-----`];
}

// ---------------------------------------------------------------------------------------------
// Secret kinds, decoys and how a value is written in each kind of file

type Style = 'ts' | 'js' | 'py' | 'go' | 'log' | 'json' | 'yaml' | 'md' | 'min';

interface Planted {
  kind: string;
  /** Tree-relative path, `/`-separated. */
  file: string;
  /** 1-based first and last line (multi-line secrets: the whole block). */
  line: number;
  endLine: number;
  value: string;
}

interface Snippet {
  lines: string[];
  secrets: { kind: string; value: string; at: number; end: number }[];
}

interface Kind {
  id: string;
  /** Variable name the value is usually assigned to. */
  name: string;
  gen: (r: Rng) => string | string[];
}

const KINDS: Kind[] = [
  { id: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', gen: (r) => 'AKIA' + r.chars(UPPER + '234567', 16) },
  { id: 'aws-secret-access-key', name: 'AWS_SECRET_ACCESS_KEY', gen: (r) => token(r, ALNUM + '+/', 40) },
  { id: 'github-pat-classic', name: 'GITHUB_TOKEN', gen: (r) => checksummed(r, 'ghp_', 30) },
  { id: 'github-oauth', name: 'GH_OAUTH_TOKEN', gen: (r) => checksummed(r, 'gho_', 30) },
  { id: 'github-app-server', name: 'GH_INSTALLATION_TOKEN', gen: (r) => checksummed(r, 'ghs_', 30) },
  { id: 'github-pat-fine-grained', name: 'GH_PAT', gen: (r) => 'github_pat_11' + r.chars(ALNUM, 20) + '_' + checksummed(r, '', 53) },
  { id: 'gitlab-pat', name: 'GITLAB_TOKEN', gen: (r) => 'glpat-' + token(r, B64URL, 20) },
  {
    id: 'slack-bot-token',
    name: 'SLACK_BOT_TOKEN',
    gen: (r) => `xoxb-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 13)}-${r.chars(ALNUM, 24)}`,
  },
  {
    id: 'slack-user-token',
    name: 'SLACK_USER_TOKEN',
    gen: (r) => `xoxp-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 13)}-${r.chars(HEX, 32)}`,
  },
  {
    id: 'slack-webhook',
    name: 'SLACK_WEBHOOK_URL',
    gen: (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  },
  {
    id: 'stripe-live-secret',
    name: 'STRIPE_SECRET_KEY',
    gen: (r) => (r.chance(0.5) ? 'sk_live_' + r.chars(ALNUM, 24) : 'sk_live_51' + r.chars(ALNUM, 97)),
  },
  { id: 'stripe-restricted', name: 'STRIPE_RESTRICTED_KEY', gen: (r) => 'rk_live_51' + r.chars(ALNUM, 97) },
  { id: 'google-api-key', name: 'GOOGLE_API_KEY', gen: (r) => 'AIza' + token(r, B64URL, 35) },
  { id: 'google-oauth-client-secret', name: 'GOOGLE_CLIENT_SECRET', gen: (r) => 'GOCSPX-' + token(r, B64URL, 28) },
  { id: 'sendgrid', name: 'SENDGRID_API_KEY', gen: (r) => `SG.${token(r, WORDCH, 22)}.${token(r, WORDCH, 43)}` },
  { id: 'npm-token', name: 'NPM_TOKEN', gen: (r) => checksummed(r, 'npm_', 30) },
  { id: 'pypi-token', name: 'PYPI_API_TOKEN', gen: (r) => 'pypi-AgEIcHlwaS5vcmc' + token(r, B64URL, r.range(70, 140)) },
  { id: 'openai', name: 'OPENAI_API_KEY', gen: (r) => `sk-proj-${token(r, B64URL, 74)}T3BlbkFJ${token(r, B64URL, 74)}` },
  { id: 'anthropic', name: 'ANTHROPIC_API_KEY', gen: (r) => `sk-ant-api03-${token(r, B64URL, 93)}AA` },
  { id: 'twilio-api-key', name: 'TWILIO_API_KEY', gen: (r) => 'SK' + r.chars(HEX, 32) },
  { id: 'mailgun', name: 'MAILGUN_API_KEY', gen: (r) => 'key-' + r.chars(HEX, 32) },
  { id: 'heroku', name: 'HEROKU_API_KEY', gen: (r) => uuid(r) },
  { id: 'datadog', name: 'DD_API_KEY', gen: (r) => r.chars(HEX, 32) },
  { id: 'shopify', name: 'SHOPIFY_ACCESS_TOKEN', gen: (r) => 'shpat_' + r.chars(HEX, 32) },
  {
    id: 'discord-bot-token',
    name: 'DISCORD_BOT_TOKEN',
    gen: (r) => `M${r.chars(ALNUM, 25)}.${r.chars(ALNUM, 6)}.${token(r, B64URL, 38)}`,
  },
  {
    id: 'discord-webhook',
    name: 'DISCORD_WEBHOOK_URL',
    gen: (r) => `https://discord.com/api/webhooks/${r.chars(DIGITS, 19)}/${token(r, B64URL, 68)}`,
  },
  { id: 'telegram-bot-token', name: 'TELEGRAM_BOT_TOKEN', gen: (r) => `${r.range(1, 9)}${r.chars(DIGITS, 9)}:AA${token(r, B64URL, 33)}` },
  { id: 'vault-token', name: 'VAULT_TOKEN', gen: (r) => 'hvs.CAESI' + token(r, B64URL, 91) },
  { id: 'docker-hub-pat', name: 'DOCKERHUB_TOKEN', gen: (r) => 'dckr_pat_' + token(r, B64URL, 27) },
  { id: 'terraform-cloud', name: 'TFE_TOKEN', gen: (r) => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(ALNUM, 67)}` },
  {
    id: 'azure-storage-connection-string',
    name: 'AZURE_STORAGE_CONNECTION_STRING',
    gen: (r) =>
      `DefaultEndpointsProtocol=https;AccountName=${r.chars(LOWER + DIGITS, 12)};AccountKey=${r.bytes(64).toString('base64')};EndpointSuffix=core.windows.net`,
  },
  {
    id: 'azure-sas-url',
    name: 'AZURE_BLOB_SAS_URL',
    gen: (r) =>
      `https://${r.chars(LOWER, 10)}.blob.core.windows.net/artifacts?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-03-01T00:00:00Z&st=2026-03-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.bytes(32).toString('base64'))}`,
  },
  {
    id: 'jwt',
    name: 'AUTH_TOKEN',
    gen: (r) =>
      `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ sub: uuid(r), iat: 1770000000 + r.int(1e7), scope: 'deploy' }))}.${b64url(r.bytes(32))}`,
  },
  {
    id: 'postgres-url',
    name: 'DATABASE_URL',
    gen: (r) => `postgres://svc_${r.chars(LOWER, 6)}:${r.chars(ALNUM, 20)}@db-${r.chars(LOWER, 5)}.internal.acme-corp.net:5432/orders`,
  },
  {
    id: 'mysql-url',
    name: 'MYSQL_URL',
    gen: (r) => `mysql://app_${r.chars(LOWER, 5)}:${r.chars(ALNUM, 18)}@mysql-${r.chars(LOWER, 4)}.prod.acme-corp.net:3306/billing`,
  },
  {
    id: 'mongodb-url',
    name: 'MONGODB_URI',
    gen: (r) => `mongodb+srv://etl_${r.chars(LOWER, 5)}:${r.chars(ALNUM, 22)}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/events`,
  },
  {
    id: 'url-basic-auth',
    name: 'ARTIFACT_REGISTRY_URL',
    gen: (r) => `https://ci-${r.chars(LOWER, 5)}:${r.chars(ALNUM, 24)}@artifacts.acme-corp.io/repository/npm-private/`,
  },
  {
    id: 'generic-password',
    name: 'DB_PASSWORD',
    gen: (r) => r.chars(ALNUM, 2) + r.chars(ALNUM + '!#%*+-.^~', 18) + r.chars(DIGITS, 2),
  },
  { id: 'generic-api-key', name: 'api_key', gen: (r) => r.chars(ALNUM, 32) },
  // Kinds secretlint's preset has dedicated rules for; they show where our breadth has gaps.
  { id: 'huggingface', name: 'HF_TOKEN', gen: (r) => 'hf_' + r.chars(UPPER + LOWER, 34) },
  { id: 'grafana-service-account', name: 'GRAFANA_TOKEN', gen: (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}` },
  { id: 'databricks', name: 'DATABRICKS_TOKEN', gen: (r) => 'dapi' + r.chars(HEX, 32) },
  { id: 'figma', name: 'FIGMA_TOKEN', gen: (r) => 'figd_' + token(r, B64URL, 40) },
  { id: 'tailscale', name: 'TS_AUTHKEY', gen: (r) => `tskey-auth-${r.chars(ALNUM, 12)}CNTRL-${r.chars(ALNUM, 33)}` },
  { id: 'groq', name: 'GROQ_API_KEY', gen: (r) => 'gsk_' + r.chars(ALNUM, 52) },
  { id: 'linear', name: 'LINEAR_API_KEY', gen: (r) => 'lin_api_' + r.chars(ALNUM, 40) },
  // Private keys: the whole block is the secret.
  {
    id: 'rsa-private-key',
    name: 'DEPLOY_KEY',
    gen: (r) => pem(r, 'RSA PRIVATE KEY', [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], r.range(1150, 1180)),
  },
  {
    id: 'pkcs8-private-key',
    name: 'TLS_KEY',
    gen: (r) => pem(r, 'PRIVATE KEY', [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a], r.range(1180, 1200)),
  },
  { id: 'ec-private-key', name: 'SIGNING_KEY', gen: (r) => pem(r, 'EC PRIVATE KEY', [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 112) },
  {
    id: 'openssh-private-key',
    name: 'SSH_PRIVATE_KEY',
    gen: (r) => {
      const body = Buffer.concat([
        Buffer.from('openssh-key-v1\0'),
        Buffer.from([0, 0, 0, 4]),
        Buffer.from('none'),
        r.bytes(r.range(380, 420)),
      ]);
      return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...wrap(body.toString('base64'), 70), '-----END OPENSSH PRIVATE KEY-----'];
    },
  },
  {
    id: 'pgp-private-key',
    name: 'GPG_PRIVATE_KEY',
    gen: (r) => [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      '',
      ...wrap(Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), r.bytes(r.range(700, 760))]).toString('base64'), 64),
      '=' + r.chars(B64, 4),
      '-----END PGP PRIVATE KEY BLOCK-----',
    ],
  },
];

/** Service-account JSON files are written whole (and the secret is the whole file). */
const GCP_SA_KIND = 'gcp-service-account-json';

interface Decoy {
  kind: string;
  name: string;
  gen: (r: Rng) => string;
}

const DECOYS: Decoy[] = [
  { kind: 'aws-example-key-id', name: 'AWS_ACCESS_KEY_ID', gen: () => 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'aws-example-secret', name: 'AWS_SECRET_ACCESS_KEY', gen: () => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { kind: 'uuid', name: 'REQUEST_ID', gen: (r) => uuid(r) },
  { kind: 'git-sha', name: 'GIT_COMMIT', gen: (r) => r.chars(HEX, 40) },
  { kind: 'sha256', name: 'ARTIFACT_SHA256', gen: (r) => r.chars(HEX, 64) },
  { kind: 'integrity-hash', name: 'integrity', gen: (r) => 'sha512-' + r.bytes(64).toString('base64') },
  { kind: 'env-reference', name: 'DB_PASSWORD', gen: () => '${DB_PASSWORD}' },
  { kind: 'actions-expression', name: 'GITHUB_TOKEN', gen: () => '${{ secrets.GITHUB_TOKEN }}' },
  { kind: 'placeholder', name: 'api_key', gen: () => '<your-api-key>' },
  { kind: 'placeholder-token', name: 'GITHUB_TOKEN', gen: () => 'ghp_' + 'x'.repeat(36) },
  { kind: 'localhost-db-url', name: 'DATABASE_URL', gen: () => 'postgres://postgres:postgres@localhost:5432/app_test' },
  { kind: 'empty-value', name: 'AWS_SECRET_ACCESS_KEY', gen: () => '' },
  {
    kind: 'data-uri',
    name: 'LOGO_DATA_URI',
    gen: (r) => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + r.bytes(180).toString('base64'),
  },
];

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function snake(name: string): string {
  return name.toLowerCase();
}

let clock = Date.UTC(2026, 2, 14, 9, 0, 0);
function timestamp(r: Rng): string {
  clock += r.int(900);
  return new Date(clock).toISOString();
}

const COMPONENTS = ['build', 'deploy', 'test', 'publish', 'setup-node', 'cache', 'docker', 'terraform', 'release', 'checkout'];

/** How one value is written in a file of `style` (one line, or a fragment for minified JS). */
function renderLine(r: Rng, style: Style, name: string, value: string): string {
  switch (style) {
    case 'ts':
    case 'js':
      return r.pick([
        `  const ${camel(name)} = '${value}';`,
        `export const ${name} = "${value}";`,
        `    ${camel(name)}: '${value}',`,
        `  process.env.${name} ??= '${value}';`,
      ]);
    case 'py':
      return r.pick([`${name} = "${value}"`, `    ${snake(name)} = '${value}'`, `os.environ.setdefault("${name}", "${value}")`]);
    case 'go':
      return r.pick([`\t${camel(name)} := "${value}"`, `\t${camel(name)} = "${value}"`, `\tos.Setenv("${name}", "${value}")`]);
    case 'log':
      return r.pick([
        `${timestamp(r)} [${r.pick(COMPONENTS)}] ${name}=${value}`,
        `+ export ${name}=${value}`,
        `${timestamp(r)} ##[debug]Evaluating: ${name} = '${value}'`,
        `  ${name}: ${value}`,
      ]);
    case 'json':
      return `      "${snake(name)}": "${value}",`;
    case 'yaml':
      return r.pick([`      ${name}: ${value}`, `      ${snake(name)}: "${value}"`]);
    case 'md':
      return r.pick([`    export ${name}=${value}`, `${name}=${value}`, `    ${snake(name)}: "${value}"`]);
    case 'min':
      return `${camel(name)}="${value}";`;
  }
}

function renderSecret(r: Rng, style: Style, kind: Kind): Snippet {
  const v = kind.gen(r);
  if (typeof v === 'string') return { lines: [renderLine(r, style, kind.name, v)], secrets: [{ kind: kind.id, value: v, at: 0, end: 0 }] };
  const value = v.join('\n');
  const one = (line: string): Snippet => ({ lines: [line], secrets: [{ kind: kind.id, value, at: 0, end: 0 }] });
  const block = (before: string[], body: string[], after: string[], at: number): Snippet => ({
    lines: [...before, ...body, ...after],
    secrets: [{ kind: kind.id, value, at, end: at + body.length - 1 }],
  });
  const escaped = v.join('\\n') + '\\n';
  switch (style) {
    case 'json':
      return one(`      "${snake(kind.name)}": "${escaped}",`);
    case 'min':
      return one(`${camel(kind.name)}="${escaped}";`);
    case 'yaml':
      return block(
        [`      ${snake(kind.name)}: |`],
        v.map((l) => `        ${l}`),
        [],
        1,
      );
    case 'py': {
      const body = [...v];
      body[0] = `${kind.name} = """${body[0]}`;
      body[body.length - 1] += '"""';
      return block([], body, [], 0);
    }
    case 'ts':
    case 'js':
    case 'go': {
      const body = [...v];
      body[0] = `const ${camel(kind.name)} = \`${body[0]}`;
      body[body.length - 1] += style === 'go' ? '`' : '`;';
      return block([], body, [], 0);
    }
    case 'log':
      return block([`${timestamp(r)} [deploy] + cat ~/.ssh/${snake(kind.name)}`], v, [], 1);
    case 'md':
      return block(['```text'], v, ['```'], 1);
  }
}

/** AWS keys usually travel as a pair: a credentials file, an env block, a config object. */
function renderAwsPair(r: Rng, style: Style): Snippet {
  const id = KINDS[0]!.gen(r) as string;
  const secret = KINDS[1]!.gen(r) as string;
  const lines =
    style === 'min'
      ? [`awsAccessKeyId="${id}";`, `awsSecretAccessKey="${secret}";`]
      : style === 'log' && r.chance(0.5)
        ? ['[default]', `aws_access_key_id = ${id}`, `aws_secret_access_key = ${secret}`]
        : [renderLine(r, style, 'AWS_ACCESS_KEY_ID', id), renderLine(r, style, 'AWS_SECRET_ACCESS_KEY', secret)];
  const off = lines.length - 2;
  return {
    lines,
    secrets: [
      { kind: 'aws-access-key-id', value: id, at: off, end: off },
      { kind: 'aws-secret-access-key', value: secret, at: off + 1, end: off + 1 },
    ],
  };
}

function gcpServiceAccount(r: Rng): { text: string; value: string } {
  const project = `acme-${r.pick(['prod', 'staging', 'ci'])}-${r.chars(DIGITS, 6)}`;
  const key = pem(r, 'PRIVATE KEY', [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a], 1190);
  const account = `deployer-${r.chars(LOWER, 4)}@${project}.iam.gserviceaccount.com`;
  const obj = {
    type: 'service_account',
    project_id: project,
    private_key_id: r.chars(HEX, 40),
    private_key: key.join('\n') + '\n',
    client_email: account,
    client_id: r.chars(DIGITS, 21),
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(account)}`,
    universe_domain: 'googleapis.com',
  };
  return { text: JSON.stringify(obj, null, 2) + '\n', value: obj.private_key };
}

// ---------------------------------------------------------------------------------------------
// Background text

const WORDS = (
  'build cache config deploy user request response client server handler session module package release artifact pipeline ' +
  'runner workflow job step output input stream buffer event queue worker store record metric trace span route policy scope ' +
  'tenant account region bucket object index schema table query result error retry timeout limit batch chunk entry manifest ' +
  'digest signature verify resolve parse render format encode decode compress upload download fetch sync merge commit branch ' +
  'tag version channel target source file path dir node edge graph plan apply state lock lease health probe ready live ' +
  'shutdown start stop token key cursor offset page filter order invoice customer payment refund ledger balance'
).split(' ');
const PKGS = [
  'react',
  'lodash',
  'express',
  'typescript',
  'webpack',
  'eslint',
  'jest',
  'axios',
  'zod',
  'yaml',
  'semver',
  'undici',
  'rollup',
];
const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];

function ident(r: Rng): string {
  return r.pick(WORDS) + r.pick(WORDS).replace(/^./, (c) => c.toUpperCase());
}

function sentence(r: Rng, n: number): string {
  let s = r.pick(WORDS);
  for (let i = 1; i < n; i++) s += ' ' + r.pick(WORDS);
  return s;
}

function srcPath(r: Rng): string {
  return `src/${r.pick(WORDS)}/${ident(r)}.ts`;
}

function tsLine(r: Rng, depth: number): string {
  const ind = '  '.repeat(depth);
  switch (r.int(10)) {
    case 0:
      return `import { ${ident(r)}, ${ident(r)} } from './${r.pick(WORDS)}/${ident(r)}.js';`;
    case 1:
      return `${ind}// ${sentence(r, r.range(4, 12))}`;
    case 2:
      return `export async function ${ident(r)}(${r.pick(WORDS)}: ${r.pick(['string', 'number', 'Buffer', 'Options'])}): Promise<void> {`;
    case 3:
      return `${ind}if (${ident(r)} === undefined) throw new Error('${sentence(r, 5)}');`;
    case 4:
      return `${ind}return ${ident(r)}.${r.pick(WORDS)}(${r.pick(WORDS)}, ${r.int(1000)});`;
    case 5:
      return '}';
    default:
      return `${ind}const ${ident(r)} = await ${ident(r)}.${r.pick(WORDS)}(${ident(r)}, { ${r.pick(WORDS)}: ${r.int(100)} });`;
  }
}

function pyLine(r: Rng): string {
  switch (r.int(8)) {
    case 0:
      return `from ${r.pick(WORDS)}.${r.pick(WORDS)} import ${ident(r)}`;
    case 1:
      return `def ${r.pick(WORDS)}_${r.pick(WORDS)}(self, ${r.pick(WORDS)}, ${r.pick(WORDS)}=None):`;
    case 2:
      return `    # ${sentence(r, r.range(4, 12))}`;
    case 3:
      return `        return self.${r.pick(WORDS)}(${r.pick(WORDS)}, limit=${r.int(500)})`;
    case 4:
      return `    if ${r.pick(WORDS)} is None:`;
    default:
      return `        ${r.pick(WORDS)}_${r.pick(WORDS)} = ${r.pick(WORDS)}.get("${r.pick(WORDS)}", ${r.int(100)})`;
  }
}

function goLine(r: Rng): string {
  switch (r.int(8)) {
    case 0:
      return `func (s *${ident(r).replace(/^./, (c) => c.toUpperCase())}) ${ident(r)}(ctx context.Context, ${r.pick(WORDS)} string) error {`;
    case 1:
      return `\t// ${sentence(r, r.range(4, 12))}`;
    case 2:
      return '\tif err != nil {';
    case 3:
      return `\t\treturn fmt.Errorf("${sentence(r, 4)}: %w", err)`;
    case 4:
      return '\t}';
    default:
      return `\t${ident(r)}, err := s.${r.pick(WORDS)}.${ident(r)}(ctx, ${r.int(1000)})`;
  }
}

function logLine(r: Rng): string {
  switch (r.int(12)) {
    case 0:
      return `${timestamp(r)} ##[group]Run ${r.pick(['npm ci', 'npm test', 'npm run build', 'docker build .', 'terraform plan', 'go test ./...'])}`;
    case 1:
      return `${timestamp(r)} npm warn deprecated ${r.pick(PKGS)}@${r.int(9)}.${r.int(20)}.${r.int(9)}: ${sentence(r, 6)}`;
    case 2:
      return `${timestamp(r)} [${r.int(400)}/${400 + r.int(400)}] Compiling ${srcPath(r)}`;
    case 3:
      return `${timestamp(r)}   ✓ ${sentence(r, r.range(3, 8))} (${r.int(900)} ms)`;
    case 4:
      return `${timestamp(r)} HEAD is now at ${r.chars(HEX, 7)} ${sentence(r, 5)}`;
    case 5:
      return `${timestamp(r)} #${r.int(30)} [${r.range(1, 9)}/12] RUN ${r.pick(['apt-get update', 'npm ci --omit=dev', 'pip install -r requirements.txt'])}`;
    default:
      return `${timestamp(r)} ${r.pick(LEVELS)} [${r.pick(COMPONENTS)}] ${sentence(r, r.range(4, 10))} (${r.pick(WORDS)}=${r.int(10000)}, took ${r.int(5000)}ms)`;
  }
}

function* jsonLines(r: Rng): Generator<string> {
  yield '{';
  yield `  "name": "${r.pick(WORDS)}-${r.pick(WORDS)}",`;
  yield '  "items": [';
  for (let i = 0; ; i++) {
    yield '    {';
    yield `      "id": ${i},`;
    yield `      "name": "${ident(r)}",`;
    yield `      "enabled": ${r.chance(0.5)},`;
    yield `      "path": "${srcPath(r)}",`;
    yield `      "weight": ${r.float().toFixed(4)},`;
    yield `      "tags": ["${r.pick(WORDS)}", "${r.pick(WORDS)}"]`;
    yield '    },';
  }
}

function* yamlLines(r: Rng): Generator<string> {
  yield 'services:';
  for (;;) {
    yield `  ${r.pick(WORDS)}-${r.pick(WORDS)}:`;
    yield `    image: ghcr.io/acme/${r.pick(WORDS)}:${r.int(9)}.${r.int(30)}.${r.int(9)}`;
    yield `    replicas: ${r.range(1, 6)}`;
    yield '    environment:';
    yield `      LOG_LEVEL: ${r.pick(['info', 'debug', 'warn'])}`;
    yield `      ${r.pick(WORDS).toUpperCase()}_${r.pick(WORDS).toUpperCase()}: "${r.pick(WORDS)}"`;
    yield `    command: ["node", "dist/${r.pick(WORDS)}.js", "--${r.pick(WORDS)}=${r.int(100)}"]`;
  }
}

function mdLine(r: Rng): string {
  switch (r.int(10)) {
    case 0:
      return `## ${sentence(r, r.range(2, 5))}`;
    case 1:
      return '';
    case 2:
      return `- ${sentence(r, r.range(5, 14))}`;
    case 3:
      return `    npm run ${r.pick(WORDS)} -- --${r.pick(WORDS)}=${r.int(10)}`;
    default:
      return `${sentence(r, r.range(12, 30))}.`;
  }
}

function minChunk(r: Rng): string {
  const a = r.chars(LOWER, 1);
  const b = r.chars(LOWER, 1);
  switch (r.int(5)) {
    case 0:
      return `function ${a}(${b},${a}1){return ${b}.${r.pick(WORDS)}(${a}1,${r.int(99)})}`;
    case 1:
      return `var ${a}${b}=n(${r.int(9999)}),${b}${a}=${a}${b}.${r.pick(WORDS)}||{};`;
    case 2:
      return `${a}.prototype.${r.pick(WORDS)}=function(){return this.${r.pick(WORDS)}&&this.${r.pick(WORDS)}.length>${r.int(64)}};`;
    case 3:
      return `if(!${a})throw new Error("${sentence(r, 4)}");`;
    default:
      return `${a}.exports={${r.pick(WORDS)}:"${r.pick(WORDS)}",${r.pick(WORDS)}:${r.int(1000)},${r.pick(WORDS)}:!0};`;
  }
}

// ---------------------------------------------------------------------------------------------
// The tree

interface FilePlan {
  path: string;
  style: Style;
  bytes: number;
  snippets: Snippet[];
  decoys: { kind: string; line: string }[];
}

const FILE_TYPES: { style: Style; share: number; min: number; max: number; dir: (r: Rng, i: number) => string }[] = [
  {
    style: 'log',
    share: 0.3,
    min: 256 * 1024,
    max: 6 * MB,
    dir: (r, i) => `logs/ci/run-${1000 + (i >> 3)}/${r.pick(COMPONENTS)}-${i}.log`,
  },
  { style: 'ts', share: 0.12, min: 2048, max: 60 * 1024, dir: (r, i) => `services/${r.pick(WORDS)}/src/${ident(r)}-${i}.ts` },
  { style: 'js', share: 0.03, min: 2048, max: 40 * 1024, dir: (r, i) => `scripts/${r.pick(WORDS)}-${i}.js` },
  { style: 'py', share: 0.06, min: 2048, max: 50 * 1024, dir: (r, i) => `tools/${r.pick(WORDS)}/${r.pick(WORDS)}_${i}.py` },
  { style: 'go', share: 0.04, min: 2048, max: 50 * 1024, dir: (r, i) => `cmd/${r.pick(WORDS)}/${r.pick(WORDS)}_${i}.go` },
  { style: 'min', share: 0.2, min: 200 * 1024, max: 3 * MB, dir: (r, i) => `dist/assets/${r.pick(WORDS)}-${r.chars(HEX, 8)}-${i}.min.js` },
  { style: 'json', share: 0.09, min: 4096, max: 400 * 1024, dir: (r, i) => `config/${r.pick(WORDS)}/${r.pick(WORDS)}-${i}.json` },
  { style: 'yaml', share: 0.06, min: 1024, max: 30 * 1024, dir: (r, i) => `deploy/${r.pick(WORDS)}/${r.pick(WORDS)}-${i}.yaml` },
  { style: 'md', share: 0.1, min: 2048, max: 40 * 1024, dir: (r, i) => `docs/${r.pick(WORDS)}/${r.pick(WORDS)}-${i}.md` },
];

function planTree(r: Rng, totalBytes: number): FilePlan[] {
  const files: FilePlan[] = [];
  for (const type of FILE_TYPES) {
    const budget = Math.round(totalBytes * type.share);
    for (let used = 0, i = 0; used < budget; i++) {
      const bytes = Math.min(r.logUniform(type.min, type.max), budget - used);
      files.push({ path: type.dir(r, i), style: type.style, bytes: Math.max(bytes, 256), snippets: [], decoys: [] });
      used += bytes;
    }
  }
  return files;
}

function generateBody(r: Rng, style: Style, bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  const push = (l: string): void => {
    lines.push(l);
    size += l.length + 1;
  };
  if (style === 'json' || style === 'yaml') {
    const gen = style === 'json' ? jsonLines(r) : yamlLines(r);
    while (size < bytes) push(gen.next().value as string);
    if (style === 'json') lines.push('    {}', '  ]', '}');
  } else if (style === 'min') {
    while (size < bytes) {
      const target = Math.min(r.logUniform(20 * 1024, 300 * 1024), bytes - size + 64);
      let line = '!function(e,t,n){"use strict";';
      while (line.length < target) line += minChunk(r);
      push(line + '}();');
    }
  } else {
    let depth = 1;
    while (size < bytes) {
      if (style === 'log') push(logLine(r));
      else if (style === 'py') push(pyLine(r));
      else if (style === 'go') push(goLine(r));
      else if (style === 'md') push(mdLine(r));
      else {
        depth = (depth % 3) + 1;
        push(tsLine(r, depth));
      }
    }
  }
  return lines;
}

/** Lines before which a snippet can go without breaking the file's structure. */
function insertable(style: Style, line: string): boolean {
  if (style === 'json') return line.startsWith('      "id"');
  if (style === 'yaml') return line.startsWith('      LOG_LEVEL');
  return true;
}

interface Tree {
  dir: string;
  bytes: number;
  files: number;
  planted: Planted[];
  decoys: { kind: string; file: string; line: number }[];
}

function buildTree(dir: string, totalBytes: number, seed: number): Tree {
  const r = new Rng(seed);
  const files = planTree(r, totalBytes);
  const nSecrets = Math.max(KINDS.length * 4, Math.round((totalBytes / MB) * 2.5));
  const planted: Planted[] = [];
  const decoys: Tree['decoys'] = [];
  let bytes = 0;
  let count = 0;
  const write = (rel: string, text: string): void => {
    const abs = join(dir, ...rel.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
    count++;
  };

  // Assign secrets (round-robin over kinds, AWS ids and keys as pairs) and decoys to files.
  const pairs = KINDS.filter((k) => k.id !== 'aws-access-key-id' && k.id !== 'aws-secret-access-key');
  const slots = [...pairs.map((k) => k.id), 'aws-pair', GCP_SA_KIND];
  for (let i = 0; i < nSecrets; i++) {
    const slot = slots[i % slots.length]!;
    if (slot === GCP_SA_KIND) {
      const { text, value } = gcpServiceAccount(r);
      const rel = `config/gcp/${r.pick(['ci', 'deploy', 'release'])}-sa-${i}.json`;
      write(rel, text);
      planted.push({ kind: GCP_SA_KIND, file: rel, line: 1, endLine: text.split('\n').length - 1, value });
      continue;
    }
    const file = r.pick(files);
    file.snippets.push(
      slot === 'aws-pair'
        ? renderAwsPair(r, file.style)
        : renderSecret(
            r,
            file.style,
            KINDS.find((k) => k.id === slot)!,
          ),
    );
  }
  for (let i = 0; i < nSecrets; i++) {
    const d = DECOYS[i % DECOYS.length]!;
    const file = r.pick(files);
    file.decoys.push({ kind: d.kind, line: renderLine(r, file.style, d.name, d.gen(r)) });
  }

  let lastReport = 0;
  for (const file of files) {
    const body = generateBody(r, file.style, file.bytes);
    // Decoys and snippets go before distinct insertable lines (never sharing a line).
    const candidates: number[] = [];
    for (let i = 0; i < body.length; i++) if (insertable(file.style, body[i]!)) candidates.push(i);
    const inserts = new Map<number, { snippet?: Snippet; decoy?: { kind: string; line: string } }[]>();
    const items: { snippet?: Snippet; decoy?: { kind: string; line: string } }[] = [
      ...file.snippets.map((snippet) => ({ snippet })),
      ...file.decoys.map((decoy) => ({ decoy })),
    ];
    for (const item of items) {
      const at = candidates.length > 0 ? candidates[r.int(candidates.length)]! : body.length;
      inserts.set(at, [...(inserts.get(at) ?? []), item]);
    }
    const out: string[] = [];
    const placeInline = file.style === 'min';
    for (let i = 0; i <= body.length; i++) {
      for (const item of inserts.get(i) ?? []) {
        if (item.decoy) {
          decoys.push({ kind: item.decoy.kind, file: file.path, line: out.length + 1 });
          out.push(placeInline ? `!function(){var ${item.decoy.line}}();` : item.decoy.line);
        } else if (item.snippet) {
          const first = out.length + 1;
          for (const s of item.snippet.secrets)
            planted.push({ kind: s.kind, file: file.path, line: first + s.at, endLine: first + s.end, value: s.value });
          // In a bundle each fragment gets a long line of its own, as minifiers emit them.
          if (placeInline) for (const l of item.snippet.lines) out.push(`${minChunk(r)}var ${l}${minChunk(r)}`);
          else out.push(...item.snippet.lines);
        }
      }
      if (i < body.length) out.push(body[i]!);
    }
    write(file.path, out.join('\n') + '\n');
    if (bytes - lastReport >= totalBytes / 5) {
      lastReport = bytes;
      console.log(`  generating: ${(bytes / MB).toFixed(0)} / ${(totalBytes / MB).toFixed(0)} MB`);
    }
  }
  return { dir, bytes, files: count, planted, decoys };
}

// ---------------------------------------------------------------------------------------------
// Running the scanners

interface Finding {
  file: string;
  line: number;
  rule: string;
}

interface Run {
  ms: number;
  findings: Finding[];
  note?: string;
}

async function timed(
  label: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  const t = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  const ticker = setInterval(() => {
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(`    ${label}: still running, ${s.toFixed(0)} s`);
  }, 20_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearInterval(ticker);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}

/** Tree-relative, `/`-separated path of a file a scanner reported (absolute or relative to `base`). */
function treePath(tree: string, base: string, file: string): string {
  return relative(tree, isAbsolute(file) ? file : resolve(base, file))
    .split(sep)
    .join('/');
}

/** The runner's environment for a step: action.yml defaults as INPUT_*, file commands in `job`. */
function runnerEnv(job: string, workspace: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const action = parseYaml(readFileSync(join(root, 'actions/mask-logs/action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'] ?? job,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(job, 'temp'),
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
  };
  mkdirSync(join(job, 'temp'), { recursive: true });
  for (const f of ['output', 'env', 'state', 'summary']) {
    const path = join(job, f);
    writeFileSync(path, '');
    env[f === 'summary' ? 'GITHUB_STEP_SUMMARY' : `GITHUB_${f.toUpperCase()}`] = path;
  }
  const all = { ...Object.fromEntries(Object.entries(action.inputs ?? {}).map(([k, v]) => [k, String(v.default ?? '')])), ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

async function runGatehouse(tree: Tree, workspace: string, job: string): Promise<Run> {
  // The report goes inside the workspace (the action refuses paths outside it), next to the tree.
  const reportFile = join(workspace, 'reports', 'gatehouse-leak-report.json');
  const env = runnerEnv(job, workspace, {
    scan: relative(workspace, tree.dir).split(sep).join('/'),
    'fail-on-findings': 'false',
    'report-file': reportFile,
    'max-file-size': String(64 * MB),
  });
  const r = await timed('gatehouse', [process.execPath, join(root, 'dist/mask-logs/index.js')], { cwd: workspace, env });
  if (r.code !== 0) throw new Error(`gatehouse mask-logs exited ${r.code}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { schema?: string; findings?: Finding[] };
  if (report.schema !== 'gatehouse.leak-report/v1' || !Array.isArray(report.findings))
    throw new Error(`unexpected report in ${reportFile}: schema ${String(report.schema)}`);
  return {
    ms: r.ms,
    findings: report.findings.map((f) => ({ file: treePath(tree.dir, workspace, f.file), line: f.line, rule: f.rule })),
  };
}

async function runSecretlint(tree: Tree, job: string): Promise<Run> {
  const rc = join(job, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const out = join(job, 'secretlint.json');
  const argv = [
    process.execPath,
    join(root, 'node_modules/secretlint/bin/secretlint.js'),
    `${tree.dir}/**/*`,
    '--secretlintrc',
    rc,
    '--format=json',
    `--output=${out}`,
    '--no-color',
    '--no-terminalLink',
  ];
  const r = await timed('secretlint', argv, { cwd: job, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
  if (r.code !== 0) throw new Error(`secretlint exited ${r.code}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const results = JSON.parse(readFileSync(out, 'utf8')) as {
    filePath: string;
    messages: { ruleId: string; loc: { start: { line: number } } }[];
  }[];
  const findings: Finding[] = [];
  for (const res of results)
    for (const m of res.messages) findings.push({ file: treePath(tree.dir, job, res.filePath), line: m.loc.start.line, rule: m.ruleId });
  return { ms: r.ms, findings };
}

async function runGitleaks(tree: Tree, job: string): Promise<Run | undefined> {
  const probe = spawnSync('gitleaks', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  const out = join(job, 'gitleaks.json');
  const common = ['--report-format', 'json', '--report-path', out, '--no-banner', '--exit-code', '0'];
  let r = await timed('gitleaks', ['gitleaks', 'dir', tree.dir, ...common], { cwd: job, env: process.env });
  if (r.code !== 0)
    r = await timed('gitleaks', ['gitleaks', 'detect', '--no-git', '--source', tree.dir, ...common], { cwd: job, env: process.env });
  if (r.code !== 0) return undefined;
  const results = JSON.parse(readFileSync(out, 'utf8')) as { File: string; StartLine: number; RuleID: string }[];
  return {
    ms: r.ms,
    findings: results.map((f) => ({ file: treePath(tree.dir, job, f.File), line: f.StartLine, rule: f.RuleID })),
    note: probe.stdout.trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching and the printout

interface Score {
  found: boolean[];
  decoysFlagged: number;
  decoyKinds: Map<string, number>;
  unexplained: Map<string, number>;
}

function score(tree: Tree, run: Run): Score {
  const byFile = new Map<string, Finding[]>();
  for (const f of run.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const explained = new Set<Finding>();
  const found = tree.planted.map((p) => {
    const hits = (byFile.get(p.file) ?? []).filter((f) => f.line >= p.line && f.line <= p.endLine);
    for (const h of hits) explained.add(h);
    return hits.length > 0;
  });
  let decoysFlagged = 0;
  const decoyKinds = new Map<string, number>();
  for (const d of tree.decoys) {
    const hits = (byFile.get(d.file) ?? []).filter((f) => f.line === d.line);
    for (const h of hits) explained.add(h);
    if (hits.length > 0) {
      decoysFlagged++;
      decoyKinds.set(d.kind, (decoyKinds.get(d.kind) ?? 0) + 1);
    }
  }
  const unexplained = new Map<string, number>();
  for (const f of run.findings) if (!explained.has(f)) unexplained.set(f.rule, (unexplained.get(f.rule) ?? 0) + 1);
  return { found, decoysFlagged, decoyKinds, unexplained };
}

function secretlintVersion(): string {
  const v = (p: string): string =>
    (JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;
  return `secretlint ${v('secretlint')}, preset-recommend ${v('@secretlint/secretlint-rule-preset-recommend')}`;
}

export async function leakScan(): Promise<void> {
  // The scan code is a chunk that the bundle loads only when `scan` is set: look in every file.
  const dist = join(root, 'dist/mask-logs');
  let bundle = '';
  try {
    for (const f of readdirSync(dist)) if (f.endsWith('.js')) bundle += readFileSync(join(dist, f), 'utf8');
  } catch {
    // no dist: handled below
  }
  if (!bundle.includes('gatehouse.leak-report/v1'))
    throw new Error(
      `leak-scan benchmark: ${relative(root, dist)}/ has no leak scanning (no "gatehouse.leak-report/v1" in the bundle). ` +
        'Build it with `npm run bundle` once the `scan` input of mask-logs exists.',
    );

  const totalMB = Number(process.env['BENCH_LEAK_MB'] ?? 200);
  const seed = Number(process.env['BENCH_LEAK_SEED'] ?? 1);
  const job = mkdtempSync(join(tmpdir(), 'gatehouse-leak-'));
  const workspace = join(job, 'workspace');
  const treeDir = join(workspace, 'tree');
  mkdirSync(treeDir, { recursive: true });

  try {
    console.log(`\nLeak scan: generating ${totalMB} MB of text under ${treeDir} (seed ${seed})`);
    let t = process.hrtime.bigint();
    const tree = buildTree(treeDir, totalMB * MB, seed);
    const genSec = Number(process.hrtime.bigint() - t) / 1e9;
    writeFileSync(join(job, 'manifest.json'), JSON.stringify({ planted: tree.planted, decoys: tree.decoys }, null, 1));
    const kinds = [...new Set(tree.planted.map((p) => p.kind))];
    const mb = tree.bytes / MB;
    console.log(
      `  ${mb.toFixed(1)} MB in ${tree.files} files, generated in ${genSec.toFixed(1)} s; ${tree.planted.length} planted secrets of ${kinds.length} kinds, ${tree.decoys.length} decoys`,
    );

    t = process.hrtime.bigint();
    console.log('  scanning with gatehouse mask-logs (dist bundle)...');
    const ours = await runGatehouse(tree, workspace, join(job, 'gatehouse'));
    console.log(`  scanning with ${secretlintVersion()}...`);
    const theirs = await runSecretlint(tree, job);
    const gitleaks = await runGitleaks(tree, job);

    const tools: { name: string; run: Run; score: Score }[] = [
      { name: 'gatehouse', run: ours, score: score(tree, ours) },
      { name: 'secretlint', run: theirs, score: score(tree, theirs) },
    ];
    if (gitleaks) tools.push({ name: 'gitleaks', run: gitleaks, score: score(tree, gitleaks) });

    const mbs = (run: Run): number => mb / (run.ms / 1000);
    const pad = (s: string | number, n: number): string => String(s).padStart(n);
    console.log(
      `\nLeak scan: ${mb.toFixed(1)} MB, ${tree.files} files, ${tree.planted.length} planted secrets (${kinds.length} kinds), ${tree.decoys.length} decoys`,
    );
    for (const tool of tools) {
      const found = tool.score.found.filter(Boolean).length;
      console.log(
        `  ${tool.name.padEnd(11)} ${pad((tool.run.ms / 1000).toFixed(1), 7)} s ${pad(mbs(tool.run).toFixed(1), 7)} MB/s   planted found ${pad(found, 4)}/${tree.planted.length}` +
          `   decoys flagged ${tool.score.decoysFlagged}/${tree.decoys.length}   other findings ${[...tool.score.unexplained.values()].reduce((a, b) => a + b, 0)}`,
      );
    }
    if (gitleaks?.note) console.log(`  (gitleaks ${gitleaks.note})`);
    const ratio = mbs(ours) / mbs(theirs);
    console.log(`  throughput ratio gatehouse / secretlint: ${ratio.toFixed(2)}x  (target >= 3x)`);

    // Per kind.
    const perKind = new Map<string, { planted: number; found: number[] }>();
    tree.planted.forEach((p, i) => {
      const k = perKind.get(p.kind) ?? { planted: 0, found: tools.map(() => 0) };
      k.planted++;
      tools.forEach((tool, j) => {
        if (tool.score.found[i]) k.found[j]!++;
      });
      perKind.set(p.kind, k);
    });
    console.log(`\n  ${'kind'.padEnd(34)}${pad('planted', 8)}${tools.map((tool) => pad(tool.name, 12)).join('')}`);
    for (const [kind, k] of [...perKind].sort((a, b) => a[0].localeCompare(b[0])))
      console.log(`  ${kind.padEnd(34)}${pad(k.planted, 8)}${k.found.map((n) => pad(n, 12)).join('')}`);

    const supported = (j: number): Set<string> => new Set([...perKind].filter(([, k]) => k.found[j]! > 0).map(([kind]) => kind));
    const oursKinds = supported(0);
    const theirKinds = supported(1);
    const onlyOurs = [...oursKinds].filter((k) => !theirKinds.has(k));
    const onlyTheirs = [...theirKinds].filter((k) => !oursKinds.has(k));
    const neither = [...perKind.keys()].filter((k) => !oursKinds.has(k) && !theirKinds.has(k));
    console.log(`\n  kinds detected: gatehouse ${oursKinds.size}, secretlint ${theirKinds.size} (of ${perKind.size})`);
    console.log(`  kinds found only by gatehouse (${onlyOurs.length}): ${onlyOurs.join(', ') || '-'}`);
    console.log(`  kinds found only by secretlint (${onlyTheirs.length}): ${onlyTheirs.join(', ') || '-'}`);
    console.log(`  kinds found by neither (${neither.length}): ${neither.join(', ') || '-'}`);
    for (const tool of tools) {
      const decoyKinds = [...tool.score.decoyKinds].sort((a, b) => b[1] - a[1]);
      if (decoyKinds.length > 0)
        console.log(`  ${tool.name} decoys flagged, by kind: ${decoyKinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
      const other = [...tool.score.unexplained].sort((a, b) => b[1] - a[1]);
      if (other.length > 0)
        console.log(`  ${tool.name} findings on no planted/decoy line, by rule: ${other.map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
    }

    // The planted line with the secret replaced by ***, so a miss shows the form that was missed.
    const shown = (p: Planted): string => {
      const line = readFileSync(join(tree.dir, ...p.file.split('/')), 'utf8').split('\n')[p.line - 1] ?? '';
      return line.replace(p.value.split('\n')[0]!, '***').trim().slice(0, 100);
    };
    const missed = tree.planted.map((p, i) => ({ p, i })).filter(({ p, i }) => theirKinds.has(p.kind) && !tools[0]!.score.found[i]);
    const theirMisses = tree.planted.filter((p, i) => oursKinds.has(p.kind) && theirKinds.has(p.kind) && !tools[1]!.score.found[i]).length;
    console.log(`  secretlint missed ${theirMisses} planted secrets of kinds both detect`);
    if (missed.length === 0) {
      console.log('  gatehouse missed 0 planted secrets of the kinds secretlint detects');
    } else {
      const alsoTheirs = missed.filter(({ i }) => tools[1]!.score.found[i]).length;
      const bar = '!'.repeat(100);
      console.log(
        `\n${bar}\n!!! GATEHOUSE MISSED ${missed.length} PLANTED SECRETS OF KINDS SECRETLINT DETECTS (secretlint found ${alsoTheirs} of them)\n${bar}`,
      );
      for (const { p, i } of missed.slice(0, 40))
        console.log(
          `!!!   ${p.kind.padEnd(34)} ${p.file}:${p.line}  secretlint ${tools[1]!.score.found[i] ? 'FOUND it' : 'missed it too'}: ${shown(p)}`,
        );
      if (missed.length > 40) console.log(`!!!   ... and ${missed.length - 40} more (manifest: ${join(job, 'manifest.json')})`);
      console.log(bar);
      process.exitCode = 1;
    }
    // Every other planted secret Gatehouse missed (kinds secretlint does not detect at all).
    const otherMissed = tree.planted.filter((p, i) => !theirKinds.has(p.kind) && !tools[0]!.score.found[i]);
    if (otherMissed.length > 0) {
      console.log(`  gatehouse also missed ${otherMissed.length} planted secrets of kinds only it detects:`);
      for (const p of otherMissed.slice(0, 20)) console.log(`    ${p.kind.padEnd(34)} ${p.file}:${p.line}: ${shown(p)}`);
    }
    if (process.env['BENCH_LEAK_KEEP']) console.log(`  kept: ${job} (manifest.json, reports)`);
  } finally {
    if (!process.env['BENCH_LEAK_KEEP']) rmSync(job, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await leakScan();
