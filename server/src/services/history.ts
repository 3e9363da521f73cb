import type { Core } from '@strapi/strapi';

import {
  type ImportHistoryEntry,
  type ImportReport,
  type Pagination,
  PLUGIN_ID,
  UID,
} from '../../../shared/contracts';
import type { NewsroomConfig } from '../config';
import { capHistoryLines } from '../import/history-row';
import type { ImportOptions } from '../import/types';

interface ImportLogRow {
  id: number;
  createdAt: string | Date;
  origin: ImportHistoryEntry['origin'];
  status: ImportHistoryEntry['status'];
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  /** Imports recorded before conflicts and permissions were counted have neither. */
  totals: Omit<ImportHistoryEntry['totals'], 'conflicts' | 'forbidden'> &
    Partial<ImportHistoryEntry['totals']>;
  authorTotals: ImportHistoryEntry['authors'];
  categoryTotals: ImportHistoryEntry['categories'];
  articles: ImportHistoryEntry['articles'];
  /** Null on rows stored before the lines were capped. */
  articlesOmitted: number | null;
  durationMs: number;
}

const toEntry = (row: ImportLogRow): ImportHistoryEntry => ({
  id: row.id,
  createdAt: new Date(row.createdAt).toISOString(),
  origin: row.origin,
  user:
    row.userId != null
      ? { id: row.userId, name: row.userName ?? '', email: row.userEmail ?? null }
      : null,
  status: row.status,
  totals: { conflicts: 0, forbidden: 0, ...row.totals },
  authors: row.authorTotals,
  categories: row.categoryTotals,
  articles: row.articles ?? [],
  articlesOmitted: row.articlesOmitted ?? 0,
  durationMs: row.durationMs,
});

/** The order the history is listed in, and pruned by. */
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/**
 * Keeps the `keep` newest entries (the order the history lists them in) and deletes the rest:
 * finds the newest entry past the limit, then deletes it and everything older in one statement,
 * however many a history that was never pruned holds.
 */
const pruneHistory = async (strapi: Core.Strapi, keep: number): Promise<number> => {
  const query = strapi.db.query(UID.importLog);
  const [first] = (await query.findMany({
    select: ['id', 'createdAt'],
    orderBy: NEWEST_FIRST,
    offset: keep,
    limit: 1,
  })) as Pick<ImportLogRow, 'id' | 'createdAt'>[];
  if (!first) return 0;
  const { count } = await query.deleteMany({
    where: {
      $or: [
        { createdAt: { $lt: first.createdAt } },
        { createdAt: first.createdAt, id: { $lte: first.id } },
      ],
    },
  });
  return count;
};

/** The import history: one row per import that wrote, stored in the database. */
const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Stores the import (its first lines, see HISTORY_ARTICLE_LINES), then prunes the history. */
  async record(report: ImportReport, options: ImportOptions): Promise<void> {
    // Drafts are the preview's business; the history keeps the outcome of each article.
    const lines = report.articles.map(({ draft: _draft, ...line }) => line);
    await strapi.db.query(UID.importLog).create({
      data: {
        origin: options.origin ?? 'api',
        status: report.status,
        userId: options.user?.id ?? null,
        userName: options.user?.name ?? null,
        userEmail: options.user?.email ?? null,
        totals: report.totals,
        authorTotals: report.authors,
        categoryTotals: report.categories,
        ...capHistoryLines(lines),
        durationMs: report.durationMs,
      },
    });
    await pruneHistory(
      strapi,
      strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`).historyLimit
    );
  },

  async list(
    page = 1,
    pageSize = 20
  ): Promise<{ results: ImportHistoryEntry[]; pagination: Pagination }> {
    const safePage = Math.max(1, Math.floor(page) || 1);
    const safeSize = Math.min(100, Math.max(1, Math.floor(pageSize) || 20));
    const query = strapi.db.query(UID.importLog);
    const [rows, total] = await Promise.all([
      query.findMany({
        orderBy: NEWEST_FIRST,
        offset: (safePage - 1) * safeSize,
        limit: safeSize,
      }) as Promise<ImportLogRow[]>,
      query.count(),
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

  async last(): Promise<ImportHistoryEntry | null> {
    const row = (await strapi.db.query(UID.importLog).findOne({
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
