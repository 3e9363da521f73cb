import type { Core } from '@strapi/strapi';

import { UID, type CategoryPathItem } from '../../../shared/contracts';
import { MAX_CATEGORY_WALK } from '../utils/tree-limits';

interface Row {
  id: number;
}

/**
 * Database ids of the category with this slug and of all its descendants (children,
 * grandchildren…), one query per level. Empty when no category has that slug.
 */
export const descendantCategoryIds = async (
  strapi: Core.Strapi,
  slug: string
): Promise<number[]> => {
  const categories = strapi.db.query(UID.category);
  const root = (await categories.findOne({ where: { slug }, select: ['id'] })) as Row | null;
  if (!root) return [];

  const seen = new Set<number>([root.id]);
  let frontier = [root.id];
  for (let depth = 0; frontier.length > 0 && depth < MAX_CATEGORY_WALK; depth += 1) {
    const children = (await categories.findMany({
      where: { parent: { id: { $in: frontier } } },
      select: ['id'],
    })) as Row[];
    frontier = children.map((child) => child.id).filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return [...seen];
};

/**
 * The category with this database id and its parents, root first (World › Europe › Politics);
 * null when there is no such category. Stops at a parent cycle or after MAX_CATEGORY_WALK levels.
 */
export const categoryPathOf = async (
  strapi: Core.Strapi,
  id: number
): Promise<CategoryPathItem[] | null> => {
  const categories = strapi.db.query(UID.category);
  const path: CategoryPathItem[] = [];
  const seen = new Set<number>();
  let next: number | null = id;
  while (next !== null && !seen.has(next) && path.length < MAX_CATEGORY_WALK) {
    seen.add(next);
    const row = (await categories.findOne({
      where: { id: next },
      select: ['id', 'documentId', 'name'],
      populate: { parent: { select: ['id'] } },
    })) as (CategoryPathItem & { parent: Row | null }) | null;
    if (!row) break;
    path.unshift({ id: row.id, documentId: row.documentId, name: row.name });
    next = row.parent?.id ?? null;
  }
  return path.length === 0 ? null : path;
};
