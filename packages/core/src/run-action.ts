// The one way every entry point (main and post) runs: catch anything thrown, print
// `<action> failed: <message>` as an error annotation, and make sure the process exits 1.

import { describeError } from './errors.js';
import * as runner from './runner.js';
import { flushAnnotations } from './summary.js';

/**
 * `fn` may return an exit code to propagate (mask-logs passes on its command's); a failure always
 * exits 1. Entry points call it without a top-level `await` (which would make the bundler wrap
 * every module in async-module code, paid at each start), so the 'exit' listener below is what
 * keeps a run whose work never settles from ending with exit code 0.
 */
export async function runAction(action: string, fn: () => Promise<number | void> | number | void): Promise<void> {
  // Errors thrown from callbacks outside the awaited chain (timers, streams) must fail the step
  // too, not crash with a stack trace or, worse, be swallowed.
  const onStray = (err: unknown): void => fail(action, err);
  // Node exits when nothing is left to wait for, even if `fn` is still pending (a promise nobody
  // will ever settle): that is a failure, not a silent success.
  const onEarlyExit = (): void => {
    if (process.exitCode !== 1) fail(action, new Error('the step ended before its work finished (a promise was never settled)'));
  };
  process.on('uncaughtException', onStray);
  process.on('unhandledRejection', onStray);
  process.on('exit', onEarlyExit);
  try {
    const code = await fn();
    if (typeof code === 'number' && process.exitCode !== 1) process.exitCode = code;
  } catch (err) {
    fail(action, err);
  } finally {
    process.off('exit', onEarlyExit);
    // Annotations past GitHub's per-step limit were held back; say how many, once, at the end.
    try {
      flushAnnotations();
    } catch (err) {
      fail(action, err);
    }
    process.off('uncaughtException', onStray);
    process.off('unhandledRejection', onStray);
  }
}

/**
 * What an entry point calls: runAction, then end the process the moment the step is done, with its
 * exit code. Left to itself, Node first tears down every handle and the whole heap, which costs
 * ~1.5 ms for mask-logs and ~5 ms for fetch-secrets with its pooled connections (measured). Nothing
 * is lost by not waiting: every output, file command, audit line and log line is written
 * synchronously before runAction settles, and idle keep-alive sockets and timers are not work.
 */
export function runStep(action: string, fn: () => Promise<number | void> | number | void): void {
  void runAction(action, fn).then(() => process.exit());
}

function fail(action: string, err: unknown): void {
  process.exitCode = 1;
  runner.error(`${action} failed: ${describeError(err)}`);
  if (runner.isDebug() && err instanceof Error && err.stack) runner.debug(err.stack);
}
