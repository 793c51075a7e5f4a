// Built-in leak rules: provider formats (prefixes, lengths, alphabets, checksums), context-gated
// formats (a bare 32-hex value is only a Datadog key next to a `datadog`/`dd_api_key` name) and
// generic `password=` / `api_key:` assignments gated by entropy and stop-words.
//
// How to write a rule here (the test in __tests__/corpus.test.ts enforces the first three):
// - keywords are lower-case literals that occur in (or right before) every true match; the engine
//   only runs the regex on the lines where one occurs, so rare, specific keywords keep it fast;
// - every quantifier is bounded ({m,n}) and no quantified group holds another quantifier, so the
//   work per start position is a constant and a scan is linear in the input;
// - a token is fenced by lookarounds on its own alphabet, so it never matches inside a longer
//   token (a 1 MB run of the alphabet after a prefix is no finding);
// - when the secret is part of the match, `secretGroup` names it; entropy, allowlists and
//   checksums apply to the secret only;
// - documented example values (AKIAIOSFODNN7EXAMPLE, sk_test_4eC39HqLyjWDarjtT1zdp7dc, ...) and
//   placeholders are allow-listed so docs and tests are not findings.
//
// Ids are stable: they key baselines and fingerprints. Never rename one; add a new rule instead.
import { validateGitHubToken, validateNpmToken } from './checksum.js';
import type { Rule, RuleAllowlist } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Shared fragments

/** Placeholders that are never secrets, whatever the rule: `${VAR}`, `{{ x }}`, `<token>`, `%VAR%`,
 * runs of one character (`xxxx`, `****`, `0000`), ellipses. */
const PLACEHOLDER_REGEXES: RegExp[] = [
  /^\$\{?[A-Za-z_][A-Za-z0-9_.]{0,100}\}?$/,
  /^\{\{.{0,200}\}\}$/,
  /^<[^>]{0,200}>$/,
  /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/,
  /^(?:x{4,}|X{4,}|\*{3,}|\.{3,}|#{4,}|0{8,}|-{4,}|_{4,})$/,
  /EXAMPLE/,
];

/** Words that mark a value as a placeholder, a reference or documentation (case-insensitive). */
const PLACEHOLDER_STOPWORDS = [
  'example',
  'changeme',
  'change_me',
  'change-me',
  'dummy',
  'placeholder',
  'xxxxxx',
  'redacted',
  'your_',
  'your-',
  'yourapi',
  'yourkey',
  'yoursecret',
  'yourtoken',
  'insert_',
  'insert-',
  'replace_me',
  'replace-me',
  'replaceme',
  'notreal',
  'not_real',
  'not-real',
  'not_a_real',
  'fake',
  'sample',
  'process.env',
  'os.environ',
  'getenv',
  'secrets.',
  'env.',
  '${',
  '{{',
  '<',
  'lorem',
  'ipsum',
];

const allow = (extra: Partial<RuleAllowlist> = {}): RuleAllowlist => ({
  regexes: [...PLACEHOLDER_REGEXES, ...(extra.regexes ?? [])],
  stopwords: [...PLACEHOLDER_STOPWORDS, ...(extra.stopwords ?? [])],
  ...(extra.paths ? { paths: extra.paths } : {}),
});

/** Only one character repeated after a token prefix (`ghp_aaaa…`), or a counting sequence. */
const SAME_CHAR_BODY = /(?:^|[_.-])(?:([A-Za-z0-9])\1{11,}|0123456789|1234567890|abcdefghij|ABCDEFGHIJ)/;

/** Escape a literal for use inside a RegExp source. */
const lit = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The operator between a key and its value, with the key's optional closing quote: `=`, `:`,
 * `:=`, `=>`, `??=`, `||=`, or a comma after a quoted key, as in a call that sets a variable
 * (`os.environ.setdefault("NAME", "value")`, `os.Setenv("NAME", "value")`). The comma needs the
 * quote so that plain argument lists (`f(api_key, other)`) do not count. A closing `]` may come
 * first, for index assignments (`env["API_KEY"] = value`).
 */
const ASSIGN = `(?:["'\`]?\\])?(?:["'\`]?[ \\t]{0,4}(?::=|=>|\\?\\?=|\\|\\|=|=|:)|["'\`][ \\t]{0,4},)`;

/**
 * An assignment of a value to a name: `NAME=value`, `name: value`, `"name": "value"`,
 * `name = 'value'`, `name := value`, `name => value`. `name` (regex source, matched with the `i`
 * flag) must be part of the key; up to 30 key characters may follow it. The value is group 1.
 */
function assignment(name: string, value: string, valueEnd = '(?![A-Za-z0-9_+/=.-])'): string {
  return `(?:${name})[A-Za-z0-9_.-]{0,30}${ASSIGN}[ \\t]{0,4}["'\`]?(${value})${valueEnd}`;
}

/** A provider token: `body` fenced on both sides by `alphabet` (character-class contents). */
function token(body: string, alphabet = 'A-Za-z0-9_-'): string {
  // `=` may end a base64 token but never starts one, and it is what precedes a value in `KEY=value`.
  return `(?<![${alphabet.replace('=', '')}])${body}(?![${alphabet}])`;
}

interface Def {
  id: string;
  description: string;
  family: string;
  keywords: string[];
  regex: RegExp;
  secretGroup?: number;
  entropy?: number;
  allowlist?: RuleAllowlist;
  validate?: Rule['validate'];
  confidence?: Rule['confidence'];
}

const rule = (d: Def): Rule => ({ ...d, allowlist: d.allowlist ?? allow() });

/** A prefixed token: `prefix` + body, fenced, the whole match is the secret. */
function prefixed(
  id: string,
  description: string,
  family: string,
  prefixes: string[],
  body: string,
  options: Partial<Def> & { alphabet?: string } = {},
): Rule {
  const { alphabet, ...rest } = options;
  const head = prefixes.length === 1 ? lit(prefixes[0]!) : `(?:${prefixes.map(lit).join('|')})`;
  return rule({
    id,
    description,
    family,
    keywords: prefixes.map((p) => p.toLowerCase()),
    regex: new RegExp(token(`${head}${body}`, alphabet)),
    confidence: 'high',
    entropy: 3,
    ...rest,
    allowlist: allow({ regexes: [SAME_CHAR_BODY, ...(rest.allowlist?.regexes ?? [])], stopwords: rest.allowlist?.stopwords ?? [] }),
  });
}

/** A value that is a secret only when a provider's name is part of its key (`DATADOG_API_KEY=`). */
function contextual(
  id: string,
  description: string,
  family: string,
  keywords: string[],
  name: string,
  value: string,
  options: Partial<Def> = {},
): Rule {
  return rule({
    id,
    description,
    family,
    keywords,
    regex: new RegExp(assignment(name, value), 'i'),
    secretGroup: 1,
    entropy: 3,
    ...options,
  });
}

const HEX32 = '[0-9a-f]{32}';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// ---------------------------------------------------------------------------------------------
// Cloud providers

const AWS: Rule[] = [
  rule({
    id: 'aws-access-key-id',
    description: 'AWS access key id',
    family: 'aws',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    regex: /(?<![A-Za-z0-9+/])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9+/])/,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
    allowlist: allow({ regexes: [/^AKIAIOSFODNN7EXAMPLE$/, /^A[A-Z0-9]{3}([A-Z0-9])\1{15}$/] }),
  }),
  contextual(
    'aws-secret-access-key',
    'AWS secret access key',
    'aws',
    ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'],
    'secret[_.-]?access[_.-]?key|aws[_.-]?secret',
    '[A-Za-z0-9/+]{40}',
    { entropy: 4, allowlist: allow({ regexes: [/^wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY$/, /EXAMPLEKEY$/] }) },
  ),
  prefixed(
    'aws-session-token',
    'AWS temporary session token',
    'aws',
    ['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE'],
    '[A-Za-z0-9/+]{100,2000}={0,2}',
    { alphabet: 'A-Za-z0-9/+=' },
  ),
  prefixed('aws-mws-auth-token', 'Amazon MWS auth token', 'aws', ['amzn.mws.'], UUID, { alphabet: 'A-Za-z0-9-' }),
];

const GCP: Rule[] = [
  prefixed('gcp-api-key', 'Google API key', 'google', ['AIza'], '[0-9A-Za-z_-]{35}'),
  prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'google', ['GOCSPX-'], '[0-9A-Za-z_-]{28}'),
  prefixed('google-oauth-access-token', 'Google OAuth access token', 'google', ['ya29.'], '[0-9A-Za-z_-]{30,2000}', {
    alphabet: 'A-Za-z0-9_.-',
  }),
  rule({
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account key (JSON private_key)',
    family: 'gcp',
    keywords: ['"private_key"'],
    regex:
      /"private_key"[ \t]{0,4}:[ \t]{0,4}"(-----BEGIN (?:RSA )?PRIVATE KEY-----\\n[A-Za-z0-9+/=\\]{64,12000}-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)"/,
    secretGroup: 1,
    confidence: 'high',
  }),
];

const AZURE_B64_KEY = '[A-Za-z0-9+/]{86}==';
const AZURE: Rule[] = [
  rule({
    id: 'azure-storage-connection-string',
    description: 'Azure storage account key in a connection string (AccountKey=)',
    family: 'azure',
    keywords: ['accountkey='],
    regex: new RegExp(`AccountKey=(${AZURE_B64_KEY})(?![A-Za-z0-9+/=])`, 'i'),
    secretGroup: 1,
    entropy: 4,
    confidence: 'high',
  }),
  contextual(
    'azure-storage-account-key',
    'Azure storage account key',
    'azure',
    ['azure', 'storage_key', 'storagekey', 'storage-key', 'account_key', 'accountkey', 'account-key'],
    'azure|storage[_.-]?(?:account[_.-]?)?key|account[_.-]key',
    AZURE_B64_KEY,
    { entropy: 4 },
  ),
  rule({
    id: 'azure-sas-token',
    description: 'Azure shared access signature (SAS) token',
    family: 'azure',
    keywords: ['sig='],
    regex:
      /(?<=[?&;](?:sv|se|sp|sr|ss|srt|st|spr|skoid)=[^\s"'<>]{0,600})[&;]sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/i,
    secretGroup: 1,
    entropy: 3.5,
    confidence: 'high',
  }),
  rule({
    id: 'azure-shared-access-key',
    description: 'Azure Service Bus / Event Hubs / IoT shared access key',
    family: 'azure',
    keywords: ['sharedaccesskey='],
    regex: /SharedAccessKey=([A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/i,
    secretGroup: 1,
    entropy: 4,
    confidence: 'high',
  }),
  rule({
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    family: 'azure',
    // The digit before Q~ is part of the format; a bare two-byte keyword would halve the speed of
    // the keyword pass for every scan (measured).
    keywords: ['0q~', '1q~', '2q~', '3q~', '4q~', '5q~', '6q~', '7q~', '8q~', '9q~'],
    regex: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
  }),
];

// ---------------------------------------------------------------------------------------------
// Source forges, registries, CI

const GH_BODY = '[0-9A-Za-z]{36}';
const GITHUB: Rule[] = [
  prefixed('github-pat', 'GitHub personal access token (classic)', 'github', ['ghp_'], GH_BODY, { validate: validateGitHubToken }),
  prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', ['gho_'], GH_BODY, { validate: validateGitHubToken }),
  prefixed('github-user-to-server-token', 'GitHub App user-to-server token', 'github', ['ghu_'], GH_BODY, {
    validate: validateGitHubToken,
  }),
  prefixed('github-server-to-server-token', 'GitHub App installation (server-to-server) token', 'github', ['ghs_'], GH_BODY, {
    validate: validateGitHubToken,
  }),
  prefixed('github-refresh-token', 'GitHub App refresh token', 'github', ['ghr_'], GH_BODY, { validate: validateGitHubToken }),
  prefixed(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token',
    'github',
    ['github_pat_'],
    '[0-9A-Za-z]{22}_[0-9A-Za-z]{59}',
    {
      validate: validateGitHubToken,
    },
  ),
];

const GL = '[0-9A-Za-z_-]';
const GITLAB: Rule[] = [
  prefixed(
    'gitlab-pat',
    'GitLab personal, project or group access token',
    'gitlab',
    ['glpat-'],
    `${GL}{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?`,
    {
      alphabet: 'A-Za-z0-9_.-',
    },
  ),
  prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gitlab', ['gldt-'], `${GL}{20,300}`),
  prefixed(
    'gitlab-runner-token',
    'GitLab runner authentication token',
    'gitlab',
    ['glrt-'],
    `${GL}{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?`,
    {
      alphabet: 'A-Za-z0-9_.-',
    },
  ),
  prefixed('gitlab-runner-registration-token', 'GitLab runner registration token (legacy)', 'gitlab', ['GR1348941'], `${GL}{20}`),
  prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'gitlab', ['glptt-'], '[0-9a-f]{40}'),
  prefixed('gitlab-feed-token', 'GitLab feed token', 'gitlab', ['glft-'], `${GL}{20}`),
  prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gitlab', ['gloas-'], `${GL}{64}`),
  prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'gitlab', ['glcbt-'], `[0-9a-zA-Z]{1,5}_${GL}{20}`),
  prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'gitlab', ['glimt-'], `${GL}{25}`),
  prefixed('gitlab-kubernetes-agent-token', 'GitLab Kubernetes agent token', 'gitlab', ['glagent-'], `${GL}{50}`),
  prefixed('gitlab-scim-token', 'GitLab SCIM OAuth token', 'gitlab', ['glsoat-'], `${GL}{20}`),
];

const REGISTRIES: Rule[] = [
  prefixed('npm-access-token', 'npm access token', 'npm', ['npm_'], '[0-9A-Za-z]{36}', { validate: validateNpmToken }),
  rule({
    id: 'npmrc-auth-token',
    description: 'npm registry auth token in .npmrc (_authToken / _auth / _password)',
    family: 'npm',
    keywords: [':_authtoken=', ':_auth=', ':_password='],
    regex: /:_(?:authToken|auth|password)=["']?([A-Za-z0-9_+/=.-]{16,500})(?![A-Za-z0-9_+/=.-])/i,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
  }),
  prefixed('pypi-upload-token', 'PyPI upload token', 'pypi', ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], `${GL}{50,1000}`),
  prefixed('dockerhub-pat', 'Docker Hub personal access token', 'docker', ['dckr_pat_'], `${GL}{27}`),
  prefixed('dockerhub-org-access-token', 'Docker Hub organization access token', 'docker', ['dckr_oat_'], `${GL}{32}`),
  rule({
    id: 'docker-config-auth',
    description: 'Registry credentials in a Docker config.json ("auth": base64 of user:password)',
    family: 'docker',
    keywords: ['"auth"'],
    regex: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{12,1000}={0,2})"/,
    secretGroup: 1,
    entropy: 3,
  }),
  prefixed('rubygems-api-token', 'RubyGems API token', 'rubygems', ['rubygems_'], '[0-9a-f]{48}'),
  prefixed('clojars-api-token', 'Clojars deploy token', 'clojars', ['CLOJARS_'], '[a-z0-9]{60}', { alphabet: 'A-Za-z0-9' }),
  prefixed(
    'packagist-token',
    'Private Packagist token',
    'packagist',
    ['packagist_ort_', 'packagist_out_', 'packagist_uut_'],
    '[0-9a-f]{68}',
  ),
  prefixed('pulumi-access-token', 'Pulumi access token', 'pulumi', ['pul-'], '[0-9a-f]{40}'),
  prefixed('terraform-cloud-token', 'Terraform Cloud / Enterprise API token', 'terraform', ['.atlasv1.'], '[A-Za-z0-9_=-]{60,70}', {
    regex: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    secretGroup: 1,
  }),
  prefixed('atlassian-api-token', 'Atlassian (Jira, Confluence) API token', 'atlassian', ['ATATT3'], '[A-Za-z0-9_=-]{150,250}', {
    alphabet: 'A-Za-z0-9_=-',
  }),
  prefixed('bitbucket-app-password', 'Bitbucket app password', 'bitbucket', ['ATBB'], '[A-Za-z0-9_=.-]{32}', { alphabet: 'A-Za-z0-9_=.-' }),
  prefixed('postman-api-key', 'Postman API key', 'postman', ['PMAK-'], '[a-f0-9]{24}-[a-f0-9]{34}'),
  prefixed('linear-api-key', 'Linear API key', 'linear', ['lin_api_'], '[A-Za-z0-9]{40}'),
  prefixed('notion-integration-token', 'Notion integration token', 'notion', ['ntn_'], '[0-9]{11}[A-Za-z0-9]{35}'),
  prefixed('figma-pat', 'Figma personal access token', 'figma', ['figd_'], `${GL}{40}`),
  prefixed('readme-api-key', 'ReadMe API key', 'readme', ['rdme_'], '[a-z0-9]{70}'),
  prefixed('prefect-api-key', 'Prefect API key', 'prefect', ['pnu_'], '[A-Za-z0-9]{36}'),
  rule({
    id: 'airtable-pat',
    description: 'Airtable personal access token',
    family: 'airtable',
    keywords: ['pat'],
    regex: /(?<![A-Za-z0-9_-])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
  }),
];

// ---------------------------------------------------------------------------------------------
// Messaging, payments, email

const SLACK: Rule[] = [
  prefixed('slack-bot-token', 'Slack bot token', 'slack', ['xoxb-'], '[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}'),
  prefixed(
    'slack-user-token',
    'Slack user token',
    'slack',
    ['xoxp-', 'xoxe-'],
    '[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{28,34}',
  ),
  prefixed('slack-app-token', 'Slack app-level token', 'slack', ['xapp-'], '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-z0-9]{32,80}'),
  prefixed(
    'slack-legacy-token',
    'Slack legacy workspace, refresh or app token',
    'slack',
    ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    '[0-9A-Za-z-]{20,200}',
  ),
  prefixed(
    'slack-config-token',
    'Slack configuration access or refresh token',
    'slack',
    ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxe-'],
    '[0-9]-[A-Z0-9]{140,170}',
    {
      alphabet: 'A-Za-z0-9',
    },
  ),
  rule({
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL',
    family: 'slack',
    keywords: ['hooks.slack.com/'],
    regex:
      /hooks\.slack\.com\/(?:services\/(T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,32})|(?:workflows|triggers)\/(T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{15,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
    confidence: 'high',
  }),
];

const PAYMENTS: Rule[] = [
  prefixed('stripe-secret-key', 'Stripe secret key', 'stripe', ['sk_live_', 'sk_test_', 'sk_prod_'], '[0-9A-Za-z]{24,247}', {
    allowlist: { regexes: [/^sk_test_4eC39HqLyjWDarjtT1zdp7dc$/, /^sk_test_BQokikJOvBiI2HlWgH4olfQ2$/], stopwords: [] },
  }),
  prefixed('stripe-restricted-key', 'Stripe restricted key', 'stripe', ['rk_live_', 'rk_test_', 'rk_prod_'], '[0-9A-Za-z]{24,247}'),
  prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', ['whsec_'], '[0-9A-Za-z]{32,64}'),
  prefixed('square-access-token', 'Square access token', 'square', ['EAAA', 'sq0atp-'], '[0-9A-Za-z_-]{22,60}', { entropy: 3.5 }),
  prefixed('square-oauth-secret', 'Square OAuth application secret', 'square', ['sq0csp-'], '[0-9A-Za-z_-]{43}'),
  prefixed('shopify-access-token', 'Shopify Admin API access token', 'shopify', ['shpat_'], '[a-fA-F0-9]{32}'),
  prefixed('shopify-shared-secret', 'Shopify app shared secret', 'shopify', ['shpss_'], '[a-fA-F0-9]{32}'),
  prefixed('shopify-custom-app-token', 'Shopify custom app access token', 'shopify', ['shpca_'], '[a-fA-F0-9]{32}'),
  prefixed('shopify-private-app-token', 'Shopify private app access token', 'shopify', ['shppa_'], '[a-fA-F0-9]{32}'),
  prefixed('easypost-api-token', 'EasyPost API token', 'easypost', ['EZAK', 'EZTK'], '[a-z0-9]{54}', { alphabet: 'A-Za-z0-9' }),
];

const MESSAGING: Rule[] = [
  rule({
    id: 'twilio-api-key',
    description: 'Twilio API key SID with its context (SK...)',
    family: 'twilio',
    keywords: ['twilio'],
    regex: /twilio.{0,80}?(?<![A-Za-z0-9])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9])/i,
    secretGroup: 1,
    entropy: 3,
  }),
  contextual(
    'twilio-auth-token',
    'Twilio auth token or API key secret',
    'twilio',
    ['twilio'],
    'twilio[A-Za-z0-9_.-]{0,20}(?:auth|token|secret)',
    HEX32,
  ),
  prefixed('sendgrid-api-key', 'SendGrid API key', 'sendgrid', ['SG.'], '[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}', {
    alphabet: 'A-Za-z0-9_.-',
  }),
  prefixed('mailgun-private-api-key', 'Mailgun private API key (key-...)', 'mailgun', ['key-'], '[0-9a-f]{32}', { entropy: 3.2 }),
  contextual(
    'mailgun-api-key',
    'Mailgun API key or webhook signing key',
    'mailgun',
    ['mailgun'],
    'mailgun[A-Za-z0-9_.-]{0,20}(?:key|secret|token)',
    `${HEX32}-[0-9a-f]{8}-[0-9a-f]{8}|${HEX32}`,
  ),
  rule({
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key',
    family: 'mailchimp',
    keywords: ['-us'],
    regex: /(?<![A-Za-z0-9])([0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9])/,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
  }),
  prefixed('brevo-api-key', 'Brevo (Sendinblue) API key', 'brevo', ['xkeysib-'], '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
  rule({
    id: 'telegram-bot-token',
    description: 'Telegram bot token',
    family: 'telegram',
    keywords: [':aa'],
    regex: /(?<![0-9])([0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/,
    secretGroup: 1,
    entropy: 3,
    confidence: 'high',
  }),
  rule({
    id: 'discord-bot-token',
    description: 'Discord bot token',
    family: 'discord',
    keywords: ['discord'],
    regex: /discord.{0,80}?(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/i,
    secretGroup: 1,
    entropy: 3.5,
  }),
  rule({
    id: 'discord-webhook-url',
    description: 'Discord webhook URL',
    family: 'discord',
    keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    regex: /discord(?:app)?\.com\/api\/webhooks\/([0-9]{17,20}\/[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    confidence: 'high',
  }),
];

// ---------------------------------------------------------------------------------------------
// Infrastructure, observability, SaaS

const INFRA: Rule[] = [
  prefixed('vault-service-token', 'HashiCorp Vault service token', 'vault', ['hvs.'], '[0-9A-Za-z_-]{24,300}', {
    alphabet: 'A-Za-z0-9_.-',
  }),
  prefixed('vault-batch-token', 'HashiCorp Vault batch token', 'vault', ['hvb.'], '[0-9A-Za-z_-]{90,400}', { alphabet: 'A-Za-z0-9_.-' }),
  contextual(
    'vault-legacy-token',
    'HashiCorp Vault token (legacy s. format)',
    'vault',
    ['vault'],
    'vault[A-Za-z0-9_.-]{0,20}token',
    's\\.[0-9A-Za-z]{24}',
    {
      entropy: 3.5,
    },
  ),
  contextual('heroku-api-key', 'Heroku API key', 'heroku', ['heroku'], 'heroku[A-Za-z0-9_.-]{0,20}(?:api|key|token|secret|auth)', UUID),
  prefixed('heroku-api-key-v2', 'Heroku API key (HRKU- format)', 'heroku', ['HRKU-'], '[0-9A-Za-z_-]{60}'),
  contextual(
    'datadog-api-key',
    'Datadog API key',
    'datadog',
    ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey'],
    'datadog[A-Za-z0-9_.-]{0,10}api|dd[_-]?api',
    HEX32,
  ),
  contextual(
    'datadog-app-key',
    'Datadog application key',
    'datadog',
    ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    'datadog[A-Za-z0-9_.-]{0,10}app|dd[_-]?app(?:lication)?',
    '[0-9a-f]{40}',
  ),
  prefixed('digitalocean-pat', 'DigitalOcean personal access token', 'digitalocean', ['dop_v1_'], '[a-f0-9]{64}'),
  prefixed('digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'digitalocean', ['doo_v1_'], '[a-f0-9]{64}'),
  prefixed('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'digitalocean', ['dor_v1_'], '[a-f0-9]{64}'),
  contextual(
    'cloudflare-api-token',
    'Cloudflare API token',
    'cloudflare',
    ['cloudflare', 'cf_api', 'cf-api'],
    '(?:cloudflare|cf[_-])[A-Za-z0-9_.-]{0,20}(?:token|key)',
    '[A-Za-z0-9_-]{40}',
    {
      entropy: 3.5,
    },
  ),
  contextual(
    'cloudflare-global-api-key',
    'Cloudflare global API key',
    'cloudflare',
    ['cloudflare', 'cf_api', 'cf-api'],
    '(?:cloudflare|cf[_-])[A-Za-z0-9_.-]{0,20}key',
    '[a-f0-9]{37}',
  ),
  prefixed('cloudflare-origin-ca-key', 'Cloudflare origin CA key', 'cloudflare', ['v1.0-'], '[a-f0-9]{24}-[a-f0-9]{146}'),
  contextual(
    'fastly-api-token',
    'Fastly API token',
    'fastly',
    ['fastly'],
    'fastly[A-Za-z0-9_.-]{0,20}(?:api|token|key)',
    '[A-Za-z0-9_-]{32}',
    { entropy: 3.5 },
  ),
  prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'grafana', ['glc_'], '[A-Za-z0-9+/]{32,400}={0,2}', {
    alphabet: 'A-Za-z0-9_+/=',
  }),
  prefixed('grafana-service-account-token', 'Grafana service account token', 'grafana', ['glsa_'], '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
  prefixed('grafana-api-key', 'Grafana API key (legacy)', 'grafana', ['eyJrIjoi'], '[A-Za-z0-9]{70,400}={0,2}', {
    alphabet: 'A-Za-z0-9_+/=',
  }),
  prefixed('newrelic-user-api-key', 'New Relic user API key', 'newrelic', ['NRAK-'], '[A-Z0-9]{27}', { alphabet: 'A-Za-z0-9' }),
  prefixed('newrelic-insert-key', 'New Relic insert key', 'newrelic', ['NRII-'], '[A-Za-z0-9_-]{32}'),
  prefixed('newrelic-browser-api-key', 'New Relic browser API token', 'newrelic', ['NRJS-'], '[a-f0-9]{19}'),
  prefixed('sentry-org-token', 'Sentry organization auth token', 'sentry', ['sntrys_'], '[A-Za-z0-9+/=_]{80,400}', {
    alphabet: 'A-Za-z0-9+/=_',
  }),
  prefixed('sentry-user-token', 'Sentry user auth token', 'sentry', ['sntryu_'], '[a-f0-9]{64}'),
  contextual('algolia-admin-key', 'Algolia admin API key', 'algolia', ['algolia'], 'algolia[A-Za-z0-9_.-]{0,20}(?:admin|write|api)', HEX32),
  contextual(
    'okta-api-token',
    'Okta API token',
    'okta',
    ['okta'],
    'okta[A-Za-z0-9_.-]{0,20}(?:api|token|key|secret)',
    '00[A-Za-z0-9_-]{40}',
    { entropy: 3.5 },
  ),
  contextual(
    'pagerduty-api-key',
    'PagerDuty API key',
    'pagerduty',
    ['pagerduty', 'pager_duty'],
    'pager[_-]?duty[A-Za-z0-9_.-]{0,20}(?:api|token|key|secret)',
    '[A-Za-z0-9_+-]{20}',
    {
      entropy: 3.5,
    },
  ),
  contextual(
    'twitch-api-token',
    'Twitch API token',
    'twitch',
    ['twitch'],
    'twitch[A-Za-z0-9_.-]{0,20}(?:secret|token|key)',
    '[a-z0-9]{30}',
    { entropy: 3.5 },
  ),
  prefixed(
    'doppler-token',
    'Doppler token',
    'doppler',
    ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    '(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}',
    {
      alphabet: 'A-Za-z0-9_.-',
    },
  ),
  prefixed('databricks-token', 'Databricks personal access token', 'databricks', ['dapi'], '[a-f0-9]{32}(?:-[0-9])?'),
  contextual(
    'asana-pat',
    'Asana personal access token',
    'asana',
    ['asana'],
    'asana',
    '[0-9]/[0-9]{13,19}:[a-f0-9]{32}|2/[0-9]{13,19}/[0-9]{13,19}:[a-f0-9]{32}',
  ),
  prefixed('huggingface-access-token', 'Hugging Face access token', 'huggingface', ['hf_'], '[A-Za-z]{34}', { entropy: 3.5 }),
  prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', ['api_org_'], '[A-Za-z]{34}', { entropy: 3.5 }),
  prefixed('supabase-pat', 'Supabase personal access token', 'supabase', ['sbp_'], '[a-f0-9]{40}'),
  prefixed('supabase-secret-key', 'Supabase secret API key', 'supabase', ['sb_secret_'], '[A-Za-z0-9_-]{31,64}'),
  prefixed('flyio-token', 'Fly.io access token', 'flyio', ['fo1_'], '[A-Za-z0-9_-]{43}'),
  prefixed(
    'planetscale-token',
    'PlanetScale service token or password',
    'planetscale',
    ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    '[A-Za-z0-9_.-]{32,64}',
    {
      alphabet: 'A-Za-z0-9_.-',
    },
  ),
  prefixed('dynatrace-api-token', 'Dynatrace API token', 'dynatrace', ['dt0c01.'], '[A-Z0-9]{24}\\.[A-Z0-9]{64}', {
    alphabet: 'A-Za-z0-9.',
  }),
  prefixed(
    'tailscale-key',
    'Tailscale auth or API key',
    'tailscale',
    ['tskey-'],
    '(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,40}',
  ),
  prefixed('render-api-key', 'Render API key', 'render', ['rnd_'], '[A-Za-z0-9]{32}'),
  prefixed('scalingo-api-token', 'Scalingo API token', 'scalingo', ['tk-us-'], '[A-Za-z0-9_-]{48}'),
  prefixed('frameio-api-token', 'Frame.io API token', 'frameio', ['fio-u-'], '[A-Za-z0-9_=-]{64}', { alphabet: 'A-Za-z0-9_=-' }),
  prefixed('mapbox-secret-token', 'Mapbox secret access token', 'mapbox', ['sk.eyJ'], '[A-Za-z0-9_-]{40,200}\\.[A-Za-z0-9_-]{20,40}', {
    alphabet: 'A-Za-z0-9_.-',
  }),
  prefixed('age-secret-key', 'age encryption secret key', 'age', ['AGE-SECRET-KEY-1'], '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', {
    alphabet: 'A-Za-z0-9',
  }),
];

// ---------------------------------------------------------------------------------------------
// AI providers

const AI: Rule[] = [
  rule({
    id: 'openai-api-key',
    description: 'OpenAI API key (project, service account, admin or legacy)',
    family: 'openai',
    keywords: ['t3blbkfj', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    regex: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    entropy: 3.5,
    confidence: 'high',
  }),
  prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', ['sk-ant-api03-'], '[A-Za-z0-9_-]{80,120}'),
  prefixed('anthropic-admin-key', 'Anthropic admin API key', 'anthropic', ['sk-ant-admin01-'], '[A-Za-z0-9_-]{80,120}'),
  prefixed('openrouter-api-key', 'OpenRouter API key', 'openrouter', ['sk-or-v1-'], '[a-f0-9]{64}'),
  prefixed('groq-api-key', 'Groq API key', 'groq', ['gsk_'], '[A-Za-z0-9]{52}'),
  prefixed('replicate-api-token', 'Replicate API token', 'replicate', ['r8_'], '[A-Za-z0-9]{37}'),
  prefixed('perplexity-api-key', 'Perplexity API key', 'perplexity', ['pplx-'], '[A-Za-z0-9]{48}'),
  prefixed('xai-api-key', 'xAI API key', 'xai', ['xai-'], '[A-Za-z0-9]{80}'),
  prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', ['lsv2_pt_', 'lsv2_sk_'], '[a-f0-9]{32}_[a-f0-9]{10}'),
];

// ---------------------------------------------------------------------------------------------
// Keys, JWTs, URLs

/** PEM base64 body (raw or JSON-escaped newlines); no `-`, so it cannot run past the next marker. */
const PEM_BODY = '[A-Za-z0-9+/=\\r\\n\\\\ \\t]{64,12000}';
const PEM_HEADERS = '(?:Proc-Type: [^\\r\\n]{1,40}(?:\\r?\\n|\\\\n)DEK-Info: [^\\r\\n]{1,100}(?:\\r?\\n|\\\\n){1,2})?';
const KEYS: Rule[] = [
  rule({
    id: 'private-key-pem',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8, encrypted PKCS#8)',
    family: 'private-key',
    keywords: ['private key-----'],
    regex: new RegExp(
      `(?<!"private_key"[ \\t]{0,4}:[ \\t]{0,4}")-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY-----(?:\\r?\\n|\\\\n)${PEM_HEADERS}${PEM_BODY}-----END (?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY-----`,
    ),
    confidence: 'high',
  }),
  rule({
    id: 'private-key-openssh',
    description: 'OpenSSH private key',
    family: 'private-key',
    keywords: ['begin openssh private key-----'],
    regex: new RegExp(`-----BEGIN OPENSSH PRIVATE KEY-----(?:\\r?\\n|\\\\n)${PEM_BODY}-----END OPENSSH PRIVATE KEY-----`),
    confidence: 'high',
  }),
  rule({
    id: 'private-key-pgp',
    description: 'PGP private key block',
    family: 'private-key',
    keywords: ['begin pgp private key block-----'],
    regex:
      // Lines may be indented (a key inside a YAML block scalar); the CRC line (=XXXX) falls in the body.
      /-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]{0,4}(?:\r?\n|\\n)(?:[ \t]{0,40}[A-Za-z]{2,20}: [^\r\n]{1,200}(?:\r?\n|\\n)){0,6}[ \t]{0,40}(?:\r?\n|\\n)[A-Za-z0-9+/=\r\n\\ \t]{64,16000}-----END PGP PRIVATE KEY BLOCK-----/,
    confidence: 'high',
  }),
  rule({
    id: 'private-key-putty',
    description: 'PuTTY private key file (.ppk)',
    family: 'private-key',
    keywords: ['putty-user-key-file-'],
    regex:
      /PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}\r?\nEncryption: [a-z0-9-]{3,20}\r?\n(?:Key-Derivation: [^\r\n]{1,40}\r?\nArgon2-Memory: [0-9]{1,9}\r?\nArgon2-Passes: [0-9]{1,4}\r?\nArgon2-Parallelism: [0-9]{1,4}\r?\nArgon2-Salt: [0-9a-f]{1,128}\r?\n)?Comment: [^\r\n]{0,200}\r?\nPublic-Lines: [0-9]{1,3}\r?\n[A-Za-z0-9+/=\r\n]{16,8000}Private-Lines: [0-9]{1,3}\r?\n([A-Za-z0-9+/=\r\n]{16,8000})Private-MAC: [0-9a-f]{40,64}/,
    secretGroup: 1,
    confidence: 'high',
  }),
  rule({
    id: 'jwt',
    description: 'JSON Web Token',
    family: 'jwt',
    keywords: ['eyj'],
    regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_.-])/,
    secretGroup: 1,
    entropy: 3.5,
  }),
];

/** A URL password: not empty, not a `${VAR}` / `<pass>` / `****` placeholder or a default. */
const URL_PASSWORD_ALLOW: RuleAllowlist = allow({
  regexes: [
    /^(?:password|passwd|pass|pwd|secret|changeme|postgres|root|admin|guest|test|user|username|mysql|redis|mongo|rabbitmq|example|default|none|null)$/i,
    /^\$/,
    /^%24/,
    /^\*+$/,
  ],
  stopwords: ['password'],
});
const DB_SCHEMES = [
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'clickhouse',
  'cockroachdb',
  'couchdb',
  'neo4j',
  'neo4j+s',
  'bolt',
  'cassandra',
  'memcached',
  'elasticsearch',
];
const DB_SCHEME_RE = DB_SCHEMES.sort((a, b) => b.length - a.length)
  .map(lit)
  .join('|');
/** Documentation hosts (RFC 2606): `https://abc:xyz@example.com` in docs is not a credential. */
const NOT_EXAMPLE_HOST = '(?!(?:[A-Za-z0-9-]{1,63}\\.){0,4}example\\.(?:com|net|org)(?![A-Za-z0-9-]))';
const URLS: Rule[] = [
  rule({
    id: 'database-url-password',
    description: 'Database or message-broker URL with a password',
    family: 'database-url',
    keywords: DB_SCHEMES.map((s) => `${s}://`),
    regex: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${DB_SCHEME_RE})://[^:/?#@\\s"'\`<>]{0,100}:([^@/?#\\s"'\`<>]{3,200})@${NOT_EXAMPLE_HOST}[A-Za-z0-9_.[\\]-]{1,253}`,
      'i',
    ),
    secretGroup: 1,
    confidence: 'high',
    allowlist: URL_PASSWORD_ALLOW,
  }),
  rule({
    id: 'url-credentials',
    description: 'URL with an embedded user:password',
    family: 'url-credentials',
    keywords: ['://'],
    regex: new RegExp(
      `(?<![A-Za-z0-9+.-])(?!(?:jdbc:)?(?:${DB_SCHEME_RE})://)[A-Za-z][A-Za-z0-9+.-]{1,20}://[^:/?#@\\s"'\`<>]{1,100}:([^@/?#\\s"'\`<>]{3,200})@${NOT_EXAMPLE_HOST}[A-Za-z0-9_-]{1,63}(?:\\.[A-Za-z0-9_-]{1,63}){0,10}`,
      'i',
    ),
    secretGroup: 1,
    allowlist: URL_PASSWORD_ALLOW,
  }),
];

// ---------------------------------------------------------------------------------------------
// Generic assignments

/** A generic value: no quotes, whitespace, brackets, `$` or `<` (placeholders and code). */
const GENERIC_VALUE_CLASS = `[^\\s"'\`;,<>{}()\\[\\]\\\\$|&]`;
const GENERIC_VALUE_END = `(?=["'\`\\s;,&<)\\]}|]|$)`;
/** Key suffixes that name or point at a secret rather than hold one (`secret_name`, `token_url`). */
const REFERENCE_WORDS =
  'name names id ids ref path file files arn type len length env version field store manager provider policy rotation url uri endpoint count header expires expiry ttl prefix suffix format hint regex pattern label description enabled required hash salt scope scopes kind';
/** Case-insensitive source for a literal key word (`_`, `.`, `-` between parts match any of them). */
function ci(word: string): string {
  return word.replace(/[a-z]|[_.-]/g, (c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : '[_.-]?'));
}
/**
 * Key words as whole words of an identifier: `db_password`, `DB_PASSWORD`, `dbPassword` and
 * `PASSWORD2` hold `password`; `bypass`, `passport`, `tokenizer` and `author` do not. So a word
 * starts after a non-lower-case character, or with a capital after a lower-case one (camelCase), and
 * is not followed by a lower-case letter.
 */
/** Keys of provider rules that handle their own values (their specific findings win anyway). */
const PROVIDER_CONTEXT = `(?:${['aws', 'dd', 'datadog', 'twilio', 'heroku', 'algolia', 'cloudflare', 'cf', 'fastly', 'okta', 'pagerduty', 'twitch', 'mailgun', 'vault', 'asana'].map(ci).join('|')})`;
function keyWords(words: string[]): string {
  const lower = words.map(ci).join('|');
  const camel = words.map((w) => `${w[0]!.toUpperCase()}${ci(w.slice(1))}`).join('|');
  // The word comes first so the regex engine can skip ahead to its first letters; its boundaries
  // and the provider context are checked behind it, only where it occurs.
  return `(?:${lower})(?<=(?:^|[^a-z])(?:${lower})|[a-z](?:${camel}))(?<!${PROVIDER_CONTEXT}[A-Za-z0-9_.-]{0,12}(?:${lower}))(?![a-z])`;
}
const REFERENCE_SUFFIX = `(?![A-Za-z0-9_.-]{0,20}?(?:${REFERENCE_WORDS.split(' ').map(ci).join('|')})(?![a-z]))`;
/** The rest of the key after the word, the separator and an optional opening quote. */
const KEY_TAIL = `[A-Za-z0-9_-]{0,20}${ASSIGN}[ \\t]{0,4}["'\`]?`;
/** Values that are code, not secrets: identifiers and member accesses, URLs, booleans, numbers. */
const GENERIC_ALLOW: RuleAllowlist = allow({
  regexes: [
    /^[A-Za-z_.-]+$/,
    /^[0-9.:-]+$/,
    /^[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\.[A-Za-z_$][A-Za-z0-9_$]{0,60}){1,8}$/,
    /^(?:https?|file|s3|gs):\/\//i,
    /^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)/,
    /^(?:true|false|null|none|nil|undefined|required|optional)$/i,
    /^arn:aws/,
    /^projects\//,
    /^(?:sha1|sha256|sha384|sha512|md5)[:-]/i,
    /^[A-Za-z]{1,20}\[/,
  ],
  stopwords: [
    'password',
    'passwd',
    'secret',
    'token',
    'apikey',
    'api_key',
    'test123',
    'qwerty',
    'abcdefgh',
    '12345678',
    'admin123',
    'letmein',
  ],
});
/** Well-known documentation values of Basic credentials (`username:password`, RFC 7617's Aladdin). */
const DOC_BASIC_CREDENTIALS =
  /^(?:dXNlcm5hbWU6cGFzc3dvcmQ=|dXNlcjpwYXNzd29yZA==|dXNlcjpwYXNz|YWRtaW46YWRtaW4=|QWxhZGRpbjpvcGVuIHNlc2FtZQ==)$/;
const GENERIC: Rule[] = [
  rule({
    id: 'generic-password',
    description: 'Password assigned in configuration or code',
    family: 'generic',
    keywords: ['pass', 'pwd'],
    regex: new RegExp(
      `${keyWords(['password', 'passwd', 'passphrase', 'pass', 'pwd'])}${REFERENCE_SUFFIX}${KEY_TAIL}(${GENERIC_VALUE_CLASS}{8,100})${GENERIC_VALUE_END}`,
    ),
    secretGroup: 1,
    entropy: 3,
    allowlist: GENERIC_ALLOW,
  }),
  rule({
    id: 'generic-api-key',
    description: 'API key, secret or token assigned in configuration or code',
    family: 'generic',
    // Every key word below that contains "key" is api/access/private (or secret, its own keyword)
    // right before it, with at most one separator. A bare `key` keyword would send every line
    // with "keys", "keyboard" or "monkey" through this, the costliest regex (measured: a third
    // of the scan time).
    keywords: [
      ...['api', 'access', 'private'].flatMap((w) => ['', '_', '-', '.'].map((sep) => `${w}${sep}key`)),
      'secret',
      'token',
      'credential',
      'auth',
    ],
    regex: new RegExp(
      `${keyWords([
        'api_key',
        'apikey',
        'access_key',
        'secret_key',
        'private_key',
        'client_secret',
        'app_secret',
        'secret',
        'access_token',
        'auth_token',
        'api_token',
        'bearer_token',
        'refresh_token',
        'token',
        'credentials',
        'credential',
        'auth',
      ])}${REFERENCE_SUFFIX}${KEY_TAIL}(${GENERIC_VALUE_CLASS}{16,200})${GENERIC_VALUE_END}`,
    ),
    secretGroup: 1,
    entropy: 3.5,
    allowlist: {
      ...GENERIC_ALLOW,
      regexes: [...(GENERIC_ALLOW.regexes ?? []), /^[^0-9]+$/, /^[0-9]+$/],
    },
  }),
  rule({
    id: 'generic-bearer-token',
    description: 'Bearer or Basic credentials in an Authorization header',
    family: 'generic',
    keywords: ['authorization'],
    regex:
      /authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:bearer|basic|token)[ \t]{1,4}([A-Za-z0-9_~+/.=-]{16,2000})(?![A-Za-z0-9_~+/.=-])/i,
    secretGroup: 1,
    entropy: 3.5,
    allowlist: { ...GENERIC_ALLOW, regexes: [...(GENERIC_ALLOW.regexes ?? []), DOC_BASIC_CREDENTIALS] },
  }),
];

/** Every built-in rule. Ids are stable and unique; see the header for how to add one. */
export const BUILTIN_RULES: readonly Rule[] = Object.freeze([
  ...AWS,
  ...GCP,
  ...AZURE,
  ...GITHUB,
  ...GITLAB,
  ...REGISTRIES,
  ...SLACK,
  ...PAYMENTS,
  ...MESSAGING,
  ...INFRA,
  ...AI,
  ...KEYS,
  ...URLS,
  ...GENERIC,
]);
