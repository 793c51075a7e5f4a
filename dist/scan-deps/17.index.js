"use strict";
exports.id = 17;
exports.ids = [17];
exports.modules = {

/***/ 1017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   basePackages: () => (/* binding */ basePackages),
/* harmony export */   checkBaseRef: () => (/* binding */ checkBaseRef),
/* harmony export */   fileAtBase: () => (/* binding */ fileAtBase)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _lockfiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1139);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2367);
// base-ref (diff) mode: what already existed at the base commit is reported but does not fail the
// step. The lockfiles are read at the base with `git show <ref>:<path>` and parsed with the same
// parsers, so "new" means a package name@version that the base did not have.




function gitShow(root, ref, path) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['show', `${ref}:${path}`], {
            cwd: root,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch {
        return undefined;
    }
}
/** Throws an input error when the ref is not a commit of this clone (a shallow checkout, a typo). */
function checkBaseRef(root, ref) {
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch {
        throw (0,_gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('base-ref', 'is not a commit in this clone', "Fetch it first: actions/checkout with 'fetch-depth: 0', or 'git fetch origin <branch>' before this step.", ref);
    }
}
/** Package keys present in the lockfiles at `ref` (a lockfile that did not exist there adds none). */
async function basePackages(root, ref, lockfiles) {
    const keys = new Set();
    for (const lockfile of lockfiles) {
        const text = gitShow(root, ref, lockfile.path);
        if (text === undefined)
            continue;
        const format = (0,_lockfiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .b)(lockfile.path.split('/').pop());
        if (!format)
            continue;
        const parser = await format.load();
        const dir = lockfile.path.includes('/') ? lockfile.path.slice(0, lockfile.path.lastIndexOf('/') + 1) : '';
        try {
            for (const pkg of parser(text, { path: lockfile.path, readInclude: (rel) => gitShow(root, ref, `${dir}${rel}`) }))
                keys.add((0,_package_names_js__WEBPACK_IMPORTED_MODULE_3__/* .packageKey */ .M)(pkg));
        }
        catch {
            // A base lockfile that does not parse counts as absent: everything in the new one is new.
        }
    }
    return keys;
}
/** The text of `path` at `ref`, for comparing workflow files. */
function fileAtBase(root, ref, path) {
    return gitShow(root, ref, path);
}


/***/ })

};
;