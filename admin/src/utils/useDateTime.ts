import { useCallback } from 'react';

import { useIntl } from 'react-intl';

import { formatDateTime } from './dates';
import { useT } from './useT';

export type FormatDateTime = (
  value: string | number | Date,
  options?: { seconds?: boolean; short?: boolean }
) => string;

/**
 * Formats a date and time in the interface language with the month in words, never
 * "2026 M11 29": Intl when the browser knows the language, else the plugin's month names.
 */
export const useDateTime = (): FormatDateTime => {
  const { locale } = useIntl();
  const t = useT();
  return useCallback(
    (value, options) =>
      formatDateTime(
        value,
        locale,
        { seconds: options?.seconds ?? false, short: options?.short ?? false },
        {
          months: t(
            'date.months',
            'January,February,March,April,May,June,July,August,September,October,November,December'
          ).split(','),
          compose: (parts) => t('date.dateTime', '{month} {day}, {year} at {time}', { ...parts }),
        }
      ),
    [locale, t]
  );
};
