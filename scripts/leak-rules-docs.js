// `node scripts/leak-rules-docs.js [--check]`: render the built-in leak rules of mask-logs
// (BUILTIN_RULES in actions/mask-logs/src/scan/rules/builtin.ts) as a table in
// actions/mask-logs/README.md, between
//
//   <!-- leak-rules:start -->  ...  <!-- leak-rules:end -->
//
// `--check` writes nothing and exits 1 when the table is stale (a jest test checks it too). The
// TypeScript source is loaded through test-support/ts-resolve.mjs (Node 24 strips the types).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeCell, codeSpan, renderTable } from './action-docs.js';

export const START = '<!-- leak-rules:start -->';
export const END = '<!-- leak-rules:end -->';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const README = join(ROOT, 'actions', 'mask-logs', 'README.md');

/** The markdown table for a list of rules ({ id, description, family, validate? }). */
export function renderRulesTable(rules) {
  const rows = [...rules]
    .sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((rule) => [escapeCell(codeSpan(rule.id)), escapeCell(rule.description), escapeCell(rule.family), rule.validate ? 'CRC32' : '']);
  return `${rules.length} built-in rules, by family.\n\n${renderTable(['Rule', 'Description', 'Family', 'Checksum'], rows)}`;
}

/** README text with the section between the markers replaced; throws when the markers are missing. */
export function updateRulesSection(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README has no ${START} ... ${END} section.`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

async function main(argv) {
  await import(pathToFileURL(join(ROOT, 'test-support', 'ts-resolve.mjs')).href);
  const { BUILTIN_RULES } = await import(pathToFileURL(join(ROOT, 'actions', 'mask-logs', 'src', 'scan', 'rules', 'builtin.ts')).href);
  const current = readFileSync(README, 'utf8');
  const next = updateRulesSection(current, renderRulesTable(BUILTIN_RULES));
  if (argv.includes('--check')) {
    if (next !== current) {
      console.error('actions/mask-logs/README.md: the leak rules table is out of date; run `node scripts/leak-rules-docs.js`.');
      return 1;
    }
    console.log(`leak-rules-docs: ${BUILTIN_RULES.length} rules, README up to date.`);
    return 0;
  }
  if (next !== current) writeFileSync(README, next);
  console.log(
    `leak-rules-docs: ${BUILTIN_RULES.length} rules${next === current ? ', README already up to date' : ' written to the README'}.`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
