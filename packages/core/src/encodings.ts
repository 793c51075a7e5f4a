// The encoded forms under which a secret can reach a log. The runner masks a few of these itself
// (reference/secret-providers.md §4); the rest are the gaps people hit in practice: `echo $S |
// base64` (a trailing newline), base64url in JWTs and URLs, hex dumps, form-encoded bodies, shell
// traces of quoted arguments. All functions are pure; masking.ts decides which forms to register.

/** RFC 3986 percent-encoding: unreserved characters stay, everything else is %XX. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value)
    .replaceAll('!', '%21')
    .replaceAll("'", '%27')
    .replaceAll('(', '%28')
    .replaceAll(')', '%29')
    .replaceAll('*', '%2A');
}

/**
 * application/x-www-form-urlencoded, exactly as URLSearchParams and HTML forms write it (WHATWG URL
 * "urlencoded serializer"): UTF-8 bytes percent-encoded except ASCII alphanumerics and `*-._`, and
 * space as `+`. Derived from encodeURIComponent, which leaves `!'()~` as well: constructing the
 * first URLSearchParams of a process costs ~0.5 ms, at every start-up. `value` must be well-formed.
 */
export function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replaceAll('%20', '+')
    .replaceAll('!', '%21')
    .replaceAll("'", '%27')
    .replaceAll('(', '%28')
    .replaceAll(')', '%29')
    .replaceAll('~', '%7E');
}

export interface EncodedForm {
  /** Short name for counts in summaries and tests. */
  kind: string;
  text: string;
  /** A piece of a longer encoding (aligned or wrapped base64): too short ones match by chance. */
  fragment?: boolean;
}

/** base64 to base64url, padding kept. */
const urlSafe = (text: string): string => text.replaceAll('+', '-').replaceAll('/', '_');

/**
 * Every encoded form of one value (including the value itself), possibly with repeats. Written as
 * one flat function on purpose: it runs at every start-up, where each extra helper is one more
 * function for V8 to compile.
 */
export function encodedForms(value: string): EncodedForm[] {
  const bytes = Buffer.from(value, 'utf8');
  const withNewline = Buffer.from(`${value}\n`, 'utf8');
  const b64 = bytes.toString('base64');
  const b64Newline = withNewline.toString('base64');
  const hex = bytes.toString('hex');
  // A lone UTF-16 surrogate (a JSON leaf can hold one) has no percent-encoding; UTF-8 output and
  // logs carry it as U+FFFD, which is what these forms then encode.
  const wellFormed = value.isWellFormed() ? value : value.toWellFormed();
  let unpadded = b64;
  while (unpadded.endsWith('=')) unpadded = unpadded.slice(0, -1);
  const forms: EncodedForm[] = [
    { kind: 'raw', text: value },
    { kind: 'base64', text: b64 },
    { kind: 'base64-unpadded', text: unpadded },
    { kind: 'base64url', text: bytes.toString('base64url') },
    { kind: 'base64url-padded', text: urlSafe(b64) },
    // The runner's own Base64StringEscapeShift1/2: base64 of the value minus its first bytes.
    { kind: 'base64-shift1', text: bytes.length > 1 ? bytes.toString('base64', 1) : b64 },
    { kind: 'base64-shift2', text: bytes.length > 2 ? bytes.toString('base64', 2) : b64 },
    // `echo $S | base64`: the trailing newline is encoded too.
    { kind: 'base64-newline', text: b64Newline },
    { kind: 'base64url-newline', text: withNewline.toString('base64url') },
    { kind: 'hex', text: hex },
    { kind: 'hex-upper', text: hex.toUpperCase() },
    { kind: 'percent', text: percentEncode(wellFormed) },
    { kind: 'form', text: formEncode(wellFormed) },
    // The body of a JSON string literal, without the quotes.
    { kind: 'json', text: JSON.stringify(value).slice(1, -1) },
    // The inside of a shell single-quoted word: `'` becomes `'\''`.
    { kind: 'shell-single-quote', text: value.replaceAll("'", "'\\''") },
    // The runner's CommandLineArgumentEscape, XmlDataEscape and ExpressionStringEscape.
    { kind: 'command-line', text: value.replaceAll('"', '\\"') },
    {
      kind: 'xml',
      text: value
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;')
        .replaceAll("'", '&apos;'),
    },
    { kind: 'expression', text: value.replaceAll("'", "''") },
  ];
  // Inside longer base64 text (a secret embedded in a base64'd config or auth header): when the
  // secret starts at a byte offset that is not a multiple of 3 its encoding is shifted, but the
  // bytes from the next 3-byte boundary on always encode to the same characters. Shifts 0..2
  // cover every alignment; each is cut to whole 3-byte groups so it does not depend on what follows.
  for (let shift = 0; shift < 3; shift++) {
    const body = Math.max(bytes.length - shift, 0);
    const aligned = bytes.toString('base64', Math.min(shift, bytes.length), Math.min(shift, bytes.length) + body - (body % 3));
    forms.push(
      { kind: `base64-aligned${shift}`, text: aligned, fragment: true },
      { kind: `base64url-aligned${shift}`, text: urlSafe(aligned), fragment: true },
    );
  }
  // Wrapped base64: coreutils `base64` breaks lines at 76 columns, OpenSSL and PEM at 64, so a
  // value of 57+ bytes piped through them comes out as several lines, each to be masked.
  for (const width of [76, 64]) {
    if (b64.length > width)
      for (let i = 0; i < b64.length; i += width)
        forms.push({ kind: `base64-wrap${width}`, text: b64.slice(i, i + width), fragment: true });
    if (b64Newline.length > width) {
      for (let i = 0; i < b64Newline.length; i += width)
        forms.push({ kind: `base64-newline-wrap${width}`, text: b64Newline.slice(i, i + width), fragment: true });
    }
  }
  // The runner's TrimDoubleQuotes, for values longer than 8 characters.
  if (value.length > 8 && value.startsWith('"') && value.endsWith('"')) {
    forms.push({ kind: 'trim-double-quotes', text: value.slice(1, -1) });
  }
  return forms;
}
