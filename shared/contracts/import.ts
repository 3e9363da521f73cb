/** The import routes (preview, import, history, stats) and the report they answer with. */
import type { ArticleDraft, ArticleFieldName, ArticleStatus } from './article';
import type { ArticleErrorParamsOf } from './article-errors';
import type { ArticleWarning, ImageProblem } from './warnings';

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

export interface ImportError {
  message: string;
  /** 1-based line in the source file, where known. */
  line: number | null;
  column?: number | null;
  /** ParseError code, or e.g. 'WRITE_FAILED' for a database failure. */
  code?: string;
  /** The code's values, for the codes of shared/contracts/article-errors. */
  params?: ArticleErrorParamsOf;
}

/**
 * Where an article came from: the file (its name as sent, or its path below the import root)
 * and, for the N-th article of a JSON array, `index` N (1-based); null for a file holding one.
 */
export interface ArticleOrigin {
  file: string;
  index: number | null;
}

/** An article's origin with the text reports show for it: `file`, or `file#N`. */
export interface ArticleSource extends ArticleOrigin {
  source: string;
}

/** The origin of the whole file, or of its `index`-th article (1-based) in a JSON array. */
export const articleSource = (file: string, index: number | null = null): ArticleSource => ({
  source: index === null ? file : `${file}#${index}`,
  file,
  index,
});

/** An author or category the article refers to, and whether the import creates or reuses it. */
export interface RelatedEntityPlan {
  name: string;
  slug: string;
  action: 'create' | 'reuse';
}

/**
 * One article of a report. `source` is the text to show (`name`, or `name#N` for the N-th article
 * of a JSON array); `file` and `index` say the same as structured values, for code (reports
 * stored in the history by versions before 0.1 carry `source` only).
 */
/**
 * An article's cover as a preview shows it: where the picture is (`from`: a path beside the
 * article, a picture sent with the import, an address, a Media Library file) and a URL to show
 * it by (the Media Library file's, or the address; null for a picture only the browser has, which
 * the admin finds among the files it sent by `src`). `skipped`: why it will not be imported.
 */
export interface CoverPreview {
  src: string;
  alt: string | null;
  from: 'path' | 'upload' | 'url' | 'library';
  url: string | null;
  skipped: ImageProblem | null;
}

export interface ArticleReport extends ArticleSource {
  action: AppliedAction | PlannedAction;
  slug: string | null;
  documentId: string | null;
  title: string | null;
  warnings: string[];
  /**
   * The same warnings, in the same order, with their codes and values (the admin shows them in
   * the user's language). Reports stored before codes existed have none.
   */
  warningDetails?: ArticleWarning[];
  error: ImportError | null;
  /** Byline order. */
  authors: RelatedEntityPlan[];
  /** Root first. */
  category: RelatedEntityPlan[];
  /** The article's locale (i18n code); absent for a file that could not be read, and in reports stored before locales. */
  locale?: string;
  /**
   * `create` / `created` of a translation: the document this article adds its locale to
   * (`planned` for one this import creates first). Absent: a new document.
   */
  translationOf?: string;
  /** `conflict`: the fields changed since the last import. */
  changedFields?: ArticleFieldName[];
  /** `forbidden`: the Content Manager right that is missing (action id on content type uid). */
  missingPermission?: string;
  /** Present in previews (plan) so the admin can show the parsed article. */
  draft?: ArticleDraft;
  /** Previews of an article with a cover: where its picture is (see CoverPreview). */
  cover?: CoverPreview;
  /**
   * Plans of an article that exists: whether it has a published version (what the site shows),
   * so that the plan can say what the import does to the live site.
   */
  published?: boolean;
  /**
   * Plans of an article that exists (`update`, `unchanged`, `conflict`): when and by whom it was
   * last edited, as the Content Manager's information panel shows it.
   */
  lastEdit?: LastEdit;
  /**
   * Plans of an `update` or a `conflict`: what the import changes, field by field — the article
   * as it is now (`before`, with the editor's changes for a conflict) and as the import writes it.
   */
  changes?: FieldChange[];
}

/** The last edit of an existing article. */
export interface LastEdit {
  /** ISO 8601; null when the database has none. */
  updatedAt: string | null;
  /**
   * The admin who saved it last: the name the Content Manager shows (first and last name, else
   * the username); never the email. Null when unknown (e.g. written by the API or the CLI).
   */
  updatedBy: { id: number; name: string | null } | null;
}

/**
 * One field an update changes. Text fields (title, slug, lead, body as plain text with blank
 * lines between blocks) are a string, or null when empty; tags, authors and category are lists
 * of names (authors in byline order; the category as its name).
 */
export type FieldChange =
  | {
      field: 'title' | 'slug' | 'description' | 'body';
      before: string | null;
      after: string | null;
    }
  | { field: 'tags' | 'authors' | 'category'; before: string[]; after: string[] };

export interface ImportTotals {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  forbidden: number;
  failed: number;
  /**
   * History only: files whose request got no answer (network, timeout), so their outcome is
   * unknown (the server may have imported them). Absent when none.
   */
  unknown?: number;
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
  /**
   * Article lines left out of `articles` (counted in the totals all the same): only
   * `newsroom seed` keeps a limited number of lines (its `--report FILE` has them all).
   */
  articlesOmitted?: number;
  durationMs: number;
  /** Pictures this import uploaded to the Media Library (absent when none). */
  images?: { files: number; bytes: number };
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
  /**
   * The locale (an i18n code of the app) of articles that do not name theirs (front matter /
   * JSON `locale`, an HTML page's `lang`); default: the app's default locale.
   */
  locale?: string;
  /**
   * The import batch this request belongs to (imports only): the admin sends one import in
   * several requests, all with the same id, and the history keeps one entry per batch. An opaque
   * id, see BATCH_ID_PATTERN (the admin sends a UUID).
   */
  batch?: string;
  /**
   * Articles of the batch the admin refused before sending (their file does not parse): the
   * history lists them with the batch, as failed. Needs `batch`; sent once per batch.
   */
  refused?: RefusedArticle[];
  /**
   * Files of the batch whose request failed as a whole, or that were never sent (Cancel): the
   * history lists them with the batch and why (see UnsentFile). Needs `batch`. A request with
   * `batch`, no `files` (or an empty list) and `refused` or `unsent` only records them: a
   * record-only request, which writes no article.
   */
  unsent?: UnsentFile[];
}

/**
 * Why a file of an admin import has no outcome from the server: `request-failed` — its request
 * was answered with an error (`status`), nothing of it was imported; `cancelled` — the import was
 * cancelled before its request was sent; `network` — the request got no answer (the connection
 * failed) and `timeout` — a gateway answered 504 while the server worked: for these two the
 * server may have imported the file all the same (its outcome is unknown).
 */
export const UNSENT_REASONS = ['request-failed', 'cancelled', 'network', 'timeout'] as const;
export type UnsentReason = (typeof UNSENT_REASONS)[number];
/** The reasons whose files the server may have imported all the same. */
export const UNKNOWN_OUTCOME_REASONS: readonly UnsentReason[] = ['network', 'timeout'];

/** A file of an admin import the server has no outcome for (no content: its name and size). */
export interface UnsentFile {
  file: string;
  /** Its size in bytes (UTF-8). */
  bytes: number;
  reason: UnsentReason;
  /** `request-failed` and `timeout`: the HTTP status of the answer; else null. */
  status: number | null;
}

/** Letters, digits, `-` and `_`, 8 to 64 of them: a UUID fits. */
export const BATCH_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** An article the admin did not send, and why (the preview's error). */
export interface RefusedArticle extends ArticleOrigin {
  title: string | null;
  error: ImportError;
}

export const IMPORT_ORIGINS = ['admin', 'cli', 'bootstrap', 'api'] as const;
export type ImportOrigin = (typeof IMPORT_ORIGINS)[number];

/** An article of a stored report: those written before `file` and `index` existed lack them. */
export type HistoryArticleReport = Omit<ArticleReport, keyof ArticleOrigin | 'action'> &
  Partial<ArticleOrigin> & {
    /** Refused by the admin before sending (its file does not parse): never reached the server. */
    refused?: boolean;
    /**
     * A file whose request failed or was not sent (see UnsentFile): action `failed`, or
     * `unknown` when the server may have imported it all the same (network, timeout).
     */
    unsent?: Omit<UnsentFile, 'file'>;
    action: ArticleReport['action'] | 'unknown';
  };

/** A past import that wrote: its report (without drafts) and who ran it, when. */
export interface ImportHistoryEntry extends Omit<ImportReport, 'dryRun' | 'articles'> {
  /** The first lines of the import's report (the history keeps at most 200 a row). */
  articles: HistoryArticleReport[];
  /** How many of the report's lines the history left out (the totals count them all). */
  articlesOmitted: number;
  id: number;
  /** When the import started (its first request), to the second. */
  createdAt: string;
  /** When its last request was recorded (= createdAt for an import in one request). */
  finishedAt: string;
  /** The admin's import batch id; null for the CLI, the bootstrap seed and single requests. */
  batch: string | null;
  origin: ImportOrigin;
  user: HistoryUser | null;
}

export interface HistoryUser {
  id: number;
  name: string;
  email: string | null;
}

/** The History tab's result filter: entries with failures, with conflicts, with refusals, or none of these. */
export const HISTORY_RESULTS = ['failed', 'conflict', 'forbidden', 'ok'] as const;
export type HistoryResult = (typeof HISTORY_RESULTS)[number];

/** The history's filters (every one optional; all given ones apply). */
export interface HistoryFilters {
  /** The admin user's id. */
  user?: number;
  origin?: ImportOrigin;
  /** ISO 8601 instants: entries started at or after `from`, before `to`. */
  from?: string;
  to?: string;
  result?: HistoryResult;
  /**
   * One admin import batch (its id, see BATCH_ID_PATTERN): the report of that import, listed
   * even when it changed nothing.
   */
  batch?: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface NewsroomStats {
  published: number;
  drafts: number;
  lastImport: ImportHistoryEntry | null;
}

/** POST /newsroom/import/preview: the plan; writes nothing. */
export declare namespace ImportPreview {
  export interface Request {
    body: ImportRequestBody;
  }
  export interface Response {
    data: ImportReport;
  }
}

/** POST /newsroom/import: writes (400 when an article does not parse). */
export declare namespace ImportArticles {
  export interface Request {
    body: ImportRequestBody;
  }
  export interface Response {
    data: ImportReport;
  }
}

/**
 * GET /newsroom/imports?page&pageSize&user&origin&from&to&result&batch: the import history, one entry
 * per import (batch), newest first; 400 on a filter value it cannot read. `meta.users`: every
 * admin who has an entry, for the user filter.
 */
export declare namespace GetImportHistory {
  export interface Request {
    query: { page?: string; pageSize?: string } & {
      [K in keyof HistoryFilters]?: string;
    };
  }
  export interface Response {
    data: ImportHistoryEntry[];
    meta: { pagination: Pagination; users: HistoryUser[] };
  }
}

/** GET /newsroom/stats: published and draft counts and the last import. */
export declare namespace GetStats {
  export interface Response {
    data: NewsroomStats;
  }
}
