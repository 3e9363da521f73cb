import type {
  HistoryFilters,
  HistoryResult,
  ImportHistoryEntry,
  ImportOrigin,
} from '../../../shared/contracts';
import { UID } from '../../../shared/contracts';

/** What the History tab's filter fields hold (as the inputs give them). */
export interface HistoryFilterFields {
  /** '' anyone, `user:<id>` an admin, `origin:<origin>` the CLI or the start-up seed. */
  who: string;
  /** `YYYY-MM-DD` in the browser's time zone, or ''. */
  from: string;
  to: string;
  result: HistoryResult | '';
}

export const NO_FILTERS: HistoryFilterFields = { who: '', from: '', to: '', result: '' };

/** Midnight starting a local calendar day (`offset` days later), or null for '' or a bad date. */
const localMidnight = (day: string, offset = 0): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number);
  const midnight = new Date(year, month - 1, date + offset);
  return Number.isNaN(midnight.getTime()) ? null : midnight;
};

/**
 * The route's filters: `from` the start of the first day, `to` the start of the day after the
 * last (both days included, in the browser's time zone).
 */
export const toHistoryFilters = ({
  who,
  from,
  to,
  result,
}: HistoryFilterFields): HistoryFilters => {
  const filters: HistoryFilters = {};
  const [kind, value = ''] = who.split(':');
  if (kind === 'user' && /^\d+$/.test(value)) filters.user = Number(value);
  if (kind === 'origin' && value) filters.origin = value as ImportOrigin;
  const start = localMidnight(from);
  if (start) filters.from = start.toISOString();
  const end = localMidnight(to, 1);
  if (end) filters.to = end.toISOString();
  if (result) filters.result = result;
  return filters;
};

/** Articles a Content Manager link can name at most: the URL must stay under the server's limit. */
export const MAX_LINKED_ARTICLES = 100;

/** The documentIds of an entry's articles that exist (written, unchanged or kept), each once. */
export const entryDocumentIds = (entry: Pick<ImportHistoryEntry, 'articles'>): string[] => [
  ...new Set(entry.articles.flatMap((article) => (article.documentId ? [article.documentId] : []))),
];

/**
 * Admin-relative path of the Content Manager's article list filtered to these documents
 * (`filters[$and][0][documentId][$in][n]`), the first MAX_LINKED_ARTICLES of them.
 */
export const articleListPath = (documentIds: readonly string[]): string => {
  const params = documentIds
    .slice(0, MAX_LINKED_ARTICLES)
    .map(
      (id, n) =>
        `${encodeURIComponent(`filters[$and][0][documentId][$in][${n}]`)}=${encodeURIComponent(id)}`
    );
  return `/content-manager/collection-types/${UID.article}?${['page=1', ...params].join('&')}`;
};
