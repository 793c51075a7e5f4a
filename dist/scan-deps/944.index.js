"use strict";
exports.id = 944;
exports.ids = [944];
exports.modules = {

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var compareNumeric = (function compareNumeric(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
});
var comparePrerelease = (function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xn = isNumeric(x);
        const yn = isNumeric(y);
        const c = xn && yn ? compareNumeric(x, y) : xn ? -1 : yn ? 1 : compareAscii(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
});
var tryParse = (function tryParse(version) {
    const m = SEMVER_RE.exec(version.trim().replace(/^=?\s*v?/i, ''));
    if (!m)
        return undefined;
    return {
        major: m[1],
        minor: m[2],
        patch: m[3],
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ? m[5].split('.') : [],
    };
});
var parse = (function parse(version) {
    const v = tryParse(version);
    if (!v)
        throw new Error(`Invalid SemVer version: "${version}"`);
    return v;
});
var compareParsed = (function compareParsed(a, b) {
    return (compareNumeric(a.major, b.major) ||
        compareNumeric(a.minor, b.minor) ||
        compareNumeric(a.patch, b.patch) ||
        comparePrerelease(a.prerelease, b.prerelease));
});
var compareFor = (function compareFor(ecosystem) {
    const cmp = COMPARATORS[ecosystem];
    if (!cmp)
        throw new Error(`No version comparator for ecosystem "${String(ecosystem)}"`);
    return cmp;
});
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareComposer: () => (/* reexport */ composer_compare),
  compareFor: () => (/* binding */ compareFor),
  compareGo: () => (/* reexport */ go_compare),
  compareMaven: () => (/* reexport */ maven_compare),
  comparePep440: () => (/* reexport */ pep440_compare),
  compareRubyGems: () => (/* reexport */ rubygems_compare),
  compareSemver: () => (/* reexport */ compare)
});

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/semver.ts
// SemVer 2.0.0 precedence (https://semver.org \u00a711), as npm and crates.io order versions. A leading `v`
// or `=` (as node-semver accepts) and surrounding whitespace are tolerated; build metadata is parsed
// but ignored in precedence. Numbers are compared as arbitrarily large integers.
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const BUILD_ID = '[0-9a-zA-Z-]+';
const SEMVER_RE = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?$`);
/** Compares two non-negative decimal integer strings of any length without overflow. */

/** Plain code-unit (ASCII) order, as SemVer requires for alphanumeric identifiers. */
function compareAscii(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const isNumeric = (id) => /^\d+$/.test(id);
/**
 * Compares pre-release identifier lists by SemVer rule 11.4: an empty list (a release) ranks above any
 * pre-release; numeric identifiers compare numerically and rank below alphanumeric ones; a longer list
 * wins when all preceding identifiers are equal.
 */

/** Parses a SemVer 2.0.0 version (leading `v`/`=` allowed); undefined when it is not one. */


function isValid(version) {
    return tryParse(version) !== undefined;
}

const compare = (a, b) => compareParsed(parse(a), parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/composer.ts
// Packagist (Composer) versions: normalised the way Composer\Semver\VersionParser::normalize does
// (`v1.2` -> `1.2.0.0`, `1.0.0-beta.1` -> `1.0.0.0-beta1`, `1.0.0RC1` -> `1.0.0.0-RC1`, `-p1`/`-pl1` ->
// `-patch1`, `1.x-dev` -> `1.9999999.9999999.9999999-dev`, `dev-<branch>` kept), then compared with
// PHP's version_compare(): parts split at `.`/`-`/`_`/`+` and at digit/letter boundaries, numbers
// compared numerically, and the special forms ordered dev < alpha = a < beta = b < RC = rc < (number)
// < pl = p (unknown words below dev). A `dev-<branch>` sorts below every numbered version.

const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSICAL_RE = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATE_RE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');
const BRANCH_RE = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?[.-]?dev$/i;
function expandStability(s) {
    const l = s.toLowerCase();
    return l === 'a' ? 'alpha' : l === 'b' ? 'beta' : l === 'p' || l === 'pl' ? 'patch' : l === 'rc' ? 'RC' : l;
}
function withModifier(base, m, at) {
    let out = base;
    const stability = m[at];
    if (stability !== undefined && stability.toLowerCase() !== 'stable') {
        out += `-${expandStability(stability)}${(m[at + 1] ?? '').replace(/^[.-]+/, '')}`;
    }
    if (m[at + 2] !== undefined)
        out += '-dev';
    return out;
}
/** Composer's VersionParser::normalize; throws for what Composer calls an invalid version string. */
function normalize(version) {
    let v = version.trim();
    const alias = /^([^,\s#]+)(?:#[^ ]+)? +as +[^,\s]+$/.exec(v);
    if (alias)
        v = alias[1];
    v = v.replace(/@(?:stable|RC|beta|alpha|dev)$/i, ''); // a stability flag is not part of the version
    if (/^(?:dev-)?(?:master|trunk|default)$/i.test(v))
        return `dev-${v.replace(/^dev-/i, '')}`;
    if (/^dev-/i.test(v))
        return `dev-${v.slice(4)}`;
    v = v.replace(/\+[0-9A-Za-z.-]*$/, ''); // semver build metadata is stripped
    let m = CLASSICAL_RE.exec(v);
    if (m) {
        const parts = [m[1], (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1), (m[4] ?? '.0').slice(1)];
        return withModifier(parts.join('.'), m, 5);
    }
    m = DATE_RE.exec(v);
    if (m)
        return withModifier(m[1].replace(/\D/g, '.'), m, 2);
    const b = BRANCH_RE.exec(v);
    if (b) {
        const parts = [b[1], ...[b[2], b[3], b[4]].map((p) => (p === undefined ? 'x' : p.slice(1)))];
        return `${parts.map((p) => (/^[xX*]$/.test(p) ? '9999999' : p)).join('.')}-dev`;
    }
    throw new Error(`Invalid Composer version: "${version}"`);
}
function composer_isValid(version) {
    try {
        normalize(version);
        return true;
    }
    catch {
        return false;
    }
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** php_canonicalize_version followed by the split into parts. */
function phpParts(version) {
    if (version === '')
        return [];
    let out = version[0];
    let prev = version[0];
    for (const c of version.slice(1)) {
        const last = out[out.length - 1];
        if (c === '-' || c === '_' || c === '+') {
            if (last !== '.')
                out += '.';
        }
        else if ((isDigit(prev) && c !== '.' && !isDigit(c)) || (!isDigit(prev) && prev !== '.' && isDigit(c))) {
            if (last !== '.')
                out += '.';
            out += c;
        }
        else if (!/[0-9A-Za-z]/.test(c)) {
            if (last !== '.')
                out += '.';
        }
        else {
            out += c;
        }
        prev = c;
    }
    return out.split('.').filter((p) => p !== '');
}
const SPECIAL_FORMS = [
    ['dev', 0],
    ['alpha', 1],
    ['a', 1],
    ['beta', 2],
    ['b', 2],
    ['RC', 3],
    ['rc', 3],
    ['#', 4],
    ['pl', 5],
    ['p', 5],
];
function specialOrder(form) {
    for (const [name, order] of SPECIAL_FORMS)
        if (form.startsWith(name))
            return order;
    return -1;
}
/** PHP's version_compare() on two (already canonical) version strings. */
function phpVersionCompare(a, b) {
    const l = phpParts(a);
    const r = phpParts(b);
    const n = Math.min(l.length, r.length);
    for (let i = 0; i < n; i++) {
        const x = l[i];
        const y = r[i];
        const xd = isDigit(x[0]);
        const yd = isDigit(y[0]);
        const c = xd && yd ? compareNumeric(x, y) : Math.sign(specialOrder(xd ? '#N#' : x) - specialOrder(yd ? '#N#' : y));
        if (c !== 0)
            return c;
    }
    if (l.length > n)
        return isDigit(l[n][0]) ? 1 : phpVersionCompare(l.slice(n).join('.'), '#N#');
    if (r.length > n)
        return isDigit(r[n][0]) ? -1 : phpVersionCompare('#N#', r.slice(n).join('.'));
    return 0;
}
const composer_compare = (a, b) => phpVersionCompare(normalize(a), normalize(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/go.ts
// Go module versions (https://go.dev/ref/mod#versions): semantic versions with a `v` prefix, ordered
// like golang.org/x/mod/semver. `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0`; build
// metadata (including `+incompatible`) is ignored; pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
// `v1.2.4-0.20191109021931-daa7c04131f5`) are pre-releases and so sort below the release they precede.
// OSV writes Go versions without the `v` (`1.20.1`), so the prefix is optional here.

const go_NUM = '0|[1-9]\\d*';
const go_PRE_ID = `(?:${go_NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const ID = '[0-9a-zA-Z-]+';
const GO_RE = new RegExp(`^v?(${go_NUM})(?:\\.(${go_NUM})(?:\\.(${go_NUM})(?:-(${go_PRE_ID}(?:\\.${go_PRE_ID})*))?(?:\\+(${ID}(?:\\.${ID})*))?)?)?$`);
const PSEUDO_RE = /(?:^|[.-])(?:0\.)?\d{14}-[0-9a-f]{12}$/;
function go_tryParse(version) {
    const m = GO_RE.exec(version.trim());
    if (!m)
        return undefined;
    const prerelease = m[4] ? m[4].split('.') : [];
    return {
        major: m[1],
        minor: m[2] ?? '0',
        patch: m[3] ?? '0',
        prerelease,
        build: m[5] ? m[5].split('.') : [],
        pseudo: m[4] !== undefined && PSEUDO_RE.test(m[4]),
    };
}
function go_parse(version) {
    const v = go_tryParse(version);
    if (!v)
        throw new Error(`Invalid Go module version: "${version}"`);
    return v;
}
function go_isValid(version) {
    return go_tryParse(version) !== undefined;
}
/** True for a pseudo-version such as `v0.0.0-20220412211240-33da011f77ad`. */
function isPseudoVersion(version) {
    return go_tryParse(version)?.pseudo ?? false;
}
const go_compare = (a, b) => {
    const x = go_parse(a);
    const y = go_parse(b);
    return (compareNumeric(x.major, y.major) ||
        compareNumeric(x.minor, y.minor) ||
        compareNumeric(x.patch, y.patch) ||
        comparePrerelease(x.prerelease, y.prerelease));
};

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/maven.ts
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

const MAX_VERSION_LENGTH = 256;
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE_QUALIFIERS = ['ga', 'final', 'release'];
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
const invalid = (version) => new Error(`Invalid Maven version: "${version}"`);
/** Java's Character.isDigit for one UTF-16 code unit (Unicode Nd). */
const isJavaDigit = (c) => c !== undefined && /\p{Nd}/u.test(c);
/** ASCII form of a run of Java digits (Integer.parseInt accepts any Nd digit); undefined if any is not one. */
function asciiDigits(s) {
    let out = '';
    for (const c of s) {
        if (c >= '0' && c <= '9')
            out += c;
        else if (isJavaDigit(c) && c.length === 1) {
            // Nd digits come in runs of ten starting at a zero: find the run start for the digit's value.
            let zero = c.charCodeAt(0);
            while (isJavaDigit(String.fromCharCode(zero - 1)))
                zero--;
            out += String((c.charCodeAt(0) - zero) % 10);
        }
        else
            return undefined;
    }
    return out === '' ? undefined : out;
}
function comparableQualifier(q) {
    if (RELEASE_QUALIFIERS.includes(q))
        return RELEASE_INDEX;
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
const cmpStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function stringItem(value, followedByDigit) {
    if (followedByDigit && value.length === 1) {
        value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : value === 'm' ? 'milestone' : value;
    }
    return { kind: 'string', value: value === 'cr' ? 'rc' : value };
}
/** An IntItem/LongItem/BigIntegerItem: all three compare as one big integer (longer digit run = larger). */
const intItem = (digits) => ({ kind: 'int', value: digits.replace(/^0+(?=\d)/, '') });
const ZERO = { kind: 'int', value: '0' };
function combinationItem(value, version) {
    let index = 0;
    for (let i = 0; i < value.length; i++) {
        if (isJavaDigit(value[i])) {
            index = i;
            break;
        }
    }
    const digits = asciiDigits(value.slice(index));
    if (digits === undefined)
        throw invalid(version); // Java: NumberFormatException
    return { kind: 'combination', str: stringItem(value.slice(0, index), true), digits: intItem(digits) };
}
function parseItem(isCombination, isDigit, buf, version) {
    if (isCombination)
        return combinationItem(buf.replaceAll('-', ''), version);
    return isDigit ? intItem(buf) : stringItem(buf, false);
}
function isNull(item) {
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
function maven_normalize(list) {
    const items = list.items;
    for (let i = items.length - 1; i >= 0; i--) {
        if (!isNull(items[i]))
            continue;
        const next = items[i + 1];
        if (next === undefined || next.kind === 'string')
            items.splice(i, 1);
        else if (next.kind === 'list') {
            const first = next.items[0];
            if (first?.kind === 'combination' || first?.kind === 'string')
                items.splice(i, 1);
        }
    }
    const only = items.length === 1 ? items[0] : undefined;
    if (only?.kind === 'list')
        list.items = only.items;
}
/** Parses a version into ComparableVersion's item tree (ComparableVersion#parseVersion). */
function maven_parse(version) {
    if (version.trim() === '' || /[^\x21-\x7e\u00a0-\uffff]/.test(version) || version.length > MAX_VERSION_LENGTH) {
        throw invalid(version);
    }
    const v = version.toLowerCase();
    const root = { kind: 'list', items: [] };
    const stack = [root];
    let list = root;
    const open = () => {
        const sub = { kind: 'list', items: [] };
        list.items.push(sub);
        list = sub;
        stack.push(sub);
    };
    let isDigit = false;
    let isCombination = false;
    let start = 0;
    for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (c === '.') {
            list.items.push(i === start ? ZERO : parseItem(isCombination, isDigit, v.slice(start, i), version));
            isCombination = false;
            start = i + 1;
        }
        else if (c === '-') {
            if (i === start)
                list.items.push(ZERO);
            else {
                // X-1 is treated as X1
                if (!isDigit && i !== v.length - 1 && isJavaDigit(v[i + 1])) {
                    isCombination = true;
                    continue;
                }
                list.items.push(parseItem(isCombination, isDigit, v.slice(start, i), version));
            }
            start = i + 1;
            if (list.items.length > 0)
                open();
            isCombination = false;
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                isCombination = true; // X1
                if (list.items.length > 0)
                    open();
            }
            isDigit = true;
        }
        else {
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
        if (!isDigit && list.items.length > 0)
            open();
        list.items.push(parseItem(isCombination, isDigit, v.slice(start), version));
    }
    while (stack.length > 0)
        maven_normalize(stack.pop());
    return root;
}
function maven_isValid(version) {
    try {
        maven_parse(version);
        return true;
    }
    catch {
        return false;
    }
}
function render(item) {
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
function canonical(version) {
    return render(maven_parse(version));
}
/** Item#compareTo(other), where `undefined` stands for Java's null (a missing item). */
function compareItem(a, b) {
    switch (a.kind) {
        case 'int':
            if (!b)
                return a.value === '0' ? 0 : 1; // 1.0 == 1, 1.1 > 1
            return b.kind === 'int' ? compareNumeric(a.value, b.value) : 1; // 1.1 > 1-sp, 1.1 > 1-1
        case 'string':
            return compareString(a, b);
        case 'combination':
            return compareCombination(a, b);
        case 'list':
            return compareList(a, b);
    }
}
function compareString(a, b) {
    if (!b)
        return cmpStr(comparableQualifier(a.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
    switch (b.kind) {
        case 'int':
            return -1; // 1.any < 1.1
        case 'string':
            return cmpStr(comparableQualifier(a.value), comparableQualifier(b.value));
        case 'combination': {
            const r = compareString(a, b.str);
            if (r !== 0)
                return r;
            return compareString(a, undefined) === 0 ? -compareItem(b.digits, undefined) : -1;
        }
        case 'list':
            return -compareList(b, a);
    }
}
function compareCombination(a, b) {
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
            if (r !== 0)
                return r;
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
function compareList(a, b) {
    if (!b) {
        // compare every item with null, not just the first one (MNG-6964)
        for (const it of a.items) {
            const r = compareItem(it, undefined);
            if (r !== 0)
                return r;
        }
        return 0;
    }
    switch (b.kind) {
        case 'int':
            return -1; // 1-1 < 1.0.x
        case 'string':
        case 'combination': {
            let r = a.items.length === 0 ? -compareItem(b, undefined) : compareItem(a.items[0], b);
            for (let i = 1; r === 0 && i < a.items.length; i++)
                r = compareItem(a.items[i], undefined);
            return r;
        }
        case 'list':
            return compareLists(a.items, b.items);
    }
}
function compareLists(l, r) {
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
        const x = l[i];
        const y = r[i];
        const c = x === undefined ? (y === undefined ? 0 : -compareItem(y, undefined)) : compareItem(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
}
const maven_compare = (a, b) => compareItem(maven_parse(a), maven_parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/pep440.ts
// PEP 440 versions, ordered as packaging.version.Version orders them: epoch, release (trailing zeros
// ignored), pre-release (a < b < rc; a bare .devN sorts before any pre-release of its release),
// post-release, dev-release, then the local version label (absent < present; numeric segments above
// alphanumeric ones). Spellings are normalised as PEP 440 allows: case, a leading `v`, `alpha`/`beta`/
// `c`/`pre`/`preview`, `rev`/`r`, `1.0-1` post releases, `-`/`_`/`.` separators and implicit numbers.

const VERSION_RE = new RegExp('^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$', 'i');
const strip = (n) => n.replace(/^0+(?=\d)/, '');
function pep440_tryParse(version) {
    const m = VERSION_RE.exec(version);
    if (!m)
        return undefined;
    const release = m[2].split('.').map(strip);
    while (release.length > 1 && release[release.length - 1] === '0')
        release.pop();
    const v = { epoch: strip(m[1] ?? '0'), release };
    if (m[3] !== undefined) {
        const l = m[3].toLowerCase();
        const label = l === 'alpha' || l === 'a' ? 'a' : l === 'beta' || l === 'b' ? 'b' : 'rc';
        v.pre = { label, number: strip(m[4] ?? '0') };
    }
    if (m[5] !== undefined)
        v.post = strip(m[5]);
    else if (m[6] !== undefined)
        v.post = strip(m[7] ?? '0');
    if (m[8] !== undefined)
        v.dev = strip(m[9] ?? '0');
    if (m[10] !== undefined)
        v.local = m[10].toLowerCase().split(/[-_.]/);
    return v;
}
function pep440_parse(version) {
    const v = pep440_tryParse(version);
    if (!v)
        throw new Error(`Invalid PEP 440 version: "${version}"`);
    return v;
}
function pep440_isValid(version) {
    return pep440_tryParse(version) !== undefined;
}
/** The canonical string form (`1.0.0a1` for `1.0.0-alpha.1`), as packaging's str(Version) gives it. */
function pep440_normalize(version) {
    const m = VERSION_RE.exec(version);
    const v = pep440_parse(version);
    const release = m[2].split('.').map(strip).join('.');
    let out = v.epoch !== '0' ? `${v.epoch}!${release}` : release;
    if (v.pre)
        out += `${v.pre.label}${v.pre.number}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local)
        out += `+${v.local.join('.')}`;
    return out;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const c = compareNumeric(a[i] ?? '0', b[i] ?? '0');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Pre-release key: a dev-only release (no pre, no post) is below every pre-release; a final is above. */
function comparePre(a, b) {
    const rank = (v) => (v.pre ? 1 : v.post === undefined && v.dev !== undefined ? 0 : 2);
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    if (!a.pre || !b.pre)
        return 0;
    return PRE_ORDER[a.pre.label] - PRE_ORDER[b.pre.label] || compareNumeric(a.pre.number, b.pre.number);
}
function compareOptional(a, b, absent) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? absent : -absent;
    return compareNumeric(a, b);
}
function compareLocal(a, b) {
    if (!a || !b)
        return a === b ? 0 : !a ? -1 : 1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        const c = xn && yn ? compareNumeric(x, y) : xn ? 1 : yn ? -1 : compareAscii(x, y);
        if (c !== 0)
            return c;
    }
    return 0;
}
function pep440_compareParsed(a, b) {
    return (compareNumeric(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        comparePre(a, b) ||
        compareOptional(a.post, b.post, -1) || // no post-release sorts first
        compareOptional(a.dev, b.dev, 1) || // no dev-release sorts last
        compareLocal(a.local, b.local));
}
const pep440_compare = (a, b) => pep440_compareParsed(pep440_parse(a), pep440_parse(b));

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/rubygems.ts
// RubyGems versions, ordered as Gem::Version#<=> orders them: the string is split into numeric and
// alphabetic segments (`1.0.0.rc1` -> 1, 0, 0, "rc", 1; a `-` becomes `.pre.`), trailing zeros are
// dropped from the numeric part and from the part after the first letter ("canonical segments"),
// then segments compare pairwise with a missing one counting as 0: numbers numerically, strings by
// byte order, and a string (pre-release) below any number. Any letter makes a version a pre-release.

/** Gem::Version::ANCHORED_VERSION_PATTERN. */
const rubygems_VERSION_RE = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;
function rubygems_isValid(version) {
    return rubygems_VERSION_RE.test(version);
}
/** Segments as Gem::Version#segments gives them (numbers as `{ num }`), after the `-` -> `.pre.` rewrite. */
function segments(version) {
    if (!rubygems_VERSION_RE.test(version))
        throw new Error(`Invalid RubyGems version: "${version}"`);
    let v = version.trim();
    if (v === '')
        v = '0';
    v = v.replace(/-/g, '.pre.');
    return (v.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d/.test(s) ? { num: s.replace(/^0+(?=\d)/, '') } : s));
}
const isZero = (s) => typeof s === 'object' && s.num === '0';
/** Gem::Version#canonical_segments. */
function canonicalSegments(version) {
    const segs = segments(version);
    let firstString = segs.findIndex((s) => typeof s === 'string');
    if (firstString < 0)
        firstString = segs.length;
    const trim = (part) => {
        while (part.length > 0 && isZero(part[part.length - 1]))
            part.pop();
        return part;
    };
    return [...trim(segs.slice(0, firstString)), ...trim(segs.slice(firstString))];
}
/** True when the version has a letter in it (`1.0.a`, `2.0.0.rc1`, `1.0.0-beta`). */
function isPrerelease(version) {
    return segments(version).some((s) => typeof s === 'string');
}
const rubygems_compare = (a, b) => {
    const l = canonicalSegments(a);
    const r = canonicalSegments(b);
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
        const x = l[i] ?? { num: '0' };
        const y = r[i] ?? { num: '0' };
        if (typeof x === 'string' && typeof y === 'string') {
            const c = compareAscii(x, y);
            if (c !== 0)
                return c;
        }
        else if (typeof x === 'string') {
            return -1;
        }
        else if (typeof y === 'string') {
            return 1;
        }
        else {
            const c = compareNumeric(x.num, y.num);
            if (c !== 0)
                return c;
        }
    }
    return 0;
};

;// CONCATENATED MODULE: ./actions/scan-deps/src/versions/index.ts
// One VersionCompare per OSV ecosystem: npm and crates.io follow SemVer 2.0.0, Go follows
// golang.org/x/mod/semver, PyPI PEP 440, RubyGems Gem::Version, Packagist Composer + version_compare,
// Maven ComparableVersion.






const COMPARATORS = {
    npm: compare,
    'crates.io': compare,
    Go: go_compare,
    PyPI: pep440_compare,
    RubyGems: rubygems_compare,
    Packagist: composer_compare,
    Maven: maven_compare,
};





/***/ })

};
;