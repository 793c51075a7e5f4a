// The OSV matcher against every rule of the reference pseudocode (shared/reference/osv.md) and
// records shaped as OSV publishes them (GHSA-35jh-r3h4-6jhm lodash, PYSEC, RUSTSEC, GO).

import { describe, expect, it } from '@jest/globals';
import { affects, includedInRange, normalizePypiName } from '../src/osv/match.js';
import { compareFor } from '../src/versions/index.js';
import type { Ecosystem, OsvAffected, OsvEvent, OsvRecord, Package } from '../src/types.js';

function pkg(ecosystem: Ecosystem, name: string, version: string): Package {
  return { ecosystem, name, version, purl: '', lockfile: 'lock', source: 'registry' };
}
function rec(affected: OsvAffected[], extra: Partial<OsvRecord> = {}): OsvRecord {
  return { id: 'TEST-1', affected, ...extra };
}
function semverRange(events: OsvEvent[], name = 'x'): OsvAffected {
  return { package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events }] };
}
const npm = compareFor('npm');
const check = (record: OsvRecord, p: Package): boolean => affects(record, p, compareFor(p.ecosystem)).affected;

describe('includedInRange', () => {
  const range = (events: OsvEvent[]) => ({ type: 'SEMVER' as const, events });

  it('introduced "0" means from the beginning; fixed is exclusive', () => {
    const r = range([{ introduced: '0' }, { fixed: '1.2.0' }]);
    expect(includedInRange(r, '0.0.1', npm)).toBe(true);
    expect(includedInRange(r, '1.1.9', npm)).toBe(true);
    expect(includedInRange(r, '1.2.0-rc.1', npm)).toBe(true);
    expect(includedInRange(r, '1.2.0', npm)).toBe(false);
    expect(includedInRange(r, '2.0.0', npm)).toBe(false);
  });

  it('introduced is inclusive', () => {
    const r = range([{ introduced: '1.0.0' }, { fixed: '1.2.0' }]);
    expect(includedInRange(r, '0.9.9', npm)).toBe(false);
    expect(includedInRange(r, '1.0.0', npm)).toBe(true);
  });

  it('last_affected is inclusive', () => {
    const r = range([{ introduced: '1.0.0' }, { last_affected: '1.4.2' }]);
    expect(includedInRange(r, '1.4.2', npm)).toBe(true);
    expect(includedInRange(r, '1.4.3', npm)).toBe(false);
    expect(includedInRange(r, '0.9.0', npm)).toBe(false);
  });

  it('an introduced without an end affects everything after it', () => {
    const r = range([{ introduced: '2.0.0' }]);
    expect(includedInRange(r, '1.9.9', npm)).toBe(false);
    expect(includedInRange(r, '99.0.0', npm)).toBe(true);
  });

  it('several introduced/fixed pairs are ORed', () => {
    const r = range([{ introduced: '1.0.0' }, { fixed: '1.0.5' }, { introduced: '2.0.0' }, { fixed: '2.0.3' }]);
    expect(includedInRange(r, '1.0.4', npm)).toBe(true);
    expect(includedInRange(r, '1.5.0', npm)).toBe(false);
    expect(includedInRange(r, '2.0.2', npm)).toBe(true);
    expect(includedInRange(r, '2.0.3', npm)).toBe(false);
  });

  it('sorts unsorted events first ("0" first)', () => {
    const r = range([{ fixed: '2.0.3' }, { introduced: '2.0.0' }, { fixed: '1.0.5' }, { introduced: '0' }]);
    expect(includedInRange(r, '0.5.0', npm)).toBe(true);
    expect(includedInRange(r, '1.5.0', npm)).toBe(false);
    expect(includedInRange(r, '2.0.1', npm)).toBe(true);
    expect(includedInRange(r, '3.0.0', npm)).toBe(false);
  });

  it('limit cuts the range: only versions below a limit can match', () => {
    const r = range([{ introduced: '0' }, { limit: '2.0.0' }]);
    expect(includedInRange(r, '1.9.9', npm)).toBe(true);
    expect(includedInRange(r, '2.0.0', npm)).toBe(false);
    expect(includedInRange(r, '3.0.0', npm)).toBe(false);
    expect(includedInRange(range([{ introduced: '0' }, { limit: '*' }]), '3.0.0', npm)).toBe(true);
    expect(includedInRange(range([{ introduced: '1.0.0' }, { fixed: '1.5.0' }, { limit: '1.2.0' }]), '1.3.0', npm)).toBe(false);
  });

  it('skips an event whose version does not parse, without failing', () => {
    const r = range([{ introduced: '0' }, { fixed: 'not-a-version' }, { fixed: '1.5.0' }]);
    expect(includedInRange(r, '1.4.0', npm)).toBe(true);
    expect(includedInRange(r, '1.5.0', npm)).toBe(false);
    expect(includedInRange(range([{ introduced: 'garbage' }, { fixed: '2.0.0' }]), '1.0.0', npm)).toBe(false);
  });
});

describe('affects', () => {
  it('a withdrawn record affects nothing', () => {
    const r = rec([semverRange([{ introduced: '0' }])], { withdrawn: '2024-01-01T00:00:00Z' });
    expect(affects(r, pkg('npm', 'x', '1.0.0'), npm)).toEqual({ affected: false, fixed: [] });
  });

  it('needs the same ecosystem and name', () => {
    const r = rec([semverRange([{ introduced: '0' }])]);
    expect(check(r, pkg('npm', 'x', '1.0.0'))).toBe(true);
    expect(check(r, pkg('npm', 'X', '1.0.0'))).toBe(false);
    expect(check(r, pkg('npm', 'y', '1.0.0'))).toBe(false);
    expect(check(r, pkg('crates.io', 'x', '1.0.0'))).toBe(false);
    expect(check({ id: 'X', affected: [{ ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }] }, pkg('npm', 'x', '1.0.0'))).toBe(
      false,
    );
  });

  it('ignores an ecosystem :release suffix', () => {
    const r = rec([{ package: { ecosystem: 'npm:whatever', name: 'x' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }]);
    expect(check(r, pkg('npm', 'x', '1.0.0'))).toBe(true);
  });

  it('normalises PyPI names (PEP 503)', () => {
    expect(normalizePypiName('Friendly-Bard')).toBe('friendly-bard');
    expect(normalizePypiName('FRIENDLY__bard')).toBe('friendly-bard');
    expect(normalizePypiName('friendly.-_bard')).toBe('friendly-bard');
    const r = rec([
      {
        package: { ecosystem: 'PyPI', name: 'Jinja2' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.11.3' }] }],
      },
    ]);
    expect(check(r, pkg('PyPI', 'jinja2', '2.10'))).toBe(true);
    const z = rec([{ package: { ecosystem: 'PyPI', name: 'zope.interface' }, versions: ['5.0'] }]);
    expect(check(z, pkg('PyPI', 'Zope_Interface', '5.0'))).toBe(true);
    // npm names are not normalised
    expect(check(rec([semverRange([{ introduced: '0' }], 'a_b')]), pkg('npm', 'a-b', '1.0.0'))).toBe(false);
  });

  it('matches the versions list as exact strings', () => {
    const r = rec([{ package: { ecosystem: 'npm', name: 'x' }, versions: ['1.0.0-beta1', '1.0.1'] }]);
    expect(check(r, pkg('npm', 'x', '1.0.0-beta1'))).toBe(true);
    expect(check(r, pkg('npm', 'x', '1.0.1'))).toBe(true);
    expect(check(r, pkg('npm', 'x', '1.0.0'))).toBe(false);
    const py = rec([{ package: { ecosystem: 'PyPI', name: 'x' }, versions: ['1.0'] }]);
    expect(check(py, pkg('PyPI', 'x', '1.0.0'))).toBe(false); // equal by PEP 440, but not the same string
  });

  it('an entry with neither ranges nor versions is skipped', () => {
    expect(check(rec([{ package: { ecosystem: 'npm', name: 'x' } }]), pkg('npm', 'x', '1.0.0'))).toBe(false);
    expect(check(rec([{ package: { ecosystem: 'npm', name: 'x' } }]), pkg('npm', 'x', ''))).toBe(false);
  });

  it('an empty package version counts as affected', () => {
    const r = rec([semverRange([{ introduced: '1.0.0' }, { fixed: '1.2.0' }])]);
    expect(affects(r, pkg('npm', 'x', ''), npm)).toEqual({ affected: true, fixed: ['1.2.0'] });
  });

  it('a package version that does not parse matches no range (only the exact list)', () => {
    const r = rec([{ ...semverRange([{ introduced: '0' }]), versions: ['weird'] }]);
    expect(check(r, pkg('npm', 'x', 'latest'))).toBe(false);
    expect(check(r, pkg('npm', 'x', 'weird'))).toBe(true);
  });

  it('skips GIT ranges instead of giving up on the entry (the scalibr pitfall)', () => {
    const r = rec([
      {
        package: { ecosystem: 'crates.io', name: 'x' },
        ranges: [
          {
            type: 'GIT',
            repo: 'https://github.com/x/x',
            events: [{ introduced: '0' }, { fixed: '6879efc2c1596d11a6a6ad296f80063b558d5e0f' }],
          },
          { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.3.1' }] },
        ],
      },
    ]);
    expect(affects(r, pkg('crates.io', 'x', '0.3.0'), compareFor('crates.io'))).toEqual({ affected: true, fixed: ['0.3.1'] });
    expect(check(r, pkg('crates.io', 'x', '0.3.1'))).toBe(false);
    // A GIT range alone never matches a version.
    const gitOnly = rec([
      { package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'GIT', repo: 'r', events: [{ introduced: '0' }] }] },
    ]);
    expect(check(gitOnly, pkg('npm', 'x', '1.0.0'))).toBe(false);
  });

  it('ORs several affected entries and lists every applicable fixed version, ascending and unique', () => {
    const r = rec([
      semverRange([{ introduced: '2.0.0' }, { fixed: '2.3.1' }]),
      semverRange([
        { introduced: '0' },
        { fixed: '1.9.4' },
        { introduced: '2.0.0' },
        { fixed: '2.3.1' },
        { introduced: '3.0.0' },
        { fixed: '3.0.2' },
      ]),
      semverRange([{ introduced: '0' }, { fixed: '9.9.9' }], 'other'),
    ]);
    expect(affects(r, pkg('npm', 'x', '1.0.0'), npm)).toEqual({ affected: true, fixed: ['1.9.4', '2.3.1', '3.0.2'] });
    expect(affects(r, pkg('npm', 'x', '2.1.0'), npm)).toEqual({ affected: true, fixed: ['2.3.1', '3.0.2'] });
    expect(affects(r, pkg('npm', 'x', '2.5.0'), npm)).toEqual({ affected: false, fixed: [] });
  });

  it('uses the ecosystem comparator for SEMVER and ECOSYSTEM ranges', () => {
    const r = rec([
      { package: { ecosystem: 'Maven', name: 'g:a' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.1' }] }] },
    ]);
    expect(check(r, pkg('Maven', 'g:a', '2.0.1-SNAPSHOT'))).toBe(true);
    expect(check(r, pkg('Maven', 'g:a', '2.0.1.Final'))).toBe(false);
    const rb = rec([
      {
        package: { ecosystem: 'RubyGems', name: 'rack' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.2.6.3' }] }],
      },
    ]);
    expect(check(rb, pkg('RubyGems', 'rack', '2.2.6.3.rc1'))).toBe(true);
    expect(check(rb, pkg('RubyGems', 'rack', '2.2.10'))).toBe(false);
    const php = rec([
      {
        package: { ecosystem: 'Packagist', name: 'symfony/http-kernel' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '5.0.0' }, { fixed: '5.4.20' }] }],
      },
    ]);
    expect(check(php, pkg('Packagist', 'symfony/http-kernel', 'v5.4.19'))).toBe(true);
    expect(check(php, pkg('Packagist', 'symfony/http-kernel', 'v5.4.20'))).toBe(false);
  });
});

describe('real-shaped records', () => {
  it('GHSA-35jh-r3h4-6jhm (lodash command injection)', () => {
    const record: OsvRecord = {
      id: 'GHSA-35jh-r3h4-6jhm',
      summary: 'Command Injection in lodash',
      aliases: ['CVE-2021-23337'],
      modified: '2024-02-16T08:09:25.553Z',
      published: '2021-05-06T16:05:51Z',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash', purl: 'pkg:npm/lodash' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
          database_specific: {
            source:
              'https://github.com/github/advisory-database/blob/main/advisories/github-reviewed/2021/05/GHSA-35jh-r3h4-6jhm/GHSA-35jh-r3h4-6jhm.json',
          },
        },
        {
          package: { ecosystem: 'npm', name: 'lodash-es', purl: 'pkg:npm/lodash-es' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
        },
      ],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }],
      database_specific: { severity: 'HIGH', cwe_ids: ['CWE-77', 'CWE-94'], github_reviewed: true },
    };
    expect(affects(record, pkg('npm', 'lodash', '4.17.20'), npm)).toEqual({ affected: true, fixed: ['4.17.21'] });
    expect(affects(record, pkg('npm', 'lodash', '4.17.21'), npm).affected).toBe(false);
    expect(affects(record, pkg('npm', 'lodash-es', '4.17.15'), npm).affected).toBe(true);
    expect(affects(record, pkg('npm', 'lodash.template', '4.5.0'), npm).affected).toBe(false);
  });

  it('PYSEC-2021-66 (jinja2 ReDoS), with an explicit versions list and a GIT range', () => {
    const record: OsvRecord = {
      id: 'PYSEC-2021-66',
      aliases: ['CVE-2020-28493', 'GHSA-g3rq-g295-4j3m'],
      affected: [
        {
          package: { name: 'jinja2', ecosystem: 'PyPI', purl: 'pkg:pypi/jinja2' },
          ranges: [
            {
              type: 'GIT',
              repo: 'https://github.com/pallets/jinja',
              events: [{ introduced: '0' }, { fixed: '15ef8f09b659f9100610583938005a7a10472d4d' }],
            },
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.11.3' }] },
          ],
          versions: ['2.0', '2.0rc1', '2.1', '2.10', '2.10.1', '2.10.2', '2.10.3', '2.11.0', '2.11.1', '2.11.2', '2.9.6'],
        },
      ],
    };
    const py = compareFor('PyPI');
    expect(affects(record, pkg('PyPI', 'Jinja2', '2.11.2'), py)).toEqual({ affected: true, fixed: ['2.11.3'] });
    expect(affects(record, pkg('PyPI', 'jinja2', '2.11.3'), py).affected).toBe(false);
    expect(affects(record, pkg('PyPI', 'jinja2', '3.0.0a1'), py).affected).toBe(false);
    expect(affects(record, pkg('PyPI', 'jinja2', '2.11.3rc1'), py).affected).toBe(true); // pre-release of the fix
  });

  it('RUSTSEC-2021-0078 (hyper), two ranges in SEMVER form', () => {
    const record: OsvRecord = {
      id: 'RUSTSEC-2021-0078',
      aliases: ['CVE-2021-32715', 'GHSA-f3pg-qwvg-p99c'],
      affected: [
        {
          package: { name: 'hyper', ecosystem: 'crates.io', purl: 'pkg:cargo/hyper' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0.0.0-0' }, { fixed: '0.14.10' }] }],
          ecosystem_specific: { affects: { functions: [], os: [], arch: [] } },
          database_specific: {
            categories: ['format-injection'],
            cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N',
            informational: null,
          },
        },
      ],
    };
    const cargo = compareFor('crates.io');
    expect(affects(record, pkg('crates.io', 'hyper', '0.14.9'), cargo)).toEqual({ affected: true, fixed: ['0.14.10'] });
    expect(affects(record, pkg('crates.io', 'hyper', '0.14.10'), cargo).affected).toBe(false);
    expect(affects(record, pkg('crates.io', 'hyper', '1.0.0'), cargo).affected).toBe(false);
  });

  it('GO-2022-0969 (net/http), Go versions without v, pseudo-versions and several ranges', () => {
    const record: OsvRecord = {
      id: 'GO-2022-0969',
      aliases: ['CVE-2022-27664', 'GHSA-69cg-p879-7622'],
      affected: [
        {
          package: { name: 'stdlib', ecosystem: 'Go' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.18.6' }, { introduced: '1.19.0-0' }, { fixed: '1.19.1' }] }],
        },
        {
          package: { name: 'golang.org/x/net', ecosystem: 'Go' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.0.0-20220906165146-f3363e06e74c' }] }],
        },
      ],
    };
    const go = compareFor('Go');
    expect(affects(record, pkg('Go', 'stdlib', 'v1.18.5'), go)).toEqual({ affected: true, fixed: ['1.18.6', '1.19.1'] });
    expect(affects(record, pkg('Go', 'stdlib', 'v1.18.6'), go).affected).toBe(false);
    expect(affects(record, pkg('Go', 'stdlib', 'v1.19.0'), go)).toEqual({ affected: true, fixed: ['1.19.1'] });
    expect(affects(record, pkg('Go', 'golang.org/x/net', 'v0.0.0-20220826154423-83b083e8dc8b'), go).affected).toBe(true);
    expect(affects(record, pkg('Go', 'golang.org/x/net', 'v0.0.0-20220906165146-f3363e06e74c'), go).affected).toBe(false);
    expect(affects(record, pkg('Go', 'golang.org/x/net', 'v0.1.0'), go).affected).toBe(false);
  });
});
