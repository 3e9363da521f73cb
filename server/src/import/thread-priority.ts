import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * The parse workers are background work: they run at a lower scheduling priority than the
 * thread that serves requests and writes the import (issue 13: no event-loop block over 100 ms
 * during an admin import). On a machine with few cores the server's thread, the parse workers and
 * everything else compete for them; under the bench's load (2 cores), blocks over 100 ms spent
 * 18–81 ms of their length waiting for a CPU while a worker parsed the next window. A lower
 * priority gives the server's thread the CPU first when both want it; when a core is free the
 * worker runs as fast. Bench, 5k articles imported under the closed-loop load, six interleaved
 * runs each: the server's thread waited for a CPU a median 7 % of its time over the import,
 * against 9.5 % with the workers at the server's priority; the first import's time unchanged.
 *
 * Linux keeps a nice value per thread (`setpriority` with a thread's id affects that thread
 * alone), so a worker can lower its own. Elsewhere — no `/proc/thread-self` — nothing is changed.
 */

/** How much lower than the thread that starts it a parse worker runs (nice values, 0–19). */
export const WORKER_NICENESS = 10;

/** The calling thread's id on Linux (`/proc/thread-self` is `<pid>/task/<tid>`), else null. */
export const currentThreadId = (
  readlink: (path: string) => string = readlinkSync
): number | null => {
  try {
    const match = /\/task\/(\d+)$/.exec(readlink('/proc/thread-self'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
};

export interface PriorityDeps {
  threadId?: () => number | null;
  get?: (id: number) => number;
  set?: (id: number, priority: number) => void;
}

/**
 * Lowers the calling thread's priority by `by` nice steps (at most to 19, the lowest). Returns the
 * thread's new nice value, or null where it could not be done (not Linux, or refused): the worker
 * then runs as before — a lower priority is a courtesy, never a reason to fail a parse.
 */
export const lowerThreadPriority = (
  by: number = WORKER_NICENESS,
  { threadId = currentThreadId, get = getPriority, set = setPriority }: PriorityDeps = {}
): number | null => {
  const id = threadId();
  if (id === null) return null;
  try {
    const niceness = Math.min(19, get(id) + by);
    set(id, niceness);
    return niceness;
  } catch {
    return null;
  }
};
