import { isRecord } from '../../../shared/contracts';

/** One of the app's i18n locales (Settings → Internationalization). */
export interface AppLocale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** Reads i18n's `GET /i18n/locales` answer: the locales with a code, in the order given. */
export const localesOf = (body: unknown): AppLocale[] =>
  (Array.isArray(body) ? body : [])
    .filter((row): row is Record<string, unknown> => isRecord(row) && typeof row.code === 'string')
    .map((row) => ({
      code: row.code as string,
      name: typeof row.name === 'string' && row.name !== '' ? row.name : (row.code as string),
      isDefault: row.isDefault === true,
    }));
