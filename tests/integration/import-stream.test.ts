import v8 from 'node:v8';

import type { Core } from '@strapi/strapi';

import type { ArticleReport, ImportReport } from '../../shared/contracts';
import { tagIndexOfTags } from '../../server/src/content-types/article/derived-fields';
import { fingerprintOf } from '../../server/src/import/decide/conflict';
import { sourceHash } from '../../server/src/import/hash';
import { newsText } from '../helpers/articles';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * `applyStream` (what `newsroom seed` runs) reads the inputs a window at a time and keeps only a
 * window in memory. It must decide exactly as `apply`/`plan` on the whole batch: the same
 * actions and slugs, duplicates caught across windows, idempotent, a dry run that writes
 * nothing, conflicts kept, a bad file failing alone.
 */

const ARTICLE = 'plugin::newsroom.article';

interface Input {
  name: string;
  content: string;
}

interface ImportService {
  plan: (inputs: Input[], options?: object) => Promise<ImportReport>;
  apply: (inputs: Input[], options?: object) => Promise<ImportReport>;
  applyStream: (
    stream: { windows: Input[][]; total?: number; repeatedHashes?: ReadonlySet<string> },
    options?: object
  ) => Promise<ImportReport>;
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

const story = (name: string, title: string, extra: string[] = []) => ({
  name,
  content: newsText({
    title,
    category: ['Streams', `Stream ${title.length % 3}`],
    authors: [`Stream Writer ${title.length % 4}`],
    paragraphs: [`Body of ${title}. Enough words to make a paragraph of it.`, ...extra],
  }),
});

/** A corpus with what windows could get wrong: slugs wanted twice, one source key twice, the
 * same bytes twice, a file that does not parse — each pair in different windows. */
const corpus = (): Input[] => {
  const inputs: Input[] = [];
  for (let i = 0; i < 23; i += 1) {
    inputs.push(story(`s-${String(i).padStart(2, '0')}.txt`, `Stream story ${i}`));
  }
  // Same title (so the same slug) as s-01, far from it: a numbered slug.
  inputs.push(story('s-90-same-title.txt', 'Stream story 1', ['Other text.']));
  // One sourceId in two JSON files of different windows: the second is a duplicate source.
  inputs.splice(2, 0, {
    name: 's-02a-id.json',
    content: JSON.stringify({ id: 'stream-7', title: 'Stream keyed', body: 'Keyed body text.' }),
  });
  inputs.push({
    name: 's-91-id.json',
    content: JSON.stringify({ id: 'stream-7', title: 'Stream keyed again', body: 'Other.' }),
  });
  // Another sourceId twice, in other bytes: on a re-run the first takes the fast path (its
  // bytes are those imported), and the second must still be found a duplicate, not an update.
  inputs.splice(3, 0, {
    name: 's-02b-id.json',
    content: JSON.stringify({ id: 'stream-8', title: 'Stream keyed eight', body: 'Eight.' }),
  });
  inputs.push({
    name: 's-93-id.json',
    content: JSON.stringify({ id: 'stream-8', title: 'Stream keyed eight again', body: 'No.' }),
  });
  // The same bytes as s-02a, far from it: on a re-run neither may take the fast path alone.
  inputs.push({ ...inputs[2], name: 's-92-copy.json' });
  // A file that does not parse, in the middle.
  inputs.splice(12, 0, { name: 's-10a-broken.json', content: '{ "title": "Broken", ' });
  return inputs;
};

const windows = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

const repeated = (inputs: Input[]) => {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const hash = sourceHash(input.content);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([hash]) => hash));
};

const stream = (inputs: Input[], size = 5) => ({
  windows: windows(inputs, size),
  total: inputs.length,
  repeatedHashes: repeated(inputs),
});

const PLANNED: Record<string, string> = { created: 'create', updated: 'update', failed: 'invalid' };

/**
 * What a line says, without what differs between a plan and its import: ids, tense, and whether
 * an author or category is created or reused (a plan says "create" for every article that needs
 * a new one, an import only for the first).
 */
const gist = (line: ArticleReport) => ({
  source: line.source,
  action: PLANNED[line.action] ?? line.action,
  slug: line.slug,
  code: line.error?.code ?? null,
  authors: line.authors.map((a) => a.slug),
  category: line.category.map((c) => c.slug),
});

describe('applyStream: a window at a time, the same outcomes as the whole batch', () => {
  const inputs = corpus();

  it('a streamed dry run plans exactly what plan() plans for the whole batch, and writes nothing', async () => {
    const whole = await engine.plan(inputs, { status: 'published' });
    const streamed = await engine.applyStream(stream(inputs, 4), {
      status: 'published',
      dryRun: true,
    });
    const { durationMs: _a, ...wholeRest } = whole;
    const { durationMs: _b, ...streamedRest } = streamed;
    expect(streamedRest).toEqual(wholeRest);
    expect(streamed.articles.find((a) => a.source === 's-91-id.json')?.error?.code).toBe(
      'DUPLICATE_SOURCE'
    );
    expect(streamed.articles.find((a) => a.source === 's-90-same-title.txt')?.slug).toBe(
      'stream-story-1-2'
    );
    expect(await strapi.db.query(ARTICLE).count()).toBe(0);
  });

  it('imports as planned, the bad file failing alone; every line seen in input order', async () => {
    const planned = await engine.plan(inputs, { status: 'published' });
    const seen: ArticleReport[] = [];
    const report = await engine.applyStream(stream(inputs, 4), {
      status: 'published',
      onArticle: (line: ArticleReport) => seen.push(line),
    });
    expect(report.articles.map(gist)).toEqual(planned.articles.map(gist));
    expect(report.totals).toMatchObject({ created: 26, failed: 4 });
    expect(report.articles.find((a) => a.source === 's-10a-broken.json')?.error?.code).toBe(
      'INVALID_JSON'
    );
    expect(report.articles.find((a) => a.source === 's-92-copy.json')?.error?.code).toBe(
      'DUPLICATE_SOURCE'
    );
    expect(seen).toEqual(report.articles);
    expect(report.articlesOmitted).toBeUndefined();
    expect(await strapi.db.query(ARTICLE).count()).toBe(52);
  });

  it('a streamed re-run changes nothing: every article unchanged, the same failures', async () => {
    const report = await engine.applyStream(stream(inputs, 3), { status: 'published' });
    expect(report.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 26,
      conflicts: 0,
      forbidden: 0,
      failed: 4,
    });
    // The same failures: one source key twice is a duplicate on every run, whichever file
    // could take the unchanged-bytes fast path.
    for (const source of ['s-91-id.json', 's-92-copy.json', 's-93-id.json'])
      expect(report.articles.find((a) => a.source === source)?.error?.code).toBe(
        'DUPLICATE_SOURCE'
      );
    expect(report.authors.created).toBe(0);
    expect(report.categories.created).toBe(0);
    expect(await strapi.db.query(ARTICLE).count()).toBe(52);
  });

  it('an article edited since its import is a conflict, kept as edited, in whatever window', async () => {
    const target = await strapi.db
      .query(ARTICLE)
      .findOne({ where: { slug: 'stream-story-20', publishedAt: null } });
    await strapi.db
      .query(ARTICLE)
      .update({ where: { id: target.id }, data: { title: 'Edited by an editor' } });
    const changed = inputs.map((input) =>
      input.name === 's-20.txt' ? story('s-20.txt', 'Stream story 20', ['New text.']) : input
    );
    const report = await engine.applyStream(stream(changed, 4), { status: 'published' });
    const line = report.articles.find((a) => a.source === 's-20.txt');
    expect(line).toMatchObject({ action: 'conflict', changedFields: ['title'] });
    expect(report.totals).toMatchObject({ conflicts: 1, unchanged: 25, updated: 0 });
    const kept = await strapi.db.query(ARTICLE).findOne({ where: { id: target.id } });
    expect(kept.title).toBe('Edited by an editor');
  });

  it('keeps the first maxReportLines lines and counts the others; onArticle still sees all', async () => {
    const seen: ArticleReport[] = [];
    const report = await engine.applyStream(stream(inputs, 4), {
      status: 'published',
      dryRun: true,
      maxReportLines: 5,
      onArticle: (line: ArticleReport) => seen.push(line),
    });
    expect(report.articles).toHaveLength(5);
    expect(report.articlesOmitted).toBe(inputs.length - 5);
    expect(seen).toHaveLength(inputs.length);
    expect(seen.slice(0, 5)).toEqual(report.articles);
    expect(report.totals.unchanged + report.totals.failed + report.totals.conflicts).toBe(
      inputs.length
    );
  });

  it("with the CLI's memory policy, V8's heap growth is tightened for the run only, even one that fails", async () => {
    const setFlags = jest.spyOn(v8, 'setFlagsFromString');
    try {
      await engine.applyStream(stream(inputs, 4), { status: 'published', collectEveryMs: 2_000 });
      const growth = () =>
        setFlags.mock.calls.map(([flags]) => flags).filter((flags) => /growing/.test(flags));
      expect(growth()).toEqual(['--heap-growing-percent=40', '--heap-growing-percent=0']);
      // A run that throws gives it back too.
      const failing = {
        windows: (async function* () {
          yield inputs.slice(0, 2);
          throw new Error('the disk went away');
        })(),
      };
      await expect(
        engine.applyStream(failing as never, { status: 'published', collectEveryMs: 2_000 })
      ).rejects.toThrow('the disk went away');
      expect(growth()).toEqual([
        ...['--heap-growing-percent=40', '--heap-growing-percent=0'],
        ...['--heap-growing-percent=40', '--heap-growing-percent=0'],
      ]);
      // The server's imports leave the collector as it is.
      await engine.applyStream(stream(inputs, 4), { status: 'published' });
      expect(growth()).toHaveLength(4);
    } finally {
      setFlags.mockRestore();
    }
  });
});

describe('large windows are parsed in worker threads (parse-pool.ts)', () => {
  // Two windows of 60 files of about 5 KB each: each window is over the pool's 256 KiB.
  const big = (prefix: string): Input[] =>
    Array.from({ length: 120 }, (_, i) => {
      const title = `${prefix} story ${i} in a window`;
      return {
        name: `${prefix}-${String(i).padStart(3, '0')}.txt`,
        content: newsText({
          title,
          category: ['Streams', `Stream ${title.length % 3}`],
          authors: [`Stream Writer ${title.length % 4}`],
          tags: i % 3 === 0 ? [] : ['Window', `Tag ${i % 5}`],
          paragraphs: [
            `Body of ${title}. Enough words to make a paragraph of it.`,
            `Paragraph of story ${i}. ${'A sentence with a few more words in it. '.repeat(160)}`,
          ],
        }),
      };
    });
  // A broken file in the second window: its failure comes back from the worker too.
  const withBroken = (inputs: Input[]) => {
    const out = [...inputs];
    out.splice(90, 0, { name: `broken-${inputs[0].name}.json`, content: '{ "title": ' });
    return out;
  };

  /** Counts the workers started while `run` runs. */
  const countingWorkers = async <T>(run: () => Promise<T>) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const threads = require('node:worker_threads') as typeof import('node:worker_threads');
    const Original = threads.Worker;
    const started: string[] = [];
    threads.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        started.push(String(args[0]));
      }
    };
    try {
      return { result: await run(), started };
    } finally {
      threads.Worker = Original;
    }
  };

  const PARSE_WORKERS = 'plugin::newsroom.parseWorkers';
  afterEach(() => strapi.config.set(PARSE_WORKERS, 'auto'));

  it('writes what parsing in place writes: the same report, rows and failures', async () => {
    const inPool = withBroken(big('alfa'));
    const inPlace = withBroken(big('beta'));
    // A pool of its own (auto is at most 4 workers), whose workers start in this import.
    strapi.config.set(PARSE_WORKERS, 5);
    // The same texts under other names and titles of the same length (so the same authors and
    // categories): the reports must match line for line.
    const { result: pooled, started } = await countingWorkers(() =>
      engine.applyStream(stream(inPool, 60), { status: 'published' })
    );
    expect(started.length).toBeGreaterThan(0);
    expect(started.every((file) => file.endsWith('parse-worker.js'))).toBe(true);

    strapi.config.set(PARSE_WORKERS, 0);
    const { result: placed, started: none } = await countingWorkers(() =>
      engine.applyStream(stream(inPlace, 60), { status: 'published' })
    );
    expect(none).toEqual([]);

    const gistOf = (report: ImportReport, prefix: string) =>
      report.articles.map((line) => ({
        ...gist(line),
        source: line.source.replace(prefix, 'X'),
        slug: line.slug?.replace(prefix, 'X'),
        title: line.title?.replace(prefix, 'X'),
        warnings: line.warnings,
        authors: [],
        category: [],
      }));
    expect(gistOf(pooled, 'alfa')).toEqual(gistOf(placed, 'beta'));
    expect(pooled.totals).toEqual(placed.totals);
    expect(pooled.totals).toMatchObject({ created: 120, failed: 1 });
    expect(pooled.articles.find((a) => a.action === 'failed')?.error?.code).toBe('INVALID_JSON');

    const rowsOf = async (prefix: string) =>
      (
        (await strapi.db.query(ARTICLE).findMany({
          where: { slug: { $startsWith: prefix } },
          orderBy: [{ slug: 'asc' }, { publishedAt: 'asc' }],
          select: ['slug', 'title', 'body', 'wordCount', 'readingTimeMinutes', 'contentHash'],
        })) as Record<string, unknown>[]
      ).map((row) => ({
        ...row,
        slug: String(row.slug).replace(prefix, 'X'),
        title: String(row.title).replace(prefix, 'X'),
        body: JSON.stringify(row.body).replaceAll(prefix, 'X'),
        contentHash: typeof row.contentHash,
      }));
    const pooledRows = await rowsOf('alfa');
    expect(pooledRows).toHaveLength(240);
    expect(pooledRows).toEqual(await rowsOf('beta'));

    // What the workers derived for the writes (the fields' prints, the body's JSON text, the
    // tag index) is what this thread derives from the values stored.
    const stored = (await strapi.db.query(ARTICLE).findMany({
      where: { slug: { $startsWith: 'alfa' } },
      populate: { authors: { select: ['documentId'] }, category: { select: ['documentId'] } },
    })) as (Record<string, unknown> & {
      title: string;
      slug: string;
      description: string | null;
      authors: { documentId: string }[];
      category: { documentId: string } | null;
    })[];
    expect(stored).toHaveLength(240);
    expect(stored.filter((row) => row.tagIndex !== null).length).toBeGreaterThan(100);
    for (const row of stored) {
      expect(row.importFingerprint).toEqual(
        fingerprintOf({
          title: row.title,
          slug: row.slug,
          description: row.description,
          body: row.body,
          tags: row.tags,
          authors: row.authors.map((author) => author.documentId),
          category: row.category?.documentId ?? null,
        })
      );
      expect(row.tagIndex).toBe(tagIndexOfTags(row.tags));
    }

    // The pooled import's content hashes are those computed in place: a re-run in place finds
    // every article unchanged, parsing each file again (other bytes: a trailing newline).
    strapi.config.set(PARSE_WORKERS, 0);
    const again = await engine.applyStream(
      stream(
        inPool.map((input) => ({ ...input, content: `${input.content}\n` })),
        60
      ),
      { status: 'published' }
    );
    expect(again.totals).toMatchObject({ unchanged: 120, created: 0, updated: 0, failed: 1 });

    // And their fingerprints (the body's hashed in the worker) are those computed in place: a
    // changed file updates its article, where a wrong fingerprint would call it edited by
    // someone (a conflict).
    const changed = inPool.map((input, i) =>
      i === 7
        ? { ...input, content: input.content.replace('Paragraph of', 'New paragraph of') }
        : input
    );
    const updated = await engine.applyStream(stream(changed, 60), { status: 'published' });
    expect(updated.totals).toMatchObject({ updated: 1, conflicts: 0, unchanged: 119 });
  });
});
