export const id = 917;
export const ids = [917];
export const modules = {

/***/ 917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(638);
/* harmony import */ var _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(643);
// Run the user's command with stdout and stderr each piped through its own redactor, so nothing
// registered reaches the job log, even when a secret is split across writes.







/** Variables the command must not inherit: action inputs hold the very secrets being masked. */
function childEnv() {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (name.startsWith('INPUT_') || name.startsWith('STATE_') || name === 'ACTIONS_RUNTIME_TOKEN')
            continue;
        env[name] = value;
    }
    return env;
}
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13, SIGABRT: 6, SIGSEGV: 11 };
async function runCommand(options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'gatehouse');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true });
    const scriptPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `mask-logs-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}${options.shell.extension}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(scriptPath, options.script, { mode: 0o600 });
    const [file, ...args] = options.shell.argv.map((arg) => arg.replace('{0}', scriptPath));
    const started = Date.now();
    try {
        return await new Promise((resolvePromise, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: options.cwd, env: childEnv(), stdio: ['inherit', 'pipe', 'pipe'] });
            const outRedactor = options.makeRedactor();
            const errRedactor = options.makeRedactor();
            let bytesIn = 0;
            const pump = (source, redactor, sink) => new Promise((done) => {
                source.on('data', (chunk) => {
                    bytesIn += chunk.length;
                    for (const piece of redactor.push(chunk))
                        sink(piece);
                });
                source.on('end', () => {
                    for (const piece of redactor.end())
                        sink(piece);
                    done();
                });
            });
            const streams = Promise.all([
                pump(child.stdout, outRedactor, options.stdout ?? _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__/* .writeStdout */ .jQ),
                pump(child.stderr, errRedactor, options.stderr ?? _gatehouse_core_runner__WEBPACK_IMPORTED_MODULE_6__/* .writeStderr */ ._e),
            ]);
            child.on('error', (err) => {
                reject(new _gatehouse_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .GatehouseError */ .GA('COMMAND_FAILED', `Could not start the shell '${options.shell.name}': ${err.code ?? err.message}.`, {
                    fix: `Install ${file} on the runner or choose another 'shell'.`,
                }));
            });
            child.on('close', (code, signal) => {
                void streams.then(() => resolvePromise({
                    exitCode: code ?? 128 + (signal ? (SIGNALS[signal] ?? 1) : 1),
                    signal,
                    bytesIn,
                    redactions: outRedactor.redactions + errRedactor.redactions,
                    durationMs: Date.now() - started,
                }));
            });
        });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(scriptPath, { force: true });
    }
}


/***/ })

};
