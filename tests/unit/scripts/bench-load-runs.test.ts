// The bench's summary of the import under API load over several runs (plain JavaScript).
const { summariseLoadRuns, loadRunsLines, median } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../../scripts/bench/load-runs.js') as {
    summariseLoadRuns: (results: unknown[]) => Summary | null;
    loadRunsLines: (summary: Summary | null) => string[];
    median: (values: number[]) => number | null;
  };

interface Series {
  runs: number[];
  median: number | null;
}
interface LoadFigures {
  blocksDuring: Series;
  blocksAlone: Series;
  longestBlockMs: Series;
  listP99Ms: Series;
}
interface Summary {
  count: number;
  closed: LoadFigures;
  open: LoadFigures | null;
}

const loop = (blocksOver100: number, longestBlockMs: number) => ({ blocksOver100, longestBlockMs });

/** One run of the content-api scenario, shaped as the bench keeps it. */
const run = (figures: {
  during: number;
  alone: number;
  longest: number;
  p99: number;
  openDuring?: number;
  openAlone?: number;
  openP99?: number;
}) => ({
  id: 'content-api',
  seconds: 10,
  eventLoop: loop(figures.during, figures.longest),
  api: {
    routes: [
      { name: 'authors', rps: 300 },
      { name: 'article list', rps: 90, eventLoop: loop(figures.alone, 60) },
    ],
    underImport: { p99: figures.p99 },
    ...(figures.openDuring === undefined
      ? {}
      : {
          paced: {
            rate: 45,
            alone: { eventLoop: loop(figures.openAlone ?? 0, 50) },
            underImport: { p99: figures.openP99 ?? 0, eventLoop: loop(figures.openDuring, 120.4) },
          },
        }),
  },
});

describe('bench: the import under API load over several runs', () => {
  it('takes the median of an odd and of an even number of values, in any order', () => {
    expect(median([10, 0, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('keeps every run in order, with the medians, for both loads', () => {
    const summary = summariseLoadRuns([
      run({
        during: 0,
        alone: 1,
        longest: 82.4,
        p99: 137.2,
        openDuring: 0,
        openAlone: 0,
        openP99: 123,
      }),
      run({
        during: 10,
        alone: 1,
        longest: 249,
        p99: 197,
        openDuring: 2,
        openAlone: 1,
        openP99: 148,
      }),
      run({
        during: 3,
        alone: 0,
        longest: 137,
        p99: 157,
        openDuring: 0,
        openAlone: 1,
        openP99: 113,
      }),
    ]);
    expect(summary).toEqual({
      count: 3,
      closed: {
        blocksDuring: { runs: [0, 10, 3], median: 3 },
        blocksAlone: { runs: [1, 1, 0], median: 1 },
        longestBlockMs: { runs: [82, 249, 137], median: 137 },
        listP99Ms: { runs: [137, 197, 157], median: 157 },
      },
      open: {
        blocksDuring: { runs: [0, 2, 0], median: 0 },
        blocksAlone: { runs: [0, 1, 1], median: 1 },
        longestBlockMs: { runs: [120, 120, 120], median: 120 },
        listP99Ms: { runs: [123, 148, 113], median: 123 },
      },
    });
    expect(loadRunsLines(summary)).toEqual([
      'Over 3 runs (every run, in order; not only the fastest):',
      '  closed loop: blocks over 100 ms during the import 0, 10, 3 (median 3); in the load alone 1, 1, 0 (median 1); longest block ms 82, 249, 137 (median 137); list p99 ms 137, 197, 157 (median 157)',
      '  open loop: blocks over 100 ms during the import 0, 2, 0 (median 0); in the load alone 0, 1, 1 (median 1); longest block ms 120, 120, 120 (median 120); list p99 ms 123, 148, 113 (median 123)',
    ]);
  });

  it('says nothing for a single run, and leaves the open loop out when a run has none', () => {
    expect(summariseLoadRuns([run({ during: 1, alone: 0, longest: 120, p99: 150 })])).toBeNull();
    expect(loadRunsLines(null)).toEqual([]);
    const summary = summariseLoadRuns([
      run({ during: 1, alone: 0, longest: 120, p99: 150 }),
      run({ during: 2, alone: 1, longest: 130, p99: 160, openDuring: 1 }),
    ]);
    expect(summary?.open).toBeNull();
    expect(summary?.closed.blocksDuring).toEqual({ runs: [1, 2], median: 1.5 });
    expect(loadRunsLines(summary)).toHaveLength(2);
  });
});
