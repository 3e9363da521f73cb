import { slugify } from '../parsing';
import type { EntityRef } from './types';

/** Names as authors or categories: each with its slug, the first of each slug only. */
export const refs = (names: readonly string[]): EntityRef[] => {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ name, slug });
  }
  return out;
};
