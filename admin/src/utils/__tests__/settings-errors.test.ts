import type { SettingsLimits } from '../../../../shared/contracts';
import { settingsChanged, settingsErrors } from '../settingsErrors';

const MB = 1024 * 1024;
const t = (_id: string, message: string, values: Record<string, unknown> = {}) =>
  message.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name]));
const limits: SettingsLimits = {
  maxImportBytes: {
    min: 1024,
    max: 16 * MB,
    bodyLimitBytes: 16 * MB,
    bodyLimit: '16mb',
    bodyLimitConfigured: true,
  },
  wordsPerMinute: { min: 1, max: 10000 },
};
const values = {
  defaultStatus: 'draft' as const,
  wordsPerMinute: 200,
  maxImportBytes: 5 * MB,
  publicRead: false,
};

describe('settingsErrors', () => {
  it('has nothing to say about valid values', () => {
    expect(settingsErrors(values, limits, t)).toEqual({});
  });

  it('says what is wrong with the labels and in MB', () => {
    expect(settingsErrors({ ...values, wordsPerMinute: 0 }, limits, t)).toEqual({
      wordsPerMinute: 'Words per minute must be a whole number from 1 to 10000.',
    });
    expect(settingsErrors({ ...values, maxImportBytes: 500 * MB }, limits, t).maxImportBytes).toBe(
      'Maximum import size can be at most 16 MB on this server: its body parser accepts requests up to that size (strapi::body jsonLimit "16mb"). To allow more, raise jsonLimit in the app’s config/middlewares and restart Strapi.'
    );
    expect(settingsErrors({ ...values, maxImportBytes: 0 }, limits, t).maxImportBytes).toBe(
      'Maximum import size must be between 1 KB and 16 MB.'
    );
  });
});

describe('settingsErrors: each bound', () => {
  // The messages' ids as well as their text: the translations are looked up by id.
  const ids = (changed: object) => {
    const seen: string[] = [];
    settingsErrors({ ...values, ...changed }, limits, (id, message) => {
      seen.push(id);
      return message;
    });
    return seen;
  };

  it.each([
    [{ wordsPerMinute: 1 }],
    [{ wordsPerMinute: 10_000 }],
    [{ maxImportBytes: 1024 }],
    [{ maxImportBytes: 16 * MB }],
  ])('accepts %j', (changed) => {
    expect(settingsErrors({ ...values, ...changed }, limits, t)).toEqual({});
  });

  it.each([[{ wordsPerMinute: 10_001 }], [{ wordsPerMinute: 2.5 }]])(
    'refuses %j as words per minute',
    (changed) => {
      expect(ids(changed)).toEqual(['settings.error.wordsPerMinute']);
    }
  );

  it.each([[{ maxImportBytes: 1023 }], [{ maxImportBytes: Number.NaN }]])(
    'refuses %j as too small',
    (changed) => {
      expect(ids(changed)).toEqual(['settings.error.maxImportBytes']);
    }
  );

  it('tells a size over the body limit from one over the largest allowed', () => {
    expect(ids({ maxImportBytes: 16 * MB + 1 })).toEqual(['settings.error.overBodyLimit']);
    // A server whose body limit is above the largest size the plugin allows.
    const roomy: SettingsLimits = {
      ...limits,
      maxImportBytes: { ...limits.maxImportBytes, max: 8 * MB },
    };
    expect(settingsErrors({ ...values, maxImportBytes: 8 * MB + 1 }, roomy, t)).toEqual({
      maxImportBytes: 'Maximum import size must be between 1 KB and 8 MB.',
    });
    expect(settingsErrors({ ...values, maxImportBytes: 8 * MB }, roomy, t)).toEqual({});
  });
});

describe('settingsChanged', () => {
  it('tells a change from the saved values', () => {
    expect(settingsChanged(values, { ...values })).toBe(false);
    expect(settingsChanged({ ...values, publicRead: true }, values)).toBe(true);
  });
});
