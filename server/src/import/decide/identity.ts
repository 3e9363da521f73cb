import crypto from 'node:crypto';

import type { SourceMeta } from '../../parsing/types';

/**
 * An article's source key: where it came from, the import's identity for it (the slug is only
 * presentation). `id:<sourceId>` when the source names its own id, else `url:<canonical URL>`,
 * else `path:<path relative to the import root>` (plus `#<n>` for the n-th item of a JSON array).
 */
export type SourceKey = string;

/** The column holds at most this many characters; longer keys are stored as their hash. */
export const MAX_STORED_KEY = 255;

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$)/i;

/**
 * The canonical form of a source URL, so that the same story linked twice is one key: no scheme
 * (http and https name the same page), host in lower case without a default port, no fragment,
 * no tracking parameters, sorted query, no trailing slash. Null for anything not http(s).
 */
export const canonicalUrl = (value: string): string | null => {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.searchParams.toString();
  return `${url.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
};

/** The source's own id (`sourceId`, or `id`) from front matter / JSON, when it gives one. */
export const explicitSourceId = (meta: SourceMeta): string | null => {
  const extra = meta.extra ?? {};
  for (const name of ['sourceId', 'id']) {
    const value = extra[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
};

/**
 * The source key of the article this one translates (`translationOf` in front matter / JSON):
 * that article's `sourceId`, or its source URL. Null when the source names none. Translations
 * that share one `sourceId` (or one source URL) need no `translationOf`: their keys are equal.
 */
export const translationOfKey = (meta: SourceMeta): SourceKey | null => {
  const value = meta.extra?.translationOf;
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : '';
  if (text === '') return null;
  const url = /^https?:\/\//i.test(text) ? canonicalUrl(text) : null;
  return url !== null ? `url:${url}` : `id:${text}`;
};

// A key as the engine stores it (what `newsroom export` writes as `sourceKey`).
const STORED_KEY = /^(?:(?:id|url|path):[^\0]+|sha256:[0-9a-f]{64})$/;

/**
 * The key an export wrote down (`sourceKey` in front matter / JSON), when it has the stored
 * form: importing an export back finds the same article whatever folder the files are in now.
 */
export const exportedSourceKey = (meta: SourceMeta): SourceKey | null => {
  const value = meta.extra?.sourceKey;
  if (typeof value !== 'string') return null;
  const key = value.trim();
  return key.length <= MAX_STORED_KEY && STORED_KEY.test(key) ? key : null;
};

/** `./a\\b.txt` → `a/b.txt`: the same file gives the same key on every system. */
export const normalisePath = (path: string): string =>
  path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/');

/**
 * The key of an article: `path` is the file's path relative to the import root (or folder),
 * `item` the 1-based position in a JSON array (null for a file holding one article).
 */
export const sourceKeyOf = (meta: SourceMeta, path: string, item: number | null): SourceKey => {
  const exported = exportedSourceKey(meta);
  if (exported !== null) return exported;
  const id = explicitSourceId(meta);
  if (id !== null) return `id:${id}`;
  const url = meta.sourceUrl ? canonicalUrl(meta.sourceUrl) : null;
  if (url !== null) return `url:${url}`;
  return pathSourceKey(path, item);
};

/**
 * The key of a file's article by its place: `path:<path>`, plus `#<item>` for the item-th article
 * of a JSON array. Stored in databases: the form must not change.
 */
export const pathSourceKey = (path: string, item: number | null): SourceKey =>
  `path:${normalisePath(path)}${item === null ? '' : `#${item}`}`;

/** The key as stored: itself, or `sha256:<hex>` when longer than the column. */
export const storedSourceKey = (key: SourceKey): string =>
  key.length <= MAX_STORED_KEY
    ? key
    : `sha256:${crypto.createHash('sha256').update(key).digest('hex')}`;

const MAX_SOURCE_NAME = 255;

/** The source name as stored (at most 255 characters: the end of a long path is kept). */
export const storedSourceName = (source: string): string =>
  source.length <= MAX_SOURCE_NAME ? source : `…${source.slice(-(MAX_SOURCE_NAME - 1))}`;

/** What identity matching needs to know of an article in the database. */
export interface KnownArticle {
  documentId: string;
  sourceKey: string | null;
  /** Written by the importer (it has a content hash); false for an article made by hand. */
  imported: boolean;
  /** The source name it was imported from (legacy imports without a key are matched by it). */
  sourceName: string | null;
}

export type Match =
  /** The article imported from this source before. */
  | { kind: 'source'; documentId: string }
  /** Imported before source keys existed: same slug and same source name. */
  | { kind: 'legacy'; documentId: string }
  /** A hand-made article with this slug, taken over on request (adopt). */
  | { kind: 'adopted'; documentId: string }
  /** A new article; `slugHeldBy` says who has its slug, if anyone. */
  | { kind: 'new'; slugHeldBy: 'nobody' | 'hand-made' | 'other-source' };

export interface MatchInput {
  key: string;
  slug: string;
  sourceName: string;
}

/**
 * Which article a candidate is: by source key first. The slug alone identifies an article only
 * when that article has no source key and either was imported from the same source name before
 * keys existed (legacy) or was made by hand and the user asked to adopt it.
 */
export const matchArticle = (
  candidate: MatchInput,
  byKey: (key: string) => KnownArticle | undefined,
  bySlug: (slug: string) => KnownArticle | undefined,
  adopt: boolean
): Match => {
  const own = byKey(candidate.key);
  if (own) return { kind: 'source', documentId: own.documentId };
  const holder = bySlug(candidate.slug);
  if (!holder) return { kind: 'new', slugHeldBy: 'nobody' };
  if (holder.sourceKey === null && holder.imported) {
    return holder.sourceName === candidate.sourceName
      ? { kind: 'legacy', documentId: holder.documentId }
      : { kind: 'new', slugHeldBy: 'other-source' };
  }
  if (holder.sourceKey === null) {
    return adopt
      ? { kind: 'adopted', documentId: holder.documentId }
      : { kind: 'new', slugHeldBy: 'hand-made' };
  }
  return { kind: 'new', slugHeldBy: 'other-source' };
};
