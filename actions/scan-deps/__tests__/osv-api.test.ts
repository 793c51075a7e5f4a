import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GatehouseError } from '@gatehouse/core/errors';
import { Deadline, setBackoff } from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import { packageKey, queryOsv, type OsvQueryOptions } from '../src/osv/api.js';
import type { Ecosystem, OsvRecord, Package } from '../src/types.js';
import { startOsvFake, type OsvFake, type OsvFakeOptions } from '../../../test-support/fakes/osv.js';

let restoreBackoff: () => void;
let restoreWriter: () => void;
const sleeps: number[] = [];
const log: string[] = [];

beforeAll(() => {
  restoreBackoff = setBackoff({
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0,
  });
  restoreWriter = setWriter((text) => log.push(text));
});

afterAll(() => {
  restoreBackoff();
  restoreWriter();
});

let fake: OsvFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  sleeps.length = 0;
  log.length = 0;
});

async function start(options: OsvFakeOptions = {}): Promise<OsvFake> {
  fake = await startOsvFake(options);
  return fake;
}

function pkg(name: string, version: string, extra: Partial<Package> = {}): Package {
  const ecosystem = extra.ecosystem ?? 'npm';
  return {
    name,
    version,
    ecosystem,
    purl: `pkg:${ecosystem.toLowerCase()}/${name}@${version}`,
    lockfile: 'package-lock.json',
    source: 'registry',
    ...extra,
  };
}

function record(id: string, extra: Partial<OsvRecord> = {}): OsvRecord {
  return { id, modified: '2024-05-01T00:00:00Z', summary: `summary of ${id}`, affected: [], ...extra };
}

function options(osv: OsvFake, extra: Partial<OsvQueryOptions> = {}): OsvQueryOptions & { progress: string[] } {
  const progress: string[] = [];
  return { baseUrl: osv.url, deadline: new Deadline(20_000), concurrency: 4, onProgress: (m) => progress.push(m), progress, ...extra };
}

const ids = (records: OsvRecord[] | undefined): string[] => (records ?? []).map((r) => r.id);

describe('queryOsv', () => {
  it('splits 2,500 packages into 3 batches and fetches each advisory once', async () => {
    const osv = await start();
    const packages = Array.from({ length: 2500 }, (_, i) => pkg(`pkg-${i}`, '1.0.0', { line: i + 1 }));
    osv.affects(record('GHSA-aaaa-0000-0001'), [
      { ecosystem: 'npm', name: 'pkg-0', versions: ['1.0.0'] },
      { ecosystem: 'npm', name: 'pkg-1500', versions: ['1.0.0'] },
    ]);
    osv.affects(record('GHSA-aaaa-0000-0002'), [{ ecosystem: 'npm', name: 'pkg-2499', versions: ['1.0.0', '2.0.0'] }]);
    osv.affects(record('GHSA-aaaa-0000-0003'), [{ ecosystem: 'npm', name: 'pkg-1500', versions: ['0.9.0'] }]);

    const opts = options(osv);
    const results = await queryOsv(packages, opts);

    expect(osv.batches.map((b) => b.length).sort((a, b) => a - b)).toEqual([500, 1000, 1000]);
    expect(osv.calls.querybatch).toBe(3);
    // Query shape: package + version, nothing else.
    expect(osv.batches.flat()[0]).toEqual({ package: { ecosystem: 'npm', name: expect.stringMatching(/^pkg-/) }, version: '1.0.0' });
    expect(osv.calls.vulns).toBe(2);
    expect(results.size).toBe(2500);
    expect(ids(results.get(packageKey(packages[0]!)))).toEqual(['GHSA-aaaa-0000-0001']);
    expect(ids(results.recordsFor(packages[1500]!))).toEqual(['GHSA-aaaa-0000-0001']);
    expect(results.recordsFor(packages[2499]!)).toEqual([record('GHSA-aaaa-0000-0002')]);
    expect(results.recordsFor(packages[7]!)).toEqual([]);
    expect(results.unqueryable).toEqual([]);
    expect(opts.progress.join('\n')).toMatch(/querying 2,500 packages in 3 batches/);
    expect(opts.progress.join('\n')).toMatch(/3 batch requests in \d+(\.\d+)?m?s: 2 advisories for 3 packages/);
  });

  it('follows next_page_token per query, re-sending only the paged queries, including token-only answers', async () => {
    const osv = await start({ pageSize: 2, tokenOnlyFirstPage: true });
    const many = Array.from({ length: 5 }, (_, i) => record(`GHSA-page-0000-000${i}`));
    for (const r of many) osv.affects(r, [{ ecosystem: 'npm', name: 'busy', versions: ['1.0.0'] }]);
    osv.affects(record('GHSA-one0-0000-0000'), [{ ecosystem: 'PyPI', name: 'jinja2', versions: ['2.4.1'] }]);
    const packages = [
      pkg('quiet', '1.0.0'),
      pkg('busy', '1.0.0'),
      pkg('Jinja2', '2.4.1', { ecosystem: 'PyPI', purl: 'pkg:pypi/jinja2@2.4.1', lockfile: 'requirements.txt' }),
    ];

    const opts = options(osv);
    const results = await queryOsv(packages, opts);

    expect(ids(results.recordsFor(packages[1]!))).toEqual(many.map((r) => r.id));
    expect(ids(results.recordsFor(packages[2]!))).toEqual(['GHSA-one0-0000-0000']);
    expect(results.recordsFor(packages[0]!)).toEqual([]);
    // Round 1: all three; then only the paged ones, each with its token.
    expect(osv.batches.map((b) => b.length)).toEqual([3, 2, 1, 1]);
    expect(osv.batches[1]!.map((q) => q.package?.name)).toEqual(['busy', 'Jinja2']);
    for (const later of osv.batches.slice(1)) for (const q of later) expect(q.page_token).toEqual(expect.any(String));
    expect(osv.batches[3]![0]).toMatchObject({ package: { ecosystem: 'npm', name: 'busy' }, version: '1.0.0' });
    expect(osv.calls.vulns).toBe(6);
    expect(opts.progress.join('\n')).toMatch(/4 batch requests, 4 follow-up pages/);
  });

  it('asks once per distinct package and once per distinct advisory', async () => {
    const osv = await start();
    const shared = record('PYSEC-2024-1');
    osv.affects(shared, [
      { ecosystem: 'PyPI', name: 'a', versions: ['1'] },
      { ecosystem: 'PyPI', name: 'b', versions: ['2'] },
    ]);
    osv.affects(record('PYSEC-2024-2'), [{ ecosystem: 'PyPI', name: 'a', versions: ['1'] }]);
    const a = pkg('a', '1', { ecosystem: 'PyPI' });
    const results = await queryOsv([a, { ...a, lockfile: 'other/requirements.txt' }, pkg('b', '2', { ecosystem: 'PyPI' })], options(osv));
    expect(osv.batches).toHaveLength(1);
    expect(osv.batches[0]).toHaveLength(2);
    expect(osv.calls.vulns).toBe(2);
    expect(ids(results.recordsFor(a))).toEqual(['PYSEC-2024-1', 'PYSEC-2024-2']);
    expect(results.recordsFor(pkg('b', '2', { ecosystem: 'PyPI' }))).toEqual([shared]);
  });

  it('sends commit queries for git packages and reports packages without a version as unqueryable', async () => {
    const osv = await start();
    const sha = '6879efc2c1596d11a6a6ad296f80063b558d5e0f';
    osv.affectsCommits(record('OSV-2020-111'), [sha]);
    const git = pkg('from-git', '', { source: 'git', commit: sha, purl: '' });
    const local = pkg('local', '', { source: 'file', purl: '' });
    const opts = options(osv);
    const results = await queryOsv([git, local, pkg('x', '1.0.0')], opts);
    expect(osv.batches[0]).toEqual([{ commit: sha }, { package: { ecosystem: 'npm', name: 'x' }, version: '1.0.0' }]);
    expect(ids(results.recordsFor(git))).toEqual(['OSV-2020-111']);
    expect(results.unqueryable).toEqual([local]);
    expect(results.has(packageKey(local))).toBe(false);
    expect(opts.progress[0]).toBe('OSV: 1 package without a version or commit cannot be queried.');
  });

  it('makes no request when nothing can be queried', async () => {
    const osv = await start();
    const results = await queryOsv([pkg('local', '', { purl: '' })], options(osv));
    expect(results.size).toBe(0);
    expect(results.unqueryable).toHaveLength(1);
    expect(osv.server.requests).toHaveLength(0);
  });

  it('retries a 429 after the Retry-After it asked for, then succeeds', async () => {
    const osv = await start();
    osv.affects(record('GHSA-rate-0000-0001'), [{ ecosystem: 'npm', name: 'x', versions: ['1.0.0'] }]);
    osv.server.inject({ kind: 'status', status: 429, retryAfter: 2 }, { path: '/v1/querybatch' });
    osv.server.inject({ kind: 'status', status: 429, retryAfter: 1 }, { path: /^\/v1\/vulns\// });
    const results = await queryOsv([pkg('x', '1.0.0')], options(osv));
    expect(ids(results.recordsFor(pkg('x', '1.0.0')))).toEqual(['GHSA-rate-0000-0001']);
    expect(sleeps).toEqual([2000, 1000]);
    expect(osv.server.requestsTo('POST', '/v1/querybatch')).toHaveLength(2);
    expect(log.join('')).toMatch(/v1\/querybatch: 429; retry 1 of 3 in 2s/);
  });

  it('fails clearly when OSV answers 5xx on every attempt', async () => {
    const osv = await start();
    osv.server.inject({ kind: 'status', status: 503 }, { path: '/v1/querybatch', times: Infinity });
    const err = await queryOsv([pkg('x', '1.0.0')], options(osv)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GatehouseError);
    expect((err as GatehouseError).code).toBe('HTTP_FAILED');
    expect((err as GatehouseError).message).toMatch(
      /^OSV lookup failed: POST 127\.0\.0\.1:\d+\/v1\/querybatch failed with 503 Service Unavailable: loopback fault 503 \(4 attempts\)\.$/,
    );
    expect((err as GatehouseError).fix).toMatch(/re-run the job later/);
    expect(osv.server.requestsTo('POST', '/v1/querybatch')).toHaveLength(4);
  });

  it('reports a 400 naming the package at the failing index, without retrying', async () => {
    const osv = await start();
    const packages = Array.from({ length: 1500 }, (_, i) => pkg(`p${i}`, '1.0.0', { line: i + 1 }));
    packages[1300] = pkg('bad-pkg', '1.0.0', { ecosystem: 'NotAnEcosystem' as Ecosystem, line: 1301, purl: 'pkg:generic/bad-pkg@1.0.0' });
    const err = await queryOsv(packages, options(osv, { concurrency: 1 })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GatehouseError);
    expect((err as GatehouseError).message).toBe(
      'OSV rejected the query for NotAnEcosystem package "bad-pkg" 1.0.0 (package-lock.json:1301): invalid ecosystem.',
    );
    expect((err as GatehouseError).fix).toMatch(/package-lock\.json/);
    // The second chunk (index 300 in it) was sent once: a 400 is not retried.
    const second = osv.server.requestsTo('POST', '/v1/querybatch').filter((r) => r.body.includes('bad-pkg'));
    expect(second).toHaveLength(1);
  });

  it('stops at the deadline when OSV hangs', async () => {
    const osv = await start();
    osv.server.inject({ kind: 'hang' }, { path: '/v1/querybatch', times: Infinity });
    const started = Date.now();
    const err = await queryOsv([pkg('x', '1.0.0')], options(osv, { deadline: new Deadline(300, "the 'timeout' input") })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(GatehouseError);
    expect((err as GatehouseError).code).toBe('DEADLINE_EXCEEDED');
    expect((err as GatehouseError).message).toMatch(
      /^OSV lookup failed: POST 127\.0\.0\.1:\d+\/v1\/querybatch did not finish within the 'timeout' input \(300ms\)/,
    );
  });

  it('keeps an advisory that querybatch named but the record endpoint no longer knows', async () => {
    const osv = await start();
    osv.affects('GHSA-gone-0000-0000', [{ ecosystem: 'npm', name: 'x', versions: ['1.0.0'] }]);
    const opts = options(osv);
    const results = await queryOsv([pkg('x', '1.0.0')], opts);
    expect(results.recordsFor(pkg('x', '1.0.0'))).toEqual([{ id: 'GHSA-gone-0000-0000', modified: '2024-01-01T00:00:00Z' }]);
    expect(results.missing).toEqual(['GHSA-gone-0000-0000']);
    expect(opts.progress.at(-1)).toBe('OSV: 1 advisory listed by querybatch was not found: GHSA-gone-0000-0000.');
  });

  it('refuses a base URL that is not http(s)', async () => {
    await expect(queryOsv([pkg('x', '1')], { baseUrl: 'ftp://osv', deadline: new Deadline(1000), concurrency: 1 })).rejects.toThrow(
      /The OSV URL "ftp:\/\/osv" is not an http\(s\) URL/,
    );
  });
});

describe('the OSV fake', () => {
  it('validates batches like osv.dev', async () => {
    const osv = await start();
    const post = async (queries: unknown[]): Promise<{ status: number; body: unknown }> => {
      const res = await fetch(`${osv.url}/v1/querybatch`, { method: 'POST', body: JSON.stringify({ queries }) });
      return { status: res.status, body: await res.json() };
    };
    const many = Array.from({ length: 1001 }, () => ({ package: { ecosystem: 'npm', name: 'x' }, version: '1' }));
    expect(await post(many)).toEqual({ status: 400, body: { code: 3, message: 'too many queries', details: [] } });
    expect((await post([{ package: { purl: 'pkg:npm/x@1', name: 'x' } }])).body).toMatchObject({
      message: 'error in query at index 0: name specified in a PURL query',
    });
    expect(
      (
        await post([
          { package: { ecosystem: 'npm', name: 'ok' }, version: '1' },
          { package: { ecosystem: 'nope', name: 'x' }, version: '1' },
        ])
      ).body,
    ).toMatchObject({
      message: 'error in query at index 1: invalid ecosystem',
    });
    expect((await post([{ package: { ecosystem: 'npm', name: '' }, version: '1' }])).body).toMatchObject({
      message: 'error in query at index 0: invalid query',
    });
    expect(await post([{ package: { ecosystem: 'npm', name: 'x' }, version: '1' }])).toEqual({ status: 200, body: { results: [{}] } });

    const missing = await fetch(`${osv.url}/v1/vulns/GHSA-none`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 5, message: 'Vulnerability not found', details: [] });
  });

  it('answers /v1/query with full records and serves all.zip with an X-Goog-Hash', async () => {
    const osv = await start();
    const r = record('GHSA-zip0-0000-0000', { affected: [{ package: { ecosystem: 'npm', name: 'x' }, versions: ['1.0.0'] }] });
    osv.affects(r, [{ ecosystem: 'npm', name: 'x', versions: ['1.0.0'] }]);
    const res = await fetch(`${osv.url}/v1/query`, { method: 'POST', body: JSON.stringify({ package: { purl: 'pkg:npm/x@1.0.0' } }) });
    expect(await res.json()).toEqual({ vulns: [r] });

    const head = await fetch(`${osv.url}/npm/all.zip`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-goog-hash')).toMatch(/^crc32c=[A-Za-z0-9+/]{6}==$/);
    const zip = Buffer.from(await (await fetch(`${osv.url}/npm/all.zip`)).arrayBuffer());
    expect(zip.equals(osv.zipFor('npm'))).toBe(true);
    expect((await fetch(`${osv.url}/Nope/all.zip`)).status).toBe(404);
  });
});
