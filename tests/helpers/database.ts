import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  /** Environment the playground reads its database config from. */
  env: Record<string, string>;
  /** A readable name for logs. */
  label: string;
  drop: () => Promise<void>;
}

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}").`);
  }
  return client;
};

const server = (client: 'postgres' | 'mysql') => ({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || (client === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME || (client === 'postgres' ? 'postgres' : 'root'),
  password: process.env.DATABASE_PASSWORD || '',
  // The database we connect to in order to create and drop the throw-away ones.
  adminDatabase: process.env.DATABASE_ADMIN_NAME || 'test',
});

const unreachable = (client: string, host: string, port: number, error: unknown): Error =>
  new Error(
    `Cannot reach ${client} at ${host}:${port} to create a test database: ${
      error instanceof Error ? error.message : String(error)
    }. Start the server (see README, "Tests") or set DATABASE_HOST / DATABASE_PORT / ` +
      'DATABASE_USERNAME / DATABASE_PASSWORD.'
  );

/** Creates an empty database for one test file; `drop` removes it again. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const client = databaseClient();
  const name = `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    const filename = path.join(dir, 'data.db');
    return {
      client,
      label: filename,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  const s = server(client);
  const env = {
    DATABASE_CLIENT: client,
    DATABASE_HOST: s.host,
    DATABASE_PORT: String(s.port),
    DATABASE_USERNAME: s.user,
    DATABASE_PASSWORD: s.password,
    DATABASE_NAME: name,
  };

  if (client === 'postgres') {
    const { Client } = await import('pg');
    const connect = async () => {
      const pg = new Client({
        host: s.host,
        port: s.port,
        user: s.user,
        password: s.password,
        database: s.adminDatabase,
      });
      try {
        await pg.connect();
      } catch (error) {
        throw unreachable('PostgreSQL', s.host, s.port, error);
      }
      return pg;
    };
    const pg = await connect();
    await pg.query(`CREATE DATABASE "${name}"`);
    await pg.end();
    return {
      client,
      env,
      label: `postgres://${s.host}:${s.port}/${name}`,
      drop: async () => {
        const again = await connect();
        await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await again.end();
      },
    };
  }

  const mysql = await import('mysql2/promise');
  const connect = async () => {
    try {
      return await mysql.createConnection({
        host: s.host,
        port: s.port,
        user: s.user,
        password: s.password,
        database: s.adminDatabase,
      });
    } catch (error) {
      throw unreachable('MySQL/MariaDB', s.host, s.port, error);
    }
  };
  const my = await connect();
  await my.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await my.end();
  return {
    client,
    env,
    label: `mysql://${s.host}:${s.port}/${name}`,
    drop: async () => {
      const again = await connect();
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.end();
    },
  };
};
