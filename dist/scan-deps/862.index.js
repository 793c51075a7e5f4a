"use strict";
exports.id = 862;
exports.ids = [862];
exports.modules = {

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var parseMetrics = (function parseMetrics(vector, body, allowed, mandatory) {
    const metrics = new Map();
    if (body === '')
        throw new CvssVectorError(`Invalid CVSS vector "${vector}": no metrics`);
    for (const part of body.split('/')) {
        const m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
        if (!m)
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": malformed metric "${part}"`);
        const [, key, value] = m;
        const values = allowed[key];
        if (!values)
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": unknown metric "${key}"`);
        if (!values.includes(value))
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": bad value "${value}" for ${key}`);
        if (metrics.has(key))
            throw new CvssVectorError(`Invalid CVSS vector "${vector}": metric ${key} given twice`);
        metrics.set(key, value);
    }
    const missing = mandatory.filter((k) => !metrics.has(k));
    if (missing.length > 0)
        throw new CvssVectorError(`Invalid CVSS vector "${vector}": missing ${missing.join(', ')}`);
    return metrics;
});
var roundup31 = (function roundup31(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
});
var cvss3Score = (function cvss3Score(vector) {
    const m = /^CVSS:3\.([01])\/(.*)$/.exec(vector.trim());
    if (!m)
        throw new CvssVectorError(`Invalid CVSS v3 vector "${vector}": expected prefix CVSS:3.0/ or CVSS:3.1/`);
    const metrics = parseMetrics(vector, m[2], V3_ALLOWED, V3_BASE);
    const roundup = m[1] === '1' ? roundup31 : roundup30;
    const g = (k) => metrics.get(k);
    const changed = g('S') === 'C';
    const av = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }[g('AV')];
    const ac = { L: 0.77, H: 0.44 }[g('AC')];
    const pr = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[g('PR')];
    const ui = { N: 0.85, R: 0.62 }[g('UI')];
    const cia = (k) => ({ H: 0.56, L: 0.22, N: 0 })[g(k)];
    const iss = 1 - (1 - cia('C')) * (1 - cia('I')) * (1 - cia('A'));
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    return changed ? roundup(Math.min(1.08 * (impact + exploitability), 10)) : roundup(Math.min(impact + exploitability, 10));
});
var levelOf = (function levelOf(score) {
    if (score === 0)
        return 'none';
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
});
var scoreOf = (function scoreOf(s) {
    try {
        if (s.type === 'CVSS_V4')
            return cvss4Score(s.score);
        if (s.type === 'CVSS_V3')
            return cvss3Score(s.score);
        if (s.type === 'CVSS_V2')
            return cvss2Score(s.score);
    }
    catch {
        return undefined;
    }
    return undefined;
});
var preference = (function preference(s) {
    if (s.type === 'CVSS_V4')
        return 0;
    if (s.type === 'CVSS_V3')
        return s.score.startsWith('CVSS:3.1/') ? 1 : 2;
    if (s.type === 'CVSS_V2')
        return 3;
    return 9;
});
var severityOf = (function severityOf(record, affected) {
    const own = affected?.severity ?? [];
    const candidates = (own.length > 0 ? own : (record.severity ?? [])).filter((s) => preference(s) < 9);
    for (const s of [...candidates].sort((a, b) => preference(a) - preference(b))) {
        const score = scoreOf(s);
        if (score !== undefined)
            return { level: levelOf(score), score, source: s.score };
    }
    for (const label of [databaseSeverity(record.database_specific), databaseSeverity(affected?.database_specific)]) {
        const level = label !== undefined ? GHSA_LEVELS[label.toUpperCase()] : undefined;
        if (level)
            return { level, source: `GHSA:${label.toUpperCase()}` };
    }
    return { level: 'unknown' };
});
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CvssVectorError: () => (/* binding */ CvssVectorError),
/* harmony export */   cvss2Score: () => (/* binding */ cvss2Score),
/* harmony export */   cvss3Score: () => (/* binding */ cvss3Score),
/* harmony export */   cvss4Score: () => (/* binding */ cvss4Score),
/* harmony export */   levelOf: () => (/* binding */ levelOf),
/* harmony export */   roundup31: () => (/* binding */ roundup31),
/* harmony export */   severityOf: () => (/* binding */ severityOf)
/* harmony export */ });
// CVSS base scores from vector strings, and the severity of an OSV record.
//
// - v3.0/v3.1: the base equations of the CVSS v3.1 specification (FIRST, \u00a77.1) with its Roundup
//   (Appendix A); v3.0 vectors use v3.0's own Roundup (ceiling to one decimal, as FIRST's v3.0
//   calculator computes it).
// - v4.0: the MacroVector method of the CVSS v4.0 specification (FIRST, \u00a78): equivalence classes
//   EQ1-EQ6, the MacroVector score lookup table, and the interpolation by severity distance to the
//   highest-severity vectors of the MacroVector, as FIRST's/Red Hat's reference calculator computes it,
//   rounded half up after an epsilon lift as that calculator does since its 2024 rounding fix.
//   Threat and Environmental metrics that are absent count as X (E:X -> A, CR/IR/AR:X -> H).
// - v2: the CVSS v2 base equation (FIRST, \u00a73.2.1).
/** Thrown for a vector string that is not a well-formed vector of its CVSS version. */
class CvssVectorError extends Error {
    name = 'CvssVectorError';
}
/** Splits `prefix/K:V/K:V...`, checking every metric is known, valued as allowed, and given once. */

const round1 = (x) => Math.round(x * 10) / 10;
// ---- CVSS v3.x ------------------------------------------------------------------------------------
const V3_ALLOWED = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: ['H', 'L', 'N'],
    I: ['H', 'L', 'N'],
    A: ['H', 'L', 'N'],
    E: ['X', 'H', 'F', 'P', 'U'],
    RL: ['X', 'U', 'W', 'T', 'O'],
    RC: ['X', 'C', 'R', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'R'],
    MS: ['X', 'U', 'C'],
    MC: ['X', 'N', 'L', 'H'],
    MI: ['X', 'N', 'L', 'H'],
    MA: ['X', 'N', 'L', 'H'],
};
const V3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];
/** CVSS v3.1 Appendix A Roundup: the smallest one-decimal number >= x, free of float artefacts. */

/** v3.0's Roundup as FIRST's v3.0 calculator implements it. */
function roundup30(x) {
    return Math.ceil(x * 10) / 10;
}
/** Base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector. Throws CvssVectorError for a bad vector. */

// ---- CVSS v2 --------------------------------------------------------------------------------------
const V2_ALLOWED = {
    AV: ['L', 'A', 'N'],
    AC: ['H', 'M', 'L'],
    Au: ['M', 'S', 'N'],
    C: ['N', 'P', 'C'],
    I: ['N', 'P', 'C'],
    A: ['N', 'P', 'C'],
    E: ['U', 'POC', 'F', 'H', 'ND'],
    RL: ['OF', 'TF', 'W', 'U', 'ND'],
    RC: ['UC', 'UR', 'C', 'ND'],
    CDP: ['N', 'L', 'LM', 'MH', 'H', 'ND'],
    TD: ['N', 'L', 'M', 'H', 'ND'],
    CR: ['L', 'M', 'H', 'ND'],
    IR: ['L', 'M', 'H', 'ND'],
    AR: ['L', 'M', 'H', 'ND'],
};
/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally `(...)` or `CVSS:2.0/`). */
function cvss2Score(vector) {
    const body = vector
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .replace(/^CVSS:2\.0\//, '');
    const metrics = parseMetrics(vector, body, V2_ALLOWED, ['AV', 'AC', 'Au', 'C', 'I', 'A']);
    const g = (k) => metrics.get(k);
    const av = { L: 0.395, A: 0.646, N: 1.0 }[g('AV')];
    const ac = { H: 0.35, M: 0.61, L: 0.71 }[g('AC')];
    const au = { M: 0.45, S: 0.56, N: 0.704 }[g('Au')];
    const cia = (k) => ({ N: 0, P: 0.275, C: 0.66 })[g(k)];
    const impact = 10.41 * (1 - (1 - cia('C')) * (1 - cia('I')) * (1 - cia('A')));
    const exploitability = 20 * av * ac * au;
    const f = impact === 0 ? 0 : 1.176;
    return round1((0.6 * impact + 0.4 * exploitability - 1.5) * f);
}
// ---- CVSS v4.0 ------------------------------------------------------------------------------------
const V4_ALLOWED = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: ['H', 'L', 'N'],
    VI: ['H', 'L', 'N'],
    VA: ['H', 'L', 'N'],
    SC: ['H', 'L', 'N'],
    SI: ['H', 'L', 'N'],
    SA: ['H', 'L', 'N'],
    E: ['X', 'A', 'P', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MAT: ['X', 'N', 'P'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'P', 'A'],
    MVC: ['X', 'H', 'L', 'N'],
    MVI: ['X', 'H', 'L', 'N'],
    MVA: ['X', 'H', 'L', 'N'],
    MSC: ['X', 'H', 'L', 'N'],
    MSI: ['X', 'S', 'H', 'L', 'N'],
    MSA: ['X', 'S', 'H', 'L', 'N'],
    S: ['X', 'N', 'P'],
    AU: ['X', 'N', 'Y'],
    R: ['X', 'A', 'U', 'I'],
    V: ['X', 'D', 'C'],
    RE: ['X', 'L', 'M', 'H'],
    U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};
const V4_BASE = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];
/**
 * MacroVector scores of the CVSS v4.0 specification (FIRST), keyed by EQ1..EQ6 digits: the score of
 * the highest-severity vector of each MacroVector. Missing keys are MacroVectors that cannot occur.
 */
// prettier-ignore
const V4_LOOKUP = {
    '000000': 10, '000001': 9.9, '000010': 9.8, '000011': 9.5, '000020': 9.5, '000021': 9.2,
    '000100': 10, '000101': 9.6, '000110': 9.3, '000111': 8.7, '000120': 9.1, '000121': 8.1,
    '000200': 9.3, '000201': 9, '000210': 8.9, '000211': 8, '000220': 8.1, '000221': 6.8,
    '001000': 9.8, '001001': 9.5, '001010': 9.5, '001011': 9.2, '001020': 9, '001021': 8.4,
    '001100': 9.3, '001101': 9.2, '001110': 8.9, '001111': 8.1, '001120': 8.1, '001121': 6.5,
    '001200': 8.8, '001201': 8, '001210': 7.8, '001211': 7, '001220': 6.9, '001221': 4.8,
    '002001': 9.2, '002011': 8.2, '002021': 7.2, '002101': 7.9, '002111': 6.9, '002121': 5,
    '002201': 6.9, '002211': 5.5, '002221': 2.7,
    '010000': 9.9, '010001': 9.7, '010010': 9.5, '010011': 9.2, '010020': 9.2, '010021': 8.5,
    '010100': 9.5, '010101': 9.1, '010110': 9, '010111': 8.3, '010120': 8.4, '010121': 7.1,
    '010200': 9.2, '010201': 8.1, '010210': 8.2, '010211': 7.1, '010220': 7.2, '010221': 5.3,
    '011000': 9.5, '011001': 9.3, '011010': 9.2, '011011': 8.5, '011020': 8.5, '011021': 7.3,
    '011100': 9.2, '011101': 8.2, '011110': 8, '011111': 7.2, '011120': 7, '011121': 5.9,
    '011200': 8.4, '011201': 7, '011210': 7.1, '011211': 5.2, '011220': 5, '011221': 3,
    '012001': 8.6, '012011': 7.5, '012021': 5.2, '012101': 7.1, '012111': 5.2, '012121': 2.9,
    '012201': 6.3, '012211': 2.9, '012221': 1.7,
    '100000': 9.8, '100001': 9.5, '100010': 9.4, '100011': 8.7, '100020': 9.1, '100021': 8.1,
    '100100': 9.4, '100101': 8.9, '100110': 8.6, '100111': 7.4, '100120': 7.7, '100121': 6.4,
    '100200': 8.7, '100201': 7.5, '100210': 7.4, '100211': 6.3, '100220': 6.3, '100221': 4.9,
    '101000': 9.4, '101001': 8.9, '101010': 8.8, '101011': 7.7, '101020': 7.6, '101021': 6.7,
    '101100': 8.6, '101101': 7.6, '101110': 7.4, '101111': 5.8, '101120': 5.9, '101121': 5,
    '101200': 7.2, '101201': 5.7, '101210': 5.7, '101211': 5.2, '101220': 5.2, '101221': 2.5,
    '102001': 8.3, '102011': 7, '102021': 5.4, '102101': 6.5, '102111': 5.8, '102121': 2.6,
    '102201': 5.3, '102211': 2.1, '102221': 1.3,
    '110000': 9.5, '110001': 9, '110010': 8.8, '110011': 7.6, '110020': 7.6, '110021': 7,
    '110100': 9, '110101': 7.7, '110110': 7.5, '110111': 6.2, '110120': 6.1, '110121': 5.3,
    '110200': 7.7, '110201': 6.6, '110210': 6.8, '110211': 5.9, '110220': 5.2, '110221': 3,
    '111000': 8.9, '111001': 7.8, '111010': 7.6, '111011': 6.7, '111020': 6.2, '111021': 5.8,
    '111100': 7.4, '111101': 5.9, '111110': 5.7, '111111': 5.7, '111120': 4.7, '111121': 2.3,
    '111200': 6.1, '111201': 5.2, '111210': 5.7, '111211': 2.9, '111220': 2.4, '111221': 1.6,
    '112001': 7.1, '112011': 5.9, '112021': 3, '112101': 5.8, '112111': 2.6, '112121': 1.5,
    '112201': 2.3, '112211': 1.3, '112221': 0.6,
    '200000': 9.3, '200001': 8.7, '200010': 8.6, '200011': 7.2, '200020': 7.5, '200021': 5.8,
    '200100': 8.6, '200101': 7.4, '200110': 7.4, '200111': 6.1, '200120': 5.6, '200121': 3.4,
    '200200': 7, '200201': 5.4, '200210': 5.2, '200211': 4, '200220': 4, '200221': 2.2,
    '201000': 8.5, '201001': 7.5, '201010': 7.4, '201011': 5.5, '201020': 6.2, '201021': 5.1,
    '201100': 7.2, '201101': 5.7, '201110': 5.5, '201111': 4.1, '201120': 4.6, '201121': 1.9,
    '201200': 5.3, '201201': 3.6, '201210': 3.4, '201211': 1.9, '201220': 1.9, '201221': 0.8,
    '202001': 6.4, '202011': 5.1, '202021': 2, '202101': 4.7, '202111': 2.1, '202121': 1.1,
    '202201': 2.4, '202211': 0.9, '202221': 0.4,
    '210000': 8.8, '210001': 7.5, '210010': 7.3, '210011': 5.3, '210020': 6, '210021': 5,
    '210100': 7.3, '210101': 5.5, '210110': 5.9, '210111': 4, '210120': 4.1, '210121': 2,
    '210200': 5.4, '210201': 4.3, '210210': 4.5, '210211': 2.2, '210220': 2, '210221': 1.1,
    '211000': 7.5, '211001': 5.5, '211010': 5.8, '211011': 4.5, '211020': 4, '211021': 2.1,
    '211100': 6.1, '211101': 5.1, '211110': 4.8, '211111': 1.8, '211120': 2, '211121': 0.9,
    '211200': 4.6, '211201': 1.8, '211210': 1.7, '211211': 0.7, '211220': 0.8, '211221': 0.2,
    '212001': 5.3, '212011': 2.4, '212021': 1.4, '212101': 2.4, '212111': 1.2, '212121': 0.5,
    '212201': 1, '212211': 0.3, '212221': 0.1,
};
/**
 * Severity level of each metric value (spec \u00a78.2), in the reference calculator's units of 0.1 so that
 * the floating-point arithmetic, and so the rounding, is the same as there.
 */
const V4_LEVELS = {
    AV: { N: 0.0, A: 0.1, L: 0.2, P: 0.3 },
    PR: { N: 0.0, L: 0.1, H: 0.2 },
    UI: { N: 0.0, P: 0.1, A: 0.2 },
    AC: { L: 0.0, H: 0.1 },
    AT: { N: 0.0, P: 0.1 },
    VC: { H: 0.0, L: 0.1, N: 0.2 },
    VI: { H: 0.0, L: 0.1, N: 0.2 },
    VA: { H: 0.0, L: 0.1, N: 0.2 },
    SC: { H: 0.1, L: 0.2, N: 0.3 },
    SI: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    SA: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    CR: { H: 0.0, M: 0.1, L: 0.2 },
    IR: { H: 0.0, M: 0.1, L: 0.2 },
    AR: { H: 0.0, M: 0.1, L: 0.2 },
};
/** Highest-severity vectors of each EQ level (for EQ3, keyed by EQ3 then EQ6). */
const V4_MAX_EQ1 = {
    0: ['AV:N/PR:N/UI:N'],
    1: ['AV:A/PR:N/UI:N', 'AV:N/PR:L/UI:N', 'AV:N/PR:N/UI:P'],
    2: ['AV:P/PR:N/UI:N', 'AV:A/PR:L/UI:P'],
};
const V4_MAX_EQ2 = { 0: ['AC:L/AT:N'], 1: ['AC:H/AT:N', 'AC:L/AT:P'] };
const V4_MAX_EQ3EQ6 = {
    0: { 0: ['VC:H/VI:H/VA:H/CR:H/IR:H/AR:H'], 1: ['VC:H/VI:H/VA:L/CR:M/IR:M/AR:H', 'VC:H/VI:H/VA:H/CR:M/IR:M/AR:M'] },
    1: {
        0: ['VC:L/VI:H/VA:H/CR:H/IR:H/AR:H', 'VC:H/VI:L/VA:H/CR:H/IR:H/AR:H'],
        1: [
            'VC:L/VI:H/VA:L/CR:H/IR:M/AR:H',
            'VC:L/VI:H/VA:H/CR:H/IR:M/AR:M',
            'VC:H/VI:L/VA:H/CR:M/IR:H/AR:M',
            'VC:H/VI:L/VA:L/CR:M/IR:H/AR:H',
            'VC:L/VI:L/VA:H/CR:H/IR:H/AR:M',
        ],
    },
    2: { 1: ['VC:L/VI:L/VA:L/CR:H/IR:H/AR:H'] },
};
const V4_MAX_EQ4 = { 0: ['SC:H/SI:S/SA:S'], 1: ['SC:H/SI:H/SA:H'], 2: ['SC:L/SI:L/SA:L'] };
/** Depth of each MacroVector (max severity distance + 1), in steps of 0.1. */
const V4_DEPTH = {
    eq1: { 0: 1, 1: 4, 2: 5 },
    eq2: { 0: 1, 1: 2 },
    eq3eq6: { 0: { 0: 7, 1: 6 }, 1: { 0: 8, 1: 8 }, 2: { 1: 10 } },
    eq4: { 0: 6, 1: 5, 2: 4 },
};
/** Effective value of a v4 metric: the modified (M*) value when given, worst case for absent E/CR/IR/AR. */
function v4Effective(metrics, key) {
    const v = metrics.get(key) ?? 'X';
    if (v === 'X' && key === 'E')
        return 'A';
    if (v === 'X' && (key === 'CR' || key === 'IR' || key === 'AR'))
        return 'H';
    const modified = metrics.get(`M${key}`);
    if (modified !== undefined && modified !== 'X')
        return modified;
    return v;
}
function v4MacroVector(eff) {
    const [av, pr, ui] = [eff('AV'), eff('PR'), eff('UI')];
    const eq1 = av === 'N' && pr === 'N' && ui === 'N' ? 0 : (av === 'N' || pr === 'N' || ui === 'N') && av !== 'P' ? 1 : 2;
    const eq2 = eff('AC') === 'L' && eff('AT') === 'N' ? 0 : 1;
    const [vc, vi, va] = [eff('VC'), eff('VI'), eff('VA')];
    const eq3 = vc === 'H' && vi === 'H' ? 0 : vc === 'H' || vi === 'H' || va === 'H' ? 1 : 2;
    const eq4 = eff('MSI') === 'S' || eff('MSA') === 'S' ? 0 : eff('SC') === 'H' || eff('SI') === 'H' || eff('SA') === 'H' ? 1 : 2;
    const e = eff('E');
    const eq5 = e === 'A' ? 0 : e === 'P' ? 1 : 2;
    const eq6 = (eff('CR') === 'H' && vc === 'H') || (eff('IR') === 'H' && vi === 'H') || (eff('AR') === 'H' && va === 'H') ? 0 : 1;
    return [eq1, eq2, eq3, eq4, eq5, eq6];
}
const V4_ROUNDING_EPSILON = 1e-6;
/** Base (or BT/BE/BTE) score of a `CVSS:4.0/...` vector. Throws CvssVectorError for a bad vector. */
function cvss4Score(vector) {
    const m = /^CVSS:4\.0\/(.*)$/.exec(vector.trim());
    if (!m)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": expected prefix CVSS:4.0/`);
    const metrics = parseMetrics(vector, m[1], V4_ALLOWED, V4_BASE);
    const eff = (k) => v4Effective(metrics, k);
    if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((k) => eff(k) === 'N'))
        return 0;
    const eq = v4MacroVector(eff);
    const [eq1, eq2, eq3, eq4, eq5, eq6] = eq;
    const key = (d) => d.join('');
    const score = (d) => V4_LOOKUP[key(d)];
    const value = score(eq);
    if (value === undefined)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": no MacroVector ${key(eq)}`);
    // Score of the next lower MacroVector along each EQ (undefined when there is none).
    const lower1 = score([eq1 + 1, eq2, eq3, eq4, eq5, eq6]);
    const lower2 = score([eq1, eq2 + 1, eq3, eq4, eq5, eq6]);
    let lower36;
    if (eq3 === 0 && eq6 === 0) {
        const left = score([eq1, eq2, eq3, eq4, eq5, eq6 + 1]);
        const right = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6]);
        lower36 = left === undefined || right === undefined ? undefined : Math.max(left, right);
    }
    else if (eq3 === 1 && eq6 === 0) {
        lower36 = score([eq1, eq2, eq3, eq4, eq5, eq6 + 1]);
    }
    else if (eq6 === 1 && eq3 < 2) {
        lower36 = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6]);
    }
    else {
        lower36 = score([eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1]);
    }
    const lower4 = score([eq1, eq2, eq3, eq4 + 1, eq5, eq6]);
    const lower5 = score([eq1, eq2, eq3, eq4, eq5 + 1, eq6]);
    // The first highest-severity vector of this MacroVector that the scored vector does not exceed.
    const parseMax = (s) => new Map(s.split('/').map((kv) => kv.split(':')));
    let distances;
    search: for (const a of V4_MAX_EQ1[eq1])
        for (const b of V4_MAX_EQ2[eq2])
            for (const c of V4_MAX_EQ3EQ6[eq3][eq6])
                for (const d of V4_MAX_EQ4[eq4]) {
                    const max = parseMax(`${a}/${b}/${c}/${d}`);
                    const dist = {};
                    for (const [k, levels] of Object.entries(V4_LEVELS))
                        dist[k] = levels[eff(k)] - levels[max.get(k)];
                    if (Object.values(dist).every((x) => x >= 0)) {
                        distances = dist;
                        break search;
                    }
                }
    if (!distances)
        throw new CvssVectorError(`Invalid CVSS v4 vector "${vector}": no highest-severity vector applies`);
    const d = distances;
    const STEP = 0.1;
    const parts = [
        [lower1, d.AV + d.PR + d.UI, V4_DEPTH.eq1[eq1] * STEP],
        [lower2, d.AC + d.AT, V4_DEPTH.eq2[eq2] * STEP],
        [lower36, d.VC + d.VI + d.VA + d.CR + d.IR + d.AR, V4_DEPTH.eq3eq6[eq3][eq6] * STEP],
        [lower4, d.SC + d.SI + d.SA, V4_DEPTH.eq4[eq4] * STEP],
        [lower5, 0, 1], // EQ5 has a single value per level: its proportional distance is always 0
    ];
    let n = 0;
    let sum = 0;
    for (const [lower, distance, depth] of parts) {
        if (lower === undefined)
            continue;
        n++;
        sum += (value - lower) * (distance / depth);
    }
    const mean = n === 0 ? 0 : sum / n;
    // Round half up after lifting by 1e-6, as the reference calculator does since its 2024 rounding fix
    // (RedHatProductSecurity/cvss-v4-calculator issue #66, PR #67; FIRST's cvss_score.js likewise): the
    // interpolation can land one ULP below an x.x5 tie (5.6499999999999995 for 5.65), which must give 5.7.
    return Math.round((Math.max(0, Math.min(10, value - mean)) + V4_ROUNDING_EPSILON) * 10) / 10;
}
// ---- Severity of an OSV record --------------------------------------------------------------------

const GHSA_LEVELS = { LOW: 'low', MODERATE: 'medium', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' };
/** Scores one OSV severity entry, or undefined when its type is not CVSS or its vector is bad. */

/** v4 first, then v3.1, v3.0, then v2. */

function databaseSeverity(db) {
    if (typeof db !== 'object' || db === null)
        return undefined;
    const s = db.severity;
    return typeof s === 'string' ? s : undefined;
}
/**
 * The severity of a record (for one affected[] entry, when given): the entry's own `severity` wins
 * over the top-level one; among CVSS vectors v4 is preferred, then v3.1, v3.0, then v2; a vector that
 * does not parse is passed over. Without a usable vector, the GHSA `database_specific.severity` label
 * (LOW/MODERATE/HIGH/CRITICAL) gives the level; otherwise the level is unknown.
 */



/***/ })

};
;