import { isRecord, MAX_DESCRIPTION_LENGTH } from '../../../shared/contracts';

/**
 * What the side panel shows, read from the Content Manager's document. The Content Manager
 * sends relations as `{ count }`; populated ones come as arrays or objects; all are handled.
 */
export interface ArticleFacts {
  wordCount: number | null;
  readingTimeMinutes: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  importedAt: string | null;
  description: string;
  authorCount: number;
  hasCategory: boolean;
  hasCover: boolean;
}

export type ChecklistId = 'description' | 'category' | 'authors' | 'cover';

export interface ChecklistItem {
  id: ChecklistId;
  ok: boolean;
  /** For the description: its length, and whether it is empty or blank. */
  length?: number;
  empty?: boolean;
}

const numberOr = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const textOr = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** How many entities a relation or media value holds. */
export const relationCount = (value: unknown): number => {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number' || typeof value === 'string') return 1;
  if (isRecord(value)) {
    if (typeof value.count === 'number') return value.count;
    if (Array.isArray(value.data)) return value.data.length;
    if ('data' in value) return value.data ? 1 : 0;
    if (Array.isArray(value.connect)) return value.connect.length;
    return 'id' in value || 'documentId' in value || 'url' in value ? 1 : 0;
  }
  return 0;
};

/** The fields of the edit form the panel reads, and the relations among them. */
const LIVE_FIELDS = ['description', 'cover', 'sourceName', 'sourceUrl'] as const;
const LIVE_RELATIONS = ['authors', 'category'] as const;

const listOr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The article as it stands in the edit form: the saved document with the unsaved values over it.
 * The form holds a relation as the changes to the saved one (`{ connect, disconnect }`); the
 * result gives its count (`{ count }`). Without form values, the saved document.
 */
export const liveDocumentOf = (
  saved: Record<string, unknown>,
  values: Record<string, unknown> | undefined
): Record<string, unknown> => {
  if (!values) return saved;
  const live: Record<string, unknown> = { ...saved };
  for (const field of LIVE_FIELDS) {
    if (field in values) live[field] = values[field];
  }
  for (const field of LIVE_RELATIONS) {
    const change = values[field];
    if (!isRecord(change)) continue;
    const connect = listOr(change.connect);
    const disconnect = listOr(change.disconnect);
    // A reordering connects related entries again: the count is only a floor, but it is 0 only
    // when every saved entry is disconnected and nothing is connected.
    const kept = Math.max(0, relationCount(saved[field]) - disconnect.length);
    live[field] = { count: kept + connect.length };
  }
  return live;
};

export const articleFactsOf = (document: Record<string, unknown>): ArticleFacts => ({
  wordCount: numberOr(document.wordCount),
  readingTimeMinutes: numberOr(document.readingTimeMinutes),
  sourceName: textOr(document.sourceName),
  sourceUrl: textOr(document.sourceUrl),
  importedAt: textOr(document.importedAt),
  description: typeof document.description === 'string' ? document.description : '',
  authorCount: relationCount(document.authors),
  hasCategory: relationCount(document.category) > 0,
  hasCover: relationCount(document.cover) > 0,
});

export const checklistOf = (facts: ArticleFacts): ChecklistItem[] => {
  const { length } = facts.description;
  const empty = facts.description.trim() === '';
  return [
    {
      id: 'description',
      ok: !empty && length <= MAX_DESCRIPTION_LENGTH,
      length,
      empty,
    },
    { id: 'category', ok: facts.hasCategory },
    { id: 'authors', ok: facts.authorCount > 0 },
    { id: 'cover', ok: facts.hasCover },
  ];
};

/**
 * Which category's path the side panel shows: the saved article's (its version in `locale`, the
 * one being edited: a localized article's category is that locale's), or one chosen in the form.
 */
export type CategoryRef =
  | { kind: 'article'; documentId: string; status: 'draft' | 'published'; locale?: string }
  | { kind: 'category'; id: number };

/**
 * The category of the article as it stands in the edit form: one just chosen (the form's
 * `connect`, whose `id` is the category's), none when the saved one was removed, else the saved
 * article's (asked of the server by the article, the tab shown and the locale edited). Null: no
 * category.
 */
export const categoryRefOf = (
  saved: Record<string, unknown>,
  values: Record<string, unknown> | undefined,
  status: 'draft' | 'published'
): CategoryRef | null => {
  const change = values?.category;
  if (isRecord(change)) {
    const connect = listOr(change.connect);
    const chosen = connect[connect.length - 1];
    if (isRecord(chosen) && typeof chosen.id === 'number')
      return { kind: 'category', id: chosen.id };
    if (listOr(change.disconnect).length > 0) return null;
  }
  if (relationCount(saved.category) === 0 || typeof saved.documentId !== 'string') return null;
  const { locale } = saved;
  return {
    kind: 'article',
    documentId: saved.documentId,
    status,
    ...(typeof locale === 'string' && locale !== '' ? { locale } : {}),
  };
};

/** A category path as the editor reads it: "World › Europe › Politics". */
export const categoryPathText = (names: readonly string[]): string => names.join(' › ');
