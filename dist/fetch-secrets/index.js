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
/******/ 			id: moduleId,
/******/ 			loaded: false,
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
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	});
var escapeMarkdown = (function escapeMarkdown(text) {
    // Backslashes first, on the raw text: the entities added after must stay intact. Quotes only
    // matter inside HTML attributes, which escaped `<` rules out, so they stay readable.
    const escaped = text
        .replace(/[\\`*_[\]~|!#]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    return escaped.replace(/\r\n|\r|\n/g, '<br>');
});
var inlineCode = (function inlineCode(text, inTable = false) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
});
var code = (function code(text) {
    return { code: text };
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
        throw new errors/* GatehouseError */.GA('INTERNAL', 'A summary table needs at least one column.');
    if (rows.length === 0 && options.empty !== undefined)
        return `_${escapeMarkdown(options.empty)}_\n`;
    const width = headers.length;
    const line = (cells) => {
        if (cells.length > width) {
            throw new errors/* GatehouseError */.GA('INTERNAL', `A summary table row has ${cells.length} cells for ${width} columns.`);
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
var heading = (function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
});
var countOf = (function countOf(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
});
var flushAnnotations = (function flushAnnotations() {
    return stepAnnotator.flush();
});
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
            flushAnnotations();
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
var reservedReason = (function reservedReason(name) {
    const upper = name.toUpperCase();
    if (RESERVED.has(upper))
        return `${name} would change how every later step of the job runs`;
    const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `names starting with ${prefix} are reserved for the runner, the loader or the runtime`;
    return undefined;
});
var checkName = (function checkName(name, where) {
    const reason = reservedReason(name);
    if (reason) {
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', `${where}: refusing the name ${name}: ${reason}.`, {
            fix: `Export the secret under another name (e.g. APP_${name.toUpperCase().replace(/^_+/, '')}) and pass it on explicitly where it is needed.`,
        });
    }
});
var parseReferences = (function parseReferences(input) {
    const refs = [];
    const seen = new Map();
    input.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const ref = parseLine(text, line);
        const upper = ref.name.toUpperCase();
        const earlier = seen.get(upper);
        if (earlier !== undefined) {
            // Outputs and (on Windows) environment variables are case-insensitive: FOO and foo collide.
            throw refError(line, `${ref.name} is already defined on line ${earlier}`, 'Give every secret its own name.');
        }
        seen.set(upper, line);
        refs.push(ref);
    });
    if (refs.length === 0) {
        throw new errors/* GatehouseError */.GA('INPUT_MISSING', "Input 'secrets' has no references.", {
            fix: `Add one reference per line: ${FORM}.`,
        });
    }
    return refs;
});
var parseLine = (function parseLine(raw, line) {
    // ` # ...` after whitespace is a comment; `#field` right after the locator is not.
    const text = raw.replace(/\s+#.*$/, '');
    const match = LINE.exec(text);
    if (!match) {
        const name = /^([^=?\s]*)/.exec(text)?.[1] ?? '';
        if (name && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && text.includes('=')) {
            throw refError(line, `'${clip(name)}' is not a valid name`, 'Use letters, digits and underscores, not starting with a digit (e.g. DB_PASSWORD).');
        }
        throw refError(line, 'is not a secret reference', `Write ${FORM}.`);
    }
    const [, name, optional, provider, rest] = match;
    if (!PROVIDERS.includes(provider)) {
        throw refError(line, `'${clip(provider)}' is not a provider`, `Use one of ${PROVIDERS.join(', ')}: ${FORM}.`);
    }
    checkName(name, `Input 'secrets' line ${line}`);
    const hash = rest.indexOf('#');
    const locatorText = (hash < 0 ? rest : rest.slice(0, hash)).trim();
    const field = hash < 0 ? undefined : rest.slice(hash + 1).trim();
    if (field !== undefined)
        checkField(field, line);
    const locator = parseLocator(provider, locatorText, line);
    if (provider === 'sops' && field === undefined) {
        throw refError(line, 'names a SOPS file without a key', 'Add the key path to read: sops:<file>#<key.path>, e.g. sops:secrets.enc.yaml#db.password.');
    }
    const readKey = `${provider}:${locatorText}`;
    return {
        name,
        optional: optional === '?',
        provider: provider,
        locator,
        readKey,
        field,
        text: field === undefined ? readKey : `${readKey}#${field}`,
        line,
    };
});
var checkField = (function checkField(field, line) {
    if (field === '' || /\s/.test(field) || field.split('.').some((part) => part === '')) {
        throw refError(line, `has an empty field ('#${clip(field)}')`, 'Write the key after #, with dots between levels: #db.password.');
    }
});
var parseLocator = (function parseLocator(provider, text, line) {
    if (text === '')
        throw refError(line, `has nothing after '${provider}:'`, `Write ${example(provider)}.`);
    switch (provider) {
        case 'vault':
            return vaultLocator(text, line);
        case 'aws-sm':
            return awsLocator(text, line);
        case 'gcp-sm':
            return gcpLocator(text, line);
        case 'azure-kv':
            return azureLocator(text, line);
        case 'sops':
            return sopsLocator(text, line);
    }
});
var vaultLocator = (function vaultLocator(text, line) {
    const [path = '', query] = text.split('?', 2);
    const bad = (problem) => refError(line, problem, `Write ${example('vault')}, without /v1/ or a leading slash.`);
    if (path.startsWith('/'))
        throw bad(`has a Vault path starting with '/' ('${clip(path)}')`);
    if (path.startsWith('v1/'))
        throw bad(`has a Vault path starting with 'v1/' ('${clip(path)}'); Gatehouse adds /v1/ itself`);
    const segments = path.split('/');
    if (segments.length < 2 || segments.some((s) => s === '' || s === '.' || s === '..' || !VAULT_SEGMENT.test(s))) {
        throw bad(`has an invalid Vault path ('${clip(path)}')`);
    }
    if (query === undefined)
        return { provider: 'vault', path };
    const version = /^version=([1-9]\d{0,9})$/.exec(query);
    if (!version)
        throw refError(line, `has an unsupported query ('?${clip(query)}')`, 'Only ?version=<N> is supported, for KV v2 secrets.');
    return { provider: 'vault', path, version: Number(version[1]) };
});
var sopsLocator = (function sopsLocator(text, line) {
    if (text.includes('\0') || text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text) || text.split(/[\\/]/).includes('..')) {
        throw refError(line, `names a SOPS file outside the repository ('${clip(text)}')`, 'Use a path relative to the workspace, without ..');
    }
    return { provider: 'sops', file: text };
});
var readInputs = (function readInputs() {
    const secrets = (0,src_inputs/* readString */.E3)('secrets', { required: true, keepWhitespace: true });
    const refs = parseReferences(secrets);
    const settings = readSettings();
    return {
        refs,
        exportEnv: (0,src_inputs/* readBoolean */.Vf)('export-env', true),
        asFile: readAsFile(refs),
        timeoutMs: (0,src_inputs/* readDuration */.$7)('timeout', DEFAULT_TIMEOUT_MS, { min: 1000, max: 6 * 3_600_000 }),
        concurrency: (0,src_inputs/* readInteger */.JI)('concurrency', DEFAULT_CONCURRENCY, { min: 1, max: 256 }),
        policy: (0,src_inputs/* readString */.E3)('policy'),
        auditLog: (0,src_inputs/* readString */.E3)('audit-log'),
        ca: readCa(),
        settings,
        credentials: [settings.vault.token, settings.vault.secretId, settings.vault.roleId, settings.sops.ageKey].filter((v) => v !== ''),
    };
});
var readSettings = (function readSettings() {
    const vaultAuth = (0,src_inputs/* readEnum */.ai)('vault-auth', ['jwt', 'approle', 'token'], 'jwt');
    return {
        vault: {
            url: (0,src_inputs/* readString */.E3)('vault-url').replace(/\/+$/, ''),
            auth: vaultAuth,
            role: (0,src_inputs/* readString */.E3)('vault-role'),
            authPath: (0,src_inputs/* readString */.E3)('vault-auth-path').replace(/^\/+|\/+$/g, '') || (vaultAuth === 'approle' ? 'approle' : 'jwt'),
            namespace: (0,src_inputs/* readString */.E3)('vault-namespace'),
            token: (0,src_inputs/* readString */.E3)('vault-token', { secret: true }),
            roleId: (0,src_inputs/* readString */.E3)('vault-role-id', { secret: true }),
            secretId: (0,src_inputs/* readString */.E3)('vault-secret-id', { secret: true }),
            jwtAudience: (0,src_inputs/* readString */.E3)('vault-jwt-audience'),
        },
        aws: {
            region: (0,src_inputs/* readString */.E3)('aws-region'),
            roleArn: (0,src_inputs/* readString */.E3)('aws-role-arn'),
            roleSessionName: readSessionName(),
        },
        gcp: {
            workloadIdentityProvider: (0,src_inputs/* readString */.E3)('gcp-workload-identity-provider'),
            serviceAccount: (0,src_inputs/* readString */.E3)('gcp-service-account'),
        },
        azure: {
            tenantId: (0,src_inputs/* readString */.E3)('azure-tenant-id'),
            clientId: (0,src_inputs/* readString */.E3)('azure-client-id'),
        },
        sops: { ageKey: (0,src_inputs/* readString */.E3)('sops-age-key', { secret: true }) },
    };
});
var readSessionName = (function readSessionName() {
    const name = (0,src_inputs/* readString */.E3)('aws-role-session-name') || 'GitHubActions';
    // STS: 2-64 characters of [\w+=,.@-].
    if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
        throw (0,errors/* inputError */.Xu)('aws-role-session-name', 'is not a valid session name', 'Use 2-64 letters, digits and +=,.@_- (default GitHubActions).', name);
    }
    return name;
});
var readAsFile = (function readAsFile(refs) {
    const names = (0,src_inputs/* readList */.LD)('as-file', { separator: 'comma' });
    const known = new Set(refs.map((r) => r.name));
    for (const name of names) {
        if (!known.has(name)) {
            throw (0,errors/* inputError */.Xu)('as-file', `names ${name}, which is not a reference in 'secrets'`, 'List names defined in the secrets input, one per line or comma-separated.');
        }
    }
    return new Set(names);
});
var readCa = (function readCa() {
    const value = (0,src_inputs/* readString */.E3)('ca-certificates');
    if (value === '')
        return undefined;
    let pem = value;
    if (!value.includes('-----BEGIN')) {
        const path = (0,src_inputs/* resolveInWorkspace */.z1)('ca-certificates', value);
        try {
            pem = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (err) {
            throw (0,errors/* inputError */.Xu)('ca-certificates', `names a file that cannot be read (${err.code ?? 'error'})`, 'Give PEM text or the path of a PEM file in the workspace.', value);
        }
    }
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem)) {
        throw new errors/* GatehouseError */.GA('INPUT_INVALID', "Input 'ca-certificates' holds no PEM certificate.", {
            fix: 'Give one or more -----BEGIN CERTIFICATE----- blocks, or the path of such a file.',
        });
    }
    return pem;
});
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
var createLimit = (function createLimit(size) {
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
var writeSecretFiles = (function writeSecretFiles(items, savePaths) {
    const files = new Map();
    if (items.length === 0)
        return files;
    const dir = (0,external_node_path_.join)((0,runner.runnerTemp)(), `gatehouse-secrets-${(0,sha256/* uniqueId */.NF)()}`);
    const paths = items.map((item) => (0,external_node_path_.join)(dir, item.ref.name));
    savePaths({ dir, files: paths });
    try {
        // Fails if it exists: a directory planted in advance (or a symlink) is never written into.
        (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
        items.forEach((item, i) => {
            // `wx`: O_CREAT|O_EXCL, so a symlink in the path's place is refused rather than followed.
            (0,external_node_fs_.writeFileSync)(paths[i], item.value, { mode: 0o600, flag: 'wx' });
            files.set(item.ref.name, paths[i]);
        });
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw new errors/* GatehouseError */.GA('INTERNAL', `Could not write the as-file secrets to ${dir} (${err.code ?? 'error'}); nothing was exported.`, {
            fix: 'Check that RUNNER_TEMP is a writable local directory.',
            cause: err,
        });
    }
    return files;
});
var groupReads = (function groupReads(refs) {
    const groups = new Map();
    const seen = new Set();
    for (const ref of refs) {
        if (seen.has(ref.readKey))
            continue;
        seen.add(ref.readKey);
        const list = groups.get(ref.provider) ?? [];
        list.push({ key: ref.readKey, locator: ref.locator });
        groups.set(ref.provider, list);
    }
    return groups;
});
var prepareFetch = (async function prepareFetch(refs, settings, env) {
    const groups = groupReads(refs);
    const names = [...groups.keys()];
    const modules = await Promise.all(names.map((name) => LOADERS[name]()));
    names.forEach((name, i) => modules[i].checkSettings(settings, env, groups.get(name).map((r) => r.locator)));
    return {
        providers: names,
        reads: [...groups.values()].reduce((n, list) => n + list.length, 0),
        async run(ctx) {
            const results = new Map();
            const started = Date.now();
            // The first report of a read wins: the one a provider makes through `settled`, else the
            // outcome fetchAll returns for it.
            const report = (key, provider, outcome) => {
                if (!results.has(key))
                    results.set(key, { outcome, provider, latencyMs: Date.now() - started });
            };
            await Promise.all(names.map(async (name, i) => {
                const reads = groups.get(name);
                const outcomes = await modules[i].fetchAll(reads, { ...ctx, settled: (read, outcome) => report(read.key, name, outcome) });
                reads.forEach((read, j) => report(read.key, name, outcomes[j] ?? internalGap(name)));
            }));
            return results;
        },
    };
});
var checkPolicy = (async function checkPolicy(inputs, tokens, deadline, containsSecret) {
    // Loaded only when there is a file to read: YAML and the schema cost start-up time, and most
    // jobs have no policy file (an explicit `policy` input that names no file still fails, in loadPolicy).
    if (!inputs.policy && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)((0,src_inputs/* workspaceRoot */.oS)(), policy_path/* DEFAULT_POLICY_PATH */.l)))
        return undefined;
    const [{ loadPolicy }, { denials, enforced, secretsPolicySchema }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 411).then(__nccwpck_require__.bind(__nccwpck_require__, 1411)),
        __nccwpck_require__.e(/* import() */ 925).then(__nccwpck_require__.bind(__nccwpck_require__, 8925)),
    ]);
    const policy = await loadPolicy(inputs.policy, { secrets: secretsPolicySchema });
    const rules = policy.sections.secrets;
    if (!enforced(rules))
        return undefined;
    const { verifyIdToken, GITHUB_OIDC_ISSUER } = await __nccwpck_require__.e(/* import() */ 232).then(__nccwpck_require__.bind(__nccwpck_require__, 3232));
    const issuer = rules.issuer ?? GITHUB_OIDC_ISSUER;
    let job;
    try {
        const claims = await verifyIdToken(await tokens.any(), { issuer, deadline, ca: inputs.ca });
        job = {
            environment: typeof claims.environment === 'string' && claims.environment ? claims.environment : undefined,
            ref: String(claims.ref ?? ''),
        };
    }
    catch (err) {
        if (err instanceof errors/* GatehouseError */.GA && err.code === 'OIDC_UNAVAILABLE') {
            throw new errors/* GatehouseError */.GA('OIDC_UNAVAILABLE', `The secrets policy in ${policy.file} needs the job's verified environment, and ${err.message}`, { fix: err.fix ?? '' });
        }
        throw err;
    }
    const denied = denials(rules, inputs.refs, job);
    const where = `${job.environment ? `environment ${job.environment}` : 'no environment'}, ${job.ref}`;
    if (denied.length === 0)
        return `policy ${policy.file} allows all of them (${where})`;
    for (const { ref, reason } of denied)
        runner.error(`${ref.name} ('secrets' line ${ref.line}): ${reason}.`);
    await appendAuditEvents(inputs.auditLog, denied.map(({ ref, reason }) => ({
        action: 'fetch-secrets',
        event: 'secret-denied',
        outcome: 'denied',
        subject: {
            name: ref.name,
            provider: ref.provider,
            reference: ref.text,
            reason,
            environment: job.environment ?? null,
            ref: job.ref,
            policy: policy.digest ?? null,
        },
    })), { containsSecret });
    const names = denied.map((d) => d.ref.name).join(', ');
    throw new errors/* GatehouseError */.GA('POLICY_DENIED', `The secrets policy in ${policy.file} does not let this job (${where}) read ${names}; nothing was fetched.`, {
        fix: `Run the job in an environment whose rule allows these references, or change the secrets: section of ${policy.file} (reviewed like code).`,
    });
});
var selectField = (function selectField(value, field) {
    if (field === undefined)
        return whole(value);
    let data;
    if (value.kind === 'json') {
        data = value.data;
    }
    else {
        const text = value.kind === 'text' ? value.text : (0,utf8/* decodeUtf8 */._)(value.bytes);
        if (text === undefined)
            return {
                ok: false,
                problem: 'the value is binary, so it has no fields',
                fix: 'Remove the #field to export the whole value (with as-file).',
            };
        try {
            data = JSON.parse(text);
        }
        catch {
            return { ok: false, problem: 'the value is not JSON, so it has no fields', fix: 'Remove the #field to export the whole value.' };
        }
    }
    const found = descend(data, field);
    if (!found.ok)
        return found;
    const leaf = found.value;
    if (leaf === null || leaf === undefined)
        return { ok: false, problem: `field '${field}' is null`, fix: 'Store a value in that field, or read another field.' };
    return { ok: true, value: typeof leaf === 'string' ? leaf : JSON.stringify(leaf) };
});
var descend = (function descend(data, field) {
    if (isObject(data) && Object.hasOwn(data, field))
        return { ok: true, value: data[field] };
    let node = data;
    const parts = field.split('.');
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const at = parts.slice(0, i).join('.');
        if (Array.isArray(node) && /^\d+$/.test(part) && Number(part) < node.length) {
            node = node[Number(part)];
        }
        else if (isObject(node) && Object.hasOwn(node, part)) {
            node = node[part];
        }
        else {
            const where = at ? `under '${at}'` : 'at the top level';
            return {
                ok: false,
                problem: `field '${field}' does not exist (no '${part}' ${where})`,
                fix: `Use one of the keys there: ${keysOf(node)}.`,
            };
        }
    }
    return { ok: true, value: node };
});
var isObject = (function isObject(node) {
    return typeof node === 'object' && node !== null && !Array.isArray(node);
});
var resolveSecrets = (function resolveSecrets(refs, results, registry, asFile) {
    const warnings = [];
    const items = refs.map((ref) => {
        const result = results.get(ref.readKey);
        const base = { ref, asFile: asFile.has(ref.name), latencyMs: result?.latencyMs ?? 0 };
        if (!result)
            return {
                ...base,
                outcome: 'failure',
                failure: { kind: 'invalid', message: 'it was never read', fix: 'Report this as a Gatehouse bug.' },
            };
        const { outcome } = result;
        if (!outcome.ok) {
            if (ref.optional && outcome.failure.kind === 'not-found') {
                runner.notice(`${ref.name} was skipped: ${ref.text} does not exist (optional reference).`);
                return { ...base, outcome: 'skipped', failure: outcome.failure };
            }
            return { ...base, outcome: 'failure', failure: outcome.failure };
        }
        const selected = selectField(outcome.value, ref.field);
        if (!selected.ok) {
            return { ...base, outcome: 'failure', failure: { kind: 'invalid', message: `${ref.text}: ${selected.problem}`, fix: selected.fix } };
        }
        let value = selected.value;
        if (typeof value !== 'string') {
            const text = (0,utf8/* decodeUtf8 */._)(value);
            if (text !== undefined) {
                value = base.asFile ? value : text;
                mask(registry, text, ref, warnings);
            }
            else if (base.asFile) {
                // Binary (a keystore, a DER key): it can only reach a log encoded, so mask the encodings.
                registry.register(Buffer.from(value).toString('base64'));
            }
            else {
                return {
                    ...base,
                    outcome: 'failure',
                    failure: {
                        kind: 'invalid',
                        message: `${ref.text} is binary and cannot be exported as text`,
                        fix: `List ${ref.name} in the as-file input to write it to a file.`,
                    },
                };
            }
        }
        else {
            mask(registry, value, ref, warnings);
        }
        return { ...base, outcome: 'success', value, ...(outcome.version ? { version: outcome.version } : {}) };
    });
    return { items, failures: items.filter((item) => item.outcome === 'failure'), warnings };
});
var mask = (function mask(registry, value, ref, warnings) {
    const outcome = registry.register(value);
    if (outcome.accepted)
        return;
    if (outcome.reason === 'empty') {
        warnings.push(`${ref.name} is empty.`);
    }
    else {
        // Masking `true` or `1234` would blank those characters across the whole job log and still
        // protect nothing; say so, so that the owner can make the secret a real one.
        const why = outcome.reason === 'trivial' ? 'is true, false, null or a number' : `is shorter than ${registry.minLength} characters`;
        warnings.push(`${ref.name} ${why}, so it cannot be masked in the log; treat it as public or make it longer.`);
    }
});
var renderSummary = (function renderSummary(resolved, totalMs) {
    const fetched = resolved.items.filter((i) => i.outcome === 'success').length;
    const skipped = resolved.items.filter((i) => i.outcome === 'skipped').length;
    const failed = resolved.failures.length;
    const verdict = failed
        ? `**${failed} failed: nothing was exported.**`
        : `${fetched} exported${skipped ? `, ${skipped} optional skipped` : ''}.`;
    const rows = resolved.items.map((item) => [
        code(item.ref.name),
        item.ref.provider,
        code(item.ref.text),
        outcome(item),
        item.version ?? '',
        (0,src_inputs/* formatDuration */.a3)(item.latencyMs),
    ]);
    return [
        heading('fetch-secrets', 3),
        `${resolved.items.length} secrets in ${(0,src_inputs/* formatDuration */.a3)(totalMs)}: ${verdict}`,
        '',
        table(['Name', 'Provider', 'Reference', 'Outcome', 'Version', 'Latency'], rows),
    ].join('\n');
});
var outcome = (function outcome(item) {
    if (item.outcome === 'success')
        return item.asFile ? 'fetched (as file)' : 'fetched';
    const failure = item.failure;
    const status = failure.status !== undefined ? `${failure.status} ` : '';
    if (item.outcome === 'skipped')
        return `skipped: ${status}not found (optional)`;
    return `failed: ${status}${failure.kind}: ${failure.message}`;
});
var run = (async function run(inputs) {
    const started = Date.now();
    // Masks are written to the runner in batches (one write per batch, not per value): at once for
    // credentials, and for the fetched values right after they are selected, before anything that
    // could print or export them.
    const pending = [];
    const registry = new SecretRegistry({ addMasks: (forms) => pending.push(...forms) });
    const flushMasks = () => {
        runner.addMasks(pending.splice(0));
    };
    // Credentials given as inputs are masked first: the runner masks `${{ secrets.X }}`, but not a
    // value that reached the input some other way (a step output, a file).
    for (const value of inputs.credentials)
        registry.register(value);
    flushMasks();
    const containsSecret = (text) => registry.containsSecret(text);
    const deadline = new http/* Deadline */.B2(inputs.timeoutMs, "the step's timeout", "Raise the 'timeout' input, or check that the secret services are reachable from the runner.");
    const state = new runner.Exports();
    try {
        const maskNow = (value) => {
            registry.register(value);
            flushMasks();
        };
        const tokens = new IdTokens(deadline, maskNow);
        const policy = await checkPolicy(inputs, tokens, deadline, containsSecret);
        const prepared = await prepareFetch(inputs.refs, inputs.settings, process.env);
        runner.info(`Fetching ${countOf(inputs.refs.length, 'secret')} (${countOf(prepared.reads, 'distinct read')}) from ${prepared.providers.join(', ')}` +
            (policy ? `; ${policy}` : '') +
            '.');
        const ctx = {
            settings: inputs.settings,
            deadline,
            idToken: (audience) => tokens.get(audience),
            mask: maskNow,
            limit: createLimit(inputs.concurrency),
            concurrency: inputs.concurrency,
            saveState: (name, value) => state.saveState(name, value),
            workspace: (0,src_inputs/* workspaceRoot */.oS)(),
            env: process.env,
            ca: inputs.ca,
            info: runner.info,
            debug: runner.debug,
        };
        // Values are selected and masked in one pass once every read is in, not as each arrives: the
        // step's CPU is busy parsing answers throughout, so there is no idle time to fill, and with fifty
        // reads the interleaved version measured ~3 ms slower.
        const results = await prepared.run(ctx);
        const resolved = resolveSecrets(inputs.refs, results, registry, inputs.asFile);
        flushMasks();
        for (const warning of resolved.warnings)
            runner.warning(warning);
        await appendAuditEvents(inputs.auditLog, resolved.items.map(auditEvent), { containsSecret });
        runner.appendSummary(renderSummary(resolved, Date.now() - started));
        if (resolved.failures.length > 0)
            throw failureError(resolved);
        exportAll(inputs, resolved, state);
        const skipped = resolved.items.filter((item) => item.outcome === 'skipped').length;
        runner.info(`Exported ${countOf(resolved.items.length - skipped, 'secret')}` +
            (skipped ? `, skipped ${skipped} optional` : '') +
            ` in ${(0,src_inputs/* formatDuration */.a3)(Date.now() - started)}; ${registry.size} masks registered.`);
    }
    finally {
        // Even a failed step must let the post step revoke the token it obtained and delete files.
        state.commit();
    }
});
var exportAll = (function exportAll(inputs, resolved, state) {
    const exports = new runner.Exports();
    const files = writeSecretFiles(resolved.items.filter((item) => item.asFile && item.value !== undefined), (saved) => state.saveState(STATE.files, JSON.stringify(saved)));
    const exported = [];
    for (const item of resolved.items) {
        if (item.value === undefined)
            continue;
        const value = item.asFile ? files.get(item.ref.name) : item.value;
        exports.setOutput(item.ref.name, value);
        if (inputs.exportEnv)
            exports.exportVariable(item.ref.name, value);
        exported.push(item.ref.name);
    }
    const skipped = resolved.items.filter((item) => item.outcome === 'skipped').map((item) => item.ref.name);
    exports.setOutput('exported', JSON.stringify(exported));
    exports.setOutput('skipped', JSON.stringify(skipped));
    exports.commit();
});
var auditEvent = (function auditEvent(item) {
    return {
        action: ACTION,
        event: 'secret-fetched',
        outcome: item.outcome,
        subject: {
            name: item.ref.name,
            provider: item.ref.provider,
            reference: item.ref.text,
            optional: item.ref.optional,
            as_file: item.asFile,
            latency_ms: item.latencyMs,
            ...(item.version ? { version: item.version } : {}),
            ...(item.failure ? { failure: item.failure.kind, status: item.failure.status ?? null } : {}),
        },
    };
});
var __webpack_modules__ = ({

/***/ 1845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ CREDENTIAL_NAME)
/* harmony export */ });
// Field and header names that carry credentials: X-Vault-Token, Authorization, jwt, secret_id,
// WebIdentityToken, client_assertion, subject_token, password, x-api-key, ... One list for what core
// http scrubs from error bodies (http.ts) and what it sends as never-indexed HTTP/2 headers
// (h2-transport.ts).
const CREDENTIAL_NAME = /authorization|token|secret|password|passwd|assertion|credential|jwt|cookie|signature|key/i;


/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var percentEncode = (function percentEncode(value) {
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
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pm: () => (/* binding */ formEncode),
/* harmony export */   wV: () => (/* binding */ encodedForms)
/* harmony export */ });
/* unused harmony export percentEncode */
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



/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var quote = (function quote(value, max = 60) {
    const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
    return JSON.stringify(cut);
});
__nccwpck_require__.d(__webpack_exports__, {
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



/***/ }),

/***/ 1457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ var fetchJson = (async function fetchJson(url, options = {}) {
    const res = await request(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
    return res.json();
});
var request = (async function request(url, options = {}) {
    const target = URL.parse(String(url));
    if (!target) {
        // Not quoted: a URL can carry a token in its query or userinfo.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('INPUT_INVALID', 'A service URL is not a valid absolute URL.', {
            fix: 'Use a full URL such as https://vault.example.com:8200.',
        });
    }
    const method = (options.method ?? 'GET').toUpperCase();
    const { headers, body } = encode(options);
    // host + path only: a query string can carry tokens, so it never reaches a message.
    const ctx = new Ctx(method, target, headers, body);
    const label = `${method} ${ctx.where}`;
    const backoff = { ...defaultBackoff, ...options.backoff };
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const timeoutMs = Math.min(options.timeoutMs ?? 30_000, MAX_TIMER);
    const retryStatus = options.retryStatus ?? defaultRetryStatus;
    const { deadline, signal } = options;
    const doFetch = await fetcherFor(target, options.ca, options.followRedirects === true);
    for (let attempt = 1;; attempt++) {
        if (deadline?.expired)
            throw deadlineError(ctx, deadline, attempt - 1);
        // The deadline bounds each attempt too; remember which limit applied so the error names it.
        const byDeadline = deadline !== undefined && deadline.remaining() < timeoutMs;
        const limit = byDeadline ? deadline.remaining() : timeoutMs;
        let response;
        let thrown;
        try {
            const res = await doFetch(target, {
                method,
                headers,
                body,
                timeoutMs: limit,
                signal,
                ca: options.ca,
                followRedirects: options.followRedirects === true,
            });
            const bytes = await readBody(res, options.maxBytes ?? 16 * 1024 * 1024, ctx);
            response = new HttpResponse(method, ctx.where, res.status, res.statusText, res.headers, bytes);
        }
        catch (err) {
            thrown = err;
        }
        let failure;
        let retryAfter;
        if (response) {
            if (response.status >= 200 && response.status < 300)
                return response;
            failure = statusError(response, ctx, attempt);
            if (!retryStatus(response.status))
                throw failure;
            retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        }
        else if (thrown instanceof HttpError) {
            throw thrown; // an oversized body: retrying would read it again
        }
        else if (signal?.aborted) {
            throw signal.reason;
        }
        else if (isTimeout(thrown)) {
            if (byDeadline)
                throw deadlineError(ctx, deadline, attempt);
            failure = new HttpError('HTTP_TIMEOUT', `${label} timed out: no complete answer within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(limit)}${attempts(attempt)}.`, {
                fix: `Check that ${target.host} is reachable and healthy from the runner, or raise the request timeout.`,
                ...fields(ctx, attempt),
            });
        }
        else {
            failure = networkError(thrown, ctx, attempt);
            if (!retryableNetwork(failure.reason ?? ''))
                throw failure;
        }
        if (attempt >= maxAttempts)
            throw failure;
        if (retryAfter !== undefined && retryAfter > backoff.maxRetryAfterMs) {
            const asked = `the server asked to retry after ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(retryAfter)}, longer than Gatehouse waits (${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(backoff.maxRetryAfterMs)})`;
            throw new HttpError(failure.code, `${failure.message.replace(/\.$/, '')}; ${asked}.`, {
                ...fromError(failure),
                fix: failure.fix ?? '',
            });
        }
        const wait = retryAfter ?? backoffDelay(attempt, backoff);
        // Sleeping past the deadline only to fail later wastes the job's time: fail now, and say why.
        if (deadline && wait >= deadline.remaining())
            throw deadlineError(ctx, deadline, attempt, failure, wait);
        _runner_js__WEBPACK_IMPORTED_MODULE_2__.info(`${label}: ${failure.status ?? failure.reason ?? 'timed out'}; retry ${attempt} of ${maxAttempts - 1} in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(wait)}.`);
        await backoff.sleep(wait);
    }
});
var encode = (function encode(options) {
    const headers = { 'user-agent': 'gatehouse' };
    let body = options.body;
    if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
    }
    else if (options.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        // The same encoding as URLSearchParams (a lone surrogate becomes U+FFFD there too), without
        // constructing one: core's formEncode, which the masking forms use.
        body = Object.entries(options.form)
            .map(([name, value]) => `${(0,_encodings_js__WEBPACK_IMPORTED_MODULE_3__/* .formEncode */ .pm)(name.toWellFormed())}=${(0,_encodings_js__WEBPACK_IMPORTED_MODULE_3__/* .formEncode */ .pm)(value.toWellFormed())}`)
            .join('&');
    }
    for (const [name, value] of Object.entries(options.headers ?? {}))
        headers[name.toLowerCase()] = value;
    return { headers, body };
});
var readBody = (async function readBody(res, maxBytes, ctx) {
    if (!res.body)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.byteLength;
        // Bounded memory: a broken or hostile server cannot make an action buffer gigabytes.
        if (size > maxBytes) {
            throw new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} answered with more than ${maxBytes} bytes; refusing to read it.`, {
                fix: 'Check that the URL points at the service API.',
                ...fields(ctx, 1),
                status: res.status,
            });
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
});
var proxyEnv = (function proxyEnv() {
    const env = process.env;
    // Lower case first, as curl and undici do.
    return {
        http: env['http_proxy'] || env['HTTP_PROXY'] || '',
        https: env['https_proxy'] || env['HTTPS_PROXY'] || '',
        no: env['no_proxy'] || env['NO_PROXY'] || '',
    };
});
var proxyFor = (function proxyFor(target, proxy) {
    // EnvHttpProxyAgent sends https through HTTP_PROXY when HTTPS_PROXY is unset; mirror it here.
    return (target.protocol === 'https:' ? proxy.https || proxy.http : proxy.http) || undefined;
});
var fetcherFor = (async function fetcherFor(target, ca, followRedirects = false) {
    const proxy = proxyEnv();
    if (!proxyFor(target, proxy) && !followRedirects) {
        direct ??= await __nccwpck_require__.e(/* import() */ 673).then(__nccwpck_require__.bind(__nccwpck_require__, 4673));
        return viaNode;
    }
    const undici = await __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5134, 19));
    const key = JSON.stringify([ca ?? '', proxy.http, proxy.https, proxy.no]);
    let agent = agents.get(key);
    if (!agent) {
        // `connect` covers direct connections, `requestTls` the TLS inside a proxy's CONNECT tunnel.
        const tls = ca ? { connect: { ca }, requestTls: { ca } } : {};
        agent = new undici.EnvHttpProxyAgent({ httpProxy: proxy.http, httpsProxy: proxy.https, noProxy: proxy.no, ...tls });
        agents.set(key, agent);
    }
    const dispatcher = agent;
    return async (url, init) => {
        const timeout = AbortSignal.timeout(init.timeoutMs);
        const res = await undici.fetch(url.href, {
            method: init.method,
            headers: init.headers,
            body: init.body,
            signal: init.signal ? AbortSignal.any([timeout, init.signal]) : timeout,
            redirect: init.followRedirects ? 'follow' : 'manual',
            dispatcher,
        });
        return { status: res.status, statusText: res.statusText, headers: res.headers, body: res.body };
    };
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   UI: () => (/* binding */ defaultRetryStatus),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   kZ: () => (/* binding */ preconnect),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* unused harmony exports setBackoff, parseRetryAfter, HttpResponse, closeHttpAgents */
/* harmony import */ var _credential_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1845);
/* harmony import */ var _encodings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(163);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7276);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8643);
// The one HTTP client of every action: fetch with a per-attempt timeout, an overall deadline,
// retries with full-jitter backoff that honour Retry-After, proxies from the environment and a
// custom CA. Errors are one line naming method, host+path and status, with a fix; they never carry
// request bodies, credentials or query strings (which can hold tokens).





// ---- deadline ----------------------------------------------------------------------------------
/**
 * A point in time shared by every request (and anything else) of one step. Pass the same object to
 * each call: retries, backoff sleeps and per-attempt timeouts are all cut to what is left of it.
 */
class Deadline {
    ms;
    label;
    fix;
    at;
    lazySignal;
    /** `label` and `fix` end up in the DEADLINE_EXCEEDED error, so name the input that sets it. */
    constructor(ms, label = 'the overall deadline', fix = "Raise the step's timeout, or check that the service is reachable from the runner.") {
        this.ms = ms;
        this.label = label;
        this.fix = fix;
        this.at = Date.now() + ms;
    }
    remaining() {
        return Math.max(0, this.at - Date.now());
    }
    get expired() {
        return this.remaining() === 0;
    }
    /** Aborts when the deadline passes; for work other than `request` (child processes, streams). */
    get signal() {
        // AbortSignal.timeout's timer is unref'd, so an unused deadline never keeps the process alive.
        this.lazySignal ??= Number.isFinite(this.at)
            ? AbortSignal.timeout(Math.min(this.remaining(), MAX_TIMER))
            : new AbortController().signal;
        return this.lazySignal;
    }
}
const BUILTIN_BACKOFF = {
    baseMs: 500,
    maxMs: 10_000,
    maxRetryAfterMs: 60_000,
    random: Math.random,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
let defaultBackoff = BUILTIN_BACKOFF;
/**
 * Override the backoff for every request (tests of code that calls `request` indirectly). Returns a
 * function that restores the previous defaults, like runner.setWriter.
 */
function setBackoff(overrides) {
    const previous = defaultBackoff;
    defaultBackoff = { ...previous, ...overrides };
    return () => {
        defaultBackoff = previous;
    };
}
/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform pick in
 * [0, min(max, base * 2^(retry-1))) spreads a burst of clients instead of retrying in lockstep.
 */
function backoffDelay(retry, backoff) {
    return Math.floor(backoff.random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** (retry - 1)));
}
/** Retry-After as milliseconds: delta-seconds or an HTTP-date (RFC 9110 \u00a710.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
class HttpResponse {
    method;
    target;
    status;
    statusText;
    headers;
    body;
    constructor(method, target, status, statusText, headers, body) {
        this.method = method;
        this.target = target;
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.body = body;
    }
    text() {
        return this.body.toString('utf8');
    }
    /** Parse the body; a malformed body fails without quoting it (it may hold a secret). */
    json() {
        try {
            return JSON.parse(this.text());
        }
        catch {
            const type = this.headers.get('content-type') ?? 'no content-type';
            throw new HttpError('HTTP_FAILED', `${this.method} ${this.target} answered ${this.status} with a body that is not valid JSON (${this.body.length} bytes, ${type}).`, {
                fix: 'Check that the URL points at the service API and not at a proxy or login page.',
                method: this.method,
                target: this.target,
                status: this.status,
            });
        }
    }
}
/**
 * A failed request. `status` is set when the server answered; `body` is its parsed error body
 * (JSON, else text) and `detail` the server's own message, both with the request's credentials and
 * anything token-shaped replaced by `***`, so providers can map e.g. Vault's `{"errors":[...]}`.
 */
class HttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA {
    method;
    /** host + path, never the query string. */
    target;
    status;
    body;
    detail;
    attempts;
    /** Network error code (ECONNREFUSED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ...). */
    reason;
    constructor(code, message, init) {
        super(code, message, { fix: init.fix });
        this.method = init.method;
        this.target = init.target;
        this.status = init.status;
        this.body = init.body;
        this.detail = init.detail;
        this.attempts = init.attempts ?? 1;
        this.reason = init.reason;
    }
}
function defaultRetryStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** GET (or any method) and parse the JSON answer. Sends `Accept: application/json`. */

/** Send a request, retrying as configured; resolves only with a 2xx, otherwise throws HttpError. */

/** Node timers overflow above 2^31-1 ms and fire at once; clamp instead. */
const MAX_TIMER = 2 ** 31 - 1;
/** What error messages of one request are built from. */
class Ctx {
    method;
    target;
    headers;
    body;
    /** host + path, never the query string. */
    where;
    found;
    constructor(method, target, headers, body) {
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body;
        this.where = `${target.host}${target.pathname}`;
    }
    /** The request's credentials, to scrub from what a server echoes: worked out only for an error. */
    get secrets() {
        return (this.found ??= secretsOf(this.headers, this.body, this.target));
    }
}
/** An attempt that ran out of time: the transport's timer, or undici's AbortSignal.timeout. */
function isTimeout(err) {
    const name = (e) => e?.name;
    return name(err) === 'TimeoutError' || name(err?.cause) === 'TimeoutError';
}
function fields(ctx, attempt) {
    return { method: ctx.method, target: ctx.where, attempts: attempt };
}
function fromError(err) {
    const { method, target, status, body, detail, attempts, reason } = err;
    return { fix: err.fix ?? '', method, target, status, body, detail, attempts, reason };
}
function attempts(n) {
    return n > 1 ? ` (${n} attempts)` : '';
}


// ---- errors ------------------------------------------------------------------------------------
function statusFix(status, target) {
    if (status >= 300 && status < 400)
        return 'Use the final URL: Gatehouse does not follow redirects, so credentials are never sent to another host.';
    if (status === 401)
        return `Check the credentials sent to ${target.host}: the server did not accept them.`;
    if (status === 403)
        return `The credentials were accepted but lack permission for ${target.pathname}; grant it to this workflow's identity.`;
    if (status === 404)
        return `Check the URL and path (${target.host}${target.pathname}).`;
    if (defaultRetryStatus(status))
        return 'The service is unavailable or rate limiting; re-run the job later, or raise the attempts or timeout.';
    return 'Check the request this step sends; the server gave its reason above.';
}
function statusError(res, ctx, attempt) {
    const text = res.body.subarray(0, 64 * 1024).toString('utf8');
    let body;
    try {
        body = scrub(JSON.parse(text), ctx.secrets);
    }
    catch {
        body = scrubText(text, ctx.secrets) || undefined;
    }
    const found = extractDetail(body);
    const detail = found ? oneLine(found).slice(0, 300) : undefined;
    let extra = detail ? `: ${detail.replace(/[.\s]+$/, '')}` : '';
    if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        extra =
            location && URL.canParse(location, ctx.target.href)
                ? `: redirect to ${new URL(location, ctx.target).host} refused`
                : ': redirect refused';
    }
    const reason = [res.status, res.statusText].filter(Boolean).join(' ');
    return new HttpError('HTTP_FAILED', `${ctx.method} ${ctx.where} failed with ${reason}${extra}${attempts(attempt)}.`, {
        fix: statusFix(res.status, ctx.target),
        ...fields(ctx, attempt),
        status: res.status,
        body,
        detail,
    });
}
/** The human message in the error shapes Gatehouse's services use (Vault, GCP, Azure, AWS, OSV). */
function extractDetail(body) {
    if (typeof body === 'string') {
        const xml = /<Message>([^<]*)<\/Message>/.exec(body);
        return xml ? xml[1] : body.split('\n')[0];
    }
    if (!body || typeof body !== 'object')
        return undefined;
    const b = body;
    const errors = b['errors'];
    if (Array.isArray(errors) && errors.length > 0) {
        return errors.map((e) => (typeof e === 'string' ? e : String(e?.message ?? JSON.stringify(e)))).join('; ');
    }
    const error = b['error'];
    if (error && typeof error === 'object' && typeof error.message === 'string')
        return error.message;
    for (const key of ['error_description', 'message', 'Message', 'detail', 'error']) {
        if (typeof b[key] === 'string' && b[key])
            return b[key];
    }
    return undefined;
}
const TLS_CODE = /CERT|SELF_SIGNED|TLS|SSL|UNABLE_TO_(GET|VERIFY)/;
function networkError(err, ctx, attempt) {
    const cause = err?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const raw = typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err);
    // Undici quotes an invalid header's value in its message: scrub before it reaches the error.
    const text = oneLine(scrubText(raw, ctx.secrets)).slice(0, 200);
    const label = `${ctx.method} ${ctx.where}`;
    if (code && TLS_CODE.test(code)) {
        return new HttpError('HTTP_FAILED', `${label} failed: the server's TLS certificate is not trusted (${code}).`, {
            fix: `Pass the CA certificate (PEM) that signed ${ctx.target.host}'s certificate, or add it to NODE_EXTRA_CA_CERTS.`,
            ...fields(ctx, attempt),
            reason: code,
        });
    }
    if (!cause) {
        // fetch rejects a bad request (invalid header value, body on GET) before any I/O, with no
        // cause; a network failure always has one. Retrying the former cannot help.
        return new HttpError('HTTP_FAILED', `${label} could not be sent: ${text.replace(/\.$/, '')}.`, {
            fix: 'Check the URL and header values this step sends (no line breaks or control characters).',
            ...fields(ctx, attempt),
            reason: 'INVALID_REQUEST',
        });
    }
    const what = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' ? 'host not found' : text || 'network error';
    const shown = code && !what.includes(code) ? ` (${code})` : '';
    return new HttpError('HTTP_FAILED', `${label} failed: ${what}${shown}${attempts(attempt)}.`, {
        fix: `Check that ${ctx.target.host} is reachable from the runner (URL, DNS, firewall, HTTPS_PROXY/NO_PROXY).`,
        ...fields(ctx, attempt),
        reason: code ?? 'NETWORK',
    });
}
/** A TLS failure, an unknown host or a malformed request does not heal in seconds; the rest may. */
function retryableNetwork(reason) {
    return !TLS_CODE.test(reason) && reason !== 'ENOTFOUND' && reason !== 'INVALID_REQUEST';
}
function deadlineError(ctx, deadline, attempt, last, wait) {
    const lastly = last ? `; last attempt: ${last.status ?? last.reason ?? 'timed out'}${last.detail ? ` (${last.detail})` : ''}` : '';
    const next = wait === undefined ? '' : `, next retry due in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(wait)}`;
    const message = `${ctx.method} ${ctx.where} did not finish within ${deadline.label} (${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(deadline.ms)})${attempts(attempt)}${lastly}${next}.`;
    return new HttpError('DEADLINE_EXCEEDED', message, {
        ...(last ? fromError(last) : fields(ctx, attempt)),
        fix: deadline.fix,
        attempts: attempt,
    });
}
// ---- scrubbing ---------------------------------------------------------------------------------
// Credentials a server might echo that the request did not carry. A Bearer/Basic value must contain
// a digit or punctuation, so prose such as "Bearer token expired" is left alone.
const TOKENISH = [
    /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
    /\b(?:hv[sbr]|gh[pousr])[._][\w-]{16,}/g,
    /\b(Bearer|Basic)(\s+)(?=[^\s"',;]*[\d._~+/=-])[^\s"',;]{8,}/gi,
];
/**
 * What a server might echo back into an error body: credential headers, and credential-named
 * fields of the JSON or form body and of the query (values of 8+ chars; shorter ones are not worth
 * the false positives). Other values (a Vault role, an audience) stay visible: errors name them.
 */
function secretsOf(headers, body, url) {
    const found = [];
    for (const [name, value] of Object.entries(headers)) {
        if (!_credential_names_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_NAME */ .M.test(name))
            continue;
        found.push(value);
        const scheme = /^\S+\s+(.+)$/.exec(value);
        if (scheme)
            found.push(scheme[1]);
    }
    const text = typeof body === 'string' ? body : body ? Buffer.from(body).toString('utf8') : '';
    if (text) {
        found.push(text);
        try {
            credentialFields(JSON.parse(text), false, found);
        }
        catch {
            for (const [name, value] of new URLSearchParams(text))
                if (_credential_names_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_NAME */ .M.test(name))
                    found.push(value);
        }
    }
    for (const [name, value] of url.searchParams)
        if (_credential_names_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_NAME */ .M.test(name))
            found.push(value);
    if (url.password)
        found.push(decodeURIComponent(url.password));
    return [...new Set(found.filter((s) => s.length >= 8))].sort((a, b) => b.length - a.length);
}
function credentialFields(value, secret, into) {
    if (typeof value === 'string' && secret)
        into.push(value);
    else if (Array.isArray(value))
        for (const v of value)
            credentialFields(v, secret, into);
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            credentialFields(v, secret || _credential_names_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_NAME */ .M.test(k), into);
    }
}
function scrubText(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    const [jwt, prefixed, scheme] = TOKENISH;
    return out.replace(jwt, '***').replace(prefixed, '***').replace(scheme, '$1$2***');
}
function scrub(value, secrets) {
    if (typeof value === 'string')
        return scrubText(value, secrets);
    if (Array.isArray(value))
        return value.map((v) => scrub(v, secrets));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)]));
    }
    return value;
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Undici dispatchers by CA and proxy settings, so connections are reused across requests. */
const agents = new Map();

// The direct transport is its own chunk, loaded with the first request: a step that fails on its
// inputs, or never makes a request, does not compile it at start-up.
let direct;
const viaNode = (url, init) => direct.nodeFetch(url, init);
/**
 * Start `connections` connections to the origin of `url` now, for requests that will follow while
 * something else is awaited (see node-transport's preconnect). Only for direct connections: through
 * a proxy, undici's agent manages its own. A bad URL is left to the request to report; the promise
 * rejects only if the transport cannot be loaded, so callers that do not wait on it catch that.
 */
async function preconnect(url, options) {
    const target = URL.parse(url);
    if (!target || proxyFor(target, proxyEnv()))
        return;
    direct ??= await __nccwpck_require__.e(/* import() */ 673).then(__nccwpck_require__.bind(__nccwpck_require__, 4673));
    direct.preconnect(target, options.ca, options.connections);
}
/** The proxy a request to `target` goes through, if any. */

/**
 * Core's own client (node-transport.ts: HTTP/1.1 over node:net and node:tls, and HTTP/2 to https
 * servers that offer it) for direct connections, with or without a custom CA: it is cheap to load
 * and to use. Only behind a proxy (or to follow redirects, which nothing in Gatehouse asks for by
 * default) is undici loaded, lazily, and its fetch used with an EnvHttpProxyAgent, which honours
 * NO_PROXY and tunnels https through CONNECT.
 * Undici's own fetch, not the global one, because a dispatcher from the npm package need not match
 * the undici bundled inside Node.
 */

/** Close pooled proxy/CA connections (end of a step, or between tests that change the env). */
async function closeHttpAgents() {
    direct?.closeIdleConnections();
    const all = [...agents.values()];
    agents.clear();
    await Promise.all(all.map((a) => a.close()));
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
var readEnum = (function readEnum(name, allowed, fallback) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is not one of the allowed values', `Use one of: ${allowed.join(', ')}.`, value);
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
var readDuration = (function readDuration(name, fallbackMs, options = {}) {
    const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.rawInput)(name).trim();
    if (value === '')
        return fallbackMs;
    const ms = parseDuration(value);
    const fix = 'Use a number with a unit, such as 500ms, 30s, 5m or 1h30m.';
    if (ms === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is not a duration', fix, value);
    if ((options.min !== undefined && ms < options.min) || (options.max !== undefined && ms > options.max)) {
        const span = `${formatDuration(options.min ?? 0)} to ${formatDuration(options.max ?? Infinity)}`;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, 'is out of range', `Use a duration from ${span}.`, value);
    }
    return ms;
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
var resolveInWorkspace = (function resolveInWorkspace(name, value, root = workspaceRoot()) {
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
});
var isInside = (function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
});
__nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports splitList, parseDuration, readPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8643);
// Typed readers for action inputs. Each action's inputs.ts calls these once to build one validated
// object; logic code never reads INPUT_* itself. Every failure names the input, shows the bad
// value (unless the input is secret) and says how to fix it.





const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** Strict boolean: YAML 1.2 core `true`/`false` only; `yes`, `1`, `on` are mistakes, not truths. */



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



/**
 * A path that must stay inside the workspace, after resolving `..` and symlinks, so a policy or
 * report path cannot read or overwrite files elsewhere on the runner.
 */

function readPath(name, fallback, root = workspaceRoot()) {
    const value = rawInput(name).trim() || fallback;
    return resolveInWorkspace(name, value, root);
}



/***/ }),

/***/ 6824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yq: () => (/* binding */ decodeClaims),
/* harmony export */   p9: () => (/* binding */ getIdToken)
/* harmony export */ });
/* unused harmony exports ID_TOKEN_URL_VAR, ID_TOKEN_TOKEN_VAR, idTokenUrl, trustedClaims, formatTrustedClaims */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1457);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8643);
// GitHub Actions OIDC: fetch the job's ID token the way actions/toolkit's oidc-utils.ts does
// (reference/secret-providers.md \u00a72.0) and read its claims.



const ID_TOKEN_URL_VAR = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const ID_TOKEN_TOKEN_VAR = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/**
 * The request URL with the audience appended. The runner's URL already has a query string, so the
 * toolkit just appends `&audience=`; a URL without one gets `?`. The rest of the URL is kept byte
 * for byte (re-serialising it through URLSearchParams could change its encoding).
 */
function idTokenUrl(base, audience) {
    if (!audience)
        return base;
    const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
    return `${base}${separator}audience=${encodeURIComponent(audience)}`;
}
/**
 * Fetch a GitHub OIDC token for `audience` (GitHub's default, `https://github.com/<owner>`, when
 * omitted). The token is registered as a mask before anything else sees it.
 */
async function getIdToken(audience, options = {}) {
    const base = process.env[ID_TOKEN_URL_VAR];
    const requestToken = process.env[ID_TOKEN_TOKEN_VAR];
    if (!base || !requestToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('OIDC_UNAVAILABLE', `GitHub OIDC is not available to this job: it needs 'permissions: id-token: write' (${ID_TOKEN_URL_VAR} and ${ID_TOKEN_TOKEN_VAR} are not set).`, {
            fix: "Add 'permissions: id-token: write' to the job (or the workflow). Pull requests from forks never get a token; run such steps from a trusted workflow.",
        });
    }
    let answer;
    try {
        answer = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(idTokenUrl(base, audience), {
            headers: { authorization: `Bearer ${requestToken}` },
            maxAttempts: options.maxAttempts ?? 5,
            timeoutMs: options.timeoutMs,
            deadline: options.deadline,
            backoff: options.backoff,
        });
    }
    catch (err) {
        // A missed deadline stays DEADLINE_EXCEEDED: the step's budget, not OIDC, is what ran out.
        if (!(err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) || err.code === 'DEADLINE_EXCEEDED')
            throw err;
        const refused = err.status === 401 || err.status === 403;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('OIDC_FAILED', `Could not get a GitHub OIDC token: ${err.message}`, {
            fix: refused ? "The runner's request token was refused; re-run the job and check 'permissions: id-token: write'." : err.fix,
            cause: err,
        });
    }
    const token = answer?.value;
    if (typeof token !== 'string' || token === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('OIDC_FAILED', "GitHub's OIDC endpoint answered without a token (no 'value' in the response).", {
            fix: 'Re-run the job; if it persists, check githubstatus.com for Actions incidents.',
        });
    }
    // Mask first: even a malformed value is secret and may end up in someone's log.
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__.addMask)(token);
    decodeClaims(token);
    return token;
}
const PARTS = ['header', 'payload', 'signature'];
function malformed(why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatehouseError */ .GA('OIDC_FAILED', `The OIDC token is malformed: ${why}.`, {
        fix: 'Pass the JWT exactly as GitHub issued it (three base64url parts separated by dots).',
    });
}
function decodePart(part, name) {
    let value;
    try {
        value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw malformed(`the ${name} is not JSON`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw malformed(`the ${name} is not a JSON object`);
    return value;
}
/**
 * The payload of a JWT, decoded WITHOUT verifying the signature. That is deliberate: the consumer
 * the token is sent to (Vault, AWS STS, GCP STS, Entra ID) verifies signature, issuer, audience and
 * expiry against GitHub's JWKS, and a token Gatehouse just fetched from the runner over TLS needs no
 * second check to be read. Never use this to accept a token from anywhere else. Errors never quote
 * the token.
 */
function decodeClaims(jwt) {
    if (typeof jwt !== 'string')
        throw malformed('it is not a string');
    const parts = jwt.trim().split('.');
    if (parts.length !== 3)
        throw malformed(`expected 3 dot-separated parts, found ${parts.length}`);
    parts.forEach((part, i) => {
        if (!/^[A-Za-z0-9_-]+$/.test(part))
            throw malformed(`the ${PARTS[i]} is not base64url`);
    });
    decodePart(parts[0], 'header');
    return decodePart(parts[1], 'payload');
}
const REQUIRED = (/* unused pure expression or super */ null && (['repository', 'ref', 'sha', 'job_workflow_ref', 'run_id']));
function trustedClaims(claims) {
    const out = {};
    for (const name of REQUIRED) {
        const value = claims[name];
        // run_id is a string in GitHub's tokens; accept a number from other issuers' fixtures.
        if ((typeof value !== 'string' || value === '') && typeof value !== 'number') {
            throw new GatehouseError('OIDC_FAILED', `The OIDC token has no '${name}' claim.`, {
                fix: 'Use a token issued by GitHub Actions (iss https://token.actions.githubusercontent.com or GHES /_services/token).',
            });
        }
        out[name] = String(value);
    }
    const env = claims.environment;
    if (typeof env === 'string' && env !== '')
        out['environment'] = env;
    return out;
}
/** One log/audit line: `repository=o/r ref=refs/heads/main environment=prod ...` (no secrets). */
function formatTrustedClaims(trusted) {
    const { repository, ref, environment, job_workflow_ref, sha, run_id } = trusted;
    return Object.entries({ repository, ref, environment, job_workflow_ref, sha, run_id })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
}


/***/ }),

/***/ 271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ DEFAULT_POLICY_PATH)
/* harmony export */ });
// Where the policy file lives by default, in a module of its own so an action can check whether
// there is a file without loading the policy code (YAML parser, schema) at start-up.
const DEFAULT_POLICY_PATH = '.github/gatehouse.yml';


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
var issueCommand = (function issueCommand(command, properties, message) {
    out(formatCommand(command, properties, message) + EOL);
});
var info = (function info(message) {
    out(message + EOL);
});
var debug = (function debug(message) {
    issueCommand('debug', {}, message);
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
var getState = (function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
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


// ---- log lines -------------------------------------------------------------------------------

function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
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

/***/ 3246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
// Strict UTF-8: bytes that are not valid UTF-8 are binary, not text with replacement characters
// (a secret or a file decoded lossily would be exported or masked wrong).
//
// buffer.isUtf8 and Buffer#toString are native; a fatal TextDecoder gives the same answer but its
// first use costs a few hundred microseconds of start-up, which every action pays.

/**
 * The text of `bytes`, or undefined when they are not valid UTF-8. A leading byte-order mark is
 * dropped, as TextDecoder does, unless `keepBom` (a secret's bytes are kept exactly).
 */
function decodeUtf8(bytes, options = {}) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return !options.keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = process.getBuiltinModule("buffer");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = process.getBuiltinModule("node:worker_threads");

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
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
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
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __nccwpck_require__(8643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __nccwpck_require__(7276);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts
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

function md(markdown) {
    return { markdown };
}

/** A link whose text and address are both escaped; only http(s) addresses are linked. */
function summary_link(text, url) {
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
function keyValueTable(entries, headers = ['Item', 'Value']) {
    const pairs = Array.isArray(entries)
        ? entries
        : Object.entries(entries);
    return table(headers, pairs.map(([key, value]) => [key, value]));
}

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
    runner.appendSummary(markdown.endsWith('\n\n') ? markdown : markdown.replace(/\n?$/, '\n\n'));
}
// ---- numbers -------------------------------------------------------------------------------------
const BYTE_UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** `512 B`, `1.5 KiB`, `12 MiB` (binary units, at most 3 significant digits). */
function formatBytes(bytes) {
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
}
/** `1 finding`, `3 findings`; `plural` defaults to noun + "s". */

/** GitHub's limit per type per step. */
const ANNOTATION_LIMIT = 10;
const LEVEL_NAMES = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    notice: ['notice', 'notices'],
};
/** A file path as GitHub wants it in annotations: relative to the workspace, `/`-separated. */
function workspaceRelative(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const root = (0,external_node_path_.resolve)(workspace);
    const full = (0,external_node_path_.resolve)(root, file);
    const rel = (0,external_node_path_.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        // Outside the workspace GitHub cannot link it; keep it readable.
        return ((0,external_node_path_.isAbsolute)(file) ? file : full).split(external_node_path_.sep).join('/');
    }
    return rel.split(external_node_path_.sep).join('/');
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
            runner.info(text.replace(/\s*[\r\n]+\s*/g, ' '));
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
        runner[level](message, props);
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
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/names.ts
// Which names a secret may be exported under. The runner itself only blocks NODE_OPTIONS in
// GITHUB_ENV; anything else an action writes there applies to every later step of the job. A
// secret named PATH, LD_PRELOAD or BASH_ENV would let whoever controls the secret's value run code
// in those steps, and GITHUB_*/RUNNER_*/ACTIONS_* would spoof the runner's own context.

/** Names that change how programs start, where they look for code, or what the runner reports. */
const RESERVED = new Set([
    'PATH',
    'BASH_ENV',
    'ENV',
    'HOME',
    'SHELL',
    'SHELLOPTS',
    'BASHOPTS',
    'IFS',
    'CDPATH',
    'GLOBIGNORE',
    'PS4',
    'PROMPT_COMMAND',
    'TMPDIR',
    'CI',
    'CLASSPATH',
    'JAVA_TOOL_OPTIONS',
    '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'PYTHONPATH',
    'PYTHONHOME',
    'PYTHONSTARTUP',
    'PERL5LIB',
    'PERL5OPT',
    'PERLLIB',
    'RUBYLIB',
    'RUBYOPT',
    'GCONV_PATH',
    'HOSTALIASES',
    'GIT_ASKPASS',
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_EXEC_PATH',
    'GIT_EDITOR',
    'GIT_PAGER',
    'GIT_PROXY_COMMAND',
    'GIT_EXTERNAL_DIFF',
    'GIT_TEMPLATE_DIR',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'CURL_CA_BUNDLE',
    'REQUESTS_CA_BUNDLE',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'ALL_PROXY',
    'NO_PROXY',
]);
/** Prefixes of families that are all dangerous (loader, runtime and runner variables). */
const RESERVED_PREFIXES = [
    'LD_',
    'DYLD_',
    'NODE_',
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'BASH_FUNC_',
    'GIT_CONFIG',
    'NPM_CONFIG_',
    'INPUT_',
    'STATE_',
];
/** Why `name` may not be used, or undefined when it may. Case-insensitive, as Windows runners are. */

/** Throws INPUT_INVALID when `name` would hijack the job; `where` says where it was written. */


;// CONCATENATED MODULE: ./actions/fetch-secrets/src/providers/types.ts
// The contract between fetch-secrets' orchestration (main.ts) and each provider module. A provider
// module speaks one service's wire protocol and nothing else: it authenticates once per step, reads
// every distinct locator it is handed (through the shared pool), and reports one outcome per read.
// Field selection (`#db.password`), masking of the values, policy, export and audit are done by the
// caller, so providers stay small and alike.
const PROVIDERS = ['vault', 'aws-sm', 'gcp-sm', 'azure-kv', 'sops'];

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/references.ts
// The `secrets` input: one reference per line, `NAME[?]=<provider>:<locator>[#<field>]`. Parsed
// completely before anything touches the network, so a typo fails with its line number and the
// expected form instead of a provider's 404 half-way through the step.
//
//   DB_PASSWORD=vault:secret/data/app#password          KV v2 (KV v1: vault:kv/app#password)
//   API_KEY?=aws-sm:prod/api#key                        `?`: optional, skipped when missing
//   SA_KEY=gcp-sm:projects/p/secrets/sa/versions/3
//   TLS_CERT=azure-kv:my-vault/tls-cert
//   SIGNING_KEY=sops:deploy/secrets.enc.yaml#signing.key
//
// Blank lines and lines starting with `#` are ignored, as is ` # comment` after a reference.



const FORM = 'NAME=<provider>:<locator>[#field] (providers: vault, aws-sm, gcp-sm, azure-kv, sops)';
const LINE = /^([A-Za-z_][A-Za-z0-9_]*)(\?)?\s*=\s*([a-z][a-z0-9-]*):(.*)$/;



// ---- locators --------------------------------------------------------------------------------

function example(provider) {
    return {
        vault: 'vault:<mount>/data/<path>#<key> (KV v2) or vault:<mount>/<path>#<key> (KV v1)',
        'aws-sm': 'aws-sm:<secret name or ARN>[#<key>]',
        'gcp-sm': 'gcp-sm:projects/<project>/secrets/<secret>[/versions/<version>][#<key>]',
        'azure-kv': 'azure-kv:<vault name>/<secret name>[/<version>][#<key>]',
        sops: 'sops:<file in the repository>#<key.path>',
    }[provider];
}
const VAULT_SEGMENT = /^[A-Za-z0-9_.@+=:,~-]+$/;

const AWS_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const AWS_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
function awsLocator(text, line) {
    if (text.startsWith('arn:')) {
        const arn = AWS_ARN.exec(text);
        if (!arn)
            throw refError(line, `has an invalid Secrets Manager ARN ('${clip(text)}')`, 'Use arn:aws:secretsmanager:<region>:<account>:secret:<name>, or the secret name.');
        return { provider: 'aws-sm', secretId: text, region: arn[1] };
    }
    if (!AWS_NAME.test(text)) {
        throw refError(line, `has an invalid Secrets Manager secret name ('${clip(text)}')`, 'Names use letters, digits and /_+=.@- (at most 512 characters).');
    }
    return { provider: 'aws-sm', secretId: text };
}
const GCP = /^projects\/([A-Za-z0-9.:-]+)\/(?:locations\/([a-z0-9-]+)\/)?secrets\/([A-Za-z0-9_-]{1,255})(?:\/versions\/(latest|[1-9]\d*))?$/;
function gcpLocator(text, line) {
    const match = GCP.exec(text);
    if (!match)
        throw refError(line, `has an invalid Secret Manager name ('${clip(text)}')`, `Write ${example('gcp-sm')}; regional secrets use projects/<p>/locations/<l>/secrets/<s>.`);
    const [, project, location, secret, version] = match;
    return { provider: 'gcp-sm', project, location, secret, version: version ?? 'latest' };
}
const AZURE_VAULT = /^(?:[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]|[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9](?:\.[a-z0-9-]+)+)$/;
const AZURE_NAME = /^[0-9A-Za-z-]{1,127}$/;
const AZURE_VERSION = /^[0-9A-Za-z]{1,64}$/;
function azureLocator(text, line) {
    const [vault = '', secret = '', version, ...extra] = text.split('/');
    const fix = `Write ${example('azure-kv')}.`;
    if (extra.length > 0 || !secret)
        throw refError(line, `has an invalid Key Vault reference ('${clip(text)}')`, fix);
    if (!AZURE_VAULT.test(vault)) {
        throw refError(line, `has an invalid Key Vault name ('${clip(vault)}')`, 'Vault names are 3-24 letters, digits and hyphens (or a full host name such as v.vault.azure.net).');
    }
    if (!AZURE_NAME.test(secret)) {
        throw refError(line, `has an invalid Key Vault secret name ('${clip(secret)}')`, 'Secret names are 1-127 letters, digits and hyphens.');
    }
    if (version !== undefined && !AZURE_VERSION.test(version)) {
        throw refError(line, `has an invalid Key Vault secret version ('${clip(version)}')`, 'Versions are the 32-character id from the secret identifier.');
    }
    return version === undefined ? { provider: 'azure-kv', vault, secret } : { provider: 'azure-kv', vault, secret, version };
}

function refError(line, problem, fix) {
    return new errors/* GatehouseError */.GA('INPUT_INVALID', `Input 'secrets' line ${line} ${problem}.`, { fix });
}
function clip(text, max = 80) {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/inputs.ts
// fetch-secrets inputs -> one validated object. The references are parsed here, completely, so a
// malformed line fails before any network call. Credential inputs (vault-token, vault-secret-id,
// sops-age-key, ...) are never shown in an error.




const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_CONCURRENCY = 64;




/** `ca-certificates`: PEM text, or the path of a PEM file in the workspace. */


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


// EXTERNAL MODULE: ./packages/core/src/sha256.ts + 2 modules
var sha256 = __nccwpck_require__(5765);
;// CONCATENATED MODULE: ./packages/core/src/time.ts
// ISO 8601 UTC timestamps without Date#toISOString: its first call initialises V8's date cache and
// time-zone data, about 0.3 ms of every action's start-up, for a UTC string that is plain
// arithmetic on the epoch milliseconds.
/** `2026-11-22T06:09:42.123Z` for `ms` since the epoch; the same string as new Date(ms).toISOString(). */


// EXTERNAL MODULE: ./packages/core/src/utf8.ts
var utf8 = __nccwpck_require__(3246);
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
async function appendAuditEvent(path, event, options = {}) {
    const [record] = await appendAuditEvents(path, [event], options);
    return record;
}
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

function readFully(fd, buffer, position) {
    let done = 0;
    while (done < buffer.length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, done, buffer.length - done, position + done);
        if (n === 0)
            throw new Error('the file shrank while it was read');
        done += n;
    }
}
function lastSeq(line, file) {
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
}
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

// EXTERNAL MODULE: ./packages/core/src/http.ts
var http = __nccwpck_require__(1457);
// EXTERNAL MODULE: ./packages/core/src/encodings.ts
var encodings = __nccwpck_require__(163);
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
            for (const form of (0,encodings/* encodedForms */.wV)(base)) {
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
function collectStrings(node, depth, out) {
    if (depth > 64)
        return;
    if (typeof node === 'string')
        out.push(node);
    else if (node !== null && typeof node === 'object')
        for (const item of Object.values(node))
            collectStrings(item, depth + 1, out);
}

;// CONCATENATED MODULE: ./packages/core/src/pool.ts
// A bounded pool for concurrent work (HTTP reads, OSV lookups): at most `size` tasks run at once,
// the rest wait in FIFO order. A failing task rejects only its own promise.

/** Map `items` through `fn` with at most `size` in flight; results keep the input order. */
async function mapLimit(items, size, fn) {
    const limit = createLimit(size);
    return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/as-file.ts
// as-file: secrets written to 0600 files in a fresh 0700 directory under RUNNER_TEMP, whose paths
// are exported instead of the values (certificates, keys, kubeconfigs: tools want files). The paths
// are saved for the post step, which deletes them, before the first byte is written.







;// CONCATENATED MODULE: ./actions/fetch-secrets/src/fetch.ts
// Fetching: group the references into distinct reads per provider, load only the provider modules
// that are used, check their settings (before any network call), then run every provider at once,
// all sharing one bounded pool and one deadline. Returns one outcome per read key.
/** Each provider's code is loaded only when a reference uses it: node:crypto, XML and age are not free. */
const LOADERS = {
    vault: () => __nccwpck_require__.e(/* import() */ 209).then(__nccwpck_require__.bind(__nccwpck_require__, 4209)),
    'aws-sm': () => __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.bind(__nccwpck_require__, 4994)),
    'gcp-sm': () => __nccwpck_require__.e(/* import() */ 707).then(__nccwpck_require__.bind(__nccwpck_require__, 4707)),
    'azure-kv': () => __nccwpck_require__.e(/* import() */ 546).then(__nccwpck_require__.bind(__nccwpck_require__, 9546)),
    sops: () => __nccwpck_require__.e(/* import() */ 791).then(__nccwpck_require__.bind(__nccwpck_require__, 1791)),
};
/** One read per distinct `<provider>:<locator>`, whatever the fields and names that use it. */

/** Load the providers used and check their settings; throws the first settings error. */

function internalGap(provider) {
    return {
        ok: false,
        failure: {
            kind: 'invalid',
            message: `the ${provider} provider returned no outcome for this read`,
            fix: 'Report this as a Gatehouse bug.',
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/policy-path.ts
var policy_path = __nccwpck_require__(271);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/enforce-policy.ts
// The environment policy, enforced before any provider is called. The job's environment and ref
// come from its OIDC token, verified against the issuer's keys: a step can point
// ACTIONS_ID_TOKEN_REQUEST_URL at a server of its own, but cannot forge GitHub's signature.







/**
 * Throws POLICY_DENIED listing every reference the job may not read. Returns a description of the
 * policy applied for the log, or undefined when the policy file has no `secrets:` rules.
 */


// EXTERNAL MODULE: ./packages/core/src/oidc.ts
var oidc = __nccwpck_require__(6824);
;// CONCATENATED MODULE: ./actions/fetch-secrets/src/id-tokens.ts
// GitHub OIDC tokens for the step, one request per audience however many providers ask for it
// (the policy check and a Vault login may share one). Each token is masked with its encodings.

class IdTokens {
    deadline;
    mask;
    cache = new Map();
    constructor(deadline, mask) {
        this.deadline = deadline;
        this.mask = mask;
    }
    /** `''` asks for GitHub's default audience (https://github.com/<owner>). */
    get(audience) {
        let token = this.cache.get(audience);
        if (!token) {
            token = (0,oidc/* getIdToken */.p9)(audience || undefined, { deadline: this.deadline }).then((jwt) => {
                this.mask(jwt);
                return jwt;
            });
            this.cache.set(audience, token);
        }
        return token;
    }
    /** Any token already asked for (its claims do not depend on the audience), else the default one. */
    any() {
        const first = this.cache.values().next();
        return first.done ? this.get('') : first.value;
    }
}

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/select.ts
// From what a provider returned to the string (or bytes) that is exported: the whole value, or the
// field a reference names after `#`. Dots descend (`#db.password`), but a key that literally
// contains the dots wins (`#smtp.host` reads {"smtp.host": ...} when that key exists), and a
// number selects a list item. Leaves that are not strings are exported as their JSON text.


function whole(value) {
    switch (value.kind) {
        case 'text':
            return { ok: true, value: value.text };
        case 'bytes':
            return { ok: true, value: value.bytes };
        case 'json':
            return { ok: true, value: typeof value.data === 'string' ? value.data : JSON.stringify(value.data) };
    }
}

/** Key names help the user fix a typo; they are names, not values (values are never shown). */
function keysOf(node) {
    if (Array.isArray(node))
        return node.length ? `indexes 0-${node.length - 1}` : '(an empty list)';
    if (!isObject(node))
        return '(none: it is a single value)';
    const keys = Object.keys(node);
    if (keys.length === 0)
        return '(none: it is empty)';
    const shown = keys.slice(0, 12).join(', ');
    return keys.length > 12 ? `${shown} and ${keys.length - 12} more` : shown;
}


;// CONCATENATED MODULE: ./actions/fetch-secrets/src/resolve.ts
// From read outcomes to what each reference exports: select the field, mask the value (with its
// encodings, before it is exported or could be printed), and sort out what failed and what an
// optional reference may skip. Only `not-found` may be skipped; any other failure still fails.






;// CONCATENATED MODULE: ./actions/fetch-secrets/src/state.ts
// Names of the state the main step saves for the post step (STATE_<name> in the post's environment).
const STATE = {
    /** The Vault token obtained by login, to revoke (the vault provider saves it). */
    vaultToken: 'vault-token',
    /** JSON list of the as-file paths to delete. */
    files: 'files',
};

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/summary.ts
// The job summary: one row per secret with its provider, reference, outcome and latency. Names and
// references only; values never reach the summary.





;// CONCATENATED MODULE: ./actions/fetch-secrets/src/main.ts
// fetch-secrets: read every referenced secret, mask it (with its encodings) before anything else
// can see it, and export all of them, or nothing.
//
// Order: mask credential inputs -> environment policy (before any provider call) -> load and check
// the providers used -> fetch everything concurrently (one pool, one deadline) -> select fields and
// mask every value -> audit (one event per secret) and summary -> on any required failure: fail,
// exporting nothing -> else write as-file files, then outputs and env in one commit.
// State for the post step (the Vault token to revoke, the files to delete) is saved whatever happens.















const ACTION = 'fetch-secrets';



/** One error listing every failed name with its provider, status and fix. */
function failureError(resolved) {
    const { failures } = resolved;
    for (const item of failures) {
        const { message, fix } = item.failure;
        runner.error(`${item.ref.name} (${item.ref.text}, 'secrets' line ${item.ref.line}): ${message.replace(/\.+$/, '')}. Fix: ${fix}`);
    }
    const list = failures.map((item) => `${item.ref.name} (${item.ref.provider}, ${label(item.failure)})`).join(', ');
    const fixes = [...new Set(failures.map((item) => item.failure.fix))];
    return new errors/* GatehouseError */.GA('SECRET_FETCH_FAILED', `${failures.length} of ${resolved.items.length} secrets could not be fetched, so nothing was exported: ${list}.`, { fix: fixes.length === 1 ? fixes[0] : 'See the error for each secret above.' });
}
/** An error status when there was one (403, 404, 503), else the kind (invalid for a malformed 200). */
function label(failure) {
    return failure.status !== undefined && failure.status >= 300 ? failure.status : failure.kind;
}

;// CONCATENATED MODULE: ./actions/fetch-secrets/src/index.ts
// Entry point: read inputs, run, report. Everything else lives in main.ts.



runStep(ACTION, () => run(readInputs()));

module.exports = __webpack_exports__;
/******/ })()
;