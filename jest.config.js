/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

// `feed`, franc-min (and its trigram-utils, n-gram, collapse-white-space) and iso-639-3 are
// published as ES modules only: jest (CommonJS) has them compiled like the sources.
const transformIgnorePatterns = [
  '/node_modules/(?!(feed|franc-min|trigram-utils|n-gram|collapse-white-space|iso-639-3)/)',
];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      // The pure modules' tests are beside them (`__tests__`); the rest of the unit tests (admin
      // components, CLI, scripts) are in tests/unit.
      roots: ['<rootDir>/tests/unit', '<rootDir>/server/src', '<rootDir>/admin/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      setupFilesAfterEnv: ['<rootDir>/tests/unit/jest-timeout.ts'],
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest-timeout.ts'],
    },
    {
      // The admin UI in a real browser against the built playground (see tests/e2e).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      globalSetup: '<rootDir>/tests/e2e/helpers/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/helpers/jest-timeout.ts'],
    },
  ],
};
