// `npm run bench -- fetch-secrets`: 50 secrets from the Vault fake with 20 ms added to every
// request, read by the bundled action (node dist/fetch-secrets/index.js) as the runner runs it.
//
// Reported: wall time of the whole step with the default pool, and with `concurrency: 1` (what a
// sequential client such as hashicorp/vault-action does: one request after the other), against the
// target of cold start + 2 round trips; the same reads over https, from a server that offers HTTP/2
// (one connection, one TLS handshake) and from one that offers only HTTP/1.1 (a connection and a
// handshake per read in flight); and cold start (a step that fails on its first input) vs
// `node -e 0`. The peer from npm: node-vault (the Vault client most Node code uses, over axios) doing
// the same fifty reads in a bare script, in parallel and one after the other, with no masking,
// audit or exports. The fakes run in this process, so steps are spawned asynchronously.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGithubOidcFake } from '../test-support/fakes/github-oidc.ts';
import { startVaultFake } from '../test-support/fakes/vault.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LATENCY_MS = Number(process.env['BENCH_LATENCY_MS'] ?? 20);
const SECRETS = 50;

function stepEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const job = mkdtempSync(join(tmpdir(), 'gatehouse-bench-fs-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], RUNNER_TEMP: job, GITHUB_WORKSPACE: job, ...extra };
  for (const name of ['OUTPUT', 'ENV', 'STATE', 'STEP_SUMMARY']) {
    const file = join(job, name.toLowerCase());
    writeFileSync(file, '');
    env[`GITHUB_${name}`] = file;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

function timeSpawn(argv: string[], env: NodeJS.ProcessEnv, expectCode = 0): Promise<number> {
  return new Promise((done, fail) => {
    const t = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (code !== expectCode) fail(new Error(`${argv.join(' ')} exited ${code}: ${stderr}`));
      else done(ms);
    });
  });
}

/**
 * The floor: the least any Node process can do for the same 50 reads. A bare script that opens 50
 * sockets at once, writes each GET by hand and waits for the server to close them: no HTTP
 * client, no JSON, no masking, audit or exports. Whatever it takes over `node -e 0` is the cost of
 * 50 parallel connections on this machine (the fake answers from the same 2 cores), before any of
 * the step's own work.
 */
function writeFloorScript(): string {
  return writeBenchScript(
    'fetch-floor.mjs',
    `const net = process.getBuiltinModule('node:net');
const url = new URL(process.env.VAULT_URL);
const paths = process.env.PATHS.split(',');
let left = paths.length;
for (const path of paths) {
  const socket = net.connect(Number(url.port), url.hostname, () => {
    socket.end('GET /v1/' + path + ' HTTP/1.1\\r\\nHost: ' + url.host + '\\r\\nX-Vault-Token: ' + process.env.TOKEN + '\\r\\nConnection: close\\r\\n\\r\\n');
  });
  socket.resume();
  socket.on('close', () => { if (--left === 0) process.exitCode = 0; });
}
`,
  );
}

/**
 * The peer: a bare script that reads the same paths with node-vault, all at once (Promise.all) or,
 * with SEQUENTIAL=1, one after the other as vault-action does, and checks every value came back.
 */
function writePeerScript(): string {
  return writeBenchScript(
    'node-vault-peer.cjs',
    `const vault = require(${JSON.stringify(join(root, 'node_modules/node-vault'))})({ endpoint: process.env.VAULT_URL, token: process.env.TOKEN });
const paths = process.env.PATHS.split(',');
const check = (res) => { if (typeof res.data.data.value !== 'string') throw new Error('no value'); };
(async () => {
  if (process.env.SEQUENTIAL === '1') for (const path of paths) check(await vault.read(path));
  else (await Promise.all(paths.map((path) => vault.read(path)))).forEach(check);
})().catch((err) => { console.error(err); process.exitCode = 1; });
`,
  );
}

/** Write a script the bench spawns into .bench-out/ (git-ignored); returns its path. */
function writeBenchScript(name: string, text: string): string {
  const dir = join(root, '.bench-out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

export async function fetchSecretsBench(): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 15);
  const node = process.execPath;
  const action = join(root, 'dist/fetch-secrets/index.js');
  const oidc = await startGithubOidcFake();
  const vault = await startVaultFake({ verify: oidc.verify });
  // The same secrets over https (a test CA): with HTTP/2, as Vault offers it, and HTTP/1.1 only.
  const tlsVault = await startVaultFake({ tls: true });
  const tls1Vault = await startVaultFake({ tls: true, http2: false });
  try {
    vault.addRole('bench', { boundAudiences: ['vault'], policies: ['secret/data/*'] });
    const lines: string[] = [];
    for (let i = 0; i < SECRETS; i++) {
      const secret = { value: `bench-secret-value-${i}-${'x'.repeat(24)}` };
      vault.putKv(`secret/app-${i}`, secret);
      tlsVault.putKv(`secret/app-${i}`, secret);
      tls1Vault.putKv(`secret/app-${i}`, secret);
      lines.push(`S${i}=vault:secret/data/app-${i}#value`);
    }
    const token = vault.issueToken(['secret/data/*']);
    const floorScript = writeFloorScript();
    const peerScript = writePeerScript();
    // For the floor and the peer: the Vault API paths of the fifty secrets (without /v1/).
    const scriptEnv = {
      PATH: process.env['PATH'],
      VAULT_URL: vault.url,
      TOKEN: token,
      PATHS: Array.from({ length: SECRETS }, (_, i) => `secret/data/app-${i}`).join(','),
    };
    const tokenInputs = { secrets: lines.join('\n'), 'vault-url': vault.url, 'vault-auth': 'token', 'vault-token': token };
    const tlsInputs = {
      ...tokenInputs,
      'vault-url': tlsVault.url,
      'vault-token': tlsVault.issueToken(['secret/data/*']),
      'ca-certificates': tlsVault.ca!,
    };
    const tls1Inputs = {
      ...tokenInputs,
      'vault-url': tls1Vault.url,
      'vault-token': tls1Vault.issueToken(['secret/data/*']),
      'ca-certificates': tls1Vault.ca!,
    };
    const jwtInputs = { secrets: lines.join('\n'), 'vault-url': vault.url, 'vault-role': 'bench', 'vault-jwt-audience': 'vault' };
    // Latency on or off for the next step: faults are cleared and re-armed between runs.
    const latency = (ms: number): void => {
      for (const server of [vault.server, tlsVault.server, tls1Vault.server]) {
        server.reset();
        if (ms > 0) server.inject({ kind: 'delay', ms }, { times: Infinity });
      }
    };

    const samples = {
      bare: [] as number[],
      failFast: [] as number[],
      local: [] as number[],
      token: [] as number[],
      https: [] as number[],
      https1: [] as number[],
      jwt: [] as number[],
      sequential: [] as number[],
      floor: [] as number[],
      peer: [] as number[],
      peerSequential: [] as number[],
    };
    for (let round = 0; round < runs + 2; round++) {
      const keep = round >= 2;
      const bare = await timeSpawn([node, '-e', '0'], { PATH: process.env['PATH'] });
      const failFast = await timeSpawn([node, action], stepEnv({ secrets: 'X=nope:x' }), 1);
      latency(0);
      const local = await timeSpawn([node, action], stepEnv(tokenInputs));
      latency(LATENCY_MS);
      const tok = await timeSpawn([node, action], stepEnv(tokenInputs));
      const https = await timeSpawn([node, action], stepEnv(tlsInputs));
      const https1 = await timeSpawn([node, action], stepEnv(tls1Inputs));
      const floor = await timeSpawn([node, floorScript], scriptEnv);
      const peer = await timeSpawn([node, peerScript], scriptEnv);
      const jwt = await timeSpawn([node, action], stepEnv(jwtInputs, oidc.env));
      const seq = round < 5 ? await timeSpawn([node, action], stepEnv({ ...tokenInputs, concurrency: '1' })) : undefined;
      const peerSeq = round < 5 ? await timeSpawn([node, peerScript], { ...scriptEnv, SEQUENTIAL: '1' }) : undefined;
      if (!keep) continue;
      samples.bare.push(bare);
      samples.failFast.push(failFast);
      samples.local.push(local);
      samples.token.push(tok);
      samples.https.push(https);
      samples.https1.push(https1);
      samples.floor.push(floor);
      samples.peer.push(peer);
      if (peerSeq !== undefined) samples.peerSequential.push(peerSeq);
      samples.jwt.push(jwt);
      if (seq !== undefined) samples.sequential.push(seq);
    }
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<keyof typeof samples, number>;
    const rtt = (ms: number): string => `${(ms / LATENCY_MS).toFixed(2)} round trips`;
    console.log(
      `\nfetch-secrets: ${SECRETS} KV v2 secrets from the Vault fake, +${LATENCY_MS} ms per request (${runs} rounds, medians, Node ${process.version})`,
    );
    console.log(`  node -e 0                                     ${m.bare.toFixed(1)} ms`);
    console.log(
      `  cold start (bundle, fails on its input)       ${m.failFast.toFixed(1)} ms = ${(m.failFast / m.bare).toFixed(2)}x node -e 0 (target <= 1.3x)`,
    );
    console.log(
      `  token auth, 50 reads, no added latency        ${m.local.toFixed(1)} ms: start-up plus local work (HTTP client, masking, audit, exports)`,
    );
    console.log(
      `  token auth, 50 reads, +${LATENCY_MS} ms                  ${m.token.toFixed(1)} ms: the latency adds ${(m.token - m.local).toFixed(1)} ms = ${rtt(m.token - m.local)} (target < 2)`,
    );
    console.log(
      `  token auth over https, HTTP/2, +${LATENCY_MS} ms         ${m.https.toFixed(1)} ms: ${(m.https - m.token).toFixed(1)} ms more than plain http (one connection, one TLS handshake)`,
    );
    console.log(
      `  the same, server offers only HTTP/1.1, +${LATENCY_MS} ms  ${m.https1.toFixed(1)} ms: ${(m.https1 - m.token).toFixed(1)} ms more than plain http (fifty TLS handshakes); HTTP/2 is ${(m.https1 / m.https).toFixed(2)}x faster`,
    );
    console.log(
      `  jwt auth (OIDC + login + 50 reads), +${LATENCY_MS} ms    ${m.jwt.toFixed(1)} ms: ${rtt(m.jwt - m.local)} over the no-latency run (the OIDC fake adds none)`,
    );
    console.log(
      `  floor: bare sockets, 50 GETs at once, +${LATENCY_MS} ms   ${m.floor.toFixed(1)} ms = node -e 0 + ${(m.floor - m.bare).toFixed(1)} ms (no HTTP client, JSON, masking, audit or exports)`,
    );
    const target = m.failFast + 2 * LATENCY_MS;
    // What the target leaves for the step's own work: the floor's network time plus this bundle's
    // start-up over node -e 0, with no HTTP parsing, JSON, masking, audit or exports at all.
    const bare = m.floor + (m.failFast - m.bare);
    console.log(
      `  wall time vs cold start + 2 round trips (${target.toFixed(1)} ms): token ${(m.token / target).toFixed(2)}x, the floor alone ${(m.floor / target).toFixed(2)}x`,
    );
    console.log(
      `  the floor plus this bundle's start-up (${(m.failFast - m.bare).toFixed(1)} ms over node -e 0): ${bare.toFixed(1)} ms = ${(bare / target).toFixed(2)}x the target, before any of the step's work`,
    );
    console.log(
      `  sequential (concurrency: 1, one read after the other like vault-action), +${LATENCY_MS} ms: ${m.sequential.toFixed(1)} ms = ${(m.sequential / m.token).toFixed(1)}x the default pool`,
    );
    const peerVersion = (JSON.parse(readFileSync(join(root, 'node_modules/node-vault/package.json'), 'utf8')) as { version: string })
      .version;
    console.log(
      `  peer: node-vault ${peerVersion} (npm), the same 50 reads in a bare script, +${LATENCY_MS} ms: ${m.peer.toFixed(1)} ms in parallel, ${m.peerSequential.toFixed(1)} ms one after the other`,
    );
    console.log(
      `  fetch-secrets (which also masks, audits and exports) vs node-vault: ${(m.peer / m.token).toFixed(2)}x faster than its parallel reads, ${(m.peerSequential / m.token).toFixed(1)}x faster than its sequential ones`,
    );
  } finally {
    await vault.close();
    await tlsVault.close();
    await tls1Vault.close();
    await oidc.close();
  }
}
