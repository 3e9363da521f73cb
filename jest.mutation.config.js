// The Jest config StrykerJS runs once per mutant (stryker.config.mjs): the unit project, limited
// to the fast, example-based tests of the mutated modules. Left out, because a run of them takes
// seconds to minutes and a mutation run repeats it thousands of times:
// - the admin component tests (whole pages rendered in jsdom; they test the UI, not these utils);
// - the pathological-input tests (1 MB inputs, ~20 s: they prove the parsers stay linear and
//   total; mutants there turn into timeouts rather than into failures worth reading);
// - the property tests (4 x 1,000 generated inputs, ~12 s).
// They still run in `npm test`.
// The parser's own tests run as one file, `parsing/__tests__/all.mutation.ts`, which requires them
// all: as twelve files, every run loaded the parser twelve times (see that file).
const { projects } = require('./jest.config');

const { displayName: _unit, ...unit } = projects.find((project) => project.displayName === 'unit');

const PARSING = ['<rootDir>/server/src/parsing/__tests__/all.mutation.ts'];
const CORE = [
  '<rootDir>/server/src/{import/decide,queries,config}/__tests__/**/*.test.ts',
  '<rootDir>/admin/src/utils/__tests__/**/*.test.ts',
];
// The scopes of stryker.config.mjs (which checks STRYKER_SCOPE); its `parsing-…` parts are
// tested like `parsing`.
const SCOPE = process.env.STRYKER_SCOPE ?? 'core';
const TEST_MATCH = { core: CORE, parsing: PARSING, all: [...PARSING, ...CORE] };

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  rootDir: __dirname,
  testMatch: TEST_MATCH[SCOPE.startsWith('parsing') ? 'parsing' : SCOPE],
  // A file's remaining tests are skipped once one has failed: one failure kills a mutant.
  testEnvironment: require('node:path').join(
    __dirname,
    'scripts',
    'mutation',
    'bail-environment.js'
  ),
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/server/src/parsing/__tests__/pathological.test.ts',
    '<rootDir>/server/src/parsing/__tests__/property.test.ts',
  ],
};
