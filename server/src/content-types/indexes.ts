/**
 * Secondary indexes on the columns the import engine looks up (`server/src/import/state.ts`,
 * `unchanged-sources.ts`) and the content API filters by. They are declared on the content
 * types (`schema.indexes`, the mechanism Strapi's own upload plugin uses), so Strapi's schema
 * sync creates them on SQLite, PostgreSQL and MySQL/MariaDB and keeps them: an index missing from
 * the declared schema would be one the sync considers foreign, and a declared one is never in
 * its "removed" list. Names stay under 63 characters (PostgreSQL's limit; MySQL allows 64).
 *
 * Columns are the database's (snake case). Every table has a `locale` column: Strapi's i18n
 * plugin (always loaded) adds it to every content type, localized or not. Articles and
 * categories are meant to be localized, so their slug index is (slug, locale); it serves a
 * lookup by slug alone too (leftmost prefix). Authors are not localized: slug alone.
 *
 * The content hash is not indexed: the engine never searches by it (it reads it with the rows
 * found by source key, slug or document id and compares in memory).
 */
export interface TableIndex {
  name: string;
  columns: string[];
  type: null;
}

const index = (name: string, columns: string[]): TableIndex => ({ name, columns, type: null });

export const ARTICLE_INDEXES: TableIndex[] = [
  index('newsroom_articles_slug_locale_idx', ['slug', 'locale']),
  index('newsroom_articles_source_key_idx', ['source_key']),
  index('newsroom_articles_source_hash_idx', ['source_hash']),
  // The content API's list counts the published rows of a locale on every page. Without an
  // index InnoDB counts by reading every article row, bodies included: 1–3 s a page on MariaDB
  // at 10k articles while an import writes. `published_at` first: with `locale` first, SQLite's
  // planner (no statistics) would take this index for the engine's `locale = ? and
  // source_hash in (…)` lookup instead of the source-hash index.
  index('newsroom_articles_published_locale_idx', ['published_at', 'locale']),
];

export const AUTHOR_INDEXES: TableIndex[] = [index('newsroom_authors_slug_idx', ['slug'])];

export const CATEGORY_INDEXES: TableIndex[] = [
  index('newsroom_categories_slug_locale_idx', ['slug', 'locale']),
];

/** The history finds the entry of an admin import batch by its id (and the importing admin). */
export const IMPORT_LOG_INDEXES: TableIndex[] = [
  index('newsroom_import_logs_batch_id_idx', ['batch_id', 'user_id']),
];

/** An import finds the Media Library file of a picture by the SHA-256 of its bytes. */
export const IMAGE_INDEXES: TableIndex[] = [index('newsroom_images_digest_idx', ['digest'])];

/** Every index the plugin declares, by table: what the integration test looks for. */
export const PLUGIN_INDEXES: Record<string, TableIndex[]> = {
  newsroom_articles: ARTICLE_INDEXES,
  newsroom_authors: AUTHOR_INDEXES,
  newsroom_categories: CATEGORY_INDEXES,
  newsroom_import_logs: IMPORT_LOG_INDEXES,
  newsroom_images: IMAGE_INDEXES,
};
