import { spreadWaitingQueries, type ClientLike } from '../connection-turns';

/** A client whose pool has `free` connections and whose acquire resolves at once. */
const clientWith = (free: () => number) => {
  class Client implements ClientLike {
    pool = { numFree: free };
    acquired = 0;
    async acquireConnection() {
      this.acquired += 1;
      return { id: this.acquired };
    }
  }
  return new Client();
};

describe('spreadWaitingQueries', () => {
  it('gives a turn to a waited query once the burst has run past the budget, none before', async () => {
    let clock = 0;
    let turns = 0;
    const client = clientWith(() => 0);
    const stop = spreadWaitingQueries(client, {
      now: () => clock,
      nextTurn: async () => {
        turns += 1;
      },
      budgetMs: 40,
      gapMs: 25,
    });
    // A burst: waited queries 10 ms apart.
    for (const at of [1000, 1010, 1020, 1030, 1040]) {
      clock = at;
      await client.acquireConnection();
    }
    expect(turns).toBe(0);
    clock = 1050; // 50 ms into the burst: this one waits for the next turn, and a new span starts
    await expect(client.acquireConnection()).resolves.toEqual({ id: 6 });
    expect(turns).toBe(1);
    clock = 1060;
    await client.acquireConnection();
    expect(turns).toBe(1);
    // A gap longer than gapMs starts a new burst: no turn for it.
    clock = 2000;
    await client.acquireConnection();
    clock = 2030;
    await client.acquireConnection();
    expect(turns).toBe(1);
    stop();
  });

  it('leaves a query that found a free connection alone', async () => {
    let clock = 0;
    let turns = 0;
    const client = clientWith(() => 1);
    const stop = spreadWaitingQueries(client, {
      now: () => clock,
      nextTurn: async () => {
        turns += 1;
      },
    });
    for (let i = 0; i < 20; i += 1) {
      clock += 10;
      await client.acquireConnection();
    }
    expect(turns).toBe(0);
    stop();
  });

  it('is installed while any caller holds it, then the client is as it was', async () => {
    const client = clientWith(() => 0);
    const own = () => Object.prototype.hasOwnProperty.call(client, 'acquireConnection');
    expect(own()).toBe(false);
    const first = spreadWaitingQueries(client);
    const patched = client.acquireConnection;
    const second = spreadWaitingQueries(client);
    expect(client.acquireConnection).toBe(patched);
    first();
    first(); // a second call of the same release counts once
    expect(own()).toBe(true);
    second();
    expect(own()).toBe(false);
    await expect(client.acquireConnection()).resolves.toEqual({ id: 1 });
  });

  it('puts back a client’s own acquireConnection', () => {
    const client = clientWith(() => 0);
    const mine = async () => ({ id: -1 });
    client.acquireConnection = mine;
    const stop = spreadWaitingQueries(client);
    expect(client.acquireConnection).not.toBe(mine);
    stop();
    expect(client.acquireConnection).toBe(mine);
  });
});
