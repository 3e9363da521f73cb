import { isArticleStatus, type ArticleStatus } from '../../../shared/contracts';
import { isAllowListEntry } from '../import/safe-download';

export interface NewsroomConfig {
  /** Import the bundled `data/` folder once at start (idempotent). */
  seedOnBootstrap: boolean;
  /** Status used by imports that do not say which one they want. */
  defaultStatus: ArticleStatus;
  /** Reading speed used for `readingTimeMinutes`. */
  wordsPerMinute: number;
  /** Largest accepted import body, in bytes. */
  maxImportBytes: number;
  /** Grant find/findOne on the newsroom content API to the Public role at bootstrap. */
  publicRead: boolean;
  /** The public site (front end) the feeds and sitemaps link to; feeds are off without it. */
  siteUrl: string | null;
  /** The site's name: the feeds' title and the Google News publication name. */
  siteName: string;
  /** Where an article lives on the site: `:slug` is replaced by the article's slug. */
  articlePath: string;
  /** Most articles in one feed. */
  feedItems: number;
  /** Largest feed, in bytes: a bigger one loses its full texts, then its oldest items. */
  feedMaxBytes: number;
  /** Import-history entries kept: each recorded import deletes the ones older than the last N. */
  historyLimit: number;
  /**
   * Private-network addresses or CIDR ranges picture downloads may reach ("10.1.2.3",
   * "192.168.0.0/16"); any other private, loopback, link-local or reserved address is refused.
   */
  imageDownloadAllowList: string[];
  /**
   * Worker threads that parse large imports ("auto": one per core but one, at most 4; 0: parse
   * in the importing thread). See server/src/import/parse-pool.ts.
   */
  parseWorkers: 'auto' | number;
}

export const defaultConfig: NewsroomConfig = {
  seedOnBootstrap: false,
  defaultStatus: 'draft',
  wordsPerMinute: 200,
  maxImportBytes: 5 * 1024 * 1024,
  publicRead: false,
  siteUrl: null,
  siteName: 'Newsroom',
  articlePath: '/articles/:slug',
  feedItems: 50,
  feedMaxBytes: 1024 * 1024,
  historyLimit: 200,
  imageDownloadAllowList: [],
  parseWorkers: 'auto',
};

const KEYS = Object.keys(defaultConfig) as (keyof NewsroomConfig)[];

const PREFIX = 'Invalid config for plugin "newsroom": ';
const HINT = ' Fix it in config/plugins of your Strapi app.';

/**
 * An invalid config value: `key` names it, `problem` says what is wrong with it (the Settings
 * page shows that next to the field); the message adds where to fix it in the host app.
 */
export class ConfigError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string,
    hint = HINT
  ) {
    super(`${PREFIX}${problem}${hint}`);
    this.name = 'ConfigError';
  }
}

const fail = (key: string, expected: string, value: unknown): never => {
  throw new ConfigError(key, `"${key}" must be ${expected} (got ${JSON.stringify(value)}).`);
};

/** Throws an error that names the offending key when the host app's config is invalid. */
export const validateConfig = (config: Record<string, unknown>): void => {
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key as keyof NewsroomConfig)) {
      throw new ConfigError(key, `unknown key "${key}". Known keys: ${KEYS.join(', ')}.`, '');
    }
  }
  const { seedOnBootstrap, defaultStatus, wordsPerMinute, maxImportBytes, publicRead } = config;
  if (typeof seedOnBootstrap !== 'boolean')
    fail('seedOnBootstrap', 'true or false', seedOnBootstrap);
  if (!isArticleStatus(defaultStatus)) {
    fail('defaultStatus', '"draft" or "published"', defaultStatus);
  }
  if (
    typeof wordsPerMinute !== 'number' ||
    !Number.isInteger(wordsPerMinute) ||
    wordsPerMinute < 1 ||
    wordsPerMinute > 10000
  ) {
    fail('wordsPerMinute', 'an integer between 1 and 10000', wordsPerMinute);
  }
  if (
    typeof maxImportBytes !== 'number' ||
    !Number.isInteger(maxImportBytes) ||
    maxImportBytes < 1024 ||
    maxImportBytes > 512 * 1024 * 1024
  ) {
    fail('maxImportBytes', 'an integer number of bytes between 1024 and 536870912', maxImportBytes);
  }
  if (typeof publicRead !== 'boolean') fail('publicRead', 'true or false', publicRead);
  if (!isInteger(config.historyLimit, 1, 100000)) {
    fail('historyLimit', 'an integer between 1 and 100000', config.historyLimit);
  }
  if (config.parseWorkers !== 'auto' && !isInteger(config.parseWorkers, 0, 32)) {
    fail('parseWorkers', '"auto" or an integer between 0 and 32', config.parseWorkers);
  }
  validateFeedConfig(config);
  const allow = config.imageDownloadAllowList;
  if (!Array.isArray(allow) || !allow.every(isAllowListEntry)) {
    fail(
      'imageDownloadAllowList',
      'a list of IP addresses or CIDR ranges, e.g. ["10.1.2.3", "192.168.0.0/16"]',
      allow
    );
  }
};

const isInteger = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const validateFeedConfig = (config: Record<string, unknown>): void => {
  const { siteUrl, siteName, articlePath, feedItems, feedMaxBytes } = config;
  if (siteUrl !== null && !isSiteUrl(siteUrl)) {
    fail('siteUrl', 'null or an absolute http(s) URL such as "https://news.example.com"', siteUrl);
  }
  if (typeof siteName !== 'string' || siteName.trim() === '' || siteName.length > 100) {
    fail('siteName', 'a text of 1 to 100 characters', siteName);
  }
  if (
    typeof articlePath !== 'string' ||
    !articlePath.startsWith('/') ||
    !articlePath.includes(':slug')
  ) {
    fail(
      'articlePath',
      'a path starting with "/" that contains ":slug", e.g. "/news/:slug"',
      articlePath
    );
  }
  if (!isInteger(feedItems, 1, 1000)) fail('feedItems', 'an integer between 1 and 1000', feedItems);
  if (!isInteger(feedMaxBytes, 10 * 1024, 64 * 1024 * 1024)) {
    fail('feedMaxBytes', 'an integer number of bytes between 10240 and 67108864', feedMaxBytes);
  }
};

const isSiteUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash;
  } catch {
    return false;
  }
};

export default {
  default: defaultConfig,
  validator: validateConfig,
};
