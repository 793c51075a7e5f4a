// Profile-guided eager compilation of a bundle, applied by `npm run bundle`.
//
// Why: V8 compiles functions lazily. At start-up it pre-parses the whole bundle, then parses each
// function again, fully, on its first call. For the functions every run calls, the first pass is
// wasted. V8 compiles a parenthesised function expression eagerly, in one pass (its "PIFE"
// heuristic), so the functions an action always runs at start-up are rewritten from
//
//     function name(args) { ... }
//
// to `var name = (function name(args) { ... });` placed first in the same scope, which keeps what
// hoisting gave the declaration: the function exists before any other statement of its scope
// runs. Measured on mask-logs: about 2.5 ms of a 60 ms cold start.
//
// Which functions: the names in actions/<name>/startup-functions.txt, one per line, written by
// `npm run startup-profile` from V8's --log-function-events of real runs. A stale list costs only
// speed: a listed function that no longer runs is compiled for nothing, an unlisted one lazily.
// Only declarations directly in a program or function body are rewritten (block-level ones keep
// their block scoping). The bundles are CommonJS scripts whose webpack wrapper is strict.

import * as acorn from 'acorn';

/** `code` with the declarations of the functions named in `names` made eager. Deterministic. */
export function eagerCompile(code, names) {
  if (names.size === 0) return code;
  // One scope per pass, parsing again after each rewrite: simple, and offsets are always fresh.
  // Each pass turns at least one listed declaration into an expression, so this ends.
  for (;;) {
    const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
    const statements = findScope(ast, names);
    if (!statements) return code;
    const listed = statements.filter((node) => isListed(node, names));
    const first = statements.find((node) => !(node.type === 'ExpressionStatement' && node.directive));
    const hoisted = listed.map((node) => `var ${node.id.name} = (${code.slice(node.start, node.end)});\n`).join('');
    let out = code;
    for (const node of [...listed].reverse()) out = out.slice(0, node.start) + out.slice(node.end);
    // Every removed declaration starts at or after `first`, so its offset is still valid here.
    code = out.slice(0, first.start) + hoisted + out.slice(first.start);
  }
}

function isListed(node, names) {
  return node.type === 'FunctionDeclaration' && node.id !== null && names.has(node.id.name);
}

/** The statement list of the first scope (program or function body) holding a listed declaration. */
function findScope(node, names) {
  if (!node || typeof node.type !== 'string') return undefined;
  let statements;
  if (node.type === 'Program') statements = node.body;
  else if (/^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type) && node.body.type === 'BlockStatement') {
    statements = node.body.body;
  }
  if (statements && statements.some((item) => isListed(item, names))) return statements;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child.type === 'string') {
        const found = findScope(child, names);
        if (found) return found;
      }
    }
  }
  return undefined;
}
