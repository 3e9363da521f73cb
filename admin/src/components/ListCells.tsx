import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { formatRelative } from '../utils/dates';
import { useDateTime } from '../utils/useDateTime';

/**
 * The article list's *Updated* cell: how long ago within the last week ("5 minutes ago"), else
 * the short date; the full date and time in its tooltip.
 */
export const UpdatedCell = ({ value }: { value: unknown }) => {
  const formatDateTime = useDateTime();
  const { locale } = useIntl();
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const shown =
    formatRelative(value, locale) ??
    formatDateTime(value, { short: true }).replace(/,? \d{1,2}:\d{2}.*$/, '');
  return (
    <Typography textColor="neutral800" title={formatDateTime(value)} data-testid="updated-cell">
      {shown}
    </Typography>
  );
};

/** The Content Manager's `cellFormatter` for the article list's *Updated* column. */
export const updatedCellFormatter = (row: { updatedAt?: unknown }) => (
  <UpdatedCell value={row.updatedAt} />
);

/** The article list's *Available in* cell, short: the locale codes ("en, az"), their names in the tooltip. */
export const LocalesCell = ({
  locale,
  localizations,
}: {
  locale?: unknown;
  localizations?: unknown;
}) => {
  const { formatDisplayName } = useIntl();
  const codes = [
    ...new Set(
      [
        locale,
        ...(Array.isArray(localizations)
          ? localizations.map((item: { locale?: unknown }) => item?.locale)
          : []),
      ].filter((code): code is string => typeof code === 'string' && code !== '')
    ),
  ].sort();
  if (codes.length === 0) return null;
  const names = codes.map((code) => {
    try {
      return formatDisplayName(code, { type: 'language' }) ?? code;
    } catch {
      return code;
    }
  });
  return (
    <Typography textColor="neutral800" title={names.join(', ')} data-testid="locales-cell">
      {codes.join(', ')}
    </Typography>
  );
};

export const localesCellFormatter = (row: { locale?: unknown; localizations?: unknown }) => (
  <LocalesCell locale={row.locale} localizations={row.localizations} />
);
