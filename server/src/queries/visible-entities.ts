import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';
import { MAX_CATEGORY_WALK } from '../utils/tree-limits';

interface Row {
  id: number;
  documentId: string;
}

export type ListedUid = typeof UID.author | typeof UID.category;

export const isListedUid = (uid: string): uid is ListedUid =>
  uid === UID.author || uid === UID.category;

const PUBLISHED = { publishedAt: { $notNull: true } };

/**
 * The documentIds of the authors or categories a reader of published content may see:
 * - those with at least one published article (for categories, also every ancestor of such a
 *   category: the breadcrumb of a published article is public);
 * - those made by hand (in the Content Manager or through the API): they carry no `importedAt`,
 *   which the import engine sets on the authors and categories it creates.
 * An import of draft articles therefore publishes nothing about them: their authors and sections
 * appear with their first published article.
 */
export const visibleDocumentIds = async (
  strapi: Core.Strapi,
  uid: ListedUid
): Promise<string[]> => {
  const query = strapi.db.query(uid);
  const select = ['id', 'documentId'];
  const [handMade, withPublished] = (await Promise.all([
    query.findMany({ where: { importedAt: { $null: true } }, select }),
    query.findMany({ where: { articles: PUBLISHED }, select }),
  ])) as [Row[], Row[]];
  const visible = new Map<number, string>();
  for (const row of [...handMade, ...withPublished]) visible.set(row.id, row.documentId);
  if (uid === UID.category) {
    let frontier = withPublished.map((row) => row.id);
    for (let depth = 0; frontier.length > 0 && depth < MAX_CATEGORY_WALK; depth += 1) {
      const parents = (await query.findMany({
        where: { children: { id: { $in: frontier } } },
        select,
      })) as Row[];
      frontier = parents.filter((row) => !visible.has(row.id)).map((row) => row.id);
      for (const row of parents) visible.set(row.id, row.documentId);
    }
  }
  return [...new Set(visible.values())];
};

/**
 * A list for an `$in` filter that matches nothing when `ids` is empty: the GraphQL plugin's
 * sanitizer drops an empty `$in`, which would then match everything.
 */
export const nonEmptyIds = (ids: string[]): string[] => (ids.length > 0 ? ids : ['']);

/**
 * The ids (of `uid`) that have at least one *published* related document through `key`:
 * what `filters[key][$notNull]=true` must mean for a reader of published content.
 */
export const idsWithPublished = async (
  strapi: Core.Strapi,
  uid: string,
  key: string
): Promise<number[]> => {
  const rows = (await strapi.db
    .query(uid as ListedUid)
    .findMany({ where: { [key]: PUBLISHED }, select: ['id'] })) as { id: number }[];
  return rows.map((row) => row.id);
};
