import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { articleParamFilters } from '../queries/article-params';
import { ARTICLE_CONTENT_COLUMNS, type ArticleContentRow } from '../content-types/article/row';
import { UID } from '../../../shared/contracts';

/** A published article as feeds show it: public fields only. */
export interface FeedArticle extends ArticleContentRow {
  publishedAt: string | Date;
  updatedAt: string | Date;
  authors?: { name: string; slug: string }[];
  category?: { name: string; slug: string } | null;
  cover?: { url: string; mime?: string | null; size?: number | null } | null;
}

/** What a feed is of: the whole site, or one category (and below), author or tag. */
export interface FeedScope {
  filters: Record<string, unknown>[];
  /** e.g. "Politics" for ?category=politics; null for the whole site. */
  label: string | null;
}

/**
 * Reads `category`, `author` and `tag` from the query (one value each, as the articles API
 * does; 400 otherwise) into filters. An unknown category or author is a 404: a feed reader
 * subscribed to a typo should hear about it rather than get an empty feed forever.
 */
export const feedScope = async (
  strapi: Core.Strapi,
  query: Record<string, unknown>,
  /** The feed's locale: its articles, and its category found in it. */
  locale: string
): Promise<FeedScope> => {
  const params = await articleParamFilters(strapi, query);
  if (!params.ok) throw new errors.ValidationError(params.message, { param: params.param });
  const labels: string[] = [];
  for (const [param, uid] of [
    ['category', UID.category],
    ['author', UID.author],
  ] as const) {
    const slug = query[param];
    if (typeof slug !== 'string') continue;
    const row = (await strapi.db.query(uid).findOne({
      where: { slug: slug.trim(), ...(uid === UID.category ? { locale } : {}) },
      select: ['name'],
    })) as { name: string } | null;
    if (!row) throw new errors.NotFoundError(`No ${param} has the slug "${slug}".`);
    labels.push(row.name);
  }
  if (typeof query.tag === 'string') labels.push(`#${query.tag.trim()}`);
  return {
    filters: [...params.filters, { locale }],
    label: labels.length > 0 ? labels.join(', ') : null,
  };
};

/** The latest published articles of a scope, newest first. Drafts are never read. */
export const latestArticles = async (
  strapi: Core.Strapi,
  scope: FeedScope,
  limit: number,
  since?: Date
): Promise<FeedArticle[]> =>
  (await strapi.db.query(UID.article).findMany({
    where: {
      $and: [...scope.filters, { publishedAt: since ? { $gte: since } : { $notNull: true } }],
    },
    select: [...ARTICLE_CONTENT_COLUMNS, 'publishedAt', 'updatedAt'],
    populate: {
      authors: { select: ['name', 'slug'] },
      category: { select: ['name', 'slug'] },
      cover: { select: ['url', 'mime', 'size'] },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    limit,
  })) as FeedArticle[];

/** Most URLs in one sitemap file (the sitemap protocol's limit). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapRow {
  slug: string;
  title: string;
  publishedAt: string | Date;
  updatedAt: string | Date;
}

/** Slug and dates of the published articles (light rows: a sitemap may list thousands). */
export const sitemapRows = async (
  strapi: Core.Strapi,
  options: { since?: Date; limit?: number; locale?: string } = {}
): Promise<SitemapRow[]> =>
  (await strapi.db.query(UID.article).findMany({
    where: {
      publishedAt: options.since ? { $gte: options.since } : { $notNull: true },
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    },
    select: ['slug', 'title', 'publishedAt', 'updatedAt'],
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    limit: options.limit ?? SITEMAP_LIMIT,
  })) as SitemapRow[];
