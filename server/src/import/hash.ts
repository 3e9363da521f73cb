import crypto from 'node:crypto';

import type { ArticleDraft } from '../parsing';

/**
 * The content hash that makes imports idempotent: everything of a draft that ends up in the
 * article (not warnings, not computed counts). Same input → same hash → `unchanged`.
 */
export const contentHash = (draft: ArticleDraft): string => {
  const { title, slug, description, categoryPath, tags, authors, body, sourceMeta } = draft;
  const canonical = JSON.stringify([
    title,
    slug,
    description,
    categoryPath,
    tags,
    authors,
    body,
    sourceMeta,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
};
