/** The pieces of a date, the month as a word, for a translated pattern. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
  time: string;
}

export interface DateFallback {
  /** The twelve month names, January first, in the interface language. */
  months: readonly string[];
  /** Puts the pieces in the language's order ("29 noyabr 2026, 12:34"). */
  compose: (parts: DateParts) => string;
}

const numericParts = (date: Date, seconds: boolean): Record<string, string> => {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
};

const intlFormat = (
  locale: string,
  seconds: boolean,
  short = false
): Intl.DateTimeFormat | null => {
  try {
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: short ? 'short' : 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
    });
  } catch {
    return null; // not a locale tag Intl knows
  }
};

/**
 * A date and time with the month in words, in the interface language: "November 29, 2026 at
 * 12:34", "29 noyabr 2026 12:34" (`short`: "Nov 29, 2026, 12:34" where Intl knows the language). Intl does it when the runtime has the language's data; a
 * browser without it (Chromium builds with a trimmed ICU print "2026 M11 29" for `az`) gets the
 * month names and order from the plugin's own translations (`fallback`) instead.
 */
export const formatDateTime = (
  value: string | number | Date,
  locale: string,
  { seconds, short = false }: { seconds: boolean; short?: boolean },
  fallback: DateFallback
): string => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const format = intlFormat(locale, seconds, short);
  if (format) {
    const month = format.formatToParts(date).find((part) => part.type === 'month')?.value ?? '';
    // A month with a digit ("11", "M11") means Intl has no names for this language.
    if (month !== '' && !/\d/.test(month)) return format.format(date);
  }
  const parts = numericParts(date, seconds);
  const time = [parts.hour, parts.minute, ...(seconds ? [parts.second] : [])].join(':');
  return fallback.compose({
    year: parts.year,
    month: fallback.months[Number(parts.month) - 1] ?? parts.month,
    day: parts.day,
    time,
  });
};

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * How long ago, in the interface language ("5 minutes ago", "yesterday"), for a date within the
 * last week; null for anything older or in the future, or where Intl has no words for the
 * language (the caller then shows the date).
 */
export const formatRelative = (
  value: string | number | Date,
  locale: string,
  now: number = Date.now()
): string | null => {
  const date = value instanceof Date ? value : new Date(value);
  if (Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length === 0) return null;
  // An invalid date gives NaN, which no comparison below accepts: null too.
  let amount = (now - date.getTime()) / 1000;
  if (amount < 0) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (amount < size) return format.format(-Math.floor(amount), unit);
    amount /= size;
  }
  return null;
};
