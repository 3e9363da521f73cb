'use strict';

/**
 * The import under API load over several runs (`npm run bench -- --only content-api --repeat K`).
 * One run's event-loop blocks say little on a shared machine: the same build gave 0 blocks over
 * 100 ms in one run and 10 in the next, and the load alone crosses 100 ms in some runs too. So
 * with K > 1 the bench reports every run's figures — blocks during the import and during the same
 * load alone, the article list's p99 — and their medians, never only the fastest run's.
 */

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One load's figures across the runs: each run's value and the median, per figure. */
const series = (values) => ({ runs: values, median: median(values) });

/**
 * The figures of each run of the `content-api` scenario (its results as the bench keeps them:
 * `eventLoop` of the import under the closed-loop load, `api` with the loads alone and the
 * open-loop import), or null when fewer than two runs have them.
 */
const summariseLoadRuns = (results) => {
  const runs = results.filter((r) => r && r.api && r.eventLoop);
  if (runs.length < 2) return null;
  const aloneOf = (r) => r.api.routes.find((route) => route.eventLoop);
  const closed = {
    blocksDuring: series(runs.map((r) => r.eventLoop.blocksOver100)),
    blocksAlone: series(runs.map((r) => aloneOf(r)?.eventLoop.blocksOver100 ?? 0)),
    longestBlockMs: series(runs.map((r) => Math.round(r.eventLoop.longestBlockMs))),
    listP99Ms: series(runs.map((r) => Math.round(r.api.underImport.p99))),
  };
  const paced = runs.filter((r) => r.api.paced);
  const open =
    paced.length === runs.length
      ? {
          blocksDuring: series(paced.map((r) => r.api.paced.underImport.eventLoop.blocksOver100)),
          blocksAlone: series(paced.map((r) => r.api.paced.alone.eventLoop.blocksOver100)),
          longestBlockMs: series(
            paced.map((r) => Math.round(r.api.paced.underImport.eventLoop.longestBlockMs))
          ),
          listP99Ms: series(paced.map((r) => Math.round(r.api.paced.underImport.p99))),
        }
      : null;
  return { count: runs.length, closed, open };
};

const list = ({ runs, median: m }) => `${runs.join(', ')} (median ${m})`;

/** The summary as the bench prints it: a few lines, every run's figures and the medians. */
const loadRunsLines = (summary) => {
  if (!summary) return [];
  const lines = [`Over ${summary.count} runs (every run, in order; not only the fastest):`];
  for (const [label, load] of [
    ['closed loop', summary.closed],
    ['open loop', summary.open],
  ]) {
    if (!load) continue;
    lines.push(
      `  ${label}: blocks over 100 ms during the import ${list(load.blocksDuring)}; ` +
        `in the load alone ${list(load.blocksAlone)}; longest block ms ${list(load.longestBlockMs)}; ` +
        `list p99 ms ${list(load.listP99Ms)}`
    );
  }
  return lines;
};

module.exports = { summariseLoadRuns, loadRunsLines, median };
