// The one HTTP client of every action: fetch with a per-attempt timeout, an overall deadline,
// retries with full-jitter backoff that honour Retry-After, proxies from the environment and a
// custom CA. Errors are one line naming method, host+path and status, with a fix; they never carry
// request bodies, credentials or query strings (which can hold tokens).

import { CREDENTIAL_NAME } from './credential-names.js';
import { formEncode } from './encodings.js';
import { GatehouseError, type ErrorCode } from './errors.js';
import { formatDuration } from './inputs.js';
import * as runner from './runner.js';
import type * as NodeTransport from './node-transport.js';
import type { ResponseHeaders, TransportResponse } from './node-transport.js';

// ---- deadline ----------------------------------------------------------------------------------

/**
 * A point in time shared by every request (and anything else) of one step. Pass the same object to
 * each call: retries, backoff sleeps and per-attempt timeouts are all cut to what is left of it.
 */
export class Deadline {
  readonly at: number;
  private lazySignal: AbortSignal | undefined;

  /** `label` and `fix` end up in the DEADLINE_EXCEEDED error, so name the input that sets it. */
  constructor(
    readonly ms: number,
    readonly label = 'the overall deadline',
    readonly fix = "Raise the step's timeout, or check that the service is reachable from the runner.",
  ) {
    this.at = Date.now() + ms;
  }

  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }

  get expired(): boolean {
    return this.remaining() === 0;
  }

  /** Aborts when the deadline passes; for work other than `request` (child processes, streams). */
  get signal(): AbortSignal {
    // AbortSignal.timeout's timer is unref'd, so an unused deadline never keeps the process alive.
    this.lazySignal ??= Number.isFinite(this.at)
      ? AbortSignal.timeout(Math.min(this.remaining(), MAX_TIMER))
      : new AbortController().signal;
    return this.lazySignal;
  }
}

// ---- backoff -----------------------------------------------------------------------------------

export interface Backoff {
  /** First retry waits up to `baseMs`, then 2x, 4x, ... up to `maxMs` (full jitter). */
  baseMs: number;
  maxMs: number;
  /** A Retry-After longer than this fails the request instead of parking the job. */
  maxRetryAfterMs: number;
  /** Injectable so tests run instantly and can assert the delays that were asked for. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

const BUILTIN_BACKOFF: Backoff = {
  baseMs: 500,
  maxMs: 10_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
let defaultBackoff: Backoff = BUILTIN_BACKOFF;

/**
 * Override the backoff for every request (tests of code that calls `request` indirectly). Returns a
 * function that restores the previous defaults, like runner.setWriter.
 */
export function setBackoff(overrides: Partial<Backoff>): () => void {
  const previous = defaultBackoff;
  defaultBackoff = { ...previous, ...overrides };
  return () => {
    defaultBackoff = previous;
  };
}

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform pick in
 * [0, min(max, base * 2^(retry-1))) spreads a burst of clients instead of retrying in lockstep.
 */
export function backoffDelay(retry: number, backoff: Pick<Backoff, 'baseMs' | 'maxMs' | 'random'>): number {
  return Math.floor(backoff.random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** (retry - 1)));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

// ---- request -----------------------------------------------------------------------------------

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Raw body; or use `json` / `form`, which also set Content-Type. */
  body?: string | Uint8Array;
  json?: unknown;
  form?: Record<string, string>;
  /** Per attempt, including reading the body. Default 30s. */
  timeoutMs?: number;
  /** Shared by all attempts (and usually the whole step). */
  deadline?: Deadline;
  /** Total tries including the first. Default 4. Every method is retried: Gatehouse only reads
   *  and exchanges tokens; pass 1 for calls that must not be repeated. */
  maxAttempts?: number;
  /** Which statuses to retry; default 408, 429 and 5xx except 501/505 (those never heal). */
  retryStatus?: (status: number) => boolean;
  /** PEM CA bundle to trust instead of the system roots for this request (and its proxy tunnel). */
  ca?: string;
  /** Response size limit. Default 16 MiB. */
  maxBytes?: number;
  /** Redirects are refused by default: fetch would replay custom credential headers
   *  (X-Vault-Token, ...) to whatever host the Location names. */
  followRedirects?: boolean;
  backoff?: Partial<Backoff>;
  signal?: AbortSignal;
}

export class HttpResponse {
  constructor(
    readonly method: string,
    readonly target: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    readonly body: Buffer,
  ) {}

  text(): string {
    return this.body.toString('utf8');
  }

  /** Parse the body; a malformed body fails without quoting it (it may hold a secret). */
  json<T = unknown>(): T {
    try {
      return JSON.parse(this.text()) as T;
    } catch {
      const type = this.headers.get('content-type') ?? 'no content-type';
      throw new HttpError(
        'HTTP_FAILED',
        `${this.method} ${this.target} answered ${this.status} with a body that is not valid JSON (${this.body.length} bytes, ${type}).`,
        {
          fix: 'Check that the URL points at the service API and not at a proxy or login page.',
          method: this.method,
          target: this.target,
          status: this.status,
        },
      );
    }
  }
}

interface HttpErrorInit {
  fix: string;
  method: string;
  target: string;
  status?: number;
  body?: unknown;
  detail?: string;
  attempts?: number;
  reason?: string;
}

/**
 * A failed request. `status` is set when the server answered; `body` is its parsed error body
 * (JSON, else text) and `detail` the server's own message, both with the request's credentials and
 * anything token-shaped replaced by `***`, so providers can map e.g. Vault's `{"errors":[...]}`.
 */
export class HttpError extends GatehouseError {
  readonly method: string;
  /** host + path, never the query string. */
  readonly target: string;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly detail: string | undefined;
  readonly attempts: number;
  /** Network error code (ECONNREFUSED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...). */
  readonly reason: string | undefined;

  constructor(code: ErrorCode, message: string, init: HttpErrorInit) {
    super(code, message, { fix: init.fix });
    this.method = init.method;
    this.target = init.target;
    this.status = init.status;
    this.body = init.body;
    this.detail = init.detail;
    this.attempts = init.attempts ?? 1;
    this.reason = init.reason;
  }
}

export function defaultRetryStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** GET (or any method) and parse the JSON answer. Sends `Accept: application/json`. */
export async function fetchJson<T = unknown>(url: string | URL, options: RequestOptions = {}): Promise<T> {
  const res = await request(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
  return res.json<T>();
}

/** Send a request, retrying as configured; resolves only with a 2xx, otherwise throws HttpError. */
export async function request(url: string | URL, options: RequestOptions = {}): Promise<HttpResponse> {
  const target = URL.parse(String(url));
  if (!target) {
    // Not quoted: a URL can carry a token in its query or userinfo.
    throw new GatehouseError('INPUT_INVALID', 'A service URL is not a valid absolute URL.', {
      fix: 'Use a full URL such as https://vault.example.com:8200.',
    });
  }
  const method = (options.method ?? 'GET').toUpperCase();
  const { headers, body } = encode(options);
  // host + path only: a query string can carry tokens, so it never reaches a message.
  const ctx = new Ctx(method, target, headers, body);
  const label = `${method} ${ctx.where}`;
  const backoff = { ...defaultBackoff, ...options.backoff };
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const timeoutMs = Math.min(options.timeoutMs ?? 30_000, MAX_TIMER);
  const retryStatus = options.retryStatus ?? defaultRetryStatus;
  const { deadline, signal } = options;
  const doFetch = await fetcherFor(target, options.ca, options.followRedirects === true);

  for (let attempt = 1; ; attempt++) {
    if (deadline?.expired) throw deadlineError(ctx, deadline, attempt - 1);
    // The deadline bounds each attempt too; remember which limit applied so the error names it.
    const byDeadline = deadline !== undefined && deadline.remaining() < timeoutMs;
    const limit = byDeadline ? deadline.remaining() : timeoutMs;

    let response: HttpResponse | undefined;
    let thrown: unknown;
    try {
      const res = await doFetch(target, {
        method,
        headers,
        body,
        timeoutMs: limit,
        signal,
        ca: options.ca,
        followRedirects: options.followRedirects === true,
      });
      const bytes = await readBody(res, options.maxBytes ?? 16 * 1024 * 1024, ctx);
      response = new HttpResponse(method, ctx.where, res.status, res.statusText, res.headers, bytes);
    } catch (err) {
      thrown = err;
    }

    let failure: HttpError;
    let retryAfter: number | undefined;
    if (response) {
      if (response.status >= 200 && response.status < 300) return response;
      failure = statusError(response, ctx, attempt);
      if (!retryStatus(response.status)) throw failure;
      retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    } else if (thrown instanceof HttpError) {
      throw thrown; // an oversized body: retrying would read it again
    } else if (signal?.aborted) {
      throw signal.reason;
    } else if (isTimeout(thrown)) {
      if (byDeadline) throw deadlineError(ctx, deadline!, attempt);
      failure = new HttpError(
        'HTTP_TIMEOUT',
        `${label} timed out: no complete answer within ${formatDuration(limit)}${attempts(attempt)}.`,
        {
          fix: `Check that ${target.host} is reachable and healthy from the runner, or raise the request timeout.`,
          ...fields(ctx, attempt),
        },
      );
    } else {
      failure = networkError(thrown, ctx, attempt);
      if (!retryableNetwork(failure.reason ?? '')) throw failure;
    }
    if (attempt >= maxAttempts) throw failure;

    if (retryAfter !== undefined && retryAfter > backoff.maxRetryAfterMs) {
      const asked = `the server asked to retry after ${formatDuration(retryAfter)}, longer than Gatehouse waits (${formatDuration(backoff.maxRetryAfterMs)})`;
      throw new HttpError(failure.code, `${failure.message.replace(/\.$/, '')}; ${asked}.`, {
        ...fromError(failure),
        fix: failure.fix ?? '',
      });
    }
    const wait = retryAfter ?? backoffDelay(attempt, backoff);
    // Sleeping past the deadline only to fail later wastes the job's time: fail now, and say why.
    if (deadline && wait >= deadline.remaining()) throw deadlineError(ctx, deadline, attempt, failure, wait);
    runner.info(
      `${label}: ${failure.status ?? failure.reason ?? 'timed out'}; retry ${attempt} of ${maxAttempts - 1} in ${formatDuration(wait)}.`,
    );
    await backoff.sleep(wait);
  }
}

/** Node timers overflow above 2^31-1 ms and fire at once; clamp instead. */
const MAX_TIMER = 2 ** 31 - 1;

/** What error messages of one request are built from. */
class Ctx {
  /** host + path, never the query string. */
  readonly where: string;
  private found: string[] | undefined;

  constructor(
    readonly method: string,
    readonly target: URL,
    private readonly headers: Record<string, string>,
    private readonly body: string | Uint8Array | undefined,
  ) {
    this.where = `${target.host}${target.pathname}`;
  }

  /** The request's credentials, to scrub from what a server echoes: worked out only for an error. */
  get secrets(): string[] {
    return (this.found ??= secretsOf(this.headers, this.body, this.target));
  }
}

/** An attempt that ran out of time: the transport's timer, or undici's AbortSignal.timeout. */
function isTimeout(err: unknown): boolean {
  const name = (e: unknown): unknown => (e as { name?: unknown } | undefined)?.name;
  return name(err) === 'TimeoutError' || name((err as { cause?: unknown } | undefined)?.cause) === 'TimeoutError';
}

function fields(ctx: Ctx, attempt: number): Omit<HttpErrorInit, 'fix'> {
  return { method: ctx.method, target: ctx.where, attempts: attempt };
}

function fromError(err: HttpError): HttpErrorInit {
  const { method, target, status, body, detail, attempts, reason } = err;
  return { fix: err.fix ?? '', method, target, status, body, detail, attempts, reason };
}

function attempts(n: number): string {
  return n > 1 ? ` (${n} attempts)` : '';
}

function encode(options: RequestOptions): { headers: Record<string, string>; body: string | Uint8Array | undefined } {
  const headers: Record<string, string> = { 'user-agent': 'gatehouse' };
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    // The same encoding as URLSearchParams (a lone surrogate becomes U+FFFD there too), without
    // constructing one: core's formEncode, which the masking forms use.
    body = Object.entries(options.form)
      .map(([name, value]) => `${formEncode(name.toWellFormed())}=${formEncode(value.toWellFormed())}`)
      .join('&');
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  return { headers, body };
}

async function readBody(res: TransportResponse, maxBytes: number, ctx: Ctx): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    // Bounded memory: a broken or hostile server cannot make an action buffer gigabytes.
    if (size > maxBytes) {
      throw new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} answered with more than ${maxBytes} bytes; refusing to read it.`, {
        fix: 'Check that the URL points at the service API.',
        ...fields(ctx, 1),
        status: res.status,
      });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// ---- errors ------------------------------------------------------------------------------------

function statusFix(status: number, target: URL): string {
  if (status >= 300 && status < 400)
    return 'Use the final URL: Gatehouse does not follow redirects, so credentials are never sent to another host.';
  if (status === 401) return `Check the credentials sent to ${target.host}: the server did not accept them.`;
  if (status === 403)
    return `The credentials were accepted but lack permission for ${target.pathname}; grant it to this workflow's identity.`;
  if (status === 404) return `Check the URL and path (${target.host}${target.pathname}).`;
  if (defaultRetryStatus(status))
    return 'The service is unavailable or rate limiting; re-run the job later, or raise the attempts or timeout.';
  return 'Check the request this step sends; the server gave its reason above.';
}

function statusError(res: HttpResponse, ctx: Ctx, attempt: number): HttpError {
  const text = res.body.subarray(0, 64 * 1024).toString('utf8');
  let body: unknown;
  try {
    body = scrub(JSON.parse(text), ctx.secrets);
  } catch {
    body = scrubText(text, ctx.secrets) || undefined;
  }
  const found = extractDetail(body);
  const detail = found ? oneLine(found).slice(0, 300) : undefined;
  let extra = detail ? `: ${detail.replace(/[.\s]+$/, '')}` : '';
  if (res.status >= 300 && res.status < 400) {
    const location = res.headers.get('location');
    extra =
      location && URL.canParse(location, ctx.target.href)
        ? `: redirect to ${new URL(location, ctx.target).host} refused`
        : ': redirect refused';
  }
  const reason = [res.status, res.statusText].filter(Boolean).join(' ');
  return new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} failed with ${reason}${extra}${attempts(attempt)}.`, {
    fix: statusFix(res.status, ctx.target),
    ...fields(ctx, attempt),
    status: res.status,
    body,
    detail,
  });
}

/** The human message in the error shapes Gatehouse's services use (Vault, GCP, Azure, AWS, OSV). */
function extractDetail(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const xml = /<Message>([^<]*)<\/Message>/.exec(body);
    return xml ? xml[1] : body.split('\n')[0];
  }
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const errors = b['errors'];
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((e) => (typeof e === 'string' ? e : String((e as { message?: unknown })?.message ?? JSON.stringify(e)))).join('; ');
  }
  const error = b['error'] as { message?: unknown } | undefined;
  if (error && typeof error === 'object' && typeof error.message === 'string') return error.message;
  for (const key of ['error_description', 'message', 'Message', 'detail', 'error']) {
    if (typeof b[key] === 'string' && b[key]) return b[key] as string;
  }
  return undefined;
}

const TLS_CODE = /CERT|SELF_SIGNED|TLS|SSL|UNABLE_TO_(GET|VERIFY)/;

function networkError(err: unknown, ctx: Ctx, attempt: number): HttpError {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const raw = typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err);
  // Undici quotes an invalid header's value in its message: scrub before it reaches the error.
  const text = oneLine(scrubText(raw, ctx.secrets)).slice(0, 200);
  const label = `${ctx.method} ${ctx.where}`;
  if (code && TLS_CODE.test(code)) {
    return new HttpError('HTTP_FAILED', `${label} failed: the server's TLS certificate is not trusted (${code}).`, {
      fix: `Pass the CA certificate (PEM) that signed ${ctx.target.host}'s certificate, or add it to NODE_EXTRA_CA_CERTS.`,
      ...fields(ctx, attempt),
      reason: code,
    });
  }
  if (!cause) {
    // fetch rejects a bad request (invalid header value, body on GET) before any I/O, with no
    // cause; a network failure always has one. Retrying the former cannot help.
    return new HttpError('HTTP_FAILED', `${label} could not be sent: ${text.replace(/\.$/, '')}.`, {
      fix: 'Check the URL and header values this step sends (no line breaks or control characters).',
      ...fields(ctx, attempt),
      reason: 'INVALID_REQUEST',
    });
  }
  const what = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' ? 'host not found' : text || 'network error';
  const shown = code && !what.includes(code) ? ` (${code})` : '';
  return new HttpError('HTTP_FAILED', `${label} failed: ${what}${shown}${attempts(attempt)}.`, {
    fix: `Check that ${ctx.target.host} is reachable from the runner (URL, DNS, firewall, HTTPS_PROXY/NO_PROXY).`,
    ...fields(ctx, attempt),
    reason: code ?? 'NETWORK',
  });
}

/** A TLS failure, an unknown host or a malformed request does not heal in seconds; the rest may. */
function retryableNetwork(reason: string): boolean {
  return !TLS_CODE.test(reason) && reason !== 'ENOTFOUND' && reason !== 'INVALID_REQUEST';
}

function deadlineError(ctx: Ctx, deadline: Deadline, attempt: number, last?: HttpError, wait?: number): HttpError {
  const lastly = last ? `; last attempt: ${last.status ?? last.reason ?? 'timed out'}${last.detail ? ` (${last.detail})` : ''}` : '';
  const next = wait === undefined ? '' : `, next retry due in ${formatDuration(wait)}`;
  const message = `${ctx.method} ${ctx.where} did not finish within ${deadline.label} (${formatDuration(deadline.ms)})${attempts(attempt)}${lastly}${next}.`;
  return new HttpError('DEADLINE_EXCEEDED', message, {
    ...(last ? fromError(last) : fields(ctx, attempt)),
    fix: deadline.fix,
    attempts: attempt,
  });
}

// ---- scrubbing ---------------------------------------------------------------------------------

// Credentials a server might echo that the request did not carry. A Bearer/Basic value must contain
// a digit or punctuation, so prose such as "Bearer token expired" is left alone.
const TOKENISH = [
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
  /\b(?:hv[sbr]|gh[pousr])[._][\w-]{16,}/g,
  /\b(Bearer|Basic)(\s+)(?=[^\s"',;]*[\d._~+/=-])[^\s"',;]{8,}/gi,
];

/**
 * What a server might echo back into an error body: credential headers, and credential-named
 * fields of the JSON or form body and of the query (values of 8+ chars; shorter ones are not worth
 * the false positives). Other values (a Vault role, an audience) stay visible: errors name them.
 */
function secretsOf(headers: Record<string, string>, body: string | Uint8Array | undefined, url: URL): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_NAME.test(name)) continue;
    found.push(value);
    const scheme = /^\S+\s+(.+)$/.exec(value);
    if (scheme) found.push(scheme[1]!);
  }
  const text = typeof body === 'string' ? body : body ? Buffer.from(body).toString('utf8') : '';
  if (text) {
    found.push(text);
    try {
      credentialFields(JSON.parse(text), false, found);
    } catch {
      for (const [name, value] of new URLSearchParams(text)) if (CREDENTIAL_NAME.test(name)) found.push(value);
    }
  }
  for (const [name, value] of url.searchParams) if (CREDENTIAL_NAME.test(name)) found.push(value);
  if (url.password) found.push(decodeURIComponent(url.password));
  return [...new Set(found.filter((s) => s.length >= 8))].sort((a, b) => b.length - a.length);
}

function credentialFields(value: unknown, secret: boolean, into: string[]): void {
  if (typeof value === 'string' && secret) into.push(value);
  else if (Array.isArray(value)) for (const v of value) credentialFields(v, secret, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) credentialFields(v, secret || CREDENTIAL_NAME.test(k), into);
  }
}

function scrubText(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  const [jwt, prefixed, scheme] = TOKENISH as [RegExp, RegExp, RegExp];
  return out.replace(jwt, '***').replace(prefixed, '***').replace(scheme, '$1$2***');
}

function scrub(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)]));
  }
  return value;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// ---- transport ---------------------------------------------------------------------------------

interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** For the whole attempt, body included. */
  timeoutMs: number;
  signal: AbortSignal | undefined;
  ca: string | undefined;
  followRedirects: boolean;
}

type Fetch = (url: URL, init: FetchInit) => Promise<TransportResponse>;

/** Undici dispatchers by CA and proxy settings, so connections are reused across requests. */
const agents = new Map<string, { close(): Promise<void> }>();

function proxyEnv(): { http: string; https: string; no: string } {
  const env = process.env;
  // Lower case first, as curl and undici do.
  return {
    http: env['http_proxy'] || env['HTTP_PROXY'] || '',
    https: env['https_proxy'] || env['HTTPS_PROXY'] || '',
    no: env['no_proxy'] || env['NO_PROXY'] || '',
  };
}

// The direct transport is its own chunk, loaded with the first request: a step that fails on its
// inputs, or never makes a request, does not compile it at start-up.
let direct: typeof NodeTransport | undefined;
const viaNode: Fetch = (url, init) => direct!.nodeFetch(url, init);

/**
 * Start `connections` connections to the origin of `url` now, for requests that will follow while
 * something else is awaited (see node-transport's preconnect). Only for direct connections: through
 * a proxy, undici's agent manages its own. A bad URL is left to the request to report; the promise
 * rejects only if the transport cannot be loaded, so callers that do not wait on it catch that.
 */
export async function preconnect(url: string, options: { ca?: string; connections: number }): Promise<void> {
  const target = URL.parse(url);
  if (!target || proxyFor(target, proxyEnv())) return;
  direct ??= await import('./node-transport.js');
  direct.preconnect(target, options.ca, options.connections);
}

/** The proxy a request to `target` goes through, if any. */
function proxyFor(target: URL, proxy: ReturnType<typeof proxyEnv>): string | undefined {
  // EnvHttpProxyAgent sends https through HTTP_PROXY when HTTPS_PROXY is unset; mirror it here.
  return (target.protocol === 'https:' ? proxy.https || proxy.http : proxy.http) || undefined;
}

/**
 * Core's own client (node-transport.ts: HTTP/1.1 over node:net and node:tls, and HTTP/2 to https
 * servers that offer it) for direct connections, with or without a custom CA: it is cheap to load
 * and to use. Only behind a proxy (or to follow redirects, which nothing in Gatehouse asks for by
 * default) is undici loaded, lazily, and its fetch used with an EnvHttpProxyAgent, which honours
 * NO_PROXY and tunnels https through CONNECT.
 * Undici's own fetch, not the global one, because a dispatcher from the npm package need not match
 * the undici bundled inside Node.
 */
async function fetcherFor(target: URL, ca: string | undefined, followRedirects = false): Promise<Fetch> {
  const proxy = proxyEnv();
  if (!proxyFor(target, proxy) && !followRedirects) {
    direct ??= await import('./node-transport.js');
    return viaNode;
  }
  const undici = await import('undici');
  const key = JSON.stringify([ca ?? '', proxy.http, proxy.https, proxy.no]);
  let agent = agents.get(key) as InstanceType<typeof undici.EnvHttpProxyAgent> | undefined;
  if (!agent) {
    // `connect` covers direct connections, `requestTls` the TLS inside a proxy's CONNECT tunnel.
    const tls = ca ? { connect: { ca }, requestTls: { ca } } : {};
    agent = new undici.EnvHttpProxyAgent({ httpProxy: proxy.http, httpsProxy: proxy.https, noProxy: proxy.no, ...tls });
    agents.set(key, agent);
  }
  const dispatcher = agent;
  return async (url, init) => {
    const timeout = AbortSignal.timeout(init.timeoutMs);
    const res = await undici.fetch(url.href, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: init.signal ? AbortSignal.any([timeout, init.signal]) : timeout,
      redirect: init.followRedirects ? 'follow' : 'manual',
      dispatcher,
    });
    return { status: res.status, statusText: res.statusText, headers: res.headers, body: res.body as AsyncIterable<Uint8Array> | null };
  };
}

/** Close pooled proxy/CA connections (end of a step, or between tests that change the env). */
export async function closeHttpAgents(): Promise<void> {
  direct?.closeIdleConnections();
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close()));
}
