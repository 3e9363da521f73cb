import { errors } from '@strapi/utils';

import type { ImportError } from '../../../shared/contracts';

/** Thrown inside a chunk's transaction when one article fails: rolls the chunk back. */
export class ArticleFailure extends Error {
  constructor(
    readonly index: number,
    readonly reason: unknown
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'ArticleFailure';
  }
}

const TRANSIENT_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  '40001', // Postgres: serialization failure
  '40P01', // Postgres: deadlock detected
  '55P03', // Postgres: lock not available
  'ER_LOCK_DEADLOCK', // MySQL 1213
  'ER_LOCK_WAIT_TIMEOUT', // MySQL 1205
]);

const cause = (error: unknown): unknown => (error instanceof ArticleFailure ? error.reason : error);

/** A failure that goes away when the transaction is simply run again (busy, deadlock, lock wait). */
export const isTransient = (error: unknown): boolean => {
  const e = cause(error) as { code?: unknown; errno?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
  if (e.errno === 1205 || e.errno === 1213) return true;
  return (
    typeof e.message === 'string' &&
    /database is locked|deadlock|lock wait timeout/i.test(e.message)
  );
};

const isValidation = (error: unknown): error is errors.ValidationError =>
  error instanceof errors.ValidationError ||
  (error instanceof Error && error.name === 'ValidationError');

/** A driver message without the SQL statement knex puts in front of it. */
const shortMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const cut = message.lastIndexOf(' - ');
  return cut >= 0 && /^(insert|update|delete|select|with)\b/i.test(message)
    ? message.slice(cut + 3)
    : message;
};

const validationDetail = (error: errors.ValidationError): string => {
  const details = (error as { details?: { errors?: { path?: string[]; message?: string }[] } })
    .details;
  const first = details?.errors?.[0];
  return first?.path?.length ? ` (${first.path.join('.')})` : '';
};

/** What the report says about an article that could not be written, and what to do. */
export const describeFailure = (error: unknown): ImportError => {
  const reason = cause(error);
  if (isValidation(reason)) {
    const detail = `${reason.message}${validationDetail(reason)}`;
    return {
      message: `Strapi refused the article: ${detail}. Fix the source and import it again.`,
      line: null,
      code: 'INVALID_ARTICLE',
      params: { detail },
    };
  }
  if (isTransient(reason)) {
    const detail = shortMessage(reason);
    return {
      message: `The database stayed busy (${detail}), so nothing was written for this article. Run the import again: it is safe to re-run.`,
      line: null,
      code: 'DATABASE_BUSY',
      params: { detail },
    };
  }
  const detail = shortMessage(reason);
  return {
    message: `A database error stopped this article: ${detail}. Nothing was written for it; the source may be fine, so try again, and see the server log for details.`,
    line: null,
    code: 'WRITE_FAILED',
    params: { detail },
  };
};
