// Which parser reads which file. Parsers are loaded on first use, so a repository with only a
// package-lock.json never loads the TOML or YAML parsers.

import type { LockfileParser } from '../types.js';

export interface LockfileFormat {
  name: string;
  /** For messages: the file names it reads. */
  label: string;
  matches(fileName: string): boolean;
  load(): Promise<LockfileParser>;
}

const exact =
  (...names: string[]) =>
  (fileName: string): boolean =>
    names.includes(fileName);

export const FORMATS: readonly LockfileFormat[] = [
  {
    name: 'npm',
    label: 'package-lock.json, npm-shrinkwrap.json',
    matches: exact('package-lock.json', 'npm-shrinkwrap.json'),
    load: async () => (await import('./npm.js')).parseNpmLock,
  },
  { name: 'yarn', label: 'yarn.lock', matches: exact('yarn.lock'), load: async () => (await import('./yarn.js')).parseYarnLock },
  { name: 'pnpm', label: 'pnpm-lock.yaml', matches: exact('pnpm-lock.yaml'), load: async () => (await import('./pnpm.js')).parsePnpmLock },
  { name: 'bun', label: 'bun.lock', matches: exact('bun.lock'), load: async () => (await import('./bun.js')).parseBunLock },
  {
    name: 'requirements',
    label: 'requirements*.txt',
    matches: (f) => /^requirements[\w.-]*\.txt$/.test(f),
    load: async () => (await import('./requirements.js')).parseRequirements,
  },
  { name: 'poetry', label: 'poetry.lock', matches: exact('poetry.lock'), load: async () => (await import('./poetry.js')).parsePoetryLock },
  {
    name: 'pipenv',
    label: 'Pipfile.lock',
    matches: exact('Pipfile.lock'),
    load: async () => (await import('./pipfile.js')).parsePipfileLock,
  },
  { name: 'uv', label: 'uv.lock', matches: exact('uv.lock'), load: async () => (await import('./uv.js')).parseUvLock },
  { name: 'pdm', label: 'pdm.lock', matches: exact('pdm.lock'), load: async () => (await import('./pdm.js')).parsePdmLock },
  {
    name: 'go',
    label: 'go.mod (with go.sum)',
    matches: exact('go.mod'),
    load: async () => {
      const go = await import('./golang.js');
      // go.sum beside go.mod supplies the h1: hashes and the modules go.mod leaves implicit.
      return (text, ctx) => {
        const mod = go.parseGoMod(text, ctx);
        const sum = ctx.readInclude?.('go.sum');
        if (sum === undefined) return mod;
        const sumPath = ctx.path.replace(/go\.mod$/, 'go.sum');
        return go.mergeGo(mod, go.parseGoSum(sum, { path: sumPath }));
      };
    },
  },
  { name: 'cargo', label: 'Cargo.lock', matches: exact('Cargo.lock'), load: async () => (await import('./cargo.js')).parseCargoLock },
  {
    name: 'bundler',
    label: 'Gemfile.lock, gems.locked',
    matches: exact('Gemfile.lock', 'gems.locked'),
    load: async () => (await import('./gemfile.js')).parseGemfileLock,
  },
  {
    name: 'composer',
    label: 'composer.lock',
    matches: exact('composer.lock'),
    load: async () => (await import('./composer.js')).parseComposerLock,
  },
];

export function formatOf(fileName: string): LockfileFormat | undefined {
  return FORMATS.find((format) => format.matches(fileName));
}
