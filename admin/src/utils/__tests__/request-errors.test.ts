import { createIntl } from 'react-intl';

import type { RequestErrorCode, RequestErrorParams } from '../../../../shared/contracts';
import type { RequestFailure } from '../../api/errors';
import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { getTranslation } from '../getTranslation';
import { requestErrorMessage } from '../requestErrors';
import type { Translate } from '../useT';

/** `t` as the admin builds it, over a translation file (an unknown id throws). */
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
  INVALID_OVERWRITE: { max: 1000 },
  INVALID_BATCH: { value: '"x"' },
  INVALID_REFUSED: { max: 1000 },
  REFUSED_WITHOUT_BATCH: {},
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
