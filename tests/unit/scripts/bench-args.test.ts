// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseArgs } = require('../../../scripts/bench.js') as {
  parseArgs: (argv: string[]) => Record<string, unknown>;
};

describe('npm run bench arguments', () => {
  it('reads --memory-curve as a list of sizes, spaced or not, with = or a separate value', () => {
    expect(parseArgs(['--memory-curve', '1000,10000,100000']).memoryCurve).toEqual([
      1000, 10000, 100000,
    ]);
    expect(parseArgs(['--memory-curve=500, 2000', '--db', 'postgres'])).toMatchObject({
      memoryCurve: [500, 2000],
      db: 'postgres',
    });
    expect(parseArgs([]).memoryCurve).toBeUndefined();
  });

  it('refuses a size that is not a positive whole number, naming the flag and the value', () => {
    expect(() => parseArgs(['--memory-curve', '1000,ten'])).toThrow(
      '--memory-curve needs a positive whole number (got "ten")'
    );
    expect(() => parseArgs(['--memory-curve', '1000,,2000'])).toThrow(
      '--memory-curve needs a positive whole number (got "")'
    );
  });
});

describe('the bench runs the engine as newsroom seed does', () => {
  it('with the CLI’s full-collection interval', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const scenario = require('../../../scripts/bench/scenario.js') as {
      SEED_COLLECT_EVERY_MS: number;
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const memory = require('../../../server/src/import/memory') as {
      SEED_COLLECT_EVERY_MS: number;
    };
    expect(scenario.SEED_COLLECT_EVERY_MS).toBe(memory.SEED_COLLECT_EVERY_MS);
  });

  it('with the CLI’s chunk size', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const scenario = require('../../../scripts/bench/scenario.js') as { SEED_CHUNK: number };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const seed = require('../../../server/src/cli/seed-inputs') as { SEED_CHUNK: number };
    expect(scenario.SEED_CHUNK).toBe(seed.SEED_CHUNK);
  });
});

describe('--collect-every', () => {
  it('reads milliseconds, 0 included (never), and refuses anything else', () => {
    expect(parseArgs(['--collect-every', '0']).collectEvery).toBe(0);
    expect(parseArgs(['--collect-every=500']).collectEvery).toBe(500);
    expect(parseArgs([]).collectEvery).toBeUndefined();
    expect(() => parseArgs(['--collect-every', '-1'])).toThrow(
      '--collect-every needs a whole number of milliseconds, 0 or more (got "-1")'
    );
    expect(() => parseArgs(['--collect-every', 'often'])).toThrow('(got "often")');
  });
});

describe('--only', () => {
  it('reads a list of scenario ids', () => {
    expect(parseArgs(['--only', 'engine-first,floor']).only).toEqual(
      new Set(['engine-first', 'floor'])
    );
    expect(parseArgs(['--only=naive']).only).toEqual(new Set(['naive']));
    expect(parseArgs([]).only).toBeUndefined();
  });

  it('refuses an unknown id, and a scenario that reads the first import’s database without it', () => {
    expect(() => parseArgs(['--only', 'engine-first,flor'])).toThrow(
      '--only: unknown scenario flor (known: engine-first,'
    );
    expect(() => parseArgs(['--only', 'floor'])).toThrow('need engine-first');
  });
});
