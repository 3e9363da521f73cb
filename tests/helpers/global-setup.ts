import { compileStrapi } from '@strapi/strapi';

import { buildIfStale } from '../../scripts/build-if-stale';
import { PLAYGROUND } from './paths';

/**
 * Builds the plugin if dist/ is stale (the playground loads it from there; a fresh clone has
 * none), then compiles the playground (TypeScript), once for the whole integration run.
 */
export default async function globalSetup(): Promise<void> {
  if (!buildIfStale()) throw new Error('The plugin build failed (npm run build): fix it first.');
  const started = Date.now();
  await compileStrapi({ appDir: PLAYGROUND });
  process.stdout.write(`\n[integration] playground compiled in ${Date.now() - started} ms\n`);
}
