// The parser's unit tests as one Jest test file, for mutation testing only (STRYKER_SCOPE=parsing;
// jest.mutation.config.js). StrykerJS runs the tests that cover a mutant once per mutant. As
// separate files, each run loaded the parser (linkedom, Readability, chrono, markdown-it) once per
// file, in each file's own module registry, which made up most of a run's time. Required from
// here they share one registry. `npm test` runs the files themselves, not this one.
// Every `*.test.ts` under this folder is required, so a new test file is never left out.
import fs from 'node:fs';
import path from 'node:path';

const testFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? testFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.test.ts') &&
            // Left out of mutation runs like in jest.mutation.config.js: 1 MB inputs and
            // generated-input property tests, seconds each, repeated per mutant.
            !['pathological.test.ts', 'property.test.ts'].includes(entry.name)
          ? [path.join(dir, entry.name)]
          : []
    )
    .sort();

// The tests of very large or generated inputs (`heavyIt` in helpers.ts) are skipped here.
process.env.NEWSROOM_MUTATION_RUN = '1';
for (const file of testFiles(__dirname)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(file);
}
