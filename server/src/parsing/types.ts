import type { ArticleDraft, InputFormat } from '../../../shared/contracts/article';
import type { ArticleSource } from '../../../shared/contracts/import';
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

/** One article of an input, or why it is not one; `file` and `index` say where it came from. */
export type ParseItem = ArticleSource &
  ({ ok: true; draft: ArticleDraft } | { ok: false; error: ParseError });
