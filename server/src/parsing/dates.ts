/**
 * Dates as news pages write them ("14 March 2024 17:05 (UTC+04:00)", "July 14, 2024",
 * "14.03.2024, 17:05", "14 марта 2024", "14 iyul 2024") read with chrono-node, a maintained
 * multi-language date parser, rather than hand-written patterns. Azerbaijani month names are
 * not in chrono's locales, so they are mapped to English first (a table, not a parser).
 */
import * as chrono from 'chrono-node';

import type { DateProblem } from '../../../shared/contracts/warnings';

export interface ReadDate {
  /** The date as written. */
  text: string;
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:00` (zone unknown) or with its offset. */
  iso: string | undefined;
  /** Why `iso` is missing or partial, when it is. */
  note?: DateProblem;
}

const AZ_MONTHS: Record<string, string> = {
  yanvar: 'January',
  fevral: 'February',
  mart: 'March',
  aprel: 'April',
  may: 'May',
  iyun: 'June',
  iyul: 'July',
  avqust: 'August',
  sentyabr: 'September',
  oktyabr: 'October',
  noyabr: 'November',
  dekabr: 'December',
};
const AZ_MONTH_WORD =
  /(?<![\p{L}])(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)(?:ın|in|un|ün|da|də)?(?![\p{L}])/giu;

/** Longest line we try to read as a date: dates are short, and chrono is not linear-time cheap. */
export const MAX_DATE_LINE = 100;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function offset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

type DateParts = Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;
type Component = Parameters<chrono.ParsedComponents['get']>[0];
const TIME_COMPONENTS = new Set<Component>(['hour', 'minute', 'second', 'timezoneOffset']);

/**
 * "03.09.2024 / 11:20": chrono reads the date and the time as two results; the time joins the
 * date when the date has none.
 */
function withTime(results: chrono.ParsedResult[]): DateParts {
  const [first, second] = results;
  if (
    !second ||
    first.start.isCertain('hour') ||
    !second.start.isCertain('hour') ||
    second.start.isCertain('day')
  ) {
    return first.start;
  }
  const date = first.start;
  const time = second.start;
  const pick = (component: Component): DateParts => (TIME_COMPONENTS.has(component) ? time : date);
  return {
    isCertain: (component) => pick(component).isCertain(component),
    get: (component) => pick(component).get(component),
  };
}

function toIso(start: DateParts): { iso: string | undefined; note?: DateProblem } {
  if (!start.isCertain('day') || !start.isCertain('month')) {
    return { iso: undefined, note: 'NO_DAY_AND_MONTH' };
  }
  if (!start.isCertain('year')) return { iso: undefined, note: 'NO_YEAR' };
  const day = `${pad(start.get('year') ?? 0, 4)}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
  if (!start.isCertain('hour')) return { iso: day };
  const time = `${day}T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:00`;
  const zone = start.get('timezoneOffset');
  if (!start.isCertain('timezoneOffset') || zone === null || zone === undefined) {
    return { iso: time, note: 'NO_TIME_ZONE' };
  }
  return { iso: `${time}${offset(zone)}` };
}

const CYRILLIC = /[\u0400-\u04ff]/u;
const NUMERIC_DATE = /\d{1,2}[./]\d{1,2}[./]\d{2,4}/u;
// "2 hours ago", "yesterday": relative to the reader's day, not a publication date.
const RELATIVE =
  /\b(?:ago|now|today|yesterday|tomorrow)\b|назад|сегодня|вчера|əvvəl|bu gün|dünən/iu;

/** The text as chrono's locale reads it: Azerbaijani month names in English. */
function forChrono(text: string): string {
  if (CYRILLIC.test(text)) return text;
  return text.replace(
    AZ_MONTH_WORD,
    (_word, month: string) => AZ_MONTHS[month.toLowerCase()] ?? month
  );
}

function parseAll(text: string): chrono.ParsedResult[] {
  // A fixed reference instant: a reading never depends on the day the parser runs.
  const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  if (CYRILLIC.test(text)) return chrono.ru.parse(text, reference).filter(notRelative);
  // Numeric dates day first ("01.03.2021" is 1 March), as news outside the US writes them; the
  // British parser is only for those, as it reads "July 14" as July 2014.
  const parser = NUMERIC_DATE.test(text) ? chrono.en.GB : chrono.en;
  return parser.parse(forChrono(text), reference).filter(notRelative);
}

function notRelative(result: chrono.ParsedResult): boolean {
  return !RELATIVE.test(result.text);
}

// Words that may stand around a date on a date line: "Published on", "Updated:", "at", "UTC".
const FILLER =
  /^(?:published|updated|posted|last|modified|date|on|at|utc|gmt|local|time|опубликовано|обновлено|дата|публикации|в|г|года|dərc|olunub|edilib|yenilənib|tarix|saat|il|ci|cı|cü|cu)$/iu;

/** Words left on a line once the dates are taken out, ignoring filler words. */
function leftoverWords(text: string, results: chrono.ParsedResult[]): string[] {
  let rest = text;
  for (const result of results) rest = rest.replace(result.text, ' ');
  // Stryker disable next-line Regex: without `+`, the extra empty words are filtered out
  return rest.split(/[^\p{L}]+/u).filter((word) => word !== '' && !FILLER.test(word));
}

/** A line that is a date (and at most filler words around it), or undefined. */
export function readDateLine(line: string): ReadDate | undefined {
  if (line.length > MAX_DATE_LINE || !/\d/.test(line)) return undefined;
  const results = parseAll(line);
  if (results.length === 0) return undefined;
  if (leftoverWords(forChrono(line), results).length > 0) return undefined;
  const first = results[0];
  if (!first.start.isCertain('day') || !first.start.isCertain('month')) return undefined;
  return { text: line, ...toIso(withTime(results)) };
}

/** A date anywhere in a short phrase (a dateline's "July 14"), or undefined. */
export function readDateIn(phrase: string): ReadDate | undefined {
  if (phrase.length > MAX_DATE_LINE) return undefined;
  const [first] = parseAll(phrase);
  if (!first || !first.start.isCertain('day') || !first.start.isCertain('month')) return undefined;
  return { text: first.text, ...toIso(first.start) };
}
