/**
 * One config for every suite. DB=mysql runs the same suites against MySQL/MariaDB
 * (MYSQL_URL, default mysql://root@127.0.0.1:3306); each test file gets its own databases.
 */
/** ES-module-only dependencies: Jest gets them rewritten to CommonJS (test/support/esm-to-cjs.transform.js). */
const ESM_ONLY = ['graphql-upload', 'fs-capacitor', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras'];

module.exports = {
  testEnvironment: 'node',
  // file-type exports no `require` entry; this is the one Node's own require(esm) picks (`module-sync`).
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  roots: ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json', 'node', 'cjs', 'mjs'],
  transform: {
    // Transpile only (decorator metadata included); `npm run typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    '^.+\\.m?js$': '<rootDir>/test/support/esm-to-cjs.transform.js',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  setupFiles: ['reflect-metadata'],
  maxWorkers: 2,
  testTimeout: 60_000,
};
