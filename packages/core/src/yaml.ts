// Strict YAML for the files a security tool reads (the policy file, extra leak rules): YAML 1.2
// core schema, unique keys, no merge keys, every warning fatal, and a way to point at the line of
// a key path so a validation error can say where. `yaml` is loaded only when a file is read.

import type * as YamlNamespace from 'yaml';
import type { PathSegment } from './schema.js';

export type YamlModule = typeof YamlNamespace;
export type YamlDocument = ReturnType<YamlModule['parseDocument']>;
type Ranged = { range?: [number, number, number] | null };

export interface StrictYaml {
  YAML: YamlModule;
  doc: YamlDocument;
  /** Syntax errors and warnings (unknown tags and the like): a caller treats every one as fatal. */
  problems: YamlNamespace.YAMLError[];
  /** 1-based line of a character offset. */
  lineOfOffset(offset: number | undefined): number | undefined;
  /** 1-based line of the key (in a mapping) or item (in a list) at `path`, or of its nearest ancestor. */
  lineOfPath(path: readonly PathSegment[]): number | undefined;
}

export async function parseStrictYaml(text: string): Promise<StrictYaml> {
  const YAML = await import('yaml');
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    logLevel: 'error', // no console output; 'silent' would also drop the MULTIPLE_DOCS error
  });
  const lineOfOffset = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  return {
    YAML,
    doc,
    problems: [...doc.errors, ...doc.warnings],
    lineOfOffset,
    lineOfPath: (path) => lineOfOffset(locate(YAML, doc, path)),
  };
}

/** Offset of the key (in a mapping) or item (in a list) at `path`, or of its nearest ancestor. */
function locate(YAML: YamlModule, doc: YamlDocument, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Ranged | null)?.range?.[0] ?? undefined;
  for (const segment of path) {
    if (YAML.isAlias(node)) node = node.resolve(doc);
    if (YAML.isMap(node)) {
      const pair = node.items.find((item) => YAML.isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Ranged).range?.[0] ?? offset;
      node = pair.value;
    } else if (YAML.isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Ranged | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
