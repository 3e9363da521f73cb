import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface LoadResult {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}
interface Load {
  port: number;
  path: string;
  seconds: number;
  concurrency?: number;
  rate?: number;
}
// The bench's load generator (plain JavaScript, run by `npm run bench`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { run } = require('../../../scripts/bench/load.js') as {
  run: (load: Load) => Promise<LoadResult>;
};

/**
 * A server that answers at once, except that it holds every request it receives in its first
 * `stallMs` until that time is over: a server that stalls, as one whose event loop is blocked.
 */
const stallingServer = async (stallMs: number) => {
  let started = 0;
  const server = http.createServer((_req, res) => {
    if (started === 0) started = performance.now();
    const left = started + stallMs - performance.now();
    const answer = () => res.end('ok');
    if (left > 0) setTimeout(answer, left);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
};

/** Runs `load` against a server stalling for its first 400 ms; the server is closed after. */
const againstStallingServer = async (load: Omit<Load, 'port' | 'path'>) => {
  const { server, port } = await stallingServer(400);
  try {
    return await run({ port, path: '/', ...load });
  } finally {
    server.close();
  }
};

describe('the benchmark load (scripts/bench/load.js)', () => {
  it('keeps its schedule in an open loop while the server stalls, and counts the wait', async () => {
    const result = await againstStallingServer({ seconds: 1, rate: 40 });
    expect(result.errors).toBe(0);
    expect(result.statuses['200']).toBe(result.requests);
    // ~40 sent in the second, the stalled ones included: the stall did not slow the sending.
    expect(result.requests).toBeGreaterThanOrEqual(30);
    expect(result.requests).toBeLessThanOrEqual(42);
    // The first request, sent on time, waited for the whole stall.
    expect(result.max).toBeGreaterThanOrEqual(350);
    // Those sent after the stall were answered at once.
    expect(result.p50).toBeLessThan(200);
  });

  it('sends its next request when the last is answered in a closed loop', async () => {
    const result = await againstStallingServer({ seconds: 1, concurrency: 1 });
    expect(result.errors).toBe(0);
    // One request waited through the stall, then the client sent as fast as it was answered:
    // many more than the open loop's 40.
    expect(result.max).toBeGreaterThanOrEqual(350);
    expect(result.p50).toBeLessThan(200);
    expect(result.requests).toBeGreaterThan(50);
  });
});
