import type { Core } from '@strapi/strapi';

import { checkLocale, isAllLocales } from './locale';
import type { ExportOptions } from './options';
import { readArticles } from './read';
import { exportPath, serializeArticle, type ExportArticle } from './serialize';
import type { ExportSink } from './sink';

export interface ExportSummary {
  articles: number;
  published: number;
  drafts: number;
  durationMs: number;
}

/** Checks the options and opens the article stream; nothing is written yet. */
export const openExport = async (strapi: Core.Strapi, options: ExportOptions) => {
  const locale = await checkLocale(strapi, options.locale, 'locale', true);
  return readArticles(strapi, { ...options, locale });
};

/** Writes the articles to `sink`, one at a time, and closes it. */
export const runExport = async (
  articles: AsyncIterable<ExportArticle>,
  options: Pick<ExportOptions, 'format' | 'status' | 'locale'>,
  sink: ExportSink,
  onProgress?: (done: number) => void
): Promise<ExportSummary> => {
  const started = Date.now();
  const summary = { articles: 0, published: 0, drafts: 0 };
  const byStatus = options.status === 'all';
  for await (const article of articles) {
    await sink.add(
      exportPath(article, options.format, byStatus, isAllLocales(options.locale)),
      serializeArticle(article, options.format)
    );
    summary.articles += 1;
    if (article.status === 'published') summary.published += 1;
    else summary.drafts += 1;
    onProgress?.(summary.articles);
  }
  await sink.close();
  return { ...summary, durationMs: Date.now() - started };
};
