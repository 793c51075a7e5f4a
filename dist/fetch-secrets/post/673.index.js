"use strict";
exports.id = 673;
exports.ids = [673];
exports.modules = {

/***/ 4673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var headerLine = (function headerLine(line) {
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
});
var trimOws = (function trimOws(text) {
    let start = 0;
    let end = text.length;
    while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09))
        start++;
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09))
        end--;
    return text.slice(start, end);
});
var checkRequest = (function checkRequest(init) {
    if (!TOKEN.test(init.method))
        throw new TypeError(`Invalid method "${init.method}".`);
    for (const name in init.headers) {
        if (!TOKEN.test(name))
            throw new TypeError(`Invalid header name "${name}".`);
        if (transport_common_BAD_VALUE.test(init.headers[name]))
            throw new TypeError(`Invalid character in the value of header "${name}".`);
    }
});
var bodyBytes = (function bodyBytes(init) {
    return typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : init.body;
});
var armLimits = (function armLimits(init, expire) {
    const { signal } = init;
    let timer;
    const disarm = () => {
        if (timer)
            clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    };
    function onAbort() {
        disarm();
        expire(signal.reason);
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
});
var nodeFetch = (function nodeFetch(url, init) {
    try {
        checkRequest(init);
    }
    catch (err) {
        return Promise.reject(err);
    }
    if (url.protocol !== 'https:')
        return send(url, init);
    const key = poolKey(url, init.ca);
    const known = protocols.get(key);
    if (known?.kind === 'http/1.1')
        return send(url, init);
    if (known?.kind === 'h2' && known.connection.usable)
        return known.connection.request(url, init);
    return afterProbe(known?.kind === 'probing' ? known : probe(key, url, init.ca, 0), url, init);
});
var encodeRequest = (function encodeRequest(url, init) {
    let head = `${init.method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
    if (!('host' in init.headers))
        head += `host: ${url.host}\r\n`;
    for (const name in init.headers)
        head += `${name}: ${init.headers[name]}\r\n`;
    const body = bodyBytes(init);
    if (body !== undefined)
        head += `content-length: ${body.byteLength}\r\n`;
    else if (init.method !== 'GET' && init.method !== 'HEAD')
        head += 'content-length: 0\r\n';
    head += '\r\n';
    const headBytes = Buffer.from(head, 'latin1');
    return body === undefined || body.byteLength === 0 ? headBytes : Buffer.concat([headBytes, body]);
});
var poolKey = (function poolKey(url, ca) {
    return `${url.protocol}//${url.host}\n${ca ?? ''}`;
});
var takeIdle = (function takeIdle(key) {
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
});
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
var connect = (function connect(url, ca, alpn = ['http/1.1']) {
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
});
var send = (function send(url, init) {
    return new Promise((resolve, reject) => {
        var onData = (function onData(chunk) {
            try {
                parser.push(chunk);
            }
            catch (err) {
                fail(err);
            }
        });
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
        let body;
        const finish = () => {
            settled = true;
            disarm();
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
            const error = networkFailure(err);
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
        const disarm = armLimits(init, fail);
        socket.on('data', onData);
        socket.on('end', onEnd);
        socket.on('error', fail);
        socket.on('close', onClose);
        socket.write(payload, () => {
            written = true;
        });
    });
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  closeIdleConnections: () => (/* binding */ closeIdleConnections),
  nodeFetch: () => (/* binding */ nodeFetch),
  preconnect: () => (/* binding */ preconnect)
});

// EXTERNAL MODULE: ./packages/core/src/credential-names.ts
var credential_names = __webpack_require__(1845);
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
    /**
     * What http.ts reports as the failure's reason; both are retried like any network failure.
     * HTTP_PARSE_ERROR: the bytes are malformed. ECONNRESET: the server closed before the end.
     */
    code;
    // No parameter properties in the transport's modules: child-process tests run them with Node's
    // type stripping, which does not support them.
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
    state = 'head';
    /** Bytes of an unfinished head, size line or trailer, kept until the rest arrives. */
    pending;
    /** Body bytes still expected: of the whole body (Content-Length) or of the current chunk. */
    remaining = 0;
    keepAlive = false;
    trailerBytes = 0;
    method;
    events;
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

/** Strip optional whitespace (SP and HTAB only, not every Unicode space like String#trim). */


;// CONCATENATED MODULE: ./packages/core/src/transport-common.ts
// What core's two direct transports share: the fetch-shaped response they answer with, the checks a
// request passes before any I/O, its time limit and abort signal (armLimits), and the response body
// queue. HTTP/1.1 is in node-transport.ts, HTTP/2 (for https origins that offer it) in
// h2-transport.ts.

// What Node's own client refuses in a header value (it would otherwise split or corrupt the head).
const transport_common_BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
/**
 * Refuse a request that cannot be sent as asked, before any I/O, as fetch does: a TypeError with no
 * `cause` (http.ts reports it as INVALID_REQUEST and does not retry). A value is never quoted: it
 * may be a credential.
 */

/** The body as bytes (a string is UTF-8), or undefined when there is none. */

/** A network failure the way fetch reports one: a TypeError whose `cause` carries the code. */
function networkFailure(cause) {
    return new TypeError('fetch failed', { cause });
}
/** The reason a request that ran out of time fails with: what AbortSignal.timeout aborts with. */
function timeoutReason() {
    return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}
/**
 * Arm a request's two limits: its time (`timeoutMs`, a plain timer, unref'd like
 * AbortSignal.timeout's: what is in flight, not the timer, keeps the process waiting) and the
 * caller's signal. `expire` gets the reason (a TimeoutError, or the signal's reason) at most once;
 * the function returned disarms both. The caller checks `signal.aborted` first.
 */

class HeaderMap {
    map;
    /** Lower-case names. */
    constructor(map) {
        this.map = map;
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
}
/**
 * The response body as an async iterable. The source is not paused: http.ts reads every body at
 * once, bounded by its own size limit, and stopping early (that limit) calls `cancel`, which closes
 * the connection (HTTP/1.1) or resets the stream (HTTP/2).
 */
class BodyQueue {
    chunks = [];
    ended = false;
    error;
    wake;
    cancel;
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

;// CONCATENATED MODULE: ./packages/core/src/h2-transport.ts
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


// Loaded only for https origins, and at best while the first connection's handshake is under way.
const http2 = () => process.getBuiltinModule('node:http2');
/**
 * Load node:http2 now. It takes ~10 ms of CPU (it pulls in much of node:http), so the transport
 * asks for it while the first TLS handshake to an origin waits on the network, not after the
 * server has picked h2. For a server that only speaks HTTP/1.1 the load was for nothing, but it
 * filled time spent waiting anyway.
 */
function preloadHttp2() {
    http2();
}
// Connection-specific fields have no meaning in HTTP/2 (RFC 9113 \u00a78.2.2); Node refuses them.
const CONNECTION_SPECIFIC = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
// RST_STREAM with CANCEL: the client no longer wants the answer (timeout, abort, oversized body).
const NGHTTP2_CANCEL = 8;
const NGHTTP2_REFUSED_STREAM = 7;
class H2Connection {
    session;
    active = 0;
    settingsKnown = false;
    /**
     * @param socket connected and verified, with "h2" negotiated
     * @param gone called once when the connection can take no more requests (closed, GOAWAY, error)
     */
    constructor(origin, socket, idleMs, gone) {
        this.session = http2().connect(origin, { createConnection: () => socket, settings: { enablePush: false } });
        const session = this.session;
        let left = false;
        const leave = () => {
            if (left)
                return;
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
    get usable() {
        return !this.session.closed && !this.session.destroyed;
    }
    close() {
        this.session.destroy();
    }
    request(url, init) {
        return new Promise((resolve, reject) => {
            const { signal } = init;
            if (signal?.aborted) {
                reject(networkFailure(signal.reason));
                return;
            }
            const body = bodyBytes(init);
            const headers = requestHeaders(url, init, body);
            let stream;
            let refused = false;
            let settled = false;
            let responded = false;
            let queue;
            const finish = () => {
                settled = true;
                disarm();
            };
            const fail = (err) => {
                if (settled)
                    return;
                finish();
                if (stream && !stream.closed)
                    stream.close(NGHTTP2_CANCEL);
                const error = networkFailure(err);
                if (responded)
                    queue.fail(error);
                else
                    reject(error);
            };
            const open = () => {
                if (settled)
                    return;
                let current;
                try {
                    current = this.session.request(headers, { endStream: body === undefined });
                }
                catch (err) {
                    // The connection went away between the check and the request (a GOAWAY just arrived).
                    fail(err);
                    return;
                }
                stream = current;
                // Only streams in flight keep the process alive, as sockets in use do on HTTP/1.1.
                if (this.active++ === 0)
                    this.session.ref();
                // The body queue exists before the response does: Node emits 'response' on the next tick,
                // and DATA frames read in the same chunk as the HEADERS frame come before it.
                const chunks = new BodyQueue(() => fail(new Error('the response body was not read to its end')));
                queue = chunks;
                let ended = false;
                current.on('response', (head) => {
                    if (settled)
                        return;
                    responded = true;
                    resolve({ status: head[':status'] ?? 0, statusText: '', headers: new HeaderMap(responseHeaders(head)), body: chunks });
                    if (ended)
                        finish();
                });
                current.on('data', (chunk) => chunks.push(chunk));
                current.on('end', () => {
                    ended = true;
                    chunks.end();
                    if (responded && !settled)
                        finish();
                });
                current.on('error', (err) => {
                    if (!isRefused(current))
                        fail(err);
                });
                current.on('close', () => {
                    if (--this.active === 0)
                        this.session.unref();
                    if (settled)
                        return;
                    if (isRefused(current) && !refused && !responded) {
                        // REFUSED_STREAM: the server did not process it (RFC 9113 \u00a78.7), typically because
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
                if (body !== undefined)
                    current.end(body);
            };
            const disarm = armLimits(init, fail);
            open();
        });
    }
    /** Run `fn` once the server's SETTINGS have arrived (at once if they have), or the connection
     *  has closed (then `fn` fails on it at once, rather than wait for its time limit). */
    afterSettings(fn) {
        if (this.settingsKnown || !this.usable) {
            fn();
            return;
        }
        const once = () => {
            this.session.removeListener('remoteSettings', once);
            this.session.removeListener('close', once);
            fn();
        };
        this.session.once('remoteSettings', once);
        this.session.once('close', once);
    }
}
function isRefused(stream) {
    return stream.rstCode === NGHTTP2_REFUSED_STREAM;
}
function requestHeaders(url, init, body) {
    const headers = {
        ':method': init.method,
        ':path': `${url.pathname}${url.search}`,
        ':scheme': 'https',
        // A Host given by the caller (a SigV4 signature covers it) becomes the authority (\u00a78.3.1).
        ':authority': init.headers['host'] ?? url.host,
    };
    // Credential headers are sent as never-indexed literals (RFC 7541 \u00a77.1.3): not kept in the HPACK
    // table of the connection or of any intermediary, so they cannot be probed through compression.
    const sensitive = [];
    for (const name in init.headers) {
        const lower = name.toLowerCase();
        // Host is the authority above.
        if (lower === 'host' || CONNECTION_SPECIFIC.has(lower))
            continue;
        headers[lower] = init.headers[name];
        if (credential_names/* CREDENTIAL_NAME */.M.test(lower))
            sensitive.push(lower);
    }
    if (body !== undefined)
        headers['content-length'] = body.byteLength;
    else if (init.method !== 'GET' && init.method !== 'HEAD')
        headers['content-length'] = 0;
    if (sensitive.length > 0)
        headers[http2().sensitiveHeaders] = sensitive;
    return headers;
}
/** Lower-case names (HTTP/2 sends no others); repeated values joined with ", " as on HTTP/1.1. */
function responseHeaders(head) {
    const map = new Map();
    for (const name in head) {
        if (name.startsWith(':'))
            continue;
        const value = head[name];
        if (value !== undefined)
            map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return map;
}

;// CONCATENATED MODULE: ./packages/core/src/node-transport.ts
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



const IDLE_MS = 4_000;
// Loaded on the first request, not at start-up.
const net = () => process.getBuiltinModule('node:net');
const tls = () => process.getBuiltinModule('node:tls');
const IDLE_EVENTS = ['data', 'end', 'close', 'error'];
/** Idle keep-alive connections by origin and CA. */
const idle = new Map();
/** One TLS context per CA (or the default store): a custom CA's PEM is parsed once, not per connection. */
const contexts = new Map();
const protocols = new Map();
/** The latest TLS session of a verified connection, by origin and CA (see keepTickets). */
const tickets = new Map();
const TICKET_WAIT_MAX_MS = 100;
const ignore = () => { };

/**
 * Open connections to `url`'s origin ahead of the requests that will use them, so their TCP (and
 * TLS) handshakes overlap with what the caller waits for first: a login, an OIDC token. They go
 * into the idle pool while still connecting; a request takes one as it is (its write waits for
 * the handshake). Connections already pooled count toward `count`. One that fails or is never
 * used costs nothing: it is unref'd and dropped like any idle connection. For an https origin not
 * yet known, one connection opens first and finds out whether the server speaks HTTP/2 (then it
 * is the only one needed) or only HTTP/1.1 (then the rest open once that is known).
 */
function preconnect(url, ca, count) {
    const key = poolKey(url, ca);
    if (url.protocol === 'https:') {
        const known = protocols.get(key);
        if (known?.kind === 'probing')
            known.wanted = Math.max(known.wanted, count);
        if (known?.kind === 'probing' || (known?.kind === 'h2' && known.connection.usable))
            return;
        if (known?.kind !== 'http/1.1') {
            probe(key, url, ca, count);
            return;
        }
    }
    for (let open = idle.get(key)?.length ?? 0; open < count; open++)
        release(key, connect(url, ca));
}
/** Destroy pooled idle connections (tests that switch CAs or servers, the end of a step). */
function closeIdleConnections() {
    for (const list of idle.values())
        for (const { socket } of list)
            socket.destroy();
    idle.clear();
    for (const known of protocols.values()) {
        if (known.kind === 'probing')
            known.socket.destroy();
        else if (known.kind === 'h2')
            known.connection.close();
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
function probe(key, url, ca, wanted) {
    const started = Date.now();
    const socket = connect(url, ca, ['h2', 'http/1.1']);
    // Unref'd until a request waits on it: a preconnect alone must not hold the process open.
    socket.unref();
    // Once the TCP connection is up and the ClientHello sent: the load then fills the wait for the
    // server's answer instead of delaying the handshake.
    socket.once('connect', () => setImmediate(preloadHttp2));
    let resolveReady;
    let rejectReady;
    const state = {
        kind: 'probing',
        socket,
        wanted,
        waiting: 0,
        ready: new Promise((resolve, reject) => {
            resolveReady = resolve;
            rejectReady = reject;
        }),
    };
    state.ready.catch(ignore); // a preconnect's probe may fail with no request waiting on it
    protocols.set(key, state);
    const failed = (err) => {
        socket.removeListener('secureConnect', connected);
        socket.removeListener('close', closed);
        socket.on('error', ignore);
        socket.destroy();
        if (protocols.get(key) === state)
            protocols.delete(key);
        rejectReady(err);
    };
    function closed() {
        failed(Object.assign(new Error('the connection closed during the TLS handshake'), { code: 'ECONNRESET' }));
    }
    function connected() {
        socket.removeListener('error', failed);
        socket.removeListener('close', closed);
        if (protocols.get(key) !== state) {
            // closeIdleConnections ran meanwhile: waiting requests start over.
            socket.destroy();
        }
        else if (socket.alpnProtocol === 'h2') {
            const h2 = {
                kind: 'h2',
                connection: new H2Connection(url.origin, socket, IDLE_MS, () => {
                    if (protocols.get(key) === h2)
                        protocols.delete(key);
                }),
            };
            protocols.set(key, h2);
        }
        else {
            protocols.set(key, { kind: 'http/1.1' });
            release(key, socket);
            // The other connections open once there is a session to resume: waiting requests and
            // preconnect's. The first request takes this connection then too; it finishes first anyway.
            void untilTicket(key, socket, Date.now() - started).then(() => {
                if (state.wanted > 1 && protocols.get(key)?.kind === 'http/1.1')
                    preconnect(url, ca, state.wanted);
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
function afterProbe(state, url, init) {
    const started = Date.now();
    const waited = new Promise((resolve, reject) => {
        const { signal } = init;
        if (signal?.aborted) {
            reject(networkFailure(signal.reason));
            return;
        }
        let waiting = true;
        if (state.waiting++ === 0)
            state.socket.ref();
        const stop = () => {
            if (!waiting)
                return;
            waiting = false;
            if (--state.waiting === 0)
                state.socket.unref();
            disarm();
        };
        const disarm = armLimits(init, (reason) => {
            stop();
            reject(networkFailure(reason));
        });
        state.ready.then(() => {
            stop();
            resolve();
        }, (err) => {
            stop();
            reject(networkFailure(err));
        });
    });
    return waited.then(() => {
        const left = init.timeoutMs === undefined ? undefined : Math.max(0, init.timeoutMs - (Date.now() - started));
        return nodeFetch(url, left === undefined ? init : { ...init, timeoutMs: left });
    });
}
/** The request head and body as one buffer: one write, one packet for small requests. */





/**
 * Keep the TLS session of a verified connection, so the next connections to the origin resume it:
 * an abbreviated handshake, without the certificate chain and its verification (~2.7 ms of CPU a
 * full one costs here). Only after 'secureConnect', when the certificate has been checked: TLS 1.2
 * can report its session before that. Keyed by origin and CA, so a session verified against one CA
 * is never resumed by a request that trusts another.
 */
function keepTickets(key, socket) {
    if (socket.getProtocol() === 'TLSv1.2') {
        const session = socket.getSession();
        if (session)
            tickets.set(key, session);
    }
    else {
        // TLS 1.3 tickets come after the handshake, in NewSessionTicket messages.
        socket.on('session', (session) => tickets.set(key, session));
    }
}
/**
 * Wait (bounded) until the origin's first connection has given a session ticket, so the HTTP/1.1
 * connections that open next resume it. A TLS 1.3 server sends its tickets right after the
 * handshake, about a round trip before a new connection could finish a full one; a server that
 * sends none costs at most the wait, bounded by the time its first handshake took.
 */
function untilTicket(key, socket, handshakeMs) {
    if (tickets.has(key) || socket.getProtocol() !== 'TLSv1.3')
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            socket.removeListener('session', later);
            socket.removeListener('close', done);
            resolve();
        };
        // Not unref'd: the first connection is idle meanwhile (unref'd), and requests may be waiting.
        const timer = setTimeout(done, Math.min(TICKET_WAIT_MAX_MS, Math.max(1, handshakeMs)));
        // Not from within the event: it is emitted while OpenSSL is still reading the ticket, and a
        // request written from there (through the promise's callbacks) never reached the server.
        const later = () => void setImmediate(done);
        socket.once('session', later);
        socket.once('close', done);
    });
}



/***/ })

};
;