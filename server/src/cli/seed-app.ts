import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { UsageError } from './io';

interface StrapiModule {
  createStrapi: (options: {
    appDir: string;
    distDir: string;
    autoReload?: boolean;
    serveAdminPanel?: boolean;
  }) => Core.Strapi;
  compileStrapi: (options: { appDir: string; ignoreDiagnostics?: boolean }) => Promise<{
    appDir: string;
    distDir: string;
  }>;
}

/**
 * Loads (register + bootstrap, no HTTP server) the Strapi app in `appDir` with the app's own
 * @strapi/strapi, compiling it first when it is a TypeScript project. Strapi's logs are limited
 * to errors so that they do not drown the command's output.
 */
export const loadStrapiApp = async (appDir: string): Promise<Core.Strapi> => {
  const manifest = path.join(appDir, 'package.json');
  if (!fs.existsSync(manifest)) {
    throw new UsageError(
      `${appDir} is not a Strapi app (no package.json). Run the command in your Strapi app's folder or pass --app-dir.`
    );
  }
  let strapiModule: StrapiModule;
  try {
    const appRequire = createRequire(manifest);
    strapiModule = appRequire('@strapi/strapi') as StrapiModule;
  } catch {
    throw new UsageError(
      `${appDir} has no @strapi/strapi installed. Run the command in a Strapi 5 app (after npm install) or pass --app-dir.`
    );
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // The command does the import itself, so that its report says what was created.
  process.env.NEWSROOM_SKIP_BOOTSTRAP_SEED = 'true';
  const { distDir } = await strapiModule.compileStrapi({ appDir, ignoreDiagnostics: true });
  const app = strapiModule.createStrapi({
    appDir,
    distDir,
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = process.env.STRAPI_LOG_LEVEL || 'error';
  try {
    await app.load();
  } catch (error) {
    const message = configErrorMessage(error);
    if (message !== undefined) throw new UsageError(message);
    throw error;
  }
  return app;
};

/**
 * The message of an invalid plugin config, without the stack: Strapi wraps a plugin's config
 * validator error as "Error regarding <plugin> config: <message>"; ours names the key.
 */
export const configErrorMessage = (error: unknown): string | undefined => {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'ConfigError') return error.message;
  const match = /^Error regarding (\S+) config: ([\s\S]*)$/.exec(error.message);
  if (!match) return undefined;
  return match[2].startsWith('Invalid config')
    ? match[2]
    : `Invalid config for plugin "${match[1]}": ${match[2]}`;
};
