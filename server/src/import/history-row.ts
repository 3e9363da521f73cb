import {
  articleSource,
  type EntityTotals,
  type HistoryArticleReport,
  type ImportReport,
  type ImportTotals,
  type RefusedArticle,
  UNKNOWN_OUTCOME_REASONS,
  type UnsentFile,
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

/**
 * The row's counts. `failedCount` includes the files of unknown outcome: the entry is listed and
 * the "failed" filter finds it (someone has to check those articles).
 */
export const historyRowCounts = (totals: StoredTotals): HistoryRowCounts => {
  const full = fullTotals(totals);
  return {
    writtenCount: full.created + full.updated,
    failedCount: full.failed + (full.unknown ?? 0),
    conflictCount: full.conflicts,
    forbiddenCount: full.forbidden,
  };
};

/** Totals without an `unknown` of 0 (rows and reports without unknown outcomes have none). */
const withoutUnknown = ({ unknown: _unknown, ...totals }: ImportTotals): ImportTotals => totals;

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

/** Whether the server may have imported the file all the same (its request got no answer). */
const outcomeUnknown = (file: Pick<UnsentFile, 'reason'>): boolean =>
  UNKNOWN_OUTCOME_REASONS.includes(file.reason);

/**
 * A file the admin could not send, or whose request failed, as a history line: `failed`, or
 * `unknown` when the server may have imported it (the request got no answer).
 */
export const unsentLine = ({ file, ...unsent }: UnsentFile): HistoryArticleReport => ({
  ...articleSource(file),
  action: outcomeUnknown(unsent) ? 'unknown' : 'failed',
  slug: null,
  documentId: null,
  title: null,
  warnings: [],
  error: null,
  authors: [],
  category: [],
  unsent,
});

/** The file a line is about (lines stored before `file` existed: their `source`). */
const lineFile = (line: HistoryArticleReport): string =>
  line.file ?? line.source.replace(/#\d+$/, '');

/** A line with the server's own outcome for its article (not recorded by the admin). */
const isOutcome = (line: HistoryArticleReport): boolean =>
  line.unsent === undefined && line.refused !== true;

/** The totals a line counts in, when it is an unsent file's line. */
const unsentTotals = (line: HistoryArticleReport): Partial<ImportTotals> =>
  line.action === 'unknown' ? { unknown: 1 } : { failed: 1 };

const subtract = (totals: ImportTotals, minus: Partial<ImportTotals>): ImportTotals => {
  const result = { ...totals };
  for (const key of Object.keys(minus) as (keyof ImportTotals)[]) {
    result[key] = Math.max(0, (result[key] ?? 0) - (minus[key] ?? 0));
  }
  return result;
};

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
 *
 * `unsent` files (the admin's record of a request that failed or was not sent) count as failed,
 * or as `unknown` when the request got no answer. The server's own outcome for a file wins: an
 * unsent file the row already has an outcome for is left out, and an outcome arriving for a file
 * recorded as unsent (a request that timed out at a gateway but went through) replaces its line.
 */
export const addToHistoryRow = (
  previous: HistoryRowContent | null,
  report: Pick<
    ImportReport,
    'totals' | 'authors' | 'categories' | 'articles' | 'articlesOmitted' | 'durationMs'
  >,
  refused: readonly RefusedArticle[] = [],
  max: number = HISTORY_ARTICLE_LINES,
  unsent: readonly UnsentFile[] = []
): HistoryRowContent & HistoryRowCounts => {
  const outcomes = report.articles.map(({ draft: _draft, ...line }): HistoryArticleReport => line);
  const answered = new Set(outcomes.map(lineFile));
  let before = previous ? fullTotals(previous.totals) : ZERO_TOTALS;
  // The previous lines, less the unsent ones this request has an outcome for.
  const kept = (previous?.articles ?? []).filter((line) => {
    if (line.unsent === undefined || !answered.has(lineFile(line))) return true;
    before = subtract(before, unsentTotals(line));
    return false;
  });
  const known = new Set([...kept.filter(isOutcome).map(lineFile), ...answered]);
  const unsentLines = unsent.filter((file) => !known.has(file.file)).map(unsentLine);
  // Drafts are the preview's business; the history keeps the outcome of each article.
  const lines: HistoryArticleReport[] = [...refused.map(refusedLine), ...unsentLines, ...outcomes];
  const { articles, articlesOmitted } = capHistoryLines(lines, Math.max(0, max - kept.length));
  const unknown = unsentLines.filter((line) => line.action === 'unknown').length;
  const totals = add(add(before, fullTotals(report.totals)), {
    ...ZERO_TOTALS,
    failed: refused.length + unsentLines.length - unknown,
    unknown,
  });
  const content: HistoryRowContent = {
    totals: totals.unknown ? totals : withoutUnknown(totals),
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
