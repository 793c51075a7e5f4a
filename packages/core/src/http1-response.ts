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
// - framing as §6.3: no body for HEAD, 1xx, 204 and 304; Transfer-Encoding must be exactly
//   `chunked` (it wins over Content-Length, and the connection is then not reused); Content-Length
//   must be digits, repeated copies must agree; otherwise the body runs until the server closes;
// - 1xx interim responses are skipped; 101 is refused (the client never asks to switch).
// A connection is reported reusable only when the response was complete, framed, persistent
// (HTTP/1.1 without `Connection: close`) and nothing followed it.

export class HttpParseError extends Error {
  /**
   * What http.ts reports as the failure's reason; both are retried like any network failure.
   * HTTP_PARSE_ERROR: the bytes are malformed. ECONNRESET: the server closed before the end.
   */
  readonly code: 'HTTP_PARSE_ERROR' | 'ECONNRESET';

  // No parameter properties in the transport's modules: child-process tests run them with Node's
  // type stripping, which does not support them.
  constructor(message: string, code: 'HTTP_PARSE_ERROR' | 'ECONNRESET' = 'HTTP_PARSE_ERROR') {
    super(message);
    this.code = code;
  }
}

export interface ResponseHead {
  status: number;
  statusText: string;
  /** Lower-case names; a repeated field's values joined with ", ". */
  headers: Map<string, string>;
}

export interface ResponseEvents {
  head(head: ResponseHead): void;
  body(chunk: Buffer): void;
  /** The response is complete; `reusable`: the connection may carry another request. */
  end(reusable: boolean): void;
}

const MAX_HEAD_BYTES = 64 * 1024;
const MAX_LINE_BYTES = 8 * 1024;
/** An RFC 9110 token: a method or a header name. */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Control characters (all but HTAB) may not appear in a reason phrase, a header value or a chunk
// extension. Built from a string because these classes are about control characters, which eslint's
// no-control-regex flags in any regex literal, escaped or not.
const CTL = '\\x00-\\x08\\x0a-\\x1f\\x7f';
const STATUS_LINE = new RegExp(`^HTTP/1\\.([01]) ([1-9]\\d\\d)(?: ([^${CTL}]*))?$`);
const BAD_VALUE = new RegExp(`[${CTL}]`);
const CHUNK_SIZE = new RegExp(`^([0-9A-Fa-f]{1,12})[ \\t]*(?:;[^${CTL}]*)?$`);

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close' | 'done';

export class ResponseParser {
  private state: State = 'head';
  /** Bytes of an unfinished head, size line or trailer, kept until the rest arrives. */
  private pending: Buffer | undefined;
  /** Body bytes still expected: of the whole body (Content-Length) or of the current chunk. */
  private remaining = 0;
  private keepAlive = false;
  private trailerBytes = 0;
  private readonly method: string;
  private readonly events: ResponseEvents;

  constructor(method: string, events: ResponseEvents) {
    this.method = method;
    this.events = events;
  }

  /** True once the response is complete. */
  get done(): boolean {
    return this.state === 'done';
  }

  /** Feed the next bytes from the connection. Throws HttpParseError on a malformed response. */
  push(chunk: Buffer): void {
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
          if (end - at > MAX_HEAD_BYTES) throw new HttpParseError(`the response head is larger than ${MAX_HEAD_BYTES} bytes`);
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
          if (this.remaining === 0) this.state = this.state === 'length' ? 'done' : 'chunk-end';
          break;
        }
        case 'chunk-size': {
          const eol = this.lineEnd(buf, at, 'chunk-size line');
          if (eol < 0) return;
          const match = CHUNK_SIZE.exec(buf.toString('latin1', at, eol));
          if (!match) throw new HttpParseError('a chunk-size line is malformed');
          at = eol + 2;
          this.remaining = parseInt(match[1]!, 16);
          this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
          break;
        }
        case 'chunk-end': {
          if (buf.length - at < 2) {
            if (buf[at] !== 0x0d) throw new HttpParseError('chunk data is not followed by CRLF');
            this.keep(buf, at, 2, 'chunk end');
            return;
          }
          if (buf[at] !== 0x0d || buf[at + 1] !== 0x0a) throw new HttpParseError('chunk data is not followed by CRLF');
          at += 2;
          this.state = 'chunk-size';
          break;
        }
        case 'trailers': {
          const eol = this.lineEnd(buf, at, 'trailer');
          if (eol < 0) return;
          // Trailers are checked for shape and bounded, then dropped: nothing here reads them.
          if (eol > at) headerLine(buf.toString('latin1', at, eol));
          this.trailerBytes += eol - at + 2;
          if (this.trailerBytes > MAX_HEAD_BYTES) throw new HttpParseError(`the trailers are larger than ${MAX_HEAD_BYTES} bytes`);
          const last = eol === at;
          at = eol + 2;
          if (last) this.state = 'done';
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
  eof(): void {
    if (this.state === 'done') return;
    if (this.state === 'until-close') {
      this.state = 'done';
      this.events.end(false);
      return;
    }
    // Cut short, not malformed: reported (and retried) like a reset connection.
    throw new HttpParseError(
      this.state === 'head' ? 'the connection closed before a complete response head' : 'the connection closed in the middle of the body',
      'ECONNRESET',
    );
  }

  /** Where the CRLF-ended line at `at` ends; -1 (the start kept for the next bytes) if it has not yet. */
  private lineEnd(buf: Buffer, at: number, what: string): number {
    const eol = buf.indexOf('\r\n', at, 'latin1');
    if (eol < 0) this.keep(buf, at, MAX_LINE_BYTES, what);
    return eol;
  }

  private keep(buf: Buffer, at: number, limit: number, what: string): void {
    if (buf.length - at > limit) throw new HttpParseError(`the ${what} is larger than ${limit} bytes`);
    this.pending = Buffer.from(buf.subarray(at));
  }

  private onHead(text: string): void {
    const lines = text.split('\r\n');
    const status = STATUS_LINE.exec(lines[0]!);
    if (!status) throw new HttpParseError('the status line is not HTTP/1.x');
    const code = Number(status[2]);
    const headers = new Map<string, string>();
    for (let i = 1; i < lines.length; i++) {
      const [name, value] = headerLine(lines[i]!);
      const prev = headers.get(name);
      headers.set(name, prev === undefined ? value : `${prev}, ${value}`);
    }
    if (code < 200) {
      if (code === 101) throw new HttpParseError('the server switched protocols, which was not asked for');
      return; // 100 Continue, 103 Early Hints: the final response follows
    }
    const connection = (headers.get('connection') ?? '').toLowerCase().split(',').map(trimOws);
    this.keepAlive = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');

    let framing: State;
    const te = headers.get('transfer-encoding');
    const cl = headers.get('content-length');
    if (this.method === 'HEAD' || code === 204 || code === 304) {
      framing = 'done';
    } else if (te !== undefined) {
      if (te.toLowerCase().split(',').map(trimOws).join(',') !== 'chunked') {
        throw new HttpParseError('the response uses a transfer coding other than chunked');
      }
      framing = 'chunk-size';
      // Both framings at once is how request smuggling starts: chunked wins, and the connection
      // is not trusted with another request.
      if (cl !== undefined) this.keepAlive = false;
    } else if (cl !== undefined) {
      const values = cl.split(',').map(trimOws);
      if (!values.every((v) => /^\d{1,15}$/.test(v) && v === values[0])) throw new HttpParseError('the Content-Length header is invalid');
      this.remaining = Number(values[0]);
      framing = this.remaining === 0 ? 'done' : 'length';
    } else {
      framing = 'until-close';
      this.keepAlive = false;
    }
    this.state = framing;
    this.events.head({ status: code, statusText: status[3] ?? '', headers });
  }
}

function headerLine(line: string): [string, string] {
  if (line.startsWith(' ') || line.startsWith('\t')) throw new HttpParseError('a header line is folded (obsolete line folding)');
  const colon = line.indexOf(':');
  const name = colon > 0 ? line.slice(0, colon) : '';
  if (!TOKEN.test(name)) throw new HttpParseError('a header name is invalid');
  const value = trimOws(line.slice(colon + 1));
  if (BAD_VALUE.test(value)) throw new HttpParseError(`the ${name} header has a control character in its value`);
  return [name.toLowerCase(), value];
}

/** Strip optional whitespace (SP and HTAB only, not every Unicode space like String#trim). */
function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(start, end);
}
