import type { Core } from '@strapi/strapi';

import { UID as NEWSROOM } from '../../../shared/contracts';

/**
 * PostgreSQL's planner statistics for the tables an import reads, kept in step with the import.
 *
 * The import looks its articles up by source key, slug and source hash, a chunk at a time, with
 * `IN (…)` lists of 25–50 values. On a table PostgreSQL has never analyzed, the planner assumes
 * each value matches 0.5 % of the rows, so a list of 50 "matches" a quarter of the table and it
 * reads the whole table instead of the index. That happened where autovacuum is off (as on this
 * project's test server) or has not caught up with a bulk import: the first import of 100,000
 * articles slowed from 312 to 88 articles/s, with the database at 100 % CPU on those scans. Once
 * a table has statistics, the planner knows the columns are nearly unique and scales that with
 * the table's size, so one ANALYZE after the table has grown a lot is all it takes.
 *
 * At the start of an import, `check()` analyzes (what autovacuum would) each of the import's
 * tables whose rows changed since their last analysis by more than half their size (and at least
 * 500 rows): other writers' changes, or an earlier import's that autovacuum has not seen. Then
 * the import counts what it writes itself and analyzes its tables again each time it has grown
 * them by half (at least 1,000 articles): at 1,000, 2,000, 3,000, 4,500 … articles, a dozen times
 * over 100,000, some tens of milliseconds each. Only PostgreSQL needs it: MySQL/MariaDB's InnoDB
 * recomputes its statistics itself after 10 % of a table changes, and SQLite's planner prefers an
 * index on an equality without statistics. A failed analysis (a user without the table's
 * ownership) is logged and the import goes on.
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

export const createStatisticsKeeper = (strapi: Core.Strapi): StatisticsKeeper => {
  if (strapi.db.dialect.client !== 'postgres') {
    return { check: async () => {}, written: async () => {} };
  }
  const schema = strapi.db.getSchemaName();
  const qualified = (table: string) => (schema ? `${quote(schema)}.${quote(table)}` : quote(table));
  const articleTable = strapi.db.metadata.get(NEWSROOM.article).tableName;
  const tables = importTables(strapi).map(qualified);
  /** Articles the article table held at the last analysis (draft and published rows: two each, at most). */
  let known = 0;
  let written = 0;

  const warn = (error: unknown) =>
    strapi.log.warn(
      `[newsroom] could not update the planner statistics of the import's tables (${error instanceof Error ? error.message : String(error)}); lookups may be slower on large tables until autovacuum analyzes them.`
    );

  const analyze = async (names: string[]) => {
    const started = Date.now();
    await strapi.db.connection.raw(`ANALYZE ${names.join(', ')}`);
    strapi.log.debug(
      `[newsroom] analyzed ${names.join(', ')} in ${Date.now() - started} ms (planner statistics for the import's lookups)`
    );
  };

  const check = async () => {
    try {
      const result = (await strapi.db.connection.raw(
        `select s.relid::regclass::text as name, s.relname, s.n_live_tup as live, s.n_mod_since_analyze as modified
           from pg_stat_user_tables s
          where s.relid in (select to_regclass(t) from unnest(?::text[]) as t)`,
        [tables]
      )) as { rows: TableRow[] };
      const articles = result.rows.find((row) => row.relname === articleTable);
      known = Math.ceil(Number(articles?.live ?? 0) / 2);
      const stale = result.rows
        .filter((row) => needsAnalyze(Number(row.live), Number(row.modified)))
        .map((row) => row.name);
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
        await analyze(tables);
      } catch (error) {
        warn(error);
      }
    },
  };
};
