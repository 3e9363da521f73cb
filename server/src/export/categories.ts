import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';
import { MAX_CATEGORY_WALK } from '../utils/tree-limits';

interface Row {
  id: number;
  name: string;
  slug: string;
  parent?: { id: number } | null;
}

export interface CategoryTree {
  /** Names from the root to the category with this id. */
  pathOf(id: number | null | undefined): string[];
  /** Ids of the category with this slug and of every category below it; null if none has it. */
  subtree(slug: string): Set<number> | null;
}

/**
 * The whole category tree in memory: one query, a few rows per category (categories are few
 * next to articles), so that each exported article's path costs no query.
 */
export const loadCategoryTree = async (
  strapi: Core.Strapi,
  /** The locale's categories (a slug is a locale's own); absent or `*`: every locale's. */
  locale?: string
): Promise<CategoryTree> => {
  const rows = (await strapi.db.query(UID.category).findMany({
    ...(locale !== undefined && locale !== '*' ? { where: { locale } } : {}),
    select: ['id', 'name', 'slug'],
    populate: { parent: { select: ['id'] } },
  })) as Row[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const children = new Map<number, number[]>();
  for (const row of rows) {
    const parent = row.parent?.id;
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), row.id]);
  }
  return {
    pathOf(id) {
      const names: string[] = [];
      let current = id === null || id === undefined ? undefined : byId.get(id);
      for (let depth = 0; current && depth < MAX_CATEGORY_WALK; depth += 1) {
        names.unshift(current.name);
        current = current.parent ? byId.get(current.parent.id) : undefined;
      }
      return names;
    },
    subtree(slug) {
      const root = rows.find((row) => row.slug === slug);
      if (!root) return null;
      const ids = new Set([root.id]);
      let frontier = [root.id];
      for (let depth = 0; frontier.length > 0 && depth < MAX_CATEGORY_WALK; depth += 1) {
        frontier = frontier.flatMap((id) => children.get(id) ?? []).filter((id) => !ids.has(id));
        frontier.forEach((id) => ids.add(id));
      }
      return ids;
    },
  };
};
