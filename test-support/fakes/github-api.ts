// Loopback fake of the GitHub REST API's "Git references" and "Git tags" endpoints (and the
// repository itself), for checking that a pinned action SHA is the commit of the tag its comment names.
//
// Doc source (docs.github.com/en/rest/git/refs, /rest/git/tags, /rest/repos/repos,
// /rest/using-the-rest-api/rate-limits-for-the-rest-api, /rest/overview/api-versions):
// - `GET /repos/{owner}/{repo}/git/ref/tags/{tag}` (singular `ref`: exact match only) ->
//   `{"ref":"refs/tags/<tag>","node_id","url","object":{"sha","type","url"}}`; `type` is `commit`
//   for a lightweight tag and `tag` for an annotated one (the tag object's SHA). Unknown tag: 404.
// - `GET /repos/{owner}/{repo}/git/tags/{tag_sha}` -> `{"node_id","sha","url","tag","message",
//   "tagger":{"name","email","date"},"object":{"sha","type","url"},"verification":{…}}`; the
//   object may itself be a `tag` (a tag of a tag). Unknown SHA: 404.
// - `GET /repos/{owner}/{repo}` -> `{"id","name","full_name","private","owner":{"login"},…}`.
// - Errors are `{"message","documentation_url","status"}`: 404 `Not Found` (also for a private
//   repository the token cannot see), 401 `Bad credentials` for a wrong token, 403 `API rate limit
//   exceeded for …` with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds) when
//   the budget is spent. Every answer carries `x-ratelimit-limit/-remaining/-used/-reset/-resource`.
//   Owner and repository names are case-insensitive.
// - `X-GitHub-Api-Version` other than a supported version answers 400.
// Not like api.github.com, so chosen here: a request without `Authorization` gets 401 `Requires
// authentication` (GitHub serves public repositories anonymously at 60 requests an hour; GHES in
// private mode does not), so a client that forgets the token is caught; `anonymous: true` serves
// it like github.com. Object `url`s point at `linkBase` (default: the fake), so a test can check
// that a client never follows them.
//
// API:
//   const gh = await startGithubApiFake({ token?, anonymous?, rateLimit?, linkBase?, tls? });
//   gh.url, gh.token, gh.server (LoopbackServer: inject(), requests), gh.ca (tls only)
//   gh.lightweightTag('actions/checkout', 'v6.0.2', sha)
//   gh.annotatedTag('actions/checkout', 'v6.0.2', sha, { levels?: 1 }) -> tag object SHAs, outermost first
//   gh.addRepo('octo-org/private-action', { visible: false })   // 404 for everything, like a private repo
//   gh.setRemaining(0)                                           // the next requests are rate limited

import { randomBytes } from 'node:crypto';
import { json, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from '../loopback.js';

export interface GithubApiFakeOptions {
  /** The token the API accepts; default a random `ghs_…` installation token. */
  token?: string;
  /** Serve requests without a token (as api.github.com does for public repositories). */
  anonymous?: boolean;
  /** Requests left in the rate-limit window; default 5000. */
  rateLimit?: number;
  /** Origin (and path prefix) of the `url` fields in answers; default the fake's own URL. */
  linkBase?: string;
  tls?: boolean;
}

export interface GithubApiFake {
  readonly url: string;
  readonly ca: string | undefined;
  readonly token: string;
  readonly server: LoopbackServer;
  /** Requests that got past authentication and the rate limit, per endpoint. */
  readonly calls: { ref: number; tag: number; repo: number };
  addRepo(fullName: string, options?: { visible?: boolean }): void;
  lightweightTag(fullName: string, tag: string, commit: string): void;
  /** An annotated tag (`levels` > 1: a tag of a tag of …); returns the tag objects' SHAs, outermost first. */
  annotatedTag(fullName: string, tag: string, commit: string, options?: { levels?: number }): string[];
  setRemaining(remaining: number): void;
  close(): Promise<void>;
}

const API_VERSIONS = new Set(['2022-11-28', '2026-03-10']);
const LIMIT = 5000;

interface Repo {
  fullName: string;
  visible: boolean;
  id: number;
  refs: Map<string, { type: 'commit' | 'tag'; sha: string }>;
  tags: Map<string, { tag: string; object: { type: 'commit' | 'tag'; sha: string } }>;
}

export function randomSha(): string {
  return randomBytes(20).toString('hex');
}

export async function startGithubApiFake(options: GithubApiFakeOptions = {}): Promise<GithubApiFake> {
  const server = await startLoopback({ tls: options.tls === true });
  const token = options.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const link = (options.linkBase ?? server.url).replace(/\/+$/, '');
  const repos = new Map<string, Repo>();
  const calls = { ref: 0, tag: 0, repo: 0 };
  let remaining = options.rateLimit ?? LIMIT;
  const reset = Math.floor(Date.now() / 1000) + 3600;

  const repoOf = (fullName: string): Repo => {
    const key = fullName.toLowerCase();
    let repo = repos.get(key);
    if (!repo) {
      repo = { fullName, visible: true, id: 1000 + repos.size, refs: new Map(), tags: new Map() };
      repos.set(key, repo);
    }
    return repo;
  };

  const error = (status: number, message: string, doc: string, headers: Record<string, string> = {}): Reply =>
    json(status, { message, documentation_url: `https://docs.github.com/rest/${doc}`, status: String(status) }, headers);

  const rateHeaders = (): Record<string, string> => ({
    'x-ratelimit-limit': String(LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, remaining)),
    'x-ratelimit-used': String(LIMIT - Math.max(0, remaining)),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-resource': 'core',
  });

  /** Authentication, API version and rate limit, in GitHub's order; undefined lets the handler run. */
  const gate = (req: RecordedRequest): Reply | undefined => {
    const auth = req.headers['authorization'];
    const presented = typeof auth === 'string' ? /^(?:Bearer|token)\s+(\S+)$/i.exec(auth)?.[1] : undefined;
    if (auth !== undefined && presented !== token) return error(401, 'Bad credentials', 'overview/troubleshooting-the-rest-api');
    if (auth === undefined && !options.anonymous) return error(401, 'Requires authentication', 'overview/troubleshooting-the-rest-api');
    const version = req.headers['x-github-api-version'];
    if (typeof version === 'string' && !API_VERSIONS.has(version)) {
      return error(
        400,
        `Unsupported 'X-GitHub-Api-Version' header. Supported versions are: ${[...API_VERSIONS].join(', ')}`,
        'overview/api-versions',
      );
    }
    if (remaining <= 0) {
      return error(403, 'API rate limit exceeded for installation ID 4242.', 'overview/rate-limits-for-the-rest-api', rateHeaders());
    }
    remaining--;
    return undefined;
  };

  const withRate = (reply: Reply): Reply => ({ ...reply, headers: { ...rateHeaders(), ...reply.headers } });

  const objectUrl = (repo: Repo, object: { type: string; sha: string }): string =>
    `${link}/repos/${repo.fullName}/git/${object.type === 'tag' ? 'tags' : object.type === 'commit' ? 'commits' : `${object.type}s`}/${object.sha}`;

  const visibleRepo = (owner: string, name: string): Repo | undefined => {
    const repo = repos.get(`${owner}/${name}`.toLowerCase());
    return repo?.visible ? repo : undefined;
  };

  server.route('GET', /^\/repos\/[^/]+\/[^/]+\/git\/ref\/tags\/.+$/, (req) => {
    const refused = gate(req);
    if (refused) return refused;
    calls.ref++;
    const [, , owner, name, , , , ...rest] = req.path.split('/');
    const tag = decodeURIComponent(rest.join('/'));
    const repo = visibleRepo(owner!, name!);
    const object = repo?.refs.get(tag);
    if (!repo || !object) return withRate(error(404, 'Not Found', 'git/refs#get-a-reference'));
    return withRate(
      json(200, {
        ref: `refs/tags/${tag}`,
        node_id: `REF_${Buffer.from(`${repo.fullName}:${tag}`).toString('base64url')}`,
        url: `${link}/repos/${repo.fullName}/git/refs/tags/${encodeURIComponent(tag)}`,
        object: { sha: object.sha, type: object.type, url: objectUrl(repo, object) },
      }),
    );
  });

  server.route('GET', /^\/repos\/[^/]+\/[^/]+\/git\/tags\/[^/]+$/, (req) => {
    const refused = gate(req);
    if (refused) return refused;
    calls.tag++;
    const [, , owner, name, , , sha] = req.path.split('/');
    const repo = visibleRepo(owner!, name!);
    const tag = repo?.tags.get(sha!.toLowerCase());
    if (!repo || !tag) return withRate(error(404, 'Not Found', 'git/tags#get-a-tag'));
    return withRate(
      json(200, {
        node_id: `TAG_${sha}`,
        sha,
        url: objectUrl(repo, { type: 'tag', sha: sha! }),
        tag: tag.tag,
        message: `Release ${tag.tag}\n`,
        tagger: { name: 'Release Bot', email: 'release@example.com', date: '2026-01-09T12:00:00Z' },
        object: { sha: tag.object.sha, type: tag.object.type, url: objectUrl(repo, tag.object) },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      }),
    );
  });

  server.route('GET', /^\/repos\/[^/]+\/[^/]+$/, (req) => {
    const refused = gate(req);
    if (refused) return refused;
    calls.repo++;
    const [, , owner, name] = req.path.split('/');
    const repo = visibleRepo(owner!, name!);
    if (!repo) return withRate(error(404, 'Not Found', 'repos/repos#get-a-repository'));
    const [login] = repo.fullName.split('/');
    return withRate(
      json(200, {
        id: repo.id,
        name: repo.fullName.split('/')[1],
        full_name: repo.fullName,
        private: false,
        owner: { login, type: 'Organization' },
        default_branch: 'main',
        url: `${link}/repos/${repo.fullName}`,
      }),
    );
  });

  return {
    url: server.url,
    ca: server.ca,
    token,
    server,
    calls,
    addRepo(fullName, { visible = true } = {}) {
      repoOf(fullName).visible = visible;
    },
    lightweightTag(fullName, tag, commit) {
      repoOf(fullName).refs.set(tag, { type: 'commit', sha: commit });
    },
    annotatedTag(fullName, tag, commit, { levels = 1 } = {}) {
      const repo = repoOf(fullName);
      let object: { type: 'commit' | 'tag'; sha: string } = { type: 'commit', sha: commit };
      const shas: string[] = [];
      for (let i = 0; i < levels; i++) {
        const sha = randomSha();
        repo.tags.set(sha, { tag, object });
        object = { type: 'tag', sha };
        shas.unshift(sha);
      }
      repo.refs.set(tag, object);
      return shas;
    },
    setRemaining(n) {
      remaining = n;
    },
    close: () => server.close(),
  };
}
