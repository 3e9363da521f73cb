/**
 * Limits shared by the parser, the content model and the admin UI (the README lists them).
 * Every value the parser keeps is bounded, so that no input can make a later step (hashing,
 * storing, serialising a report) run out of stack or memory.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_WORDS_PER_MINUTE = 200;
/** Most bytes of one picture (cover, body image) an import reads: downloaded or sent along. */
export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 300;
export const MAX_SLUG_LENGTH = 200;
/** Deepest list nesting accepted in a JSON blocks body. */
export const MAX_LIST_DEPTH = 10;
/** Author and category names (the content types' `name` is a string of at most 255). */
export const MAX_NAME_LENGTH = 255;
export const MAX_AUTHORS = 50;
/** Segments of a category path (Business / Energy / …). */
export const MAX_CATEGORY_DEPTH = 10;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;
/** `sourceUrl`, `cover` and body links (the article's `sourceUrl` column holds 2000). */
export const MAX_URL_LENGTH = 2000;
/** `locale`, `publishedAt`, `aboutAuthor`: short texts. */
export const MAX_SHORT_TEXT_LENGTH = 255;
/** Nesting of a JSON document or a YAML front matter (a blocks body with 10 nested lists fits). */
export const MAX_DOCUMENT_DEPTH = 64;
/** Unknown front-matter / JSON keys kept in `sourceMeta.extra`. */
export const MAX_EXTRA_KEYS = 50;
/** Nesting of one value kept in `sourceMeta.extra` (`{ "a": { "b": [1] } }` is 3). */
export const MAX_EXTRA_DEPTH = 8;
/** The whole `sourceMeta`, as JSON. */
export const MAX_SOURCE_META_BYTES = 64 * 1024;
