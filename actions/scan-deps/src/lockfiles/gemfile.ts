// Gemfile.lock / gems.locked (ecosystem RubyGems).
//
// Source sections (GEM, GIT, PATH, PLUGIN SOURCE) carry attributes at two spaces (`remote:`,
// `revision:`, `specs:`), specs at four (`name (version[-platform])`) and their dependencies at
// six. As in Bundler, the platform is what follows the first `-` of the parenthesised version:
// `nokogiri (1.15.4-x86_64-linux)` is nokogiri 1.15.4. Platform variants of one gem version are
// reported once (advisories are per version), at the first variant's line. DEPENDENCIES marks
// direct gems; CHECKSUMS (Bundler 2.5+) gives integrity as written (`sha256=<hex>`); PLATFORMS,
// RUBY VERSION and BUNDLED WITH carry no packages.
import { LockfileError, type LockfileParser, type Package, type SourceKind } from '../types.js';
import { isCommitId, purl, stripBom } from './other-shared.js';

const SOURCE_SECTIONS: Record<string, SourceKind> = { GEM: 'registry', GIT: 'git', PATH: 'file', 'PLUGIN SOURCE': 'registry' };
const SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*) \(([^()\s]+)\)$/;
const DEPENDENCY = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?: \([^()]*\))?!?$/;
const CHECKSUM = /^([A-Za-z0-9][A-Za-z0-9._-]*) \(([^()\s]+)\)(?: (\S+))?$/;

interface SourceState {
  kind: SourceKind;
  remote?: string;
  revision?: string;
  specs: boolean;
  pending: Array<{ name: string; full: string; version: string; line: number }>;
}

export const parseGemfileLock: LockfileParser = (text, ctx) => {
  const lines = stripBom(text).split('\n');
  const out: Package[] = [];
  const byKey = new Map<string, { pkg: Package; variants: string[] }>();
  const checksums = new Map<string, string>();
  const direct = new Set<string>();
  let sawDependencies = false;
  let section: string | undefined;
  let source: SourceState | undefined;

  const flush = (): void => {
    if (source === undefined) return;
    for (const spec of source.pending) {
      const key = `${spec.name}\0${spec.version}\0${source.kind}\0${source.remote ?? ''}`;
      const known = byKey.get(key);
      if (known !== undefined) {
        known.variants.push(spec.full);
        continue;
      }
      const pkg: Package = {
        name: spec.name,
        version: spec.version,
        ecosystem: 'RubyGems',
        purl: purl('gem', [spec.name], spec.version),
        lockfile: ctx.path,
        line: spec.line,
        source: source.kind,
      };
      if (source.remote !== undefined) pkg.resolved = source.remote;
      if (source.kind === 'git' && isCommitId(source.revision)) pkg.commit = source.revision.toLowerCase();
      byKey.set(key, { pkg, variants: [spec.full] });
      out.push(pkg);
    }
    source = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    if (raw.trim() === '') continue;
    if (!raw.startsWith(' ')) {
      if (!/^[A-Z][A-Z ]*[A-Z]$/.test(raw)) throw new LockfileError(ctx.path, `unexpected line '${raw.slice(0, 60)}'`, lineNo);
      flush();
      section = raw;
      const kind = SOURCE_SECTIONS[raw];
      if (kind !== undefined) source = { kind, specs: false, pending: [] };
      if (raw === 'DEPENDENCIES') sawDependencies = true;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const body = raw.slice(indent).trimEnd();
    if (source !== undefined) {
      if (indent === 2) {
        if (body === 'specs:') {
          source.specs = true;
          continue;
        }
        const colon = body.indexOf(': ');
        if (colon <= 0) throw new LockfileError(ctx.path, `expected 'key: value' in ${section ?? ''}`, lineNo, section);
        const attr = body.slice(0, colon);
        const value = body.slice(colon + 2).trim();
        if (attr === 'remote') source.remote ??= value;
        else if (attr === 'revision') source.revision = value;
        continue;
      }
      if (indent === 4) {
        if (!source.specs) throw new LockfileError(ctx.path, `spec before 'specs:' in ${section ?? ''}`, lineNo, section);
        const m = SPEC.exec(body);
        if (!m) throw new LockfileError(ctx.path, `expected 'name (version)', found '${body.slice(0, 60)}'`, lineNo, section);
        const full = m[2] as string;
        const dash = full.indexOf('-');
        const version = dash === -1 ? full : full.slice(0, dash);
        if (!/^[0-9][0-9A-Za-z.]*$/.test(version))
          throw new LockfileError(ctx.path, `invalid version '${full}' for ${m[1] as string}`, lineNo, m[1]);
        source.pending.push({ name: m[1] as string, full, version, line: lineNo });
        continue;
      }
      if (indent === 6) {
        if (!source.specs || source.pending.length === 0)
          throw new LockfileError(ctx.path, 'dependency line outside a spec', lineNo, section);
        continue;
      }
      throw new LockfileError(ctx.path, `unexpected indentation (${indent} spaces)`, lineNo, section);
    }
    if (section === 'DEPENDENCIES') {
      const m = indent === 2 ? DEPENDENCY.exec(body) : null;
      if (!m) throw new LockfileError(ctx.path, `expected a dependency, found '${body.slice(0, 60)}'`, lineNo, section);
      direct.add(m[1] as string);
    } else if (section === 'CHECKSUMS') {
      const m = indent === 2 ? CHECKSUM.exec(body) : null;
      if (!m) throw new LockfileError(ctx.path, `expected 'name (version) checksum', found '${body.slice(0, 60)}'`, lineNo, section);
      const sum = m[3]?.split(',')[0];
      if (sum !== undefined) checksums.set(`${m[1] as string} (${m[2] as string})`, sum);
    } else if (section === undefined) {
      throw new LockfileError(ctx.path, 'indented line before any section', lineNo);
    }
  }
  flush();

  for (const { pkg, variants } of byKey.values()) {
    const sum = variants.map((v) => checksums.get(`${pkg.name} (${v})`)).find((s) => s !== undefined);
    if (sum !== undefined) pkg.integrity = sum;
    if (sawDependencies) pkg.direct = direct.has(pkg.name);
  }
  return out;
};
