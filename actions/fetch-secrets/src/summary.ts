// The job summary: one row per secret with its provider, reference, outcome and latency. Names and
// references only; values never reach the summary.

import { formatDuration } from '@gatehouse/core/inputs';
import { code, heading, table, type Cell } from '@gatehouse/core/summary';
import type { Item, Resolved } from './resolve.js';

export function renderSummary(resolved: Resolved, totalMs: number): string {
  const fetched = resolved.items.filter((i) => i.outcome === 'success').length;
  const skipped = resolved.items.filter((i) => i.outcome === 'skipped').length;
  const failed = resolved.failures.length;
  const verdict = failed
    ? `**${failed} failed: nothing was exported.**`
    : `${fetched} exported${skipped ? `, ${skipped} optional skipped` : ''}.`;
  const rows = resolved.items.map((item): Cell[] => [
    code(item.ref.name),
    item.ref.provider,
    code(item.ref.text),
    outcome(item),
    item.version ?? '',
    formatDuration(item.latencyMs),
  ]);
  return [
    heading('fetch-secrets', 3),
    `${resolved.items.length} secrets in ${formatDuration(totalMs)}: ${verdict}`,
    '',
    table(['Name', 'Provider', 'Reference', 'Outcome', 'Version', 'Latency'], rows),
  ].join('\n');
}

function outcome(item: Item): string {
  if (item.outcome === 'success') return item.asFile ? 'fetched (as file)' : 'fetched';
  const failure = item.failure!;
  const status = failure.status !== undefined ? `${failure.status} ` : '';
  if (item.outcome === 'skipped') return `skipped: ${status}not found (optional)`;
  return `failed: ${status}${failure.kind}: ${failure.message}`;
}
