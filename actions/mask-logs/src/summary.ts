// The job summary for mask-logs: counts and timings only, never values.

import { formatDuration } from '@gatehouse/core/inputs';
import { formatBytes, heading, inlineCode, keyValueTable, md, type Markdown } from '@gatehouse/core/summary';
import type { Registration } from './main.js';
import type { CommandResult } from './run-command.js';

export function renderSummary(registration: Registration, result: CommandResult | undefined, shell: string): string {
  const refused = Object.entries(registration.refused)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const names = (list: string[]): Markdown | string => (list.length ? md(list.map((n) => inlineCode(n, true)).join(', ')) : 'none');
  const rows: Array<[string, string | Markdown]> = [
    ['Values registered', String(registration.values)],
    ['Masks registered (values and encodings)', String(registration.forms)],
    ['Refused', refused || 'none'],
    ['Environment variables masked', names(registration.envMasked)],
    ['Registration time', formatDuration(registration.durationMs)],
  ];
  if (registration.envMissing.length) rows.push(['Environment variables not set', names(registration.envMissing)]);
  if (result) {
    rows.push(
      ['Command', `${shell}, ${result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`}`],
      ['Command time', formatDuration(result.durationMs)],
      ['Output redacted', `${result.redactions} redaction(s) in ${formatBytes(result.bytesIn)}`],
    );
  }
  return `${heading('mask-logs', 3)}\n${keyValueTable(rows, ['Measure', 'Value'])}`;
}
