#!/usr/bin/env node
'use strict';
/**
 * `npm test`: the unit project once, then the integration project once per database, then the
 * browser end-to-end project once (SQLite).
 * The databases come from TEST_DATABASES (comma separated: sqlite, postgres, mysql), default sqlite.
 * Extra arguments go to Jest (e.g. `npm test -- -t slug`).
 */
const { spawnSync } = require('node:child_process');
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

const results = [];
for (const run of runs) {
  console.log(`\n=== ${run.label} ===`);
  const started = Date.now();
  const { status } = spawnSync(process.execPath, [jest, ...run.args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...run.env },
  });
  results.push({ label: run.label, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.label}  ${r.seconds.toFixed(1)} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
