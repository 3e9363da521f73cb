'use strict';
/**
 * `npm run bench -- --parse-only`: how fast the pure parser reads news text, without Strapi or
 * a database. Bundles server/src/parsing with esbuild (the source, so no `npm run build` is
 * needed), parses the same deterministic corpus as the import benchmark `repeat` times, and
 * reports the fastest pass in MB/s of input. Target: ≥ 5 MB/s.
 */
const fs = require('node:fs');
const path = require('node:path');
const { generateCorpus } = require('./corpus');

const ROOT = path.resolve(__dirname, '..', '..');
const TARGET_MB_PER_SECOND = 5;

const loadParser = () => {
  const { buildSync } = require('esbuild');
  // Inside the repository, so that the bundle's require() finds node_modules.
  fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'newsroom-parse-bench-'));
  const outfile = path.join(dir, 'parsing.js');
  try {
    buildSync({
      entryPoints: [path.join(ROOT, 'server', 'src', 'parsing', 'index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
      absWorkingDir: ROOT,
    });
    return require(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const parseOnly = (options) => {
  const { parseSource } = loadParser();
  const corpus = generateCorpus(options.n);
  const inputs = corpus.inputs.map((input) => ({
    name: input.name,
    bytes: new Uint8Array(Buffer.from(input.content)),
  }));
  const passes = Math.max(3, options.repeat);
  let best = Infinity;
  // CPU time as well: on a machine shared with other work it is steadier than wall time.
  let bestCpu = Infinity;
  let failed = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    failed = 0;
    for (const input of inputs) {
      for (const item of parseSource(input.bytes, input.name)) if (!item.ok) failed += 1;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  const mb = corpus.bytes / 1024 / 1024;
  const result = {
    n: options.n,
    bytes: corpus.bytes,
    seconds: Math.round(best * 1000) / 1000,
    mbPerSecond: Math.round((mb / best) * 100) / 100,
    cpuSeconds: Math.round(bestCpu * 1000) / 1000,
    mbPerCpuSecond: Math.round((mb / bestCpu) * 100) / 100,
    articlesPerSecond: Math.round(options.n / best),
    failed,
    target: { min: TARGET_MB_PER_SECOND, met: mb / best >= TARGET_MB_PER_SECOND },
  };
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      `Parse only — ${options.n} news-text articles, ${mb.toFixed(1)} MB, fastest of ${passes} passes:\n` +
        `  ${result.seconds.toFixed(3)} s, ${result.mbPerSecond.toFixed(2)} MB/s, ` +
        `${result.articlesPerSecond} articles/s   target ≥ ${TARGET_MB_PER_SECOND} MB/s   ` +
        `${result.target.met ? 'met' : 'NOT met'}${failed > 0 ? `   (${failed} failed to parse)` : ''}\n` +
        `  CPU ${result.cpuSeconds.toFixed(3)} s: ${result.mbPerCpuSecond.toFixed(2)} MB per CPU second\n`
    );
  }
  return failed > 0 ? 1 : 0;
};

module.exports = { parseOnly, TARGET_MB_PER_SECOND };
