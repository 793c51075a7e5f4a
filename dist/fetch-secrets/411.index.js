"use strict";
exports.id = 411;
exports.ids = [411];
exports.modules = {

/***/ 1411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY_PATH: () => (/* reexport safe */ _policy_path_js__WEBPACK_IMPORTED_MODULE_7__.l),
/* harmony export */   MAX_POLICY_BYTES: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   POLICY_SECTIONS: () => (/* binding */ POLICY_SECTIONS),
/* harmony export */   POLICY_VERSION: () => (/* binding */ POLICY_VERSION),
/* harmony export */   PolicyError: () => (/* binding */ PolicyError),
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy),
/* harmony export */   parsePolicy: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7276);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5765);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3246);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1350);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2914);
/* harmony import */ var _policy_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(271);
// The one policy file, `.github/gatehouse.yml` (input `policy` points elsewhere). Each action owns
// one top-level section and declares its schema (schema.ts); loadPolicy validates the sections
// the caller passes and only checks that the others are known:
//
//   const policy = await loadPolicy(inputs.policy, { 'scan-deps': scanDepsPolicy });
//   policy.sections['scan-deps']['fail-on'];
//
//   version: 1            # optional
//   secrets: ...          # owned by actions/fetch-secrets: which environments may read which refs
//   scan-deps: ...        # owned by actions/scan-deps
//   sign-artifact: ...
//   verify-gate: ...
//   mask-logs: ...
//
// A section that is absent or empty is validated as `{}`, so section schemas should give every
// key a default (a repository without a policy file gets the same values). No file at the default
// path means an empty policy; no file at a path given explicitly is an error.
//
// Parsing is strict: YAML 1.2 core schema (`yes` is a string, dates stay strings), duplicate keys,
// unknown tags, several documents, complex keys and alias expansion bombs are refused. The `yaml`
// library is imported only when there is a file to parse, so actions pay nothing for it otherwise.










const POLICY_SECTIONS = ['secrets', 'fetch-secrets', 'scan-deps', 'sign-artifact', 'verify-gate', 'mask-logs'];
const POLICY_VERSION = 1;
/** POLICY_INVALID with every problem found; the message shows the first ones. */
class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA {
    problems;
    constructor(problems) {
        const [first, ...rest] = problems;
        let message = first?.message ?? 'The policy file is invalid.';
        if (rest.length > 0) {
            const shown = rest.slice(0, 2).map((p) => p.message.replace(/\.$/, ''));
            const more = rest.length > 2 ? ` (and ${rest.length - 2} more)` : '';
            message += ` Also: ${shown.join('; ')}${more}.`;
        }
        const fix = first?.fix ?? `Correct ${first?.file ?? 'the policy file'} there; each action's README documents its policy section.`;
        super('POLICY_INVALID', message, { fix });
        this.problems = problems;
    }
}
const MAX_POLICY_BYTES = 1024 * 1024;
const TOP_LEVEL_KEYS = ['version', ...POLICY_SECTIONS];
/**
 * Load and validate the policy file. `path` is the `policy` input: empty or undefined means the
 * default `.github/gatehouse.yml`, where a missing file is an empty policy; an explicit path must
 * exist.
 */
async function loadPolicy(path, sections, options = {}) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceRoot */ .oS)());
    const explicit = path !== undefined && path.trim() !== '';
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, explicit ? path.trim() : _policy_path_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_POLICY_PATH */ .l);
    const shown = displayPath(root, full);
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full);
        if (!info.isFile())
            throw problem(shown, undefined, 'is not a file', 'Point the policy input at a YAML file.');
        if (info.size > MAX_POLICY_BYTES) {
            throw problem(shown, undefined, `is ${info.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, 'Keep the policy file small: rules, not data.');
        }
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA)
            throw err;
        if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
            if (!explicit)
                return emptyPolicy(sections);
            throw problem(shown, undefined, 'does not exist', `Create it, correct the 'policy' input, or remove the input to use ${_policy_path_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_POLICY_PATH */ .l} (which is optional).`);
        }
        throw problem(shown, undefined, `cannot be read (${errno(err)})`, 'Check the path and its permissions.');
    }
    return parsePolicyBytes(bytes, shown, sections, options);
}
/** Validate policy text that is already in memory; `file` is the name used in messages. */
async function parsePolicy(text, file, sections, options = {}) {
    return parsePolicyBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text), file, sections, options);
}
async function parsePolicyBytes(bytes, file, sections, options) {
    // Pure-JS SHA-256: policy files are small (1 MiB at most), and node:crypto costs start-up time.
    const digest = `sha256:${(0,_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(bytes)}`;
    const text = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._)(bytes);
    if (text === undefined)
        throw problem(file, undefined, 'is not valid UTF-8', 'Save the policy file as UTF-8.');
    const { YAML, doc, problems: syntax, lineOfOffset: lineOf, lineOfPath } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_8__/* .parseStrictYaml */ .A)(text);
    // Syntax errors and warnings (unknown tags and the like) are all fatal: a security policy is
    // read exactly as written or not at all.
    if (syntax.length > 0) {
        throw new PolicyError(syntax.map((err) => {
            const line = lineOf(err.pos[0]);
            const what = err.code === 'DUPLICATE_KEY'
                ? duplicateKeyMessage(text, err.pos[0])
                : err.code === 'TAG_RESOLVE_FAILED'
                    ? `The tag '${text.slice(err.pos[0], err.pos[1]).slice(0, 60)}' is not allowed`
                    : err.code === 'MULTIPLE_DOCS'
                        ? 'The file holds more than one YAML document'
                        : sentence(err.message);
            return makeProblem(file, line, '', `${what}.`, fixFor(err.code));
        }));
    }
    const complexKeys = [];
    YAML.visit(doc, {
        Pair(_, pair) {
            if (pair.key !== null && !YAML.isScalar(pair.key)) {
                const node = pair.key;
                complexKeys.push(makeProblem(file, lineOf(node.range?.[0]), '', 'Keys must be plain names, not lists or mappings.', 'Write the key as a plain name.'));
            }
        },
    });
    if (complexKeys.length > 0)
        throw new PolicyError(complexKeys);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    }
    catch (err) {
        const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
        throw problem(file, undefined, bomb ? 'expands YAML aliases too many times (an alias bomb); refused' : `cannot be read as data (${err.message})`, bomb ? 'Write the values out instead of nesting aliases (*name) inside anchors (&name).' : 'Fix the YAML syntax.');
    }
    const issues = [];
    const result = { file, digest, version: undefined, sections: {} };
    if (data !== null && data !== undefined) {
        if (typeof data !== 'object' || Array.isArray(data)) {
            issues.push({
                path: [],
                problem: `must be a mapping of sections such as 'scan-deps:' (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .describeValue */ .bp)(data)})`,
                fix: `Start each section at the beginning of a line: ${POLICY_SECTIONS.join(', ')}.`,
            });
        }
        else {
            checkTopLevel(data, sections, issues, result);
        }
    }
    if (data === null || data === undefined) {
        for (const [name, schema] of sectionEntries(sections))
            result.sections[name] = validateSection(schema, name, undefined, issues);
    }
    if (issues.length > 0) {
        const problems = issues.map((issue) => {
            return makeProblem(file, lineOfPath(issue.path), (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .formatPath */ .jV)(issue.path), (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .formatIssue */ .Hd)(issue, 'The policy file'), issue.fix);
        });
        // In file order, so the first message is the first thing to fix (sort is stable).
        problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
        throw new PolicyError(problems);
    }
    return result;
}
function checkTopLevel(data, sections, issues, result) {
    for (const key of Object.keys(data)) {
        if (TOP_LEVEL_KEYS.includes(key))
            continue;
        const match = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .closestMatch */ .h0)(key, TOP_LEVEL_KEYS);
        issues.push({
            path: [key],
            problem: `is not a Gatehouse policy section${match ? `; did you mean '${match}'?` : ''}`,
            fix: `The top level holds only: ${TOP_LEVEL_KEYS.join(', ')}.`,
        });
    }
    const version = data['version'];
    if (version !== undefined && version !== null) {
        if (version === POLICY_VERSION)
            result.version = POLICY_VERSION;
        else {
            issues.push({
                path: ['version'],
                problem: `must be ${POLICY_VERSION} (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .describeValue */ .bp)(version)})`,
                fix: `This Gatehouse reads policy version ${POLICY_VERSION}; write 'version: ${POLICY_VERSION}' or leave it out.`,
            });
        }
    }
    const registered = new Map(sectionEntries(sections));
    for (const name of POLICY_SECTIONS) {
        const value = data[name];
        const schema = registered.get(name);
        if (schema) {
            result.sections[name] = validateSection(schema, name, value, issues);
        }
        else if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
            // Another action owns it; it must still be a section.
            issues.push({ path: [name], problem: `must be a mapping (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .describeValue */ .bp)(value)})` });
        }
    }
}
function validateSection(schema, name, value, issues) {
    const outcome = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .validate */ .tf)(schema, value === undefined || value === null ? {} : value, [name]);
    if (!outcome.ok) {
        issues.push(...outcome.issues);
        return undefined;
    }
    return outcome.value;
}
function sectionEntries(sections) {
    const entries = [];
    for (const [name, schema] of Object.entries(sections)) {
        if (!POLICY_SECTIONS.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('INTERNAL', `loadPolicy was asked for an unknown section '${name}'.`, {
                fix: `Sections are: ${POLICY_SECTIONS.join(', ')}.`,
            });
        }
        if (schema)
            entries.push([name, schema]);
    }
    return entries;
}
function emptyPolicy(sections) {
    const issues = [];
    const result = {};
    for (const [name, schema] of sectionEntries(sections))
        result[name] = validateSection(schema, name, undefined, issues);
    if (issues.length > 0) {
        // A section schema with required keys cannot work without a file: that is a bug in the action.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('INTERNAL', `The ${issues[0].path[0]} policy section has required keys but there is no policy file.`, {
            fix: 'Give every key of a policy section a default.',
        });
    }
    return { file: undefined, digest: undefined, version: undefined, sections: result };
}
function duplicateKeyMessage(text, offset) {
    const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
    const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#]+?)\s*:/.exec(rest)?.[1];
    return key
        ? `The key ${key.startsWith('"') || key.startsWith("'") ? key : `'${key}'`} appears twice in the same mapping`
        : 'A key appears twice in the same mapping';
}
function fixFor(code) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return 'Keep one of them: YAML parsers disagree on which one wins.';
        case 'TAG_RESOLVE_FAILED':
            return "Remove the '!' tag: the policy file is plain data.";
        case 'MULTIPLE_DOCS':
            return "Put everything in one document (remove the '---' separators after the first).";
        default:
            return 'Fix the YAML syntax at that line.';
    }
}
// ---- messages ------------------------------------------------------------------------------------
function makeProblem(file, line, path, text, fix) {
    return { file, line, path, message: `${file}${line === undefined ? '' : `:${line}`}: ${text}`, fix };
}
function problem(file, line, what, fix) {
    return new PolicyError([makeProblem(file, line, '', `The policy file ${what}.`, fix)]);
}
function sentence(message) {
    const first = message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/[.:]$/, '');
    return first.charAt(0).toUpperCase() + first.slice(1);
}
function displayPath(root, full) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    const inside = rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
    return (inside ? rel : full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
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


/***/ }),

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var parseStrictYaml = (async function parseStrictYaml(text) {
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
});
__webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseStrictYaml)
/* harmony export */ });
// Strict YAML for the files a security tool reads (the policy file, extra leak rules): YAML 1.2
// core schema, unique keys, no merge keys, every warning fatal, and a way to point at the line of
// a key path so a validation error can say where. `yaml` is loaded only when a file is read.

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


/***/ })

};
;