/** The export route: the selected articles as a zip. */

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

/** GET /newsroom/export: a zip (application/zip), streamed. */
export declare namespace ExportArticles {
  export interface Request {
    /** As sent: documentIds comma-separated. */
    query: Omit<ExportRequestBody, 'documentIds'> & { documentIds?: string };
  }
}
