/**
 * The warnings the parser and the import engine put on an article (the preview's and the
 * report's `warningDetails`): `code` says what happened and `params` its values, so the admin
 * says it in the user's language; the English `message` is the same text as in `warnings`, for
 * the CLI, API callers and a code the admin does not know.
 */
import type { ArticleFieldName } from './fields';

/** Why a date line gave no publication date, or only part of one. */
export type DateProblem = 'NO_DAY_AND_MONTH' | 'NO_YEAR' | 'NO_TIME_ZONE' | 'INCOMPLETE';

/**
 * Why a picture (cover or body image) was not imported: not found (no such file, HTTP 404…),
 * too large, not a JPEG/PNG/GIF/WebP/AVIF picture, the download took too long or failed or its
 * address is on a private network (SSRF), the
 * user may not upload to the Media Library, or a path leads out of the imported folder.
 */
export type ImageProblem =
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'NOT_AN_IMAGE'
  | 'TIMEOUT'
  | 'DOWNLOAD_FAILED'
  | 'PRIVATE_ADDRESS'
  | 'NOT_ALLOWED'
  | 'OUTSIDE_FOLDER'
  | 'UPLOAD_FAILED';

/** The draft fields invisible characters are removed from. */
export type CleanedField = 'title' | 'slug' | 'category' | 'tags' | 'authors';

export interface ArticleWarningParams {
  // The body's shape (shared/contracts/body-shape): almost always a misreading.
  /** `paragraph`: the body block's number, from 1. */
  LONG_PARAGRAPH: { paragraph: number; words: number; max: number };
  NO_PARAGRAPHS: Record<never, never>;
  BYLINE_IN_BODY: { paragraph: number; excerpt: string };
  ABOUT_IN_BODY: { paragraph: number; excerpt: string };
  // Reading the file (every format).
  CONTROL_CHARACTERS_REMOVED: { count: number };
  INVISIBLE_CHARACTERS_REMOVED: { count: number; field: CleanedField };
  SLUG_NORMALISED: { given: string; slug: string };
  DESCRIPTION_CUT: { max: number };
  /** The draft keeps at most 20 warnings: the last one counts the rest. */
  MORE_WARNINGS: { count: number };
  LINK_KEPT_AS_TEXT: { url: string };
  IMAGE_NOT_IMPORTED: { src: string };
  // News text and web pages.
  NO_BREADCRUMB: Record<never, never>;
  NO_CATEGORY_ON_PAGE: Record<never, never>;
  NO_BYLINE: Record<never, never>;
  TITLE_FROM_BREADCRUMB: Record<never, never>;
  BREADCRUMB_TITLE_DIFFERS: { breadcrumbTitle: string };
  STANDFIRST_AS_DESCRIPTION: Record<never, never>;
  /** `date`: as written. */
  DATE_NOT_USED: { date: string; reason: DateProblem };
  DATE_READ_PARTLY: { date: string; iso: string; reason: DateProblem };
  PARAGRAPHS_REJOINED: Record<never, never>;
  LINES_AS_PARAGRAPHS: Record<never, never>;
  AUTHOR_FROM_NOTE: { author: string };
  /** `first`: the first line left out. */
  BOILERPLATE_LEFT_OUT: { count: number; first: string };
  ARTICLE_NOT_SINGLED_OUT: Record<never, never>;
  NO_JSON_LD: Record<never, never>;
  // Markdown front matter and JSON fields.
  PUBLISHED_AT_NOT_A_DATE: { value: string };
  NO_CATEGORY_GIVEN: Record<never, never>;
  NO_AUTHORS_GIVEN: Record<never, never>;
  // The import engine.
  /** `path`: the category path the source gave, root first, joined with " / ". */
  CATEGORY_MOVED: { category: string; path: string };
  SLUG_TAKEN: { wanted: string; slug: string };
  SLUG_TAKEN_BY_HAND_MADE: { wanted: string; slug: string };
  ADOPTED: { slug: string };
  /** `fields`: the fields the editor had changed. */
  OVERWROTE_EDITS: { fields: ArticleFieldName[] };
  /** `src`: the picture as the source gave it; `cover`: the cover, else a body image. */
  IMAGE_SKIPPED: { src: string; reason: ImageProblem; cover: boolean };
  /** `language`: the guessed language's code (ISO 639-1 where it has one), `name` its English name. */
  LANGUAGE_MISMATCH: { locale: string; language: string; name: string };
}

export type ArticleWarningCode = keyof ArticleWarningParams;

/** One warning: its code, its values and its English text. */
export type ArticleWarning<C extends ArticleWarningCode = ArticleWarningCode> = {
  [K in C]: { code: K; params: ArticleWarningParams[K]; message: string };
}[C];

/**
 * Every code with the names of its params: the list a test holds the admin's translations to
 * (a code missing here, or a param left out, does not compile).
 */
export const ARTICLE_WARNING_PARAMS = {
  LONG_PARAGRAPH: ['paragraph', 'words', 'max'],
  NO_PARAGRAPHS: [],
  BYLINE_IN_BODY: ['paragraph', 'excerpt'],
  ABOUT_IN_BODY: ['paragraph', 'excerpt'],
  CONTROL_CHARACTERS_REMOVED: ['count'],
  INVISIBLE_CHARACTERS_REMOVED: ['count', 'field'],
  SLUG_NORMALISED: ['given', 'slug'],
  DESCRIPTION_CUT: ['max'],
  MORE_WARNINGS: ['count'],
  LINK_KEPT_AS_TEXT: ['url'],
  IMAGE_NOT_IMPORTED: ['src'],
  NO_BREADCRUMB: [],
  NO_CATEGORY_ON_PAGE: [],
  NO_BYLINE: [],
  TITLE_FROM_BREADCRUMB: [],
  BREADCRUMB_TITLE_DIFFERS: ['breadcrumbTitle'],
  STANDFIRST_AS_DESCRIPTION: [],
  DATE_NOT_USED: ['date', 'reason'],
  DATE_READ_PARTLY: ['date', 'iso', 'reason'],
  PARAGRAPHS_REJOINED: [],
  LINES_AS_PARAGRAPHS: [],
  AUTHOR_FROM_NOTE: ['author'],
  BOILERPLATE_LEFT_OUT: ['count', 'first'],
  ARTICLE_NOT_SINGLED_OUT: [],
  NO_JSON_LD: [],
  PUBLISHED_AT_NOT_A_DATE: ['value'],
  NO_CATEGORY_GIVEN: [],
  NO_AUTHORS_GIVEN: [],
  CATEGORY_MOVED: ['category', 'path'],
  SLUG_TAKEN: ['wanted', 'slug'],
  SLUG_TAKEN_BY_HAND_MADE: ['wanted', 'slug'],
  ADOPTED: ['slug'],
  OVERWROTE_EDITS: ['fields'],
  IMAGE_SKIPPED: ['src', 'reason', 'cover'],
  LANGUAGE_MISMATCH: ['locale', 'language', 'name'],
} as const satisfies { [C in ArticleWarningCode]: readonly (keyof ArticleWarningParams[C])[] };

/** A param of the contract that the list above leaves out: none may be (checked at compile time). */
type UnlistedParams = {
  [C in ArticleWarningCode]: Exclude<
    keyof ArticleWarningParams[C],
    (typeof ARTICLE_WARNING_PARAMS)[C][number]
  >;
}[ArticleWarningCode];
const everyParamListed: [UnlistedParams] extends [never] ? true : never = true;
void everyParamListed;

export const ARTICLE_WARNING_CODES = Object.keys(ARTICLE_WARNING_PARAMS) as ArticleWarningCode[];

/** A warning, typed by its code. */
export const articleWarning = <C extends ArticleWarningCode>(
  code: C,
  params: ArticleWarningParams[C],
  message: string
): ArticleWarning<C> => ({ code, params, message }) as ArticleWarning<C>;
