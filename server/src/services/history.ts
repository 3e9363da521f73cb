import type { Core } from '@strapi/strapi';

import {
  type ImportHistoryEntry,
  type ImportReport,
  type Pagination,
  UID,
} from '../../../shared/contracts';
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
  durationMs: row.durationMs,
});

/** The import history: one row per import that wrote, stored in the database. */
const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(report: ImportReport, options: ImportOptions): Promise<void> {
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
        // Drafts are the preview's business; the history keeps the outcome of each article.
        articles: report.articles.map(({ draft: _draft, ...line }) => line),
        durationMs: report.durationMs,
      },
    });
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
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
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
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
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
