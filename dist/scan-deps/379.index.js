"use strict";
exports.id = 379;
exports.ids = [379];
exports.modules = {

/***/ 5379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var get = (function get(YAML, node, key) {
    if (!YAML.isMap(node))
        return undefined;
    const pair = node.items.find((p) => YAML.isScalar(p.key) && p.key.value === key);
    return pair?.value;
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkActionsPinning: () => (/* binding */ checkActionsPinning)
/* harmony export */ });
/* unused harmony exports checkText, isVersionComment, versionTag */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8643);
// Actions pinning: every `uses:` in the workflows (`.github/workflows/*.yml|yaml`: job steps and
// reusable-workflow jobs) and in every `action.yml|yaml` of the repository (composite steps, and
// a docker action's `runs.image`) must name an immutable version: a full 40-hex commit SHA, a
// local path (`./...`) or a docker image digest (`docker://image@sha256:<64 hex>`). A tag, branch
// or short SHA can be moved to other code by whoever controls the repository. Lines are exact:
// YAML is parsed with `yaml`'s LineCounter, so flow mappings and quoted values are placed right.
//
// The `# v4.1.2` comment after a pinned SHA is what tools (Dependabot, Renovate) and reviewers
// read; one that is not a version tag is reported. Whether the tag really points at that SHA needs
// the network: the pinned uses with a version comment are handed to `onPinned`, and
// action-tags.ts asks the GitHub API.



/** Largest workflow or action file read. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_DEPTH = 24;
const SKIP_DIRS = new Set(['node_modules', '.git']);
const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
/** A version tag as release tags are written: v4, 4.1, v4.1.2, v1.2.3-beta.1, v2.0.0+build. */
const VERSION_TAG = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
async function checkActionsPinning(workspace, options = {}) {
    const warn = options.onWarning ?? ((message) => _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_2__.warning(message));
    const workflows = await workflowFiles(workspace);
    const actions = [];
    await findActionFiles(workspace, 0, actions);
    const YAML = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const findings = [];
    const seen = new Set();
    for (const [file, kind] of [...workflows.map((f) => [f, 'workflow']), ...actions.map((f) => [f, 'action'])]) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file).split('\\').join('/');
        let text;
        try {
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
            if (bytes.length > MAX_FILE_BYTES) {
                warn(`${shown}: skipped for actions pinning, larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`);
                continue;
            }
            text = bytes.toString('utf8');
        }
        catch (err) {
            warn(`${shown}: could not be read for actions pinning (${err.code ?? 'error'}).`);
            continue;
        }
        findings.push(...checkText(YAML, text, shown, kind, warn, options.onPinned));
    }
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
/** `.github/workflows/*.yml|yaml`, top level only: GitHub reads no subdirectories there. */
async function workflowFiles(workspace) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, '.github', 'workflows');
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))
        .sort();
}
async function findActionFiles(dir, depth, into) {
    if (depth > MAX_DEPTH)
        return;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        // Symbolic links are not followed (loops, links out of the workspace).
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name))
            await findActionFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), depth + 1, into);
        else if (entry.isFile() && (entry.name === 'action.yml' || entry.name === 'action.yaml'))
            into.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name));
    }
}
/** The findings of one file's text; exported for tests of single documents. */
function checkText(YAML, text, file, kind, warn = () => { }, onPinned) {
    const lineCounter = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error', uniqueKeys: false });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = lineCounter.linePos(first.pos[0]).line;
        warn(`${file}:${line}: not valid YAML (${first.code}); its uses: were not checked for pinning.`);
        return [];
    }
    const sites = [];
    const root = doc.contents;
    if (kind === 'workflow') {
        const jobs = get(YAML, root, 'jobs');
        if (YAML.isMap(jobs)) {
            for (const pair of jobs.items) {
                const job = pair.value;
                collectUses(YAML, job, sites); // a reusable workflow call
                collectSteps(YAML, get(YAML, job, 'steps'), sites);
            }
        }
    }
    else {
        const runs = get(YAML, root, 'runs');
        collectSteps(YAML, get(YAML, runs, 'steps'), sites);
        const image = get(YAML, runs, 'image');
        if (YAML.isScalar(image) && typeof image.value === 'string')
            sites.push({ node: image, image: true });
    }
    const findings = [];
    for (const site of sites) {
        const finding = classify(site, text, lineCounter, file, onPinned);
        if (finding)
            findings.push(finding);
    }
    return findings;
}

function collectSteps(YAML, steps, into) {
    if (!YAML.isSeq(steps))
        return;
    for (const step of steps.items)
        collectUses(YAML, step, into);
}
function collectUses(YAML, holder, into) {
    const value = get(YAML, holder, 'uses');
    if (YAML.isScalar(value) && typeof value.value === 'string') {
        into.push(YAML.isMap(holder) && holder.flow ? { node: value, flow: holder } : { node: value });
    }
}
function classify(site, text, lineCounter, file, onPinned) {
    const { node } = site;
    const uses = String(node.value).trim();
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
    // A block scalar's range starts at its `>`/`|` header; its text starts on the next line.
    const at = block ? firstContent(text, start) : start;
    const { line, col } = lineCounter.linePos(at);
    const comment = block ? undefined : trailingComment(text, site.flow?.range?.[1] ?? valueEnd);
    const base = { file, line, column: col, uses, ...(comment === undefined ? {} : { comment }) };
    if (site.image && !uses.startsWith('docker://'))
        return undefined; // a Dockerfile in the action's repository
    if (uses.startsWith('./'))
        return undefined; // same repository: pinned by the checkout itself
    if (uses.startsWith('docker://')) {
        if (DIGEST.test(uses))
            return undefined;
        const image = uses.slice('docker://'.length);
        const tag = /:([^/:@]+)$/.exec(image)?.[1];
        return {
            kind: 'docker-unpinned',
            ...base,
            ...(tag ? { ref: tag } : {}),
            message: `${uses} names an image ${tag ? `by its tag ${JSON.stringify(tag)}` : 'without a tag or digest'}, which can be re-pushed; pin its digest (docker://${image}@sha256:<digest>).`,
        };
    }
    const atSign = uses.lastIndexOf('@');
    if (atSign < 0) {
        return {
            kind: 'unpinned',
            ...base,
            message: `${uses} names no version at all; pin a full 40-character commit SHA (owner/repo@<sha> # vX.Y.Z).`,
        };
    }
    const ref = uses.slice(atSign + 1);
    const target = uses.slice(0, atSign);
    if (FULL_SHA.test(ref)) {
        if (comment === undefined)
            return undefined;
        const tag = versionTag(comment);
        if (tag !== undefined) {
            onPinned?.({ file, line, column: col, uses, target, sha: ref, comment, tag });
            return undefined;
        }
        return {
            kind: 'comment-mismatch',
            ...base,
            ref,
            message: `${target} is pinned to a commit SHA, but its comment ${JSON.stringify(comment)} is not a version tag; write the release tag that commit belongs to (e.g. # v4.1.2), which is then checked against the tag when a github-token is available.`,
        };
    }
    if (SHORT_SHA.test(ref)) {
        return {
            kind: 'short-sha',
            ...base,
            ref,
            message: `${target} is pinned to the short SHA ${JSON.stringify(ref)}, which GitHub does not resolve as a commit; use the full 40-character commit SHA.`,
        };
    }
    return {
        kind: 'unpinned',
        ...base,
        ref,
        message: `${target} is pinned to ${JSON.stringify(ref)}, a tag or branch that can be moved to other code; pin the full 40-character commit SHA (${target}@<sha> # ${ref}).`,
    };
}
/** Offset of the first non-blank character after a block scalar's header line. */
function firstContent(text, headerStart) {
    const newline = text.indexOf('\n', headerStart);
    if (newline < 0)
        return headerStart;
    const match = /\S/.exec(text.slice(newline + 1));
    return match ? newline + 1 + match.index : headerStart;
}
/** The comment on the rest of the line after `offset` (YAML needs a blank before `#`). */
function trailingComment(text, offset) {
    const newline = text.indexOf('\n', offset);
    const rest = text.slice(offset, newline < 0 ? text.length : newline).replace(/\r$/, '');
    const match = /^[ \t]+#(.*)$/.exec(rest);
    return match ? match[1].trim() : undefined;
}
/**
 * Does the comment name a version tag? `v4.1.2`, `4.1.2`, `v4`, optionally followed by notes, and
 * the forms tools write: `tag=v4.1.2`, `pin @v4.1.2`, `ratchet:actions/checkout@v4`.
 */
function isVersionComment(comment) {
    return versionTag(comment) !== undefined;
}
/** The version tag a comment names (`v4.1.2` for `tag=v4.1.2`, `pin @v4.1.2`, `v4.1.2 (2024-10-23)`), if any. */
function versionTag(comment) {
    const text = comment
        .trim()
        .replace(/^(?:pin\s*@|tag\s*[=:]\s*|version\s*[=:]\s*|ratchet:\S*@|@)/i, '')
        .trim();
    const first = text.split(/[\s,;()]+/)[0] ?? '';
    return VERSION_TAG.test(first) ? first : undefined;
}


/***/ })

};
;