import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import {
  backoffDelay,
  closeHttpAgents,
  Deadline,
  defaultRetryStatus,
  fetchJson,
  HttpError,
  parseRetryAfter,
  request,
  setBackoff,
  type RequestOptions,
} from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import { generateTls, json, startLoopback, type LoopbackServer } from '../../../test-support/loopback.js';
import { rejection } from '../../../test-support/failures.js';
import { until } from '../../../test-support/until.js';
const failure = (promise: Promise<unknown>): Promise<HttpError> => rejection(promise, HttpError);

// Backoff sleeps are recorded, not slept: tests assert the delays asked for, never wall time.
const sleeps: number[] = [];
const logs: string[] = [];
const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];
const savedEnv: Record<string, string | undefined> = {};
let restoreBackoff: () => void;
let restoreWriter: () => void;
let srv: LoopbackServer;

beforeAll(async () => {
  for (const name of PROXY_VARS) {
    savedEnv[name] = process.env[name];
    delete process.env[name];
  }
  restoreBackoff = setBackoff({ baseMs: 100, maxMs: 1000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
  restoreWriter = setWriter((text) => void logs.push(text));
  srv = await startLoopback();
});

afterAll(async () => {
  restoreBackoff();
  restoreWriter();
  await srv.close();
  await closeHttpAgents();
  for (const name of PROXY_VARS) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

beforeEach(() => {
  sleeps.length = 0;
  logs.length = 0;
  srv.reset();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('pure helpers', () => {
  it('parses Retry-After as seconds or an HTTP-date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('draws full-jitter delays from a doubling window capped at maxMs', () => {
    const b = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, { ...b, random: () => 0.999999 }))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, { ...b, random: () => 0 })).toBe(0);
  });

  it('retries 408, 429 and 5xx except 501/505', () => {
    expect([408, 429, 500, 502, 503, 504].every(defaultRetryStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 501, 505].some(defaultRetryStatus)).toBe(false);
  });

  it('tracks what is left of a deadline', () => {
    const long = new Deadline(60_000);
    expect(long.expired).toBe(false);
    expect(long.remaining()).toBeGreaterThan(0);
    expect(long.signal.aborted).toBe(false);
    expect(new Deadline(0).expired).toBe(true);
  });
});

describe('request', () => {
  it('returns JSON and sends the expected headers', async () => {
    srv.route('GET', '/ok', json(200, { hello: 'world' }));
    await expect(fetchJson(`${srv.url}/ok?x=1`)).resolves.toEqual({ hello: 'world' });
    const [req] = srv.requestsTo('GET', '/ok');
    expect(req?.url).toBe('/ok?x=1');
    expect(req?.headers['accept']).toBe('application/json');
    expect(req?.headers['user-agent']).toBe('gatehouse');
  });

  it('encodes json and form bodies', async () => {
    srv.route('POST', '/login', (req) => json(200, { got: req.body, type: req.headers['content-type'] }));
    await expect(fetchJson(`${srv.url}/login`, { method: 'POST', json: { role: 'ci' } })).resolves.toEqual({
      got: '{"role":"ci"}',
      type: 'application/json',
    });
    await expect(
      fetchJson(`${srv.url}/login`, { method: 'post', form: { Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15' } }),
    ).resolves.toEqual({
      got: 'Action=AssumeRoleWithWebIdentity&Version=2011-06-15',
      type: 'application/x-www-form-urlencoded',
    });
  });

  it('encodes a form body exactly as URLSearchParams does, odd characters and lone surrogates included', async () => {
    srv.route('POST', '/form', (req) => json(200, { got: req.body }));
    const form = { 'a b&c': "x&y=z é ~!'()* +/?", jwt: 'eyJ.a-b_c.d', lone: 'a\ud800b', empty: '' };
    await expect(fetchJson(`${srv.url}/form`, { method: 'POST', form })).resolves.toEqual({ got: new URLSearchParams(form).toString() });
  });

  it('retries 429 and waits exactly the Retry-After seconds', async () => {
    srv.route('GET', '/limited', json(200, { ok: true }));
    srv.inject({ kind: 'status', status: 429, retryAfter: 2 }, { path: '/limited', times: 2 });
    await expect(fetchJson(`${srv.url}/limited`)).resolves.toEqual({ ok: true });
    expect(srv.requestsTo('GET', '/limited')).toHaveLength(3);
    expect(sleeps).toEqual([2000, 2000]);
    expect(logs.join('')).toContain(`GET ${srv.host}/limited: 429; retry 1 of 3 in 2s.`);
  });

  it('honours Retry-After given as an HTTP-date', async () => {
    srv.route('GET', '/dated', json(200, { ok: true }));
    const at = new Date(Date.now() + 3000).toUTCString();
    srv.inject({ kind: 'status', status: 503, retryAfter: at }, { path: '/dated' });
    await expect(fetchJson(`${srv.url}/dated`)).resolves.toEqual({ ok: true });
    expect(sleeps).toHaveLength(1);
    // An HTTP-date has one-second resolution, so the computed wait is within (1s, 3s].
    expect(sleeps[0]).toBeGreaterThan(1000);
    expect(sleeps[0]).toBeLessThanOrEqual(3000);
  });

  it('retries 503 with jittered backoff, then succeeds', async () => {
    srv.route('GET', '/flaky', json(200, { ok: 1 }));
    srv.inject({ kind: 'status', status: 503 }, { path: '/flaky', times: 2 });
    await expect(fetchJson(`${srv.url}/flaky`)).resolves.toEqual({ ok: 1 });
    expect(sleeps).toEqual([50, 100]); // random 0.5 of 100ms, then of 200ms
  });

  it('gives up after maxAttempts with a one-line error naming method, host, path and status', async () => {
    srv.inject({ kind: 'status', status: 503 }, { path: '/down', times: Infinity });
    const err = await failure(request(`${srv.url}/down?token=abcdefgh12345`, { maxAttempts: 3 }));
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toBe(`GET ${srv.host}/down failed with 503 Service Unavailable: loopback fault 503 (3 attempts).`);
    expect(err.fix).toMatch(/re-run the job later/);
    expect(err.status).toBe(503);
    expect(err.attempts).toBe(3);
    expect(srv.requests).toHaveLength(3);
  });

  it('does not retry a 4xx and exposes the parsed error body for providers', async () => {
    srv.route('GET', '/v1/secret/data/app', json(403, { errors: ['permission denied'] }));
    const err = await failure(request(`${srv.url}/v1/secret/data/app`));
    expect(srv.requests).toHaveLength(1);
    expect(err.status).toBe(403);
    expect(err.body).toEqual({ errors: ['permission denied'] });
    expect(err.detail).toBe('permission denied');
    expect(err.describe()).toBe(
      `GET ${srv.host}/v1/secret/data/app failed with 403 Forbidden: permission denied. Fix: The credentials were accepted but lack permission for /v1/secret/data/app; grant it to this workflow's identity.`,
    );
  });

  it.each([
    [
      'AWS XML',
      '<ErrorResponse><Error><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error></ErrorResponse>',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ],
    [
      'GCP',
      JSON.stringify({ error: { code: 400, message: 'Invalid value for "audience"', status: 'INVALID_ARGUMENT' } }),
      'Invalid value for "audience"',
    ],
    [
      'Entra',
      JSON.stringify({ error: 'invalid_client', error_description: 'AADSTS700016: Application not found' }),
      'AADSTS700016: Application not found',
    ],
  ])('extracts the server message from %s error bodies', async (_name, body, detail) => {
    srv.route('POST', '/token', { status: 400, body });
    const err = await failure(request(`${srv.url}/token`, { method: 'POST' }));
    expect(err.detail).toBe(detail);
    expect(err.message).toContain(detail);
  });

  it('times out an attempt on a server that never answers, and retries it', async () => {
    srv.inject({ kind: 'hang' }, { path: '/hang', times: Infinity });
    const err = await failure(request(`${srv.url}/hang`, { timeoutMs: 150, maxAttempts: 2 }));
    expect(err.code).toBe('HTTP_TIMEOUT');
    expect(err.message).toBe(`GET ${srv.host}/hang timed out: no complete answer within 150ms (2 attempts).`);
    expect(srv.requests).toHaveLength(2);
  });

  it('times out while a body stalls after the headers', async () => {
    srv.inject({ kind: 'stall' }, { path: '/stall' });
    const err = await failure(request(`${srv.url}/stall`, { timeoutMs: 150, maxAttempts: 1 }));
    expect(err.code).toBe('HTTP_TIMEOUT');
  });

  it("stops at once, without a retry, when the caller's signal aborts a request in flight", async () => {
    srv.inject({ kind: 'hang' }, { path: '/hang-abort', times: Infinity });
    const controller = new AbortController();
    const pending = request(`${srv.url}/hang-abort`, { timeoutMs: 60_000, maxAttempts: 3, signal: controller.signal });
    await until(() => srv.requests.length === 1);
    controller.abort(new Error('the step was cancelled'));
    await expect(pending).rejects.toThrow('the step was cancelled');
    expect(srv.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('recovers when a delayed answer comes within the timeout', async () => {
    srv.route('GET', '/slow', json(200, { ok: true }));
    srv.inject({ kind: 'delay', ms: 20 }, { path: '/slow' });
    await expect(fetchJson(`${srv.url}/slow`, { timeoutMs: 5000 })).resolves.toEqual({ ok: true });
  });

  it('stops at the overall deadline even when the per-request timeout is longer', async () => {
    srv.inject({ kind: 'hang' }, { path: '/hang', times: Infinity });
    const deadline = new Deadline(200, "the 'timeout' input", "Raise the 'timeout' input.");
    const err = await failure(request(`${srv.url}/hang`, { timeoutMs: 60_000, deadline }));
    expect(err.code).toBe('DEADLINE_EXCEEDED');
    expect(err.describe()).toBe(`GET ${srv.host}/hang did not finish within the 'timeout' input (200ms). Fix: Raise the 'timeout' input.`);
  });

  it('fails at once when Retry-After reaches past the deadline, without sleeping', async () => {
    srv.inject({ kind: 'status', status: 429, retryAfter: 30 }, { path: '/busy' });
    const err = await failure(request(`${srv.url}/busy`, { deadline: new Deadline(10_000) }));
    expect(err.code).toBe('DEADLINE_EXCEEDED');
    expect(err.status).toBe(429);
    expect(err.message).toContain('next retry due in 30s');
    expect(sleeps).toEqual([]);
  });

  it('does not park a job on a Retry-After beyond the cap', async () => {
    srv.inject({ kind: 'status', status: 503, retryAfter: 3600 }, { path: '/later' });
    const err = await failure(request(`${srv.url}/later`));
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toContain('the server asked to retry after 60m');
    expect(sleeps).toEqual([]);
  });

  it('sends nothing once the deadline has passed', async () => {
    const err = await failure(request(`${srv.url}/ok`, { deadline: new Deadline(0) }));
    expect(err.code).toBe('DEADLINE_EXCEEDED');
    expect(srv.requests).toHaveLength(0);
  });

  it('reports a malformed JSON body without quoting it', async () => {
    srv.inject({ kind: 'malformed', body: '{"value":"s3cr3t-value-in-body' }, { path: '/broken' });
    const err = await failure(fetchJson(`${srv.url}/broken`));
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toBe(`GET ${srv.host}/broken answered 200 with a body that is not valid JSON (30 bytes, application/json).`);
    expect(err.describe()).not.toContain('s3cr3t');
  });

  it('retries a refused connection, then names it', async () => {
    const port = await freePort();
    const err = await failure(request(`http://127.0.0.1:${port}/x`, { maxAttempts: 2 }));
    expect(err.message).toBe(`GET 127.0.0.1:${port}/x failed: connection refused (ECONNREFUSED) (2 attempts).`);
    expect(err.reason).toBe('ECONNREFUSED');
    expect(sleeps).toHaveLength(1);
  });

  it('retries a socket closed without an answer', async () => {
    srv.route('GET', '/drop', json(200, { ok: true }));
    srv.inject({ kind: 'close' }, { path: '/drop' });
    await expect(fetchJson(`${srv.url}/drop`)).resolves.toEqual({ ok: true });
    expect(srv.requestsTo('GET', '/drop')).toHaveLength(2);
  });

  it('fails with HTTP_FAILED when the socket keeps closing', async () => {
    srv.inject({ kind: 'close' }, { path: '/drop', times: Infinity });
    const err = await failure(request(`${srv.url}/drop`, { maxAttempts: 3 }));
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toMatch(new RegExp(`^GET ${srv.host}/drop failed: .+ \\(3 attempts\\)\\.$`));
    expect(srv.requests).toHaveLength(3);
  });

  it('refuses redirects so credential headers never reach another host', async () => {
    const other = await startLoopback();
    try {
      srv.route('GET', '/moved', { status: 307, headers: { location: `${other.url}/steal` } });
      const err = await failure(request(`${srv.url}/moved`, { headers: { 'x-vault-token': 'hvs.secret-token-1234' } }));
      expect(err.status).toBe(307);
      expect(err.message).toBe(`GET ${srv.host}/moved failed with 307 Temporary Redirect: redirect to ${other.host} refused.`);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('refuses to buffer an oversized answer', async () => {
    srv.route('GET', '/big', { status: 200, body: 'x'.repeat(5000) });
    const err = await failure(request(`${srv.url}/big`, { maxBytes: 1000 }));
    expect(err.message).toBe(`GET ${srv.host}/big answered with more than 1000 bytes; refusing to read it.`);
    expect(srv.requests).toHaveLength(1);
  });
});

describe('no credentials, bodies or query strings in errors or logs', () => {
  const TOKEN = 's3cr3t-bearer-token-0123456789';
  const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWY6bWFpbiJ9.c2lnbmF0dXJl';
  const PASSWORD = 'hunter2-hunter2-hunter2';
  const QUERY = 'querytoken-abcdef123456';
  const secrets = [TOKEN, JWT, PASSWORD, QUERY, 'eyJ'];
  const options: RequestOptions = {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
    json: { jwt: JWT, password: PASSWORD },
    maxAttempts: 2,
    timeoutMs: 150,
  };

  function assertClean(err: HttpError): void {
    const everything = [err.message, err.describe(), JSON.stringify(err.body ?? null), err.detail ?? '', logs.join('')].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(err.message.split(' ')[1]).not.toContain('?'); // host+path, no query string
  }

  it.each([
    ['a server echoing the request back in a 401', '/echo401'],
    ['a server echoing the request back in a retried 503', '/echo503'],
  ])('%s', async (_name, path) => {
    const status = path === '/echo401' ? 401 : 503;
    srv.route('POST', path, (req) =>
      json(status, {
        errors: [`invalid token ${String(req.headers['authorization'])}`, `body was ${req.body}`, `url ${req.url}`],
        echo: req.headers,
      }),
    );
    const err = await failure(request(`${srv.url}${path}?token=${QUERY}`, options));
    expect(err.status).toBe(status);
    expect(err.detail).toBe(`invalid token ***; body was ***; url ${path}?token=***`);
    assertClean(err);
  });

  it('keeps non-secret request values (a Vault role) visible in the server message', async () => {
    srv.route('POST', '/v1/auth/jwt/login', (req) =>
      json(400, { errors: [`role "${req.json<{ role: string }>().role}" could not be found`] }),
    );
    const err = await failure(request(`${srv.url}/v1/auth/jwt/login`, { method: 'POST', json: { jwt: JWT, role: 'ci-deploy-role' } }));
    expect(err.detail).toBe('role "ci-deploy-role" could not be found');
  });

  it('scrubs token-shaped values the request did not carry', async () => {
    const leaked = 'upstream rejected Bearer abc.def-12345678 and hvs.CAESIabcdefghijklmnopqrstu and ' + JWT + '; Bearer token expired';
    srv.route('GET', '/leaky', json(502, { message: leaked }));
    const err = await failure(request(`${srv.url}/leaky`, { maxAttempts: 1 }));
    expect(err.detail).toBe('upstream rejected Bearer *** and *** and ***; Bearer token expired');
    expect(err.body).toEqual({ message: 'upstream rejected Bearer *** and *** and ***; Bearer token expired' });
  });

  it.each([
    ['a timeout', (s: LoopbackServer) => s.inject({ kind: 'hang' }, { path: '/p', times: Infinity })],
    ['a closed socket', (s: LoopbackServer) => s.inject({ kind: 'close' }, { path: '/p', times: Infinity })],
    ['a malformed body', (s: LoopbackServer) => s.inject({ kind: 'malformed', body: `{"value":"${JWT}` }, { path: '/p' })],
  ])('%s', async (_name, setup) => {
    setup(srv);
    const err = await failure(fetchJson(`${srv.url}/p?token=${QUERY}`, options));
    assertClean(err);
  });

  it('a refused connection', async () => {
    const err = await failure(request(`http://127.0.0.1:${await freePort()}/p?token=${QUERY}`, options));
    assertClean(err);
  });

  it('an invalid header value (undici quotes it in its own message), which is not retried', async () => {
    const err = await failure(request(`${srv.url}/p`, { headers: { authorization: `Bearer ${TOKEN}\nx` } }));
    expect(err.reason).toBe('INVALID_REQUEST');
    expect(err.message).toMatch(new RegExp(`^GET ${srv.host}/p could not be sent: `));
    expect(err.attempts).toBe(1);
    expect(srv.requests).toHaveLength(0);
    assertClean(err);
  });

  it('an invalid URL, which is not quoted', async () => {
    await expect(request(`http://x:${TOKEN}@[bad/p?token=${QUERY}`)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: 'A service URL is not a valid absolute URL.',
    });
  });
});

// A tiny forward proxy: absolute-form requests for http:// and CONNECT tunnels for anything.
interface Proxy {
  url: string;
  seen: string[];
  close(): Promise<void>;
}

async function startProxy(): Promise<Proxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

describe('proxies and custom CAs', () => {
  let proxy: Proxy;
  let tlsSrv: LoopbackServer;

  beforeAll(async () => {
    proxy = await startProxy();
    tlsSrv = await startLoopback({ tls: true });
    tlsSrv.route('GET', '/secure', json(200, { secure: true }));
    srv.route('GET', '/via', json(200, { via: 'ok' }));
  });

  afterAll(async () => {
    await proxy.close();
    await tlsSrv.close();
  });

  afterEach(async () => {
    for (const name of PROXY_VARS) delete process.env[name];
    proxy.seen.length = 0;
    tlsSrv.reset();
    await closeHttpAgents();
  });

  it.each([
    ['HTTP_PROXY', 'NO_PROXY'],
    ['http_proxy', 'no_proxy'],
  ])('sends http:// through %s and bypasses it for %s hosts', async (proxyVar, noProxyVar) => {
    srv.route('GET', '/via', json(200, { via: 'ok' }));
    process.env[proxyVar] = proxy.url;
    await expect(fetchJson(`${srv.url}/via`)).resolves.toEqual({ via: 'ok' });
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((line) => line.includes(srv.host))).toBe(true);

    proxy.seen.length = 0;
    process.env[noProxyVar] = '127.0.0.1';
    await expect(fetchJson(`${srv.url}/via`)).resolves.toEqual({ via: 'ok' });
    expect(proxy.seen).toEqual([]);
  });

  it.each(['HTTPS_PROXY', 'https_proxy'])('tunnels https:// through %s with CONNECT, trusting the custom CA inside', async (proxyVar) => {
    process.env[proxyVar] = proxy.url;
    await expect(fetchJson(`${tlsSrv.url}/secure`, { ca: tlsSrv.ca })).resolves.toEqual({ secure: true });
    expect(proxy.seen).toEqual([`CONNECT ${tlsSrv.host}`]);
  });

  it('times out an attempt through the proxy too, body included, as HTTP_TIMEOUT', async () => {
    srv.inject({ kind: 'stall' }, { path: '/stall-via', times: Infinity });
    process.env['HTTP_PROXY'] = proxy.url;
    const err = await failure(request(`${srv.url}/stall-via`, { timeoutMs: 150, maxAttempts: 2 }));
    expect(err.code).toBe('HTTP_TIMEOUT');
    expect(err.message).toBe(`GET ${srv.host}/stall-via timed out: no complete answer within 150ms (2 attempts).`);
    expect(proxy.seen.length).toBeGreaterThan(0);
  });

  it('does not use the proxy for https:// when the host is in NO_PROXY', async () => {
    process.env['HTTPS_PROXY'] = proxy.url;
    process.env['NO_PROXY'] = `localhost,127.0.0.1:${tlsSrv.port}`;
    await expect(fetchJson(`${tlsSrv.url}/secure`, { ca: tlsSrv.ca })).resolves.toEqual({ secure: true });
    expect(proxy.seen).toEqual([]);
  });

  it('fails clearly, without retrying, when the server certificate is not trusted', async () => {
    const err = await failure(request(`${tlsSrv.url}/secure`));
    expect(err.code).toBe('HTTP_FAILED');
    expect(err.message).toMatch(
      new RegExp(`^GET ${tlsSrv.host}/secure failed: the server's TLS certificate is not trusted \\([A-Z_]+\\)\\.$`),
    );
    expect(err.fix).toContain('CA certificate (PEM)');
    expect(err.attempts).toBe(1);
    expect(tlsSrv.requests).toHaveLength(0);
    expect(sleeps).toEqual([]);
  });

  it('succeeds with the CA that signed the server certificate', async () => {
    await expect(fetchJson(`${tlsSrv.url}/secure`, { ca: tlsSrv.ca })).resolves.toEqual({ secure: true });
    expect(tlsSrv.requests).toHaveLength(1);
  });

  it('still fails with a different CA', async () => {
    const other = await generateTls();
    const err = await failure(request(`${tlsSrv.url}/secure`, { ca: other.ca }));
    expect(err.message).toContain("the server's TLS certificate is not trusted");
  });
});
