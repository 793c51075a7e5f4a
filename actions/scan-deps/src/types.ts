// The contract between scan-deps' parts: lockfile parsers produce Packages, the OSV layer turns
// them into Findings, policy/report/SARIF/SBOM consume both. Every parser and matcher works on these
// shapes only, so each lives in its own file and is tested alone.

/** OSV ecosystem names, exactly as OSV spells them (case-sensitive). */
export const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/**
 * Where a package comes from, as the package manager means it: a registry download, a git
 * checkout, a local path (`file:`/`link:`/`path =`), or a member of the same workspace.
 */
export type SourceKind = 'registry' | 'git' | 'file' | 'link' | 'workspace' | 'url';

export interface Package {
  /** As the ecosystem writes it (npm scope included: `@babel/core`; PyPI as in the lockfile). */
  name: string;
  /** Exact resolved version; for git sources the tag/version if any, else ''. */
  version: string;
  ecosystem: Ecosystem;
  /** Package URL (purl spec), e.g. `pkg:npm/%40babel/core@7.24.0`, `pkg:pypi/jinja2@3.1.4`. */
  purl: string;
  /** Workspace-relative path of the lockfile it was read from (forward slashes). */
  lockfile: string;
  /** 1-based line of the entry in the lockfile, when the format makes that cheap to know. */
  line?: number;
  /** True when only development dependencies need it (npm `dev`, poetry `category = "dev"`/groups, ...). */
  dev?: boolean;
  /** True when the lockfile marks it optional (npm `optional`, ...). */
  optional?: boolean;
  /** Integrity as the lockfile writes it: SRI (`sha512-...`), `sha256:<hex>`, a go.sum `h1:` hash, a Cargo checksum. */
  integrity?: string;
  /** Where it was (or would be) downloaded from: tarball URL, git URL, registry index URL, path. */
  resolved?: string;
  source: SourceKind;
  /** A git dependency's commit, when known (lets OSV answer commit queries). */
  commit?: string;
  /** Declared licenses, where the lockfile carries them (composer.lock, npm v1 `license` rarely). */
  licenses?: string[];
  /** True for dependencies listed directly by a manifest/workspace (when the format says). */
  direct?: boolean;
}

/** A lockfile that could not be parsed: the message names the path and the line or key at fault. */
export class LockfileError extends Error {
  override readonly name = 'LockfileError';
  readonly lockfile: string;
  readonly problem: string;
  readonly line: number | undefined;
  readonly key: string | undefined;

  // Plain fields, not parameter properties: the benchmarks run these sources with Node's
  // type stripping, which does not support them.
  constructor(lockfile: string, problem: string, line?: number, key?: string) {
    super(`${lockfile}${line !== undefined ? `:${line}` : ''}: ${problem}${key !== undefined ? ` (at ${key})` : ''}`);
    this.lockfile = lockfile;
    this.problem = problem;
    this.line = line;
    this.key = key;
  }
}

/**
 * A lockfile parser: text in, packages out, throwing LockfileError for anything malformed. Pure:
 * no file system access, except `readInclude` for formats with includes (`-r other.txt`), which
 * resolves relative to the lockfile and returns undefined when the file does not exist.
 */
export interface ParseContext {
  /** Workspace-relative path of the file being parsed (forward slashes). */
  path: string;
  readInclude?: (relativePath: string) => string | undefined;
}
export type LockfileParser = (text: string, ctx: ParseContext) => Package[];

/** Compare two versions of one ecosystem: negative, zero or positive; throws on an unparsable version. */
export type VersionCompare = (a: string, b: string) => number;

// ---- OSV ---------------------------------------------------------------------------------------

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}
export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT';
  repo?: string;
  events: OsvEvent[];
}
export interface OsvSeverity {
  type: string;
  score: string;
}
export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  severity?: OsvSeverity[];
  ecosystem_specific?: unknown;
  database_specific?: unknown;
}
export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: Array<{ type: string; url: string }>;
  database_specific?: { severity?: string; [key: string]: unknown };
}

export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown';

export interface Severity {
  level: SeverityLevel;
  /** Base score 0.0-10.0 when computed from a CVSS vector. */
  score?: number;
  /** The vector or database label it came from, e.g. `CVSS:3.1/AV:N/...` or `GHSA:HIGH`. */
  source?: string;
}

export interface Finding {
  /** Advisory id (GHSA-..., PYSEC-..., RUSTSEC-..., GO-...). */
  id: string;
  aliases: string[];
  summary: string;
  severity: Severity;
  package: Package;
  /** Fixed versions from the affected ranges that apply, lowest first. */
  fixed: string[];
  references: string[];
}
