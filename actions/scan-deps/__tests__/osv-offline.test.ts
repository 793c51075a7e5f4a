import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadOfflineDb, normaliseName } from '../src/osv/offline.js';
import type { Ecosystem, OsvRecord, Package } from '../src/types.js';
import { buildZip, type ZipEntryInput } from '../../../test-support/fakes/osv.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'osv-offline-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

function record(id: string, ecosystem: string, name: string, extra: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    modified: '2024-03-01T00:00:00Z',
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }],
    ...extra,
  };
}

const text = (r: OsvRecord): string => JSON.stringify(r, null, 2);

function pkg(ecosystem: Ecosystem, name: string, version = '1.0.0'): Package {
  return { ecosystem, name, version, purl: '', lockfile: 'lock', source: 'registry' };
}

const ids = (records: OsvRecord[]): string[] => records.map((r) => r.id).sort();

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
}

describe('loadOfflineDb: directories', () => {
  it('reads <ECOSYSTEM>/<ID>.json and flat files, indexes by normalised name and drops withdrawn records', async () => {
    const root = await tree({
      'npm/GHSA-0001.json': text(record('GHSA-0001', 'npm', '@babel/core')),
      'npm/nested/2024/GHSA-0002.json': text(record('GHSA-0002', 'npm', 'lodash')),
      'npm/GHSA-gone.json': text(record('GHSA-gone', 'npm', 'lodash', { withdrawn: '2024-04-01T00:00:00Z' })),
      'npm/notes.txt': 'not a record',
      'PyPI/PYSEC-1.json': text(record('PYSEC-1', 'PyPI', 'Jinja2')),
      'Go/GO-2024-1.json': '{ this is never read',
      'RUSTSEC-2024-1.json': text(record('RUSTSEC-2024-1', 'crates.io', 'tokio_util')),
      'DEBIAN-1.json': text(record('DEBIAN-1', 'Debian:12', 'openssl')),
    });
    const progress: string[] = [];
    const db = await loadOfflineDb(root, new Set(['npm', 'PyPI', 'crates.io']), { onProgress: (m) => progress.push(m) });

    expect(ids(db.recordsFor(pkg('npm', '@babel/core')))).toEqual(['GHSA-0001']);
    expect(ids(db.recordsFor(pkg('npm', 'lodash')))).toEqual(['GHSA-0002']);
    expect(db.recordsFor(pkg('npm', 'Lodash'))).toEqual([]); // npm names are case-sensitive
    expect(ids(db.recordsFor(pkg('PyPI', 'jinja2')))).toEqual(['PYSEC-1']);
    expect(ids(db.recordsFor(pkg('PyPI', 'JINJA2')))).toEqual(['PYSEC-1']);
    expect(ids(db.recordsFor(pkg('crates.io', 'tokio-util')))).toEqual(['RUSTSEC-2024-1']);
    expect(db.recordsFor(pkg('Go', 'golang.org/x/net'))).toEqual([]);
    expect(db.size).toBe(4);
    expect(db.withdrawn).toBe(1);
    expect(db.sources).toEqual([
      'DEBIAN-1.json',
      'PyPI/PYSEC-1.json',
      'RUSTSEC-2024-1.json',
      'npm/GHSA-0001.json',
      'npm/GHSA-gone.json',
      'npm/nested/2024/GHSA-0002.json',
    ]);
    expect(progress[0]).toMatch(
      /^OSV offline database: 4 records for PyPI, crates\.io, npm from 6 files in \d+m?s; 1 withdrawn record dropped\.$/,
    );
    expect(progress[1]).toBe('OSV offline database: skipped directories of other ecosystems: Go.');
  });

  it('names the file holding malformed JSON', async () => {
    const root = await tree({
      'npm/GHSA-0001.json': text(record('GHSA-0001', 'npm', 'a')),
      'npm/GHSA-bad.json': '{"id": "GHSA-bad", "affected": [',
    });
    const err = await failure(loadOfflineDb(root, new Set(['npm'])));
    expect(err.message).toMatch(/^Offline OSV database: npm\/GHSA-bad\.json is not valid JSON \(.+\)\.$/);
    expect((err as { code?: string }).code).toBe('INPUT_INVALID');
  });

  it('refuses a JSON file that is not an OSV record', async () => {
    const root = await tree({ 'npm/list.json': '[1, 2]' });
    const err = await failure(loadOfflineDb(root, new Set(['npm'])));
    expect(err.message).toBe('Offline OSV database: npm/list.json is not an OSV record (no string "id").');
  });

  it('says when the path does not exist', async () => {
    const err = await failure(loadOfflineDb(join(tmpdir(), 'osv-offline-does-not-exist-42'), new Set(['npm'])));
    expect(err.message).toMatch(/osv-offline-does-not-exist-42" does not exist\.$/);
  });
});

describe('loadOfflineDb: zips', () => {
  const good: ZipEntryInput[] = [
    { name: 'GHSA-0001.json', data: text(record('GHSA-0001', 'npm', 'left-pad')) },
    { name: 'GHSA-0002.json', data: text(record('GHSA-0002', 'npm', 'left-pad')), method: 'store' },
    { name: 'GHSA-0003.json', data: text(record('GHSA-0003', 'npm', 'x', { withdrawn: '2024-01-02T00:00:00Z' })) },
    { name: 'README.md', data: 'not json: skipped' },
    { name: 'sub/', data: '', method: 'store' },
  ];

  it('reads <ECOSYSTEM>/all.zip with stored and deflated entries, skipping other entries', async () => {
    const root = await tree({ 'npm/all.zip': buildZip(good) });
    const db = await loadOfflineDb(root, new Set(['npm']));
    expect(ids(db.recordsFor(pkg('npm', 'left-pad')))).toEqual(['GHSA-0001', 'GHSA-0002']);
    expect(db.recordsFor(pkg('npm', 'x'))).toEqual([]);
    expect(db.withdrawn).toBe(1);
    expect(db.sources).toEqual(['npm/all.zip']);
  });

  it('reads a zip given directly, and keeps the newer copy of an advisory found twice', async () => {
    const older = record('GHSA-dup', 'PyPI', 'requests', { modified: '2023-01-01T00:00:00Z', summary: 'old' });
    const newer = { ...older, modified: '2024-06-01T00:00:00Z', summary: 'new' };
    const root = await tree({
      'PyPI/all.zip': buildZip([{ name: 'GHSA-dup.json', data: text(newer) }]),
      'PyPI/GHSA-dup.json': text(older),
      'direct.zip': buildZip([{ name: 'PYSEC-9.json', data: text(record('PYSEC-9', 'PyPI', 'Requests')) }]),
    });
    const db = await loadOfflineDb(root, new Set(['PyPI']));
    const found = db.recordsFor(pkg('PyPI', 'requests'));
    expect(ids(found)).toEqual(['GHSA-dup', 'PYSEC-9']);
    expect(found.find((r) => r.id === 'GHSA-dup')?.summary).toBe('new');

    const direct = await loadOfflineDb(join(root, 'direct.zip'), new Set(['PyPI']));
    expect(ids(direct.recordsFor(pkg('PyPI', 'REQUESTS')))).toEqual(['PYSEC-9']);
    expect(direct.sources).toEqual(['direct.zip']);
  });

  it('names the zip entry holding malformed JSON', async () => {
    const root = await tree({ 'npm/all.zip': buildZip([...good, { name: 'GHSA-bad.json', data: '{"id":' }]) });
    const err = await failure(loadOfflineDb(root, new Set(['npm'])));
    expect(err.message).toMatch(/^Offline OSV database: npm\/all\.zip!GHSA-bad\.json is not valid JSON \(.+\)\.$/);
  });

  it('refuses an entry with an implausible compression ratio (a deflate bomb)', async () => {
    const bomb = Buffer.alloc(10 * 1024 * 1024, 0x20); // 10 MiB of blanks deflates to ~10 KiB
    const root = await tree({ 'npm/all.zip': buildZip([...good, { name: 'GHSA-bomb.json', data: bomb }]) });
    const err = await failure(loadOfflineDb(root, new Set(['npm'])));
    expect(err.message).toMatch(
      /^Offline OSV database: npm\/all\.zip!GHSA-bomb\.json expands \d+:1 \(\d+ bytes to 10 MiB\), over the 200:1 limit; refusing a likely zip bomb\.$/,
    );
  });

  it('refuses an entry declaring more than 64 MiB, and one that inflates past its declared size', async () => {
    const big = await tree({ 'a.zip': buildZip([{ name: 'X.json', data: '{}', method: 'store', declaredSize: 65 * 1024 * 1024 }]) });
    expect((await failure(loadOfflineDb(join(big, 'a.zip'), new Set(['npm'])))).message).toBe(
      'Offline OSV database: a.zip!X.json declares 65 MiB uncompressed, over the 64 MiB limit for one record.',
    );
    const lying = await tree({ 'a.zip': buildZip([{ name: 'X.json', data: text(record('X', 'npm', 'x')), declaredSize: 10 }]) });
    expect((await failure(loadOfflineDb(join(lying, 'a.zip'), new Set(['npm'])))).message).toBe(
      'Offline OSV database: a.zip!X.json inflates past its declared 10 bytes; refusing a likely zip bomb.',
    );
  });

  it('refuses an entry whose CRC does not match', async () => {
    const root = await tree({ 'a.zip': buildZip([{ name: 'X.json', data: text(record('X', 'npm', 'x')), declaredCrc: 12345 }]) });
    expect((await failure(loadOfflineDb(join(root, 'a.zip'), new Set(['npm'])))).message).toBe(
      'Offline OSV database: a.zip!X.json fails its CRC-32 check (corrupt zip).',
    );
  });

  it('refuses a truncated zip clearly', async () => {
    const zip = buildZip(good);
    const root = await tree({
      'half.zip': zip.subarray(0, Math.floor(zip.length / 2)),
      'tiny.zip': zip.subarray(0, 10),
      // The end record survives but the data before it is cut: the directory points past the file.
      'holed.zip': Buffer.concat([zip.subarray(0, 40), zip.subarray(zip.length - 22)]),
    });
    const message = async (name: string): Promise<string> => (await failure(loadOfflineDb(join(root, name), new Set(['npm'])))).message;
    expect(await message('half.zip')).toBe(
      'Offline OSV database: half.zip is not a readable zip (truncated or corrupt: no end of central directory record).',
    );
    expect(await message('tiny.zip')).toBe(
      'Offline OSV database: tiny.zip is not a readable zip (truncated or corrupt: 10 bytes, too short for a zip).',
    );
    expect(await message('holed.zip')).toMatch(
      /^Offline OSV database: holed\.zip is not a readable zip \(truncated or corrupt: the central directory \(\d+ bytes at offset \d+\) runs past the end record at 40\)\.$/,
    );
  });

  it('refuses ZIP64 archives with a clear message', async () => {
    const zip = buildZip(good);
    zip.writeUInt32LE(0xffffffff, zip.length - 22 + 16); // central directory offset: "see the ZIP64 record"
    const root = await tree({ 'z.zip': zip });
    const err = await failure(loadOfflineDb(join(root, 'z.zip'), new Set(['npm'])));
    expect(err.message).toBe('Offline OSV database: z.zip is a ZIP64 archive, which is not supported.');
    expect((err as { fix?: string }).fix).toMatch(/unpack the archive into a directory/);
  });
});

describe('normaliseName', () => {
  it('follows each ecosystem', () => {
    expect(normaliseName('PyPI', 'Zope.Interface__x')).toBe('zope-interface-x');
    expect(normaliseName('crates.io', 'Tokio_Util')).toBe('tokio-util');
    expect(normaliseName('Packagist', 'Symfony/Console')).toBe('symfony/console');
    expect(normaliseName('npm', 'Foo')).toBe('Foo');
    expect(normaliseName('Maven', 'org.Apache:x')).toBe('org.Apache:x');
  });
});
