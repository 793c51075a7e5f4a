// Path-style globs for policy patterns and workspace member lists: `*` stays within one `/`
// segment, `**` crosses segments, `?` is one character (not `/`); everything else is literal.

const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  re = new RegExp(`^${source}$`, 's');
  cache.set(pattern, re);
  return re;
}

export function globMatch(pattern: string, text: string): boolean {
  return globToRegExp(pattern).test(text);
}
