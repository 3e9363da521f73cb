import type { RequestErrorCode, RequestErrorParams } from '../../../../shared/contracts';
import type { RequestFailure } from '../../api/errors';
import { requestErrorMessage } from '../requestErrors';

import { defaultsOnly, tAz, tEn } from './translators';

const tNone = defaultsOnly('fr');

const refusal = (details: unknown, message = 'The server’s English message'): RequestFailure => ({
  kind: 'http',
  status: 400,
  name: 'ValidationError',
  message,
  details,
});

/** One example of every code the server sends, with its params. */
const EXAMPLES: { [C in RequestErrorCode]: RequestErrorParams[C] } = {
  IMPORT_TOO_LARGE: { bytes: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 },
  NOTHING_TO_IMPORT: { count: 2, source: 'broken.md', line: 4, message: 'Bad YAML' },
  TOO_MANY_FILES: { count: 1001, max: 1000 },
  INVALID_BODY: {},
  NO_FILES: {},
  INVALID_FILE: { index: 2 },
  INVALID_FILE_NAME: { index: 0, max: 255 },
  INVALID_FILE_CONTENT: { index: 1 },
  INVALID_STATUS: { value: '"maybe"' },
  INVALID_ADOPT: { value: '"yes"' },
  UNKNOWN_LOCALE: { locale: 'xx', locales: 'en, az' },
  INVALID_OVERWRITE: { max: 1000 },
  INVALID_BATCH: { value: '"x"' },
  INVALID_REFUSED: { max: 1000 },
  REFUSED_WITHOUT_BATCH: {},
  INVALID_UNSENT: { max: 1000 },
  UNSENT_WITHOUT_BATCH: {},
  REPEATED_PARAMETER: { key: 'page' },
  INVALID_NUMBER: { key: 'page', value: '0' },
  INVALID_DATE: { key: 'from', value: '2026-02-30' },
  INVALID_DATE_RANGE: { from: '2026-11-29T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
  INVALID_CHOICE: { key: 'result', value: 'odd', allowed: 'ok, failed' },
};

describe('requestErrorMessage', () => {
  it.each(Object.entries(EXAMPLES))(
    '%s is said in Azerbaijani and in English, with its values',
    (code, params) => {
      const inAz = requestErrorMessage(refusal({ code, params }), tAz);
      const inEn = requestErrorMessage(refusal({ code, params }), tEn);
      expect(inAz).not.toBeNull();
      expect(inEn).not.toBeNull();
      expect(inAz).not.toBe(inEn);
      expect(inAz).not.toMatch(/[{}]/);
    }
  );

  it('puts sizes in MB and files counted from 1', () => {
    expect(
      requestErrorMessage(
        refusal({ code: 'IMPORT_TOO_LARGE', params: EXAMPLES.IMPORT_TOO_LARGE }),
        tAz
      )
    ).toBe(
      'İdxalın həcmi 3 MB-dır, bu isə 2 MB limitindən çoxdur (Maksimum idxal həcmi). Onu daha kiçik idxallara bölün və ya Newsroom ayarlarında limiti artırın.'
    );
    expect(requestErrorMessage(refusal({ code: 'INVALID_FILE', params: { index: 2 } }), tEn)).toBe(
      'File 3 could not be sent as text.'
    );
  });

  it('names the first invalid file and its line, or no line when there is none', () => {
    const params = EXAMPLES.NOTHING_TO_IMPORT;
    expect(requestErrorMessage(refusal({ code: 'NOTHING_TO_IMPORT', params }), tEn)).toBe(
      'None of the 2 articles can be imported, so nothing was imported. First problem: broken.md, line 4: Bad YAML'
    );
    expect(
      requestErrorMessage(
        refusal({ code: 'NOTHING_TO_IMPORT', params: { ...params, line: null } }),
        tAz
      )
    ).toBe(
      '2 məqalədən heç biri idxal edilə bilmir, ona görə heç nə idxal edilmədi. İlk problem: broken.md: Bad YAML'
    );
  });

  it('says the first problem in the user’s language when the server sent its code and params', () => {
    const params = {
      ...EXAMPLES.NOTHING_TO_IMPORT,
      source: 'untitled.md',
      line: null,
      message: 'The article has no title: add "title: …" to the front matter.',
      code: 'NO_TITLE',
      params: { format: 'markdown' },
    };
    expect(requestErrorMessage(refusal({ code: 'NOTHING_TO_IMPORT', params }), tAz)).toBe(
      '2 məqalədən heç biri idxal edilə bilmir, ona görə heç nə idxal edilmədi. İlk problem: untitled.md: ' +
        'Məqalənin başlığı yoxdur: front matter-ə “title: …” əlavə edin və ya mətni “# Başlıq” sətri ilə başlayın.'
    );
    expect(requestErrorMessage(refusal({ code: 'NOTHING_TO_IMPORT', params }), tEn)).toBe(
      'None of the 2 articles can be imported, so nothing was imported. First problem: untitled.md: ' +
        'The article has no title: add "title: …" to the front matter, or start the text with a "# Title" line.'
    );
    // A code the admin does not know, or params not as expected: the server's English sentence.
    for (const first of [
      { code: 'SOMETHING_NEW', params: {} },
      { code: 'NO_TITLE', params: { format: 3 } },
      { code: 'NO_TITLE', params: 'markdown' },
    ]) {
      expect(
        requestErrorMessage(
          refusal({ code: 'NOTHING_TO_IMPORT', params: { ...params, ...first } }),
          tEn
        )
      ).toBe(
        'None of the 2 articles can be imported, so nothing was imported. First problem: untitled.md: ' +
          'The article has no title: add "title: …" to the front matter.'
      );
    }
  });

  it('a code it does not know, or params not as expected, leave the server’s message (null)', () => {
    expect(requestErrorMessage(refusal({ code: 'SOMETHING_NEW', params: {} }), tAz)).toBeNull();
    expect(requestErrorMessage(refusal({ code: 'toString' }), tAz)).toBeNull();
    expect(
      requestErrorMessage(refusal({ code: 'TOO_MANY_FILES', params: { max: '1000' } }), tAz)
    ).toBeNull();
    expect(requestErrorMessage(refusal({ key: 'status' }), tAz)).toBeNull();
    expect(requestErrorMessage(refusal(undefined), tAz)).toBeNull();
  });
});

describe('requestErrorMessage, word for word', () => {
  /** Each example's message in English. */
  const ENGLISH: { [C in RequestErrorCode]: string } = {
    IMPORT_TOO_LARGE:
      'The import is 3 MB, over the limit of 2 MB (Maximum import size). Split it into smaller imports, or raise the limit in the Newsroom settings.',
    NOTHING_TO_IMPORT:
      'None of the 2 articles can be imported, so nothing was imported. First problem: broken.md, line 4: Bad YAML',
    TOO_MANY_FILES: 'At most 1000 files per import (this one has 1001).',
    INVALID_BODY:
      'The server did not receive the files in a form it reads. Reload the page and try again.',
    NO_FILES: 'The import has no files. Add files or paste text.',
    INVALID_FILE: 'File 3 could not be sent as text.',
    INVALID_FILE_NAME: 'File 1 needs a name of 1 to 255 characters.',
    INVALID_FILE_CONTENT: 'File 2 could not be sent as text.',
    INVALID_STATUS: 'The status must be Draft or Published.',
    INVALID_ADOPT: 'The request was malformed (adopt).',
    UNKNOWN_LOCALE:
      'The locale “xx” is not one of this app’s locales (en, az). Choose one of them, or add the locale in Settings → Internationalization.',
    INVALID_OVERWRITE: 'At most 1000 edited articles can be overwritten in one import.',
    INVALID_BATCH: 'The request was malformed (import batch id).',
    INVALID_REFUSED: 'The list of files left out of the import is malformed (at most 1000 files).',
    REFUSED_WITHOUT_BATCH: 'The request was malformed (files left out without an import batch id).',
    INVALID_UNSENT: 'The list of files whose request failed is malformed (at most 1000 files).',
    UNSENT_WITHOUT_BATCH:
      'The request was malformed (files whose request failed, without an import batch id).',
    REPEATED_PARAMETER: 'The filter “page” was given more than once.',
    INVALID_NUMBER: '“page” must be a whole number from 1 (got “0”).',
    INVALID_DATE: '“from” must be a date such as 2026-11-29 (got “2026-02-30”).',
    INVALID_DATE_RANGE:
      'The end date must be after the start date (from 2026-11-29, to 2026-11-01).',
    INVALID_CHOICE: '“result” must be one of ok, failed (got “odd”).',
  };

  it.each(Object.entries(ENGLISH))('%s in English', (code, text) => {
    const params = EXAMPLES[code as RequestErrorCode];
    expect(requestErrorMessage(refusal({ code, params }), tEn)).toBe(text);
  });

  it.each(Object.entries(ENGLISH))(
    '%s without the plugin’s translations: its default message, the English one',
    (code, text) => {
      const params = EXAMPLES[code as RequestErrorCode];
      expect(requestErrorMessage(refusal({ code, params }), tNone)).toBe(text);
    }
  );

  it('the line-less message has its default too', () => {
    expect(
      requestErrorMessage(
        refusal({
          code: 'NOTHING_TO_IMPORT',
          params: { ...EXAMPLES.NOTHING_TO_IMPORT, line: undefined },
        }),
        tNone
      )
    ).toBe(
      'None of the 2 articles can be imported, so nothing was imported. First problem: broken.md: Bad YAML'
    );
  });

  it('a line that is not a number is left out', () => {
    expect(
      requestErrorMessage(
        refusal({
          code: 'NOTHING_TO_IMPORT',
          params: { ...EXAMPLES.NOTHING_TO_IMPORT, line: '4' },
        }),
        tEn
      )
    ).toBe(
      'None of the 2 articles can be imported, so nothing was imported. First problem: broken.md: Bad YAML'
    );
  });

  it('codes without params need none', () => {
    expect(requestErrorMessage(refusal({ code: 'NO_FILES' }), tEn)).toBe(ENGLISH.NO_FILES);
    expect(requestErrorMessage(refusal({ code: 'INVALID_STATUS', params: 'x' }), tEn)).toBe(
      ENGLISH.INVALID_STATUS
    );
  });
});

describe('requestErrorMessage, params not as expected (null: the server’s message is shown)', () => {
  /** The params each message needs; the others are optional or not shown. */
  const REQUIRED: { [C in RequestErrorCode]: (keyof RequestErrorParams[C])[] } = {
    IMPORT_TOO_LARGE: ['bytes', 'limit'],
    NOTHING_TO_IMPORT: ['count', 'source', 'message'],
    TOO_MANY_FILES: ['count', 'max'],
    INVALID_BODY: [],
    NO_FILES: [],
    INVALID_FILE: ['index'],
    INVALID_FILE_NAME: ['index', 'max'],
    INVALID_FILE_CONTENT: ['index'],
    INVALID_STATUS: [],
    INVALID_ADOPT: [],
    UNKNOWN_LOCALE: ['locale', 'locales'],
    INVALID_OVERWRITE: ['max'],
    INVALID_BATCH: [],
    INVALID_REFUSED: ['max'],
    REFUSED_WITHOUT_BATCH: [],
    INVALID_UNSENT: ['max'],
    UNSENT_WITHOUT_BATCH: [],
    REPEATED_PARAMETER: ['key'],
    INVALID_NUMBER: ['key', 'value'],
    INVALID_DATE: ['key', 'value'],
    INVALID_DATE_RANGE: ['from', 'to'],
    INVALID_CHOICE: ['key', 'value', 'allowed'],
  };
  const cases = Object.entries(REQUIRED).flatMap(([code, keys]) =>
    keys.map((key) => [code, String(key)] as const)
  );

  it.each(cases)('%s without %s', (code, key) => {
    const params: Record<string, unknown> = { ...EXAMPLES[code as RequestErrorCode] };
    delete params[key];
    expect(requestErrorMessage(refusal({ code, params }), tEn)).toBeNull();
  });

  it.each(cases)('%s with %s of the wrong type', (code, key) => {
    const example: Record<string, unknown> = EXAMPLES[code as RequestErrorCode];
    const wrong = typeof example[key] === 'number' ? String(example[key]) : 7;
    const params = { ...example, [key]: wrong };
    expect(requestErrorMessage(refusal({ code, params }), tEn)).toBeNull();
  });

  it('numbers that are not finite', () => {
    for (const bytes of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        requestErrorMessage(
          refusal({ code: 'IMPORT_TOO_LARGE', params: { ...EXAMPLES.IMPORT_TOO_LARGE, bytes } }),
          tEn
        )
      ).toBeNull();
    }
  });

  it('a code that is not a string, even one that reads as a known code', () => {
    expect(requestErrorMessage(refusal({ code: ['NO_FILES'] }), tEn)).toBeNull();
    expect(requestErrorMessage(refusal('NO_FILES'), tEn)).toBeNull();
  });
});
