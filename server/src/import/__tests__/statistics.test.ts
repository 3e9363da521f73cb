import type { Core } from '@strapi/strapi';

import { createStatisticsKeeper, grownEnough, importTables, needsAnalyze } from '../statistics';

describe('needsAnalyze', () => {
  it('when at least 500 rows and more than half the table changed since the last analysis', () => {
    expect(needsAnalyze(0, 0)).toBe(false);
    expect(needsAnalyze(400, 499)).toBe(false);
    expect(needsAnalyze(400, 500)).toBe(true);
    expect(needsAnalyze(2_000, 1_000)).toBe(false);
    expect(needsAnalyze(2_000, 1_001)).toBe(true);
  });
});

describe('grownEnough', () => {
  it('after 1,000 articles, then each time the import has grown the table by half', () => {
    expect(grownEnough(0, 999)).toBe(false);
    expect(grownEnough(0, 1_000)).toBe(true);
    expect(grownEnough(1_000, 1_000)).toBe(true);
    expect(grownEnough(4_000, 1_999)).toBe(false);
    expect(grownEnough(4_000, 2_000)).toBe(true);
  });
});

/** A Strapi with just what the keeper reads: the dialect, the metadata, a raw() that records. */
const fakeStrapi = (
  client: string,
  answer: (sql: string) => unknown = () => ({ rows: [] }),
  schema?: string
) => {
  const sql: string[] = [];
  const bindings: unknown[][] = [];
  const warnings: string[] = [];
  const meta = (tableName: string, joins: string[]) => ({
    tableName,
    attributes: {
      title: { type: 'string' },
      ...Object.fromEntries(joins.map((name) => [name, { type: 'relation', joinTable: { name } }])),
      morph: { type: 'relation', joinTable: undefined },
    },
  });
  const metadata: Record<string, ReturnType<typeof meta>> = {
    'plugin::newsroom.article': meta('newsroom_articles', [
      'newsroom_articles_authors_lnk',
      'newsroom_articles_category_lnk',
    ]),
    'plugin::newsroom.author': meta('newsroom_authors', ['newsroom_articles_authors_lnk']),
    'plugin::newsroom.category': meta('newsroom_categories', ['newsroom_categories_parent_lnk']),
  };
  const strapi = {
    db: {
      dialect: { client },
      getSchemaName: () => schema,
      metadata: { get: (uid: string) => metadata[uid] },
      connection: {
        raw: async (text: string, values: unknown[] = []) => {
          sql.push(text);
          bindings.push(values);
          const out = answer(text);
          if (out instanceof Error) throw out;
          return out;
        },
      },
    },
    log: { debug: () => {}, warn: (message: string) => warnings.push(message) },
  } as unknown as Core.Strapi;
  return { strapi, sql, bindings, warnings };
};

describe('createStatisticsKeeper', () => {
  it('lists the three types’ tables and their join tables once each', () => {
    expect(importTables(fakeStrapi('postgres').strapi)).toEqual([
      'newsroom_articles',
      'newsroom_articles_authors_lnk',
      'newsroom_articles_category_lnk',
      'newsroom_authors',
      'newsroom_categories',
      'newsroom_categories_parent_lnk',
    ]);
  });

  it('does nothing on SQLite', async () => {
    const { strapi, sql } = fakeStrapi('sqlite');
    const keeper = createStatisticsKeeper(strapi);
    await keeper.check();
    await keeper.written(50_000);
    expect(sql).toEqual([]);
  });

  it('on MySQL/MariaDB: analyzes the tables whose row count is far from their statistics, then as the import grows them', async () => {
    const { strapi, sql, bindings } = fakeStrapi('mysql', (text) =>
      text.startsWith('select')
        ? [
            [
              // InnoDB's statistics from when the table was nearly empty: 4,000 rows, 40 known.
              { name: 'newsroom_articles', live: 4_000, analyzed: 40 },
              { name: 'newsroom_authors', live: 600, analyzed: 590 },
              // Never recalculated (no primary key statistics row yet).
              { name: 'newsroom_categories', live: 700, analyzed: null },
            ],
            [],
          ]
        : [[{ Table: 'x', Msg_type: 'status', Msg_text: 'OK' }], []]
    );
    const keeper = createStatisticsKeeper(strapi);
    await keeper.check();
    expect(sql[0]).toContain('information_schema.tables');
    expect(bindings[0]).toEqual(importTables(strapi));
    expect(sql.slice(1)).toEqual(['ANALYZE TABLE ??, ??']);
    expect(bindings[1]).toEqual(['newsroom_articles', 'newsroom_categories']);
    // The article table held 2,000 articles: the next analysis after 1,000 more, of every table.
    sql.length = 0;
    bindings.length = 0;
    await keeper.written(999);
    expect(sql).toEqual([]);
    await keeper.written(1);
    expect(sql).toEqual(['ANALYZE TABLE ??, ??, ??, ??, ??, ??']);
    expect(bindings[0]).toEqual(importTables(strapi));
  });

  it('on MySQL/MariaDB: an analysis that answers with an error row is a warning', async () => {
    const { strapi, warnings } = fakeStrapi('mysql', () => [
      [{ Table: 'db.newsroom_articles', Msg_type: 'error', Msg_text: 'Table is read only' }],
      [],
    ]);
    const keeper = createStatisticsKeeper(strapi);
    await keeper.written(1_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('db.newsroom_articles: Table is read only');
  });

  it('at the start, analyzes only the stale tables; then every time the import grew them by half', async () => {
    const { strapi, sql } = fakeStrapi('postgres', (text) =>
      text.startsWith('select')
        ? {
            rows: [
              {
                name: 'newsroom_articles',
                relname: 'newsroom_articles',
                live: 4_000,
                modified: 10,
              },
              { name: 'newsroom_authors', relname: 'newsroom_authors', live: 600, modified: 600 },
            ],
          }
        : { rows: [] }
    );
    const keeper = createStatisticsKeeper(strapi);
    await keeper.check();
    expect(sql.slice(1)).toEqual(['ANALYZE newsroom_authors']);
    // The article table held 2,000 articles: the next analysis after 1,000 more.
    sql.length = 0;
    await keeper.written(999);
    expect(sql).toEqual([]);
    await keeper.written(1);
    expect(sql).toEqual([
      'ANALYZE "newsroom_articles", "newsroom_articles_authors_lnk", "newsroom_articles_category_lnk", "newsroom_authors", "newsroom_categories", "newsroom_categories_parent_lnk"',
    ]);
    // 3,000 now: the next after 1,500 more.
    sql.length = 0;
    await keeper.written(1_499);
    expect(sql).toEqual([]);
    await keeper.written(1);
    expect(sql).toHaveLength(1);
  });

  it('names the tables in the app’s schema', async () => {
    const { strapi, sql } = fakeStrapi('postgres', () => ({ rows: [] }), 'news');
    const keeper = createStatisticsKeeper(strapi);
    await keeper.written(1_000);
    expect(sql[0]).toContain('"news"."newsroom_articles", "news"."newsroom_articles_authors_lnk"');
  });

  it('a failed analysis is a warning, and the import goes on', async () => {
    const { strapi, warnings } = fakeStrapi('postgres', () => new Error('must be owner of table'));
    const keeper = createStatisticsKeeper(strapi);
    await expect(keeper.check()).resolves.toBeUndefined();
    await expect(keeper.written(1_000)).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('must be owner of table');
    expect(warnings[0]).toContain('until the database analyzes them itself');
  });
});
