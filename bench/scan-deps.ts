// `npm run bench -- scan-deps`: a generated package-lock.json (v3) of 20,000 packages and an offline
// OSV database of 5,000 records.
//
// Reported: wall time of the bundled action (inventory + matching + reports, `osv: offline`);
// inventory time in-process, ours (the npm lockfile parser) vs @npmcli/arborist's loadVirtual on the
// same lockfile, as a ratio; and cold start (a tiny lockfile, `osv: off`) vs `node -e 0`.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNpmLock } from '../actions/scan-deps/src/lockfiles/npm.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = Number(process.env['BENCH_PACKAGES'] ?? 20_000);
const RECORDS = Number(process.env['BENCH_RECORDS'] ?? 5_000);

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function makeWorkspace(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-scan-'));
  const packages: Record<string, object> = {};
  const deps: Record<string, string> = {};
  packages[''] = { name: 'bench-app', version: '1.0.0', dependencies: deps };
  const nameOf = (i: number): string => (i % 10 === 0 ? `@scope-${i % 97}/pkg-${i}` : `pkg-${i}`);
  const versionOf = (i: number): string => `${1 + (i % 7)}.${i % 13}.${i % 5}`;
  for (let i = 0; i < PACKAGES; i++) {
    const name = nameOf(i);
    const version = versionOf(i);
    const integrity = `sha512-${createHash('sha512')
      .update(name + version)
      .digest('base64')}`;
    // Every 20th package is nested under another, as npm does for conflicting versions.
    const nested = i % 20 === 5;
    const path = nested ? `node_modules/${nameOf(i - 5)}/node_modules/${name}` : `node_modules/${name}`;
    // Like a real tree: each package depends on a few others (top-level ones, so every edge resolves).
    const dependencies: Record<string, string> = {};
    for (const j of [i + 1, i + 7, i + 31]) if (j < PACKAGES && j % 20 !== 5) dependencies[nameOf(j)] = `^${versionOf(j)}`;
    packages[path] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      integrity,
      ...(i % 9 === 0 ? { dev: true } : {}),
      ...(Object.keys(dependencies).length ? { dependencies } : {}),
    };
    if (!nested && i < 100) deps[name] = `^${version}`;
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', dependencies: deps }, null, 2));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'bench-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
  const db = join(dir, 'osv-db', 'npm');
  mkdirSync(db, { recursive: true });
  for (let r = 0; r < RECORDS; r++) {
    const i = (r * 4) % PACKAGES;
    const name = i % 10 === 0 ? `@scope-${i % 97}/pkg-${i}` : `pkg-${i}`;
    const record = {
      id: `GHSA-bench-${r}`,
      modified: '2026-01-01T00:00:00Z',
      summary: `Benchmark advisory ${r}`,
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [
        {
          package: { ecosystem: 'npm', name },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: `${2 + (i % 7)}.0.0` }] }],
        },
      ],
    };
    writeFileSync(join(db, `GHSA-bench-${r}.json`), JSON.stringify(record));
  }
  return { dir, db: join(dir, 'osv-db') };
}

function stepEnv(dir: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], RUNNER_TEMP: join(dir, 'temp'), GITHUB_WORKSPACE: dir };
  mkdirSync(join(dir, 'temp'), { recursive: true });
  for (const name of ['OUTPUT', 'ENV', 'STATE', 'STEP_SUMMARY']) {
    const file = join(dir, 'temp', name.toLowerCase());
    writeFileSync(file, '');
    env[`GITHUB_${name}`] = file;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

function timeSpawn(argv: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null }> {
  return new Promise((done) => {
    const t = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: 'ignore' });
    child.on('close', (code) => done({ ms: Number(process.hrtime.bigint() - t) / 1e6, code }));
  });
}

export async function scanDepsBench(): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const node = process.execPath;
  const action = join(root, 'dist/scan-deps/index.js');
  const { dir, db } = makeWorkspace();
  const lockText = readFileSync(join(dir, 'package-lock.json'), 'utf8');
  const { default: Arborist } = (await import('@npmcli/arborist')) as unknown as {
    default: new (o: { path: string }) => { loadVirtual(): Promise<{ inventory: Map<string, unknown> }> };
  };

  const ours: number[] = [];
  const theirs: number[] = [];
  let ourCount = 0;
  let theirCount = 0;
  for (let i = 0; i < runs + 1; i++) {
    let t = process.hrtime.bigint();
    ourCount = parseNpmLock(readFileSync(join(dir, 'package-lock.json'), 'utf8'), { path: 'package-lock.json' }).length;
    const a = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const tree = await new Arborist({ path: dir }).loadVirtual();
    theirCount = tree.inventory.size - 1;
    const b = Number(process.hrtime.bigint() - t) / 1e6;
    if (i > 0) {
      ours.push(a);
      theirs.push(b);
    }
  }

  const full: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await timeSpawn([node, action], stepEnv(dir, { osv: 'offline', 'osv-offline-db': db, 'fail-on-severity': 'none' }));
    full.push(r.ms);
    code = r.code;
  }
  const tiny = mkdtempSync(join(tmpdir(), 'gatehouse-bench-scan-tiny-'));
  writeFileSync(
    join(tiny, 'package-lock.json'),
    JSON.stringify({
      name: 't',
      lockfileVersion: 3,
      packages: { '': { name: 't' }, 'node_modules/a': { version: '1.0.0', integrity: 'sha512-x' } },
    }),
  );
  const bare: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < runs * 3; i++) {
    bare.push((await timeSpawn([node, '-e', '0'], { PATH: process.env['PATH'] })).ms);
    cold.push((await timeSpawn([node, action], stepEnv(tiny, { osv: 'off' }))).ms);
  }
  console.log(
    `\nscan-deps: package-lock.json v3 with ${PACKAGES} packages (${(lockText.length / 1048576).toFixed(1)} MB), offline OSV DB of ${RECORDS} records (${runs} runs, medians, Node ${process.version})`,
  );
  console.log(`  inventory, gatehouse npm parser            ${median(ours).toFixed(1)} ms (${ourCount} packages)`);
  console.log(
    `  inventory, @npmcli/arborist loadVirtual    ${median(theirs).toFixed(1)} ms (${theirCount} nodes)  -> ${(median(theirs) / median(ours)).toFixed(1)}x faster`,
  );
  console.log(`  whole step (bundle): inventory + match + report, SARIF, SBOM: ${median(full).toFixed(1)} ms (exit ${code})`);
  console.log(
    `  cold start (bundle, 1 package, osv off):  ${median(cold).toFixed(1)} ms vs node -e 0 ${median(bare).toFixed(1)} ms = ${(median(cold) / median(bare)).toFixed(2)}x`,
  );
}
