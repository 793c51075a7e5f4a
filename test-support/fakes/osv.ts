// Loopback fake of the OSV API (api.osv.dev) and of its bulk export bucket
// (osv-vulnerabilities.storage.googleapis.com).
//
// Doc source: the osv.dev API docs and `proto/v1/osv_service_v1.proto`, osv.dev's
// `go/internal/api/query_affected.go` (parseQuery), osv-scanner's recorded cassettes and the data
// docs (docs/data.md), summarised in the shared notes, reference/osv.md §2:
// - `POST /v1/querybatch` `{"queries":[Query]}` -> `{"results":[{"vulns":[{"id","modified"}],
//   "next_page_token"?}]}`, one result per query in query order, `{}` for no hits, ids and
//   `modified` only. Any invalid query fails the whole batch with 400
//   `{"code":3,"message":"error in query at index N: <why>","details":[]}`, <why> one of:
//   `too many queries` (more than 1000; no index), `name specified in a PURL query`,
//   `ecosystem specified in a PURL query`, `version specified in params and PURL query`,
//   `invalid ecosystem`, `invalid query` (empty name, or no ecosystem and no version, or commit
//   together with version), `invalid commit hash` (not hex: the wording is ours).
//   Paging: osv.dev pages a query past 1000 ids or a batch past ~3000; the client re-sends only
//   the paged queries, each with its `page_token`, and appends. A result may hold only a token.
// - `POST /v1/query` Query -> `{"vulns":[<full records>]}` or `{}`.
// - `GET /v1/vulns/{id}` -> the full record; unknown id: 404
//   `{"code":5,"message":"Vulnerability not found"}`; empty id: 400.
// - `HEAD`/`GET /<ECOSYSTEM>/all.zip` (and `/all.zip` for every ecosystem): a flat zip, one
//   `<ID>.json` per record (withdrawn ones included), with `X-Goog-Hash: crc32c=<base64 BE uint32>`.
// Not documented, so chosen here: an unknown page token answers 400 `invalid page token`; an
// unknown ecosystem zip answers 404 with a GCS-style XML `NoSuchKey` body.
//
// Affected-ness is a table the test seeds, not range matching: `affects(record, [{ ecosystem,
// name, versions }])` says which exact versions a record hits (PyPI names compared PEP 503
// normalised, as osv.dev does); `affectsCommits(record, [sha])` for commit queries.
//
// API:
//   const osv = await startOsvFake({ pageSize?: 2, tokenOnlyFirstPage?: true, tls? });
//   osv.addRecord(record); osv.affects(record, [{ ecosystem: 'npm', name: 'x', versions: ['1.0.0'] }])
//   osv.url, osv.server (LoopbackServer: inject 429/5xx/hang, requests), osv.calls.querybatch/...,
//   osv.batches (the queries of every querybatch, in order), osv.zipFor('npm') (the bytes served)
// Also exported: buildZip(entries) (stored or deflated entries, sizes overridable to build bad
// zips) and crc32c(bytes), for the offline-database tests.

import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { json, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../loopback.js';
import type { OsvRecord } from '../../actions/scan-deps/src/types.js';

export const OSV_ECOSYSTEMS = [
  'AlmaLinux',
  'Alpine',
  'Android',
  'Bitnami',
  'Chainguard',
  'CRAN',
  'crates.io',
  'Debian',
  'GHC',
  'GIT',
  'GitHub Actions',
  'Go',
  'Hackage',
  'Hex',
  'Linux',
  'Mageia',
  'Maven',
  'MinimOS',
  'npm',
  'NuGet',
  'openSUSE',
  'OSS-Fuzz',
  'Packagist',
  'Photon OS',
  'Pub',
  'PyPI',
  'Red Hat',
  'Rocky Linux',
  'RubyGems',
  'SUSE',
  'SwiftURL',
  'Ubuntu',
  'Wolfi',
];

export interface OsvFakeOptions {
  /** Ids per query per querybatch response; more carry a `next_page_token`. Default: no paging. */
  pageSize?: number;
  /** The first answer for a query with hits holds only a token, as osv.dev may send. */
  tokenOnlyFirstPage?: boolean;
  tls?: boolean;
}

export interface AffectedEntry {
  ecosystem: string;
  name: string;
  versions: string[];
}

export interface OsvQueryBody {
  package?: { ecosystem?: string; name?: string; purl?: string };
  version?: string;
  commit?: string;
  page_token?: string;
}

export interface OsvFake {
  readonly url: string;
  readonly ca: string | undefined;
  readonly server: LoopbackServer;
  /** Requests that reached each handler (a fault the loopback answers first is not counted; see server.requests). */
  readonly calls: { querybatch: number; query: number; vulns: number; zip: number };
  /** The `queries` of every querybatch that reached the handler, in order. */
  readonly batches: OsvQueryBody[][];
  readonly records: Map<string, OsvRecord>;
  addRecord(record: OsvRecord): void;
  affects(record: OsvRecord | string, entries: AffectedEntry[]): void;
  affectsCommits(record: OsvRecord | string, commits: string[]): void;
  /** The zip `/<eco>/all.zip` serves (`undefined`: every record). */
  zipFor(ecosystem?: string): Buffer;
  close(): Promise<void>;
}

const MAX_QUERIES = 1000;
const DEFAULT_MODIFIED = '2024-01-01T00:00:00Z';

export async function startOsvFake(options: OsvFakeOptions = {}): Promise<OsvFake> {
  const server = await startLoopback({ tls: options.tls === true, maxBodyBytes: 8 * 1024 * 1024 });
  const records = new Map<string, OsvRecord>();
  // `${ecosystem}\0${name}\0${version}` -> record ids, in the order seeded.
  const table = new Map<string, string[]>();
  const commitTable = new Map<string, string[]>();
  const tokens = new Map<string, { key: string; offset: number }>();
  const calls = { querybatch: 0, query: 0, vulns: 0, zip: 0 };
  const batches: OsvQueryBody[][] = [];

  const idOf = (record: OsvRecord | string): string => {
    if (typeof record === 'string') return record;
    if (!records.has(record.id)) records.set(record.id, record);
    return record.id;
  };
  const push = (map: Map<string, string[]>, key: string, id: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };

  /** The ids a valid query hits, plus a key identifying the query for page tokens. */
  const lookup = (q: OsvQueryBody): { key: string; ids: string[] } => {
    if (q.commit !== undefined) {
      const key = `commit\0${q.commit.toLowerCase()}`;
      return { key, ids: commitTable.get(key) ?? [] };
    }
    let { ecosystem = '', name = '' } = q.package ?? {};
    let version = q.version ?? '';
    if (q.package?.purl) ({ ecosystem, name, version } = fromPurl(q.package.purl, version));
    const key = tableKey(ecosystem, name, version);
    return { key, ids: table.get(key) ?? [] };
  };

  const summaries = (ids: string[]): Array<{ id: string; modified: string }> =>
    ids.map((id) => ({ id, modified: records.get(id)?.modified ?? DEFAULT_MODIFIED }));

  const issueToken = (key: string, offset: number): string => {
    const token = randomBytes(12).toString('base64url');
    tokens.set(token, { key, offset });
    return token;
  };

  server.route('POST', '/v1/querybatch', (req) => {
    calls.querybatch++;
    const body = parseBody(req);
    if ('error' in body) return body.error;
    const queries = (body.value as { queries?: unknown }).queries;
    if (!Array.isArray(queries)) return invalidArgument('invalid query');
    if (queries.length > MAX_QUERIES) return invalidArgument('too many queries');
    batches.push(queries as OsvQueryBody[]);
    const problems = queries.map((q) => checkQuery(q));
    const bad = problems.findIndex((p) => p !== undefined);
    if (bad >= 0) return invalidArgument(`error in query at index ${bad}: ${problems[bad]}`);

    const results: Array<Record<string, unknown>> = [];
    for (const query of queries as OsvQueryBody[]) {
      const { key, ids } = lookup(query);
      let offset = 0;
      if (query.page_token !== undefined) {
        const token = tokens.get(query.page_token);
        if (!token || token.key !== key) return invalidArgument('invalid page token');
        tokens.delete(query.page_token);
        offset = token.offset;
      } else if (options.tokenOnlyFirstPage && ids.length > 0) {
        results.push({ next_page_token: issueToken(key, 0) });
        continue;
      }
      const size = options.pageSize ?? Infinity;
      const page = ids.slice(offset, offset + size);
      const result: Record<string, unknown> = {};
      if (page.length > 0) result['vulns'] = summaries(page);
      if (offset + size < ids.length) result['next_page_token'] = issueToken(key, offset + size);
      results.push(result);
    }
    return json(200, { results });
  });

  server.route('POST', '/v1/query', (req) => {
    calls.query++;
    const body = parseBody(req);
    if ('error' in body) return body.error;
    const problem = checkQuery(body.value);
    if (problem) return invalidArgument(problem);
    const { ids } = lookup(body.value as OsvQueryBody);
    const vulns = ids.map((id) => records.get(id)).filter((r) => r !== undefined);
    return json(200, vulns.length > 0 ? { vulns } : {});
  });

  server.route('GET', /^\/v1\/vulns\/.*$/, (req) => {
    calls.vulns++;
    const id = decodeURIComponent(req.path.slice('/v1/vulns/'.length));
    if (id === '' || id.length > 100) return invalidArgument('invalid id');
    const record = records.get(id);
    return record ? json(200, record) : json(404, { code: 5, message: 'Vulnerability not found', details: [] });
  });

  const zipFor = (ecosystem?: string): Buffer => {
    const chosen = [...records.values()].filter(
      (r) => ecosystem === undefined || (r.affected ?? []).some((a) => bareEcosystem(a.package?.ecosystem ?? '') === ecosystem),
    );
    return buildZip(chosen.map((r) => ({ name: `${r.id}.json`, data: JSON.stringify(r, null, 2) })));
  };

  const serveZip = (req: RecordedRequest): Reply => {
    calls.zip++;
    const match = /^\/(?:([^/]+)\/)?all\.zip$/.exec(req.path);
    const ecosystem = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
    if (ecosystem !== undefined && !OSV_ECOSYSTEMS.includes(ecosystem)) {
      return {
        status: 404,
        headers: { 'content-type': 'application/xml; charset=UTF-8' },
        body: "<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>",
      };
    }
    const zip = zipFor(ecosystem);
    const hash = Buffer.alloc(4);
    hash.writeUInt32BE(crc32c(zip));
    const headers = {
      'content-type': 'application/zip',
      'content-length': String(zip.length),
      'x-goog-hash': `crc32c=${hash.toString('base64')}`,
    };
    // Node drops the body of a HEAD answer itself; the headers stay.
    return { status: 200, headers, body: req.method === 'HEAD' ? '' : zip };
  };
  server.route('GET', /^\/(?:[^/]+\/)?all\.zip$/, serveZip);
  server.route('HEAD', /^\/(?:[^/]+\/)?all\.zip$/, serveZip);

  return {
    url: server.url,
    ca: server.ca,
    server,
    calls,
    batches,
    records,
    addRecord(record) {
      records.set(record.id, record);
    },
    affects(record, entries) {
      const id = idOf(record);
      for (const e of entries) for (const v of e.versions) push(table, tableKey(e.ecosystem, e.name, v), id);
    },
    affectsCommits(record, commits) {
      const id = idOf(record);
      for (const c of commits) push(commitTable, `commit\0${c.toLowerCase()}`, id);
    },
    zipFor,
    close: () => server.close(),
  };
}

function tableKey(ecosystem: string, name: string, version: string): string {
  const n = bareEcosystem(ecosystem) === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
  return `${ecosystem}\0${n}\0${version}`;
}

function bareEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

const PURL_TYPES: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  composer: 'Packagist',
  maven: 'Maven',
  nuget: 'NuGet',
};

/** Enough of the purl spec for the fake: `pkg:type/namespace/name@version`. */
function fromPurl(purl: string, version: string): { ecosystem: string; name: string; version: string } {
  const m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m) return { ecosystem: '', name: '', version };
  const type = m[1]!.toLowerCase();
  const parts = m[2]!.split('/').map(decodeURIComponent);
  const name = type === 'maven' ? parts.join(':') : parts.join('/');
  return { ecosystem: PURL_TYPES[type] ?? '', name, version: m[3] ? decodeURIComponent(m[3]) : version };
}

/** osv.dev's parseQuery, reduced to the rules in the notes; undefined when the query is valid. */
function checkQuery(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'invalid query';
  const q = raw as OsvQueryBody;
  if (q.commit !== undefined) {
    if (q.version !== undefined && q.version !== '') return 'invalid query';
    if (typeof q.commit !== 'string' || !/^[0-9a-fA-F]+$/.test(q.commit)) return 'invalid commit hash';
    return undefined;
  }
  const pkg = q.package ?? {};
  if (pkg.purl) {
    if (pkg.name) return 'name specified in a PURL query';
    if (pkg.ecosystem) return 'ecosystem specified in a PURL query';
    const parsed = fromPurl(pkg.purl, '');
    if (parsed.version && q.version) return 'version specified in params and PURL query';
    if (!parsed.ecosystem) return 'invalid ecosystem';
    return undefined;
  }
  if (!pkg.ecosystem && !q.version) return 'invalid query';
  if (pkg.ecosystem && !OSV_ECOSYSTEMS.includes(bareEcosystem(pkg.ecosystem))) return 'invalid ecosystem';
  if (!pkg.name) return 'invalid query';
  return undefined;
}

function invalidArgument(message: string): Reply {
  return json(400, { code: 3, message, details: [] });
}

function parseBody(req: RecordedRequest): { value: unknown } | { error: Reply } {
  try {
    const value = req.json();
    if (!value || typeof value !== 'object') return { error: invalidArgument('invalid query') };
    return { value };
  } catch {
    return { error: invalidArgument('Request body is not valid JSON') };
  }
}

// ---- zip writer ---------------------------------------------------------------------------------

export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** Default `deflate`. */
  method?: 'store' | 'deflate';
  /** Lie in the headers (to build bad zips): the uncompressed size / CRC recorded. */
  declaredSize?: number;
  declaredCrc?: number;
}

/**
 * A plain zip (PKWARE APPNOTE 6.3: local headers, central directory, end record; no ZIP64, no data
 * descriptors), UTF-8 names, fixed timestamp.
 */
export function buildZip(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2024 - 1980) * 512 + 1 * 32 + 1; // 2024-01-01
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const deflate = (entry.method ?? 'deflate') === 'deflate';
    const data = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = entry.declaredCrc ?? crc32(raw);
    const size = entry.declaredSize ?? raw.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let CRC32C_TABLE: Uint32Array | undefined;

/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), what GCS reports in X-Goog-Hash. */
export function crc32c(data: Uint8Array): number {
  if (!CRC32C_TABLE) {
    CRC32C_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
      CRC32C_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC32C_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
