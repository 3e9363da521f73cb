// The Jest config StrykerJS runs once per mutant (stryker.config.mjs): the unit project, limited
// to the fast, example-based tests of the mutated modules. Left out, because a run of them takes
// seconds to minutes and a mutation run repeats it thousands of times:
// - the admin component tests (whole pages rendered in jsdom; they test the UI, not these utils);
// - the pathological-input tests (1 MB inputs, ~20 s: they prove the parsers stay linear and
//   total; mutants there turn into timeouts rather than into failures worth reading);
// - the property tests (4 x 1,000 generated inputs, ~12 s).
// They still run in `npm test`.
const { projects } = require('./jest.config');

const { displayName: _unit, ...unit } = projects.find((project) => project.displayName === 'unit');

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/server/src/{parsing,import/decide,queries,config}/__tests__/**/*.test.ts',
    '<rootDir>/admin/src/utils/__tests__/**/*.test.ts',
  ],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/server/src/parsing/__tests__/pathological.test.ts',
    '<rootDir>/server/src/parsing/__tests__/property.test.ts',
  ],
};
