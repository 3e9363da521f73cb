import type { ArticleSource, ImportError } from '../../../shared/contracts';
import { articleChanges, forbiddenMessage, rightId, type DiffSide } from './decide';
import { coverPreview } from './images';
import type { ArticleOutcome, Candidate, Decision, FailedOutcome } from './types';

type Mode = 'plan' | 'apply';

/** A translation of an article planned earlier in the same import (decide's `planned:` marker). */
const isPlanned = (documentId: string | undefined) => documentId?.startsWith('planned:') ?? false;

/**
 * What a plan shows of an existing article: its last edit (update, unchanged, conflict) and,
 * for an update or a conflict, what the import changes in it, field by field.
 */
const shownExisting = (candidate: Candidate, decision: Decision) => {
  const shown = decision.existing?.shown;
  if (!shown || decision.action === 'create' || decision.action === 'forbidden') return {};
  // A translation whose locale the story has already: the version there is another's, not
  // this article's as an editor changed it.
  if (
    decision.action === 'unchanged' ||
    (decision.action === 'conflict' && decision.translationTaken)
  )
    return { lastEdit: shown.lastEdit };
  const { current } = decision.existing;
  const before: DiffSide = { ...current, authors: shown.authors, category: shown.category };
  const leaf = decision.categoryRefs[decision.categoryRefs.length - 1];
  const after: DiffSide = {
    title: candidate.draft.title,
    slug: decision.slug,
    description: candidate.draft.description,
    body: candidate.draft.body,
    tags: candidate.draft.tags,
    authors: decision.authors,
    category: leaf ?? null,
  };
  return { lastEdit: shown.lastEdit, changes: articleChanges(before, after) };
};

/**
 * The outcome of a decision: planned (`create`), or applied (`created`, with the documentId the
 * write gave). Previews carry the parsed draft, so that the admin can show it.
 */
export const outcomeOf = (
  candidate: Candidate,
  decision: Decision,
  mode: Mode,
  writtenId: string | null = null
): ArticleOutcome => {
  const base = {
    source: candidate.source,
    file: candidate.file,
    index: candidate.index,
    title: candidate.draft.title,
    warnings: [...candidate.draft.warnings, ...decision.warnings],
    warningDetails: [...(candidate.draft.warningDetails ?? []), ...decision.warningDetails],
    authors: decision.authors,
    category: decision.category,
    locale: candidate.locale,
    ...(mode === 'plan' ? { draft: candidate.draft } : {}),
    // What the site shows now, so that a plan can say what the import does to it.
    ...(mode === 'plan' && decision.existing
      ? { published: decision.existing.publishedHash !== undefined }
      : {}),
    ...(mode === 'plan' ? shownExisting(candidate, decision) : {}),
    ...(mode === 'plan' && candidate.images?.cover ? { cover: coverPreview(candidate) } : {}),
  };
  switch (decision.action) {
    case 'create':
      return {
        ...base,
        action: mode === 'plan' ? 'create' : 'created',
        slug: decision.slug,
        documentId:
          writtenId ??
          (isPlanned(decision.translationOf) ? null : (decision.translationOf ?? null)),
        ...(decision.translationOf
          ? {
              translationOf: isPlanned(decision.translationOf) ? 'planned' : decision.translationOf,
            }
          : {}),
      };
    case 'update':
      return {
        ...base,
        action: mode === 'plan' ? 'update' : 'updated',
        slug: decision.slug,
        documentId: decision.existing.documentId,
      };
    case 'unchanged':
      return {
        ...base,
        action: 'unchanged',
        slug: decision.existing.slug,
        documentId: decision.existing.documentId,
      };
    case 'conflict': {
      const documentId = isPlanned(decision.existing.documentId)
        ? null
        : decision.existing.documentId;
      return {
        ...base,
        action: 'conflict',
        slug: decision.existing.slug,
        documentId,
        changedFields: decision.changedFields,
        ...(decision.translationTaken
          ? {
              error: translationTaken(
                candidate.locale,
                documentId,
                decision.existing.slug,
                decision.translationTaken
              ),
            }
          : {}),
      };
    }
    case 'forbidden':
      return {
        ...base,
        action: 'forbidden',
        slug: decision.existing?.slug ?? candidate.draft.slug,
        documentId: decision.existing?.documentId ?? null,
        missingPermission: rightId(decision.missing),
        error: { message: forbiddenMessage(decision.missing), line: null, code: 'FORBIDDEN' },
      };
  }
};

/**
 * Why a translation was not written: the story has its locale already (another source's version,
 * or one made in the Content Manager), and what to do about it.
 */
const translationTaken = (
  locale: string,
  documentId: string | null,
  slug: string,
  heldBy: 'OTHER_SOURCE' | 'HAND_MADE'
): ImportError => ({
  message:
    `This article is the "${locale}" version of the story ${documentId === null ? 'an earlier article of this import creates' : `in document ${documentId}`} ` +
    '(it names it in "translationOf", or shares its sourceId or sourceUrl), but that story already has a ' +
    `"${locale}" version ${heldBy === 'HAND_MADE' ? 'made in the Content Manager' : 'from another source'}: "${slug}". ` +
    'Nothing of this article was written. To import it in place of that version, delete that version in the ' +
    'Content Manager first; to import it as a story of its own, remove "translationOf" or give it its own sourceId or sourceUrl.',
  line: null,
  code: 'TRANSLATION_TAKEN',
  params: { locale, documentId: documentId ?? 'planned', slug, heldBy },
});

/** An article that could not be parsed (`invalid`) or written (`failed`). */
export const failedOutcome = (
  { source, file, index }: ArticleSource,
  action: 'invalid' | 'failed',
  error: ImportError,
  extra: Partial<
    Pick<ArticleOutcome, 'slug' | 'title' | 'warnings' | 'warningDetails' | 'draft'>
  > = {}
): FailedOutcome => ({
  source,
  file,
  index,
  action,
  slug: null,
  documentId: null,
  title: null,
  warnings: [],
  error,
  authors: [],
  category: [],
  ...extra,
});
