import { readFile } from 'node:fs';

import { spreadQueriesOverTurns, type ClientLike } from '../connection-turns';

/** A client whose acquire resolves at once with a new connection. */
const client = () => {
  class Client implements ClientLike {
    acquired = 0;
    async acquireConnection() {
      this.acquired += 1;
      return { id: this.acquired };
    }
  }
  return new Client();
};

/** A client with one connection, as better-sqlite3's pool: taken until released, in turn. */
const oneConnection = () => {
  class Client implements ClientLike {
    taken = false;
    waiting: (() => void)[] = [];
    acquireConnection() {
      if (!this.taken) {
        this.taken = true;
        return Promise.resolve({ id: 1 });
      }
      return new Promise<unknown>((resolve) => this.waiting.push(() => resolve({ id: 1 })));
    }
    release() {
      const next = this.waiting.shift();
      if (next) next();
      else this.taken = false;
    }
  }
  return new Client();
};

/** A fake loop: `turn()` starts the next turn (its watchers first, as timers set earlier run). */
const fakeTurns = () => {
  let clock = 0;
  let watchers: (() => void)[] = [];
  let waited = 0;
  return {
    set clock(at: number) {
      clock = at;
    },
    get waited() {
      return waited;
    },
    options: {
      now: () => clock,
      nextTurn: async () => {
        waited += 1;
      },
      atNextTurn: (done: () => void) => {
        watchers.push(done);
      },
      budgetMs: 40,
    },
    turn() {
      const due = watchers;
      watchers = [];
      for (const done of due) done();
    },
  };
};

describe('spreadQueriesOverTurns', () => {
  it('lets the queries of a turn run until the budget is spent, then the next one waits a turn', async () => {
    const loop = fakeTurns();
    const db = client();
    const stop = spreadQueriesOverTurns(db, loop.options);
    for (const at of [1000, 1010, 1020, 1030, 1040]) {
      loop.clock = at;
      await db.acquireConnection();
    }
    expect(loop.waited).toBe(0);
    loop.clock = 1050; // 50 ms into the turn: this query waits for the next one
    await expect(db.acquireConnection()).resolves.toEqual({ id: 6 });
    expect(loop.waited).toBe(1);
    // …which starts a new budget when it resumes (the clock did not move: 0 ms into it).
    loop.clock = 1060;
    await db.acquireConnection();
    expect(loop.waited).toBe(1);
    loop.clock = 1091;
    await db.acquireConnection();
    expect(loop.waited).toBe(2);
    stop();
  });

  it('starts a new budget in each turn of the loop', async () => {
    const loop = fakeTurns();
    const db = client();
    const stop = spreadQueriesOverTurns(db, loop.options);
    for (let turn = 0; turn < 10; turn += 1) {
      loop.clock = turn * 1000;
      await db.acquireConnection();
      loop.clock = turn * 1000 + 39; // within the budget of this turn
      await db.acquireConnection();
      loop.turn();
    }
    expect(loop.waited).toBe(0);
    // Without a new turn, the budget runs out across what would have been turns.
    loop.clock = 20_000;
    await db.acquireConnection();
    loop.clock = 20_041;
    await db.acquireConnection();
    expect(loop.waited).toBe(1);
    stop();
  });

  it('ends a turn of the real event loop, also when the queries were started while it polled for I/O', async () => {
    // Queries started from an I/O callback (the poll phase, as a request's are), each followed
    // by 10 ms of work: a 1 ms interval's ticks tell the turns apart. A `setImmediate` taken in
    // the poll phase runs in the same turn, so a turn would hold twice the budget.
    const db = oneConnection();
    const stop = spreadQueriesOverTurns(db, { budgetMs: 40 });
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let tick = 0;
    const interval = setInterval(() => {
      tick += 1;
    }, 1);
    const ticks: number[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        readFile(__filename, (error) => {
          if (error) return reject(error);
          const queries = Array.from({ length: 20 }, () =>
            db.acquireConnection().then(() => {
              ticks.push(tick);
              db.release();
              busy(10);
            })
          );
          Promise.all(queries).then(() => resolve(), reject);
        });
      });
    } finally {
      clearInterval(interval);
      stop();
    }
    expect(ticks).toHaveLength(20);
    const perTurn = new Map<number, number>();
    for (const at of ticks) perTurn.set(at, (perTurn.get(at) ?? 0) + 1);
    // 40 ms of budget, 10 ms of work after each: 4 or 5 a turn, not all 20 in one.
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(6);
    expect(perTurn.size).toBeGreaterThanOrEqual(3);
    // In the order they were started.
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
  });

  it('is installed while any caller holds it, then the client is as it was', async () => {
    const db = client();
    const own = () => Object.prototype.hasOwnProperty.call(db, 'acquireConnection');
    expect(own()).toBe(false);
    const first = spreadQueriesOverTurns(db);
    const patched = db.acquireConnection;
    const second = spreadQueriesOverTurns(db);
    expect(db.acquireConnection).toBe(patched);
    first();
    first(); // a second call of the same release counts once
    expect(own()).toBe(true);
    second();
    expect(own()).toBe(false);
    await expect(db.acquireConnection()).resolves.toEqual({ id: 1 });
  });

  it('puts back a client’s own acquireConnection', () => {
    const db = client();
    const mine = async () => ({ id: -1 });
    db.acquireConnection = mine;
    const stop = spreadQueriesOverTurns(db);
    expect(db.acquireConnection).not.toBe(mine);
    stop();
    expect(db.acquireConnection).toBe(mine);
  });
});
