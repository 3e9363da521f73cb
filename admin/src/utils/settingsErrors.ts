import {
  SETTING_KEYS,
  type NewsroomSettings,
  type SettingsLimits,
} from '../../../shared/contracts';

import { formatBytes } from './format';
import type { Translate } from './useT';

export type SettingsErrors = Partial<Record<keyof NewsroomSettings, string>>;

/**
 * What is wrong with the values as the page shows them — in the user's language, with the
 * field labels and in MB — checked against the server's bounds (the body parser's limit too)
 * before anything is sent. Empty when the values can be saved.
 */
export const settingsErrors = (
  values: NewsroomSettings,
  limits: SettingsLimits,
  t: Translate
): SettingsErrors => {
  const errors: SettingsErrors = {};
  const wpm = limits.wordsPerMinute;
  if (
    !Number.isInteger(values.wordsPerMinute) ||
    values.wordsPerMinute < wpm.min ||
    values.wordsPerMinute > wpm.max
  ) {
    errors.wordsPerMinute = t(
      'settings.error.wordsPerMinute',
      'Words per minute must be a whole number from {min} to {max}.',
      { min: wpm.min, max: wpm.max }
    );
  }
  const size = limits.maxImportBytes;
  if (!Number.isFinite(values.maxImportBytes) || values.maxImportBytes < size.min) {
    errors.maxImportBytes = t(
      'settings.error.maxImportBytes',
      'Maximum import size must be between {min} and {max}.',
      { min: formatBytes(size.min), max: formatBytes(size.max) }
    );
  } else if (values.maxImportBytes > size.bodyLimitBytes) {
    errors.maxImportBytes = t(
      'settings.error.overBodyLimit',
      'Maximum import size can be at most {max} on this server: its body parser accepts requests up to that size (strapi::body jsonLimit "{bodyLimit}"). To allow more, raise jsonLimit in the app’s config/middlewares and restart Strapi.',
      { max: formatBytes(size.bodyLimitBytes), bodyLimit: size.bodyLimit }
    );
  } else if (values.maxImportBytes > size.max) {
    errors.maxImportBytes = t(
      'settings.error.maxImportBytes',
      'Maximum import size must be between {min} and {max}.',
      { min: formatBytes(size.min), max: formatBytes(size.max) }
    );
  }
  return errors;
};

/** Whether the values differ from the saved ones. */
export const settingsChanged = (values: NewsroomSettings, saved: NewsroomSettings): boolean =>
  SETTING_KEYS.some((key) => values[key] !== saved[key]);
