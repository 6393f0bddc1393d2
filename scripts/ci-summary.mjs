// Prints the one line CI reads, `N passed, N failed`, from Jest's JSON results.
// Exits non-zero when the results are missing or when no test ran.
import { existsSync, readFileSync } from 'node:fs';

const file = '.jest-results.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`${file} is missing: the test run did not reach Jest.`);
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(r.numPassedTests > 0 && failed === 0 && r.success ? 0 : 1);
