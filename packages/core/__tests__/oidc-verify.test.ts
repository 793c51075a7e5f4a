import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setBackoff } from '@gatehouse/core/http';
import { verifyIdToken } from '@gatehouse/core/oidc-verify';
import { startGithubOidcFake, type GithubOidcFake } from '../../../test-support/fakes/github-oidc.js';
import { json, startLoopback } from '../../../test-support/loopback.js';
import { rejection } from '../../../test-support/failures.js';

let fake: GithubOidcFake;
let other: GithubOidcFake;
let restore: () => void;

beforeAll(async () => {
  restore = setBackoff({ sleep: async () => {}, random: () => 0 });
  fake = await startGithubOidcFake({ issuer: 'self', environment: 'production' });
  other = await startGithubOidcFake({ issuer: 'self' });
});
afterAll(async () => {
  restore();
  await fake.close();
  await other.close();
});

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('verifyIdToken', () => {
  it('returns the claims of a token signed by the issuer', async () => {
    const jwt = fake.mint(fake.claimsFor('sts.amazonaws.com'));
    const claims = await verifyIdToken(jwt, { issuer: fake.issuer });
    expect(claims.environment).toBe('production');
    expect(claims.ref).toBe('refs/heads/main');
    // A trailing slash in the configured issuer is tolerated.
    await expect(verifyIdToken(jwt, { issuer: `${fake.issuer}/` })).resolves.toMatchObject({ environment: 'production' });
  });

  it('refuses a token whose claims were edited after signing', async () => {
    const [head, , sig] = fake.mint(fake.claimsFor()).split('.');
    const forged = `${head}.${b64({ ...fake.claimsFor(), environment: 'production-eu' })}.${sig}`;
    const err = await rejection(verifyIdToken(forged, { issuer: fake.issuer }));
    expect(err.code).toBe('OIDC_FAILED');
    expect(err.message).toContain('signature does not verify');
  });

  it("refuses a token signed by another issuer's key, even claiming the right issuer", async () => {
    const jwt = other.mint({ ...other.claimsFor(), iss: fake.issuer }, { kid: fake.kid });
    expect((await rejection(verifyIdToken(jwt, { issuer: fake.issuer }))).message).toContain('signature does not verify');
  });

  it('refuses another issuer, alg none or HS256, expired and not-yet-valid tokens, and garbage', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, string]> = [
      [other.mint(other.claimsFor()), 'issued by'],
      [`${b64({ alg: 'none' })}.${b64(fake.claimsFor())}.`, 'not RS256'],
      [`${b64({ alg: 'HS256', kid: fake.kid })}.${b64(fake.claimsFor())}.c2ln`, 'not RS256'],
      [fake.mint({ ...fake.claimsFor(), exp: now - 120 }), 'expired'],
      [fake.mint({ ...fake.claimsFor(), nbf: now + 600 }), 'not valid yet'],
      [fake.mint(fake.claimsFor(), { kid: 'unknown' }), 'key id'],
      ['not-a-jwt', 'three parts'],
      [`${b64({ alg: 'RS256' })}.bm90IGpzb24.x`, 'payload is not a JSON object'],
    ];
    for (const [jwt, message] of cases) {
      const err = await rejection(verifyIdToken(jwt, { issuer: fake.issuer }));
      expect(err.code).toBe('OIDC_FAILED');
      expect(err.message).toContain(message);
    }
  });

  it('refuses keys served from another origin than the issuer', async () => {
    const rogue = await startLoopback();
    try {
      rogue.route(
        'GET',
        '/.well-known/openid-configuration',
        json(200, { issuer: rogue.url, jwks_uri: `${fake.server.url}/.well-known/jwks` }),
      );
      const jwt = fake.mint({ ...fake.claimsFor(), iss: rogue.url });
      expect((await rejection(verifyIdToken(jwt, { issuer: rogue.url }))).message).toContain('jwks_uri points at another host');
    } finally {
      await rogue.close();
    }
  });
});
