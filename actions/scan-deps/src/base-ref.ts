// base-ref (diff) mode: what already existed at the base commit is reported but does not fail the
// step. The lockfiles are read at the base with `git show <ref>:<path>` and parsed with the same
// parsers, so "new" means a package name@version that the base did not have.

import { execFileSync } from 'node:child_process';
import { inputError } from '@gatehouse/core/errors';
import { formatOf } from './lockfiles/index.js';
import type { Lockfile } from './inventory.js';
import { packageKey } from './package-names.js';

function gitShow(root: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    return undefined;
  }
}

/** Throws an input error when the ref is not a commit of this clone (a shallow checkout, a typo). */
export function checkBaseRef(root: string, ref: string): void {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw inputError(
      'base-ref',
      'is not a commit in this clone',
      "Fetch it first: actions/checkout with 'fetch-depth: 0', or 'git fetch origin <branch>' before this step.",
      ref,
    );
  }
}

/** Package keys present in the lockfiles at `ref` (a lockfile that did not exist there adds none). */
export async function basePackages(root: string, ref: string, lockfiles: readonly Lockfile[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const lockfile of lockfiles) {
    const text = gitShow(root, ref, lockfile.path);
    if (text === undefined) continue;
    const format = formatOf(lockfile.path.split('/').pop()!);
    if (!format) continue;
    const parser = await format.load();
    const dir = lockfile.path.includes('/') ? lockfile.path.slice(0, lockfile.path.lastIndexOf('/') + 1) : '';
    try {
      for (const pkg of parser(text, { path: lockfile.path, readInclude: (rel) => gitShow(root, ref, `${dir}${rel}`) }))
        keys.add(packageKey(pkg));
    } catch {
      // A base lockfile that does not parse counts as absent: everything in the new one is new.
    }
  }
  return keys;
}

/** The text of `path` at `ref`, for comparing workflow files. */
export function fileAtBase(root: string, ref: string, path: string): string | undefined {
  return gitShow(root, ref, path);
}
