import { compileStrapi } from '@strapi/strapi';

import { PLAYGROUND } from './paths';

/** Compiles the playground (TypeScript) once for the whole integration run. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await compileStrapi({ appDir: PLAYGROUND });
  process.stdout.write(`\n[integration] playground compiled in ${Date.now() - started} ms\n`);
}
