// Lets plain `node` run the TypeScript sources directly (benchmarks, child-process tests):
// Node 24 strips types itself; this hook maps NodeNext-style `./x.js` specifiers to `./x.ts` and
// `@gatehouse/core/<m>` to packages/core/src/<m>.ts. Use: node --import ./test-support/ts-resolve.mjs
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const coreSrc = new URL('../packages/core/src/', import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('@gatehouse/core/')) {
      return { url: new URL(`${specifier.slice('@gatehouse/core/'.length)}.ts`, coreSrc).href, shortCircuit: true };
    }
    if ((specifier.startsWith('.') || specifier.startsWith('/')) && specifier.endsWith('.js') && context.parentURL) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (candidate.protocol === 'file:' && existsSync(fileURLToPath(candidate))) {
        return { url: pathToFileURL(fileURLToPath(candidate)).href, shortCircuit: true };
      }
    }
    return nextResolve(specifier, context);
  },
});
