'use strict';

/**
 * Component tests of the plugin's admin (`npm run test:admin`): React components rendered in jsdom
 * with @testing-library/react, queried by accessible role and name. Kept apart from
 * jest.config.js, whose tests run in Node and boot the server.
 */
module.exports = {
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.[jt]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  testMatch: [
    '<rootDir>/plugins/synergy/admin/src/**/__tests__/**/*.test.tsx',
    // The app's own admin config (src/admin/app.tsx): its translations.
    '<rootDir>/src/admin/__tests__/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
  testTimeout: 30_000,
};
