/**
 * Recognisers for the lines of a news text that are not body paragraphs.
 * Lines are bounded (MAX_NAMES_LENGTH / explicit length checks) before any regex that could
 * scan a run twice, so nothing here can take more than linear-ish time on a long line.
 */
import {
  collapseWhitespace,
  countWordsIn,
  startsCapitalised,
  startsLowerCase,
} from '../text-utils';

const SENTENCE_END = /[.!?…:;]$/u;
const MAX_TAG_WORDS = 4;
const MAX_TAG_LENGTH = 60;
const MAX_TAGS_LINE = 400;

/** "Home / …", "Home › …", "Home » …", "Home > …"; also the Russian and Azerbaijani "Home". */
export function isBreadcrumb(line: string): boolean {
  return BREADCRUMB_ROOT.test(line);
}

/** The site root a breadcrumb starts with, and the separator after it. */
export const BREADCRUMB_ROOT =
  /^(?:home|main|главная|ana səhifə|əsas səhifə|əsas|baş səhifə)\s*([/›»>])\s*/iu;

const TAGS_PREFIX =
  /^(?:tags|tagged|topics|keywords|теги|метки|ключевые слова|teqlər|etiketlər|açar sözlər)\s*[:\-–]\s*/iu;

/**
 * A labelled tags line ("Tags: Oil, Gas", "Теги: нефть, газ", "#Oil #Gas"): recognised
 * anywhere in the header or at the end of the article.
 */
export function parseLabelledTags(line: string): string[] | undefined {
  if (line.length > MAX_TAGS_LINE) return undefined;
  const prefix = TAGS_PREFIX.exec(line);
  const rest = prefix ? line.slice(prefix[0].length) : line;
  const hashtags = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u.test(rest);
  if (!prefix && !hashtags) return undefined;
  const items = (hashtags ? rest.split(/\s+/u).map((tag) => tag.slice(1)) : rest.split(/[,;]/u))
    .map(collapseWhitespace)
    .filter((item) => item !== '');
  if (items.length === 0) return undefined;
  return items.every((item) => item.length <= MAX_TAG_LENGTH && countWordsIn(item) <= MAX_TAG_WORDS)
    ? items
    : undefined;
}

/**
 * A tags line: comma-separated short items (1–4 words), no sentence punctuation, all items
 * capitalised or all lower case. A single item must be capitalised. "Aragchi also voiced
 * support." is a paragraph; "Azerbaijan, Iran" is tags.
 */
export function parseTagsLine(line: string): string[] | undefined {
  if (line.length > MAX_TAGS_LINE || SENTENCE_END.test(line)) return undefined;
  const items = line.split(',').map(collapseWhitespace);
  for (const item of items) {
    if (item === '' || item.length > MAX_TAG_LENGTH || countWordsIn(item) > MAX_TAG_WORDS)
      return undefined;
    if (/[.!?;:]\s|["“”«»()[\]{}<>]/u.test(item)) return undefined;
    // Dates and times ("1 March 2021 12:30", "01.03.2021") are not tags.
    if (/\d[:/.]\d/.test(item) || !/\p{L}/u.test(item)) return undefined;
  }
  const capitalised = items.every(startsCapitalised);
  const lower = items.every(startsLowerCase);
  if (items.length === 1) return capitalised ? items : undefined;
  return capitalised || lower ? items : undefined;
}

/** A line that reads like body text rather than a title. */
export function looksLikeParagraph(line: string): boolean {
  return line.length > 255 || (/[.!?]["”’)]?$/u.test(line) && countWordsIn(line) > 20);
}
