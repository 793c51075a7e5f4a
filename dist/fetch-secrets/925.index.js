"use strict";
exports.id = 925;
exports.ids = [925];
exports.modules = {

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  denials: () => (/* binding */ denials),
  enforced: () => (/* binding */ enforced),
  globMatch: () => (/* reexport */ globMatch),
  secretsPolicySchema: () => (/* binding */ secretsPolicySchema)
});

;// CONCATENATED MODULE: ./packages/core/src/glob.ts
// Path-style globs for policy patterns and workspace member lists: `*` stays within one `/`
// segment, `**` crosses segments, `?` is one character (not `/`); everything else is literal.
const cache = new Map();
function globToRegExp(pattern) {
    let re = cache.get(pattern);
    if (re)
        return re;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*') {
            source += '[^/]*';
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else {
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    re = new RegExp(`^${source}$`, 's');
    cache.set(pattern, re);
    return re;
}
function globMatch(pattern, text) {
    return globToRegExp(pattern).test(text);
}

// EXTERNAL MODULE: ./packages/core/src/schema.ts
var schema = __webpack_require__(2914);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/policy.ts
// The `secrets:` section of the policy file: which references a job may read, by the GitHub
// environment it runs in and the ref it runs for. The environment and ref come from the job's OIDC
// token, verified against the issuer's keys (core/oidc-verify), never from variables the workflow
// sets. With the section present everything not allowed is denied, before any provider is called.
//
//   secrets:
//     environments:
//       production:
//         refs: [refs/heads/main, 'refs/tags/v*']      # optional; any ref when omitted
//         allow: ['vault:secret/data/prod/**', 'aws-sm:prod/*']
//     default:                                         # jobs without an environment, or one not listed
//       allow: ['vault:secret/data/ci/**', 'sops:ci/*.enc.yaml']
//
// Patterns match `<provider>:<locator>` (the part before `#field`): `*` stays within one path
// segment, `**` crosses them, `?` is one character.


const PATTERN = schema.s.string({ minLength: 1, pattern: /^[^\s]+$/, expected: 'a pattern without spaces' });
const RULE = schema.s.object({
    refs: schema.s.array(PATTERN).optional(),
    allow: schema.s.array(PATTERN).default([]),
});
const secretsPolicySchema = schema.s.object({
    /** Issuer whose keys sign the job's OIDC token: GitHub.com by default; GHES https://HOST/_services/token. */
    issuer: schema.s
        .string({
        pattern: /^https:\/\/[^\s/]+(?:\/[^\s]*)?$|^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/[^\s]*)?$/,
        expected: 'an https:// URL',
    })
        .optional(),
    environments: schema.s.record(RULE).optional(),
    default: RULE.optional(),
});
/** True when the policy says anything about secrets (an empty section enforces nothing). */
function enforced(policy) {
    return policy.environments !== undefined || policy.default !== undefined;
}
/** Every reference the job may not read, with the reason. */
function denials(policy, refs, job) {
    const listed = job.environment !== undefined ? policy.environments?.[job.environment] : undefined;
    const rule = listed ?? policy.default;
    const scope = listed
        ? `environment '${job.environment}'`
        : job.environment
            ? `environment '${job.environment}' (not listed, so the default rule)`
            : 'jobs without an environment (the default rule)';
    if (!rule)
        return refs.map((ref) => ({ ref, reason: `the policy has no rule for ${scope}` }));
    if (rule.refs && !rule.refs.some((pattern) => globMatch(pattern, job.ref))) {
        return refs.map((ref) => ({ ref, reason: `${scope} may only be read from ${rule.refs.join(', ')}, not ${job.ref}` }));
    }
    return refs
        .filter((ref) => !rule.allow.some((pattern) => globMatch(pattern, ref.readKey)))
        .map((ref) => ({ ref, reason: `${scope} does not allow ${ref.readKey}` }));
}



/***/ }),

/***/ 2914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var parse = (function parse(schema, value, path = []) {
    const result = validate(schema, value, path);
    if (!result.ok)
        throw new SchemaError(result.issues);
    return result.value;
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   h0: () => (/* binding */ closestMatch),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   s: () => (/* binding */ s),
/* harmony export */   tf: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony exports SchemaError, Schema, parse, ObjectSchema, string, enumOf, date, boolean, integer, number, literal, array, record, object, oneOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value);
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
function boolean() {
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
    boolean,
    integer,
    number,
    literal,
    array,
    record,
    object,
    oneOf,
};


/***/ })

};
;