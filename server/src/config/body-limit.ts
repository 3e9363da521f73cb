/**
 * The server's own request limit: Strapi's body parser (`strapi::body`, koa-body) refuses a JSON
 * body over its `jsonLimit` (1 MB unless `config/middlewares` raises it) before the plugin sees
 * it. The admin sends imports as JSON, so a `maxImportBytes` above it could never be reached.
 */

/** koa-body's default `jsonLimit`. */
export const DEFAULT_JSON_LIMIT = '1mb';

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
};

/**
 * A size as the `bytes` package koa-body uses reads it: a number of bytes, or `'16mb'`,
 * `'512 KB'`, `'1.5gb'` (powers of 1024); null for anything else.
 */
export const parseByteSize = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(value);
  if (!match) return null;
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
};

export interface BodyLimit {
  /** The limit in bytes. */
  bytes: number;
  /** As written in config/middlewares (or the default). */
  text: string;
  /** Whether config/middlewares sets it. */
  configured: boolean;
}

/** The JSON body limit `strapi::body` applies, from the app's middlewares config. */
export const jsonBodyLimit = (middlewares: unknown): BodyLimit => {
  const list = Array.isArray(middlewares) ? (middlewares as unknown[]) : [];
  const body = list.find(
    (entry): entry is { name: string; config?: Record<string, unknown> } =>
      typeof entry === 'object' &&
      entry !== null &&
      (entry as { name?: unknown }).name === 'strapi::body'
  );
  const configured = body?.config?.jsonLimit;
  const bytes = parseByteSize(configured);
  if (bytes === null) {
    return {
      bytes: parseByteSize(DEFAULT_JSON_LIMIT) ?? 0,
      text: DEFAULT_JSON_LIMIT,
      configured: false,
    };
  }
  return { bytes, text: String(configured), configured: true };
};

/** A size for messages, in the units the Settings page shows: `16 MB`, `0.5 MB`, `1 KB`. */
export const sizeText = (bytes: number): string => {
  if (bytes < 1024 ** 2) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 ** 2) * 100) / 100} MB`;
};
