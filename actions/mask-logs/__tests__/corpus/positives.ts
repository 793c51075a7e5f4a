// True positives: every built-in rule, in the places credentials really leak (env files, YAML,
// JSON, shell history, CI logs, URLs, source code). All values are synthetic (see synth.ts).
import { B64, B64URL, BASE62, HEX, LETTERS, LOWER_ALNUM, Prng, UPPER_ALNUM, checksummed, fineGrained, jwt, pem } from './synth.js';
import type { CorpusCase } from './types.js';

type Gen = (r: Prng) => string | { text: string; note?: string; expect?: string[] };

const AWS_ID = (r: Prng, p = 'AKIA'): string => p + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const AWS_SECRET = (r: Prng): string => r.str(B64, 40);
const AZ_KEY = (r: Prng): string => r.base64Bytes(64);
const GL = BASE62 + '_-';

/** rule id -> generators; each generator is one case. */
const CASES: Array<[string, Gen[]]> = [
  [
    'aws-access-key-id',
    [
      (r) => `aws_access_key_id = ${AWS_ID(r)}`,
      (r) => `{"AccessKeyId": "${AWS_ID(r, 'ASIA')}", "Expiration": "2030-01-01T00:00:00Z"}`,
      (r) => `2024-05-01T10:00:00Z [info] using credentials ${AWS_ID(r, 'ABIA')} for s3://bucket`,
      (r) => `export AWS_ACCESS_KEY_ID=${AWS_ID(r, 'ACCA')}`,
    ],
  ],
  [
    'aws-secret-access-key',
    [
      (r) => `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${AWS_SECRET(r)}`,
      (r) => `export AWS_SECRET_ACCESS_KEY=${AWS_SECRET(r)}`,
      (r) => `{"Credentials": {"SecretAccessKey": "${AWS_SECRET(r)}", "SessionToken": "x"}}`,
      (r) => `  aws-secret: "${AWS_SECRET(r)}"`,
      (r) => `os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "${AWS_SECRET(r)}")`,
      (r) => `process.env.AWS_SECRET_ACCESS_KEY ??= '${AWS_SECRET(r)}';`,
      (r) => `env["AWS_SECRET_ACCESS_KEY"] = "${AWS_SECRET(r)}"`,
    ],
  ],
  [
    'aws-session-token',
    [(r) => `aws_session_token = IQoJb3JpZ2luX2Vj${r.str(B64, 300)}==`, (r) => `AWS_SESSION_TOKEN=FwoGZXIvYXdzE${r.str(B64, 200)}`],
  ],
  ['aws-mws-auth-token', [(r) => `mws_auth_token: amzn.mws.${r.uuid()}`]],
  [
    'gcp-api-key',
    [
      (r) => `const firebaseConfig = { apiKey: "AIza${r.str(GL, 35)}", authDomain: "demo.firebaseapp.com" };`,
      (r) => `curl "https://maps.googleapis.com/maps/api/geocode/json?address=x&key=AIza${r.str(GL, 35)}"`,
    ],
  ],
  [
    'google-oauth-client-secret',
    [
      (r) => `{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"GOCSPX-${r.str(GL, 28)}"}}`,
      (r) => `GOOGLE_CLIENT_SECRET=GOCSPX-${r.str(GL, 28)}`,
    ],
  ],
  ['google-oauth-access-token', [(r) => `Authorization: Bearer ya29.${r.str(GL, 160)}`, (r) => `access_token=ya29.a0${r.str(GL, 120)}`]],
  [
    'gcp-service-account-key',
    [
      (r) =>
        JSON.stringify(
          {
            type: 'service_account',
            project_id: 'demo-project',
            private_key_id: r.str(HEX, 40),
            private_key: pem(r, 'PRIVATE KEY', 20) + '\n',
            client_email: 'ci@demo-project.iam.gserviceaccount.com',
          },
          null,
          2,
        ),
      (r) => JSON.stringify({ type: 'service_account', private_key: pem(r, 'PRIVATE KEY', 16) + '\n' }),
    ],
  ],
  [
    'azure-storage-connection-string',
    [
      (r) =>
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stdemo01;AccountKey=${AZ_KEY(r)};EndpointSuffix=core.windows.net"`,
      (r) => `"ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=${AZ_KEY(r)}" }`,
    ],
  ],
  ['azure-storage-account-key', [(r) => `AZURE_STORAGE_KEY=${AZ_KEY(r)}`, (r) => `storage_account_key: "${AZ_KEY(r)}"`]],
  [
    'azure-sas-token',
    [
      (r) =>
        `https://stdemo.blob.core.windows.net/builds/app.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.base64Bytes(32))}`,
      (r) =>
        `BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=bf&sp=rl&se=2031-02-02T00:00:00Z&sig=${encodeURIComponent(r.base64Bytes(32))}`,
    ],
  ],
  [
    'azure-shared-access-key',
    [
      (r) =>
        `Endpoint=sb://ns-demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${r.base64Bytes(32)}`,
      (r) => `HostName=hub.azure-devices.net;DeviceId=dev1;SharedAccessKey=${r.base64Bytes(32)}`,
    ],
  ],
  [
    'azure-ad-client-secret',
    [
      (r) => `AZURE_CLIENT_SECRET=${r.str(LETTERS, 3)}${r.int(10)}Q~${r.str(BASE62 + '_~.-', 34)}`,
      (r) => `"clientSecret": "${r.str(BASE62, 3)}8Q~${r.str(BASE62 + '_~.', 34)}"`,
    ],
  ],
  [
    'github-pat',
    [
      (r) => `GH_TOKEN=${checksummed(r, 'ghp_')}`,
      (r) => `git clone https://${checksummed(r, 'ghp_')}@github.com/acme/private.git`,
      (r) => ({ text: `token: ${checksummed(r, 'ghp_', false)}`, note: 'invalid checksum: still a finding (low confidence)' }),
      (r) => `echo ${checksummed(r, 'ghp_')} | gh auth login --with-token`,
    ],
  ],
  [
    'github-oauth-token',
    [(r) => `oauth_token: ${checksummed(r, 'gho_')}`, (r) => ({ text: `gho=${checksummed(r, 'gho_', false)}`, note: 'invalid checksum' })],
  ],
  ['github-user-to-server-token', [(r) => `"token": "${checksummed(r, 'ghu_')}"`]],
  [
    'github-server-to-server-token',
    [
      (r) => `GITHUB_TOKEN=${checksummed(r, 'ghs_')}`,
      (r) => ({
        text: `remote: https://x-access-token:${checksummed(r, 'ghs_')}@github.com/acme/app`,
        expect: ['github-server-to-server-token', 'url-credentials'],
        note: 'token inside a URL: both the token and the URL password are findings',
      }),
    ],
  ],
  ['github-refresh-token', [(r) => `refresh_token=${checksummed(r, 'ghr_')}`]],
  [
    'github-fine-grained-pat',
    [(r) => `export GITHUB_PAT=${fineGrained(r)}`, (r) => ({ text: `- token: ${fineGrained(r, false)}`, note: 'invalid checksum' })],
  ],
  [
    'gitlab-pat',
    [
      (r) => `GITLAB_TOKEN=glpat-${r.str(GL, 20)}`,
      (r) => `curl --header "PRIVATE-TOKEN: glpat-${r.str(GL, 20)}" https://gitlab.example.com/api/v4/projects`,
      (r) => `glpat-${r.str(GL, 38)}.01.${r.str(LOWER_ALNUM, 9)}`,
    ],
  ],
  ['gitlab-deploy-token', [(r) => `password: gldt-${r.str(GL, 20)}`]],
  ['gitlab-runner-token', [(r) => `  token = "glrt-${r.str(GL, 20)}"`]],
  ['gitlab-runner-registration-token', [(r) => `gitlab-runner register --registration-token GR1348941${r.str(GL, 20)}`]],
  [
    'gitlab-pipeline-trigger-token',
    [(r) => `curl -X POST -F token=glptt-${r.str(HEX, 40)} -F ref=main https://gitlab.com/api/v4/projects/1/trigger/pipeline`],
  ],
  ['gitlab-feed-token', [(r) => `https://gitlab.com/dashboard/projects.atom?feed_token=glft-${r.str(GL, 20)}`]],
  ['gitlab-oauth-app-secret', [(r) => `GITLAB_APP_SECRET=gloas-${r.str(GL, 64)}`]],
  ['gitlab-cicd-job-token', [(r) => `CI_JOB_TOKEN=glcbt-64_${r.str(GL, 20)}`]],
  ['gitlab-incoming-mail-token', [(r) => `incoming_email_token: glimt-${r.str(GL, 25)}`]],
  ['gitlab-kubernetes-agent-token', [(r) => `--set config.token=glagent-${r.str(GL, 50)}`]],
  ['gitlab-scim-token', [(r) => `SCIM token glsoat-${r.str(GL, 20)}`]],
  [
    'npm-access-token',
    [
      (r) => `NPM_TOKEN=${checksummed(r, 'npm_')}`,
      (r) => ({ text: `npm config set //registry.npmjs.org/:_authToken ${checksummed(r, 'npm_', false)}`, note: 'invalid checksum' }),
      (r) => ({
        text: `//registry.npmjs.org/:_authToken=${checksummed(r, 'npm_')}`,
        expect: ['npm-access-token', 'npmrc-auth-token'],
        note: '.npmrc line: the npm token rule and the .npmrc rule both hold',
      }),
    ],
  ],
  [
    'npmrc-auth-token',
    [
      (r) => `//registry.npmjs.org/:_authToken=${r.uuid()}`,
      (r) => `//nexus.internal/repository/npm/:_auth=${Buffer.from(`ci:${r.password()}`).toString('base64')}`,
    ],
  ],
  [
    'pypi-upload-token',
    [
      (r) => `[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${r.str(GL, 140)}`,
      (r) => `TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZw${r.str(GL, 100)}`,
    ],
  ],
  [
    'dockerhub-pat',
    [(r) => `echo dckr_pat_${r.str(GL, 27)} | docker login -u ci --password-stdin`, (r) => `DOCKERHUB_TOKEN=dckr_pat_${r.str(GL, 27)}`],
  ],
  ['dockerhub-org-access-token', [(r) => `DOCKER_ORG_TOKEN=dckr_oat_${r.str(GL, 32)}`]],
  [
    'docker-config-auth',
    [
      (r) =>
        `{\n  "auths": {\n    "registry.example.com": {\n      "auth": "${Buffer.from(`deploy:${r.password()}`).toString('base64')}"\n    }\n  }\n}`,
    ],
  ],
  ['rubygems-api-token', [(r) => `:rubygems_api_key: rubygems_${r.str(HEX, 48)}`]],
  ['clojars-api-token', [(r) => `CLOJARS_PASSWORD=CLOJARS_${r.str(LOWER_ALNUM, 60)}`]],
  ['packagist-token', [(r) => `composer config --global --auth http-basic.repo.packagist.com token packagist_ort_${r.str(HEX, 68)}`]],
  ['pulumi-access-token', [(r) => `PULUMI_ACCESS_TOKEN=pul-${r.str(HEX, 40)}`]],
  [
    'terraform-cloud-token',
    [(r) => `credentials "app.terraform.io" {\n  token = "${r.str(BASE62, 14)}.atlasv1.${r.str(BASE62 + '_-', 67)}"\n}`],
  ],
  ['atlassian-api-token', [(r) => `JIRA_API_TOKEN=ATATT3${r.str(BASE62 + '_-', 180)}=${r.str(HEX.toUpperCase(), 8)}`]],
  ['bitbucket-app-password', [(r) => `BITBUCKET_APP_PASSWORD=ATBB${r.str(BASE62, 32)}`]],
  ['postman-api-key', [(r) => `x-api-key: PMAK-${r.str(HEX, 24)}-${r.str(HEX, 34)}`]],
  ['linear-api-key', [(r) => `LINEAR_API_KEY=lin_api_${r.str(BASE62, 40)}`]],
  ['notion-integration-token', [(r) => `NOTION_TOKEN=ntn_${r.digits(11)}${r.str(BASE62, 35)}`]],
  ['figma-pat', [(r) => `X-Figma-Token: figd_${r.str(GL, 40)}`]],
  ['readme-api-key', [(r) => `README_API_KEY=rdme_${r.str(LOWER_ALNUM, 70)}`]],
  ['prefect-api-key', [(r) => `PREFECT_API_KEY=pnu_${r.str(BASE62, 36)}`]],
  ['airtable-pat', [(r) => `AIRTABLE_TOKEN=pat${r.str(BASE62, 14)}.${r.str(HEX, 64)}`]],
  [
    'slack-bot-token',
    [
      (r) => `SLACK_BOT_TOKEN=xoxb-${r.digits(11)}-${r.digits(13)}-${r.str(BASE62, 24)}`,
      (r) => `client = WebClient(token="xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(BASE62, 24)}")`,
    ],
  ],
  ['slack-user-token', [(r) => `slack_token: xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.str(HEX, 32)}`]],
  ['slack-app-token', [(r) => `SLACK_APP_TOKEN=xapp-1-A${r.str(UPPER_ALNUM, 10)}-${r.digits(13)}-${r.str(HEX, 64)}`]],
  ['slack-legacy-token', [(r) => `legacy token xoxr-${r.str(BASE62, 48)}`, (r) => `xoxa-2-${r.str(BASE62, 40)}`]],
  ['slack-config-token', [(r) => `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${r.str(UPPER_ALNUM, 150)}`]],
  [
    'slack-webhook-url',
    [
      (r) => `SLACK_WEBHOOK=https://hooks.slack.com/services/T${r.str(UPPER_ALNUM, 8)}/B${r.str(UPPER_ALNUM, 10)}/${r.str(BASE62, 24)}`,
      (r) =>
        `curl -X POST -d @msg.json hooks.slack.com/services/T${r.str(UPPER_ALNUM, 10)}/B${r.str(UPPER_ALNUM, 10)}/${r.str(BASE62, 24)}`,
    ],
  ],
  [
    'stripe-secret-key',
    [
      (r) => `STRIPE_SECRET_KEY=sk_live_${r.str(BASE62, 99)}`,
      (r) => `stripe.api_key = "sk_live_${r.str(BASE62, 24)}"`,
      (r) => `const stripe = require('stripe')('sk_test_${r.str(BASE62, 24)}');`,
    ],
  ],
  ['stripe-restricted-key', [(r) => `STRIPE_KEY=rk_live_${r.str(BASE62, 99)}`]],
  ['stripe-webhook-secret', [(r) => `STRIPE_WEBHOOK_SECRET=whsec_${r.str(BASE62, 32)}`]],
  ['square-access-token', [(r) => `SQUARE_ACCESS_TOKEN=EAAA${r.str(GL, 60)}`, (r) => `square token sq0atp-${r.str(GL, 22)}`]],
  ['square-oauth-secret', [(r) => `SQUARE_APP_SECRET=sq0csp-${r.str(GL, 43)}`]],
  ['shopify-access-token', [(r) => `X-Shopify-Access-Token: shpat_${r.str(HEX, 32)}`]],
  ['shopify-shared-secret', [(r) => `SHOPIFY_API_SECRET=shpss_${r.str(HEX, 32)}`]],
  ['shopify-custom-app-token', [(r) => `token: shpca_${r.str(HEX, 32)}`]],
  ['shopify-private-app-token', [(r) => `SHOPIFY_PASSWORD=shppa_${r.str(HEX, 32)}`]],
  ['easypost-api-token', [(r) => `EASYPOST_API_KEY=EZAK${r.str(LOWER_ALNUM, 54)}`]],
  ['twilio-api-key', [(r) => `TWILIO_API_KEY=SK${r.str(HEX, 32)}`, (r) => `twilio api:core:messages:create --api-key SK${r.str(HEX, 32)}`]],
  ['twilio-auth-token', [(r) => `TWILIO_AUTH_TOKEN=${r.str(HEX, 32)}`, (r) => `twilio_api_secret: "${r.str(HEX, 32)}"`]],
  [
    'sendgrid-api-key',
    [(r) => `SENDGRID_API_KEY=SG.${r.str(GL, 22)}.${r.str(GL, 43)}`, (r) => `sg.setApiKey('SG.${r.str(GL, 22)}.${r.str(GL, 43)}');`],
  ],
  ['mailgun-private-api-key', [(r) => `MAILGUN_KEY=key-${r.str(HEX, 32)}`, (r) => `auth=("api", "key-${r.str(HEX, 32)}")`]],
  [
    'mailgun-api-key',
    [(r) => `MAILGUN_API_KEY=${r.str(HEX, 32)}-${r.str(HEX, 8)}-${r.str(HEX, 8)}`, (r) => `mailgun_signing_key: ${r.str(HEX, 32)}`],
  ],
  ['mailchimp-api-key', [(r) => `MAILCHIMP_API_KEY=${r.str(HEX, 32)}-us${1 + r.int(20)}`]],
  ['brevo-api-key', [(r) => `BREVO_API_KEY=xkeysib-${r.str(HEX, 64)}-${r.str(BASE62, 16)}`]],
  [
    'telegram-bot-token',
    [
      (r) => `TELEGRAM_BOT_TOKEN=${r.digits(10)}:AA${r.str(GL, 33)}`,
      (r) => `curl https://api.telegram.org/bot${r.digits(9)}:AA${r.str(GL, 33)}/getMe`,
    ],
  ],
  [
    'discord-bot-token',
    [
      (r) => `DISCORD_TOKEN=M${r.str(BASE62, 23)}.${r.str(GL, 6)}.${r.str(GL, 38)}`,
      (r) => `discord_client.run("N${r.str(BASE62, 25)}.${r.str(GL, 6)}.${r.str(GL, 27)}")`,
    ],
  ],
  ['discord-webhook-url', [(r) => `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${r.digits(18)}/${r.str(GL, 68)}`]],
  ['vault-service-token', [(r) => `VAULT_TOKEN=hvs.${r.str(GL, 91)}`, (r) => `vault login hvs.${r.str(BASE62, 24)}`]],
  ['vault-batch-token', [(r) => `X-Vault-Token: hvb.${r.str(GL, 140)}`]],
  ['vault-legacy-token', [(r) => `VAULT_TOKEN=s.${r.str(BASE62, 24)}`]],
  ['heroku-api-key', [(r) => `HEROKU_API_KEY=${r.uuid()}`, (r) => `heroku_token: "${r.uuid()}"`]],
  ['heroku-api-key-v2', [(r) => `HEROKU_API_KEY=HRKU-AA${r.str(GL, 58)}`]],
  ['datadog-api-key', [(r) => `DD_API_KEY=${r.str(HEX, 32)}`, (r) => `datadog_api_key: "${r.str(HEX, 32)}"`]],
  ['datadog-app-key', [(r) => `DD_APP_KEY=${r.str(HEX, 40)}`, (r) => `DATADOG_APP_KEY: ${r.str(HEX, 40)}`]],
  ['digitalocean-pat', [(r) => `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${r.str(HEX, 64)}`]],
  ['digitalocean-oauth-token', [(r) => `token: doo_v1_${r.str(HEX, 64)}`]],
  ['digitalocean-refresh-token', [(r) => `refresh: dor_v1_${r.str(HEX, 64)}`]],
  ['cloudflare-api-token', [(r) => `CLOUDFLARE_API_TOKEN=${r.str(GL, 40)}`, (r) => `cf_api_token: ${r.str(GL, 40)}`]],
  ['cloudflare-global-api-key', [(r) => `CLOUDFLARE_API_KEY=${r.str(HEX, 37)}`]],
  ['cloudflare-origin-ca-key', [(r) => `CF_ORIGIN_CA_KEY=v1.0-${r.str(HEX, 24)}-${r.str(HEX, 146)}`]],
  ['fastly-api-token', [(r) => `FASTLY_API_TOKEN=${r.str(GL, 32)}`]],
  ['grafana-cloud-token', [(r) => `GRAFANA_CLOUD_TOKEN=glc_${r.base64Bytes(90)}`]],
  ['grafana-service-account-token', [(r) => `GRAFANA_TOKEN=glsa_${r.str(BASE62, 32)}_${r.str(HEX, 8)}`]],
  ['grafana-api-key', [(r) => `Authorization: Bearer eyJrIjoi${r.str(BASE62, 80)}`]],
  ['newrelic-user-api-key', [(r) => `NEW_RELIC_API_KEY=NRAK-${r.str(UPPER_ALNUM, 27)}`]],
  ['newrelic-insert-key', [(r) => `NEW_RELIC_INSERT_KEY=NRII-${r.str(GL, 32)}`]],
  ['newrelic-browser-api-key', [(r) => `NREUM.loader_config={licenseKey:"NRJS-${r.str(HEX, 19)}"}`]],
  ['sentry-org-token', [(r) => `SENTRY_AUTH_TOKEN=sntrys_${r.base64Bytes(96).replace(/=+$/, '')}`]],
  ['sentry-user-token', [(r) => `SENTRY_AUTH_TOKEN=sntryu_${r.str(HEX, 64)}`]],
  ['algolia-admin-key', [(r) => `ALGOLIA_ADMIN_KEY=${r.str(HEX, 32)}`]],
  ['okta-api-token', [(r) => `OKTA_API_TOKEN=00${r.str(GL, 40)}`]],
  ['pagerduty-api-key', [(r) => `PAGERDUTY_API_KEY=u+${r.str(BASE62 + '_-', 18)}`]],
  ['twitch-api-token', [(r) => `TWITCH_CLIENT_SECRET=${r.str(LOWER_ALNUM, 30)}`]],
  [
    'doppler-token',
    [(r) => `DOPPLER_TOKEN=dp.pt.${r.str(BASE62, 43)}`, (r) => `doppler configure set token dp.st.prd.${r.str(BASE62, 40)}`],
  ],
  ['databricks-token', [(r) => `DATABRICKS_TOKEN=dapi${r.str(HEX, 32)}`, (r) => `token = dapi${r.str(HEX, 32)}-2`]],
  ['asana-pat', [(r) => `ASANA_PAT=1/${r.digits(16)}:${r.str(HEX, 32)}`]],
  [
    'huggingface-access-token',
    [(r) => `HF_TOKEN=hf_${r.str(LETTERS, 34)}`, (r) => `huggingface-cli login --token hf_${r.str(LETTERS, 34)}`],
  ],
  ['huggingface-org-token', [(r) => `api_org_${r.str(LETTERS, 34)}`]],
  ['supabase-pat', [(r) => `SUPABASE_ACCESS_TOKEN=sbp_${r.str(HEX, 40)}`]],
  ['supabase-secret-key', [(r) => `SUPABASE_SECRET_KEY=sb_secret_${r.str(GL, 40)}`]],
  ['flyio-token', [(r) => `FLY_API_TOKEN=fo1_${r.str(GL, 43)}`]],
  ['planetscale-token', [(r) => `PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${r.str(GL, 43)}`]],
  ['dynatrace-api-token', [(r) => `DT_API_TOKEN=dt0c01.${r.str(UPPER_ALNUM, 24)}.${r.str(UPPER_ALNUM, 64)}`]],
  ['tailscale-key', [(r) => `TS_AUTHKEY=tskey-auth-k${r.str(BASE62, 10)}CNTRL-${r.str(BASE62, 32)}`]],
  ['render-api-key', [(r) => `RENDER_API_KEY=rnd_${r.str(BASE62, 32)}`]],
  ['scalingo-api-token', [(r) => `SCALINGO_API_TOKEN=tk-us-${r.str(GL, 48)}`]],
  ['frameio-api-token', [(r) => `FRAMEIO_TOKEN=fio-u-${r.str(GL, 64)}`]],
  ['mapbox-secret-token', [(r) => `MAPBOX_SECRET_TOKEN=sk.eyJ${r.str(GL, 60)}.${r.str(GL, 22)}`]],
  [
    'age-secret-key',
    [
      (r) =>
        `# created: 2024-01-01\n# public key: age1${r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\nAGE-SECRET-KEY-1${r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
    ],
  ],
  [
    'openai-api-key',
    [
      (r) => `OPENAI_API_KEY=sk-proj-${r.str(GL, 74)}T3BlbkFJ${r.str(GL, 74)}`,
      (r) => `openai.api_key = "sk-${r.str(BASE62, 20)}T3BlbkFJ${r.str(BASE62, 20)}"`,
      (r) => `OPENAI_KEY=sk-svcacct-${r.str(GL, 120)}`,
    ],
  ],
  ['anthropic-api-key', [(r) => `ANTHROPIC_API_KEY=sk-ant-api03-${r.str(GL, 93)}AA`, (r) => `x-api-key: sk-ant-api03-${r.str(GL, 93)}AA`]],
  ['anthropic-admin-key', [(r) => `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${r.str(GL, 93)}AA`]],
  ['openrouter-api-key', [(r) => `OPENROUTER_API_KEY=sk-or-v1-${r.str(HEX, 64)}`]],
  ['groq-api-key', [(r) => `GROQ_API_KEY=gsk_${r.str(BASE62, 52)}`]],
  ['replicate-api-token', [(r) => `REPLICATE_API_TOKEN=r8_${r.str(BASE62, 37)}`]],
  ['perplexity-api-key', [(r) => `PPLX_KEY=pplx-${r.str(BASE62, 48)}`]],
  ['xai-api-key', [(r) => `XAI_API_KEY=xai-${r.str(BASE62, 80)}`]],
  ['langsmith-api-key', [(r) => `LANGCHAIN_API_KEY=lsv2_pt_${r.str(HEX, 32)}_${r.str(HEX, 10)}`]],
  [
    'private-key-pem',
    [
      (r) => pem(r, 'RSA PRIVATE KEY', 25),
      (r) => pem(r, 'EC PRIVATE KEY', 3),
      (r) => pem(r, 'PRIVATE KEY', 16),
      (r) => pem(r, 'ENCRYPTED PRIVATE KEY', 18),
      (r) => pem(r, 'DSA PRIVATE KEY', 10, '\r\n'),
      (r) => `TLS_KEY="${pem(r, 'PRIVATE KEY', 8, '\\n')}"`,
      (r) => {
        const body = pem(r, 'RSA PRIVATE KEY', 12).split('\n');
        body.splice(1, 0, 'Proc-Type: 4,ENCRYPTED', `DEK-Info: AES-128-CBC,${r.str(HEX, 32).toUpperCase()}`, '');
        return { text: body.join('\n'), note: 'legacy encrypted PEM with headers' };
      },
    ],
  ],
  [
    'private-key-openssh',
    [
      (r) =>
        `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${r.str(B64, 46)}\n${r.str(B64, 70)}\n${r.str(B64, 70)}\n${r.str(B64, 40)}=\n-----END OPENSSH PRIVATE KEY-----\n`,
    ],
  ],
  [
    'private-key-pgp',
    [
      (r) => {
        const lines: string[] = [];
        for (let i = 0; i < 20; i++) lines.push(r.str(B64, 64));
        return `-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: synthetic\n\n${lines.join('\n')}\n=${r.str(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
      },
      (r) => {
        // Inside a YAML block scalar: every line indented, the blank separator line too.
        const pad = '        ';
        const body = Array.from({ length: 12 }, () => pad + r.str(B64, 64)).join('\n');
        return `signing:\n  gpg_private_key: |\n${pad}-----BEGIN PGP PRIVATE KEY BLOCK-----\n${pad}\n${body}\n${pad}=${r.str(B64, 4)}\n${pad}-----END PGP PRIVATE KEY BLOCK-----\n`;
      },
    ],
  ],
  [
    'private-key-putty',
    [
      (r) =>
        `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 2\n${r.str(B64, 64)}\n${r.str(B64, 40)}\nPrivate-Lines: 2\n${r.str(B64, 64)}\n${r.str(B64, 44)}\nPrivate-MAC: ${r.str(HEX, 40)}\n`,
      (r) =>
        `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20240101\nPublic-Lines: 2\n${r.str(B64, 64)}\n${r.str(B64, 4)}\nPrivate-Lines: 1\n${r.str(B64, 44)}\nPrivate-MAC: ${r.str(HEX, 64)}\n`,
    ],
  ],
  [
    'jwt',
    [
      (r) => `Authorization: Bearer ${jwt(r)}`,
      (r) => `SUPABASE_SERVICE_ROLE_KEY=${jwt(r, { role: 'service_role' })}`,
      (r) => `Set-Cookie: session=${jwt(r, { name: 'ci' })}; HttpOnly`,
    ],
  ],
  [
    'database-url-password',
    [
      (r) => `DATABASE_URL=postgres://app:${r.password()}@db.internal:5432/app`,
      (r) => `spring.datasource.url=jdbc:mysql://svc:${r.str(BASE62, 18)}@mysql.prod:3306/orders`,
      (r) => `MONGO_URI="mongodb+srv://reporting:${r.str(BASE62, 20)}@cluster0.ab1cd.mongodb.net/?retryWrites=true"`,
      (r) => `REDIS_URL=rediss://default:${r.str(BASE62, 32)}@cache.internal:6380/0`,
      (r) => `amqp://worker:${r.password()}@rabbitmq:5672/%2f`,
      (r) => `2024-01-01 12:00:00 ERROR connect failed for postgresql://etl:${r.str(BASE62, 16)}@10.0.0.12/warehouse`,
    ],
  ],
  [
    'url-credentials',
    [
      (r) => `pip install --index-url https://build:${r.str(BASE62, 24)}@pypi.internal.acme.io/simple app`,
      (r) => `ftp://backup:${r.password()}@files.acme.io/nightly/`,
      (r) => `git remote add origin https://ci-bot:${r.str(BASE62, 20)}@git.acme.io/platform/deploy.git`,
    ],
  ],
  [
    'generic-password',
    [
      (r) => `DB_PASSWORD=${r.password()}`,
      (r) => `  password: "${r.password()}"`,
      (r) => `{"username": "svc", "password": "${r.password()}"}`,
      (r) => `spring.datasource.password=${r.password()}`,
      (r) => `$dbPass = '${r.password()}';`,
      (r) => `smtp_passwd = ${r.password()}`,
      (r) => `export REDIS_PASSWORD='${r.password()}'`,
      (r) => `<add key="AdminPwd" value="x" /> adminPwd: ${r.password()}`,
      (r) => `config.db_password ||= "${r.password()}"`,
    ],
  ],
  [
    'generic-api-key',
    [
      (r) => `API_KEY=${r.str(BASE62, 32)}`,
      (r) => `client_secret: ${r.str(GL, 40)}`,
      (r) => `{"apiKey": "${r.str(BASE62, 24)}"}`,
      (r) => `SECRET_KEY_BASE=${r.str(HEX, 128)}`,
      (r) => `const accessToken = "${r.str(BASE62, 36)}";`,
      (r) => `app.config['SECRET_KEY'] = '${r.str(BASE62 + '!@#%^*', 50)}'`,
      (r) => `ACME_AUTH_TOKEN: ${r.str(B64URL, 44)}`,
      (r) => `credentials = ${r.str(HEX, 48)}`,
      (r) => `os.Setenv("api_key", "${r.str(BASE62, 32)}")`,
      (r) => `headers["X-Api-Key"] = "${r.str(BASE62, 32)}"`,
    ],
  ],
  [
    'generic-bearer-token',
    [
      (r) => `curl -H "Authorization: Bearer ${r.str(BASE62, 40)}" https://api.acme.io/v1/deploy`,
      (r) => `Authorization: Basic ${Buffer.from(`deploy:${r.password()}`).toString('base64')}`,
      (r) => `  authorization: token ${r.str(HEX, 40)}`,
    ],
  ],
];

export function positives(seed = 0x6a7e40): CorpusCase[] {
  const rng = new Prng(seed);
  const out: CorpusCase[] = [];
  for (const [rule, gens] of CASES) {
    gens.forEach((gen, i) => {
      const produced = gen(rng);
      const c = typeof produced === 'string' ? { text: produced } : produced;
      out.push({ id: `${rule}-${i + 1}`, text: c.text, expect: c.expect ?? [rule], note: c.note ?? `true positive for ${rule}` });
    });
  }
  return out;
}

/** Rule ids the positives cover (the test checks that every built-in rule is among them). */
export const COVERED_RULES: readonly string[] = CASES.map(([rule]) => rule);
