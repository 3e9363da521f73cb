'use strict';
/**
 * The benchmark's throw-away databases: a SQLite file in the run's temporary folder, or a fresh
 * database on the PostgreSQL or MySQL/MariaDB server the tests use (the same DATABASE_HOST,
 * DATABASE_PORT, DATABASE_USERNAME, DATABASE_PASSWORD and DATABASE_ADMIN_NAME variables as
 * tests/helpers/database.ts), dropped at the end.
 */
const { randomBytes } = require('node:crypto');
const path = require('node:path');

const CLIENTS = ['sqlite', 'postgres', 'mysql'];

const server = (client) => ({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || (client === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME || (client === 'postgres' ? 'postgres' : 'root'),
  password: process.env.DATABASE_PASSWORD || '',
  database: process.env.DATABASE_ADMIN_NAME || 'test',
});

const adminQuery = async (client, sql) => {
  const s = server(client);
  if (client === 'postgres') {
    const { Client } = require('pg');
    const pg = new Client(s);
    try {
      await pg.connect();
    } catch (error) {
      throw new Error(
        `Cannot reach PostgreSQL at ${s.host}:${s.port}: ${error.message}. Start it, or set DATABASE_HOST / DATABASE_PORT / DATABASE_USERNAME / DATABASE_PASSWORD.`
      );
    }
    try {
      await pg.query(sql);
    } finally {
      await pg.end();
    }
    return;
  }
  const mysql = require('mysql2/promise');
  let my;
  try {
    my = await mysql.createConnection(s);
  } catch (error) {
    throw new Error(
      `Cannot reach MySQL/MariaDB at ${s.host}:${s.port}: ${error.message}. Start it, or set DATABASE_HOST / DATABASE_PORT / DATABASE_USERNAME / DATABASE_PASSWORD.`
    );
  }
  try {
    await my.query(sql);
  } finally {
    await my.end();
  }
};

/** A new empty database: `{ env, drop }`, env being what the playground reads its config from. */
const createBenchDatabase = async (client, tmpDir, label) => {
  if (!CLIENTS.includes(client)) {
    throw new Error(`--db must be one of ${CLIENTS.join(', ')} (got "${client}")`);
  }
  if (client === 'sqlite') {
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmpDir, `${label}.db`) },
      drop: async () => {},
    };
  }
  const s = server(client);
  const name = `newsroom_bench_${process.pid}_${label.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
  await adminQuery(
    client,
    client === 'postgres'
      ? `CREATE DATABASE "${name}"`
      : `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
  );
  return {
    env: {
      DATABASE_CLIENT: client,
      DATABASE_HOST: s.host,
      DATABASE_PORT: String(s.port),
      DATABASE_USERNAME: s.user,
      DATABASE_PASSWORD: s.password,
      DATABASE_NAME: name,
    },
    drop: () =>
      adminQuery(
        client,
        client === 'postgres'
          ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
          : `DROP DATABASE IF EXISTS \`${name}\``
      ),
  };
};

module.exports = { CLIENTS, createBenchDatabase };
