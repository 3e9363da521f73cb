import { createPacer, nextTurn } from '../pause';

describe('createPacer', () => {
  it('returns at once while its slice lasts: nothing else runs in between', async () => {
    const pace = createPacer(60_000);
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    for (let i = 0; i < 100; i += 1) await pace();
    expect(ran).toBe(false);
    await nextTurn();
    expect(ran).toBe(true);
  });

  it('gives the event loop back once the slice is used up, then starts a new slice', async () => {
    const pace = createPacer(0);
    let runs = 0;
    const timer = setInterval(() => {
      runs += 1;
    }, 0);
    try {
      // Until the timer has run, or long enough that a pacer that never gives the loop back
      // fails: a fixed 30 ms window failed on a loaded machine (the thread descheduled for all
      // of it, one call of the pacer, no turn of the loop yet).
      const until = Date.now() + 2_000;
      while (runs === 0 && Date.now() < until) await pace();
    } finally {
      clearInterval(timer);
    }
    expect(runs).toBeGreaterThan(0);
  });
});
