// Job summary and annotation helpers. Results go to the job summary as tables; findings go as
// annotations with file and line. Everything shown comes from names, refs and reports (package
// names, advisory titles) that a third party may control, so every piece of text is escaped: it
// renders as the same characters and can neither break a table nor inject links, images or HTML.
//
// GitHub shows at most 10 annotations of each type (error, warning, notice) per step and drops
// the rest silently. annotate() emits the first 10 of each, prints the others as plain log lines,
// and flushAnnotations() (call it once at the end of the step) adds "N more ..." to the summary.

import { relative, isAbsolute, resolve, sep } from 'node:path';
import { GatehouseError } from './errors.js';
import { formatDuration } from './inputs.js';
import * as runner from './runner.js';

export { formatDuration };

// ---- escaping ------------------------------------------------------------------------------------

/** Escape HTML-significant characters: `&`, `<`, `>`, `"`, `'`. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Plain text as inline markdown that renders as exactly that text: `&`, `<`, `>` escaped, markdown
 * punctuation that starts emphasis, code, links, images or strikethrough backslash-escaped, `|`
 * escaped so it cannot end a table cell, and line breaks as `<br>`.
 */
export function escapeMarkdown(text: string): string {
  // Backslashes first, on the raw text: the entities added after must stay intact. Quotes only
  // matter inside HTML attributes, which escaped `<` rules out, so they stay readable.
  const escaped = text
    .replace(/[\\`*_[\]~|!#]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped.replace(/\r\n|\r|\n/g, '<br>');
}

/** escapeMarkdown, plus what would start a list or heading at the beginning of a block. */
function escapeBlockStart(text: string): string {
  return escapeMarkdown(text).replace(
    /^(\s*)(?:([-+])|(\d+)([.)]))(?=\s|$)/,
    (_, space: string, bullet?: string, n?: string, dot?: string) => (bullet ? `${space}\\${bullet}` : `${space}${n}\\${dot}`),
  );
}

/**
 * Inline code that holds any text: a fence longer than any backtick run. In a table `|` must be
 * escaped even inside code (GFM); elsewhere the backslash would show, so it is not.
 */
export function inlineCode(text: string, inTable = false): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}

/** Markdown written by the caller, put into a table cell as is (only `|` and line breaks fixed). */
export interface Markdown {
  markdown: string;
}
/** Text shown as inline code. */
export interface Code {
  code: string;
}
export type Cell = string | number | boolean | null | undefined | Markdown | Code;

export function md(markdown: string): Markdown {
  return { markdown };
}

export function code(text: string): Code {
  return { code: text };
}

/** A link whose text and address are both escaped; only http(s) addresses are linked. */
export function link(text: string, url: string): Markdown {
  if (!/^https?:\/\//i.test(url)) return { markdown: escapeMarkdown(text) };
  const href = encodeURI(decodeURISafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  return { markdown: `[${escapeMarkdown(text)}](${href})` };
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** One cell (or list item) as inline markdown; `inTable` escapes `|` inside code too. */
export function renderCell(cell: Cell, inTable = true): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') {
    if ('code' in cell) return inlineCode(cell.code, inTable);
    const flat = cell.markdown.replace(/\r\n|\r|\n/g, '<br>');
    return inTable ? flat.replace(/(?<!\\)\|/g, '\\|') : flat;
  }
  return escapeMarkdown(String(cell));
}

// ---- blocks --------------------------------------------------------------------------------------

export type Align = 'left' | 'center' | 'right';

export interface TableOptions {
  align?: readonly (Align | undefined)[];
  /** Rows shown at most; the rest become one "… and N more" line under the table. */
  maxRows?: number;
  /** What the rows are, for the "and N more" line; default "rows". */
  noun?: string;
  /** Shown instead of an empty table. */
  empty?: string;
}

/** A GitHub-flavoured markdown table; every cell escaped. */
export function table(headers: readonly Cell[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  if (headers.length === 0) throw new GatehouseError('INTERNAL', 'A summary table needs at least one column.');
  if (rows.length === 0 && options.empty !== undefined) return `_${escapeMarkdown(options.empty)}_\n`;
  const width = headers.length;
  const line = (cells: readonly Cell[]): string => {
    if (cells.length > width) {
      throw new GatehouseError('INTERNAL', `A summary table row has ${cells.length} cells for ${width} columns.`);
    }
    const padded = Array.from({ length: width }, (_, i) => renderCell(cells[i]));
    return `| ${padded.join(' | ')} |`;
  };
  const rule = headers.map((_, i) => {
    switch (options.align?.[i]) {
      case 'left':
        return ':---';
      case 'center':
        return ':---:';
      case 'right':
        return '---:';
      default:
        return '---';
    }
  });
  const shown = options.maxRows !== undefined ? rows.slice(0, Math.max(0, options.maxRows)) : rows;
  const out = [line(headers), `| ${rule.join(' | ')} |`, ...shown.map(line)];
  let text = out.join('\n') + '\n';
  const hidden = rows.length - shown.length;
  if (hidden > 0) text += `\n_… and ${hidden} more ${escapeMarkdown(options.noun ?? 'rows')}_\n`;
  return text;
}

/** A two-column table of names and values, in the order given. */
export function keyValueTable(
  entries: Readonly<Record<string, Cell>> | readonly (readonly [string, Cell])[],
  headers: readonly [Cell, Cell] = ['Item', 'Value'],
): string {
  const pairs = Array.isArray(entries)
    ? (entries as readonly (readonly [string, Cell])[])
    : Object.entries(entries as Record<string, Cell>);
  return table(
    headers,
    pairs.map(([key, value]) => [key, value]),
  );
}

export function heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
}

/** A paragraph of plain text. */
export function paragraph(text: string): string {
  return `${escapeBlockStart(text)}\n`;
}

/** A collapsible block; `body` is markdown (build it with these helpers). */
export function details(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary).replace(/\r\n|\r|\n/g, ' ')}</summary>\n\n${body.replace(/\n*$/, '')}\n\n</details>\n`;
}

/** A bulleted list of plain-text items. */
export function list(items: readonly Cell[]): string {
  return items.map((item) => `- ${typeof item === 'string' ? escapeBlockStart(item) : renderCell(item, false)}`).join('\n') + '\n';
}

/** Append to the job summary (no-op outside a runner). Blocks are separated by a blank line. */
export function writeSummary(markdown: string): void {
  runner.appendSummary(markdown.endsWith('\n\n') ? markdown : markdown.replace(/\n?$/, '\n\n'));
}

// ---- numbers -------------------------------------------------------------------------------------

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `512 B`, `1.5 KiB`, `12 MiB` (binary units, at most 3 significant digits). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${Number(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}

/** `1 finding`, `3 findings`; `plural` defaults to noun + "s". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

// ---- annotations ---------------------------------------------------------------------------------

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationLocation {
  title?: string;
  /** Absolute or workspace-relative; shown relative to GITHUB_WORKSPACE. */
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

/** GitHub's limit per type per step. */
export const ANNOTATION_LIMIT = 10;

const LEVEL_NAMES: Record<AnnotationLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

/** A file path as GitHub wants it in annotations: relative to the workspace, `/`-separated. */
export function workspaceRelative(file: string, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()): string {
  const root = resolve(workspace);
  const full = resolve(root, file);
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    // Outside the workspace GitHub cannot link it; keep it readable.
    return (isAbsolute(file) ? file : full).split(sep).join('/');
  }
  return rel.split(sep).join('/');
}

/**
 * Emits annotations up to the per-type limit and counts the rest. One per step is enough: use the
 * module functions below, or a new Annotator in tests.
 */
export class Annotator {
  private readonly limit: number;
  private readonly shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  constructor(limit = ANNOTATION_LIMIT) {
    this.limit = limit;
  }

  /** True if it became an annotation; false if over the limit (then it is a plain log line). */
  annotate(level: AnnotationLevel, message: string, location: AnnotationLocation = {}): boolean {
    const file = location.file ? workspaceRelative(location.file) : undefined;
    if (this.shown[level] >= this.limit) {
      this.hidden[level]++;
      const where = file
        ? `${file}${location.line ? `:${location.line}` : ''}${location.line && location.col ? `:${location.col}` : ''}: `
        : '';
      // One line: a message line starting with `::` would otherwise be read as a workflow command.
      const text = `${level}: ${where}${location.title ? `${location.title}: ` : ''}${message}`;
      runner.info(text.replace(/\s*[\r\n]+\s*/g, ' '));
      return false;
    }
    this.shown[level]++;
    const props: runner.AnnotationProperties = {};
    if (location.title !== undefined) props.title = location.title;
    if (file !== undefined) props.file = file;
    if (location.line !== undefined) props.startLine = location.line;
    if (location.endLine !== undefined) props.endLine = location.endLine;
    if (location.col !== undefined) props.startColumn = location.col;
    if (location.endColumn !== undefined) props.endColumn = location.endColumn;
    runner[level](message, props);
    return true;
  }

  /** How many were not shown, per type. */
  get overflow(): Readonly<Record<AnnotationLevel, number>> {
    return { ...this.hidden };
  }

  /** "12 more warnings and 1 more error ..." or undefined when nothing was held back. */
  overflowLine(): string | undefined {
    const parts = (['error', 'warning', 'notice'] as const)
      .filter((level) => this.hidden[level] > 0)
      .map((level) => `${this.hidden[level]} more ${LEVEL_NAMES[level][this.hidden[level] === 1 ? 0 : 1]}`);
    if (parts.length === 0) return undefined;
    const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
    return `${joined} not shown as annotations (GitHub shows at most ${this.limit} of each type per step); they are listed in the step log.`;
  }

  /** Write the overflow line to the job summary once and reset the counts. Returns the line. */
  flush(): string | undefined {
    // Every step ends here; nearly always nothing was held back.
    const line = this.hidden.error + this.hidden.warning + this.hidden.notice > 0 ? this.overflowLine() : undefined;
    if (line !== undefined) writeSummary(paragraph(line));
    this.reset();
    return line;
  }

  reset(): void {
    this.shown.error = this.shown.warning = this.shown.notice = 0;
    this.hidden.error = this.hidden.warning = this.hidden.notice = 0;
  }
}

const stepAnnotator = new Annotator();

/** Emit a file/line annotation, within GitHub's per-step limit. */
export function annotate(level: AnnotationLevel, message: string, location: AnnotationLocation = {}): boolean {
  return stepAnnotator.annotate(level, message, location);
}

/** At the end of a step: add "N more ..." to the job summary if annotations were held back. */
export function flushAnnotations(): string | undefined {
  return stepAnnotator.flush();
}

/** For tests: forget this process's annotation counts. */
export function resetAnnotations(): void {
  stepAnnotator.reset();
}
