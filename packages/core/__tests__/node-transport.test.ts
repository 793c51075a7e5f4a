import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { closeIdleConnections, nodeFetch, preconnect, type TransportResponse } from '@gatehouse/core/node-transport';
import { until } from '../../../test-support/until.js';

// A raw TCP server: each request's bytes are recorded with the connection they came on, and
// answered by `answer`, which writes whatever bytes a test wants (valid or not) on the socket.
interface Seen {
  connection: number;
  head: string;
  body: string;
}

let server: Server;
let origin: URL;
let connections = 0;
const seen: Seen[] = [];
const open = new Set<Socket>();
let answer: (socket: Socket, req: Seen) => void = () => {};

function parseRequests(socket: Socket, id: number): void {
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.toString('latin1', 0, end);
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < end + 4 + length) return;
      const req = { connection: id, head, body: buf.toString('utf8', end + 4, end + 4 + length) };
      buf = buf.subarray(end + 4 + length);
      seen.push(req);
      answer(socket, req);
    }
  });
}

beforeAll(async () => {
  server = createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => {});
    parseRequests(socket, ++connections);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterEach(() => {
  closeIdleConnections();
  seen.length = 0;
});

afterAll(async () => {
  for (const socket of open) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ok = (body: string, extra = ''): string => `HTTP/1.1 200 OK\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

function get(path: string, init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal } = {}) {
  return nodeFetch(new URL(path, origin), {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    body: init.body,
    signal: init.signal ?? AbortSignal.timeout(5_000),
  });
}

async function text(res: TransportResponse): Promise<string> {
  let out = '';
  for await (const chunk of res.body!) out += Buffer.from(chunk).toString('utf8');
  return out;
}

async function cause(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toBe('fetch failed');
    return (err as { cause: { code?: string; message: string } }).cause;
  }
  throw new Error('expected a failure');
}

describe('node-transport', () => {
  it('writes one well-formed request with Host, the headers given and Content-Length', async () => {
    answer = (socket) => socket.write(ok('{"ok":true}', 'content-type: application/json\r\n'));
    const res = await get('/v1/secret/data/app?version=2', {
      method: 'POST',
      headers: { 'x-vault-token': 'hvs.token', 'content-type': 'application/json' },
      body: '{"é":1}',
    });
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('OK');
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(await text(res)).toBe('{"ok":true}');
    expect(seen).toEqual([
      {
        connection: expect.any(Number),
        head: `POST /v1/secret/data/app?version=2 HTTP/1.1\r\nhost: ${origin.host}\r\nx-vault-token: hvs.token\r\ncontent-type: application/json\r\ncontent-length: 8`,
        body: '{"é":1}',
      },
    ]);
  });

  it('sends content-length: 0 for a POST without a body, and none for a GET', async () => {
    answer = (socket) => socket.write(ok(''));
    await text(await get('/a', { method: 'POST' }));
    await text(await get('/b'));
    expect(seen.map((req) => req.head.split('\r\n').slice(2))).toEqual([['content-length: 0'], []]);
  });

  it('reuses a kept-alive connection for the next request, and opens one per request in flight', async () => {
    answer = (socket) => socket.write(ok('x'));
    await text(await get('/1'));
    await text(await get('/2'));
    expect(seen[0]!.connection).toBe(seen[1]!.connection);

    seen.length = 0;
    const slow: Socket[] = [];
    answer = (socket) => slow.push(socket);
    const inFlight = [get('/p1'), get('/p2'), get('/p3')];
    await until(() => seen.length === 3);
    for (const socket of slow) socket.write(ok('y'));
    await Promise.all(inFlight.map(async (res) => text(await res)));
    expect(new Set(seen.map((req) => req.connection)).size).toBe(3);
  });

  it('preconnects: the connections open before any request, and the requests then use them', async () => {
    const before = connections;
    preconnect(origin, undefined, 3);
    await until(() => connections === before + 3);
    expect(seen).toHaveLength(0);
    // Asked again, it tops up to the count instead of adding three more.
    preconnect(origin, undefined, 3);
    const slow: Socket[] = [];
    answer = (socket) => slow.push(socket);
    const inFlight = [get('/a'), get('/b'), get('/c')];
    await until(() => seen.length === 3);
    for (const socket of slow) socket.write(ok('pre'));
    expect(await Promise.all(inFlight.map(async (res) => text(await res)))).toEqual(['pre', 'pre', 'pre']);
    expect(connections).toBe(before + 3);
    expect(new Set(seen.map((req) => req.connection)).size).toBe(3);
  });

  it('takes a preconnected socket while it is still connecting: the request waits for the handshake', async () => {
    answer = (socket) => socket.write(ok('early'));
    const before = connections;
    preconnect(origin, undefined, 1);
    // A turn of the microtask and tick queues, not of the event loop: the socket has not connected
    // yet, but Node has already queued its "start reading once connected" listener, which taking
    // the socket must keep (it once removed every listener, and the answer was never read).
    await new Promise((resolve) => process.nextTick(resolve));
    await expect(get('/now').then(text)).resolves.toBe('early');
    expect(connections).toBe(before + 1);
  });

  it('drops a preconnected socket the server closes before it is used; the request opens another', async () => {
    answer = (socket) => socket.write(ok('fresh'));
    const before = connections;
    preconnect(origin, undefined, 1);
    await until(() => connections === before + 1 && open.size > 0);
    for (const socket of open) socket.end();
    await until(() => open.size === 0);
    await expect(get('/after').then(text)).resolves.toBe('fresh');
    expect(connections).toBe(before + 2);
  });

  it('lets a preconnected socket that cannot connect fail quietly; a request then connects afresh and fails on its own', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const nowhere = new URL(`http://127.0.0.1:${port}`);
    preconnect(nowhere, undefined, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The refused connections left the pool: a request connects afresh and fails on its own.
    await expect(
      nodeFetch(new URL('/x', nowhere), { method: 'GET', headers: {}, body: undefined, signal: AbortSignal.timeout(5_000) }),
    ).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });

  it('does not reuse a connection the server asked to close, or one it closed while idle', async () => {
    answer = (socket) => socket.write(ok('x', 'connection: close\r\n'));
    await text(await get('/1'));
    answer = (socket) => socket.write(ok('x'));
    await text(await get('/2'));
    expect(seen[0]!.connection).not.toBe(seen[1]!.connection);

    // The server ends the idle connection: the pool drops it, and the next request is not hurt.
    for (const socket of open) socket.end();
    await until(() => open.size === 0);
    await expect(get('/3').then(text)).resolves.toBe('x');
    expect(seen[2]!.connection).not.toBe(seen[1]!.connection);
  });

  it('fails a response cut off mid-body with ECONNRESET, through the body iterator', async () => {
    answer = (socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\npartial');
      setTimeout(() => socket.destroy(), 20);
    };
    const res = await get('/cut');
    expect(res.status).toBe(200);
    expect(await cause(text(res))).toMatchObject({ code: 'ECONNRESET' });
  });

  it('fails a connection closed before any answer with ECONNRESET', async () => {
    answer = (socket) => socket.destroy();
    expect(await cause(get('/drop'))).toMatchObject({ code: 'ECONNRESET' });
  });

  it('fails a malformed response with HTTP_PARSE_ERROR and drops the connection', async () => {
    answer = (socket) => socket.write('HTTP/1.1 200 OK\r\nBad Header\r\n\r\n');
    expect(await cause(get('/bad'))).toMatchObject({ code: 'HTTP_PARSE_ERROR', message: 'a header name is invalid' });
    answer = (socket) => socket.write(ok('fine'));
    await expect(get('/after').then(text)).resolves.toBe('fine');
    expect(seen[1]!.connection).not.toBe(seen[0]!.connection);
  });

  it('refuses an invalid header before any I/O, without quoting its value', async () => {
    const before = connections;
    const err = await get('/x', { headers: { authorization: 'Bearer s3cr3t-value\r\nx-injected: 1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as TypeError).cause).toBeUndefined();
    expect((err as TypeError).message).toBe('Invalid character in the value of header "authorization".');
    await expect(get('/x', { headers: { 'bad name': 'v' } })).rejects.toThrow('Invalid header name "bad name".');
    expect(connections).toBe(before);
    expect(seen).toEqual([]);
  });

  it('aborts a request waiting for its answer and closes the connection', async () => {
    let socketSeen: Socket | undefined;
    answer = (socket) => (socketSeen = socket);
    const controller = new AbortController();
    const pending = get('/hang', { signal: controller.signal });
    await until(() => socketSeen !== undefined);
    controller.abort(new Error('stop'));
    expect(await cause(pending)).toMatchObject({ message: 'stop' });
    await until(() => socketSeen!.destroyed || socketSeen!.readableEnded);
  });

  it('fails with a TimeoutError when the whole answer has not arrived within timeoutMs, and closes the connection', async () => {
    let socketSeen: Socket | undefined;
    // The head arrives at once; the body never does: the limit covers the body too.
    answer = (socket) => {
      socketSeen = socket;
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n12345');
    };
    const res = await nodeFetch(new URL('/stall', origin), { method: 'GET', headers: {}, body: undefined, timeoutMs: 150 });
    expect(res.status).toBe(200);
    const failure = await text(res).then(
      () => undefined,
      (err: unknown) => err as { message: string; cause: { name: string } },
    );
    expect(failure).toMatchObject({ message: 'fetch failed', cause: { name: 'TimeoutError' } });
    await until(() => socketSeen!.destroyed || socketSeen!.readableEnded);
  });

  it('fails at once when the signal is already aborted, without connecting', async () => {
    const before = connections;
    expect(await cause(get('/never', { signal: AbortSignal.abort(new Error('early')) }))).toMatchObject({ message: 'early' });
    expect(connections).toBe(before);
  });

  it('closes the connection when the reader stops early (an oversized body)', async () => {
    answer = (socket) => socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 1000000\r\n\r\n${'z'.repeat(1000)}`);
    const res = await get('/big');
    for await (const chunk of res.body!) {
      expect(chunk.byteLength).toBeGreaterThan(0);
      break;
    }
    await until(() => open.size === 0);
  });
});
