import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ConfigError, validateConfig, type NewsroomConfig } from '../config';
import { setPublicRead } from '../bootstrap/public-read';
import {
  PLUGIN_ID,
  SETTING_KEYS,
  type NewsroomSettings,
  type SettingsErrorDetails,
  type SettingsLimits,
} from '../../../shared/contracts';
import { checkSettings, settingsLimits } from '../config/settings-check';

const STORE_KEY = 'settings';

const pickSettings = (source: Partial<NewsroomSettings>): Partial<NewsroomSettings> => {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (source[key] !== undefined) out[key] = source[key];
  return out as Partial<NewsroomSettings>;
};

/**
 * Run-time settings: the host app's plugin config, overridden key by key by what an admin saved
 * on the Settings page (only the keys saved there are kept, in Strapi's core store, so later
 * config edits of the other keys still apply). `load()` reads the store (imports call it, so
 * another process's save is seen); `current()` is the last loaded copy, for hot paths such as
 * every article write.
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: NewsroomSettings | null = null;
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const saved = async () =>
    pickSettings(((await store().get({ key: STORE_KEY })) ?? {}) as Partial<NewsroomSettings>);
  const fromConfig = (): NewsroomSettings =>
    pickSettings(strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`)) as NewsroomSettings;

  return {
    current(): NewsroomSettings {
      return cached ?? fromConfig();
    },

    async load(): Promise<NewsroomSettings> {
      cached = { ...fromConfig(), ...(await saved()) };
      return cached;
    },

    /** This server's bounds for the settings (the body parser's limit included). */
    limits(): SettingsLimits {
      return settingsLimits(strapi.config.get('middlewares'));
    },

    /** Validates and saves; throws a ValidationError (400) that names the offending field. */
    async update(values: unknown): Promise<NewsroomSettings> {
      if (typeof values !== 'object' || values === null || Array.isArray(values)) {
        throw new errors.ValidationError('Send the settings as a JSON object.');
      }
      const unknownKeys = Object.keys(values).filter(
        (key) => !(SETTING_KEYS as readonly string[]).includes(key)
      );
      if (unknownKeys.length) {
        throw new errors.ValidationError(
          `Unknown setting "${unknownKeys[0]}". Settings are: ${SETTING_KEYS.join(', ')}.`,
          { key: unknownKeys[0], code: 'UNKNOWN_SETTING' } satisfies SettingsErrorDetails
        );
      }
      const before = await this.load();
      const overrides = {
        ...(await saved()),
        ...pickSettings(values as Partial<NewsroomSettings>),
      };
      const next = { ...fromConfig(), ...overrides };
      // Only what is being changed must fit this server's body limit: a value from
      // config/plugins is the app's own (a warning at start says when it does not fit).
      const limits = this.limits();
      const changed = pickSettings(values as Partial<NewsroomSettings>);
      checkSettings(
        changed.maxImportBytes === undefined
          ? {
              ...next,
              maxImportBytes: Math.min(next.maxImportBytes, limits.maxImportBytes.bodyLimitBytes),
            }
          : next,
        limits
      );
      try {
        validateConfig({ ...strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`), ...next });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        // The admin shows this next to the field: the problem, without the config-file wording.
        throw new errors.ValidationError(error.problem, {
          key: error.key,
        } satisfies SettingsErrorDetails);
      }
      await store().set({ key: STORE_KEY, value: overrides });
      cached = next;
      // Public read takes effect at once (grant, or revoke what the plugin granted).
      if (before.publicRead !== next.publicRead) await setPublicRead(strapi, next.publicRead);
      return next;
    },
  };
};

export type SettingsService = ReturnType<typeof settings>;

declare module '../utils/get-service' {
  interface NewsroomServices {
    settings: SettingsService;
  }
}
export default settings;
