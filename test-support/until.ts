// Waiting for something a server or socket does asynchronously, without timing assertions: poll
// every 5 ms, give up after 2.5 s, and fail the test (not hang it) if it never happened.

import { expect } from '@jest/globals';

export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
