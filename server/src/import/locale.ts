import type { Core } from '@strapi/strapi';

import type { SourceMeta } from '../parsing/types';

/**
 * The locales an import may write: the app's i18n locales (Settings → Internationalization),
 * the default one, and the fallback for articles that do not name theirs (`--locale`, the
 * admin's locale picker; else the default locale).
 */
export interface ImportLocales {
  codes: readonly string[];
  defaultLocale: string;
  fallback: string;
}

interface LocalesService {
  find: () => Promise<{ code: string }[]>;
  getDefaultLocale: () => Promise<string | null | undefined>;
}

/** The app's locale codes and its default locale, from Strapi's i18n plugin. */
export const appLocales = async (
  strapi: Core.Strapi
): Promise<{ codes: string[]; defaultLocale: string }> => {
  const i18n = strapi.plugin('i18n');
  const service = i18n ? (i18n.service('locales') as unknown as LocalesService) : undefined;
  const defaultLocale = (service ? await service.getDefaultLocale() : null) || 'en';
  const codes = service ? (await service.find()).map((row) => row.code) : [];
  return {
    codes: codes.includes(defaultLocale) ? codes : [defaultLocale, ...codes],
    defaultLocale,
  };
};

/**
 * The app's locale a stated language means: the same code in any case (`EN` → `en`,
 * `pt-br` → `pt-BR`), else its primary language when the app has that (`en-US` → `en`,
 * `az-Latn` → `az`). Null when the app has no such locale.
 */
export const matchLocale = (value: string, codes: readonly string[]): string | null => {
  const wanted = value.trim().replace(/_/g, '-').toLowerCase();
  if (wanted === '') return null;
  const exact = codes.find((code) => code.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const primary = wanted.split('-')[0];
  return codes.find((code) => code.toLowerCase() === primary) ?? null;
};

export type LocaleResult =
  | { ok: true; locale: string }
  | { ok: false; message: string; params: { locale: string; locales: string } };

/**
 * An article's locale: what the source says (front matter / JSON `locale`, an HTML page's
 * `lang`), else the import's fallback. A stated locale the app does not have is an error on
 * that article, which names the app's locales.
 */
export const articleLocale = (meta: SourceMeta, locales: ImportLocales): LocaleResult => {
  const stated = typeof meta.locale === 'string' ? meta.locale.trim() : '';
  if (stated === '') return { ok: true, locale: locales.fallback };
  const locale = matchLocale(stated, locales.codes);
  if (locale !== null) return { ok: true, locale };
  const list = locales.codes.join(', ');
  return {
    ok: false,
    message:
      `The locale "${stated}" is not one of this app's locales (${list}). ` +
      `Add it in Settings → Internationalization, or change the article's locale to one of these.`,
    params: { locale: stated, locales: list },
  };
};

/**
 * The import's fallback locale (`--locale`, the admin's picker) checked against the app's
 * locales; throws a message naming them when it is not one.
 */
export const importLocales = async (
  strapi: Core.Strapi,
  requested: string | undefined
): Promise<ImportLocales> => {
  const { codes, defaultLocale } = await appLocales(strapi);
  if (requested === undefined || requested.trim() === '') {
    return { codes, defaultLocale, fallback: defaultLocale };
  }
  const fallback = matchLocale(requested, codes);
  if (fallback === null) {
    throw new UnknownLocaleError(requested, codes);
  }
  return { codes, defaultLocale, fallback };
};

export class UnknownLocaleError extends Error {
  constructor(
    readonly locale: string,
    readonly codes: readonly string[]
  ) {
    super(
      `Unknown locale "${locale}": this app's locales are ${codes.join(', ')}. ` +
        'Choose one of them, or add the locale in Settings → Internationalization.'
    );
    this.name = 'UnknownLocaleError';
  }
}
