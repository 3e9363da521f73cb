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
