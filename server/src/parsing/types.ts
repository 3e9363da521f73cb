import type { ArticleDraft, InputFormat } from '../../../shared/contracts/article';
import type { ParseError } from './errors';

export type { ArticleDraft, InputFormat, SourceMeta } from '../../../shared/contracts/article';

export interface ParseOptions {
  /** Skip detection and parse as this format. */
  format?: InputFormat;
  /** Largest accepted input in bytes (UTF-8). Default 5 MiB. */
  maxBytes?: number;
  /** Reading speed used for `readingTimeMinutes`. Default 200. */
  wordsPerMinute?: number;
}

export type ParseItem =
  | { ok: true; source: string; draft: ArticleDraft }
  | { ok: false; source: string; error: ParseError };
