// Maven versions, ordered as apache/maven's current org.apache.maven.artifact.versioning.ComparableVersion
// (compat/maven-artifact on master) orders them; OSV's Maven ecosystem follows the same ordering.
// - `.` and `-` separate items; a digit/letter transition also separates, and a letter-to-digit transition
//   (`alpha1`, or `alpha-1`) makes one CombinationItem `alpha1` (string part, then number part).
// - `-`, a digit-to-letter transition, and a trailing `.qualifier` open a sub-list, so `1.0.0.x` = `1-x`.
// - Normalization drops "null" items (0, "", empty lists) at a list's end or before a qualifier.
// - Qualifiers rank alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < other
//   words (lexically); `a1`/`b1`/`m1` mean alpha1/beta1/milestone1. Numbers compare as big integers.
//   Case-insensitive. `ga`, `final` and `release` sort like no qualifier but are kept (`1-ga` canonical).
// Our own additions: an empty, blank or control-character version is invalid, and where Java would throw
// (a version over 256 characters, a combination whose number part is not a number) we throw too.

import type { VersionCompare } from '../types.js';
import { compareNumeric } from './semver.js';

type IntItem = { kind: 'int'; value: string };
type StringItem = { kind: 'string'; value: string };
type CombinationItem = { kind: 'combination'; str: StringItem; digits: IntItem };
type ListItem = { kind: 'list'; items: Item[] };
type Item = IntItem | StringItem | CombinationItem | ListItem;

const MAX_VERSION_LENGTH = 256;
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE_QUALIFIERS = ['ga', 'final', 'release'];
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

const invalid = (version: string): Error => new Error(`Invalid Maven version: "${version}"`);

/** Java's Character.isDigit for one UTF-16 code unit (Unicode Nd). */
const isJavaDigit = (c: string | undefined): boolean => c !== undefined && /\p{Nd}/u.test(c);

/** ASCII form of a run of Java digits (Integer.parseInt accepts any Nd digit); undefined if any is not one. */
function asciiDigits(s: string): string | undefined {
  let out = '';
  for (const c of s) {
    if (c >= '0' && c <= '9') out += c;
    else if (isJavaDigit(c) && c.length === 1) {
      // Nd digits come in runs of ten starting at a zero: find the run start for the digit's value.
      let zero = c.charCodeAt(0);
      while (isJavaDigit(String.fromCharCode(zero - 1))) zero--;
      out += String((c.charCodeAt(0) - zero) % 10);
    } else return undefined;
  }
  return out === '' ? undefined : out;
}

function comparableQualifier(q: string): string {
  if (RELEASE_QUALIFIERS.includes(q)) return RELEASE_INDEX;
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function stringItem(value: string, followedByDigit: boolean): StringItem {
  if (followedByDigit && value.length === 1) {
    value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : value === 'm' ? 'milestone' : value;
  }
  return { kind: 'string', value: value === 'cr' ? 'rc' : value };
}

/** An IntItem/LongItem/BigIntegerItem: all three compare as one big integer (longer digit run = larger). */
const intItem = (digits: string): IntItem => ({ kind: 'int', value: digits.replace(/^0+(?=\d)/, '') });
const ZERO: IntItem = { kind: 'int', value: '0' };

function combinationItem(value: string, version: string): CombinationItem {
  let index = 0;
  for (let i = 0; i < value.length; i++) {
    if (isJavaDigit(value[i])) {
      index = i;
      break;
    }
  }
  const digits = asciiDigits(value.slice(index));
  if (digits === undefined) throw invalid(version); // Java: NumberFormatException
  return { kind: 'combination', str: stringItem(value.slice(0, index), true), digits: intItem(digits) };
}

function parseItem(isCombination: boolean, isDigit: boolean, buf: string, version: string): Item {
  if (isCombination) return combinationItem(buf.replaceAll('-', ''), version);
  return isDigit ? intItem(buf) : stringItem(buf, false);
}

function isNull(item: Item): boolean {
  switch (item.kind) {
    case 'int':
      return item.value === '0';
    case 'string':
      return item.value === '';
    case 'combination':
      return false;
    case 'list':
      return item.items.length === 0;
  }
}

/** ListItem#normalize: drop null items at the end or before a qualifier; unwrap a lone sub-list. */
function normalize(list: ListItem): void {
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (!isNull(items[i]!)) continue;
    const next = items[i + 1];
    if (next === undefined || next.kind === 'string') items.splice(i, 1);
    else if (next.kind === 'list') {
      const first = next.items[0];
      if (first?.kind === 'combination' || first?.kind === 'string') items.splice(i, 1);
    }
  }
  const only = items.length === 1 ? items[0] : undefined;
  if (only?.kind === 'list') list.items = only.items;
}

/** Parses a version into ComparableVersion's item tree (ComparableVersion#parseVersion). */
export function parse(version: string): ListItem {
  if (version.trim() === '' || /[^\x21-\x7e\u00a0-\uffff]/.test(version) || version.length > MAX_VERSION_LENGTH) {
    throw invalid(version);
  }
  const v = version.toLowerCase();
  const root: ListItem = { kind: 'list', items: [] };
  const stack: ListItem[] = [root];
  let list = root;
  const open = (): void => {
    const sub: ListItem = { kind: 'list', items: [] };
    list.items.push(sub);
    list = sub;
    stack.push(sub);
  };
  let isDigit = false;
  let isCombination = false;
  let start = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '.') {
      list.items.push(i === start ? ZERO : parseItem(isCombination, isDigit, v.slice(start, i), version));
      isCombination = false;
      start = i + 1;
    } else if (c === '-') {
      if (i === start) list.items.push(ZERO);
      else {
        // X-1 is treated as X1
        if (!isDigit && i !== v.length - 1 && isJavaDigit(v[i + 1])) {
          isCombination = true;
          continue;
        }
        list.items.push(parseItem(isCombination, isDigit, v.slice(start, i), version));
      }
      start = i + 1;
      if (list.items.length > 0) open();
      isCombination = false;
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        isCombination = true; // X1
        if (list.items.length > 0) open();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(isCombination, true, v.slice(start, i), version));
        start = i;
        open();
        isCombination = false;
      }
      isDigit = false;
    }
  }
  if (v.length > start) {
    // 1.0.0.X1 < 1.0.0-X2: treat .X as -X for any string qualifier X
    if (!isDigit && list.items.length > 0) open();
    list.items.push(parseItem(isCombination, isDigit, v.slice(start), version));
  }
  while (stack.length > 0) normalize(stack.pop()!);
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

function render(item: Item): string {
  switch (item.kind) {
    case 'int':
    case 'string':
      return item.value;
    case 'combination':
      return item.str.value + item.digits.value;
    case 'list':
      return item.items.map((it, i) => (i === 0 ? '' : it.kind === 'list' ? '-' : '.') + render(it)).join('');
  }
}

/** ComparableVersion#getCanonical. */
export function canonical(version: string): string {
  return render(parse(version));
}

/** Item#compareTo(other), where `undefined` stands for Java's null (a missing item). */
function compareItem(a: Item, b: Item | undefined): number {
  switch (a.kind) {
    case 'int':
      if (!b) return a.value === '0' ? 0 : 1; // 1.0 == 1, 1.1 > 1
      return b.kind === 'int' ? compareNumeric(a.value, b.value) : 1; // 1.1 > 1-sp, 1.1 > 1-1
    case 'string':
      return compareString(a, b);
    case 'combination':
      return compareCombination(a, b);
    case 'list':
      return compareList(a, b);
  }
}

function compareString(a: StringItem, b: Item | undefined): number {
  if (!b) return cmpStr(comparableQualifier(a.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
  switch (b.kind) {
    case 'int':
      return -1; // 1.any < 1.1
    case 'string':
      return cmpStr(comparableQualifier(a.value), comparableQualifier(b.value));
    case 'combination': {
      const r = compareString(a, b.str);
      if (r !== 0) return r;
      return compareString(a, undefined) === 0 ? -compareItem(b.digits, undefined) : -1;
    }
    case 'list':
      return -compareList(b, a);
  }
}

function compareCombination(a: CombinationItem, b: Item | undefined): number {
  if (!b) {
    // 1-rc1 < 1, 1-ga1 > 1
    const r = compareString(a.str, undefined);
    return r === 0 ? compareItem(a.digits, undefined) : r;
  }
  switch (b.kind) {
    case 'int':
      return -1;
    case 'string': {
      const r = compareString(a.str, b);
      if (r !== 0) return r;
      return compareString(a.str, undefined) === 0 ? compareItem(a.digits, undefined) : 1; // X1 > X
    }
    case 'combination': {
      const r = compareString(a.str, b.str);
      return r !== 0 ? r : compareItem(a.digits, b.digits);
    }
    case 'list':
      return -compareList(b, a);
  }
}

function compareList(a: ListItem, b: Item | undefined): number {
  if (!b) {
    // compare every item with null, not just the first one (MNG-6964)
    for (const it of a.items) {
      const r = compareItem(it, undefined);
      if (r !== 0) return r;
    }
    return 0;
  }
  switch (b.kind) {
    case 'int':
      return -1; // 1-1 < 1.0.x
    case 'string':
    case 'combination': {
      let r = a.items.length === 0 ? -compareItem(b, undefined) : compareItem(a.items[0]!, b);
      for (let i = 1; r === 0 && i < a.items.length; i++) r = compareItem(a.items[i]!, undefined);
      return r;
    }
    case 'list':
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

export const compare: VersionCompare = (a, b) => compareItem(parse(a), parse(b));
