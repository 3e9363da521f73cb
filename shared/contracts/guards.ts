/** A plain object (not null, not an array): the one check every reader of unknown JSON uses. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
