import {
  ARTICLE_ERROR_CODES,
  type ArticleErrorCode,
  type ArticleErrorParams,
} from '../../../../shared/contracts';
import { errorText } from '../articleErrors';
import type { Translate } from '../useT';

import { defaultsOnly, tAz, tEn } from './translators';

const tDefault = defaultsOnly();

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
  UNKNOWN_LOCALE: { locale: 'xx', locales: 'en, az' },
  TRANSLATION_TAKEN: {
    locale: 'ru',
    documentId: 'k3x9vote',
    slug: 'parlament-golosuet',
    heldBy: 'HAND_MADE',
  },
  INVALID_ARTICLE: { detail: 'title must be unique' },
  DATABASE_BUSY: { detail: 'SQLITE_BUSY' },
  WRITE_FAILED: { detail: 'value too long' },
  INTERNAL: { detail: 'boom' },
  INVALID_FIELD: { detail: '"tags" must be a list of strings.' },
  INVALID_FRONT_MATTER: { detail: 'The front matter is not valid YAML at line 3.' },
  INVALID_CHARACTER: { detail: '"title" contains a NUL character: remove it.' },
  TOO_DEEP: { detail: '"sourceMeta" is nested too deep: flatten it.' },
};

const SERVER_TEXT = 'the English text the server sent';
/** Params whose values are keywords, said in words. */
const KEYWORDS = new Set(['reason', 'format', 'kind', 'heldBy']);

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

  it("puts a lead in the user's language before the parser's sentence for a field's problem", () => {
    const error = {
      message: '"tags" must be a list of strings.',
      code: 'INVALID_FIELD',
      params: { detail: '"tags" must be a list of strings.' },
    };
    expect(errorText(error, tAz)).toBe(
      'Məqalənin sahələrindən biri yanlışdır (təfərrüat ingiliscə): "tags" must be a list of strings.'
    );
    expect(errorText(error, tEn)).toBe(
      'A field of the article is not valid: "tags" must be a list of strings.'
    );
  });

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

describe('errorText: defaults and params', () => {
  const text = (code: unknown, params: unknown, t: Translate = tEn) =>
    errorText({ message: SERVER_TEXT, code: code as ArticleErrorCode, params: params as never }, t);

  it.each(ARTICLE_ERROR_CODES)(
    '%s: without a catalogue entry, the English text of en.json',
    (code) => {
      expect(text(code, SAMPLES[code], tDefault)).toBe(text(code, SAMPLES[code], tEn));
    }
  );

  /** Each code's required params, one at a time missing or of the wrong kind. */
  const spoilt = (code: ArticleErrorCode): [string, unknown][] =>
    Object.entries(SAMPLES[code])
      // The position of a NUL is optional (see below).
      .filter(([name]) => !(code === 'NOT_TEXT' && name === 'position'))
      .flatMap(([name, value]): [string, unknown][] =>
        typeof value === 'number'
          ? [
              [name, undefined],
              [name, String(value)],
              [name, Infinity],
              [name, Number.NaN],
            ]
          : [
              [name, undefined],
              [name, 7],
            ]
      );
  const withParams = ARTICLE_ERROR_CODES.filter((code) => spoilt(code).length > 0);

  it.each(withParams)(
    "%s: the server's text when a param is missing or not as expected",
    (code) => {
      for (const [name, value] of spoilt(code)) {
        const params: Record<string, unknown> = { ...SAMPLES[code], [name]: value };
        if (value === undefined) delete params[name];
        expect([name, text(code, params)]).toEqual([name, SERVER_TEXT]);
      }
    }
  );

  it("a NUL's position that is not a finite number is said as 0", () => {
    const nul = (position: unknown) => text('NOT_TEXT', { reason: 'NUL_BYTE', position });
    expect(nul(6)).toBe(
      'The file contains a NUL byte at byte 6, so it looks binary: import a .txt, .md or .json file saved as UTF-8 text.'
    );
    for (const position of [undefined, null, '6', Infinity]) {
      expect(nul(position)).toContain('a NUL byte at byte 0,');
    }
  });

  it("a code that is not a string is not read as one (an array's text is its item)", () => {
    expect(text(['INTERNAL'], { detail: 'boom' })).toBe(SERVER_TEXT);
  });
});
