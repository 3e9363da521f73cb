/**
 * The windows of a stream, each with `ahead`: a way to start work on the next window (its
 * parsing, in the pool) while this one is decided and written. The next window is asked for as
 * soon as this one is handed out; a window is never asked for twice, and a stream left early is
 * closed (its `return`), as `for await` does.
 */
export async function* withLookahead<T>(
  windows: Iterable<T> | AsyncIterable<T>
): AsyncGenerator<{ current: T; ahead: (use: (next: T) => void) => void }> {
  const iterator =
    Symbol.asyncIterator in windows
      ? (windows as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (windows as Iterable<T>)[Symbol.iterator]();
  const ask = () => {
    const step = Promise.resolve(iterator.next());
    // Awaited below; until then, a failure must not count as unhandled.
    step.catch(() => {});
    return step;
  };
  let finished = false;
  try {
    let upcoming = ask();
    for (;;) {
      const step = await upcoming;
      if (step.done) {
        finished = true;
        return;
      }
      upcoming = ask();
      const next = upcoming;
      yield {
        current: step.value,
        ahead: (use) => {
          next.then((after) => (after.done ? undefined : use(after.value))).catch(() => {});
        },
      };
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}
