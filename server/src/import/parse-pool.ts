import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ParseItem, ParseOptions } from '../parsing';
import type { DraftDerived, EntityRef } from './types';

/**
 * Parsing in worker threads (issue 13: "heavy parsing of large batches in a worker_threads
 * pool"). Parsing is about a quarter of a first import's CPU; in the importing thread it is time
 * in which the server answers nobody and the database waits. With a pool, the files of a large
 * window are parsed on other cores — the next window's while this one is written (engine.ts) —
 * and the importing thread only decides and writes.
 *
 * The workers run the same `parseSource` (parse-worker.ts, bundled to dist/server/
 * parse-worker.js); their output is plain data, so an article parsed in a worker is the article
 * parsed in place (tests/unit/import/parse-pool.test.ts compares them on every fixture). They
 * start on first use and stop after `idleMs` without work; an idle pool does not keep the
 * process alive. A worker that dies fails only its pending inputs, which the reader then parses
 * in place (candidates.ts).
 */

export interface ParseTask {
  id: number;
  content: string | Uint8Array;
  name: string;
  options: ParseOptions;
}

/**
 * What the worker hashes for an article, so that the importing thread need not: its content
 * hash (hash.ts) and its body's part of the import fingerprint (decide/conflict.ts).
 */
export interface ArticlePrints extends DraftDerived {
  content: string;
  /** The article's authors and category path with their slugs (refs.ts). */
  authorRefs: EntityRef[];
  categoryRefs: EntityRef[];
}

export type ParseTaskResult =
  | { id: number; items: ParseItem[]; prints: (ArticlePrints | null)[]; error?: undefined }
  | { id: number; error: string; items?: undefined; prints?: undefined };

/** One input parsed: its items, and each article's prints (null for a failed item). */
export interface Parsed {
  items: ParseItem[];
  prints: (ArticlePrints | null)[];
}

export interface ParsePool {
  readonly size: number;
  parse(content: string | Uint8Array, name: string, options: ParseOptions): Promise<Parsed>;
  /**
   * Starts the workers now (a large import is about to read its first window): their start-up
   * (loading the parser, ~0.1 s) then overlaps the import's own. Idle, they stop as usual.
   */
  warm(): void;
  /** Stops the workers (pending inputs fail). The pool starts them again when asked to parse. */
  close(): Promise<void>;
}

export interface ParsePoolOptions {
  /** The bundled worker script (dist/server/parse-worker.js). */
  file: string;
  /** Most workers at once. */
  size: number;
  /** Workers stop after this long without work (default 10 s). */
  idleMs?: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (parsed: Parsed) => void; reject: (error: Error) => void }>;
}

/**
 * A worker's heap: a young generation of 16 MiB instead of V8's default (up to 48 MiB of
 * semi-spaces). A parse makes short-lived garbage only; the smaller nursery is collected more
 * often, on the worker's own thread, and keeps ~25 MiB less resident per worker (bench: the
 * worker's heap 49–73 → 23–49 MiB during a 40k-article seed).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export const createParsePool = ({ file, size, idleMs = 10_000 }: ParsePoolOptions): ParsePool => {
  const slots: Slot[] = [];
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | null = null;

  const busy = () => slots.some((slot) => slot.pending.size > 0);

  /** Pending work keeps the process alive; an idle pool does not, and stops after a while. */
  const settle = () => {
    if (busy()) return;
    for (const slot of slots) slot.worker.unref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void close(), idleMs);
    idleTimer.unref();
  };

  const fail = (slot: Slot, error: Error) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    for (const { reject } of slot.pending.values()) reject(error);
    slot.pending.clear();
    settle();
  };

  const start = (): Slot => {
    const worker = new Worker(file, { resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (answer: ParseTaskResult) => {
      const waiting = slot.pending.get(answer.id);
      if (!waiting) return;
      slot.pending.delete(answer.id);
      if (answer.error !== undefined) {
        waiting.reject(new Error(`The parse worker failed: ${answer.error}`));
      } else {
        waiting.resolve({ items: answer.items, prints: answer.prints });
      }
      settle();
    });
    worker.on('error', (error) => fail(slot, error));
    worker.on('exit', (code) => {
      if (slots.includes(slot))
        fail(slot, new Error(`The parse worker stopped (exit code ${code}).`));
    });
    slots.push(slot);
    return slot;
  };

  /** The least busy worker, or a new one while the pool is not full and every worker has work. */
  const pick = (): Slot => {
    const idle = slots.reduce<Slot | null>(
      (best, slot) => (best === null || slot.pending.size < best.pending.size ? slot : best),
      null
    );
    if (idle && (idle.pending.size === 0 || slots.length >= size)) return idle;
    return start();
  };

  const parse: ParsePool['parse'] = (content, name, options) =>
    new Promise<Parsed>((resolve, reject) => {
      if (idleTimer) {
        clearTimeout(idleTimer);
        idleTimer = null;
      }
      let slot: Slot;
      try {
        slot = pick();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      const id = nextId++;
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      const task: ParseTask = { id, content, name, options };
      slot.worker.postMessage(task);
    });

  const warm = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    try {
      while (slots.length < size) start();
    } catch {
      // A worker that cannot start fails the parse that needs it, which then parses in place.
    }
    settle();
  };

  const close = async () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const stopping = slots.splice(0);
    for (const slot of stopping) {
      for (const { reject } of slot.pending.values())
        reject(new Error('The parse pool was closed.'));
      slot.pending.clear();
    }
    await Promise.all(stopping.map((slot) => slot.worker.terminate()));
  };

  return { size, parse, warm, close };
};

/** The bundled worker beside the plugin's server bundle; null when running from the sources. */
export const bundledWorkerFile = (): string | null => {
  if (typeof __dirname !== 'string') return null;
  const file = path.join(__dirname, 'parse-worker.js');
  return existsSync(file) ? file : null;
};

/** `parseWorkers: 'auto'`: a worker per core but one (the importing thread's), at most 4. */
export const autoWorkerCount = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

let shared: { pool: ParsePool; key: string } | null = null;

/**
 * The process's pool for `count` workers ('auto' or a number; 0: none), or null: parse in the
 * importing thread. One pool per process, shared by every import.
 */
export const sharedParsePool = (count: number | 'auto', file = bundledWorkerFile()) => {
  const size = count === 'auto' ? autoWorkerCount() : count;
  if (size <= 0 || file === null) return null;
  const key = `${file}\u0000${size}`;
  if (shared?.key !== key) {
    void shared?.pool.close();
    shared = { pool: createParsePool({ file, size }), key };
  }
  return shared.pool;
};
