import type { Core } from '@strapi/strapi';

import { UID as NEWSROOM } from '../../../shared/contracts';

/**
 * The planner statistics for the tables an import reads, kept in step with the import
 * (PostgreSQL and MySQL/MariaDB).
 *
 * The import looks its articles up by source key, slug and source hash, a window or chunk at a
 * time, with `IN (…)` lists of up to a few hundred values. Both planners estimate such a lookup
 * from their statistics, and both read the whole table when the statistics are older than the
 * table:
 * - PostgreSQL, on a table it has never analyzed, assumes each value matches 0.5 % of the rows, so
 *   a list of 50 "matches" a quarter of the table. That happened where autovacuum is off (as on
 *   this project's test server) or has not caught up with a bulk import: the first import of
 *   100,000 articles slowed from 312 to 88 articles/s.
 * - InnoDB keeps its index statistics (the distinct values of each index) from its last
 *   recalculation, which it makes in the background at most every 10 s per table once 10 % of it
 *   changed — far behind an import that grows a table from nothing by 500 articles a second. With
 *   an index believed to hold 2 distinct values, MariaDB took a full scan (in primary key order,
 *   for the `order by id`) for every lookup of 200 source keys: half of the importing thread's
 *   wait on the server in a 10k first import (slow-query log: ~14,000 rows examined a lookup).
 *   MySQL/MariaDB estimate lists of fewer than `eq_range_index_dive_limit` (200) values by index
 *   dives instead, but the window's lookups are longer.
 * Once a table has statistics of about its size, the planners know the columns are nearly unique,
 * so one analysis after the table has grown a lot is all it takes.
 *
 * At the start of an import, `check()` analyzes (what autovacuum or InnoDB would) each of the
 * import's tables whose rows changed since their last analysis by more than half their size (and
 * at least 500 rows): other writers' changes, or an earlier import's. On MySQL/MariaDB "changed"
 * is how far the row count (`information_schema.tables`, kept up to date) is from the primary
 * key's distinct values in the statistics (`information_schema.statistics`, from the last
 * recalculation). Then the import counts what it writes itself and analyzes its tables again each
 * time it has grown them by half (at least 1,000 articles): at 1,000, 2,000, 3,000, 4,500 …
 * articles, a dozen times over 100,000, some tens of milliseconds each. SQLite needs none of it:
 * its planner prefers an index for an equality without statistics. A failed analysis (a user
 * without the privilege) is logged and the import goes on.
 */

/** Articles an import writes before it first analyzes its tables. */
export const ANALYZE_AFTER_ARTICLES = 1_000;

/** Whether a table's statistics are stale enough to analyze it now. */
export const needsAnalyze = (live: number, modifiedSinceAnalyze: number): boolean =>
  modifiedSinceAnalyze >= 500 && modifiedSinceAnalyze > live / 2;

/** Whether an import that has written `written` articles since its tables held `known` analyzes them. */
export const grownEnough = (known: number, written: number): boolean =>
  written >= Math.max(ANALYZE_AFTER_ARTICLES, known / 2);

export interface StatisticsKeeper {
  /** At the start of an import: analyzes the tables whose statistics are stale. */
  check: () => Promise<void>;
  /** Counts written articles; analyzes the tables each time the import has grown them enough. */
  written: (articles: number) => Promise<void>;
}

/** The tables of the article, author and category types and of their relations' join tables. */
export const importTables = (strapi: Core.Strapi): string[] => {
  const tables = new Set<string>();
  for (const uid of [NEWSROOM.article, NEWSROOM.author, NEWSROOM.category]) {
    const meta = strapi.db.metadata.get(uid);
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes) as {
      type?: string;
      joinTable?: { name?: string };
    }[]) {
      if (attribute.type === 'relation' && typeof attribute.joinTable?.name === 'string') {
        tables.add(attribute.joinTable.name);
      }
    }
  }
  return [...tables];
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableRow {
  name: string;
  relname: string;
  live: string | number;
  modified: string | number;
}

/** How a keeper finds the stale tables and analyzes them, on one database. */
interface StatisticsDialect {
  /** The import's tables whose statistics are stale, and the articles the article table holds. */
  stale: () => Promise<{ stale: string[]; articles: number }>;
  analyze: (tables: string[]) => Promise<void>;
  /** The import's tables, as `analyze` names them. */
  tables: string[];
}

const postgresDialect = (strapi: Core.Strapi): StatisticsDialect => {
  const schema = strapi.db.getSchemaName();
  const qualified = (table: string) => (schema ? `${quote(schema)}.${quote(table)}` : quote(table));
  const articleTable = strapi.db.metadata.get(NEWSROOM.article).tableName;
  const tables = importTables(strapi).map(qualified);
  return {
    tables,
    stale: async () => {
      const result = (await strapi.db.connection.raw(
        `select s.relid::regclass::text as name, s.relname, s.n_live_tup as live, s.n_mod_since_analyze as modified
           from pg_stat_user_tables s
          where s.relid in (select to_regclass(t) from unnest(?::text[]) as t)`,
        [tables]
      )) as { rows: TableRow[] };
      const articles = result.rows.find((row) => row.relname === articleTable);
      return {
        articles: Math.ceil(Number(articles?.live ?? 0) / 2),
        stale: result.rows
          .filter((row) => needsAnalyze(Number(row.live), Number(row.modified)))
          .map((row) => row.name),
      };
    },
    analyze: async (names) => {
      await strapi.db.connection.raw(`ANALYZE ${names.join(', ')}`);
    },
  };
};

const mysqlDialect = (strapi: Core.Strapi): StatisticsDialect => {
  const articleTable = strapi.db.metadata.get(NEWSROOM.article).tableName;
  const tables = importTables(strapi);
  const list = tables.map(() => '?').join(', ');
  return {
    tables,
    stale: async () => {
      // table_rows follows the inserts; the primary key's cardinality is the last recalculation's.
      const [rows] = (await strapi.db.connection.raw(
        `select t.table_name as name, t.table_rows as live, s.cardinality as analyzed
           from information_schema.tables t
           left join information_schema.statistics s
             on s.table_schema = t.table_schema and s.table_name = t.table_name
            and s.index_name = 'PRIMARY' and s.seq_in_index = 1
          where t.table_schema = database() and t.table_name in (${list})`,
        tables
      )) as unknown as [{ name: string; live: unknown; analyzed: unknown }[]];
      const articles = rows.find((row) => row.name === articleTable);
      return {
        articles: Math.ceil(Number(articles?.live ?? 0) / 2),
        stale: rows
          .filter((row) =>
            needsAnalyze(Number(row.live), Math.abs(Number(row.live) - Number(row.analyzed ?? 0)))
          )
          .map((row) => row.name),
      };
    },
    analyze: async (names) => {
      // ANALYZE TABLE answers with a row per table; an error is one of them, not an exception.
      const [rows] = (await strapi.db.connection.raw(
        `ANALYZE TABLE ${names.map(() => '??').join(', ')}`,
        names
      )) as unknown as [{ Table: string; Msg_type: string; Msg_text: string }[]];
      const failed = rows.filter((row) => row.Msg_type === 'error');
      if (failed.length > 0) {
        throw new Error(failed.map((row) => `${row.Table}: ${row.Msg_text}`).join('; '));
      }
    },
  };
};

const DIALECTS: Record<string, (strapi: Core.Strapi) => StatisticsDialect> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
};

export const createStatisticsKeeper = (strapi: Core.Strapi): StatisticsKeeper => {
  const dialect = DIALECTS[strapi.db.dialect.client]?.(strapi);
  if (!dialect) return { check: async () => {}, written: async () => {} };
  /** Articles the article table held at the last analysis (draft and published rows: two each, at most). */
  let known = 0;
  let written = 0;

  const warn = (error: unknown) =>
    strapi.log.warn(
      `[newsroom] could not update the planner statistics of the import's tables (${error instanceof Error ? error.message : String(error)}); lookups may be slower on large tables until the database analyzes them itself.`
    );

  const analyze = async (names: string[]) => {
    const started = Date.now();
    await dialect.analyze(names);
    strapi.log.debug(
      `[newsroom] analyzed ${names.join(', ')} in ${Date.now() - started} ms (planner statistics for the import's lookups)`
    );
  };

  const check = async () => {
    try {
      const { stale, articles } = await dialect.stale();
      known = articles;
      if (stale.length > 0) await analyze(stale);
    } catch (error) {
      warn(error);
    }
  };

  return {
    check,
    written: async (articles: number) => {
      written += articles;
      if (!grownEnough(known, written)) return;
      known += written;
      written = 0;
      try {
        await analyze(dialect.tables);
      } catch (error) {
        warn(error);
      }
    },
  };
};
