// Entry point: read inputs, run, report. Everything else lives in main.ts.
import { runAction } from '@gatehouse/core/run-action';
import { readInputs } from './inputs.js';
import { run } from './main.js';

void runAction('mask-logs', () => run(readInputs()));
