import { checkSettings, settingsLimits } from '../settings-check';
import { jsonBodyLimit, parseByteSize, sizeText } from '../body-limit';

const MB = 1024 * 1024;

describe('the body parser limit', () => {
  it('reads sizes as koa-body does (powers of 1024)', () => {
    expect(parseByteSize('16mb')).toBe(16 * MB);
    expect(parseByteSize('512 KB')).toBe(512 * 1024);
    expect(parseByteSize('1.5gb')).toBe(1.5 * 1024 * MB);
    expect(parseByteSize(2048)).toBe(2048);
    expect(parseByteSize('lots')).toBeNull();
    expect(parseByteSize(undefined)).toBeNull();
  });

  it('finds strapi::body jsonLimit in config/middlewares, else koa-body’s 1 MB', () => {
    const middlewares = ['strapi::errors', { name: 'strapi::body', config: { jsonLimit: '16mb' } }];
    expect(jsonBodyLimit(middlewares)).toEqual({ bytes: 16 * MB, text: '16mb', configured: true });
    expect(jsonBodyLimit(['strapi::body'])).toEqual({ bytes: MB, text: '1mb', configured: false });
    expect(jsonBodyLimit(undefined).bytes).toBe(MB);
  });

  it('says sizes in the units the Settings page shows', () => {
    expect(sizeText(16 * MB)).toBe('16 MB');
    expect(sizeText(500 * MB)).toBe('500 MB');
    expect(sizeText(1024)).toBe('1 KB');
  });
});

describe('checkSettings', () => {
  const limits = settingsLimits([{ name: 'strapi::body', config: { jsonLimit: '16mb' } }]);
  const valid = {
    defaultStatus: 'draft' as const,
    wordsPerMinute: 200,
    maxImportBytes: 5 * MB,
    publicRead: false,
  };
  const refusal = (values: object) => {
    try {
      checkSettings({ ...valid, ...values }, limits);
    } catch (error) {
      return error as { message: string; details: { key: string; code: string } };
    }
    throw new Error('accepted');
  };

  it('accepts values within the bounds; the body limit bounds maxImportBytes', () => {
    expect(() => checkSettings(valid, limits)).not.toThrow();
    expect(() => checkSettings({ ...valid, maxImportBytes: 16 * MB }, limits)).not.toThrow();
    expect(limits.maxImportBytes).toMatchObject({ min: 1024, max: 16 * MB, bodyLimit: '16mb' });
  });

  it('refuses 500 MB above a 16 MB body limit, in MB, saying how to raise it', () => {
    const error = refusal({ maxImportBytes: 500 * MB });
    expect(error.details).toMatchObject({ key: 'maxImportBytes', code: 'OVER_BODY_LIMIT' });
    expect(error.message).toBe(
      'Maximum import size can be at most 16 MB on this server (got 500 MB): its body parser accepts requests up to that size (strapi::body jsonLimit "16mb"). To allow more, raise jsonLimit (and formLimit, textLimit) of strapi::body in the app\'s config/middlewares and restart Strapi.'
    );
    expect(error.message).not.toContain('maxImportBytes');
  });

  it('names the fields by their labels', () => {
    expect(refusal({ wordsPerMinute: 0 }).message).toBe(
      'Words per minute must be a whole number from 1 to 10000 (got 0).'
    );
    expect(refusal({ maxImportBytes: 10 }).message).toBe(
      'Maximum import size must be between 1 KB and 16 MB (got 0 KB).'
    );
    expect(refusal({ defaultStatus: 'live' }).details.code).toBe('INVALID_STATUS');
  });
});

describe('parseByteSize: the whole value, or nothing', () => {
  it.each([
    [0, 0],
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['16', 16],
    [' 16 mb ', 16 * MB],
    ['1.25kb', 1280],
    ['1.5', 1],
    ['16mbx', null],
    ['x16mb', null],
    ['16 mb!', null],
    ['1.', null],
    [null, null],
  ])('%j → %j', (value, bytes) => {
    expect(parseByteSize(value)).toBe(bytes);
  });
});

describe('jsonBodyLimit: only a strapi::body entry with a jsonLimit counts', () => {
  it.each([
    ['no middlewares list', { name: 'strapi::body', config: { jsonLimit: '16mb' } }],
    ['a null entry', [null, 'strapi::body']],
    ['an entry of another name', [{ name: 'strapi::cors', config: { jsonLimit: '16mb' } }]],
    ['a body entry without config', [{ name: 'strapi::body' }]],
    ['an unreadable jsonLimit', [{ name: 'strapi::body', config: { jsonLimit: 'lots' } }]],
  ])('%s: the default 1 MB', (_case, middlewares) => {
    expect(jsonBodyLimit(middlewares)).toEqual({ bytes: MB, text: '1mb', configured: false });
  });

  it('finds the body entry after others', () => {
    expect(
      jsonBodyLimit([null, 'strapi::errors', { name: 'strapi::body', config: { jsonLimit: 2048 } }])
    ).toEqual({ bytes: 2048, text: '2048', configured: true });
  });

  it('says 1 MB, not 1024 KB', () => {
    expect(sizeText(MB)).toBe('1 MB');
    expect(sizeText(MB - 1024)).toBe('1023 KB');
  });
});

describe('checkSettings: each bound, and what the refusal carries', () => {
  const limits = settingsLimits([{ name: 'strapi::body', config: { jsonLimit: '1gb' } }]);
  const valid = {
    defaultStatus: 'published' as const,
    wordsPerMinute: 200,
    maxImportBytes: 5 * MB,
    publicRead: true,
  };
  const refusal = (values: object) => {
    try {
      checkSettings({ ...valid, ...values } as typeof valid, limits);
    } catch (error) {
      const { message, details } = error as { message: string; details: object };
      return { message, details };
    }
    return 'accepted';
  };

  it.each([
    [{ wordsPerMinute: 1 }],
    [{ wordsPerMinute: 10_000 }],
    [{ maxImportBytes: 1024 }],
    [{ maxImportBytes: 512 * MB }],
    [{ defaultStatus: 'draft' }],
    [{ publicRead: false }],
  ])('accepts %j', (values) => {
    expect(refusal(values)).toBe('accepted');
  });

  it.each([[{ wordsPerMinute: 0 }], [{ wordsPerMinute: 10_001 }], [{ wordsPerMinute: 1.5 }]])(
    'refuses %j as words per minute',
    (values) => {
      expect(refusal(values)).toEqual({
        message: expect.stringMatching(/^Words per minute must be a whole number from 1 to 10000/),
        details: {
          key: 'wordsPerMinute',
          code: 'INVALID_WORDS_PER_MINUTE',
          params: { min: 1, max: 10_000 },
        },
      });
    }
  );

  it('refuses a number written as text, saying what it got', () => {
    expect(refusal({ wordsPerMinute: '200' })).toMatchObject({
      message: 'Words per minute must be a whole number from 1 to 10000 (got "200").',
    });
    expect(refusal({ maxImportBytes: '5' })).toMatchObject({
      message: 'Maximum import size must be between 1 KB and 512 MB.',
    });
  });

  it.each([
    [{ maxImportBytes: 1023 }],
    [{ maxImportBytes: 512 * MB + 1 }],
    [{ maxImportBytes: 1536.5 }],
  ])('refuses %j as a size out of range', (values) => {
    expect(refusal(values)).toEqual({
      message: expect.stringMatching(/^Maximum import size must be between 1 KB and 512 MB \(got /),
      details: {
        key: 'maxImportBytes',
        code: 'INVALID_MAX_IMPORT_BYTES',
        params: { min: 1024, max: 512 * MB },
      },
    });
  });

  it('refuses a size over the body limit with the limit, the value and the setting', () => {
    const small = settingsLimits([{ name: 'strapi::body', config: { jsonLimit: '2mb' } }]);
    let details: unknown;
    try {
      checkSettings({ ...valid, maxImportBytes: 3 * MB }, small);
    } catch (error) {
      details = (error as { details: unknown }).details;
    }
    expect(details).toEqual({
      key: 'maxImportBytes',
      code: 'OVER_BODY_LIMIT',
      params: { max: 2 * MB, value: 3 * MB, bodyLimit: '2mb' },
    });
    const unset = settingsLimits(undefined);
    expect(() => checkSettings({ ...valid, maxImportBytes: 2 * MB }, unset)).toThrow(
      /jsonLimit "1mb", the default\)/
    );
  });

  it('refuses a status other than Draft or Published, and public read other than on/off', () => {
    expect(refusal({ defaultStatus: 'live' })).toEqual({
      message: 'Default status must be Draft or Published.',
      details: { key: 'defaultStatus', code: 'INVALID_STATUS' },
    });
    expect(refusal({ publicRead: 'yes' })).toEqual({
      message: 'Public read access must be on or off.',
      details: { key: 'publicRead', code: 'INVALID_PUBLIC_READ' },
    });
  });
});
