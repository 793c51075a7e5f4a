// The encoded forms under which a secret can reach a log. The runner masks a few of these itself
// (reference/secret-providers.md §4); the rest are the gaps people hit in practice: `echo $S |
// base64` (a trailing newline), base64url in JWTs and URLs, hex dumps, form-encoded bodies, shell
// traces of quoted arguments. All functions are pure; masking.ts decides which forms to register.

const utf8 = (value: string): Buffer => Buffer.from(value, 'utf8');

export const base64 = (bytes: Buffer): string => bytes.toString('base64');
export const base64Url = (bytes: Buffer): string => bytes.toString('base64url');
const unpad = (text: string): string => text.replace(/=+$/, '');

/**
 * Base64 of the secret as it appears inside a longer encoded text. When the secret starts at a
 * byte offset that is not a multiple of 3, its encoding is shifted; the bytes from the next 3-byte
 * boundary on always encode to the same characters. Shift 0..2 covers every alignment; the result
 * is cut to whole 3-byte groups so it does not depend on what follows the secret.
 */
export function base64Aligned(bytes: Buffer, shift: 0 | 1 | 2): string {
  const body = bytes.subarray(shift);
  const whole = body.length - (body.length % 3);
  return body.subarray(0, whole).toString('base64');
}

/** The runner's own Base64StringEscapeShift1/2: base64 of the value minus its first bytes. */
export function base64Shifted(bytes: Buffer, shift: 1 | 2): string {
  return bytes.length > shift ? bytes.subarray(shift).toString('base64') : bytes.toString('base64');
}

/** RFC 3986 percent-encoding: unreserved characters stay, everything else is %XX. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** application/x-www-form-urlencoded, as URLSearchParams and HTML forms write it. */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** The body of a JSON string literal, without the quotes. */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** The inside of a shell single-quoted word: `'` becomes `'\''`. */
export function shellSingleQuoteEscape(value: string): string {
  return value.replace(/'/g, `'\\''`);
}

/** The runner's CommandLineArgumentEscape: `"` becomes `\"`. */
export function commandLineEscape(value: string): string {
  return value.replace(/"/g, '\\"');
}

/** The runner's XmlDataEscape. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The runner's ExpressionStringEscape: `'` doubles inside an expression string literal. */
export function expressionEscape(value: string): string {
  return value.replace(/'/g, "''");
}

export interface EncodedForm {
  /** Short name for counts in summaries and tests. */
  kind: string;
  text: string;
}

/** Every encoded form of one value (including the value itself), possibly with repeats. */
export function encodedForms(value: string): EncodedForm[] {
  const bytes = utf8(value);
  const withNewline = utf8(`${value}\n`);
  const forms: EncodedForm[] = [
    { kind: 'raw', text: value },
    { kind: 'base64', text: base64(bytes) },
    { kind: 'base64-unpadded', text: unpad(base64(bytes)) },
    { kind: 'base64url', text: base64Url(bytes) },
    { kind: 'base64url-padded', text: base64(bytes).replace(/\+/g, '-').replace(/\//g, '_') },
    { kind: 'base64-shift1', text: base64Shifted(bytes, 1) },
    { kind: 'base64-shift2', text: base64Shifted(bytes, 2) },
    { kind: 'base64-newline', text: base64(withNewline) },
    { kind: 'base64url-newline', text: base64Url(withNewline) },
    { kind: 'hex', text: bytes.toString('hex') },
    { kind: 'hex-upper', text: bytes.toString('hex').toUpperCase() },
    { kind: 'percent', text: percentEncode(value) },
    { kind: 'form', text: formEncode(value) },
    { kind: 'json', text: jsonEscape(value) },
    { kind: 'shell-single-quote', text: shellSingleQuoteEscape(value) },
    { kind: 'command-line', text: commandLineEscape(value) },
    { kind: 'xml', text: xmlEscape(value) },
    { kind: 'expression', text: expressionEscape(value) },
  ];
  // Inside longer base64 text (a secret embedded in a base64'd config or auth header).
  for (const shift of [0, 1, 2] as const) {
    const aligned = base64Aligned(bytes, shift);
    forms.push({ kind: `base64-aligned${shift}`, text: aligned });
    forms.push({ kind: `base64url-aligned${shift}`, text: aligned.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  // Wrapped base64: coreutils `base64` breaks lines at 76 columns, OpenSSL and PEM at 64, so a
  // value of 57+ bytes piped through them comes out as several lines, each to be masked.
  for (const width of [76, 64]) {
    for (const [kind, encoded] of [
      ['base64', base64(bytes)],
      ['base64-newline', base64(withNewline)],
    ] as const) {
      if (encoded.length <= width) continue;
      for (let i = 0; i < encoded.length; i += width) forms.push({ kind: `${kind}-wrap${width}`, text: encoded.slice(i, i + width) });
    }
  }
  // The runner's TrimDoubleQuotes, for values longer than 8 characters.
  if (value.length > 8 && value.startsWith('"') && value.endsWith('"')) {
    forms.push({ kind: 'trim-double-quotes', text: value.slice(1, -1) });
  }
  return forms;
}
