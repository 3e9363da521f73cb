/**
 * Request/response contracts shared by the server and the admin (types only, plus constants).
 * The admin imports this file directly; keep it free of Strapi and Node imports.
 */
import type { ArticleDraft } from '../parsing';

export type ArticleStatus = 'draft' | 'published';

/**
 * What an apply did to an article. `conflict`: edited in the Content Manager since its last
 * import, left as the editor left it; `forbidden`: the importing admin's role may not do this
 * write, nothing of it was written.
 */
export type AppliedAction =
  'created' | 'updated' | 'unchanged' | 'conflict' | 'forbidden' | 'failed';
/** What a plan (dry run / preview) says an apply would do. */
export type PlannedAction =
  'create' | 'update' | 'unchanged' | 'conflict' | 'forbidden' | 'invalid';

/** Article fields an import writes; a conflict names those an editor changed. */
export type ArticleFieldName =
  'title' | 'slug' | 'description' | 'body' | 'tags' | 'authors' | 'category';

export interface ImportError {
  message: string;
  /** 1-based line in the source file, where known. */
  line: number | null;
  column?: number | null;
  /** ParseError code, or e.g. 'WRITE_FAILED' for a database failure. */
  code?: string;
}

/** An author or category the article refers to, and whether the import creates or reuses it. */
export interface RelatedEntityPlan {
  name: string;
  slug: string;
  action: 'create' | 'reuse';
}

export interface ArticleReport {
  /** File name, or `name#N` for the N-th article of a JSON array. */
  source: string;
  action: AppliedAction | PlannedAction;
  slug: string | null;
  documentId: string | null;
  title: string | null;
  warnings: string[];
  error: ImportError | null;
  /** Byline order. */
  authors: RelatedEntityPlan[];
  /** Root first. */
  category: RelatedEntityPlan[];
  /** `conflict`: the fields changed since the last import. */
  changedFields?: ArticleFieldName[];
  /** `forbidden`: the Content Manager right that is missing (action id on content type uid). */
  missingPermission?: string;
  /** Present in previews (plan) so the admin can show the parsed article. */
  draft?: ArticleDraft;
}

export interface ImportTotals {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  forbidden: number;
  failed: number;
}

export interface EntityTotals {
  created: number;
  reused: number;
}

export interface ImportReport {
  dryRun: boolean;
  status: ArticleStatus;
  totals: ImportTotals;
  authors: EntityTotals;
  categories: EntityTotals;
  articles: ArticleReport[];
  durationMs: number;
}

export interface ImportFile {
  name: string;
  content: string;
}

/** Body of POST /newsroom/import and /newsroom/import/preview (JSON form). */
export interface ImportRequestBody {
  files: ImportFile[];
  status?: ArticleStatus;
  /** Update a hand-made article (no source) that has the slug, instead of a new slug. */
  adopt?: boolean;
  /** documentIds of edited articles (preview: `conflict`) to overwrite anyway. */
  overwrite?: string[];
}

export type ImportOrigin = 'admin' | 'cli' | 'bootstrap' | 'api';

/** A past import that wrote: its report (without drafts) and who ran it, when. */
export interface ImportHistoryEntry extends Omit<ImportReport, 'dryRun'> {
  id: number;
  createdAt: string;
  origin: ImportOrigin;
  user: { id: number; name: string; email: string | null } | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** Settings an admin can change at run time (GET/PUT /newsroom/settings). */
export interface NewsroomSettings {
  defaultStatus: ArticleStatus;
  wordsPerMinute: number;
  maxImportBytes: number;
  publicRead: boolean;
}

/** What the import page needs from the settings; readable with the import permission alone. */
export type ImportDefaults = Pick<
  NewsroomSettings,
  'defaultStatus' | 'maxImportBytes' | 'wordsPerMinute'
>;

export interface NewsroomStats {
  published: number;
  drafts: number;
  lastImport: ImportHistoryEntry | null;
}

/** Admin API (type admin, mounted under /newsroom by Strapi). */
export const ADMIN_ROUTES = {
  preview: '/newsroom/import/preview', // POST ImportRequestBody | multipart → { data: ImportReport }
  import: '/newsroom/import', // POST ImportRequestBody | multipart → { data: ImportReport }
  importDefaults: '/newsroom/import/defaults', // GET → { data: ImportDefaults }
  history: '/newsroom/imports', // GET ?page&pageSize → { data: ImportHistoryEntry[], meta: { pagination } }
  settings: '/newsroom/settings', // GET → { data: NewsroomSettings }; PUT NewsroomSettings → same
  stats: '/newsroom/stats', // GET → { data: NewsroomStats }
  // GET ?ExportRequestBody (documentIds comma-separated) → a zip (application/zip). A GET, so
  // that the admin's fetch client hands the answer over as a Blob (its post() reads JSON only).
  export: '/newsroom/export',
} as const;

/** Query of GET /newsroom/export (every field optional). */
export interface ExportRequestBody {
  /** md (default), json or txt. */
  format?: 'md' | 'json' | 'txt';
  /** published (default), draft (never published) or all; with documentIds: all. */
  status?: 'published' | 'draft' | 'all';
  /** Category slug: that category and those below it. */
  category?: string;
  /** ISO date: only articles changed since. */
  since?: string;
  locale?: string;
  /** The selected articles (list view); each in its published version if it has one. */
  documentIds?: string[];
}

/** RBAC action ids (admin permissions). */
export const PERMISSIONS = {
  import: 'plugin::newsroom.import',
  settingsRead: 'plugin::newsroom.settings.read',
  settingsUpdate: 'plugin::newsroom.settings.update',
  export: 'plugin::newsroom.export',
} as const;
