#!/usr/bin/env node
'use strict';
/**
 * `npm test`: the unit project once, then the integration project once per database, then the
 * browser end-to-end project once (SQLite).
 * The databases come from TEST_DATABASES (comma separated: sqlite, postgres, mysql), default sqlite.
 * Extra arguments go to Jest (e.g. `npm test -- -t slug`).
 * TEST_LANES=2 runs the PostgreSQL and MariaDB integration runs beside the others (below).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

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

/**
 * TEST_LANES=2 (CI sets it): the PostgreSQL and MariaDB integration runs go to a second lane
 * that runs beside the first (unit, SQLite, e2e), in a scratch copy of this checkout: sources
 * and builds copied, node_modules hard-linked. Each lane compiles and builds the playground into
 * its own dist/ (the CLI tests compile it too), so neither reads files the other is writing; the
 * databases are created per test file either way. The second lane's output is kept in a file
 * and printed whole when each of its runs ends. One lane (the default) runs everything in order.
 */
const lanes = Math.max(1, Math.min(2, Number(process.env.TEST_LANES) || 1));
const laneOf = (run) =>
  lanes > 1 && ['postgres', 'mysql'].includes(run.env.DATABASE_CLIENT) ? 1 : 0;

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-jest-'));

const scratchCopy = () => {
  const root = path.join(__dirname, '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lane-'));
  const copied = spawnSync(
    'sh',
    [
      '-c',
      'tar -C "$1" --exclude=./node_modules --exclude=./.git --exclude=./playground/.tmp --exclude=./test-results -cf - . | tar -C "$2" -xf - && cp -al "$1/node_modules" "$2/node_modules"',
      'sh',
      root,
      dir,
    ],
    { stdio: 'inherit' }
  );
  if (copied.status !== 0)
    throw new Error(`Could not copy the checkout to ${dir} for the second test lane`);
  return dir;
};

/** Runs one Jest run; lane 0 prints as it goes, lane 1 into a log printed at the end of the run. */
const runOne = (run, index, cwd) =>
  new Promise((resolve) => {
    const started = Date.now();
    const outputFile = path.join(outDir, `${index}.json`);
    const args = [
      path.join(cwd, 'node_modules', 'jest', 'bin', 'jest.js'),
      ...run.args,
      '--json',
      `--outputFile=${outputFile}`,
      ...extra,
    ];
    const env = { ...process.env, ...run.env };
    const buffered = cwd !== path.join(__dirname, '..');
    const log = path.join(outDir, `${index}.log`);
    if (!buffered) console.log(`\n=== ${run.label} ===`);
    else
      console.log(
        `\n=== ${run.label}: started in the second lane (${cwd}); its output follows when it ends (live: ${log}) ===`
      );
    const out = buffered ? fs.openSync(log, 'w') : 'inherit';
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', out, out] });
    child.on('close', (status) => {
      if (buffered) {
        fs.closeSync(out);
        console.log(`\n=== ${run.label} (second lane): its output ===`);
        process.stdout.write(fs.readFileSync(log, 'utf8'));
        console.log(`=== end of ${run.label} ===`);
      }
      resolve({
        label: run.label,
        ok: status === 0,
        seconds: (Date.now() - started) / 1000,
        ...readCounts(outputFile),
      });
    });
  });

const main = async () => {
  const byLane = [[], []];
  runs.forEach((run, index) => byLane[laneOf(run)].push({ run, index }));
  const second = byLane[1].length > 0 ? scratchCopy() : null;
  const results = new Array(runs.length);
  try {
    await Promise.all(
      byLane.map(async (list, lane) => {
        for (const { run, index } of list) {
          results[index] = await runOne(
            run,
            index,
            lane === 0 ? path.join(__dirname, '..') : second
          );
        }
      })
    );
  } finally {
    if (second) fs.rmSync(second, { recursive: true, force: true });
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  return results;
};

main().then((results) => {
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
});
