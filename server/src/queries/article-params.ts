import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { UID } from '../../../shared/contracts';

import { tagIndexEntry } from '../content-types/article/derived-fields';
import { descendantCategoryIds } from './category-tree';
import { columnOf, type JoinTableMeta, type ModelMeta } from './columns';

import { readArticleParams, type ArticleParam } from './article-param-values';

export { ARTICLE_PARAMS, MAX_PARAM_LENGTH, type ArticleParam } from './article-param-values';

type Filters = Record<string, unknown>;

/**
 * Articles linked through `attribute` to one of `targets`, as a condition on the article's own
 * id: `id in (select article_id from <link table> where <target>_id in …)`. Strapi's filter on
 * the relation (`{ category: { id: { $in } } }`) joins the link and target tables to every
 * article of the locale and counts them with DISTINCT: at 10,000 articles on SQLite a
 * category page took ~25 ms of which the count ~10, the slowest route of the content API.
 */
const linkedTo = (
  strapi: Core.Strapi,
  attribute: 'category' | 'authors',
  targets: number[] | Knex.QueryBuilder
): Filters => {
  const meta = strapi.db.metadata.get(UID.article) as unknown as ModelMeta;
  const { joinTable } = meta.attributes[attribute] as { joinTable: JoinTableMeta };
  const articleIds = strapi.db
    .getConnection(joinTable.name)
    .select(joinTable.joinColumn.name)
    .whereIn(joinTable.inverseJoinColumn.name, targets);
  return { id: { $in: articleIds } };
};

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
    filters.push(linkedTo(strapi, 'category', ids));
  }
  if (values.tag !== undefined) {
    filters.push({ tagIndex: { $contains: tagIndexEntry(values.tag) } });
  }
  if (values.author !== undefined) {
    const author = strapi.db.metadata.get(UID.author);
    const authors = strapi.db
      .getConnection(author.tableName)
      .select(columnOf(author, 'id'))
      .where(columnOf(author, 'slug'), values.author);
    filters.push(linkedTo(strapi, 'authors', authors));
  }
  return { ok: true, filters };
};
