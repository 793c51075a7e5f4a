// One VersionCompare per OSV ecosystem: npm and crates.io follow SemVer 2.0.0, Go follows
// golang.org/x/mod/semver, PyPI PEP 440, RubyGems Gem::Version, Packagist Composer + version_compare,
// Maven ComparableVersion.

import type { Ecosystem, VersionCompare } from '../types.js';
import { compare as composer } from './composer.js';
import { compare as go } from './go.js';
import { compare as maven } from './maven.js';
import { compare as pep440 } from './pep440.js';
import { compare as rubygems } from './rubygems.js';
import { compare as semver } from './semver.js';

const COMPARATORS: Record<Ecosystem, VersionCompare> = {
  npm: semver,
  'crates.io': semver,
  Go: go,
  PyPI: pep440,
  RubyGems: rubygems,
  Packagist: composer,
  Maven: maven,
};

export function compareFor(ecosystem: Ecosystem): VersionCompare {
  const cmp = COMPARATORS[ecosystem];
  if (!cmp) throw new Error(`No version comparator for ecosystem "${String(ecosystem)}"`);
  return cmp;
}

export { composer as compareComposer, go as compareGo, maven as compareMaven, pep440 as comparePep440 };
export { rubygems as compareRubyGems, semver as compareSemver };
