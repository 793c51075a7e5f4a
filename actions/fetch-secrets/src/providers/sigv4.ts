// AWS Signature Version 4 for header-signed requests, with node:crypto only.
//
// Doc source: AWS IAM User Guide, "Create a signed AWS API request" and "Elements of an AWS API
// request signature" (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html),
// checked against the published SigV4 test suite (aws-sig-v4-test-suite, 2015-08-30 vectors):
//
//   CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
//   StringToSign     = "AWS4-HMAC-SHA256" \n X-Amz-Date \n YYYYMMDD/region/service/aws4_request \n hex(SHA256(CanonicalRequest))
//   SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, YYYYMMDD), region), service), "aws4_request")
//
// Only the non-S3 rules are implemented: the path is normalised (dot segments and empty segments
// removed) and each segment of the path *as sent* is URI-encoded again, so a `%` on the wire becomes
// `%25` in the canonical URI ("double encoding").

import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials (STS); sent and signed as `x-amz-security-token`. */
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  url: string | URL;
  /** Headers to send and sign. A `host` entry overrides the URL's host (test vectors only). */
  headers?: Record<string, string | readonly string[]>;
  body?: string | Uint8Array;
  service: string;
  region: string;
  credentials: AwsCredentials;
  now?: Date;
}

export interface Signature {
  /** What to send: the input headers (lower-cased, without `host`, which fetch sets from the URL),
   *  `x-amz-date`, `x-amz-security-token` when there is one, and `authorization`. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

/** The headers to send for a SigV4-signed request (see `sign` for the intermediate strings). */
export function signRequest(input: SignInput): Record<string, string> {
  return sign(input).headers;
}

export function sign(input: SignInput): Signature {
  const url = new URL(input.url);
  const now = input.now ?? new Date();
  const stamp = amzDate(now);
  const day = stamp.slice(0, 8);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;

  const toSign = new Map<string, string[]>();
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    const key = name.toLowerCase();
    if (key === 'authorization') continue; // a stale signature must never be signed over
    toSign.set(key, [...(toSign.get(key) ?? []), ...(typeof value === 'string' ? [value] : value)]);
  }
  if (!toSign.has('host')) toSign.set('host', [url.host]);
  toSign.set('x-amz-date', [stamp]);
  if (input.credentials.sessionToken) toSign.set('x-amz-security-token', [input.credentials.sessionToken]);

  const { canonical, signedHeaders } = canonicalHeaders(toSign);
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(url.search),
    canonical,
    signedHeaders,
    sha256Hex(input.body ?? ''),
  ].join('\n');
  const stringToSign = [ALGORITHM, stamp, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(input.credentials.secretAccessKey, day, input.region, input.service))
    .update(stringToSign, 'utf8')
    .digest('hex');

  const headers: Record<string, string> = {};
  for (const [name, values] of toSign) if (name !== 'host') headers[name] = values.join(',');
  headers['authorization'] =
    `${ALGORITHM} Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signedHeaders, signature };
}

/** `YYYYMMDDTHHMMSSZ` in UTC (ISO 8601 basic format, no milliseconds). */
export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function signingKey(secretAccessKey: string, day: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secretAccessKey}`, day);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/**
 * The canonical URI of a path as it goes on the wire: dot segments and empty segments removed
 * (RFC 3986 §5.2.4; every service but S3), then each segment URI-encoded.
 */
export function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${segments.map(uriEncode).join('/')}${trailing}`;
}

/** Query parameters decoded, re-encoded per RFC 3986, sorted by name then value. */
export function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      return [uriEncode(decode(name)), uriEncode(decode(value))];
    });
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ (so also ! ' ( ) * and /). */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalHeaders(headers: Map<string, string[]>): { canonical: string; signedHeaders: string } {
  const names = [...headers.keys()].sort();
  // Values are trimmed and runs of spaces collapsed; repeated headers are joined with commas.
  const lines = names.map(
    (name) =>
      `${name}:${headers
        .get(name)!
        .map((v) => v.trim().replace(/\s+/g, ' '))
        .join(',')}\n`,
  );
  return { canonical: lines.join(''), signedHeaders: names.join(';') };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray `%` is signed as the literal character, encoded
  }
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
