/**
 * @jest-environment @stryker-mutator/jest-runner/jest-env/jsdom
 */
// jsdom, wrapped by StrykerJS so that the mutation run sees which test covers which mutant; it
// is plain jsdom in `npm test`.
import { createElement, type ReactNode } from 'react';

import { renderHook } from '@testing-library/react';
import { IntlProvider } from 'react-intl';

import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { getTranslation } from '../getTranslation';
import { useDateTime } from '../useDateTime';

/** A translation file under the full ids, as the admin registers it. */
const registered = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));

const FILES: Record<string, Record<string, string>> = {
  en: registered(en),
  az: registered(az),
  // A language the plugin has no translations for: every message falls back to its default.
  none: {},
};

/**
 * Renders the hook in an IntlProvider of `current.locale` with `current.file`'s messages (read at
 * each render, so a rerender switches the language). A message missing from a file it should be
 * in fails the test; the file `none` is expected to miss them all.
 */
const renderDateTime = (current: { locale: string; file: keyof typeof FILES }) =>
  renderHook(() => useDateTime(), {
    wrapper: ({ children }: { children: ReactNode }) =>
      createElement(
        IntlProvider,
        {
          locale: current.locale,
          messages: FILES[current.file],
          onError: (error) => {
            if (current.file === 'none' && error.code === 'MISSING_TRANSLATION') return;
            throw error;
          },
        },
        children
      ),
  });

// Local time: the admin shows the editor's clock.
const LATE_NOVEMBER = new Date(2026, 10, 29, 9, 5, 7);

describe('useDateTime', () => {
  it('formats in the interface language with the month in words, to the minute by default', () => {
    const { result } = renderDateTime({ locale: 'en', file: 'en' });
    expect(result.current(LATE_NOVEMBER)).toMatch(/^November 29, 2026\D+09:05\s?AM$/);
    expect(result.current(LATE_NOVEMBER, {})).toMatch(/^November 29, 2026\D+09:05\s?AM$/);
    expect(result.current(LATE_NOVEMBER, { seconds: true })).toMatch(
      /^November 29, 2026\D+09:05:07\s?AM$/
    );
    expect(result.current(LATE_NOVEMBER.toISOString(), { seconds: false })).toMatch(/09:05\s?AM$/);
  });

  it('follows the interface language when the user changes it', () => {
    const current: { locale: string; file: keyof typeof FILES } = { locale: 'en', file: 'en' };
    const { result, rerender } = renderDateTime(current);
    expect(result.current(LATE_NOVEMBER)).toContain('November');
    current.locale = 'az';
    current.file = 'az';
    rerender();
    expect(result.current(LATE_NOVEMBER)).toContain('29 noyabr 2026');
  });

  describe('in a browser whose ICU has no month names for the language ("2026 M11 29")', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    beforeEach(() => {
      // What Chromium with a trimmed ICU answers for `az` (seen in the e2e browser): the root
      // locale's numeric month. Other languages are untouched; react-intl still finds the
      // locale supported.
      const fake = jest
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
                    .map((part) => (part.type === 'month' ? { ...part, value: 'M11' } : part)),
              },
            }) as Intl.DateTimeFormat;
          }
        );
      Object.assign(fake, { supportedLocalesOf: RealDateTimeFormat.supportedLocalesOf });
    });
    afterEach(() => jest.restoreAllMocks());

    it('uses the plugin’s month names and word order of the language', () => {
      const { result } = renderDateTime({ locale: 'az', file: 'az' });
      expect(result.current(LATE_NOVEMBER)).toBe('29 noyabr 2026, 09:05');
      expect(result.current(LATE_NOVEMBER, { seconds: true })).toBe('29 noyabr 2026, 09:05:07');
    });

    it('without the plugin’s translations for the language, the English names and order', () => {
      const { result } = renderDateTime({ locale: 'az', file: 'none' });
      expect(result.current(LATE_NOVEMBER)).toBe('November 29, 2026 at 09:05');
      expect(result.current(new Date(2026, 0, 2, 23, 59, 1), { seconds: true })).toBe(
        'January 2, 2026 at 23:59:01'
      );
    });
  });
});
