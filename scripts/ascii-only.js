// Make a bundle pure ASCII, applied by `npm run bundle`.
//
// Why: V8 keeps a source that is all ASCII as a one-byte string and scans it as such. A single
// `§` in a comment or `…` in a string makes Node decode the whole file to UTF-16 first, and every
// token is then scanned from two-byte characters: for mask-logs that was ~1.9 million instructions
// of its ~31 million of start-up work (measured with callgrind), close to a millisecond.
//
// What changes: inside string literals, untagged template literals, regular expressions and
// identifiers, a non-ASCII character becomes its \u escape, which JavaScript reads as the same
// character there. Inside comments it becomes the same escape text, which means nothing. Anywhere
// else (a tagged template, whose raw text the tag function reads) the bundle is refused: the escape
// would change what the program sees, and the source should be fixed instead.

import * as acorn from 'acorn';

/** `code` with every non-ASCII character escaped; throws where escaping would change meaning. */
export function asciiOnly(code, file = 'bundle') {
  if (isAscii(code)) return code;
  const safe = []; // [start, end) ranges where an escape keeps the meaning
  const ast = acorn.parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    onComment: (_block, _text, start, end) => safe.push([start, end]),
  });
  visit(ast, (node, parent) => {
    if (node.type === 'Literal' && (typeof node.value === 'string' || node.regex)) safe.push([node.start, node.end]);
    if (node.type === 'Identifier') safe.push([node.start, node.end, 'identifier']);
    // A tag function reads a template's raw text: there an escape is not the same character.
    if (node.type === 'TemplateElement' && parent?.type === 'TemplateLiteral' && !parent.tagged) safe.push([node.start, node.end]);
    if (node.type === 'TaggedTemplateExpression') node.quasi.tagged = true;
  });
  safe.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let range = 0;
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit < 0x80) continue;
    while (range < safe.length && safe[range][1] <= i) range++;
    if (range >= safe.length || safe[range][0] > i) {
      throw new Error(
        `${file}: non-ASCII character U+${unit.toString(16).padStart(4, '0')} at offset ${i} is in a tagged template or outside any string, ` +
          'identifier, regular expression or comment; write it as an escape in the source.',
      );
    }
    const point = code.codePointAt(i);
    if (safe[range][2] === 'identifier' && point > 0xffff) {
      // An identifier takes whole code points only.
      out += `${code.slice(at, i)}\\u{${point.toString(16)}}`;
      at = i + 2;
      i++;
      continue;
    }
    // Elsewhere UTF-16 code units one by one: a surrogate pair becomes two escapes, which strings,
    // templates and regular expressions (with or without the u flag) read as the one character.
    out += `${code.slice(at, i)}\\u${unit.toString(16).padStart(4, '0')}`;
    at = i + 1;
  }
  return out + code.slice(at);
}

/** Calls `fn(node, parent)` for every node, parents before children. */
function visit(node, fn, parent = null) {
  fn(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string' && key !== 'tagged') visit(child, fn, node);
    }
  }
}

function isAscii(code) {
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) >= 0x80) return false;
  return true;
}
