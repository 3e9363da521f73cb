import { createEventQueue, MAX_SENDING, sendingLimitFor } from '../event-queue';

describe('createEventQueue: sends while the import goes on, a bounded number at a time', () => {
  it('lets `max` sends run, then makes the next push wait for the oldest', async () => {
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const queue = createEventQueue((n: number) => {
      started.push(n);
      return new Promise<void>((resolve) => releases.push(resolve));
    }, 2);
    await queue.push(1);
    await queue.push(2);
    let third = false;
    const pushing = queue.push(3).then(() => {
      third = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
    expect(third).toBe(false);
    releases[0]();
    await pushing;
    expect(started).toEqual([1, 2, 3]);
    let drained = false;
    const draining = queue.drain().then(() => {
      drained = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    releases[1]();
    releases[2]();
    await draining;
    expect(drained).toBe(true);
  });
});

describe('sendingLimitFor', () => {
  it('sends one chunk at a time on SQLite, a few elsewhere', () => {
    expect(sendingLimitFor(true)).toBe(1);
    expect(sendingLimitFor(false)).toBe(MAX_SENDING);
    expect(MAX_SENDING).toBeGreaterThan(1);
  });
});
