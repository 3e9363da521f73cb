'use strict';
/**
 * HTTP load for the benchmark's content API scenario, run in a worker thread (its own event
 * loop) of the scenario process: `concurrency` keep-alive clients request `path` for `seconds`,
 * then the worker posts { requests, errors, statuses, seconds, rps, p50, p99, max } (ms).
 */
const http = require('node:http');
const { parentPort, workerData, isMainThread } = require('node:worker_threads');

const percentile = (sorted, p) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const run = async ({ port, path, seconds, concurrency, stop }) => {
  // `stop` (an Int32Array on a SharedArrayBuffer): the load runs until it is set to 1.
  const stopped = () => stop !== undefined && Atomics.load(stop, 0) === 1;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const started = performance.now();
  const deadline = stop !== undefined ? Infinity : started + seconds * 1000;
  const once = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - t0);
          statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const client = async () => {
    while (performance.now() < deadline && !stopped()) await once();
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ms = (value) => Math.round(value * 10) / 10;
  return {
    path,
    requests: latencies.length,
    errors,
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

module.exports = { loadInWorker };
