import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Deadline, setBackoff } from '@gatehouse/core/http';
import { setWriter } from '@gatehouse/core/runner';
import { verifyPinnedTags, type VerifyTagsOptions } from '../src/action-tags.js';
import type { PinnedUse } from '../src/pinning.js';
import { randomSha, startGithubApiFake, type GithubApiFake, type GithubApiFakeOptions } from '../../../test-support/fakes/github-api.js';
import { startLoopback, type LoopbackServer } from '../../../test-support/loopback.js';

let restoreBackoff: () => void;
let restoreWriter: () => void;
const log: string[] = [];

beforeAll(() => {
  restoreBackoff = setBackoff({ sleep: async () => {}, random: () => 0 });
  restoreWriter = setWriter((text) => log.push(text));
});

afterAll(() => {
  restoreBackoff();
  restoreWriter();
});

let gh: GithubApiFake | undefined;
let decoy: LoopbackServer | undefined;
afterEach(async () => {
  await gh?.close();
  await decoy?.close();
  gh = undefined;
  decoy = undefined;
  log.length = 0;
});

async function start(options: GithubApiFakeOptions = {}): Promise<GithubApiFake> {
  gh = await startGithubApiFake(options);
  return gh;
}

const PINNED = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
const OTHER = '8e8c483db84b4bee98b60c0593521ed34d9990e8';

function use(target: string, sha: string, tag: string, line = 7, file = '.github/workflows/ci.yml'): PinnedUse {
  return { file, line, column: 15, uses: `${target}@${sha}`, target, sha, comment: tag, tag };
}

async function verify(
  fake: GithubApiFake,
  uses: PinnedUse[],
  extra: Partial<VerifyTagsOptions> = {},
): Promise<Awaited<ReturnType<typeof verifyPinnedTags>> & { warnings: string[] }> {
  const warnings: string[] = [];
  const result = await verifyPinnedTags(uses, {
    apiUrl: fake.url,
    token: fake.token,
    onWarning: (m) => warnings.push(m),
    ...extra,
  });
  return { ...result, warnings };
}

describe('verifyPinnedTags', () => {
  it('a lightweight tag that is the pinned commit: nothing reported, GitHub headers sent, token masked first', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', PINNED);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')]);
    expect(result).toMatchObject({ findings: [], skipped: [], checked: 1, warnings: [] });
    const [req] = fake.server.requests;
    expect(fake.server.requests).toHaveLength(1);
    expect(req!.path).toBe('/repos/actions/checkout/git/ref/tags/v6.0.2');
    expect(req!.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${fake.token}`,
      'x-github-api-version': '2022-11-28',
    });
    expect(log[0]).toBe(`::add-mask::${fake.token}\n`);
  });

  it('a lightweight tag on another commit: a comment-mismatch naming file:line, tag, its commit and the pinned SHA', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')]);
    expect(result.findings).toEqual([
      {
        kind: 'comment-mismatch',
        file: '.github/workflows/ci.yml',
        line: 7,
        column: 15,
        uses: `actions/checkout@${PINNED}`,
        ref: PINNED,
        comment: 'v6.0.2',
        message: `.github/workflows/ci.yml:7: the comment says v6.0.2, which is ${OTHER}, but the step is pinned to ${PINNED}. Pin actions/checkout@${OTHER} # v6.0.2, or correct the comment to the tag of the pinned commit.`,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('an annotated tag is followed to its commit: match, mismatch, and a SHA pinned to the tag object', async () => {
    const fake = await start();
    fake.annotatedTag('actions/setup-node', 'v6.2.0', PINNED);
    const [tagObject] = fake.annotatedTag('actions/cache', 'v5.0.1', OTHER);
    fake.annotatedTag('actions/upload-artifact', 'v7.0.1', OTHER);
    const result = await verify(fake, [
      use('actions/setup-node', PINNED, 'v6.2.0', 7),
      use('actions/cache', tagObject!, 'v5.0.1', 8),
      use('actions/upload-artifact', PINNED, 'v7.0.1', 9),
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      `.github/workflows/ci.yml:9: the comment says v7.0.1, which is ${OTHER}, but the step is pinned to ${PINNED}. Pin actions/upload-artifact@${OTHER} # v7.0.1, or correct the comment to the tag of the pinned commit.`,
    ]);
    expect(result.checked).toBe(3);
    expect(fake.calls).toEqual({ ref: 3, tag: 3, repo: 0 });
  });

  it('nested annotated tags are followed a few levels, then skipped', async () => {
    const fake = await start();
    fake.annotatedTag('octo/nested', 'v1.0.0', PINNED, { levels: 3 });
    fake.annotatedTag('octo/deep', 'v1.0.0', PINNED, { levels: 6 });
    const result = await verify(fake, [use('octo/nested', PINNED, 'v1.0.0', 7), use('octo/deep', PINNED, 'v1.0.0', 8)]);
    expect(result.findings).toEqual([]);
    expect(result.checked).toBe(1);
    expect(result.skipped).toEqual([
      { what: '1 action version comment(s)', why: 'tag v1.0.0 of octo/deep nests more than 4 annotated tags' },
    ]);
    expect(result.warnings).toEqual([
      'Skipped checking 1 of 2 action version comment(s) against their tags: tag v1.0.0 of octo/deep nests more than 4 annotated tags.',
    ]);
  });

  it('a tag that does not exist is reported; 4.1.2 and v4.1.2 name the same release', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', PINNED);
    fake.lightweightTag('octo/plain', '2.0.0', PINNED);
    const result = await verify(fake, [
      use('actions/checkout', PINNED, 'v9.9.9', 7),
      use('actions/checkout', PINNED, '6.0.2', 8),
      use('octo/plain', OTHER, 'v2.0.0', 9),
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      `.github/workflows/ci.yml:7: the comment says v9.9.9, but actions/checkout has no tag v9.9.9; the step is pinned to ${PINNED}. Correct the comment to the release tag of that commit.`,
      `.github/workflows/ci.yml:9: the comment says v2.0.0 (tag 2.0.0), which is ${PINNED}, but the step is pinned to ${OTHER}. Pin octo/plain@${PINNED} # 2.0.0, or correct the comment to the tag of the pinned commit.`,
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a moving major tag that moved on is a mismatch with a hint', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6', OTHER);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6')]);
    expect(result.findings[0]!.message).toMatch(/ v6 is a moving tag that follows the latest release: comment the full release tag/);
  });

  it('a sub-directory action and a reusable workflow are looked up in their owner/repo', async () => {
    const fake = await start();
    fake.lightweightTag('github/codeql-action', 'v3.28.0', PINNED);
    fake.annotatedTag('octo-org/shared', 'v1.0.0', OTHER);
    const result = await verify(fake, [
      use('github/codeql-action/init', PINNED, 'v3.28.0', 7),
      use('github/codeql-action/analyze', PINNED, 'v3.28.0', 8),
      use('octo-org/shared/.github/workflows/deploy.yml', PINNED, 'v1.0.0', 31),
    ]);
    expect(fake.server.requests.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/repos/github/codeql-action/git/ref/tags/v3.28.0', '/repos/octo-org/shared/git/ref/tags/v1.0.0']),
    );
    // One lookup for the two codeql-action steps.
    expect(fake.calls.ref).toBe(2);
    expect(result.findings.map((f) => f.message)).toEqual([
      `.github/workflows/ci.yml:31: the comment says v1.0.0, which is ${OTHER}, but the job is pinned to ${PINNED}. Pin octo-org/shared/.github/workflows/deploy.yml@${OTHER} # v1.0.0, or correct the comment to the tag of the pinned commit.`,
    ]);
  });

  it('one tag, several lines: one request, one finding per line', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    const result = await verify(fake, [
      use('actions/checkout', PINNED, 'v6.0.2', 12, 'b.yml'),
      use('Actions/Checkout', PINNED, 'v6.0.2', 3, 'a.yml'),
    ]);
    expect(fake.calls.ref).toBe(1);
    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['a.yml:3', 'b.yml:12']);
  });

  it('without a token nothing is requested: skipped, with one warning', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2', 7), use('actions/cache', PINNED, 'v5', 8)], { token: '' });
    expect(fake.server.requests).toHaveLength(0);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toEqual([
      { what: '2 action version comment(s)', why: 'no github-token (set `github-token: ${{ github.token }}`)' },
    ]);
    expect(result.warnings).toEqual([
      'Skipped checking 2 of 2 action version comment(s) against their tags: no github-token (set `github-token: ${{ github.token }}`).',
    ]);
  });

  it('rate limited (403, x-ratelimit-remaining: 0): skipped with one warning, and no further requests', async () => {
    const fake = await start({ rateLimit: 0 });
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    fake.lightweightTag('actions/cache', 'v5.0.1', OTHER);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2', 7), use('actions/cache', PINNED, 'v5.0.1', 8)], {
      concurrency: 1,
    });
    expect(fake.server.requests).toHaveLength(1);
    expect(result.findings).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toBe(
      'Skipped checking 2 of 2 action version comment(s) against their tags: rate limited by the GitHub API (403: API rate limit exceeded for installation ID 4242).',
    );
    expect(result.skipped).toEqual([expect.objectContaining({ what: '2 action version comment(s)' })]);
  });

  it('a token the API refuses (401) and server errors after retries are skipped, not failures', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    const refused = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')], { token: 'ghs_wrongwrongwrongwrong' });
    expect(refused.findings).toEqual([]);
    expect(refused.warnings).toEqual([
      'Skipped checking 1 of 1 action version comment(s) against their tags: the API did not accept github-token (401).',
    ]);
    expect(refused.warnings.join('')).not.toContain('ghs_wrong');

    fake.server.reset();
    fake.server.inject({ kind: 'status', status: 502 }, { times: Infinity });
    const down = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')]);
    expect(fake.server.requests).toHaveLength(4);
    expect(down.findings).toEqual([]);
    expect(down.warnings[0]).toMatch(
      /^Skipped checking 1 of 1 .*: GET 127\.0\.0\.1:\d+\/repos\/actions\/checkout\/git\/ref\/tags\/v6\.0\.2 failed with 502/,
    );
  });

  it('a repository the token cannot see (a private action) is skipped, not reported as a missing tag', async () => {
    const fake = await start();
    fake.addRepo('octo-org/private-action', { visible: false });
    const result = await verify(fake, [use('octo-org/private-action', PINNED, 'v1.0.0')]);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toEqual([
      { what: '1 action version comment(s)', why: 'octo-org/private-action is not visible to the token (private, or gone)' },
    ]);
  });

  it('a 403 that is not rate limiting skips only that repository; an odd answer is skipped, not trusted', async () => {
    const fake = await start();
    fake.lightweightTag('octo-sso/action', 'v1.0.0', OTHER);
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    fake.server.inject(
      { kind: 'status', status: 403, body: { message: 'Resource protected by organization SAML enforcement.', documentation_url: 'x' } },
      { path: /^\/repos\/octo-sso\// },
    );
    fake.server.route('GET', '/repos/octo/odd/git/ref/tags/v2.0.0', {
      status: 200,
      body: { ref: 'refs/tags/v2.0.0', object: { type: 'commit' } },
    });
    const result = await verify(
      fake,
      [use('octo-sso/action', PINNED, 'v1.0.0', 7), use('octo/odd', PINNED, 'v2.0.0', 8), use('actions/checkout', PINNED, 'v6.0.2', 9)],
      { concurrency: 1 },
    );
    expect(result.findings.map((f) => f.line)).toEqual([9]);
    expect(result.skipped.map((s) => s.why)).toEqual([
      'the API refused access (403: Resource protected by organization SAML enforcement)',
      'the API answered an unexpected object for tag v2.0.0 of octo/odd',
    ]);
  });

  it('a spent deadline skips the check', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', OTHER);
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')], { deadline: new Deadline(0) });
    expect(result.findings).toEqual([]);
    expect(result.warnings[0]).toMatch(/: the step's timeout ran out\.$/);
  });

  it('the token goes to the API host only: object URLs are not followed and redirects are refused', async () => {
    decoy = await startLoopback();
    decoy.route('*', /.*/, { status: 200, body: { object: { type: 'commit', sha: PINNED } } });
    const fake = await start({ linkBase: decoy.url });
    fake.annotatedTag('actions/checkout', 'v6.0.2', PINNED);
    const ok = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')]);
    expect(ok.findings).toEqual([]);
    expect(fake.server.requests).toHaveLength(2);

    fake.server.inject({ kind: 'status', status: 302, headers: { location: `${decoy.url}/steal` }, body: '' });
    const redirected = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')]);
    expect(redirected.findings).toEqual([]);
    expect(redirected.warnings[0]).toMatch(/redirect to 127\.0\.0\.1:\d+ refused/);
    expect(decoy.requests).toHaveLength(0);
    expect(fake.server.requests.every((r) => r.headers['authorization'] === `Bearer ${fake.token}`)).toBe(true);
  });

  it('an API URL that is not http(s) skips the check', async () => {
    const fake = await start();
    const result = await verify(fake, [use('actions/checkout', PINNED, 'v6.0.2')], { apiUrl: 'ftp://example.com' });
    expect(result.skipped[0]!.why).toBe('GITHUB_API_URL is not an http(s) URL');
    expect(fake.server.requests).toHaveLength(0);
  });

  it('nothing to check: no requests, no warning', async () => {
    const fake = await start();
    expect(await verify(fake, [], { token: '' })).toEqual({ findings: [], skipped: [], checked: 0, warnings: [] });
    expect(randomSha()).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('the GitHub API fake', () => {
  it('answers like GitHub: 401 without or with a wrong token, 404 with documentation_url, rate-limit headers', async () => {
    const fake = await start();
    fake.lightweightTag('actions/checkout', 'v6.0.2', PINNED);
    const get = async (path: string, token?: string): Promise<[number, unknown, Headers]> => {
      const res = await fetch(`${fake.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return [res.status, await res.json(), res.headers];
    };
    const ref = '/repos/actions/checkout/git/ref/tags/v6.0.2';
    expect((await get(ref))[1]).toMatchObject({ message: 'Requires authentication', status: '401' });
    expect((await get(ref, 'ghs_nope'))[1]).toMatchObject({ message: 'Bad credentials', status: '401' });
    const [status, body, headers] = await get(ref, fake.token);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ref: 'refs/tags/v6.0.2', object: { type: 'commit', sha: PINNED } });
    expect(headers.get('x-ratelimit-remaining')).toBe('4999');
    expect((await get('/repos/actions/checkout/git/ref/tags/v0', fake.token))[1]).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference',
      status: '404',
    });
    fake.setRemaining(0);
    const [limited, , limitHeaders] = await get(ref, fake.token);
    expect([limited, limitHeaders.get('x-ratelimit-remaining')]).toEqual([403, '0']);
  });
});
