#!/usr/bin/env node
'use strict';
/**
 * The packed plugin in a really independent Strapi app, as a new user gets it (CI runs this once):
 *
 *  1. `npm pack` this repository (the plugin is built first if dist/ is stale);
 *  2. `create-strapi-app@5.54.0` a TypeScript app on SQLite in a temp folder (its own Strapi,
 *     its own node_modules: nothing of this repository but the tarball);
 *  3. install the tarball, enable the plugin in the app's generated config/plugins.ts
 *     (`publicRead: true`, so that the Public role may read), build the admin, start the app;
 *  4. `npx newsroom seed --publish --json` twice: everything created, then everything unchanged;
 *  5. the content API answers the seeded articles to an anonymous caller;
 *  6. Chromium (scripts/chromium.js) logs into the admin and opens the Newsroom page.
 *
 * NEWSROOM_KEEP_APP=1 keeps the temp folder; a screenshot of the Newsroom page goes to
 * test-results/independent-app/. Exit code 0 when every check passed. NEWSROOM_APP_DIR=<dir>
 * uses an app made earlier by create-strapi-app instead of making one (to work on this script).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { chromium } = require('playwright-core');

const { buildIfStale } = require('./build-if-stale');
const { findChromium } = require('./chromium');

const ROOT = path.join(__dirname, '..');
const STRAPI_VERSION = '5.54.0';
// The articles in data/ (six files; 003_briefs.json holds two).
const BUNDLED_ARTICLES = 7;
const SCREENSHOTS = path.join(ROOT, 'test-results', 'independent-app');
const ADMIN = { email: 'admin@independent.test', password: 'Independent-App-1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const baseEnv = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => process.stdout.write(`[independent-app] ${message}\n`);

/** Runs a command to completion; on failure throws with the end of its output. */
const run = (label, command, args, options = {}) => {
  const since = Date.now();
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: baseEnv,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(
      `${label} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}):\n` +
        `${(result.stdout || '').slice(-4000)}\n${(result.stderr || '').slice(-4000)}`
    );
  }
  log(`${label}: ${seconds(since)}`);
  return result;
};

const check = (condition, message) => {
  if (!condition) throw new Error(`check failed: ${message}`);
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Adds the newsroom plugin to the app's generated config/plugins.ts, keeping what is there
 * (create-strapi-app configures users-permissions and upload in it).
 */
const enablePlugin = (appDir) => {
  const file = path.join(appDir, 'config', 'plugins.ts');
  const source = fs.readFileSync(file, 'utf8');
  const opening = /=>\s*\(\{/.exec(source);
  check(opening, `${file} does not return an object literal (\`=> ({ … })\`): cannot add newsroom`);
  const at = opening.index + opening[0].length;
  const entry = `\n  newsroom: {\n    enabled: true,\n    config: { publicRead: true },\n  },`;
  fs.writeFileSync(file, source.slice(0, at) + entry + source.slice(at));
};

const waitForHealth = async (url, child, logs) => {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the app exited (code ${child.exitCode}) while starting:\n${logs()}`);
    }
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer ${url}/_health within 180 s:\n${logs()}`);
};

const json = async (url, init) => {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
};

const seed = (appDir) => {
  const result = run(
    'npx newsroom seed --publish --json',
    npx,
    ['newsroom', 'seed', '--publish', '--json'],
    {
      cwd: appDir,
    }
  );
  return JSON.parse(result.stdout);
};

const main = async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-independent-'));
  const appDir = process.env.NEWSROOM_APP_DIR || path.join(work, 'app');
  let server;
  let output = '';
  const logs = () => output.slice(-6000);
  log(`working in ${work}`);
  try {
    if (!buildIfStale()) throw new Error('the plugin build failed (npm run build)');
    // --ignore-scripts: prepack would build again; dist/ is current (checked just above).
    const packed = run(
      'npm pack',
      npm,
      ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
      {
        cwd: ROOT,
      }
    );
    const [{ filename, size, entryCount }] = JSON.parse(packed.stdout);
    const tarball = path.join(work, filename);
    log(`${filename}: ${(size / 1024).toFixed(1)} kB, ${entryCount} files`);

    if (!process.env.NEWSROOM_APP_DIR) {
      run(
        `create-strapi-app@${STRAPI_VERSION}`,
        npx,
        [
          '--yes',
          `create-strapi-app@${STRAPI_VERSION}`,
          appDir,
          '--no-run',
          '--skip-cloud',
          '--skip-db',
          '--no-example',
          '--no-git-init',
          '--install',
          '--typescript',
          '--use-npm',
        ],
        { cwd: work }
      );
    }
    run('npm install <tarball>', npm, ['install', tarball], { cwd: appDir });
    enablePlugin(appDir);
    run('strapi build (admin with the plugin)', npm, ['run', 'build'], {
      cwd: appDir,
      env: { ...baseEnv, NODE_ENV: 'production' },
    });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const since = Date.now();
    server = spawn(npm, ['run', 'start'], {
      cwd: appDir,
      env: { ...baseEnv, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    server.stdout.on('data', collect);
    server.stderr.on('data', collect);
    await waitForHealth(url, server, logs);
    log(`strapi start: healthy after ${seconds(since)} on ${url}`);

    // Closed until a role may read it (the app has no articles yet either).
    const first = seed(appDir);
    check(
      first.totals.created === BUNDLED_ARTICLES && first.totals.failed === 0,
      `first seed creates the ${BUNDLED_ARTICLES} bundled articles: ${JSON.stringify(first.totals)}`
    );
    const second = seed(appDir);
    check(
      second.totals.unchanged === BUNDLED_ARTICLES &&
        second.totals.created + second.totals.updated + second.totals.failed === 0,
      `second seed finds everything unchanged: ${JSON.stringify(second.totals)}`
    );
    log(`seed: ${JSON.stringify(first.totals)}, then ${JSON.stringify(second.totals)}`);

    const list = await json(
      `${url}/api/newsroom/articles?populate=authors&pagination[pageSize]=100`
    );
    check(
      list.meta.pagination.total === BUNDLED_ARTICLES,
      `the content API lists ${BUNDLED_ARTICLES} published articles to the Public role (got ${list.meta.pagination.total})`
    );
    const reference = 'azerbaijan-iran-relations-at-high-level-iranian-official';
    const bySlug = await json(`${url}/api/newsroom/articles/slug/${reference}?populate=authors`);
    check(
      bySlug.data.slug === reference && bySlug.data.authors[0]?.name === 'Ayya Lmahamad',
      `the reference article by slug, with its author: ${JSON.stringify(bySlug.data).slice(0, 300)}`
    );
    check(!('contentHash' in bySlug.data), 'private fields stay private');
    log(`content API: ${list.meta.pagination.total} articles, by slug OK`);

    await json(`${url}/admin/register-admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, firstname: 'Independent', lastname: 'Admin' }),
    });
    const found = await findChromium();
    const browser = await chromium.launch({
      executablePath: found.executablePath,
      args: found.args,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(60_000);
      await page.goto(`${url}/admin/auth/login`);
      await page.locator('input[name="email"]').fill(ADMIN.email);
      await page.locator('input[name="password"]').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Login' }).click();
      await page.waitForURL(/\/admin\/?$/);
      await page.getByRole('navigation').getByRole('link', { name: 'Newsroom' }).click();
      await page.waitForURL(/\/admin\/plugins\/newsroom/);
      await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
      await page.getByLabel('Paste article text').waitFor();
      // The History tab lists the seed that created the articles (the unchanged re-run is not recorded).
      await page.getByRole('tab', { name: 'History' }).click();
      const entries = page.getByTestId('history-entry');
      await entries.first().getByText('Seed command').waitFor();
      check(
        (await entries.count()) === 1,
        `the History tab lists one import, the seed that created (got ${await entries.count()})`
      );
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'newsroom-page.png') });
      log(`admin: the Newsroom page opened in Chromium (${found.source})`);
    } finally {
      await browser.close();
    }
    log(`all checks passed in ${seconds(started)}`);
  } catch (error) {
    if (output) process.stderr.write(`--- the app's output (end) ---\n${logs()}\n`);
    throw error;
  } finally {
    if (server && server.exitCode === null) {
      // npm runs strapi in a child: end the whole process group.
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (process.env.NEWSROOM_KEEP_APP === '1') log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
};

main().catch((error) => {
  process.stderr.write(
    `[independent-app] ${error instanceof Error ? error.stack : String(error)}\n`
  );
  process.exit(1);
});
