import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Keeping a long import's memory where its live data is (issue 13: peak RSS flat from 10k to
 * 100k articles). An import streams: what it holds at any time is a window of inputs, a chunk's
 * state and the report's capped lines (~100 MiB of heap at 10k and at 100k). What grew with the
 * batch was V8's heap *size*, not what lives in it: with nothing else asking for memory, V8
 * collects the old generation late and keeps the pages it grew into, so the resident size of a
 * `newsroom seed` rose with every chunk of garbage (400 MiB at 10k, 434 at 30k) while a full
 * collection would have found the same ~100 MiB alive each time.
 *
 * A batch process that serves nobody else (the CLI) can afford a full collection every couple of
 * seconds (a pause of tens of milliseconds, ~2 % of the import's time); V8 then gives the freed
 * pages back and the process stays at its live size. A server must not (the pause would hold
 * every request), so the admin's import never asks for one.
 */

/** How often `newsroom seed` collects, in milliseconds of import. */
export const SEED_COLLECT_EVERY_MS = 2_000;

/**
 * …or sooner, once the heap holds this much more than the last collection left: a fast import
 * makes more garbage in two seconds than a slow one (bench, chunks of 200: the heap used reached
 * 193 MiB over a live ~100 MiB before a collection came; peak RSS at 10k 397 → 368 MiB).
 */
export const SEED_HEAP_BUDGET_BYTES = 48 * 1024 * 1024;

export type Collect = () => void;

/**
 * A full garbage collection of this process, or null where none can be asked for. `--expose-gc`
 * gives `globalThis.gc`; without it, the flag is set for the moment a new context is made, which
 * then has `gc` (the way the `expose-gc` package does it), and set back.
 */
export const fullCollection = (): Collect | null => {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as Collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
};

/**
 * A call that collects when `everyMs` have passed since it last did (the first call only starts
 * the clock), or when the heap has grown by `budgetBytes` since; nothing when `everyMs` is not a
 * positive number or no collection can be had.
 */
export const createCollector = (
  everyMs: number | undefined,
  collect: Collect | null = everyMs !== undefined && everyMs > 0 ? fullCollection() : null,
  now: () => number = () => performance.now(),
  heapUsed: () => number = () => v8.getHeapStatistics().used_heap_size,
  budgetBytes: number = SEED_HEAP_BUDGET_BYTES
): (() => void) => {
  if (!collect || everyMs === undefined || !(everyMs > 0)) return () => {};
  let since = now();
  let live = heapUsed();
  return () => {
    if (now() - since < everyMs && heapUsed() - live < budgetBytes) return;
    collect();
    since = now();
    live = heapUsed();
  };
};
