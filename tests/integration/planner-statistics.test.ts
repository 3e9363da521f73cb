import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { databaseClient } from '../helpers/database';
import { startTestApp, type TestApp } from '../helpers/strapi';

/*
 * PostgreSQL only (server/src/import/statistics.ts): a table it has never analyzed makes the
 * import's `IN (…)` lookups read the whole table, which slowed a 100,000-article first import
 * from 312 to 88 articles/s on a server without autovacuum (as this project's test server).
 * The import analyzes its tables once they have grown; then the same lookups use the indexes.
 */
const onPostgres = databaseClient() === 'postgres' ? describe : describe.skip;
const onMysql = databaseClient() === 'mysql' ? describe : describe.skip;

let app: TestApp;

interface TableStats {
  last_analyze: Date | null;
  last_autoanalyze: Date | null;
}

const statsOf = async (table: string): Promise<TableStats> => {
  // Counters reach pg_stat_* when a backend flushes them (at most once a second).
  await app.strapi.db.connection.raw('select pg_stat_clear_snapshot()');
  const result = (await app.strapi.db.connection.raw(
    `select last_analyze, last_autoanalyze from pg_stat_user_tables where relname = ? and schemaname = current_schema()`,
    [table]
  )) as { rows: TableStats[] };
  return result.rows[0];
};

const article = (i: number) => ({
  name: `statistics-${i}.txt`,
  content: newsText({
    title: `Planner statistics article number ${i}`,
    category: ['Statistics'],
    authors: [`Writer Number${i % 7}`],
  }),
});

/** The import's service, for a stream of windows of 100. */
const importStream = async (inputs: { name: string; content: string }[]) => {
  const service = app.strapi.plugin('newsroom').service('import') as unknown as {
    applyStream: (
      stream: { windows: { name: string; content: string }[][]; total: number },
      options: object
    ) => Promise<ImportReport>;
  };
  const windows = [];
  for (let i = 0; i < inputs.length; i += 100) windows.push(inputs.slice(i, i + 100));
  return service.applyStream(
    { windows, total: inputs.length },
    { status: 'published', origin: 'cli', maxReportLines: 10 }
  );
};

onPostgres('PostgreSQL planner statistics during an import', () => {
  // Each case on a database of its own: the first analysis is what each one is about.
  beforeEach(async () => {
    app = await startTestApp();
  });

  afterEach(async () => {
    await app?.stop();
  });

  it('a first import of 1,100 articles on an empty table analyzes its tables after the first 1,000', async () => {
    const before = await statsOf('newsroom_articles');
    expect(before.last_analyze).toBeNull();

    const report = await importStream(Array.from({ length: 1100 }, (_, i) => article(i)));
    expect(report.totals.created).toBe(1100);

    // The table was empty at the start (nothing to analyze then): the check after the first
    // 1,000 articles did it — not autovacuum, which sets last_autoanalyze.
    const after = await statsOf('newsroom_articles');
    expect(after.last_analyze).not.toBeNull();
    for (const table of ['newsroom_articles_authors_lnk', 'newsroom_articles_category_lnk']) {
      expect((await statsOf(table)).last_analyze).not.toBeNull();
    }
  });

  /** The plan of a chunk's lookup: 50 source keys or 50 slugs. */
  const lookupPlan = async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `key-${i * 1_999}`);
    const slugs = Array.from({ length: 50 }, (_, i) => `synthetic-${i * 1_997}`);
    const plan = (await app.strapi.db.connection.raw(
      `explain select document_id from newsroom_articles where locale = ? and (source_key in (${keys.map(() => '?').join(', ')}) or slug in (${slugs.map(() => '?').join(', ')}))`,
      ['en', ...keys, ...slugs]
    )) as { rows: { 'QUERY PLAN': string }[] };
    return plan.rows.map((row) => row['QUERY PLAN']).join('\n');
  };

  it('an import that starts on a grown table analyzes it first: the lookups then use the indexes', async () => {
    // 100,000 rows written behind the import's back (another tool, an earlier import that
    // autovacuum has not seen).
    await app.strapi.db.connection.raw(
      `insert into newsroom_articles (document_id, title, slug, source_key, locale, created_at, updated_at)
       select 'synthetic' || g, 'Synthetic ' || g, 'synthetic-' || g, 'key-' || g, 'en', now(), now()
         from generate_series(1, 100000) as g`
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const autovacuum = (await app.strapi.db.connection.raw('show autovacuum')) as {
      rows: { autovacuum: string }[];
    };
    if (autovacuum.rows[0].autovacuum === 'off') {
      // What the import met before: the planner, blind, does not take the source-key index
      // (it reads the whole table, or scans another index by locale) for every chunk.
      expect(await lookupPlan()).not.toMatch(/newsroom_articles_source_key_idx/);
    }
    expect((await statsOf('newsroom_articles')).last_analyze).toBeNull();

    const service = app.strapi.plugin('newsroom').service('import') as unknown as {
      apply: (
        inputs: { name: string; content: string }[],
        options: object
      ) => Promise<ImportReport>;
    };
    await service.apply([article(5000)], { status: 'draft', dryRun: true });
    expect((await statsOf('newsroom_articles')).last_analyze).not.toBeNull();
    const plan = await lookupPlan();
    expect(plan).toMatch(/newsroom_articles_source_key_idx/);
    expect(plan).not.toMatch(/Seq Scan on newsroom_articles/);
  });
});

/*
 * MySQL/MariaDB: InnoDB recalculates a table's index statistics in the background, at most every
 * 10 s, so during an import that grows a table from nothing they say it holds a handful of rows;
 * MariaDB then read the whole table (in primary key order) for each window's lookup of 200
 * source keys. The import analyzes its tables as it grows them, and at its start when their row
 * count is far from their statistics.
 */
onMysql('MySQL/MariaDB index statistics during an import', () => {
  beforeEach(async () => {
    app = await startTestApp();
  });

  afterEach(async () => {
    await app?.stop();
  });

  const mysqlRows = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> =>
    ((await app.strapi.db.connection.raw(sql, bindings as never)) as unknown as [T[]])[0];

  /** The number of distinct primary keys InnoDB's statistics know of. */
  const analyzedRows = async (table: string) =>
    Number(
      (
        await mysqlRows<{ cardinality: number | null }>(
          `select cardinality from information_schema.statistics
            where table_schema = database() and table_name = ? and index_name = 'PRIMARY'`,
          [table]
        )
      )[0]?.cardinality ?? 0
    );

  /** The plan of a window's lookup by 200 source keys, as the engine orders it. */
  const lookupPlan = async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `key-${i * 499}`);
    return mysqlRows<{ type: string; key: string | null }>(
      `explain select document_id, source_key from newsroom_articles where source_key in (${keys.map(() => '?').join(', ')}) order by id asc`,
      keys
    );
  };

  it('a first import of 1,100 articles leaves statistics of about the table’s size', async () => {
    const report = await importStream(Array.from({ length: 1100 }, (_, i) => article(i)));
    expect(report.totals.created).toBe(1100);
    // 2,200 rows (draft and published): analyzed after the first 1,000 articles at least.
    expect(await analyzedRows('newsroom_articles')).toBeGreaterThan(1_000);
    expect(await analyzedRows('newsroom_articles_category_lnk')).toBeGreaterThan(1_000);
  });

  it('an import that starts on a grown table analyzes it first: the lookups then use the index', async () => {
    // 50,000 rows written behind the import's back, right after the table was created.
    await app.strapi.db.connection.raw(
      `insert into newsroom_articles (document_id, title, slug, source_key, locale, created_at, updated_at)
       select concat('synthetic', seq), concat('Synthetic ', seq), concat('synthetic-', seq), concat('key-', seq), 'en', now(), now()
         from seq_1_to_50000`
    );
    if ((await analyzedRows('newsroom_articles')) < 25_000) {
      // What the import met before: the whole table read for every window.
      const [plan] = await lookupPlan();
      expect(plan.key).not.toBe('newsroom_articles_source_key_idx');
    }

    await importStream([article(5000)]);
    expect(await analyzedRows('newsroom_articles')).toBeGreaterThan(25_000);
    const [plan] = await lookupPlan();
    expect(plan).toMatchObject({ type: 'range', key: 'newsroom_articles_source_key_idx' });
  });
});
