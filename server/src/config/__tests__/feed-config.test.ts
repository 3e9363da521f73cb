import { ConfigError, defaultConfig, validateConfig, type NewsroomConfig } from '..';

// The feed and site keys of the plugin config (siteUrl, siteName, articlePath, feedItems,
// feedMaxBytes): every edge accepted, every kind of wrong value refused with the key named and
// the message the host app's developer reads.

const withValue = (key: keyof NewsroomConfig, value: unknown) => ({
  ...defaultConfig,
  [key]: value,
});

const SITE_URL = 'null or an absolute http(s) URL such as "https://news.example.com"';
const SITE_NAME = 'a text of 1 to 100 characters';
const ARTICLE_PATH = 'a path starting with "/" that contains ":slug", e.g. "/news/:slug"';
const FEED_ITEMS = 'an integer between 1 and 1000';
const FEED_MAX_BYTES = 'an integer number of bytes between 10240 and 67108864';

describe('plugin config: site and feeds', () => {
  it.each([
    ['siteUrl', null],
    ['siteUrl', 'https://news.example.com'],
    ['siteUrl', 'http://news.example.com/az/'],
    ['siteName', 'N'],
    ['siteName', 'x'.repeat(100)],
    ['siteName', ' Daily News '],
    ['articlePath', '/:slug'],
    ['articlePath', '/news/:slug/amp'],
    ['feedItems', 1],
    ['feedItems', 1000],
    ['feedMaxBytes', 10 * 1024],
    ['feedMaxBytes', 64 * 1024 * 1024],
  ] as const)('%s = %p is accepted', (key, value) => {
    expect(() => validateConfig(withValue(key, value))).not.toThrow();
  });

  it.each([
    ['siteUrl', 'news.example.com', SITE_URL, '"news.example.com"'],
    ['siteUrl', 'ftp://news.example.com', SITE_URL, '"ftp://news.example.com"'],
    ['siteUrl', 'https://news.example.com/?ref=1', SITE_URL, '"https://news.example.com/?ref=1"'],
    ['siteUrl', 'https://news.example.com/#top', SITE_URL, '"https://news.example.com/#top"'],
    ['siteUrl', 42, SITE_URL, '42'],
    ['siteUrl', undefined, SITE_URL, 'undefined'],
    ['siteName', '', SITE_NAME, '""'],
    ['siteName', '   ', SITE_NAME, '"   "'],
    ['siteName', 'x'.repeat(101), SITE_NAME, JSON.stringify('x'.repeat(101))],
    ['siteName', 5, SITE_NAME, '5'],
    ['articlePath', 'news/:slug', ARTICLE_PATH, '"news/:slug"'],
    ['articlePath', '/news/slug', ARTICLE_PATH, '"/news/slug"'],
    ['articlePath', '', ARTICLE_PATH, '""'],
    ['articlePath', null, ARTICLE_PATH, 'null'],
    ['feedItems', 0, FEED_ITEMS, '0'],
    ['feedItems', 1001, FEED_ITEMS, '1001'],
    ['feedItems', 12.5, FEED_ITEMS, '12.5'],
    ['feedItems', '50', FEED_ITEMS, '"50"'],
    ['feedMaxBytes', 10 * 1024 - 1, FEED_MAX_BYTES, '10239'],
    ['feedMaxBytes', 64 * 1024 * 1024 + 1, FEED_MAX_BYTES, '67108865'],
    ['feedMaxBytes', 20480.5, FEED_MAX_BYTES, '20480.5'],
    ['feedMaxBytes', '1MB', FEED_MAX_BYTES, '"1MB"'],
  ] as const)('%s = %p is refused, with what is expected', (key, value, expected, got) => {
    let error: unknown;
    try {
      validateConfig(withValue(key, value));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe(key);
    expect((error as ConfigError).message).toBe(
      `Invalid config for plugin "newsroom": "${key}" must be ${expected} (got ${got}). ` +
        'Fix it in config/plugins of your Strapi app.'
    );
  });
});
