import type { Core } from '@strapi/strapi';

import { slugify } from '../parsing';
import { descendantCategoryIds } from './category-tree';

/** Query parameters of the articles list that the standard syntax cannot express. */
export const ARTICLE_PARAMS = ['category', 'tag', 'author'] as const;
export type ArticleParam = (typeof ARTICLE_PARAMS)[number];

export const MAX_PARAM_LENGTH = 200;

type Filters = Record<string, unknown>;

export type ArticleParamsResult =
  { ok: true; filters: Filters[] } | { ok: false; param: ArticleParam; message: string };

const readParam = (query: Record<string, unknown>, param: ArticleParam) => {
  const value = query[param];
  if (value === undefined) return { value: undefined };
  if (typeof value !== 'string') {
    return { error: `"${param}" must be a single value, e.g. ?${param}=politics` };
  }
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_PARAM_LENGTH) {
    return { error: `"${param}" must be between 1 and ${MAX_PARAM_LENGTH} characters` };
  }
  return { value: trimmed };
};

/**
 * Turns `category=<slug>` (that category and every category below it), `tag=<tag>` and
 * `author=<slug>` into Document Service filters. The tag filter reads the private `tagIndex`
 * column, so it is built here, after the caller's query has been sanitized.
 */
export const articleParamFilters = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>
): Promise<ArticleParamsResult> => {
  const values: Partial<Record<ArticleParam, string>> = {};
  for (const param of ARTICLE_PARAMS) {
    const read = readParam(query, param);
    if (read.error !== undefined) return { ok: false, param, message: read.error };
    if (read.value !== undefined) values[param] = read.value;
  }

  const filters: Filters[] = [];
  if (values.category !== undefined) {
    const ids = await descendantCategoryIds(strapi, values.category);
    filters.push({ category: { id: { $in: ids } } });
  }
  if (values.tag !== undefined) {
    filters.push({ tagIndex: { $contains: `|${slugify(values.tag)}|` } });
  }
  if (values.author !== undefined) {
    filters.push({ authors: { slug: { $eq: values.author } } });
  }
  return { ok: true, filters };
};
