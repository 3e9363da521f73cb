export type ArticleStatus = 'draft' | 'published';

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
}

export const defaultConfig: NewsroomConfig = {
  seedOnBootstrap: false,
  defaultStatus: 'draft',
  wordsPerMinute: 200,
  maxImportBytes: 5 * 1024 * 1024,
  publicRead: false,
};

const KEYS = Object.keys(defaultConfig) as (keyof NewsroomConfig)[];

/** An invalid config value; `key` names it. */
export class ConfigError extends Error {
  constructor(
    readonly key: string,
    message: string
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const fail = (key: string, expected: string, value: unknown): never => {
  throw new ConfigError(
    key,
    `Invalid config for plugin "newsroom": "${key}" must be ${expected} (got ${JSON.stringify(value)}). ` +
      'Fix it in config/plugins of your Strapi app.'
  );
};

/** Throws an error that names the offending key when the host app's config is invalid. */
export const validateConfig = (config: Record<string, unknown>): void => {
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key as keyof NewsroomConfig)) {
      throw new ConfigError(
        key,
        `Invalid config for plugin "newsroom": unknown key "${key}". Known keys: ${KEYS.join(', ')}.`
      );
    }
  }
  const { seedOnBootstrap, defaultStatus, wordsPerMinute, maxImportBytes, publicRead } = config;
  if (typeof seedOnBootstrap !== 'boolean')
    fail('seedOnBootstrap', 'true or false', seedOnBootstrap);
  if (defaultStatus !== 'draft' && defaultStatus !== 'published') {
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
};

export default {
  default: defaultConfig,
  validator: validateConfig,
};
