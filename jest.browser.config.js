/**
 * The customer area's browser tests (examples/customer-area/test/*.browser.test.ts): Chromium
 * headless (playwright-core, CHROMIUM_PATH or /usr/bin/chromium) against the real gateway and
 * subgraphs on SQLite and the Vite dev server. Run with `npm run test:browser`; kept out of
 * `npm test` so CI decides where they run. Screenshots of failures: examples/customer-area/test-results/.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/examples/customer-area/test'],
  testMatch: ['**/*.browser.test.ts'],
  maxWorkers: 1,
  testTimeout: 120_000,
};
