// A focused checker for SARIF 2.1.0 (OASIS Standard, sarif-schema-2.1.0.json): the required
// properties and value constraints of the parts Gatehouse writes and GitHub code scanning reads.
// Independent of the code under test; no network. Returns problems as `path: message`, [] if valid.
//
// Checked (schema section in brackets):
//   sarifLog            version === "2.1.0" (required), runs (required, array), $schema uri if present
//   run                 tool (required) with driver (required) with name (required, string);
//                       driver.version string; driver.rules[] each with id (required, string),
//                       shortDescription/fullDescription as message strings {text (required)},
//                       helpUri uri, defaultConfiguration.level in the level enum;
//                       columnKind in {utf16CodeUnits, unicodeCodePoints}; originalUriBaseIds values
//                       artifactLocations whose uri ends with '/'
//   result              message (required) with text or id; ruleId string; ruleIndex integer >= -1 and
//                       pointing at a rule with the same id; level enum; kind enum;
//                       locations[].physicalLocation.artifactLocation.uri (uri-reference) and uriBaseId;
//                       region startLine/startColumn >= 1, endColumn > startColumn (a region is
//                       never empty unless endColumn == startColumn for an insertion point);
//                       partialFingerprints: object of strings; baselineState enum;
//                       suppressions[]: kind (required) in {inSource, external}, status enum,
//                       justification string
//   GitHub              at most 25,000 results per run; ruleId required on each result.

const LEVELS = ['none', 'note', 'warning', 'error'];
const KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'];
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'];
const SUPPRESSION_KINDS = ['inSource', 'external'];
const SUPPRESSION_STATUS = ['accepted', 'underReview', 'rejected'];
const COLUMN_KINDS = ['utf16CodeUnits', 'unicodeCodePoints'];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function isUriReference(v: unknown): boolean {
  if (typeof v !== 'string' || v === '' || /[\s\\]/.test(v)) return false;
  try {
    new URL(v, 'file:///base/');
    return true;
  } catch {
    return false;
  }
}

export function checkSarif(log: unknown): string[] {
  const problems: string[] = [];
  const bad = (path: string, message: string): void => {
    problems.push(`${path}: ${message}`);
  };
  if (!isObject(log)) return ['$: a SARIF log must be an object'];
  if (log['version'] !== '2.1.0') bad('$.version', 'must be "2.1.0"');
  if (log['$schema'] !== undefined && !isUriReference(log['$schema'])) bad('$.$schema', 'must be a URI');
  const runs = log['runs'];
  if (!Array.isArray(runs)) return [...problems, '$.runs: is required and must be an array'];
  runs.forEach((run: unknown, r) => {
    const at = `$.runs[${r}]`;
    if (!isObject(run)) return bad(at, 'must be an object');
    const tool = run['tool'];
    const driver = isObject(tool) ? tool['driver'] : undefined;
    if (!isObject(driver)) return bad(`${at}.tool.driver`, 'is required');
    if (typeof driver['name'] !== 'string' || driver['name'] === '') bad(`${at}.tool.driver.name`, 'is required');
    if (driver['version'] !== undefined && typeof driver['version'] !== 'string') bad(`${at}.tool.driver.version`, 'must be a string');
    const rules = driver['rules'] ?? [];
    const ruleIds: string[] = [];
    if (!Array.isArray(rules)) bad(`${at}.tool.driver.rules`, 'must be an array');
    else
      rules.forEach((rule: unknown, i) => {
        const rp = `${at}.tool.driver.rules[${i}]`;
        if (!isObject(rule)) return bad(rp, 'must be an object');
        if (typeof rule['id'] !== 'string' || rule['id'] === '') bad(`${rp}.id`, 'is required');
        ruleIds.push(String(rule['id']));
        for (const key of ['shortDescription', 'fullDescription']) {
          const m = rule[key];
          if (m !== undefined && (!isObject(m) || typeof m['text'] !== 'string')) bad(`${rp}.${key}`, 'must be a message string with text');
        }
        if (rule['helpUri'] !== undefined && !isUriReference(rule['helpUri'])) bad(`${rp}.helpUri`, 'must be a URI');
        const config = rule['defaultConfiguration'];
        if (config !== undefined && (!isObject(config) || (config['level'] !== undefined && !LEVELS.includes(String(config['level']))))) {
          bad(`${rp}.defaultConfiguration.level`, `must be one of ${LEVELS.join(', ')}`);
        }
      });
    if (new Set(ruleIds).size !== ruleIds.length) bad(`${at}.tool.driver.rules`, 'rule ids must be unique');
    if (run['columnKind'] !== undefined && !COLUMN_KINDS.includes(String(run['columnKind'])))
      bad(`${at}.columnKind`, 'is not a column kind');
    const bases = run['originalUriBaseIds'];
    if (bases !== undefined) {
      if (!isObject(bases)) bad(`${at}.originalUriBaseIds`, 'must be an object');
      else
        for (const [name, loc] of Object.entries(bases)) {
          if (!isObject(loc) || typeof loc['uri'] !== 'string' || !loc['uri'].endsWith('/'))
            bad(`${at}.originalUriBaseIds.${name}.uri`, "must be a URI ending in '/'");
        }
    }
    const results = run['results'];
    if (results === undefined) return;
    if (!Array.isArray(results)) return bad(`${at}.results`, 'must be an array');
    if (results.length > 25000) bad(`${at}.results`, 'GitHub accepts at most 25,000 results per run');
    results.forEach((result: unknown, i) => {
      const rp = `${at}.results[${i}]`;
      if (!isObject(result)) return bad(rp, 'must be an object');
      const message = result['message'];
      if (!isObject(message) || (typeof message['text'] !== 'string' && typeof message['id'] !== 'string'))
        bad(`${rp}.message`, 'is required, with text or id');
      if (typeof result['ruleId'] !== 'string') bad(`${rp}.ruleId`, 'is required (GitHub)');
      if (result['ruleIndex'] !== undefined) {
        const index = result['ruleIndex'];
        if (!isInt(index) || index < -1) bad(`${rp}.ruleIndex`, 'must be an integer >= -1');
        else if (index >= 0 && ruleIds[index] !== result['ruleId']) bad(`${rp}.ruleIndex`, 'must point at the rule with the same id');
      }
      if (result['level'] !== undefined && !LEVELS.includes(String(result['level'])))
        bad(`${rp}.level`, `must be one of ${LEVELS.join(', ')}`);
      if (result['kind'] !== undefined && !KINDS.includes(String(result['kind']))) bad(`${rp}.kind`, 'is not a result kind');
      if (result['baselineState'] !== undefined && !BASELINE_STATES.includes(String(result['baselineState'])))
        bad(`${rp}.baselineState`, 'is not a baseline state');
      const locations = result['locations'];
      if (locations !== undefined) {
        if (!Array.isArray(locations)) bad(`${rp}.locations`, 'must be an array');
        else
          locations.forEach((loc: unknown, j) => {
            const lp = `${rp}.locations[${j}].physicalLocation`;
            const physical = isObject(loc) ? loc['physicalLocation'] : undefined;
            if (!isObject(physical)) return bad(lp, 'is required here');
            const artifact = physical['artifactLocation'];
            if (!isObject(artifact) || !isUriReference(artifact['uri'])) bad(`${lp}.artifactLocation.uri`, 'must be a URI reference');
            else if (/^[a-z][a-z0-9+.-]*:/i.test(String(artifact['uri'])) && artifact['uriBaseId'] !== undefined) {
              bad(`${lp}.artifactLocation.uri`, 'must be relative when uriBaseId is set');
            }
            if (isObject(artifact) && artifact['uriBaseId'] !== undefined && typeof artifact['uriBaseId'] !== 'string')
              bad(`${lp}.artifactLocation.uriBaseId`, 'must be a string');
            const region = physical['region'];
            if (region === undefined) return;
            if (!isObject(region)) return bad(`${lp}.region`, 'must be an object');
            if (!isInt(region['startLine']) || region['startLine'] < 1) bad(`${lp}.region.startLine`, 'must be an integer >= 1');
            if (region['startColumn'] !== undefined && (!isInt(region['startColumn']) || region['startColumn'] < 1))
              bad(`${lp}.region.startColumn`, 'must be an integer >= 1');
            if (region['endColumn'] !== undefined) {
              if (!isInt(region['endColumn']) || region['endColumn'] < 1) bad(`${lp}.region.endColumn`, 'must be an integer >= 1');
              else if (isInt(region['startColumn']) && region['endColumn'] < region['startColumn'])
                bad(`${lp}.region.endColumn`, 'must not be before startColumn');
            }
          });
      }
      const fingerprints = result['partialFingerprints'];
      if (fingerprints !== undefined && (!isObject(fingerprints) || Object.values(fingerprints).some((v) => typeof v !== 'string'))) {
        bad(`${rp}.partialFingerprints`, 'must be an object of strings');
      }
      const suppressions = result['suppressions'];
      if (suppressions !== undefined) {
        if (!Array.isArray(suppressions)) bad(`${rp}.suppressions`, 'must be an array');
        else
          suppressions.forEach((s: unknown, j) => {
            const sp = `${rp}.suppressions[${j}]`;
            if (!isObject(s) || !SUPPRESSION_KINDS.includes(String(s['kind'])))
              bad(`${sp}.kind`, `is required, one of ${SUPPRESSION_KINDS.join(', ')}`);
            else {
              if (s['status'] !== undefined && !SUPPRESSION_STATUS.includes(String(s['status'])))
                bad(`${sp}.status`, 'is not a suppression status');
              if (s['justification'] !== undefined && typeof s['justification'] !== 'string')
                bad(`${sp}.justification`, 'must be a string');
            }
          });
      }
    });
  });
  return problems;
}
