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

// `STRYKER_SCOPE=core` (the default, what CI runs), `parsing` or `all`. Each scope keeps its own
// incremental results, so switching scopes does not throw the others' away.
const SCOPES = { core: CORE, parsing: PARSING, all: [...PARSING, ...CORE] };
const SCOPE = process.env.STRYKER_SCOPE ?? 'core';
if (!(SCOPE in SCOPES)) {
  throw new Error(
    `STRYKER_SCOPE must be one of ${Object.keys(SCOPES).join(', ')} (got "${SCOPE}").`
  );
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // The TypeScript checker drops the mutants that would not compile before any test runs. Here
  // it costs far more than it saves: it type-checks each mutant on its own (about 1-2 s of CPU
  // each on this 2-core machine, against ~0.1 s for running its tests), which made a run of the
  // core 20 times slower. It is opt-in: `STRYKER_TYPECHECK=1 npm run test:mutation`. Without it,
  // a mutant that would not compile runs like any other: the tests kill it or it survives, and
  // the survivors below are read as such.
  checkers: process.env.STRYKER_TYPECHECK === '1' ? ['typescript'] : [],
  tsconfigFile: 'stryker.tsconfig.json',
  mutate: SCOPES[SCOPE],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true,
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
  incrementalFile: `.cache/stryker/incremental-${SCOPE}.json`,
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
  // Measured (scope `core`, 2026-11-29): 92.96 % — 1,097 killed, 12 timed out, 79 survived,
  // 5 not covered, of 1,278 mutants; engine decisions 88.71 %, admin utils 95.23 %, config
  // 97.18 %, query rewriting 96.50 % (`node scripts/mutation-scores.js`).
  //
  // Survivors accepted (equivalent mutants: no input can tell them from the original code):
  // - config/index.ts: `typeof x !== 'number'` forced false for wordsPerMinute, maxImportBytes and
  //   in isInteger (Number.isInteger refuses every non-number on its own); isSiteUrl's
  //   `typeof value !== 'string'` forced false (new URL(non-string) throws, which returns false)
  //   and its catch block emptied (undefined is as false as false where it is used).
  // - import/decide/article.ts: `refs.length > 1` as `>= 1` (refs[-1] is undefined too).
  // - admin/src/utils/articleFacts.ts: the null/undefined early return removed (nothing below
  //   counts them), and numberOr's typeof forced true (Number.isFinite refuses non-numbers).
  // - admin/src/utils/chunks.ts: sum()'s typeof checks forced true and its `{ ...a }` emptied
  //   (every key of the totals is a number, present in both).
  // - admin/src/utils/files.ts: FileReader's non-string result (readAsText always gives a string).
  // - queries/published-filters.ts: the optional chaining on the model made plain (every uid
  //   asked about is one of the plugin's own, which always have a model and options).
  // - queries/article-param-values.ts: `{ value: undefined }` as `{}` (reads the same).
  // - import/decide/conflict.ts: the key sort's `<` as `<=`, `>` as `>=` or forced true (the
  //   keys are distinct, so these order them alike).
  //
  // Survivors not yet killed (real gaps, left for the next pass; each is a test to write):
  // - import/decide/article.ts (~25): the `createsAuthors`/`createsCategories` flags, the texts
  //   of the hand-made-slug, overwrite and permission warnings, the planned-id prefix;
  // - import/decide/identity.ts (7): trimming of stored keys and URLs, several trailing slashes,
  //   the stored-key length bound; import/decide/slug.ts (6): variants of one's own slug;
  // - import/decide/permissions.ts (4): the wording of the missing-permission hints;
  // - import/decide/conflict.ts (4): the shape check of a stored fingerprint, the short hash,
  //   the key sort's `a > b` forced false (no test hands it fields in an unsorted order);
  // - admin/src/utils/format.ts: U+10000 exactly (4 UTF-8 bytes); admin/src/utils/chunks.ts:
  //   the byte limit off (`maxBytes: null`) with files of different sizes.
  //
  // Scope `parsing` (4,960 mutants) was not run in full: at ~1.8 s per mutant and runner (each
  // runs the parser's tests, corpus included) it takes about 70 minutes here with 2 runners.
  thresholds: { high: 95, low: 90, break: 92 },
};
