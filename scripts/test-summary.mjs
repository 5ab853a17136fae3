// Prints one plain closing line for the whole `npm test` run, adding up the
// unit (vitest) and end-to-end (Playwright) results from their JSON reports.
import { readFileSync } from 'node:fs';

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`test-summary: ${path} is missing or unreadable`);
    process.exit(1);
  }
}

const unit = readJson('test-results/vitest.json');
const e2e = readJson('test-results/playwright.json');
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, e2e: ${e2e.stats.expected ?? 0} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
