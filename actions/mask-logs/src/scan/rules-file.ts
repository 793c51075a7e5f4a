// The extra rules file (input `rules`), YAML or JSON:
//
//   rules:
//     - id: acme-api-key                  # kebab-case, unique, not a built-in id
//       description: ACME API key
//       regex: 'acme_(?:live|test)_([0-9a-zA-Z]{32})'
//       keywords: [acme_live_, acme_test_] # lower-case literals; the regex only runs near them
//       secret-group: 1                   # optional: the capture group holding the secret
//       entropy: 3.5                      # optional: minimum bits per character of the secret
//       family: acme                      # optional, default "custom"
//       allowlist:                        # optional
//         regexes: ['EXAMPLE']            # a secret matching one is not a finding
//         stopwords: [dummy]              # a secret containing one is not a finding
//         paths: ['^test/fixtures/']      # files (workspace-relative) this rule skips
//
// Read as strictly as the policy file (YAML 1.2 core schema, no duplicate keys, tags or aliases
// bombs) and validated with the core schema language, so a bad file fails with the path of the bad
// key. Every regex must compile, must not nest quantifiers (the shape of catastrophic
// backtracking) and must not use backreferences: the scanner's time stays linear in the input.

import { readFileSync, statSync } from 'node:fs';
import { GatehouseError } from '@gatehouse/core/errors';
import { formatIssue, s, validate, type Infer, type PathSegment, type SchemaIssue } from '@gatehouse/core/schema';
import { decodeUtf8 } from '@gatehouse/core/utf8';
import { parseStrictYaml } from '@gatehouse/core/yaml';
import type { Rule } from './types.js';

export const MAX_RULES_BYTES = 1024 * 1024;
export const MAX_RULES = 500;
export const MAX_REGEX_LENGTH = 2000;
const MIN_KEYWORD_LENGTH = 3;

const ID = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;

const ruleSchema = s.object({
  id: s.string({ pattern: ID, expected: 'a kebab-case id such as acme-api-key (2 to 64 characters)' }),
  description: s.string({ minLength: 1, maxLength: 200 }),
  regex: s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH }),
  keywords: s.array(s.string({ minLength: MIN_KEYWORD_LENGTH, maxLength: 100 }), { minItems: 1, maxItems: 50 }),
  entropy: s.number({ min: 0, max: 8 }).optional(),
  'secret-group': s.integer({ min: 0, max: 99 }).optional(),
  family: s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a kebab-case family name', maxLength: 40 }).optional(),
  allowlist: s
    .object({
      regexes: s.array(s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH })).optional(),
      stopwords: s.array(s.string({ minLength: 1, maxLength: 100 })).optional(),
      paths: s.array(s.string({ minLength: 1, maxLength: MAX_REGEX_LENGTH })).optional(),
    })
    .optional(),
});

export const rulesFileSchema = s.object({
  rules: s.array(ruleSchema, { minItems: 1, maxItems: MAX_RULES }),
});

export type RulesFile = Infer<typeof rulesFileSchema>;

/** Why a regex source is not linear-time safe, or undefined when it is fine. */
export function regexHazard(source: string): string | undefined {
  interface Frame {
    /** The group holds a variable-length repetition (`*`, `+`, `{n,}`, `{n,m}`). */
    repeats: boolean;
  }
  const stack: Frame[] = [{ repeats: false }];
  let i = 0;
  /** The last atom: whether it was a group holding a repetition, for the quantifier after it. */
  let lastAtomRepeats: boolean | undefined;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return 'it uses a backreference, which can take exponential time';
      i += next === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : 2;
      lastAtomRepeats = false;
      continue;
    }
    if (c === '[') {
      // A character class is one atom; skip to its unescaped `]`.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
      lastAtomRepeats = false;
      continue;
    }
    if (c === '(') {
      stack.push({ repeats: false });
      if (source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') i = source.indexOf('>', i) + 1 || source.length;
        else i += source[i + 2] === '<' ? 4 : 3;
      } else {
        i++;
      }
      lastAtomRepeats = undefined;
      continue;
    }
    if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : { repeats: false };
      lastAtomRepeats = frame.repeats;
      if (frame.repeats) stack[stack.length - 1]!.repeats = true;
      i++;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(source.slice(i, i + 24));
    if (quantifier && lastAtomRepeats !== undefined) {
      const [text, min, comma, max] = quantifier;
      const variable = text === '*' || text === '+' || (comma !== undefined && (max === '' || Number(max) !== Number(min)));
      const repeating = text === '*' || text === '+' || (comma !== undefined && (max === '' || Number(max) > 1)) || Number(min) > 1;
      if (repeating && lastAtomRepeats) {
        return `it nests quantifiers (a repeated group that itself repeats, like (a+)+ before '${text}'), which can backtrack catastrophically`;
      }
      if (variable) stack[stack.length - 1]!.repeats = true;
      i += text.length;
      if (source[i] === '?') i++; // lazy
      lastAtomRepeats = undefined;
      continue;
    }
    lastAtomRepeats = c === '|' ? undefined : false;
    i++;
  }
  return undefined;
}

export interface RulesFileOptions {
  /** Ids the custom rules must not reuse: the built-in rules (and the engine's own). */
  reservedIds: ReadonlySet<string>;
}

/** Validate parsed rules-file data and compile it to rules. `lineOf` maps a key path to a line. */
export function compileRules(
  data: unknown,
  shown: string,
  options: RulesFileOptions,
  lineOf?: (path: PathSegment[]) => number | undefined,
): Rule[] {
  const fail = (issue: SchemaIssue): never => {
    const line = lineOf?.(issue.path);
    throw new GatehouseError(
      'INPUT_INVALID',
      `The rules file ${shown}${line === undefined ? '' : `:${line}`}: ${formatIssue(issue, 'the file')}`,
      {
        fix: issue.fix ?? 'See the rules file format in the mask-logs README.',
      },
    );
  };
  const result = validate(rulesFileSchema, data);
  if (!result.ok) fail(result.issues[0]!);
  const file = (result as { ok: true; value: RulesFile }).value;
  const seen = new Set<string>();
  const rules: Rule[] = [];
  file.rules.forEach((entry, index) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['rules', index, ...rest];
    if (options.reservedIds.has(entry.id)) {
      fail({
        path: at('id'),
        problem: `is the id of a built-in rule (got "${entry.id}")`,
        fix: 'Choose another id; built-in rules cannot be replaced.',
      });
    }
    if (seen.has(entry.id))
      fail({ path: at('id'), problem: `repeats the id "${entry.id}" of an earlier rule`, fix: 'Give every rule its own id.' });
    seen.add(entry.id);
    const compile = (source: string, path: PathSegment[]): RegExp => {
      const hazard = regexHazard(source);
      if (hazard) {
        fail({
          path,
          problem: `of rule "${entry.id}" is refused: ${hazard}`,
          fix: 'Rewrite it without a repeated group around a repetition, e.g. (?:[a-z]+-)+[a-z]+ as [a-z-]+.',
        });
      }
      try {
        return new RegExp(source);
      } catch (err) {
        const why = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
        return fail({
          path,
          problem: `of rule "${entry.id}" does not compile: ${why}`,
          fix: 'Write a JavaScript regular expression (no flags, no (?i)).',
        });
      }
    };
    const regex = compile(entry.regex, at('regex'));
    const groups = new RegExp(`${entry.regex}|`).exec('')!.length - 1;
    const secretGroup = entry['secret-group'];
    if (secretGroup !== undefined && secretGroup > groups) {
      fail({
        path: at('secret-group'),
        problem: `is ${secretGroup} but the regex of rule "${entry.id}" has ${groups} capture group${groups === 1 ? '' : 's'}`,
        fix: 'Point secret-group at the group holding the secret, or 0 for the whole match.',
      });
    }
    const keywords = [...new Set(entry.keywords.map((k) => k.toLowerCase()))];
    const rule: Rule = { id: entry.id, description: entry.description, keywords, regex, family: entry.family ?? 'custom' };
    if (secretGroup !== undefined) rule.secretGroup = secretGroup;
    if (entry.entropy !== undefined) rule.entropy = entry.entropy;
    const allow = entry.allowlist;
    if (allow) {
      rule.allowlist = {};
      if (allow.regexes) rule.allowlist.regexes = allow.regexes.map((r, j) => compile(r, at('allowlist', 'regexes', j)));
      if (allow.stopwords) rule.allowlist.stopwords = allow.stopwords.map((w) => w.toLowerCase());
      if (allow.paths) rule.allowlist.paths = allow.paths.map((r, j) => compile(r, at('allowlist', 'paths', j)));
    }
    rules.push(rule);
  });
  return rules;
}

/** Parse rules text: JSON when `shown` ends in .json, strict YAML otherwise (yaml loaded lazily). */
export async function parseRules(text: string, shown: string, options: RulesFileOptions): Promise<Rule[]> {
  if (/\.json$/i.test(shown)) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new GatehouseError('INPUT_INVALID', `The rules file ${shown} is not valid JSON (${(err as Error).message}).`, {
        fix: 'Write it as JSON ({"rules": [...]}), or use YAML with a .yml extension.',
      });
    }
    return compileRules(data, shown, options);
  }
  const { doc, problems, lineOfOffset, lineOfPath } = await parseStrictYaml(text);
  if (problems.length > 0) {
    const first = problems[0]!;
    const line = lineOfOffset(first.pos[0]);
    throw new GatehouseError(
      'INPUT_INVALID',
      `The rules file ${shown}:${line} is not valid YAML (${first.message.split('\n')[0]!.replace(/[.:]$/, '')}).`,
      {
        fix: 'Fix the YAML at that line; keys must be unique and tags are not allowed.',
      },
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new GatehouseError('INPUT_INVALID', `The rules file ${shown} cannot be read as data (${(err as Error).message}).`, {
      fix: 'Write the rules out instead of nesting YAML aliases.',
    });
  }
  const lineOf = (path: PathSegment[]): number | undefined => lineOfPath(path);
  return compileRules(data, shown, options, lineOf);
}

/** Read and compile the rules file at `path` (already resolved inside the workspace). */
export async function loadRulesFile(path: string, shown: string, options: RulesFileOptions): Promise<Rule[]> {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_RULES_BYTES) {
      throw new GatehouseError('INPUT_INVALID', `The rules file ${shown} is ${size} bytes, over the ${MAX_RULES_BYTES}-byte limit.`, {
        fix: 'Keep the rules file to rules: patterns and keywords, not data.',
      });
    }
    const decoded = decodeUtf8(readFileSync(path));
    if (decoded === undefined) {
      throw new GatehouseError('INPUT_INVALID', `The rules file ${shown} is not valid UTF-8.`, { fix: 'Save it as UTF-8.' });
    }
    text = decoded;
  } catch (err) {
    if (err instanceof GatehouseError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new GatehouseError(
      'INPUT_INVALID',
      `Input 'rules' names a file that ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`} (got ${JSON.stringify(shown)}).`,
      { fix: 'Commit the rules file and check out the repository before this step, or fix the path (relative to the workspace).' },
    );
  }
  return parseRules(text, shown, options);
}
