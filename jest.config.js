// One Jest config for every package, in ESM mode (msw 2 and node-fetch 3 are ESM-only):
// run through `npm run test:jest`, which sets --experimental-vm-modules.
// Tests import `@acct/*` from each package's src; tests under test/built/ load dist/.
const { existsSync, readFileSync, readdirSync } = require('node:fs');

const packages = readdirSync(`${__dirname}/packages`);
const versionOf = (name) =>
  JSON.parse(readFileSync(`${__dirname}/packages/${name}/package.json`, 'utf8')).version;

/** Packages with a coverage floor enforced by the thresholds below. */
const covered = {
  http: { lines: 95, branches: 95 },
  auth: { lines: 95, branches: 95 },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // every package's tests, plus repository-level tests (docs examples, links) in test/
  roots: [...packages.map((p) => `packages/${p}/test`), 'test']
    .filter((dir) => existsSync(`${__dirname}/${dir}`))
    .map((dir) => `<rootDir>/${dir}`),
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    '^@acct/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true },
    ],
  },
  globals: {
    // replaced by the build with each package's own version; the same value here
    __ACCT_VERSION__: versionOf('server-client'),
    __ACCT_PACKAGE__: '@acct/server-client',
  },
  collectCoverage: true,
  coverageReporters: ['text-summary', 'json-summary'],
  collectCoverageFrom: ['packages/*/src/**/*.ts', '!packages/*/src/bin.ts'],
  coverageThreshold: Object.fromEntries(
    Object.entries(covered).map(([name, t]) => [`./packages/${name}/src/`, t]),
  ),
  testTimeout: 20000,
  maxWorkers: 2,
};
