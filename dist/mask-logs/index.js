/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __nccwpck_require__ = (function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	});
var runAction = (async function runAction(action, fn) {
    // Errors thrown from callbacks outside the awaited chain (timers, streams) must fail the step
    // too, not crash with a stack trace or, worse, be swallowed.
    const onStray = (err) => fail(action, err);
    // Node exits when nothing is left to wait for, even if `fn` is still pending (a promise nobody
    // will ever settle): that is a failure, not a silent success.
    const onEarlyExit = () => {
        if (process.exitCode !== 1)
            fail(action, new Error('the step ended before its work finished (a promise was never settled)'));
    };
    process.on('uncaughtException', onStray);
    process.on('unhandledRejection', onStray);
    process.on('exit', onEarlyExit);
    try {
        const code = await fn();
        if (typeof code === 'number' && process.exitCode !== 1)
            process.exitCode = code;
    }
    catch (err) {
        fail(action, err);
    }
    finally {
        process.off('exit', onEarlyExit);
        // Annotations past GitHub's per-step limit were held back; say how many, once, at the end.
        try {
            (0,summary/* flushAnnotations */.r$)();
        }
        catch (err) {
            fail(action, err);
        }
        process.off('uncaughtException', onStray);
        process.off('unhandledRejection', onStray);
    }
});
var runStep = (function runStep(action, fn) {
    void runAction(action, fn).then(() => process.exit());
});
var resolveShell = (function resolveShell(value) {
    const known = BUILT_IN[value];
    if (known)
        return known;
    if (!value.includes('{0}')) {
        throw (0,errors/* inputError */.Xu)('shell', 'is not a known shell and has no {0} placeholder', `Use bash, sh, pwsh or python, or a template such as 'perl {0}'.`, value);
    }
    const argv = value.trim().split(/\s+/);
    return { name: argv[0], argv, extension: '' };
});
var readInputs = (function readInputs() {
    const maskEnv = (0,src_inputs/* readList */.LD)('mask-env', { separator: 'comma' });
    for (const name of maskEnv) {
        if (!ENV_NAME.test(name)) {
            throw (0,errors/* inputError */.Xu)('mask-env', 'has an invalid variable name', 'List names like API_KEY, one per line or comma-separated, without $ or values.', name);
        }
    }
    const secretsRaw = (0,src_inputs/* readString */.E3)('secrets', { secret: true });
    const run = (0,src_inputs/* readString */.E3)('run', { keepWhitespace: true });
    const dir = (0,src_inputs/* readString */.E3)('working-directory');
    return {
        secrets: (0,src_inputs/* readList */.LD)('secrets', { secret: true }),
        secretsWhole: /[\r\n]/.test(secretsRaw) ? secretsRaw : '',
        maskEnv,
        minLength: (0,src_inputs/* readInteger */.JI)('min-length', 4, { min: 4, max: 1024 }),
        run: run.trim() === '' ? '' : run,
        shell: resolveShell((0,src_inputs/* readString */.E3)('shell') || 'bash'),
        workingDirectory: existingDirectory(dir ? (0,src_inputs/* resolveInWorkspace */.z1)('working-directory', dir) : (0,src_inputs/* workspaceRoot */.oS)(), dir),
        auditLog: (0,src_inputs/* readString */.E3)('audit-log'),
        ...readScanInputs(),
    };
});
var readScanInputs = (function readScanInputs() {
    const scan = (0,src_inputs/* readList */.LD)('scan', { comments: true });
    for (const pattern of scan) {
        // Globs are checked by their literal part when walked; here, plain paths and `..` escapes.
        (0,src_inputs/* resolveInWorkspace */.z1)('scan', pattern.replace(/[*?[{].*$/s, '') || '.');
    }
    const path = (name) => {
        const value = (0,src_inputs/* readString */.E3)(name);
        return value ? (0,src_inputs/* resolveInWorkspace */.z1)(name, value) : '';
    };
    const scanOnly = ['baseline', 'rules', 'sarif-file', 'report-file'].filter((name) => (0,src_inputs/* readString */.E3)(name) !== '');
    if (scan.length === 0 && scanOnly.length > 0) {
        throw (0,errors/* inputError */.Xu)(scanOnly[0], 'is set but scan is empty', "Set 'scan' to the paths to scan (for example '.'), or remove it.", (0,src_inputs/* readString */.E3)(scanOnly[0]));
    }
    return {
        scan,
        failOnFindings: (0,src_inputs/* readBoolean */.Vf)('fail-on-findings', true),
        baseline: path('baseline'),
        rules: path('rules'),
        sarifFile: path('sarif-file'),
        reportFile: path('report-file'),
        maxFileSize: readSize('max-file-size', DEFAULT_MAX_FILE_SIZE),
    };
});
var readSize = (function readSize(name, fallback) {
    const value = (0,runner.rawInput)(name).trim();
    if (value === '')
        return fallback;
    const bytes = parseSize(value);
    const fix = 'Use a size such as 512k, 10m or 1g (powers of 1024), or a number of bytes, from 1 byte to 1g.';
    if (bytes === undefined)
        throw (0,errors/* inputError */.Xu)(name, 'is not a size', fix, value);
    if (bytes < 1 || bytes > MAX_FILE_SIZE_LIMIT)
        throw (0,errors/* inputError */.Xu)(name, 'is out of range', fix, value);
    return bytes;
});
var existingDirectory = (function existingDirectory(path, shown) {
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDir) {
        throw (0,errors/* inputError */.Xu)('working-directory', 'is not an existing directory', 'Create it in an earlier step or fix the path (relative to the workspace).', shown || path);
    }
    return path;
});
var percentEncode = (function percentEncode(value) {
    return encodeURIComponent(value)
        .replaceAll('!', '%21')
        .replaceAll("'", '%27')
        .replaceAll('(', '%28')
        .replaceAll(')', '%29')
        .replaceAll('*', '%2A');
});
var formEncode = (function formEncode(value) {
    return encodeURIComponent(value)
        .replaceAll('%20', '+')
        .replaceAll('!', '%21')
        .replaceAll("'", '%27')
        .replaceAll('(', '%28')
        .replaceAll(')', '%29')
        .replaceAll('~', '%7E');
});
var encodedForms = (function encodedForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const withNewline = Buffer.from(`${value}\n`, 'utf8');
    const b64 = bytes.toString('base64');
    const b64Newline = withNewline.toString('base64');
    const hex = bytes.toString('hex');
    // A lone UTF-16 surrogate (a JSON leaf can hold one) has no percent-encoding; UTF-8 output and
    // logs carry it as U+FFFD, which is what these forms then encode.
    const wellFormed = value.isWellFormed() ? value : value.toWellFormed();
    let unpadded = b64;
    while (unpadded.endsWith('='))
        unpadded = unpadded.slice(0, -1);
    const forms = [
        { kind: 'raw', text: value },
        { kind: 'base64', text: b64 },
        { kind: 'base64-unpadded', text: unpadded },
        { kind: 'base64url', text: bytes.toString('base64url') },
        { kind: 'base64url-padded', text: urlSafe(b64) },
        // The runner's own Base64StringEscapeShift1/2: base64 of the value minus its first bytes.
        { kind: 'base64-shift1', text: bytes.length > 1 ? bytes.toString('base64', 1) : b64 },
        { kind: 'base64-shift2', text: bytes.length > 2 ? bytes.toString('base64', 2) : b64 },
        // `echo $S | base64`: the trailing newline is encoded too.
        { kind: 'base64-newline', text: b64Newline },
        { kind: 'base64url-newline', text: withNewline.toString('base64url') },
        { kind: 'hex', text: hex },
        { kind: 'hex-upper', text: hex.toUpperCase() },
        { kind: 'percent', text: percentEncode(wellFormed) },
        { kind: 'form', text: formEncode(wellFormed) },
        // The body of a JSON string literal, without the quotes.
        { kind: 'json', text: JSON.stringify(value).slice(1, -1) },
        // The inside of a shell single-quoted word: `'` becomes `'\''`.
        { kind: 'shell-single-quote', text: value.replaceAll("'", "'\\''") },
        // The runner's CommandLineArgumentEscape, XmlDataEscape and ExpressionStringEscape.
        { kind: 'command-line', text: value.replaceAll('"', '\\"') },
        {
            kind: 'xml',
            text: value
                .replaceAll('&', '&amp;')
                .replaceAll('<', '&lt;')
                .replaceAll('>', '&gt;')
                .replaceAll('"', '&quot;')
                .replaceAll("'", '&apos;'),
        },
        { kind: 'expression', text: value.replaceAll("'", "''") },
    ];
    // Inside longer base64 text (a secret embedded in a base64'd config or auth header): when the
    // secret starts at a byte offset that is not a multiple of 3 its encoding is shifted, but the
    // bytes from the next 3-byte boundary on always encode to the same characters. Shifts 0..2
    // cover every alignment; each is cut to whole 3-byte groups so it does not depend on what follows.
    for (let shift = 0; shift < 3; shift++) {
        const body = Math.max(bytes.length - shift, 0);
        const aligned = bytes.toString('base64', Math.min(shift, bytes.length), Math.min(shift, bytes.length) + body - (body % 3));
        forms.push({ kind: `base64-aligned${shift}`, text: aligned, fragment: true }, { kind: `base64url-aligned${shift}`, text: urlSafe(aligned), fragment: true });
    }
    // Wrapped base64: coreutils `base64` breaks lines at 76 columns, OpenSSL and PEM at 64, so a
    // value of 57+ bytes piped through them comes out as several lines, each to be masked.
    for (const width of [76, 64]) {
        if (b64.length > width)
            for (let i = 0; i < b64.length; i += width)
                forms.push({ kind: `base64-wrap${width}`, text: b64.slice(i, i + width), fragment: true });
        if (b64Newline.length > width) {
            for (let i = 0; i < b64Newline.length; i += width)
                forms.push({ kind: `base64-newline-wrap${width}`, text: b64Newline.slice(i, i + width), fragment: true });
        }
    }
    // The runner's TrimDoubleQuotes, for values longer than 8 characters.
    if (value.length > 8 && value.startsWith('"') && value.endsWith('"')) {
        forms.push({ kind: 'trim-double-quotes', text: value.slice(1, -1) });
    }
    return forms;
});
var isTrivial = (function isTrivial(value) {
    const trimmed = value.trim();
    // Every trivial value starts with a digit, a sign, a dot or t/f/n in either case (| 0x20 folds
    // the case; the control characters it also lets through are refused below). Most forms do not,
    // so the regular expression is not run for each of the ~20 forms of every value at start-up.
    const first = trimmed.charCodeAt(0) | 0x20;
    if (!((first >= 0x30 && first <= 0x39) ||
        first === 0x2b ||
        first === 0x2d ||
        first === 0x2e ||
        first === 0x74 ||
        first === 0x66 ||
        first === 0x6e)) {
        return false;
    }
    return TRIVIAL.test(trimmed);
});
var pairKey = (function pairKey(first, second) {
    return ((first & 0xff) << 8) | (second & 0xff);
});
var baseValues = (function baseValues(value) {
    const out = new Set([value]);
    for (const line of value.split(/\r\n|\r|\n/)) {
        const trimmed = line.trim();
        if (trimmed)
            out.add(trimmed);
    }
    const json = parseJson(value);
    if (json !== undefined && typeof json === 'object' && json !== null) {
        out.add(JSON.stringify(json));
        const leaves = [];
        collectStrings(json, 0, leaves);
        for (const leaf of leaves) {
            out.add(leaf);
            for (const line of leaf.split(/\r\n|\r|\n/))
                if (line.trim())
                    out.add(line.trim());
        }
    }
    return [...out];
});
var parseJson = (function parseJson(value) {
    const text = value.trim();
    if (!(text.startsWith('{') || text.startsWith('[')))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
});
var collectStrings = (function collectStrings(node, depth, out) {
    if (depth > 64)
        return;
    if (typeof node === 'string')
        out.push(node);
    else if (node !== null && typeof node === 'object')
        for (const item of Object.values(node))
            collectStrings(item, depth + 1, out);
});
var renderSummary = (function renderSummary(registration, result, shell) {
    const refused = Object.entries(registration.refused)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${n} ${reason}`)
        .join(', ');
    const names = (list) => (list.length ? (0,summary.md)(list.map((n) => (0,summary/* inlineCode */.ti)(n, true)).join(', ')) : 'none');
    const rows = [
        ['Values registered', String(registration.values)],
        ['Masks registered (values and encodings)', String(registration.forms)],
        ['Refused', refused || 'none'],
        ['Environment variables masked', names(registration.envMasked)],
        ['Registration time', (0,src_inputs/* formatDuration */.a3)(registration.durationMs)],
    ];
    if (registration.envMissing.length)
        rows.push(['Environment variables not set', names(registration.envMissing)]);
    if (result) {
        rows.push(['Command', `${shell}, ${result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`}`], ['Command time', (0,src_inputs/* formatDuration */.a3)(result.durationMs)], ['Output redacted', `${result.redactions} redaction(s) in ${(0,summary/* formatBytes */.z3)(result.bytesIn)}`]);
    }
    return `${(0,summary/* heading */.R_)('mask-logs', 3)}\n${(0,summary/* keyValueTable */.z2)(rows, ['Measure', 'Value'])}`;
});
var run = (async function run(inputs) {
    const started = Date.now();
    const registry = new SecretRegistry({ minLength: inputs.minLength });
    const registration = registerAll(inputs, registry);
    registration.durationMs = Date.now() - started;
    runner.info(`Registered ${registration.forms} masks for ${registration.values} value(s)` +
        (registration.envMasked.length ? ` (env: ${registration.envMasked.join(', ')})` : '') +
        ` in ${(0,src_inputs/* formatDuration */.a3)(registration.durationMs)}.`);
    const containsSecret = (text) => registry.containsSecret(text);
    await (0,audit/* appendAuditEvent */._q)(inputs.auditLog, {
        action: ACTION,
        event: 'secrets-registered',
        outcome: 'success',
        subject: {
            values: registration.values,
            forms: registration.forms,
            refused: { ...registration.refused },
            env: registration.envMasked,
            env_missing: registration.envMissing,
        },
    }, { containsSecret });
    let scanJob;
    if (inputs.scan.length > 0) {
        // Loaded only when there is a scan: the engine, rules and node:crypto are not free at start-up.
        const { prepareScan } = await __nccwpck_require__.e(/* import() */ 694).then(__nccwpck_require__.bind(__nccwpck_require__, 7694));
        scanJob = await prepareScan({
            patterns: inputs.scan,
            failOnFindings: inputs.failOnFindings,
            baseline: inputs.baseline,
            rules: inputs.rules,
            reportFile: inputs.reportFile,
            sarifFile: inputs.sarifFile,
            maxFileSize: inputs.maxFileSize,
            auditLog: inputs.auditLog,
            workspace: (0,src_inputs/* workspaceRoot */.oS)(),
        });
    }
    let result;
    if (inputs.run) {
        const runnerTokens = new SecretRegistry({ minLength: inputs.minLength, addMasks: () => { } });
        for (const name of RUNNER_TOKENS) {
            const value = process.env[name];
            if (value)
                runnerTokens.register(value);
        }
        // Loaded only when there is a command: child_process and the automaton are not free at start-up.
        const { runCommand } = await __nccwpck_require__.e(/* import() */ 917).then(__nccwpck_require__.bind(__nccwpck_require__, 4917));
        result = await runCommand({
            script: inputs.run,
            shell: inputs.shell,
            cwd: inputs.workingDirectory,
            patterns: [...registry.patterns(), ...runnerTokens.patterns()],
        });
        runner.info(`The command ${describeExit(result)} after ${(0,src_inputs/* formatDuration */.a3)(result.durationMs)}; ${result.redactions} redaction(s) in ${result.bytesIn} bytes of output.`);
        await (0,audit/* appendAuditEvent */._q)(inputs.auditLog, {
            action: ACTION,
            event: 'command-run',
            outcome: result.exitCode === 0 ? 'success' : 'failure',
            subject: {
                shell: inputs.shell.name,
                script_sha256: (0,sha256/* sha256Hex */.fg)(inputs.run),
                exit_code: result.exitCode,
                signal: result.signal,
                redactions: result.redactions,
                output_bytes: result.bytesIn,
            },
        }, { containsSecret });
    }
    runner.appendSummary(renderSummary(registration, result, inputs.shell.name));
    const exports = new runner.Exports();
    exports.setOutput('masked', String(registration.forms));
    exports.setOutput('exit-code', result ? String(result.exitCode) : '');
    let scan;
    if (scanJob)
        scan = await scanJob.run({ registered: registry.patterns(), containsSecret, exports });
    exports.commit();
    if (result && result.exitCode !== 0) {
        runner.error(`mask-logs: the command ${describeExit(result)}.`);
        // The command's exit code stays the step's; the leak failure is still reported.
        if (scan?.failure)
            runner.error(`mask-logs: ${scan.failure.describe()}`);
        return result.exitCode;
    }
    // Last: the report, SARIF, summary, annotations and outputs above are already written.
    if (scan?.failure)
        throw scan.failure;
    return result?.exitCode ?? 0;
});
var describeExit = (function describeExit(result) {
    return result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
});
var registerAll = (function registerAll(inputs, registry) {
    const refused = { empty: 0, trivial: 0, 'too-short': 0 };
    let values = 0;
    const note = (label, reason) => {
        refused[reason]++;
        if (reason === 'too-short')
            runner.warning(`${label} is shorter than min-length (${inputs.minLength}); it was not masked.`);
        if (reason === 'trivial')
            runner.warning(`${label} is true, false, null or a number; masking it would hide ordinary log text, so it was not masked.`);
    };
    inputs.secrets.forEach((value, index) => {
        const outcome = registry.register(value);
        if (outcome.accepted)
            values++;
        else if (outcome.reason)
            note(`'secrets' line ${index + 1}`, outcome.reason);
    });
    // Masked whole as well, not counted as a value of its own: see Inputs.secretsWhole.
    if (inputs.secretsWhole)
        registry.register(inputs.secretsWhole);
    const envMasked = [];
    const envMissing = [];
    for (const name of inputs.maskEnv) {
        const value = process.env[name];
        if (value === undefined || value === '') {
            envMissing.push(name);
            runner.warning(`mask-env: ${name} is not set or empty; there is nothing to mask.`);
            continue;
        }
        const outcome = registry.register(value);
        if (outcome.accepted) {
            values++;
            envMasked.push(name);
        }
        else if (outcome.reason) {
            note(`The value of ${name}`, outcome.reason);
        }
    }
    return { values, forms: registry.size, refused, envMasked, envMissing, durationMs: 0 };
});
var __webpack_modules__ = ({

/***/ 6609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var canonical_json_canonicalize = (function canonical_json_canonicalize(value) {
    const parts = [];
    write(value, ROOT, parts, new Set());
    return parts.join('');
});
var compareKeys = (function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
});
var write = (function write(value, path, out, seen) {
    switch (typeof value) {
        case 'string':
            out.push(serializeString(value, path));
            return;
        case 'number':
            out.push(serializeNumber(value, path));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'undefined':
            throw new CanonicalJsonError(pathText(path), 'undefined has no JSON form');
        case 'bigint':
            throw new CanonicalJsonError(pathText(path), 'bigint has no exact JSON number form; pass it as a string');
        case 'function':
        case 'symbol':
            throw new CanonicalJsonError(pathText(path), `a ${typeof value} has no JSON form`);
        case 'object':
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    const object = value;
    if (seen.has(object))
        throw new CanonicalJsonError(pathText(path), 'the value refers to itself (a cycle)');
    seen.add(object);
    if (Array.isArray(object)) {
        out.push('[');
        for (let i = 0; i < object.length; i++) {
            if (i > 0)
                out.push(',');
            // Holes and undefined items would become `null` in JSON.stringify: refuse instead.
            if (!(i in object))
                throw new CanonicalJsonError(pathText({ parent: path, step: i }), 'arrays must not have holes');
            write(object[i], { parent: path, step: i }, out, seen);
        }
        out.push(']');
    }
    else {
        const proto = Object.getPrototypeOf(object);
        if (proto !== Object.prototype && proto !== null) {
            const kind = object.constructor?.name ?? 'object';
            throw new CanonicalJsonError(pathText(path), `a ${kind} is not a plain object; convert it to JSON data first`);
        }
        if (Object.getOwnPropertySymbols(object).length > 0) {
            throw new CanonicalJsonError(pathText(path), 'symbol keys have no JSON form');
        }
        const record = object;
        const keys = Object.keys(record).sort(compareKeys);
        out.push('{');
        let first = true;
        for (const key of keys) {
            const item = record[key];
            if (item === undefined)
                continue;
            const itemPath = { parent: path, step: key };
            if (!first)
                out.push(',');
            first = false;
            out.push(serializeString(key, itemPath), ':');
            write(item, itemPath, out, seen);
        }
        out.push('}');
    }
    seen.delete(object);
});
var serializeNumber = (function serializeNumber(value, path) {
    if (!Number.isFinite(value))
        throw new CanonicalJsonError(pathText(path), `${String(value)} is not a JSON number`);
    // Number::toString is the ECMAScript serialisation RFC 8785 prescribes; it already writes -0 as "0".
    return String(value);
});
var serializeString = (function serializeString(value, path) {
    if (!value.isWellFormed())
        throw new CanonicalJsonError(pathText(path), 'the string has a lone UTF-16 surrogate (not valid Unicode)');
    return JSON.stringify(value);
});
var isoTime = (function isoTime(ms = Date.now()) {
    if (!Number.isFinite(ms))
        throw new RangeError('Invalid time value');
    ms = Math.trunc(ms);
    const days = Math.floor(ms / 86_400_000);
    let rest = ms - days * 86_400_000;
    // Days since 1970-01-01 to a proleptic Gregorian civil date (H. Hinnant, "chrono-compatible
    // low-level date algorithms", days_from_civil's inverse).
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    // Outside 0000-9999 toISOString switches to a signed six-digit year; leave that to it.
    if (year < 0 || year > 9999)
        return new Date(ms).toISOString();
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    const two = (n) => (n < 10 ? `0${n}` : `${n}`);
    return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${String(millis).padStart(3, '0')}Z`;
});
var defaultAuditLogPath = (function defaultAuditLogPath(env = process.env) {
    return (0,external_node_path_.join)((0,runner.runnerTemp)(env), 'gatehouse', 'audit.jsonl');
});
var currentRun = (function currentRun(env = process.env) {
    const get = (name) => env[name] || null;
    return {
        repository: get('GITHUB_REPOSITORY'),
        run_id: get('GITHUB_RUN_ID'),
        run_attempt: get('GITHUB_RUN_ATTEMPT'),
        workflow_ref: get('GITHUB_WORKFLOW_REF'),
        sha: get('GITHUB_SHA'),
    };
});
var lineDigest = (function lineDigest(line) {
    return (0,sha256/* sha256Hex */.fg)(line);
});
var appendAuditEvent = (async function appendAuditEvent(path, event, options = {}) {
    const [record] = await appendAuditEvents(path, [event], options);
    return record;
});
var appendAuditEvents = (async function appendAuditEvents(path, events, options = {}) {
    const file = (0,external_node_path_.resolve)(path || defaultAuditLogPath(options.env));
    const prepared = events.map((event) => prepareEvent(file, event));
    if (options.containsSecret)
        refuseSecrets(prepared, options.containsSecret);
    if (events.length === 0)
        return [];
    const run = currentRun(options.env);
    const runText = canonical_json_canonicalize(run);
    const now = options.now ? () => isoTime(options.now().getTime()) : () => isoTime();
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o700 });
    }
    catch (err) {
        throw writeFailed(file, `cannot create its folder (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
    }
    let lock;
    try {
        lock = await acquireLock(file, options.lockTimeoutMs ?? 15_000, options.staleLockMs ?? 30_000);
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        throw writeFailed(file, `cannot take its lock (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
    }
    try {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(file, 'a+', 0o600);
        }
        catch (err) {
            throw writeFailed(file, `cannot open it (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            const last = readLastLine(fd, size, file);
            let seq = 1;
            let prev = GENESIS_PREV;
            if (last) {
                seq = lastSeq(last, file) + 1;
                prev = lineDigest(last);
            }
            const records = [];
            let text = '';
            prepared.forEach((event, i) => {
                const time = now();
                const recordPrev = prev;
                // The canonical JSON of the record, assembled around the subject's canonical text rather
                // than serialising the whole record again: members in code-unit order (action, event,
                // hash, outcome, prev, run, seq, subject, time), `hash` over the same text without it.
                const head = `{"action":${event.actionText},"event":${event.eventText},`;
                const tail = `"outcome":"${event.outcome}","prev":"${recordPrev}","run":${runText},"seq":${seq + i},"subject":${event.subjectText},"time":"${time}"}`;
                const hash = (0,sha256/* sha256Hex */.fg)(head + tail);
                const line = `${head}"hash":"${hash}",${tail}`;
                const bytes = Buffer.byteLength(line, 'utf8') + 1;
                if (bytes > MAX_LINE_BYTES) {
                    throw writeFailed(file, `the event is ${bytes} bytes, over the ${MAX_LINE_BYTES}-byte line limit`, 'Record names and digests in the subject, not contents.');
                }
                // The next record's `prev`; the last one's is computed by whoever appends next.
                if (i < prepared.length - 1)
                    prev = lineDigest(line);
                text += line + '\n';
                records.push({
                    seq: seq + i,
                    time,
                    action: event.action,
                    event: event.event,
                    subject: JSON.parse(event.subjectText),
                    outcome: event.outcome,
                    run,
                    prev: recordPrev,
                    hash,
                });
            });
            appendLine(fd, Buffer.from(text, 'utf8'), size, file);
            return records;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA)
            throw err;
        throw writeFailed(file, errno(err), 'Check that the audit log is on a writable, local file system.', err);
    }
    finally {
        releaseLock(lock);
    }
});
var prepareEvent = (function prepareEvent(file, event) {
    const fix = 'Pass action, event and outcome as in the AuditEvent type.';
    if (typeof event.action !== 'string' || event.action.trim() === '')
        throw writeFailed(file, "the event has no 'action'", fix);
    if (typeof event.event !== 'string' || event.event.trim() === '')
        throw writeFailed(file, "the event has no 'event' name", fix);
    if (!AUDIT_OUTCOMES.includes(event.outcome)) {
        throw writeFailed(file, `outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`, fix);
    }
    const subject = event.subject ?? {};
    if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) {
        throw writeFailed(file, 'the subject must be an object of names, refs and digests', fix);
    }
    let subjectText;
    try {
        // Serialised now, so later mutation of the caller's object cannot change what is written.
        subjectText = canonical_json_canonicalize(subject);
    }
    catch (err) {
        throw writeFailed(file, `the subject is not JSON data (${err.message})`, 'Record strings, numbers and plain objects only.', err);
    }
    let actionText;
    let eventText;
    try {
        actionText = canonical_json_canonicalize(event.action);
        eventText = canonical_json_canonicalize(event.event);
    }
    catch (err) {
        throw writeFailed(file, `the action or event name is not valid Unicode (${err.message})`, fix, err);
    }
    return { action: event.action, event: event.event, outcome: event.outcome, actionText, eventText, subjectText };
});
var refuseSecrets = (function refuseSecrets(events, containsSecret) {
    let all = '';
    for (const e of events)
        all += `${e.actionText}\n${e.eventText}\n${e.subjectText}\n`;
    if (!containsSecret(all))
        return;
    for (const e of events) {
        const refuse = (where) => {
            throw new errors/* GatehouseError */.GA('SECRET_REFUSED', `Refusing to write audit event '${e.action} ${e.event}': ${where} holds a registered secret value.`, {
                fix: "Record the secret's name or reference in the audit subject, never its value.",
            });
        };
        if (containsSecret(e.actionText))
            refuse('action');
        if (containsSecret(e.eventText))
            refuse('event');
        if (!containsSecret(e.subjectText))
            continue;
        walkStrings(JSON.parse(e.subjectText), 'subject', (value, where) => {
            if (containsSecret(value) || containsSecret(JSON.stringify(value)))
                refuse(where);
        });
        refuse('subject'); // the secret spans several members of the serialised subject
    }
    // Otherwise the hit spanned two events in the joined text, which is not what is written.
});
var readLastLine = (function readLastLine(fd, size, file) {
    if (size === 0)
        return undefined;
    const tail = Buffer.alloc(1);
    (0,external_node_fs_.readSync)(fd, tail, 0, 1, size - 1);
    if (tail[0] !== LF) {
        throw writeFailed(file, 'its last line is incomplete (no newline at the end: the log was truncated or damaged)', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    const end = size - 1;
    const chunks = [];
    let position = end;
    // Records are a few hundred bytes: start small and grow, so a long log costs one small read.
    let step = 4096;
    while (position > 0) {
        const length = Math.min(step, position);
        step = Math.min(step * 4, 64 * 1024);
        const start = position - length;
        const buffer = Buffer.alloc(length);
        readFully(fd, buffer, start);
        const nl = buffer.lastIndexOf(LF);
        if (nl !== -1) {
            chunks.unshift(buffer.subarray(nl + 1));
            break;
        }
        chunks.unshift(buffer);
        position = start;
        if (end - position > MAX_LINE_BYTES) {
            throw writeFailed(file, `its last line is longer than ${MAX_LINE_BYTES} bytes`, 'Keep the damaged log as evidence and point the audit-log input at a new file.');
        }
    }
    const line = Buffer.concat(chunks);
    if (line.length === 0) {
        throw writeFailed(file, 'its last line is empty', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    return line;
});
var readFully = (function readFully(fd, buffer, position) {
    let done = 0;
    while (done < buffer.length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, done, buffer.length - done, position + done);
        if (n === 0)
            throw new Error('the file shrank while it was read');
        done += n;
    }
});
var lastSeq = (function lastSeq(line, file) {
    let seq;
    try {
        seq = JSON.parse((0,utf8/* decodeUtf8 */._)(line) ?? '').seq;
    }
    catch {
        seq = undefined;
    }
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
        throw writeFailed(file, 'its last line is not an audit record', 'Keep the damaged log as evidence and point the audit-log input at a new file.');
    }
    return seq;
});
var appendLine = (function appendLine(fd, line, oldSize, file) {
    try {
        let written = (0,external_node_fs_.writeSync)(fd, line);
        // A short write is rare (full disk, signals); finish it rather than leave half a line.
        while (written < line.length)
            written += (0,external_node_fs_.writeSync)(fd, line, written, line.length - written);
        // No fsync: it cost ~5 ms per event, and it guards only against the machine losing power,
        // which on a runner loses the job (and its disk) too. The chain protects against edits, not
        // crashes; a torn last line is detected and refused by the next append or verify.
    }
    catch (err) {
        try {
            (0,external_node_fs_.ftruncateSync)(fd, oldSize);
        }
        catch {
            // The next append or verify reports the incomplete line.
        }
        throw writeFailed(file, `the write failed (${errno(err)})`, 'Free disk space or point the audit-log input at a writable path.', err);
    }
});
var acquireLock = (async function acquireLock(file, timeoutMs, staleMs) {
    const path = `${file}.lock`;
    const token = (0,sha256/* uniqueId */.NF)();
    const content = JSON.stringify({ pid: process.pid, host: hostname(), token, time: isoTime() }) + '\n';
    const deadline = Date.now() + timeoutMs;
    let delay = 2;
    for (;;) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
        }
        catch (err) {
            if (errno(err) !== 'EEXIST') {
                throw writeFailed(file, `cannot create its lock file (${errno(err)})`, 'Point the audit-log input at a writable path.', err);
            }
        }
        if (fd !== undefined) {
            try {
                (0,external_node_fs_.writeSync)(fd, content);
                (0,external_node_fs_.closeSync)(fd);
            }
            catch (err) {
                (0,external_node_fs_.closeSync)(fd);
                unlinkQuietly(path);
                throw writeFailed(file, `cannot write its lock file (${errno(err)})`, 'Free disk space or point the audit-log input at a writable path.', err);
            }
            return { path, token };
        }
        const holder = inspectLock(path);
        if (holder === undefined)
            continue; // released between our open and our look: try again now
        if (isStale(holder, staleMs)) {
            breakStaleLock(path, holder, staleMs);
            continue;
        }
        if (Date.now() >= deadline) {
            const who = holder.owner ? `process ${holder.owner.pid} on ${holder.owner.host}` : 'another process';
            throw writeFailed(file, `it stayed locked by ${who} for ${Math.round(timeoutMs / 1000)}s`, `If no other Gatehouse step is running, delete ${path}.`);
        }
        await new Promise((done) => setTimeout(done, delay + Math.random() * delay));
        delay = Math.min(delay * 2, 100);
    }
});
var hostname = (function hostname() {
    if (machine === undefined) {
        try {
            if (process.platform === 'linux')
                machine = (0,external_node_fs_.readFileSync)('/proc/sys/kernel/hostname', 'utf8').trim();
        }
        catch {
            // No /proc: ask libuv.
        }
        machine ||= process.getBuiltinModule('node:os').hostname();
    }
    return machine;
});
var releaseLock = (function releaseLock(lock) {
    try {
        // Only our own lock: if it was broken as stale, the file now belongs to another writer.
        if ((0,external_node_fs_.readFileSync)(lock.path, 'utf8').includes(lock.token))
            (0,external_node_fs_.unlinkSync)(lock.path);
    }
    catch {
        // Already gone.
    }
});
__nccwpck_require__.d(__webpack_exports__, {
  _q: () => (/* binding */ appendAuditEvent)
});

// UNUSED EXPORTS: AUDIT_OUTCOMES, GENESIS_PREV, LF, MAX_LINE_BYTES, appendAuditEvents, computeRecordHash, currentRun, defaultAuditLogPath, errno, lineDigest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/canonical-json.ts
// Canonical JSON in the style of RFC 8785 (JSON Canonicalization Scheme, JCS): the one byte
// sequence for a JSON value, so that a hash of it means the same thing to every reader.
//
//   - no whitespace between tokens;
//   - object members sorted by key, comparing the keys as sequences of UTF-16 code units
//     (RFC 8785 \u00a73.2.3), which is what `<` on JavaScript strings does;
//   - strings escaped as ECMAScript JSON.stringify does (RFC 8785 \u00a73.2.2.2): `\"`, `\\`, `\b`,
//     `\f`, `\n`, `\r`, `\t`, other controls as `\u00xx` (lower-case hex), everything else as is;
//   - numbers in the ECMAScript Number::toString form (RFC 8785 \u00a73.2.2.3), `-0` written as `0`.
//
// Values JSON cannot carry faithfully are refused rather than silently changed: NaN and
// \u00b1Infinity, bigint, functions, symbols, `undefined` in arrays or at the top, strings with lone
// surrogates (not I-JSON, RFC 7493), cycles and objects that are not plain (Date, Map, class
// instances: JSON.stringify would turn them into something else). The one leniency is that an
// object member whose value is `undefined` is left out, as JSON.stringify does, so optional
// fields of a TypeScript object need no cleaning first.
/** Thrown for a value that has no canonical JSON form; `path` names it, e.g. `$.subject.size`. */
class CanonicalJsonError extends TypeError {
    name = 'CanonicalJsonError';
    path;
    constructor(path, problem) {
        super(`Cannot write ${path} as canonical JSON: ${problem}.`);
        this.path = path;
    }
}
/** The canonical JSON text of `value`. */

const ROOT = null;
function pathText(path) {
    if (path === null)
        return '$';
    const { parent, step } = path;
    if (typeof step === 'number')
        return `${pathText(parent)}[${step}]`;
    return /^[A-Za-z_$][\w$-]*$/.test(step) ? `${pathText(parent)}.${step}` : `${pathText(parent)}[${JSON.stringify(step)}]`;
}
/** The canonical JSON of `value` as UTF-8 bytes, ready to hash or write. */
function canonicalBytes(value) {
    return Buffer.from(canonical_json_canonicalize(value), 'utf8');
}
/** Code-unit order of two strings (RFC 8785 \u00a73.2.3); independent of locale. */



// JSON.stringify escapes exactly the characters RFC 8785 \u00a73.2.2.2 requires and writes the rest
// as is; it also escapes lone surrogates, which we refuse first because they are not I-JSON.


// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(5257);
// EXTERNAL MODULE: ./packages/core/src/sha256.ts + 2 modules
var sha256 = __nccwpck_require__(5765);
;// CONCATENATED MODULE: ./packages/core/src/time.ts
// ISO 8601 UTC timestamps without Date#toISOString: its first call initialises V8's date cache and
// time-zone data, about 0.3 ms of every action's start-up, for a UTC string that is plain
// arithmetic on the epoch milliseconds.
/** `2026-11-22T06:09:42.123Z` for `ms` since the epoch; the same string as new Date(ms).toISOString(). */


// EXTERNAL MODULE: ./packages/core/src/utf8.ts + 1 modules
var utf8 = __nccwpck_require__(6482);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
;// CONCATENATED MODULE: ./packages/core/src/audit.ts
// The audit log: one JSON-lines file that every Gatehouse action appends to, hash-chained so that
// any edit, reorder or deletion of a line is detected (audit-verify.ts checks it; verify-gate uses that).
//
// The format, precisely:
//
//   - The file is UTF-8. Every record is one line terminated by a single LF (0x0A). No blank lines,
//     no CR. A file that does not end with LF ends with an incomplete (truncated) line.
//   - A line is the canonical JSON (canonical-json.ts, RFC 8785 style) of an object with exactly
//     these members:
//       seq      integer, 1 for the first line, then +1 per line
//       time     when it was written, ISO 8601 UTC with milliseconds (`2026-01-02T03:04:05.678Z`)
//       action   the action that wrote it (`fetch-secrets`, `scan-deps`, ...)
//       event    what happened (`secrets.fetched`, `gate.decided`, ...)
//       subject  object of names, refs and digests it is about; never secret values
//       outcome  `success` | `failure` | `denied` | `skipped`
//       run      { repository, run_id, run_attempt, workflow_ref, sha } from GITHUB_REPOSITORY,
//                GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_WORKFLOW_REF, GITHUB_SHA (strings as the
//                runner sets them; null when unset, e.g. outside a runner)
//       prev     lower-case hex SHA-256 of the previous line's bytes: the UTF-8 bytes of that line
//                exactly as stored in the file, from its first byte up to but excluding its
//                terminating LF. For seq 1 it is 64 zeros.
//       hash     lower-case hex SHA-256 of the canonical JSON (UTF-8) of this same object without
//                the `hash` member.
//   - The chain's `head` is the SHA-256 of the last line (what the next line's `prev` will be).
//
// The chain detects any change inside the log. Removing or rewriting lines at the end can only be
// detected against an anchor kept elsewhere: compare `count`/`head` of verifyAuditLog (audit-verify.ts) with values a
// later step recorded (for example in a step output).
//
// Appends are safe when several processes write at once: a lock file (`<log>.lock`, created with
// O_EXCL) serialises them; a lock whose process has exited, or that is older than `staleLockMs`,
// is broken. Under the lock the last line is read from the end of the file (never the whole log),
// the record is built, written with one write() on an O_APPEND descriptor (not fsync'ed: see appendLine).








const GENESIS_PREV = '0'.repeat(64);
const AUDIT_OUTCOMES = ['success', 'failure', 'denied', 'skipped'];
/** Records are small; a longer line is refused on write and treated as damage on read. */
const MAX_LINE_BYTES = 1024 * 1024;
const LF = 0x0a;
/** `$RUNNER_TEMP/gatehouse/audit.jsonl`, or under the OS temp dir outside a runner. */

/** The run a record belongs to, from the runner's default environment variables. */

/** `hash` of a record: SHA-256 of the canonical JSON of the record without its `hash` member. */
function computeRecordHash(record) {
    const { hash: _ignored, ...rest } = record;
    return sha256Hex(canonicalize(rest));
}
/** `prev` for the line after `line`: SHA-256 of the line's bytes without its LF. */

/**
 * Append one event to the audit log at `path` (default: defaultAuditLogPath()) and return the
 * record written. Throws GatehouseError AUDIT_WRITE_FAILED when it cannot append (the action must
 * fail), SECRET_REFUSED when the event carries a registered secret value.
 */

/**
 * Append several events under one lock and in one write (fetch-secrets records one event per
 * secret: fifty appends would cost fifty lock round trips). All or nothing: an event that carries a
 * secret or is too large refuses the whole batch before anything is written.
 */


/**
 * Refuse a batch whose text carries a registered secret. The check runs over the serialised text,
 * which is exactly what would be written (a secret with quotes or control characters appears
 * JSON-escaped there, and the registry holds that form too), in one pass for the whole batch;
 * only on a hit are the events looked at one by one to say where.
 */

/** Calls `visit` for every string in `value`: object keys and string leaves. */
function walkStrings(value, where, visit) {
    if (typeof value === 'string') {
        visit(value, where);
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => walkStrings(item, `${where}[${i}]`, visit));
    }
    else if (value !== null && typeof value === 'object') {
        Object.entries(value).forEach(([key, item], i) => {
            // Name the position, not the key: the key itself might be the secret.
            const at = `${where} key #${i + 1}`;
            visit(key, at);
            walkStrings(item, /^[\w-]+$/.test(key) && key.length <= 40 ? `${where}.${key}` : at, visit);
        });
    }
}
/**
 * The last line of the file (without its LF), read backwards from the end in chunks so a large log
 * is never loaded; undefined for an empty file.
 */



/** One write on the O_APPEND descriptor; on any failure the file is cut back to its old size. */


function inspectLock(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        const raw = (0,external_node_fs_.readFileSync)(path, 'utf8');
        let owner;
        try {
            const parsed = JSON.parse(raw);
            if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
                owner = { pid: parsed.pid, host: parsed.host };
        }
        catch {
            owner = undefined; // being written right now, or junk: judged by age alone
        }
        return { ino: stat.ino, mtimeMs: stat.mtimeMs, raw, owner };
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
let machine;
/**
 * This machine's name, for telling whether a lock's owner can be checked here. On Linux it is read
 * where gethostname(2) reads it, which spares loading node:os (~0.3 ms of start-up); elsewhere,
 * os.hostname().
 */

function isStale(lock, staleMs) {
    if (lock.owner && lock.owner.host === hostname() && !processAlive(lock.owner.pid))
        return true;
    return Date.now() - lock.mtimeMs > staleMs;
}
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return errno(err) === 'EPERM';
    }
}
/**
 * Remove a stale lock without removing a fresh one by mistake: breakers serialise on a second
 * lock file and remove the lock only if it is still the very file judged stale (same inode, same
 * content, same mtime); a new lock created meanwhile by a live writer is left alone.
 */
function breakStaleLock(path, judged, staleMs) {
    const breaker = `${path}.break`;
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(breaker, 'wx', 0o600));
    }
    catch (err) {
        if (errno(err) !== 'EEXIST')
            throw err;
        // Someone else is breaking it. A breaker file is held for microseconds; an old one was left
        // by a process that died mid-break.
        try {
            if (Date.now() - (0,external_node_fs_.statSync)(breaker).mtimeMs > staleMs)
                (0,external_node_fs_.unlinkSync)(breaker);
        }
        catch {
            // Gone already.
        }
        return;
    }
    try {
        const now = inspectLock(path);
        if (now && now.ino === judged.ino && now.mtimeMs === judged.mtimeMs && now.raw === judged.raw)
            unlinkQuietly(path);
    }
    finally {
        unlinkQuietly(breaker);
    }
}

function unlinkQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Already gone.
    }
}
// ---- errors ------------------------------------------------------------------------------------
function writeFailed(file, problem, fix, cause) {
    return new errors/* GatehouseError */.GA('AUDIT_WRITE_FAILED', `Cannot append to the audit log ${file}: ${problem}.`, { fix, cause });
}
function errno(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
        return err.code;
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ GatehouseError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export errorCode */
// One error type for every Gatehouse failure. `code` is stable (users grep for it, tests assert
// on it); `fix` tells the user what to change. Messages are one line and never carry secret values.
class GatehouseError extends Error {
    name = 'GatehouseError';
    code;
    fix;
    constructor(code, message, options = {}) {
        super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.fix = options.fix === undefined ? undefined : oneLine(options.fix);
    }
    /** The line a user sees: message, then the fix. */
    describe() {
        return this.fix ? `${this.message} Fix: ${this.fix}` : this.message;
    }
}
/**
 * The error for a bad input value. `shown` is the offending value as it may be printed; pass
 * `undefined` for secret inputs so the value never reaches the log.
 */
function inputError(input, problem, fix, shown) {
    const value = shown === undefined ? '' : ` (got ${quote(shown)})`;
    return new GatehouseError('INPUT_INVALID', `Input '${input}' ${problem}${value}.`, { fix });
}
/** Any thrown thing (not only Error) as a one-line description. */
function describeError(err) {
    if (err instanceof GatehouseError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message || err.name);
    if (typeof err === 'string')
        return oneLine(err);
    try {
        return oneLine(JSON.stringify(err) ?? String(err));
    }
    catch {
        // Cycles, BigInts, objects without a prototype: fall back to a description that cannot throw.
        try {
            return oneLine(String(err));
        }
        catch {
            return `a thrown ${typeof err} that cannot be described`;
        }
    }
}
function errorCode(err) {
    return err instanceof GatehouseError ? err.code : 'INTERNAL';
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Quote a user-supplied value for an error message, cut to a readable length. */
function quote(value, max = 60) {
    const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
    return JSON.stringify(cut);
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var readString = (function readString(name, options = {}) {
    const raw = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name);
    const value = options.keepWhitespace ? raw : raw.trim();
    if (options.required && value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA('INPUT_MISSING', `Input '${name}' is required but was empty or not set.`, {
            fix: `Add '${name}:' under 'with:' in the step.`,
        });
    }
    return value;
});
var readBoolean = (function readBoolean(name, fallback) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'must be true or false', `Set '${name}: true' or '${name}: false'.`, value);
});
var readInteger = (function readInteger(name, fallback, options = {}) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallback;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    const range = `from ${min} to ${max}`;
    if (!/^[+-]?\d+$/.test(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'must be a whole number', `Use a whole number ${range}.`, value);
    }
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, `is out of range`, `Use a whole number ${range}.`, value);
    }
    return n;
});
var readList = (function readList(name, options = {}) {
    return splitList((0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name), options);
});
var splitList = (function splitList(raw, options = {}) {
    // Most list inputs are left empty; a step reads several at every start, and each pattern's first
    // use compiles it.
    if (raw.trim() === '')
        return [];
    const pattern = options.separator === 'comma' ? /[\r\n,]+/ : /\r?\n/;
    return raw
        .split(pattern)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !(options.comments && item.startsWith('#')));
});
var formatDuration = (function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unlimited';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
});
var workspaceRoot = (function workspaceRoot() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports readEnum, splitList, parseDuration, readDuration, readPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5257);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8643);
// Typed readers for action inputs. Each action's inputs.ts calls these once to build one validated
// object; logic code never reads INPUT_* itself. Every failure names the input, shows the bad
// value (unless the input is secret) and says how to fix it.





const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** Strict boolean: YAML 1.2 core `true`/`false` only; `yes`, `1`, `on` are mistakes, not truths. */


function readEnum(name, allowed, fallback) {
    const value = rawInput(name).trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw inputError(name, 'is not one of the allowed values', `Use one of: ${allowed.join(', ')}.`, value);
}
/** A newline (or comma) separated list: items trimmed, empty items dropped. */


const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Durations such as `500ms`, `30s`, `5m`, `1h30m`; a bare number means seconds. Returns ms. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/^(\d+(ms|s|m|h))+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, n, unit] of value.matchAll(/(\d+)(ms|s|m|h)/g))
        total += Number(n) * UNIT_MS[unit];
    return total;
}
function readDuration(name, fallbackMs, options = {}) {
    const value = rawInput(name).trim();
    if (value === '')
        return fallbackMs;
    const ms = parseDuration(value);
    const fix = 'Use a number with a unit, such as 500ms, 30s, 5m or 1h30m.';
    if (ms === undefined)
        throw inputError(name, 'is not a duration', fix, value);
    if ((options.min !== undefined && ms < options.min) || (options.max !== undefined && ms > options.max)) {
        const span = `${formatDuration(options.min ?? 0)} to ${formatDuration(options.max ?? Infinity)}`;
        throw inputError(name, 'is out of range', `Use a duration from ${span}.`, value);
    }
    return ms;
}


/**
 * A path that must stay inside the workspace, after resolving `..` and symlinks, so a policy or
 * report path cannot read or overwrite files elsewhere on the runner.
 */
function resolveInWorkspace(name, value, root = workspaceRoot()) {
    const fix = `Use a path inside the workspace (${root}).`;
    if (value.includes('\0'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'contains a NUL byte', fix);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value);
    if (!isInside(root, full))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'points outside the workspace', fix, value);
    // Walk up to the nearest existing ancestor: a symlink there could still lead outside.
    let probe = full;
    for (;;) {
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(probe);
            if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), real))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'leads outside the workspace through a symlink', fix, value);
            break;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GatehouseError */ .GA)
                throw err;
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(probe, '..');
            if (parent === probe)
                break;
            probe = parent;
        }
    }
    return full;
}
function readPath(name, fallback, root = workspaceRoot()) {
    const value = rawInput(name).trim() || fallback;
    return resolveInWorkspace(name, value, root);
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

var writeFd = (function writeFd(fd, data) {
    let buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buf));
        }
        catch (err) {
            const code = err.code;
            if (code === 'EAGAIN') {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
                continue;
            }
            if (code === 'EPIPE')
                return;
            throw err;
        }
    }
});
var escapeData = (function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
});
var formatCommand = (function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
});
var info = (function info(message) {
    out(message + EOL);
});
var addMasks = (function addMasks(values) {
    if (values.length === 0)
        return;
    out(values.map((v) => formatCommand('add-mask', {}, v) + EOL).join(''));
});
var runnerTemp = (function runnerTemp(env = process.env) {
    return env['RUNNER_TEMP'] || process.getBuiltinModule('node:os').tmpdir();
});
var rawInput = (function rawInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
});
var keyValueMessage = (function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueId */ .NF)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A UUID collision would let a value end the heredoc early and inject variables.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', `Refusing to write '${name}': it contains the heredoc delimiter.`);
    }
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
});
var fileCommandPath = (function fileCommandPath(command) {
    const path = process.env[`GITHUB_${command}`];
    if (!path)
        return undefined;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', `The runner's GITHUB_${command} file does not exist.`, {
            fix: 'Run the action on a GitHub Actions runner, or create the file named by the variable.',
        });
    }
    return path;
});
var write = (function write(command, entries, legacy) {
    if (entries.size === 0)
        return;
    const path = fileCommandPath(command);
    if (path) {
        let text = '';
        for (const [name, value] of entries)
            text += keyValueMessage(name, value) + EOL;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, text, { encoding: 'utf8' });
        return;
    }
    // Outside a runner (local runs) fall back to the stdout commands, like @actions/core does. Like it,
    // start `set-output` on a fresh line: the runner only sees a command at the start of a line, and
    // the last write (say, a child's passed-through output) may not have ended one.
    for (const [name, value] of entries) {
        if (legacy === 'set-output')
            out(EOL);
        issueCommand(legacy, { name }, value);
    }
});
var appendSummary = (function appendSummary(markdown) {
    const path = process.env['GITHUB_STEP_SUMMARY'];
    if (!path)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, markdown.endsWith('\n') ? markdown : markdown + EOL, { encoding: 'utf8' });
});
__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Exports: () => (/* binding */ Exports),
/* harmony export */   addMask: () => (/* binding */ addMask),
/* harmony export */   addMasks: () => (/* binding */ addMasks),
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* binding */ endGroup),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* binding */ isDebug),
/* harmony export */   issueCommand: () => (/* binding */ issueCommand),
/* harmony export */   keyValueMessage: () => (/* binding */ keyValueMessage),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   rawInput: () => (/* binding */ rawInput),
/* harmony export */   runnerTemp: () => (/* binding */ runnerTemp),
/* harmony export */   setWriter: () => (/* binding */ setWriter),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   warning: () => (/* binding */ warning),
/* harmony export */   writeFd: () => (/* binding */ writeFd),
/* harmony export */   writeStderr: () => (/* binding */ writeStderr),
/* harmony export */   writeStdout: () => (/* binding */ writeStdout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5257);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5765);
// The GitHub Actions runner protocol: workflow commands on stdout (`::name k=v::message`) and file
// commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY).
//
// Why not @actions/core: importing it evaluates undici through its OIDC client, which costs about
// 100 ms on every cold start (3.3x `node -e 0`, measured with hyperfine). The protocol itself is a
// few documented string formats, so this module speaks it directly. The contract tests check that
// what it writes is byte-for-byte what @actions/core writes for the same calls.



/** os.EOL without loading node:os (~0.3 ms of start-up): the line ending @actions/core writes. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/**
 * Write all of `data` to a file descriptor synchronously. process.stdout would build a stream
 * (several ms of module loading at start-up); on Linux its pipe writes are synchronous anyway, so
 * ordering is the same. A non-blocking pipe that is full answers EAGAIN: wait 1 ms and retry.
 * A closed pipe (EPIPE) means nobody is reading the log any more; there is nothing left to do.
 */

const writeStdout = (data) => writeFd(1, data);
const writeStderr = (data) => writeFd(2, data);
/** Where workflow commands and log lines go; tests swap it to capture. */
let out = writeStdout;
function setWriter(writer) {
    const previous = out;
    out = writer;
    return () => {
        out = previous;
    };
}

function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issueCommand(command, properties, message) {
    out(formatCommand(command, properties, message) + EOL);
}
// ---- log lines -------------------------------------------------------------------------------

function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotation(kind, message, props) {
    issueCommand(kind, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message);
}
function notice(message, props = {}) {
    annotation('notice', message, props);
}
function warning(message, props = {}) {
    annotation('warning', message, props);
}
function error(message, props = {}) {
    annotation('error', message, props);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * Register a mask with the runner. Every later log line, annotation and summary line of the job
 * has this exact string replaced by `***`. Callers decide what is worth masking (see masking.ts).
 */
function addMask(value) {
    issueCommand('add-mask', {}, value);
}
/** Several masks in one write: a secret has a dozen forms, and each write is a system call. */

// ---- inputs and state --------------------------------------------------------------------------
/**
 * The runner's temporary folder (RUNNER_TEMP, emptied after each job), or the OS one outside a
 * runner. node:os is loaded only for that fallback: it costs ~0.3 ms of start-up.
 */

/** The raw value of an input as the runner passes it (`INPUT_<NAME>`, hyphens kept). */

/** State saved by the main step, as the post step sees it. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** `name<<delimiter\nvalue\ndelimiter`, the heredoc form the runner parses for multi-line values. */


/**
 * Outputs, env and state are staged and written in one append at `commit()`, so an action that
 * fails half-way exports nothing: callers commit only after every required step has succeeded.
 */
class Exports {
    outputs = new Map();
    env = new Map();
    state = new Map();
    committed = false;
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    exportVariable(name, value) {
        if (name === 'NODE_OPTIONS') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('RUNNER_FILE_COMMAND', 'Refusing to export NODE_OPTIONS: the runner blocks it.');
        }
        this.env.set(name, value);
    }
    saveState(name, value) {
        this.state.set(name, value);
    }
    get outputNames() {
        return [...this.outputs.keys()];
    }
    get envNames() {
        return [...this.env.keys()];
    }
    commit() {
        if (this.committed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('INTERNAL', 'Exports committed twice.');
        this.committed = true;
        // Check every target file before writing any, so a missing GITHUB_ENV cannot leave outputs
        // written and env not (fileCommandPath throws for a path that is set but does not exist).
        for (const [command, entries] of [
            ['OUTPUT', this.outputs],
            ['ENV', this.env],
            ['STATE', this.state],
        ]) {
            if (entries.size > 0)
                fileCommandPath(command);
        }
        write('OUTPUT', this.outputs, 'set-output');
        write('ENV', this.env, 'set-env');
        write('STATE', this.state, 'save-state');
        for (const [name, value] of this.env)
            process.env[name] = value;
    }
}

/** Append markdown to the job summary; no-op outside a runner. */



/***/ }),

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var sha256Hex = (function sha256Hex(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const engine = wasmEngine();
    return engine ? engine.hash(bytes) : sha256HexJs(bytes);
});
var wasmEngine = (function wasmEngine() {
    if (wasm === undefined) {
        try {
            wasm = typeof WebAssembly === 'object' ? instantiate(WebAssembly) : null;
        }
        catch {
            // A runtime that has WebAssembly but refuses this module (a policy, no memory): JavaScript.
            wasm = null;
        }
    }
    return wasm;
});
var instantiate = (function instantiate(api) {
    const { hashAt, inputAt, blocksPerCall } = SHA256_WASM_LAYOUT;
    const { memory, blocks } = new api.Instance(new api.Module(Buffer.from(SHA256_WASM, 'base64'))).exports;
    const mem = new Uint8Array(memory.buffer);
    // WebAssembly memory is little-endian whatever the platform: H goes through a DataView.
    const view = new DataView(memory.buffer);
    return {
        hash(bytes) {
            for (let i = 0; i < 8; i++)
                view.setInt32(hashAt + 4 * i, SHA256_IV[i], true);
            const n = bytes.length;
            const whole = n - (n % 64);
            for (let at = 0; at < whole;) {
                const size = Math.min(blocksPerCall * 64, whole - at);
                mem.set(bytes.subarray(at, at + size), inputAt);
                blocks(size / 64);
                at += size;
            }
            // The rest, 0x80, zeros and the bit length: one block, or two when the rest is over 55 bytes.
            const rest = n - whole;
            const tail = rest + 9 <= 64 ? 64 : 128;
            mem.fill(0, inputAt, inputAt + tail);
            mem.set(bytes.subarray(whole), inputAt);
            mem[inputAt + rest] = 0x80;
            writeBitLength(mem, inputAt + tail, n);
            blocks(tail / 64);
            let hex = '';
            for (let i = 0; i < 8; i++)
                hex += view
                    .getUint32(hashAt + 4 * i, true)
                    .toString(16)
                    .padStart(8, '0');
            return hex;
        },
    };
});
var writeBitLength = (function writeBitLength(buf, end, n) {
    const high = Math.floor(n / 0x20000000); // n * 8 / 2^32
    const low = (n << 3) >>> 0;
    buf[end - 8] = high >>> 24;
    buf[end - 7] = high >>> 16;
    buf[end - 6] = high >>> 8;
    buf[end - 5] = high;
    buf[end - 4] = low >>> 24;
    buf[end - 3] = low >>> 16;
    buf[end - 2] = low >>> 8;
    buf[end - 1] = low;
});
var uniqueId = (function uniqueId() {
    // Four 32-bit words of Math.random, each mixed with the high-resolution clock so two processes
    // seeded alike still differ. Four conversions to hex, not 32: a step writing a hundred outputs
    // calls this once per output.
    let clock = Number(process.hrtime.bigint() % 0x100000000n) ^ (process.pid << 8);
    let s = '';
    for (let i = 0; i < 4; i++) {
        clock = (Math.imul(clock, 1103515245) + 12345) | 0;
        s += (((Math.random() * 0x100000000) ^ clock) >>> 0).toString(16).padStart(8, '0');
    }
    // The UUID v4 layout: version nibble 4, variant bits 10.
    const variant = ((parseInt(s[16], 16) & 3) | 8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
});
__nccwpck_require__.d(__webpack_exports__, {
  fg: () => (/* binding */ sha256Hex),
  NF: () => (/* binding */ uniqueId)
});

// UNUSED EXPORTS: sha256Engine, sha256HexJs

;// CONCATENATED MODULE: ./packages/core/src/sha256-constants.ts
// The SHA-256 constants of FIPS 180-4: shared by the JavaScript compression (sha256.ts) and the
// WebAssembly module's data segment (scripts/sha256-wasm.js imports this file). No imports, so
// Node runs it as is.
/** Section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const SHA256_K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
/** Section 5.3.3: the initial hash value. */
const SHA256_IV = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

;// CONCATENATED MODULE: ./packages/core/src/sha256-wasm.ts
// Generated by scripts/sha256-wasm.js (the listing, and why): do not edit. A test checks it is current.
/** The SHA-256 block function, a WebAssembly module, base64. */
const SHA256_WASM = 'AGFzbQEAAAABBQFgAX8AAwIBAAUDAQABBxMCBm1lbW9yeQIABmJsb2NrcwAACoYEAYMEAQ1/QYAIIQsgAEEGdEGACGohDAJAA0AgCyAMSUUNAUEAIQkDQCAJ' +
    'QaACaiALIAlqKAIAIQ0gDUEId0H/gfwHcSANQQh4QYD+g3hxcjYCACAJQQRqIglBwABJDQALA0AgCUGgAmogCSgCmAIiDUEReCANQRN4cyANQQp2cyAJKAKE' +
    'AmogCSgC5AEiDUEHeCANQRJ4cyANQQN2c2ogCSgC4AFqNgIAIAlBBGoiCUGAAkkNAAtBACgCgAIhAUEAKAKEAiECQQAoAogCIQNBACgCjAIhBEEAKAKQAiEF' +
    'QQAoApQCIQZBACgCmAIhB0EAKAKcAiEIQQAhCQNAIAggBUEGeCAFQQt4cyAFQRl4c2ogByAFIAYgB3Nxc2ogCSgCAGogCSgCoAJqIQogByEIIAYhByAFIQYg' +
    'BCAKaiEFIAMhBCAKIAFBAnggAUENeHMgAUEWeHNqIAEgAnEgAyABIAJycXJqIQ0gAiEDIAEhAiANIQEgCUEEaiIJQYACSQ0AC0EAQQAoAoACIAFqNgKAAkEA' +
    'QQAoAoQCIAJqNgKEAkEAQQAoAogCIANqNgKIAkEAQQAoAowCIARqNgKMAkEAQQAoApACIAVqNgKQAkEAQQAoApQCIAZqNgKUAkEAQQAoApgCIAdqNgKYAkEA' +
    'QQAoApwCIAhqNgKcAiALQcAAaiELDAALCwsLhwIBAEEAC4ACmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x' +
    '3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThT' +
    'VHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4' +
    'yIQIAseM+v++kOtsUKT3o/m+8nhxxg==';
const SHA256_WASM_LAYOUT = { hashAt: 256, inputAt: 1024, blocksPerCall: 1008 };

;// CONCATENATED MODULE: ./packages/core/src/sha256.ts
// SHA-256 (FIPS 180-4) without node:crypto, for the audit log's hash chain.
//
// Why not node:crypto: loading it initialises OpenSSL and costs ~10 ms of every action's cold
// start (measured: a step that appends one audit line went from 1.1x to 1.6x `node -e 0`). Audit
// records are a few hundred bytes. The blocks are compressed by a small WebAssembly module
// (sha256-wasm.ts, made by scripts/sha256-wasm.js): instantiated in ~0.5 ms and compiled by V8's
// baseline compiler from its first block, where JavaScript starts out interpreted. Measured cold:
// ~1.8 million fewer start-up instructions for mask-logs' one record (callgrind), and fetch-secrets'
// fifty records (100 digests) hash in ~4.4 ms instead of ~5 ms. Without WebAssembly (node
// --jitless) the same compression runs in JavaScript below. Tests check both against node:crypto
// and openssl.
// Anything hashing large data (artifacts, lockfiles) should use node:crypto, loaded lazily.


const K = Int32Array.from(SHA256_K);
/** SHA-256 of `data` (a string is hashed as UTF-8), as 64 lower-case hex characters. */

/** Which implementation sha256Hex uses in this process. */
function sha256Engine() {
    return wasmEngine() ? 'webassembly' : 'javascript';
}
/** Instantiated on first use; null where WebAssembly is unavailable. */
let wasm;


/** The message length in bits, 64-bit big-endian, in the 8 bytes before `end`. */

// ---- JavaScript, where there is no WebAssembly --------------------------------------------------
// Scratch state, reused across calls: the message schedule and the running hash.
const W = new Int32Array(64);
const H = new Int32Array(8);
/** The same digest computed in JavaScript only (the fallback; exported for its tests). */
function sha256HexJs(bytes) {
    const n = bytes.length;
    // Message + 0x80 + zero padding + 64-bit big-endian bit length, to a multiple of 64 bytes.
    const padded = new Uint8Array(Math.ceil((n + 9) / 64) * 64);
    padded.set(bytes);
    padded[n] = 0x80;
    const end = padded.length;
    writeBitLength(padded, end, n);
    H.set(SHA256_IV);
    for (let offset = 0; offset < end; offset += 64)
        compress(padded, offset);
    let hex = '';
    for (let i = 0; i < 8; i++)
        hex += (H[i] >>> 0).toString(16).padStart(8, '0');
    return hex;
}
// One 64-byte block into H. Its own small function, so V8 optimises it after a few blocks rather
// than interpreting one large function throughout. Rotations are written out: a call per rotation
// would double the cost while the code is still interpreted.
function compress(p, at) {
    const w = W;
    for (let i = 0; i < 16; i++, at += 4)
        w[i] = (p[at] << 24) | (p[at + 1] << 16) | (p[at + 2] << 8) | p[at + 3];
    for (let i = 16; i < 64; i++) {
        const x = w[i - 15];
        const y = w[i - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = H[0];
    let b = H[1];
    let c = H[2];
    let d = H[3];
    let e = H[4];
    let f = H[5];
    let g = H[6];
    let h = H[7];
    for (let i = 0; i < 64; i++) {
        const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
    }
    H[0] = H[0] + a;
    H[1] = H[1] + b;
    H[2] = H[2] + c;
    H[3] = H[3] + d;
    H[4] = H[4] + e;
    H[5] = H[5] + f;
    H[6] = H[6] + g;
    H[7] = H[7] + h;
}
/**
 * A UUID-v4-shaped random identifier for non-secret uses (heredoc delimiters, lock tokens) without
 * loading node:crypto. These need uniqueness, not secrecy: the heredoc writer refuses any value that
 * contains its delimiter, so even a guessed delimiter cannot inject a variable; it only fails.
 */



/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var escapeMarkdown = (function escapeMarkdown(text) {
    // Backslashes first, on the raw text: the entities added after must stay intact. Quotes only
    // matter inside HTML attributes, which escaped `<` rules out, so they stay readable.
    const escaped = text
        .replace(/[\\`*_[\]~|!#]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    return escaped.replace(/\r\n|\r|\n/g, '<br>');
});
var renderCell = (function renderCell(cell, inTable = true) {
    if (cell === null || cell === undefined)
        return '';
    if (typeof cell === 'object') {
        if ('code' in cell)
            return inlineCode(cell.code, inTable);
        const flat = cell.markdown.replace(/\r\n|\r|\n/g, '<br>');
        return inTable ? flat.replace(/(?<!\\)\|/g, '\\|') : flat;
    }
    return escapeMarkdown(String(cell));
});
var table = (function table(headers, rows, options = {}) {
    if (headers.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('INTERNAL', 'A summary table needs at least one column.');
    if (rows.length === 0 && options.empty !== undefined)
        return `_${escapeMarkdown(options.empty)}_\n`;
    const width = headers.length;
    const line = (cells) => {
        if (cells.length > width) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatehouseError */ .GA('INTERNAL', `A summary table row has ${cells.length} cells for ${width} columns.`);
        }
        const padded = Array.from({ length: width }, (_, i) => renderCell(cells[i]));
        return `| ${padded.join(' | ')} |`;
    };
    const rule = headers.map((_, i) => {
        switch (options.align?.[i]) {
            case 'left':
                return ':---';
            case 'center':
                return ':---:';
            case 'right':
                return '---:';
            default:
                return '---';
        }
    });
    const shown = options.maxRows !== undefined ? rows.slice(0, Math.max(0, options.maxRows)) : rows;
    const out = [line(headers), `| ${rule.join(' | ')} |`, ...shown.map(line)];
    let text = out.join('\n') + '\n';
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        text += `\n_\u2026 and ${hidden} more ${escapeMarkdown(options.noun ?? 'rows')}_\n`;
    return text;
});
var keyValueTable = (function keyValueTable(entries, headers = ['Item', 'Value']) {
    const pairs = Array.isArray(entries)
        ? entries
        : Object.entries(entries);
    return table(headers, pairs.map(([key, value]) => [key, value]));
});
var heading = (function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
});
var formatBytes = (function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return String(bytes);
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${bytes} B`;
    const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
    return `${Number(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
});
var flushAnnotations = (function flushAnnotations() {
    return stepAnnotator.flush();
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ paragraph),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   r$: () => (/* binding */ flushAnnotations),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z2: () => (/* binding */ keyValueTable),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeHtml, escapeMarkdown, link, renderCell, details, list, ANNOTATION_LIMIT, Annotator, resetAnnotations */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5257);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7276);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8643);
// Job summary and annotation helpers. Results go to the job summary as tables; findings go as
// annotations with file and line. Everything shown comes from names, refs and reports (package
// names, advisory titles) that a third party may control, so every piece of text is escaped: it
// renders as the same characters and can neither break a table nor inject links, images or HTML.
//
// GitHub shows at most 10 annotations of each type (error, warning, notice) per step and drops
// the rest silently. annotate() emits the first 10 of each, prints the others as plain log lines,
// and flushAnnotations() (call it once at the end of the step) adds "N more ..." to the summary.





// ---- escaping ------------------------------------------------------------------------------------
/** Escape HTML-significant characters: `&`, `<`, `>`, `"`, `'`. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
/**
 * Plain text as inline markdown that renders as exactly that text: `&`, `<`, `>` escaped, markdown
 * punctuation that starts emphasis, code, links, images or strikethrough backslash-escaped, `|`
 * escaped so it cannot end a table cell, and line breaks as `<br>`.
 */

/** escapeMarkdown, plus what would start a list or heading at the beginning of a block. */
function escapeBlockStart(text) {
    return escapeMarkdown(text).replace(/^(\s*)(?:([-+])|(\d+)([.)]))(?=\s|$)/, (_, space, bullet, n, dot) => (bullet ? `${space}\\${bullet}` : `${space}${n}\\${dot}`));
}
/**
 * Inline code that holds any text: a fence longer than any backtick run. In a table `|` must be
 * escaped even inside code (GFM); elsewhere the backslash would show, so it is not.
 */
function inlineCode(text, inTable = false) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
function md(markdown) {
    return { markdown };
}
function code(text) {
    return { code: text };
}
/** A link whose text and address are both escaped; only http(s) addresses are linked. */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return { markdown: escapeMarkdown(text) };
    const href = encodeURI(decodeURISafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    return { markdown: `[${escapeMarkdown(text)}](${href})` };
}
function decodeURISafe(url) {
    try {
        return decodeURI(url);
    }
    catch {
        return url;
    }
}
/** One cell (or list item) as inline markdown; `inTable` escapes `|` inside code too. */

/** A GitHub-flavoured markdown table; every cell escaped. */

/** A two-column table of names and values, in the order given. */


/** A paragraph of plain text. */
function paragraph(text) {
    return `${escapeBlockStart(text)}\n`;
}
/** A collapsible block; `body` is markdown (build it with these helpers). */
function details(summary, body, options = {}) {
    return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary).replace(/\r\n|\r|\n/g, ' ')}</summary>\n\n${body.replace(/\n*$/, '')}\n\n</details>\n`;
}
/** A bulleted list of plain-text items. */
function list(items) {
    return items.map((item) => `- ${typeof item === 'string' ? escapeBlockStart(item) : renderCell(item, false)}`).join('\n') + '\n';
}
/** Append to the job summary (no-op outside a runner). Blocks are separated by a blank line. */
function writeSummary(markdown) {
    _runner_js__WEBPACK_IMPORTED_MODULE_3__.appendSummary(markdown.endsWith('\n\n') ? markdown : markdown.replace(/\n?$/, '\n\n'));
}
// ---- numbers -------------------------------------------------------------------------------------
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** `512 B`, `1.5 KiB`, `12 MiB` (binary units, at most 3 significant digits). */

/** `1 finding`, `3 findings`; `plural` defaults to noun + "s". */
function countOf(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}
/** GitHub's limit per type per step. */
const ANNOTATION_LIMIT = 10;
const LEVEL_NAMES = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    notice: ['notice', 'notices'],
};
/** A file path as GitHub wants it in annotations: relative to the workspace, `/`-separated. */
function workspaceRelative(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) {
        // Outside the workspace GitHub cannot link it; keep it readable.
        return ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? file : full).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    }
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/**
 * Emits annotations up to the per-type limit and counts the rest. One per step is enough: use the
 * module functions below, or a new Annotator in tests.
 */
class Annotator {
    limit;
    shown = { error: 0, warning: 0, notice: 0 };
    hidden = { error: 0, warning: 0, notice: 0 };
    constructor(limit = ANNOTATION_LIMIT) {
        this.limit = limit;
    }
    /** True if it became an annotation; false if over the limit (then it is a plain log line). */
    annotate(level, message, location = {}) {
        const file = location.file ? workspaceRelative(location.file) : undefined;
        if (this.shown[level] >= this.limit) {
            this.hidden[level]++;
            const where = file
                ? `${file}${location.line ? `:${location.line}` : ''}${location.line && location.col ? `:${location.col}` : ''}: `
                : '';
            // One line: a message line starting with `::` would otherwise be read as a workflow command.
            const text = `${level}: ${where}${location.title ? `${location.title}: ` : ''}${message}`;
            _runner_js__WEBPACK_IMPORTED_MODULE_3__.info(text.replace(/\s*[\r\n]+\s*/g, ' '));
            return false;
        }
        this.shown[level]++;
        const props = {};
        if (location.title !== undefined)
            props.title = location.title;
        if (file !== undefined)
            props.file = file;
        if (location.line !== undefined)
            props.startLine = location.line;
        if (location.endLine !== undefined)
            props.endLine = location.endLine;
        if (location.col !== undefined)
            props.startColumn = location.col;
        if (location.endColumn !== undefined)
            props.endColumn = location.endColumn;
        _runner_js__WEBPACK_IMPORTED_MODULE_3__[level](message, props);
        return true;
    }
    /** How many were not shown, per type. */
    get overflow() {
        return { ...this.hidden };
    }
    /** "12 more warnings and 1 more error ..." or undefined when nothing was held back. */
    overflowLine() {
        const parts = ['error', 'warning', 'notice']
            .filter((level) => this.hidden[level] > 0)
            .map((level) => `${this.hidden[level]} more ${LEVEL_NAMES[level][this.hidden[level] === 1 ? 0 : 1]}`);
        if (parts.length === 0)
            return undefined;
        const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
        return `${joined} not shown as annotations (GitHub shows at most ${this.limit} of each type per step); they are listed in the step log.`;
    }
    /** Write the overflow line to the job summary once and reset the counts. Returns the line. */
    flush() {
        // Every step ends here; nearly always nothing was held back.
        const line = this.hidden.error + this.hidden.warning + this.hidden.notice > 0 ? this.overflowLine() : undefined;
        if (line !== undefined)
            writeSummary(paragraph(line));
        this.reset();
        return line;
    }
    reset() {
        this.shown.error = this.shown.warning = this.shown.notice = 0;
        this.hidden.error = this.hidden.warning = this.hidden.notice = 0;
    }
}
const stepAnnotator = new Annotator();
/** Emit a file/line annotation, within GitHub's per-step limit. */
function annotate(level, message, location = {}) {
    return stepAnnotator.annotate(level, message, location);
}
/** At the end of a step: add "N more ..." to the job summary if annotations were held back. */

/** For tests: forget this process's annotation counts. */
function resetAnnotations() {
    stepAnnotator.reset();
}


/***/ }),

/***/ 6482:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
var decodeUtf8 = (function decodeUtf8(bytes, options = {}) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return !options.keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
});
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ decodeUtf8)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = process.getBuiltinModule("node:buffer");
;// CONCATENATED MODULE: ./packages/core/src/utf8.ts
// Strict UTF-8: bytes that are not valid UTF-8 are binary, not text with replacement characters
// (a secret or a file decoded lossily would be exported or masked wrong).
//
// buffer.isUtf8 and Buffer#toString are native; a fatal TextDecoder gives the same answer but its
// first use costs a few hundred microseconds of start-up, which every action pays.

/**
 * The text of `bytes`, or undefined when they are not valid UTF-8. A leading byte-order mark is
 * dropped, as TextDecoder does, unless `keepBom` (a secret's bytes are kept exactly).
 */



/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = process.getBuiltinModule("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = process.getBuiltinModule("process");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(5257);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __nccwpck_require__(521);
;// CONCATENATED MODULE: ./packages/core/src/run-action.ts
// The one way every entry point (main and post) runs: catch anything thrown, print
// `<action> failed: <message>` as an error annotation, and make sure the process exits 1.



/**
 * `fn` may return an exit code to propagate (mask-logs passes on its command's); a failure always
 * exits 1. Entry points call it without a top-level `await` (which would make the bundler wrap
 * every module in async-module code, paid at each start), so the 'exit' listener below is what
 * keeps a run whose work never settles from ending with exit code 0.
 */

/**
 * What an entry point calls: runAction, then end the process the moment the step is done, with its
 * exit code. Left to itself, Node first tears down every handle and the whole heap, which costs
 * ~1.5 ms for mask-logs and ~5 ms for fetch-secrets with its pooled connections (measured). Nothing
 * is lost by not waiting: every output, file command, audit line and log line is written
 * synchronously before runAction settles, and idle keep-alive sockets and timers are not work.
 */

function fail(action, err) {
    process.exitCode = 1;
    runner.error(`${action} failed: ${(0,errors/* describeError */.Uc)(err)}`);
    if (runner.isDebug() && err instanceof Error && err.stack)
        runner.debug(err.stack);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __nccwpck_require__(7276);
;// CONCATENATED MODULE: ./actions/mask-logs/src/shell.ts
// The `shell` input, with the same meanings as `shell:` on a workflow run step, so a command moves
// between `run:` and mask-logs unchanged.

const BUILT_IN = {
    bash: { name: 'bash', argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], extension: '.sh' },
    sh: { name: 'sh', argv: ['sh', '-e', '{0}'], extension: '.sh' },
    pwsh: { name: 'pwsh', argv: ['pwsh', '-command', ". '{0}'"], extension: '.ps1' },
    python: { name: 'python', argv: ['python3', '{0}'], extension: '.py' },
};


;// CONCATENATED MODULE: ./actions/mask-logs/src/inputs.ts
// mask-logs inputs -> one validated object. Secret values never appear in an error message.





const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const MAX_FILE_SIZE_LIMIT = 1024 * 1024 * 1024;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;


/** `10485760`, `512k`, `10m`, `1g`, `10MB`, `512KiB` (units are powers of 1024). */
function parseSize(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2].toLowerCase();
    const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    const bytes = Math.floor(Number(match[1]) * factor);
    return Number.isSafeInteger(bytes) ? bytes : undefined;
}



// EXTERNAL MODULE: ./packages/core/src/audit.ts + 2 modules
var audit = __nccwpck_require__(6609);
// EXTERNAL MODULE: ./packages/core/src/sha256.ts + 2 modules
var sha256 = __nccwpck_require__(5765);
;// CONCATENATED MODULE: ./packages/core/src/encodings.ts
// The encoded forms under which a secret can reach a log. The runner masks a few of these itself
// (reference/secret-providers.md \u00a74); the rest are the gaps people hit in practice: `echo $S |
// base64` (a trailing newline), base64url in JWTs and URLs, hex dumps, form-encoded bodies, shell
// traces of quoted arguments. All functions are pure; masking.ts decides which forms to register.
/** RFC 3986 percent-encoding: unreserved characters stay, everything else is %XX. */

/**
 * application/x-www-form-urlencoded, exactly as URLSearchParams and HTML forms write it (WHATWG URL
 * "urlencoded serializer"): UTF-8 bytes percent-encoded except ASCII alphanumerics and `*-._`, and
 * space as `+`. Derived from encodeURIComponent, which leaves `!'()~` as well: constructing the
 * first URLSearchParams of a process costs ~0.5 ms, at every start-up. `value` must be well-formed.
 */

/** base64 to base64url, padding kept. */
const urlSafe = (text) => text.replaceAll('+', '-').replaceAll('/', '_');
/**
 * Every encoded form of one value (including the value itself), possibly with repeats. Written as
 * one flat function on purpose: it runs at every start-up, where each extra helper is one more
 * function for V8 to compile.
 */


;// CONCATENATED MODULE: ./packages/core/src/masking.ts
// Registering secrets: the value, each trimmed line of a multi-line value, the string leaves and
// compact form of a JSON value, and every encoded form of each (encodings.ts). Each form goes to
// the runner as `::add-mask::` (so later steps are masked too) and into the registry, which feeds
// this process's redactor and the audit log's "never write a secret" check.
//
// Trivial values are never masked: `true`, `false`, `null` and bare numbers would replace every
// occurrence of common words and digits in the job log without protecting anything. Values shorter
// than `minLength` are refused with a warning for the same reason.


const DEFAULT_MIN_LENGTH = 4;
/** The shortest form ever masked, whatever min-length says: shorter ones would shred the log. */
const MIN_MASK_LENGTH = 4;
/** Aligned base64 fragments shorter than this match ordinary base64 text too often to be useful. */
const MIN_ALIGNED_FRAGMENT = 8;
const TRIVIAL = /^(?:true|false|null|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/i;

class SecretRegistry {
    minLength;
    forms = new Set();
    byPrefix = new Map();
    /** Which pairs of leading characters some form starts with (see pairKey): one byte per pair. */
    leadingPairs = new Uint8Array(65536);
    addMasks;
    constructor(options = {}) {
        this.minLength = Math.max(options.minLength ?? DEFAULT_MIN_LENGTH, MIN_MASK_LENGTH);
        this.addMasks = options.addMasks ?? runner.addMasks;
    }
    /** How many distinct forms are registered. */
    get size() {
        return this.forms.size;
    }
    patterns() {
        return [...this.forms];
    }
    /** Why `value` would be refused, if it would be. */
    refusal(value) {
        if (value.trim() === '')
            return 'empty';
        if (isTrivial(value))
            return 'trivial';
        if (value.trim().length < this.minLength)
            return 'too-short';
        return undefined;
    }
    register(value) {
        const reason = this.refusal(value);
        if (reason)
            return { accepted: false, reason, added: 0 };
        const added = [];
        for (const base of baseValues(value)) {
            if (this.refusal(base))
                continue;
            for (const form of encodedForms(base)) {
                // Fragments (aligned base64, the short last line of wrapped base64) shorter than this
                // would match ordinary base64 text too often.
                if (form.fragment && form.text.length < MIN_ALIGNED_FRAGMENT)
                    continue;
                if (this.add(form.text))
                    added.push(form.text);
            }
        }
        this.addMasks(added);
        return { accepted: true, added: added.length };
    }
    /**
     * True when `text` contains any registered form: used to keep secrets out of the audit log.
     * Forms are indexed by their first MIN_MASK_LENGTH characters (every form is at least that
     * long), so the cost is one lookup per position of `text`, not one scan of it per form: fifty
     * fetched secrets have some 1,750 forms. Before that lookup, a table of the forms' first two
     * characters rules out almost every position without building a string.
     *
     * The scan runs once per step, cold, so mostly in V8's interpreter, where every call costs: it
     * reads the low bytes of the text's code units from a latin1 Buffer (one native copy) rather than
     * calling charCodeAt twice and a helper per position. Fifty audit records (9 kB): ~1.7 ms before.
     */
    containsSecret(text) {
        if (text.length < this.minLength)
            return false;
        const pairs = this.leadingPairs;
        // latin1 keeps the low byte of each UTF-16 code unit, which is what pairKey folds a character to.
        const low = Buffer.from(text, 'latin1');
        const last = text.length - MIN_MASK_LENGTH;
        for (let i = 0; i <= last; i++) {
            if (pairs[(low[i] << 8) | low[i + 1]] === 0)
                continue;
            const candidates = this.byPrefix.get(text.slice(i, i + MIN_MASK_LENGTH));
            if (candidates)
                for (const form of candidates)
                    if (text.startsWith(form, i))
                        return true;
        }
        return false;
    }
    add(form) {
        // Repeats first: many forms coincide (base64 and base64url of most values, for one).
        if (this.forms.has(form) || form.trim().length < this.minLength || isTrivial(form))
            return false;
        this.forms.add(form);
        this.leadingPairs[pairKey(form.charCodeAt(0), form.charCodeAt(1))] = 1;
        const prefix = form.slice(0, MIN_MASK_LENGTH);
        const bucket = this.byPrefix.get(prefix);
        if (bucket)
            bucket.push(form);
        else
            this.byPrefix.set(prefix, [form]);
        return true;
    }
}
/** Two UTF-16 code units folded to 16 bits: the low byte of each. A collision costs only a lookup. */

/** The value, its trimmed lines, and for JSON its compact form and string leaves. */


/** The string leaves of a JSON value, depth-first, to 64 levels. */


;// CONCATENATED MODULE: ./actions/mask-logs/src/summary.ts
// The job summary for mask-logs: counts and timings only, never values.




;// CONCATENATED MODULE: ./actions/mask-logs/src/main.ts
// mask-logs: register every secret and its encodings with the runner, then (optionally) run a
// command whose output is streamed through a redactor, then (optionally) scan files for leaked
// credentials. Returns the command's exit code.
//
// Order: register -> load the scan's rules and baseline (a bad file fails before the command runs)
// -> run the command -> scan (so the command's outputs: build artifacts, logs, are scanned) ->
// outputs -> fail for new findings. The scan code is loaded only when `scan` is set.






const ACTION = 'mask-logs';
/** Tokens the runner injects into an action's environment and masks itself; our redactor covers
 * them too, because the command's output reaches the log through us first. */
const RUNNER_TOKENS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/** "exited with code 3" or "was killed by SIGTERM", for the log and the error annotation. */



;// CONCATENATED MODULE: ./actions/mask-logs/src/index.ts
// Entry point: read inputs, run, report. Everything else lives in main.ts.



runStep('mask-logs', () => run(readInputs()));

module.exports = __webpack_exports__;
/******/ })()
;