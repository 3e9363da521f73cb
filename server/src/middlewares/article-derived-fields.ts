import type { Core, Modules } from '@strapi/strapi';

import { isRecord, UID } from '../../../shared/contracts';
import { readingFieldsOf, tagIndexOfTags } from '../content-types/article/derived-fields';
import type { Block } from '../parsing';
import { getService } from '../utils/get-service';

const WRITE_ACTIONS = new Set(['create', 'update']);

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
        data.tagIndex = tagIndexOfTags(data.tags);
      } else {
        delete data.tagIndex;
      }
      if (Array.isArray(data.body)) {
        const { wordsPerMinute } = getService(strapi, 'settings').current();
        const stats = readingFieldsOf(data.body as Block[], wordsPerMinute);
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
