// Bundles the `newsroom` CLI (server/src/cli/index.ts) into dist/cli/index.js, and the parse
// pool's worker (server/src/import/parse-worker.ts) into dist/server/parse-worker.js, beside the
// server bundle that starts it (server/src/import/parse-pool.ts).
// Dependencies stay external: they are resolved from node_modules at run time.
import { rmSync } from 'node:fs';

import { build } from 'esbuild';

// A fresh folder: nothing left over from an earlier build (such as a source map) gets packed.
rmSync('dist/cli', { recursive: true, force: true });

/** Both bundles: Node 20, CommonJS, dependencies left to node_modules. */
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  // No source map: it would be the largest file in the package (~160 kB), and the bundle is
  // plain, readable JavaScript, so stack traces are usable without it.
  sourcemap: false,
  logLevel: 'warning',
};

await build({ ...node, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli/index.js' });

await build({
  ...node,
  entryPoints: ['server/src/import/parse-worker.ts'],
  outfile: 'dist/server/parse-worker.js',
});
