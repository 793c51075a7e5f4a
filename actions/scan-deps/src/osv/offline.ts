// The offline OSV database: the bulk export of osv.dev (`<ECOSYSTEM>/all.zip`, a flat zip of
// `<ID>.json` records) or a directory of OSV JSON files (`<ECOSYSTEM>/<ID>.json`, or flat), loaded
// into an index by (ecosystem, normalised package name). Withdrawn records are dropped, as
// osv-scalibr's local matcher does (shared notes, reference/osv.md "Offline bulk data").
//
// The zip reader is our own, small and strict: it reads the central directory (no ZIP64, no
// encryption, stored and deflated entries only), never trusts a size it has not checked (entries
// over 64 MiB and implausible compression ratios are refused before inflating, and inflating stops
// at the declared size) and verifies every entry's CRC-32.

import { open, readdir, readFile, stat, type FileHandle } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { GatehouseError, quote } from '@gatehouse/core/errors';
import { formatDuration } from '@gatehouse/core/inputs';
import { createLimit } from '@gatehouse/core/pool';
import type { OsvRecord, Package } from '../types.js';
import { normalizePypiName } from '../package-names.js';

/** Largest record (a JSON file or an uncompressed zip entry) read. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Compression ratio above which a large entry is taken for a zip bomb (OSV JSON deflates ~5-20x). */
export const MAX_RATIO = 200;
/** Entries smaller than this are inflated whatever their ratio: they cannot hurt. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** How deep a directory database is walked below an ecosystem directory. */
const MAX_DEPTH = 8;

export interface OfflineDb {
  /** The records naming this package (ecosystem and normalised name) in `affected`; not yet matched by version. */
  recordsFor(pkg: Package): OsvRecord[];
  /** Records kept (withdrawn and unrelated ecosystems excluded). */
  readonly size: number;
  /** Withdrawn records dropped. */
  readonly withdrawn: number;
  /** Files read (JSON files and zips), relative to `path` when it is a directory. */
  readonly sources: string[];
}

export interface OfflineDbOptions {
  onProgress?(message: string): void;
}

/** A problem with the database: names the file and, for a zip, the entry. */
function dbError(where: string, problem: string, fix?: string): GatehouseError {
  return new GatehouseError('INPUT_INVALID', `Offline OSV database: ${where} ${problem}.`, {
    fix: fix ?? 'Re-download the database (https://osv-vulnerabilities.storage.googleapis.com/<ECOSYSTEM>/all.zip) or fix the file named.',
  });
}

/**
 * Load the records of `ecosystems` (OSV spelling: npm, PyPI, ...) from `path`: a zip, a JSON file,
 * or a directory holding `<ECOSYSTEM>/all.zip`, `<ECOSYSTEM>/**\/*.json`, and flat `*.json`/`*.zip`
 * files at its top level. Directories named after other ecosystems are not read.
 */
export async function loadOfflineDb(path: string, ecosystems: Set<string>, options: OfflineDbOptions = {}): Promise<OfflineDb> {
  const started = Date.now();
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw dbError(
      quote(path, 200),
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`,
      'Check the path of the offline database.',
    );
  }

  const files: string[] = [];
  const skipped: string[] = [];
  if (info.isDirectory()) {
    const top = await readdir(path, { withFileTypes: true });
    top.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of top) {
      const full = join(path, entry.name);
      if (entry.isFile() && isDbFile(entry.name)) files.push(full);
      else if (entry.isDirectory()) {
        if (ecosystems.has(entry.name)) await walk(full, 1, files);
        else skipped.push(entry.name);
      }
    }
  } else if (info.isFile() && isDbFile(path)) {
    files.push(path);
  } else {
    throw dbError(
      quote(path, 200),
      'is neither a directory, a .zip nor a .json file',
      'Point the offline database at a directory of OSV records or at an all.zip.',
    );
  }

  const shown = (file: string): string => (info.isDirectory() ? relative(path, file).split('\\').join('/') : basename(file));
  // Files are parsed concurrently but merged in sorted order, so duplicates resolve the same way every run.
  const limit = createLimit(8);
  const parsed = await Promise.all(
    files.map((file) =>
      limit(() => (file.toLowerCase().endsWith('.zip') ? readZipRecords(file, shown(file)) : readJsonRecord(file, shown(file)))),
    ),
  );

  const byId = new Map<string, OsvRecord>();
  let withdrawn = 0;
  for (const records of parsed) {
    for (const record of records) {
      if (record.withdrawn) {
        withdrawn++;
        continue;
      }
      const seen = byId.get(record.id);
      // The same advisory in a zip and as a loose file: keep the newer one.
      if (!seen || (record.modified ?? '') > (seen.modified ?? '')) byId.set(record.id, record);
    }
  }

  const index = new Map<string, OsvRecord[]>();
  for (const record of byId.values()) {
    const keys = new Set<string>();
    for (const affected of record.affected ?? []) {
      const eco = bareEcosystem(affected.package?.ecosystem ?? '');
      const name = affected.package?.name;
      if (!ecosystems.has(eco) || typeof name !== 'string' || name === '') continue;
      keys.add(indexKey(eco, name));
    }
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(record);
      else index.set(key, [record]);
    }
  }
  const kept = new Set<OsvRecord>();
  for (const list of index.values()) for (const r of list) kept.add(r);
  const size = kept.size;

  const progress = options.onProgress;
  if (progress) {
    const withdrawnNote = withdrawn > 0 ? `; ${count(withdrawn, 'withdrawn record')} dropped` : '';
    progress(
      `OSV offline database: ${count(size, 'record')} for ${[...ecosystems].sort().join(', ') || 'no ecosystem'} from ${count(files.length, 'file')} in ${formatDuration(Date.now() - started)}${withdrawnNote}.`,
    );
    if (skipped.length > 0) progress(`OSV offline database: skipped directories of other ecosystems: ${skipped.join(', ')}.`);
  }

  return {
    size,
    withdrawn,
    sources: files.map(shown),
    recordsFor(pkg) {
      return index.get(indexKey(pkg.ecosystem, pkg.name)) ?? [];
    },
  };
}

/**
 * The name as OSV compares it: PyPI per PEP 503 (case-insensitive, runs of `-_.` equal), crates.io
 * and Packagist case-insensitively (crates.io also treats `-` and `_` alike); other ecosystems are
 * case-sensitive and kept as written.
 */
export function normaliseName(ecosystem: string, name: string): string {
  switch (bareEcosystem(ecosystem)) {
    case 'PyPI':
      return normalizePypiName(name);
    case 'crates.io':
      return name.toLowerCase().replace(/_/g, '-');
    case 'Packagist':
      return name.toLowerCase();
    default:
      return name;
  }
}

/** `Alpine:v3.17` -> `Alpine`: ecosystems with a release suffix are indexed under the bare name. */
function bareEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

function indexKey(ecosystem: string, name: string): string {
  return `${bareEcosystem(ecosystem)}\0${normaliseName(ecosystem, name)}`;
}

function isDbFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.json') || lower.endsWith('.zip');
}

async function walk(dir: string, depth: number, into: string[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    // Symbolic links are not followed: a loop or a link out of the database is not read.
    if (entry.isFile() && isDbFile(entry.name)) into.push(full);
    else if (entry.isDirectory()) await walk(full, depth + 1, into);
  }
}

async function readJsonRecord(file: string, shown: string): Promise<OsvRecord[]> {
  const { size } = await stat(file);
  if (size > MAX_ENTRY_BYTES) throw dbError(shown, `is ${mib(size)}, over the ${mib(MAX_ENTRY_BYTES)} limit for one record`);
  return [parseRecord(await readFile(file), shown)];
}

function parseRecord(bytes: Buffer, where: string): OsvRecord {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw dbError(where, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || typeof (value as { id?: unknown }).id !== 'string') {
    throw dbError(where, 'is not an OSV record (no string "id")');
  }
  const affected = (value as { affected?: unknown }).affected;
  if (affected !== undefined && !Array.isArray(affected)) throw dbError(where, 'is not an OSV record ("affected" is not a list)');
  return value as OsvRecord;
}

// ---- zip ------------------------------------------------------------------------------------------

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

async function readZipRecords(file: string, shown: string): Promise<OsvRecord[]> {
  const records: OsvRecord[] = [];
  for await (const { name, data } of readZip(file, shown, (name) => name.toLowerCase().endsWith('.json'))) {
    records.push(parseRecord(data, `${shown}!${name}`));
  }
  return records;
}

/**
 * The entries of a zip file that `want` selects, checked and inflated one at a time. Errors name
 * the zip (as `shown`) and the entry.
 */
export async function* readZip(
  file: string,
  shown: string,
  want: (name: string) => boolean,
): AsyncGenerator<{ name: string; data: Buffer }> {
  const handle = await open(file, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const entries = await readCentralDirectory(handle, fileSize, shown);
    for (const entry of entries) {
      if (entry.name.endsWith('/') || !want(entry.name)) continue;
      yield { name: entry.name, data: await readEntry(handle, entry, shown) };
    }
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

async function readCentralDirectory(handle: FileHandle, fileSize: number, shown: string): Promise<ZipEntry[]> {
  const truncated = (why: string): GatehouseError => dbError(shown, `is not a readable zip (truncated or corrupt: ${why})`);
  if (fileSize < END_SIZE) throw truncated(`${fileSize} bytes, too short for a zip`);
  // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
  const tailLength = Math.min(fileSize, END_SIZE + 0xffff);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  let end = -1;
  for (let i = tail.length - END_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_END && i + END_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
      end = i;
      break;
    }
  }
  if (end < 0) throw truncated('no end of central directory record');

  const disk = tail.readUInt16LE(end + 4);
  const cdDisk = tail.readUInt16LE(end + 6);
  const diskEntries = tail.readUInt16LE(end + 8);
  const total = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  const zip64 =
    (end >= 20 && tail.readUInt32LE(end - 20) === SIG_ZIP64_LOCATOR) ||
    total === 0xffff ||
    diskEntries === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff;
  if (zip64) {
    throw dbError(
      shown,
      'is a ZIP64 archive, which is not supported',
      'Use the per-ecosystem all.zip files from osv-vulnerabilities (plain zips), or unpack the archive into a directory.',
    );
  }
  if (disk !== 0 || cdDisk !== 0 || diskEntries !== total) throw dbError(shown, 'is a multi-part (spanned) zip, which is not supported');
  const endAt = tailStart + end;
  if (cdOffset + cdSize > endAt) {
    throw truncated(`the central directory (${cdSize} bytes at offset ${cdOffset}) runs past the end record at ${endAt}`);
  }

  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < total; n++) {
    if (at + CENTRAL_SIZE > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
      throw truncated(`central directory entry ${n + 1} of ${total} is missing or damaged`);
    }
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cd.length) throw truncated(`central directory entry ${n + 1} of ${total} is cut off`);
    const entry: ZipEntry = {
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      localOffset: cd.readUInt32LE(at + 42),
      name: cd.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw dbError(`${shown}!${entry.name}`, 'has ZIP64 sizes, which are not supported', 'Unpack the archive into a directory instead.');
    }
    if (entry.localOffset + LOCAL_SIZE > cdOffset) throw truncated(`entry ${quote(entry.name)} starts past the data area`);
    entries.push(entry);
    at = next;
  }
  return entries;
}

async function readEntry(handle: FileHandle, entry: ZipEntry, shown: string): Promise<Buffer> {
  const where = `${shown}!${entry.name}`;
  if (entry.flags & 0x1) throw dbError(where, 'is encrypted, which is not supported');
  if (entry.method !== 0 && entry.method !== 8) {
    throw dbError(where, `uses compression method ${entry.method}; only stored (0) and deflated (8) entries are supported`);
  }
  if (entry.size > MAX_ENTRY_BYTES) {
    throw dbError(where, `declares ${mib(entry.size)} uncompressed, over the ${mib(MAX_ENTRY_BYTES)} limit for one record`);
  }
  if (entry.method === 0 && entry.compressedSize !== entry.size) {
    throw dbError(where, `is stored but its sizes disagree (${entry.compressedSize} stored, ${entry.size} declared)`);
  }
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) {
    throw dbError(
      where,
      `expands ${Math.round(ratio)}:1 (${entry.compressedSize} bytes to ${mib(entry.size)}), over the ${MAX_RATIO}:1 limit; refusing a likely zip bomb`,
    );
  }

  const local = await readAt(handle, entry.localOffset, LOCAL_SIZE);
  if (local.length < LOCAL_SIZE || local.readUInt32LE(0) !== SIG_LOCAL) {
    throw dbError(where, 'has no local header where the central directory says (truncated or corrupt zip)');
  }
  const start = entry.localOffset + LOCAL_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw = await readAt(handle, start, entry.compressedSize);
  if (raw.length < entry.compressedSize) {
    throw dbError(where, `is cut off: ${raw.length} of ${entry.compressedSize} bytes present (truncated zip)`);
  }

  let data: Buffer;
  if (entry.method === 0) data = raw;
  else {
    try {
      // Inflating stops at the declared size: a header that lies cannot make us allocate more.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        throw dbError(where, `inflates past its declared ${entry.size} bytes; refusing a likely zip bomb`);
      throw dbError(where, `has corrupt deflate data (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (data.length !== entry.size) throw dbError(where, `inflates to ${data.length} bytes, not the ${entry.size} its header declares`);
  if (crc32(data) >>> 0 !== entry.crc >>> 0) throw dbError(where, 'fails its CRC-32 check (corrupt zip)');
  return data;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${bytes} bytes`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
