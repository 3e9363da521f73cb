import type { ArticleFieldName } from '../../../../shared/contracts';
import { sha256Hex } from '../sha256';

export type ArticleField = ArticleFieldName;

/** The article fields an import writes and an editor may change in the Content Manager. */
export const ARTICLE_FIELDS: readonly ArticleField[] = [
  'title',
  'slug',
  'description',
  'body',
  'tags',
  'authors',
  'category',
];

/** An article's content as stored: relations by documentId (authors in byline order). */
export interface FieldValues {
  title: string;
  slug: string;
  description: string | null;
  body: unknown;
  tags: unknown;
  authors: string[];
  category: string | null;
}

/** A short hash per field of what an import wrote: kept with the article (private). */
export type Fingerprint = { v: 1 } & Record<ArticleField, string>;

/**
 * JSON with object keys sorted: Postgres (jsonb) and MySQL give JSON back with their own key
 * order, so equal content must give equal text whatever the database.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

const short = (text: string) => sha256Hex(text).slice(0, 16);

/** Empty values compare equal however the database gives them back (null, '' or []). */
const normalised = (values: FieldValues): Record<ArticleField, unknown> => ({
  title: values.title ?? '',
  slug: values.slug ?? '',
  description: values.description ?? '',
  body: values.body ?? [],
  tags: values.tags ?? [],
  authors: values.authors ?? [],
  category: values.category ?? null,
});

/** A field's part of the fingerprint. */
export const fieldPrint = (value: unknown): string => short(canonicalJson(value));

/**
 * The per-field hashes of an article's content. `bodyPrint`: the body's, computed earlier from
 * this very body (`fieldPrint(values.body)`; a parse worker's, parse-pool.ts).
 */
export const fingerprintOf = (values: FieldValues, bodyPrint?: string): Fingerprint => {
  const fields = normalised(values);
  const out = { v: 1 } as Fingerprint;
  for (const field of ARTICLE_FIELDS) {
    out[field] =
      field === 'body' && bodyPrint !== undefined ? bodyPrint : fieldPrint(fields[field]);
  }
  return out;
};

const isFingerprint = (value: unknown): value is Fingerprint =>
  typeof value === 'object' &&
  value !== null &&
  (value as { v?: unknown }).v === 1 &&
  ARTICLE_FIELDS.every((f) => typeof (value as Record<string, unknown>)[f] === 'string');

/**
 * The fields changed since the import wrote them (by someone else: the Content Manager, the
 * API, custom code): empty when the article is as imported. Null when the article carries no
 * fingerprint (made by hand, or imported before fingerprints): nothing can be said.
 */
export const editedFields = (stored: unknown, current: FieldValues): ArticleField[] | null => {
  if (!isFingerprint(stored)) return null;
  const now = fingerprintOf(current);
  return ARTICLE_FIELDS.filter((field) => stored[field] !== now[field]);
};
