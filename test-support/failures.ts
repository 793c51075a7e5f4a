// Capture an expected failure and check its type, so a test can assert on the error's fields.
// A call that does not fail fails the test.

import { expect } from '@jest/globals';
import { GatehouseError } from '@gatehouse/core/errors';

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** The error a promise rejects with; it must be an instance of `type` (GatehouseError by default). */
export async function rejection<E = GatehouseError>(promise: Promise<unknown>, type?: ErrorClass<E>): Promise<E> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(type ?? GatehouseError);
    return err as E;
  }
  throw new Error('expected a failure, but it succeeded');
}

/** The error a function throws; it must be an instance of `type` (GatehouseError by default). */
export function thrown<E = GatehouseError>(fn: () => unknown, type?: ErrorClass<E>): E {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(type ?? GatehouseError);
    return err as E;
  }
  throw new Error('expected a failure, but it succeeded');
}
