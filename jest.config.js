/**
 * One config for every suite. DB=mysql runs the same suites against MySQL/MariaDB
 * (MYSQL_URL, default mysql://root@127.0.0.1:3306); each test file gets its own databases.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (decorator metadata included); `npm run typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['reflect-metadata'],
  maxWorkers: 2,
  testTimeout: 60_000,
};
