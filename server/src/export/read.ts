import type { Core } from '@strapi/strapi';

import { ARTICLE_CONTENT_COLUMNS, type ArticleContentRow } from '../content-types/article/row';
import type { SourceMeta } from '../parsing/types';
import { UID } from '../../../shared/contracts';
import { appLocales } from '../import/locale';
import { loadCategoryTree, type CategoryTree } from './categories';
import { ALL_LOCALES } from './locale';
import { ExportOptionError, type ExportOptions } from './options';
import type { ExportArticle } from './serialize';

/** Rows per query: big enough to be fast, small enough that memory stays flat. */
export const EXPORT_PAGE_SIZE = 200;

interface Row extends ArticleContentRow {
  id: number;
  sourceUrl: string | null;
  sourceKey?: string | null;
  sourceMeta: Partial<SourceMeta> | null;
  publishedAt: string | Date | null;
  authors?: { name: string }[];
  category?: { id: number } | null;
  cover?: { url: string } | null;
  locale?: string | null;
}

type Where = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The articles an export writes, one page of rows at a time (keyset pagination on id), so that
 * memory does not grow with the number of articles. `published`: the published version of each
 * published article; `draft`: the draft of each article that has no published version; `all`:
 * both, published first.
 */
export const readArticles = async (
  strapi: Core.Strapi,
  options: ExportOptions,
  pageSize = EXPORT_PAGE_SIZE
): Promise<AsyncGenerator<ExportArticle>> => {
  // Checked here, before the first row: a bad option is an error before anything is written.
  const tree = await loadCategoryTree(strapi, options.locale);
  const { codes: _codes, defaultLocale } = await appLocales(strapi);
  const locale = options.locale ?? defaultLocale;
  const filters: Where[] = locale === ALL_LOCALES ? [] : [{ locale }];
  if (options.category !== undefined) {
    const ids = tree.subtree(options.category);
    if (!ids) {
      throw new ExportOptionError(
        'category',
        `No category has the slug "${options.category}". Use the slug of an existing category (see GET /api/newsroom/categories).`
      );
    }
    filters.push({ category: { id: { $in: [...ids] } } });
  }
  if (options.since) filters.push({ updatedAt: { $gte: options.since } });
  if (options.documentIds) filters.push({ documentId: { $in: options.documentIds } });

  // The import's source key (its identity for the article), written so that importing the
  // export back finds the same articles.
  const hasSourceKey = 'sourceKey' in strapi.getModel(UID.article).attributes;
  const select = [
    'id',
    ...ARTICLE_CONTENT_COLUMNS,
    'sourceUrl',
    'sourceMeta',
    'publishedAt',
    'locale',
    ...(hasSourceKey ? ['sourceKey'] : []),
  ];
  return pages(strapi, { options, filters, select, tree, pageSize, defaultLocale });
};

interface PageOptions {
  options: ExportOptions;
  filters: Where[];
  select: string[];
  tree: CategoryTree;
  pageSize: number;
  defaultLocale: string;
}

async function* pages(
  strapi: Core.Strapi,
  { options, filters, select, tree, pageSize, defaultLocale }: PageOptions
): AsyncGenerator<ExportArticle> {
  const query = strapi.db.query(UID.article);
  const passes: ExportArticle['status'][] =
    options.status === 'all' ? ['published', 'draft'] : [options.status];

  for (const status of passes) {
    let after = 0;
    for (;;) {
      const rows = (await query.findMany({
        where: {
          $and: [
            ...filters,
            { id: { $gt: after } },
            { publishedAt: status === 'published' ? { $notNull: true } : { $null: true } },
          ],
        },
        select,
        populate: {
          authors: { select: ['name'] },
          category: { select: ['id'] },
          cover: { select: ['url'] },
        },
        orderBy: { id: 'asc' },
        limit: pageSize,
      })) as Row[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const published =
        status === 'draft' ? await publishedDocuments(strapi, rows) : new Set<string>();
      for (const row of rows) {
        if (published.has(`${row.documentId}\u0000${row.locale}`)) continue;
        yield {
          documentId: row.documentId,
          title: row.title,
          slug: row.slug,
          description: row.description ?? '',
          body: Array.isArray(row.body) ? row.body : [],
          tags: strings(row.tags),
          authors: (row.authors ?? []).map((author) => author.name),
          categoryPath: tree.pathOf(row.category?.id),
          status,
          coverUrl: row.cover?.url ?? null,
          sourceUrl: row.sourceUrl,
          sourceKey: row.sourceKey ?? null,
          sourceMeta: row.sourceMeta,
          locale: row.locale ?? null,
          stateLocale:
            row.locale !== null && row.locale !== undefined && row.locale !== defaultLocale,
        };
      }
      if (rows.length < pageSize) break;
    }
  }
}

/** The documentIds among these draft rows that also have a published version. */
const publishedDocuments = async (strapi: Core.Strapi, rows: Row[]): Promise<Set<string>> => {
  const found = (await strapi.db.query(UID.article).findMany({
    where: {
      documentId: { $in: rows.map((row) => row.documentId) },
      publishedAt: { $notNull: true },
    },
    select: ['documentId', 'locale'],
  })) as { documentId: string; locale: string | null }[];
  return new Set(found.map((row) => `${row.documentId}\u0000${row.locale}`));
};
