// `npm run bundle`: rebuild dist/ from scratch. For each actions/<name>, ncc bundles src/index.ts
// into dist/<name>/index.js and, where present, src/post.ts into dist/<name>/post/index.js.
// dist/ is wiped first because ncc never deletes stale chunks.
//
// The bundles are CommonJS, although the sources are ES modules: Node starts a CommonJS entry
// faster (no ES module loader to set up; an empty CommonJS file starts ~1.5 ms sooner than an
// empty ES module, measured), and webpack then loads lazy chunks with a plain require() instead of
// import(). Each output folder gets a package.json saying so, since the repository is "type": "module".
// The JavaScript is then made pure ASCII (ascii-only.js: V8 scans it as one-byte text).
import ncc from '@vercel/ncc';
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.js';
import { eagerCompile } from './eager-compile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// The output depends on the Node that builds it (its list of built-ins decides which requires are
// rewritten, e.g. node:sqlite exists from Node 22.5), so only the runtime the actions declare
// (`runs.using: node24`) may build it: `npm run bundle` runs the node@24 devDependency.
const RUNTIME_MAJOR = 24;
if (Number(process.versions.node.split('.')[0]) !== RUNTIME_MAJOR) {
  console.error(
    `scripts/bundle.js runs on Node ${process.versions.node}; dist/ must be built with Node ${RUNTIME_MAJOR}, the actions' runtime. Run it as \`npm run bundle\`, which uses the node@${RUNTIME_MAJOR} devDependency.`,
  );
  process.exit(1);
}
const only = process.argv.slice(2);
// `npm run startup-profile` bundles without the lists, to see what runs lazily.
const eager = process.env['GATEHOUSE_NO_EAGER'] !== '1';

const entries = [];
for (const name of readdirSync(join(root, 'actions')).sort()) {
  if (only.length && !only.includes(name)) continue;
  const src = join(root, 'actions', name, 'src');
  const startup = startupFunctions(join(root, 'actions', name));
  if (existsSync(join(src, 'index.ts'))) entries.push({ name, input: join(src, 'index.ts'), out: join(dist, name), startup });
  if (existsSync(join(src, 'post.ts'))) {
    entries.push({ name: `${name}/post`, input: join(src, 'post.ts'), out: join(dist, name, 'post'), startup });
  }
}

if (only.length === 0) rmSync(dist, { recursive: true, force: true });
else for (const name of only) rmSync(join(dist, name), { recursive: true, force: true });

for (const entry of entries) {
  const started = Date.now();
  const { code, assets } = await ncc(entry.input, {
    cache: false,
    // Not minified: terser wraps function arguments in parentheses, which makes V8 compile them
    // eagerly; the plain bundle starts 1-3 ms faster (measured), and reads better in a review.
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2024',
    esm: false,
  });
  mkdirSync(entry.out, { recursive: true });
  const finish = (js, file) => asciiOnly(eagerCompile(builtinsDirect(js), eager ? entry.startup : new Set()), file);
  writeFileSync(join(entry.out, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  writeFileSync(join(entry.out, 'index.js'), finish(code, `dist/${entry.name}/index.js`));
  for (const [file, asset] of Object.entries(assets)) {
    const path = join(entry.out, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.endsWith('.js') ? finish(String(asset.source), `dist/${entry.name}/${file}`) : asset.source);
  }
  console.log(`dist/${entry.name}/index.js  ${(code.length / 1024).toFixed(0)} kB  ${Date.now() - started} ms`);
}

/**
 * webpack loads each Node built-in with `require("node:fs")`. A built-in needs none of what
 * require does first (Module._load, its cache and checks): process.getBuiltinModule (Node >= 22.3)
 * returns the very same module object, a little sooner (~0.3 million fewer start-up instructions
 * for mask-logs' nine built-ins, measured with callgrind).
 */
function builtinsDirect(code) {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  // Only webpack's externals (`module.exports = require("fs")`, `const x = require("node:fs")`).
  return code.replace(/= require\("([^"]+)"\)/g, (call, name) =>
    builtins.has(name) ? `= process.getBuiltinModule(${JSON.stringify(name)})` : call,
  );
}

/** The functions an action runs at every start, for eager compilation (see eager-compile.js). */
function startupFunctions(actionDir) {
  const file = join(actionDir, 'startup-functions.txt');
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}
