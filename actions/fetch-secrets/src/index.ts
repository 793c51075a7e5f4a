// Entry point: read inputs, run, report. Everything else lives in main.ts.
import { runStep } from '@gatehouse/core/run-action';
import { readInputs } from './inputs.js';
import { ACTION, run } from './main.js';

runStep(ACTION, () => run(readInputs()));
