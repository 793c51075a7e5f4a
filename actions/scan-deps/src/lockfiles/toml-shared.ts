// TOML lockfiles (poetry.lock, uv.lock, pdm.lock, Cargo.lock), in a module of its own so the other
// formats never load the TOML parser.

import { parse as parseToml, TomlError } from 'smol-toml';
import { LockfileError, type ParseContext } from '../types.js';
import { stripBom, tomlArrayHeaderLines, type Table } from './other-shared.js';

/** Parses TOML; a syntax error becomes a LockfileError at the line smol-toml reports. */
export function parseTomlFile(text: string, ctx: ParseContext): Table {
  try {
    return parseToml(stripBom(text)) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0] ?? 'invalid TOML';
      throw new LockfileError(ctx.path, `not valid TOML: ${first.replace(/^Invalid TOML document: /, '')}`, error.line);
    }
    throw error;
  }
}

/** The `[[package]]` tables every TOML lockfile has, and the line of each header for errors. */
export function packageTables(doc: Table, text: string, ctx: ParseContext): { list: unknown[]; headers: number[] } {
  const list = doc.package ?? [];
  if (!Array.isArray(list)) throw new LockfileError(ctx.path, 'package is not an array of tables', undefined, 'package');
  return { list, headers: tomlArrayHeaderLines(text, 'package') };
}
