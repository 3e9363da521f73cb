'use strict';
/**
 * HTTP load for the benchmark's content API scenario, run in a worker thread (its own event
 * loop) of the scenario process, then the worker posts { requests, errors, errorCodes, statuses,
 * seconds, rps, p50, p99, max } (ms); `errorCodes` counts the failed requests by their error's
 * code (ECONNRESET…) or message. Two kinds:
 * - closed loop (`concurrency`): that many keep-alive clients, each sending its next request
 *   when the last one is answered: as much as the server can take (it is saturated);
 * - open loop (`rate`): a request every 1/rate s on a fixed schedule, whatever the server does,
 *   as independent readers of a site send them; a latency counts from the request's scheduled
 *   time, so a server that stalls is charged for the requests it kept from being sent.
 */
const http = require('node:http');
const { parentPort, workerData, isMainThread } = require('node:worker_threads');

const percentile = (sorted, p) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const run = async ({ port, path, seconds, concurrency, rate, stop }) => {
  // `stop` (an Int32Array on a SharedArrayBuffer): the load runs until it is set to 1.
  const stopped = () => stop !== undefined && Atomics.load(stop, 0) === 1;
  const agent = new http.Agent({ keepAlive: true, maxSockets: rate ? 64 : concurrency });
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const errorCodes = {};
  const started = performance.now();
  const deadline = stop !== undefined ? Infinity : started + seconds * 1000;
  const once = (t0 = performance.now()) =>
    new Promise((resolve) => {
      let settled = false;
      /** A request that failed — before its answer or in the middle of it — counts once. */
      const failed = (error) => {
        if (settled) return;
        settled = true;
        errors += 1;
        const code = error.code || error.message;
        errorCodes[code] = (errorCodes[code] || 0) + 1;
        resolve();
      };
      const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.resume();
        res.on('error', failed);
        res.on('end', () => {
          if (settled) return;
          settled = true;
          latencies.push(performance.now() - t0);
          statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
          resolve();
        });
      });
      req.on('error', failed);
    });
  const client = async () => {
    while (performance.now() < deadline && !stopped()) await once();
  };
  const paced = async () => {
    const interval = 1000 / rate;
    const inFlight = new Set();
    for (let next = started; performance.now() < deadline && !stopped(); next += interval) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const request = once(next);
      inFlight.add(request);
      request.then(() => inFlight.delete(request));
    }
    await Promise.all(inFlight);
  };
  await (rate ? paced() : Promise.all(Array.from({ length: concurrency }, client)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ms = (value) => Math.round(value * 10) / 10;
  return {
    path,
    requests: latencies.length,
    errors,
    errorCodes,
    statuses,
    seconds: ms(elapsed),
    rps: ms(latencies.length / elapsed),
    p50: ms(percentile(latencies, 50)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies[latencies.length - 1] || 0),
  };
};

if (!isMainThread && workerData && workerData.load) {
  run(workerData.load).then((result) => parentPort.postMessage(result));
}

/**
 * Runs the load in a worker thread; resolves with its figures. With `stop` (a SharedArrayBuffer
 * Int32Array), it runs until `Atomics.store(stop, 0, 1)`.
 */
const loadInWorker = (load) => {
  const { Worker } = require('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { load } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
};

module.exports = { loadInWorker, run };
