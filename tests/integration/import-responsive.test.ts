import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { INSERT_GROUP } from '../../server/src/import/in-list';
import { sendingLimitFor } from '../../server/src/import/event-queue';
import { isBetterSqlite } from '../../server/src/import/sqlite-insert';
import { TURN_BUDGET_MS } from '../../server/src/import/connection-turns';
import { newsText } from '../helpers/articles';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * An import gives the event loop back (server/src/import/pause.ts): the admin's import runs in
 * the server, and on SQLite every query is synchronous, so without it no other request — and no
 * timer — ran until the import was over. No timing is asserted: only that a timer ran while the
 * import was still going, and that what ran then saw a consistent database. The imports here give
 * the loop back at every pause point (`pauseSliceMs: 0`): with the default 10 ms slice, an import
 * that a quiet machine finishes within one slice would never need to, and no timer would run.
 */

const ARTICLE = 'plugin::newsroom.article';

interface ImportService {
  plan: (inputs: { name: string; content: string }[], options?: object) => Promise<ImportReport>;
  apply: (inputs: { name: string; content: string }[], options?: object) => Promise<ImportReport>;
}

let app: TestApp;
let strapi: Core.Strapi;
let engine: ImportService;

beforeAll(async () => {
  app = await startTestApp();
  strapi = app.strapi;
  engine = strapi.plugin('newsroom').service('import') as unknown as ImportService;
});

afterAll(async () => {
  await app?.stop();
});

const batch = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${prefix}-${String(i).padStart(3, '0')}.txt`,
    content: newsText({
      title: `${prefix} responsive story number ${i}`,
      category: ['World', `Region ${i % 4}`],
      tags: ['Responsive', `Tag ${i % 7}`],
      authors: [`Reporter ${i % 5}`],
      paragraphs: Array.from(
        { length: 6 },
        (_, p) => `Paragraph ${p} of story ${i}: words enough to make the parser do some work.`
      ),
    }),
  }));

/** Twelve bylines the parser takes for names. */
const REPORTERS = [
  'Aysel Karimova',
  'Boris Lebedev',
  'Carla Mendes',
  'Daniel Okafor',
  'Elif Demir',
  'Farid Aliyev',
  'Greta Lindqvist',
  'Hana Sato',
  'Ines Duarte',
  'Jonas Weber',
  'Kamala Iyer',
  'Leyla Hasanova',
];

/** Runs `work` with a 1 ms interval timer; returns its result and how often the timer ran. */
const withTicker = async <T>(
  work: () => Promise<T>,
  onTick: () => void = () => {}
): Promise<{ result: T; ticks: number }> => {
  let ticks = 0;
  let running = true;
  const timer = setInterval(() => {
    if (!running) return;
    ticks += 1;
    onTick();
  }, 1);
  try {
    const promise = work();
    const result = await promise;
    running = false;
    return { result, ticks };
  } finally {
    clearInterval(timer);
  }
};

describe('an import keeps the server responsive', () => {
  it('lets timers run while it writes, and what runs meanwhile reads committed articles only', async () => {
    const inputs = batch('write', 120);
    // Counts read from a timer while the import runs: each must be a whole number of
    // committed chunks (draft + published row per article), never a half-written chunk.
    const seen: Promise<number>[] = [];
    const { result: report, ticks } = await withTicker(
      () => engine.apply(inputs, { status: 'published', chunkSize: 10, pauseSliceMs: 0 }),
      () => {
        if (seen.length < 20) seen.push(strapi.db.query(ARTICLE).count());
      }
    );
    expect(report.totals).toMatchObject({ created: 120, failed: 0 });
    expect(ticks).toBeGreaterThan(0);
    const counts = await Promise.all(seen);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count % 20).toBe(0);
    expect(await strapi.db.query(ARTICLE).count()).toBe(240);
  });

  it('lets timers run during a re-import of unchanged files', async () => {
    const { result: report, ticks } = await withTicker(() =>
      engine.apply(batch('write', 120), { status: 'published', chunkSize: 10, pauseSliceMs: 0 })
    );
    expect(report.totals).toMatchObject({ unchanged: 120, created: 0, updated: 0 });
    expect(ticks).toBeGreaterThan(0);
  });

  it('lets timers run while it plans (a dry run, the admin preview)', async () => {
    const { result: report, ticks } = await withTicker(() =>
      engine.apply(batch('plan', 120), { status: 'published', dryRun: true, pauseSliceMs: 0 })
    );
    expect(report.totals).toMatchObject({ created: 120 });
    expect(ticks).toBeGreaterThan(0);
    expect(await strapi.db.query(ARTICLE).count()).toBe(240);
  });

  it('gives the loop back between the statements of a large chunk and of its events', async () => {
    // What the server runs in one go must stay short whatever the chunk: the article rows of a
    // chunk are inserted INSERT_GROUP at a time, and the entries of the chunk's new authors are
    // read back for the events (populated, with all their articles) a few at a time, with a
    // pause between each. Seen here as the order of the statements and of a timer's ticks.
    const steps: string[] = [];
    const knex = strapi.db.connection;
    // A table in the SQL as each dialect quotes it, with PostgreSQL's schema before it.
    const table = (name: string) => `(?:[\`"]?\\w+[\`"]?\\.)?[\`"]?${name}[\`"]?`;
    const insertArticles = new RegExp(`^insert into ${table('newsroom_articles')} `);
    // An author entry populated for its event: the articles of the authors read.
    const authorEntries = new RegExp(
      `from ${table('newsroom_articles')} .*join ${table('newsroom_articles_authors_lnk')}`
    );
    const onQuery = (query: { sql?: string }) => {
      const sql = String(query.sql ?? '').toLowerCase();
      if (insertArticles.test(sql)) steps.push('insert article rows');
      else if (authorEntries.test(sql)) steps.push('read author entries');
    };
    knex.on('query', onQuery);
    const stopHearing = strapi.eventHub.on('entry.create', async (event: { uid?: string }) => {
      if (event.uid === 'plugin::newsroom.author') steps.push('author event');
    });
    const articles = INSERT_GROUP + 50;
    const inputs = Array.from({ length: articles }, (_, i) => ({
      name: `large-${String(i).padStart(3, '0')}.txt`,
      content: newsText({
        title: `Large chunk story number ${i}`,
        category: ['World'],
        authors: [REPORTERS[i % REPORTERS.length]],
        paragraphs: [`Paragraph of large chunk story ${i}.`],
      }),
    }));
    try {
      const { result: report } = await withTicker(
        () => engine.apply(inputs, { status: 'published', chunkSize: articles, pauseSliceMs: 0 }),
        () => {
          if (steps.at(-1) !== 'tick') steps.push('tick');
        }
      );
      expect(report.totals).toMatchObject({ created: articles, failed: 0 });
    } finally {
      knex.off('query', onQuery);
      stopHearing();
    }
    const between = (step: string) => {
      const at = steps.flatMap((s, i) => (s === step ? [i] : []));
      return at.slice(1).map((i, k) => steps.slice(at[k] + 1, i).includes('tick'));
    };
    // A draft and a published row per article: 300 rows, three statements.
    expect(steps.filter((s) => s === 'insert article rows')).toHaveLength(
      Math.ceil((2 * articles) / INSERT_GROUP)
    );
    expect(between('insert article rows').every(Boolean)).toBe(true);
    // After the commit, the 12 new authors' entries are read back (populated with their
    // articles) for their events: a few at a time, with a pause between each read.
    expect(steps.filter((s) => s === 'read author entries').length).toBeGreaterThanOrEqual(2);
    expect(between('read author entries').every(Boolean)).toBe(true);
    // …and each group is sent before the next is read: the chunk's new authors, populated with
    // all their articles, are never all held at once.
    const reads = steps.flatMap((s, i) => (s === 'read author entries' ? [i] : []));
    expect(steps.slice(reads[0], reads.at(-1)).includes('author event')).toBe(true);
    expect(steps.filter((s) => s === 'author event')).toHaveLength(REPORTERS.length);
  });

  it('serves the queries on SQLite’s connection in turns of the event loop during an import, whether they waited for a chunk or not', async () => {
    if (!isBetterSqlite(strapi.db.connection)) return; // a pool of several connections elsewhere
    // On SQLite a request's queries and handling run without giving the loop back. Requests
    // that come in while a chunk's transaction holds the one connection wait for it, and at the
    // commit the pool handed it from one to the next in promise callbacks: all of them ran in one
    // turn; requests that come in together between chunks ran back to back as well
    // (connection-turns.ts). Here bursts of BURST queries, each followed by WORK_MS of work as a
    // request's handling, are sent during the import, both while a chunk holds the connection
    // and one after the other while it is free; the ticks of a 1 ms timer tell the turns apart.
    const BURST = 20;
    const WORK_MS = 10;
    const client = strapi.db.connection.client as unknown as { pool: { numFree(): number } };
    const patched = () => Object.prototype.hasOwnProperty.call(client, 'acquireConnection');
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const done: { burst: number; tick: number }[] = [];
    const bursts: Promise<unknown>[] = [];
    const kinds = { waited: 0, free: 0 };
    let outstanding = 0;
    let sawPatch = false;
    let tick = 0;
    const { result: report } = await withTicker(
      () => engine.apply(batch('turns', 90), { status: 'draft', chunkSize: 30, pauseSliceMs: 0 }),
      () => {
        tick += 1;
        sawPatch ||= patched();
        // One burst at a time, at most three of each kind.
        if (outstanding > 0) return;
        const kind = client.pool.numFree() === 0 ? 'waited' : 'free';
        if (kinds[kind] >= 3) return;
        kinds[kind] += 1;
        const burst = bursts.length;
        const query = () =>
          strapi.db
            .query(ARTICLE)
            .count()
            .then(() => {
              done.push({ burst, tick });
              busy(WORK_MS);
            });
        outstanding += 1;
        if (kind === 'waited') {
          // Sent together: all but the first wait for the connection.
          bursts.push(
            Promise.all(Array.from({ length: BURST }, query)).then(() => (outstanding -= 1))
          );
        } else {
          // One after the other, as requests served back to back: each finds it free.
          let chain = Promise.resolve();
          for (let i = 0; i < BURST; i += 1) chain = chain.then(query);
          bursts.push(chain.then(() => (outstanding -= 1)));
        }
      }
    );
    await Promise.all(bursts);
    expect(report.totals).toMatchObject({ created: 90, failed: 0 });
    expect(kinds.waited).toBeGreaterThanOrEqual(1);
    expect(kinds.free).toBeGreaterThanOrEqual(1);
    expect(done.length).toBe(BURST * (kinds.waited + kinds.free));
    // Per turn, the queries of a burst served in it: those that fit in TURN_BUDGET_MS, give or
    // take the ones whose check runs before the previous one's work (a few), not even half the
    // burst, where before all of it (200 ms) ran in one turn.
    const perTurn = new Map<string, number>();
    for (const { burst, tick: at } of done) {
      const key = `${burst}:${at}`;
      perTurn.set(key, (perTurn.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(
      Math.min(BURST / 2, TURN_BUDGET_MS / WORK_MS + 6)
    );
    // Patched for the import only.
    expect(sawPatch).toBe(true);
    expect(patched()).toBe(false);
  });

  it('waits for slow entry-event listeners instead of keeping every chunk’s events in memory', async () => {
    // A listener that does not return until released: the import may run ahead of it by a
    // few committed chunks (sendingLimitFor), then waits. Without the bound, it wrote every chunk and kept
    // all their events (with their populated entries) queued.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heard = 0;
    const stop = strapi.eventHub.on('entry.create', async () => {
      heard += 1;
      await gate;
    });
    try {
      const before = await strapi.db.query(ARTICLE).count();
      const chunks = 12;
      const running = engine.apply(batch('listened', chunks), {
        status: 'draft',
        chunkSize: 1,
        pauseSliceMs: 0,
      });
      // Let it run until it stops making progress.
      let written = -1;
      for (let still = 0; still < 20;) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const now = (await strapi.db.query(ARTICLE).count()) - before;
        still = now === written ? still + 1 : 0;
        written = now;
      }
      // One draft row per article. The sending of the first chunks' events (as many as the
      // database's limit: one on SQLite) waits on the listener, the next chunk is written, and
      // its send waits for a free place.
      const limit = sendingLimitFor(isBetterSqlite(strapi.db.connection));
      expect(heard).toBeGreaterThan(0);
      expect(written).toBe(limit + 1);
      release();
      const report = await running;
      expect(report.totals).toMatchObject({ created: chunks, failed: 0 });
      expect((await strapi.db.query(ARTICLE).count()) - before).toBe(chunks);
    } finally {
      release();
      stop();
    }
  });
});
