// The `shell` input, with the same meanings as `shell:` on a workflow run step, so a command moves
// between `run:` and mask-logs unchanged.

import { inputError } from '@gatehouse/core/errors';

export interface ShellCommand {
  /** The name shown in logs and the audit log. */
  name: string;
  /** Argument vector; `{0}` is replaced by the script path. */
  argv: string[];
  /** File extension for the script file (some interpreters need it). */
  extension: string;
}

const BUILT_IN: Record<string, ShellCommand> = {
  bash: { name: 'bash', argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], extension: '.sh' },
  sh: { name: 'sh', argv: ['sh', '-e', '{0}'], extension: '.sh' },
  pwsh: { name: 'pwsh', argv: ['pwsh', '-command', ". '{0}'"], extension: '.ps1' },
  python: { name: 'python', argv: ['python3', '{0}'], extension: '.py' },
};

export function resolveShell(value: string): ShellCommand {
  const known = BUILT_IN[value];
  if (known) return known;
  if (!value.includes('{0}')) {
    throw inputError(
      'shell',
      'is not a known shell and has no {0} placeholder',
      `Use bash, sh, pwsh or python, or a template such as 'perl {0}'.`,
      value,
    );
  }
  const argv = value.trim().split(/\s+/);
  return { name: argv[0]!, argv, extension: '' };
}
