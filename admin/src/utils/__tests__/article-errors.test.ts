import { createIntl } from 'react-intl';

import {
  ARTICLE_ERROR_CODES,
  type ArticleErrorCode,
  type ArticleErrorParams,
} from '../../../../shared/contracts';
import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { errorText } from '../articleErrors';
import { getTranslation } from '../getTranslation';
import type { Translate } from '../useT';

const translator = (locale: string, messages: Record<string, string>): Translate => {
  const intl = createIntl({
    locale,
    messages: Object.fromEntries(
      Object.entries(messages).map(([key, value]) => [getTranslation(key), value])
    ),
    onError: (error) => {
      throw error;
    },
  });
  return (id, defaultMessage, values) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);
};

const tAz = translator('az', az);
const tEn = translator('en', en);

/** Values for every code (the compiler holds this table to the contract). */
const SAMPLES: { [C in ArticleErrorCode]: ArticleErrorParams[C] } = {
  EMPTY_INPUT: {},
  NOT_TEXT: { reason: 'NUL_BYTE', position: 6 },
  TOO_LARGE: { bytes: 3 * 1024 * 1024, limit: 1024 * 1024 },
  NO_TITLE: { format: 'markdown' },
  NO_BODY: { title: 'Oil prices fall', format: 'json' },
  TITLE_TOO_LONG: { length: 329, max: 255 },
  INVALID_JSON: { line: 4, column: 1, detail: 'Unexpected token }' },
  DUPLICATE_SOURCE: { other: 'wire.json#1', kind: 'id', key: 'wire-7' },
  INVALID_ARTICLE: { detail: 'title must be unique' },
  DATABASE_BUSY: { detail: 'SQLITE_BUSY' },
  WRITE_FAILED: { detail: 'value too long' },
  INTERNAL: { detail: 'boom' },
};

const SERVER_TEXT = 'the English text the server sent';
/** Params whose values are keywords, said in words. */
const KEYWORDS = new Set(['reason', 'format', 'kind']);

describe('errorText', () => {
  it.each(ARTICLE_ERROR_CODES)(
    '%s: in Azerbaijani and in English, every value filled in',
    (code) => {
      const error = { message: SERVER_TEXT, line: null, code, params: SAMPLES[code] };
      const inAz = errorText(error, tAz);
      const inEn = errorText(error, tEn);
      for (const text of [inAz, inEn]) {
        expect(text).not.toBe(SERVER_TEXT);
        expect(text).not.toMatch(/{\w+}|{\w+, (?:select|plural)/);
        for (const [name, value] of Object.entries(SAMPLES[code])) {
          if (typeof value === 'string' && !KEYWORDS.has(name)) expect(text).toContain(value);
        }
      }
      expect(inAz).not.toBe(inEn);
    }
  );

  it('says the values in words: the format’s hint, the size, the reason', () => {
    const text = (code: ArticleErrorCode, params: unknown, t: Translate) =>
      errorText({ message: SERVER_TEXT, code, params: params as never }, t);
    expect(text('NO_TITLE', { format: 'text' }, tAz)).toBe(
      'Məqalənin başlığı yoxdur: faylın əvvəlinə başlıq sətri əlavə edin (varsa, “Home / …” naviqasiya zəncirindən sonra).'
    );
    expect(text('NO_TITLE', { format: 'markdown' }, tEn)).toBe(
      'The article has no title: add "title: …" to the front matter, or start the text with a "# Title" line.'
    );
    expect(text('TOO_LARGE', SAMPLES.TOO_LARGE, tEn)).toContain('3 MB, over the limit of 1 MB');
    expect(text('NOT_TEXT', { reason: 'UTF16', position: null }, tAz)).toMatch(
      /^Fayl UTF-8 deyil, UTF-16 mətnidir:/
    );
    expect(text('NOT_TEXT', SAMPLES.NOT_TEXT, tAz)).toContain('6 nömrəli baytda');
  });

  it("the server's text for an error without params, an unknown code or params not as expected", () => {
    const error = (code: string | undefined, params?: unknown) =>
      errorText({ message: 'As sent', code, params: params as never }, tAz);
    expect(error('INVALID_FIELD')).toBe('As sent');
    expect(error(undefined, {})).toBe('As sent');
    expect(error('NO_TITLE')).toBe('As sent');
    expect(error('NO_TITLE', { format: 7 })).toBe('As sent');
    expect(error('WRITE_FAILED', { detail: null })).toBe('As sent');
    expect(error('FROM_A_NEWER_SERVER', {})).toBe('As sent');
    expect(error('constructor', {})).toBe('As sent');
  });
});
