/**
 * Why an article or a file could not be imported (a report line's `error`): `code` says what is
 * wrong and, for the codes below, `params` its values, so the admin says it in the user's
 * language. The English `message` stays for the CLI and API callers. The problems that come in
 * too many shapes (a field's value, the front matter's YAML, a character the text may not
 * hold…) carry the parser's English sentence as `detail`, which the admin quotes after a lead in
 * the user's language.
 */
import type { InputFormat } from './article';

/** Why a file is not text: UTF-16, a NUL byte (bytes) or character (a string), not UTF-8. */
export type NotTextReason = 'UTF16' | 'NUL_BYTE' | 'NUL_CHARACTER' | 'NOT_UTF8';

/** What kind of source key two articles of one import share. */
export type SourceKeyKind = 'id' | 'url' | 'source';

export interface ArticleErrorParams {
  EMPTY_INPUT: Record<never, never>;
  /** `position`: 1-based, of the NUL byte or character; null for the other reasons. */
  NOT_TEXT: { reason: NotTextReason; position: number | null };
  /** In bytes. */
  TOO_LARGE: { bytes: number; limit: number };
  NO_TITLE: { format: InputFormat };
  NO_BODY: { title: string; format: InputFormat };
  TITLE_TOO_LONG: { length: number; max: number };
  /** `detail`: the JSON reader's words (English). */
  INVALID_JSON: { line: number; column: number; detail: string };
  /** `other`: the source of the article that has the key first. */
  DUPLICATE_SOURCE: { other: string; kind: SourceKeyKind; key: string };
  /** `locale`: as the source states it; `locales`: the app's locale codes, comma separated. */
  UNKNOWN_LOCALE: { locale: string; locales: string };
  /**
   * A `conflict`: the story the article translates (`translationOf`, a shared `sourceId` or
   * `sourceUrl`) — document `documentId` — already has its `locale`, from another source or
   * made in the Content Manager (`heldBy`); `slug`: that version's. `documentId` is `planned`
   * for a story an earlier article of the same import creates (a preview).
   */
  TRANSLATION_TAKEN: {
    locale: string;
    documentId: string;
    slug: string;
    heldBy: 'OTHER_SOURCE' | 'HAND_MADE';
  };
  /** `detail`: what Strapi, the database or the parser said (English). */
  INVALID_ARTICLE: { detail: string };
  DATABASE_BUSY: { detail: string };
  WRITE_FAILED: { detail: string };
  INTERNAL: { detail: string };
  /**
   * `detail`: the parser's own sentence (English), which names the field, the value or the
   * character and what to do; these problems come in too many shapes for one message each.
   */
  INVALID_FIELD: { detail: string };
  INVALID_FRONT_MATTER: { detail: string };
  INVALID_CHARACTER: { detail: string };
  TOO_DEEP: { detail: string };
}

export type ArticleErrorCode = keyof ArticleErrorParams;

/** Every code that has params, with their names (checked against the interface at compile time). */
export const ARTICLE_ERROR_PARAMS = {
  EMPTY_INPUT: [],
  NOT_TEXT: ['reason', 'position'],
  TOO_LARGE: ['bytes', 'limit'],
  NO_TITLE: ['format'],
  NO_BODY: ['title', 'format'],
  TITLE_TOO_LONG: ['length', 'max'],
  INVALID_JSON: ['line', 'column', 'detail'],
  DUPLICATE_SOURCE: ['other', 'kind', 'key'],
  UNKNOWN_LOCALE: ['locale', 'locales'],
  TRANSLATION_TAKEN: ['locale', 'documentId', 'slug', 'heldBy'],
  INVALID_ARTICLE: ['detail'],
  DATABASE_BUSY: ['detail'],
  WRITE_FAILED: ['detail'],
  INTERNAL: ['detail'],
  INVALID_FIELD: ['detail'],
  INVALID_FRONT_MATTER: ['detail'],
  INVALID_CHARACTER: ['detail'],
  TOO_DEEP: ['detail'],
} as const satisfies { [C in ArticleErrorCode]: readonly (keyof ArticleErrorParams[C])[] };

type UnlistedParams = {
  [C in ArticleErrorCode]: Exclude<
    keyof ArticleErrorParams[C],
    (typeof ARTICLE_ERROR_PARAMS)[C][number]
  >;
}[ArticleErrorCode];
const everyParamListed: [UnlistedParams] extends [never] ? true : never = true;
void everyParamListed;

export const ARTICLE_ERROR_CODES = Object.keys(ARTICLE_ERROR_PARAMS) as ArticleErrorCode[];

/** The params of any code (what an error carries). */
export type ArticleErrorParamsOf = ArticleErrorParams[ArticleErrorCode];
