import { errors } from '@strapi/utils';

import {
  MAX_IMPORT_BYTES_RANGE,
  WORDS_PER_MINUTE_RANGE,
  type NewsroomSettings,
  type SettingsErrorDetails,
  type SettingsLimits,
} from '../../../shared/contracts';

import { jsonBodyLimit, sizeText } from './body-limit';

/** The Settings page's labels: messages name the field as the user sees it. */
const LABELS: Record<keyof NewsroomSettings, string> = {
  defaultStatus: 'Default status',
  wordsPerMinute: 'Words per minute',
  maxImportBytes: 'Maximum import size',
  publicRead: 'Public read access',
};

const refuse = (message: string, details: SettingsErrorDetails): never => {
  throw new errors.ValidationError(message, details);
};

/** The bounds of the settings on this server (maxImportBytes: the body parser's limit too). */
export const settingsLimits = (middlewares: unknown): SettingsLimits => {
  const body = jsonBodyLimit(middlewares);
  return {
    maxImportBytes: {
      min: MAX_IMPORT_BYTES_RANGE.min,
      max: Math.min(MAX_IMPORT_BYTES_RANGE.max, body.bytes),
      bodyLimitBytes: body.bytes,
      bodyLimit: body.text,
      bodyLimitConfigured: body.configured,
    },
    wordsPerMinute: { ...WORDS_PER_MINUTE_RANGE },
  };
};

/**
 * Checks the values as the Settings page shows them — labels, and sizes in MB — and against this
 * server's body limit; the message says what to do, `details` (key, code, params) let the admin
 * say it in the user's language.
 */
export const checkSettings = (values: NewsroomSettings, limits: SettingsLimits): void => {
  const { defaultStatus, wordsPerMinute, maxImportBytes, publicRead } = values;
  if (defaultStatus !== 'draft' && defaultStatus !== 'published') {
    refuse(`${LABELS.defaultStatus} must be Draft or Published.`, {
      key: 'defaultStatus',
      code: 'INVALID_STATUS',
    });
  }
  const wpm = limits.wordsPerMinute;
  if (
    typeof wordsPerMinute !== 'number' ||
    !Number.isInteger(wordsPerMinute) ||
    wordsPerMinute < wpm.min ||
    wordsPerMinute > wpm.max
  ) {
    refuse(
      `${LABELS.wordsPerMinute} must be a whole number from ${wpm.min} to ${wpm.max} (got ${JSON.stringify(wordsPerMinute)}).`,
      { key: 'wordsPerMinute', code: 'INVALID_WORDS_PER_MINUTE', params: { ...wpm } }
    );
  }
  const size = limits.maxImportBytes;
  if (
    typeof maxImportBytes !== 'number' ||
    !Number.isInteger(maxImportBytes) ||
    maxImportBytes < size.min ||
    maxImportBytes > MAX_IMPORT_BYTES_RANGE.max
  ) {
    refuse(
      `${LABELS.maxImportBytes} must be between ${sizeText(size.min)} and ${sizeText(size.max)}` +
        (typeof maxImportBytes === 'number' ? ` (got ${sizeText(maxImportBytes)}).` : '.'),
      {
        key: 'maxImportBytes',
        code: 'INVALID_MAX_IMPORT_BYTES',
        params: { min: size.min, max: size.max },
      }
    );
  }
  if (maxImportBytes > size.bodyLimitBytes) {
    refuse(
      `${LABELS.maxImportBytes} can be at most ${sizeText(size.bodyLimitBytes)} on this server ` +
        `(got ${sizeText(maxImportBytes)}): its body parser accepts requests up to that size ` +
        `(strapi::body jsonLimit "${size.bodyLimit}"${size.bodyLimitConfigured ? '' : ', the default'}). ` +
        `To allow more, raise jsonLimit (and formLimit, textLimit) of strapi::body in the app's ` +
        `config/middlewares and restart Strapi.`,
      {
        key: 'maxImportBytes',
        code: 'OVER_BODY_LIMIT',
        params: { max: size.bodyLimitBytes, value: maxImportBytes, bodyLimit: size.bodyLimit },
      }
    );
  }
  if (typeof publicRead !== 'boolean') {
    refuse(`${LABELS.publicRead} must be on or off.`, {
      key: 'publicRead',
      code: 'INVALID_PUBLIC_READ',
    });
  }
};
