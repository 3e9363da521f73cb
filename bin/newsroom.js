#!/usr/bin/env node
'use strict';
// The `newsroom` command. The TypeScript source is server/src/cli; `npm run build` bundles it.
const { main } = require('../dist/cli/index.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `newsroom: unexpected error: ${error && error.stack ? error.stack : String(error)}\n`
    );
    process.exitCode = 1;
  }
);
