/**
 * Recognisers for the lines of a news text that are not body paragraphs.
 * Lines are bounded (MAX_NAMES_LENGTH / explicit length checks) before any regex that could
 * scan a run twice, so nothing here can take more than linear-ish time on a long line.
 */
import { MAX_NAMES_LENGTH, splitNames } from '../names';
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

/** "Home / …", "Home › …", "Home » …", "Home > …" (case-insensitive "Home"). */
export function isBreadcrumb(line: string): boolean {
  return /^home\s*[/›»>]/iu.test(line);
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

const NAME_ENDING_WITH_DOT = /(?:^|\s)(?:\p{Lu}\.|Jr\.|Sr\.)$/u;
const NAME_WORD_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;

function isName(name: string, maxWords: number): boolean {
  const words = name.split(' ');
  if (words.length > maxWords || name.length > 80) return false;
  if (/[\p{N}"“”«»()[\]{}<>@#|/\\!?:]/u.test(name)) return false;
  const last = words[words.length - 1];
  // "al-Hassan", "bin-Salman": a lower-case particle joined to a capitalised name.
  const lastOk = NAME_WORD_START.test(last) || /-[\p{Lu}\p{Lo}]/u.test(last);
  return NAME_WORD_START.test(words[0]) && lastOk;
}

/** "By A", "By A and B", "By A, B and C", "By A & B" → names; anything else → undefined. */
export function parseByline(line: string): string[] | undefined {
  const match = /^by\s/i.exec(line);
  if (!match || line.length > MAX_NAMES_LENGTH) return undefined;
  const rest = collapseWhitespace(line.slice(match[0].length));
  if (/[!?:;,]$/.test(rest)) return undefined;
  if (rest.endsWith('.') && !NAME_ENDING_WITH_DOT.test(rest)) return undefined;
  const names = splitNames(rest);
  if (names.length === 0 || names.length > 12) return undefined;
  return names.every((name) => isName(name, 5)) ? names : undefined;
}

/** "About <Name>": the page's author box. */
export function parseAboutLine(line: string): string | undefined {
  const match = /^About\s/.exec(line);
  if (!match || line.length > 120) return undefined;
  const name = collapseWhitespace(line.slice(match[0].length));
  if (name === '' || /[.,;:!?]$/.test(name)) return undefined;
  return isName(name, 6) ? name : undefined;
}

/** A line that reads like body text rather than a title. */
export function looksLikeParagraph(line: string): boolean {
  return line.length > 255 || (/[.!?]["”’)]?$/u.test(line) && countWordsIn(line) > 20);
}
