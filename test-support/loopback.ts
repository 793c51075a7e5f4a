// Loopback servers for tests: a real HTTP or HTTPS server on 127.0.0.1 with a random port, routes by
// method + path, a record of every request, and fault injection (status codes with Retry-After,
// delays, hangs, stalled bodies, malformed bodies, dropped sockets). Service fakes (GitHub OIDC,
// Vault, AWS, GCP, Azure, OSV, Fulcio, ...) are built on it: they add routes that check requests the
// way the service does.
//
//   const server = await startLoopback();                  // or { tls: true }
//   server.route('GET', '/v1/secret/data/app', () => json(200, { data: { data: { k: 'v' } } }));
//   server.inject({ kind: 'status', status: 503 }, { times: 2 });
//   ... server.requests[0].headers['x-vault-token'] ...
//   await server.close();                                  // always; also ends hanging requests
//
// Bounded: request bodies above `maxBodyBytes` get 413, only the last `maxRecorded` requests are
// kept, and close() destroys every open socket and pending timer, so a test can never hang on it.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query exactly as sent. */
  url: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  /** Node's lower-cased header object. Over HTTP/2, without pseudo-headers and with `host` taken
   *  from `:authority`, as a server application sees it. */
  headers: IncomingHttpHeaders;
  /** '1.1' or '2.0'. */
  httpVersion: string;
  body: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = unknown>(): T;
}

/** What a handler answers. An object or array `body` is sent as JSON. */
export interface Reply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array | object | null;
}

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A misbehaviour applied instead of (or before) the route:
 * - `status`: answer this status, e.g. 429 or 503, with an optional Retry-After (seconds or date).
 * - `delay`: wait `ms`, then answer normally.
 * - `hang`: never answer; the client's timeout (or close()) ends it.
 * - `stall`: send the status line, headers and the first bytes of the body, then hang.
 * - `malformed`: answer 200 with a body that does not parse (default `{"truncated":`).
 * - `close`: destroy the socket without answering (the client sees a reset/closed connection); over
 *   HTTP/2, reset the request's stream.
 */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: number | string; body?: Reply['body']; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'stall'; status?: number }
  | { kind: 'malformed'; body?: string; contentType?: string }
  | { kind: 'close' };

export interface FaultMatch {
  /** Only requests with this method (default: any). */
  method?: string;
  /** Only this exact path, or paths matching this pattern (default: any). */
  path?: string | RegExp;
  /** How many matching requests it applies to; default 1, `Infinity` for all. */
  times?: number;
}

export interface LoopbackOptions {
  /** Serve HTTPS with a certificate for 127.0.0.1/localhost signed by a test CA (see `testTls`). */
  tls?: boolean | TestTls;
  /** With `tls`: also offer HTTP/2 (ALPN h2), as most https APIs do. Default true; false serves
   *  HTTP/1.1 only. */
  http2?: boolean;
  /** Default 1 MiB. */
  maxBodyBytes?: number;
  /** Default 1000. */
  maxRecorded?: number;
}

export interface LoopbackServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** `127.0.0.1:41234`. */
  readonly host: string;
  readonly port: number;
  /** PEM of the CA that signed the server certificate (HTTPS only). */
  readonly ca: string | undefined;
  /** Every request received, oldest first, including faulted and unrouted ones. */
  readonly requests: readonly RecordedRequest[];
  /** Connections accepted so far (TCP accepts: a TLS connection counts before its handshake). */
  readonly connections: number;
  /** TLS connections whose handshake resumed an earlier session (a ticket) instead of a full one. */
  readonly resumed: number;
  /** Answer `method path` (method `*` for any; path exact or a RegExp on the path). Last added wins. */
  route(method: string, path: string | RegExp, handler: Handler | Reply): this;
  /** Queue a fault; faults are checked in the order added, before routes. */
  inject(fault: Fault, match?: FaultMatch): this;
  /** Requests matching method and path. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** Forget recorded requests and pending faults; routes stay. */
  reset(): void;
  /** Stop listening and destroy open sockets and timers. Safe to call twice. */
  close(): Promise<void>;
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

interface Route {
  method: string;
  path: string | RegExp;
  handler: Handler;
}

interface PendingFault {
  fault: Fault;
  match: FaultMatch;
  left: number;
}

function matches(path: string | RegExp | undefined, actual: string): boolean {
  return path === undefined || (typeof path === 'string' ? path === actual : path.test(actual));
}

export async function startLoopback(options: LoopbackOptions = {}): Promise<LoopbackServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxRecorded = options.maxRecorded ?? 1000;
  const tls = options.tls === true ? await testTls() : options.tls || undefined;
  const routes: Route[] = [];
  let faults: PendingFault[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed: Promise<void> | undefined;

  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) {
        send(res, json(413, { error: `loopback: request body over ${maxBodyBytes} bytes` }));
        return;
      }
      chunks.push(chunk);
    }
    const body = Buffer.concat(chunks).toString('utf8');
    const parsed = new URL(req.url ?? '/', 'http://loopback');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: req.httpVersion === '2.0' ? applicationHeaders(req.headers) : req.headers,
      httpVersion: req.httpVersion,
      body,
      json: <T>() => JSON.parse(body) as T,
    };
    requests.push(recorded);
    if (requests.length > maxRecorded) requests.shift();

    const pending = faults.find(
      (f) => f.left > 0 && (!f.match.method || f.match.method === recorded.method) && matches(f.match.path, recorded.path),
    );
    if (pending) {
      pending.left -= 1;
      const { fault } = pending;
      switch (fault.kind) {
        case 'status': {
          const headers: Record<string, string> = { ...fault.headers };
          if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
          const reply =
            fault.body === undefined
              ? json(fault.status, { error: `loopback fault ${fault.status}` }, headers)
              : { status: fault.status, headers, body: fault.body };
          send(res, reply);
          return;
        }
        case 'hang':
          return; // the socket stays open until the client gives up or close() runs
        case 'stall':
          res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', 'content-length': '1000' });
          res.write('{"partial":');
          return;
        case 'malformed':
          send(res, {
            status: 200,
            headers: { 'content-type': fault.contentType ?? 'application/json' },
            body: fault.body ?? '{"truncated":',
          });
          return;
        case 'close':
          req.socket.destroy();
          return;
        case 'delay':
          await new Promise<void>((resolve) => later(fault.ms, resolve));
          break;
      }
    }

    const route = [...routes].reverse().find((r) => (r.method === '*' || r.method === recorded.method) && matches(r.path, recorded.path));
    if (!route) {
      send(res, json(404, { error: `loopback: no route for ${recorded.method} ${recorded.path}` }));
      return;
    }
    try {
      send(res, await route.handler(recorded));
    } catch (err) {
      // A bug in a fake shows up as a 500 naming it, not as a hung test.
      send(res, json(500, { error: `loopback handler failed: ${err instanceof Error ? err.message : String(err)}` }));
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => res.destroy());
  };
  // Over TLS, one server for both protocols: the client's ALPN offer decides (h2 unless disabled).
  // Node's compatibility API gives HTTP/2 requests the same shape as HTTP/1.1 ones.
  const server: Server | Http2SecureServer = !tls
    ? createHttpServer(listener)
    : options.http2 === false
      ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener)
      : createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, listener as never);
  let connections = 0;
  server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  let resumed = 0;
  server.on('secureConnection', (socket: TLSSocket) => {
    if (socket.isSessionReused()) resumed++;
  });
  // TLS handshakes rejected by a client (the untrusted-CA tests) are expected, not crashes.
  server.on('tlsClientError', () => {});
  server.on('clientError', (_err: unknown, socket: Socket) => socket.destroy());
  server.on('sessionError', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;

  const api: LoopbackServer = {
    url: `${tls ? 'https' : 'http'}://${host}`,
    host,
    port,
    ca: tls?.ca,
    requests,
    get connections() {
      return connections;
    },
    get resumed() {
      return resumed;
    },
    route(method, path, handler) {
      routes.push({ method: method.toUpperCase(), path, handler: typeof handler === 'function' ? handler : () => handler });
      return api;
    },
    inject(fault, match = {}) {
      faults.push({ fault, match: { ...match, method: match.method?.toUpperCase() }, left: match.times ?? 1 });
      return api;
    },
    requestsTo(method, path) {
      return requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path));
    },
    reset() {
      requests.length = 0;
      faults = [];
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
  return api;
}

/** An HTTP/2 request's headers as an application sees them: no pseudo-headers, Host from :authority. */
function applicationHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!name.startsWith(':')) out[name] = value;
  out.host ??= headers[':authority'] as string | undefined;
  return out;
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return; // the client already went away
  const { status = 200, headers = {}, body } = reply;
  let bytes: string | Uint8Array = '';
  const out: Record<string, string | string[]> = { ...headers };
  if (typeof body === 'string' || body instanceof Uint8Array) bytes = body;
  else if (body !== undefined && body !== null) {
    bytes = JSON.stringify(body);
    out['content-type'] ??= 'application/json';
  }
  res.writeHead(status, out);
  res.end(bytes);
}

// ---- TLS material ------------------------------------------------------------------------------

/** A test CA and a server certificate it signed, for 127.0.0.1 and localhost. PEM strings. */
export interface TestTls {
  ca: string;
  cert: string;
  key: string;
}

let shared: Promise<TestTls> | undefined;

/** One CA and server certificate per test process, made by `openssl` on first use. */
export function testTls(): Promise<TestTls> {
  shared ??= generateTls();
  return shared;
}

const run = promisify(execFile);

/**
 * Generate a fresh P-256 CA and a server certificate (SAN IP:127.0.0.1, DNS:localhost, serverAuth)
 * with the openssl CLI, so the TLS material is not made by the code under test. The temp dir is
 * removed afterwards; only PEM strings stay in memory.
 */
export async function generateTls(): Promise<TestTls> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-tls-'));
  const f = (name: string): string => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    await run('openssl', [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      f('ca.key'),
      '-out',
      f('ca.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=Gatehouse Test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    await run('openssl', ['req', '-new', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1']);
    await writeFile(
      f('ext.cnf'),
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n',
    );
    await run('openssl', [
      'x509',
      '-req',
      '-in',
      f('server.csr'),
      '-CA',
      f('ca.pem'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-out',
      f('server.pem'),
      '-days',
      '2',
      '-sha256',
      '-extfile',
      f('ext.cnf'),
    ]);
    const [ca, cert, key] = await Promise.all(['ca.pem', 'server.pem', 'server.key'].map((n) => readFile(f(n), 'utf8')));
    return { ca: ca!, cert: cert!, key: key! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
