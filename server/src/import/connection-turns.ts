import { performance } from 'node:perf_hooks';

/**
 * Turns of the event loop for the queries that run on SQLite's one connection while an import
 * runs (issue 13: no event-loop block over 100 ms during an admin import).
 *
 * On SQLite every query is synchronous (better-sqlite3) and knex hands the connection on in
 * promise callbacks: a request's handling — its queries, Strapi's controller and sanitizing, the
 * page written — runs without giving the loop back, and so do the requests after it that are
 * ready in the same turn. Two ways a turn grew past 100 ms during an import under load:
 *
 * - the requests that came in while a chunk's transaction held the connection all waited for
 *   it, and at the commit the pool (tarn) handed it from one waiter to the next: the whole
 *   burst ran in the commit's turn (4–9 turns of 100–170 ms per 5k import, stop 34);
 * - the requests that arrived together between two chunks (four clients, ~10–25 ms each of
 *   Strapi's list handling) ran back to back in one turn, with the import's slice and a commit
 *   before them and garbage collection among them (stop 36: blocks of 106–258 ms made of
 *   requests, not of the import).
 *
 * While an import runs, each query that takes the connection checks how long the current turn
 * has run since its first query; past TURN_BUDGET_MS it waits for the next turn (holding the
 * connection, so the queries keep their order) and the next turn starts a new budget. A turn is
 * a timer's span: the next turn is a 0 ms timer, which runs after every timer already due —
 * `setImmediate` taken while the loop polls for I/O would run in the same turn's check phase and
 * end nothing. A turn that stays within the budget gives nothing up, so requests are not slowed
 * when the server has room.
 *
 * The patch is on the app's knex client instance (its own `acquireConnection`, which knex's pool
 * users call; a transaction's client has its own and is left alone), installed for the first
 * import and removed when the last one ends. Only for better-sqlite3: PostgreSQL and MySQL
 * queries are I/O, and the loop turns while each one runs.
 */

/** How long the queries of one turn of the event loop run before the next query waits a turn. */
export const TURN_BUDGET_MS = 25;

export interface ClientLike {
  acquireConnection(): Promise<unknown>;
}

export interface TurnOptions {
  now?: () => number;
  /** Resolves in the next turn of the event loop. */
  nextTurn?: () => Promise<void>;
  /** Calls `done` at the start of the next turn of the event loop (before `nextTurn`'s). */
  atNextTurn?: (done: () => void) => void;
  budgetMs?: number;
}

interface Installed {
  holders: number;
  /** The client's own `acquireConnection` before the patch, if it had one. */
  own: ClientLike['acquireConnection'] | undefined;
}

const installed = new WeakMap<ClientLike, Installed>();

/** The next turn: a timer runs after the timers already due (in the order they were set). */
export const timerTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const atNextTimerTurn = (done: () => void): void => {
  setTimeout(done, 0);
};

/**
 * Spreads the queries that take `client`'s connection over turns of the event loop of about
 * `budgetMs` until the returned call; calls nest (the patch stays until every caller has called
 * its own).
 */
export const spreadQueriesOverTurns = (
  client: ClientLike,
  {
    now = () => performance.now(),
    nextTurn = timerTurn,
    atNextTurn = atNextTimerTurn,
    budgetMs = TURN_BUDGET_MS,
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
    /** When this turn's first query took the connection; undefined until one does. */
    let turnStart: number | undefined;
    /** Whether the end of the turn that `turnStart` belongs to is already being watched. */
    let watched = false;
    const startTurn = (at: number) => {
      turnStart = at;
      if (watched) return;
      watched = true;
      atNextTurn(() => {
        watched = false;
        turnStart = undefined;
      });
    };
    client.acquireConnection = async function acquireConnection(this: ClientLike) {
      const connection = await acquire.call(this);
      const at = now();
      if (turnStart === undefined) startTurn(at);
      else if (at - turnStart > budgetMs) {
        await nextTurn();
        startTurn(now());
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
