import type { Core } from '@strapi/strapi';

import { appLocales, matchLocale } from '../import/locale';
import { ExportOptionError } from './options';

/** Every locale (`locale=all`, or Strapi's own `*`): only where a read may mix them. */
export const ALL_LOCALES = '*';

/** Whether an asked locale means every locale (`all`, `*`). */
export const isAllLocales = (locale: string | undefined): boolean =>
  locale === 'all' || locale === ALL_LOCALES;

/**
 * The locale an export or a feed reads: the one asked for (checked against Strapi's i18n
 * locales: `EN` and `en-US` mean `en` when the app has `en`), else the app's default locale.
 * With `allowAll`, `all` (or `*`) reads every locale: the result is ALL_LOCALES then. An unknown
 * locale is refused with a message that names the app's locales.
 */
export const checkLocale = async (
  strapi: Core.Strapi,
  locale: string | undefined,
  option = 'locale',
  allowAll = false
): Promise<string> => {
  const { codes, defaultLocale } = await appLocales(strapi);
  if (locale === undefined || locale.trim() === '') return defaultLocale;
  if (allowAll && isAllLocales(locale)) return ALL_LOCALES;
  const found = matchLocale(locale, codes);
  if (found === null) {
    throw new ExportOptionError(
      option,
      `Unknown locale "${locale}": this app's locales are ${codes.join(', ')}` +
        `${allowAll ? ' (or "all" for every locale)' : ''}.`
    );
  }
  return found;
};
