// @ts-check
// Mutation testing of the plugin's pure core (`npm run test:mutation`): StrykerJS plants small
// bugs (mutants) in the modules below and runs the fast unit tests that cover each one; a mutant
// no test notices "survives". See README, "Mutation testing".
// Only pure modules: what reads or writes the database is proven by the integration tests,
// which need a real Strapi and are far too slow to run once per mutant.
// Their tests (`__tests__` beside them) are not mutated.
const NOT_TESTS = ['!server/src/**/__tests__/**', '!admin/src/**/__tests__/**'];
const PARSING = ['server/src/parsing/**/*.ts', ...NOT_TESTS];
const CORE = [
  // The engine's pure decisions (identity, conflict, slug allocation, planning).
  'server/src/import/decide/**/*.ts',
  // Content-API query rewriting (given the schemas, no database).
  'server/src/queries/article-param-values.ts',
  'server/src/queries/published-filters.ts',
  'server/src/queries/read-query.ts',
  'server/src/config/**/*.ts',
  'admin/src/utils/**/*.ts',
  // A React hook (needs a rendered IntlProvider); covered by the admin component tests.
  '!admin/src/utils/useT.ts',
  ...NOT_TESTS,
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  checkers: ['typescript'],
  tsconfigFile: 'stryker.tsconfig.json',
  mutate: process.env.STRYKER_SCOPE === 'no-parsing' ? CORE : [...PARSING, ...CORE],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // Static mutants (in module-level code: the transliteration tables, regexes, constants) can
  // only be tested by re-running every test in a fresh process, each at the cost of a whole
  // test run. They are left out of the score; the functions that use these tables are mutated
  // and tested.
  ignoreStatic: true,
  // The machine running this is small and shared; `--concurrency N` overrides.
  concurrency: 2,
  timeoutMS: 10000,
  // Re-runs only test what changed since the last run (mutated files or tests). The file lives
  // in the git-ignored cache: a fresh clone does one full run; `--force` does a full run again.
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker/tmp',
  cleanTempDir: 'always',
  ignorePatterns: [
    'playground',
    'docs',
    'dist',
    'coverage',
    'tests/integration',
    'tests/e2e',
    'reports',
    '.cache',
  ],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: '.cache/stryker/report/mutation.html' },
  jsonReporter: { fileName: '.cache/stryker/report/mutation.json' },
  // Survivors accepted (equivalent mutants: no input can tell them from the original code):
  // - config/index.ts: `typeof x !== 'number'` forced false for wordsPerMinute and
  //   maxImportBytes; Number.isInteger refuses every non-number on its own.
  // - import/decide/article.ts: `refs.length > 1` as `>= 1` (refs[-1] is undefined too), and `!leaf`
  //   forced false (no leaf means no existing category either).
  // - admin/src/utils/articleFacts.ts: the null/undefined early return removed (nothing below
  //   counts them), and numberOr's typeof forced true (Number.isFinite refuses non-numbers).
  // - admin/src/utils/format.ts: `codePointAt(0) ?? 0` (a for…of character always has one).
  // - admin/src/utils/chunks.ts: sum()'s typeof checks forced true (every key of the totals is
  //   a number).
  // - queries/published-filters.ts: `attribute.target` forced true (every relation in the
  //   plugin's schemas has a target).
  thresholds: { high: 90, low: 85, break: 85 },
};
