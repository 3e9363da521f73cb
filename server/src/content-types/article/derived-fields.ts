import { computeReadingStats, slugify, type Block, type ReadingStats } from '../../parsing';

/**
 * The article's derived fields, one pure module for every writer: the Document Service
 * middleware (Content Manager, REST, custom code) and the import engine's direct inserts.
 */

/**
 * `tagIndex` holds the slugs of the tags between pipes (`|azerbaijan|iran|`), so that
 * "articles tagged X" is one LIKE on a plain column on SQLite, Postgres and MySQL alike.
 */
export const tagIndexOf = (tags: unknown[]): string | null => {
  const slugs = tags.filter((t): t is string => typeof t === 'string').map((t) => slugify(t));
  return slugs.length ? `|${slugs.join('|')}|` : null;
};

/** The tag index of an article with these tags (none when `tags` is not a list). */
export const tagIndexOfTags = (tags: unknown): string | null =>
  Array.isArray(tags) ? tagIndexOf(tags) : null;

/** `wordCount` and `readingTimeMinutes` of a body. */
export const readingFieldsOf = (body: Block[], wordsPerMinute: number): ReadingStats =>
  computeReadingStats(body, wordsPerMinute);

/** What `tagIndex` contains for an article tagged `tag` (the content API's tag filter). */
export const tagIndexEntry = (tag: string): string => `|${slugify(tag)}|`;
