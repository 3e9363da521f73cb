import {
  type GetCategoryPath,
  type GetReadingTime,
  type ImportDefaults,
  type ImportHistoryEntry,
  type ImportReport,
  isArticleStatus,
  isRecord,
  type NewsroomSettings,
  type NewsroomStats,
  type Pagination,
  type ReadingTimeJob,
  type SettingsLimits,
} from '../../../shared/contracts';

/**
 * Shape checks for answers: a 2xx with a body the admin cannot read is a failure, never a
 * silent success (the fetch client turns an empty 200 into `{}`).
 */
const isCount = (value: unknown): value is number => typeof value === 'number' && value >= 0;

const hasTotals = (value: unknown): boolean =>
  isRecord(value) &&
  isCount(value.created) &&
  isCount(value.updated) &&
  isCount(value.unchanged) &&
  isCount(value.failed);

export const isImportReport = (value: unknown): value is ImportReport =>
  isRecord(value) && Array.isArray(value.articles) && hasTotals(value.totals);

export const isHistoryEntry = (value: unknown): value is ImportHistoryEntry =>
  isRecord(value) &&
  typeof value.createdAt === 'string' &&
  Array.isArray(value.articles) &&
  hasTotals(value.totals);

export const isPagination = (value: unknown): value is Pagination =>
  isRecord(value) && isCount(value.page) && isCount(value.pageCount) && isCount(value.total);

export const isSettings = (value: unknown): value is NewsroomSettings =>
  isRecord(value) &&
  isArticleStatus(value.defaultStatus) &&
  typeof value.wordsPerMinute === 'number' &&
  typeof value.maxImportBytes === 'number' &&
  typeof value.publicRead === 'boolean';

export const isImportDefaults = (value: unknown): value is ImportDefaults =>
  isRecord(value) &&
  isArticleStatus(value.defaultStatus) &&
  typeof value.wordsPerMinute === 'number' &&
  typeof value.maxImportBytes === 'number' &&
  // Servers before "View on site" links do not send `site`.
  (value.site === undefined ||
    value.site === null ||
    (isRecord(value.site) &&
      typeof value.site.url === 'string' &&
      typeof value.site.articlePath === 'string'));

export const isStats = (value: unknown): value is NewsroomStats =>
  isRecord(value) &&
  isCount(value.published) &&
  isCount(value.drafts) &&
  (value.lastImport === null || isHistoryEntry(value.lastImport));

export const isSettingsLimits = (value: unknown): value is SettingsLimits =>
  isRecord(value) &&
  isRecord(value.maxImportBytes) &&
  isCount(value.maxImportBytes.min) &&
  isCount(value.maxImportBytes.max) &&
  isCount(value.maxImportBytes.bodyLimitBytes) &&
  typeof value.maxImportBytes.bodyLimit === 'string' &&
  isRecord(value.wordsPerMinute) &&
  isCount(value.wordsPerMinute.min) &&
  isCount(value.wordsPerMinute.max);

export const isReadingTimeJob = (value: unknown): value is ReadingTimeJob =>
  isRecord(value) &&
  (value.state === 'running' || value.state === 'done' || value.state === 'failed') &&
  typeof value.wordsPerMinute === 'number' &&
  isCount(value.total) &&
  isCount(value.done) &&
  isCount(value.changed) &&
  typeof value.startedAt === 'string' &&
  (value.finishedAt === null || typeof value.finishedAt === 'string') &&
  (value.startedBy === null || typeof value.startedBy === 'string') &&
  (value.error === null || typeof value.error === 'string');

export const isReadingTimeStatus = (value: unknown): value is GetReadingTime.Response['data'] =>
  isRecord(value) &&
  isCount(value.articles) &&
  isCount(value.rows) &&
  typeof value.wordsPerMinute === 'number' &&
  (value.job === null || isReadingTimeJob(value.job));

export const isCategoryPath = (value: unknown): value is GetCategoryPath.Response['data'] =>
  isRecord(value) &&
  Array.isArray(value.path) &&
  value.path.every(
    (item) =>
      isRecord(item) &&
      typeof item.id === 'number' &&
      typeof item.documentId === 'string' &&
      typeof item.name === 'string'
  );
