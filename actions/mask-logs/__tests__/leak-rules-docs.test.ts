// The README's list of built-in leak rules is generated from BUILTIN_RULES; this keeps it fresh.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../../test-support/action-runner.js';
import { BUILTIN_RULES } from '../src/scan/rules/builtin.js';

interface RulesDocs {
  START: string;
  END: string;
  renderRulesTable(rules: readonly unknown[]): string;
  updateRulesSection(readme: string, table: string): string;
}

// A computed specifier: the script is plain JavaScript without type declarations.
const docs = (await import(pathToFileURL(join(repoRoot, 'scripts', 'leak-rules-docs.js')).href)) as RulesDocs;

describe('leak rules docs', () => {
  it('the README lists every built-in rule (run `node scripts/leak-rules-docs.js` after changing rules)', () => {
    const readme = readFileSync(join(repoRoot, 'actions', 'mask-logs', 'README.md'), 'utf8');
    expect(docs.updateRulesSection(readme, docs.renderRulesTable(BUILTIN_RULES))).toBe(readme);
    for (const rule of BUILTIN_RULES) expect(readme).toContain(`| \`${rule.id}\``);
  });

  it('refuses a README without the markers', () => {
    expect(() => docs.updateRulesSection('# x\n', 'table')).toThrow(/leak-rules:start/);
  });
});
