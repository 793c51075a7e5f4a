// uv.lock: `[[package]]` tables with name, version, `source = { registry | git | path |
// directory | url | editable | virtual }`, `sdist`/`wheels` hashes and dependency lists.
//
// The project itself (`editable = "."` or `virtual = "."`) is left out; other workspace members
// (editable/virtual sources elsewhere) are kept with source 'workspace'. uv.lock does not mark dev
// packages, so dev is computed from the graph: a package reachable from the workspace members
// only through `dev-dependencies` is dev; `direct` marks what a member lists itself.
import { LockfileError, type LockfileParser, type Package } from '../types.js';
import {
  fileHashes,
  headerLine,
  isCommitId,
  isTable,
  normalizePypiName,
  optionalString,
  pickFileHash,
  pypiPurl,
  requiredString,
  splitFragment,
  type Table,
} from './other-shared.js';
import { packageTables, parseTomlFile } from './toml-shared.js';

interface Node {
  pkg: Package | undefined;
  member: boolean;
  deps: string[];
  devDeps: string[];
}

/** Names from `dependencies = [{ name = ... }]`, and from each list of an `optional-dependencies`/`dev-dependencies` table. */
function depNames(value: unknown, nested: boolean): string[] {
  const lists = nested ? (isTable(value) ? Object.values(value) : []) : [value];
  const out: string[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const dep of list) if (isTable(dep) && typeof dep.name === 'string') out.push(normalizePypiName(dep.name));
  }
  return out;
}

function reach(start: string[], graph: Map<string, Node[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const node of graph.get(name) ?? []) for (const dep of node.deps) if (!seen.has(dep)) queue.push(dep);
  }
  return seen;
}

export const parseUvLock: LockfileParser = (text, ctx) => {
  const doc = parseTomlFile(text, ctx);
  const { list, headers } = packageTables(doc, text, ctx);
  const nodes: Node[] = [];
  const graph = new Map<string, Node[]>();

  list.forEach((entry: unknown, i: number) => {
    const line = headerLine(headers, list.length, i);
    const key = `package[${i}]`;
    if (!isTable(entry)) throw new LockfileError(ctx.path, 'package entry is not a table', line, key);
    const name = requiredString(entry.name, ctx, `${key}.name`, line);
    const source: Table = isTable(entry.source) ? entry.source : {};
    if (entry.source !== undefined && !isTable(entry.source))
      throw new LockfileError(ctx.path, 'source is not a table', line, `${key}.source`);
    const kinds = ['registry', 'git', 'path', 'directory', 'url', 'editable', 'virtual'].filter((k) => source[k] !== undefined);
    const kind = kinds[0];
    const where = kind !== undefined ? optionalString(source[kind], ctx, `${key}.source.${kind}`, line) : undefined;
    const member = kind === 'editable' || kind === 'virtual';
    // Dynamic versions (source trees) may have none; everything from an index has one.
    const version =
      kind === 'registry' || kind === undefined
        ? requiredString(entry.version, ctx, `${key}.version`, line)
        : (optionalString(entry.version, ctx, `${key}.version`, line) ?? '');
    const node: Node = {
      pkg: undefined,
      member,
      deps: [...depNames(entry.dependencies, false), ...depNames(entry['optional-dependencies'], true)],
      devDeps: depNames(entry['dev-dependencies'], true),
    };
    if (!(member && where !== undefined && (where === '.' || where === './'))) {
      const pkg: Package = { name, version, ecosystem: 'PyPI', purl: pypiPurl(name, version), lockfile: ctx.path, source: 'registry' };
      if (line !== undefined) pkg.line = line;
      if (kind === 'git' && where !== undefined) {
        const { base, fragment } = splitFragment(where);
        pkg.source = 'git';
        pkg.resolved = base;
        if (isCommitId(fragment)) pkg.commit = fragment.toLowerCase();
      } else if (kind === 'url') pkg.source = 'url';
      else if (kind === 'path' || kind === 'directory') pkg.source = 'file';
      else if (member) pkg.source = 'workspace';
      if (where !== undefined && pkg.resolved === undefined) pkg.resolved = where;

      const sdist = isTable(entry.sdist) ? fileHashes([{ file: 'sdist.tar.gz', ...entry.sdist }], ctx, `${key}.sdist`, line) : [];
      const wheels = fileHashes(entry.wheels, ctx, `${key}.wheels`, line);
      const integrity = pickFileHash([...sdist.filter((f) => f.hash !== undefined), ...wheels]);
      if (integrity !== undefined) pkg.integrity = integrity;
      node.pkg = pkg;
    }
    nodes.push(node);
    const norm = normalizePypiName(name);
    const same = graph.get(norm);
    if (same) same.push(node);
    else graph.set(norm, [node]);
  });

  const members = nodes.filter((n) => n.member);
  if (members.length > 0) {
    const prodRoots = members.flatMap((m) => m.deps);
    const devRoots = members.flatMap((m) => m.devDeps);
    const prod = reach(prodRoots, graph);
    const dev = reach(devRoots, graph);
    const direct = new Set([...prodRoots, ...devRoots]);
    for (const node of nodes) {
      if (node.pkg === undefined || node.member) continue;
      const norm = normalizePypiName(node.pkg.name);
      if (prod.has(norm) || dev.has(norm)) node.pkg.dev = !prod.has(norm);
      node.pkg.direct = direct.has(norm);
    }
  }
  return nodes.flatMap((n) => (n.pkg ? [n.pkg] : []));
};
