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
 * A batch process that serves nobody else (the CLI) tells V8 to collect the old generation
 * sooner (batchMemory): V8 then gives the freed pages back and the process stays near its live
 * size. A server's import changes nothing of the process's collector: the admin's import never
 * asks for it.
 */

/**
 * How often, at most, `newsroom seed` forces a full collection (the backstop below), in
 * milliseconds of import.
 */
export const SEED_COLLECT_EVERY_MS = 2_000;

/**
 * V8's heap growing factor while `newsroom seed` imports, in percent: V8 starts its next full
 * collection once the old generation is this much larger than the last one left. Its own
 * heuristic lets a heap that collects fast grow to several times its live size (RSS 467 MiB at
 * 10k articles with nothing else done); forced full collections kept it down but each one is an
 * atomic pause of ~100 ms (most of it marking the app's own ~100 MiB: five per 10k articles,
 * ~0.5 s). With the factor tightened, V8 collects as often, but incrementally and concurrently
 * (bench, 10k, SQLite, interleaved runs: longest pause 21–36 ms against 91–128 ms, collection time
 * 720–944 ms against 1,037–1,625 ms, peak RSS 347–363 MiB against 362–385 MiB).
 */
export const SEED_HEAP_GROWING_PERCENT = 40;

/**
 * The backstop: a full collection once the heap holds this much more than the least it held
 * since the last one — only reached if V8 did not take the factor above (a Node.js whose V8
 * no longer has the flag, say).
 */
export const SEED_HEAP_BUDGET_BYTES = 128 * 1024 * 1024;

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

/** The flag as the process may have been started with it (`node --heap-growing-percent=…`). */
const GROWING_FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

/** Imports holding the tightened factor: the last one to finish sets V8's default back. */
let growthHolders = 0;

/**
 * Sets V8's heap growing factor to `percent` until the returned call (V8's default, 0: its own
 * heuristic, once every caller has called it). A process started with its own
 * `--heap-growing-percent` keeps it.
 */
export const tightenHeapGrowth = (
  percent: number,
  setFlags: (flags: string) => void = (flags) => v8.setFlagsFromString(flags),
  execArgv: readonly string[] = process.execArgv
): (() => void) => {
  if (execArgv.some((arg) => GROWING_FLAG.test(arg))) return () => {};
  if (growthHolders === 0) {
    try {
      setFlags(`--heap-growing-percent=${percent}`);
    } catch {
      // A V8 that refuses flags once started: the backstop collection bounds the heap instead.
      return () => {};
    }
  }
  growthHolders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    growthHolders -= 1;
    if (growthHolders === 0) setFlags('--heap-growing-percent=0');
  };
};

/** What a batch process does for its memory while it imports: see batchMemory. */
export interface BatchMemory {
  /** Between chunks: the backstop collection, when it is due. */
  collect: () => void;
  /** At the end: V8's own heap growing factor back. */
  stop: () => void;
}

/**
 * The memory policy of an import run by a process that serves nobody else (`newsroom seed`):
 * nothing when `everyMs` is not a positive number or no full collection can be had (a server's
 * import: never). Otherwise V8's heap growing factor is tightened for the import
 * (SEED_HEAP_GROWING_PERCENT), one full collection sets V8's next limit from the live heap at
 * once (else the limit the last collection left — after a boot, often several times the live
 * size — holds until V8's next own collection), and `collect` forces another only as a
 * backstop: at most every `everyMs`, and only once the heap holds `budgetBytes` more than the
 * least it was seen holding since the last.
 */
export const batchMemory = (
  everyMs: number | undefined,
  collect: Collect | null = everyMs !== undefined && everyMs > 0 ? fullCollection() : null,
  now: () => number = () => performance.now(),
  heapUsed: () => number = () => v8.getHeapStatistics().used_heap_size,
  budgetBytes: number = SEED_HEAP_BUDGET_BYTES,
  tighten: (percent: number) => () => void = tightenHeapGrowth
): BatchMemory => {
  if (!collect || everyMs === undefined || !(everyMs > 0)) {
    return { collect: () => {}, stop: () => {} };
  }
  const stop = tighten(SEED_HEAP_GROWING_PERCENT);
  collect();
  let since = now();
  let least = heapUsed();
  return {
    collect: () => {
      const used = heapUsed();
      // V8's own collections bring it down between the calls.
      if (used < least) least = used;
      if (now() - since < everyMs || used - least < budgetBytes) return;
      collect();
      since = now();
      least = heapUsed();
    },
    stop,
  };
};
