import { UID } from '../../../shared/contracts';

/** A column of the Content Manager's list view, as its `inject-column-in-table` hook sees it. */
export interface ListHeader {
  name: string;
  attribute?: { type?: string; target?: string };
  cellFormatter?: (...args: never[]) => unknown;
  [key: string]: unknown;
}

/** Whether the columns are the article list's: a relation to the newsroom's authors or categories. */
export const isArticleList = (headers: readonly ListHeader[]): boolean =>
  headers.some(
    (header) =>
      header.attribute?.type === 'relation' &&
      (header.attribute.target === UID.author || header.attribute.target === UID.category)
  );

/**
 * The article list's columns with compact *Updated* and *Available in* cells. Strapi writes the
 * date in full ("Monday, November 30, 2026 at 2:58 PM") and i18n the locales by name ("English
 * (en) (default)"); side by side they pushed *Status* off the screen at 1440 px (issue 17). The
 * plugin's cells write "5 minutes ago" (or the date, past a week) and "az, en", the full text in
 * their tooltips. Other lists are left as they are.
 */
export const withCompactColumns = <H extends ListHeader>(
  headers: H[],
  cells: { updatedAt: NonNullable<H['cellFormatter']>; locales: NonNullable<H['cellFormatter']> }
): H[] =>
  isArticleList(headers)
    ? headers.map((header) =>
        header.name === 'updatedAt'
          ? { ...header, cellFormatter: cells.updatedAt }
          : header.name === 'locales'
            ? { ...header, cellFormatter: cells.locales }
            : header
      )
    : headers;
