// Fetching: group the references into distinct reads per provider, load only the provider modules
// that are used, check their settings (before any network call), then run every provider at once,
// all sharing one bounded pool and one deadline. Returns one outcome per read key.

import type { SecretRef } from './references.js';
import type { FetchAll, Locator, ProviderContext, ProviderName, ProviderSettings, Read, ReadOutcome } from './providers/types.js';

interface ProviderModule {
  fetchAll: FetchAll<Locator>;
  checkSettings(settings: ProviderSettings, env: NodeJS.ProcessEnv, locators: Locator[]): void;
}

/** Each provider's code is loaded only when a reference uses it: node:crypto, XML and age are not free. */
const LOADERS: Record<ProviderName, () => Promise<ProviderModule>> = {
  vault: () => import('./providers/vault.js') as unknown as Promise<ProviderModule>,
  'aws-sm': () => import('./providers/aws.js') as unknown as Promise<ProviderModule>,
  'gcp-sm': () => import('./providers/gcp.js') as unknown as Promise<ProviderModule>,
  'azure-kv': () => import('./providers/azure.js') as unknown as Promise<ProviderModule>,
  sops: () => import('./providers/sops.js') as unknown as Promise<ProviderModule>,
};

export interface ReadResult {
  outcome: ReadOutcome;
  provider: ProviderName;
  /** From the start of fetching until this read's outcome was known. */
  latencyMs: number;
}

export interface PreparedFetch {
  providers: ProviderName[];
  reads: number;
  /**
   * Run every provider at once; resolves with one result per read key, each with its own latency
   * (providers report each read as it ends through ProviderContext.settled).
   */
  run(ctx: ProviderContext): Promise<Map<string, ReadResult>>;
}

/** One read per distinct `<provider>:<locator>`, whatever the fields and names that use it. */
export function groupReads(refs: readonly SecretRef[]): Map<ProviderName, Read[]> {
  const groups = new Map<ProviderName, Read[]>();
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(ref.readKey)) continue;
    seen.add(ref.readKey);
    const list = groups.get(ref.provider) ?? [];
    list.push({ key: ref.readKey, locator: ref.locator });
    groups.set(ref.provider, list);
  }
  return groups;
}

/** Load the providers used and check their settings; throws the first settings error. */
export async function prepareFetch(refs: readonly SecretRef[], settings: ProviderSettings, env: NodeJS.ProcessEnv): Promise<PreparedFetch> {
  const groups = groupReads(refs);
  const names = [...groups.keys()];
  const modules = await Promise.all(names.map((name) => LOADERS[name]()));
  names.forEach((name, i) =>
    modules[i]!.checkSettings(
      settings,
      env,
      groups.get(name)!.map((r) => r.locator),
    ),
  );
  return {
    providers: names,
    reads: [...groups.values()].reduce((n, list) => n + list.length, 0),
    async run(ctx) {
      const results = new Map<string, ReadResult>();
      const started = Date.now();
      // The first report of a read wins: the one a provider makes through `settled`, else the
      // outcome fetchAll returns for it.
      const report = (key: string, provider: ProviderName, outcome: ReadOutcome): void => {
        if (!results.has(key)) results.set(key, { outcome, provider, latencyMs: Date.now() - started });
      };
      await Promise.all(
        names.map(async (name, i) => {
          const reads = groups.get(name)!;
          const outcomes = await modules[i]!.fetchAll(reads, { ...ctx, settled: (read, outcome) => report(read.key, name, outcome) });
          reads.forEach((read, j) => report(read.key, name, outcomes[j] ?? internalGap(name)));
        }),
      );
      return results;
    },
  };
}

function internalGap(provider: ProviderName): ReadOutcome {
  return {
    ok: false,
    failure: {
      kind: 'invalid',
      message: `the ${provider} provider returned no outcome for this read`,
      fix: 'Report this as a Gatehouse bug.',
    },
  };
}
