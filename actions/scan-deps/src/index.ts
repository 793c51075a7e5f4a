// Entry point: read inputs, run, report. Everything else lives in main.ts.
import { runAction } from '@gatehouse/core/run-action';
import { readInputs } from './inputs.js';
import { ACTION, run } from './main.js';

await runAction(ACTION, () => run(readInputs()));
