"use strict";
exports.id = 790;
exports.ids = [790];
exports.modules = {

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var release = (function release(key, socket) {
    const entry = {
        socket,
        since: Date.now(),
        drop: () => {
            socket.destroy();
            const list = idle.get(key);
            const at = list?.indexOf(entry) ?? -1;
            if (at >= 0)
                list.splice(at, 1);
        },
    };
    for (const event of IDLE_EVENTS)
        socket.on(event, entry.drop);
    socket.unref();
    let list = idle.get(key);
    if (!list)
        idle.set(key, (list = []));
    list.push(entry);
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  closeIdleConnections: () => (/* binding */ closeIdleConnections),
  nodeFetch: () => (/* binding */ nodeFetch),
  preconnect: () => (/* binding */ preconnect)
});

;// CONCATENATED MODULE: ./packages/core/src/http1-response.ts
// An incremental HTTP/1.1 response parser (RFC 9112), for core's own client (node-transport.ts).
//
// Why our own: node:http costs ~7 ms to load and ~0.5 ms of cold JavaScript per request on a
// 2-core runner; a step reading fifty secrets paid ~30 ms for it over bare sockets. The client only
// ever talks to APIs (Vault, AWS, GCP, Azure, OSV, GitHub), sends no Accept-Encoding or TE, never
// upgrades, so the response side it needs is small. It is strict where laxness would let a bad or
// hostile peer confuse framing, and fails with HttpParseError rather than guess:
// - CRLF line endings only; no folded (obs-fold) header lines; header names must be tokens and
//   values free of control characters; the head is bounded (64 KiB), as are chunk-size lines and
//   trailers;
// - framing as \u00a76.3: no body for HEAD, 1xx, 204 and 304; Transfer-Encoding must be exactly
//   `chunked` (it wins over Content-Length, and the connection is then not reused); Content-Length
//   must be digits, repeated copies must agree; otherwise the body runs until the server closes;
// - 1xx interim responses are skipped; 101 is refused (the client never asks to switch).
// A connection is reported reusable only when the response was complete, framed, persistent
// (HTTP/1.1 without `Connection: close`) and nothing followed it.
class HttpParseError extends Error {
    code;
    /**
     * What http.ts reports as the failure's reason; both are retried like any network failure.
     * HTTP_PARSE_ERROR: the bytes are malformed. ECONNRESET: the server closed before the end.
     */
    constructor(message, code = 'HTTP_PARSE_ERROR') {
        super(message);
        this.code = code;
    }
}
const MAX_HEAD_BYTES = 64 * 1024;
const MAX_LINE_BYTES = 8 * 1024;
/** An RFC 9110 token: a method or a header name. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Control characters (all but HTAB) may not appear in a reason phrase, a header value or a chunk
// extension. Built from a string because these classes are about control characters, which eslint's
// no-control-regex flags in any regex literal, escaped or not.
const CTL = '\\x00-\\x08\\x0a-\\x1f\\x7f';
const STATUS_LINE = new RegExp(`^HTTP/1\\.([01]) ([1-9]\\d\\d)(?: ([^${CTL}]*))?$`);
const BAD_VALUE = new RegExp(`[${CTL}]`);
const CHUNK_SIZE = new RegExp(`^([0-9A-Fa-f]{1,12})[ \\t]*(?:;[^${CTL}]*)?$`);
class ResponseParser {
    method;
    events;
    state = 'head';
    /** Bytes of an unfinished head, size line or trailer, kept until the rest arrives. */
    pending;
    /** Body bytes still expected: of the whole body (Content-Length) or of the current chunk. */
    remaining = 0;
    keepAlive = false;
    trailerBytes = 0;
    constructor(method, events) {
        this.method = method;
        this.events = events;
    }
    /** True once the response is complete. */
    get done() {
        return this.state === 'done';
    }
    /** Feed the next bytes from the connection. Throws HttpParseError on a malformed response. */
    push(chunk) {
        if (this.state === 'done') {
            throw new HttpParseError('the server sent bytes after a complete response');
        }
        const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = undefined;
        let at = 0;
        while (at < buf.length && this.state !== 'done') {
            switch (this.state) {
                case 'head': {
                    const end = buf.indexOf('\r\n\r\n', at, 'latin1');
                    if (end < 0) {
                        this.keep(buf, at, MAX_HEAD_BYTES, 'response head');
                        return;
                    }
                    if (end - at > MAX_HEAD_BYTES)
                        throw new HttpParseError(`the response head is larger than ${MAX_HEAD_BYTES} bytes`);
                    const text = buf.toString('latin1', at, end);
                    at = end + 4;
                    this.onHead(text);
                    break;
                }
                case 'length':
                case 'chunk-data': {
                    const n = Math.min(this.remaining, buf.length - at);
                    this.events.body(buf.subarray(at, at + n));
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.state = this.state === 'length' ? 'done' : 'chunk-end';
                    break;
                }
                case 'chunk-size': {
                    const eol = this.lineEnd(buf, at, 'chunk-size line');
                    if (eol < 0)
                        return;
                    const match = CHUNK_SIZE.exec(buf.toString('latin1', at, eol));
                    if (!match)
                        throw new HttpParseError('a chunk-size line is malformed');
                    at = eol + 2;
                    this.remaining = parseInt(match[1], 16);
                    this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
                    break;
                }
                case 'chunk-end': {
                    if (buf.length - at < 2) {
                        if (buf[at] !== 0x0d)
                            throw new HttpParseError('chunk data is not followed by CRLF');
                        this.keep(buf, at, 2, 'chunk end');
                        return;
                    }
                    if (buf[at] !== 0x0d || buf[at + 1] !== 0x0a)
                        throw new HttpParseError('chunk data is not followed by CRLF');
                    at += 2;
                    this.state = 'chunk-size';
                    break;
                }
                case 'trailers': {
                    const eol = this.lineEnd(buf, at, 'trailer');
                    if (eol < 0)
                        return;
                    // Trailers are checked for shape and bounded, then dropped: nothing here reads them.
                    if (eol > at)
                        headerLine(buf.toString('latin1', at, eol));
                    this.trailerBytes += eol - at + 2;
                    if (this.trailerBytes > MAX_HEAD_BYTES)
                        throw new HttpParseError(`the trailers are larger than ${MAX_HEAD_BYTES} bytes`);
                    const last = eol === at;
                    at = eol + 2;
                    if (last)
                        this.state = 'done';
                    break;
                }
                case 'until-close':
                    this.events.body(at === 0 ? buf : buf.subarray(at));
                    at = buf.length;
                    break;
            }
        }
        if (this.state === 'done') {
            // Bytes after the response (a second, unasked-for answer) make the connection unusable.
            this.events.end(this.keepAlive && at === buf.length);
        }
    }
    /** The server closed its side. Completes a body that runs until close; anything else is cut short. */
    eof() {
        if (this.state === 'done')
            return;
        if (this.state === 'until-close') {
            this.state = 'done';
            this.events.end(false);
            return;
        }
        // Cut short, not malformed: reported (and retried) like a reset connection.
        throw new HttpParseError(this.state === 'head' ? 'the connection closed before a complete response head' : 'the connection closed in the middle of the body', 'ECONNRESET');
    }
    /** Where the CRLF-ended line at `at` ends; -1 (the start kept for the next bytes) if it has not yet. */
    lineEnd(buf, at, what) {
        const eol = buf.indexOf('\r\n', at, 'latin1');
        if (eol < 0)
            this.keep(buf, at, MAX_LINE_BYTES, what);
        return eol;
    }
    keep(buf, at, limit, what) {
        if (buf.length - at > limit)
            throw new HttpParseError(`the ${what} is larger than ${limit} bytes`);
        this.pending = Buffer.from(buf.subarray(at));
    }
    onHead(text) {
        const lines = text.split('\r\n');
        const status = STATUS_LINE.exec(lines[0]);
        if (!status)
            throw new HttpParseError('the status line is not HTTP/1.x');
        const code = Number(status[2]);
        const headers = new Map();
        for (let i = 1; i < lines.length; i++) {
            const [name, value] = headerLine(lines[i]);
            const prev = headers.get(name);
            headers.set(name, prev === undefined ? value : `${prev}, ${value}`);
        }
        if (code < 200) {
            if (code === 101)
                throw new HttpParseError('the server switched protocols, which was not asked for');
            return; // 100 Continue, 103 Early Hints: the final response follows
        }
        const connection = (headers.get('connection') ?? '').toLowerCase().split(',').map(trimOws);
        this.keepAlive = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
        let framing;
        const te = headers.get('transfer-encoding');
        const cl = headers.get('content-length');
        if (this.method === 'HEAD' || code === 204 || code === 304) {
            framing = 'done';
        }
        else if (te !== undefined) {
            if (te.toLowerCase().split(',').map(trimOws).join(',') !== 'chunked') {
                throw new HttpParseError('the response uses a transfer coding other than chunked');
            }
            framing = 'chunk-size';
            // Both framings at once is how request smuggling starts: chunked wins, and the connection
            // is not trusted with another request.
            if (cl !== undefined)
                this.keepAlive = false;
        }
        else if (cl !== undefined) {
            const values = cl.split(',').map(trimOws);
            if (!values.every((v) => /^\d{1,15}$/.test(v) && v === values[0]))
                throw new HttpParseError('the Content-Length header is invalid');
            this.remaining = Number(values[0]);
            framing = this.remaining === 0 ? 'done' : 'length';
        }
        else {
            framing = 'until-close';
            this.keepAlive = false;
        }
        this.state = framing;
        this.events.head({ status: code, statusText: status[3] ?? '', headers });
    }
}
function headerLine(line) {
    if (line.startsWith(' ') || line.startsWith('\t'))
        throw new HttpParseError('a header line is folded (obsolete line folding)');
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (!TOKEN.test(name))
        throw new HttpParseError('a header name is invalid');
    const value = trimOws(line.slice(colon + 1));
    if (BAD_VALUE.test(value))
        throw new HttpParseError(`the ${name} header has a control character in its value`);
    return [name.toLowerCase(), value];
}
/** Strip optional whitespace (SP and HTAB only, not every Unicode space like String#trim). */
function trimOws(text) {
    let start = 0;
    let end = text.length;
    while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09))
        start++;
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09))
        end--;
    return text.slice(start, end);
}

;// CONCATENATED MODULE: ./packages/core/src/node-transport.ts
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

const IDLE_MS = 4_000;
// What Node's own client refuses in a header value (it would otherwise split or corrupt the head).
const node_transport_BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
// Loaded on the first request, not at start-up.
const net = () => process.getBuiltinModule('node:net');
const tls = () => process.getBuiltinModule('node:tls');
const IDLE_EVENTS = ['data', 'end', 'close', 'error'];
/** Idle keep-alive connections by origin and CA. */
const idle = new Map();
/** One TLS context per CA (or the default store): a custom CA's PEM is parsed once, not per connection. */
const contexts = new Map();
const ignore = () => { };
class HeaderMap {
    map;
    constructor(map) {
        this.map = map;
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
}
function nodeFetch(url, init) {
    let payload;
    try {
        payload = encodeRequest(url, init);
    }
    catch (err) {
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
function preconnect(url, ca, count) {
    const key = poolKey(url, ca);
    for (let open = idle.get(key)?.length ?? 0; open < count; open++)
        release(key, connect(url, ca));
}
/** Destroy pooled idle connections (tests that switch CAs or servers, the end of a step). */
function closeIdleConnections() {
    for (const list of idle.values())
        for (const { socket } of list)
            socket.destroy();
    idle.clear();
    contexts.clear();
}
/** The request head and body as one buffer: one write, one packet for small requests. */
function encodeRequest(url, init) {
    if (!TOKEN.test(init.method))
        throw new TypeError(`Invalid method "${init.method}".`);
    let head = `${init.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
    if (!('host' in init.headers))
        head += `host: ${url.host}\r\n`;
    for (const name in init.headers) {
        const value = init.headers[name];
        // The value is never quoted: it may be a credential.
        if (!TOKEN.test(name))
            throw new TypeError(`Invalid header name "${name}".`);
        if (node_transport_BAD_VALUE.test(value))
            throw new TypeError(`Invalid character in the value of header "${name}".`);
        head += `${name}: ${value}\r\n`;
    }
    const body = typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : init.body;
    if (body !== undefined)
        head += `content-length: ${body.byteLength}\r\n`;
    else if (init.method !== 'GET' && init.method !== 'HEAD')
        head += 'content-length: 0\r\n';
    head += '\r\n';
    const headBytes = Buffer.from(head, 'latin1');
    return body === undefined || body.byteLength === 0 ? headBytes : Buffer.concat([headBytes, body]);
}
function poolKey(url, ca) {
    return `${url.protocol}//${url.host}\n${ca ?? ''}`;
}
function takeIdle(key) {
    const list = idle.get(key);
    if (!list)
        return undefined;
    const now = Date.now();
    for (let entry = list.pop(); entry; entry = list.pop()) {
        const { socket, since, drop } = entry;
        // Only the listeners this module added. Node's own must stay: a socket still connecting has one
        // that starts reading once connected, and without it the answer would never be read.
        for (const event of IDLE_EVENTS)
            socket.removeListener(event, drop);
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

function connect(url, ca) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const secure = url.protocol === 'https:';
    const port = Number(url.port) || (secure ? 443 : 80);
    if (!secure) {
        const socket = net().connect({ host, port });
        socket.setNoDelay(true);
        return socket;
    }
    let secureContext = contexts.get(ca ?? '');
    if (!secureContext)
        contexts.set(ca ?? '', (secureContext = tls().createSecureContext(ca ? { ca } : {})));
    // SNI and the certificate check use the host name; an IP address is checked against the IP SANs.
    const socket = tls().connect({ host, port, servername: net().isIP(host) ? undefined : host, secureContext, ALPNProtocols: ['http/1.1'] });
    socket.setNoDelay(true);
    return socket;
}
/** The reason a request that ran out of time fails with: what AbortSignal.timeout aborts with. */
function timeoutReason() {
    return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}
function send(url, init, payload) {
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
        let body;
        let timer;
        const finish = () => {
            settled = true;
            if (timer)
                clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            socket.removeListener('data', onData);
            socket.removeListener('end', onEnd);
            socket.removeListener('error', fail);
            socket.removeListener('close', onClose);
            socket.on('error', ignore); // a late error on a connection being closed must not crash the step
        };
        const fail = (err) => {
            if (settled)
                return;
            finish();
            socket.destroy();
            const error = new TypeError('fetch failed', { cause: err });
            if (body)
                body.fail(error);
            else
                reject(error);
        };
        const parser = new ResponseParser(init.method, {
            head: (head) => {
                body = new BodyQueue(() => fail(new Error('the response body was not read to its end')));
                resolve({ status: head.status, statusText: head.statusText, headers: new HeaderMap(head.headers), body });
            },
            body: (chunk) => body.push(chunk),
            end: (reusable) => {
                finish();
                if (reusable && written)
                    release(key, socket);
                else
                    socket.destroy();
                body.end();
            },
        });
        function onData(chunk) {
            try {
                parser.push(chunk);
            }
            catch (err) {
                fail(err);
            }
        }
        function onEnd() {
            try {
                parser.eof();
            }
            catch (err) {
                fail(err);
            }
        }
        function onClose() {
            if (!parser.done)
                fail(Object.assign(new Error('the connection closed before the response was complete'), { code: 'ECONNRESET' }));
        }
        function onAbort() {
            fail(signal.reason);
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
class BodyQueue {
    cancel;
    chunks = [];
    ended = false;
    error;
    wake;
    constructor(cancel) {
        this.cancel = cancel;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.notify();
    }
    end() {
        this.ended = true;
        this.notify();
    }
    fail(error) {
        this.error = error;
        this.notify();
    }
    notify() {
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    async *[Symbol.asyncIterator]() {
        let complete = false;
        try {
            for (;;) {
                if (this.error !== undefined)
                    throw this.error;
                if (this.chunks.length > 0) {
                    const chunks = this.chunks;
                    this.chunks = [];
                    for (const chunk of chunks)
                        yield chunk;
                    continue;
                }
                if (this.ended) {
                    complete = true;
                    return;
                }
                await new Promise((wake) => (this.wake = wake));
            }
        }
        finally {
            if (!complete)
                this.cancel();
        }
    }
}


/***/ })

};
;