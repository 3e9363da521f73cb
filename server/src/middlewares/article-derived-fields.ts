import type { Core, Modules } from '@strapi/strapi';

import { computeReadingStats, slugify, type Block } from '../parsing';
import { UID } from '../pluginId';
import { getService } from '../utils/get-service';

const WRITE_ACTIONS = new Set(['create', 'update']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `tagIndex` holds the slugs of the tags between pipes (`|azerbaijan|iran|`), so that
 * "articles tagged X" is one LIKE on a plain column on SQLite, Postgres and MySQL alike.
 */
export const tagIndexOf = (tags: unknown[]): string | null => {
  const slugs = tags.filter((t): t is string => typeof t === 'string').map((t) => slugify(t));
  return slugs.length ? `|${slugs.join('|')}|` : null;
};

/**
 * Document Service middleware: every write of an article that carries a body (the importer, the
 * Content Manager, the REST API, custom code) gets `wordCount` and `readingTimeMinutes` computed
 * from that body, and `tagIndex` from its tags. Values sent by the caller for these are ignored.
 */
export const articleDerivedFieldsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== UID.article || !WRITE_ACTIONS.has(context.action)) {
      return next();
    }
    const params = context.params as { data?: unknown };
    const data = params.data;
    if (isRecord(data)) {
      if ('tags' in data) {
        data.tagIndex = Array.isArray(data.tags) ? tagIndexOf(data.tags) : null;
      } else {
        delete data.tagIndex;
      }
      if (Array.isArray(data.body)) {
        const { wordsPerMinute } = getService(strapi, 'settings').current();
        const stats = computeReadingStats(data.body as Block[], wordsPerMinute);
        data.wordCount = stats.wordCount;
        data.readingTimeMinutes = stats.readingTimeMinutes;
      } else {
        // The counts follow the body: without a body in this write they stay as they are.
        delete data.wordCount;
        delete data.readingTimeMinutes;
      }
    }
    return next();
  };
