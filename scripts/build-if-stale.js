'use strict';
/**
 * Builds the plugin (`npm run build`: dist/admin, dist/server, dist/shared, dist/cli) unless dist/ is newer
 * than every source it is built from. `npm run develop`, `seed`, `parse`, `bench` and `npm test`
 * start with it: a fresh clone builds once (`npm install` does not build: the package uses
 * `prepack`, which only runs for `npm pack` / `npm publish`), and later runs skip the ~35 s
 * build when nothing changed.
 *
 * The build's output goes to stderr, so that `npm run -s seed -- --json` keeps stdout for JSON.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

// What the build reads: the plugin's sources, their TypeScript configs and the CLI bundler.
const SOURCES = [
  'admin/src',
  'admin/custom.d.ts',
  'admin/tsconfig.json',
  'admin/tsconfig.build.json',
  'server/src',
  'server/tsconfig.json',
  'server/tsconfig.build.json',
  'shared/contracts',
  'shared/tsconfig.json',
  'shared/tsconfig.build.json',
  'scripts/build-cli.mjs',
];
// What it writes (each entry point the package exports, and the CLI).
const OUTPUTS = [
  'dist/admin/index.js',
  'dist/admin/index.mjs',
  'dist/server/index.js',
  'dist/server/index.mjs',
  'dist/cli/index.js',
];

/** The newest modification time under `file` (a file or a folder), 0 if it does not exist. */
const newest = (file) => {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(file)
    .reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
};

/** Why dist/ must be rebuilt, or null when it is up to date. */
const staleReason = (root = ROOT) => {
  const missing = OUTPUTS.find((out) => !fs.existsSync(path.join(root, out)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((out) => fs.statSync(path.join(root, out)).mtimeMs));
  const changed = SOURCES.find((src) => newest(path.join(root, src)) > built);
  return changed ? `${changed} changed since the last build` : null;
};

/** Runs `npm run build` when dist/ is stale; returns false if the build failed. */
const buildIfStale = (root = ROOT) => {
  const reason = staleReason(root);
  if (!reason) {
    process.stderr.write('plugin build is up to date (dist/ is newer than the sources)\n');
    return true;
  }
  process.stderr.write(`building the plugin: ${reason}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status } = spawnSync(npm, ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  return status === 0;
};

module.exports = { buildIfStale, staleReason };

if (require.main === module) process.exit(buildIfStale() ? 0 : 1);
