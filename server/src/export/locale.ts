import type { Core } from '@strapi/strapi';

import { ExportOptionError } from './options';

interface LocalesService {
  find: () => Promise<{ code: string }[]>;
  getDefaultLocale: () => Promise<string>;
}

/**
 * Articles are not localized yet: every article is in the app's default locale. A `locale` is
 * checked against Strapi's i18n locales, and any but the default one is refused with a message
 * that says so, rather than answering with an empty or mislabelled export or feed.
 * Returns the locale to label output with (the default locale when none was asked for).
 */
export const checkLocale = async (
  strapi: Core.Strapi,
  locale: string | undefined,
  option = 'locale'
): Promise<string> => {
  const i18n = strapi.plugin('i18n');
  const service = i18n ? (i18n.service('locales') as unknown as LocalesService) : undefined;
  const fallback = 'en';
  const defaultLocale = service ? await service.getDefaultLocale() : fallback;
  if (locale === undefined) return defaultLocale ?? fallback;
  const codes = service ? (await service.find()).map((row) => row.code) : [defaultLocale];
  if (!codes.includes(locale)) {
    throw new ExportOptionError(
      option,
      `Unknown locale "${locale}": this app's locales are ${codes.join(', ')}.`
    );
  }
  if (locale !== defaultLocale) {
    throw new ExportOptionError(
      option,
      `Articles are not localized yet: all of them are in the default locale "${defaultLocale}". ` +
        `Use ${option} ${defaultLocale}, or leave it out.`
    );
  }
  return locale;
};
