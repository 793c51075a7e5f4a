"use strict";
exports.id = 884;
exports.ids = [884];
exports.modules = {

/***/ 7884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var baseEcosystem = (function baseEcosystem(ecosystem) {
    const i = ecosystem.indexOf(':');
    return i < 0 ? ecosystem : ecosystem.slice(0, i);
});
var packageMatches = (function packageMatches(affected, pkg) {
    const p = affected.package;
    if (!p)
        return false;
    if (baseEcosystem(p.ecosystem) !== pkg.ecosystem)
        return false;
    if (pkg.ecosystem === 'PyPI')
        return (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePypiName */ .T)(p.name) === (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePypiName */ .T)(pkg.name);
    return p.name === pkg.name;
});
var tryCompare = (function tryCompare(compare, a, b) {
    try {
        return compare(a, b);
    }
    catch {
        return undefined;
    }
});
var eventVersion = (function eventVersion(e) {
    return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
});
var sortedEvents = (function sortedEvents(events, compare) {
    const usable = events.filter((e) => {
        const v = eventVersion(e);
        if (v === undefined)
            return false;
        if ((e.introduced !== undefined && v === '0') || (e.limit !== undefined && v === '*'))
            return true;
        return tryCompare(compare, v, v) !== undefined;
    });
    const rank = (e) => (e.introduced === '0' ? -1 : e.limit === '*' ? 1 : 0);
    return usable
        .map((e, i) => ({ e, i }))
        .sort((x, y) => {
        const rx = rank(x.e);
        const ry = rank(y.e);
        if (rx !== 0 || ry !== 0)
            return rx - ry || x.i - y.i;
        return compare(eventVersion(x.e), eventVersion(y.e)) || x.i - y.i;
    })
        .map(({ e }) => e);
});
var includedInRange = (function includedInRange(range, version, compare) {
    const events = sortedEvents(range.events ?? [], compare);
    const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit);
    if (limits.length > 0 && !limits.some((l) => l === '*' || compare(version, l) < 0))
        return false;
    let vulnerable = false;
    for (const e of events) {
        if (e.introduced !== undefined && (e.introduced === '0' || compare(version, e.introduced) >= 0))
            vulnerable = true;
        else if (e.fixed !== undefined && compare(version, e.fixed) >= 0)
            vulnerable = false;
        else if (e.last_affected !== undefined && compare(version, e.last_affected) > 0)
            vulnerable = false;
    }
    return vulnerable;
});
var entryAffects = (function entryAffects(a, version, compare) {
    const ranges = a.ranges ?? [];
    const versions = a.versions ?? [];
    if (ranges.length === 0 && versions.length === 0)
        return false;
    if (versions.includes(version))
        return true;
    // An unparsable package version cannot be placed in a range (only the exact list can match it).
    const parsable = version !== '' && tryCompare(compare, version, version) !== undefined;
    if (parsable) {
        for (const r of ranges) {
            if (r.type === 'GIT')
                continue; // needs the commit graph: skipped, not a reason to stop
            if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM')
                continue;
            if (includedInRange(r, version, compare))
                return true;
        }
    }
    return version === ''; // scalibr: an unknown version counts as affected
});
var affects = (function affects(record, pkg, compare) {
    if (record.withdrawn)
        return { affected: false, fixed: [] };
    const matching = (record.affected ?? []).filter((a) => packageMatches(a, pkg));
    const affected = matching.some((a) => entryAffects(a, pkg.version, compare));
    if (!affected)
        return { affected: false, fixed: [] };
    const fixed = [];
    for (const a of matching) {
        for (const r of a.ranges ?? []) {
            if (r.type === 'GIT')
                continue;
            for (const e of r.events ?? []) {
                if (e.fixed === undefined || tryCompare(compare, e.fixed, e.fixed) === undefined)
                    continue;
                const above = pkg.version === '' ? 1 : (tryCompare(compare, e.fixed, pkg.version) ?? 1);
                if (above > 0)
                    fixed.push(e.fixed);
            }
        }
    }
    fixed.sort(compare);
    const unique = fixed.filter((v, i) => i === 0 || compare(fixed[i - 1], v) !== 0);
    return { affected: true, fixed: unique };
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   affects: () => (/* binding */ affects),
/* harmony export */   includedInRange: () => (/* binding */ includedInRange),
/* harmony export */   normalizePypiName: () => (/* reexport safe */ _package_names_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   packageMatches: () => (/* binding */ packageMatches)
/* harmony export */ });
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2367);
// Does an OSV record affect a package at its version? This follows the OSV schema's evaluation
// pseudocode with the details of osv-scalibr's offline matcher (see shared/reference/osv.md):
// withdrawn records match nothing; an affected[] entry applies when its ecosystem (less any
// `:release` suffix) and name match, PyPI names compared after PEP 503 normalisation; the `versions`
// list is matched as exact strings; SEMVER and ECOSYSTEM ranges are evaluated with the ecosystem's
// comparator (introduced "0" = from the beginning, fixed exclusive, last_affected inclusive, limit as
// an upper cut, events sorted first); GIT ranges are skipped (they need the commit graph) rather than
// ending the search; an empty package version counts as affected; affected[] entries and ranges are ORed.


/** The ecosystem an OSV `affected[].package.ecosystem` names, without a `:release` suffix (`Debian:11`). */


/** Compare, or undefined when either side does not parse for this ecosystem. */


/**
 * Events in evaluation order: sorted by version, `introduced: "0"` first. An event whose version does
 * not parse with the ecosystem's comparator is dropped (only that event), as is an event without a
 * version; `limit: "*"` is kept (it means no limit).
 */

/**
 * includedInRange from the reference pseudocode, for a SEMVER or ECOSYSTEM range. `version` must
 * parse with `compare` (the caller checks).
 */





/***/ })

};
;