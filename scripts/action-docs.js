// `npm run docs`: render the Inputs and Outputs tables of every actions/<name>/action.yml into
// actions/<name>/README.md, between the markers
//
//   <!-- action-docs:inputs -->  ...  <!-- action-docs:end -->
//   <!-- action-docs:outputs --> ...  <!-- action-docs:end -->
//
// Everything outside the markers is left alone. `--check` writes nothing and exits 1 naming every
// README that is out of date; `--root <dir>` points the script at another checkout (tests use it).
// Tables come out the way Prettier prints them (columns padded to the widest cell), so a
// regenerated README passes `prettier --check` unchanged.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const MARKERS = {
  inputs: '<!-- action-docs:inputs -->',
  outputs: '<!-- action-docs:outputs -->',
  end: '<!-- action-docs:end -->',
};

const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One table cell: `|` escaped (GFM reads `\|` as a literal pipe, even in code spans), line breaks as `<br>`. */
export function escapeCell(value) {
  return String(value ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, '<br>');
}

/** An inline code span that survives backticks in the value. */
export function codeSpan(value) {
  const text = String(value);
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(runs.reduce((longest, run) => Math.max(longest, run.length), 0) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Display width of a cell; wide (CJK, emoji) characters take two columns, as in Prettier. */
function cellWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    width +=
      code >= 0x1100 && /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Extended_Pictographic}]/u.test(char)
        ? 2
        : 1;
  }
  return width;
}

/** A markdown table with every column padded to its widest cell. */
export function renderTable(header, rows) {
  const widths = header.map((cell, column) => Math.max(3, cellWidth(cell), ...rows.map((row) => cellWidth(row[column]))));
  const line = (cells) => `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column] - cellWidth(cell))).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function isRequired(value) {
  return value === true || String(value).trim().toLowerCase() === 'true';
}

/** The Inputs table for the `inputs:` mapping of an action.yml. */
export function renderInputsTable(inputs) {
  const entries = Object.entries(inputs ?? {});
  if (entries.length === 0) return 'This action has no inputs.';
  const rows = entries.map(([name, spec]) => {
    const input = spec ?? {};
    const hasDefault = input.default !== undefined && input.default !== null && String(input.default) !== '';
    return [
      escapeCell(codeSpan(name)),
      escapeCell(input.description),
      isRequired(input.required) ? 'yes' : 'no',
      hasDefault ? escapeCell(codeSpan(input.default)) : '',
    ];
  });
  return renderTable(['Name', 'Description', 'Required', 'Default'], rows);
}

/** The Outputs table for the `outputs:` mapping of an action.yml. */
export function renderOutputsTable(outputs) {
  const entries = Object.entries(outputs ?? {});
  if (entries.length === 0) return 'This action has no outputs.';
  const rows = entries.map(([name, spec]) => [escapeCell(codeSpan(name)), escapeCell((spec ?? {}).description)]);
  return renderTable(['Name', 'Description'], rows);
}

/** action.yml text -> its parsed metadata; throws with the file name on bad YAML or a bad shape. */
export function parseActionYml(text, file = 'action.yml') {
  let data;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new Error(`${file} is not valid YAML: ${err.message.split('\n')[0]}`, { cause: err });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file} is not a YAML mapping.`);
  for (const key of ['inputs', 'outputs']) {
    const value = data[key];
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new Error(`${file}: '${key}' must be a mapping of names to their descriptions.`);
    }
  }
  return { name: typeof data.name === 'string' ? data.name : undefined, inputs: data.inputs ?? {}, outputs: data.outputs ?? {} };
}

/** The text between a section's start marker and the next end marker, or undefined when absent. */
export function extractSection(readme, section) {
  const start = readme.indexOf(MARKERS[section]);
  if (start === -1) return undefined;
  const from = start + MARKERS[section].length;
  const end = readme.indexOf(MARKERS.end, from);
  if (end === -1) return undefined;
  return readme.slice(from, end).trim();
}

function replaceSection(readme, section, body) {
  const start = readme.indexOf(MARKERS[section]);
  const from = start + MARKERS[section].length;
  const end = readme.indexOf(MARKERS.end, from);
  return `${readme.slice(0, from)}\n\n${body}\n\n${readme.slice(end)}`;
}

/**
 * The README with both tables brought up to date. A README without the markers gets `## Inputs`
 * and `## Outputs` sections appended; a missing README (undefined) is created with a title.
 */
export function updateReadme(readme, action, title = action.name ?? 'Action') {
  const tables = { inputs: renderInputsTable(action.inputs), outputs: renderOutputsTable(action.outputs) };
  let text = readme ?? `# ${title}\n`;
  for (const section of ['inputs', 'outputs']) {
    if (extractSection(text, section) === undefined) {
      const heading = section === 'inputs' ? 'Inputs' : 'Outputs';
      text = `${text.trimEnd()}\n\n## ${heading}\n\n${MARKERS[section]}\n${MARKERS.end}\n`;
    }
    text = replaceSection(text, section, tables[section]);
  }
  return text;
}

/** The action folders (those with an action.yml) under `<root>/actions`, sorted. */
export function actionDirs(root) {
  const actions = join(root, 'actions');
  if (!existsSync(actions)) return [];
  return readdirSync(actions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(actions, entry.name, 'action.yml')))
    .map((entry) => join(actions, entry.name))
    .sort();
}

/** Regenerate (or with `check`, only compare) every README; returns the stale ones, root-relative. */
export function syncAll(root, { check = false } = {}) {
  const stale = [];
  for (const dir of actionDirs(root)) {
    const ymlPath = join(dir, 'action.yml');
    const readmePath = join(dir, 'README.md');
    const action = parseActionYml(readFileSync(ymlPath, 'utf8'), relative(root, ymlPath));
    const current = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
    const next = updateReadme(current, action);
    if (next === current) continue;
    stale.push(relative(root, readmePath).split('\\').join('/'));
    if (!check) writeFileSync(readmePath, next);
  }
  return stale;
}

const USAGE = 'Usage: node scripts/action-docs.js [--check] [--root <dir>]';

/** The CLI; returns the exit code. */
export function main(argv = process.argv.slice(2), log = console) {
  let check = false;
  let root = DEFAULT_ROOT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--root' && argv[i + 1]) root = resolve(argv[++i]);
    else if (arg.startsWith('--root=')) root = resolve(arg.slice('--root='.length));
    else {
      log.error(`action-docs: unknown argument '${arg}'. ${USAGE}`);
      return 2;
    }
  }
  let stale;
  try {
    stale = syncAll(root, { check });
  } catch (err) {
    log.error(`action-docs: ${err.message}`);
    return 1;
  }
  const count = actionDirs(root).length;
  if (check) {
    for (const file of stale) log.error(`${file} is out of date with its action.yml; run \`npm run docs\` and commit the result.`);
    if (stale.length === 0) log.log(`action-docs: ${count} README(s) up to date.`);
    return stale.length ? 1 : 0;
  }
  for (const file of stale) log.log(`action-docs: updated ${file}`);
  log.log(`action-docs: ${count} README(s) checked, ${stale.length} updated.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
