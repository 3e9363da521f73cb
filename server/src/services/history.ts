import type { Core } from '@strapi/strapi';

import {
  type HistoryFilters,
  type HistoryUser,
  type ImportHistoryEntry,
  type ImportReport,
  type Pagination,
  PLUGIN_ID,
  UID,
} from '../../../shared/contracts';
import type { NewsroomConfig } from '../config';
import {
  addToHistoryRow,
  fullTotals,
  historyRowCounts,
  type HistoryRowContent,
  type HistoryRowCounts,
  type StoredTotals,
} from '../import/history-row';
import type { ImportOptions } from '../import/types';

interface ImportLogRow extends Omit<HistoryRowContent, 'totals'>, Partial<HistoryRowCounts> {
  id: number;
  createdAt: string | Date;
  /** Null on rows stored before batches; then the entry finished when it was created. */
  finishedAt: string | Date | null;
  batchId: string | null;
  origin: ImportHistoryEntry['origin'];
  status: ImportHistoryEntry['status'];
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  /** Imports recorded before conflicts and permissions were counted have neither. */
  totals: StoredTotals;
  /** Null on rows stored before the lines were capped. */
  articlesOmitted: number;
}

const toEntry = (row: ImportLogRow): ImportHistoryEntry => ({
  id: row.id,
  createdAt: new Date(row.createdAt).toISOString(),
  finishedAt: new Date(row.finishedAt ?? row.createdAt).toISOString(),
  batch: row.batchId ?? null,
  origin: row.origin,
  user:
    row.userId != null
      ? { id: row.userId, name: row.userName ?? '', email: row.userEmail ?? null }
      : null,
  status: row.status,
  totals: fullTotals(row.totals),
  authors: row.authorTotals,
  categories: row.categoryTotals,
  articles: row.articles ?? [],
  articlesOmitted: row.articlesOmitted ?? 0,
  durationMs: row.durationMs,
});

const contentOf = (row: ImportLogRow): HistoryRowContent => ({
  totals: fullTotals(row.totals),
  authorTotals: row.authorTotals,
  categoryTotals: row.categoryTotals,
  articles: row.articles ?? [],
  articlesOmitted: row.articlesOmitted ?? 0,
  durationMs: row.durationMs ?? 0,
});

/** The order the history is listed in, and pruned by. */
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/**
 * The entries the history lists: imports that wrote or failed. An admin batch whose requests
 * so far found every article unchanged has a row (its next request may write, and the entry
 * must list every file) that is not listed.
 */
const LISTED = { $or: [{ writtenCount: { $gt: 0 } }, { failedCount: { $gt: 0 } }] };

/** A batch row that never wrote nor failed is kept this long, for the rest of its requests. */
const QUIET_BATCH_MS = 24 * 60 * 60 * 1000;

const RESULT_FILTERS: Record<NonNullable<HistoryFilters['result']>, object> = {
  failed: { failedCount: { $gt: 0 } },
  conflict: { conflictCount: { $gt: 0 } },
  forbidden: { forbiddenCount: { $gt: 0 } },
  ok: { failedCount: 0, conflictCount: 0, forbiddenCount: 0 },
};

const whereOf = (filters: HistoryFilters) => ({
  $and: [
    // One batch is its import's report: shown even when it changed nothing.
    filters.batch !== undefined ? { batchId: filters.batch } : LISTED,
    ...(filters.user !== undefined ? [{ userId: filters.user }] : []),
    ...(filters.origin !== undefined ? [{ origin: filters.origin }] : []),
    ...(filters.from !== undefined ? [{ createdAt: { $gte: new Date(filters.from) } }] : []),
    ...(filters.to !== undefined ? [{ createdAt: { $lt: new Date(filters.to) } }] : []),
    ...(filters.result !== undefined ? [RESULT_FILTERS[filters.result]] : []),
  ],
});

/**
 * Keeps the `keep` newest listed entries (the order the history lists them in) and deletes the
 * rest: finds the newest listed entry past the limit, then deletes it and every row older in one
 * statement, however many a history that was never pruned holds. Batch rows that never wrote
 * nor failed go after a day.
 */
const pruneHistory = async (strapi: Core.Strapi, keep: number): Promise<number> => {
  const query = strapi.db.query(UID.importLog);
  const [first] = (await query.findMany({
    select: ['id', 'createdAt'],
    where: LISTED,
    orderBy: NEWEST_FIRST,
    offset: keep,
    limit: 1,
  })) as Pick<ImportLogRow, 'id' | 'createdAt'>[];
  const quiet = await query.deleteMany({
    where: {
      writtenCount: 0,
      failedCount: 0,
      createdAt: { $lt: new Date(Date.now() - QUIET_BATCH_MS) },
    },
  });
  if (!first) return quiet.count;
  const { count } = await query.deleteMany({
    where: {
      $or: [
        { createdAt: { $lt: first.createdAt } },
        { createdAt: first.createdAt, id: { $lte: first.id } },
      ],
    },
  });
  return count + quiet.count;
};

/**
 * The import history: one row per import, stored in the database — an admin import sent in
 * several requests is one row (its batch id), growing with each request.
 */
const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stores the import (its first lines, see HISTORY_ARTICLE_LINES) — or adds it to the entry of
   * its batch — with the articles the admin refused before sending, then prunes the history.
   */
  async record(report: ImportReport, options: ImportOptions): Promise<void> {
    const query = strapi.db.query(UID.importLog);
    const user = options.user ?? null;
    // A batch is the admin's own: another admin sending the same id starts an entry of its own.
    const existing = options.batch
      ? ((await query.findOne({
          where: { batchId: options.batch, userId: user?.id ?? null },
        })) as ImportLogRow | null)
      : null;
    const content = addToHistoryRow(
      existing ? contentOf(existing) : null,
      report,
      options.refused ?? [],
      undefined,
      options.unsent ?? []
    );
    const finishedAt = new Date();
    if (existing) {
      await query.update({ where: { id: existing.id }, data: { ...content, finishedAt } });
    } else {
      await query.create({
        data: {
          origin: options.origin ?? 'api',
          batchId: options.batch ?? null,
          status: report.status,
          userId: user?.id ?? null,
          userName: user?.name ?? null,
          userEmail: user?.email ?? null,
          ...content,
          finishedAt,
        },
      });
    }
    await pruneHistory(
      strapi,
      strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`).historyLimit
    );
  },

  /**
   * Rows stored before the counts had columns of their own get them from their totals (at
   * start; a few hundred rows at most, by the history limit).
   */
  async backfillCounts(): Promise<number> {
    const query = strapi.db.query(UID.importLog);
    let done = 0;
    for (;;) {
      const rows = (await query.findMany({
        select: ['id', 'totals'],
        where: { writtenCount: { $null: true } },
        limit: 500,
      })) as Pick<ImportLogRow, 'id' | 'totals'>[];
      if (rows.length === 0) return done;
      for (const row of rows) {
        await query.update({
          where: { id: row.id },
          data: historyRowCounts(row.totals ?? { created: 0, updated: 0, unchanged: 0, failed: 0 }),
        });
      }
      done += rows.length;
    }
  },

  async list(
    page = 1,
    pageSize = 20,
    filters: HistoryFilters = {}
  ): Promise<{ results: ImportHistoryEntry[]; pagination: Pagination }> {
    const safePage = Math.max(1, Math.floor(page) || 1);
    const safeSize = Math.min(100, Math.max(1, Math.floor(pageSize) || 20));
    const query = strapi.db.query(UID.importLog);
    const where = whereOf(filters);
    const [rows, total] = await Promise.all([
      query.findMany({
        where,
        orderBy: NEWEST_FIRST,
        offset: (safePage - 1) * safeSize,
        limit: safeSize,
      }) as Promise<ImportLogRow[]>,
      query.count({ where }),
    ]);
    return {
      results: rows.map(toEntry),
      pagination: {
        page: safePage,
        pageSize: safeSize,
        pageCount: Math.ceil(total / safeSize),
        total,
      },
    };
  },

  /** Every admin with a listed entry (one name and email it imported under), by name. */
  async users(): Promise<HistoryUser[]> {
    const meta = strapi.db.metadata.get(UID.importLog);
    const column = (name: string) => {
      const attribute = meta.attributes[name] as { columnName?: string } | undefined;
      return attribute?.columnName ?? name;
    };
    const [id, name, email, written, failed] = [
      'userId',
      'userName',
      'userEmail',
      'writtenCount',
      'failedCount',
    ].map(column);
    const rows = (await strapi.db
      .connection(meta.tableName)
      .select({ id })
      .max({ name })
      .max({ email })
      .whereNotNull(id)
      .andWhere((q) => q.where(written, '>', 0).orWhere(failed, '>', 0))
      .groupBy(id)
      .limit(1000)) as { id: number | string; name: string | null; email: string | null }[];
    return rows
      .map((row) => ({ id: Number(row.id), name: row.name ?? '', email: row.email ?? null }))
      .sort((a, b) => (a.name || a.email || '').localeCompare(b.name || b.email || ''));
  },

  /** The newest listed entry: the last import as a whole (all the requests of its batch). */
  async last(): Promise<ImportHistoryEntry | null> {
    const row = (await strapi.db.query(UID.importLog).findOne({
      where: LISTED,
      orderBy: NEWEST_FIRST,
    })) as ImportLogRow | null;
    return row ? toEntry(row) : null;
  },
});

export type HistoryService = ReturnType<typeof history>;

declare module '../utils/get-service' {
  interface NewsroomServices {
    history: HistoryService;
  }
}
export default history;
