import { spawnSync } from 'node:child_process';
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
  let strapiPath: string;
  try {
    const appRequire = createRequire(manifest);
    strapiPath = appRequire.resolve('@strapi/strapi');
    strapiModule = appRequire(strapiPath) as StrapiModule;
  } catch {
    throw new UsageError(
      `${appDir} has no @strapi/strapi installed. Run the command in a Strapi 5 app (after npm install) or pass --app-dir.`
    );
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // The command does the import itself, so that its report says what was created.
  process.env.NEWSROOM_SKIP_BOOTSTRAP_SEED = 'true';
  const distDir = compileInChild(strapiPath, appDir);
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

const DIST_MARK = '@@newsroom-dist@@';

/**
 * Compiles the app (TypeScript) in a process of its own: compiling in this one left the
 * TypeScript program's few hundred MB in the heap and made V8 size it for that, so that a large
 * import's peak memory was twice what the import needs. Returns the app's dist folder.
 */
const compileInChild = (strapiPath: string, appDir: string): string => {
  const script = [
    `require(${JSON.stringify(strapiPath)})`,
    `.compileStrapi({ appDir: ${JSON.stringify(appDir)}, ignoreDiagnostics: true })`,
    `.then((r) => process.stdout.write('\\n${DIST_MARK}' + r.distDir + '\\n'))`,
    '.catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e) + "\\n"); process.exit(1); });',
  ].join('');
  const child = spawnSync(process.execPath, ['-e', script], {
    cwd: appDir,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(DIST_MARK));
  if (child.status !== 0 || !line) {
    throw new Error(
      `Compiling the Strapi app in ${appDir} failed${child.stderr ? `:\n${child.stderr.trim()}` : ''}. Fix the error above (npm run build in the app shows it too) and run the command again.`
    );
  }
  return line.slice(DIST_MARK.length).trim();
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
