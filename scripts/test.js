#!/usr/bin/env node
'use strict';
/**
 * `npm test`: the unit project once, then the integration project once per database, then the
 * browser end-to-end project once (SQLite).
 * The databases come from TEST_DATABASES (comma separated: sqlite, postgres, mysql), default sqlite.
 * Extra arguments go to Jest (e.g. `npm test -- -t slug`).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const extra = process.argv.slice(2);
const databases = (process.env.TEST_DATABASES || 'sqlite')
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean);

for (const db of databases) {
  if (!['sqlite', 'postgres', 'mysql'].includes(db)) {
    console.error(`TEST_DATABASES: unknown database "${db}" (use sqlite, postgres, mysql).`);
    process.exit(2);
  }
}

const runs = [{ label: 'unit', args: ['--selectProjects', 'unit'], env: {} }].concat(
  databases.map((db) => ({
    label: `integration (${db})`,
    args: ['--selectProjects', 'integration', '--runInBand'],
    env: { DATABASE_CLIENT: db },
  }))
);
// The admin UI end to end, once, on SQLite: builds the plugin and the playground, starts it as a
// real process and drives Chromium (tests/e2e).
runs.push({
  label: 'e2e (sqlite)',
  args: ['--selectProjects', 'e2e', '--runInBand'],
  env: { DATABASE_CLIENT: 'sqlite' },
});

/** Jest's counts for one run, from its --json output file (zeros if it wrote none). */
const readCounts = (file) => {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
};

const results = [];
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-jest-'));
for (const [index, run] of runs.entries()) {
  console.log(`\n=== ${run.label} ===`);
  const started = Date.now();
  const outputFile = path.join(outDir, `${index}.json`);
  const { status } = spawnSync(
    process.execPath,
    [jest, ...run.args, '--json', `--outputFile=${outputFile}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, ...run.env } }
  );
  results.push({
    label: run.label,
    ok: status === 0,
    seconds: (Date.now() - started) / 1000,
    ...readCounts(outputFile),
  });
}
fs.rmSync(outDir, { recursive: true, force: true });

console.log('\n=== summary ===');
for (const r of results) {
  console.log(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.label.padEnd(22)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed, ${r.skipped} skipped  ${r.seconds.toFixed(1)} s`
  );
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
// A run that crashed before reporting counts as a failure even if no test failed.
const failed = total('failed') + results.filter((r) => !r.ok && r.failed === 0).length;
console.log(`tests: ${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
