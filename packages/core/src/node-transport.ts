// A fetch-shaped HTTP/1.1 client over node:net and node:tls, used for every request that does not
// go through a proxy. It answers with what core http reads: status, statusText, headers.get() and
// an async-iterable body. An https origin whose server picks h2 in the TLS handshake is spoken to
// over HTTP/2 instead (h2-transport.ts): all its requests share one connection.
//
// Why not node:http or the global fetch: undici (the global fetch) costs ~45 ms to load, and
// node:http ~7 ms to load plus ~0.5 ms of cold JavaScript per request on a 2-core runner; a step
// that reads fifty secrets in parallel spent ~30 ms more in node:http than on bare sockets. Here a
// request is one write of a head this module builds, and the response goes through the strict
// parser in http1-response.ts.
//
// HTTP/1.1 connections: one per request in flight (parallel reads each get their own, so the
// latency is paid once), kept alive afterwards per origin and CA, unref'd while idle so they never
// hold the process open, and dropped after IDLE_MS (below the 5 s keep-alive timeout of common
// servers) or as soon as the server closes them. There is no hidden resend: a request that fails
// on a reused connection is one failed attempt, retried (or not) by http.ts like any other, so
// attempt counts stay exact. Over https, the connections after an origin's first resume its TLS
// session (keepTickets).
//
// Error shapes mirror fetch's, so http.ts classifies both the same way: a network failure is a
// TypeError whose `cause` carries the code; a request that cannot be sent (an invalid header name
// or value) is a TypeError without a cause, before any I/O.

import type * as Net from 'node:net';
import type { Socket } from 'node:net';
import type * as Tls from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { H2Connection, preloadHttp2 } from './h2-transport.js';
import { ResponseParser, type ResponseHead } from './http1-response.js';
import {
  armLimits,
  BodyQueue,
  bodyBytes,
  checkRequest,
  HeaderMap,
  networkFailure,
  type TransportInit,
  type TransportResponse,
} from './transport-common.js';

export type { ResponseHeaders, TransportInit, TransportResponse } from './transport-common.js';

const IDLE_MS = 4_000;

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

/**
 * What each https origin (and CA) speaks, learnt from the ALPN answer on the first connection to it:
 * - probing: that first connection is in its handshake; requests wait for it rather than open
 *   connections of their own, which an h2 origin would not need;
 * - h2: every request is a stream on one connection (h2-transport.ts);
 * - http/1.1: a connection per request in flight, as for plain http. The probe's connection serves
 *   the first request, and what preconnect asked for opens once the answer is known.
 */
type Protocol = Probing | { kind: 'h2'; connection: H2Connection } | { kind: 'http/1.1' };

interface Probing {
  kind: 'probing';
  socket: TLSSocket;
  ready: Promise<void>;
  /** Connections preconnect asked for, opened if the origin turns out to speak only HTTP/1.1. */
  wanted: number;
  /** Requests waiting: while there are any, the socket keeps the process alive. */
  waiting: number;
}

const protocols = new Map<string, Protocol>();

/** The latest TLS session of a verified connection, by origin and CA (see keepTickets). */
const tickets = new Map<string, Buffer>();
const TICKET_WAIT_MAX_MS = 100;

const ignore = (): void => {};

export function nodeFetch(url: URL, init: TransportInit): Promise<TransportResponse> {
  try {
    checkRequest(init);
  } catch (err) {
    return Promise.reject(err);
  }
  if (url.protocol !== 'https:') return send(url, init);
  const key = poolKey(url, init.ca);
  const known = protocols.get(key);
  if (known?.kind === 'http/1.1') return send(url, init);
  if (known?.kind === 'h2' && known.connection.usable) return known.connection.request(url, init);
  return afterProbe(known?.kind === 'probing' ? known : probe(key, url, init.ca, 0), url, init);
}

/**
 * Open connections to `url`'s origin ahead of the requests that will use them, so their TCP (and
 * TLS) handshakes overlap with what the caller waits for first: a login, an OIDC token. They go
 * into the idle pool while still connecting; a request takes one as it is (its write waits for
 * the handshake). Connections already pooled count toward `count`. One that fails or is never
 * used costs nothing: it is unref'd and dropped like any idle connection. For an https origin not
 * yet known, one connection opens first and finds out whether the server speaks HTTP/2 (then it
 * is the only one needed) or only HTTP/1.1 (then the rest open once that is known).
 */
export function preconnect(url: URL, ca: string | undefined, count: number): void {
  const key = poolKey(url, ca);
  if (url.protocol === 'https:') {
    const known = protocols.get(key);
    if (known?.kind === 'probing') known.wanted = Math.max(known.wanted, count);
    if (known?.kind === 'probing' || (known?.kind === 'h2' && known.connection.usable)) return;
    if (known?.kind !== 'http/1.1') {
      probe(key, url, ca, count);
      return;
    }
  }
  for (let open = idle.get(key)?.length ?? 0; open < count; open++) release(key, connect(url, ca));
}

/** Destroy pooled idle connections (tests that switch CAs or servers, the end of a step). */
export function closeIdleConnections(): void {
  for (const list of idle.values()) for (const { socket } of list) socket.destroy();
  idle.clear();
  for (const known of protocols.values()) {
    if (known.kind === 'probing') known.socket.destroy();
    else if (known.kind === 'h2') known.connection.close();
  }
  protocols.clear();
  tickets.clear();
  contexts.clear();
}

/**
 * Open the first connection to an https origin, offering h2 and http/1.1, and record what the
 * server picks once the handshake (certificate check included) has succeeded. If it fails, every
 * request waiting on it fails with that error, as one attempt each, and the next attempt probes
 * afresh.
 */
function probe(key: string, url: URL, ca: string | undefined, wanted: number): Probing {
  const started = Date.now();
  const socket = connect(url, ca, ['h2', 'http/1.1']) as TLSSocket;
  // Unref'd until a request waits on it: a preconnect alone must not hold the process open.
  socket.unref();
  // Once the TCP connection is up and the ClientHello sent: the load then fills the wait for the
  // server's answer instead of delaying the handshake.
  socket.once('connect', () => setImmediate(preloadHttp2));
  let resolveReady!: () => void;
  let rejectReady!: (err: unknown) => void;
  const state: Probing = {
    kind: 'probing',
    socket,
    wanted,
    waiting: 0,
    ready: new Promise<void>((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
  };
  state.ready.catch(ignore); // a preconnect's probe may fail with no request waiting on it
  protocols.set(key, state);

  const failed = (err: unknown): void => {
    socket.removeListener('secureConnect', connected);
    socket.removeListener('close', closed);
    socket.on('error', ignore);
    socket.destroy();
    if (protocols.get(key) === state) protocols.delete(key);
    rejectReady(err);
  };
  function closed(): void {
    failed(Object.assign(new Error('the connection closed during the TLS handshake'), { code: 'ECONNRESET' }));
  }
  function connected(): void {
    socket.removeListener('error', failed);
    socket.removeListener('close', closed);
    if (protocols.get(key) !== state) {
      // closeIdleConnections ran meanwhile: waiting requests start over.
      socket.destroy();
    } else if (socket.alpnProtocol === 'h2') {
      const h2: Protocol = {
        kind: 'h2',
        connection: new H2Connection(url.origin, socket, IDLE_MS, () => {
          if (protocols.get(key) === h2) protocols.delete(key);
        }),
      };
      protocols.set(key, h2);
    } else {
      protocols.set(key, { kind: 'http/1.1' });
      release(key, socket);
      // The other connections open once there is a session to resume: waiting requests and
      // preconnect's. The first request takes this connection then too; it finishes first anyway.
      void untilTicket(key, socket, Date.now() - started).then(() => {
        if (state.wanted > 1 && protocols.get(key)?.kind === 'http/1.1') preconnect(url, ca, state.wanted);
        resolveReady();
      });
      return;
    }
    resolveReady();
  }
  // 'secureConnect' comes only after the certificate was verified; a failed check is an 'error'.
  socket.once('secureConnect', connected);
  socket.once('error', failed);
  socket.once('close', closed);
  return state;
}

/**
 * Wait for an origin's probe, within the request's own time limit and signal, then send the
 * request the way the origin turned out to speak, with what is left of its time.
 */
function afterProbe(state: Probing, url: URL, init: TransportInit): Promise<TransportResponse> {
  const started = Date.now();
  const waited = new Promise<void>((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(networkFailure(signal.reason));
      return;
    }
    let waiting = true;
    if (state.waiting++ === 0) state.socket.ref();
    const stop = (): void => {
      if (!waiting) return;
      waiting = false;
      if (--state.waiting === 0) state.socket.unref();
      disarm();
    };
    const disarm = armLimits(init, (reason) => {
      stop();
      reject(networkFailure(reason));
    });
    state.ready.then(
      () => {
        stop();
        resolve();
      },
      (err: unknown) => {
        stop();
        reject(networkFailure(err));
      },
    );
  });
  return waited.then(() => {
    const left = init.timeoutMs === undefined ? undefined : Math.max(0, init.timeoutMs - (Date.now() - started));
    return nodeFetch(url, left === undefined ? init : { ...init, timeoutMs: left });
  });
}

/** The request head and body as one buffer: one write, one packet for small requests. */
function encodeRequest(url: URL, init: TransportInit): Buffer {
  let head = `${init.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (!('host' in init.headers)) head += `host: ${url.host}\r\n`;
  for (const name in init.headers) head += `${name}: ${init.headers[name]}\r\n`;
  const body = bodyBytes(init);
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

function connect(url: URL, ca: string | undefined, alpn = ['http/1.1']): Socket {
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
  const key = poolKey(url, ca);
  // SNI and the certificate check use the host name; an IP address is checked against the IP SANs.
  const socket = tls().connect({
    host,
    port,
    servername: net().isIP(host) ? undefined : host,
    secureContext,
    ALPNProtocols: alpn,
    session: tickets.get(key),
  });
  socket.setNoDelay(true);
  socket.once('secureConnect', () => keepTickets(key, socket));
  return socket;
}

/**
 * Keep the TLS session of a verified connection, so the next connections to the origin resume it:
 * an abbreviated handshake, without the certificate chain and its verification (~2.7 ms of CPU a
 * full one costs here). Only after 'secureConnect', when the certificate has been checked: TLS 1.2
 * can report its session before that. Keyed by origin and CA, so a session verified against one CA
 * is never resumed by a request that trusts another.
 */
function keepTickets(key: string, socket: TLSSocket): void {
  if (socket.getProtocol() === 'TLSv1.2') {
    const session = socket.getSession();
    if (session) tickets.set(key, session);
  } else {
    // TLS 1.3 tickets come after the handshake, in NewSessionTicket messages.
    socket.on('session', (session: Buffer) => tickets.set(key, session));
  }
}

/**
 * Wait (bounded) until the origin's first connection has given a session ticket, so the HTTP/1.1
 * connections that open next resume it. A TLS 1.3 server sends its tickets right after the
 * handshake, about a round trip before a new connection could finish a full one; a server that
 * sends none costs at most the wait, bounded by the time its first handshake took.
 */
function untilTicket(key: string, socket: TLSSocket, handshakeMs: number): Promise<void> {
  if (tickets.has(key) || socket.getProtocol() !== 'TLSv1.3') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      socket.removeListener('session', later);
      socket.removeListener('close', done);
      resolve();
    };
    // Not unref'd: the first connection is idle meanwhile (unref'd), and requests may be waiting.
    const timer = setTimeout(done, Math.min(TICKET_WAIT_MAX_MS, Math.max(1, handshakeMs)));
    // Not from within the event: it is emitted while OpenSSL is still reading the ticket, and a
    // request written from there (through the promise's callbacks) never reached the server.
    const later = (): void => void setImmediate(done);
    socket.once('session', later);
    socket.once('close', done);
  });
}

function send(url: URL, init: TransportInit): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(networkFailure(signal.reason));
      return;
    }
    const payload = encodeRequest(url, init);
    const key = poolKey(url, init.ca);
    const socket = takeIdle(key) ?? connect(url, init.ca);
    let written = false;
    let settled = false;
    let body: BodyQueue | undefined;

    const finish = (): void => {
      settled = true;
      disarm();
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
      const error = networkFailure(err);
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
    const disarm = armLimits(init, fail);
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', fail);
    socket.on('close', onClose);
    socket.write(payload, () => {
      written = true;
    });
  });
}
