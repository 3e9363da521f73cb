import type { Core, Modules } from '@strapi/strapi';

// TEMP until the parsing module lands: same contract as parsing's computeReadingStats.
type Block = unknown;
const textOf = (node: unknown): string => {
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { text?: unknown; children?: unknown };
  return (typeof n.text === 'string' ? n.text : '') + ' ' + textOf(n.children);
};
const computeReadingStats = (body: Block[], wpm: number) => {
  const wordCount = textOf(body).split(/\s+/).filter(Boolean).length;
  return { wordCount, readingTimeMinutes: Math.max(1, Math.ceil(wordCount / wpm)) };
};
import { UID } from '../pluginId';
import type { NewsroomConfig } from '../config';

const WRITE_ACTIONS = new Set(['create', 'update']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Document Service middleware: every write of an article that carries a body (the importer, the
 * Content Manager, the REST API, custom code) gets `wordCount` and `readingTimeMinutes` computed
 * from that body. Values sent by the caller for these two fields are ignored.
 */
export const readingStatsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== UID.article || !WRITE_ACTIONS.has(context.action)) {
      return next();
    }
    const params = context.params as { data?: unknown };
    const data = params.data;
    if (isRecord(data)) {
      if (Array.isArray(data.body)) {
        const config = strapi.config.get<NewsroomConfig>('plugin::newsroom');
        const stats = computeReadingStats(data.body as Block[], config.wordsPerMinute);
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
