import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { HttpParseError, ResponseParser } from '@gatehouse/core/http1-response';

interface Parsed {
  heads: { status: number; statusText: string; headers: Record<string, string> }[];
  body: string;
  ends: boolean[];
}

/** Feed `raw` to a parser in pieces cut at `cuts`, then signal EOF if asked. */
function parse(raw: string | Buffer, options: { method?: string; cuts?: number[]; eof?: boolean } = {}): Parsed {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw;
  const out: Parsed = { heads: [], body: '', ends: [] };
  const parser = new ResponseParser(options.method ?? 'GET', {
    head: (head) => out.heads.push({ status: head.status, statusText: head.statusText, headers: Object.fromEntries(head.headers) }),
    body: (chunk) => (out.body += chunk.toString('latin1')),
    end: (reusable) => out.ends.push(reusable),
  });
  let at = 0;
  for (const cut of [...(options.cuts ?? []), bytes.length]) {
    if (cut > at) parser.push(bytes.subarray(at, cut));
    at = Math.max(at, cut);
  }
  if (options.eof) parser.eof();
  return out;
}

function parseError(raw: string, options: { method?: string; eof?: boolean } = {}): string {
  try {
    parse(raw, options);
  } catch (err) {
    expect(err).toBeInstanceOf(HttpParseError);
    return (err as Error).message;
  }
  throw new Error('expected a parse error');
}

const CHUNKED =
  'HTTP/1.1 100 Continue\r\n\r\n' +
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nX-Multi: a\r\nx-multi:  b \r\n\r\n' +
  '7;name=value\r\n{"a":1,\r\n' +
  'C\r\n"b":"\xe9\xe8xyz"}\r\n' +
  '0\r\nX-Trailer: t\r\n\r\n';

describe('ResponseParser', () => {
  it('reads a Content-Length body and reports the connection reusable', () => {
    expect(parse('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')).toEqual({
      heads: [{ status: 200, statusText: 'OK', headers: { 'content-length': '5' } }],
      body: 'hello',
      ends: [true],
    });
  });

  it('skips 1xx interim responses, decodes chunks with extensions and trailers, joins repeated fields', () => {
    expect(parse(CHUNKED)).toEqual({
      heads: [
        {
          status: 200,
          statusText: 'OK',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-multi': 'a, b' },
        },
      ],
      body: '{"a":1,"b":"\xe9\xe8xyz"}',
      ends: [true],
    });
  });

  it('gives the same result however the bytes are split (every single cut, and random multi-cuts)', () => {
    const whole = parse(CHUNKED);
    for (let cut = 0; cut <= CHUNKED.length; cut++) expect(parse(CHUNKED, { cuts: [cut] })).toEqual(whole);
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n) + 0;
    for (let round = 0; round < 300; round++) {
      const cuts = Array.from({ length: 1 + random(8) }, () => random(CHUNKED.length)).sort((a, b) => a - b);
      expect(parse(CHUNKED, { cuts })).toEqual(whole);
    }
    // One byte at a time.
    expect(parse(CHUNKED, { cuts: Array.from({ length: CHUNKED.length }, (_, i) => i) })).toEqual(whole);
  });

  it.each([
    ['HTTP/1.1 with Connection: close', 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', false],
    [
      'HTTP/1.1 with Connection: Keep-Alive, Upgrade-ish tokens',
      'HTTP/1.1 200 OK\r\nConnection: foo, keep-alive\r\nContent-Length: 0\r\n\r\n',
      true,
    ],
    ['HTTP/1.0 by default', 'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n', false],
    ['HTTP/1.0 with Connection: keep-alive', 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n', true],
    [
      'both Transfer-Encoding and Content-Length',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
      false,
    ],
    ['bytes after the response', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n', false],
  ])('reuse: %s', (_label, raw, reusable) => {
    expect(parse(raw).ends).toEqual([reusable]);
  });

  it('reads a body without framing until the server closes, and never reuses that connection', () => {
    const parsed = parse('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, part two', { cuts: [45], eof: true });
    expect(parsed.body).toBe('part one, part two');
    expect(parsed.ends).toEqual([false]);
  });

  it.each([
    ['HEAD', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n'],
    ['GET', 'HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n'],
    ['GET', 'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n'],
  ])('no body for %s %s', (method, raw) => {
    expect(parse(raw, { method })).toMatchObject({ body: '', ends: [true] });
  });

  it('accepts repeated identical Content-Length values and an empty reason phrase', () => {
    expect(parse('HTTP/1.1 200 \r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok')).toMatchObject({
      heads: [{ status: 200, statusText: '' }],
      body: 'ok',
    });
    expect(parse('HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n').heads[0]).toMatchObject({ status: 404, statusText: '' });
  });

  it.each([
    ['a status line that is not HTTP/1.x', 'HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n', 'the status line is not HTTP/1.x'],
    ['a three-digit status starting with 0', 'HTTP/1.1 099 Odd\r\n\r\n', 'the status line is not HTTP/1.x'],
    ['a folded header', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n', 'folded'],
    ['a header name with a space', 'HTTP/1.1 200 OK\r\nBad Name: 1\r\n\r\n', 'a header name is invalid'],
    ['a header without a colon', 'HTTP/1.1 200 OK\r\nNoColon\r\n\r\n', 'a header name is invalid'],
    [
      'a control character in a value',
      'HTTP/1.1 200 OK\r\nX-A: a\x01b\r\nContent-Length: 0\r\n\r\n',
      'the X-A header has a control character',
    ],
    ['a bare LF inside the head', 'HTTP/1.1 200 OK\r\nX-A: a\nX-B: b\r\nContent-Length: 0\r\n\r\n', 'control character'],
    ['gzip transfer coding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n', 'transfer coding other than chunked'],
    [
      'conflicting Content-Length',
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc',
      'Content-Length header is invalid',
    ],
    ['a signed Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nab', 'Content-Length header is invalid'],
    ['a chunk size that is not hex', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'chunk-size line is malformed'],
    ['a chunk size over 48 bits', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000\r\n', 'chunk-size line is malformed'],
    [
      'chunk data longer than its size',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n',
      'not followed by CRLF',
    ],
    ['a 101 nobody asked for', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n', 'switched protocols'],
  ])('refuses %s', (_label, raw, message) => {
    expect(parseError(raw)).toContain(message);
  });

  it('bounds the head, a chunk-size line and the trailers', () => {
    const big = 'x'.repeat(70 * 1024);
    expect(parseError(`HTTP/1.1 200 OK\r\nX-Big: ${big}\r\n\r\n`)).toContain('larger than 65536 bytes');
    // Unterminated: refused as soon as the buffered part is over the limit, not at the end.
    expect(parseError(`HTTP/1.1 200 OK\r\nX-Big: ${big}`)).toContain('larger than 65536 bytes');
    expect(parseError(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;${big}`)).toContain('chunk-size line is larger');
    const trailers = Array.from({ length: 20 }, (_, i) => `X-T${i}: ${'y'.repeat(4000)}\r\n`).join('');
    expect(parseError(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n${trailers}\r\n`)).toContain('trailers are larger');
  });

  it('reports a connection closed mid-head or mid-body', () => {
    expect(parseError('HTTP/1.1 200 OK\r\nContent-Le', { eof: true })).toBe('the connection closed before a complete response head');
    expect(parseError('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', { eof: true })).toBe(
      'the connection closed in the middle of the body',
    );
    expect(parseError('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab', { eof: true })).toBe(
      'the connection closed in the middle of the body',
    );
  });
});

// The same bytes through Node's own parser (llhttp, via node:http): an independent check that the
// results agree on everything both accept.
describe('agrees with llhttp', () => {
  let server: Server;
  let port: number;
  let next = '';
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.once('data', () => socket.end(next, 'latin1'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function viaLlhttp(raw: string): Promise<{ status: number; statusText: string; body: string; headers: Record<string, string> }> {
    next = raw;
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!.toLowerCase();
            headers[name] = name in headers ? `${headers[name]}, ${res.rawHeaders[i + 1]}` : res.rawHeaders[i + 1]!;
          }
          resolve({ status: res.statusCode!, statusText: res.statusMessage!, body, headers });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it.each([
    ['content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello'],
    ['chunked with extensions and trailers', CHUNKED],
    ['repeated fields', 'HTTP/1.1 403 Forbidden\r\nVary: a\r\nVary: b\r\nContent-Length: 2\r\n\r\nno'],
    ['until close', 'HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nboom\r\nmore'],
    ['odd reason phrase', 'HTTP/1.1 429 Too  Many \xe9 Requests\r\nRetry-After: 3\r\nContent-Length: 0\r\n\r\n'],
    ['empty chunked body', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ])('%s', async (_label, raw) => {
    const ours = parse(raw, { eof: true });
    const theirs = await viaLlhttp(raw);
    expect(ours.heads).toHaveLength(1);
    expect(ours.heads[0]!.status).toBe(theirs.status);
    expect(ours.heads[0]!.statusText).toBe(theirs.statusText);
    expect(ours.heads[0]!.headers).toEqual(theirs.headers);
    expect(ours.body).toBe(theirs.body);
  });
});
