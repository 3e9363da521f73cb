import { readFileSync } from 'fs';
import path from 'path';
import config, { ConfigError, defaultConfig, validateConfig, type NewsroomConfig } from '..';

/** A default as the README writes it: a quoted string, a number or product, null or a boolean. */
const literal = (source: string): unknown => {
  if (/^\d+( \* \d+)*$/.test(source)) {
    return source.split(' * ').reduce((product, factor) => product * Number(factor), 1);
  }
  if (/^'[^']*'$/.test(source)) return source.slice(1, -1);
  return JSON.parse(source);
};

const withValue = (key: keyof NewsroomConfig, value: unknown) => ({
  ...defaultConfig,
  [key]: value,
});

/** The error validateConfig throws for this config (fails the test when it throws none). */
const errorOf = (value: Record<string, unknown>): ConfigError => {
  try {
    validateConfig(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`validateConfig accepted ${JSON.stringify(value)}`);
};

describe('plugin config', () => {
  it('is what Strapi reads: the defaults and the validator', () => {
    expect(config.default).toBe(defaultConfig);
    expect(config.validator).toBe(validateConfig);
  });

  it('has the defaults the README documents: its config example and its feed keys table', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    const example = /newsroom: \{\n\s+enabled: true,\n\s+config: \{\n([^]*?)\n\s+\},/.exec(readme);
    const table = /Config keys \(in `config\/plugins\.ts`[^\n]*\n\n([^]*?)\n\n/.exec(readme);
    expect(example).not.toBeNull();
    expect(table).not.toBeNull();
    const documented = [
      ...[...(example?.[1] ?? '').matchAll(/^\s+(\w+): (.+?),(?: \/\/.*)?$/gm)],
      ...[...(table?.[1] ?? '').matchAll(/^\| `(\w+)` \| `(.+?)` \|/gm)],
    ].map(([, key, value]) => [key, literal(value)] as const);
    const byKey = Object.fromEntries(documented);
    // A key in both places has the same default in both.
    for (const [key, value] of documented) expect(byKey[key]).toEqual(value);
    expect(byKey).toEqual(defaultConfig);
  });

  it('accepts the defaults and every valid value at the edges', () => {
    expect(() => validateConfig({ ...defaultConfig })).not.toThrow();
    for (const [key, value] of [
      ['seedOnBootstrap', true],
      ['defaultStatus', 'published'],
      ['wordsPerMinute', 1],
      ['wordsPerMinute', 10000],
      ['maxImportBytes', 1024],
      ['maxImportBytes', 512 * 1024 * 1024],
      ['publicRead', true],
      ['historyLimit', 1],
      ['historyLimit', 100000],
      ['parseWorkers', 0],
      ['parseWorkers', 32],
      ['imageDownloadAllowList', ['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1', ' 192.168.1.2 ']],
    ] as const) {
      expect(() => validateConfig(withValue(key, value))).not.toThrow();
    }
  });

  it('names an unknown key and lists the known ones', () => {
    const error = errorOf({ ...defaultConfig, wordsPerMinut: 100 });
    expect(error.key).toBe('wordsPerMinut');
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe(
      'Invalid config for plugin "newsroom": unknown key "wordsPerMinut". Known keys: ' +
        'seedOnBootstrap, defaultStatus, wordsPerMinute, maxImportBytes, publicRead, siteUrl, ' +
        'siteName, articlePath, feedItems, feedMaxBytes, historyLimit, imageDownloadAllowList, ' +
        'parseWorkers.'
    );
  });

  const ALLOW_LIST = 'a list of IP addresses or CIDR ranges, e.g. ["10.1.2.3", "192.168.0.0/16"]';
  it.each([
    ['seedOnBootstrap', 'yes', 'true or false', '"yes"'],
    ['seedOnBootstrap', undefined, 'true or false', 'undefined'],
    ['defaultStatus', 'archived', '"draft" or "published"', '"archived"'],
    ['defaultStatus', undefined, '"draft" or "published"', 'undefined'],
    ['wordsPerMinute', '200', 'an integer between 1 and 10000', '"200"'],
    ['wordsPerMinute', 0, 'an integer between 1 and 10000', '0'],
    ['wordsPerMinute', 10001, 'an integer between 1 and 10000', '10001'],
    ['wordsPerMinute', 200.5, 'an integer between 1 and 10000', '200.5'],
    ['maxImportBytes', '5MB', 'an integer number of bytes between 1024 and 536870912', '"5MB"'],
    ['maxImportBytes', 1023, 'an integer number of bytes between 1024 and 536870912', '1023'],
    [
      'maxImportBytes',
      512 * 1024 * 1024 + 1,
      'an integer number of bytes between 1024 and 536870912',
      '536870913',
    ],
    ['maxImportBytes', 2048.5, 'an integer number of bytes between 1024 and 536870912', '2048.5'],
    ['publicRead', 1, 'true or false', '1'],
    ['publicRead', undefined, 'true or false', 'undefined'],
    ['historyLimit', 0, 'an integer between 1 and 100000', '0'],
    ['historyLimit', 100001, 'an integer between 1 and 100000', '100001'],
    ['historyLimit', 2.5, 'an integer between 1 and 100000', '2.5'],
    ['historyLimit', '200', 'an integer between 1 and 100000', '"200"'],
    ['parseWorkers', 'all', '"auto" or an integer between 0 and 32', '"all"'],
    ['parseWorkers', -1, '"auto" or an integer between 0 and 32', '-1'],
    ['parseWorkers', 33, '"auto" or an integer between 0 and 32', '33'],
    ['parseWorkers', 1.5, '"auto" or an integer between 0 and 32', '1.5'],
    ['imageDownloadAllowList', '127.0.0.1', ALLOW_LIST, '"127.0.0.1"'],
    ['imageDownloadAllowList', ['localhost'], ALLOW_LIST, '["localhost"]'],
    ['imageDownloadAllowList', ['10.0.0.0/33'], ALLOW_LIST, '["10.0.0.0/33"]'],
    ['imageDownloadAllowList', ['127.0.0.1', 5], ALLOW_LIST, '["127.0.0.1",5]'],
    ['imageDownloadAllowList', undefined, ALLOW_LIST, 'undefined'],
  ] as const)('%s = %p is refused, with what is expected', (key, value, expected, got) => {
    const error = errorOf(withValue(key, value));
    expect(error.key).toBe(key);
    expect(error.message).toBe(
      `Invalid config for plugin "newsroom": "${key}" must be ${expected} (got ${got}). ` +
        'Fix it in config/plugins of your Strapi app.'
    );
  });
});
