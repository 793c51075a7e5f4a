// Version ordering per ecosystem, with the tables taken from each scheme's own specification or
// test suite:
// - SemVer: the precedence example of semver.org §11 (plus build metadata and big numbers).
// - Go: golang.org/x/mod/semver's semver_test.go table (validity and order), plus pseudo-versions
//   and `+incompatible` from the Go Modules Reference (go.dev/ref/mod#pseudo-versions).
// - PyPI: packaging's tests/test_version.py VERSIONS list (PEP 440 ordering, epochs, local versions)
//   and PEP 440's "summary of permitted suffixes and relative ordering" example.
// - RubyGems: test/rubygems/test_gem_version.rb (test_spaceship, test_semver, test_initialize_invalid).
// - Packagist: composer/semver's VersionParserTest (successfulNormalizedVersions / failingNormalizedVersions)
//   and PHP version_compare's documented order of special forms (dev < alpha < beta < RC < # < pl).
// - Maven: apache/maven's compat/maven-artifact ComparableVersionTest (master): every table and case.

import { describe, expect, it } from '@jest/globals';
import { normalize as composerNormalize, phpVersionCompare } from '../src/versions/composer.js';
import { isPseudoVersion, isValid as goValid } from '../src/versions/go.js';
import { compareFor } from '../src/versions/index.js';
import { canonical as mavenCanonical } from '../src/versions/maven.js';
import { normalize as pep440Normalize } from '../src/versions/pep440.js';
import { canonicalSegments, isPrerelease } from '../src/versions/rubygems.js';
import { compareNumeric, isValid as semverValid } from '../src/versions/semver.js';
import type { Ecosystem, VersionCompare } from '../src/types.js';

/** Deterministic Fisher-Yates shuffle (mulberry32), so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Every pair (i < j) of an ascending list compares as < and > the other way round; shuffles sort back. */
function checkOrder(cmp: VersionCompare, ordered: readonly string[]): void {
  for (let i = 0; i < ordered.length; i++) {
    expect(cmp(ordered[i]!, ordered[i]!)).toBe(0);
    for (let j = i + 1; j < ordered.length; j++) {
      const [a, b] = [ordered[i]!, ordered[j]!];
      if (!(cmp(a, b) < 0 && cmp(b, a) > 0)) throw new Error(`expected ${a} < ${b}`);
    }
  }
  for (const seed of [1, 2, 3, 42, 1337]) expect(shuffled(ordered, seed).sort(cmp)).toEqual(ordered);
}

function checkEqual(cmp: VersionCompare, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [a, b] of pairs) {
    if (cmp(a, b) !== 0 || cmp(b, a) !== 0) throw new Error(`expected ${a} == ${b}`);
  }
}

describe('semver (npm, crates.io)', () => {
  const cmp = compareFor('npm');
  const ORDER = [
    '0.0.0',
    '0.0.1',
    '0.1.0',
    '0.9.0',
    '0.10.0',
    // semver.org §11.4 example, in order
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    // semver.org §11.2: 1.0.0 < 2.0.0 < 2.1.0 < 2.1.1
    '1.0.1-0',
    '1.0.1-1',
    '1.0.1-1a',
    '1.0.1-a',
    '1.0.1',
    '1.2.3',
    '1.10.0',
    '2.0.0',
    '2.1.0',
    '2.1.1',
    '10.0.0',
    '4294967296.0.0',
    '9007199254740993.0.0',
    '99999999999999999999.0.0',
  ];

  it('orders the semver.org precedence examples (every pair, and shuffled lists)', () => checkOrder(cmp, ORDER));

  it('ignores build metadata and accepts a leading v or =', () => {
    checkEqual(cmp, [
      ['1.0.0+build.1', '1.0.0'],
      ['1.0.0-alpha+001', '1.0.0-alpha'],
      ['1.0.0+20130313144700', '1.0.0+exp.sha.5114f85'],
      ['v1.2.3', '1.2.3'],
      ['=1.2.3', '1.2.3'],
      ['=v1.2.3', '1.2.3'],
      [' 1.2.3 ', '1.2.3'],
    ]);
  });

  it('compares numbers of any size without overflow', () => {
    expect(cmp('1.0.0-9007199254740993', '1.0.0-9007199254740992')).toBeGreaterThan(0);
    expect(compareNumeric('00012', '12')).toBe(0);
    expect(compareNumeric('123456789012345678901234567890', '123456789012345678901234567891')).toBe(-1);
  });

  it('crates.io uses the same order', () => {
    expect(compareFor('crates.io')).toBe(cmp);
  });

  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', '1.02.3', '1.2.3-01', '1.2.3-', '1.2.3+', '1.2.3-a..b', 'a.b.c', '1.2.x', 'latest'])(
    'throws for the invalid version %j',
    (v) => {
      expect(semverValid(v)).toBe(false);
      expect(() => cmp(v, '1.0.0')).toThrow(/Invalid SemVer version/);
      expect(() => cmp('1.0.0', v)).toThrow(/Invalid SemVer version/);
    },
  );
});

describe('Go', () => {
  const cmp = compareFor('Go');
  // x/mod/semver semver_test.go: each entry sorts after the previous, or equals it when canonical forms match.
  const TABLE: Array<[string, string]> = [
    ['v1.0.0-alpha', 'v1.0.0-alpha'],
    ['v1.0.0-alpha.1', 'v1.0.0-alpha.1'],
    ['v1.0.0-alpha.beta', 'v1.0.0-alpha.beta'],
    ['v1.0.0-beta', 'v1.0.0-beta'],
    ['v1.0.0-beta.2', 'v1.0.0-beta.2'],
    ['v1.0.0-beta.11', 'v1.0.0-beta.11'],
    ['v1.0.0-rc.1', 'v1.0.0-rc.1'],
    ['v1', 'v1.0.0'],
    ['v1.0', 'v1.0.0'],
    ['v1.0.0', 'v1.0.0'],
    ['v1.2', 'v1.2.0'],
    ['v1.2.0', 'v1.2.0'],
    ['v1.2.3-456', 'v1.2.3-456'],
    ['v1.2.3-456.789', 'v1.2.3-456.789'],
    ['v1.2.3-456-789', 'v1.2.3-456-789'],
    ['v1.2.3-456a', 'v1.2.3-456a'],
    ['v1.2.3-pre', 'v1.2.3-pre'],
    ['v1.2.3-pre+meta', 'v1.2.3-pre'],
    ['v1.2.3-pre.1', 'v1.2.3-pre.1'],
    ['v1.2.3-zzz', 'v1.2.3-zzz'],
    ['v1.2.3', 'v1.2.3'],
    ['v1.2.3+meta', 'v1.2.3'],
    ['v1.2.3+meta-pre', 'v1.2.3'],
    ['v1.2.3+meta-pre.sha.256a', 'v1.2.3'],
  ];

  it('orders the x/mod/semver test table (Compare of every pair)', () => {
    for (let i = 0; i < TABLE.length; i++) {
      for (let j = 0; j < TABLE.length; j++) {
        const [a, ca] = TABLE[i]!;
        const [b, cb] = TABLE[j]!;
        const want = ca === cb ? 0 : i < j ? -1 : 1;
        if (Math.sign(cmp(a, b)) !== want) throw new Error(`Compare(${a}, ${b}) != ${want}`);
      }
    }
  });

  it('orders pseudo-versions as pre-releases, and accepts OSV’s un-prefixed versions', () => {
    checkOrder(cmp, [
      'v0.0.0-20191109021931-daa7c04131f5',
      'v0.0.0-20220412211240-33da011f77ad',
      'v0.1.0',
      '0.1.1',
      'v1.2.3',
      'v1.2.4-0.20191109021931-daa7c04131f5', // after v1.2.3, before v1.2.4
      'v1.2.4-pre',
      'v1.2.4-pre.0.20191109021931-daa7c04131f5', // after v1.2.4-pre
      'v1.2.4',
      '1.20.1',
      'v2.0.0',
      'v2.0.1+incompatible',
    ]);
    checkEqual(cmp, [
      ['v2.0.0+incompatible', 'v2.0.0'],
      ['1.2.3', 'v1.2.3'],
    ]);
    expect(isPseudoVersion('v0.0.0-20191109021931-daa7c04131f5')).toBe(true);
    expect(isPseudoVersion('v1.2.4-0.20191109021931-daa7c04131f5')).toBe(true);
    expect(isPseudoVersion('v1.2.4-pre.0.20191109021931-daa7c04131f5')).toBe(true);
    expect(isPseudoVersion('v1.2.4-pre')).toBe(false);
  });

  it.each(['bad', 'v1-alpha.beta.gamma', 'v1-pre', 'v1+meta', 'v1-pre+meta', 'v1.2-pre', 'v1.2+meta', 'v1.2-pre+meta', '', 'v01.2.3'])(
    'throws for the invalid version %j',
    (v) => {
      expect(goValid(v)).toBe(false);
      expect(() => cmp(v, 'v1.0.0')).toThrow(/Invalid Go module version/);
    },
  );
});

describe('PyPI (PEP 440)', () => {
  const cmp = compareFor('PyPI');
  // packaging tests/test_version.py VERSIONS ("This list must be in the correct sorting order").
  const EPOCH0 = [
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0b2-346',
    '1.0c1.dev456',
    '1.0c1',
    '1.0rc2',
    '1.0c3',
    '1.0',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.1.dev1',
    '1.2+123abc',
    '1.2+123abc456',
    '1.2+abc',
    '1.2+abc123',
    '1.2+abc123def',
    '1.2+1234.abc',
    '1.2+123456',
    '1.2.r32+123456',
    '1.2.rev33+123456',
  ];
  const VERSIONS = [...EPOCH0, ...EPOCH0.map((v) => `1!${v}`)];

  it('orders packaging’s VERSIONS list (every pair, and shuffled lists)', () => checkOrder(cmp, VERSIONS));

  it('orders PEP 440’s summary example', () => {
    checkOrder(cmp, [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
    ]);
  });

  it('normalises spellings as PEP 440 allows', () => {
    checkEqual(cmp, [
      ['1', '1.0.0'],
      ['1.0RC1', '1.0rc1'],
      ['v1.0', '1.0'],
      ['1.1a1', '1.1.a1'],
      ['1.1a1', '1.1-alpha-1'],
      ['1.1a1', '1.1_a_1'],
      ['1.0b', '1.0beta0'],
      ['1.0c1', '1.0pre1'],
      ['1.0rc1', '1.0preview1'],
      ['1.0-1', '1.0.post1'],
      ['1.0r', '1.0.rev0'],
      ['1.0.dev', '1.0-dev0'],
      ['1.0+ubuntu-1', '1.0+ubuntu.1'],
      ['0!1.0', '1.0'],
      ['01.002', '1.2'],
    ]);
    expect(pep440Normalize('1.0.0-ALPHA.1')).toBe('1.0.0a1');
    expect(pep440Normalize('1!2.0-r5.dev')).toBe('1!2.0.post5.dev0');
    expect(pep440Normalize('1.0+Ubuntu_1')).toBe('1.0+ubuntu.1');
  });

  it('orders the epoch first', () => {
    expect(cmp('1!1.0', '2.0')).toBeGreaterThan(0);
    expect(cmp('2013.10', '1!1.0')).toBeLessThan(0);
  });

  it.each(['', 'lolwat', '1.0+', '1.0+a+b', '1..0', '1.0-', 'french toast', '1.0.post1.post2', '1.0 beta'])(
    'throws for the invalid version %j',
    (v) => {
      expect(() => cmp(v, '1.0')).toThrow(/Invalid PEP 440 version/);
    },
  );
});

describe('RubyGems', () => {
  const cmp = compareFor('RubyGems');

  it('follows test_gem_version.rb test_spaceship and test_semver', () => {
    const cases: Array<[string, string, number]> = [
      ['1.0', '1.0.0', 0],
      ['1.0', '1.0.a', 1],
      ['1.8.2', '0.0.0', 1],
      ['1.8.2', '1.8.2.a', 1],
      ['1.8.2.b', '1.8.2.a', 1],
      ['1.8.2.a', '1.8.2', -1],
      ['1.8.2.a10', '1.8.2.a9', 1],
      ['', '0', 0],
      ['0.beta.1', '0.0.beta.1', 0],
      ['0.0.beta', '0.0.beta.1', -1],
      ['0.0.beta', '0.beta.1', -1],
      ['5.a', '5.0.0.rc2', -1],
      ['5.x', '5.0.0.rc2', 1],
      ['1.0.0-alpha', '1.0.0-alpha.1', -1],
      ['1.0.0-alpha.1', '1.0.0-beta.2', -1],
      ['1.0.0-beta.2', '1.0.0-beta.11', -1],
      ['1.0.0-beta.11', '1.0.0-rc.1', -1],
      ['1.0.0-rc1', '1.0.0', -1],
      ['1.0.0-1', '1', -1],
      ['1.2.b1', '1.2.b.1', 0],
      ['1.2', '1.3', -1],
      ['1.0', ' 1.0 ', 0],
      ['1.0', '\n1.0\n', 0],
    ];
    for (const [a, b, want] of cases) {
      expect([a, b, Math.sign(cmp(a, b))]).toEqual([a, b, want]);
      expect([b, a, Math.sign(cmp(b, a))]).toEqual([b, a, -want || 0]);
    }
  });

  it('orders a release line with pre-releases (every pair, and shuffled lists)', () => {
    checkOrder(cmp, [
      '0.0.1',
      '0.9',
      '1.0.0.a',
      '1.0.0.a1',
      '1.0.0.a2',
      '1.0.0.a10',
      '1.0.0.alpha',
      '1.0.0.b',
      '1.0.0.beta.2',
      '1.0.0.pre',
      '1.0.0.rc1',
      '1.0.0.rc2',
      '1.0.0',
      '1.0.0.1',
      '1.0.1',
      '1.1',
      '1.1.1',
      '1.9.3.alpha.5',
      '1.9.3',
      '1.10',
      '2.0.0-rc1',
      '2.0.0',
      '2.0.0.1',
      '5.2.4',
      '5.3',
      '10.0',
      '12345678901234567890.0',
    ]);
  });

  it('computes canonical segments and pre-release status like Gem::Version', () => {
    expect(canonicalSegments('1.0.0')).toEqual([{ num: '1' }]);
    expect(canonicalSegments('1.0.0.a.1.0')).toEqual([{ num: '1' }, 'a', { num: '1' }]);
    expect(canonicalSegments('1.2.3-1')).toEqual([{ num: '1' }, { num: '2' }, { num: '3' }, 'pre', { num: '1' }]);
    for (const v of ['1.2.0.a', '2.9.b', '22.1.50.0.d', '1.2.d.42', '1.A', '1-1', '1-a']) expect(isPrerelease(v)).toBe(true);
    for (const v of ['1.2.0', '2.9', '22.1.50.0']) expect(isPrerelease(v)).toBe(false);
  });

  it.each(['junk', '1.0\n2.0', '1..2', '1.2 3.4', '2.3422222.222.222222222.22222.ads0as.dasd0.ddd2222.2.qd3e.', 'v1.0', '1.0_1'])(
    'throws for the invalid version %j (test_initialize_invalid)',
    (v) => {
      expect(() => cmp(v, '1.0')).toThrow(/Invalid RubyGems version/);
    },
  );
});

describe('Packagist (Composer)', () => {
  const cmp = compareFor('Packagist');

  it.each([
    // composer/semver VersionParserTest::successfulNormalizedVersions
    ['1.0.0', '1.0.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['1.0.0RC1dev', '1.0.0.0-RC1-dev'],
    ['1.0.0-rC15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0.RC.15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0-rc1', '1.0.0.0-RC1'],
    ['1.0.0.pl3-dev', '1.0.0.0-patch3-dev'],
    ['1.0-dev', '1.0.0.0-dev'],
    ['0', '0.0.0.0'],
    ['10.4.13-beta', '10.4.13.0-beta'],
    ['10.4.13beta2', '10.4.13.0-beta2'],
    ['10.4.13beta.2', '10.4.13.0-beta2'],
    ['v1.13.11-beta.0', '1.13.11.0-beta0'],
    ['10.4.13-b', '10.4.13.0-beta'],
    ['10.4.13-b5', '10.4.13.0-beta5'],
    ['v1.0.0', '1.0.0.0'],
    ['2010.01', '2010.01.0.0'],
    ['2010.01.02', '2010.01.02.0'],
    ['20230131.0.0', '20230131.0.0'],
    ['v20100102', '20100102'],
    ['2010-01-02', '2010.01.02'],
    ['20100102-203040', '20100102.203040'],
    ['20100102-203040-p1', '20100102.203040-patch1'],
    ['201903.0-p2', '201903.0-patch2'],
    ['dev-master', 'dev-master'],
    ['master', 'dev-master'],
    ['1.x-dev', '1.9999999.9999999.9999999-dev'],
    ['20100102.x-dev', '20100102.9999999.9999999.9999999-dev'],
    ['dev-feature-foo', 'dev-feature-foo'],
    ['DEV-FOOBAR', 'dev-FOOBAR'],
    ['dev-master as 1.0.0', 'dev-master'],
    ['1.0.0+foo@dev', '1.0.0.0'],
    ['1.0.0-beta.5+foo', '1.0.0.0-beta5'],
    ['1.0.0-alpha.3.1+foo', '1.0.0.0-alpha3.1'],
    ['1.0.0-alpha-2.1-3+foo', '1.0.0.0-alpha2.1-3'],
    ['00.01.03.04', '00.01.03.04'],
    ['0700', '0700.0.0.0'],
    [' 1.0.0', '1.0.0.0'],
  ])('normalize(%j) = %j', (input, expected) => {
    expect(composerNormalize(input)).toBe(expected);
  });

  it('orders by version_compare after normalisation (every pair, and shuffled lists)', () => {
    checkOrder(cmp, [
      'dev-master', // a branch sorts below every numbered version
      '0.1',
      '0.9.9',
      '1.0.0-dev',
      '1.0.0-alpha',
      '1.0.0-alpha1',
      '1.0.0-a2',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-b3',
      '1.0.0-RC1',
      '1.0.0-rc2',
      '1.0.0',
      '1.0.0-p1',
      '1.0.0-pl2',
      '1.0.0-patch3',
      '1.0.1',
      '1.0.10',
      '1.1-beta',
      '1.1',
      '1.1.1',
      'v1.2.0',
      '1.2.0.1',
      '1.10.0',
      '2.0.0-alpha',
      '2.0.0',
      '10.0.0',
      '2010.01.02',
    ]);
    checkEqual(cmp, [
      ['1.0', '1.0.0'],
      ['v1.0.0', '1.0.0.0'],
      ['1.0.0-RC1', '1.0.0rc1'],
      ['1.0.0-b1', '1.0.0-beta.1'],
      ['1.0.0-p1', '1.0.0-pl1'],
      ['1.0.0+build', '1.0.0'],
    ]);
  });

  it('implements PHP version_compare on raw strings', () => {
    // php.net: "5.2" < "5.2.0" without normalisation, and the special-form order.
    expect(phpVersionCompare('5.2', '5.2.0')).toBe(-1);
    expect(phpVersionCompare('1.0-dev', '1.0alpha')).toBe(-1);
    expect(phpVersionCompare('1.0a', '1.0b')).toBe(-1);
    expect(phpVersionCompare('1.0RC1', '1.0')).toBe(-1);
    expect(phpVersionCompare('1.0', '1.0pl1')).toBe(-1);
    expect(phpVersionCompare('1.0.0', '1.0.0')).toBe(0);
  });

  it.each([
    '',
    'a',
    '1.0.0-meh',
    '1.0.0.0.0',
    'feature-foo',
    '1.0.0+foo bar',
    '1.0.1-SNAPSHOT',
    '1.0 .2',
    '~1',
    '^1',
    '1.*',
    '20100102.0.3.4',
  ])('throws for the invalid version %j (failingNormalizedVersions)', (v) => {
    expect(() => cmp(v, '1.0.0')).toThrow(/Invalid Composer version/);
  });
});

describe('Maven (ComparableVersion)', () => {
  // Every case of apache/maven's compat/maven-artifact ComparableVersionTest (master). Java's
  // newComparable() also checks that the canonical form re-parses to itself; checkVersionsEqual() also
  // checks structural equality (equals/hashCode), checked here through equal canonical forms.
  const cmp = compareFor('Maven');
  const roundTrips = (v: string): void => {
    const c = mavenCanonical(v);
    // `0` canonicalizes to "", which Java re-parses to "" but we reject as a version
    if (c !== '' && mavenCanonical(c) !== c) throw new Error(`canonical(${v}) = ${c} does not round-trip`);
  };
  const expectOrder = (pairs: ReadonlyArray<readonly [string, string]>): void => {
    for (const [a, b] of pairs) {
      roundTrips(a);
      roundTrips(b);
      if (!(cmp(a, b) < 0 && cmp(b, a) > 0)) throw new Error(`expected ${a} < ${b}`);
    }
  };
  /** checkVersionsEqual: same order both ways, and the same parsed structure (canonical form). */
  const expectEqual = (pairs: ReadonlyArray<readonly [string, string]>): void => {
    checkEqual(cmp, pairs);
    for (const [a, b] of pairs) {
      roundTrips(a);
      roundTrips(b);
      if (mavenCanonical(a) !== mavenCanonical(b)) throw new Error(`expected ${a} and ${b} to parse alike`);
    }
  };

  const VERSIONS_QUALIFIER = [
    '1-alpha2snapshot',
    '1-alpha2',
    '1-alpha-123',
    '1-beta-2',
    '1-beta123',
    '1-m2',
    '1-m11',
    '1-rc',
    '1-cr2',
    '1-rc123',
    '1-SNAPSHOT',
    '1',
    '1-sp',
    '1-sp2',
    '1-sp123',
    '1-abc',
    '1-def',
    '1-pom-1',
    '1-1-snapshot',
    '1-1',
    '1-2',
    '1-123',
  ];
  const VERSIONS_NUMBER = [
    '2.0',
    '2.0.a',
    '2-1',
    '2.0.2',
    '2.0.123',
    '2.1.0',
    '2.1-a',
    '2.1b',
    '2.1-c',
    '2.1-1',
    '2.1.0.1',
    '2.2',
    '2.123',
    '11.a2',
    '11.a11',
    '11.b2',
    '11.b11',
    '11.m2',
    '11.m11',
    '11',
    '11.a',
    '11b',
    '11c',
    '11m',
  ];

  it('orders VERSIONS_QUALIFIER (testVersionsQualifier: every pair, and shuffled lists)', () => {
    VERSIONS_QUALIFIER.forEach(roundTrips);
    checkOrder(cmp, VERSIONS_QUALIFIER);
  });
  it('orders VERSIONS_NUMBER (testVersionsNumber: every pair, and shuffled lists)', () => {
    VERSIONS_NUMBER.forEach(roundTrips);
    checkOrder(cmp, VERSIONS_NUMBER);
  });

  it('follows testVersionsEqual', () => {
    roundTrips('1.0-alpha');
    expectEqual([
      ['1', '1'],
      ['1', '1.0'],
      ['1', '1.0.0'],
      ['1.0', '1.0.0'],
      ['1', '1-0'],
      ['1', '1.0-0'],
      ['1.0', '1.0-0'],
      // no separator between number and character
      ['1a', '1-a'],
      ['1a', '1.0-a'],
      ['1a', '1.0.0-a'],
      ['1.0a', '1-a'],
      ['1.0.0a', '1-a'],
      ['1x', '1-x'],
      ['1x', '1.0-x'],
      ['1x', '1.0.0-x'],
      ['1.0x', '1-x'],
      ['1.0.0x', '1-x'],
      ['1cr', '1rc'],
      // special "aliases" a, b and m for alpha, beta and milestone
      ['1a1', '1-alpha-1'],
      ['1b2', '1-beta-2'],
      ['1m3', '1-milestone-3'],
      // case insensitive
      ['1X', '1x'],
      ['1A', '1a'],
      ['1B', '1b'],
      ['1M', '1m'],
      ['1Cr', '1Rc'],
      ['1cR', '1rC'],
      ['1m3', '1Milestone3'],
      ['1m3', '1MileStone3'],
      ['1m3', '1MILESTONE3'],
    ]);
  });

  it('follows testVersionsHaveSameOrderButAreNotEqual (ga, final, release)', () => {
    const pairs: Array<[string, string]> = [
      ['1ga', '1'],
      ['1release', '1'],
      ['1final', '1'],
      ['1Ga', '1'],
      ['1GA', '1'],
      ['1RELEASE', '1'],
      ['1release', '1'],
      ['1RELeaSE', '1'],
      ['1Final', '1'],
      ['1FinaL', '1'],
      ['1FINAL', '1'],
    ];
    checkEqual(cmp, pairs);
    for (const [a, b] of pairs) expect(mavenCanonical(a)).not.toBe(mavenCanonical(b));
  });

  it('follows testVersionComparing', () => {
    expectOrder([
      ['1', '2'],
      ['1.5', '2'],
      ['1', '2.5'],
      ['1.0', '1.1'],
      ['1.1', '1.2'],
      ['1.0.0', '1.1'],
      ['1.0.1', '1.1'],
      ['1.1', '1.2.0'],
      ['1.0-alpha-1', '1.0'],
      ['1.0-alpha-1', '1.0-alpha-2'],
      ['1.0-alpha-1', '1.0-beta-1'],
      ['1.0-beta-1', '1.0-SNAPSHOT'],
      ['1.0-SNAPSHOT', '1.0'],
      ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
      ['1.0', '1.0-1'],
      ['1.0-1', '1.0-2'],
      ['1.0.0', '1.0-1'],
      ['2.0-1', '2.0.1'],
      ['2.0.1-klm', '2.0.1-lmn'],
      ['2.0.1', '2.0.1-xyz'],
      ['2.0.1', '2.0.1-123'],
      ['2.0.1-xyz', '2.0.1-123'],
    ]);
  });

  it('follows testLeadingZeroes', () => {
    expectOrder([
      ['0.7', '2'],
      ['0.2', '1.0.7'],
    ]);
  });

  it('ranks a digit above non-ASCII and non-BMP characters and non-ASCII digits (testDigitGreaterThan*, testNonAsciiDigits)', () => {
    expectOrder([
      ['é', '1'],
      ['\uD835\uDFE4', '1'], // MATHEMATICAL SANS-SERIF DIGIT TWO
      ['\u0668', '1'], // ARABIC-INDIC DIGIT EIGHT
      ['\u0668', '9'],
    ]);
  });

  it('follows testGetCanonical (MNG-7700)', () => {
    ['0.x', '0-x', '0.rc', '0-1'].forEach(roundTrips);
    expect(mavenCanonical('0.x')).toBe('x');
    expect(mavenCanonical('0.2')).toBe('0.2');
  });

  it('is case-insensitive (testLexicographicASCIISortOrder, testCompareLowerCaseToUpperCase*, testLocaleIndependent)', () => {
    checkEqual(cmp, [
      ['1.0.0-alpha1', '1.0.0-ALPHA1'],
      ['1.a', '1.A'],
      ['1.é', '1.É'],
    ]);
    expectEqual([['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ']]);
  });

  it('follows testCompareDigitToLetter and testLexicographicOrder', () => {
    expectOrder([
      ['J', '7'],
      ['c', '7'],
      ['aardvark', 'zebra'],
      ['zebra', 'ζέβρα'],
    ]);
  });

  it('follows testMng5568 (transitivity with 6.1H.5-beta)', () => {
    expectOrder([
      ['6.1.0rc3', '6.1.0'],
      ['6.1.0rc3', '6.1H.5-beta'],
      ['6.1.0', '6.1H.5-beta'],
    ]);
  });

  it('follows testMng6572 (int, long and big-integer items)', () => {
    const [a, b, c, d] = ['20190126.230843', '1234567890.12345', '123456789012345.1H.5-beta', '12345678901234567890.1H.5-beta'];
    expectOrder([
      [a, b],
      [b, c],
      [a, c],
      [c, d],
      [b, d],
      [a, d],
    ]);
  });

  it('follows testVersionEqualWithLeadingZeroes and testVersionZeroEqualWithLeadingZeroes', () => {
    for (const digit of ['1', '0']) {
      const arr = Array.from({ length: 19 }, (_, i) => '0'.repeat(18 - i) + digit);
      for (let i = 0; i < arr.length; i++) for (let j = i; j < arr.length; j++) expectEqual([[arr[i]!, arr[j]!]]);
    }
  });

  it('follows testMng6964 (qualifiers after -0.)', () => {
    expectOrder([
      ['1-0.alpha', '1'],
      ['1-0.beta', '1'],
      ['1-0.alpha', '1-0.beta'],
    ]);
  });

  it('follows testMng7644 (1.0.0.X1 < 1.0.0-X2; 2-X == 2.0.X == 2.0.0.X)', () => {
    for (const x of ['abc', 'alpha', 'a', 'beta', 'b', 'def', 'milestone', 'm', 'RC']) {
      expectOrder([[`1.0.0.${x}1`, `1.0.0-${x}2`]]);
      expectEqual([
        [`2-${x}`, `2.0.${x}`],
        [`2-${x}`, `2.0.0.${x}`],
        [`2.0.${x}`, `2.0.0.${x}`],
      ]);
    }
  });

  it('follows testMng7714 (1.0.final-redhat < 1.0-sp1-redhat)', () => {
    expectOrder([
      ['1.0.final-redhat', '1.0-sp1-redhat'],
      ['1.0.final-redhat', '1.0-sp-1-redhat'],
      ['1.0.final-redhat', '1.0-sp.1-redhat'],
    ]);
  });

  // Beyond ComparableVersionTest: cases from ComparableVersion's own comments.
  it('orders a release-qualifier combination by its number (1-ga1 > 1, 1-ga1 < 1-ga2) and compares big numbers', () => {
    expectOrder([
      ['1', '1-ga1'],
      ['1-ga1', '1-ga2'],
      ['1-rc1', '1'],
      ['1.0', '12345678901234567890123'],
    ]);
    expectEqual([['1-ga0', '1-ga-0']]);
    expect(cmp('1-ga0', '1')).toBe(0);
  });

  it('gives ComparableVersion canonical forms', () => {
    expect(mavenCanonical('1.0.0')).toBe('1');
    expect(mavenCanonical('1-alpha2snapshot')).toBe('1-alpha2-snapshot');
    expect(mavenCanonical('1.0-alpha-1')).toBe('1-alpha1');
    expect(mavenCanonical('2.0.1-SNAPSHOT')).toBe('2.0.1-snapshot');
    expect(mavenCanonical('1.0-GA')).toBe('1-ga');
    expect(mavenCanonical('1.0.0.RC1')).toBe('1-rc1');
    expect(mavenCanonical('1.0.final-redhat')).toBe('1.final-redhat');
  });

  it.each(['', '   ', '1.0 beta', '1.0\t', `1.${'0'.repeat(255)}`])('throws for the invalid version %j', (v) => {
    expect(() => cmp(v, '1.0')).toThrow(/Invalid Maven version/);
  });
});

describe('compareFor', () => {
  it.each<Ecosystem>(['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven'])('has a comparator for %s', (eco) => {
    expect(compareFor(eco)('1.0.0', '1.0.1')).toBeLessThan(0);
  });

  it('throws for an unknown ecosystem', () => {
    expect(() => compareFor('NuGet' as Ecosystem)).toThrow(/No version comparator/);
  });
});
