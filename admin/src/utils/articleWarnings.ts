import type {
  ArticleFieldName,
  ArticleWarning,
  ArticleWarningCode,
} from '../../../shared/contracts';
import { isRecord } from '../../../shared/contracts';

import { fieldLabel } from './fieldLabel';
import type { Translate } from './useT';

/** A warning as the admin gets it: with its code and params, or (older reports) its text only. */
export interface ShownWarning {
  message: string;
  code?: string;
  params?: unknown;
}

type Params = Record<string, unknown>;

const num = (params: Params, key: string): number | null =>
  typeof params[key] === 'number' && Number.isFinite(params[key]) ? (params[key] as number) : null;

const str = (params: Params, key: string): string | null =>
  typeof params[key] === 'string' ? (params[key] as string) : null;

const FIELDS: readonly ArticleFieldName[] = [
  'title',
  'slug',
  'description',
  'body',
  'tags',
  'authors',
  'category',
];

/** Each code's message in the user's language, or null when its params are not as expected. */
const MESSAGES: Record<ArticleWarningCode, (t: Translate, p: Params) => string | null> = {
  LONG_PARAGRAPH: (t, p) => {
    const paragraph = num(p, 'paragraph');
    const words = num(p, 'words');
    const max = num(p, 'max');
    return paragraph === null || words === null || max === null
      ? null
      : t(
          'warning.LONG_PARAGRAPH',
          "The body's paragraph {paragraph} is {words} words long (over {max}): several paragraphs were probably read as one. Separate the paragraphs with blank lines and preview again.",
          { paragraph, words, max }
        );
  },
  NO_PARAGRAPHS: (t) =>
    t(
      'warning.NO_PARAGRAPHS',
      'The body has no paragraphs (only headings, lists, quotes or code): check that the text was read as the article.'
    ),
  BYLINE_IN_BODY: (t, p) => {
    const paragraph = num(p, 'paragraph');
    const excerpt = str(p, 'excerpt');
    return paragraph === null || excerpt === null
      ? null
      : t(
          'warning.BYLINE_IN_BODY',
          'The body\'s paragraph {paragraph} holds a byline ("{excerpt}"): it will be stored as article text. Put the byline on its own line under the title, or remove it.',
          { paragraph, excerpt }
        );
  },
  ABOUT_IN_BODY: (t, p) => {
    const paragraph = num(p, 'paragraph');
    const excerpt = str(p, 'excerpt');
    return paragraph === null || excerpt === null
      ? null
      : t(
          'warning.ABOUT_IN_BODY',
          'The body\'s paragraph {paragraph} holds an author box ("{excerpt}"): it will be stored as article text. Put "About …" on its own line at the end, or remove it.',
          { paragraph, excerpt }
        );
  },
  CONTROL_CHARACTERS_REMOVED: (t, p) => {
    const count = num(p, 'count');
    return count === null
      ? null
      : t(
          'warning.CONTROL_CHARACTERS_REMOVED',
          'Removed {count, plural, one {# invisible control character} other {# invisible control characters}} from the text',
          { count }
        );
  },
  INVISIBLE_CHARACTERS_REMOVED: (t, p) => {
    const count = num(p, 'count');
    const field = str(p, 'field');
    return count === null || field === null
      ? null
      : t(
          'warning.INVISIBLE_CHARACTERS_REMOVED',
          'Removed {count, plural, one {# invisible character} other {# invisible characters}} (zero-width or bidi control) from the {field, select, title {title} slug {slug} category {category} tags {tags} authors {authors} other {{field}}}',
          { count, field }
        );
  },
  SLUG_NORMALISED: (t, p) => {
    const given = str(p, 'given');
    const slug = str(p, 'slug');
    return given === null || slug === null
      ? null
      : t('warning.SLUG_NORMALISED', 'Slug "{given}" was normalised to "{slug}"', { given, slug });
  },
  DESCRIPTION_CUT: (t, p) => {
    const max = num(p, 'max');
    return max === null
      ? null
      : t('warning.DESCRIPTION_CUT', 'The lead was cut to {max} characters', { max });
  },
  MORE_WARNINGS: (t, p) => {
    const count = num(p, 'count');
    return count === null
      ? null
      : t(
          'warning.MORE_WARNINGS',
          '…and {count, plural, one {# more warning} other {# more warnings}}',
          { count }
        );
  },
  LINK_KEPT_AS_TEXT: (t, p) => {
    const url = str(p, 'url');
    return url === null
      ? null
      : t(
          'warning.LINK_KEPT_AS_TEXT',
          'Link to "{url}" kept as plain text: Strapi\'s rich text cannot hold links that start with # or ?',
          { url: url.length > 80 ? `${url.slice(0, 80)}…` : url }
        );
  },
  IMAGE_NOT_IMPORTED: (t, p) => {
    const src = str(p, 'src');
    return src === null
      ? null
      : t(
          'warning.IMAGE_NOT_IMPORTED',
          'Image "{src}" is not imported into the body: upload it to the Media Library (or set it as cover)',
          { src }
        );
  },
  NO_BREADCRUMB: (t) =>
    t('warning.NO_BREADCRUMB', 'No breadcrumb found: the article will have no category'),
  NO_CATEGORY_ON_PAGE: (t) =>
    t(
      'warning.NO_CATEGORY_ON_PAGE',
      'No breadcrumb or section found: the article will have no category'
    ),
  NO_BYLINE: (t) => t('warning.NO_BYLINE', 'No byline found: the article will have no author'),
  TITLE_FROM_BREADCRUMB: (t) =>
    t(
      'warning.TITLE_FROM_BREADCRUMB',
      'No title line after the breadcrumb: the title was taken from the breadcrumb'
    ),
  BREADCRUMB_TITLE_DIFFERS: (t, p) => {
    const breadcrumbTitle = str(p, 'breadcrumbTitle');
    return breadcrumbTitle === null
      ? null
      : t(
          'warning.BREADCRUMB_TITLE_DIFFERS',
          'Breadcrumb title differs from the title line: kept the title line ("{breadcrumbTitle}" in the breadcrumb)',
          { breadcrumbTitle }
        );
  },
  STANDFIRST_AS_DESCRIPTION: (t) =>
    t(
      'warning.STANDFIRST_AS_DESCRIPTION',
      'Took the line under the title as the standfirst (the lead)'
    ),
  IMAGE_SKIPPED: (t, p) => {
    const src = str(p, 'src');
    const reason = str(p, 'reason');
    return src === null || reason === null || typeof p.cover !== 'boolean'
      ? null
      : t(
          'warning.IMAGE_SKIPPED',
          '{cover, select, true {The cover} other {The image}} "{src}" was not imported: {reason, select, NOT_FOUND {it was not found} TOO_LARGE {it is too large} NOT_AN_IMAGE {it is not a JPEG, PNG, GIF, WebP or AVIF picture} TIMEOUT {the download took too long} NOT_ALLOWED {you may not upload to the Media Library} OUTSIDE_FOLDER {its path leads out of the imported folder} UPLOAD_FAILED {the Media Library could not store it} PRIVATE_ADDRESS {its address is on a private network, which downloads may not reach} other {the download failed}}; the article was imported without it',
          {
            src: src.length > 80 ? `${src.slice(0, 80)}…` : src,
            reason,
            cover: String(p.cover === true),
          }
        );
  },
  DATE_NOT_USED: (t, p) => {
    const date = str(p, 'date');
    const reason = str(p, 'reason');
    return date === null || reason === null
      ? null
      : t(
          'warning.DATE_NOT_USED',
          'The date "{date}" was not used as the publication date: {reason, select, NO_DAY_AND_MONTH {it has no day and month} NO_YEAR {it has no year} NO_TIME_ZONE {its time zone is not given} other {it is incomplete}}',
          { date, reason }
        );
  },
  DATE_READ_PARTLY: (t, p) => {
    const date = str(p, 'date');
    const iso = str(p, 'iso');
    const reason = str(p, 'reason');
    return date === null || iso === null || reason === null
      ? null
      : t(
          'warning.DATE_READ_PARTLY',
          'The date "{date}" was read as {iso}, but {reason, select, NO_DAY_AND_MONTH {it has no day and month} NO_YEAR {it has no year} NO_TIME_ZONE {its time zone is not given} other {it is incomplete}}',
          { date, iso, reason }
        );
  },
  PARAGRAPHS_REJOINED: (t) =>
    t(
      'warning.PARAGRAPHS_REJOINED',
      'No blank lines between paragraphs and the lines look hard-wrapped: rejoined them into paragraphs'
    ),
  LINES_AS_PARAGRAPHS: (t) =>
    t(
      'warning.LINES_AS_PARAGRAPHS',
      'No blank lines between paragraphs: each line was read as a paragraph'
    ),
  AUTHOR_FROM_NOTE: (t, p) => {
    const author = str(p, 'author');
    return author === null
      ? null
      : t(
          'warning.AUTHOR_FROM_NOTE',
          'No byline found: took the author from the author\'s note ("{author}")',
          { author }
        );
  },
  BOILERPLATE_LEFT_OUT: (t, p) => {
    const count = num(p, 'count');
    const first = str(p, 'first');
    return count === null || first === null
      ? null
      : t(
          'warning.BOILERPLATE_LEFT_OUT',
          'Left out {count, plural, one {# line} other {# lines}} of site boilerplate ("{first}"…), kept in the source metadata',
          { count, first }
        );
  },
  ARTICLE_NOT_SINGLED_OUT: (t) =>
    t(
      'warning.ARTICLE_NOT_SINGLED_OUT',
      'Could not single out the article on the page: read all of its remaining text'
    ),
  NO_JSON_LD: (t) =>
    t(
      'warning.NO_JSON_LD',
      'The page has no JSON-LD article data: read the meta tags and the page instead'
    ),
  PUBLISHED_AT_NOT_A_DATE: (t, p) => {
    const value = str(p, 'value');
    return value === null
      ? null
      : t(
          'warning.PUBLISHED_AT_NOT_A_DATE',
          'publishedAt "{value}" is not a date (use YYYY-MM-DD or an ISO date-time): it was ignored',
          { value }
        );
  },
  NO_CATEGORY_GIVEN: (t) =>
    t('warning.NO_CATEGORY_GIVEN', 'No category given: the article will have no category'),
  NO_AUTHORS_GIVEN: (t) =>
    t('warning.NO_AUTHORS_GIVEN', 'No authors given: the article will have no author'),
  CATEGORY_MOVED: (t, p) => {
    const category = str(p, 'category');
    const path = str(p, 'path');
    return category === null || path === null
      ? null
      : t(
          'warning.CATEGORY_MOVED',
          'Category "{category}" already exists elsewhere in the category tree; the article goes there (the source said "{path}").',
          { category, path }
        );
  },
  SLUG_TAKEN: (t, p) => {
    const wanted = str(p, 'wanted');
    const slug = str(p, 'slug');
    return wanted === null || slug === null
      ? null
      : t(
          'warning.SLUG_TAKEN',
          'The slug "{wanted}" belongs to an article from another source, so this article gets "{slug}".',
          { wanted, slug }
        );
  },
  SLUG_TAKEN_BY_HAND_MADE: (t, p) => {
    const wanted = str(p, 'wanted');
    const slug = str(p, 'slug');
    return wanted === null || slug === null
      ? null
      : t(
          'warning.SLUG_TAKEN_BY_HAND_MADE',
          'The slug "{wanted}" belongs to an article made by hand in the Content Manager, so this article gets "{slug}". To update that article instead, tick "Adopt hand-made articles" and preview again.',
          { wanted, slug }
        );
  },
  ADOPTED: (t, p) => {
    const slug = str(p, 'slug');
    return slug === null
      ? null
      : t(
          'warning.ADOPTED',
          'Adopted the article "{slug}" made by hand in the Content Manager: this source now updates it.',
          { slug }
        );
  },
  OVERWROTE_EDITS: (t, p) => {
    const fields = p.fields;
    if (!Array.isArray(fields) || !fields.every((field) => FIELDS.includes(field))) return null;
    return t(
      'warning.OVERWROTE_EDITS',
      'Overwrote changes made since the last import ({fields}), as asked.',
      { fields: (fields as ArticleFieldName[]).map((field) => fieldLabel(t, field)).join(', ') }
    );
  },
  LANGUAGE_MISMATCH: (t, p) => {
    const locale = str(p, 'locale');
    const language = str(p, 'language');
    const name = str(p, 'name');
    return locale === null || language === null || name === null
      ? null
      : t(
          'warning.LANGUAGE_MISMATCH',
          'The text reads as {name} ({language}), but the article is imported in the locale "{locale}": check its locale',
          { locale, language, name }
        );
  },
};

/**
 * A warning in the user's language, from its code and params; the server's English text for a
 * code this admin does not know (a newer server) or params not as expected.
 */
export const warningText = (warning: ShownWarning, t: Translate): string => {
  const { code, params } = warning;
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(MESSAGES, code)) {
    return warning.message;
  }
  return MESSAGES[code as ArticleWarningCode](t, isRecord(params) ? params : {}) ?? warning.message;
};

/**
 * The warnings of a report line or a draft: with their codes when the server sent them (in
 * step with the English texts), else the texts alone (reports stored before codes existed).
 */
export const warningsOf = (from: {
  warnings: string[];
  warningDetails?: ArticleWarning[];
}): ShownWarning[] => {
  const details = from.warningDetails;
  return details && details.length === from.warnings.length
    ? details
    : from.warnings.map((message) => ({ message }));
};

/** The same warnings once each (a report line repeats its draft's), in order. */
export const uniqueWarnings = (warnings: readonly ShownWarning[]): ShownWarning[] => {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    if (seen.has(warning.message)) return false;
    seen.add(warning.message);
    return true;
  });
};
