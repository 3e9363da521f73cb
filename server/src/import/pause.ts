/**
 * Giving the event loop back during an import. The admin's import runs inside the server, and
 * on SQLite every query is synchronous (better-sqlite3): without a pause an import of 10,000
 * articles held the event loop for its whole minute — no request answered, no timer fired.
 *
 * A pacer measures the time since it last gave the loop back and, past its slice, waits for one
 * turn of the loop (`setImmediate`: timers, I/O and other requests run, then the import goes on).
 * Called between files, queries and articles, it costs nothing while the slice lasts.
 *
 * It is safe inside a transaction: Strapi binds `strapi.db.query` to the transaction through
 * AsyncLocalStorage, which follows the import across the pause; other requests keep their own
 * context. On SQLite (one connection) their queries wait for the transaction's commit; on
 * Postgres and MySQL they run on other connections, and a writer that needs the import lock
 * waits for the commit as before. The import lock is held across the pause, so two imports still
 * never interleave their writes.
 */

/**
 * Longest stretch, in milliseconds, an import keeps the event loop before giving it back. 10
 * rather than 20: with the content API loaded during a 5,000-article import on SQLite, the
 * longest block fell from 125 to 96 ms and the list's p99 from 218 to 156 ms (bench), at no
 * cost to the import's time.
 */
export const PAUSE_SLICE_MS = 10;

/** One turn of the event loop. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type Pace = () => Promise<void>;

/** A pacer: `await pace()` gives the loop back when the slice is used up, else returns at once. */
export const createPacer = (sliceMs: number = PAUSE_SLICE_MS): Pace => {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
};
