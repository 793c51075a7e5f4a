// HTTP/2 for https origins that offer it (ALPN "h2", as Vault, Google and most API front ends do):
// every request to the origin is a stream on one connection. Fifty parallel reads then cost one
// TLS handshake instead of fifty (measured: ~2.7 ms of the step's CPU each on a 2-core runner),
// and the server sees one connection instead of a burst.
//
// node-transport.ts decides which protocol an origin speaks (from the first connection's ALPN
// answer) and hands the connected, verified TLS socket to H2Connection. Behaviour matches the
// HTTP/1.1 path: one attempt is one stream (a stream the server resets or a connection that drops
// is a failed attempt that http.ts retries or not), with one exception: a stream refused before
// the server processed it (REFUSED_STREAM, which the protocol says is safe to repeat) is sent once
// more, once the server's stream limit is known. An idle connection never holds the process open
// and is closed after IDLE_MS; errors are fetch-shaped.

import type * as Http2 from 'node:http2';
import type { ClientHttp2Session, ClientHttp2Stream, IncomingHttpHeaders, IncomingHttpStatusHeader, OutgoingHttpHeaders } from 'node:http2';
import type { TLSSocket } from 'node:tls';
import { CREDENTIAL_NAME } from './credential-names.js';
import {
  armLimits,
  BodyQueue,
  bodyBytes,
  HeaderMap,
  networkFailure,
  type TransportInit,
  type TransportResponse,
} from './transport-common.js';

// Loaded only for https origins, and at best while the first connection's handshake is under way.
const http2 = (): typeof Http2 => process.getBuiltinModule('node:http2') as typeof Http2;

/**
 * Load node:http2 now. It takes ~10 ms of CPU (it pulls in much of node:http), so the transport
 * asks for it while the first TLS handshake to an origin waits on the network, not after the
 * server has picked h2. For a server that only speaks HTTP/1.1 the load was for nothing, but it
 * filled time spent waiting anyway.
 */
export function preloadHttp2(): void {
  http2();
}

// Connection-specific fields have no meaning in HTTP/2 (RFC 9113 §8.2.2); Node refuses them.
const CONNECTION_SPECIFIC = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
// RST_STREAM with CANCEL: the client no longer wants the answer (timeout, abort, oversized body).
const NGHTTP2_CANCEL = 8;
const NGHTTP2_REFUSED_STREAM = 7;

export class H2Connection {
  private readonly session: ClientHttp2Session;
  private active = 0;
  private settingsKnown = false;

  /**
   * @param socket connected and verified, with "h2" negotiated
   * @param gone called once when the connection can take no more requests (closed, GOAWAY, error)
   */
  constructor(origin: string, socket: TLSSocket, idleMs: number, gone: () => void) {
    this.session = http2().connect(origin, { createConnection: () => socket, settings: { enablePush: false } });
    const session = this.session;
    let left = false;
    const leave = (): void => {
      if (left) return;
      left = true;
      gone();
    };
    // A session error also fails each open stream with it; the session itself must not throw.
    session.on('error', () => {
      leave();
      session.destroy();
    });
    session.on('goaway', leave);
    session.once('remoteSettings', () => (this.settingsKnown = true));
    session.on('close', leave);
    session.setTimeout(idleMs, () => {
      if (this.active === 0) {
        leave();
        session.close();
      }
    });
    session.unref();
  }

  /** False once the connection is closing or closed: the next request opens a new one. */
  get usable(): boolean {
    return !this.session.closed && !this.session.destroyed;
  }

  close(): void {
    this.session.destroy();
  }

  request(url: URL, init: TransportInit): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const { signal } = init;
      if (signal?.aborted) {
        reject(networkFailure(signal.reason));
        return;
      }
      const body = bodyBytes(init);
      const headers = requestHeaders(url, init, body);
      let stream: ClientHttp2Stream | undefined;
      let refused = false;
      let settled = false;
      let responded = false;
      let queue: BodyQueue | undefined;

      const finish = (): void => {
        settled = true;
        disarm();
      };
      const fail = (err: unknown): void => {
        if (settled) return;
        finish();
        if (stream && !stream.closed) stream.close(NGHTTP2_CANCEL);
        const error = networkFailure(err);
        if (responded) queue!.fail(error);
        else reject(error);
      };

      const open = (): void => {
        if (settled) return;
        let current: ClientHttp2Stream;
        try {
          current = this.session.request(headers, { endStream: body === undefined });
        } catch (err) {
          // The connection went away between the check and the request (a GOAWAY just arrived).
          fail(err);
          return;
        }
        stream = current;
        // Only streams in flight keep the process alive, as sockets in use do on HTTP/1.1.
        if (this.active++ === 0) this.session.ref();
        // The body queue exists before the response does: Node emits 'response' on the next tick,
        // and DATA frames read in the same chunk as the HEADERS frame come before it.
        const chunks = new BodyQueue(() => fail(new Error('the response body was not read to its end')));
        queue = chunks;
        let ended = false;
        current.on('response', (head: IncomingHttpHeaders & IncomingHttpStatusHeader) => {
          if (settled) return;
          responded = true;
          resolve({ status: head[':status'] ?? 0, statusText: '', headers: new HeaderMap(responseHeaders(head)), body: chunks });
          if (ended) finish();
        });
        current.on('data', (chunk: Buffer) => chunks.push(chunk));
        current.on('end', () => {
          ended = true;
          chunks.end();
          if (responded && !settled) finish();
        });
        current.on('error', (err: unknown) => {
          if (!isRefused(current)) fail(err);
        });
        current.on('close', () => {
          if (--this.active === 0) this.session.unref();
          if (settled) return;
          if (isRefused(current) && !refused && !responded) {
            // REFUSED_STREAM: the server did not process it (RFC 9113 §8.7), typically because
            // more streams were opened than its limit before its SETTINGS arrived. Sent again
            // once, when that limit is known: Node then holds streams back to it.
            refused = true;
            this.afterSettings(open);
            return;
          }
          // Checked on the next tick: 'response' is emitted on one, and may still be queued.
          process.nextTick(() => {
            const code = current.rstCode ? ` (HTTP/2 error code ${current.rstCode})` : '';
            fail(Object.assign(new Error(`the stream closed before the response was complete${code}`), { code: 'ECONNRESET' }));
          });
        });
        if (body !== undefined) current.end(body);
      };

      const disarm = armLimits(init, fail);
      open();
    });
  }

  /** Run `fn` once the server's SETTINGS have arrived (at once if they have), or the connection
   *  has closed (then `fn` fails on it at once, rather than wait for its time limit). */
  private afterSettings(fn: () => void): void {
    if (this.settingsKnown || !this.usable) {
      fn();
      return;
    }
    const once = (): void => {
      this.session.removeListener('remoteSettings', once);
      this.session.removeListener('close', once);
      fn();
    };
    this.session.once('remoteSettings', once);
    this.session.once('close', once);
  }
}

function isRefused(stream: ClientHttp2Stream): boolean {
  return stream.rstCode === NGHTTP2_REFUSED_STREAM;
}

function requestHeaders(url: URL, init: TransportInit, body: Uint8Array | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    ':method': init.method,
    ':path': `${url.pathname}${url.search}`,
    ':scheme': 'https',
    // A Host given by the caller (a SigV4 signature covers it) becomes the authority (§8.3.1).
    ':authority': init.headers['host'] ?? url.host,
  };
  // Credential headers are sent as never-indexed literals (RFC 7541 §7.1.3): not kept in the HPACK
  // table of the connection or of any intermediary, so they cannot be probed through compression.
  const sensitive: string[] = [];
  for (const name in init.headers) {
    const lower = name.toLowerCase();
    // Host is the authority above.
    if (lower === 'host' || CONNECTION_SPECIFIC.has(lower)) continue;
    headers[lower] = init.headers[name];
    if (CREDENTIAL_NAME.test(lower)) sensitive.push(lower);
  }
  if (body !== undefined) headers['content-length'] = body.byteLength;
  else if (init.method !== 'GET' && init.method !== 'HEAD') headers['content-length'] = 0;
  if (sensitive.length > 0) (headers as Record<symbol, unknown>)[http2().sensitiveHeaders] = sensitive;
  return headers;
}

/** Lower-case names (HTTP/2 sends no others); repeated values joined with ", " as on HTTP/1.1. */
function responseHeaders(head: IncomingHttpHeaders): Map<string, string> {
  const map = new Map<string, string>();
  for (const name in head) {
    if (name.startsWith(':')) continue;
    const value = head[name];
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}
