// A fetch-shaped HTTP/1.1 client over node:net and node:tls, used for every request that does not
// go through a proxy. It answers with what core http reads: status, statusText, headers.get() and
// an async-iterable body.
//
// Why not node:http or the global fetch: undici (the global fetch) costs ~45 ms to load, and
// node:http ~7 ms to load plus ~0.5 ms of cold JavaScript per request on a 2-core runner; a step
// that reads fifty secrets in parallel spent ~30 ms more in node:http than on bare sockets. Here a
// request is one write of a head this module builds, and the response goes through the strict
// parser in http1-response.ts.
//
// Connections: one per request in flight (parallel reads each get their own, so the latency is
// paid once), kept alive afterwards per origin and CA, unref'd while idle so they never hold the
// process open, and dropped after IDLE_MS (below the 5 s keep-alive timeout of common servers) or
// as soon as the server closes them. There is no hidden resend: a request that fails on a reused
// connection is one failed attempt, retried (or not) by http.ts like any other, so attempt counts
// stay exact.
//
// Error shapes mirror fetch's, so http.ts classifies both the same way: a network failure is a
// TypeError whose `cause` carries the code; a request that cannot be sent (an invalid header name
// or value) is a TypeError without a cause, before any I/O.

import type * as Net from 'node:net';
import type { Socket } from 'node:net';
import type * as Tls from 'node:tls';
import { ResponseParser, TOKEN, type ResponseHead } from './http1-response.js';

export interface TransportResponse {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
  body: AsyncIterable<Uint8Array> | null;
}

export interface ResponseHeaders {
  get(name: string): string | null;
}

export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /**
   * Fail with a TimeoutError (as AbortSignal.timeout's) when the whole response, body included, has
   * not arrived within this time. A plain timer: an AbortSignal.timeout per request costs an
   * EventTarget, a weak reference and a listener, interpreted, for each of fifty cold requests.
   */
  timeoutMs?: number;
  /** Abort from outside (the caller's own cancellation). */
  signal?: AbortSignal;
  ca?: string;
}

const IDLE_MS = 4_000;
// What Node's own client refuses in a header value (it would otherwise split or corrupt the head).
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

// Loaded on the first request, not at start-up.
const net = (): typeof Net => process.getBuiltinModule('node:net') as typeof Net;
const tls = (): typeof Tls => process.getBuiltinModule('node:tls') as typeof Tls;

interface IdleSocket {
  socket: Socket;
  since: number;
  /** Ends the connection when the server sends or does anything while it is idle. */
  drop: () => void;
}

const IDLE_EVENTS = ['data', 'end', 'close', 'error'] as const;

/** Idle keep-alive connections by origin and CA. */
const idle = new Map<string, IdleSocket[]>();
/** One TLS context per CA (or the default store): a custom CA's PEM is parsed once, not per connection. */
const contexts = new Map<string, Tls.SecureContext>();

const ignore = (): void => {};

class HeaderMap implements ResponseHeaders {
  constructor(private readonly map: Map<string, string>) {}

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
}

export function nodeFetch(url: URL, init: TransportInit): Promise<TransportResponse> {
  let payload: Buffer;
  try {
    payload = encodeRequest(url, init);
  } catch (err) {
    return Promise.reject(err);
  }
  return send(url, init, payload);
}

/**
 * Open connections to `url`'s origin ahead of the requests that will use them, so their TCP (and
 * TLS) handshakes overlap with what the caller waits for first: a login, an OIDC token. They go
 * into the idle pool while still connecting; a request takes one as it is (its write waits for
 * the handshake). Connections already pooled count toward `count`. One that fails or is never
 * used costs nothing: it is unref'd and dropped like any idle connection.
 */
export function preconnect(url: URL, ca: string | undefined, count: number): void {
  const key = poolKey(url, ca);
  for (let open = idle.get(key)?.length ?? 0; open < count; open++) release(key, connect(url, ca));
}

/** Destroy pooled idle connections (tests that switch CAs or servers, the end of a step). */
export function closeIdleConnections(): void {
  for (const list of idle.values()) for (const { socket } of list) socket.destroy();
  idle.clear();
  contexts.clear();
}

/** The request head and body as one buffer: one write, one packet for small requests. */
function encodeRequest(url: URL, init: TransportInit): Buffer {
  if (!TOKEN.test(init.method)) throw new TypeError(`Invalid method "${init.method}".`);
  let head = `${init.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (!('host' in init.headers)) head += `host: ${url.host}\r\n`;
  for (const name in init.headers) {
    const value = init.headers[name]!;
    // The value is never quoted: it may be a credential.
    if (!TOKEN.test(name)) throw new TypeError(`Invalid header name "${name}".`);
    if (BAD_VALUE.test(value)) throw new TypeError(`Invalid character in the value of header "${name}".`);
    head += `${name}: ${value}\r\n`;
  }
  const body = typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : init.body;
  if (body !== undefined) head += `content-length: ${body.byteLength}\r\n`;
  else if (init.method !== 'GET' && init.method !== 'HEAD') head += 'content-length: 0\r\n';
  head += '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  return body === undefined || body.byteLength === 0 ? headBytes : Buffer.concat([headBytes, body]);
}

function poolKey(url: URL, ca: string | undefined): string {
  return `${url.protocol}//${url.host}\n${ca ?? ''}`;
}

function takeIdle(key: string): Socket | undefined {
  const list = idle.get(key);
  if (!list) return undefined;
  const now = Date.now();
  for (let entry = list.pop(); entry; entry = list.pop()) {
    const { socket, since, drop } = entry;
    // Only the listeners this module added. Node's own must stay: a socket still connecting has one
    // that starts reading once connected, and without it the answer would never be read.
    for (const event of IDLE_EVENTS) socket.removeListener(event, drop);
    socket.removeListener('error', ignore);
    // 'opening': a preconnected socket still in its handshake, which the request's write waits for.
    if (!socket.destroyed && (socket.readyState === 'open' || socket.readyState === 'opening') && now - since < IDLE_MS) {
      socket.ref();
      return socket;
    }
    socket.on('error', ignore);
    socket.destroy();
  }
  return undefined;
}

function release(key: string, socket: Socket): void {
  const entry: IdleSocket = {
    socket,
    since: Date.now(),
    drop: () => {
      socket.destroy();
      const list = idle.get(key);
      const at = list?.indexOf(entry) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    },
  };
  for (const event of IDLE_EVENTS) socket.on(event, entry.drop);
  socket.unref();
  let list = idle.get(key);
  if (!list) idle.set(key, (list = []));
  list.push(entry);
}

function connect(url: URL, ca: string | undefined): Socket {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const secure = url.protocol === 'https:';
  const port = Number(url.port) || (secure ? 443 : 80);
  if (!secure) {
    const socket = net().connect({ host, port });
    socket.setNoDelay(true);
    return socket;
  }
  let secureContext = contexts.get(ca ?? '');
  if (!secureContext) contexts.set(ca ?? '', (secureContext = tls().createSecureContext(ca ? { ca } : {})));
  // SNI and the certificate check use the host name; an IP address is checked against the IP SANs.
  const socket = tls().connect({ host, port, servername: net().isIP(host) ? undefined : host, secureContext, ALPNProtocols: ['http/1.1'] });
  socket.setNoDelay(true);
  return socket;
}

/** The reason a request that ran out of time fails with: what AbortSignal.timeout aborts with. */
function timeoutReason(): DOMException {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

function send(url: URL, init: TransportInit, payload: Buffer): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(new TypeError('fetch failed', { cause: signal.reason }));
      return;
    }
    const key = poolKey(url, init.ca);
    const socket = takeIdle(key) ?? connect(url, init.ca);
    let written = false;
    let settled = false;
    let body: BodyQueue | undefined;
    let timer: NodeJS.Timeout | undefined;

    const finish = (): void => {
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('error', fail);
      socket.removeListener('close', onClose);
      socket.on('error', ignore); // a late error on a connection being closed must not crash the step
    };
    const fail = (err: unknown): void => {
      if (settled) return;
      finish();
      socket.destroy();
      const error = new TypeError('fetch failed', { cause: err });
      if (body) body.fail(error);
      else reject(error);
    };
    const parser = new ResponseParser(init.method, {
      head: (head: ResponseHead) => {
        body = new BodyQueue(() => fail(new Error('the response body was not read to its end')));
        resolve({ status: head.status, statusText: head.statusText, headers: new HeaderMap(head.headers), body });
      },
      body: (chunk) => body!.push(chunk),
      end: (reusable) => {
        finish();
        if (reusable && written) release(key, socket);
        else socket.destroy();
        body!.end();
      },
    });
    function onData(chunk: Buffer): void {
      try {
        parser.push(chunk);
      } catch (err) {
        fail(err);
      }
    }
    function onEnd(): void {
      try {
        parser.eof();
      } catch (err) {
        fail(err);
      }
    }
    function onClose(): void {
      if (!parser.done) fail(Object.assign(new Error('the connection closed before the response was complete'), { code: 'ECONNRESET' }));
    }
    function onAbort(): void {
      fail(signal!.reason);
    }
    if (init.timeoutMs !== undefined) {
      // Unref'd like AbortSignal.timeout's: the socket, not the timer, keeps the process waiting.
      timer = setTimeout(() => fail(timeoutReason()), init.timeoutMs);
      timer.unref();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', fail);
    socket.on('close', onClose);
    socket.write(payload, () => {
      written = true;
    });
  });
}

/**
 * The response body as an async iterable. The socket is not paused: http.ts reads every body at
 * once, bounded by its own size limit, and stopping early (that limit) destroys the connection.
 */
class BodyQueue implements AsyncIterable<Uint8Array> {
  private chunks: Buffer[] = [];
  private ended = false;
  private error: unknown;
  private wake: (() => void) | undefined;

  constructor(private readonly cancel: () => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(error: unknown): void {
    this.error = error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    let complete = false;
    try {
      for (;;) {
        if (this.error !== undefined) throw this.error;
        if (this.chunks.length > 0) {
          const chunks = this.chunks;
          this.chunks = [];
          for (const chunk of chunks) yield chunk;
          continue;
        }
        if (this.ended) {
          complete = true;
          return;
        }
        await new Promise<void>((wake) => (this.wake = wake));
      }
    } finally {
      if (!complete) this.cancel();
    }
  }
}
