// The contract between the leak scanner's parts: rules (rules/), the detection engine
// (engine.ts), file discovery (walk.ts) and the outputs (report.ts, sarif.ts, baseline.ts).

/** How sure a finding is: `high` when a checksum validates or the format is unambiguous. */
export type Confidence = 'high' | 'medium' | 'low';

/** Result of a format's own checksum (GitHub and npm tokens carry a CRC32). */
export type ChecksumResult = 'valid' | 'invalid';

export interface RuleAllowlist {
  /** A candidate secret matching any of these is not a finding (placeholders, examples). */
  regexes?: RegExp[];
  /** A candidate secret containing any of these words (case-insensitive) is not a finding. */
  stopwords?: string[];
  /** Files whose workspace-relative path matches any of these are not scanned by this rule. */
  paths?: RegExp[];
}

export interface Rule {
  /** Stable kebab-case id, used in reports, SARIF, baselines and fingerprints: never rename. */
  id: string;
  /** Human title: "GitHub personal access token (classic)". */
  description: string;
  /**
   * Lower-case literals, at least one of which occurs (case-insensitively) in or right before
   * every true match. The engine runs the regex only near keyword hits; a rule without keywords
   * would run everywhere and is refused.
   */
  keywords: string[];
  /** Linear-time pattern (no nested quantifiers); no flags needed, the engine adds its own. */
  regex: RegExp;
  /** Capture group that holds the secret; 0 (default) means the whole match. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret; gates generic rules. */
  entropy?: number;
  allowlist?: RuleAllowlist;
  /** Checksum validation where the format has one. An invalid checksum lowers confidence; it never hides a finding. */
  validate?: (secret: string) => ChecksumResult;
  /** Confidence when no checksum applies; default `medium`. */
  confidence?: Confidence;
  /** Family for summaries and corpus statistics: "github", "aws", "private-key", "generic"... */
  family: string;
}

export interface Finding {
  rule: string;
  description: string;
  family: string;
  /** Workspace-relative path, `/`-separated. */
  file: string;
  /** 1-based line and column (column in characters of the line) of the secret's first character. */
  line: number;
  column: number;
  endColumn: number;
  /** The line with the secret replaced by `***`, cut to at most 160 characters. Never the secret. */
  redacted: string;
  /** Hex SHA-256 of the secret: lets two findings be compared without storing the secret. */
  secretSha256: string;
  /** Hex SHA-256 of `<rule>:<secretSha256>`: the baseline key; survives edits and moves. */
  fingerprint: string;
  confidence: Confidence;
  checksum?: ChecksumResult;
  /** Set when a baseline entry accepted this finding. */
  baselined?: { reason: string };
}
