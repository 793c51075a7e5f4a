// mask-logs: register every secret and its encodings with the runner, then (optionally) run a
// command whose output is streamed through a redactor, then (optionally) scan files for leaked
// credentials. Returns the command's exit code.
//
// Order: register -> load the scan's rules and baseline (a bad file fails before the command runs)
// -> run the command -> scan (so the command's outputs: build artifacts, logs, are scanned) ->
// outputs -> fail for new findings. The scan code is loaded only when `scan` is set.

import { appendAuditEvent } from '@gatehouse/core/audit';
import { formatDuration, workspaceRoot } from '@gatehouse/core/inputs';
import { sha256Hex } from '@gatehouse/core/sha256';
import { SecretRegistry, type RefusalReason } from '@gatehouse/core/masking';
import * as runner from '@gatehouse/core/runner';
import type { Inputs } from './inputs.js';
import type { CommandResult } from './run-command.js';
import type { ScanJob, ScanOutcome } from './scan/run-scan.js';
import { renderSummary } from './summary.js';

const ACTION = 'mask-logs';

/** Tokens the runner injects into an action's environment and masks itself; our redactor covers
 * them too, because the command's output reaches the log through us first. */
const RUNNER_TOKENS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

export interface Registration {
  values: number;
  forms: number;
  refused: Record<RefusalReason, number>;
  envMasked: string[];
  envMissing: string[];
  durationMs: number;
}

export async function run(inputs: Inputs): Promise<number> {
  const started = Date.now();
  const registry = new SecretRegistry({ minLength: inputs.minLength });
  const registration = registerAll(inputs, registry);
  registration.durationMs = Date.now() - started;
  runner.info(
    `Registered ${registration.forms} masks for ${registration.values} value(s)` +
      (registration.envMasked.length ? ` (env: ${registration.envMasked.join(', ')})` : '') +
      ` in ${formatDuration(registration.durationMs)}.`,
  );

  const containsSecret = (text: string): boolean => registry.containsSecret(text);
  await appendAuditEvent(
    inputs.auditLog,
    {
      action: ACTION,
      event: 'secrets-registered',
      outcome: 'success',
      subject: {
        values: registration.values,
        forms: registration.forms,
        refused: { ...registration.refused },
        env: registration.envMasked,
        env_missing: registration.envMissing,
      },
    },
    { containsSecret },
  );

  let scanJob: ScanJob | undefined;
  if (inputs.scan.length > 0) {
    // Loaded only when there is a scan: the engine, rules and node:crypto are not free at start-up.
    const { prepareScan } = await import('./scan/run-scan.js');
    scanJob = await prepareScan({
      patterns: inputs.scan,
      failOnFindings: inputs.failOnFindings,
      baseline: inputs.baseline,
      rules: inputs.rules,
      reportFile: inputs.reportFile,
      sarifFile: inputs.sarifFile,
      maxFileSize: inputs.maxFileSize,
      auditLog: inputs.auditLog,
      workspace: workspaceRoot(),
    });
  }

  let result: CommandResult | undefined;
  if (inputs.run) {
    const runnerTokens = new SecretRegistry({ minLength: inputs.minLength, addMasks: () => {} });
    for (const name of RUNNER_TOKENS) {
      const value = process.env[name];
      if (value) runnerTokens.register(value);
    }
    // Loaded only when there is a command: child_process and the automaton are not free at start-up.
    const { runCommand } = await import('./run-command.js');
    result = await runCommand({
      script: inputs.run,
      shell: inputs.shell,
      cwd: inputs.workingDirectory,
      patterns: [...registry.patterns(), ...runnerTokens.patterns()],
    });
    runner.info(
      `The command ${describeExit(result)} after ${formatDuration(result.durationMs)}; ${result.redactions} redaction(s) in ${result.bytesIn} bytes of output.`,
    );
    await appendAuditEvent(
      inputs.auditLog,
      {
        action: ACTION,
        event: 'command-run',
        outcome: result.exitCode === 0 ? 'success' : 'failure',
        subject: {
          shell: inputs.shell.name,
          script_sha256: sha256Hex(inputs.run),
          exit_code: result.exitCode,
          signal: result.signal,
          redactions: result.redactions,
          output_bytes: result.bytesIn,
        },
      },
      { containsSecret },
    );
  }

  runner.appendSummary(renderSummary(registration, result, inputs.shell.name));
  const exports = new runner.Exports();
  exports.setOutput('masked', String(registration.forms));
  exports.setOutput('exit-code', result ? String(result.exitCode) : '');
  let scan: ScanOutcome | undefined;
  if (scanJob) scan = await scanJob.run({ registered: registry.patterns(), containsSecret, exports });
  exports.commit();
  if (result && result.exitCode !== 0) {
    runner.error(`mask-logs: the command ${describeExit(result)}.`);
    // The command's exit code stays the step's; the leak failure is still reported.
    if (scan?.failure) runner.error(`mask-logs: ${scan.failure.describe()}`);
    return result.exitCode;
  }
  // Last: the report, SARIF, summary, annotations and outputs above are already written.
  if (scan?.failure) throw scan.failure;
  return result?.exitCode ?? 0;
}

/** "exited with code 3" or "was killed by SIGTERM", for the log and the error annotation. */
function describeExit(result: CommandResult): string {
  return result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
}

function registerAll(inputs: Inputs, registry: SecretRegistry): Registration {
  const refused: Record<RefusalReason, number> = { empty: 0, trivial: 0, 'too-short': 0 };
  let values = 0;
  const note = (label: string, reason: RefusalReason): void => {
    refused[reason]++;
    if (reason === 'too-short') runner.warning(`${label} is shorter than min-length (${inputs.minLength}); it was not masked.`);
    if (reason === 'trivial')
      runner.warning(`${label} is true, false, null or a number; masking it would hide ordinary log text, so it was not masked.`);
  };
  inputs.secrets.forEach((value, index) => {
    const outcome = registry.register(value);
    if (outcome.accepted) values++;
    else if (outcome.reason) note(`'secrets' line ${index + 1}`, outcome.reason);
  });
  // Masked whole as well, not counted as a value of its own: see Inputs.secretsWhole.
  if (inputs.secretsWhole) registry.register(inputs.secretsWhole);
  const envMasked: string[] = [];
  const envMissing: string[] = [];
  for (const name of inputs.maskEnv) {
    const value = process.env[name];
    if (value === undefined || value === '') {
      envMissing.push(name);
      runner.warning(`mask-env: ${name} is not set or empty; there is nothing to mask.`);
      continue;
    }
    const outcome = registry.register(value);
    if (outcome.accepted) {
      values++;
      envMasked.push(name);
    } else if (outcome.reason) {
      note(`The value of ${name}`, outcome.reason);
    }
  }
  return { values, forms: registry.size, refused, envMasked, envMissing, durationMs: 0 };
}
