import type { ArticleStatus, RelatedEntityPlan } from '../contracts';
import type { BatchState, Candidate, Decision, EntityRef } from './types';

const plans = (refs: EntityRef[], known: Map<string, unknown>): RelatedEntityPlan[] =>
  refs.map((ref) => ({ ...ref, action: known.has(ref.slug) ? 'reuse' : 'create' }));

/**
 * The categories an article gets. Categories are found by slug: when the path's last category
 * already exists, the article goes there as it is (its place in the tree is not changed and the
 * path's other categories are not created; the report shows the whole path when it matches the
 * tree); otherwise the missing ones are created, root first.
 */
const categoryRefs = (candidate: Candidate, state: BatchState) => {
  const refs = candidate.categoryRefs;
  const leaf = refs[refs.length - 1];
  const existing = leaf ? state.categories.get(leaf.slug) : undefined;
  if (!leaf || !existing) return { refs, warnings: [] };
  const parent = refs.length > 1 ? refs[refs.length - 2] : undefined;
  const moved =
    parent !== undefined &&
    existing.parentDocumentId !== (state.categories.get(parent.slug)?.documentId ?? null);
  const allExist = refs.every((ref) => state.categories.has(ref.slug));
  if (!moved && allExist) return { refs, warnings: [] };
  return {
    refs: [leaf],
    warnings: moved
      ? [
          `Category "${leaf.name}" already exists elsewhere in the category tree; the article goes there (the source said "${refs.map((r) => r.name).join(' / ')}").`,
        ]
      : [],
  };
};

/**
 * What an import of `candidate` does, given what the database holds:
 * - no article with this slug → create;
 * - same content hash (and, when publishing, a published version with that hash) → unchanged;
 * - otherwise → update the same document.
 */
export const decide = (
  candidate: Candidate,
  state: BatchState,
  status: ArticleStatus
): Decision => {
  const existing = state.articles.get(candidate.draft.slug);
  const categories = categoryRefs(candidate, state);
  const base = {
    existing,
    authors: plans(candidate.authorRefs, state.authors),
    category: plans(categories.refs, state.categories),
    categoryRefs: categories.refs,
    warnings: categories.warnings,
  };
  if (!existing) return { action: 'create', ...base };
  const draftSame = existing.draftHash === candidate.hash;
  const publishedSame = existing.publishedHash === candidate.hash;
  const unchanged = status === 'published' ? draftSame && publishedSame : draftSame;
  return { action: unchanged ? 'unchanged' : 'update', ...base };
};
