import {
  type ImportDefaults,
  type ImportHistoryEntry,
  type ImportReport,
  isArticleStatus,
  isRecord,
  type NewsroomSettings,
  type NewsroomStats,
  type Pagination,
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
