import { createIntl } from 'react-intl';

import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { getTranslation } from '../getTranslation';
import type { Translate } from '../useT';

/**
 * `t` as the admin builds it, over a translation file. `strict` (the default): any formatting
 * error throws, a missing id too; otherwise a missing id shows the message's default text.
 */
export const translator = (
  locale: string,
  messages: Record<string, string>,
  { strict = true }: { strict?: boolean } = {}
): Translate => {
  const intl = createIntl({
    locale,
    messages: Object.fromEntries(
      Object.entries(messages).map(([key, value]) => [getTranslation(key), value])
    ),
    onError: (error) => {
      if (strict || error.code !== 'MISSING_TRANSLATION') throw error;
    },
  });
  return (id, defaultMessage, values) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);
};

export const tAz = translator('az', az);
export const tEn = translator('en', en);

/** `t` without the plugin's catalogue (a language it has no file for): every default text. */
export const defaultsOnly = (locale = 'en'): Translate => translator(locale, {}, { strict: false });
