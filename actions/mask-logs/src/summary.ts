// The job summary for mask-logs: counts and timings only, never values.

import { formatDuration } from '@gatehouse/core/inputs';
import type { Registration } from './main.js';
import type { CommandResult } from './run-command.js';

export function renderSummary(registration: Registration, result: CommandResult | undefined, shell: string): string {
  const refused = Object.entries(registration.refused)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const rows: Array<[string, string]> = [
    ['Values registered', String(registration.values)],
    ['Masks registered (values and encodings)', String(registration.forms)],
    ['Refused', refused || 'none'],
    ['Environment variables masked', registration.envMasked.join(', ') || 'none'],
    ['Registration time', formatDuration(registration.durationMs)],
  ];
  if (registration.envMissing.length) rows.push(['Environment variables not set', registration.envMissing.join(', ')]);
  if (result) {
    rows.push(
      ['Command', `${shell}, ${result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`}`],
      ['Command time', formatDuration(result.durationMs)],
      ['Output redacted', `${result.redactions} redaction(s) in ${result.bytesIn} bytes`],
    );
  }
  const body = rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`).join('\n');
  return `### mask-logs\n\n| | |\n| --- | --- |\n${body}\n`;
}
