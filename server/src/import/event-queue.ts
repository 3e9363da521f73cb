/** Most committed chunks whose entry events are being sent while the import goes on. */
export const MAX_SENDING = 4;

/**
 * The limit on SQLite (`isBetterSqlite`) and elsewhere. On SQLite the sends read on the import's one connection, on
 * its one thread: they cannot overlap its writes, and every further chunk in flight only holds
 * its events' entries in memory longer (bench, 10k articles: ~10 MiB of peak RSS and part of
 * the collections' time). PostgreSQL and MySQL answer the sends' reads while the next chunk is
 * written.
 */
export const sendingLimitFor = (sqlite: boolean): number => (sqlite ? 1 : MAX_SENDING);

/**
 * Sends the entry events of committed chunks while the next chunks are written, with at most
 * `max` sends under way: a writer faster than the listeners (webhooks, other plugins) waits for
 * them, rather than keep every chunk's events, with their populated entries, in memory.
 * `send` must not reject (emitEntryEvents logs its errors).
 */
export const createEventQueue = <T>(send: (events: T) => Promise<void>, max = MAX_SENDING) => {
  const sending: Promise<void>[] = [];
  return {
    /** Starts sending `events`, after waiting for a free place. */
    push: async (events: T) => {
      while (sending.length >= max) await sending.shift();
      sending.push(send(events));
    },
    /** Waits until everything pushed is sent. */
    drain: async () => {
      await Promise.all(sending.splice(0));
    },
  };
};
