'use strict';

/** Unit tests beside the code (`__tests__`) and API tests under tests/, all through @swc/jest. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  testMatch: ['<rootDir>/tests/api/**/*.test.ts', '<rootDir>/**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/', '/plugins/synergy/admin/'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  testTimeout: 120_000,
  // Booting Strapi is CPU-bound: two workers on a two-core machine.
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
