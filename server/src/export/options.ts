import { EXPORT_FORMATS, type ExportFormat } from './serialize';

export type ExportStatus = 'published' | 'draft' | 'all';
export const EXPORT_STATUSES: readonly ExportStatus[] = ['published', 'draft', 'all'];

/** Which articles an export writes, and how. */
export interface ExportOptions {
  format: ExportFormat;
  /** published: the published articles; draft: those never published; all: both. */
  status: ExportStatus;
  /** A category slug: its articles and those of every category below it. */
  category?: string;
  /** Only articles changed (updatedAt) at or after this time. */
  since?: Date;
  /**
   * The locale to export (checked against the app's locales, see checkLocale); `all` for every
   * locale (a folder per locale); default: the app's default locale.
   */
  locale?: string;
  /** Only these articles (the admin's selection). */
  documentIds?: string[];
}

/** An option value that cannot be used; `option` names it (CLI: exit 2, admin API: 400). */
export class ExportOptionError extends Error {
  constructor(
    readonly option: string,
    message: string
  ) {
    super(message);
    this.name = 'ExportOptionError';
  }
}

export const isExportFormat = (value: unknown): value is ExportFormat =>
  typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);

export const isExportStatus = (value: unknown): value is ExportStatus =>
  typeof value === 'string' && (EXPORT_STATUSES as readonly string[]).includes(value);

/** A `--since` value: an ISO date or date-time. */
export const parseSince = (value: string): Date => {
  const iso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  const date = new Date(value);
  if (!iso.test(value) || Number.isNaN(date.getTime())) {
    throw new ExportOptionError(
      'since',
      `"${value}" is not an ISO date: use e.g. 2026-11-01 or 2026-11-01T08:00:00Z.`
    );
  }
  return date;
};
