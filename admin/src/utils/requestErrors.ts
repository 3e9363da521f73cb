import type { RequestErrorCode } from '../../../shared/contracts';
import { isRecord } from '../../../shared/contracts';
import type { RequestFailure } from '../api/errors';

import { errorText } from './articleErrors';
import { formatBytes } from './format';
import type { Translate } from './useT';

type Params = Record<string, unknown>;

const num = (params: Params, key: string): number | null =>
  typeof params[key] === 'number' && Number.isFinite(params[key]) ? (params[key] as number) : null;

const str = (params: Params, key: string): string | null =>
  typeof params[key] === 'string' ? (params[key] as string) : null;

/** Each code's message in the user's language, or null when its params are not as expected. */
const MESSAGES: Record<RequestErrorCode, (t: Translate, p: Params) => string | null> = {
  IMPORT_TOO_LARGE: (t, p) => {
    const bytes = num(p, 'bytes');
    const limit = num(p, 'limit');
    return bytes === null || limit === null
      ? null
      : t(
          'requestError.IMPORT_TOO_LARGE',
          'The import is {size}, over the limit of {limit} (Maximum import size). Split it into smaller imports, or raise the limit in the Newsroom settings.',
          { size: formatBytes(bytes), limit: formatBytes(limit) }
        );
  },
  NOTHING_TO_IMPORT: (t, p) => {
    const count = num(p, 'count');
    const source = str(p, 'source');
    const english = str(p, 'message');
    if (count === null || source === null || english === null) return null;
    // The first problem in the user's language too, when the server sent its code and params.
    const message = errorText(
      { message: english, code: str(p, 'code') ?? undefined, params: p.params as never },
      t
    );
    const line = num(p, 'line');
    return line === null
      ? t(
          'requestError.NOTHING_TO_IMPORT',
          'None of the {count} articles can be imported, so nothing was imported. First problem: {source}: {message}',
          { count, source, message }
        )
      : t(
          'requestError.NOTHING_TO_IMPORT.line',
          'None of the {count} articles can be imported, so nothing was imported. First problem: {source}, line {line}: {message}',
          { count, source, line, message }
        );
  },
  TOO_MANY_FILES: (t, p) => {
    const count = num(p, 'count');
    const max = num(p, 'max');
    return count === null || max === null
      ? null
      : t('requestError.TOO_MANY_FILES', 'At most {max} files per import (this one has {count}).', {
          count,
          max,
        });
  },
  INVALID_BODY: (t) =>
    t(
      'requestError.INVALID_BODY',
      'The server did not receive the files in a form it reads. Reload the page and try again.'
    ),
  NO_FILES: (t) => t('requestError.NO_FILES', 'The import has no files. Add files or paste text.'),
  INVALID_FILE: (t, p) => invalidFile(t, p),
  INVALID_FILE_NAME: (t, p) => {
    const index = num(p, 'index');
    const max = num(p, 'max');
    return index === null || max === null
      ? null
      : t(
          'requestError.INVALID_FILE_NAME',
          'File {number} needs a name of 1 to {max} characters.',
          { number: index + 1, max }
        );
  },
  INVALID_FILE_CONTENT: (t, p) => invalidFile(t, p),
  INVALID_STATUS: (t) => t('requestError.INVALID_STATUS', 'The status must be Draft or Published.'),
  INVALID_ADOPT: (t) => t('requestError.INVALID_ADOPT', 'The request was malformed (adopt).'),
  UNKNOWN_LOCALE: (t, p) => {
    const locale = str(p, 'locale');
    const locales = str(p, 'locales');
    return locale === null || locales === null
      ? null
      : t(
          'requestError.UNKNOWN_LOCALE',
          'The locale “{locale}” is not one of this app’s locales ({locales}). Choose one of them, or add the locale in Settings → Internationalization.',
          { locale, locales }
        );
  },
  INVALID_OVERWRITE: (t, p) => {
    const max = num(p, 'max');
    return max === null
      ? null
      : t(
          'requestError.INVALID_OVERWRITE',
          'At most {max} edited articles can be overwritten in one import.',
          { max }
        );
  },
  INVALID_BATCH: (t) =>
    t('requestError.INVALID_BATCH', 'The request was malformed (import batch id).'),
  INVALID_REFUSED: (t, p) => {
    const max = num(p, 'max');
    return max === null
      ? null
      : t(
          'requestError.INVALID_REFUSED',
          'The list of files left out of the import is malformed (at most {max} files).',
          { max }
        );
  },
  REFUSED_WITHOUT_BATCH: (t) =>
    t(
      'requestError.REFUSED_WITHOUT_BATCH',
      'The request was malformed (files left out without an import batch id).'
    ),
  INVALID_UNSENT: (t, p) => {
    const max = num(p, 'max');
    return max === null
      ? null
      : t(
          'requestError.INVALID_UNSENT',
          'The list of files whose request failed is malformed (at most {max} files).',
          { max }
        );
  },
  UNSENT_WITHOUT_BATCH: (t) =>
    t(
      'requestError.UNSENT_WITHOUT_BATCH',
      'The request was malformed (files whose request failed, without an import batch id).'
    ),
  REPEATED_PARAMETER: (t, p) => {
    const key = str(p, 'key');
    return key === null
      ? null
      : t('requestError.REPEATED_PARAMETER', 'The filter “{key}” was given more than once.', {
          key,
        });
  },
  INVALID_NUMBER: (t, p) => {
    const key = str(p, 'key');
    const value = str(p, 'value');
    return key === null || value === null
      ? null
      : t('requestError.INVALID_NUMBER', '“{key}” must be a whole number from 1 (got “{value}”).', {
          key,
          value,
        });
  },
  INVALID_DATE: (t, p) => {
    const key = str(p, 'key');
    const value = str(p, 'value');
    return key === null || value === null
      ? null
      : t(
          'requestError.INVALID_DATE',
          '“{key}” must be a date such as 2026-11-29 (got “{value}”).',
          { key, value }
        );
  },
  INVALID_DATE_RANGE: (t, p) => {
    const from = str(p, 'from');
    const to = str(p, 'to');
    return from === null || to === null
      ? null
      : t(
          'requestError.INVALID_DATE_RANGE',
          'The end date must be after the start date (from {from}, to {to}).',
          { from: from.slice(0, 10), to: to.slice(0, 10) }
        );
  },
  INVALID_CHOICE: (t, p) => {
    const key = str(p, 'key');
    const value = str(p, 'value');
    const allowed = str(p, 'allowed');
    return key === null || value === null || allowed === null
      ? null
      : t('requestError.INVALID_CHOICE', '“{key}” must be one of {allowed} (got “{value}”).', {
          key,
          value,
          allowed,
        });
  },
};

function invalidFile(t: Translate, p: Params): string | null {
  const index = num(p, 'index');
  return index === null
    ? null
    : t('requestError.INVALID_FILE', 'File {number} could not be sent as text.', {
        number: index + 1,
      });
}

/**
 * A refusal of the import, preview or history routes in the user's language, from the code and
 * params the server sends in `details`; null for a code this admin does not know (the caller
 * then shows the server's English message).
 */
export const requestErrorMessage = (failure: RequestFailure, t: Translate): string | null => {
  const { details } = failure;
  if (!isRecord(details) || typeof details.code !== 'string') return null;
  if (!Object.prototype.hasOwnProperty.call(MESSAGES, details.code)) return null;
  const params = isRecord(details.params) ? details.params : {};
  return MESSAGES[details.code as RequestErrorCode](t, params);
};
