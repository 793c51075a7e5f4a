// fetch-secrets: read every referenced secret, mask it (with its encodings) before anything else
// can see it, and export all of them, or nothing.
//
// Order: mask credential inputs -> environment policy (before any provider call) -> load and check
// the providers used -> fetch everything concurrently (one pool, one deadline) -> select fields and
// mask every value -> audit (one event per secret) and summary -> on any required failure: fail,
// exporting nothing -> else write as-file files, then outputs and env in one commit.
// State for the post step (the Vault token to revoke, the files to delete) is saved whatever happens.

import { appendAuditEvents, type AuditEvent } from '@gatehouse/core/audit';
import { GatehouseError } from '@gatehouse/core/errors';
import { Deadline } from '@gatehouse/core/http';
import { formatDuration, workspaceRoot } from '@gatehouse/core/inputs';
import { SecretRegistry } from '@gatehouse/core/masking';
import { createLimit } from '@gatehouse/core/pool';
import * as runner from '@gatehouse/core/runner';
import { countOf } from '@gatehouse/core/summary';
import { writeSecretFiles } from './as-file.js';
import { prepareFetch } from './fetch.js';
import type { Inputs } from './inputs.js';
import { checkPolicy } from './enforce-policy.js';
import { IdTokens } from './id-tokens.js';
import type { ProviderContext, ReadFailure } from './providers/types.js';
import { resolveSecrets, type Item, type Resolved } from './resolve.js';
import { STATE } from './state.js';
import { renderSummary } from './summary.js';

export const ACTION = 'fetch-secrets';

export async function run(inputs: Inputs): Promise<void> {
  const started = Date.now();
  // Masks are written to the runner in batches (one write per batch, not per value): at once for
  // credentials, and for the fetched values right after they are selected, before anything that
  // could print or export them.
  const pending: string[] = [];
  const registry = new SecretRegistry({ addMasks: (forms) => pending.push(...forms) });
  const flushMasks = (): void => {
    runner.addMasks(pending.splice(0));
  };
  // Credentials given as inputs are masked first: the runner masks `${{ secrets.X }}`, but not a
  // value that reached the input some other way (a step output, a file).
  for (const value of inputs.credentials) registry.register(value);
  flushMasks();
  const containsSecret = (text: string): boolean => registry.containsSecret(text);
  const deadline = new Deadline(
    inputs.timeoutMs,
    "the step's timeout",
    "Raise the 'timeout' input, or check that the secret services are reachable from the runner.",
  );
  const state = new runner.Exports();
  try {
    const maskNow = (value: string): void => {
      registry.register(value);
      flushMasks();
    };
    const tokens = new IdTokens(deadline, maskNow);
    const policy = await checkPolicy(inputs, tokens, deadline, containsSecret);

    const prepared = await prepareFetch(inputs.refs, inputs.settings, process.env);
    runner.info(
      `Fetching ${countOf(inputs.refs.length, 'secret')} (${countOf(prepared.reads, 'distinct read')}) from ${prepared.providers.join(', ')}` +
        (policy ? `; ${policy}` : '') +
        '.',
    );
    const ctx: ProviderContext = {
      settings: inputs.settings,
      deadline,
      idToken: (audience) => tokens.get(audience),
      mask: maskNow,
      limit: createLimit(inputs.concurrency),
      concurrency: inputs.concurrency,
      saveState: (name, value) => state.saveState(name, value),
      workspace: workspaceRoot(),
      env: process.env,
      ca: inputs.ca,
      info: runner.info,
      debug: runner.debug,
    };
    // Values are selected and masked in one pass once every read is in, not as each arrives: the
    // step's CPU is busy parsing answers throughout, so there is no idle time to fill, and with fifty
    // reads the interleaved version measured ~3 ms slower.
    const results = await prepared.run(ctx);
    const resolved = resolveSecrets(inputs.refs, results, registry, inputs.asFile);
    flushMasks();
    for (const warning of resolved.warnings) runner.warning(warning);

    await appendAuditEvents(inputs.auditLog, resolved.items.map(auditEvent), { containsSecret });
    runner.appendSummary(renderSummary(resolved, Date.now() - started));

    if (resolved.failures.length > 0) throw failureError(resolved);
    exportAll(inputs, resolved, state);
    const skipped = resolved.items.filter((item) => item.outcome === 'skipped').length;
    runner.info(
      `Exported ${countOf(resolved.items.length - skipped, 'secret')}` +
        (skipped ? `, skipped ${skipped} optional` : '') +
        ` in ${formatDuration(Date.now() - started)}; ${registry.size} masks registered.`,
    );
  } finally {
    // Even a failed step must let the post step revoke the token it obtained and delete files.
    state.commit();
  }
}

function exportAll(inputs: Inputs, resolved: Resolved, state: runner.Exports): void {
  const exports = new runner.Exports();
  const files = writeSecretFiles(
    resolved.items.filter((item) => item.asFile && item.value !== undefined),
    (saved) => state.saveState(STATE.files, JSON.stringify(saved)),
  );
  const exported: string[] = [];
  for (const item of resolved.items) {
    if (item.value === undefined) continue;
    const value = item.asFile ? files.get(item.ref.name)! : (item.value as string);
    exports.setOutput(item.ref.name, value);
    if (inputs.exportEnv) exports.exportVariable(item.ref.name, value);
    exported.push(item.ref.name);
  }
  const skipped = resolved.items.filter((item) => item.outcome === 'skipped').map((item) => item.ref.name);
  exports.setOutput('exported', JSON.stringify(exported));
  exports.setOutput('skipped', JSON.stringify(skipped));
  exports.commit();
}

function auditEvent(item: Item): AuditEvent {
  return {
    action: ACTION,
    event: 'secret-fetched',
    outcome: item.outcome,
    subject: {
      name: item.ref.name,
      provider: item.ref.provider,
      reference: item.ref.text,
      optional: item.ref.optional,
      as_file: item.asFile,
      latency_ms: item.latencyMs,
      ...(item.version ? { version: item.version } : {}),
      ...(item.failure ? { failure: item.failure.kind, status: item.failure.status ?? null } : {}),
    },
  };
}

/** One error listing every failed name with its provider, status and fix. */
function failureError(resolved: Resolved): GatehouseError {
  const { failures } = resolved;
  for (const item of failures) {
    const { message, fix } = item.failure!;
    runner.error(`${item.ref.name} (${item.ref.text}, 'secrets' line ${item.ref.line}): ${message.replace(/\.+$/, '')}. Fix: ${fix}`);
  }
  const list = failures.map((item) => `${item.ref.name} (${item.ref.provider}, ${label(item.failure!)})`).join(', ');
  const fixes = [...new Set(failures.map((item) => item.failure!.fix))];
  return new GatehouseError(
    'SECRET_FETCH_FAILED',
    `${failures.length} of ${resolved.items.length} secrets could not be fetched, so nothing was exported: ${list}.`,
    { fix: fixes.length === 1 ? fixes[0]! : 'See the error for each secret above.' },
  );
}

/** An error status when there was one (403, 404, 503), else the kind (invalid for a malformed 200). */
function label(failure: ReadFailure): string | number {
  return failure.status !== undefined && failure.status >= 300 ? failure.status : failure.kind;
}
