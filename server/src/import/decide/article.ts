import {
  articleWarning,
  type ArticleStatus,
  type ArticleWarning,
  type RelatedEntityPlan,
} from '../../../../shared/contracts';
import type {
  BatchState,
  Candidate,
  Decision,
  EntityRef,
  ExistingArticle,
  RightsProbe,
} from '../types';
import { editedFields } from './conflict';
import { matchArticle, storedSourceName, type KnownArticle } from './identity';
import { missingRight, requiredRights, type Right } from './permissions';
import { allocateSlug } from './slug';

export interface DecideContext {
  status: ArticleStatus;
  /** Take over a hand-made article holding the slug. */
  adopt: boolean;
  /** The user chose to replace this (edited) article. */
  overwrite: (documentId: string) => boolean;
  /** Null: no permission checks (CLI, bootstrap seed). */
  rights: RightsProbe | null;
}

/** Marks a slug as taken by an article planned earlier in the same import (nothing written). */
export const PLANNED = 'planned:';

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
  if (!leaf || !existing) return { refs, warnings: [] as ArticleWarning[] };
  const parent = refs.length > 1 ? refs[refs.length - 2] : undefined;
  const moved =
    parent !== undefined &&
    existing.parentDocumentId !== (state.categories.get(parent.slug)?.documentId ?? null);
  const allExist = refs.every((ref) => state.categories.has(ref.slug));
  if (!moved && allExist) return { refs, warnings: [] };
  const path = refs.map((r) => r.name).join(' / ');
  return {
    refs: [leaf],
    warnings: moved
      ? [
          articleWarning(
            'CATEGORY_MOVED',
            { category: leaf.name, path },
            `Category "${leaf.name}" already exists elsewhere in the category tree; the article goes there (the source said "${path}").`
          ),
        ]
      : [],
  };
};

const known = (article: ExistingArticle): KnownArticle => ({
  documentId: article.documentId,
  sourceKey: article.sourceKey,
  imported: article.imported,
  sourceName: article.sourceName,
});

const lookups = (state: BatchState) => ({
  byKey: (key: string) => {
    const id = state.byKey.get(key);
    const article = id === undefined ? undefined : state.articles.get(id);
    return article ? known(article) : undefined;
  },
  bySlug: (slug: string): KnownArticle | undefined => {
    const id = state.bySlug.get(slug);
    if (id === undefined) return undefined;
    const article = state.articles.get(id);
    // Held by an article planned earlier in this import, or known only by its slug: another
    // source's article either way.
    return article
      ? known(article)
      : { documentId: id, sourceKey: id, imported: true, sourceName: null };
  },
});

/**
 * Whether the write sets the article's cover: a picture it has (in the Media Library) or will
 * upload. A cover that cannot be had is left out (a warning), and writes nothing.
 */
const setsCover = (candidate: Candidate) => {
  const cover = candidate.images?.cover;
  return Boolean(cover && (cover.file || cover.pending));
};

const slugWarning = (
  wanted: string,
  given: string,
  heldBy: 'hand-made' | 'other-source'
): ArticleWarning =>
  heldBy === 'hand-made'
    ? articleWarning(
        'SLUG_TAKEN_BY_HAND_MADE',
        { wanted, slug: given },
        `The slug "${wanted}" belongs to an article made by hand in the Content Manager, so this article gets "${given}". To update that article instead, import with --adopt (in the admin: "Adopt hand-made articles").`
      )
    : articleWarning(
        'SLUG_TAKEN',
        { wanted, slug: given },
        `The slug "${wanted}" belongs to an article from another source, so this article gets "${given}".`
      );

/**
 * What an import of `candidate` does, given what the database holds:
 * 1. which article it is — by source key; by slug only for a legacy import from the same source
 *    name, or a hand-made article when adopting (see decide/identity);
 * 2. none → `create`, with a free slug when another article holds it;
 * 3. same content hash (and, when publishing, a published version with it) → `unchanged`
 *    (unless the article was edited and the user chose to overwrite it: the import restores it);
 * 4. the write needs a Content Manager right the user lacks → `forbidden`;
 * 5. edited since its last import and not chosen for overwriting → `conflict`;
 * 6. otherwise → `update` the same document.
 */
export const decideArticle = (
  candidate: Candidate,
  state: BatchState,
  context: DecideContext
): Decision => {
  const categories = categoryRefs(candidate, state);
  const base = {
    authors: plans(candidate.authorRefs, state.authors),
    category: plans(categories.refs, state.categories),
    categoryRefs: categories.refs,
    warnings: categories.warnings.map((warning) => warning.message),
    warningDetails: [...categories.warnings],
  };
  const warn = (warning: ArticleWarning) => {
    base.warnings.push(warning.message);
    base.warningDetails.push(warning);
  };
  const holderOf = (slug: string) => state.bySlug.get(slug);
  const wanted = candidate.draft.slug;
  const { byKey, bySlug } = lookups(state);
  const match = matchArticle(
    { key: candidate.key, slug: wanted, sourceName: storedSourceName(candidate.source) },
    byKey,
    bySlug,
    context.adopt
  );
  const check = (action: 'create' | 'update', existing: ExistingArticle | null): Right | null =>
    context.rights === null
      ? null
      : missingRight(
          requiredRights({
            action,
            publish: context.status === 'published',
            createsAuthors: base.authors.some((a) => a.action === 'create'),
            createsCategories: base.category.some((c) => c.action === 'create'),
            setsCover: setsCover(candidate),
          }),
          (right) => context.rights!(right, existing, candidate.locale)
        );

  if (match.kind === 'new') {
    // Another locale of the same story (a shared link key): this one is added to its document —
    // unless the document has this locale already, from another source or made by hand.
    const translationOf = state.links.get(candidate.linkKey);
    const taken = translationOf === undefined ? undefined : state.articles.get(translationOf);
    if (taken) {
      return {
        action: 'conflict',
        existing: taken,
        changedFields: [],
        slug: taken.slug,
        translationTaken: taken.imported || taken.sourceKey !== null ? 'OTHER_SOURCE' : 'HAND_MADE',
        ...base,
      };
    }
    const slug = allocateSlug(wanted, null, holderOf);
    if (slug !== wanted && match.slugHeldBy !== 'nobody') {
      warn(slugWarning(wanted, slug, match.slugHeldBy));
    }
    const missing = check('create', null);
    if (missing) return { action: 'forbidden', existing: null, missing, ...base };
    return {
      action: 'create',
      slug,
      existing: null,
      ...(translationOf !== undefined ? { translationOf } : {}),
      ...base,
    };
  }

  const existing = state.articles.get(match.documentId)!;
  if (match.kind === 'adopted') {
    warn(
      articleWarning(
        'ADOPTED',
        { slug: existing.slug },
        `Adopted the article "${existing.slug}" made by hand in the Content Manager: this source now updates it.`
      )
    );
  }
  const edited = editedFields(existing.fingerprint, existing.current) ?? [];
  const overwrite = edited.length > 0 && context.overwrite(existing.documentId);
  const sameContent =
    existing.draftHash === candidate.hash &&
    (context.status !== 'published' || existing.publishedHash === candidate.hash);
  if (sameContent && !overwrite) return { action: 'unchanged', existing, ...base };

  const missing = check('update', existing);
  if (missing) return { action: 'forbidden', existing, missing, ...base };
  const slug = allocateSlug(wanted, existing.documentId, holderOf, existing.slug);
  if (edited.length > 0 && !overwrite) {
    return { action: 'conflict', existing, changedFields: edited, slug, ...base };
  }
  if (overwrite) {
    warn(
      articleWarning(
        'OVERWROTE_EDITS',
        { fields: edited },
        `Overwrote changes made since the last import (${edited.join(', ')}), as asked.`
      )
    );
  }
  return { action: 'update', slug, existing, ...base };
};

/**
 * While planning (nothing written), what a decision will write is claimed in the state as the
 * import's own bookkeeping does after each write (engine.ts, recordWritten): the slug, so that a
 * later article of the same import with the same slug plans a free one; and for an update, the
 * article itself, which then belongs to this source (an adopted hand-made article, or one matched
 * by its slug), so that a later file cannot plan to adopt or update it too.
 */
export const claimPlanned = (state: BatchState, candidate: Candidate, decision: Decision) => {
  if (decision.action === 'create') {
    const planned = `${PLANNED}${candidate.key}`;
    state.bySlug.set(decision.slug, planned);
    // The document (the one it adds this locale to, or the new one) has this locale now: a later
    // article of the import linked to it in this locale is a conflict, not a second version.
    const document = decision.translationOf ?? planned;
    if (!state.links.has(candidate.linkKey)) state.links.set(candidate.linkKey, document);
    if (!state.articles.has(document)) {
      state.articles.set(document, plannedArticle(candidate, decision.slug, document));
    }
    return;
  }
  if (decision.action !== 'update') return;
  const { documentId } = decision.existing;
  state.bySlug.set(decision.slug, documentId);
  state.byKey.set(candidate.key, documentId);
  state.articles.set(documentId, {
    ...decision.existing,
    sourceKey: candidate.key,
    sourceName: storedSourceName(candidate.source),
    imported: true,
  });
};

/** What the state knows of an article this import plans to create, before it is written. */
const plannedArticle = (
  candidate: Candidate,
  slug: string,
  documentId: string
): ExistingArticle => ({
  documentId,
  slug,
  sourceKey: candidate.key,
  sourceName: storedSourceName(candidate.source),
  imported: true,
  draftHash: candidate.hash,
  publishedHash: undefined,
  fingerprint: null,
  current: {
    title: candidate.draft.title,
    slug,
    description: candidate.draft.description,
    body: candidate.draft.body,
    tags: candidate.draft.tags,
    authors: [],
    category: null,
  },
  createdById: null,
});
