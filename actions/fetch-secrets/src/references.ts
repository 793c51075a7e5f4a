// The `secrets` input: one reference per line, `NAME[?]=<provider>:<locator>[#<field>]`. Parsed
// completely before anything touches the network, so a typo fails with its line number and the
// expected form instead of a provider's 404 half-way through the step.
//
//   DB_PASSWORD=vault:secret/data/app#password          KV v2 (KV v1: vault:kv/app#password)
//   API_KEY?=aws-sm:prod/api#key                        `?`: optional, skipped when missing
//   SA_KEY=gcp-sm:projects/p/secrets/sa/versions/3
//   TLS_CERT=azure-kv:my-vault/tls-cert
//   SIGNING_KEY=sops:deploy/secrets.enc.yaml#signing.key
//
// Blank lines and lines starting with `#` are ignored, as is ` # comment` after a reference.

import { GatehouseError } from '@gatehouse/core/errors';
import { checkName } from './names.js';
import { PROVIDERS, type Locator, type ProviderName } from './providers/types.js';

export interface SecretRef {
  /** Output (and env) name, as written. */
  name: string;
  optional: boolean;
  provider: ProviderName;
  locator: Locator;
  /** `<provider>:<locator>`: the identity of the read; references with the same key share one read. */
  readKey: string;
  /** The field path after `#`, as written (`db.password`); undefined for the whole value. */
  field: string | undefined;
  /** `<provider>:<locator>[#<field>]`, for logs, the summary and the audit log (never a value). */
  text: string;
  /** 1-based line in the `secrets` input. */
  line: number;
}

const FORM = 'NAME=<provider>:<locator>[#field] (providers: vault, aws-sm, gcp-sm, azure-kv, sops)';
const LINE = /^([A-Za-z_][A-Za-z0-9_]*)(\?)?\s*=\s*([a-z][a-z0-9-]*):(.*)$/;

export function parseReferences(input: string): SecretRef[] {
  const refs: SecretRef[] = [];
  const seen = new Map<string, number>();
  input.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const ref = parseLine(text, line);
    const upper = ref.name.toUpperCase();
    const earlier = seen.get(upper);
    if (earlier !== undefined) {
      // Outputs and (on Windows) environment variables are case-insensitive: FOO and foo collide.
      throw refError(line, `${ref.name} is already defined on line ${earlier}`, 'Give every secret its own name.');
    }
    seen.set(upper, line);
    refs.push(ref);
  });
  if (refs.length === 0) {
    throw new GatehouseError('INPUT_MISSING', "Input 'secrets' has no references.", {
      fix: `Add one reference per line: ${FORM}.`,
    });
  }
  return refs;
}

function parseLine(raw: string, line: number): SecretRef {
  // ` # ...` after whitespace is a comment; `#field` right after the locator is not.
  const text = raw.replace(/\s+#.*$/, '');
  const match = LINE.exec(text);
  if (!match) {
    const name = /^([^=?\s]*)/.exec(text)?.[1] ?? '';
    if (name && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && text.includes('=')) {
      throw refError(
        line,
        `'${clip(name)}' is not a valid name`,
        'Use letters, digits and underscores, not starting with a digit (e.g. DB_PASSWORD).',
      );
    }
    throw refError(line, 'is not a secret reference', `Write ${FORM}.`);
  }
  const [, name, optional, provider, rest] = match as unknown as [string, string, string | undefined, string, string];
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    throw refError(line, `'${clip(provider)}' is not a provider`, `Use one of ${PROVIDERS.join(', ')}: ${FORM}.`);
  }
  checkName(name, `Input 'secrets' line ${line}`);
  const hash = rest.indexOf('#');
  const locatorText = (hash < 0 ? rest : rest.slice(0, hash)).trim();
  const field = hash < 0 ? undefined : rest.slice(hash + 1).trim();
  if (field !== undefined) checkField(field, line);
  const locator = parseLocator(provider as ProviderName, locatorText, line);
  if (provider === 'sops' && field === undefined) {
    throw refError(
      line,
      'names a SOPS file without a key',
      'Add the key path to read: sops:<file>#<key.path>, e.g. sops:secrets.enc.yaml#db.password.',
    );
  }
  const readKey = `${provider}:${locatorText}`;
  return {
    name,
    optional: optional === '?',
    provider: provider as ProviderName,
    locator,
    readKey,
    field,
    text: field === undefined ? readKey : `${readKey}#${field}`,
    line,
  };
}

function checkField(field: string, line: number): void {
  if (field === '' || /\s/.test(field) || field.split('.').some((part) => part === '')) {
    throw refError(line, `has an empty field ('#${clip(field)}')`, 'Write the key after #, with dots between levels: #db.password.');
  }
}

// ---- locators --------------------------------------------------------------------------------

function parseLocator(provider: ProviderName, text: string, line: number): Locator {
  if (text === '') throw refError(line, `has nothing after '${provider}:'`, `Write ${example(provider)}.`);
  switch (provider) {
    case 'vault':
      return vaultLocator(text, line);
    case 'aws-sm':
      return awsLocator(text, line);
    case 'gcp-sm':
      return gcpLocator(text, line);
    case 'azure-kv':
      return azureLocator(text, line);
    case 'sops':
      return sopsLocator(text, line);
  }
}

function example(provider: ProviderName): string {
  return {
    vault: 'vault:<mount>/data/<path>#<key> (KV v2) or vault:<mount>/<path>#<key> (KV v1)',
    'aws-sm': 'aws-sm:<secret name or ARN>[#<key>]',
    'gcp-sm': 'gcp-sm:projects/<project>/secrets/<secret>[/versions/<version>][#<key>]',
    'azure-kv': 'azure-kv:<vault name>/<secret name>[/<version>][#<key>]',
    sops: 'sops:<file in the repository>#<key.path>',
  }[provider];
}

const VAULT_SEGMENT = /^[A-Za-z0-9_.@+=:,~-]+$/;

function vaultLocator(text: string, line: number): Locator {
  const [path = '', query] = text.split('?', 2) as [string, string | undefined];
  const bad = (problem: string): GatehouseError => refError(line, problem, `Write ${example('vault')}, without /v1/ or a leading slash.`);
  if (path.startsWith('/')) throw bad(`has a Vault path starting with '/' ('${clip(path)}')`);
  if (path.startsWith('v1/')) throw bad(`has a Vault path starting with 'v1/' ('${clip(path)}'); Gatehouse adds /v1/ itself`);
  const segments = path.split('/');
  if (segments.length < 2 || segments.some((s) => s === '' || s === '.' || s === '..' || !VAULT_SEGMENT.test(s))) {
    throw bad(`has an invalid Vault path ('${clip(path)}')`);
  }
  if (query === undefined) return { provider: 'vault', path };
  const version = /^version=([1-9]\d{0,9})$/.exec(query);
  if (!version) throw refError(line, `has an unsupported query ('?${clip(query)}')`, 'Only ?version=<N> is supported, for KV v2 secrets.');
  return { provider: 'vault', path, version: Number(version[1]) };
}

const AWS_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const AWS_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

function awsLocator(text: string, line: number): Locator {
  if (text.startsWith('arn:')) {
    const arn = AWS_ARN.exec(text);
    if (!arn)
      throw refError(
        line,
        `has an invalid Secrets Manager ARN ('${clip(text)}')`,
        'Use arn:aws:secretsmanager:<region>:<account>:secret:<name>, or the secret name.',
      );
    return { provider: 'aws-sm', secretId: text, region: arn[1] };
  }
  if (!AWS_NAME.test(text)) {
    throw refError(
      line,
      `has an invalid Secrets Manager secret name ('${clip(text)}')`,
      'Names use letters, digits and /_+=.@- (at most 512 characters).',
    );
  }
  return { provider: 'aws-sm', secretId: text };
}

const GCP =
  /^projects\/([A-Za-z0-9.:-]+)\/(?:locations\/([a-z0-9-]+)\/)?secrets\/([A-Za-z0-9_-]{1,255})(?:\/versions\/(latest|[1-9]\d*))?$/;

function gcpLocator(text: string, line: number): Locator {
  const match = GCP.exec(text);
  if (!match)
    throw refError(
      line,
      `has an invalid Secret Manager name ('${clip(text)}')`,
      `Write ${example('gcp-sm')}; regional secrets use projects/<p>/locations/<l>/secrets/<s>.`,
    );
  const [, project, location, secret, version] = match as unknown as [string, string, string | undefined, string, string | undefined];
  return { provider: 'gcp-sm', project, location, secret, version: version ?? 'latest' };
}

const AZURE_VAULT = /^(?:[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]|[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9](?:\.[a-z0-9-]+)+)$/;
const AZURE_NAME = /^[0-9A-Za-z-]{1,127}$/;
const AZURE_VERSION = /^[0-9A-Za-z]{1,64}$/;

function azureLocator(text: string, line: number): Locator {
  const [vault = '', secret = '', version, ...extra] = text.split('/');
  const fix = `Write ${example('azure-kv')}.`;
  if (extra.length > 0 || !secret) throw refError(line, `has an invalid Key Vault reference ('${clip(text)}')`, fix);
  if (!AZURE_VAULT.test(vault)) {
    throw refError(
      line,
      `has an invalid Key Vault name ('${clip(vault)}')`,
      'Vault names are 3-24 letters, digits and hyphens (or a full host name such as v.vault.azure.net).',
    );
  }
  if (!AZURE_NAME.test(secret)) {
    throw refError(line, `has an invalid Key Vault secret name ('${clip(secret)}')`, 'Secret names are 1-127 letters, digits and hyphens.');
  }
  if (version !== undefined && !AZURE_VERSION.test(version)) {
    throw refError(
      line,
      `has an invalid Key Vault secret version ('${clip(version)}')`,
      'Versions are the 32-character id from the secret identifier.',
    );
  }
  return version === undefined ? { provider: 'azure-kv', vault, secret } : { provider: 'azure-kv', vault, secret, version };
}

function sopsLocator(text: string, line: number): Locator {
  if (text.includes('\0') || text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text) || text.split(/[\\/]/).includes('..')) {
    throw refError(line, `names a SOPS file outside the repository ('${clip(text)}')`, 'Use a path relative to the workspace, without ..');
  }
  return { provider: 'sops', file: text };
}

function refError(line: number, problem: string, fix: string): GatehouseError {
  return new GatehouseError('INPUT_INVALID', `Input 'secrets' line ${line} ${problem}.`, { fix });
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
