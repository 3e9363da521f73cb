import type { ArticleErrorCode, ImportError } from '../../../shared/contracts';
import { isRecord } from '../../../shared/contracts';

import { formatBytes } from './format';
import type { Translate } from './useT';

type Params = Record<string, unknown>;

const num = (params: Params, key: string): number | null =>
  typeof params[key] === 'number' && Number.isFinite(params[key]) ? (params[key] as number) : null;

const str = (params: Params, key: string): string | null =>
  typeof params[key] === 'string' ? (params[key] as string) : null;

/** A detail in the server's words (Strapi's, the database's): every such message has one. */
const withDetail =
  (format: (t: Translate, detail: string) => string) =>
  (t: Translate, p: Params): string | null => {
    const detail = str(p, 'detail');
    return detail === null ? null : format(t, detail);
  };

/** Each code's message in the user's language, or null when its params are not as expected. */
const MESSAGES: Record<ArticleErrorCode, (t: Translate, p: Params) => string | null> = {
  EMPTY_INPUT: (t) =>
    t(
      'articleError.EMPTY_INPUT',
      'The input is empty: add a title line and at least one paragraph.'
    ),
  NOT_TEXT: (t, p) => {
    const reason = str(p, 'reason');
    if (reason === null) return null;
    return t(
      'articleError.NOT_TEXT',
      'The file {reason, select, UTF16 {is UTF-16 text, not UTF-8} NUL_BYTE {contains a NUL byte at byte {position}, so it looks binary} NUL_CHARACTER {contains a NUL character at position {position}, so it looks binary} other {is not valid UTF-8 text}}: import a .txt, .md or .json file saved as UTF-8 text.',
      { reason, position: num(p, 'position') ?? 0 }
    );
  },
  TOO_LARGE: (t, p) => {
    const bytes = num(p, 'bytes');
    const limit = num(p, 'limit');
    return bytes === null || limit === null
      ? null
      : t(
          'articleError.TOO_LARGE',
          'The file is {bytes}, over the limit of {limit}: split it into smaller files, or raise the maximum import size in the Newsroom settings.',
          { bytes: formatBytes(bytes), limit: formatBytes(limit) }
        );
  },
  NO_TITLE: (t, p) => {
    const format = str(p, 'format');
    return format === null
      ? null
      : t(
          'articleError.NO_TITLE',
          'The article has no title: {format, select, text {add a title line at the top of the file (after the "Home / …" breadcrumb, if any)} markdown {add "title: …" to the front matter, or start the text with a "# Title" line} json {add a "title" field (or start the Markdown body with a "# Title" line)} html {the page has no h1 heading, title, og:title or JSON-LD headline: add one} other {add one}}.',
          { format }
        );
  },
  NO_BODY: (t, p) => {
    const title = str(p, 'title');
    const format = str(p, 'format');
    return title === null || format === null
      ? null
      : t(
          'articleError.NO_BODY',
          'The article "{title}" has no body text: {format, select, text {add at least one paragraph after the title, separated from it by a blank line} markdown {write the article text after the front matter} json {add a "body" field with Markdown text or an array of blocks} html {the page has no article text Readability could find} other {add the article text}}.',
          { title, format }
        );
  },
  TITLE_TOO_LONG: (t, p) => {
    const length = num(p, 'length');
    const max = num(p, 'max');
    return length === null || max === null
      ? null
      : t(
          'articleError.TITLE_TOO_LONG',
          'The title is {length} characters long, over the {max} allowed: shorten it (is the first paragraph on the title line?).',
          { length, max }
        );
  },
  INVALID_JSON: (t, p) => {
    const line = num(p, 'line');
    const column = num(p, 'column');
    const detail = str(p, 'detail');
    return line === null || column === null || detail === null
      ? null
      : t(
          'articleError.INVALID_JSON',
          'Invalid JSON at line {line}, column {column}: {detail}. Fix the syntax (check commas, quotes and brackets) and try again.',
          { line, column, detail }
        );
  },
  DUPLICATE_SOURCE: (t, p) => {
    const other = str(p, 'other');
    const kind = str(p, 'kind');
    const key = str(p, 'key');
    return other === null || kind === null || key === null
      ? null
      : t(
          'articleError.DUPLICATE_SOURCE',
          'Another article in this import, {other}, has the same {kind, select, id {source id "{key}"} url {sourceUrl ({key})} other {source ({key})}}: one source is one article. Give each its own "sourceId".',
          { other, kind, key }
        );
  },
  UNKNOWN_LOCALE: (t, p) => {
    const locale = str(p, 'locale');
    const locales = str(p, 'locales');
    return locale === null || locales === null
      ? null
      : t(
          'articleError.UNKNOWN_LOCALE',
          'The locale "{locale}" is not one of this app\'s locales ({locales}). Add it in Settings → Internationalization, or change the article\'s locale to one of these.',
          { locale, locales }
        );
  },
  TRANSLATION_TAKEN: (t, p) => {
    const locale = str(p, 'locale');
    const documentId = str(p, 'documentId');
    const slug = str(p, 'slug');
    const heldBy = str(p, 'heldBy');
    return locale === null || documentId === null || slug === null || heldBy === null
      ? null
      : t(
          'articleError.TRANSLATION_TAKEN',
          'This article is the "{locale}" version of the story {documentId, select, planned {that an earlier article of this import creates} other {in document {documentId}}} (it names it in "translationOf", or shares its sourceId or sourceUrl), but that story already has a "{locale}" version {heldBy, select, HAND_MADE {made in the Content Manager} other {from another source}}: "{slug}". Nothing of this article is written. To import it in place of that version, delete that version in the Content Manager first; to import it as a story of its own, remove "translationOf" or give it its own sourceId or sourceUrl.',
          { locale, documentId, slug, heldBy }
        );
  },
  INVALID_ARTICLE: withDetail((t, detail) =>
    t(
      'articleError.INVALID_ARTICLE',
      'Strapi refused the article: {detail}. Fix the source and import it again.',
      { detail }
    )
  ),
  DATABASE_BUSY: withDetail((t, detail) =>
    t(
      'articleError.DATABASE_BUSY',
      'The database stayed busy ({detail}), so nothing was written for this article. Run the import again: it is safe to re-run.',
      { detail }
    )
  ),
  WRITE_FAILED: withDetail((t, detail) =>
    t(
      'articleError.WRITE_FAILED',
      'A database error stopped this article: {detail}. Nothing was written for it; the source may be fine, so try again, and see the server log for details.',
      { detail }
    )
  ),
  INTERNAL: withDetail((t, detail) =>
    t(
      'articleError.INTERNAL',
      'The parser failed unexpectedly ({detail}). Please report this file to the plugin maintainers.',
      { detail }
    )
  ),
  INVALID_FIELD: withDetail((t, detail) =>
    t('articleError.INVALID_FIELD', 'A field of the article is not valid: {detail}', { detail })
  ),
  INVALID_FRONT_MATTER: withDetail((t, detail) =>
    t('articleError.INVALID_FRONT_MATTER', 'The front matter cannot be read: {detail}', {
      detail,
    })
  ),
  INVALID_CHARACTER: withDetail((t, detail) =>
    t(
      'articleError.INVALID_CHARACTER',
      'The text holds a character that cannot be stored: {detail}',
      {
        detail,
      }
    )
  ),
  TOO_DEEP: withDetail((t, detail) =>
    t('articleError.TOO_DEEP', 'A value is nested too deep: {detail}', { detail })
  ),
};

/**
 * An article's error in the user's language, from its code and params (a lead in the user's
 * language before the parser's English sentence for a field, the front matter, a character or
 * a nesting depth); the server's English text for an error without params, a code this admin
 * does not know, or params not as expected.
 */
export const errorText = (
  error: Pick<ImportError, 'message' | 'code' | 'params'>,
  t: Translate
) => {
  const { code, params } = error;
  if (
    typeof code !== 'string' ||
    !isRecord(params) ||
    !Object.prototype.hasOwnProperty.call(MESSAGES, code)
  ) {
    return error.message;
  }
  return MESSAGES[code as ArticleErrorCode](t, params) ?? error.message;
};
