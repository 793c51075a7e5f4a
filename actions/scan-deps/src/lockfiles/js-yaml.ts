// YAML lockfiles (pnpm-lock.yaml, berry's yarn.lock), in a module of its own so package-lock.json
// and bun.lock never load the YAML parser.

import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { LockfileError, type ParseContext } from '../types.js';
import { stripBom } from './js-common.js';

export interface YamlLockfile {
  data: unknown;
  /** 1-based lines of the keys of the top-level mapping `section` (or of the top level itself for ''). */
  keyLines(section: string): Map<string, number>;
}

/**
 * YAML lockfiles (pnpm-lock.yaml, berry's yarn.lock) through the `yaml` package directly: the strict
 * wrapper of @gatehouse/core is asynchronous and refuses constructs these files may hold. Errors and
 * alias bombs become LockfileErrors with the line.
 */
export function parseYamlLockfile(text: string, ctx: ParseContext): YamlLockfile {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(stripBom(text), { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false, logLevel: 'silent' });
  } catch (error) {
    throw new LockfileError(ctx.path, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.pos[0] !== undefined ? lineCounter.linePos(first.pos[0]).line : undefined;
    throw new LockfileError(ctx.path, `invalid YAML: ${first.message.split('\n')[0] ?? first.code}`, line);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new LockfileError(ctx.path, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const cache = new Map<string, Map<string, number>>();
  const keyLines = (section: string): Map<string, number> => {
    const cached = cache.get(section);
    if (cached) return cached;
    const lines = new Map<string, number>();
    let node: unknown = doc.contents;
    if (section !== '' && isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === section)?.value;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const offset = pair.key.range?.[0];
        if (offset !== undefined && !lines.has(String(pair.key.value))) lines.set(String(pair.key.value), lineCounter.linePos(offset).line);
      }
    }
    cache.set(section, lines);
    return lines;
  };
  return { data, keyLines };
}
