import type { Core } from '@strapi/strapi';

import { tagIndexEntry } from '../content-types/article/derived-fields';
import { descendantCategoryIds } from './category-tree';

import { readArticleParams, type ArticleParam } from './article-param-values';

export { ARTICLE_PARAMS, MAX_PARAM_LENGTH, type ArticleParam } from './article-param-values';

type Filters = Record<string, unknown>;

export type ArticleParamsResult =
  { ok: true; filters: Filters[] } | { ok: false; param: ArticleParam; message: string };

/**
 * Turns `category=<slug>` (that category and every category below it), `tag=<tag>` and
 * `author=<slug>` into Document Service filters. The tag filter reads the private `tagIndex`
 * column, so it is built here, after the caller's query has been sanitized.
 */
export const articleParamFilters = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>
): Promise<ArticleParamsResult> => {
  const read = readArticleParams(query);
  if (!read.ok) return read;
  const { values } = read;

  const filters: Filters[] = [];
  if (values.category !== undefined) {
    const ids = await descendantCategoryIds(strapi, values.category);
    filters.push({ category: { id: { $in: ids } } });
  }
  if (values.tag !== undefined) {
    filters.push({ tagIndex: { $contains: tagIndexEntry(values.tag) } });
  }
  if (values.author !== undefined) {
    filters.push({ authors: { slug: { $eq: values.author } } });
  }
  return { ok: true, filters };
};
