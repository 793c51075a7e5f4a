export const id = 411;
export const ids = [411];
export const modules = {

/***/ 1411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicy: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_PATH, POLICY_SECTIONS, POLICY_VERSION, PolicyError, MAX_POLICY_BYTES, parsePolicy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7276);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1350);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2914);
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







const DEFAULT_POLICY_PATH = '.github/gatehouse.yml';
const POLICY_SECTIONS = ['secrets', 'fetch-secrets', 'scan-deps', 'sign-artifact', 'verify-gate', 'mask-logs'];
const POLICY_VERSION = 1;
/** POLICY_INVALID with every problem found; the message shows the first ones. */
class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GatehouseError */ .GA {
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
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.root ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceRoot */ .oS)());
    const explicit = path !== undefined && path.trim() !== '';
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, explicit ? path.trim() : DEFAULT_POLICY_PATH);
    const shown = displayPath(root, full);
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(full);
        if (!info.isFile())
            throw problem(shown, undefined, 'is not a file', 'Point the policy input at a YAML file.');
        if (info.size > MAX_POLICY_BYTES) {
            throw problem(shown, undefined, `is ${info.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, 'Keep the policy file small: rules, not data.');
        }
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GatehouseError */ .GA)
            throw err;
        if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
            if (!explicit)
                return emptyPolicy(sections);
            throw problem(shown, undefined, 'does not exist', `Create it, correct the 'policy' input, or remove the input to use ${DEFAULT_POLICY_PATH} (which is optional).`);
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
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw problem(file, undefined, 'is not valid UTF-8', 'Save the policy file as UTF-8.');
    }
    const { YAML, doc, problems: syntax, lineOfOffset: lineOf, lineOfPath } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictYaml */ .A)(text);
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
                problem: `must be a mapping of sections such as 'scan-deps:' (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .describeValue */ .bp)(data)})`,
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
            return makeProblem(file, lineOfPath(issue.path), (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(issue.path), (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .formatIssue */ .Hd)(issue, 'The policy file'), issue.fix);
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
        const match = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h0)(key, TOP_LEVEL_KEYS);
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
                problem: `must be ${POLICY_VERSION} (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .describeValue */ .bp)(version)})`,
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
            issues.push({ path: [name], problem: `must be a mapping (got ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .describeValue */ .bp)(value)})` });
        }
    }
}
function validateSection(schema, name, value, issues) {
    const outcome = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .validate */ .tf)(schema, value === undefined || value === null ? {} : value, [name]);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GatehouseError */ .GA('INTERNAL', `loadPolicy was asked for an unknown section '${name}'.`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GatehouseError */ .GA('INTERNAL', `The ${issues[0].path[0]} policy section has required keys but there is no policy file.`, {
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
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, full);
    const inside = rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
    return (inside ? rel : full).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseStrictYaml)
/* harmony export */ });
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


/***/ })

};
