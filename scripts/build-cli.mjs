// Bundles the `newsroom` CLI (server/src/cli/index.ts) into dist/cli/index.js.
// Dependencies stay external: they are resolved from node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['server/src/cli/index.ts'],
  outfile: 'dist/cli/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
