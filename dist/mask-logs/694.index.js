"use strict";
exports.id = 694;
exports.ids = [694];
exports.modules = {

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareScan: () => (/* binding */ prepareScan)
});

// UNUSED EXPORTS: renderScanSummary

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/audit.ts + 2 modules
var audit = __webpack_require__(6609);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(5257);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __webpack_require__(8643);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(521);
;// CONCATENATED MODULE: ./packages/core/src/schema.ts
// A small schema language for the policy file (and any other parsed config): each action declares
// the shape of its section once, gets a typed value back, and a bad value fails with the path of
// the bad key and what would be right. No ajv: the checks we need are few, and the messages are
// the product.
//
//   const section = s.object({
//     'fail-on': s.enum(['low', 'moderate', 'high', 'critical']).default('high'),
//     ignore: s.array(s.object({ id: s.string(), until: s.date().optional() })).default([]),
//   });
//   type Section = Infer<typeof section>;
//
// In an object, an absent key and an explicit null (`key:` with nothing after it in YAML) are the
// same: allowed for `.optional()` (gives undefined) and `.default(v)` (gives v), "is required"
// otherwise. Unknown keys are errors that suggest the closest known key.

/** Thrown by parse(): every issue found, the first one in the message. */
class SchemaError extends Error {
    name = 'SchemaError';
    issues;
    constructor(issues) {
        super(issues.length > 0 ? formatIssue(issues[0]) : 'Invalid value.');
        this.issues = issues;
    }
}
class Schema {
    /** The value when an object key is absent or null; required unless optional/default. */
    absent(path, issues) {
        issues.push({ path, problem: 'is required', fix: `Add it as ${this.expected}.` });
        return undefined;
    }
    optional() {
        return new OptionalSchema(this);
    }
    /** Absent or null gives a copy of `value`. */
    default(value) {
        return new DefaultSchema(this, value);
    }
    /** An extra check on a value of the right type; `test` returns the problem, or undefined. */
    refine(test, fix) {
        return new RefinedSchema(this, test, fix);
    }
}
// ---- entry points -------------------------------------------------------------------------------
function validate(schema, value, path = []) {
    const issues = [];
    const result = value === undefined || value === null ? schema.absent(path, issues) : schema.check(value, path, issues);
    return issues.length === 0 ? { ok: true, value: result } : { ok: false, issues };
}
/** Like validate, but throws SchemaError. */
function parse(schema, value, path = []) {
    const result = validate(schema, value, path);
    if (!result.ok)
        throw new SchemaError(result.issues);
    return result.value;
}
/** `scan-deps.ignore[2].until`; keys that are not plain names are quoted: `envs["prod.eu"]`. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_][\w-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** `'scan-deps.fail-on' must be one of ... (got "hgih").` \u2014 the root is called `rootName`. */
function formatIssue(issue, rootName = 'The value') {
    const subject = issue.path.length === 0 ? rootName : `'${formatPath(issue.path)}'`;
    return `${subject} ${issue.problem}${/[.?!]$/.test(issue.problem) ? '' : '.'}`;
}
/** How a bad value is shown in a message. Policy values are not secrets; long ones are cut. */
function describeValue(value) {
    if (value === undefined || value === null)
        return 'nothing';
    if (typeof value === 'string')
        return (0,errors/* quote */.hD)(value);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
/** The candidate closest to `word` (ignoring case, `_` vs `-`), if it is close enough to suggest. */
function closestMatch(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(norm(word), norm(candidate));
        // About one typo per three letters: `fail_on` -> `fail-on`, `ingore` -> `ignore`, `x` -> nothing.
        const limit = Math.floor(Math.max(word.length, candidate.length) / 3);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
function kindOf(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean')
        return type;
    return 'object';
}
function mismatch(path, expected, value) {
    return { path, problem: `must be ${expected} (got ${describeValue(value)})` };
}
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `; did you mean '${match}'?`;
}
// ---- wrappers -----------------------------------------------------------------------------------
class OptionalSchema extends Schema {
    expected;
    kinds;
    inner;
    constructor(inner) {
        super();
        this.inner = inner;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        return this.inner.check(value, path, issues);
    }
    absent() {
        return undefined;
    }
}
class DefaultSchema extends Schema {
    expected;
    kinds;
    inner;
    fallback;
    constructor(inner, fallback) {
        super();
        this.inner = inner;
        this.fallback = fallback;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        return this.inner.check(value, path, issues);
    }
    absent() {
        return structuredClone(this.fallback);
    }
}
class RefinedSchema extends Schema {
    expected;
    kinds;
    inner;
    test;
    fix;
    constructor(inner, test, fix) {
        super();
        this.inner = inner;
        this.test = test;
        this.fix = fix;
        this.expected = inner.expected;
        this.kinds = inner.kinds;
    }
    check(value, path, issues) {
        const before = issues.length;
        const result = this.inner.check(value, path, issues);
        if (issues.length === before) {
            const problem = this.test(result);
            if (problem !== undefined)
                issues.push(this.fix === undefined ? { path, problem } : { path, problem, fix: this.fix });
        }
        return result;
    }
    absent(path, issues) {
        return this.inner.absent(path, issues);
    }
}
class StringSchema extends Schema {
    expected;
    kinds = ['string'];
    options;
    constructor(options) {
        super();
        this.options = options;
        this.expected = options.expected ?? (options.enum ? `one of ${options.enum.map((v) => `'${v}'`).join(', ')}` : 'a string');
    }
    check(value, path, issues) {
        const { pattern, minLength, maxLength } = this.options;
        const allowed = this.options.enum;
        if (typeof value !== 'string') {
            issues.push(mismatch(path, this.expected, value));
            if (typeof value === 'number' || typeof value === 'boolean') {
                issues[issues.length - 1].fix = `Quote it if you mean the text: '${String(value)}'.`;
            }
            return value;
        }
        if (allowed && !allowed.includes(value)) {
            issues.push({ path, problem: `must be ${this.expected} (got ${describeValue(value)})${didYouMean(value, allowed)}` });
        }
        else if (minLength !== undefined && value.length < minLength) {
            issues.push({ path, problem: minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters long` });
        }
        else if (maxLength !== undefined && value.length > maxLength) {
            issues.push({ path, problem: `must be at most ${maxLength} characters long (got ${value.length})` });
        }
        else if (pattern && !pattern.test(value)) {
            const what = this.options.expected ?? `a string matching ${String(pattern)}`;
            issues.push(mismatch(path, what, value));
        }
        return value;
    }
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
class DateSchema extends Schema {
    expected = 'a date like 2026-12-31';
    kinds = ['string'];
    check(value, path, issues) {
        const match = typeof value === 'string' ? DATE.exec(value) : null;
        if (!match) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const [, y, m, d] = match;
        const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
        if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
            issues.push({ path, problem: `must be a real calendar date (got ${describeValue(value)})` });
        }
        return value;
    }
}
class BooleanSchema extends Schema {
    expected = 'true or false';
    kinds = ['boolean'];
    check(value, path, issues) {
        if (typeof value !== 'boolean')
            issues.push(mismatch(path, this.expected, value));
        return value;
    }
}
class NumberSchema extends Schema {
    expected;
    kinds = ['number'];
    integer;
    options;
    constructor(integer, options) {
        super();
        this.integer = integer;
        this.options = options;
        this.expected = integer ? 'a whole number' : 'a number';
    }
    check(value, path, issues) {
        const { min, max } = this.options;
        if (typeof value !== 'number' || !Number.isFinite(value) || (this.integer && !Number.isSafeInteger(value))) {
            issues.push(mismatch(path, this.expected, value));
        }
        else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
            const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
            issues.push({ path, problem: `must be ${range} (got ${value})` });
        }
        return value;
    }
}
class LiteralSchema extends Schema {
    expected;
    kinds;
    literal;
    constructor(literal) {
        super();
        this.literal = literal;
        this.expected = JSON.stringify(literal);
        this.kinds = [kindOf(literal)];
    }
    check(value, path, issues) {
        if (value !== this.literal)
            issues.push(mismatch(path, this.expected, value));
        return value;
    }
}
class ArraySchema extends Schema {
    expected;
    kinds = ['array'];
    item;
    options;
    constructor(item, options) {
        super();
        this.item = item;
        this.options = options;
        this.expected = `a list of ${plural(item.expected)}`;
    }
    check(value, path, issues) {
        if (!Array.isArray(value)) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const { minItems, maxItems } = this.options;
        if (minItems !== undefined && value.length < minItems) {
            issues.push({ path, problem: `must have at least ${minItems} item${minItems === 1 ? '' : 's'} (got ${value.length})` });
        }
        if (maxItems !== undefined && value.length > maxItems) {
            issues.push({ path, problem: `must have at most ${maxItems} item${maxItems === 1 ? '' : 's'} (got ${value.length})` });
        }
        return value.map((item, i) => checkItem(this.item, item, [...path, i], issues));
    }
}
class RecordSchema extends Schema {
    expected;
    kinds = ['object'];
    value;
    options;
    constructor(value, options) {
        super();
        this.value = value;
        this.options = options;
        this.expected = `a mapping of names to ${plural(value.expected)}`;
    }
    check(value, path, issues) {
        if (kindOf(value) !== 'object') {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const entries = [];
        for (const [key, item] of Object.entries(value)) {
            if (this.options.key)
                this.options.key.check(key, [...path, key], issues);
            entries.push([key, checkItem(this.value, item, [...path, key], issues)]);
        }
        // fromEntries defines own properties, so a `__proto__` key stays a plain key.
        return Object.fromEntries(entries);
    }
}
class ObjectSchema extends Schema {
    expected;
    kinds = ['object'];
    shape;
    constructor(shape, options = {}) {
        super();
        this.shape = shape;
        this.expected = options.expected ?? 'a mapping';
    }
    get keys() {
        return Object.keys(this.shape);
    }
    check(value, path, issues) {
        if (kindOf(value) !== 'object') {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        const input = value;
        const known = this.keys;
        for (const key of Object.keys(input)) {
            if (Object.hasOwn(this.shape, key))
                continue;
            const where = path.length === 0 ? 'here' : `under '${formatPath(path)}'`;
            issues.push({
                path: [...path, key],
                problem: `is not a known setting${didYouMean(key, known)}`,
                fix: known.length > 0 ? `Known keys ${where}: ${known.join(', ')}.` : `Nothing is allowed ${where}.`,
            });
        }
        const entries = [];
        for (const key of known) {
            const result = checkItem(this.shape[key], input[key], [...path, key], issues, true);
            if (result !== undefined)
                entries.push([key, result]);
        }
        return Object.fromEntries(entries);
    }
}
class OneOfSchema extends Schema {
    expected;
    kinds;
    options;
    constructor(options) {
        super();
        this.options = options;
        this.expected = options.map((o) => o.expected).join(' or ');
        this.kinds = [...new Set(options.flatMap((o) => o.kinds))];
    }
    check(value, path, issues) {
        const kind = kindOf(value);
        const candidates = this.options.filter((o) => o.kinds.includes(kind));
        if (candidates.length === 0) {
            issues.push(mismatch(path, this.expected, value));
            return value;
        }
        // Issues of the branch that got furthest: the deepest first issue is the one the user meant.
        let best;
        let bestDepth = -1;
        for (const option of candidates) {
            const own = [];
            const result = option.check(value, path, own);
            if (own.length === 0)
                return result;
            const depth = Math.max(...own.map((issue) => issue.path.length));
            if (depth > bestDepth) {
                best = own;
                bestDepth = depth;
            }
        }
        if (candidates.length > 1 && bestDepth === path.length) {
            issues.push(mismatch(path, this.expected, value));
        }
        else {
            issues.push(...best);
        }
        return value;
    }
}
/** An item of a list, a value of a mapping or a key of an object; null counts as absent in objects. */
function checkItem(schema, value, path, issues, inObject = false) {
    if (value === undefined || (inObject && value === null))
        return schema.absent(path, issues);
    return schema.check(value, path, issues);
}
/** "a string" -> "strings", "a list of strings" -> "lists of strings", "a date like X" -> "dates like X". */
function plural(expected) {
    if (expected.startsWith('one of '))
        return `values, each ${expected}`;
    const match = /^an? (.+?)( (?:of|like|matching) .*)?$/.exec(expected);
    return match ? `${match[1]}s${match[2] ?? ''}` : expected;
}
function string(options = {}) {
    return new StringSchema(options);
}
/** One of a fixed set of strings, typed as their union. */
function enumOf(values) {
    return new StringSchema({ enum: values });
}
/** A calendar date written `YYYY-MM-DD` (kept as that string). */
function date() {
    return new DateSchema();
}
function schema_boolean() {
    return new BooleanSchema();
}
function integer(options = {}) {
    return new NumberSchema(true, options);
}
function number(options = {}) {
    return new NumberSchema(false, options);
}
function literal(value) {
    return new LiteralSchema(value);
}
function array(item, options = {}) {
    return new ArraySchema(item, options);
}
function record(value, options = {}) {
    return new RecordSchema(value, options);
}
function object(shape, options = {}) {
    return new ObjectSchema(shape, options);
}
function oneOf(options) {
    return new OneOfSchema(options);
}
/** The whole language in one import: `import { s } from '@gatehouse/core/schema'`. */
const s = {
    string,
    enum: enumOf,
    date,
    boolean: schema_boolean,
    integer,
    number,
    literal,
    array,
    record,
    object,
    oneOf,
};

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/baseline.ts
// The baseline (input `baseline`): findings a team has reviewed and accepted, each with a reason.
//
//   {
//     "schema": "gatehouse.leak-baseline/v1",
//     "accepted": [
//       { "fingerprint": "<64 hex>", "reason": "test fixture, revoked 2026-01", "rule": "aws-access-key-id", "file": "test/x.txt" }
//     ]
//   }
//
// Findings are matched by fingerprint only: SHA-256 of `<rule>:<SHA-256 of the secret>`, so an
// entry survives edits, moved lines and renamed files. `rule` and `file` are for the reviewer
// (the report has both); they do not narrow the match.



const BASELINE_SCHEMA = 'gatehouse.leak-baseline/v1';
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
const entrySchema = s.object({
    fingerprint: s.string({ pattern: /^[0-9a-f]{64}$/, expected: 'a fingerprint: 64 lower-case hex characters (from the report)' }),
    reason: s.string({ minLength: 1 }).refine((v) => (v.trim() === '' ? 'must not be blank' : undefined), 'Say why the finding is accepted.'),
    rule: s.string({ minLength: 1 }).optional(),
    file: s.string({ minLength: 1 }).optional(),
});
const baselineSchema = s.object({
    schema: s.literal(BASELINE_SCHEMA),
    accepted: s.array(entrySchema),
});
/** Parse and validate baseline text; `shown` names the file in messages. */
function parseBaseline(text, shown) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The baseline file ${shown} is not valid JSON (${err.message}).`, {
            fix: `Write it as JSON: {"schema": "${BASELINE_SCHEMA}", "accepted": [...]}.`,
        });
    }
    const result = validate(baselineSchema, data);
    if (!result.ok) {
        const [first, ...rest] = result.issues;
        const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The baseline file ${shown}: ${formatIssue(first, 'the file')}${more}`, {
            fix: first.fix ??
                `Each accepted entry needs "fingerprint" (64 hex characters, from the report) and a non-empty "reason"; the file needs "schema": "${BASELINE_SCHEMA}".`,
        });
    }
    const byFingerprint = new Map();
    for (const entry of result.value.accepted)
        if (!byFingerprint.has(entry.fingerprint))
            byFingerprint.set(entry.fingerprint, entry.reason);
    return { file: shown, entries: result.value.accepted, byFingerprint };
}
/** Read the baseline at `path` (already resolved inside the workspace). */
function loadBaseline(path, shown) {
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_BASELINE_BYTES) {
            throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The baseline file ${shown} is ${size} bytes, over the ${MAX_BASELINE_BYTES}-byte limit.`, {
                fix: 'Accept findings by fingerprint only; fix or rotate the rest.',
            });
        }
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        const code = err.code ?? String(err);
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `Input 'baseline' names a file that ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`} (got ${JSON.stringify(shown)}).`, { fix: 'Commit the baseline file and check out the repository before this step, or fix the path (relative to the workspace).' });
    }
    return parseBaseline(text, shown);
}
/** Mark the findings the baseline accepts (sets `baselined`); returns the counts. */
function applyBaseline(findings, baseline) {
    const used = new Set();
    let baselinedCount = 0;
    for (const finding of findings) {
        const reason = baseline?.byFingerprint.get(finding.fingerprint);
        if (reason === undefined)
            continue;
        finding.baselined = { reason };
        used.add(finding.fingerprint);
        baselinedCount++;
    }
    const unused = baseline ? baseline.entries.filter((e) => !used.has(e.fingerprint)) : [];
    return { newCount: findings.length - baselinedCount, baselinedCount, unused };
}
/** A baseline accepting every new finding of a report, with a reason to fill in. */
function baselineFromFindings(findings, reason) {
    const seen = new Set();
    const accepted = [];
    for (const f of findings) {
        if (seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        accepted.push({ fingerprint: f.fingerprint, reason, rule: f.rule, file: f.file });
    }
    return { schema: BASELINE_SCHEMA, accepted };
}

// EXTERNAL MODULE: ./packages/core/src/aho-corasick.ts
var aho_corasick = __webpack_require__(5213);
// EXTERNAL MODULE: ./packages/core/src/redaction.ts
var redaction = __webpack_require__(3812);
;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/rules/entropy.ts
// Shannon entropy of a candidate secret, in bits per character. Generic and context-gated rules use
// it to tell random-looking values (keys, tokens) from words, placeholders and repeated characters.
/** Shannon entropy of `value` in bits per character (0 for the empty string). */
function shannonEntropy(value) {
    const length = value.length;
    if (length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < length; i++) {
        const code = value.charCodeAt(i);
        counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** True when the entropy of `value` reaches `threshold` bits per character. */
function meetsEntropy(value, threshold) {
    return threshold === undefined || shannonEntropy(value) >= threshold;
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/engine.ts
// The leak scanner's detection engine: one pass over a file's bytes with a shared keyword
// prefilter, then each rule's regex only near the keywords it owns.
//
// Pass 1 (all bytes): a case-insensitive Aho-Corasick automaton over every rule's keywords and
// every registered secret form (packages/core/src/aho-corasick.ts, with its root skip filter, so
// text that holds no keyword costs a few instructions per byte). A hit records (end, pattern).
// Registered forms are matched case-insensitively there and confirmed byte-for-byte here.
//
// Pass 2 (hits only): for each hit, each rule that owns the keyword gets a window: the keyword's
// line, cut to WINDOW bytes on each side so minified megabyte lines stay linear. A rule's windows
// are merged while they overlap, so a rule runs its regex at most once over any byte of a line
// however many hits the line has, and total regex work is bounded by (rules per keyword) x (file
// size). Windows are decoded as latin1, so regex offsets are byte offsets.
//
// A rule spans lines only when its regex says so explicitly (`\n`, `\r`, `[\s\S]`, `[^]` or the
// `s` flag): its window then reaches MULTILINE_WINDOW bytes past the keyword (PEM/PGP blocks).
// `\s` alone does not count: `password\s*=` should not pair a key with the next line's value.
//
// Candidates then pass the rule's entropy, allowlist regexes, stopwords and checksum; overlapping
// findings keep the specific rule over a `generic` one; `gatehouse:allow` / `gitleaks:allow` on
// the line drops a finding. Positions, the redacted line and hashes are computed last, only for
// what survives.




/** Rule id of findings for values registered as secrets in this job (and their encodings). */
const REGISTERED_RULE_ID = 'registered-secret';
const REGISTERED_FAMILY = 'registered';
const REGISTERED_DESCRIPTION = 'A value registered as a secret in this job (or one of its encodings)';
/** Bytes of context on each side of a keyword hit that a rule's regex may see (within the line). */
const WINDOW = 4096;
/** How far past the keyword a multi-line rule (private key blocks) may reach. */
const MULTILINE_WINDOW = 16384;
/** Longest redacted snippet, in UTF-16 code units. */
const REDACTED_MAX = 160;
/** A line containing one of these drops every finding on it. */
const SUPPRESSION_MARKERS = ['gatehouse:allow', 'gitleaks:allow'];
const SUPPRESSION_BYTES = SUPPRESSION_MARKERS.map((m) => Buffer.from(m));
const MULTILINE_HINT = /\\n|\\r|\\s\\S|\\S\\s|\[\^\]/;
const NEWLINE = 0x0a;
const CR = 0x0d;
class Scanner {
    rules;
    automaton;
    /** Per automaton pattern: the rules to run when it is the longest pattern at a hit. */
    patternRules;
    /** Per automaton pattern: exact registered forms that may end at a hit of that pattern. */
    patternForms;
    /** Per automaton pattern: its length in bytes. */
    patternLength;
    keywordCount;
    registeredCount;
    constructor(options) {
        const ids = new Set([REGISTERED_RULE_ID]);
        this.rules = options.rules.map((rule) => {
            if (ids.has(rule.id))
                throw new Error(`leak rule ${rule.id}: duplicate or reserved id`);
            ids.add(rule.id);
            if (rule.keywords.length === 0 || rule.keywords.some((k) => k.length === 0)) {
                throw new Error(`leak rule ${rule.id}: needs at least one non-empty keyword (a rule without keywords would run everywhere)`);
            }
            const group = rule.secretGroup ?? 0;
            const flags = [...new Set(rule.regex.flags.replace(/[gyd]/g, '') + (group > 0 ? 'gd' : 'g'))].join('');
            return {
                rule,
                regex: new RegExp(rule.regex.source, flags),
                group,
                multiline: rule.regex.flags.includes('s') || MULTILINE_HINT.test(rule.regex.source),
                generic: rule.family === 'generic',
                stopwords: (rule.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 0),
            };
        });
        // Automaton patterns: lowered keywords and lowered registered forms, deduplicated. A pattern
        // key is its lowered bytes as latin1.
        const keys = new Map();
        const directRules = [];
        const directForms = [];
        const patterns = [];
        const patternOf = (bytes) => {
            const lowered = Buffer.from(bytes);
            for (let i = 0; i < lowered.length; i++)
                if (lowered[i] >= 0x41 && lowered[i] <= 0x5a)
                    lowered[i] |= 0x20;
            const key = lowered.toString('latin1');
            let id = keys.get(key);
            if (id === undefined) {
                id = patterns.length;
                keys.set(key, id);
                patterns.push(lowered);
                directRules.push([]);
                directForms.push([]);
            }
            return id;
        };
        this.rules.forEach((compiled, index) => {
            for (const keyword of new Set(compiled.rule.keywords.map((k) => k.toLowerCase()))) {
                const list = directRules[patternOf(Buffer.from(keyword, 'utf8'))];
                if (!list.includes(index))
                    list.push(index);
            }
        });
        this.keywordCount = patterns.length;
        const seenForms = new Set();
        for (const form of options.registered ?? []) {
            const bytes = Buffer.from(form, 'utf8');
            if (bytes.length < redaction/* MIN_PATTERN_BYTES */.yn)
                continue;
            const exact = bytes.toString('latin1');
            if (seenForms.has(exact))
                continue;
            seenForms.add(exact);
            directForms[patternOf(bytes)].push(bytes);
        }
        this.registeredCount = seenForms.size;
        // The automaton reports only the longest pattern ending at a position; the others ending there
        // are its suffixes. So each pattern carries the rules and forms of all its suffix patterns.
        const lengths = [...new Set(patterns.map((p) => p.length))].sort((a, b) => a - b);
        this.patternRules = [];
        this.patternForms = [];
        this.patternLength = new Int32Array(patterns.length);
        patterns.forEach((pattern, id) => {
            const key = pattern.toString('latin1');
            const rules = new Set(directRules[id]);
            const forms = [...directForms[id]];
            for (const length of lengths) {
                if (length >= key.length)
                    break;
                const suffix = keys.get(key.slice(key.length - length));
                if (suffix === undefined)
                    continue;
                for (const r of directRules[suffix])
                    rules.add(r);
                forms.push(...directForms[suffix]);
            }
            this.patternRules.push(Int32Array.from([...rules].sort((a, b) => a - b)));
            this.patternForms.push(forms);
            this.patternLength[id] = pattern.length;
        });
        this.automaton = patterns.length ? (0,aho_corasick/* buildAutomaton */.Z)(patterns, { caseInsensitive: true }) : undefined;
    }
    /** Scan a whole file's bytes. `file` is the workspace-relative path (for reports and path allowlists). */
    scanBuffer(content, file) {
        const automaton = this.automaton;
        if (!automaton || content.length === 0)
            return [];
        // Pass 1: keyword and registered-form hits, in order of end offset.
        const hitEnd = [];
        const hitPattern = [];
        automaton.scan(0, content, 0, content.length, (end, _length, pattern) => {
            hitEnd.push(end);
            hitPattern.push(pattern);
        });
        if (hitEnd.length === 0)
            return [];
        const active = this.rules.map((c) => !(c.rule.allowlist?.paths ?? []).some((p) => testRegex(p, file)));
        const candidates = new Map();
        const ruleCount = this.rules.length + 1;
        const add = (c) => {
            // Dedupe by (rule, start); keep the longer match.
            const key = c.start * ruleCount + (c.rule + 1);
            const prev = candidates.get(key);
            if (!prev || c.end > prev.end)
                candidates.set(key, c);
        };
        // Pass 2: windows around hits, merged per rule.
        const pendingStart = new Int32Array(this.rules.length).fill(-1);
        const pendingEnd = new Int32Array(this.rules.length);
        let lineStart = 0;
        let lineEnd = -1; // offset of the cached line's '\n' (or content.length); -1: none cached
        for (let k = 0; k < hitEnd.length; k++) {
            const end = hitEnd[k];
            const pattern = hitPattern[k];
            for (const form of this.patternForms[pattern]) {
                const start = end - form.length;
                if (start >= 0 && content.compare(form, 0, form.length, start, end) === 0) {
                    add({ rule: -1, start, end, confidence: 'high', checksum: undefined });
                }
            }
            const rules = this.patternRules[pattern];
            if (rules.length === 0)
                continue;
            const start = end - this.patternLength[pattern];
            if (start > lineEnd || start < lineStart) {
                // Each byte is searched at most once backwards (down to the previous line's '\n') and
                // once forwards, so a megabyte line with thousands of hits costs one search.
                lineStart = start === 0 ? 0 : content.lastIndexOf(NEWLINE, start - 1) + 1;
                lineEnd = content.indexOf(NEWLINE, start);
                if (lineEnd === -1)
                    lineEnd = content.length;
            }
            for (let j = 0; j < rules.length; j++) {
                const r = rules[j];
                if (!active[r])
                    continue;
                const a = Math.max(lineStart, start - WINDOW);
                const b = this.rules[r].multiline
                    ? Math.min(content.length, end + MULTILINE_WINDOW)
                    : Math.max(end, Math.min(lineEnd, end + WINDOW));
                if (pendingStart[r] >= 0 && a <= pendingEnd[r] && b >= pendingStart[r]) {
                    pendingStart[r] = Math.min(pendingStart[r], a);
                    pendingEnd[r] = Math.max(pendingEnd[r], b);
                    continue;
                }
                if (pendingStart[r] >= 0)
                    this.runRule(r, content, pendingStart[r], pendingEnd[r], add);
                pendingStart[r] = a;
                pendingEnd[r] = b;
            }
        }
        for (let r = 0; r < this.rules.length; r++) {
            if (pendingStart[r] >= 0)
                this.runRule(r, content, pendingStart[r], pendingEnd[r], add);
        }
        if (candidates.size === 0)
            return [];
        return this.finish(content, file, this.applyPrecedence([...candidates.values()]));
    }
    /** Run one rule's regex over content[from, to) and add the candidates that pass its filters. */
    runRule(index, content, from, to, add) {
        const compiled = this.rules[index];
        const { rule, regex, group } = compiled;
        const text = content.toString('latin1', from, to);
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
            if (m[0].length === 0) {
                regex.lastIndex++;
                continue;
            }
            const raw = m[group];
            if (raw === undefined || raw.length === 0)
                continue;
            const offset = group === 0 ? m.index : m.indices[group][0];
            const start = from + offset;
            const end = start + raw.length;
            const secret = content.toString('utf8', start, end);
            if (!meetsEntropy(secret, rule.entropy))
                continue;
            if (rule.allowlist?.regexes?.some((rx) => testRegex(rx, secret)))
                continue;
            if (compiled.stopwords.length) {
                const lowered = secret.toLowerCase();
                if (compiled.stopwords.some((w) => lowered.includes(w)))
                    continue;
            }
            let checksum;
            if (rule.validate) {
                try {
                    checksum = rule.validate(secret);
                }
                catch {
                    checksum = undefined;
                }
            }
            const confidence = checksum === 'valid' ? 'high' : checksum === 'invalid' ? 'low' : (rule.confidence ?? 'medium');
            add({ rule: index, start, end, confidence, checksum });
        }
    }
    /** Drop generic findings that overlap a finding of a more specific family (registered included). */
    applyPrecedence(candidates) {
        const isGeneric = (c) => c.rule >= 0 && this.rules[c.rule].generic;
        const specific = candidates.filter((c) => !isGeneric(c)).sort((x, y) => x.start - y.start);
        if (specific.length === candidates.length || specific.length === 0)
            return candidates;
        const starts = specific.map((c) => c.start);
        const maxEnd = [];
        for (const c of specific)
            maxEnd.push(Math.max(c.end, maxEnd[maxEnd.length - 1] ?? 0));
        return candidates.filter((c) => {
            if (!isGeneric(c))
                return true;
            // Last specific finding starting before c ends; any of those ending after c starts overlaps.
            let lo = 0;
            let hi = starts.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (starts[mid] < c.end)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo === 0 || maxEnd[lo - 1] <= c.start;
        });
    }
    /** Positions, suppression, redaction and hashes for the surviving candidates. */
    finish(content, file, candidates) {
        candidates.sort((x, y) => x.start - y.start || x.rule - y.rule);
        const findings = [];
        // Line tracker: `line` and `lineStart` are valid for every offset in [lineStart, nextNewline].
        let line = 1;
        let lineStart = 0;
        let lineEnd = content.indexOf(NEWLINE);
        if (lineEnd === -1)
            lineEnd = content.length;
        let columnAt = 0; // offset up to which `columns` code points have been counted on this line
        let columns = 0;
        const suppressed = new Map();
        let longest = 0;
        for (const c of candidates)
            longest = Math.max(longest, c.end - c.start);
        for (let k = 0; k < candidates.length; k++) {
            const c = candidates[k];
            while (c.start > lineEnd) {
                line++;
                lineStart = lineEnd + 1;
                lineEnd = content.indexOf(NEWLINE, lineStart);
                if (lineEnd === -1)
                    lineEnd = content.length;
                columnAt = lineStart;
                columns = 0;
            }
            let isSuppressed = suppressed.get(lineStart);
            if (isSuppressed === undefined) {
                const lineBytes = content.subarray(lineStart, lineEnd);
                isSuppressed = SUPPRESSION_BYTES.some((m) => lineBytes.indexOf(m) !== -1);
                suppressed.set(lineStart, isSuppressed);
            }
            if (isSuppressed)
                continue;
            columns += codePoints(content, columnAt, c.start);
            columnAt = c.start;
            const textEnd = lineEnd > lineStart && content[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
            const secretEndOnLine = Math.min(c.end, Math.max(textEnd, c.start));
            const secret = content.subarray(c.start, c.end);
            const secretSha256 = (0,external_node_crypto_.createHash)('sha256').update(secret).digest('hex');
            const ruleId = c.rule < 0 ? REGISTERED_RULE_ID : this.rules[c.rule].rule.id;
            const finding = {
                rule: ruleId,
                description: c.rule < 0 ? REGISTERED_DESCRIPTION : this.rules[c.rule].rule.description,
                family: c.rule < 0 ? REGISTERED_FAMILY : this.rules[c.rule].rule.family,
                file,
                line,
                column: columns + 1,
                endColumn: columns + 1 + codePoints(content, c.start, secretEndOnLine),
                redacted: redactLine(content, lineStart, textEnd, c, candidates, k, longest),
                secretSha256,
                fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}:${secretSha256}`).digest('hex'),
                confidence: c.confidence,
            };
            if (c.checksum !== undefined)
                finding.checksum = c.checksum;
            findings.push(finding);
        }
        return findings;
    }
}
/** Test a caller's regex without tripping over its own `g`/`y` state. */
function testRegex(regex, value) {
    regex.lastIndex = 0;
    return regex.test(value);
}
/** Code points (as UTF-8 lead or ASCII bytes; stray bytes count one each) in content[from, to). */
function codePoints(content, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if ((content[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
/**
 * The line holding candidate `self`, with its secret and every other candidate's secret on the line
 * replaced by `***`, cut to REDACTED_MAX characters around the secret. Only a few hundred bytes
 * around the secret are decoded, so long lines cost nothing extra.
 */
function redactLine(content, lineStart, textEnd, self, all, selfIndex, longest) {
    // The secret's part on this line (a secret may start at the line's very end or run past it).
    const selfStart = Math.min(self.start, textEnd);
    const selfEnd = Math.min(Math.max(self.end, selfStart), textEnd);
    const reach = REDACTED_MAX * 4;
    let from = Math.max(lineStart, selfStart - reach);
    let to = Math.min(textEnd, selfEnd + reach);
    while (from < selfStart && (content[from] & 0xc0) === 0x80)
        from++;
    while (to > selfEnd && (content[to] & 0xc0) === 0x80)
        to--;
    // Secrets on this stretch: candidates are sorted by start, so look around selfIndex (no
    // candidate is longer than `longest`, which bounds the look-back).
    const spans = [[selfStart, selfEnd]];
    const lookBack = from - longest;
    for (let j = selfIndex - 1; j >= 0 && all[j].start >= lookBack; j--) {
        const c = all[j];
        if (c.end > from && c.start < to)
            spans.push([Math.max(c.start, from), Math.min(c.end, to)]);
    }
    for (let j = selfIndex + 1; j < all.length && all[j].start < to; j++)
        spans.push([all[j].start, Math.min(all[j].end, to)]);
    spans.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const [s, e] of spans) {
        const last = merged[merged.length - 1];
        if (last && s <= last[1])
            last[1] = Math.max(last[1], e);
        else
            merged.push([s, e]);
    }
    let before = from > lineStart ? '\u2026' : '';
    let after = '';
    let cursor = from;
    let selfSeen = false;
    for (const [s, e] of merged) {
        const piece = content.toString('utf8', cursor, s);
        const isSelf = s <= selfStart && selfStart <= e;
        if (selfSeen)
            after += piece + redaction/* REDACTED */.XF;
        else
            before += piece + (isSelf ? '' : redaction/* REDACTED */.XF);
        if (isSelf)
            selfSeen = true;
        cursor = e;
    }
    after += content.toString('utf8', cursor, to) + (to < textEnd ? '\u2026' : '');
    // Cut to REDACTED_MAX around the `***`: at least 60 characters before it when there are that
    // many, the rest after.
    const budget = REDACTED_MAX - redaction/* REDACTED */.XF.length;
    const keepBefore = Math.min(before.length, Math.max(60, budget - after.length), after.length > 0 ? budget - 1 : budget);
    const keepAfter = Math.min(after.length, budget - keepBefore);
    const head = keepBefore < before.length ? '\u2026' + trimSurrogateStart(before.slice(before.length - keepBefore + 1)) : before;
    const tail = keepAfter < after.length ? trimSurrogateEnd(after.slice(0, Math.max(0, keepAfter - 1))) + '\u2026' : after;
    const secret = content.toString('utf8', self.start, self.end);
    return scrub(head + redaction/* REDACTED */.XF + tail, secret);
}
function trimSurrogateStart(s) {
    const c = s.charCodeAt(0);
    return c >= 0xdc00 && c <= 0xdfff ? s.slice(1) : s;
}
function trimSurrogateEnd(s) {
    const c = s.charCodeAt(s.length - 1);
    return c >= 0xd800 && c <= 0xdbff ? s.slice(0, -1) : s;
}
/** Pieces of at least 8 characters (or the whole of a shorter secret) must never reach a report. */
const PIECE = 8;
function leaks(text, secret) {
    if (secret.length < PIECE)
        return text.includes(secret);
    for (let i = 0; i + PIECE <= text.length; i++)
        if (secret.includes(text.slice(i, i + PIECE)))
            return true;
    return false;
}
/** Replace every stretch of `text` that shares an 8-character piece with the secret by `***`;
 * throws rather than return a snippet that still holds one. */
function scrub(text, secret) {
    for (let guard = 0; leaks(text, secret); guard++) {
        if (guard === 64)
            throw new Error('unreachable: redacted snippet still holds part of the secret');
        if (secret.length < PIECE) {
            text = text.split(secret).join(redaction/* REDACTED */.XF);
            continue;
        }
        const covered = new Uint8Array(text.length);
        for (let i = 0; i + PIECE <= text.length; i++)
            if (secret.includes(text.slice(i, i + PIECE)))
                covered.fill(1, i, i + PIECE);
        let out = '';
        for (let i = 0; i < text.length;) {
            if (!covered[i]) {
                out += text[i++];
                continue;
            }
            while (i < text.length && covered[i])
                i++;
            out += redaction/* REDACTED */.XF;
        }
        text = out;
    }
    return text;
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/report.ts
// The JSON report of a leak scan (output `report`), `"schema": "gatehouse.leak-report/v1"`.
// It holds locations, rule ids, fingerprints and redacted lines: never a secret, nor its hash
// (a hash of a short password can be reversed by guessing; the fingerprint salts it with the rule
// id and is what baselines use).
const REPORT_SCHEMA = 'gatehouse.leak-report/v1';
/** Kept equal to actions/mask-logs/package.json (a test checks it). */
const TOOL = { name: 'gatehouse-mask-logs', version: '0.1.0' };
function reportFinding(f) {
    const out = {
        file: f.file,
        line: f.line,
        column: f.column,
        endColumn: f.endColumn,
        rule: f.rule,
        description: f.description,
        family: f.family,
        fingerprint: f.fingerprint,
        redacted: f.redacted,
        confidence: f.confidence,
        checksum: f.checksum ?? null,
        baselined: f.baselined !== undefined,
    };
    if (f.baselined)
        out.baselineReason = f.baselined.reason;
    return out;
}
/** Counts per rule, most new findings first, then by id. */
function countByRule(findings) {
    const counts = new Map();
    for (const f of findings) {
        let entry = counts.get(f.rule);
        if (!entry)
            counts.set(f.rule, (entry = { rule: f.rule, description: f.description, new: 0, baselined: 0 }));
        if (f.baselined)
            entry.baselined++;
        else
            entry.new++;
    }
    return [...counts.values()].sort((a, b) => b.new - a.new || b.baselined - a.baselined || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
/** Findings in a stable order: file, line, column, rule. */
function sortFindings(findings) {
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return findings.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
}
function buildReport(input) {
    const baselined = input.findings.filter((f) => f.baselined).length;
    return {
        schema: REPORT_SCHEMA,
        tool: { ...TOOL },
        time: (input.now ?? new Date()).toISOString(),
        scan: {
            patterns: input.patterns,
            files: input.files,
            bytes: input.bytes,
            durationMs: input.durationMs,
            rules: input.rules,
            maxFileSize: input.maxFileSize,
        },
        skipped: input.skipped,
        baseline: input.baseline,
        counts: {
            total: input.findings.length,
            new: input.findings.length - baselined,
            baselined,
            byRule: countByRule(input.findings),
        },
        findings: input.findings.map(reportFinding),
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/rules/checksum.ts
// Checksums carried by token formats. A valid checksum raises a finding's confidence; an invalid
// one never hides it (the engine reports it with lower confidence).
//
// GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/) and npm
// (https://github.blog/2021-09-23-announcing-npms-new-access-token-format/) tokens end with a
// 32-bit CRC32 of their random part, base62-encoded (alphabet 0-9A-Za-z) and left-padded with `0`
// to 6 characters: `ghp_` + 30 random + 6 checksum, `npm_` + 30 random + 6 checksum. The CRC covers
// the random part only, not the prefix (as implemented by credsweeper, trufflehog-style verifiers
// and the base62-token reference library).

/** CRC-32 (IEEE 802.3, the zlib one) of bytes or of a string's UTF-8 bytes. Node ships it. */
function crc32(input) {
    return (0,external_node_zlib_.crc32)(input) >>> 0;
}
const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Base62 encoding of a non-negative integer, left-padded with `0` to `width` characters. */
function base62(value, width = 6) {
    let n = Math.floor(value);
    let out = '';
    while (n > 0) {
        out = BASE62_ALPHABET[n % 62] + out;
        n = Math.floor(n / 62);
    }
    return out.padStart(width, '0');
}
/** The 6-character checksum that a GitHub/npm-style token with random part `body` ends with. */
function tokenChecksum(body) {
    return base62(crc32(body), 6);
}
const BASE62_ONLY = /^[0-9A-Za-z]+$/;
function checkTail(segment) {
    if (segment.length <= 6 || !BASE62_ONLY.test(segment))
        return false;
    return tokenChecksum(segment.slice(0, -6)) === segment.slice(-6);
}
/**
 * GitHub tokens. Classic (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): the 36 characters after the
 * prefix are 30 random + CRC32 of those 30. Fine-grained (`github_pat_<22>_<59>`): GitHub does not
 * document the layout; verifiers apply the same scheme to the final segment, and we also accept the
 * checksum over the whole part after `github_pat_`. Anything else is `invalid`.
 */
function validateGitHubToken(token) {
    if (token.startsWith('github_pat_')) {
        const rest = token.slice('github_pat_'.length);
        const lastSep = rest.lastIndexOf('_');
        const last = lastSep >= 0 ? rest.slice(lastSep + 1) : rest;
        if (checkTail(last))
            return 'valid';
        if (rest.length > 6 && tokenChecksum(rest.slice(0, -6)) === rest.slice(-6))
            return 'valid';
        return 'invalid';
    }
    if (/^gh[pousr]_[0-9A-Za-z]{36}$/.test(token))
        return checkTail(token.slice(4)) ? 'valid' : 'invalid';
    return 'invalid';
}
/** npm automation/publish/granular tokens: `npm_` + 30 random + CRC32 of the 30 (6 base62). */
function validateNpmToken(token) {
    if (!/^npm_[0-9A-Za-z]{36}$/.test(token))
        return 'invalid';
    return checkTail(token.slice(4)) ? 'valid' : 'invalid';
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/rules/builtin.ts
// Built-in leak rules: provider formats (prefixes, lengths, alphabets, checksums), context-gated
// formats (a bare 32-hex value is only a Datadog key next to a `datadog`/`dd_api_key` name) and
// generic `password=` / `api_key:` assignments gated by entropy and stop-words.
//
// How to write a rule here (the test in __tests__/corpus.test.ts enforces the first three):
// - keywords are lower-case literals that occur in (or right before) every true match; the engine
//   only runs the regex on the lines where one occurs, so rare, specific keywords keep it fast;
// - every quantifier is bounded ({m,n}) and no quantified group holds another quantifier, so the
//   work per start position is a constant and a scan is linear in the input;
// - a token is fenced by lookarounds on its own alphabet, so it never matches inside a longer
//   token (a 1 MB run of the alphabet after a prefix is no finding);
// - when the secret is part of the match, `secretGroup` names it; entropy, allowlists and
//   checksums apply to the secret only;
// - documented example values (AKIAIOSFODNN7EXAMPLE, sk_test_4eC39HqLyjWDarjtT1zdp7dc, ...) and
//   placeholders are allow-listed so docs and tests are not findings.
//
// Ids are stable: they key baselines and fingerprints. Never rename one; add a new rule instead.

// ---------------------------------------------------------------------------------------------
// Shared fragments
/** Placeholders that are never secrets, whatever the rule: `${VAR}`, `{{ x }}`, `<token>`, `%VAR%`,
 * runs of one character (`xxxx`, `****`, `0000`), ellipses. */
const PLACEHOLDER_REGEXES = [
    /^\$\{?[A-Za-z_][A-Za-z0-9_.]{0,100}\}?$/,
    /^\{\{.{0,200}\}\}$/,
    /^<[^>]{0,200}>$/,
    /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/,
    /^(?:x{4,}|X{4,}|\*{3,}|\.{3,}|#{4,}|0{8,}|-{4,}|_{4,})$/,
    /EXAMPLE/,
];
/** Words that mark a value as a placeholder, a reference or documentation (case-insensitive). */
const PLACEHOLDER_STOPWORDS = [
    'example',
    'changeme',
    'change_me',
    'change-me',
    'dummy',
    'placeholder',
    'xxxxxx',
    'redacted',
    'your_',
    'your-',
    'yourapi',
    'yourkey',
    'yoursecret',
    'yourtoken',
    'insert_',
    'insert-',
    'replace_me',
    'replace-me',
    'replaceme',
    'notreal',
    'not_real',
    'not-real',
    'not_a_real',
    'fake',
    'sample',
    'process.env',
    'os.environ',
    'getenv',
    'secrets.',
    'env.',
    '${',
    '{{',
    '<',
    'lorem',
    'ipsum',
];
const allow = (extra = {}) => ({
    regexes: [...PLACEHOLDER_REGEXES, ...(extra.regexes ?? [])],
    stopwords: [...PLACEHOLDER_STOPWORDS, ...(extra.stopwords ?? [])],
    ...(extra.paths ? { paths: extra.paths } : {}),
});
/** Only one character repeated after a token prefix (`ghp_aaaa\u2026`), or a counting sequence. */
const SAME_CHAR_BODY = /(?:^|[_.-])(?:([A-Za-z0-9])\1{11,}|0123456789|1234567890|abcdefghij|ABCDEFGHIJ)/;
/** Escape a literal for use inside a RegExp source. */
const lit = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/**
 * The operator between a key and its value, with the key's optional closing quote: `=`, `:`,
 * `:=`, `=>`, `??=`, `||=`, or a comma after a quoted key, as in a call that sets a variable
 * (`os.environ.setdefault("NAME", "value")`, `os.Setenv("NAME", "value")`). The comma needs the
 * quote so that plain argument lists (`f(api_key, other)`) do not count. A closing `]` may come
 * first, for index assignments (`env["API_KEY"] = value`).
 */
const ASSIGN = `(?:["'\`]?\\])?(?:["'\`]?[ \\t]{0,4}(?::=|=>|\\?\\?=|\\|\\|=|=|:)|["'\`][ \\t]{0,4},)`;
/**
 * An assignment of a value to a name: `NAME=value`, `name: value`, `"name": "value"`,
 * `name = 'value'`, `name := value`, `name => value`. `name` (regex source, matched with the `i`
 * flag) must be part of the key; up to 30 key characters may follow it. The value is group 1.
 */
function assignment(name, value, valueEnd = '(?![A-Za-z0-9_+/=.-])') {
    return `(?:${name})[A-Za-z0-9_.-]{0,30}${ASSIGN}[ \\t]{0,4}["'\`]?(${value})${valueEnd}`;
}
/** A provider token: `body` fenced on both sides by `alphabet` (character-class contents). */
function token(body, alphabet = 'A-Za-z0-9_-') {
    // `=` may end a base64 token but never starts one, and it is what precedes a value in `KEY=value`.
    return `(?<![${alphabet.replace('=', '')}])${body}(?![${alphabet}])`;
}
const rule = (d) => ({ ...d, allowlist: d.allowlist ?? allow() });
/** A prefixed token: `prefix` + body, fenced, the whole match is the secret. */
function prefixed(id, description, family, prefixes, body, options = {}) {
    const { alphabet, ...rest } = options;
    const head = prefixes.length === 1 ? lit(prefixes[0]) : `(?:${prefixes.map(lit).join('|')})`;
    return rule({
        id,
        description,
        family,
        keywords: prefixes.map((p) => p.toLowerCase()),
        regex: new RegExp(token(`${head}${body}`, alphabet)),
        confidence: 'high',
        entropy: 3,
        ...rest,
        allowlist: allow({ regexes: [SAME_CHAR_BODY, ...(rest.allowlist?.regexes ?? [])], stopwords: rest.allowlist?.stopwords ?? [] }),
    });
}
/** A value that is a secret only when a provider's name is part of its key (`DATADOG_API_KEY=`). */
function contextual(id, description, family, keywords, name, value, options = {}) {
    return rule({
        id,
        description,
        family,
        keywords,
        regex: new RegExp(assignment(name, value), 'i'),
        secretGroup: 1,
        entropy: 3,
        ...options,
    });
}
const HEX32 = '[0-9a-f]{32}';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// ---------------------------------------------------------------------------------------------
// Cloud providers
const AWS = [
    rule({
        id: 'aws-access-key-id',
        description: 'AWS access key id',
        family: 'aws',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        regex: /(?<![A-Za-z0-9+/])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9+/])/,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
        allowlist: allow({ regexes: [/^AKIAIOSFODNN7EXAMPLE$/, /^A[A-Z0-9]{3}([A-Z0-9])\1{15}$/] }),
    }),
    contextual('aws-secret-access-key', 'AWS secret access key', 'aws', ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'], 'secret[_.-]?access[_.-]?key|aws[_.-]?secret', '[A-Za-z0-9/+]{40}', { entropy: 4, allowlist: allow({ regexes: [/^wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY$/, /EXAMPLEKEY$/] }) }),
    prefixed('aws-session-token', 'AWS temporary session token', 'aws', ['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE'], '[A-Za-z0-9/+]{100,2000}={0,2}', { alphabet: 'A-Za-z0-9/+=' }),
    prefixed('aws-mws-auth-token', 'Amazon MWS auth token', 'aws', ['amzn.mws.'], UUID, { alphabet: 'A-Za-z0-9-' }),
];
const GCP = [
    prefixed('gcp-api-key', 'Google API key', 'google', ['AIza'], '[0-9A-Za-z_-]{35}'),
    prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'google', ['GOCSPX-'], '[0-9A-Za-z_-]{28}'),
    prefixed('google-oauth-access-token', 'Google OAuth access token', 'google', ['ya29.'], '[0-9A-Za-z_-]{30,2000}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    rule({
        id: 'gcp-service-account-key',
        description: 'Google Cloud service-account key (JSON private_key)',
        family: 'gcp',
        keywords: ['"private_key"'],
        regex: /"private_key"[ \t]{0,4}:[ \t]{0,4}"(-----BEGIN (?:RSA )?PRIVATE KEY-----\\n[A-Za-z0-9+/=\\]{64,12000}-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)"/,
        secretGroup: 1,
        confidence: 'high',
    }),
];
const AZURE_B64_KEY = '[A-Za-z0-9+/]{86}==';
const AZURE = [
    rule({
        id: 'azure-storage-connection-string',
        description: 'Azure storage account key in a connection string (AccountKey=)',
        family: 'azure',
        keywords: ['accountkey='],
        regex: new RegExp(`AccountKey=(${AZURE_B64_KEY})(?![A-Za-z0-9+/=])`, 'i'),
        secretGroup: 1,
        entropy: 4,
        confidence: 'high',
    }),
    contextual('azure-storage-account-key', 'Azure storage account key', 'azure', ['azure', 'storage_key', 'storagekey', 'storage-key', 'account_key', 'accountkey', 'account-key'], 'azure|storage[_.-]?(?:account[_.-]?)?key|account[_.-]key', AZURE_B64_KEY, { entropy: 4 }),
    rule({
        id: 'azure-sas-token',
        description: 'Azure shared access signature (SAS) token',
        family: 'azure',
        keywords: ['sig='],
        regex: /(?<=[?&;](?:sv|se|sp|sr|ss|srt|st|spr|skoid)=[^\s"'<>]{0,600})[&;]sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/i,
        secretGroup: 1,
        entropy: 3.5,
        confidence: 'high',
    }),
    rule({
        id: 'azure-shared-access-key',
        description: 'Azure Service Bus / Event Hubs / IoT shared access key',
        family: 'azure',
        keywords: ['sharedaccesskey='],
        regex: /SharedAccessKey=([A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/i,
        secretGroup: 1,
        entropy: 4,
        confidence: 'high',
    }),
    rule({
        id: 'azure-ad-client-secret',
        description: 'Microsoft Entra ID (Azure AD) application client secret',
        family: 'azure',
        // The digit before Q~ is part of the format; a bare two-byte keyword would halve the speed of
        // the keyword pass for every scan (measured).
        keywords: ['0q~', '1q~', '2q~', '3q~', '4q~', '5q~', '6q~', '7q~', '8q~', '9q~'],
        regex: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
    }),
];
// ---------------------------------------------------------------------------------------------
// Source forges, registries, CI
const GH_BODY = '[0-9A-Za-z]{36}';
const GITHUB = [
    prefixed('github-pat', 'GitHub personal access token (classic)', 'github', ['ghp_'], GH_BODY, { validate: validateGitHubToken }),
    prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', ['gho_'], GH_BODY, { validate: validateGitHubToken }),
    prefixed('github-user-to-server-token', 'GitHub App user-to-server token', 'github', ['ghu_'], GH_BODY, {
        validate: validateGitHubToken,
    }),
    prefixed('github-server-to-server-token', 'GitHub App installation (server-to-server) token', 'github', ['ghs_'], GH_BODY, {
        validate: validateGitHubToken,
    }),
    prefixed('github-refresh-token', 'GitHub App refresh token', 'github', ['ghr_'], GH_BODY, { validate: validateGitHubToken }),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github', ['github_pat_'], '[0-9A-Za-z]{22}_[0-9A-Za-z]{59}', {
        validate: validateGitHubToken,
    }),
];
const GL = '[0-9A-Za-z_-]';
const GITLAB = [
    prefixed('gitlab-pat', 'GitLab personal, project or group access token', 'gitlab', ['glpat-'], `${GL}{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?`, {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gitlab', ['gldt-'], `${GL}{20,300}`),
    prefixed('gitlab-runner-token', 'GitLab runner authentication token', 'gitlab', ['glrt-'], `${GL}{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?`, {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('gitlab-runner-registration-token', 'GitLab runner registration token (legacy)', 'gitlab', ['GR1348941'], `${GL}{20}`),
    prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'gitlab', ['glptt-'], '[0-9a-f]{40}'),
    prefixed('gitlab-feed-token', 'GitLab feed token', 'gitlab', ['glft-'], `${GL}{20}`),
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gitlab', ['gloas-'], `${GL}{64}`),
    prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'gitlab', ['glcbt-'], `[0-9a-zA-Z]{1,5}_${GL}{20}`),
    prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'gitlab', ['glimt-'], `${GL}{25}`),
    prefixed('gitlab-kubernetes-agent-token', 'GitLab Kubernetes agent token', 'gitlab', ['glagent-'], `${GL}{50}`),
    prefixed('gitlab-scim-token', 'GitLab SCIM OAuth token', 'gitlab', ['glsoat-'], `${GL}{20}`),
];
const REGISTRIES = [
    prefixed('npm-access-token', 'npm access token', 'npm', ['npm_'], '[0-9A-Za-z]{36}', { validate: validateNpmToken }),
    rule({
        id: 'npmrc-auth-token',
        description: 'npm registry auth token in .npmrc (_authToken / _auth / _password)',
        family: 'npm',
        keywords: [':_authtoken=', ':_auth=', ':_password='],
        regex: /:_(?:authToken|auth|password)=["']?([A-Za-z0-9_+/=.-]{16,500})(?![A-Za-z0-9_+/=.-])/i,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
    }),
    prefixed('pypi-upload-token', 'PyPI upload token', 'pypi', ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], `${GL}{50,1000}`),
    prefixed('dockerhub-pat', 'Docker Hub personal access token', 'docker', ['dckr_pat_'], `${GL}{27}`),
    prefixed('dockerhub-org-access-token', 'Docker Hub organization access token', 'docker', ['dckr_oat_'], `${GL}{32}`),
    rule({
        id: 'docker-config-auth',
        description: 'Registry credentials in a Docker config.json ("auth": base64 of user:password)',
        family: 'docker',
        keywords: ['"auth"'],
        regex: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{12,1000}={0,2})"/,
        secretGroup: 1,
        entropy: 3,
    }),
    prefixed('rubygems-api-token', 'RubyGems API token', 'rubygems', ['rubygems_'], '[0-9a-f]{48}'),
    prefixed('clojars-api-token', 'Clojars deploy token', 'clojars', ['CLOJARS_'], '[a-z0-9]{60}', { alphabet: 'A-Za-z0-9' }),
    prefixed('packagist-token', 'Private Packagist token', 'packagist', ['packagist_ort_', 'packagist_out_', 'packagist_uut_'], '[0-9a-f]{68}'),
    prefixed('pulumi-access-token', 'Pulumi access token', 'pulumi', ['pul-'], '[0-9a-f]{40}'),
    prefixed('terraform-cloud-token', 'Terraform Cloud / Enterprise API token', 'terraform', ['.atlasv1.'], '[A-Za-z0-9_=-]{60,70}', {
        regex: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
        secretGroup: 1,
    }),
    prefixed('atlassian-api-token', 'Atlassian (Jira, Confluence) API token', 'atlassian', ['ATATT3'], '[A-Za-z0-9_=-]{150,250}', {
        alphabet: 'A-Za-z0-9_=-',
    }),
    prefixed('bitbucket-app-password', 'Bitbucket app password', 'bitbucket', ['ATBB'], '[A-Za-z0-9_=.-]{32}', { alphabet: 'A-Za-z0-9_=.-' }),
    prefixed('postman-api-key', 'Postman API key', 'postman', ['PMAK-'], '[a-f0-9]{24}-[a-f0-9]{34}'),
    prefixed('linear-api-key', 'Linear API key', 'linear', ['lin_api_'], '[A-Za-z0-9]{40}'),
    prefixed('notion-integration-token', 'Notion integration token', 'notion', ['ntn_'], '[0-9]{11}[A-Za-z0-9]{35}'),
    prefixed('figma-pat', 'Figma personal access token', 'figma', ['figd_'], `${GL}{40}`),
    prefixed('readme-api-key', 'ReadMe API key', 'readme', ['rdme_'], '[a-z0-9]{70}'),
    prefixed('prefect-api-key', 'Prefect API key', 'prefect', ['pnu_'], '[A-Za-z0-9]{36}'),
    rule({
        id: 'airtable-pat',
        description: 'Airtable personal access token',
        family: 'airtable',
        keywords: ['pat'],
        regex: /(?<![A-Za-z0-9_-])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
    }),
];
// ---------------------------------------------------------------------------------------------
// Messaging, payments, email
const SLACK = [
    prefixed('slack-bot-token', 'Slack bot token', 'slack', ['xoxb-'], '[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}'),
    prefixed('slack-user-token', 'Slack user token', 'slack', ['xoxp-', 'xoxe-'], '[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{28,34}'),
    prefixed('slack-app-token', 'Slack app-level token', 'slack', ['xapp-'], '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-z0-9]{32,80}'),
    prefixed('slack-legacy-token', 'Slack legacy workspace, refresh or app token', 'slack', ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'], '[0-9A-Za-z-]{20,200}'),
    prefixed('slack-config-token', 'Slack configuration access or refresh token', 'slack', ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxe-'], '[0-9]-[A-Z0-9]{140,170}', {
        alphabet: 'A-Za-z0-9',
    }),
    rule({
        id: 'slack-webhook-url',
        description: 'Slack incoming webhook or workflow trigger URL',
        family: 'slack',
        keywords: ['hooks.slack.com/'],
        regex: /hooks\.slack\.com\/(?:services\/(T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,32})|(?:workflows|triggers)\/(T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{15,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
        confidence: 'high',
    }),
];
const PAYMENTS = [
    prefixed('stripe-secret-key', 'Stripe secret key', 'stripe', ['sk_live_', 'sk_test_', 'sk_prod_'], '[0-9A-Za-z]{24,247}', {
        allowlist: { regexes: [/^sk_test_4eC39HqLyjWDarjtT1zdp7dc$/, /^sk_test_BQokikJOvBiI2HlWgH4olfQ2$/], stopwords: [] },
    }),
    prefixed('stripe-restricted-key', 'Stripe restricted key', 'stripe', ['rk_live_', 'rk_test_', 'rk_prod_'], '[0-9A-Za-z]{24,247}'),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', ['whsec_'], '[0-9A-Za-z]{32,64}'),
    prefixed('square-access-token', 'Square access token', 'square', ['EAAA', 'sq0atp-'], '[0-9A-Za-z_-]{22,60}', { entropy: 3.5 }),
    prefixed('square-oauth-secret', 'Square OAuth application secret', 'square', ['sq0csp-'], '[0-9A-Za-z_-]{43}'),
    prefixed('shopify-access-token', 'Shopify Admin API access token', 'shopify', ['shpat_'], '[a-fA-F0-9]{32}'),
    prefixed('shopify-shared-secret', 'Shopify app shared secret', 'shopify', ['shpss_'], '[a-fA-F0-9]{32}'),
    prefixed('shopify-custom-app-token', 'Shopify custom app access token', 'shopify', ['shpca_'], '[a-fA-F0-9]{32}'),
    prefixed('shopify-private-app-token', 'Shopify private app access token', 'shopify', ['shppa_'], '[a-fA-F0-9]{32}'),
    prefixed('easypost-api-token', 'EasyPost API token', 'easypost', ['EZAK', 'EZTK'], '[a-z0-9]{54}', { alphabet: 'A-Za-z0-9' }),
];
const MESSAGING = [
    rule({
        id: 'twilio-api-key',
        description: 'Twilio API key SID with its context (SK...)',
        family: 'twilio',
        keywords: ['twilio'],
        regex: /twilio.{0,80}?(?<![A-Za-z0-9])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9])/i,
        secretGroup: 1,
        entropy: 3,
    }),
    contextual('twilio-auth-token', 'Twilio auth token or API key secret', 'twilio', ['twilio'], 'twilio[A-Za-z0-9_.-]{0,20}(?:auth|token|secret)', HEX32),
    prefixed('sendgrid-api-key', 'SendGrid API key', 'sendgrid', ['SG.'], '[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('mailgun-private-api-key', 'Mailgun private API key (key-...)', 'mailgun', ['key-'], '[0-9a-f]{32}', { entropy: 3.2 }),
    contextual('mailgun-api-key', 'Mailgun API key or webhook signing key', 'mailgun', ['mailgun'], 'mailgun[A-Za-z0-9_.-]{0,20}(?:key|secret|token)', `${HEX32}-[0-9a-f]{8}-[0-9a-f]{8}|${HEX32}`),
    rule({
        id: 'mailchimp-api-key',
        description: 'Mailchimp API key',
        family: 'mailchimp',
        keywords: ['-us'],
        regex: /(?<![A-Za-z0-9])([0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9])/,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
    }),
    prefixed('brevo-api-key', 'Brevo (Sendinblue) API key', 'brevo', ['xkeysib-'], '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
    rule({
        id: 'telegram-bot-token',
        description: 'Telegram bot token',
        family: 'telegram',
        keywords: [':aa'],
        regex: /(?<![0-9])([0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/,
        secretGroup: 1,
        entropy: 3,
        confidence: 'high',
    }),
    rule({
        id: 'discord-bot-token',
        description: 'Discord bot token',
        family: 'discord',
        keywords: ['discord'],
        regex: /discord.{0,80}?(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/i,
        secretGroup: 1,
        entropy: 3.5,
    }),
    rule({
        id: 'discord-webhook-url',
        description: 'Discord webhook URL',
        family: 'discord',
        keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
        regex: /discord(?:app)?\.com\/api\/webhooks\/([0-9]{17,20}\/[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])/,
        secretGroup: 1,
        confidence: 'high',
    }),
];
// ---------------------------------------------------------------------------------------------
// Infrastructure, observability, SaaS
const INFRA = [
    prefixed('vault-service-token', 'HashiCorp Vault service token', 'vault', ['hvs.'], '[0-9A-Za-z_-]{24,300}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('vault-batch-token', 'HashiCorp Vault batch token', 'vault', ['hvb.'], '[0-9A-Za-z_-]{90,400}', { alphabet: 'A-Za-z0-9_.-' }),
    contextual('vault-legacy-token', 'HashiCorp Vault token (legacy s. format)', 'vault', ['vault'], 'vault[A-Za-z0-9_.-]{0,20}token', 's\\.[0-9A-Za-z]{24}', {
        entropy: 3.5,
    }),
    contextual('heroku-api-key', 'Heroku API key', 'heroku', ['heroku'], 'heroku[A-Za-z0-9_.-]{0,20}(?:api|key|token|secret|auth)', UUID),
    prefixed('heroku-api-key-v2', 'Heroku API key (HRKU- format)', 'heroku', ['HRKU-'], '[0-9A-Za-z_-]{60}'),
    contextual('datadog-api-key', 'Datadog API key', 'datadog', ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey'], 'datadog[A-Za-z0-9_.-]{0,10}api|dd[_-]?api', HEX32),
    contextual('datadog-app-key', 'Datadog application key', 'datadog', ['datadog', 'dd_app', 'dd-app', 'ddapp'], 'datadog[A-Za-z0-9_.-]{0,10}app|dd[_-]?app(?:lication)?', '[0-9a-f]{40}'),
    prefixed('digitalocean-pat', 'DigitalOcean personal access token', 'digitalocean', ['dop_v1_'], '[a-f0-9]{64}'),
    prefixed('digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'digitalocean', ['doo_v1_'], '[a-f0-9]{64}'),
    prefixed('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'digitalocean', ['dor_v1_'], '[a-f0-9]{64}'),
    contextual('cloudflare-api-token', 'Cloudflare API token', 'cloudflare', ['cloudflare', 'cf_api', 'cf-api'], '(?:cloudflare|cf[_-])[A-Za-z0-9_.-]{0,20}(?:token|key)', '[A-Za-z0-9_-]{40}', {
        entropy: 3.5,
    }),
    contextual('cloudflare-global-api-key', 'Cloudflare global API key', 'cloudflare', ['cloudflare', 'cf_api', 'cf-api'], '(?:cloudflare|cf[_-])[A-Za-z0-9_.-]{0,20}key', '[a-f0-9]{37}'),
    prefixed('cloudflare-origin-ca-key', 'Cloudflare origin CA key', 'cloudflare', ['v1.0-'], '[a-f0-9]{24}-[a-f0-9]{146}'),
    contextual('fastly-api-token', 'Fastly API token', 'fastly', ['fastly'], 'fastly[A-Za-z0-9_.-]{0,20}(?:api|token|key)', '[A-Za-z0-9_-]{32}', { entropy: 3.5 }),
    prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'grafana', ['glc_'], '[A-Za-z0-9+/]{32,400}={0,2}', {
        alphabet: 'A-Za-z0-9_+/=',
    }),
    prefixed('grafana-service-account-token', 'Grafana service account token', 'grafana', ['glsa_'], '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
    prefixed('grafana-api-key', 'Grafana API key (legacy)', 'grafana', ['eyJrIjoi'], '[A-Za-z0-9]{70,400}={0,2}', {
        alphabet: 'A-Za-z0-9_+/=',
    }),
    prefixed('newrelic-user-api-key', 'New Relic user API key', 'newrelic', ['NRAK-'], '[A-Z0-9]{27}', { alphabet: 'A-Za-z0-9' }),
    prefixed('newrelic-insert-key', 'New Relic insert key', 'newrelic', ['NRII-'], '[A-Za-z0-9_-]{32}'),
    prefixed('newrelic-browser-api-key', 'New Relic browser API token', 'newrelic', ['NRJS-'], '[a-f0-9]{19}'),
    prefixed('sentry-org-token', 'Sentry organization auth token', 'sentry', ['sntrys_'], '[A-Za-z0-9+/=_]{80,400}', {
        alphabet: 'A-Za-z0-9+/=_',
    }),
    prefixed('sentry-user-token', 'Sentry user auth token', 'sentry', ['sntryu_'], '[a-f0-9]{64}'),
    contextual('algolia-admin-key', 'Algolia admin API key', 'algolia', ['algolia'], 'algolia[A-Za-z0-9_.-]{0,20}(?:admin|write|api)', HEX32),
    contextual('okta-api-token', 'Okta API token', 'okta', ['okta'], 'okta[A-Za-z0-9_.-]{0,20}(?:api|token|key|secret)', '00[A-Za-z0-9_-]{40}', { entropy: 3.5 }),
    contextual('pagerduty-api-key', 'PagerDuty API key', 'pagerduty', ['pagerduty', 'pager_duty'], 'pager[_-]?duty[A-Za-z0-9_.-]{0,20}(?:api|token|key|secret)', '[A-Za-z0-9_+-]{20}', {
        entropy: 3.5,
    }),
    contextual('twitch-api-token', 'Twitch API token', 'twitch', ['twitch'], 'twitch[A-Za-z0-9_.-]{0,20}(?:secret|token|key)', '[a-z0-9]{30}', { entropy: 3.5 }),
    prefixed('doppler-token', 'Doppler token', 'doppler', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], '(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('databricks-token', 'Databricks personal access token', 'databricks', ['dapi'], '[a-f0-9]{32}(?:-[0-9])?'),
    contextual('asana-pat', 'Asana personal access token', 'asana', ['asana'], 'asana', '[0-9]/[0-9]{13,19}:[a-f0-9]{32}|2/[0-9]{13,19}/[0-9]{13,19}:[a-f0-9]{32}'),
    prefixed('huggingface-access-token', 'Hugging Face access token', 'huggingface', ['hf_'], '[A-Za-z]{34}', { entropy: 3.5 }),
    prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', ['api_org_'], '[A-Za-z]{34}', { entropy: 3.5 }),
    prefixed('supabase-pat', 'Supabase personal access token', 'supabase', ['sbp_'], '[a-f0-9]{40}'),
    prefixed('supabase-secret-key', 'Supabase secret API key', 'supabase', ['sb_secret_'], '[A-Za-z0-9_-]{31,64}'),
    prefixed('flyio-token', 'Fly.io access token', 'flyio', ['fo1_'], '[A-Za-z0-9_-]{43}'),
    prefixed('planetscale-token', 'PlanetScale service token or password', 'planetscale', ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], '[A-Za-z0-9_.-]{32,64}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('dynatrace-api-token', 'Dynatrace API token', 'dynatrace', ['dt0c01.'], '[A-Z0-9]{24}\\.[A-Z0-9]{64}', {
        alphabet: 'A-Za-z0-9.',
    }),
    prefixed('tailscale-key', 'Tailscale auth or API key', 'tailscale', ['tskey-'], '(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,40}'),
    prefixed('render-api-key', 'Render API key', 'render', ['rnd_'], '[A-Za-z0-9]{32}'),
    prefixed('scalingo-api-token', 'Scalingo API token', 'scalingo', ['tk-us-'], '[A-Za-z0-9_-]{48}'),
    prefixed('frameio-api-token', 'Frame.io API token', 'frameio', ['fio-u-'], '[A-Za-z0-9_=-]{64}', { alphabet: 'A-Za-z0-9_=-' }),
    prefixed('mapbox-secret-token', 'Mapbox secret access token', 'mapbox', ['sk.eyJ'], '[A-Za-z0-9_-]{40,200}\\.[A-Za-z0-9_-]{20,40}', {
        alphabet: 'A-Za-z0-9_.-',
    }),
    prefixed('age-secret-key', 'age encryption secret key', 'age', ['AGE-SECRET-KEY-1'], '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', {
        alphabet: 'A-Za-z0-9',
    }),
];
// ---------------------------------------------------------------------------------------------
// AI providers
const AI = [
    rule({
        id: 'openai-api-key',
        description: 'OpenAI API key (project, service account, admin or legacy)',
        family: 'openai',
        keywords: ['t3blbkfj', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'],
        regex: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
        secretGroup: 1,
        entropy: 3.5,
        confidence: 'high',
    }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', ['sk-ant-api03-'], '[A-Za-z0-9_-]{80,120}'),
    prefixed('anthropic-admin-key', 'Anthropic admin API key', 'anthropic', ['sk-ant-admin01-'], '[A-Za-z0-9_-]{80,120}'),
    prefixed('openrouter-api-key', 'OpenRouter API key', 'openrouter', ['sk-or-v1-'], '[a-f0-9]{64}'),
    prefixed('groq-api-key', 'Groq API key', 'groq', ['gsk_'], '[A-Za-z0-9]{52}'),
    prefixed('replicate-api-token', 'Replicate API token', 'replicate', ['r8_'], '[A-Za-z0-9]{37}'),
    prefixed('perplexity-api-key', 'Perplexity API key', 'perplexity', ['pplx-'], '[A-Za-z0-9]{48}'),
    prefixed('xai-api-key', 'xAI API key', 'xai', ['xai-'], '[A-Za-z0-9]{80}'),
    prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', ['lsv2_pt_', 'lsv2_sk_'], '[a-f0-9]{32}_[a-f0-9]{10}'),
];
// ---------------------------------------------------------------------------------------------
// Keys, JWTs, URLs
/** PEM base64 body (raw or JSON-escaped newlines); no `-`, so it cannot run past the next marker. */
const PEM_BODY = '[A-Za-z0-9+/=\\r\\n\\\\ \\t]{64,12000}';
const PEM_HEADERS = '(?:Proc-Type: [^\\r\\n]{1,40}(?:\\r?\\n|\\\\n)DEK-Info: [^\\r\\n]{1,100}(?:\\r?\\n|\\\\n){1,2})?';
const KEYS = [
    rule({
        id: 'private-key-pem',
        description: 'PEM private key (RSA, EC, DSA, PKCS#8, encrypted PKCS#8)',
        family: 'private-key',
        keywords: ['private key-----'],
        regex: new RegExp(`(?<!"private_key"[ \\t]{0,4}:[ \\t]{0,4}")-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY-----(?:\\r?\\n|\\\\n)${PEM_HEADERS}${PEM_BODY}-----END (?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY-----`),
        confidence: 'high',
    }),
    rule({
        id: 'private-key-openssh',
        description: 'OpenSSH private key',
        family: 'private-key',
        keywords: ['begin openssh private key-----'],
        regex: new RegExp(`-----BEGIN OPENSSH PRIVATE KEY-----(?:\\r?\\n|\\\\n)${PEM_BODY}-----END OPENSSH PRIVATE KEY-----`),
        confidence: 'high',
    }),
    rule({
        id: 'private-key-pgp',
        description: 'PGP private key block',
        family: 'private-key',
        keywords: ['begin pgp private key block-----'],
        regex: 
        // Lines may be indented (a key inside a YAML block scalar); the CRC line (=XXXX) falls in the body.
        /-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]{0,4}(?:\r?\n|\\n)(?:[ \t]{0,40}[A-Za-z]{2,20}: [^\r\n]{1,200}(?:\r?\n|\\n)){0,6}[ \t]{0,40}(?:\r?\n|\\n)[A-Za-z0-9+/=\r\n\\ \t]{64,16000}-----END PGP PRIVATE KEY BLOCK-----/,
        confidence: 'high',
    }),
    rule({
        id: 'private-key-putty',
        description: 'PuTTY private key file (.ppk)',
        family: 'private-key',
        keywords: ['putty-user-key-file-'],
        regex: /PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}\r?\nEncryption: [a-z0-9-]{3,20}\r?\n(?:Key-Derivation: [^\r\n]{1,40}\r?\nArgon2-Memory: [0-9]{1,9}\r?\nArgon2-Passes: [0-9]{1,4}\r?\nArgon2-Parallelism: [0-9]{1,4}\r?\nArgon2-Salt: [0-9a-f]{1,128}\r?\n)?Comment: [^\r\n]{0,200}\r?\nPublic-Lines: [0-9]{1,3}\r?\n[A-Za-z0-9+/=\r\n]{16,8000}Private-Lines: [0-9]{1,3}\r?\n([A-Za-z0-9+/=\r\n]{16,8000})Private-MAC: [0-9a-f]{40,64}/,
        secretGroup: 1,
        confidence: 'high',
    }),
    rule({
        id: 'jwt',
        description: 'JSON Web Token',
        family: 'jwt',
        keywords: ['eyj'],
        regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_.-])/,
        secretGroup: 1,
        entropy: 3.5,
    }),
];
/** A URL password: not empty, not a `${VAR}` / `<pass>` / `****` placeholder or a default. */
const URL_PASSWORD_ALLOW = allow({
    regexes: [
        /^(?:password|passwd|pass|pwd|secret|changeme|postgres|root|admin|guest|test|user|username|mysql|redis|mongo|rabbitmq|example|default|none|null)$/i,
        /^\$/,
        /^%24/,
        /^\*+$/,
    ],
    stopwords: ['password'],
});
const DB_SCHEMES = [
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mongodb',
    'mongodb+srv',
    'redis',
    'rediss',
    'amqp',
    'amqps',
    'mssql',
    'sqlserver',
    'oracle',
    'clickhouse',
    'cockroachdb',
    'couchdb',
    'neo4j',
    'neo4j+s',
    'bolt',
    'cassandra',
    'memcached',
    'elasticsearch',
];
const DB_SCHEME_RE = DB_SCHEMES.sort((a, b) => b.length - a.length)
    .map(lit)
    .join('|');
/** Documentation hosts (RFC 2606): `https://abc:xyz@example.com` in docs is not a credential. */
const NOT_EXAMPLE_HOST = '(?!(?:[A-Za-z0-9-]{1,63}\\.){0,4}example\\.(?:com|net|org)(?![A-Za-z0-9-]))';
const URLS = [
    rule({
        id: 'database-url-password',
        description: 'Database or message-broker URL with a password',
        family: 'database-url',
        keywords: DB_SCHEMES.map((s) => `${s}://`),
        regex: new RegExp(`(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${DB_SCHEME_RE})://[^:/?#@\\s"'\`<>]{0,100}:([^@/?#\\s"'\`<>]{3,200})@${NOT_EXAMPLE_HOST}[A-Za-z0-9_.[\\]-]{1,253}`, 'i'),
        secretGroup: 1,
        confidence: 'high',
        allowlist: URL_PASSWORD_ALLOW,
    }),
    rule({
        id: 'url-credentials',
        description: 'URL with an embedded user:password',
        family: 'url-credentials',
        keywords: ['://'],
        regex: new RegExp(`(?<![A-Za-z0-9+.-])(?!(?:jdbc:)?(?:${DB_SCHEME_RE})://)[A-Za-z][A-Za-z0-9+.-]{1,20}://[^:/?#@\\s"'\`<>]{1,100}:([^@/?#\\s"'\`<>]{3,200})@${NOT_EXAMPLE_HOST}[A-Za-z0-9_-]{1,63}(?:\\.[A-Za-z0-9_-]{1,63}){0,10}`, 'i'),
        secretGroup: 1,
        allowlist: URL_PASSWORD_ALLOW,
    }),
];
// ---------------------------------------------------------------------------------------------
// Generic assignments
/** A generic value: no quotes, whitespace, brackets, `$` or `<` (placeholders and code). */
const GENERIC_VALUE_CLASS = `[^\\s"'\`;,<>{}()\\[\\]\\\\$|&]`;
const GENERIC_VALUE_END = `(?=["'\`\\s;,&<)\\]}|]|$)`;
/** Key suffixes that name or point at a secret rather than hold one (`secret_name`, `token_url`). */
const REFERENCE_WORDS = 'name names id ids ref path file files arn type len length env version field store manager provider policy rotation url uri endpoint count header expires expiry ttl prefix suffix format hint regex pattern label description enabled required hash salt scope scopes kind';
/** Case-insensitive source for a literal key word (`_`, `.`, `-` between parts match any of them). */
function ci(word) {
    return word.replace(/[a-z]|[_.-]/g, (c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : '[_.-]?'));
}
/**
 * Key words as whole words of an identifier: `db_password`, `DB_PASSWORD`, `dbPassword` and
 * `PASSWORD2` hold `password`; `bypass`, `passport`, `tokenizer` and `author` do not. So a word
 * starts after a non-lower-case character, or with a capital after a lower-case one (camelCase), and
 * is not followed by a lower-case letter.
 */
/** Keys of provider rules that handle their own values (their specific findings win anyway). */
const PROVIDER_CONTEXT = `(?:${['aws', 'dd', 'datadog', 'twilio', 'heroku', 'algolia', 'cloudflare', 'cf', 'fastly', 'okta', 'pagerduty', 'twitch', 'mailgun', 'vault', 'asana'].map(ci).join('|')})`;
function keyWords(words) {
    const lower = words.map(ci).join('|');
    const camel = words.map((w) => `${w[0].toUpperCase()}${ci(w.slice(1))}`).join('|');
    // The word comes first so the regex engine can skip ahead to its first letters; its boundaries
    // and the provider context are checked behind it, only where it occurs.
    return `(?:${lower})(?<=(?:^|[^a-z])(?:${lower})|[a-z](?:${camel}))(?<!${PROVIDER_CONTEXT}[A-Za-z0-9_.-]{0,12}(?:${lower}))(?![a-z])`;
}
const REFERENCE_SUFFIX = `(?![A-Za-z0-9_.-]{0,20}?(?:${REFERENCE_WORDS.split(' ').map(ci).join('|')})(?![a-z]))`;
/** The rest of the key after the word, the separator and an optional opening quote. */
const KEY_TAIL = `[A-Za-z0-9_-]{0,20}${ASSIGN}[ \\t]{0,4}["'\`]?`;
/** Values that are code, not secrets: identifiers and member accesses, URLs, booleans, numbers. */
const GENERIC_ALLOW = allow({
    regexes: [
        /^[A-Za-z_.-]+$/,
        /^[0-9.:-]+$/,
        /^[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\.[A-Za-z_$][A-Za-z0-9_$]{0,60}){1,8}$/,
        /^(?:https?|file|s3|gs):\/\//i,
        /^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)/,
        /^(?:true|false|null|none|nil|undefined|required|optional)$/i,
        /^arn:aws/,
        /^projects\//,
        /^(?:sha1|sha256|sha384|sha512|md5)[:-]/i,
        /^[A-Za-z]{1,20}\[/,
    ],
    stopwords: [
        'password',
        'passwd',
        'secret',
        'token',
        'apikey',
        'api_key',
        'test123',
        'qwerty',
        'abcdefgh',
        '12345678',
        'admin123',
        'letmein',
    ],
});
/** Well-known documentation values of Basic credentials (`username:password`, RFC 7617's Aladdin). */
const DOC_BASIC_CREDENTIALS = /^(?:dXNlcm5hbWU6cGFzc3dvcmQ=|dXNlcjpwYXNzd29yZA==|dXNlcjpwYXNz|YWRtaW46YWRtaW4=|QWxhZGRpbjpvcGVuIHNlc2FtZQ==)$/;
const GENERIC = [
    rule({
        id: 'generic-password',
        description: 'Password assigned in configuration or code',
        family: 'generic',
        keywords: ['pass', 'pwd'],
        regex: new RegExp(`${keyWords(['password', 'passwd', 'passphrase', 'pass', 'pwd'])}${REFERENCE_SUFFIX}${KEY_TAIL}(${GENERIC_VALUE_CLASS}{8,100})${GENERIC_VALUE_END}`),
        secretGroup: 1,
        entropy: 3,
        allowlist: GENERIC_ALLOW,
    }),
    rule({
        id: 'generic-api-key',
        description: 'API key, secret or token assigned in configuration or code',
        family: 'generic',
        // Every key word below that contains "key" is api/access/private (or secret, its own keyword)
        // right before it, with at most one separator. A bare `key` keyword would send every line
        // with "keys", "keyboard" or "monkey" through this, the costliest regex (measured: a third
        // of the scan time).
        keywords: [
            ...['api', 'access', 'private'].flatMap((w) => ['', '_', '-', '.'].map((sep) => `${w}${sep}key`)),
            'secret',
            'token',
            'credential',
            'auth',
        ],
        regex: new RegExp(`${keyWords([
            'api_key',
            'apikey',
            'access_key',
            'secret_key',
            'private_key',
            'client_secret',
            'app_secret',
            'secret',
            'access_token',
            'auth_token',
            'api_token',
            'bearer_token',
            'refresh_token',
            'token',
            'credentials',
            'credential',
            'auth',
        ])}${REFERENCE_SUFFIX}${KEY_TAIL}(${GENERIC_VALUE_CLASS}{16,200})${GENERIC_VALUE_END}`),
        secretGroup: 1,
        entropy: 3.5,
        allowlist: {
            ...GENERIC_ALLOW,
            regexes: [...(GENERIC_ALLOW.regexes ?? []), /^[^0-9]+$/, /^[0-9]+$/],
        },
    }),
    rule({
        id: 'generic-bearer-token',
        description: 'Bearer or Basic credentials in an Authorization header',
        family: 'generic',
        keywords: ['authorization'],
        regex: /authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:bearer|basic|token)[ \t]{1,4}([A-Za-z0-9_~+/.=-]{16,2000})(?![A-Za-z0-9_~+/.=-])/i,
        secretGroup: 1,
        entropy: 3.5,
        allowlist: { ...GENERIC_ALLOW, regexes: [...(GENERIC_ALLOW.regexes ?? []), DOC_BASIC_CREDENTIALS] },
    }),
];
/** Every built-in rule. Ids are stable and unique; see the header for how to add one. */
const BUILTIN_RULES = Object.freeze([
    ...AWS,
    ...GCP,
    ...AZURE,
    ...GITHUB,
    ...GITLAB,
    ...REGISTRIES,
    ...SLACK,
    ...PAYMENTS,
    ...MESSAGING,
    ...INFRA,
    ...AI,
    ...KEYS,
    ...URLS,
    ...GENERIC,
]);

// EXTERNAL MODULE: ./packages/core/src/utf8.ts + 1 modules
var utf8 = __webpack_require__(6482);
;// CONCATENATED MODULE: ./packages/core/src/yaml.ts
// Strict YAML for the files a security tool reads (the policy file, extra leak rules): YAML 1.2
// core schema, unique keys, no merge keys, every warning fatal, and a way to point at the line of
// a key path so a validation error can say where. `yaml` is loaded only when a file is read.
async function parseStrictYaml(text) {
    const YAML = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, {
        lineCounter,
        version: '1.2',
        schema: 'core',
        merge: false,
        uniqueKeys: true,
        strict: true,
        prettyErrors: false,
        logLevel: 'error', // no console output; 'silent' would also drop the MULTIPLE_DOCS error
    });
    const lineOfOffset = (offset) => offset === undefined ? undefined : lineCounter.linePos(offset).line;
    return {
        YAML,
        doc,
        problems: [...doc.errors, ...doc.warnings],
        lineOfOffset,
        lineOfPath: (path) => lineOfOffset(locate(YAML, doc, path)),
    };
}
/** Offset of the key (in a mapping) or item (in a list) at `path`, or of its nearest ancestor. */
function locate(YAML, doc, path) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? undefined;
    for (const segment of path) {
        if (YAML.isAlias(node))
            node = node.resolve(doc);
        if (YAML.isMap(node)) {
            const pair = node.items.find((item) => YAML.isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if (YAML.isSeq(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            offset = item.range?.[0] ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return offset;
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/rules-file.ts
// The extra rules file (input `rules`), YAML or JSON:
//
//   rules:
//     - id: acme-api-key                  # kebab-case, unique, not a built-in id
//       description: ACME API key
//       regex: 'acme_(?:live|test)_([0-9a-zA-Z]{32})'
//       keywords: [acme_live_, acme_test_] # lower-case literals; the regex only runs near them
//       secret-group: 1                   # optional: the capture group holding the secret
//       entropy: 3.5                      # optional: minimum bits per character of the secret
//       family: acme                      # optional, default "custom"
//       allowlist:                        # optional
//         regexes: ['EXAMPLE']            # a secret matching one is not a finding
//         stopwords: [dummy]              # a secret containing one is not a finding
//         paths: ['^test/fixtures/']      # files (workspace-relative) this rule skips
//
// Read as strictly as the policy file (YAML 1.2 core schema, no duplicate keys, tags or aliases
// bombs) and validated with the core schema language, so a bad file fails with the path of the bad
// key. Every regex must compile, must not nest quantifiers (the shape of catastrophic
// backtracking) and must not use backreferences: the scanner's time stays linear in the input.





const MAX_RULES_BYTES = 1024 * 1024;
const MAX_RULES = 500;
const MAX_REGEX_LENGTH = 2000;
const MIN_KEYWORD_LENGTH = 3;
const ID = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;
const ruleSchema = s.object({
    id: s.string({ pattern: ID, expected: 'a kebab-case id such as acme-api-key (2 to 64 characters)' }),
    description: s.string({ minLength: 1, maxLength: 200 }),
    regex: s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH }),
    keywords: s.array(s.string({ minLength: MIN_KEYWORD_LENGTH, maxLength: 100 }), { minItems: 1, maxItems: 50 }),
    entropy: s.number({ min: 0, max: 8 }).optional(),
    'secret-group': s.integer({ min: 0, max: 99 }).optional(),
    family: s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a kebab-case family name', maxLength: 40 }).optional(),
    allowlist: s
        .object({
        regexes: s.array(s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH })).optional(),
        stopwords: s.array(s.string({ minLength: 1, maxLength: 100 })).optional(),
        paths: s.array(s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH })).optional(),
    })
        .optional(),
});
const rulesFileSchema = s.object({
    rules: s.array(ruleSchema, { minItems: 1, maxItems: MAX_RULES }),
});
/** Why a regex source is not linear-time safe, or undefined when it is fine. */
function regexHazard(source) {
    const stack = [{ repeats: false }];
    let i = 0;
    /** The last atom: whether it was a group holding a repetition, for the quantifier after it. */
    let lastAtomRepeats;
    while (i < source.length) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<'))
                return 'it uses a backreference, which can take exponential time';
            i += next === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : 2;
            lastAtomRepeats = false;
            continue;
        }
        if (c === '[') {
            // A character class is one atom; skip to its unescaped `]`.
            let j = i + 1;
            if (source[j] === '^')
                j++;
            if (source[j] === ']')
                j++;
            while (j < source.length && source[j] !== ']')
                j += source[j] === '\\' ? 2 : 1;
            i = j + 1;
            lastAtomRepeats = false;
            continue;
        }
        if (c === '(') {
            stack.push({ repeats: false });
            if (source[i + 1] === '?') {
                // (?: (?= (?! (?<= (?<! (?<name>
                if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')
                    i = source.indexOf('>', i) + 1 || source.length;
                else
                    i += source[i + 2] === '<' ? 4 : 3;
            }
            else {
                i++;
            }
            lastAtomRepeats = undefined;
            continue;
        }
        if (c === ')') {
            const frame = stack.length > 1 ? stack.pop() : { repeats: false };
            lastAtomRepeats = frame.repeats;
            if (frame.repeats)
                stack[stack.length - 1].repeats = true;
            i++;
            continue;
        }
        const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(source.slice(i, i + 24));
        if (quantifier && lastAtomRepeats !== undefined) {
            const [text, min, comma, max] = quantifier;
            const variable = text === '*' || text === '+' || (comma !== undefined && (max === '' || Number(max) !== Number(min)));
            const repeating = text === '*' || text === '+' || (comma !== undefined && (max === '' || Number(max) > 1)) || Number(min) > 1;
            if (repeating && lastAtomRepeats) {
                return `it nests quantifiers (a repeated group that itself repeats, like (a+)+ before '${text}'), which can backtrack catastrophically`;
            }
            if (variable)
                stack[stack.length - 1].repeats = true;
            i += text.length;
            if (source[i] === '?')
                i++; // lazy
            lastAtomRepeats = undefined;
            continue;
        }
        lastAtomRepeats = c === '|' ? undefined : false;
        i++;
    }
    return undefined;
}
/** Validate parsed rules-file data and compile it to rules. `lineOf` maps a key path to a line. */
function compileRules(data, shown, options, lineOf) {
    const fail = (issue) => {
        const line = lineOf?.(issue.path);
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown}${line === undefined ? '' : `:${line}`}: ${formatIssue(issue, 'the file')}`, {
            fix: issue.fix ?? 'See the rules file format in the mask-logs README.',
        });
    };
    const result = validate(rulesFileSchema, data);
    if (!result.ok)
        fail(result.issues[0]);
    const file = result.value;
    const seen = new Set();
    const rules = [];
    file.rules.forEach((entry, index) => {
        const at = (...rest) => ['rules', index, ...rest];
        if (options.reservedIds.has(entry.id)) {
            fail({
                path: at('id'),
                problem: `is the id of a built-in rule (got "${entry.id}")`,
                fix: 'Choose another id; built-in rules cannot be replaced.',
            });
        }
        if (seen.has(entry.id))
            fail({ path: at('id'), problem: `repeats the id "${entry.id}" of an earlier rule`, fix: 'Give every rule its own id.' });
        seen.add(entry.id);
        const compile = (source, path) => {
            const hazard = regexHazard(source);
            if (hazard) {
                fail({
                    path,
                    problem: `of rule "${entry.id}" is refused: ${hazard}`,
                    fix: 'Rewrite it without a repeated group around a repetition, e.g. (?:[a-z]+-)+[a-z]+ as [a-z-]+.',
                });
            }
            try {
                return new RegExp(source);
            }
            catch (err) {
                const why = err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
                return fail({
                    path,
                    problem: `of rule "${entry.id}" does not compile: ${why}`,
                    fix: 'Write a JavaScript regular expression (no flags, no (?i)).',
                });
            }
        };
        const regex = compile(entry.regex, at('regex'));
        const groups = new RegExp(`${entry.regex}|`).exec('').length - 1;
        const secretGroup = entry['secret-group'];
        if (secretGroup !== undefined && secretGroup > groups) {
            fail({
                path: at('secret-group'),
                problem: `is ${secretGroup} but the regex of rule "${entry.id}" has ${groups} capture group${groups === 1 ? '' : 's'}`,
                fix: 'Point secret-group at the group holding the secret, or 0 for the whole match.',
            });
        }
        const keywords = [...new Set(entry.keywords.map((k) => k.toLowerCase()))];
        const rule = { id: entry.id, description: entry.description, keywords, regex, family: entry.family ?? 'custom' };
        if (secretGroup !== undefined)
            rule.secretGroup = secretGroup;
        if (entry.entropy !== undefined)
            rule.entropy = entry.entropy;
        const allow = entry.allowlist;
        if (allow) {
            rule.allowlist = {};
            if (allow.regexes)
                rule.allowlist.regexes = allow.regexes.map((r, j) => compile(r, at('allowlist', 'regexes', j)));
            if (allow.stopwords)
                rule.allowlist.stopwords = allow.stopwords.map((w) => w.toLowerCase());
            if (allow.paths)
                rule.allowlist.paths = allow.paths.map((r, j) => compile(r, at('allowlist', 'paths', j)));
        }
        rules.push(rule);
    });
    return rules;
}
/** Parse rules text: JSON when `shown` ends in .json, strict YAML otherwise (yaml loaded lazily). */
async function parseRules(text, shown, options) {
    if (/\.json$/i.test(shown)) {
        let data;
        try {
            data = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch (err) {
            throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown} is not valid JSON (${err.message}).`, {
                fix: 'Write it as JSON ({"rules": [...]}), or use YAML with a .yml extension.',
            });
        }
        return compileRules(data, shown, options);
    }
    const { doc, problems, lineOfOffset, lineOfPath } = await parseStrictYaml(text);
    if (problems.length > 0) {
        const first = problems[0];
        const line = lineOfOffset(first.pos[0]);
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown}:${line} is not valid YAML (${first.message.split('\n')[0].replace(/[.:]$/, '')}).`, {
            fix: 'Fix the YAML at that line; keys must be unique and tags are not allowed.',
        });
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown} cannot be read as data (${err.message}).`, {
            fix: 'Write the rules out instead of nesting YAML aliases.',
        });
    }
    const lineOf = (path) => lineOfPath(path);
    return compileRules(data, shown, options, lineOf);
}
/** Read and compile the rules file at `path` (already resolved inside the workspace). */
async function loadRulesFile(path, shown, options) {
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_RULES_BYTES) {
            throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown} is ${size} bytes, over the ${MAX_RULES_BYTES}-byte limit.`, {
                fix: 'Keep the rules file to rules: patterns and keywords, not data.',
            });
        }
        const decoded = (0,utf8/* decodeUtf8 */._)((0,external_node_fs_.readFileSync)(path));
        if (decoded === undefined) {
            throw new errors/* GatehouseError */.GA('INPUT_INVALID', `The rules file ${shown} is not valid UTF-8.`, { fix: 'Save it as UTF-8.' });
        }
        text = decoded;
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        const code = err.code ?? String(err);
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `Input 'rules' names a file that ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`} (got ${JSON.stringify(shown)}).`, { fix: 'Commit the rules file and check out the repository before this step, or fix the path (relative to the workspace).' });
    }
    return parseRules(text, shown, options);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/sarif.ts
// SARIF 2.1.0 for code scanning (output `sarif`; upload it with github/codeql-action/upload-sarif).
//
//   - tool.driver: name, version, informationUri, and one rule per rule id that has results
//     (shortDescription, fullDescription, helpUri to the README's rules list for built-in rules,
//     defaultConfiguration.level `error`).
//   - results: ruleId/ruleIndex; level `error` for new findings (`warning` when fail-on-findings is
//     off); a baselined finding is level `note` with an external suppression carrying its reason,
//     which code scanning shows as dismissed. The message names the rule, never the secret.
//   - locations: artifactLocation.uri relative to `%SRCROOT%` (the workspace), region with
//     startLine, startColumn and endColumn (in Unicode code points, as the engine counts them: columnKind
//     `unicodeCodePoints`).
//   - partialFingerprints `gatehouse/v1`: the finding's fingerprint, so alerts follow the secret
//     across edits, as the baseline does.


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const README_RULES_URI = 'https://github.com/octo-org/gatehouse/blob/main/actions/mask-logs/README.md#leak-rules';
const INFORMATION_URI = 'https://github.com/octo-org/gatehouse/tree/main/actions/mask-logs';
/** A URI reference for a workspace-relative `/`-separated path: each segment percent-encoded. */
function relativeUri(rel) {
    return rel
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function buildSarif(findings, options) {
    const newLevel = options.newLevel ?? 'error';
    const ruleIndex = new Map();
    const rules = [];
    for (const f of findings) {
        if (ruleIndex.has(f.rule))
            continue;
        ruleIndex.set(f.rule, rules.length);
        const rule = {
            id: f.rule,
            name: pascalCase(f.rule),
            shortDescription: { text: f.description },
            fullDescription: { text: `${f.description}: a credential that should not be in files, logs or artifacts.` },
            defaultConfiguration: { level: 'error' },
            properties: { tags: ['security', 'secret', f.family], precision: 'high' },
        };
        if (options.builtinIds.has(f.rule))
            rule['helpUri'] = README_RULES_URI;
        rules.push(rule);
    }
    const results = findings.map((f) => {
        const baselined = f.baselined !== undefined;
        const checksum = f.checksum === 'valid' ? ', checksum valid' : f.checksum === 'invalid' ? ', checksum invalid' : '';
        const text = baselined
            ? `${f.description} (rule ${f.rule}), accepted in the baseline: ${f.baselined.reason}`
            : `Possible ${f.description} (rule ${f.rule}, ${f.confidence} confidence${checksum}). Remove it and rotate the credential; the value is not shown.`;
        const result = {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: baselined ? 'note' : newLevel,
            message: { text },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) },
                    },
                },
            ],
            partialFingerprints: { 'gatehouse/v1': f.fingerprint },
            properties: { confidence: f.confidence, ...(f.checksum ? { checksum: f.checksum } : {}) },
        };
        if (baselined)
            result['suppressions'] = [{ kind: 'external', status: 'accepted', justification: f.baselined.reason }];
        return result;
    });
    const root = (0,external_node_url_.pathToFileURL)(options.workspace).href;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL.name,
                        version: TOOL.version,
                        semanticVersion: TOOL.version,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
                columnKind: 'unicodeCodePoints',
                invocations: [{ executionSuccessful: true }],
                results,
            },
        ],
    };
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/walk.ts
// The `scan` input, expanded: newline-separated paths and globs relative to the workspace, to a
// sorted list of files to scan, and the reasons others were skipped.
//
//   - A directory is walked recursively. `.git/` and `node_modules/` folders found while walking
//     are skipped, unless the path or glob names them (`node_modules/some-pkg`, `**/.git/config`).
//   - Globs: `*` and `?` within one path segment, `**` for any number of segments, `[abc]`
//     classes and `{a,b}` alternatives. Matching is case-sensitive, on `/`-separated paths.
//   - Symlinks are followed only when their target stays inside the workspace (directory cycles
//     are cut; a file reached twice is scanned once).
//   - Binary files are skipped: known binary extensions without reading them, and files with a NUL
//     byte in their first 8 KiB once read (readCandidate).
//   - Files over `max-file-size` are skipped; the caller reports them in one notice.
//
// Everything is synchronous: the walk is metadata only and runs once per step.



/** Folders never walked into unless a pattern names them. */
const SKIPPED_DIRS = ['.git', 'node_modules'];
/** How far into a file the NUL-byte check looks. */
const SNIFF_BYTES = 8 * 1024;
/** Extensions of formats that are binary (or compressed) and never hold readable credentials. */
const BINARY_EXTENSIONS = new Set([
    // images and media
    'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'tif', 'tiff', 'webp', 'avif', 'heic', 'psd',
    'mp3', 'mp4', 'm4a', 'm4v', 'mov', 'avi', 'mkv', 'webm', 'wav', 'flac', 'ogg', 'oga', 'opus',
    // fonts
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    // archives and compressed data
    'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', 'lz4', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'nupkg', 'apk', 'aab', 'ipa',
    'deb', 'rpm', 'dmg', 'iso', 'img', 'cab', 'msi',
    // compiled code and objects
    'exe', 'dll', 'so', 'dylib', 'a', 'o', 'obj', 'lib', 'class', 'pyc', 'pyo', 'wasm', 'node', 'bin', 'dat',
    // documents and databases
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'sqlite', 'sqlite3', 'db', 'mdb',
]); // prettier-ignore
const GLOB_CHARS = /[*?[\]{}]/;
/** True when `pattern` uses glob syntax (and is not a plain path). */
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
function walk(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const realRoot = safeRealpath(root) ?? root;
    const exclude = new Set((options.exclude ?? []).map((p) => (0,external_node_path_.resolve)(p)));
    for (const path of [...exclude]) {
        const real = safeRealpath(path);
        if (real !== undefined)
            exclude.add(real);
    }
    const result = { files: [], tooLarge: [], binary: [], outsideWorkspace: [], skippedDirs: [], unmatched: [] };
    const seenReal = new Set();
    const byRel = new Map();
    const tooLarge = new Map();
    const binary = new Set();
    const outside = new Set();
    const skippedDirs = new Set();
    const relOf = (full) => (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
    /** A file found by walking or named: check it and add it. */
    const addFile = (full, stats) => {
        const rel = relOf(full);
        if (exclude.has(full) || byRel.has(rel) || tooLarge.has(rel) || binary.has(rel))
            return;
        const real = safeRealpath(full);
        if (real === undefined || !isInside(realRoot, real)) {
            outside.add(rel);
            return;
        }
        if (seenReal.has(real) || exclude.has(real))
            return;
        seenReal.add(real);
        if (isBinaryPath(rel)) {
            binary.add(rel);
            return;
        }
        if (stats.size > options.maxFileSize) {
            tooLarge.set(rel, { rel, size: stats.size });
            return;
        }
        byRel.set(rel, { path: full, rel, size: stats.size });
    };
    /**
     * Walk `dir`. `allowed` holds the skipped folder names the pattern itself names. `match`
     * filters files by their workspace-relative path (globs); `prune` tells whether a folder can
     * hold matches at all.
     */
    const walkDir = (dir, allowed, match, prune, visited) => {
        let found = false;
        const realDir = safeRealpath(dir);
        if (realDir === undefined || visited.has(realDir))
            return false;
        visited.add(realDir);
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir).sort(compareNames);
        }
        catch {
            return false;
        }
        for (const name of names) {
            const full = (0,external_node_path_.join)(dir, name);
            const rel = relOf(full);
            let stats;
            try {
                stats = (0,external_node_fs_.lstatSync)(full);
                if (stats.isSymbolicLink()) {
                    const real = safeRealpath(full);
                    if (real === undefined || !isInside(realRoot, real)) {
                        if (!match || match(rel))
                            outside.add(rel);
                        continue;
                    }
                    stats = (0,external_node_fs_.statSync)(full);
                }
            }
            catch {
                continue;
            }
            if (stats.isDirectory()) {
                if (SKIPPED_DIRS.includes(name) && !allowed.has(name)) {
                    skippedDirs.add(rel);
                    continue;
                }
                if (prune && !prune(rel))
                    continue;
                if (walkDir(full, allowed, match, prune, visited))
                    found = true;
            }
            else if (stats.isFile()) {
                if (match && !match(rel))
                    continue;
                addFile(full, stats);
                found = true;
            }
        }
        return found;
    };
    for (const raw of options.patterns) {
        const pattern = raw.trim();
        if (pattern === '')
            continue;
        const allowed = new Set(SKIPPED_DIRS.filter((name) => pattern.split(/[\\/]/).includes(name)));
        if (!isGlob(pattern)) {
            const full = (0,external_node_path_.resolve)(root, pattern);
            checkInside(root, full, pattern);
            let stats;
            try {
                stats = (0,external_node_fs_.statSync)(full);
            }
            catch {
                throw new errors/* GatehouseError */.GA('INPUT_INVALID', `Input 'scan' names a path that does not exist (got ${JSON.stringify(pattern)}).`, {
                    fix: 'Create it in an earlier step, or fix the path (relative to the workspace); use a glob such as logs/*.log for files that may be absent.',
                });
            }
            const real = safeRealpath(full);
            if (real === undefined || !isInside(realRoot, real)) {
                throw (0,errors/* inputError */.Xu)('scan', 'leads outside the workspace through a symlink', `Use a path inside the workspace (${root}).`, pattern);
            }
            if (stats.isDirectory())
                walkDir(full, allowed, undefined, undefined, new Set());
            else if (stats.isFile())
                addFile(full, stats);
            continue;
        }
        // A glob: walk from its longest literal prefix, match the rest.
        const absolute = (0,external_node_path_.isAbsolute)(pattern);
        const relPattern = absolute ? relOf((0,external_node_path_.resolve)(pattern)) : pattern.replace(/\\/g, '/').replace(/^\.\/+/, '');
        if (absolute)
            checkInside(root, (0,external_node_path_.resolve)(pattern), pattern);
        if (relPattern.split('/').includes('..')) {
            throw (0,errors/* inputError */.Xu)('scan', 'uses .. in a glob', 'Write globs relative to the workspace without .. segments.', pattern);
        }
        const segments = relPattern.split('/').filter((s) => s !== '');
        const literal = [];
        while (literal.length < segments.length - 1 && !isGlob(segments[literal.length]))
            literal.push(segments[literal.length]);
        const base = (0,external_node_path_.resolve)(root, ...literal);
        checkInside(root, base, pattern);
        const regex = globToRegExp(segments.join('/'));
        const prefixes = globDirPrefixes(segments);
        let found = false;
        try {
            const stats = (0,external_node_fs_.statSync)(base);
            const real = safeRealpath(base);
            if (stats.isDirectory() && real !== undefined && isInside(realRoot, real)) {
                found = walkDir(base, allowed, (rel) => regex.test(rel), prefixes, new Set());
            }
        }
        catch {
            // nothing there: reported as unmatched
        }
        if (!found)
            result.unmatched.push(pattern);
    }
    result.files = [...byRel.values()].sort((a, b) => compareNames(a.rel, b.rel));
    result.tooLarge = [...tooLarge.values()].sort((a, b) => compareNames(a.rel, b.rel));
    result.binary = [...binary].sort(compareNames);
    result.outsideWorkspace = [...outside].sort(compareNames);
    result.skippedDirs = [...skippedDirs].sort(compareNames);
    return result;
}
/**
 * Read a file found by walk(), at most `maxFileSize` bytes (a file that grew past it since the
 * walk is skipped as too large), and classify it: `binary` when its first 8 KiB hold a NUL byte.
 */
function readCandidate(file, maxFileSize) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.path, 'r');
    }
    catch (err) {
        return { kind: 'unreadable', code: errno(err) };
    }
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > maxFileSize)
            return { kind: 'too-large', size };
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        const content = buffer.subarray(0, read);
        if (isBinaryContent(content))
            return { kind: 'binary' };
        return { kind: 'text', content };
    }
    catch (err) {
        return { kind: 'unreadable', code: errno(err) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A NUL byte in the first 8 KiB: what git and grep call binary. */
function isBinaryContent(content) {
    const head = content.subarray(0, SNIFF_BYTES);
    return head.indexOf(0) !== -1;
}
function isBinaryPath(rel) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return false;
    return BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
/**
 * A glob as an anchored regular expression over `/`-separated relative paths. `**` as a whole
 * segment matches zero or more segments; `*` and `?` never cross `/`; `[...]` and `{a,b}` as in
 * shells. Every other character is literal.
 */
function globToRegExp(glob) {
    let out = '';
    let i = 0;
    let braces = 0;
    while (i < glob.length) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const atStart = i === 0 || glob[i - 1] === '/';
                const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
                if (atStart && atEnd) {
                    // `**/` -> any number of whole segments; a trailing `**` -> anything below.
                    if (i + 2 === glob.length)
                        out += '.*';
                    else
                        out += '(?:[^/]*/)*';
                    i += i + 2 === glob.length ? 2 : 3;
                    continue;
                }
                out += '[^/]*';
                i += 2;
                continue;
            }
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            if (close === -1) {
                out += '\\[';
            }
            else {
                let body = glob.slice(i + 1, close);
                const negate = body.startsWith('!') || body.startsWith('^');
                if (negate)
                    body = body.slice(1);
                body = body.replace(/[\\\]^]/g, '\\$&');
                out += negate ? `(?!/)[^${body}]` : `[${body}]`;
                i = close + 1;
                continue;
            }
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0) {
            out += '|';
        }
        else {
            out += c.replace(/[.+^${}()|\\/]/g, '\\$&');
        }
        i++;
    }
    if (braces > 0)
        throw (0,errors/* inputError */.Xu)('scan', 'has an unclosed { in a glob', 'Close every { with a }.', glob);
    return new RegExp(`^${out}$`);
}
/** For a glob split into segments: can a folder at `rel` contain a match? Prunes the walk. */
function globDirPrefixes(segments) {
    const parts = segments.map((segment) => (segment === '**' ? undefined : globToRegExp(segment)));
    return (rel) => {
        const dirs = rel.split('/');
        for (let i = 0; i < dirs.length; i++) {
            const part = parts[i];
            if (i >= parts.length)
                return false;
            if (part === undefined)
                return true; // `**`: anything below may match
            if (!part.test(dirs[i]))
                return false;
        }
        return true;
    };
}
/** Byte-order comparison (not locale order): the same sort on every runner. */
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function checkInside(root, full, shown) {
    if (!isInside(root, full))
        throw (0,errors/* inputError */.Xu)('scan', 'points outside the workspace', `Use a path inside the workspace (${root}).`, shown);
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function safeRealpath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./actions/mask-logs/src/scan/run-scan.ts
// The leak scan of mask-logs (input `scan`), loaded with a dynamic import only when the input is
// set: walk -> read each file (bounded) -> Scanner.scanBuffer -> baseline -> report and SARIF
// files -> annotations -> job summary -> audit event -> outputs. Failing the step for new
// findings is the caller's last act, after outputs are committed, so everything above is visible.
//
// prepareScan() runs before the `run` command (a bad rules or baseline file fails the step before
// anything is deployed); ScanJob.run() after it, so the command's outputs are scanned.















const ACTION = 'mask-logs';
/** Progress lines: every this many files, or this often, whichever comes first. */
const PROGRESS_FILES = 2000;
const PROGRESS_MS = 5000;
/** Paths listed in a "skipped" notice before "and N more". */
const NOTICE_PATHS = 5;
/** Findings listed in the job summary table. */
const SUMMARY_ROWS = 50;
/** New-finding fingerprints recorded in the audit event at most (its line is capped at 1 MiB). */
const AUDIT_FINGERPRINTS = 5000;
/** Load the rules and the baseline: fails early on a bad file, before any command runs. */
async function prepareScan(settings) {
    const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
    const show = (path) => (0,summary/* workspaceRelative */.Uc)(path, settings.workspace);
    let custom = [];
    if (settings.rules) {
        custom = await loadRulesFile(settings.rules, show(settings.rules), { reservedIds: new Set([...builtinIds, REGISTERED_RULE_ID]) });
        runner.info(`Loaded ${(0,summary/* countOf */.pq)(custom.length, 'custom leak rule')} from ${show(settings.rules)}.`);
    }
    let baseline;
    if (settings.baseline) {
        baseline = loadBaseline(settings.baseline, show(settings.baseline));
        runner.info(`Loaded a baseline of ${(0,summary/* countOf */.pq)(baseline.entries.length, 'accepted finding')} from ${baseline.file}.`);
    }
    return { run: (options) => runScan(settings, custom, baseline, builtinIds, options) };
}
async function runScan(settings, custom, baseline, builtinIds, options) {
    const started = Date.now();
    const outDir = (0,external_node_path_.join)(runner.runnerTemp(), 'gatehouse');
    const reportPath = settings.reportFile || (0,external_node_path_.join)(outDir, 'leak-report.json');
    const sarifPath = settings.sarifFile || (0,external_node_path_.join)(outDir, 'leak-report.sarif');
    const show = (path) => (0,summary/* workspaceRelative */.Uc)(path, settings.workspace);
    const walked = walk({
        root: settings.workspace,
        patterns: settings.patterns,
        maxFileSize: settings.maxFileSize,
        exclude: [reportPath, sarifPath],
    });
    for (const pattern of walked.unmatched)
        runner.warning(`scan: '${pattern}' matched no files.`);
    runner.info(`Scanning ${(0,summary/* countOf */.pq)(walked.files.length, 'file')} (${(0,summary/* formatBytes */.z3)(walked.files.reduce((n, f) => n + f.size, 0))}) for leaked credentials with ` +
        `${(0,summary/* countOf */.pq)(BUILTIN_RULES.length + custom.length, 'rule')}` +
        (options.registered.length ? ` and ${(0,summary/* countOf */.pq)(options.registered.length, 'registered secret form')}` : '') +
        '.');
    const scanner = new Scanner({ rules: [...BUILTIN_RULES, ...custom], registered: options.registered });
    const findings = [];
    const binary = [...walked.binary];
    const tooLarge = walked.tooLarge.map((f) => ({ file: f.rel, size: f.size }));
    const unreadable = [];
    let scannedFiles = 0;
    let scannedBytes = 0;
    let lastProgress = Date.now();
    walked.files.forEach((file, index) => {
        const read = readCandidate(file, settings.maxFileSize);
        if (read.kind === 'binary')
            binary.push(file.rel);
        else if (read.kind === 'too-large')
            tooLarge.push({ file: file.rel, size: read.size });
        else if (read.kind === 'unreadable')
            unreadable.push({ file: file.rel, error: read.code });
        else {
            scannedFiles++;
            scannedBytes += read.content.length;
            for (const finding of scanner.scanBuffer(read.content, file.rel))
                findings.push(finding);
        }
        const now = Date.now();
        if ((index + 1) % PROGRESS_FILES === 0 || now - lastProgress >= PROGRESS_MS) {
            lastProgress = now;
            runner.info(`Scanned ${index + 1} of ${walked.files.length} files (${(0,summary/* formatBytes */.z3)(scannedBytes)}, ${(0,inputs/* formatDuration */.a3)(now - started)}); ` +
                `${(0,summary/* countOf */.pq)(findings.length, 'finding')} so far.`);
        }
    });
    binary.sort();
    tooLarge.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    sortFindings(findings);
    const applied = applyBaseline(findings, baseline);
    const durationMs = Date.now() - started;
    // ---- files -------------------------------------------------------------------------------------
    const report = buildReport({
        patterns: settings.patterns,
        files: scannedFiles,
        bytes: scannedBytes,
        durationMs,
        rules: { builtin: BUILTIN_RULES.length, custom: custom.length, registeredSecrets: scanner.registeredCount },
        maxFileSize: settings.maxFileSize,
        skipped: { tooLarge, binary, outsideWorkspace: walked.outsideWorkspace, directories: walked.skippedDirs, unreadable },
        baseline: baseline
            ? {
                file: baseline.file,
                entries: baseline.entries.length,
                matched: applied.baselinedCount,
                unused: applied.unused.map((e) => e.fingerprint),
            }
            : null,
        findings,
    });
    const reportText = JSON.stringify(report, null, 2) + '\n';
    writeAtomic(reportPath, reportText, 'report-file');
    const sarif = buildSarif(findings, {
        workspace: settings.workspace,
        builtinIds,
        newLevel: settings.failOnFindings ? 'error' : 'warning',
    });
    writeAtomic(sarifPath, JSON.stringify(sarif, null, 2) + '\n', 'sarif-file');
    // ---- log, notices, annotations -----------------------------------------------------------------
    if (tooLarge.length > 0) {
        const listed = tooLarge.slice(0, NOTICE_PATHS).map((f) => `${f.file} (${(0,summary/* formatBytes */.z3)(f.size)})`);
        const more = tooLarge.length > NOTICE_PATHS ? `, and ${tooLarge.length - NOTICE_PATHS} more` : '';
        runner.notice(`Skipped ${(0,summary/* countOf */.pq)(tooLarge.length, 'file')} over max-file-size (${(0,summary/* formatBytes */.z3)(settings.maxFileSize)}): ${listed.join(', ')}${more}. ` +
            `Raise max-file-size to scan them.`, { title: 'Leak scan: files not scanned' });
    }
    if (walked.outsideWorkspace.length > 0) {
        runner.warning(`Skipped ${(0,summary/* countOf */.pq)(walked.outsideWorkspace.length, 'symlink')} leading outside the workspace: ` +
            `${walked.outsideWorkspace.slice(0, NOTICE_PATHS).join(', ')}${walked.outsideWorkspace.length > NOTICE_PATHS ? ', \u2026' : ''}.`);
    }
    if (unreadable.length > 0) {
        runner.warning(`Could not read ${(0,summary/* countOf */.pq)(unreadable.length, 'file')}: ` +
            unreadable
                .slice(0, NOTICE_PATHS)
                .map((u) => `${u.file} (${u.error})`)
                .join(', ') +
            (unreadable.length > NOTICE_PATHS ? ', \u2026' : '') +
            '.');
    }
    if (applied.unused.length > 0) {
        runner.info(`${(0,summary/* countOf */.pq)(applied.unused.length, 'baseline entry', 'baseline entries')} matched nothing in this scan (listed in the report).`);
    }
    const level = settings.failOnFindings ? 'error' : 'warning';
    for (const f of findings) {
        if (f.baselined)
            continue;
        const checksum = f.checksum === 'valid' ? ', checksum valid' : f.checksum === 'invalid' ? ', checksum invalid' : '';
        (0,summary/* annotate */.fz)(level, `Possible ${f.description} (rule ${f.rule}, ${f.confidence} confidence${checksum}). Remove it and rotate the credential; the value is not shown.`, {
            title: `Leaked credential: ${f.rule}`,
            file: f.file,
            line: f.line,
            col: f.column,
            endColumn: f.endColumn,
        });
    }
    runner.info(`Scanned ${(0,summary/* countOf */.pq)(scannedFiles, 'file')} (${(0,summary/* formatBytes */.z3)(scannedBytes)}) in ${(0,inputs/* formatDuration */.a3)(durationMs)}: ` +
        `${(0,summary/* countOf */.pq)(applied.newCount, 'new finding')}, ${applied.baselinedCount} baselined; ` +
        `skipped ${binary.length} binary, ${tooLarge.length} over max-file-size, ${walked.skippedDirs.length} .git/node_modules folder(s). ` +
        `Report: ${show(reportPath)}; SARIF: ${show(sarifPath)}.`);
    // ---- job summary -------------------------------------------------------------------------------
    // A blank line first: the registration table above must end before the heading.
    (0,summary/* writeSummary */.Sy)(`\n${renderScanSummary(report, show(reportPath), show(sarifPath))}`);
    // ---- audit ---------------------------------------------------------------------------------------
    const newFindings = findings.filter((f) => !f.baselined);
    const byRule = {};
    for (const c of report.counts.byRule)
        if (c.new > 0)
            byRule[c.rule] = c.new;
    const fingerprints = [...new Set(newFindings.map((f) => f.fingerprint))];
    await (0,audit/* appendAuditEvent */._q)(settings.auditLog, {
        action: ACTION,
        event: 'leaks-scanned',
        outcome: applied.newCount > 0 ? (settings.failOnFindings ? 'failure' : 'success') : 'success',
        subject: {
            files: scannedFiles,
            bytes: scannedBytes,
            skipped: {
                binary: binary.length,
                too_large: tooLarge.length,
                outside_workspace: walked.outsideWorkspace.length,
                unreadable: unreadable.length,
            },
            findings: findings.length,
            new: applied.newCount,
            baselined: applied.baselinedCount,
            new_by_rule: byRule,
            new_fingerprints: fingerprints.slice(0, AUDIT_FINGERPRINTS),
            new_fingerprints_omitted: Math.max(0, fingerprints.length - AUDIT_FINGERPRINTS),
            rules: { builtin: BUILTIN_RULES.length, custom: custom.length },
            report_sha256: (0,external_node_crypto_.createHash)('sha256').update(reportText).digest('hex'),
            fail_on_findings: settings.failOnFindings,
        },
    }, { containsSecret: options.containsSecret });
    // ---- outputs -------------------------------------------------------------------------------------
    options.exports.setOutput('findings', String(applied.newCount));
    options.exports.setOutput('report', reportPath);
    options.exports.setOutput('sarif', sarifPath);
    let failure;
    if (applied.newCount > 0) {
        const files = new Set(newFindings.map((f) => f.file)).size;
        const rules = countByRule(newFindings)
            .map((c) => `${c.rule} \u00d7${c.new}`)
            .join(', ');
        const what = `Found ${(0,summary/* countOf */.pq)(applied.newCount, 'new leaked credential')} in ${(0,summary/* countOf */.pq)(files, 'file')} (${rules}).`;
        if (settings.failOnFindings) {
            failure = new errors/* GatehouseError */.GA('LEAKS_FOUND', `${what} See the annotations, the job summary and ${show(reportPath)}.`, {
                fix: "Remove each credential and rotate it; or, after review, accept a finding by adding its fingerprint from the report to the baseline file with a reason; or mark a line that holds no real secret with 'gatehouse:allow'.",
            });
        }
        else {
            runner.warning(`${what} fail-on-findings is false, so the step goes on.`);
        }
    }
    return {
        findings: findings.length,
        newFindings: applied.newCount,
        baselined: applied.baselinedCount,
        reportPath,
        sarifPath,
        failure,
    };
}
function renderScanSummary(report, reportShown, sarifShown) {
    const skipped = report.skipped;
    const parts = [
        (0,summary/* heading */.R_)('Leak scan', 3),
        (0,summary/* keyValueTable */.z2)([
            ['Files scanned', `${report.scan.files} (${(0,summary/* formatBytes */.z3)(report.scan.bytes)})`],
            ['New findings', String(report.counts.new)],
            ['Baselined findings', String(report.counts.baselined)],
            [
                'Skipped',
                `${skipped.binary.length} binary, ${skipped.tooLarge.length} over max-file-size, ${skipped.outsideWorkspace.length} outside the workspace, ` +
                    `${skipped.directories.length} .git/node_modules folder(s), ${skipped.unreadable.length} unreadable`,
            ],
            [
                'Rules',
                `${report.scan.rules.builtin} built-in, ${report.scan.rules.custom} custom, ${report.scan.rules.registeredSecrets} registered secret forms`,
            ],
            ['Scan time', (0,inputs/* formatDuration */.a3)(report.scan.durationMs)],
            ['Report', (0,summary/* code */.aY)(reportShown)],
            ['SARIF', (0,summary/* code */.aY)(sarifShown)],
        ], ['Measure', 'Value']),
    ];
    if (report.counts.byRule.length > 0) {
        parts.push((0,summary/* heading */.R_)('Findings per rule', 4), (0,summary/* table */.tp)(['Rule', 'Description', 'New', 'Baselined'], report.counts.byRule.map((c) => [(0,summary/* code */.aY)(c.rule), c.description, c.new, c.baselined]), { align: [undefined, undefined, 'right', 'right'] }), (0,summary/* heading */.R_)('Findings', 4), (0,summary/* table */.tp)(['Status', 'Location', 'Rule', 'Confidence', 'Line (redacted)'], report.findings.map((f) => [
            f.baselined ? 'baselined' : 'new',
            (0,summary/* code */.aY)(`${f.file}:${f.line}:${f.column}`),
            (0,summary/* code */.aY)(f.rule),
            f.checksum ? `${f.confidence} (checksum ${f.checksum})` : f.confidence,
            (0,summary/* code */.aY)(f.redacted),
        ]), { maxRows: SUMMARY_ROWS, noun: 'findings (see the report)' }));
    }
    else {
        parts.push((0,summary/* paragraph */.FY)('No leaked credentials found.'));
    }
    return parts.join('\n');
}
/** Write via a temp file in the same folder and rename, so readers never see half a file. */
function writeAtomic(path, text, input) {
    const temp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(temp, text, { mode: 0o644 });
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        const code = err.code ?? String(err);
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `Cannot write the ${input === 'sarif-file' ? 'SARIF' : 'report'} file ${path} (${code}).`, {
            fix: `Point '${input}' at a writable path inside the workspace, or leave it empty for the default under $RUNNER_TEMP/gatehouse/.`,
        });
    }
}


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