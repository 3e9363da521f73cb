import type { AddressInfo } from 'node:net';

import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

import { createTestDatabase, type TestDatabase } from './database';
import { PLAYGROUND, PLAYGROUND_DIST } from './paths';

export interface TestApp {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> of the listening server. */
  url: string;
  database: TestDatabase;
  stop: () => Promise<void>;
}

/**
 * Boots the playground in-process on a fresh throw-away database (SQLite by default,
 * Postgres or MariaDB when DATABASE_CLIENT says so) and listens on a free port.
 * One app per test file: call in beforeAll, stop in afterAll.
 */
export const startTestApp = async (
  extraEnv: Record<string, string> = {},
  /** Reuse this database (a restart) instead of creating one; `stop` then leaves it in place. */
  existing?: TestDatabase
): Promise<TestApp> => {
  const database = existing ?? (await createTestDatabase());
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL || 'error',
    PLAYGROUND_ADMIN: 'off',
    NEWSROOM_SEED_ON_BOOTSTRAP: 'false',
    ...database.env,
    ...extraEnv,
  };
  Object.assign(process.env, env);

  let strapi: Core.Strapi;
  try {
    strapi = createStrapi({
      appDir: PLAYGROUND,
      distDir: PLAYGROUND_DIST,
      autoReload: false,
      serveAdminPanel: false,
    });
    strapi.log.level = env.STRAPI_LOG_LEVEL;
    await strapi.load();
    // strapi.listen() would also print the startup banner; the server's listen mounts the routes.
    await new Promise<void>((resolve, reject) => {
      strapi.server.httpServer.once('error', reject);
      strapi.server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    if (!existing) await database.drop();
    throw error;
  }
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    stop: async () => {
      await strapi.destroy();
      if (!existing) await database.drop();
    },
  };
};
