#!/usr/bin/env node
// Prints the mutation score of each module of the pure core from StrykerJS's JSON report
// (`npm run test:mutation` writes .cache/stryker/report/mutation.json). Score as Stryker counts
// it: detected (killed + timed out) out of valid (detected + survived + no coverage); mutants
// the TypeScript checker rejects, and ignored (static) ones, are not valid.
//   node scripts/mutation-scores.js [report.json]
const fs = require('node:fs');
const path = require('node:path');

const file = process.argv[2] ?? path.join(__dirname, '..', '.cache/stryker/report/mutation.json');
if (!fs.existsSync(file)) {
  console.error(`No mutation report at ${file}: run \`npm run test:mutation\` first.`);
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));

// Longest prefix first: the module a file belongs to.
const MODULES = [
  ['server/src/parsing/html/', 'parsing: HTML pages'],
  ['server/src/parsing/markdown/', 'parsing: Markdown'],
  ['server/src/parsing/json/', 'parsing: JSON'],
  ['server/src/parsing/news-text/', 'parsing: news text'],
  ['server/src/parsing/', 'parsing: shared'],
  ['server/src/import/decide/', 'engine decisions'],
  ['server/src/queries/', 'content-API query rewriting'],
  ['server/src/config/', 'config validation'],
  ['admin/src/utils/', 'admin utils'],
];
const moduleOf = (name) => {
  const normal = name.split(path.sep).join('/');
  const hit = MODULES.find(([prefix]) => normal.includes(prefix));
  return hit ? hit[1] : 'other';
};

const rows = new Map();
const add = (key, status) => {
  const row = rows.get(key) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 };
  if (status === 'Killed') row.killed += 1;
  else if (status === 'Timeout') row.timeout += 1;
  else if (status === 'Survived') row.survived += 1;
  else if (status === 'NoCoverage') row.noCoverage += 1;
  else row.invalid += 1;
  rows.set(key, row);
};
for (const [name, result] of Object.entries(report.files)) {
  for (const mutant of result.mutants) {
    add(moduleOf(name), mutant.status);
    add('all', mutant.status);
  }
}

const score = (r) => {
  const detected = r.killed + r.timeout;
  const valid = detected + r.survived + r.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
};
const table = [...rows.entries()].map(([module, r]) => ({
  module,
  score: score(r),
  killed: r.killed,
  timeout: r.timeout,
  survived: r.survived,
  'no coverage': r.noCoverage,
  'not valid': r.invalid,
}));
table.sort(
  (a, b) => (a.module === 'all') - (b.module === 'all') || a.module.localeCompare(b.module)
);
console.table(table);
