/** The settings routes: what an admin can change at run time. */
import type { SiteLinks } from './site';
import type { ArticleStatus } from './article';

/** Settings an admin can change at run time (GET/PUT /newsroom/settings). */
export interface NewsroomSettings {
  defaultStatus: ArticleStatus;
  wordsPerMinute: number;
  maxImportBytes: number;
  publicRead: boolean;
}

/** The settings' keys, in the order the Settings page shows them. */
export const SETTING_KEYS = [
  'defaultStatus',
  'wordsPerMinute',
  'maxImportBytes',
  'publicRead',
] as const satisfies readonly (keyof NewsroomSettings)[];

/** The bounds of the numeric settings (the server enforces them; the Settings page checks first). */
export const WORDS_PER_MINUTE_RANGE = { min: 1, max: 10000 } as const;
export const MAX_IMPORT_BYTES_RANGE = { min: 1024, max: 512 * 1024 * 1024 } as const;

/**
 * What bounds `maxImportBytes` on this server: the range above, and the body parser's JSON limit
 * (`strapi::body` `jsonLimit` in config/middlewares; koa-body's default is 1 MB) — the admin
 * sends imports as JSON, so a larger value could never be reached.
 */
export interface SettingsLimits {
  maxImportBytes: {
    min: number;
    /** The smaller of the range's max and the body limit. */
    max: number;
    bodyLimitBytes: number;
    /** As written in config/middlewares, e.g. "16mb" (or koa-body's default "1mb"). */
    bodyLimit: string;
    /** false: config/middlewares does not set jsonLimit (the default applies). */
    bodyLimitConfigured: boolean;
  };
  wordsPerMinute: { min: number; max: number };
}

/** What the import page needs from the settings; readable with the import permission alone. */
export type ImportDefaults = Pick<
  NewsroomSettings,
  'defaultStatus' | 'maxImportBytes' | 'wordsPerMinute'
> & {
  /**
   * The public site (the plugin config's `siteUrl` and `articlePath`), for "View on site" links;
   * null when no `siteUrl` is set (absent from servers before these links).
   */
  site?: SiteLinks | null;
};

/**
 * A refused setting (400 ValidationError): `details.key` names the field, the message says what
 * it must be.
 */
export interface SettingsErrorDetails {
  key: keyof NewsroomSettings | string;
  /** What is wrong, for the admin to say in the user's language (with `params`). */
  code?: SettingsErrorCode;
  params?: Record<string, string | number>;
}

export type SettingsErrorCode =
  | 'UNKNOWN_SETTING'
  | 'INVALID_STATUS'
  | 'INVALID_WORDS_PER_MINUTE'
  | 'INVALID_MAX_IMPORT_BYTES'
  | 'OVER_BODY_LIMIT'
  | 'INVALID_PUBLIC_READ';

/** GET /newsroom/settings: the settings, and what bounds them on this server. */
export declare namespace GetSettings {
  export interface Response {
    data: NewsroomSettings;
    meta: { limits: SettingsLimits };
  }
}

/** PUT /newsroom/settings: the saved settings, or a 400 whose details name the field. */
export declare namespace UpdateSettings {
  export interface Request {
    body: Partial<NewsroomSettings>;
  }
  export interface Response {
    data: NewsroomSettings;
    meta: { limits: SettingsLimits };
  }
}

/** GET /newsroom/import/defaults. */
export declare namespace GetImportDefaults {
  export interface Response {
    data: ImportDefaults;
  }
}

/**
 * A recompute of every article's reading time after a words-per-minute change: one at a time, in
 * the server process, counted in article rows (each draft and each published version, every
 * locale). Only `readingTimeMinutes` is written.
 */
export interface ReadingTimeJob {
  state: 'running' | 'done' | 'failed';
  /** The speed the rows are recomputed with (a change during the run starts it over). */
  wordsPerMinute: number;
  /** Article rows to go through (those with a word count). */
  total: number;
  /** Rows gone through so far. */
  done: number;
  /** Rows whose reading time was different and has been rewritten. */
  changed: number;
  startedAt: string;
  finishedAt: string | null;
  /** Who started it (the admin's name), when known. */
  startedBy: string | null;
  /** Why it failed (state `failed`). */
  error: string | null;
}

/** GET /newsroom/settings/reading-time: what a recompute would go through, and the last run. */
export declare namespace GetReadingTime {
  export interface Response {
    data: {
      /** Articles (documents). */
      articles: number;
      /** Article rows: drafts and published versions, every locale. */
      rows: number;
      wordsPerMinute: number;
      /** The running or last finished recompute since the server started. */
      job: ReadingTimeJob | null;
    };
  }
}

/**
 * POST /newsroom/settings/reading-time/recompute: 202 and the started job; 409
 * (`details.code` RECOMPUTE_RUNNING, `details.job`) while one runs.
 */
export declare namespace RecomputeReadingTime {
  export interface Response {
    data: ReadingTimeJob;
  }
}
