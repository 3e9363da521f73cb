import type { Core } from '@strapi/strapi';

import type { ArticleReport, ArticleStatus } from '../contracts';
import { UID } from '../pluginId';
import { sourceHash } from './hash';
import type { ImportInput } from './types';

interface Row {
  documentId: string;
  slug: string;
  title: string;
  sourceHash: string;
  contentHash: string | null;
  publishedAt: string | Date | null;
  authors?: { name: string; slug: string }[];
  category?: CategoryRow | null;
}

interface CategoryRow {
  name: string;
  slug: string;
  parent?: CategoryRow | null;
}

/** Category with its ancestors, `depth` levels up: the path as the report shows it. */
const categoryPopulate = (depth: number): Record<string, unknown> => ({
  select: ['name', 'slug'],
  ...(depth > 0 ? { populate: { parent: categoryPopulate(depth - 1) } } : {}),
});

const pathOf = (category: CategoryRow | null | undefined): CategoryRow[] =>
  category ? [...pathOf(category.parent), category] : [];

const IN_LIST = 500;

/**
 * The re-import fast path. An input whose bytes (and the parser version) are those an existing
 * article was imported from, and whose article is still as it was imported (and published, when
 * publishing), is reported `unchanged` without being parsed again. Returns the reports by input
 * index; every other input goes through the full parse and compare.
 */
export const findUnchangedSources = async (
  strapi: Core.Strapi,
  inputs: ImportInput[],
  status: ArticleStatus
): Promise<Map<number, ArticleReport>> => {
  const hashes = inputs.map((input) => sourceHash(input.content));
  const seen = new Map<string, number>();
  for (const hash of hashes) seen.set(hash, (seen.get(hash) ?? 0) + 1);
  // The same bytes twice in one import: leave them to the full path (it reports the duplicate).
  const unique = [...seen].filter(([, n]) => n === 1).map(([hash]) => hash);

  const byHash = new Map<string, Row[]>();
  for (let i = 0; i < unique.length; i += IN_LIST) {
    const rows = (await strapi.db.query(UID.article).findMany({
      where: { sourceHash: { $in: unique.slice(i, i + IN_LIST) } },
      select: ['documentId', 'slug', 'title', 'sourceHash', 'contentHash', 'publishedAt'],
      populate: {
        authors: { select: ['name', 'slug'] },
        category: categoryPopulate(5),
      },
    })) as Row[];
    for (const row of rows)
      byHash.set(row.sourceHash, [...(byHash.get(row.sourceHash) ?? []), row]);
  }

  const reports = new Map<number, ArticleReport>();
  hashes.forEach((hash, index) => {
    const rows = byHash.get(hash) ?? [];
    if (new Set(rows.map((r) => r.documentId)).size !== 1) return;
    const draft = rows.find((r) => !r.publishedAt);
    const published = rows.find((r) => r.publishedAt);
    if (!draft) return;
    if (status === 'published' && published?.contentHash !== draft.contentHash) return;
    reports.set(index, {
      source: inputs[index].name,
      action: 'unchanged',
      slug: draft.slug,
      documentId: draft.documentId,
      title: draft.title,
      warnings: [],
      error: null,
      authors: (draft.authors ?? []).map((a) => ({ name: a.name, slug: a.slug, action: 'reuse' })),
      category: pathOf(draft.category).map((c) => ({
        name: c.name,
        slug: c.slug,
        action: 'reuse',
      })),
    });
  });
  return reports;
};
