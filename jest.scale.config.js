'use strict';

/**
 * Scale-out tests (`npm run test:scale`): two `strapi start` processes of the compiled app on
 * ports 1460–1461 against one throwaway PostgreSQL database. Kept apart from jest.config.js: they
 * need PostgreSQL and fixed ports, and run one file at a time.
 */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  testMatch: ['<rootDir>/tests/scale/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
