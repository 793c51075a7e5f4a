// scripts/action-docs.js keeps every action's README in step with its action.yml, and every
// action.yml in step with the inputs its code reads. These tests make drift fail CI.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface ActionSpec {
  name?: string;
  inputs: Record<string, { description?: string; required?: boolean | string; default?: unknown } | null>;
  outputs: Record<string, { description?: string } | null>;
}

interface DocsModule {
  MARKERS: { inputs: string; outputs: string; end: string };
  escapeCell(value: unknown): string;
  renderInputsTable(inputs: ActionSpec['inputs']): string;
  renderOutputsTable(outputs: ActionSpec['outputs']): string;
  parseActionYml(text: string, file?: string): ActionSpec;
  extractSection(readme: string, section: 'inputs' | 'outputs'): string | undefined;
  updateReadme(readme: string | undefined, action: ActionSpec, title?: string): string;
  actionDirs(root: string): string[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'action-docs.js');
// A computed specifier: the script is plain JavaScript without type declarations.
const docs = (await import(pathToFileURL(SCRIPT).href)) as DocsModule;

const actions = docs.actionDirs(ROOT).map((dir) => {
  const spec = docs.parseActionYml(readFileSync(join(dir, 'action.yml'), 'utf8'), join(dir, 'action.yml'));
  return { name: basename(dir), dir, spec };
});

/** The first column of a rendered table: the names, without their backticks. */
function tableNames(table: string): string[] {
  return table
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .split(' | ')[0]!
        .replace(/^\|\s*/, '')
        .trim()
        .replace(/^`|`$/g, ''),
    );
}

/** Splits a table row on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
}

function runScript(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('action READMEs', () => {
  it('finds the actions', () => {
    expect(actions.map((a) => a.name)).toContain('mask-logs');
  });

  describe.each(actions)('$name', ({ dir, spec }) => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');

    it('has tables equal to a fresh render of action.yml (run `npm run docs` if this fails)', () => {
      expect(docs.extractSection(readme, 'inputs')).toBe(docs.renderInputsTable(spec.inputs));
      expect(docs.extractSection(readme, 'outputs')).toBe(docs.renderOutputsTable(spec.outputs));
      expect(docs.updateReadme(readme, spec)).toBe(readme);
    });

    it('documents every input and output, each with a description', () => {
      expect(tableNames(docs.extractSection(readme, 'inputs')!)).toEqual(Object.keys(spec.inputs));
      expect(tableNames(docs.extractSection(readme, 'outputs')!)).toEqual(Object.keys(spec.outputs));
      for (const [name, input] of [...Object.entries(spec.inputs), ...Object.entries(spec.outputs)]) {
        expect({ name, description: (input?.description ?? '').trim().length > 0 }).toEqual({ name, description: true });
      }
    });

    it('reads every input of action.yml in src/inputs.ts, and reads no input that action.yml lacks', () => {
      const source = readFileSync(join(dir, 'src', 'inputs.ts'), 'utf8');
      const declared = Object.keys(spec.inputs);
      const unread = declared.filter((name) => !source.includes(`'${name}'`) && !source.includes(`"${name}"`));
      expect(unread).toEqual([]);
      const read = [...source.matchAll(/\bread[A-Z]\w*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      expect(read.length).toBeGreaterThan(0);
      expect(read.filter((name) => !declared.includes(name))).toEqual([]);
    });
  });

  it('are all up to date according to `action-docs.js --check`', () => {
    const result = runScript(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the renderer', () => {
  it('escapes pipes and line breaks so every row keeps its columns', () => {
    const table = docs.renderInputsTable({
      'a|b': { description: 'one | two\nthree\r\nfour', required: 'true', default: 'x|y' },
      plain: { description: 'ok' },
    });
    const rows = table.split('\n');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
    expect(cells(rows[2]!)).toEqual(['`a\\|b`', 'one \\| two<br>three<br>four', 'yes', '`x\\|y`']);
    expect(cells(rows[3]!)).toEqual(['`plain`', 'ok', 'no', '']);
    expect(docs.escapeCell('a|b|c')).toBe('a\\|b\\|c');
  });

  it('pads columns the way Prettier prints tables', () => {
    const table = docs.renderOutputsTable({ id: { description: 'The id.' }, 'long-name': { description: 'x' } });
    expect(table).toBe(
      [
        '| Name        | Description |',
        '| ----------- | ----------- |',
        '| `id`        | The id.     |',
        '| `long-name` | x           |',
      ].join('\n'),
    );
  });

  it('says so when there are no inputs or outputs', () => {
    expect(docs.renderInputsTable({})).toBe('This action has no inputs.');
    expect(docs.renderOutputsTable({})).toBe('This action has no outputs.');
  });

  it('adds missing sections and leaves text outside the markers alone', () => {
    const spec = docs.parseActionYml('name: Demo\ninputs:\n  token:\n    description: A token.\n    required: true\n');
    const updated = docs.updateReadme('# Demo\n\nIntro text.\n', spec);
    expect(updated.startsWith('# Demo\n\nIntro text.\n\n## Inputs\n\n<!-- action-docs:inputs -->\n\n| Name ')).toBe(true);
    expect(docs.extractSection(updated, 'outputs')).toBe('This action has no outputs.');
    expect(docs.updateReadme(updated, spec)).toBe(updated);
  });
});

describe('action-docs.js on a copy of the tree', () => {
  function fixture(): { root: string; readme: string; cleanup: () => void } {
    const root = mkdtempSync(join(tmpdir(), 'action-docs-'));
    const dir = join(root, 'actions', 'demo');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'action.yml'),
      [
        'name: Demo',
        'inputs:',
        '  token:',
        "    description: 'A token | or a file.'",
        '    required: true',
        '  level:',
        '    description: >',
        '      How loud.',
        '    default: 3',
        'outputs:',
        '  result:',
        '    description: The result.',
        '',
      ].join('\n'),
    );
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      '# Demo\n\n<!-- action-docs:inputs -->\n\n| Name | Description |\n| --- | --- |\n| `old` | stale |\n\n<!-- action-docs:end -->\n\n<!-- action-docs:outputs -->\n<!-- action-docs:end -->\n',
    );
    return { root, readme, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  }

  it('--check exits 1 on a stale README, names it, and writes nothing', () => {
    const { root, readme, cleanup } = fixture();
    try {
      const before = readFileSync(readme, 'utf8');
      const result = runScript(['--check', '--root', root]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        'actions/demo/README.md is out of date with its action.yml; run `npm run docs` and commit the result.',
      ]);
      expect(readFileSync(readme, 'utf8')).toBe(before);
    } finally {
      cleanup();
    }
  });

  it('regenerates the README, after which --check passes', () => {
    const { root, readme, cleanup } = fixture();
    try {
      const write = runScript(['--root', root]);
      expect(write.status).toBe(0);
      expect(write.stdout).toContain('updated actions/demo/README.md');
      const text = readFileSync(readme, 'utf8');
      expect(text).toContain('| `token` | A token \\| or a file. | yes      |         |');
      expect(text).toContain('| `level` | How loud.             | no       | `3`     |');
      expect(text).toContain('| `result` | The result. |');
      expect(text).not.toContain('stale');
      expect(runScript(['--check', '--root', root]).status).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('fails with the file name on an invalid action.yml and on unknown arguments', () => {
    const { root, cleanup } = fixture();
    try {
      writeFileSync(join(root, 'actions', 'demo', 'action.yml'), 'inputs: [a, b]\n');
      const bad = runScript(['--check', '--root', root]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("actions/demo/action.yml: 'inputs' must be a mapping");
      expect(runScript(['--frobnicate']).status).toBe(2);
    } finally {
      cleanup();
    }
  });
});
