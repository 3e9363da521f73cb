import type { Core } from '@strapi/strapi';

import { UID } from '../pluginId';
import type { BatchState, Candidate, ExistingArticle, ExistingEntity } from './types';

const IN_LIST = 500;

const chunks = <T>(values: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
};

interface ArticleRow {
  documentId: string;
  slug: string;
  contentHash: string | null;
  publishedAt: string | Date | null;
}

interface EntityRow {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  parent?: { documentId: string } | null;
}

/**
 * Reads what the database holds for a batch in a few queries (one per type and 500 slugs):
 * articles by slug (draft and published rows), authors and categories by slug.
 */
export const loadState = async (
  strapi: Core.Strapi,
  candidates: Candidate[]
): Promise<BatchState> => {
  const state: BatchState = { articles: new Map(), authors: new Map(), categories: new Map() };
  const articleSlugs = [...new Set(candidates.map((c) => c.draft.slug))];
  const authorSlugs = [...new Set(candidates.flatMap((c) => c.authorRefs.map((a) => a.slug)))];
  const categorySlugs = [...new Set(candidates.flatMap((c) => c.categoryRefs.map((a) => a.slug)))];

  for (const slugs of chunks(articleSlugs, IN_LIST)) {
    const rows = (await strapi.db.query(UID.article).findMany({
      where: { slug: { $in: slugs } },
      select: ['documentId', 'slug', 'contentHash', 'publishedAt'],
    })) as ArticleRow[];
    for (const row of rows) {
      const entry: ExistingArticle = state.articles.get(row.slug) ?? {
        documentId: row.documentId,
        draftHash: null,
        publishedHash: undefined,
      };
      if (row.publishedAt) entry.publishedHash = row.contentHash;
      else entry.draftHash = row.contentHash;
      state.articles.set(row.slug, entry);
    }
  }

  for (const slugs of chunks(authorSlugs, IN_LIST)) {
    const rows = (await strapi.db.query(UID.author).findMany({
      where: { slug: { $in: slugs } },
      select: ['id', 'documentId', 'slug', 'name'],
    })) as EntityRow[];
    for (const row of rows) state.authors.set(row.slug, toEntity(row));
  }

  for (const slugs of chunks(categorySlugs, IN_LIST)) {
    const rows = (await strapi.db.query(UID.category).findMany({
      where: { slug: { $in: slugs } },
      select: ['id', 'documentId', 'slug', 'name'],
      populate: { parent: { select: ['documentId'] } },
    })) as EntityRow[];
    for (const row of rows) state.categories.set(row.slug, toEntity(row));
  }

  return state;
};

const toEntity = (row: EntityRow): ExistingEntity => ({
  id: row.id,
  documentId: row.documentId,
  name: row.name,
  parentDocumentId: row.parent ? row.parent.documentId : null,
});
