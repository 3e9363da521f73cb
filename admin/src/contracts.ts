/** The one place the admin reaches into the shared request/response contracts. */
export { ADMIN_ROUTES, PERMISSIONS } from '../../server/src/contracts';
export type {
  AppliedAction,
  ArticleFieldName,
  ArticleReport,
  ArticleStatus,
  ExportRequestBody,
  ImportError,
  ImportDefaults,
  ImportFile,
  ImportHistoryEntry,
  ImportReport,
  ImportRequestBody,
  ImportTotals,
  NewsroomSettings,
  NewsroomStats,
  Pagination,
  PlannedAction,
  RelatedEntityPlan,
} from '../../server/src/contracts';
export type { ArticleDraft } from '../../server/src/parsing/types';
