// `npm run startup-profile`: which functions each action runs at every start, for eager compilation
// (scripts/eager-compile.js explains why). Bundles without the lists, runs each action on typical
// inputs the way the runner does with V8's --log-function-events, and writes the names of the
// functions V8 compiled lazily to actions/<name>/startup-functions.txt. Then rebundles.
//
// Run it after changing what an action does at start-up; commit the lists with the change. The
// scenarios are the common paths: a stale or partial list only makes start-up a little slower.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVaultFake } from '../test-support/fakes/vault.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'examples', 'demo');

interface Scenario {
  action: string;
  entry?: 'post';
  inputs: Record<string, string>;
  workspace?: Record<string, string>;
}

function bundle(env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bundle.js')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('npm run bundle failed');
}

/** Names of the functions in the action's own scripts that V8 compiled lazily during one run. */
async function lazilyCompiled(scenario: Scenario): Promise<Set<string>> {
  const job = mkdtempSync(join(tmpdir(), 'gatehouse-profile-'));
  const workspace = join(job, 'workspace');
  mkdirSync(workspace);
  for (const [name, from] of Object.entries(scenario.workspace ?? {})) cpSync(from, join(workspace, name), { recursive: true });
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], RUNNER_TEMP: job, GITHUB_WORKSPACE: workspace };
  for (const name of ['OUTPUT', 'ENV', 'STATE', 'STEP_SUMMARY']) {
    env[`GITHUB_${name}`] = join(job, name.toLowerCase());
    writeFileSync(env[`GITHUB_${name}`]!, '');
  }
  for (const [name, value] of Object.entries(scenario.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const dir = join(root, 'dist', scenario.action, ...(scenario.entry ? [scenario.entry] : []));
  const log = join(job, 'v8.log');
  // Asynchronously: the Vault fake answers from this process.
  const child = spawn(process.execPath, ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', join(dir, 'index.js')], {
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`${scenario.action} exited ${code}: ${output}`);
  const scripts = new Set<string>();
  const names = new Set<string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const fields = line.split(',');
    // A CommonJS bundle's scripts are named by path, an ES module's by file:// URL.
    const inDist = (name = ''): boolean => name.replace(/^file:\/\//, '').startsWith(`${join(root, 'dist', scenario.action)}/`);
    if (fields[0] === 'script-details' && inDist(fields[2])) scripts.add(fields[1]!);
    if (fields[0] === 'function' && fields[1] === 'parse-function' && scripts.has(fields[2]!)) {
      const name = fields.slice(7).join(',');
      if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
    }
  }
  rmSync(job, { recursive: true, force: true });
  return names;
}

async function main(): Promise<void> {
  bundle({ GATEHOUSE_NO_EAGER: '1' });
  const vault = await startVaultFake({});
  try {
    const lines: string[] = [];
    for (let i = 0; i < 5; i++) {
      vault.putKv(`secret/app-${i}`, { value: `profile-secret-value-${i}` });
      lines.push(`S${i}=vault:secret/data/app-${i}#value`);
    }
    const secrets = 'correct-horse-battery-staple\nsk-live-0123456789abcdef\n{"user":"ci","password":"p4ss-w0rd-xyz"}';
    const scenarios: Scenario[] = [
      { action: 'mask-logs', inputs: { secrets } },
      { action: 'mask-logs', inputs: { secrets, run: 'echo hello' } },
      {
        action: 'fetch-secrets',
        inputs: {
          secrets: lines.join('\n'),
          'vault-url': vault.url,
          'vault-auth': 'token',
          'vault-token': vault.issueToken(['secret/data/*']),
        },
      },
      {
        action: 'fetch-secrets',
        inputs: {
          secrets: 'DB_PASSWORD=sops:secrets.enc.yaml#db.password\nTLS_KEY=sops:secrets.enc.yaml#tls.key',
          'as-file': 'TLS_KEY',
          'sops-age-key': readFileSync(join(demo, 'demo-age-key.txt'), 'utf8'),
        },
        workspace: { 'secrets.enc.yaml': join(demo, 'secrets.enc.yaml') },
      },
      { action: 'fetch-secrets', entry: 'post', inputs: {} },
      {
        action: 'scan-deps',
        inputs: { osv: 'offline', 'osv-offline-db': 'osv', 'fail-on-severity': 'none' },
        workspace: {
          'package-lock.json': join(demo, 'scan', 'package-lock.json'),
          'package.json': join(demo, 'scan', 'package.json'),
          osv: join(demo, 'scan', 'osv'),
        },
      },
    ];
    const byAction = new Map<string, Set<string>>();
    for (const scenario of scenarios) {
      const names = byAction.get(scenario.action) ?? new Set<string>();
      for (const name of await lazilyCompiled(scenario)) names.add(name);
      byAction.set(scenario.action, names);
    }
    for (const [action, names] of byAction) {
      const file = join(root, 'actions', action, 'startup-functions.txt');
      const header = '# Functions compiled eagerly in the bundle: written by `npm run startup-profile` (scripts/eager-compile.js).\n';
      writeFileSync(file, header + [...names].sort().join('\n') + '\n');
      console.log(`${file.slice(root.length + 1)}: ${names.size} functions`);
    }
  } finally {
    await vault.close();
  }
  bundle({});
}

await main();
