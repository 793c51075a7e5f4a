// Which names a secret may be exported under. The runner itself only blocks NODE_OPTIONS in
// GITHUB_ENV; anything else an action writes there applies to every later step of the job. A
// secret named PATH, LD_PRELOAD or BASH_ENV would let whoever controls the secret's value run code
// in those steps, and GITHUB_*/RUNNER_*/ACTIONS_* would spoof the runner's own context.

import { GatehouseError } from '@gatehouse/core/errors';

/** Names that change how programs start, where they look for code, or what the runner reports. */
const RESERVED = new Set([
  'PATH',
  'BASH_ENV',
  'ENV',
  'HOME',
  'SHELL',
  'SHELLOPTS',
  'BASHOPTS',
  'IFS',
  'CDPATH',
  'GLOBIGNORE',
  'PS4',
  'PROMPT_COMMAND',
  'TMPDIR',
  'CI',
  'CLASSPATH',
  'JAVA_TOOL_OPTIONS',
  '_JAVA_OPTIONS',
  'JDK_JAVA_OPTIONS',
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONSTARTUP',
  'PERL5LIB',
  'PERL5OPT',
  'PERLLIB',
  'RUBYLIB',
  'RUBYOPT',
  'GCONV_PATH',
  'HOSTALIASES',
  'GIT_ASKPASS',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_EXEC_PATH',
  'GIT_EDITOR',
  'GIT_PAGER',
  'GIT_PROXY_COMMAND',
  'GIT_EXTERNAL_DIFF',
  'GIT_TEMPLATE_DIR',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'REQUESTS_CA_BUNDLE',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'ALL_PROXY',
  'NO_PROXY',
]);

/** Prefixes of families that are all dangerous (loader, runtime and runner variables). */
const RESERVED_PREFIXES = [
  'LD_',
  'DYLD_',
  'NODE_',
  'GITHUB_',
  'RUNNER_',
  'ACTIONS_',
  'BASH_FUNC_',
  'GIT_CONFIG',
  'NPM_CONFIG_',
  'INPUT_',
  'STATE_',
];

/** Why `name` may not be used, or undefined when it may. Case-insensitive, as Windows runners are. */
export function reservedReason(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (RESERVED.has(upper)) return `${name} would change how every later step of the job runs`;
  const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
  if (prefix) return `names starting with ${prefix} are reserved for the runner, the loader or the runtime`;
  return undefined;
}

/** Throws INPUT_INVALID when `name` would hijack the job; `where` says where it was written. */
export function checkName(name: string, where: string): void {
  const reason = reservedReason(name);
  if (reason) {
    throw new GatehouseError('INPUT_INVALID', `${where}: refusing the name ${name}: ${reason}.`, {
      fix: `Export the secret under another name (e.g. APP_${name.toUpperCase().replace(/^_+/, '')}) and pass it on explicitly where it is needed.`,
    });
  }
}
