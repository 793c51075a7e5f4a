// as-file: secrets written to 0600 files in a fresh 0700 directory under RUNNER_TEMP, whose paths
// are exported instead of the values (certificates, keys, kubeconfigs: tools want files). The paths
// are saved for the post step, which deletes them, before the first byte is written.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerTemp } from '@gatehouse/core/runner';
import { GatehouseError } from '@gatehouse/core/errors';
import { uniqueId } from '@gatehouse/core/sha256';
import type { Item } from './resolve.js';

export interface SavedFiles {
  dir: string;
  files: string[];
}

export function writeSecretFiles(items: readonly Item[], savePaths: (saved: SavedFiles) => void): Map<string, string> {
  const files = new Map<string, string>();
  if (items.length === 0) return files;
  const dir = join(runnerTemp(), `gatehouse-secrets-${uniqueId()}`);
  const paths = items.map((item) => join(dir, item.ref.name));
  savePaths({ dir, files: paths });
  try {
    // Fails if it exists: a directory planted in advance (or a symlink) is never written into.
    mkdirSync(dir, { mode: 0o700 });
    items.forEach((item, i) => {
      // `wx`: O_CREAT|O_EXCL, so a symlink in the path's place is refused rather than followed.
      writeFileSync(paths[i]!, item.value!, { mode: 0o600, flag: 'wx' });
      files.set(item.ref.name, paths[i]!);
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new GatehouseError(
      'INTERNAL',
      `Could not write the as-file secrets to ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'}); nothing was exported.`,
      {
        fix: 'Check that RUNNER_TEMP is a writable local directory.',
        cause: err,
      },
    );
  }
  return files;
}
