#!/usr/bin/env node
'use strict';
/**
 * `node scripts/corpus-accuracy.js [--json]`: reads every page of tests/fixtures/news-pages and
 * prints, per field, the share of pages whose reading matches the hand-written golden file
 * (golden files' "knownWrong" lists are ignored here: this is the raw accuracy), then every
 * mismatch. Bundles the TypeScript sources with esbuild, so no build is needed.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

const load = () => {
  const { buildSync } = require('esbuild');
  fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'newsroom-corpus-compare.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'tests/unit/parsing/corpus/compare.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    define: { __dirname: JSON.stringify(path.join(ROOT, 'tests/unit/parsing/corpus')) },
  });
  return require(outfile);
};

const main = () => {
  const { loadCorpus, readCase, checkedFields, sameValue, FIELDS } = load();
  const cases = loadCorpus();
  const stats = Object.fromEntries(FIELDS.map((field) => [field, { right: 0, total: 0 }]));
  const mismatches = [];
  for (const item of cases) {
    const reading = readCase(item);
    for (const field of checkedFields(item.golden)) {
      stats[field].total += 1;
      const expected = item.golden.expected[field];
      const actual = 'error' in reading ? undefined : reading[field];
      if (!('error' in reading) && sameValue(actual, expected)) stats[field].right += 1;
      else
        mismatches.push({
          page: item.name,
          field,
          expected,
          actual: 'error' in reading ? reading.error : actual,
        });
    }
  }
  const all = Object.values(stats).reduce(
    (sum, s) => ({ right: sum.right + s.right, total: sum.total + s.total }),
    { right: 0, total: 0 }
  );
  if (process.argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ pages: cases.length, fields: stats, all, mismatches }, null, 2)}\n`
    );
    return;
  }
  const pct = (s) => `${((100 * s.right) / Math.max(1, s.total)).toFixed(1)}%`;
  process.stdout.write(`News-page corpus: ${cases.length} pages\n\n`);
  for (const field of FIELDS) {
    const s = stats[field];
    process.stdout.write(
      `  ${field.padEnd(13)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${pct(s)}\n`
    );
  }
  process.stdout.write(
    `  ${'all fields'.padEnd(13)} ${String(all.right).padStart(3)}/${String(all.total).padEnd(3)} ${pct(all)}\n`
  );
  if (mismatches.length > 0) process.stdout.write('\nRead wrong:\n');
  for (const m of mismatches) {
    process.stdout.write(
      `  ${m.page} · ${m.field}\n    expected ${JSON.stringify(m.expected)}\n    read     ${JSON.stringify(m.actual)}\n`
    );
  }
};

main();
