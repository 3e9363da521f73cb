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
// The parser's mutants also come in four parts, each a run of 15-40 minutes here that keeps its
// own incremental results: `parsing-news-text`, `parsing-html`, `parsing-markdown-json` and
// `parsing-common` (the modules at the top of parsing/). Together they are `parsing`.
const PARSING_PARTS = {
  'parsing-news-text': ['server/src/parsing/news-text/**/*.ts', ...NOT_TESTS],
  'parsing-html': ['server/src/parsing/html/**/*.ts', ...NOT_TESTS],
  'parsing-markdown-json': [
    'server/src/parsing/markdown/**/*.ts',
    'server/src/parsing/json/**/*.ts',
    ...NOT_TESTS,
  ],
  'parsing-common': ['server/src/parsing/*.ts', ...NOT_TESTS],
};
const SCOPES = { core: CORE, parsing: PARSING, all: [...PARSING, ...CORE], ...PARSING_PARTS };
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
    // Runs only the test files that import the mutated file. Not for the parser: its tests are
    // one file that requires the others at run time (parsing/__tests__/all.mutation.ts), which
    // Jest's static import graph cannot follow.
    enableFindRelatedTests: SCOPE === 'core',
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
  // Re-runs only test what changed since the last run (mutated files or tests). The results are
  // committed (`stryker/incremental-<scope>.json`): a fresh clone, and CI, re-test only the
  // mutants in source files or under tests that changed since they were written; commit the file
  // again after a run. `--force` does a full run.
  incremental: true,
  incrementalFile: `stryker/incremental-${SCOPE}.json`,
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
    'stryker',
  ],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: '.cache/stryker/report/mutation.html' },
  jsonReporter: { fileName: '.cache/stryker/report/mutation.json' },
  // Measured (scope `core`, 2026-11-30, after the tests of the warning and error texts): 97.11 %
  // — 2,671 killed, 13 timed out, 78 survived, 2 not covered, of 2,938 mutants (the texts
  // translated by code, field labels and the re-run choice had brought the score down to
  // 91.09 %; incremental re-runs after their tests took 20 s to 4 minutes); engine decisions
  // 96.44 %, admin utils 97.52 %, config 96.57 %, query rewriting 96.50 %
  // (`node scripts/mutation-scores.js`). Not yet examined one by one: the survivors of plan.ts,
  // historyFilters.ts, settingsErrors.ts, chunks.ts's cancel part, config/body-limit.ts and
  // settings-check.ts, and of unsent.ts and rerun.ts's `unknown` (landed just before that run).
  //
  // Survivors accepted (equivalent mutants: no input can tell them from the original code):
  // - config/index.ts: `typeof x !== 'number'` forced false for wordsPerMinute, maxImportBytes and
  //   in isInteger (Number.isInteger refuses every non-number on its own); isSiteUrl's
  //   `typeof value !== 'string'` forced false (new URL(non-string) throws, which returns false)
  //   and its catch block emptied (undefined is as false as false where it is used).
  // - import/decide/article.ts: `refs.length > 1` as `>= 1` or forced true (refs[-1] is
  //   undefined too); the lookups' `id === undefined` checks dropped (Map.get(undefined) is
  //   undefined: a free slug is then "held by another source" instead of "nobody", and a free
  //   slug gets no warning either way); the holder of a slug planned earlier made `{}` or
  //   `imported: false` (it has a source key, or none at all and is not imported: another
  //   source's article either way); in the slug warning's condition, `||` for `&&`, either side
  //   forced true, or 'nobody' emptied (the slug differs from the wanted one exactly when
  //   somebody holds it); claimPlanned's `planned:` marker emptied (nothing reads the marker; ``
  //   marks the slug as taken as well), and the `imported: true` it records made false (the
  //   claimed article has a source key, which alone makes it another source's: identity.ts reads
  //   `imported` only for articles without one).
  // - admin/src/utils/articleFacts.ts: the null/undefined early return removed (nothing below
  //   counts them), and numberOr's typeof forced true (Number.isFinite refuses non-numbers).
  // - admin/src/utils/chunks.ts: sum()'s typeof checks forced true and its `{ ...a }` emptied
  //   (every key of the totals is a number, present in both); with `maxBytes: null`, the lengths
  //   computed anyway or `maxBytes !== null` forced true (each guard covers the other: the
  //   lengths are 0, and `0 > null` is false, or they are never compared); `preview?.articles ??
  //   []` as `["Stryker was here"]`, in both places (a string has no action, title or file: it
  //   is skipped).
  // - admin/src/utils/files.ts: FileReader's non-string result (readAsText always gives a string).
  // - admin/src/utils/dates.ts: intlFormat's catch block emptied (it then answers undefined, which
  //   means "no Intl format" as null does where it is read).
  // - admin/src/utils/requestErrors.ts, articleWarnings.ts, articleErrors.ts: num()'s
  //   `typeof … === 'number'` forced true (Number.isFinite refuses every non-number).
  // - admin/src/utils/rerun.ts: `outcome.report?.articles ?? []` as `["Stryker was here"]` (a
  //   string has no action: it is skipped as an article that did not fail).
  // - queries/published-filters.ts: the optional chaining on the model made plain (every uid
  //   asked about is one of the plugin's own, which always have a model and options).
  // - queries/article-param-values.ts: `{ value: undefined }` as `{}` (reads the same).
  // - import/decide/conflict.ts: the key sort's `<` as `<=`, and `a > b` as `>=`, `<=`, forced
  //   true or false (the keys are distinct, and V8's sort only asks whether the comparison is
  //   negative, so 0 and 1 order alike); isFingerprint's `typeof value === 'object'` forced true
  //   (no primitive has a `v` of 1).
  // - import/decide/identity.ts: explicitSourceId's `typeof value === 'number'` forced true
  //   (Number.isFinite refuses every non-number).
  // - import/decide/slug.ts: `self !== null` forced true in mine() and free(), and
  //   `current !== null` forced true (holderOf answers a documentId or undefined, never null, and
  //   Map.get(null) is undefined).
  // - parsing/html (scope `parsing-html`; a `// Stryker disable next-line` comment beside each):
  //   to-blocks.ts tagOf's '' for a text or comment node (only ever compared with element
  //   names); json-ld.ts the roots list's initial `[]` (a string among the roots is neither an
  //   object nor a list: skipped); noise.ts `!node.isConnected` forced false (removing a node
  //   inside one already removed changes nothing in the document); page-meta.ts textOf's
  //   `?? ''` (an element's textContent is never null) and the breadcrumb items' `[]` when the
  //   page has no breadcrumb (a string has no textContent: dropped as empty); parse.ts
  //   categoryFrom's `path.length > 0` forced true or `>= 0` (an empty path's path[0] is
  //   undefined, which ROOT_WORD does not match).
  //
  // Survivors not yet killed (real gaps, left for the next pass; each is a test to write):
  // - not examined in this pass: admin/src/utils/download.ts (exportFileName emptied: no test of
  //   this run covers it), files.ts (the '' for a non-string result, not covered), queries/
  //   article-param-values.ts (`read.value !== undefined` forced true), queries/read-query.ts
  //   (the default `extraFilters` as a non-empty list).
  //
  // Scope `parsing-common` (server/src/parsing/*.ts), survivors accepted (equivalent mutants,
  // disabled in place with `// Stryker disable next-line`):
  // - draft-limits.ts: `stringifyJson(draft.sourceMeta) ?? ''` with another string (the metadata
  //   is an object: it is never written as undefined).
  // - blocks-validate.ts: validateBlocks' default `warnings` list made non-empty (a caller that
  //   passes no list never reads it).
  // - draft.ts: the draft's first `warnings: []` and `warningDetails: []` made non-empty (both are
  //   replaced before the draft is returned, and checkDraftLimits finds nothing in them).
  // - dates.ts: leftoverWords' split regex without `+` (the extra empty words are filtered out).
  // - reading.ts: countWords' split regex without `+` (an empty token counts as no word).
  // Other equivalent mutants were removed by simplifying the code with the same behaviour (the
  // UTF-16 mark check without a length guard, utf8Length without the bounds check charCodeAt
  // makes anyway, the URL check without the protocol and host test that `new URL` already
  // guarantees for http(s), stringifyJson's cycle tracking, transliterateChar's table lookups,
  // countWords' CJK branch, cutAtHyphen, startsWithFrontMatter and looksLikeJson's first line
  // and next character, the heading title, the positive-number options, formatByline).
  //
  // Scope `parsing` (~5,000 mutants): a mutant costs about one run of the parser's tests, which
  // all cover nearly every parser mutant. Three things cut that: the tests run as one file that
  // loads the parser once (parsing/__tests__/all.mutation.ts), the tests of very large or
  // generated inputs (`heavyIt`) are skipped, and the file stops at its first failing test
  // (scripts/mutation/bail-environment.js). First full runs of its parts, 2026-11-30, on this
  // machine while CI and other work ran: parsing-news-text 63.04 % (755 killed, 9 timed out, 426
  // survived, 22 not covered; 21 min), parsing-markdown-json 61.55 % (493, 56, 276, 67; 14 min),
  // parsing-html 59.30 % (517, 6, 307, 52; 9 min), parsing-common 69.87 % (1,242, 8, 411, 128; 31 min): 64.6 % in all.
  // Far below the 85 % floor: the parser's tests prove what it reads, but rarely its messages
  // and the fallbacks of its heuristics (e.g. no test notices wrapWidth() never rejoining
  // hard-wrapped lines, or `null` as a JSON document called "a object"). The survivors are the
  // next tests to write; the parts keep their incremental results in stryker/. The scope gets a
  // threshold of its own once it reaches 85 %; until then its runs exit non-zero by design.
  //
  // parsing-news-text after the tests of its survivors (2026-11-30, incremental: 571 mutants
  // re-tested in 54 min on a machine at load ~15): 96.61 % — 1,076 killed, 7 timed out, 34
  // survived, 4 not covered, of 1,121 valid mutants. Checks no input could reach were simplified
  // away (the first date kept by `??=`, -1 compared as such, the trailer's recognisers called in
  // turn, breaks read from the previous line's role, counts of parentheses and capitals by
  // replace()). Survivors accepted (equivalent), disabled in the source with their reason:
  // - news-text/parse.ts: the role names other than 'boilerplate' emptied (a role is only read as
  //   set, `!== undefined`; see Role).
  // - news-text/breadcrumb.ts: stripTrailingSeparator's `end > 0` as `end >= 0` (an
  //   all-separator value keeps one separator, which splits to no segment all the same).
  // Left (no realistic input tells them apart, or killed by tests landed after that run): the
  // dateline's 160-character head and its year item's anchors, cleanSuffix's single-character
  // trims, whitespace-only rests, the byline's comma-item bounds for an empty first name.
  //
  // Part `parsing-common`, after about 200 tests of its survivors (2026-11-30, incremental, 120
  // min beside CI and other runs): 97.15 % — 1,681 killed, 94 timed out, 46 survived, 6 not
  // covered, of 1,827 valid mutants (dates.ts 93.33 %, description.ts 93.22 %, reading.ts
  // 93.94 %, fields.ts 94.09 %, links.ts 94.39 %, every other module above 96 %). Its survivors
  // are listed by `STRYKER_SCOPE=parsing-common npx stryker run` (clear-text report); not examined
  // one by one yet.
  //
  // Part `parsing-markdown-json`, second pass (2026-11-30): 97.48 % (794 killed, 56 timed out,
  // 20 survived, 2 not covered, of 872; Markdown 96.33 %, JSON 98.37 %; a --force run took 84 min
  // on this machine under a load of ~16). The first run's survivors
  // were mostly untested messages and positions (exact JSON error offsets and reasons, key lines,
  // front-matter aliases, tags and depth) and the fixture test's parse at collection time, which
  // no test covered in mutation runs. Branches no input reaches were removed rather than accepted
  // (the `inline` block case, the unclosed link at the end, the skip of non-item tokens in a list,
  // the heading level's fallback, JSON number and literal checks the pattern already makes).
  // Survivors accepted there (disabled where they are, with the reason):
  // - json/locate-error.ts: the \u escape's `^` or `$` dropped (the slice has at most four
  //   characters); the state 'value' emptied at the start and after ':' (any state not named reads
  //   a value); `char !== undefined` forced true before `char >= '0'` (`undefined >= '0'` is false).
  // - json/structure.ts: the comma's `top?.kind === '{'` forced true or made `top.kind` (a comma is
  //   always inside an object or array; an array's expectKey is never read).
  // - json/parse.ts: the fallbacks for a text JSON.parse refuses but the scanner accepts (there is
  //   none), and `keyLines?.get` (every article object has key lines).
  // - markdown/to-blocks.ts: the three loops' `index < tokens.length` (markdown-it always emits
  //   the closing token). markdown/inline.ts: `children ?? []`, `attrGet('href' | 'src') ?? ''`
  //   (markdown-it always sets them). markdown/tokens.ts: the cached parser made per call.
  // - markdown/front-matter.ts: `items.length - 1` as `+ 1` (items[length] is undefined, which the
  //   walk skips); toJS's maxAliasCount and catch (every alias is refused before: defence in
  //   depth); the trailing-period regex as /\./ (no YAML message has a period before its end).
  // The core breaks under 95 %; the parser's scopes under 90 % (news text 96.61 %, Markdown and
  // JSON 97.48 %, HTML 96.65 % at their runs of 2026-11-30; the common modules not measured
  // since their survivors' tests).
  thresholds: { high: 95, low: 90, break: SCOPE === 'core' ? 95 : 90 },
};
