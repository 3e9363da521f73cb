'use strict';
/**
 * One benchmark scenario, run in its own process (forked by scripts/bench.js with `--scenario`):
 * boots the compiled playground on the SQLite file named by DATABASE_FILENAME, imports the corpus
 * (timed: the import only, not the boot), checks the outcome and sends the result to the parent
 * over IPC. Peak RSS is this process's `process.resourceUsage().maxRSS` (KiB), boot included.
 */
const fs = require('node:fs');
const path = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const { corpusFor } = require('./corpus');
const { loadInWorker } = require('./load');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');
/** `newsroom seed`'s memory policy interval (collectEveryMs: server/src/import/memory.ts; a unit test holds them equal). */
const SEED_COLLECT_EVERY_MS = 2_000;
/** `newsroom seed`'s chunk size (server/src/cli/seed-inputs.ts SEED_CHUNK; a unit test holds them equal). */
const SEED_CHUNK = 200;
const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  category: 'plugin::newsroom.category',
};

/** The naive seed's slug: lower-case ASCII words joined by hyphens. */
const slugOf = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') ||
  // A name with no Latin letter (the realistic corpus's Russian names): a stable hashed slug.
  `n-${require('node:crypto').createHash('sha1').update(name).digest('hex').slice(0, 10)}`;

/**
 * The importing (main) thread's own CPU time in seconds, from Linux's per-thread accounting
 * (/proc/self/task/<pid>/stat, clock ticks of 10 ms); undefined elsewhere. process.cpuUsage()
 * counts every thread — the parse workers and the collector's helpers too — so on a shared
 * 2-core machine this is the steadier figure for what the import costs the thread that serves
 * requests.
 */
const threadCpuSeconds = () => {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, in parentheses): utime is the 14th
    // field of the line, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};

/**
 * The calling thread's time on a CPU and waiting for one (ms), from Linux's scheduler statistics
 * (/proc/thread-self/schedstat, nanoseconds); undefined elsewhere. An event-loop block with
 * little time on the CPU and much waiting was the machine's (other threads had the cores), not
 * code that held the loop.
 */
const schedMs = () => {
  try {
    const [run, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return { run: Number(run) / 1e6, wait: Number(wait) / 1e6 };
  } catch {
    return undefined;
  }
};

/** CPU use from here: the process's (all threads) and the main thread's. */
const cpuMark = () => ({ usage: process.cpuUsage(), thread: threadCpuSeconds() });
const cpuSince = (mark) => {
  const { user, system } = process.cpuUsage(mark.usage);
  const thread = threadCpuSeconds();
  return {
    user,
    system,
    threadSeconds:
      thread === undefined || mark.thread === undefined ? undefined : thread - mark.thread,
  };
};

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
  let blocksOver100 = 0;
  let lastSched = schedMs();
  /** Each block over 100 ms: how long, the main thread's time on a CPU and waiting for one. */
  let blocks = [];
  // The importing thread's garbage-collection pauses: how much of the blocks they are.
  const gc = { longestMs: 0, totalMs: 0, over50: 0 };
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.longestMs = Math.max(gc.longestMs, entry.duration);
      gc.totalMs += entry.duration;
      if (entry.duration > 50) gc.over50 += 1;
    }
  });
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const sched = schedMs();
    if (now - last > 100) {
      blocksOver100 += 1;
      blocks.push({
        ms: Math.round(now - last),
        // The monotonic clock's microseconds at the block's end: a CPU profile's timestamps
        // (NEWSROOM_BENCH_PROFILE) are on the same clock, to see what ran in it.
        endUs: Number(process.hrtime.bigint() / 1000n),
        runMs: sched && lastSched ? Math.round(sched.run - lastSched.run) : undefined,
        waitMs: sched && lastSched ? Math.round(sched.wait - lastSched.wait) : undefined,
      });
    }
    lastSched = sched;
    longestGap = Math.max(longestGap, now - last);
    // On a busy machine a gap is partly other processes' time: the CPU this one used in it
    // (all its threads: the GC and the parse workers included) bounds what the import held it for.
    mostCpu = Math.max(mostCpu, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000);
    last = now;
    lastCpu = cpu;
  };
  // The histogram's first tick only starts its clock: let it pass before the import.
  await new Promise((resolve) => setTimeout(resolve, 30));
  longestGap = 0;
  blocksOver100 = 0;
  blocks = [];
  lastSched = schedMs();
  const firstSched = lastSched;
  last = performance.now();
  lastCpu = process.cpuUsage();
  gcObserver.observe({ entryTypes: ['gc'] });
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
      gcObserver.disconnect();
      const endSched = schedMs();
      return {
        // Linux: the main thread's time on a CPU and waiting for one over the whole import —
        // steadier than a few blocks' to compare builds on a shared machine.
        mainRunMs: endSched && firstSched ? Math.round(endSched.run - firstSched.run) : undefined,
        mainWaitMs:
          endSched && firstSched ? Math.round(endSched.wait - firstSched.wait) : undefined,
        longestBlockMs: ms(longestGap),
        blocksOver100,
        blocks,
        longestGcMs: ms(gc.longestMs),
        gcTotalMs: ms(gc.totalMs),
        gcPausesOver50: gc.over50,
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

/** An error for the terminal: a failed multi-row INSERT quotes its whole SQL in its message. */
const short = (text) =>
  text.length > 1500 ? `${text.slice(0, 700)} … (cut) … ${text.slice(-700)}` : text;

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

/** The corpus on disk (written by the orchestrator), a window of 200 files at a time, as `newsroom seed` reads it. */
async function* windowsFrom(dir) {
  const names = fs
    .readdirSync(dir)
    .filter((name) => /\.(?:txt|md|json)$/.test(name))
    .sort();
  for (let i = 0; i < names.length; i += 200) {
    yield names
      .slice(i, i + 200)
      .map((name) => ({ name, content: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
  }
}

/** What each engine scenario imports, and what its report must say. */
const ENGINE_RUNS = {
  'engine-first': { variant: 'first', expect: (n) => ({ created: n }) },
  'engine-reimport': { variant: 'first', expect: (n) => ({ unchanged: n }) },
  'engine-reimport-bytes': { variant: 'crlf', expect: (n) => ({ unchanged: n }) },
  'engine-one-changed': {
    variant: 'one-changed',
    expect: (n, corpus) => ({ unchanged: n - corpus.changedCount, updated: corpus.changedCount }),
  },
};

/**
 * The engine as `newsroom seed` runs it: `applyStream` over the corpus files, a window at a time,
 * the report kept to 1000 lines. First import, re-imports, one file changed.
 */
const runEngine = async (strapi, corpus, scenario, options) => {
  const service = strapi.plugin('newsroom').service('import');
  const { variant, expect } = ENGINE_RUNS[scenario];
  const n = corpus.n;
  const queries = countQueries(strapi);
  const profiler = await startProfiler(scenario);
  const cpu = cpuMark();
  const loop = await watchEventLoop();
  const started = process.hrtime.bigint();
  const report = await service.applyStream(
    { windows: windowsFrom(path.join(corpus.dir, variant)), total: n },
    {
      status: 'published',
      origin: 'cli',
      maxReportLines: 1000,
      // As `newsroom seed` runs it: V8 told to collect sooner, a backstop collection (memory.ts).
      collectEveryMs: options.collectEvery ?? SEED_COLLECT_EVERY_MS,
      chunkSize: options.chunkSize ?? SEED_CHUNK,
    }
  );
  const ns = process.hrtime.bigint() - started;
  const eventLoop = await loop.stop();
  const cpuUs = cpuSince(cpu);
  await profiler.stop();
  queries.stop();
  const { totals } = report;
  if (totals.failed > 0) {
    fail(`${totals.failed} of ${n} articles failed:\n  ${firstFailures(report)}`);
  }
  const wanted = { created: 0, updated: 0, unchanged: 0, ...expect(n, corpus) };
  const got = { created: totals.created, updated: totals.updated, unchanged: totals.unchanged };
  if (JSON.stringify(got) !== JSON.stringify(wanted)) {
    fail(`${scenario}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(totals)}`);
  }
  if (
    scenario !== 'engine-first' &&
    (report.authors.created !== 0 || report.categories.created !== 0)
  ) {
    fail(
      `${scenario} created ${report.authors.created} authors and ${report.categories.created} categories (expected none)`
    );
  }
  return { ns, cpuUs, eventLoop, queries: queries.counts, totals: summariseTotals(report) };
};

/**
 * With NEWSROOM_BENCH_PROFILE=DIR, a V8 CPU profile of the timed import only (not the boot) is
 * written to DIR/<scenario>.cpuprofile: open it in Chrome's DevTools (Performance) or read it
 * with any .cpuprofile viewer. The profiler costs some CPU: figures of a profiled run are not
 * comparable with others.
 */
const startProfiler = async (scenario) => {
  const dir = process.env.NEWSROOM_BENCH_PROFILE;
  if (!dir) return { stop: async () => {} };
  const { Session } = require('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${scenario}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      process.stderr.write(`  CPU profile of the import: ${file}\n`);
    },
  };
};

/** Articles of the pictures run: at most this many (each picture is uploaded, with its formats). */
const IMAGE_ARTICLES = 100;
/** Distinct pictures: the articles share them, so most covers are linked, not uploaded again. */
const IMAGE_COUNT = 10;

/**
 * Pictures (issue 15): M = min(N, 100) Markdown articles without pictures, then M others each
 * with a cover and a body image from a folder (10 distinct PNGs, so most are found by hash and
 * linked), then the re-import of those (unchanged, nothing uploaded) — all in this one process,
 * so the figures compare as ratios. Timed: the import with pictures.
 */
const runImages = async (strapi, n) => {
  const sharp = require('sharp');
  const os = require('node:os');
  const service = strapi.plugin('newsroom').service('import');
  const m = Math.min(n, IMAGE_ARTICLES);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-images-'));
  try {
    fs.mkdirSync(path.join(root, 'pics'));
    for (let i = 0; i < IMAGE_COUNT; i += 1) {
      const png = await sharp({
        create: { width: 640, height: 400, channels: 3, background: { r: i * 25, g: 90, b: 140 } },
      })
        .png()
        .toBuffer();
      fs.writeFileSync(path.join(root, 'pics', `p${i}.png`), png);
    }
    const article = (i, withPictures) =>
      `---\ntitle: Pictures story ${withPictures ? 'with' : 'without'} ${i}\ncategory: Pictures\nauthor: Jane Roe\n` +
      (withPictures ? `cover: pics/p${i % IMAGE_COUNT}.png\ncoverAlt: Picture ${i}\n` : '') +
      `---\n\nThe first paragraph of story ${i}, long enough to be its lead.\n\n` +
      (withPictures ? `![Body picture ${i}](pics/p${(i + 3) % IMAGE_COUNT}.png)\n\n` : '') +
      'The last paragraph of the story.\n';
    const inputs = (withPictures) =>
      Array.from({ length: m }, (_, i) => {
        const name = `${withPictures ? 'with' : 'without'}-${String(i).padStart(4, '0')}.md`;
        const file = path.join(root, name);
        fs.writeFileSync(file, article(i, withPictures));
        return { name, path: name, content: fs.readFileSync(file), folder: { file, root } };
      });
    const timed = async (list) => {
      const cpu = cpuMark();
      const started = process.hrtime.bigint();
      const report = await service.apply(list, { status: 'published', origin: 'cli' });
      const ns = process.hrtime.bigint() - started;
      if (report.totals.failed > 0) fail(`pictures: ${firstFailures(report)}`);
      return { ns, cpuUs: cpuSince(cpu), report };
    };
    const plain = await timed(inputs(false));
    const queries = countQueries(strapi);
    const loop = await watchEventLoop();
    const pictures = await timed(inputs(true));
    const eventLoop = await loop.stop();
    queries.stop();
    const again = await timed(inputs(true));
    if (pictures.report.totals.created !== m)
      fail(`pictures: ${JSON.stringify(pictures.report.totals)}`);
    if (again.report.totals.unchanged !== m || again.report.images) {
      fail(
        `pictures re-import: ${JSON.stringify(again.report.totals)} ${JSON.stringify(again.report.images)}`
      );
    }
    const perSecond = (run) => m / (Number(run.ns) / 1e9);
    return {
      articles: m,
      ns: pictures.ns,
      cpuUs: pictures.cpuUs,
      eventLoop,
      queries: queries.counts,
      totals: summariseTotals(pictures.report),
      images: {
        articles: m,
        pictures: IMAGE_COUNT,
        filesUploaded: pictures.report.images?.files ?? 0,
        bytesUploaded: pictures.report.images?.bytes ?? 0,
        withoutPerSecond: perSecond(plain),
        withPerSecond: perSecond(pictures),
        reimportPerSecond: perSecond(again),
        reimportBytesUploaded: again.report.images?.bytes ?? 0,
      },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

/**
 * The naive way, as Strapi's own example seed does it: one Document Service call per entity, no
 * surrounding transaction, authors and categories found or created by name, one article at a
 * time. The drafts come from the engine's plan (parsing is not what is measured here).
 */
const runNaive = async (strapi, corpus, { fair = false } = {}) => {
  const plan = await strapi
    .plugin('newsroom')
    .service('import')
    .plan(corpusFor(corpus.mode, corpus.n).inputs, { status: 'published' });
  const drafts = plan.articles.filter((a) => a.draft);
  if (drafts.length !== corpus.n) {
    fail(`plan: ${corpus.n - drafts.length} articles did not parse:\n  ${firstFailures(plan)}`);
  }

  // The fair hand-written seed keeps the authors and categories it found or made in a cache by
  // name, and writes everything in one transaction; the as-shipped one does neither.
  const cache = new Map();
  // Slugs are unique: a title or name met twice (the realistic corpus's collisions) gets `-2`…,
  // as any seed that does not crash on them must do.
  const taken = new Set();
  const freeSlug = (uid, slug) => {
    let candidate = slug;
    for (let i = 2; taken.has(`${uid}\0${candidate}`); i += 1) candidate = `${slug}-${i}`;
    taken.add(`${uid}\0${candidate}`);
    return candidate;
  };
  const findOrCreate = async (uid, name, extra = {}) => {
    const key = `${uid}\0${name}`;
    if (fair && cache.has(key)) return cache.get(key);
    const found =
      (await strapi.documents(uid).findFirst({ filters: { name } })) ||
      (await strapi
        .documents(uid)
        .create({ data: { name, slug: freeSlug(uid, slugOf(name)), ...extra } }));
    if (fair) cache.set(key, found);
    return found;
  };

  const queries = countQueries(strapi);
  const cpu = cpuMark();
  const loop = await watchEventLoop();
  const started = process.hrtime.bigint();
  const writeAll = async () => {
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
          slug: freeSlug(UID.article, draft.slug),
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
  };
  if (fair) await strapi.db.transaction(writeAll);
  else await writeAll();
  const ns = process.hrtime.bigint() - started;
  const eventLoop = await loop.stop();
  const cpuUs = cpuSince(cpu);
  queries.stop();
  return { ns, cpuUs, eventLoop, queries: queries.counts, totals: { created: drafts.length } };
};

/** The tables the newsroom's articles, authors and categories live in, with their link tables. */
const newsroomTables = (strapi) => {
  // The entity tables first, then the link tables that point into them.
  const entities = Object.values(UID).map((uid) => strapi.db.metadata.get(uid));
  const links = new Set();
  for (const meta of entities) {
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.joinTable && attribute.joinTable.name) links.add(attribute.joinTable.name);
    }
  }
  return [...entities.map((meta) => meta.tableName), ...links];
};

/** A knex connection to the engine scenario's database, configured like this app's own. */
const sourceConnection = (strapi) => {
  const source = JSON.parse(process.env.NEWSROOM_BENCH_SOURCE || 'null');
  if (!source) fail('the floor scenario needs NEWSROOM_BENCH_SOURCE (the engine database)');
  const own = strapi.db.connection.client.config;
  const connection =
    source.DATABASE_CLIENT === 'sqlite'
      ? { ...own.connection, filename: source.DATABASE_FILENAME }
      : { ...own.connection, database: source.DATABASE_NAME };
  return require('knex')({ ...own, connection, pool: { min: 0, max: 1 } });
};

/** A row as the driver returned it, ready to be written back: JSON values as JSON text. */
const writable = (row) => {
  const out = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      value !== null &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      !Buffer.isBuffer(value)
        ? JSON.stringify(value)
        : value;
  }
  return out;
};

/**
 * The floor: the rows the engine's first import wrote (articles draft and published, authors,
 * categories, every link row with its order, ids included), copied from the engine scenario's
 * database and written back into an empty one with raw multi-row INSERTs in one transaction —
 * the least any importer must do to store the same rows. The statements and their writing are
 * timed, not the read.
 */
const runFloor = async (strapi) => {
  const source = sourceConnection(strapi);
  const tables = newsroomTables(strapi);
  const rows = {};
  try {
    for (const table of tables) rows[table] = (await source(table).orderBy('id')).map(writable);
  } finally {
    await source.destroy();
  }
  const knex = strapi.db.connection;
  const queries = countQueries(strapi);
  const cpu = cpuMark();
  const loop = await watchEventLoop();
  const started = process.hrtime.bigint();
  // `insert into t (a, b) values (?, ?), (?, ?)…` with the dialect's identifier quoting, through
  // knex's raw(). Not knex's insert builder: on SQLite it writes a multi-row insert as `select …
  // union all select …` and wraps every column of every row, which made this floor ~35 % slower
  // than the same rows written with VALUES lists (1.03 against 0.68 s at 10k, 2026-12-01).
  const statements = [];
  for (const table of tables) {
    const list = rows[table];
    if (list.length === 0) continue;
    const columns = Object.keys(list[0]);
    const head = knex
      .raw(`insert into ?? (${columns.map(() => '??').join(', ')}) values `, [table, ...columns])
      .toQuery();
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    // At most 500 rows and ~30,000 parameters a statement: under every driver's limits.
    const perStatement = Math.max(1, Math.min(500, Math.floor(30000 / columns.length)));
    for (let i = 0; i < list.length; i += perStatement) {
      const group = list.slice(i, i + perStatement);
      const bindings = [];
      for (const row of group) for (const column of columns) bindings.push(row[column]);
      statements.push([head + Array(group.length).fill(tuple).join(', '), bindings]);
    }
  }
  await knex.transaction(async (trx) => {
    for (const [sql, bindings] of statements) await trx.raw(sql, bindings);
  });
  const ns = process.hrtime.bigint() - started;
  const eventLoop = await loop.stop();
  const cpuUs = cpuSince(cpu);
  queries.stop();
  const articles = rows[strapi.db.metadata.get(UID.article).tableName].length / 2;
  return { ns, cpuUs, eventLoop, queries: queries.counts, totals: { created: articles } };
};

/** The content API routes a front end calls, next to the plain authors route. */
const apiRoutes = (slug, category) => [
  ['authors (plain route)', '/api/newsroom/authors'],
  ['article list', '/api/newsroom/articles'],
  [
    'list + populate',
    '/api/newsroom/articles?populate[authors][fields][0]=name&populate[category][fields][0]=slug',
  ],
  ['article by slug', `/api/newsroom/articles/slug/${encodeURIComponent(slug)}`],
  ['list by category', `/api/newsroom/articles?category=${encodeURIComponent(category)}`],
];

const CONCURRENCY = 4;
/** How long the article list's load alone is watched: the baseline of the imports under load. */
const BASELINE_SECONDS = 10;

/**
 * The content API on the engine's database (N published articles): req/s and latency of each
 * route with 4 keep-alive clients in a worker thread, the server being this process (Strapi's
 * own HTTP server on a free port); then the article list while the engine imports N more
 * articles in the same process, as an admin import runs inside the server — twice: under the
 * closed-loop load (the server saturated by it), then under an open-loop load at half the
 * list's measured rate (a server with room to spare, as one is run), each next to the same load
 * without an import.
 */
const runContentApi = async (strapi, corpus, options) => {
  await new Promise((resolve, reject) => {
    const server = strapi.server.listen(0, '127.0.0.1', (error) =>
      error ? reject(error) : resolve()
    );
    server.once('error', reject);
  });
  const { port } = strapi.server.httpServer.address();
  const article = await strapi.db
    .query(UID.article)
    .findOne({ where: { publishedAt: { $notNull: true } }, select: ['slug'] });
  const category = await strapi.db
    .query(UID.category)
    .findOne({ where: { parent: { id: { $notNull: true } } }, select: ['slug'] });
  if (!article || !category) fail('content API: the engine database holds no article or category');
  const seconds = options.apiSeconds;
  const checked = (route, result) => {
    const ok = result.statuses[200] || 0;
    if (ok !== result.requests || result.errors > 0) {
      fail(
        `content API ${route}: ${JSON.stringify(result.statuses)} and ${result.errors} errors ${JSON.stringify(result.errorCodes)} (expected only 200)`
      );
    }
    return result;
  };
  /** A load alone, the event loop watched: the blocks the requests make by themselves. */
  const watchedLoad = async (load) => {
    const loop = await watchEventLoop();
    const result = checked(load.path, await loadInWorker(load));
    return { ...result, eventLoop: await loop.stop() };
  };
  const routes = [];
  const listRoute = apiRoutes(article.slug, category.slug)[1][1];
  for (const [name, route] of apiRoutes(article.slug, category.slug)) {
    await loadInWorker({
      port,
      path: route,
      seconds: Math.min(1, seconds / 4),
      concurrency: CONCURRENCY,
    });
    // The article list's load alone is the baseline of the import under load.
    const load = { port, path: route, concurrency: CONCURRENCY };
    const result =
      route === listRoute
        ? await watchedLoad({ ...load, seconds: Math.max(seconds, BASELINE_SECONDS) })
        : checked(route, await loadInWorker({ ...load, seconds }));
    routes.push({ name, ...result });
  }

  const service = strapi.plugin('newsroom').service('import');
  /** Imports the corpus in `dir` while the article list is loaded (`load`): until it ends. */
  const importUnderLoad = async (dir, load) => {
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const during = loadInWorker({ port, path: listRoute, ...load, stop });
    const queries = countQueries(strapi);
    const profiler = await startProfiler(`content-api-${dir}`);
    const cpu = cpuMark();
    const loop = await watchEventLoop();
    const started = process.hrtime.bigint();
    let report;
    try {
      report = await service.applyStream(
        { windows: windowsFrom(path.join(corpus.dir, dir)), total: corpus.n },
        { status: 'published', origin: 'cli', maxReportLines: 1000 }
      );
    } finally {
      Atomics.store(stop, 0, 1);
    }
    const ns = process.hrtime.bigint() - started;
    const eventLoop = await loop.stop();
    const cpuUs = cpuSince(cpu);
    await profiler.stop();
    queries.stop();
    const underImport = checked(listRoute, await during);
    if (report.totals.created !== corpus.n) {
      fail(
        `content API: the import under load created ${report.totals.created} of ${corpus.n}:\n  ${firstFailures(report)}`
      );
    }
    return { ns, cpuUs, eventLoop, queries: queries.counts, report, underImport };
  };

  const saturated = await importUnderLoad('second', { concurrency: CONCURRENCY });
  // Half of what the list served with 4 clients: the load leaves the server half its time.
  const listRps = routes.find((r) => r.path === listRoute).rps;
  const rate = Math.max(2, Math.round(listRps / 2));
  const pacedAlone = await watchedLoad({
    port,
    path: listRoute,
    rate,
    seconds: Math.max(seconds, BASELINE_SECONDS),
  });
  const paced = await importUnderLoad('third', { rate });
  return {
    ns: saturated.ns,
    cpuUs: saturated.cpuUs,
    eventLoop: saturated.eventLoop,
    queries: saturated.queries,
    totals: summariseTotals(saturated.report),
    api: {
      concurrency: CONCURRENCY,
      seconds,
      routes,
      underImport: { name: 'article list during the import', ...saturated.underImport },
      paced: {
        rate,
        alone: { name: `article list at ${rate} req/s`, ...pacedAlone },
        underImport: {
          name: `the same during the import`,
          importSeconds: Number(paced.ns) / 1e9,
          ...paced.underImport,
          eventLoop: paced.eventLoop,
        },
      },
    },
  };
};

/** What the database holds after the import: the same for the engine and the naive way. */
const checkDatabase = async (strapi, corpus) => {
  const n = corpus.n;
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
  // The realistic corpus's names may share a slug once transliterated: at most `used` then.
  const fits = corpus.exactCounts
    ? JSON.stringify(found) === JSON.stringify(expected)
    : found.published === n &&
      found.drafts === n &&
      found.authors >= 1 &&
      found.authors <= expected.authors &&
      found.categories === expected.categories;
  if (!fits) {
    fail(`the database holds ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
  return found;
};

const runScenario = async ({ scenario, n, chunkSize, collectEvery, corpusDir, apiSeconds = 3 }) => {
  const { createStrapi } = require('@strapi/strapi');
  // The corpus is on disk: this process holds only what the scenario itself reads.
  const corpus = {
    n,
    dir: corpusDir,
    ...JSON.parse(fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8')),
  };
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
    if (scenario in ENGINE_RUNS)
      result = await runEngine(strapi, corpus, scenario, { chunkSize, collectEvery });
    else if (scenario === 'naive') result = await runNaive(strapi, corpus);
    else if (scenario === 'naive-fair') result = await runNaive(strapi, corpus, { fair: true });
    else if (scenario === 'floor') result = await runFloor(strapi);
    else if (scenario === 'engine-images') result = await runImages(strapi, n);
    else if (scenario === 'content-api')
      result = await runContentApi(strapi, corpus, { apiSeconds });
    else fail(`unknown scenario "${scenario}"`);
    // The content API run adds a second corpus to the engine's database: checked by its report.
    if (scenario !== 'content-api' && scenario !== 'engine-images') {
      result.database = await checkDatabase(strapi, corpus);
    }
    result.bootSeconds = Number(bootNs) / 1e9;
  } catch (error) {
    process.stderr.write(
      `scenario ${scenario} failed: ${short(String(error && error.stack ? error.stack : error))}\n`
    );
    throw error;
  } finally {
    // Queries still waiting for a connection are aborted by destroy: not what failed.
    process.on('unhandledRejection', () => {});
    await strapi.destroy().catch(() => {});
  }
  return {
    ok: true,
    scenario,
    articles: result.articles ?? n,
    seconds: Number(result.ns) / 1e9,
    /** CPU time of this process during the import (user + system): less noisy on a busy machine. */
    cpuSeconds: (result.cpuUs.user + result.cpuUs.system) / 1e6,
    /** The main thread's share of it (Linux; undefined elsewhere). */
    mainThreadCpuSeconds: result.cpuUs.threadSeconds,
    bootSeconds: result.bootSeconds,
    maxRSSKiB: process.resourceUsage().maxRSS,
    eventLoop: result.eventLoop,
    queries: result.queries,
    totals: result.totals,
    database: result.database,
    api: result.api,
    images: result.images,
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
        error: short(error && error.message ? error.message : String(error)),
        stack: error && error.stack ? short(String(error.stack)) : undefined,
      });
      process.exit(1);
    });
};

module.exports = { main, runScenario, slugOf, SEED_COLLECT_EVERY_MS, SEED_CHUNK };
