import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sha256Engine, sha256Hex, sha256HexJs, uniqueId } from '@gatehouse/core/sha256';
// @ts-expect-error: a plain JavaScript build script, without types
import { sha256WasmModule } from '../../../scripts/sha256-wasm.js';

const reference = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the WebAssembly module', () => {
  it('is exactly what scripts/sha256-wasm.js emits (run it after changing the listing)', () => {
    const committed = readFileSync(new URL('../src/sha256-wasm.ts', import.meta.url), 'utf8');
    expect(committed).toBe((sha256WasmModule as () => string)());
  });

  it('is what sha256Hex runs on here', () => {
    expect(sha256Engine()).toBe('webassembly');
  });

  it('agrees with node:crypto on both sides of the per-call block limit (1008 blocks)', () => {
    for (const len of [64 * 1008 - 1, 64 * 1008, 64 * 1008 + 1, 64 * 1008 * 2 + 55, 64 * 1008 * 2 + 56, 1 << 20]) {
      const data = randomBytes(len);
      expect(sha256Hex(data)).toBe(reference(data));
    }
  });

  it('starts every digest afresh (no state carried over from a previous, longer input)', () => {
    const long = randomBytes(100_000);
    const short = randomBytes(3);
    sha256Hex(long);
    expect(sha256Hex(short)).toBe(reference(short));
    expect(sha256Hex(long)).toBe(reference(long));
  });
});

describe('without WebAssembly (node --jitless)', () => {
  it('falls back to JavaScript and gives the same digests', () => {
    // Node cannot strip TypeScript types without WebAssembly: run the modules as plain JavaScript.
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-sha256-'));
    try {
      for (const name of ['sha256', 'sha256-wasm', 'sha256-constants']) {
        const source = readFileSync(join(repoRoot, 'packages/core/src', `${name}.ts`), 'utf8');
        const { outputText } = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        });
        writeFileSync(join(dir, `${name}.js`), outputText);
      }
      writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
      const script = `
        import { sha256Engine, sha256Hex } from './sha256.js';
        import { createHash } from 'node:crypto';
        const out = [sha256Engine()];
        for (let len = 0; len <= 130; len++) {
          const data = Buffer.alloc(len, len % 251);
          out.push(sha256Hex(data) === createHash('sha256').update(data).digest('hex'));
        }
        process.stdout.write(JSON.stringify(out));`;
      writeFileSync(join(dir, 'check.js'), script);
      const stdout = execFileSync(process.execPath, ['--jitless', join(dir, 'check.js')], { encoding: 'utf8' });
      const [engine, ...matches] = JSON.parse(stdout) as [string, ...boolean[]];
      expect(engine).toBe('javascript');
      expect(matches).toHaveLength(131);
      expect(matches.every((ok) => ok)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sha256HexJs agrees with node:crypto at every length around the block and padding boundaries', () => {
    for (let len = 0; len <= 200; len++) {
      const data = randomBytes(len);
      expect(sha256HexJs(data)).toBe(reference(data));
    }
    const big = randomBytes(200_003);
    expect(sha256HexJs(big)).toBe(reference(big));
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto at every length around the block and padding boundaries', () => {
    for (let len = 0; len <= 200; len++) {
      const data = randomBytes(len);
      expect(sha256Hex(data)).toBe(reference(data));
    }
  });

  it('hashes strings as UTF-8 and agrees with openssl', () => {
    const text = 'audit ✓ 日本語 🔑\n'.repeat(37);
    const expected = execFileSync('openssl', ['dgst', '-sha256', '-r'], { input: Buffer.from(text, 'utf8') })
      .toString()
      .split(' ')[0];
    expect(sha256Hex(text)).toBe(expected);
  });
});

describe('uniqueId', () => {
  it('is UUID-shaped and does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uniqueId()));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
