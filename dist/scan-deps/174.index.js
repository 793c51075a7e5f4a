"use strict";
exports.id = 174;
exports.ids = [174];
exports.modules = {

/***/ 6174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var compare = (function compare(use, repository, resolution) {
    const where = `${use.file}:${use.line}`;
    const what = use.target.includes('/.github/workflows/') ? 'the job' : 'the step';
    const base = {
        kind: 'comment-mismatch',
        file: use.file,
        line: use.line,
        column: use.column,
        uses: use.uses,
        ref: use.sha,
        comment: use.comment,
    };
    if (resolution.kind === 'missing') {
        return {
            ...base,
            message: `${where}: the comment says ${use.tag}, but ${repository} has no tag ${use.tag}; ${what} is pinned to ${use.sha}. Correct the comment to the release tag of that commit.`,
        };
    }
    const pinned = use.sha.toLowerCase();
    if (pinned === resolution.commit || resolution.chain.includes(pinned))
        return undefined;
    const named = resolution.tag === use.tag ? use.tag : `${use.tag} (tag ${resolution.tag})`;
    const kind = resolution.objectType === 'commit' ? '' : ` (a ${resolution.objectType}, not a commit)`;
    const floating = FLOATING.test(use.tag)
        ? ` ${use.tag} is a moving tag that follows the latest release: comment the full release tag of the pinned commit (vX.Y.Z) instead.`
        : '';
    return {
        ...base,
        message: `${where}: the comment says ${named}, which is ${resolution.commit}${kind}, but ${what} is pinned to ${use.sha}. Pin ${use.target}@${resolution.commit} # ${resolution.tag}, or correct the comment to the tag of the pinned commit.${floating}`,
    };
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyPinnedTags: () => (/* binding */ verifyPinnedTags)
/* harmony export */ });
/* harmony import */ var _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8496);
/* harmony import */ var _gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3975);
/* harmony import */ var _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8643);
// Version comments checked against GitHub: `uses: actions/checkout@de0fac2e\u2026 # v6.0.2` claims
// that the SHA is the commit of the tag v6.0.2. For each distinct (repository, tag) this asks the
// GitHub REST API (GET /repos/{owner}/{repo}/git/ref/tags/{tag}; an annotated tag's object is a
// `tag`, followed through GET /repos/{owner}/{repo}/git/tags/{sha} to its commit) and compares.
//
// - match: nothing. A SHA that is the annotated tag object itself also matches.
// - mismatch: a `comment-mismatch` finding naming the tag's commit and the pinned SHA.
// - no such tag (404, in a repository the token can see): a `comment-mismatch` finding. A comment
//   `4.1.2` also accepts the tag `v4.1.2` and the other way round, as release tags are written both ways.
// - everything else is not the workflow's fault and never fails the step: no token, a token the API
//   refuses (401), rate limiting, 5xx after retries, the deadline, a repository the token cannot
//   see (private actions answer 404 to GITHUB_TOKEN). Those references are listed as skipped and
//   one warning line per run says why. A failure that would hit every later request too (401,
//   rate limit, 5xx, network, deadline) stops the remaining lookups.
//
// The token goes to `apiUrl` only: every URL is built from it, object URLs in the answers are never
// followed, and the http client refuses redirects. It is masked before the first request.



const MAX_CONCURRENCY = 4;
/** Annotated tags of annotated tags: followed this many levels, then given up. */
const MAX_TAG_DEPTH = 4;
const NAME = /^[A-Za-z0-9_.-]+$/;
const FLOATING = /^v?\d+(?:\.\d+)?$/;
/** Stops every later lookup: the reason would apply to them too. */
class Halt extends Error {
}
/** Skips this (repository, tag) only. */
class SkipOne extends Error {
}
async function verifyPinnedTags(uses, options) {
    const warn = options.onWarning ?? ((message) => _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_1__.warning(message));
    const result = { findings: [], skipped: [], checked: 0 };
    if (uses.length === 0)
        return result;
    // Reason -> how many references it skipped; one report entry and one warning clause each.
    const skips = new Map();
    const skip = (count, why) => void skips.set(why, (skips.get(why) ?? 0) + count);
    const finish = () => {
        result.skipped = [...skips].map(([why, n]) => ({ what: `${n} action version comment(s)`, why }));
        const count = [...skips.values()].reduce((a, b) => a + b, 0);
        if (count)
            warn(`Skipped checking ${count} of ${uses.length} action version comment(s) against their tags: ${[...skips.keys()].join('; ')}.`);
        return result;
    };
    const whyAll = !options.token
        ? 'no github-token (set `github-token: ${{ github.token }}`)'
        : !URL.canParse(options.apiUrl) || !/^https?:$/.test(new URL(options.apiUrl).protocol)
            ? 'GITHUB_API_URL is not an http(s) URL'
            : undefined;
    if (whyAll) {
        skip(uses.length, whyAll);
        return finish();
    }
    _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_1__.addMask(options.token);
    const api = options.apiUrl.replace(/\/+$/, '');
    const headers = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
    };
    // One lookup per (repository, tag); repository names are case-insensitive on GitHub, tags are not.
    const groups = new Map();
    const invalid = [];
    for (const use of uses) {
        const [owner, repo] = use.target.split('/');
        if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
            invalid.push(use);
            continue;
        }
        const key = `${owner}/${repo}`.toLowerCase() + `\0${use.tag}`;
        const group = groups.get(key) ?? { owner, repo, tag: use.tag, uses: [] };
        group.uses.push(use);
        groups.set(key, group);
    }
    if (invalid.length)
        skip(invalid.length, 'not an owner/repo reference');
    let halted;
    const get = async (path) => {
        if (halted)
            throw new Halt(halted);
        try {
            const res = await (0,_gatehouse_core_http__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(`${api}${path}`, { headers, ...(options.deadline ? { deadline: options.deadline } : {}) });
            return res.json();
        }
        catch (err) {
            if (!(err instanceof _gatehouse_core_http__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
                throw err;
            if (err.status === 404)
                return undefined;
            const why = failureReason(err);
            if (err.status === 403 && !/rate limit/i.test(err.detail ?? ''))
                throw new SkipOne(why);
            halted ??= why;
            throw new Halt(halted);
        }
    };
    const resolveTag = async (owner, repo, tag) => {
        const base = `/repos/${owner}/${repo}`;
        let name = tag;
        let ref = await get(`${base}/git/ref/tags/${encodeURIComponent(name)}`);
        if (!ref) {
            // A private repository answers 404 to a token that cannot see it: not the comment's fault.
            if (!(await get(base)))
                return { kind: 'skip', why: `${owner}/${repo} is not visible to the token (private, or gone)` };
            name = /^v/i.test(tag) ? tag.slice(1) : `v${tag}`;
            ref = await get(`${base}/git/ref/tags/${encodeURIComponent(name)}`);
            if (!ref)
                return { kind: 'missing' };
        }
        const unexpected = { kind: 'skip', why: `the API answered an unexpected object for tag ${name} of ${owner}/${repo}` };
        let object = ref.object;
        const chain = [];
        for (let depth = 0;; depth++) {
            if (!isGitObject(object))
                return unexpected;
            if (object.type !== 'tag')
                break;
            if (depth >= MAX_TAG_DEPTH)
                return { kind: 'skip', why: `tag ${name} of ${owner}/${repo} nests more than ${MAX_TAG_DEPTH} annotated tags` };
            chain.push(object.sha.toLowerCase());
            const annotated = await get(`${base}/git/tags/${object.sha}`);
            if (!annotated)
                return { kind: 'skip', why: `annotated tag ${object.sha} of ${owner}/${repo} could not be read` };
            object = annotated.object;
        }
        return { kind: 'found', tag: name, commit: object.sha.toLowerCase(), objectType: object.type, chain };
    };
    const list = [...groups.values()];
    const resolutions = await (0,_gatehouse_core_pool__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(list, Math.max(1, Math.min(options.concurrency ?? MAX_CONCURRENCY, MAX_CONCURRENCY)), async (g) => {
        try {
            return await resolveTag(g.owner, g.repo, g.tag);
        }
        catch (err) {
            if (err instanceof Halt || err instanceof SkipOne)
                return { kind: 'skip', why: err.message };
            throw err;
        }
    });
    list.forEach((group, i) => {
        const resolution = resolutions[i];
        if (resolution.kind === 'skip') {
            skip(group.uses.length, resolution.why);
            return;
        }
        result.checked++;
        for (const use of group.uses) {
            const finding = compare(use, `${group.owner}/${group.repo}`, resolution);
            if (finding)
                result.findings.push(finding);
        }
    });
    result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    return finish();
}
function isGitObject(value) {
    const o = value;
    return typeof o?.type === 'string' && typeof o.sha === 'string' && /^[0-9a-f]{40}$/i.test(o.sha);
}

/** One line for the warning and the report: what failed, without the token (the http client scrubs it). */
function failureReason(err) {
    if (err.code === 'DEADLINE_EXCEEDED')
        return "the step's timeout ran out";
    if (err.status === 401)
        return 'the API did not accept github-token (401)';
    if (err.status === 403 || err.status === 429)
        return /rate limit/i.test(err.detail ?? '') || err.status === 429
            ? `rate limited by the GitHub API (${err.status}${err.detail ? `: ${err.detail.replace(/[.\s]+$/, '')}` : ''})`
            : `the API refused access (${err.status}${err.detail ? `: ${err.detail.replace(/[.\s]+$/, '')}` : ''})`;
    return err.message.replace(/\.$/, '');
}


/***/ }),

/***/ 3975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var createLimit = (function createLimit(size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`pool size must be a positive integer, got ${size}`);
    let active = 0;
    const waiting = [];
    const release = () => {
        active--;
        const next = waiting.shift();
        if (next) {
            active++;
            next();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            // Promise.resolve().then: a task that throws synchronously still releases its slot.
            Promise.resolve().then(task).then(resolve, reject).finally(release);
        };
        if (active < size) {
            active++;
            start();
        }
        else {
            waiting.push(start);
        }
    });
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createLimit),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// A bounded pool for concurrent work (HTTP reads, OSV lookups): at most `size` tasks run at once,
// the rest wait in FIFO order. A failing task rejects only its own promise.

/** Map `items` through `fn` with at most `size` in flight; results keep the input order. */
async function mapLimit(items, size, fn) {
    const limit = createLimit(size);
    return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}


/***/ })

};
;