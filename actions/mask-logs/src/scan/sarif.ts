// SARIF 2.1.0 for code scanning (output `sarif`; upload it with github/codeql-action/upload-sarif).
//
//   - tool.driver: name, version, informationUri, and one rule per rule id that has results
//     (shortDescription, fullDescription, helpUri to the README's rules list for built-in rules,
//     defaultConfiguration.level `error`).
//   - results: ruleId/ruleIndex; level `error` for new findings (`warning` when fail-on-findings is
//     off); a baselined finding is level `note` with an external suppression carrying its reason,
//     which code scanning shows as dismissed. The message names the rule, never the secret.
//   - locations: artifactLocation.uri relative to `%SRCROOT%` (the workspace), region with
//     startLine, startColumn and endColumn (in Unicode code points, as the engine counts them: columnKind
//     `unicodeCodePoints`).
//   - partialFingerprints `gatehouse/v1`: the finding's fingerprint, so alerts follow the secret
//     across edits, as the baseline does.

import { pathToFileURL } from 'node:url';
import { TOOL } from './report.js';
import type { Finding } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const README_RULES_URI = 'https://github.com/octo-org/gatehouse/blob/main/actions/mask-logs/README.md#leak-rules';
export const INFORMATION_URI = 'https://github.com/octo-org/gatehouse/tree/main/actions/mask-logs';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifOptions {
  /** Absolute workspace path: `%SRCROOT%`. */
  workspace: string;
  /** Ids of built-in rules: their helpUri points at the README's rules list. */
  builtinIds: ReadonlySet<string>;
  /** Level of new findings: `error` when they fail the step, `warning` otherwise. */
  newLevel?: 'error' | 'warning';
}

/** A URI reference for a workspace-relative `/`-separated path: each segment percent-encoded. */
export function relativeUri(rel: string): string {
  return rel
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export function buildSarif(findings: readonly Finding[], options: SarifOptions): Record<string, unknown> {
  const newLevel = options.newLevel ?? 'error';
  const ruleIndex = new Map<string, number>();
  const rules: Record<string, unknown>[] = [];
  for (const f of findings) {
    if (ruleIndex.has(f.rule)) continue;
    ruleIndex.set(f.rule, rules.length);
    const rule: Record<string, unknown> = {
      id: f.rule,
      name: pascalCase(f.rule),
      shortDescription: { text: f.description },
      fullDescription: { text: `${f.description}: a credential that should not be in files, logs or artifacts.` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'secret', f.family], precision: 'high' },
    };
    if (options.builtinIds.has(f.rule)) rule['helpUri'] = README_RULES_URI;
    rules.push(rule);
  }
  const results = findings.map((f) => {
    const baselined = f.baselined !== undefined;
    const checksum = f.checksum === 'valid' ? ', checksum valid' : f.checksum === 'invalid' ? ', checksum invalid' : '';
    const text = baselined
      ? `${f.description} (rule ${f.rule}), accepted in the baseline: ${f.baselined!.reason}`
      : `Possible ${f.description} (rule ${f.rule}, ${f.confidence} confidence${checksum}). Remove it and rotate the credential; the value is not shown.`;
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: baselined ? 'note' : newLevel,
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) },
          },
        },
      ],
      partialFingerprints: { 'gatehouse/v1': f.fingerprint },
      properties: { confidence: f.confidence, ...(f.checksum ? { checksum: f.checksum } : {}) },
    };
    if (baselined) result['suppressions'] = [{ kind: 'external', status: 'accepted', justification: f.baselined!.reason }];
    return result;
  });
  const root = pathToFileURL(options.workspace).href;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'unicodeCodePoints',
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
