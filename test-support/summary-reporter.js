// Prints one plain closing line, `tests: N passed, N failed, N skipped`, and saves it to
// .test-summary so .ci/run can repeat it as the last line of the CI log.
import { writeFileSync } from 'node:fs';

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    process.stderr.write(`${line}\n`);
    writeFileSync('.test-summary', `${line}\n`);
  }
}
