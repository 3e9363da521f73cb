import type {
  BodyShapeWarning,
  ArticleReport,
  ArticleStatus,
  ImportFile,
  PlannedAction,
} from '../../../shared/contracts';
import { bodyShapeWarnings } from '../../../shared/contracts';

import type { ImportPicture } from './pictures';

/**
 * What an import will do to the live site, for one planned article:
 * - `publish`: goes live (a new article, or one without a published version, imported as published);
 * - `update-live`: the published version is replaced;
 * - `new-draft`: a new draft, not on the site until someone publishes it;
 * - `update-draft-live-stays`: the draft is updated, the published version stays as it is;
 * - `update-draft`: the draft is updated, the article is not on the site;
 * - `unchanged`: nothing is written;
 * - `kept`: edited in the Content Manager, left as it is (nothing is written);
 * - `nothing`: not allowed or invalid, nothing is written.
 */
export type LiveEffect =
  | 'publish'
  | 'update-live'
  | 'new-draft'
  | 'update-draft-live-stays'
  | 'update-draft'
  | 'unchanged'
  | 'kept'
  | 'nothing';

/**
 * A conflict the user chose to overwrite. Not one with an error (a translation whose locale the
 * story has already: TRANSLATION_TAKEN), which no overwrite writes; its documentId is the
 * story's, which an edited version in another locale shares.
 */
const overwritten = (
  article: Pick<ArticleReport, 'action' | 'documentId'> & Partial<Pick<ArticleReport, 'error'>>,
  overwrite: ReadonlySet<string>
) =>
  article.action === 'conflict' &&
  !article.error &&
  article.documentId !== null &&
  overwrite.has(article.documentId);

export const liveEffect = (
  article: Pick<ArticleReport, 'action' | 'published' | 'documentId'> &
    Partial<Pick<ArticleReport, 'error'>>,
  status: ArticleStatus,
  overwrite: ReadonlySet<string> = new Set()
): LiveEffect => {
  const writes = article.action === 'update' || overwritten(article, overwrite);
  if (article.action === 'create') return status === 'published' ? 'publish' : 'new-draft';
  if (writes) {
    if (status === 'published') return article.published ? 'update-live' : 'publish';
    return article.published ? 'update-draft-live-stays' : 'update-draft';
  }
  if (article.action === 'unchanged') return 'unchanged';
  if (article.action === 'conflict') return 'kept';
  return 'nothing';
};

/** The plan tabs of the preview, in their order. `forbidden` shows only when there is one. */
export const PLAN_FILTERS = [
  'all',
  'create',
  'update',
  'unchanged',
  'conflict',
  'forbidden',
  'invalid',
] as const;
export type PlanFilter = (typeof PLAN_FILTERS)[number];

const PLANNED: ReadonlySet<string> = new Set<PlannedAction>([
  'create',
  'update',
  'unchanged',
  'conflict',
  'forbidden',
  'invalid',
]);
const isPlanned = (action: string): action is PlannedAction => PLANNED.has(action);

export const planCounts = (articles: readonly ArticleReport[]): Record<PlanFilter, number> => {
  const counts: Record<PlanFilter, number> = {
    all: articles.length,
    create: 0,
    update: 0,
    unchanged: 0,
    conflict: 0,
    forbidden: 0,
    invalid: 0,
  };
  for (const { action } of articles) {
    if (isPlanned(action)) counts[action] += 1;
  }
  return counts;
};

export const filterByPlan = (articles: readonly ArticleReport[], filter: PlanFilter) =>
  filter === 'all' ? [...articles] : articles.filter((article) => article.action === filter);

/**
 * Whether importing the files the preview accepted would write anything: an article to create
 * or update, or an edited one the user chose to overwrite. All unchanged (or left as edited, or
 * not allowed): nothing to do.
 */
export const hasWork = (
  articles: readonly ArticleReport[],
  overwrite: ReadonlySet<string> = new Set()
): boolean =>
  articles.some(
    (article) =>
      article.action === 'create' || article.action === 'update' || overwritten(article, overwrite)
  );

/** The body-shape warnings (see shared/contracts/body-shape) among an article's warnings. */
export const misreadings = (article: Pick<ArticleReport, 'draft'>): BodyShapeWarning[] =>
  article.draft ? bodyShapeWarnings(article.draft.body) : [];

/**
 * What a plan was made for. A plan is stale when any of it changed since: the pasted text or
 * page, the files (same names but another content count as changed), the status, adopt, the
 * locale.
 */
export interface PlanInput {
  sources: readonly ImportFile[];
  /** Pictures chosen with the files (absent: none). */
  pictures?: readonly ImportPicture[];
  status: ArticleStatus;
  adopt: boolean;
  /** The locale picked for articles that name none; absent: the app's default. */
  locale?: string;
}

/** The same pictures, in the same order (a picture chosen again is another one). */
const samePictures = (
  a: readonly ImportPicture[] = [],
  b: readonly ImportPicture[] = []
): boolean => a.length === b.length && a.every((picture, i) => picture === b[i]);

export const samePlanInput = (a: PlanInput | null, b: PlanInput): boolean =>
  a !== null &&
  a.status === b.status &&
  a.adopt === b.adopt &&
  a.locale === b.locale &&
  samePictures(a.pictures, b.pictures) &&
  a.sources.length === b.sources.length &&
  a.sources.every(
    (file, i) => file.name === b.sources[i].name && file.content === b.sources[i].content
  );

/** Whether only the pasted text differs (re-plan after a pause in typing, not at each key). */
export const onlyTextChanged = (a: PlanInput, b: PlanInput, pastedNames: readonly string[]) =>
  a.status === b.status &&
  a.adopt === b.adopt &&
  a.locale === b.locale &&
  samePictures(a.pictures, b.pictures) &&
  sameFiles(
    a.sources.filter((f) => !pastedNames.includes(f.name)),
    b.sources.filter((f) => !pastedNames.includes(f.name))
  );

const sameFiles = (a: readonly ImportFile[], b: readonly ImportFile[]) =>
  a.length === b.length && a.every((file, i) => file === b[i]);
