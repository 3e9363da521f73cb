/**
 * Bylines: "By A", "By A and B", "By A, B and C", with an outlet or a date after the names
 * ("By Rauf Hasanli – Trend:", "By Nigar Aliyeva | AzerNEWS", "By Jane Roe (AP)",
 * "By Jane Roe, Reuters", "By Jane Roe | 14 March 2024"), and the Russian / Azerbaijani
 * "Автор: …" / "Müəllif: …".
 */
import { readDateLine, type ReadDate } from '../dates';
import { MAX_NAMES_LENGTH, splitNames } from '../names';
import { collapseWhitespace } from '../text-utils';

export interface Byline {
  authors: string[];
  /** What followed the names: the outlet or the author's role ("Trend", "AzerNEWS", "AP"). */
  outlet?: string;
  date?: ReadDate;
}

const PREFIX =
  /^(?:by|written by|reporting by|text by|author:|authors:|автор:|авторы:|текст:|müəllif:|müəlliflər:)\s+/iu;
// An outlet or role after the names, opened by a dash, a bar, a slash or a parenthesis.
const SUFFIX_OPENER = / [–—-] | ?\| ?| \/ | \(/u;
// A comma item that is a role or an outlet rather than a name.
const ROLE_WORD =
  /\b(?:writer|reporter|correspondent|editor|journalist|staff|contributor|columnist|press|news|agency|report)\b/iu;

const CREDITS_AFTER =
  /;\s*(?:editing|writing|additional reporting|compiled|graphics|photos?|редактор|редактирование)\b.*$/iu;

// "By Monday Morning", "By Late Afternoon", "By Then": a time, not a person. (Months are left
// out on purpose: April, June and May are first names.)
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|midnight|noon|midday|dawn|dusk|weekend|then|now)$/iu;

/** A word that makes "By …" a time, not a byline ("Now", "Monday", "Evening"…). */
export const isTimeWord = (word: string): boolean => TIME_WORD.test(word);

const NAME_ENDING_WITH_DOT = /(?:^|\s)(?:\p{Lu}\.|Jr\.|Sr\.)$/u;
const NAME_WORD_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;

/** A person's name: 1–maxWords words, capitalised, no digits or punctuation of prose. */
export function isName(name: string, maxWords: number): boolean {
  const words = name.split(' ');
  if (words.length > maxWords || name.length > 80) return false;
  if (/[\p{N}"“”«»()[\]{}<>@#|/\\!?:]/u.test(name)) return false;
  const last = words[words.length - 1];
  // "al-Hassan", "bin-Salman": a lower-case particle joined to a capitalised name.
  const lastOk = NAME_WORD_START.test(last) || /-[\p{Lu}\p{Lo}]/u.test(last);
  return NAME_WORD_START.test(words[0]) && lastOk;
}

function cleanSuffix(value: string): string {
  // "(AP)" loses its parentheses; "Caspian News (Tashkent)" keeps its balanced pair.
  const trimmed = value.replace(/[\]:.,;]+$/u, '').replace(/^[(\s]+/u, '');
  const open = trimmed.replace(/[^(]/gu, '').length;
  const close = trimmed.replace(/[^)]/gu, '').length;
  return collapseWhitespace(close > open ? trimmed.replace(/\)+$/u, '') : trimmed);
}

/** Splits "names – outlet" at the first opener; the outlet may be a date. */
function splitSuffix(rest: string): { names: string; suffix?: string } {
  const opener = SUFFIX_OPENER.exec(rest);
  if (!opener) return { names: rest };
  return {
    names: rest.slice(0, opener.index),
    suffix: rest.slice(opener.index + opener[0].length),
  };
}

/** A byline, or undefined for anything else ("By the end of the year, prices rose."). */
export function readByline(line: string): Byline | undefined {
  const match = PREFIX.exec(line);
  if (!match || line.length > MAX_NAMES_LENGTH) return undefined;
  // "Reporting by A; Editing by B": only the reporters are authors.
  const rest = collapseWhitespace(line.slice(match[0].length)).replace(CREDITS_AFTER, '');
  const split = splitSuffix(rest);
  let names = split.names.trim();
  let suffix = split.suffix === undefined ? undefined : cleanSuffix(split.suffix);
  if (suffix === undefined) {
    // Nothing after the names but a colon: "By Rauf Hasanli:".
    if (/[!?;,]$/u.test(names)) return undefined;
    names = names.replace(/:$/u, '');
  } else if (/[!?;:,]$/u.test(names)) return undefined;
  // A full stop ends a sentence, not a name, unless it ends an initial or "Jr." / "Sr.".
  if (names.endsWith('.') && !NAME_ENDING_WITH_DOT.test(names)) return undefined;
  let parts = splitNames(names);
  if (parts.length === 0 || parts.length > 12) return undefined;
  // "By Jane Roe, Reuters" / "By Jane Roe, Staff Writer" / "By Jane Roe, 14 March 2024".
  // Only a last item after a comma can be an outlet: "By Ann Writer and Bob Writer" names two
  // people even though "Writer" is also a role word.
  const lastComma = names.lastIndexOf(',');
  if (
    suffix === undefined &&
    parts.length > 1 &&
    lastComma >= 0 &&
    !/ (?:and|&) /u.test(names.slice(lastComma))
  ) {
    const last = parts[parts.length - 1];
    const isOutlet =
      (!last.includes(' ') && parts.slice(0, -1).every((part) => part.includes(' '))) ||
      ROLE_WORD.test(last) ||
      readDateLine(last) !== undefined;
    if (isOutlet) {
      suffix = last;
      parts = parts.slice(0, -1);
    }
  }
  if (!parts.every((name) => isName(name, 5))) return undefined;
  if (parts.some((name) => name.split(' ').some(isTimeWord))) return undefined;
  const byline: Byline = { authors: parts };
  if (suffix !== undefined && suffix !== '') {
    const date = readDateLine(suffix);
    if (date) byline.date = date;
    else if (suffix.length <= 80) byline.outlet = suffix;
    else return undefined;
  }
  return byline;
}
