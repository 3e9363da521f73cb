import {
  articleSource,
  type EntityTotals,
  type HistoryArticleReport,
  type ImportReport,
  type ImportTotals,
  type RefusedArticle,
} from '../../../shared/contracts';

/**
 * Most per-article lines one import-history row keeps. A row stored every line of its report:
 * an import of 10,000 articles wrote a 4.6 MB row (about 460 bytes a line). The totals still
 * count every article and the report the caller gets (CLI `--json`, the admin) still has every
 * line; the history keeps the first 200 (under about 100 KB a row), which is more than anyone
 * reads in the admin's history list, and says how many it left out.
 */
export const HISTORY_ARTICLE_LINES = 200;

/** The lines a history row stores, and how many of the report's lines it left out. */
export const capHistoryLines = <T>(
  lines: readonly T[],
  max: number = HISTORY_ARTICLE_LINES
): { articles: T[]; articlesOmitted: number } => ({
  articles: lines.slice(0, max),
  articlesOmitted: Math.max(0, lines.length - max),
});

/** What a history row holds of its import's outcome (the counts, the first lines). */
export interface HistoryRowContent {
  totals: ImportTotals;
  authorTotals: EntityTotals;
  categoryTotals: EntityTotals;
  articles: HistoryArticleReport[];
  articlesOmitted: number;
  durationMs: number;
}

/** The counts a row keeps in columns of their own, so that the history can filter by them. */
export interface HistoryRowCounts {
  /** Created plus updated. */
  writtenCount: number;
  failedCount: number;
  conflictCount: number;
  forbiddenCount: number;
}

/** Totals of rows stored before conflicts and permissions were counted lack those two. */
export type StoredTotals = Omit<ImportTotals, 'conflicts' | 'forbidden'> & Partial<ImportTotals>;

export const fullTotals = (totals: StoredTotals): ImportTotals => ({
  conflicts: 0,
  forbidden: 0,
  ...totals,
});

export const historyRowCounts = (totals: StoredTotals): HistoryRowCounts => {
  const full = fullTotals(totals);
  return {
    writtenCount: full.created + full.updated,
    failedCount: full.failed,
    conflictCount: full.conflicts,
    forbiddenCount: full.forbidden,
  };
};

const ZERO_TOTALS: ImportTotals = {
  created: 0,
  updated: 0,
  unchanged: 0,
  conflicts: 0,
  forbidden: 0,
  failed: 0,
};

/** An article the admin refused before sending, as a history line (failed, with its error). */
export const refusedLine = (article: RefusedArticle): HistoryArticleReport => ({
  ...articleSource(article.file, article.index),
  action: 'failed',
  slug: null,
  documentId: null,
  title: article.title,
  warnings: [],
  error: article.error,
  authors: [],
  category: [],
  refused: true,
});

const add = <T extends object>(a: T, b: T): T => {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) {
    const x = a[key];
    const y = b[key];
    if (typeof y === 'number') sum[key] = ((typeof x === 'number' ? x : 0) + y) as T[keyof T];
  }
  return sum;
};

/**
 * A history row with one more request of its import batch added (or the first, `previous`
 * null): the counts summed, the refused articles counted as failed, the lines appended — the
 * refused ones first — until the row holds `max`, the rest counted in `articlesOmitted`.
 */
export const addToHistoryRow = (
  previous: HistoryRowContent | null,
  report: Pick<
    ImportReport,
    'totals' | 'authors' | 'categories' | 'articles' | 'articlesOmitted' | 'durationMs'
  >,
  refused: readonly RefusedArticle[] = [],
  max: number = HISTORY_ARTICLE_LINES
): HistoryRowContent & HistoryRowCounts => {
  // Drafts are the preview's business; the history keeps the outcome of each article.
  const lines: HistoryArticleReport[] = [
    ...refused.map(refusedLine),
    ...report.articles.map(({ draft: _draft, ...line }) => line),
  ];
  const kept = previous?.articles ?? [];
  const { articles, articlesOmitted } = capHistoryLines(lines, Math.max(0, max - kept.length));
  const before = previous ? fullTotals(previous.totals) : ZERO_TOTALS;
  const content: HistoryRowContent = {
    totals: add(add(before, fullTotals(report.totals)), { ...ZERO_TOTALS, failed: refused.length }),
    authorTotals: previous ? add(previous.authorTotals, report.authors) : report.authors,
    categoryTotals: previous ? add(previous.categoryTotals, report.categories) : report.categories,
    articles: [...kept, ...articles],
    // The lines left out here, and those a capped report (newsroom seed) left out already.
    articlesOmitted:
      (previous?.articlesOmitted ?? 0) + articlesOmitted + (report.articlesOmitted ?? 0),
    durationMs: (previous?.durationMs ?? 0) + report.durationMs,
  };
  return { ...content, ...historyRowCounts(content.totals) };
};
