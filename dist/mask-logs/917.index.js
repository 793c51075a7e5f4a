"use strict";
exports.id = 917;
exports.ids = [917];
exports.modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var childEnv = (function childEnv() {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (name.startsWith('INPUT_') || name.startsWith('STATE_') || name === 'ACTIONS_RUNTIME_TOKEN')
            continue;
        env[name] = value;
    }
    return env;
});
var runCommand = (async function runCommand(options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(_gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__.runnerTemp(), 'gatehouse');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true });
    const scriptPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `mask-logs-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}${options.shell.extension}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(scriptPath, options.script, { mode: 0o600 });
    const [file, ...args] = options.shell.argv.map((arg) => arg.replace('{0}', scriptPath));
    const started = Date.now();
    // One automaton, forked per stream: redactors carry state between chunks.
    const template = new _gatehouse_core_redaction__WEBPACK_IMPORTED_MODULE_5__/* .Redactor */ .pO(options.patterns);
    _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__.info(`Running the command with ${options.shell.name}; output is redacted (${template.patternStates} automaton states).`);
    try {
        return await new Promise((resolvePromise, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: options.cwd, env: childEnv(), stdio: ['inherit', 'pipe', 'pipe'] });
            const outRedactor = template.fork();
            const errRedactor = template.fork();
            let bytesIn = 0;
            const pump = (source, redactor, sink) => new Promise((done) => {
                source.on('data', (chunk) => {
                    bytesIn += chunk.length;
                    for (const piece of redactor.push(chunk))
                        sink(piece);
                });
                source.on('end', () => {
                    for (const piece of redactor.end())
                        sink(piece);
                    done();
                });
            });
            const streams = Promise.all([
                pump(child.stdout, outRedactor, options.stdout ?? _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__.writeStdout),
                pump(child.stderr, errRedactor, options.stderr ?? _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__.writeStderr),
            ]);
            child.on('error', (err) => {
                reject(new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_4__/* .GatehouseError */ .GA('COMMAND_FAILED', `Could not start the shell '${options.shell.name}': ${err.code ?? err.message}.`, {
                    fix: `Install ${file} on the runner or choose another 'shell'.`,
                }));
            });
            child.on('close', (code, signal) => {
                void streams.then(() => resolvePromise({
                    exitCode: code ?? 128 + (signal ? (SIGNALS[signal] ?? 1) : 1),
                    signal,
                    bytesIn,
                    redactions: outRedactor.redactions + errRedactor.redactions,
                    durationMs: Date.now() - started,
                }));
            });
        });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(scriptPath, { force: true });
    }
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5257);
/* harmony import */ var _gatehouse_core_redaction__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3812);
/* harmony import */ var _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8643);
// Run the user's command with stdout and stderr each piped through its own redactor, so nothing
// registered reaches the job log, even when a secret is split across writes.








/** Variables the command must not inherit: action inputs hold the very secrets being masked. */

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13, SIGABRT: 6, SIGSEGV: 11 };



/***/ }),

/***/ 5213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var buildAutomaton = (function buildAutomaton(patterns, options = {}) {
    const fold = options.caseInsensitive === true;
    // Byte classes. Case-insensitive: classes come from the lowered bytes and A-Z then share them.
    const classOf = new Uint8Array(256);
    let classes = 1;
    for (const p of patterns) {
        for (const raw of p) {
            const b = fold ? lowerAscii(raw) : raw;
            if (classOf[b] === 0)
                classOf[b] = classes++;
        }
    }
    if (classes > 255)
        throw new Error('unreachable: at most 255 byte classes');
    if (fold)
        for (let b = 0x41; b <= 0x5a; b++)
            classOf[b] = classOf[b | 0x20];
    // Trie with first-child/next-sibling lists, built in insertion order.
    let total = 1;
    for (const p of patterns)
        total += p.length;
    const label = new Uint8Array(total);
    const firstChild = new Int32Array(total).fill(-1);
    const nextSibling = new Int32Array(total).fill(-1);
    const terminalLen = new Int32Array(total);
    const terminalId = new Int32Array(total);
    let nodes = 1;
    let maxLen = 0;
    const childOf = (node, cls) => {
        for (let c = firstChild[node]; c !== -1; c = nextSibling[c])
            if (label[c] === cls)
                return c;
        return -1;
    };
    for (let id = 0; id < patterns.length; id++) {
        const p = patterns[id];
        if (p.length === 0)
            continue;
        maxLen = Math.max(maxLen, p.length);
        let node = 0;
        for (const b of p) {
            const cls = classOf[b];
            let next = childOf(node, cls);
            if (next === -1) {
                next = nodes++;
                label[next] = cls;
                nextSibling[next] = firstChild[node];
                firstChild[node] = next;
            }
            node = next;
        }
        terminalLen[node] = p.length;
        terminalId[node] = id;
    }
    // BFS order, so every state's failure target is numbered before it and depth is non-decreasing.
    const order = new Int32Array(nodes);
    const depthOf = new Int32Array(nodes);
    order[0] = 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
        const n = order[head++];
        for (let c = firstChild[n]; c !== -1; c = nextSibling[c]) {
            depthOf[c] = depthOf[n] + 1;
            order[tail++] = c;
        }
    }
    // Renumber states in BFS order: new id = BFS position.
    const newId = new Int32Array(nodes);
    for (let i = 0; i < nodes; i++)
        newId[order[i]] = i;
    // Dense rows for the first `dense` states (shallowest), within the memory budget.
    const maxDense = Math.max(1, Math.floor(DENSE_BUDGET_BYTES / (classes * 4)));
    const dense = Math.min(nodes, maxDense);
    const table = new Int32Array(dense * classes);
    const fail = new Int32Array(nodes);
    const outLen = new Int32Array(nodes);
    const outId = new Int32Array(nodes);
    const depth = new Int32Array(nodes);
    // Sparse children for deep states, in new ids: first/next/label arrays.
    const sFirst = new Int32Array(nodes).fill(-1);
    const sNext = new Int32Array(nodes).fill(-1);
    const sLabel = new Uint8Array(nodes);
    for (let i = 0; i < nodes; i++) {
        const old = order[i];
        depth[i] = depthOf[old];
        for (let c = firstChild[old]; c !== -1; c = nextSibling[c]) {
            const child = newId[c];
            sLabel[child] = label[c];
            sNext[child] = sFirst[i];
            sFirst[i] = child;
        }
    }
    const sparseChild = (s, cls) => {
        for (let c = sFirst[s]; c !== -1; c = sNext[c])
            if (sLabel[c] === cls)
                return c;
        return -1;
    };
    const delta = (s, cls) => {
        for (;;) {
            if (s < dense)
                return table[s * classes + cls];
            const c = sparseChild(s, cls);
            if (c !== -1)
                return c;
            s = fail[s];
        }
    };
    // Root row.
    for (let cls = 0; cls < classes; cls++) {
        const c = sparseChild(0, cls);
        table[cls] = c === -1 ? 0 : c;
    }
    outLen[0] = 0;
    // Children of state i get their failure link when i is processed (BFS order keeps it valid).
    for (let i = 0; i < nodes; i++) {
        const old = order[i];
        if (i !== 0) {
            outLen[i] = terminalLen[old] || outLen[fail[i]];
            outId[i] = terminalLen[old] ? terminalId[old] : outId[fail[i]];
            if (i < dense) {
                const row = i * classes;
                const failRow = fail[i] * classes;
                table.copyWithin(row, failRow, failRow + classes);
                for (let c = sFirst[i]; c !== -1; c = sNext[c])
                    table[row + sLabel[c]] = c;
            }
        }
        for (let c = sFirst[i]; c !== -1; c = sNext[c]) {
            fail[c] = i === 0 ? 0 : delta(fail[i], sLabel[c]);
        }
    }
    // The first four bytes of every pattern, hashed into a bitset of 2^20 bits: the root skip loop
    // in scan. A shorter pattern adds every possible continuation (a two-byte one sets about a fifth
    // of the bits, which still skips most positions); a one-byte pattern turns the skip off.
    // Case-insensitive: every case variant of those bytes.
    const startBits = new Int32Array(1 << 15);
    const ALL_BYTES = Array.from({ length: 256 }, (_, b) => b);
    const variants = (p, k) => {
        if (k >= p.length)
            return ALL_BYTES;
        const lower = fold ? lowerAscii(p[k]) : p[k];
        return fold && lower >= 0x61 && lower <= 0x7a ? [lower, lower ^ 0x20] : [p[k]];
    };
    for (const p of patterns) {
        if (p.length === 0)
            continue;
        if (p.length < 2) {
            startBits.fill(-1);
            break;
        }
        const v2 = variants(p, 2);
        const v3 = variants(p, 3);
        for (const b0 of variants(p, 0))
            for (const b1 of variants(p, 1))
                for (const b2 of v2)
                    for (const b3 of v3) {
                        const h = Math.imul((b0 << 24) | (b1 << 16) | (b2 << 8) | b3, 0x9e3779b1) >>> 12;
                        startBits[h >>> 5] |= 1 << (h & 31);
                    }
    }
    // The encoded table the hot loop reads (see scan).
    const hot = new Int32Array(table.length);
    for (let k = 0; k < table.length; k++) {
        const target = table[k];
        hot[k] = target < dense && outLen[target] === 0 ? target * classes : ~target;
    }
    return {
        stateCount: nodes,
        denseStates: dense,
        maxPatternLength: maxLen,
        depth: (state) => depth[state],
        scan(state, bytes, from, to, onMatch) {
            // Hot loop: one dependent load per byte. `hot` holds, for dense states, the next state's
            // row offset when that state is dense and ends no pattern; anything else is stored as the
            // bitwise-not of the state id (negative) and takes the slow path below.
            const cls = classOf;
            const tbl = hot;
            const width = classes;
            const starts = startBits;
            let off = state < dense ? state * width : -1;
            let s = state;
            let i = from;
            while (i < to) {
                if (off === 0) {
                    // At the root, skip positions where no pattern can start. These loads do not depend on
                    // each other, so this runs several times faster than stepping the automaton. Staying at
                    // the root over a skipped byte is exact: no pattern starts there, so no prefix survives.
                    // The filter holds the first four bytes of every pattern, hashed into a 128 KiB bitset
                    // (fits in L2); the window rolls one byte per step, so each position costs one byte
                    // load, a multiply and one bit test.
                    const last = to - 3;
                    if (i < last) {
                        let w = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
                        while (i < last) {
                            w = (w << 8) | bytes[i + 3];
                            const h = Math.imul(w, 0x9e3779b1) >>> 12;
                            if ((starts[h >>> 5] & (1 << (h & 31))) !== 0)
                                break;
                            i++;
                        }
                    }
                }
                if (off >= 0) {
                    // Dense states: one dependent load per byte while the next state is dense, not the
                    // root (0) and ends no pattern (negative entries carry those cases to the slow path).
                    let v = tbl[off + cls[bytes[i]]];
                    i++;
                    while (v > 0 && i < to) {
                        off = v;
                        v = tbl[off + cls[bytes[i]]];
                        i++;
                    }
                    if (v >= 0) {
                        off = v;
                        continue;
                    }
                    s = ~v;
                }
                else {
                    s = delta(s, cls[bytes[i]]);
                    i++;
                }
                const len = outLen[s];
                if (len !== 0)
                    onMatch(i, len, outId[s]);
                off = s < dense ? s * width : -1;
            }
            return off >= 0 ? off / width : s;
        },
    };
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ buildAutomaton)
/* harmony export */ });
// A byte-level Aho-Corasick automaton, built for the redactor's hot loop.
//
// Why this shape: a fully dense DFA (states x alphabet) for 1,000 secrets with all their encodings
// (~300k states) would take ~100 MB. Text spends nearly all its time in shallow states, and deep
// states almost always have a single child (the rest of one pattern). So states up to a depth that
// fits a memory budget get dense rows (one array read per byte); deeper states keep a sparse child
// list and fall back along failure links, which is amortised O(1) per byte by the usual AC argument.
// Bytes are mapped to classes (bytes that occur in no pattern share class 0) to shrink rows.
//
// ASCII case-insensitive matching (the leak scanner's keyword prefilter) costs nothing in the hot
// loop: patterns are lowered when the trie is built and A-Z share the byte classes of a-z, so the
// automaton is the same size as for the lowered patterns; only the root skip filter holds every
// case variant of each pattern's first four bytes.
const DENSE_BUDGET_BYTES = 48 * 1024 * 1024;
const lowerAscii = (b) => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);



/***/ }),

/***/ 3812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   yn: () => (/* binding */ MIN_PATTERN_BYTES)
/* harmony export */ });
/* unused harmony export redactText */
/* harmony import */ var _aho_corasick_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5213);
// Streaming redaction: every occurrence of any registered form becomes `***`, in one pass over the
// bytes, however the stream is chunked.
//
// The automaton's state survives between chunks, so a secret split across two writes is matched
// like any other. Bytes are released as soon as no future match can cover them: everything before
// `position - depth(state)` is final, except that a match overlapping the boundary holds back from
// its start so overlapping or adjacent matches merge into one `***`, as the runner's masker does.
// The held tail is never longer than the longest pattern, so memory is bounded whatever the input
// (10 MB lines included) and time is linear in input size.

const REDACTED = '***';
const REDACTED_BYTES = Buffer.from(REDACTED);
/** The smallest pattern the redactor accepts: shorter ones would shred ordinary text. */
const MIN_PATTERN_BYTES = 4;
class Redactor {
    automaton;
    state = 0;
    /** Absolute offset of `held[0]`. */
    heldStart = 0;
    held = Buffer.alloc(0);
    /** Pending match intervals [start, end) in absolute offsets, sorted, merged. */
    intervals = [];
    matches = 0;
    constructor(patterns, automaton) {
        if (automaton) {
            this.automaton = automaton;
            return;
        }
        const bytes = [];
        const seen = new Set();
        for (const p of patterns) {
            const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
            if (b.length < MIN_PATTERN_BYTES)
                continue;
            const key = Buffer.from(b).toString('latin1');
            if (seen.has(key))
                continue;
            seen.add(key);
            bytes.push(b);
        }
        this.automaton = bytes.length ? (0,_aho_corasick_js__WEBPACK_IMPORTED_MODULE_0__/* .buildAutomaton */ .Z)(bytes) : undefined;
    }
    /** A redactor over the same patterns with fresh stream state (the automaton is shared). */
    fork() {
        return this.automaton ? new Redactor([], this.automaton) : new Redactor([]);
    }
    /** How many separate redactions have been released so far. */
    get redactions() {
        return this.matches;
    }
    get patternStates() {
        return this.automaton?.stateCount ?? 0;
    }
    /** Feed a chunk; returns the bytes that are now safe to release (possibly none). */
    push(chunk) {
        const automaton = this.automaton;
        if (!automaton)
            return chunk.length ? [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)] : [];
        const base = this.heldStart + this.held.length;
        const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        this.state = automaton.scan(this.state, data, 0, data.length, (end, length) => {
            this.addInterval(base + end - length, base + end);
        });
        const end = base + data.length;
        const depth = automaton.depth(this.state);
        let release = end - depth;
        for (const [start, stop] of this.intervals) {
            // A pending partial match (depth > 0) may turn into a match adjacent to this one; hold the
            // earlier match too so the two merge into one `***`.
            if (start < release && (stop > release || (depth > 0 && stop === release))) {
                release = start;
                break;
            }
        }
        return this.release(release, data, base);
    }
    /** End of input: release everything, applying the matches found. */
    end() {
        const out = this.release(this.heldStart + this.held.length, Buffer.alloc(0), this.heldStart + this.held.length);
        this.state = 0;
        return out;
    }
    addInterval(start, end) {
        const list = this.intervals;
        // Matches arrive in order of end position; a new one can only overlap the last few intervals.
        let i = list.length;
        while (i > 0 && list[i - 1][1] >= start)
            i--;
        if (i === list.length) {
            list.push([start, end]);
            return;
        }
        const mergedStart = Math.min(start, list[i][0]);
        const mergedEnd = Math.max(end, list[list.length - 1][1]);
        list.splice(i, list.length - i, [mergedStart, mergedEnd]);
    }
    /** Emit [heldStart, upTo) with intervals applied; keep the rest held. */
    release(upTo, data, dataStart) {
        const out = [];
        let cursor = this.heldStart;
        const slice = (from, to) => {
            if (to <= from)
                return;
            // The range may straddle `held` and `data`.
            const heldEnd = this.heldStart + this.held.length;
            if (from < heldEnd) {
                out.push(this.held.subarray(from - this.heldStart, Math.min(to, heldEnd) - this.heldStart));
                from = Math.min(to, heldEnd);
            }
            if (from < to)
                out.push(data.subarray(from - dataStart, to - dataStart));
        };
        let done = 0;
        for (const [start, stop] of this.intervals) {
            if (stop > upTo)
                break;
            slice(cursor, start);
            out.push(REDACTED_BYTES);
            this.matches++;
            cursor = stop;
            done++;
        }
        if (done)
            this.intervals.splice(0, done);
        slice(cursor, upTo);
        cursor = Math.max(cursor, upTo);
        // Keep [cursor, end) as the new held tail (a copy: it is small and outlives `data`).
        const end = dataStart + data.length;
        const keep = [];
        const heldEnd = this.heldStart + this.held.length;
        if (cursor < heldEnd)
            keep.push(this.held.subarray(cursor - this.heldStart));
        const dataFrom = Math.max(cursor, dataStart);
        if (dataFrom < end)
            keep.push(data.subarray(dataFrom - dataStart));
        this.held = keep.length === 0 ? Buffer.alloc(0) : Buffer.concat(keep);
        this.heldStart = cursor;
        return out;
    }
}
/** Redact a whole string at once (for short texts such as error messages). */
function redactText(text, patterns) {
    const redactor = new Redactor(patterns);
    const parts = [...redactor.push(Buffer.from(text, 'utf8')), ...redactor.end()];
    return Buffer.concat(parts).toString('utf8');
}


/***/ })

};
;