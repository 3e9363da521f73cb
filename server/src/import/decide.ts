import type { ArticleStatus, RelatedEntityPlan } from '../contracts';
import type { BatchState, Candidate, Decision } from './types';

const plans = (
  refs: { name: string; slug: string }[],
  known: Map<string, unknown>
): RelatedEntityPlan[] =>
  refs.map((ref) => ({ ...ref, action: known.has(ref.slug) ? 'reuse' : 'create' }));

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
  const authors = plans(candidate.authorRefs, state.authors);
  const category = plans(candidate.categoryRefs, state.categories);
  if (!existing) return { action: 'create', existing, authors, category };
  const draftSame = existing.draftHash === candidate.hash;
  const publishedSame = existing.publishedHash === candidate.hash;
  const unchanged = status === 'published' ? draftSame && publishedSame : draftSame;
  return { action: unchanged ? 'unchanged' : 'update', existing, authors, category };
};
