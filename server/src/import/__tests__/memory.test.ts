import { execFileSync } from 'node:child_process';

import {
  batchMemory,
  fullCollection,
  SEED_COLLECT_EVERY_MS,
  SEED_HEAP_GROWING_PERCENT,
  tightenHeapGrowth,
} from '../memory';

describe('batchMemory', () => {
  const clock = () => {
    let t = 1_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };
  /** A stand-in for tightenHeapGrowth: records what was set and whether it was given back. */
  const growth = () => {
    const calls: string[] = [];
    const tighten = (percent: number) => {
      calls.push(`set ${percent}`);
      return () => calls.push('restore');
    };
    return { calls, tighten };
  };

  it('tightens the heap growth and collects once at the start, gives the growth back at the end', () => {
    const { now } = clock();
    const collect = jest.fn();
    const { calls, tighten } = growth();
    const memory = batchMemory(2_000, collect, now, () => 100, 48, tighten);
    expect(calls).toEqual([`set ${SEED_HEAP_GROWING_PERCENT}`]);
    expect(collect).toHaveBeenCalledTimes(1);
    memory.stop();
    expect(calls).toEqual([`set ${SEED_HEAP_GROWING_PERCENT}`, 'restore']);
  });

  it('forces another collection only once the interval has passed and the heap has grown by the budget', () => {
    const { now, advance } = clock();
    let used = 100;
    // A collection leaves the live heap: 120.
    const collect = jest.fn(() => {
      used = 120;
    });
    const memory = batchMemory(2_000, collect, now, () => used, 48, growth().tighten);
    expect(collect).toHaveBeenCalledTimes(1);
    // Grown by the budget, but within the interval: nothing.
    used = 200;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(1);
    // The interval passed, the heap not grown by the budget: nothing.
    advance(2_000);
    used = 167;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(1);
    used = 168;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(2);
    // The budget counts from the least the heap was seen holding: V8's own collections.
    advance(2_000);
    used = 110;
    memory.collect();
    used = 157;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(2);
    used = 158;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(3);
    // …and the clock from the last collection.
    advance(1_999);
    used = 1_000;
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(3);
    advance(1);
    memory.collect();
    expect(collect).toHaveBeenCalledTimes(4);
  });

  it('does nothing without an interval, with a zero or negative one, or without a collection', () => {
    const { now, advance } = clock();
    const collect = jest.fn();
    const { calls, tighten } = growth();
    for (const every of [undefined, 0, -5, Number.NaN]) {
      const memory = batchMemory(every, collect, now, () => 1e12, 48, tighten);
      advance(60_000);
      memory.collect();
      memory.stop();
    }
    const none = batchMemory(10, null, now, () => 1e12, 48, tighten);
    advance(60_000);
    none.collect();
    none.stop();
    expect(collect).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('the CLI: a backstop every couple of seconds at most, V8 told to grow the heap by 40 %', () => {
    expect(SEED_COLLECT_EVERY_MS).toBe(2_000);
    expect(SEED_HEAP_GROWING_PERCENT).toBe(40);
  });
});

describe('tightenHeapGrowth', () => {
  it('sets the flag for the first holder and V8 default back after the last', () => {
    const set: string[] = [];
    const record = (flags: string) => set.push(flags);
    const first = tightenHeapGrowth(40, record, []);
    const second = tightenHeapGrowth(40, record, []);
    expect(set).toEqual(['--heap-growing-percent=40']);
    first();
    first();
    expect(set).toEqual(['--heap-growing-percent=40']);
    second();
    expect(set).toEqual(['--heap-growing-percent=40', '--heap-growing-percent=0']);
  });

  it('goes on without the factor when V8 refuses the flag', () => {
    const refuse = () => {
      throw new Error('flags are frozen');
    };
    const release = tightenHeapGrowth(40, refuse, []);
    release();
    // Nothing was held: the next import sets it as the first.
    const set: string[] = [];
    tightenHeapGrowth(40, (flags) => set.push(flags), [])();
    expect(set).toEqual(['--heap-growing-percent=40', '--heap-growing-percent=0']);
  });

  it('leaves a process started with its own factor as it is', () => {
    const set: string[] = [];
    for (const argv of [['--heap-growing-percent=25'], ['--heap_growing_percent=25']]) {
      tightenHeapGrowth(40, (flags) => set.push(flags), ['--expose-gc', ...argv])();
    }
    expect(set).toEqual([]);
  });

  it("is a flag this Node.js's V8 has", () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toMatch(/^\s*--heap-growing-percent \(/m);
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
