/**
 * Values per `$in` list in one query: far below the bind-parameter limits of SQLite (32766),
 * Postgres (65535) and MySQL, and small enough for the query planner.
 */
export const IN_LIST = 500;

/** `values` in lists of at most `size` (the last one shorter). */
export const chunks = <T>(values: readonly T[], size = IN_LIST): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
};

/**
 * Most rows one multi-row insert of the bulk write writes (bulk.ts, insertRows), with a pause
 * between two: the drafts and published rows of a chunk in one statement held the server's
 * event loop up to ~70 ms on SQLite.
 */
export const INSERT_GROUP = 100;
