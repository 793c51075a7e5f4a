import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { EOL } from 'node:os';
import { GatehouseError, inputError } from '@gatehouse/core/errors';
import { runAction } from '@gatehouse/core/run-action';
import { setWriter } from '@gatehouse/core/runner';

let lines: string[];
let restoreWriter: () => void;
let savedExitCode: typeof process.exitCode;
const savedDebug = process.env['RUNNER_DEBUG'];

beforeEach(() => {
  savedExitCode = process.exitCode;
  process.exitCode = undefined;
  delete process.env['RUNNER_DEBUG'];
  lines = [];
  restoreWriter = setWriter((text) => void lines.push(text));
});

afterEach(() => {
  // runAction sets the exit code of the real process; the test run must not inherit it.
  process.exitCode = savedExitCode;
  restoreWriter();
  if (savedDebug === undefined) delete process.env['RUNNER_DEBUG'];
  else process.env['RUNNER_DEBUG'] = savedDebug;
});

const output = (): string => lines.join('');

/** Fire a process event the way Node does for a stray failure outside the awaited chain. */
function stray(event: 'unhandledRejection' | 'uncaughtException', err: unknown): boolean {
  const emit = process.emit.bind(process) as (name: string, ...args: unknown[]) => boolean;
  return event === 'unhandledRejection' ? emit(event, err, Promise.resolve()) : emit(event, err, event);
}

describe('runAction', () => {
  it('prints nothing and leaves the exit code alone when fn succeeds', async () => {
    await runAction('scan-deps', () => undefined);
    expect(output()).toBe('');
    expect(process.exitCode).toBeUndefined();
  });

  it('prints a thrown GatehouseError as exactly one error line: action, message, fix', async () => {
    await runAction('scan-deps', () => {
      throw new GatehouseError('POLICY_DENIED', 'lodash@4.17.20 has GHSA-35jh-r3h4-6jhm.', { fix: 'Upgrade lodash to 4.17.21.' });
    });
    expect(output()).toBe(`::error::scan-deps failed: lodash@4.17.20 has GHSA-35jh-r3h4-6jhm. Fix: Upgrade lodash to 4.17.21.${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('shows an input error for a secret input without its value', async () => {
    const secret = 'hvs.S3cretVaultToken0123456789';
    await runAction('fetch-secrets', () => {
      throw inputError('vault-token', 'is not a Vault token', 'Pass the token from a secret.');
    });
    expect(output()).toBe(
      `::error::fetch-secrets failed: Input 'vault-token' is not a Vault token. Fix: Pass the token from a secret.${EOL}`,
    );
    expect(output()).not.toContain(secret);
  });

  it.each<[string, unknown, string]>([
    ['an Error', new Error('connect ECONNREFUSED 127.0.0.1:8200'), 'connect ECONNREFUSED 127.0.0.1:8200'],
    ['a string', 'plain string\nsecond line', 'plain string second line'],
    ['an object', { status: 503 }, '{"status":503}'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
  ])('catches a thrown %s', async (_label, thrown, shown) => {
    await runAction('sign', () => {
      throw thrown;
    });
    expect(output()).toBe(`::error::sign failed: ${shown}${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('catches an async rejection', async () => {
    await runAction('sign', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('Rekor answered 500');
    });
    expect(output()).toBe(`::error::sign failed: Rekor answered 500${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('keeps the error on one line and escaped, so a message cannot issue its own commands', async () => {
    await runAction('sign', () => {
      throw new Error('bad response:\n::add-mask::x\n::set-output name=ok::true 100%');
    });
    expect(lines).toEqual([`::error::sign failed: bad response: ::add-mask::x ::set-output name=ok::true 100%25${EOL}`]);
  });

  it.each([0, 2, 3])('propagates a returned exit code %d', async (code) => {
    await runAction('mask-logs', () => code);
    expect(process.exitCode).toBe(code);
    expect(output()).toBe('');
  });

  it('propagates an exit code returned asynchronously', async () => {
    await runAction('mask-logs', async () => 4);
    expect(process.exitCode).toBe(4);
  });

  it('never lets a returned exit code override an earlier failure', async () => {
    process.exitCode = 1;
    await runAction('mask-logs', () => 0);
    expect(process.exitCode).toBe(1);
  });

  it('fails the step on an unhandledRejection fired while fn runs, and a returned code does not undo it', async () => {
    let finished = false;
    await runAction('audit', async () => {
      expect(stray('unhandledRejection', new Error('write EPIPE'))).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      finished = true;
      return 0;
    });
    expect(finished).toBe(true);
    expect(output()).toBe(`::error::audit failed: write EPIPE${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('fails the step on an uncaughtException fired while fn runs', async () => {
    await runAction('audit', () => {
      expect(stray('uncaughtException', new Error('timer callback failed'))).toBe(true);
      return 2;
    });
    expect(output()).toBe(`::error::audit failed: timer callback failed${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('prints a stray failure and then the thrown one', async () => {
    await runAction('audit', () => {
      stray('unhandledRejection', 'background');
      throw new Error('foreground');
    });
    expect(lines).toEqual([`::error::audit failed: background${EOL}`, `::error::audit failed: foreground${EOL}`]);
    expect(process.exitCode).toBe(1);
  });

  it.each([
    ['succeeds', () => undefined],
    ['throws', () => Promise.reject(new Error('x'))],
  ])('removes its process listeners when fn %s', async (_label, fn) => {
    const before = [process.listenerCount('unhandledRejection'), process.listenerCount('uncaughtException')];
    let during: number[] = [];
    await runAction('audit', () => {
      during = [process.listenerCount('unhandledRejection'), process.listenerCount('uncaughtException')];
      return fn();
    });
    expect(during).toEqual(before.map((n) => n + 1));
    expect([process.listenerCount('unhandledRejection'), process.listenerCount('uncaughtException')]).toEqual(before);
    const printed = output();
    stray('unhandledRejection', new Error('after the step'));
    expect(output()).toBe(printed);
  });

  it('adds the stack as a debug line only when RUNNER_DEBUG=1', async () => {
    const err = new Error('boom');
    await runAction('sign', () => {
      throw err;
    });
    expect(lines).toHaveLength(1);

    lines.length = 0;
    process.env['RUNNER_DEBUG'] = '1';
    await runAction('sign', () => {
      throw err;
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`::error::sign failed: boom${EOL}`);
    expect(lines[1]).toBe(`::debug::${err.stack!.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`);
  });
});
