import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { createTestDatabase, databaseClient, type TestDatabase } from '../helpers/database';
import { newsText } from '../helpers/articles';
import { startTestApp, type TestApp } from '../helpers/strapi';

/** What the plugin must index (server/src/content-types/indexes.ts), written out independently. */
const EXPECTED: { table: string; name: string; columns: string[] }[] = [
  {
    table: 'newsroom_articles',
    name: 'newsroom_articles_slug_locale_idx',
    columns: ['slug', 'locale'],
  },
  { table: 'newsroom_articles', name: 'newsroom_articles_source_key_idx', columns: ['source_key'] },
  {
    table: 'newsroom_articles',
    name: 'newsroom_articles_source_hash_idx',
    columns: ['source_hash'],
  },
  {
    table: 'newsroom_articles',
    name: 'newsroom_articles_published_locale_idx',
    columns: ['published_at', 'locale'],
  },
  { table: 'newsroom_authors', name: 'newsroom_authors_slug_idx', columns: ['slug'] },
  {
    table: 'newsroom_categories',
    name: 'newsroom_categories_slug_locale_idx',
    columns: ['slug', 'locale'],
  },
  {
    table: 'newsroom_import_logs',
    name: 'newsroom_import_logs_batch_id_idx',
    columns: ['batch_id', 'user_id'],
  },
];

type Row = Record<string, unknown>;

/** knex's raw() answers in each driver's shape: rows (SQLite), { rows } (pg), [rows, fields] (mysql2). */
const rowsOf = (client: TestDatabase['client'], result: unknown): Row[] => {
  if (client === 'postgres') return (result as { rows: Row[] }).rows;
  if (client === 'mysql') return (result as [Row[], unknown])[0];
  return result as Row[];
};

/** The table's indexes with their columns in order, read from the database's own catalog. */
const catalogIndexes = async (
  strapi: Core.Strapi,
  client: TestDatabase['client'],
  table: string
): Promise<Map<string, string[]>> => {
  const db = strapi.db.connection;
  const out = new Map<string, string[]>();
  if (client === 'sqlite') {
    const indexes = rowsOf(
      client,
      await db.raw(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`, [table])
    );
    for (const { name } of indexes) {
      const columns = rowsOf(client, await db.raw(`PRAGMA index_info(${JSON.stringify(name)})`));
      out.set(
        String(name),
        [...columns].sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => String(c.name))
      );
    }
  } else if (client === 'postgres') {
    const rows = rowsOf(
      client,
      await db.raw(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?`,
        [table]
      )
    );
    for (const { indexname, indexdef } of rows) {
      // CREATE INDEX name ON public.table USING btree (slug, locale)
      const columns = /\(([^)]*)\)\s*$/.exec(String(indexdef))?.[1] ?? '';
      out.set(
        String(indexname),
        columns.split(',').map((c) => c.trim().replace(/^"|"$/g, ''))
      );
    }
  } else {
    const rows = rowsOf(
      client,
      await db.raw(
        `SELECT index_name AS name, column_name AS col FROM information_schema.statistics
         WHERE table_schema = DATABASE() AND table_name = ? ORDER BY index_name, seq_in_index`,
        [table]
      )
    );
    for (const { name, col } of rows) {
      out.set(String(name), [...(out.get(String(name)) ?? []), String(col)]);
    }
  }
  return out;
};

const expectIndexes = async (app: TestApp) => {
  for (const { table, name, columns } of EXPECTED) {
    const indexes = await catalogIndexes(app.strapi, app.database.client, table);
    expect({ table, name, columns: indexes.get(name) }).toEqual({ table, name, columns });
  }
};

let database: TestDatabase;
let app: TestApp | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await app?.stop();
  await database.drop();
});

describe('database indexes', () => {
  it('creates the lookup indexes on a new database, and a restart keeps them', async () => {
    app = await startTestApp({}, database);
    await expectIndexes(app);
    for (const { name } of EXPECTED) expect(name.length).toBeLessThanOrEqual(63);

    // The second boot runs Strapi's schema sync against the stored schema: nothing dropped.
    await app.stop();
    app = await startTestApp({}, database);
    await expectIndexes(app);
  });

  it('a database made before the indexes gets them at the next start (an upgrade)', async () => {
    // Make the database what the previous version of the plugin left: no indexes, and a stored
    // schema (Strapi's record of what it synced last) without them and with another hash.
    const knex = app!.strapi.db.connection;
    const names = new Set(EXPECTED.map((e) => e.name));
    for (const { table, name } of EXPECTED) {
      await knex.schema.alterTable(table, (t) => {
        t.dropIndex([], name);
      });
    }
    const stored = (await knex('strapi_database_schema').first()) as {
      id: number;
      schema: unknown;
    };
    const schema = (
      typeof stored.schema === 'string' ? JSON.parse(stored.schema) : stored.schema
    ) as { tables: { indexes: { name: string }[] }[] };
    for (const table of schema.tables) {
      table.indexes = table.indexes.filter((index) => !names.has(index.name));
    }
    await knex('strapi_database_schema')
      .where({ id: stored.id })
      .update({ schema: JSON.stringify(schema), hash: 'before-the-indexes' });
    const before = await catalogIndexes(app!.strapi, database.client, 'newsroom_articles');
    expect(before.has('newsroom_articles_source_key_idx')).toBe(false);

    await app!.stop();
    app = await startTestApp({}, database);
    await expectIndexes(app);
  });

  // The query plan is only cheap to read on SQLite (EXPLAIN QUERY PLAN names the index).
  const onSqlite = databaseClient() === 'sqlite' ? it : it.skip;
  onSqlite('the engine looks articles up through them (SQLite query plan)', async () => {
    const strapi = app!.strapi;
    const engine = strapi.plugin('newsroom').service('import') as unknown as {
      apply: (inputs: { name: string; content: string }[], o?: object) => Promise<ImportReport>;
    };
    const input = {
      name: 'indexed.txt',
      content: newsText({ title: 'Indexed lookups', category: ['Economy'], authors: ['Ann Bee'] }),
    };
    await engine.apply([input], { status: 'draft' });

    // Capture the SQL of a re-import (the unchanged fast path and the full plan both run).
    const queries: { sql: string; bindings: unknown[] }[] = [];
    const listener = (query: { sql: string; bindings?: unknown[] }) => {
      queries.push({ sql: query.sql, bindings: query.bindings ?? [] });
    };
    strapi.db.connection.on('query', listener);
    try {
      await engine.apply([{ ...input, content: `${input.content}\n\nOne more paragraph.` }], {
        status: 'draft',
      });
    } finally {
      strapi.db.connection.off('query', listener);
    }

    const planOf = async (pattern: RegExp) => {
      const query = queries.find((q) => /^select/i.test(q.sql) && pattern.test(q.sql));
      expect(query).toBeDefined();
      const rows = (await strapi.db.connection.raw(
        `EXPLAIN QUERY PLAN ${query!.sql}`,
        query!.bindings as never
      )) as { detail: string }[];
      return rows.map((r) => r.detail).join('\n');
    };
    const bySourceHash = await planOf(/`t0`\.`source_hash` in/);
    expect(bySourceHash).toContain('newsroom_articles_source_hash_idx');
    const byKeyOrSlug = await planOf(/`t0`\.`source_key` in .*`t0`\.`slug` in/);
    expect(byKeyOrSlug).toContain('newsroom_articles_source_key_idx');
    expect(byKeyOrSlug).toContain('newsroom_articles_slug_locale_idx');
    const authors = await planOf(/from `newsroom_authors`.*`t0`\.`slug` in/);
    expect(authors).toContain('newsroom_authors_slug_idx');
    const categories = await planOf(/from `newsroom_categories`.*`t0`\.`slug` in/);
    expect(categories).toContain('newsroom_categories_slug_locale_idx');
  });
});

describe('the content API list', () => {
  // PostgreSQL plans a table of a few rows by its statistics (a sequential scan is right there);
  // MariaDB and SQLite name the index they take even on a small table.
  const onMysqlOrSqlite = databaseClient() === 'postgres' ? it.skip : it;
  onMysqlOrSqlite(
    'counts the published articles of a locale through an index, not the rows',
    async () => {
      app ??= await startTestApp({}, database);
      const strapi = app.strapi;
      const engine = strapi.plugin('newsroom').service('import') as unknown as {
        apply: (inputs: { name: string; content: string }[], o?: object) => Promise<ImportReport>;
      };
      await engine.apply(
        Array.from({ length: 3 }, (_, i) => ({
          name: `listed-${i}.txt`,
          content: newsText({
            title: `Listed article ${i}`,
            category: ['Economy'],
            authors: ['Ann Bee'],
          }),
        })),
        { status: 'published' }
      );

      const queries: { sql: string; bindings: unknown[] }[] = [];
      const listener = (query: { sql: string; bindings?: unknown[] }) => {
        queries.push({ sql: query.sql, bindings: query.bindings ?? [] });
      };
      strapi.db.connection.on('query', listener);
      let status: number;
      try {
        status = (await fetch(`${app!.url}/api/newsroom/articles?locale=en`)).status;
      } finally {
        strapi.db.connection.off('query', listener);
      }
      expect(status).toBe(200);
      const count = queries.find((q) => /count\(/i.test(q.sql) && /newsroom_articles/.test(q.sql));
      expect(count).toBeDefined();
      const plan = rowsOf(
        database.client,
        await strapi.db.connection.raw(
          `${database.client === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${count!.sql}`,
          count!.bindings as never
        )
      );
      const used = plan.map((row) => String(row.detail ?? row.key)).join('\n');
      expect(used).toContain('newsroom_articles_published_locale_idx');
    }
  );
});
