import { errors } from '@strapi/utils';

import {
  BATCH_ID_PATTERN,
  HISTORY_RESULTS,
  IMPORT_ORIGINS,
  type HistoryFilters,
  type HistoryResult,
  type ImportOrigin,
  type RequestErrorCode,
  type RequestErrorDetails,
  type RequestErrorParams,
} from '../../../shared/contracts';

/** A 400 naming the parameter, with the code and params the admin translates. */
const bad = <C extends RequestErrorCode>(
  key: string,
  message: string,
  code: C,
  params: RequestErrorParams[C]
): never => {
  throw new errors.ValidationError(message, { key, code, params } satisfies RequestErrorDetails<C>);
};

/** One value of a query parameter: absent or empty is undefined; a repeated one is refused. */
const single = (query: Record<string, unknown>, key: string): string | undefined => {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    return bad(key, `"${key}" must be given once, as one value.`, 'REPEATED_PARAMETER', { key });
  }
  return value;
};

const positiveInteger = (key: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) {
    return bad(
      key,
      `"${key}" must be a whole number from 1 (got "${value.slice(0, 40)}").`,
      'INVALID_NUMBER',
      { key, value: value.slice(0, 40) }
    );
  }
  return Number(value);
};

/** An ISO 8601 date (`2026-11-29`) or instant (`2026-11-29T10:00:00.000Z`). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const instant = (key: string, value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const time = ISO_DATE.test(value) ? Date.parse(value) : NaN;
  // Date.parse rolls 2026-02-30 over to March: the day must be one of its month's.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(time) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return bad(
      key,
      `"${key}" must be an ISO 8601 date or time, such as 2026-11-29 or 2026-11-29T10:00:00Z (got "${value.slice(0, 40)}").`,
      'INVALID_DATE',
      { key, value: value.slice(0, 40) }
    );
  }
  return new Date(time).toISOString();
};

const oneOf = <T extends string>(
  key: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined => {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    return bad(
      key,
      `"${key}" must be one of ${allowed.join(', ')} (got "${value.slice(0, 40)}").`,
      'INVALID_CHOICE',
      { key, value: value.slice(0, 40), allowed: allowed.join(', ') }
    );
  }
  return value as T;
};

/** The history's page and filters from the query string (GetImportHistory); 400 on a bad one. */
export const readHistoryQuery = (
  query: Record<string, unknown>
): { page: number; pageSize: number; filters: HistoryFilters } => {
  const page = positiveInteger('page', single(query, 'page'), 1);
  // At most 100 a page (more is served as 100).
  const pageSize = Math.min(100, positiveInteger('pageSize', single(query, 'pageSize'), 20));
  const userText = single(query, 'user');
  const user = userText === undefined ? undefined : positiveInteger('user', userText, 1);
  const from = instant('from', single(query, 'from'));
  const to = instant('to', single(query, 'to'));
  if (from !== undefined && to !== undefined && from >= to) {
    bad('to', `"to" must be after "from" (got from ${from}, to ${to}).`, 'INVALID_DATE_RANGE', {
      from,
      to,
    });
  }
  const origin = oneOf<ImportOrigin>('origin', single(query, 'origin'), IMPORT_ORIGINS);
  const result = oneOf<HistoryResult>('result', single(query, 'result'), HISTORY_RESULTS);
  const batch = single(query, 'batch');
  if (batch !== undefined && !BATCH_ID_PATTERN.test(batch)) {
    bad(
      'batch',
      `"batch" must be an import batch id: 8 to 64 letters, digits, "-" or "_" (got "${batch.slice(0, 40)}").`,
      'INVALID_BATCH',
      { value: batch.slice(0, 40) }
    );
  }
  const filters: HistoryFilters = {
    ...(user !== undefined ? { user } : {}),
    ...(origin !== undefined ? { origin } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(result !== undefined ? { result } : {}),
    ...(batch !== undefined ? { batch } : {}),
  };
  return { page, pageSize, filters };
};
