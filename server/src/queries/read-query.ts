import type { ArticleStatus } from '../../../shared/contracts';
import { ARTICLE_PARAMS } from './article-param-values';
import { publishedOnlyFilters, publishedOnlyPopulate, type Models } from './published-filters';

export type Query = Record<string, unknown>;

/** `filters` AND every extra condition. */
export const andFilters = (filters: unknown, extra: Query[]): unknown => {
  const all = [filters, ...extra].filter(
    (f) => typeof f === 'object' && f !== null && Object.keys(f).length > 0
  );
  if (all.length === 0) return filters;
  return all.length === 1 ? all[0] : { $and: all };
};

/**
 * Turns a sanitized content-API query into the parameters of a read: the effective status,
 * draft-safe relation filters, the extra (server-built) filters, without the custom params.
 */
export const readQuery = (
  strapi: Models,
  uid: string,
  sanitized: Query,
  status: ArticleStatus,
  extraFilters: Query[] = []
): Query => {
  const query: Query = { ...sanitized, status };
  // `locale=all`: every locale, Strapi's `*` (lists only; see the controllers).
  if (query.locale === 'all') query.locale = '*';
  for (const param of ARTICLE_PARAMS) delete query[param];
  delete query.publicationState; // Strapi 4's name for status: never honoured
  if (status === 'published') {
    if (query.filters !== undefined) {
      query.filters = publishedOnlyFilters(strapi, uid, query.filters);
    }
    if (query.populate !== undefined) {
      query.populate = publishedOnlyPopulate(strapi, uid, query.populate);
    }
  }
  const filters = andFilters(query.filters, extraFilters);
  if (filters !== undefined) query.filters = filters;
  return query;
};
