'use strict';
/**
 * Which Chromium the browser tests (tests/e2e) and scripts/independent-app.js drive, so that
 * `npm install && npm test` works on a machine that has no browser installed:
 *
 * 1. `CHROMIUM_PATH`, when set (it must be an executable file);
 * 2. Debian's `/usr/bin/chromium`, where present (unless NEWSROOM_E2E_NO_SYSTEM_CHROMIUM=1,
 *    which exists to exercise step 3 on a machine that has it);
 * 3. the headless Chromium shipped inside the npm package `@sparticuz/chromium` (a
 *    devDependency: its binary is in the package, unpacked into the temp folder on first use;
 *    nothing is downloaded), launched with the flags it needs.
 *
 * Run directly (`node scripts/chromium.js`) it prints what it found as JSON.
 */
const fs = require('node:fs');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Headless as root in a container, and quiet: no sandbox (root), no GPU, no background traffic.
const SYSTEM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ executablePath: string, args: string[], source: string }>}
 */
async function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) {
      throw new Error(
        `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file. Point it at a Chromium ` +
          'binary, or unset it to use /usr/bin/chromium or the one in @sparticuz/chromium.'
      );
    }
    return { executablePath: env.CHROMIUM_PATH, args: SYSTEM_ARGS, source: 'CHROMIUM_PATH' };
  }
  if (env.NEWSROOM_E2E_NO_SYSTEM_CHROMIUM !== '1' && isExecutable(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS, source: SYSTEM_CHROMIUM };
  }
  let chromium;
  try {
    chromium = require('@sparticuz/chromium');
  } catch (error) {
    throw new Error(
      'No Chromium found: CHROMIUM_PATH is not set, /usr/bin/chromium is missing and the ' +
        'devDependency @sparticuz/chromium is not installed (run `npm install`; or ' +
        `\`apt-get install chromium\`). ${error instanceof Error ? error.message : String(error)}`
    );
  }
  // No WebGL needed: skips unpacking SwiftShader's GL stack.
  chromium.setGraphicsMode = false;
  const executablePath = await chromium.executablePath();
  // Its flags are made for AWS Lambda, whose sandbox needs one single process. Here that would
  // run every page of a test file on one thread, and a suite that keeps several admin pages
  // open starves: a normal multi-process Chromium.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return { executablePath, args, source: '@sparticuz/chromium' };
}

module.exports = { findChromium };

if (require.main === module) {
  findChromium().then(
    (found) => process.stdout.write(`${JSON.stringify(found, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
  );
}
