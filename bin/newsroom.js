#!/usr/bin/env node
'use strict';
// The `newsroom` command. The TypeScript source is server/src/cli; `npm run build` bundles it.
const { main } = require('../dist/cli/index.js');

// A reader that stops early (`newsroom parse *.txt | head`) closes the pipe: stop writing and
// let the command finish — a seed still completes its import — instead of dying on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') {
      stream.write = (_chunk, encoding, callback) => {
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') process.nextTick(done);
        return true;
      };
      return;
    }
    throw error;
  });
}

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
