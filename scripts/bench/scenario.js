'use strict';
/**
 * One benchmark scenario, run in its own process (forked by scripts/bench.js with `--scenario`):
 * boots the compiled playground on the SQLite file named by DATABASE_FILENAME, imports the corpus
 * (timed: the import only, not the boot), checks the outcome and sends the result to the parent
 * over IPC. Peak RSS is this process's `process.resourceUsage().maxRSS` (KiB), boot included.
 */
const path = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const { generateCorpus } = require('./corpus');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');
const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  category: 'plugin::newsroom.category',
};

/** Lower-case ASCII words joined by hyphens: the corpus's names are plain Latin letters. */
const slugOf = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Counts the SQL statements knex sends (transactions included), by kind. */
const countQueries = (strapi) => {
  const counts = { total: 0, select: 0, insert: 0, update: 0, delete: 0, other: 0 };
  const onQuery = (query) => {
    counts.total += 1;
    const verb = /^\s*(\w+)/.exec(query.sql || '')?.[1]?.toLowerCase();
    counts[verb in counts && verb !== 'total' ? verb : 'other'] += 1;
  };
  strapi.db.connection.on('query', onQuery);
  return {
    counts,
    stop: () => strapi.db.connection.removeListener('query', onQuery),
  };
};

/**
 * The event loop during the import: perf_hooks.monitorEventLoopDelay (sampled every 10 ms), and
 * a 10 ms interval timer that counts how often it ran and the longest gap between two of its
 * runs — the longest time the process could not answer a request or run a timer (a loop that
 * never turned during the import gives one gap as long as the import, and 0 timer runs).
 */
const watchEventLoop = async () => {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let longestGap = 0;
  let mostCpu = 0;
  let timerRuns = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    longestGap = Math.max(longestGap, now - last);
    // On a busy machine a gap is partly other processes' time: the CPU this one used in it
    // (all its threads, the GC's included) is what the import itself held the loop for.
    mostCpu = Math.max(mostCpu, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000);
    last = now;
    lastCpu = cpu;
  };
  // The histogram's first tick only starts its clock: let it pass before the import.
  await new Promise((resolve) => setTimeout(resolve, 30));
  longestGap = 0;
  last = performance.now();
  lastCpu = process.cpuUsage();
  const interval = setInterval(() => {
    timerRuns += 1;
    tick();
  }, 10);
  const ms = (value) => Math.round(value * 10) / 10;
  return {
    /** Call right when the import returns. */
    stop: async () => {
      tick();
      clearInterval(interval);
      // A loop blocked until the end of the import has one histogram sample pending.
      await new Promise((resolve) => setTimeout(resolve, 20));
      histogram.disable();
      return {
        longestBlockMs: ms(longestGap),
        longestBlockCpuMs: ms(mostCpu),
        timerRuns,
        maxDelayMs: ms(histogram.max / 1e6),
        p99DelayMs: ms(histogram.percentile(99) / 1e6),
        meanDelayMs: ms(histogram.count > 0 ? histogram.mean / 1e6 : 0),
        samples: histogram.count,
      };
    },
  };
};

const fail = (message) => {
  throw new Error(message);
};

const summariseTotals = (report) => ({
  ...report.totals,
  authors: report.authors,
  categories: report.categories,
});

const firstFailures = (report) =>
  report.articles
    .filter((a) => a.action === 'failed' || a.action === 'invalid')
    .slice(0, 3)
    .map((a) => `${a.source}: ${a.error?.message}`)
    .join('\n  ');

/** The engine: `apply(inputs, { status: 'published' })`, first import or re-import. */
const runEngine = async (strapi, corpus, options) => {
  const service = strapi.plugin('newsroom').service('import');
  const queries = countQueries(strapi);
  const cpu = process.cpuUsage();
  const loop = await watchEventLoop();
  const started = process.hrtime.bigint();
  const report = await service.apply(corpus.inputs, {
    status: 'published',
    origin: 'cli',
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
  });
  const ns = process.hrtime.bigint() - started;
  const eventLoop = await loop.stop();
  const cpuUs = process.cpuUsage(cpu);
  queries.stop();
  const n = corpus.inputs.length;
  const { totals } = report;
  if (totals.failed > 0) {
    fail(`${totals.failed} of ${n} articles failed:\n  ${firstFailures(report)}`);
  }
  if (options.reimport) {
    if (totals.unchanged !== n || totals.created !== 0 || totals.updated !== 0) {
      fail(
        `re-import: expected all ${n} articles unchanged, got ${JSON.stringify(totals)} — ` +
          'the engine is not idempotent on this corpus'
      );
    }
    if (report.authors.created !== 0 || report.categories.created !== 0) {
      fail(
        `re-import created ${report.authors.created} authors and ${report.categories.created} categories (expected none)`
      );
    }
  } else if (totals.created !== n) {
    fail(`first import: expected ${n} articles created, got ${JSON.stringify(totals)}`);
  }
  return { ns, cpuUs, eventLoop, queries: queries.counts, totals: summariseTotals(report) };
};

/**
 * The naive way, as Strapi's own example seed does it: one Document Service call per entity, no
 * surrounding transaction, authors and categories found or created by name, one article at a
 * time. The drafts come from the engine's plan (parsing is not what is measured here).
 */
const runNaive = async (strapi, corpus) => {
  const plan = await strapi
    .plugin('newsroom')
    .service('import')
    .plan(corpus.inputs, { status: 'published' });
  const drafts = plan.articles.filter((a) => a.draft);
  if (drafts.length !== corpus.inputs.length) {
    fail(
      `plan: ${corpus.inputs.length - drafts.length} articles did not parse:\n  ${firstFailures(plan)}`
    );
  }

  const findOrCreate = async (uid, name, extra = {}) => {
    const found = await strapi.documents(uid).findFirst({ filters: { name } });
    if (found) return found;
    return strapi.documents(uid).create({ data: { name, slug: slugOf(name), ...extra } });
  };

  const queries = countQueries(strapi);
  const cpu = process.cpuUsage();
  const loop = await watchEventLoop();
  const started = process.hrtime.bigint();
  for (const { source, draft } of drafts) {
    const authors = [];
    for (const name of draft.authors)
      authors.push((await findOrCreate(UID.author, name)).documentId);
    let category = null;
    for (const name of draft.categoryPath) {
      category = await findOrCreate(UID.category, name, { parent: category?.documentId ?? null });
    }
    await strapi.documents(UID.article).create({
      data: {
        title: draft.title,
        slug: draft.slug,
        description: draft.description,
        body: draft.body,
        tags: draft.tags,
        authors,
        category: category?.documentId ?? null,
        sourceName: source,
        sourceUrl: draft.sourceMeta.sourceUrl ?? null,
        importedAt: new Date(),
        sourceMeta: draft.sourceMeta,
      },
      status: 'published',
    });
  }
  const ns = process.hrtime.bigint() - started;
  const eventLoop = await loop.stop();
  const cpuUs = process.cpuUsage(cpu);
  queries.stop();
  return { ns, cpuUs, eventLoop, queries: queries.counts, totals: { created: drafts.length } };
};

/** What the database holds after the import: the same for the engine and the naive way. */
const checkDatabase = async (strapi, corpus) => {
  const n = corpus.inputs.length;
  const [published, drafts, authors, categories] = await Promise.all([
    strapi.db.query(UID.article).count({ where: { publishedAt: { $notNull: true } } }),
    strapi.db.query(UID.article).count({ where: { publishedAt: { $null: true } } }),
    strapi.db.query(UID.author).count(),
    strapi.db.query(UID.category).count(),
  ]);
  const found = { published, drafts, authors, categories };
  const expected = {
    published: n,
    drafts: n,
    authors: corpus.used.authors,
    categories: corpus.used.categories,
  };
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    fail(`the database holds ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
  return found;
};

const runScenario = async ({ scenario, n, chunkSize }) => {
  const { createStrapi } = require('@strapi/strapi');
  const corpus = generateCorpus(n);
  const bootStarted = process.hrtime.bigint();
  const strapi = createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  strapi.log.level = 'error';
  let result;
  try {
    await strapi.load();
    const bootNs = process.hrtime.bigint() - bootStarted;
    if (scenario === 'engine-first') result = await runEngine(strapi, corpus, { chunkSize });
    else if (scenario === 'engine-reimport')
      result = await runEngine(strapi, corpus, { chunkSize, reimport: true });
    else if (scenario === 'naive') result = await runNaive(strapi, corpus);
    else fail(`unknown scenario "${scenario}"`);
    result.database = await checkDatabase(strapi, corpus);
    result.bootSeconds = Number(bootNs) / 1e9;
  } finally {
    await strapi.destroy().catch(() => {});
  }
  return {
    ok: true,
    scenario,
    articles: n,
    seconds: Number(result.ns) / 1e9,
    /** CPU time of this process during the import (user + system): less noisy on a busy machine. */
    cpuSeconds: (result.cpuUs.user + result.cpuUs.system) / 1e6,
    bootSeconds: result.bootSeconds,
    maxRSSKiB: process.resourceUsage().maxRSS,
    eventLoop: result.eventLoop,
    queries: result.queries,
    totals: result.totals,
    database: result.database,
  };
};

/** Entry point in the forked child: runs, reports over IPC, exits. */
const main = (options) => {
  const send = (message) =>
    new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
  runScenario(options)
    .then(async (result) => {
      // Run by hand (no parent process): the result on stdout.
      if (!process.send) process.stdout.write(`${JSON.stringify(result)}\n`);
      await send(result);
      process.exit(0);
    })
    .catch(async (error) => {
      await send({
        ok: false,
        scenario: options.scenario,
        error: error && error.message ? error.message : String(error),
        stack: error && error.stack ? String(error.stack) : undefined,
      });
      process.exit(1);
    });
};

module.exports = { main, runScenario, slugOf };
