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
  if (typeof value !== 'object') return JSON.stringify(value);
  // Built by concatenation, without the arrays of entries and parts a map/filter/sort/join
  // chain makes for every node (a 10k import prints every article's body: ~0.5 s of the parse).
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders strings by their UTF-16 code units, as `<` compares them.
  const keys = Object.keys(record).sort();
  out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
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

/** Field prints computed earlier from the very values being fingerprinted (a parse worker's). */
export type KnownPrints = Partial<Record<ArticleField, string>>;

/**
 * The per-field hashes of an article's content. `known`: prints computed earlier from these
 * very values (`fieldPrint` of the field; a parse worker's, parse-pool.ts), taken as they are.
 */
export const fingerprintOf = (values: FieldValues, known: KnownPrints = {}): Fingerprint => {
  const fields = normalised(values);
  const out = { v: 1 } as Fingerprint;
  for (const field of ARTICLE_FIELDS) {
    out[field] = known[field] ?? fieldPrint(fields[field]);
  }
  return out;
};

type DraftFields = Pick<FieldValues, 'title' | 'slug' | 'description' | 'tags' | 'body'>;
export type DraftPrints = Record<keyof DraftFields, string>;

/**
 * The prints of a parsed draft's own fields — those an import writes as the draft gives them
 * (its title, description, tags and body; its slug while no other article holds it) — for
 * `fingerprintOf`'s `known`: what a parse worker computes off the importing thread.
 */
export const draftPrints = (draft: DraftFields): DraftPrints => {
  const fields = normalised({ ...draft, authors: [], category: null });
  return {
    title: fieldPrint(fields.title),
    slug: fieldPrint(fields.slug),
    description: fieldPrint(fields.description),
    tags: fieldPrint(fields.tags),
    body: fieldPrint(fields.body),
  };
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
