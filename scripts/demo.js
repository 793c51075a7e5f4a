// `npm run demo`: runs the real bundled actions the way the GitHub runner does (INPUT_* variables,
// file-command files, stdout workflow commands) and shows what a job log and summary would hold.
//
// 1. mask-logs runs a command that prints a secret in the ways secrets usually leak. The demo shows
//    the log as mask-logs lets it through, next to what the runner's built-in masking alone would
//    have shown for the same output.
// 2. fetch-secrets reads two secrets from a SOPS file in the repository (examples/demo, encrypted
//    to a demo age key), exports one as a variable and one as a 0600 file, then its post step
//    deletes the file.
// 3. scan-deps inventories a package-lock.json made by npm and matches it against a two-record
//    offline OSV database (examples/demo/scan): the job summary, the decision and the outputs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'sk_live_51Hx9DemoSecret/Value+42';
const bold = (s) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[0m` : s);
const rule = (title) => console.log(`\n${bold(`── ${title} `.padEnd(78, '─'))}`);

const LEAKY = [
  'echo "Deploying with key $API_KEY"',
  'echo "basic auth header: $(printf "deploy:%s" "$API_KEY" | base64 -w0)"',
  'echo "$API_KEY" | base64            # echo adds a newline: the runner misses this one',
  'printf %s "$API_KEY" | od -An -tx1 -v | tr -d " \\n"; echo   # hex dump',
  'printf %s "$API_KEY" | base64 -w0 | tr "+/" "-_" | tr -d =; echo   # base64url, as in JWTs',
  "python3 -c \"import os,urllib.parse; print('form body: key=' + urllib.parse.quote_plus(os.environ['API_KEY']))\"",
  'printf "split across writes: %s" "${API_KEY:0:10}"; sleep 0.1; echo "${API_KEY:10}"',
].join('\n');

function runAction(action, inputs, extraEnv, options = {}) {
  const job = options.job ?? mkdtempSync(join(tmpdir(), 'gatehouse-demo-'));
  const files = Object.fromEntries(['output', 'env', 'state', 'summary'].map((f) => [f, join(job, `${options.entry ?? 'main'}-${f}`)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  mkdirSync(join(job, 'workspace'), { recursive: true });
  for (const [name, from] of Object.entries(options.workspaceFiles ?? {})) cpSync(from, join(job, 'workspace', name), { recursive: true });
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? job,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(job, 'workspace'),
    RUNNER_TEMP: job,
    GITHUB_REPOSITORY: 'octo-org/demo',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  const started = Date.now();
  const script = options.entry === 'post' ? join(root, 'dist', action, 'post', 'index.js') : join(root, 'dist', action, 'index.js');
  const r = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
  const result = {
    code: r.status,
    ms: Date.now() - started,
    stdout: r.stdout,
    stderr: r.stderr,
    output: readFileSync(files.output, 'utf8'),
    env: readFileSync(files.env, 'utf8'),
    state: readFileSync(files.state, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
    audit: existsSync(join(job, 'gatehouse', 'audit.jsonl')) ? readFileSync(join(job, 'gatehouse', 'audit.jsonl'), 'utf8') : '',
    job,
  };
  if (!options.keep) rmSync(job, { recursive: true, force: true });
  return result;
}

/** How the runner renders stdout: mask commands are consumed, annotations become labelled lines. */
function runnerView(stdout) {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
    .map((l) => l.replace(/^::(warning|error|notice)[^:]*::/, (_, k) => `${k[0].toUpperCase()}${k.slice(1)}: `))
    .join('\n');
}

/** The runner's own masker for one value: exact substrings of the value and its built-in encodings. */
function runnerOnlyMask(text, value) {
  const b = Buffer.from(value);
  const forms = [
    value,
    b.toString('base64'),
    b.subarray(1).toString('base64'),
    b.subarray(2).toString('base64'),
    encodeURIComponent(value),
  ];
  for (const f of forms) text = text.split(f).join('***');
  return text;
}

rule('mask-logs: a command that prints a secret in seven ways');
console.log(LEAKY.replace(/^/gm, '  $ '));

const masked = runAction('mask-logs', { secrets: SECRET, run: LEAKY }, { API_KEY: SECRET });
const plain = spawnSync('bash', ['-c', LEAKY], { env: { PATH: process.env.PATH, API_KEY: SECRET }, encoding: 'utf8' });

rule("Job log with the runner's built-in masking only (register the value, nothing else)");
const leakedRunnerOnly = runnerOnlyMask(plain.stdout, SECRET);
console.log(leakedRunnerOnly.trimEnd().replace(/^/gm, '  '));

rule('Job log with gatehouse mask-logs');
console.log(runnerView(masked.stdout).trimEnd().replace(/^/gm, '  '));

rule('Job summary written by mask-logs');
console.log(masked.summary.trimEnd().replace(/^/gm, '  '));

rule('Step outputs and audit log');
console.log(masked.output.trimEnd().replace(/^/gm, '  '));
for (const line of masked.audit.trim().split('\n')) {
  const r = JSON.parse(line);
  console.log(`  audit #${r.seq} ${r.action}/${r.event} ${r.outcome} hash=${r.hash.slice(0, 16)}… prev=${r.prev.slice(0, 16)}…`);
}

const visible = runnerView(masked.stdout) + masked.stderr + masked.summary + masked.output;
const encodings = [
  SECRET,
  Buffer.from(SECRET).toString('base64'),
  Buffer.from(`${SECRET}\n`).toString('base64'),
  Buffer.from(SECRET).toString('hex'),
];
const leaks = encodings.filter((f) => visible.includes(f)).length;
const runnerLeaks = leakedRunnerOnly.split('\n').filter((l) => /[0-9a-f]{20,}|[A-Za-z0-9_-]{30,}|%2F|sk_live/.test(l)).length;
rule('Result');
console.log(`  mask-logs exit code ${masked.code} in ${masked.ms} ms; forms registered: ${/masked<<\S+\n(\d+)/.exec(masked.output)?.[1]}`);
console.log(`  lines still carrying the secret with built-in masking only: ${runnerLeaks}`);
console.log(`  forms of the secret visible with mask-logs: ${leaks}`);
if (masked.code !== 0 || leaks !== 0) {
  console.error('demo failed: mask-logs did not redact everything');
  process.exit(1);
}

// ---- fetch-secrets --------------------------------------------------------------------------

/** `name<<delim\nvalue\ndelim` file commands back into a map, as the runner reads them. */
function parseFileCommands(text) {
  const out = {};
  const re = /^([^\n<=]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

const demoDir = join(root, 'examples', 'demo');
const fetchInputs = {
  secrets: 'DB_PASSWORD=sops:secrets.enc.yaml#db.password\nDB_USER=sops:secrets.enc.yaml#db.user\nTLS_KEY=sops:secrets.enc.yaml#tls.key',
  'as-file': 'TLS_KEY',
  'sops-age-key': readFileSync(join(demoDir, 'demo-age-key.txt'), 'utf8'),
};
rule('fetch-secrets: secrets from a SOPS file in the repository (age, decrypted in-process)');
console.log(fetchInputs.secrets.replace(/^/gm, '  secrets: ').replace(/\n/g, '\n'));
const fetched = runAction(
  'fetch-secrets',
  fetchInputs,
  {},
  { keep: true, workspaceFiles: { 'secrets.enc.yaml': join(demoDir, 'secrets.enc.yaml') } },
);
rule('Job log of fetch-secrets');
console.log(runnerView(fetched.stdout).trimEnd().replace(/^/gm, '  '));
rule('Job summary written by fetch-secrets');
console.log(fetched.summary.trimEnd().replace(/^/gm, '  '));
const outputs = parseFileCommands(fetched.output);
const tlsPath = outputs.TLS_KEY;
rule('What later steps get (values shown by length only)');
for (const [name, value] of Object.entries(outputs)) {
  const shown =
    name === 'TLS_KEY'
      ? `${value} (mode ${(statSync(value).mode & 0o777).toString(8)})`
      : name === 'exported' || name === 'skipped'
        ? value
        : `<${value.length} characters>`;
  console.log(`  ${name} = ${shown}`);
}
const state = parseFileCommands(fetched.state);
const post = runAction('fetch-secrets', fetchInputs, {}, { job: fetched.job, entry: 'post', state });
rule('Post step');
console.log(runnerView(post.stdout).trimEnd().replace(/^/gm, '  '));
const deleted = !existsSync(tlsPath);
console.log(`  ${tlsPath} ${deleted ? 'is gone' : 'STILL EXISTS'}`);
const fetchVisible = runnerView(fetched.stdout) + fetched.stderr + fetched.summary;
const fetchLeaks = [outputs.DB_PASSWORD, outputs.DB_USER].filter((v) => v && fetchVisible.includes(v)).length;
rmSync(fetched.job, { recursive: true, force: true });
if (fetched.code !== 0 || post.code !== 0 || !deleted || fetchLeaks !== 0) {
  console.error('demo failed: fetch-secrets did not export, mask and clean up as expected');
  process.exit(1);
}

// ---- scan-deps -------------------------------------------------------------------------------

const scanDir = join(root, 'examples', 'demo', 'scan');
rule('scan-deps: a package-lock.json made by npm against an offline OSV database');
const scanned = runAction(
  'scan-deps',
  { osv: 'offline', 'osv-offline-db': 'osv', 'fail-on-severity': 'high' },
  {},
  {
    workspaceFiles: {
      'package-lock.json': join(scanDir, 'package-lock.json'),
      'package.json': join(scanDir, 'package.json'),
      osv: join(scanDir, 'osv'),
    },
  },
);
rule('Job log of scan-deps');
console.log(runnerView(scanned.stdout).trimEnd().replace(/^/gm, '  '));
rule('Job summary written by scan-deps');
console.log(scanned.summary.trimEnd().replace(/^/gm, '  '));
const scanOutputs = parseFileCommands(scanned.output);
rule('Outputs');
for (const name of ['vulnerabilities', 'violations', 'passed']) console.log(`  ${name} = ${scanOutputs[name]}`);
// lodash@4.17.20 is high (7.2): the step must fail, having written everything first.
if (scanned.code !== 1 || scanOutputs.passed !== 'false' || scanOutputs.vulnerabilities !== '2') {
  console.error('demo failed: scan-deps did not report the two vulnerable packages and fail on the high one');
  process.exit(1);
}
