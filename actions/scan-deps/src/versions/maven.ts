// Maven versions, ordered as org.apache.maven.artifact.versioning.ComparableVersion orders them:
// `.` and `-` separate items and a digit/letter transition acts as a `-`; each `-` opens a sub-list;
// trailing "null" items (0, "", ga, final, empty lists) are dropped; numbers compare as big integers;
// qualifiers rank alpha < beta < milestone < rc = cr < snapshot < "" = ga = final < sp < unknown words
// (lexically), with `a1`/`b1`/`m1` meaning alpha-1/beta-1/milestone-1. Case-insensitive.
// This is the Maven 3.x ComparableVersion (ListItem/IntItem/StringItem). Maven 3.9+/4 later added
// CombinationItem and treat `1.0.a` like `1.0-a`; those refinements are not reproduced here.

import type { VersionCompare } from '../types.js';
import { compareNumeric } from './semver.js';

type Item = { kind: 'int'; value: string } | { kind: 'string'; value: string } | { kind: 'list'; items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function comparableQualifier(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function stringItem(value: string, followedByDigit: boolean): Item {
  if (followedByDigit && value.length === 1) {
    value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : value === 'm' ? 'milestone' : value;
  }
  return { kind: 'string', value: ALIASES[value] ?? value };
}

const intItem = (digits: string): Item => ({ kind: 'int', value: digits.replace(/^0+(?=\d)/, '') });

function isNull(item: Item): boolean {
  if (item.kind === 'int') return item.value === '0';
  if (item.kind === 'string') return comparableQualifier(item.value) === RELEASE_INDEX;
  return item.items.length === 0;
}

function normalizeList(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i]!;
    if (isNull(last)) list.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

/** Parses a version into ComparableVersion's item tree. Throws for an empty or non-printable version. */
export function parse(version: string): Item[] {
  if (version.trim() === '' || /[^\x21-\x7e\u00a0-\uffff]/.test(version)) throw new Error(`Invalid Maven version: "${version}"`);
  const v = version.toLowerCase();
  const root: Item[] = [];
  const stack: Item[][] = [root];
  let list = root;
  let isDigit = false;
  let start = 0;
  const open = (): void => {
    const sub: Item[] = [];
    list.push({ kind: 'list', items: sub });
    list = sub;
    stack.push(sub);
  };
  const item = (digit: boolean, buf: string): Item => (digit ? intItem(buf) : stringItem(buf, false));
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '.' || c === '-') {
      list.push(i === start ? intItem('0') : item(isDigit, v.slice(start, i)));
      start = i + 1;
      if (c === '-') open();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        list.push(stringItem(v.slice(start, i), true));
        start = i;
        open();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(intItem(v.slice(start, i)));
        start = i;
        open();
      }
      isDigit = false;
    }
  }
  if (v.length > start) list.push(item(isDigit, v.slice(start)));
  while (stack.length > 0) normalizeList(stack.pop()!);
  return root;
}

export function isValid(version: string): boolean {
  try {
    parse(version);
    return true;
  } catch {
    return false;
  }
}

/** ComparableVersion#getCanonical. */
export function canonical(version: string): string {
  const render = (items: Item[]): string =>
    items.map((it, i) => (i === 0 ? '' : it.kind === 'list' ? '-' : '.') + (it.kind === 'list' ? render(it.items) : it.value)).join('');
  return render(parse(version));
}

/** Item.compareTo(other), where `undefined` stands for Java's null (a missing item). */
function compareItem(a: Item, b: Item | undefined): number {
  switch (a.kind) {
    case 'int':
      if (!b) return a.value === '0' ? 0 : 1;
      return b.kind === 'int' ? compareNumeric(a.value, b.value) : 1; // 1.1 > 1-sp, 1.1 > 1-1
    case 'string':
      if (!b) return cmpStr(comparableQualifier(a.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
      return b.kind === 'string' ? cmpStr(comparableQualifier(a.value), comparableQualifier(b.value)) : -1;
    case 'list':
      if (!b) return a.items.length === 0 ? 0 : compareItem(a.items[0]!, undefined);
      if (b.kind === 'int') return -1; // 1-1 < 1.0.x
      if (b.kind === 'string') return 1; // 1-1 > 1-sp
      return compareLists(a.items, b.items);
  }
}

function compareLists(l: Item[], r: Item[]): number {
  for (let i = 0; i < Math.max(l.length, r.length); i++) {
    const x = l[i];
    const y = r[i];
    const c = x === undefined ? (y === undefined ? 0 : -compareItem(y, undefined)) : compareItem(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

export const compare: VersionCompare = (a, b) => compareLists(parse(a), parse(b));
