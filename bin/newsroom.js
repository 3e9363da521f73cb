#!/usr/bin/env node
'use strict';
// The `newsroom` command. The TypeScript source is server/src/cli; `npm run build` bundles it.
const { main } = require('../dist/cli/index.js');

const exit = (code) => {
  // Strapi may leave timers behind after destroy(): exit explicitly once output is flushed.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};

main(process.argv.slice(2)).then(exit, (error) => {
  process.stderr.write(
    `newsroom: unexpected error: ${error && error.stack ? error.stack : String(error)}\n`
  );
  exit(1);
});
