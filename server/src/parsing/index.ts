/**
 * Pure parsing: news text, Markdown with front matter, JSON and HTML pages → ArticleDraft (and
 * back to news text, for the export). No Strapi and no Node built-ins: it runs in the server
 * and in the CLI bundle. The admin does not import it: what it shares with the parser (the
 * draft's type, limits, extensions) is in shared/contracts.
 */
export { parseSource } from './parse-source';
export { detectFormat } from './detect';
export { ARTICLE_EXTENSIONS, FORMAT_BY_EXTENSION } from '../../../shared/contracts';
export { slugify } from './slug';
export {
  computeReadingStats,
  countWords,
  readingTimeOf,
  wordCountsReadingIn,
  type ReadingStats,
} from './reading';
export { renderNewsText, formatByline, type NewsTextSource } from './render-news-text';
export { validateBlocks } from './blocks-validate';
export { blocksToPlainText, inlineText } from './blocks';
export { cutDescription } from './description';
export { stringifyJson, badCharacterIn, UNPRINTABLE } from './values';
export { stripInvisible } from './invisible';
export { PARSE_ERROR_CODES, tooLargeError, type ParseError, type ParseErrorCode } from './errors';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_WORDS_PER_MINUTE,
  MAX_DESCRIPTION_LENGTH,
  MAX_SLUG_LENGTH,
  MAX_TITLE_LENGTH,
} from './limits';
export * as LIMITS from './limits';
export type { ArticleDraft, InputFormat, ParseItem, ParseOptions, SourceMeta } from './types';
export type * from '../../../shared/contracts/blocks';
