import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { formatDateTime, formatRelative, type DateFallback } from '../dates';

/** The fallback as the admin builds it from a translation file (see useDateTime). */
const fallbackFrom = (messages: Record<string, string>): DateFallback => ({
  months: messages['date.months'].split(','),
  compose: (parts) =>
    messages['date.dateTime'].replace(/\{(\w+)\}/g, (_, name: keyof typeof parts) => parts[name]),
});

// Local time: the admin shows the editor's clock.
const LATE_NOVEMBER = new Date(2026, 10, 29, 9, 5, 7);

describe('formatDateTime', () => {
  it('Azerbaijani gets the month in words from Node’s ICU, never "2026 M11 29"', () => {
    const text = formatDateTime(LATE_NOVEMBER, 'az', { seconds: false }, fallbackFrom(az));
    expect(text).toContain('29 noyabr 2026');
    expect(text).toContain('09:05');
    expect(text).not.toMatch(/M11/);
  });

  it('English: month in words, to the second when asked', () => {
    expect(formatDateTime(LATE_NOVEMBER, 'en', { seconds: true }, fallbackFrom(en))).toMatch(
      /^November 29, 2026.*09:05:07/
    );
    expect(formatDateTime(LATE_NOVEMBER, 'en', { seconds: false }, fallbackFrom(en))).not.toMatch(
      /:07/
    );
  });

  it('short: the month abbreviated where Intl knows the language (the article list)', () => {
    const text = formatDateTime(
      LATE_NOVEMBER,
      'en',
      { seconds: false, short: true },
      fallbackFrom(en)
    );
    expect(text).toMatch(/^Nov 29, 2026/);
    expect(text).not.toContain('November');
    expect(text).toContain('09:05');
  });

  it('accepts the ISO strings the server sends', () => {
    const iso = LATE_NOVEMBER.toISOString();
    expect(formatDateTime(iso, 'az', { seconds: true }, fallbackFrom(az))).toContain('noyabr');
  });

  it('an unparsable value is shown as it came, not as "Invalid Date"', () => {
    expect(formatDateTime('yesterday', 'az', { seconds: false }, fallbackFrom(az))).toBe(
      'yesterday'
    );
  });

  it('a language Intl knows gets Intl’s own order and words, not the plugin’s', () => {
    expect(formatDateTime(LATE_NOVEMBER, 'de', { seconds: false }, fallbackFrom(en))).toMatch(
      /^29\. November 2026\D+09:05$/
    );
    expect(formatDateTime(LATE_NOVEMBER, 'de', { seconds: true }, fallbackFrom(en))).toMatch(
      /^29\. November 2026\D+09:05:07$/
    );
  });

  it('a locale tag Intl refuses gets the plugin’s month names and order', () => {
    expect(
      formatDateTime(LATE_NOVEMBER, 'not a locale!', { seconds: false }, fallbackFrom(en))
    ).toBe('November 29, 2026 at 09:05');
  });

  describe('in a browser whose ICU has no Azerbaijani (prints "2026 M11 29")', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    /**
     * Intl as such a browser has it for `az`; other languages are untouched. `month` is what
     * its formatToParts gives as the month (undefined: no month part at all).
     */
    const trimIcu = (month: string | undefined) =>
      jest
        .spyOn(Intl, 'DateTimeFormat')
        .mockImplementation(
          (locale?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) => {
            if (locale !== 'az') return new RealDateTimeFormat(locale, options);
            const real = new RealDateTimeFormat('en-US', { ...options, hourCycle: 'h23' });
            // format and formatToParts are getters on the prototype: defined, not assigned.
            return Object.create(RealDateTimeFormat.prototype, {
              format: { value: () => '2026 M11 29 09:05' },
              formatToParts: {
                value: (date?: Date | number) =>
                  real
                    .formatToParts(date)
                    .flatMap((part) =>
                      part.type !== 'month'
                        ? [part]
                        : month === undefined
                          ? []
                          : [{ ...part, value: month }]
                    ),
              },
            }) as Intl.DateTimeFormat;
          }
        );
    afterEach(() => jest.restoreAllMocks());

    it('uses the plugin’s own month names and word order', () => {
      // What Chromium with a trimmed ICU answers for `az` (seen in the e2e browser): the root
      // locale's numeric month.
      trimIcu('M11');
      expect(formatDateTime(LATE_NOVEMBER, 'az', { seconds: false }, fallbackFrom(az))).toBe(
        '29 noyabr 2026, 09:05'
      );
      expect(formatDateTime(LATE_NOVEMBER, 'az', { seconds: true }, fallbackFrom(az))).toBe(
        '29 noyabr 2026, 09:05:07'
      );
    });

    it('a month of digits only, or no month at all, is no month name either', () => {
      trimIcu('11');
      expect(formatDateTime(LATE_NOVEMBER, 'az', { seconds: false }, fallbackFrom(az))).toBe(
        '29 noyabr 2026, 09:05'
      );
      jest.restoreAllMocks();
      trimIcu(undefined);
      expect(formatDateTime(LATE_NOVEMBER, 'az', { seconds: false }, fallbackFrom(az))).toBe(
        '29 noyabr 2026, 09:05'
      );
    });
  });
});

describe('the month names in the translations', () => {
  it.each([
    ['en', en],
    ['az', az],
  ])('%s lists twelve months', (_, messages: Record<string, string>) => {
    const months = messages['date.months'].split(',');
    expect(months).toHaveLength(12);
    expect(new Set(months).size).toBe(12);
    for (const month of months) expect(month).toMatch(/^\p{L}+$/u);
  });

  it('az month names are the ones Node’s ICU uses', () => {
    const icu = Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat('az', { month: 'long' }).format(new Date(2026, month, 15))
    );
    expect(az['date.months'].split(',')).toEqual(icu);
  });
});

describe('formatRelative', () => {
  const now = new Date(2026, 10, 30, 12, 0, 0).getTime();
  const ago = (seconds: number) => now - seconds * 1000;

  it('says how long ago within a week, in the unit that fits', () => {
    expect(formatRelative(ago(0), 'en', now)).toBe('now');
    expect(formatRelative(ago(59), 'en', now)).toBe('59 seconds ago');
    expect(formatRelative(ago(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(formatRelative(ago(3 * 3600), 'en', now)).toBe('3 hours ago');
    expect(formatRelative(ago(26 * 3600), 'en', now)).toBe('yesterday');
    expect(formatRelative(ago(6 * 86400), 'en', now)).toBe('6 days ago');
    expect(formatRelative(ago(5 * 60), 'az', now)).toMatch(/5 dəqiqə/);
  });

  it('nothing past a week, in the future, for a bad value or a language Intl does not know', () => {
    expect(formatRelative(ago(7 * 86400), 'en', now)).toBeNull();
    expect(formatRelative(now + 60_000, 'en', now)).toBeNull();
    expect(formatRelative('not a date', 'en', now)).toBeNull();
    expect(formatRelative(ago(60), 'xx-unknown', now)).toBeNull();
  });
});
