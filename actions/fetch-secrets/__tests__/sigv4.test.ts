// Known-answer tests for the SigV4 signer: vectors from the published AWS SigV4 test suite
// (aws-sig-v4-test-suite, 2015-08-30; the same files ship in aws-sdk-js, botocore and aws-c-auth).
// Every vector signs with AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1,
// service `service`, at 20150830T123600Z.

import { describe, expect, it } from '@jest/globals';
import { amzDate, canonicalQuery, canonicalUri, sign, signingKey, signRequest, uriEncode } from '../src/providers/sigv4.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const now = new Date('2015-08-30T12:36:00Z');
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SESSION_TOKEN =
  'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==';

interface Vector {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  sessionToken?: string;
  canonical: string;
  stringToSign: string;
  authorization: string;
}

const auth = (signed: string, signature: string): string =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signed}, Signature=${signature}`;
const sts = (hash: string): string => `AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n${hash}`;
const HOST_DATE = 'host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n';

const VECTORS: Vector[] = [
  {
    name: 'get-vanilla',
    method: 'GET',
    path: '/',
    canonical: `GET\n/\n\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63'),
    authorization: auth('host;x-amz-date', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'),
  },
  {
    name: 'post-vanilla',
    method: 'POST',
    path: '/',
    canonical: `POST\n/\n\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87'),
    authorization: auth('host;x-amz-date', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'),
  },
  {
    name: 'get-vanilla-query-order-key-case',
    method: 'GET',
    path: '/?Param2=value2&Param1=value1',
    canonical: `GET\n/\nParam1=value1&Param2=value2\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0'),
    authorization: auth('host;x-amz-date', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'),
  },
  {
    name: 'get-vanilla-query-order-key',
    method: 'GET',
    path: '/?Param1=value2&Param1=Value1',
    canonical: `GET\n/\nParam1=Value1&Param1=value2\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89'),
    authorization: auth('host;x-amz-date', 'eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1'),
  },
  {
    name: 'get-vanilla-query-order-value',
    method: 'GET',
    path: '/?Param1=value2&Param1=value1',
    canonical: `GET\n/\nParam1=value1&Param1=value2\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606'),
    authorization: auth('host;x-amz-date', '5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694'),
  },
  {
    name: 'get-vanilla-query-unreserved',
    method: 'GET',
    path: '/?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    canonical: `GET\n/\n-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177'),
    authorization: auth('host;x-amz-date', '9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197'),
  },
  {
    name: 'get-vanilla-utf8-query',
    method: 'GET',
    path: '/?ሴ=bar',
    canonical: `GET\n/\n%E1%88%B4=bar\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073'),
    authorization: auth('host;x-amz-date', '2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04'),
  },
  {
    name: 'get-unreserved',
    method: 'GET',
    path: '/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    canonical: `GET\n/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9'),
    authorization: auth('host;x-amz-date', '07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f'),
  },
  {
    name: 'get-header-value-trim',
    method: 'GET',
    path: '/',
    headers: { 'My-Header1': ' value1', 'My-Header2': ' "a   b   c"' },
    canonical: `GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:"a b c"\nx-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n${EMPTY}`,
    stringToSign: sts('a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7'),
    authorization: auth('host;my-header1;my-header2;x-amz-date', 'acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736'),
  },
  {
    name: 'get-header-key-duplicate',
    method: 'GET',
    path: '/',
    headers: { 'My-Header1': ['value2', 'value2', 'value1'] },
    canonical: `GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n${EMPTY}`,
    stringToSign: sts('dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c'),
    authorization: auth('host;my-header1;x-amz-date', 'c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea'),
  },
  {
    name: 'post-header-value-case',
    method: 'POST',
    path: '/',
    headers: { 'My-Header1': 'VALUE1' },
    canonical: `POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n${EMPTY}`,
    stringToSign: sts('d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93'),
    authorization: auth('host;my-header1;x-amz-date', 'cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d'),
  },
  {
    name: 'post-x-www-form-urlencoded',
    method: 'POST',
    path: '/',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'Param1=value1',
    canonical: `POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n${HOST_DATE}\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e`,
    stringToSign: sts('42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281'),
    authorization: auth('content-type;host;x-amz-date', 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a'),
  },
  {
    name: 'post-x-www-form-urlencoded-parameters',
    method: 'POST',
    path: '/',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf8' },
    body: 'Param1=value1',
    canonical: `POST\n/\n\ncontent-type:application/x-www-form-urlencoded; charset=utf8\n${HOST_DATE}\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e`,
    stringToSign: sts('2e1cf7ed91881a30569e46552437e4156c823447bf1781b921b5d486c568dd1c'),
    authorization: auth('content-type;host;x-amz-date', '1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe'),
  },
  {
    name: 'post-sts-token/post-sts-header-before',
    method: 'POST',
    path: '/',
    sessionToken: SESSION_TOKEN,
    canonical: `POST\n/\n\n${HOST_DATE}x-amz-security-token:${SESSION_TOKEN}\n\nhost;x-amz-date;x-amz-security-token\n${EMPTY}`,
    stringToSign: sts('c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6'),
    authorization: auth('host;x-amz-date;x-amz-security-token', '85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead'),
  },
  {
    name: 'normalize-path/get-slashes',
    method: 'GET',
    path: '//example//',
    canonical: `GET\n/example/\n\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('cb96b4ac96d501f7c5c15bc6d67b3035061cfced4af6585ad927f7e6c985c015'),
    authorization: auth('host;x-amz-date', '9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84'),
  },
  {
    name: 'normalize-path/get-slash-pointless-dot',
    method: 'GET',
    path: '/./example',
    canonical: `GET\n/example\n\n${HOST_DATE}\nhost;x-amz-date\n${EMPTY}`,
    stringToSign: sts('214d50c111a8edc4819da6a636336472c916b5240f51e9a51b5c3305180cf702'),
    authorization: auth('host;x-amz-date', 'ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5'),
  },
];

describe('sign: AWS SigV4 test suite', () => {
  it.each(VECTORS)('$name', (v) => {
    const result = sign({
      method: v.method,
      url: `https://example.amazonaws.com${v.path}`,
      headers: v.headers,
      body: v.body,
      service: 'service',
      region: 'us-east-1',
      credentials: { ...credentials, sessionToken: v.sessionToken },
      now,
    });
    expect(result.canonicalRequest).toBe(v.canonical);
    expect(result.stringToSign).toBe(v.stringToSign);
    expect(result.headers['authorization']).toBe(v.authorization);
  });
});

describe('canonicalUri', () => {
  // The suite's get-space and get-utf8 send the path unencoded on the request line.
  it.each([
    ['/example space/', '/example%20space/'],
    ['/ሴ', '/%E1%88%B4'],
    ['/example/..', '/'],
    ['/example1/example2/../..', '/'],
    ['/./', '/'],
    ['//', '/'],
    ['/', '/'],
  ])('%s -> %s', (path, expected) => {
    expect(canonicalUri(path)).toBe(expected);
  });

  it('encodes the path as sent again, as every service but S3 expects', () => {
    expect(canonicalUri('/%E1%88%B4/a%20b')).toBe('/%25E1%2588%25B4/a%2520b');
  });

  it('percent-encodes the reserved characters that encodeURIComponent leaves alone', () => {
    expect(uriEncode("a!b'c(d)e*f")).toBe('a%21b%27c%28d%29e%2Af');
    expect(uriEncode('a b+c/d~e')).toBe('a%20b%2Bc%2Fd~e');
  });
});

describe('canonicalQuery', () => {
  it('keeps a parameter without value and signs "+" as a literal plus', () => {
    expect(canonicalQuery('?b=2&a&c=x+y')).toBe('a=&b=2&c=x%2By');
  });

  it('re-encodes a stray percent sign instead of failing', () => {
    expect(canonicalQuery('?q=100%')).toBe('q=100%25');
  });
});

describe('signRequest', () => {
  const base = {
    method: 'POST',
    url: 'https://secretsmanager.eu-west-1.amazonaws.com/',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'secretsmanager.GetSecretValue' },
    body: '{"SecretId":"prod/db"}',
    service: 'secretsmanager',
    region: 'eu-west-1',
    credentials,
    now,
  };

  it('returns lower-cased headers to send, without host, with the scope of the region and service', () => {
    const headers = signRequest(base);
    expect(Object.keys(headers).sort()).toEqual(['authorization', 'content-type', 'x-amz-date', 'x-amz-target']);
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-west-1\/secretsmanager\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
    );
  });

  it('sends and signs the session token of temporary credentials', () => {
    const headers = signRequest({ ...base, credentials: { ...credentials, sessionToken: 'FwoGZXIvYXdzEXAMPLE' } });
    expect(headers['x-amz-security-token']).toBe('FwoGZXIvYXdzEXAMPLE');
    expect(headers['authorization']).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,');
  });

  it('signs the host with its port, and never re-signs a stale authorization header', () => {
    const result = sign({ ...base, url: 'http://127.0.0.1:4566/', headers: { ...base.headers, Authorization: 'stale' } });
    expect(result.canonicalRequest).toContain('\nhost:127.0.0.1:4566\n');
    expect(result.signedHeaders).not.toContain('authorization');
    expect(result.headers['authorization']).not.toBe('stale');
  });

  it('changes the signature when the body, the region or the key changes', () => {
    const reference = sign(base).signature;
    expect(sign({ ...base, body: '{"SecretId":"prod/db2"}' }).signature).not.toBe(reference);
    expect(sign({ ...base, region: 'eu-west-2' }).signature).not.toBe(reference);
    expect(sign({ ...base, credentials: { ...credentials, secretAccessKey: 'x' } }).signature).not.toBe(reference);
  });
});

describe('signingKey and amzDate', () => {
  // From the AWS docs' "derive a signing key" example (secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY,
  // 20150830, us-east-1, iam).
  it('derives the documented key', () => {
    expect(signingKey(credentials.secretAccessKey, '20150830', 'us-east-1', 'iam').toString('hex')).toBe(
      'c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9',
    );
  });

  it('formats the time as ISO 8601 basic in UTC', () => {
    expect(amzDate(new Date('2024-02-29T23:59:59.999Z'))).toBe('20240229T235959Z');
  });
});
