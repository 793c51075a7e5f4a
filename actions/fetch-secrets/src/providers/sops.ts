// The SOPS provider: decrypts sops-encrypted YAML, JSON and dotenv files from the workspace with
// age identities, in process (no sops or age binary on the runner). It checks everything sops
// checks: each value's AES-256-GCM tag with its key path as AAD (so values cannot be edited or
// moved), and the file MAC over all values in document order (so values cannot be dropped,
// reordered or swapped for plaintext). The whole decrypted document is returned; the caller
// selects `#field`, masks and exports. The data key never leaves this module and nothing here
// logs a value.

import { createDecipheriv, createHash, timingSafeEqual, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { GatehouseError, inputError, quote } from '@gatehouse/core/errors';
import { resolveInWorkspace } from '@gatehouse/core/inputs';
import { parseStrictYaml, type YamlModule } from '@gatehouse/core/yaml';
import { AgeError, decryptAge, parseIdentities, type AgeIdentity } from './age.js';
import { failAll, failed } from './failure.js';
import type {
  FailureKind,
  FetchAll,
  ProviderContext,
  ProviderSettings,
  ReadFailure,
  ReadOutcome,
  SopsLocator,
  SopsSettings,
} from './types.js';
import { settle } from './settle.js';

const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_KEY_FILE_BYTES = 1024 * 1024;
const INPUT = 'sops-age-key';
const KEY_FIX = `Add 'sops-age-key: \${{ secrets.SOPS_AGE_KEY }}' under 'with:' and store the AGE-SECRET-KEY-1... line from age-keygen in that secret.`;
const IDENTITY_FIX = 'Store the whole AGE-SECRET-KEY-1... line that age-keygen printed (one identity per line, # comments allowed).';
const TAMPER_FIX = 'Restore the file from version control, or re-encrypt it with sops; do not edit encrypted files by hand.';
// Written first into the MAC when mac_only_encrypted is set: sha256("sops"), as sops does.
const MAC_ONLY_ENCRYPTED_INIT = createHash('sha256').update('sops').digest();
const ENC_VALUE = /^ENC\[AES256_GCM,data:([A-Za-z0-9+/=]*),iv:([A-Za-z0-9+/=]+),tag:([A-Za-z0-9+/=]+),type:([a-z0-9]+)\]$/;

// ---------------------------------------------------------------------------------------------
// Identities

interface KeySource {
  /** How the source is named in messages: the input, or the environment variable. */
  label: string;
  text: string;
}

interface Keys {
  identities: AgeIdentity[];
  label: string;
}

/**
 * Where the age identities come from: the `sops-age-key` input; without it, what sops itself
 * reads (SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, both when both are set).
 */
function keySources(settings: SopsSettings, env: NodeJS.ProcessEnv): KeySource[] {
  if (settings.ageKey.trim() !== '') return [{ label: `input '${INPUT}'`, text: settings.ageKey }];
  const sources: KeySource[] = [];
  const envKey = env['SOPS_AGE_KEY'];
  if (envKey && envKey.trim() !== '') sources.push({ label: 'SOPS_AGE_KEY', text: envKey });
  const keyFile = env['SOPS_AGE_KEY_FILE'];
  if (keyFile && keyFile.trim() !== '') sources.push({ label: `SOPS_AGE_KEY_FILE (${keyFile})`, text: readKeyFile(keyFile) });
  return sources;
}

function readKeyFile(path: string): string {
  const fix = 'Point SOPS_AGE_KEY_FILE at a readable age key file, or pass the identity with the sops-age-key input.';
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new GatehouseError('INPUT_INVALID', `SOPS_AGE_KEY_FILE points to ${quote(path)}, which cannot be read (${code}).`, { fix });
  }
  if (bytes.length > MAX_KEY_FILE_BYTES)
    throw new GatehouseError('INPUT_INVALID', `SOPS_AGE_KEY_FILE ${quote(path)} is larger than 1 MiB.`, { fix });
  return bytes.toString('utf8');
}

function loadKeys(settings: SopsSettings, env: NodeJS.ProcessEnv): Keys & { sources: KeySource[] } {
  const sources = keySources(settings, env);
  if (sources.length === 0) throw inputError(INPUT, 'is required for sops: references but is empty, and SOPS_AGE_KEY is not set', KEY_FIX);
  const identities: AgeIdentity[] = [];
  for (const source of sources) {
    try {
      identities.push(...parseIdentities(source.text, source.label));
    } catch (err) {
      if (!(err instanceof AgeError)) throw err;
      // The AgeError names the line, never its content.
      throw new GatehouseError('INPUT_INVALID', `${capitalize(err.message)}.`, { fix: IDENTITY_FIX });
    }
  }
  return { identities, sources, label: sources.map((s) => s.label.replace(/ \(.*\)$/, '')).join(' and ') };
}

/** Validate the identities sops: references will use, without printing them. */
export function checkSettings(settings: ProviderSettings, env: NodeJS.ProcessEnv): void {
  loadKeys(settings.sops, env);
}

// ---------------------------------------------------------------------------------------------
// Provider entry point

/** A per-read failure raised anywhere below and turned into an outcome at the top. */
class Fail extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
  }
}

function fail(kind: FailureKind, message: string, fix: string): never {
  throw new Fail({ kind, message, fix });
}

export const fetchAll: FetchAll<SopsLocator> = async (reads, ctx) => {
  let keys: Keys & { sources: KeySource[] };
  try {
    keys = loadKeys(ctx.settings.sops, ctx.env);
  } catch (err) {
    const message = err instanceof GatehouseError ? err.message : String(err);
    const fix = err instanceof GatehouseError && err.fix ? err.fix : KEY_FIX;
    return failAll(reads.length, { kind: 'auth', message, fix });
  }
  maskIdentities(keys.sources, ctx);
  // Two spellings of one file (`a.yaml`, `./a.yaml`) are read and decrypted once.
  const byPath = new Map<string, Promise<ReadOutcome>>();
  return Promise.all(
    reads.map((read) => {
      const shown = quote(read.locator.file, 120);
      let path: string;
      try {
        path = confine(read.locator.file, ctx.workspace, shown);
      } catch (err) {
        if (err instanceof Fail) return settle(ctx, read, failed(err.failure));
        throw err;
      }
      let outcome = byPath.get(path);
      if (!outcome) {
        outcome = decryptFile(path, read.locator.file, shown, keys, ctx);
        byPath.set(path, outcome);
      }
      return outcome.then((settled) => settle(ctx, read, settled));
    }),
  );
};

/** Mask every identity: one from SOPS_AGE_KEY_FILE or the environment was never registered as a secret with the runner. */
function maskIdentities(sources: readonly KeySource[], ctx: ProviderContext): void {
  for (const source of sources) {
    for (const line of source.text.split(/\r?\n/)) {
      const identity = line.trim();
      if (identity !== '' && !identity.startsWith('#')) ctx.mask(identity);
    }
  }
}

function confine(file: string, workspace: string, shown: string): string {
  try {
    return resolveInWorkspace('sops file', file, workspace);
  } catch (err) {
    if (!(err instanceof GatehouseError)) throw err;
    return fail(
      'invalid',
      `SOPS file ${shown} is outside the workspace after resolving .. and symlinks`,
      `Use a path inside the workspace (${workspace}).`,
    );
  }
}

async function decryptFile(path: string, file: string, shown: string, keys: Keys, ctx: ProviderContext): Promise<ReadOutcome> {
  try {
    const text = await readBounded(path, shown);
    const document = await parseDocument(text, formatOf(file, text), shown);
    const metadata = readMetadata(document.metadata, shown);
    const dataKey = unwrapDataKey(metadata, keys, shown);
    try {
      const data = decryptDocument(document.data, metadata, dataKey, shown);
      ctx.debug(`sops: decrypted ${shown}, MAC verified`);
      return { ok: true, value: { kind: 'json', data }, version: metadata.lastModified };
    } finally {
      dataKey.fill(0);
    }
  } catch (err) {
    if (err instanceof Fail) return failed(err.failure);
    throw err;
  }
}

async function readBounded(path: string, shown: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      fail(
        'not-found',
        `SOPS file ${shown} does not exist`,
        'Check the path (it is relative to the workspace) and that the job checks out the repository first.',
      );
    }
    return fail(
      code === 'EACCES' ? 'denied' : 'invalid',
      `SOPS file ${shown} cannot be opened (${code})`,
      'Make the file readable by the runner user.',
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) fail('invalid', `SOPS file ${shown} is not a regular file`, 'Reference an encrypted YAML, JSON or dotenv file.');
    if (stat.size > MAX_FILE_BYTES)
      fail('invalid', `SOPS file ${shown} is ${stat.size} bytes; the limit is 4 MiB`, 'Split the secrets into smaller files.');
    const bytes = await handle.readFile();
    if (bytes.length > MAX_FILE_BYTES)
      fail('invalid', `SOPS file ${shown} grew past 4 MiB while being read`, 'Split the secrets into smaller files.');
    return bytes.toString('utf8');
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing: an ordered tree, because the MAC covers values in document order and JavaScript
// objects reorder integer-like keys.

type Scalar = string | number | boolean | null;
type TreeNode =
  | { kind: 'map'; entries: [string, TreeNode][]; line?: number }
  | { kind: 'list'; items: TreeNode[]; line?: number }
  | { kind: 'scalar'; value: Scalar; line?: number };

type Format = 'yaml' | 'json' | 'dotenv';

interface ParsedDocument {
  data: Extract<TreeNode, { kind: 'map' }>;
  metadata: unknown;
}

function formatOf(file: string, text: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.env') return 'dotenv';
  if (ext === '.ini')
    fail('invalid', `SOPS file ${quote(file)} is an INI file, which is not supported`, 'Store the secrets as YAML, JSON or dotenv.');
  // Like sops for unknown extensions, but sniffed rather than assumed binary.
  if (text.trimStart().startsWith('{')) return 'json';
  if (/^sops_mac=/m.test(text)) return 'dotenv';
  return 'yaml';
}

const ENCRYPT_FIX = 'Encrypt it with sops --encrypt --age <recipient> (see the sops section of the docs).';

function notSops(shown: string): never {
  return fail('auth', `SOPS file ${shown} is not encrypted with sops (it has no top-level sops metadata)`, ENCRYPT_FIX);
}

async function parseDocument(text: string, format: Format, shown: string): Promise<ParsedDocument> {
  if (format === 'dotenv') return parseDotenv(text, shown);
  const root = await parseYamlTree(text, format, shown);
  if (root.kind !== 'map') return notSops(shown);
  const index = root.entries.findIndex(([key]) => key === 'sops');
  if (index < 0) return notSops(shown);
  return { data: { kind: 'map', entries: root.entries.filter((_, i) => i !== index) }, metadata: toPlain(root.entries[index]![1]) };
}

async function parseYamlTree(text: string, format: Format, shown: string): Promise<TreeNode> {
  const parsed = await parseStrictYaml(text);
  const problem = parsed.problems[0];
  if (problem) {
    const line = parsed.lineOfOffset(problem.pos[0]);
    const what = problem.message.split('\n')[0]!.slice(0, 160);
    fail(
      'invalid',
      `SOPS file ${shown} is not valid ${format.toUpperCase()} (line ${line}: ${what})`,
      'Fix the syntax, or re-encrypt the file with sops.',
    );
  }
  return toTree(parsed.YAML, parsed.doc.contents, parsed.lineOfOffset, shown);
}

type Ranged = { range?: [number, number, number] | null };

function toTree(YAML: YamlModule, node: unknown, lineOf: (offset: number | undefined) => number | undefined, shown: string): TreeNode {
  const line = lineOf((node as Ranged | null)?.range?.[0] ?? undefined);
  if (node === null || node === undefined) return { kind: 'scalar', value: null, line };
  if (YAML.isMap(node)) {
    const entries: [string, TreeNode][] = node.items.map((pair) => {
      const key = YAML.isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        fail(
          'invalid',
          `SOPS file ${shown} has a non-scalar map key at line ${lineOf((pair.key as Ranged | null)?.range?.[0] ?? undefined)}`,
          TAMPER_FIX,
        );
      }
      return [String(key), toTree(YAML, pair.value, lineOf, shown)];
    });
    return { kind: 'map', entries, line };
  }
  if (YAML.isSeq(node)) return { kind: 'list', items: node.items.map((item) => toTree(YAML, item, lineOf, shown)), line };
  if (YAML.isScalar(node)) {
    const value = node.value;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return { kind: 'scalar', value, line };
  }
  // sops expands anchors and aliases when it encrypts, so an alias here was added afterwards.
  return fail('invalid', `SOPS file ${shown} has an alias or unsupported value at line ${line}`, TAMPER_FIX);
}

function toPlain(node: TreeNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.entries) define(out, key, toPlain(child));
  return out;
}

/** Assign without invoking setters, so a key named `__proto__` is data, not a prototype change. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * sops' dotenv layout: `KEY=value` lines (values are strings, taken verbatim), `#` comments, and
 * the metadata flattened into `sops_*` keys (`sops_age__list_0__map_enc`) with newlines as `\n`.
 */
function parseDotenv(text: string, shown: string): ParsedDocument {
  const entries: [string, TreeNode][] = [];
  const metadata: Record<string, unknown> = Object.create(null);
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) fail('invalid', `SOPS file ${shown} is not a valid dotenv file (line ${index + 1} has no KEY=value)`, TAMPER_FIX);
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (key.startsWith('sops_')) unflatten(metadata, key.slice('sops_'.length), value.replace(/\\n/g, '\n'), shown);
    else entries.push([key, { kind: 'scalar', value, line: index + 1 }]);
  }
  if (Object.keys(metadata).length === 0) return notSops(shown);
  return { data: { kind: 'map', entries }, metadata };
}

/**
 * Rebuild `age__list_0__map_recipient` into `{ age: [{ recipient }] }`. Maps have no prototype,
 * so a key such as `__proto__` in the file stays plain data.
 */
function unflatten(target: Record<string, unknown>, flatKey: string, value: string, shown: string): void {
  const [first, ...rest] = flatKey.split('__');
  let container: Record<string, unknown> | unknown[] = target;
  let key: string | number = first!;
  for (const segment of rest) {
    const list = /^list_(\d{1,4})$/.exec(segment);
    const map = /^map_(.+)$/.exec(segment);
    if (!list && !map) fail('invalid', `SOPS file ${shown} has a malformed sops_${flatKey} metadata key`, TAMPER_FIX);
    const existing: unknown = slot(container, key);
    const next: Record<string, unknown> | unknown[] =
      Array.isArray(existing) || isRecord(existing) ? existing : list ? [] : Object.create(null);
    if (Array.isArray(next) !== Boolean(list))
      fail('invalid', `SOPS file ${shown} has a malformed sops_${flatKey} metadata key`, TAMPER_FIX);
    setSlot(container, key, next);
    container = next;
    key = list ? Number(list[1]) : map![1]!;
  }
  setSlot(container, key, value);
}

function slot(container: Record<string, unknown> | unknown[], key: string | number): unknown {
  return Array.isArray(container) ? container[key as number] : Object.hasOwn(container, key) ? container[key] : undefined;
}

function setSlot(container: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(container)) container[key as number] = value;
  else define(container, String(key), value);
}

// ---------------------------------------------------------------------------------------------
// Metadata

interface AgeEntry {
  recipient: string;
  enc: string;
}

interface Rules {
  unencryptedSuffix: string;
  encryptedSuffix: string;
  unencryptedRegex?: RegExp;
  encryptedRegex?: RegExp;
}

interface Metadata {
  age: AgeEntry[];
  /** Key types other than age the file is encrypted for (pgp, kms, ...), for messages. */
  others: string[];
  lastModified: string;
  mac: string;
  rules: Rules;
  macOnlyEncrypted: boolean;
}

const OTHER_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'];

function readMetadata(raw: unknown, shown: string): Metadata {
  const broken = (what: string): never => fail('invalid', `SOPS file ${shown} has malformed sops metadata (${what})`, TAMPER_FIX);
  if (!isRecord(raw)) return broken('sops is not a map');
  const groups = Array.isArray(raw['key_groups']) ? raw['key_groups'] : [];
  if (groups.length > 1) {
    fail(
      'invalid',
      `SOPS file ${shown} splits its data key over ${groups.length} key groups (Shamir), which is not supported`,
      'Encrypt the file with a single key group of age recipients.',
    );
  }
  const keys = groups.length === 1 && isRecord(groups[0]) ? groups[0] : raw;
  const age = (Array.isArray(keys['age']) ? keys['age'] : []).map((entry, i): AgeEntry => {
    if (!isRecord(entry) || typeof entry['enc'] !== 'string' || typeof entry['recipient'] !== 'string') return broken(`age entry ${i}`);
    return { recipient: entry['recipient'], enc: entry['enc'] };
  });
  const others = OTHER_KEY_TYPES.filter((type) => Array.isArray(keys[type]) && keys[type].length > 0);
  const lastModified = raw['lastmodified'];
  const mac = raw['mac'];
  if (typeof lastModified !== 'string' || lastModified === '') return broken('no lastmodified');
  if (typeof mac !== 'string' || mac === '') return broken('no mac');
  for (const field of ['unencrypted_comment_regex', 'encrypted_comment_regex']) {
    if (typeof raw[field] === 'string' && raw[field] !== '') {
      fail(
        'invalid',
        `SOPS file ${shown} uses ${field}, which is not supported`,
        'Use unencrypted_suffix, encrypted_suffix, unencrypted_regex or encrypted_regex instead.',
      );
    }
  }
  return {
    age,
    others,
    lastModified,
    mac,
    rules: readRules(raw, shown),
    macOnlyEncrypted: raw['mac_only_encrypted'] === true || raw['mac_only_encrypted'] === 'true',
  };
}

function readRules(raw: Record<string, unknown>, shown: string): Rules {
  const text = (field: string): string => (typeof raw[field] === 'string' ? raw[field] : '');
  const rules: Rules = {
    unencryptedSuffix: text('unencrypted_suffix'),
    encryptedSuffix: text('encrypted_suffix'),
    unencryptedRegex: compileGoRegex(text('unencrypted_regex'), 'unencrypted_regex', shown),
    encryptedRegex: compileGoRegex(text('encrypted_regex'), 'encrypted_regex', shown),
  };
  // sops' default when a file names no rule at all.
  if (!rules.unencryptedSuffix && !rules.encryptedSuffix && !rules.unencryptedRegex && !rules.encryptedRegex)
    rules.unencryptedSuffix = '_unencrypted';
  return rules;
}

/** A Go (RE2) pattern as a JavaScript RegExp; RE2's leading `(?flags)` becomes RegExp flags. */
function compileGoRegex(pattern: string, field: string, shown: string): RegExp | undefined {
  if (pattern === '') return undefined;
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  try {
    return new RegExp(flags ? pattern.slice(flags[0].length) : pattern, flags ? [...new Set(flags[1])].join('') : '');
  } catch {
    return fail(
      'invalid',
      `SOPS file ${shown} has a ${field} that is not a valid regular expression here`,
      'Use a regular expression that both Go and JavaScript accept.',
    );
  }
}

/** sops' shouldBeEncrypted: every map key on the path counts, and later rules override earlier ones. */
function shouldBeEncrypted(path: readonly string[], rules: Rules): boolean {
  let encrypted = true;
  if (rules.unencryptedSuffix && path.some((key) => key.endsWith(rules.unencryptedSuffix))) encrypted = false;
  if (rules.encryptedSuffix) encrypted = path.some((key) => key.endsWith(rules.encryptedSuffix));
  if (rules.unencryptedRegex && path.some((key) => rules.unencryptedRegex!.test(key))) encrypted = false;
  if (rules.encryptedRegex) encrypted = path.some((key) => rules.encryptedRegex!.test(key));
  return encrypted;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// The data key

function unwrapDataKey(metadata: Metadata, keys: Keys, shown: string): Buffer {
  if (metadata.age.length === 0) {
    const others = metadata.others.length > 0 ? ` (it is encrypted for ${metadata.others.join(', ')} only)` : '';
    fail(
      'auth',
      `SOPS file ${shown} has no age recipients${others}`,
      'Add an age recipient to the file: put it in .sops.yaml and run sops updatekeys, or sops --rotate --add-age <recipient>.',
    );
  }
  let tampered: AgeError | undefined;
  for (const entry of metadata.age) {
    let key: Buffer;
    try {
      key = decryptAge(entry.enc, keys.identities);
    } catch (err) {
      if (!(err instanceof AgeError)) throw err;
      // A MAC failure means our identity unwrapped this entry's file key: it is ours, but damaged.
      if (err.reason === 'tampered') tampered ??= err;
      continue;
    }
    if (key.length !== 32) fail('invalid', `SOPS file ${shown} has a data key of ${key.length} bytes instead of 32`, TAMPER_FIX);
    return key;
  }
  if (tampered) fail('invalid', `The age-encrypted data key in SOPS file ${shown} failed authentication: ${tampered.message}`, TAMPER_FIX);
  const theirs = metadata.age.map((entry) => entry.recipient).join(', ');
  const ours = [...new Set(keys.identities.map((identity) => identity.recipient))].join(', ');
  return fail(
    'auth',
    `No identity in ${keys.label} can decrypt SOPS file ${shown}: it is encrypted for ${theirs}, and the identities given are for ${ours}`,
    `Use the identity of one of the file's recipients, or add ${ours} to the file's recipients (.sops.yaml, then sops updatekeys).`,
  );
}

// ---------------------------------------------------------------------------------------------
// Values and the MAC

interface Walk {
  key: Buffer;
  metadata: Metadata;
  hash: Hash;
  shown: string;
}

function decryptDocument(
  data: Extract<TreeNode, { kind: 'map' }>,
  metadata: Metadata,
  key: Buffer,
  shown: string,
): Record<string, unknown> {
  const hash = createHash('sha512');
  if (metadata.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  const walk: Walk = { key, metadata, hash, shown };
  const result = decryptNode(data, [], '', walk) as Record<string, unknown>;
  verifyMac(hash.digest('hex').toUpperCase(), walk);
  return result;
}

/** `path` holds the map keys only (list items share their parent's path, as in sops' AAD). */
function decryptNode(node: TreeNode, path: readonly string[], where: string, walk: Walk): unknown {
  if (node.kind === 'map') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of node.entries) define(out, key, decryptNode(child, [...path, key], where ? `${where}.${key}` : key, walk));
    return out;
  }
  if (node.kind === 'list') return node.items.map((item, i) => decryptNode(item, path, `${where}[${i}]`, walk));
  // sops skips nulls entirely: never encrypted, never in the MAC.
  if (node.value === null) return null;
  const encrypted = shouldBeEncrypted(path, walk.metadata.rules);
  const at = `${where}${node.line ? ` (line ${node.line})` : ''}`;
  const { value, bytes } = encrypted
    ? decryptLeaf(node.value, `${path.join(':')}:`, at, walk)
    : { value: node.value, bytes: macBytes(node.value) };
  if (!walk.metadata.macOnlyEncrypted || encrypted) walk.hash.update(bytes);
  return value;
}

function decryptLeaf(stored: string | number | boolean, aad: string, at: string, walk: Walk): { value: Scalar | string; bytes: Buffer } {
  // sops writes an empty string as an empty string, unencrypted.
  if (stored === '') return { value: '', bytes: Buffer.alloc(0) };
  if (typeof stored !== 'string' || !stored.startsWith('ENC[')) {
    fail(
      'invalid',
      `The value at ${at} in SOPS file ${walk.shown} is not encrypted although the file's rules say it must be: the file was modified after encryption`,
      TAMPER_FIX,
    );
  }
  const parts = ENC_VALUE.exec(stored);
  const data = parts && base64(parts[1]!);
  const iv = parts && base64(parts[2]!);
  const tag = parts && base64(parts[3]!);
  if (!parts || !data || !iv || iv.length === 0 || !tag || tag.length !== 16) {
    return fail('invalid', `The value at ${at} in SOPS file ${walk.shown} is not a well-formed ENC[AES256_GCM,...] value`, TAMPER_FIX);
  }
  const plain = aesOpen(walk.key, iv, tag, data, aad);
  if (!plain) {
    return fail(
      'invalid',
      `The value at ${at} in SOPS file ${walk.shown} failed authentication: the file was modified after encryption (a value was changed or moved)`,
      TAMPER_FIX,
    );
  }
  return typed(parts[4]!, plain, at, walk.shown);
}

function aesOpen(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, aad: string): Buffer | undefined {
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  const body = decipher.update(data);
  try {
    return Buffer.concat([body, decipher.final()]);
  } catch {
    body.fill(0);
    return undefined;
  }
}

/** Go's StdEncoding is padded; reject anything else rather than guess. */
function base64(text: string): Buffer | undefined {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const GO_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GO_FLOAT_SPECIAL = /^(?:[+-]?(?:inf|infinity)|nan)$/i;

/**
 * The decrypted value in its declared type, and the bytes sops puts into the MAC for it (Go's
 * formatting of the parsed value: `True`/`False`, integers without sign noise, shortest floats).
 * Integers beyond 2^53 stay decimal strings so no digit is lost.
 */
function typed(type: string, plain: Buffer, at: string, shown: string): { value: Scalar | string; bytes: Buffer } {
  const text = plain.toString('utf8');
  const bad = (): never =>
    fail('invalid', `The value at ${at} in SOPS file ${shown} does not parse as its declared type ${type}`, TAMPER_FIX);
  switch (type) {
    case 'str':
    case 'bytes':
      return { value: text, bytes: plain };
    case 'int':
    case 'int64': {
      if (!/^[+-]?\d+$/.test(text)) return bad();
      const big = BigInt(text);
      const value = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big.toString();
      return { value, bytes: Buffer.from(big.toString()) };
    }
    case 'float': {
      if (!GO_FLOAT.test(text) && !GO_FLOAT_SPECIAL.test(text)) return bad();
      const value = /nan/i.test(text) ? NaN : /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
      return { value, bytes: Buffer.from(goFloat(value)) };
    }
    case 'bool':
      if (GO_TRUE.has(text)) return { value: true, bytes: Buffer.from('True') };
      if (GO_FALSE.has(text)) return { value: false, bytes: Buffer.from('False') };
      return bad();
    default:
      return fail('invalid', `The value at ${at} in SOPS file ${shown} has the unsupported type ${quote(type, 20)}`, TAMPER_FIX);
  }
}

/** sops' ToBytes for values left in plaintext. */
function macBytes(value: string | number | boolean): Buffer {
  if (typeof value === 'boolean') return Buffer.from(value ? 'True' : 'False');
  if (typeof value === 'number')
    return Buffer.from(Number.isInteger(value) && Math.abs(value) < 1e21 && !Object.is(value, -0) ? String(value) : goFloat(value));
  return Buffer.from(value, 'utf8');
}

/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits in fixed notation. */
function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (Object.is(value, -0)) return '-0';
  if (!String(value).includes('e')) return String(value);
  // toExponential() without a digit count gives the same shortest digits as String().
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  const fixed =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return value < 0 ? `-${fixed}` : fixed;
}

function verifyMac(computed: string, walk: Walk): void {
  const { metadata, shown } = walk;
  const parts = ENC_VALUE.exec(metadata.mac);
  const data = parts && base64(parts[1]!);
  const iv = parts && base64(parts[2]!);
  const tag = parts && base64(parts[3]!);
  if (!parts || !data || !iv || iv.length === 0 || !tag || tag.length !== 16)
    fail('invalid', `SOPS file ${shown} has a malformed mac`, TAMPER_FIX);
  // The MAC is bound to lastmodified through the AAD, so editing either is caught here.
  const stored = aesOpen(walk.key, iv, tag, data, metadata.lastModified);
  if (!stored)
    fail(
      'invalid',
      `The MAC of SOPS file ${shown} failed authentication: its mac or lastmodified was modified after encryption`,
      TAMPER_FIX,
    );
  const expected = Buffer.from(computed);
  if (stored.length !== expected.length || !timingSafeEqual(stored, expected)) {
    fail(
      'invalid',
      `SOPS file ${shown} does not match its MAC: values were added, removed, reordered or replaced after encryption`,
      TAMPER_FIX,
    );
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
