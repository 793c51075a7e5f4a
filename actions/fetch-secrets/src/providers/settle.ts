// Outcomes reported as each read finishes (ProviderContext.settled), not only when a provider's
// last read has: the caller times each read on its own (the latency in the summary and audit log).

import type { Locator, ProviderContext, Read, ReadOutcome } from './types.js';

/** Report `outcome` for `read` to the caller, and return it (for fetchAll's array). */
export function settle<L extends Locator>(ctx: ProviderContext, read: Read<L>, outcome: ReadOutcome): ReadOutcome {
  ctx.settled?.(read, outcome);
  return outcome;
}
