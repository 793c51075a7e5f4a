// The one policy file, `.github/gatehouse.yml` (input `policy` points elsewhere). Each action owns
// one top-level section and declares its schema (schema.ts); loadPolicy validates the sections
// the caller passes and only checks that the others are known:
//
//   const policy = await loadPolicy(inputs.policy, { 'scan-deps': scanDepsPolicy });
//   policy.sections['scan-deps']['fail-on'];
//
//   version: 1            # optional
//   secrets: ...          # owned by actions/fetch-secrets: which environments may read which refs
//   scan-deps: ...        # owned by actions/scan-deps
//   sign-artifact: ...
//   verify-gate: ...
//   mask-logs: ...
//
// A section that is absent or empty is validated as `{}`, so section schemas should give every
// key a default (a repository without a policy file gets the same values). No file at the default
// path means an empty policy; no file at a path given explicitly is an error.
//
// Parsing is strict: YAML 1.2 core schema (`yes` is a string, dates stay strings), duplicate keys,
// unknown tags, several documents, complex keys and alias expansion bombs are refused. The `yaml`
// library is imported only when there is a file to parse, so actions pay nothing for it otherwise.

import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { GatehouseError } from './errors.js';
import { workspaceRoot } from './inputs.js';
import { sha256Hex } from './sha256.js';
import { decodeUtf8 } from './utf8.js';
import { parseStrictYaml } from './yaml.js';
import { closestMatch, describeValue, formatIssue, formatPath, validate, type Infer, type Schema, type SchemaIssue } from './schema.js';

import { DEFAULT_POLICY_PATH } from './policy-path.js';

export { DEFAULT_POLICY_PATH };
export const POLICY_SECTIONS = ['secrets', 'fetch-secrets', 'scan-deps', 'sign-artifact', 'verify-gate', 'mask-logs'] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];
export const POLICY_VERSION = 1;

/** The sections a caller validates, by name. */
export type SectionSchemas = { [K in PolicySection]?: Schema<unknown> };

export interface Policy<S extends SectionSchemas> {
  /** The file read (relative to the workspace when inside it); undefined when there was none. */
  file: string | undefined;
  /** `sha256:<hex>` of the file's bytes, for the audit log; undefined when there was none. */
  digest: string | undefined;
  /** The file's `version`, when it has one. */
  version: typeof POLICY_VERSION | undefined;
  /** Each requested section, validated, defaults applied. */
  sections: { [K in keyof S]-?: Infer<NonNullable<S[K]>> };
}

export interface LoadPolicyOptions {
  /** Relative paths are resolved against this; default the workspace (GITHUB_WORKSPACE or cwd). */
  root?: string;
  /** YAML alias expansions allowed before the file is refused as an expansion bomb; default 100. */
  maxAliasCount?: number;
}

/** One problem in the policy file, for annotations: `file` and `line` point at the bad key. */
export interface PolicyProblem {
  file: string;
  line: number | undefined;
  /** `scan-deps.ignore[2].until`; empty for problems of the whole file. */
  path: string;
  /** The full one-line message, with file and line. */
  message: string;
  fix: string | undefined;
}

/** POLICY_INVALID with every problem found; the message shows the first ones. */
export class PolicyError extends GatehouseError {
  readonly problems: PolicyProblem[];

  constructor(problems: PolicyProblem[]) {
    const [first, ...rest] = problems;
    let message = first?.message ?? 'The policy file is invalid.';
    if (rest.length > 0) {
      const shown = rest.slice(0, 2).map((p) => p.message.replace(/\.$/, ''));
      const more = rest.length > 2 ? ` (and ${rest.length - 2} more)` : '';
      message += ` Also: ${shown.join('; ')}${more}.`;
    }
    const fix = first?.fix ?? `Correct ${first?.file ?? 'the policy file'} there; each action's README documents its policy section.`;
    super('POLICY_INVALID', message, { fix });
    this.problems = problems;
  }
}

export const MAX_POLICY_BYTES = 1024 * 1024;
const TOP_LEVEL_KEYS = ['version', ...POLICY_SECTIONS];

/**
 * Load and validate the policy file. `path` is the `policy` input: empty or undefined means the
 * default `.github/gatehouse.yml`, where a missing file is an empty policy; an explicit path must
 * exist.
 */
export async function loadPolicy<S extends SectionSchemas>(
  path: string | undefined,
  sections: S,
  options: LoadPolicyOptions = {},
): Promise<Policy<S>> {
  const root = resolve(options.root ?? workspaceRoot());
  const explicit = path !== undefined && path.trim() !== '';
  const full = resolve(root, explicit ? path.trim() : DEFAULT_POLICY_PATH);
  const shown = displayPath(root, full);

  let bytes: Buffer;
  try {
    const info = await stat(full);
    if (!info.isFile()) throw problem(shown, undefined, 'is not a file', 'Point the policy input at a YAML file.');
    if (info.size > MAX_POLICY_BYTES) {
      throw problem(
        shown,
        undefined,
        `is ${info.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`,
        'Keep the policy file small: rules, not data.',
      );
    }
    bytes = await readFile(full);
  } catch (err) {
    if (err instanceof GatehouseError) throw err;
    if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
      if (!explicit) return emptyPolicy(sections);
      throw problem(
        shown,
        undefined,
        'does not exist',
        `Create it, correct the 'policy' input, or remove the input to use ${DEFAULT_POLICY_PATH} (which is optional).`,
      );
    }
    throw problem(shown, undefined, `cannot be read (${errno(err)})`, 'Check the path and its permissions.');
  }
  return parsePolicyBytes(bytes, shown, sections, options);
}

/** Validate policy text that is already in memory; `file` is the name used in messages. */
export async function parsePolicy<S extends SectionSchemas>(
  text: string | Uint8Array,
  file: string,
  sections: S,
  options: LoadPolicyOptions = {},
): Promise<Policy<S>> {
  return parsePolicyBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text), file, sections, options);
}

async function parsePolicyBytes<S extends SectionSchemas>(
  bytes: Buffer,
  file: string,
  sections: S,
  options: LoadPolicyOptions,
): Promise<Policy<S>> {
  // Pure-JS SHA-256: policy files are small (1 MiB at most), and node:crypto costs start-up time.
  const digest = `sha256:${sha256Hex(bytes)}`;
  const text = decodeUtf8(bytes);
  if (text === undefined) throw problem(file, undefined, 'is not valid UTF-8', 'Save the policy file as UTF-8.');

  const { YAML, doc, problems: syntax, lineOfOffset: lineOf, lineOfPath } = await parseStrictYaml(text);

  // Syntax errors and warnings (unknown tags and the like) are all fatal: a security policy is
  // read exactly as written or not at all.
  if (syntax.length > 0) {
    throw new PolicyError(
      syntax.map((err) => {
        const line = lineOf(err.pos[0]);
        const what =
          err.code === 'DUPLICATE_KEY'
            ? duplicateKeyMessage(text, err.pos[0])
            : err.code === 'TAG_RESOLVE_FAILED'
              ? `The tag '${text.slice(err.pos[0], err.pos[1]).slice(0, 60)}' is not allowed`
              : err.code === 'MULTIPLE_DOCS'
                ? 'The file holds more than one YAML document'
                : sentence(err.message);
        return makeProblem(file, line, '', `${what}.`, fixFor(err.code));
      }),
    );
  }
  const complexKeys: PolicyProblem[] = [];
  YAML.visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !YAML.isScalar(pair.key)) {
        const node = pair.key as { range?: [number, number, number] };
        complexKeys.push(
          makeProblem(
            file,
            lineOf(node.range?.[0]),
            '',
            'Keys must be plain names, not lists or mappings.',
            'Write the key as a plain name.',
          ),
        );
      }
    },
  });
  if (complexKeys.length > 0) throw new PolicyError(complexKeys);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (err) {
    const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
    throw problem(
      file,
      undefined,
      bomb ? 'expands YAML aliases too many times (an alias bomb); refused' : `cannot be read as data (${(err as Error).message})`,
      bomb ? 'Write the values out instead of nesting aliases (*name) inside anchors (&name).' : 'Fix the YAML syntax.',
    );
  }

  const issues: SchemaIssue[] = [];
  const result = { file, digest, version: undefined as typeof POLICY_VERSION | undefined, sections: {} as Record<string, unknown> };
  if (data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      issues.push({
        path: [],
        problem: `must be a mapping of sections such as 'scan-deps:' (got ${describeValue(data)})`,
        fix: `Start each section at the beginning of a line: ${POLICY_SECTIONS.join(', ')}.`,
      });
    } else {
      checkTopLevel(data as Record<string, unknown>, sections, issues, result);
    }
  }
  if (data === null || data === undefined) {
    for (const [name, schema] of sectionEntries(sections)) result.sections[name] = validateSection(schema, name, undefined, issues);
  }

  if (issues.length > 0) {
    const problems = issues.map((issue) => {
      return makeProblem(file, lineOfPath(issue.path), formatPath(issue.path), formatIssue(issue, 'The policy file'), issue.fix);
    });
    // In file order, so the first message is the first thing to fix (sort is stable).
    problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    throw new PolicyError(problems);
  }
  return result as unknown as Policy<S>;
}

function checkTopLevel(
  data: Record<string, unknown>,
  sections: SectionSchemas,
  issues: SchemaIssue[],
  result: { version: typeof POLICY_VERSION | undefined; sections: Record<string, unknown> },
): void {
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key)) continue;
    const match = closestMatch(key, TOP_LEVEL_KEYS);
    issues.push({
      path: [key],
      problem: `is not a Gatehouse policy section${match ? `; did you mean '${match}'?` : ''}`,
      fix: `The top level holds only: ${TOP_LEVEL_KEYS.join(', ')}.`,
    });
  }
  const version = data['version'];
  if (version !== undefined && version !== null) {
    if (version === POLICY_VERSION) result.version = POLICY_VERSION;
    else {
      issues.push({
        path: ['version'],
        problem: `must be ${POLICY_VERSION} (got ${describeValue(version)})`,
        fix: `This Gatehouse reads policy version ${POLICY_VERSION}; write 'version: ${POLICY_VERSION}' or leave it out.`,
      });
    }
  }
  const registered = new Map(sectionEntries(sections));
  for (const name of POLICY_SECTIONS) {
    const value = data[name];
    const schema = registered.get(name);
    if (schema) {
      result.sections[name] = validateSection(schema, name, value, issues);
    } else if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      // Another action owns it; it must still be a section.
      issues.push({ path: [name], problem: `must be a mapping (got ${describeValue(value)})` });
    }
  }
}

function validateSection(schema: Schema<unknown>, name: string, value: unknown, issues: SchemaIssue[]): unknown {
  const outcome = validate(schema, value === undefined || value === null ? {} : value, [name]);
  if (!outcome.ok) {
    issues.push(...outcome.issues);
    return undefined;
  }
  return outcome.value;
}

function sectionEntries(sections: SectionSchemas): [PolicySection, Schema<unknown>][] {
  const entries: [PolicySection, Schema<unknown>][] = [];
  for (const [name, schema] of Object.entries(sections)) {
    if (!(POLICY_SECTIONS as readonly string[]).includes(name)) {
      throw new GatehouseError('INTERNAL', `loadPolicy was asked for an unknown section '${name}'.`, {
        fix: `Sections are: ${POLICY_SECTIONS.join(', ')}.`,
      });
    }
    if (schema) entries.push([name as PolicySection, schema]);
  }
  return entries;
}

function emptyPolicy<S extends SectionSchemas>(sections: S): Policy<S> {
  const issues: SchemaIssue[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, schema] of sectionEntries(sections)) result[name] = validateSection(schema, name, undefined, issues);
  if (issues.length > 0) {
    // A section schema with required keys cannot work without a file: that is a bug in the action.
    throw new GatehouseError('INTERNAL', `The ${issues[0]!.path[0]} policy section has required keys but there is no policy file.`, {
      fix: 'Give every key of a policy section a default.',
    });
  }
  return { file: undefined, digest: undefined, version: undefined, sections: result } as unknown as Policy<S>;
}

function duplicateKeyMessage(text: string, offset: number): string {
  const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#]+?)\s*:/.exec(rest)?.[1];
  return key
    ? `The key ${key.startsWith('"') || key.startsWith("'") ? key : `'${key}'`} appears twice in the same mapping`
    : 'A key appears twice in the same mapping';
}

function fixFor(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Keep one of them: YAML parsers disagree on which one wins.';
    case 'TAG_RESOLVE_FAILED':
      return "Remove the '!' tag: the policy file is plain data.";
    case 'MULTIPLE_DOCS':
      return "Put everything in one document (remove the '---' separators after the first).";
    default:
      return 'Fix the YAML syntax at that line.';
  }
}

// ---- messages ------------------------------------------------------------------------------------

function makeProblem(file: string, line: number | undefined, path: string, text: string, fix: string | undefined): PolicyProblem {
  return { file, line, path, message: `${file}${line === undefined ? '' : `:${line}`}: ${text}`, fix };
}

function problem(file: string, line: number | undefined, what: string, fix: string): PolicyError {
  return new PolicyError([makeProblem(file, line, '', `The policy file ${what}.`, fix)]);
}

function sentence(message: string): string {
  const first = message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/[.:]$/, '');
  return first.charAt(0).toUpperCase() + first.slice(1);
}

function displayPath(root: string, full: string): string {
  const rel = relative(root, full);
  const inside = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  return (inside ? rel : full).split(sep).join('/');
}

function errno(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
