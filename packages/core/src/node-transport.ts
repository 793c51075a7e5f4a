// A fetch-shaped transport over node:http and node:https, used for every request that does not
// go through a proxy. Node's global fetch is undici, which costs ~45 ms to load at start-up and
// several web-stream allocations per request; a step that fetches fifty secrets pays for both.
// This keeps one keep-alive agent per protocol and CA, so parallel reads reuse connections, and
// answers with what core http reads: status, statusText, headers.get() and an async-iterable body.
//
// Error shapes mirror fetch's, so http.ts classifies both the same way: a network failure is a
// TypeError whose `cause` carries the code; a request Node refuses to send (an invalid header
// value) is a TypeError without a cause.

import type * as Http from 'node:http';
import type { Agent as HttpAgent, ClientRequest, IncomingMessage, RequestOptions as NodeRequestOptions } from 'node:http';
import type * as Https from 'node:https';

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
  signal: AbortSignal;
  ca?: string;
}

// node:http and node:https are loaded on the first request, not at start-up.
const load = (name: string): unknown => process.getBuiltinModule(name);
const agents = new Map<string, HttpAgent>();

function agentFor(protocol: 'http:' | 'https:', ca: string | undefined): HttpAgent {
  const key = `${protocol}${ca ?? ''}`;
  let agent = agents.get(key);
  if (!agent) {
    // Keep-alive: idle sockets are unref'd by Node, so they never hold the process open.
    const options = { keepAlive: true, maxSockets: 256, ...(ca ? { ca } : {}) };
    agent =
      protocol === 'https:'
        ? new (load('node:https') as typeof Https).Agent(options)
        : new (load('node:http') as typeof Http).Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

class NodeHeaders implements ResponseHeaders {
  constructor(private readonly raw: IncomingMessage['headers']) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

export function nodeFetch(url: URL, init: TransportInit): Promise<TransportResponse> {
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) {
    headers['content-length'] = String(typeof init.body === 'string' ? Buffer.byteLength(init.body) : init.body.byteLength);
  } else if (init.method !== 'GET' && init.method !== 'HEAD') {
    headers['content-length'] = '0';
  }
  const options: NodeRequestOptions = {
    method: init.method,
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers,
    agent: agentFor(protocol, init.ca),
    signal: init.signal,
  };
  return new Promise((resolve, reject) => {
    let req: ClientRequest;
    try {
      const mod = load(protocol === 'https:' ? 'node:https' : 'node:http') as typeof Http;
      req = mod.request(options, (res) => {
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: new NodeHeaders(res.headers), body: res });
      });
    } catch (err) {
      // Invalid header names or values are refused before any I/O, like fetch's TypeError.
      reject(new TypeError(err instanceof Error ? err.message : String(err)));
      return;
    }
    req.on('error', (err) => reject(new TypeError('fetch failed', { cause: err })));
    req.end(init.body);
  });
}

/** Destroy pooled connections (tests that switch CAs or servers, the end of a step). */
export function closeNodeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
