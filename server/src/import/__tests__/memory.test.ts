import { createCollector, fullCollection, SEED_COLLECT_EVERY_MS } from '../memory';

describe('createCollector', () => {
  const clock = () => {
    let t = 1_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('collects when the interval has passed since the last collection, not before', () => {
    const { now, advance } = clock();
    const collect = jest.fn();
    const tick = createCollector(2_000, collect, now);
    tick();
    expect(collect).not.toHaveBeenCalled();
    advance(1_999);
    tick();
    expect(collect).not.toHaveBeenCalled();
    advance(1);
    tick();
    expect(collect).toHaveBeenCalledTimes(1);
    // The clock starts again from that collection.
    advance(1_999);
    tick();
    expect(collect).toHaveBeenCalledTimes(1);
    advance(1);
    tick();
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('collects before the interval once the heap has grown by the budget since the last collection', () => {
    const { now, advance } = clock();
    let used = 100;
    // A collection leaves the live heap: 120.
    const collect = jest.fn(() => {
      used = 120;
    });
    const tick = createCollector(2_000, collect, now, () => used, 48);
    used = 147;
    tick();
    expect(collect).not.toHaveBeenCalled();
    used = 148;
    tick();
    expect(collect).toHaveBeenCalledTimes(1);
    // The budget counts from what that collection left, and so does the clock.
    advance(10);
    tick();
    used = 167;
    tick();
    expect(collect).toHaveBeenCalledTimes(1);
    used = 168;
    tick();
    expect(collect).toHaveBeenCalledTimes(2);
    used = 130;
    advance(1_999);
    tick();
    expect(collect).toHaveBeenCalledTimes(2);
    advance(1);
    tick();
    expect(collect).toHaveBeenCalledTimes(3);
  });

  it('never collects without an interval, with a zero or negative one, or without a collection', () => {
    const { now, advance } = clock();
    const collect = jest.fn();
    for (const every of [undefined, 0, -5, Number.NaN]) {
      const tick = createCollector(every, collect, now);
      advance(60_000);
      tick();
    }
    const none = createCollector(10, null, now);
    advance(60_000);
    none();
    expect(collect).not.toHaveBeenCalled();
  });

  it('the CLI collects every couple of seconds', () => {
    expect(SEED_COLLECT_EVERY_MS).toBe(2_000);
  });
});

describe('fullCollection', () => {
  it('gives a working full collection without --expose-gc, and leaves no global gc behind', async () => {
    const hadGlobal = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const collect = fullCollection();
    expect(typeof collect).toBe('function');
    // Garbage made here is gone after it: a weakly held object is collected.
    let held: object | null = { big: new Array(10_000).fill('x') };
    const ref = new WeakRef(held);
    held = null;
    expect(held).toBeNull();
    // A WeakRef keeps its target through the turn that made it: collect on a later turn.
    await new Promise((resolve) => setImmediate(resolve));
    collect!();
    expect(ref.deref()).toBeUndefined();
    expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(hadGlobal);
  });
});
