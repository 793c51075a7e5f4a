// Field and header names that carry credentials: X-Vault-Token, Authorization, jwt, secret_id,
// WebIdentityToken, client_assertion, subject_token, password, x-api-key, ... One list for what core
// http scrubs from error bodies (http.ts) and what it sends as never-indexed HTTP/2 headers
// (h2-transport.ts).
export const CREDENTIAL_NAME = /authorization|token|secret|password|passwd|assertion|credential|jwt|cookie|signature|key/i;
