// Post step: revoke the Vault token the main step obtained and delete the as-file files. Cleanup
// failures are warnings, not failures: the job's work is done, and a failed post step would hide
// that. The token is also short-lived, so a missed revocation is bounded by its TTL.

import { describeError } from '@gatehouse/core/errors';
import { Deadline } from '@gatehouse/core/http';
import { readString } from '@gatehouse/core/inputs';
import { readCa } from './inputs.js';
import { runStep } from '@gatehouse/core/run-action';
import * as runner from '@gatehouse/core/runner';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SavedFiles } from './as-file.js';
import { STATE } from './state.js';

runStep('fetch-secrets (post)', async () => {
  deleteFiles();
  await revokeVaultToken();
});

function deleteFiles(): void {
  const saved = runner.getState(STATE.files);
  if (!saved) return;
  let parsed: Partial<SavedFiles> | undefined;
  try {
    parsed = JSON.parse(saved) as Partial<SavedFiles>;
  } catch {
    parsed = undefined;
  }
  const { dir, files } = parsed ?? {};
  // Only ever a directory this action made: state is not trusted to name arbitrary paths.
  if (typeof dir !== 'string' || !/[\\/]gatehouse-secrets-[0-9a-f-]{36}$/.test(dir) || !Array.isArray(files)) {
    runner.warning('fetch-secrets: the list of secret files to delete is corrupt; delete RUNNER_TEMP/gatehouse-secrets-* yourself.');
    return;
  }
  let deleted = 0;
  for (const file of files) {
    if (typeof file !== 'string' || dirname(file) !== dir) continue;
    try {
      rmSync(file, { force: true });
      deleted++;
    } catch (err) {
      runner.warning(`fetch-secrets: could not delete ${file}: ${describeError(err)}`);
    }
  }
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    runner.warning(`fetch-secrets: could not delete ${dir}: ${describeError(err)}`);
  }
  runner.info(`Deleted ${deleted} secret file(s) and their directory.`);
}

async function revokeVaultToken(): Promise<void> {
  const token = runner.getState(STATE.vaultToken);
  if (!token) return;
  runner.addMask(token);
  try {
    const { revokeToken } = await import('./providers/vault.js');
    await revokeToken({
      url: readString('vault-url').replace(/\/+$/, ''),
      namespace: readString('vault-namespace'),
      token,
      ca: readCa(),
      deadline: new Deadline(15_000, 'the post step'),
    });
    runner.info('Revoked the Vault token obtained by the main step.');
  } catch (err) {
    runner.warning(`fetch-secrets: could not revoke the Vault token (it expires with its TTL): ${describeError(err)}`);
  }
}
