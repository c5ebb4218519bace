'use strict';

/**
 * Browser tests (`npm run test:browser`): the built admin panel in Debian's Chromium, driven by
 * playwright-core, against the app started on a throwaway SQLite database. Kept apart from
 * jest.config.js: they need a built admin and a browser, and run one file at a time.
 */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
  // The admin build and the demo seed, once per run (support/global-setup.ts).
  globalSetup: '<rootDir>/tests/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/browser/support/global-teardown.ts',
  // Every test fails on a request outside loopback (support/chromium.ts records them).
  setupFilesAfterEnv: ['<rootDir>/tests/browser/support/no-outbound.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
