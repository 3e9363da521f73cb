import {
  articleSiteUrl,
  type ArticleStatus,
  type HistoryArticleReport,
  type SiteLinks,
} from '../../../shared/contracts';

/** Results after which a published import's article is on the site, as the import left it. */
const LIVE_AFTER_PUBLISHING = new Set<HistoryArticleReport['action']>([
  'created',
  'updated',
  'unchanged',
]);

/**
 * The article's page on the public site, for a report line: only when a site is configured and
 * the import published the article (created, updated or found unchanged by a published import,
 * so the site shows this slug). A draft import, a conflict or a failure gives none: what the
 * site shows then is not known from the report.
 */
export const viewOnSiteUrl = (
  article: Pick<HistoryArticleReport, 'action' | 'slug'>,
  status: ArticleStatus,
  site: SiteLinks | null
): string | null =>
  site !== null &&
  status === 'published' &&
  article.slug !== null &&
  LIVE_AFTER_PUBLISHING.has(article.action)
    ? articleSiteUrl(site, article.slug)
    : null;
