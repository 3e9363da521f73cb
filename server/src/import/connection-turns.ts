import { performance } from 'node:perf_hooks';

/**
 * Turns of the event loop for the queries that waited for SQLite's one connection while an
 * import's chunk held it (issue 13: no event-loop block over 100 ms during an admin import).
 *
 * Strapi's SQLite pool has one connection, and a chunk's transaction holds it for its length: the
 * requests that come in meanwhile wait for it. When the chunk commits, the pool (tarn) hands the
 * connection from one waiter to the next in promise callbacks, so all of them — their queries and
 * the handling in between — ran back to back in the turn of the commit: at 5k articles under the
 * bench's load, 4–9 turns of 100–170 ms per import (median 6 blocks over 100 ms in five runs,
 * against none in the load alone). While an import runs, a query that had to wait for the
 * connection now gives the loop a turn once it has it, if the waiters before it have already run
 * for TURN_BUDGET_MS in this burst: a burst is served in turns of about that length, with timers,
 * I/O and the server's other work between them, and in the same order. A short burst takes no
 * turn at all, so the requests are not slowed (bench, three runs: median 1 block, list p99
 * 138–147 ms against 159–235 ms).
 *
 * The patch is on the app's knex client instance (its own `acquireConnection`, which knex's pool
 * users call; a transaction's client has its own and is left alone), installed for the first
 * import and removed when the last one ends. Only for better-sqlite3: PostgreSQL and MySQL have
 * pools of several connections, and a request there waits for a connection, not for the import.
 */

/** The longest a burst of waiting queries runs in one turn before the next one takes a turn. */
export const TURN_BUDGET_MS = 40;

/**
 * Waited queries less than this apart are one burst (the requests queued behind one commit);
 * a longer gap starts a new one.
 */
export const BURST_GAP_MS = 25;

interface PoolLike {
  numFree(): number;
}

export interface ClientLike {
  pool?: PoolLike | null;
  acquireConnection(): Promise<unknown>;
}

export interface TurnOptions {
  now?: () => number;
  nextTurn?: () => Promise<void>;
  budgetMs?: number;
  gapMs?: number;
}

interface Installed {
  holders: number;
  /** The client's own `acquireConnection` before the patch, if it had one. */
  own: ClientLike['acquireConnection'] | undefined;
}

const installed = new WeakMap<ClientLike, Installed>();

const setImmediateTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Spreads the queries that wait for `client`'s connection over turns of the event loop until the
 * returned call; calls nest (the patch stays until every caller has called its own).
 */
export const spreadWaitingQueries = (
  client: ClientLike,
  {
    now = () => performance.now(),
    nextTurn = setImmediateTurn,
    budgetMs = TURN_BUDGET_MS,
    gapMs = BURST_GAP_MS,
  }: TurnOptions = {}
): (() => void) => {
  const current = installed.get(client);
  if (current) {
    current.holders += 1;
  } else {
    const own = Object.prototype.hasOwnProperty.call(client, 'acquireConnection')
      ? client.acquireConnection
      : undefined;
    const acquire = client.acquireConnection;
    let burstStart = 0;
    let lastWaited = Number.NEGATIVE_INFINITY;
    client.acquireConnection = async function acquireConnection(this: ClientLike) {
      const pool = this.pool;
      const waits = typeof pool?.numFree === 'function' && pool.numFree() === 0;
      const connection = await acquire.call(this);
      if (waits) {
        const at = now();
        if (at - lastWaited > gapMs) burstStart = at;
        lastWaited = at;
        if (at - burstStart > budgetMs) {
          await nextTurn();
          burstStart = lastWaited = now();
        }
      }
      return connection;
    };
    installed.set(client, { holders: 1, own });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const state = installed.get(client);
    if (!state) return;
    state.holders -= 1;
    if (state.holders > 0) return;
    installed.delete(client);
    if (state.own) client.acquireConnection = state.own;
    else delete (client as Partial<ClientLike>).acquireConnection;
  };
};
