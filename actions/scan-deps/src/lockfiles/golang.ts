// go.mod and go.sum (ecosystem Go).
//
// go.mod: `require` (blocks and single lines; `// indirect` -> direct: false), `replace`
// (module => module version: the replacement is reported under its own path and version;
// module => local path: the original path with version '' and source 'file'), `exclude` and
// `retract` (read, no packages). Versions are kept verbatim, `v` prefix, pseudo-versions and
// `+incompatible` included.
//
// stdlib: like osv-scanner, go.mod yields a `stdlib` package at the toolchain version
// (`toolchain go1.22.1` -> 1.22.1), else at the `go` directive padded to three parts
// (`go 1.21` -> 1.21.0), so Go standard library advisories (GO-...) are matched. It is the
// minimum toolchain the module asks for; the one that actually builds it may be newer.
//
// go.sum: one package per module version with an `h1:` hash of the module itself; lines for
// `<version>/go.mod` only vouch for a go.mod file (the module was consulted, not built) and are
// not reported. `mergeGo` puts both together.
import { LockfileError, type LockfileParser, type Package, type ParseContext } from '../types.js';
import { purl, stripBom } from './other-shared.js';

export function goPurl(module: string, version: string): string {
  return purl('golang', module.split('/'), version);
}

/** go.mod tokens: bare words, "quoted" and `raw` strings; `//` starts a comment. */
function tokenize(line: string, ctx: ParseContext, lineNo: number): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && line[i + 1] === '/') {
      return { tokens, comment: line.slice(i + 2).trim() };
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === '\\' && j + 1 < line.length) j++;
        value += line[j];
        j++;
      }
      if (j >= line.length) throw new LockfileError(ctx.path, 'unterminated string', lineNo);
      tokens.push(value);
      i = j + 1;
    } else if (c === '(' || c === ')' || (c === '=' && line[i + 1] === '>')) {
      const t = c === '=' ? '=>' : c;
      tokens.push(t);
      i += t.length;
    } else {
      let j = i;
      while (
        j < line.length &&
        !' \t\r"`()'.includes(line[j] as string) &&
        !(line[j] === '/' && line[j + 1] === '/') &&
        !(line[j] === '=' && line[j + 1] === '>')
      )
        j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

function checkVersion(version: string | undefined, ctx: ParseContext, line: number, module: string): string {
  if (version === undefined || !/^v\d+(?:\.\d+){0,2}(?:[-+.][0-9A-Za-z.+-]*)?$/.test(version)) {
    throw new LockfileError(ctx.path, `invalid version '${version ?? ''}' for ${module}`, line, module);
  }
  return version;
}

function checkModule(module: string | undefined, ctx: ParseContext, line: number): string {
  if (module === undefined || module === '' || module === '=>' || /[\s"`]/.test(module)) {
    throw new LockfileError(ctx.path, `invalid module path '${module ?? ''}'`, line);
  }
  return module;
}

interface Replacement {
  version?: string;
  newPath: string;
  newVersion?: string;
  line: number;
}

function isLocalPath(path: string): boolean {
  return (
    path.startsWith('./') || path.startsWith('../') || path.startsWith('/') || path === '.' || path === '..' || /^[A-Za-z]:[\\/]/.test(path)
  );
}

export const parseGoMod: LockfileParser = (text, ctx) => {
  const lines = stripBom(text).split('\n');
  const requires: Array<{ module: string; version: string; indirect: boolean; line: number }> = [];
  const replaces = new Map<string, Replacement[]>();
  let goVersion: { version: string; line: number } | undefined;
  let toolchain: { version: string; line: number } | undefined;
  let block: string | undefined;
  let blockLine = 0;

  const directive = (verb: string, args: string[], comment: string, line: number): void => {
    switch (verb) {
      case 'module':
      case 'godebug':
      case 'tool':
      case 'ignore':
      case 'retract':
        return;
      case 'go':
        if (args.length !== 1 || !/^\d+(?:\.\d+){0,2}(?:(?:rc|beta)\d+)?$/.test(args[0] as string)) {
          throw new LockfileError(ctx.path, `invalid go version '${args.join(' ')}'`, line, 'go');
        }
        goVersion = { version: args[0] as string, line };
        return;
      case 'toolchain': {
        const name = args[0];
        if (args.length !== 1 || name === undefined) throw new LockfileError(ctx.path, 'toolchain needs one name', line, 'toolchain');
        const m = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(?:[-+].*)?$/.exec(name);
        if (m) toolchain = { version: m[1] as string, line };
        else if (name !== 'default') throw new LockfileError(ctx.path, `invalid toolchain '${name}'`, line, 'toolchain');
        return;
      }
      case 'require': {
        if (args.length !== 2) throw new LockfileError(ctx.path, 'require needs a module path and a version', line, 'require');
        const module = checkModule(args[0], ctx, line);
        const version = checkVersion(args[1], ctx, line, module);
        requires.push({ module, version, indirect: /(?:^|;\s*)indirect(?:;|$)/.test(comment), line });
        return;
      }
      case 'exclude': {
        if (args.length !== 2) throw new LockfileError(ctx.path, 'exclude needs a module path and a version', line, 'exclude');
        checkVersion(args[1], ctx, line, checkModule(args[0], ctx, line));
        return;
      }
      case 'replace': {
        const arrow = args.indexOf('=>');
        if (arrow !== 1 && arrow !== 2) throw new LockfileError(ctx.path, "replace needs 'module [version] => target'", line, 'replace');
        const module = checkModule(args[0], ctx, line);
        const version = arrow === 2 ? checkVersion(args[1], ctx, line, module) : undefined;
        const target = args.slice(arrow + 1);
        const newPath = checkModule(target[0], ctx, line);
        let newVersion: string | undefined;
        if (target.length === 2) newVersion = checkVersion(target[1], ctx, line, newPath);
        else if (target.length !== 1 || !isLocalPath(newPath)) {
          throw new LockfileError(ctx.path, `replacement ${newPath} needs a version unless it is a local path`, line, module);
        }
        const entry: Replacement = { newPath, line };
        if (version !== undefined) entry.version = version;
        if (newVersion !== undefined) entry.newVersion = newVersion;
        const list = replaces.get(module) ?? [];
        list.push(entry);
        replaces.set(module, list);
        return;
      }
      default:
        throw new LockfileError(ctx.path, `unknown directive '${verb}'`, line, verb);
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const { tokens, comment } = tokenize(lines[i] ?? '', ctx, lineNo);
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens[0] === ')') {
        if (tokens.length !== 1) throw new LockfileError(ctx.path, "unexpected text after ')'", lineNo);
        block = undefined;
        continue;
      }
      if (tokens.includes('(') || tokens.includes(')'))
        throw new LockfileError(ctx.path, 'unexpected parenthesis inside a block', lineNo, block);
      directive(block, tokens, comment, lineNo);
      continue;
    }
    const [verb, ...args] = tokens as [string, ...string[]];
    if (args.length === 1 && args[0] === '(') {
      if (!['require', 'replace', 'exclude', 'retract', 'godebug', 'tool', 'ignore'].includes(verb)) {
        throw new LockfileError(ctx.path, `'${verb}' cannot open a block`, lineNo, verb);
      }
      block = verb;
      blockLine = lineNo;
      continue;
    }
    if (args.includes('(') || args.includes(')')) throw new LockfileError(ctx.path, 'unexpected parenthesis', lineNo, verb);
    directive(verb, args, comment, lineNo);
  }
  if (block !== undefined) throw new LockfileError(ctx.path, `${block} block is not closed`, blockLine, block);

  const out: Package[] = [];
  for (const req of requires) {
    const candidates = replaces.get(req.module) ?? [];
    const replacement = candidates.find((r) => r.version === req.version) ?? candidates.find((r) => r.version === undefined);
    let pkg: Package;
    if (replacement === undefined) {
      pkg = {
        name: req.module,
        version: req.version,
        ecosystem: 'Go',
        purl: goPurl(req.module, req.version),
        lockfile: ctx.path,
        source: 'registry',
      };
    } else if (replacement.newVersion !== undefined) {
      const { newPath, newVersion } = replacement;
      pkg = {
        name: newPath,
        version: newVersion,
        ecosystem: 'Go',
        purl: goPurl(newPath, newVersion),
        lockfile: ctx.path,
        source: 'registry',
      };
    } else {
      pkg = {
        name: req.module,
        version: '',
        ecosystem: 'Go',
        purl: goPurl(req.module, ''),
        lockfile: ctx.path,
        source: 'file',
        resolved: replacement.newPath,
      };
    }
    pkg.line = req.line;
    pkg.direct = !req.indirect;
    out.push(pkg);
  }
  const std = toolchain ?? (goVersion ? { version: padGo(goVersion.version), line: goVersion.line } : undefined);
  if (std !== undefined) {
    out.push({
      name: 'stdlib',
      version: std.version,
      ecosystem: 'Go',
      purl: goPurl('stdlib', std.version),
      lockfile: ctx.path,
      line: std.line,
      source: 'registry',
    });
  }
  return out;
};

/** `1.21` -> `1.21.0`; `1.21rc1` and three-part versions stay as written. */
function padGo(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `${version}.0` : /^\d+$/.test(version) ? `${version}.0.0` : version;
}

export const parseGoSum: LockfileParser = (text, ctx) => {
  const lines = stripBom(text).split('\n');
  const out: Package[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const fields = line.split(/\s+/);
    if (fields.length !== 3) throw new LockfileError(ctx.path, 'expected: module version hash', i + 1);
    const [module, rawVersion, hash] = fields as [string, string, string];
    checkModule(module, ctx, i + 1);
    const goModOnly = rawVersion.endsWith('/go.mod');
    const version = checkVersion(goModOnly ? rawVersion.slice(0, -'/go.mod'.length) : rawVersion, ctx, i + 1, module);
    if (!/^[a-z0-9]+:[A-Za-z0-9+/]+=*$/.test(hash)) throw new LockfileError(ctx.path, `malformed hash '${hash}'`, i + 1, module);
    if (goModOnly) continue;
    const key = `${module}@${version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name: module,
      version,
      ecosystem: 'Go',
      purl: goPurl(module, version),
      lockfile: ctx.path,
      line: i + 1,
      integrity: hash,
      source: 'registry',
    });
  }
  return out;
};

/**
 * go.mod packages with the h1: hashes of go.sum attached, plus the modules only go.sum knows
 * (go.mod files before Go 1.17 list only direct dependencies) as indirect. A go.sum module that
 * go.mod requires at another version is an older version consulted during resolution, not built,
 * and is left out.
 */
export function mergeGo(modPackages: Package[], sumPackages: Package[]): Package[] {
  const sums = new Map(sumPackages.map((p) => [`${p.name}@${p.version}`, p]));
  const modNames = new Set(modPackages.map((p) => p.name));
  const out = modPackages.map((p) => {
    const sum = sums.get(`${p.name}@${p.version}`);
    return sum?.integrity !== undefined && p.integrity === undefined ? { ...p, integrity: sum.integrity } : p;
  });
  for (const p of sumPackages) if (!modNames.has(p.name)) out.push({ ...p, direct: false });
  return out;
}
