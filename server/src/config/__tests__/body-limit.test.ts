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
