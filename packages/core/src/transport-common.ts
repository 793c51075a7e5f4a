// What core's two direct transports share: the fetch-shaped response they answer with, the checks a
// request passes before any I/O, its time limit and abort signal (armLimits), and the response body
// queue. HTTP/1.1 is in node-transport.ts, HTTP/2 (for https origins that offer it) in
// h2-transport.ts.

import { TOKEN } from './http1-response.js';

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

// What Node's own client refuses in a header value (it would otherwise split or corrupt the head).
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Refuse a request that cannot be sent as asked, before any I/O, as fetch does: a TypeError with no
 * `cause` (http.ts reports it as INVALID_REQUEST and does not retry). A value is never quoted: it
 * may be a credential.
 */
export function checkRequest(init: TransportInit): void {
  if (!TOKEN.test(init.method)) throw new TypeError(`Invalid method "${init.method}".`);
  for (const name in init.headers) {
    if (!TOKEN.test(name)) throw new TypeError(`Invalid header name "${name}".`);
    if (BAD_VALUE.test(init.headers[name]!)) throw new TypeError(`Invalid character in the value of header "${name}".`);
  }
}

/** The body as bytes (a string is UTF-8), or undefined when there is none. */
export function bodyBytes(init: TransportInit): Uint8Array | undefined {
  return typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : init.body;
}

/** A network failure the way fetch reports one: a TypeError whose `cause` carries the code. */
export function networkFailure(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/** The reason a request that ran out of time fails with: what AbortSignal.timeout aborts with. */
function timeoutReason(): DOMException {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

/**
 * Arm a request's two limits: its time (`timeoutMs`, a plain timer, unref'd like
 * AbortSignal.timeout's: what is in flight, not the timer, keeps the process waiting) and the
 * caller's signal. `expire` gets the reason (a TimeoutError, or the signal's reason) at most once;
 * the function returned disarms both. The caller checks `signal.aborted` first.
 */
export function armLimits(init: TransportInit, expire: (reason: unknown) => void): () => void {
  const { signal } = init;
  let timer: NodeJS.Timeout | undefined;
  const disarm = (): void => {
    if (timer) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  function onAbort(): void {
    disarm();
    expire(signal!.reason);
  }
  if (init.timeoutMs !== undefined) {
    timer = setTimeout(() => {
      disarm();
      expire(timeoutReason());
    }, init.timeoutMs);
    timer.unref();
  }
  signal?.addEventListener('abort', onAbort, { once: true });
  return disarm;
}

export class HeaderMap implements ResponseHeaders {
  private readonly map: Map<string, string>;

  /** Lower-case names. */
  constructor(map: Map<string, string>) {
    this.map = map;
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
}

/**
 * The response body as an async iterable. The source is not paused: http.ts reads every body at
 * once, bounded by its own size limit, and stopping early (that limit) calls `cancel`, which closes
 * the connection (HTTP/1.1) or resets the stream (HTTP/2).
 */
export class BodyQueue implements AsyncIterable<Uint8Array> {
  private chunks: Buffer[] = [];
  private ended = false;
  private error: unknown;
  private wake: (() => void) | undefined;
  private readonly cancel: () => void;

  constructor(cancel: () => void) {
    this.cancel = cancel;
  }

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
