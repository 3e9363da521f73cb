import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { newsText, referenceSeed } from '../helpers/articles';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

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

const count = (uid: string, where: Record<string, unknown> = {}) =>
  strapi.db.query(uid as 'plugin::newsroom.article').count({ where });

const file = (name: string, spec: Parameters<typeof newsText>[0]) => ({
  name,
  content: newsText(spec),
});

describe('import engine', () => {
  it('imports the reference seed as a published article with its author, category and tags', async () => {
    const report = await engine.apply([referenceSeed()], { status: 'published' });
    expect(report).toMatchObject({
      dryRun: false,
      status: 'published',
      totals: { created: 1, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
      authors: { created: 1, reused: 0 },
      categories: { created: 1, reused: 0 },
    });
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    const [line] = report.articles;
    expect(line).toMatchObject({
      source: '000_5637bd5acb181e31.txt',
      action: 'created',
      slug: 'azerbaijan-iran-relations-at-high-level-iranian-official',
      title: 'Azerbaijan, Iran relations at high level – Iranian official',
      error: null,
    });
    expect(line.documentId).toEqual(expect.any(String));

    const published = await strapi.documents(ARTICLE).findOne({
      documentId: line.documentId!,
      status: 'published',
      populate: ['authors', 'category'],
    });
    expect(published).toMatchObject({
      title: 'Azerbaijan, Iran relations at high level – Iranian official',
      tags: ['Azerbaijan', 'Iran'],
      category: { name: 'Politics', slug: 'politics' },
      sourceName: '000_5637bd5acb181e31.txt',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(published?.authors.map((a: { name: string }) => a.name)).toEqual(['Ayya Lmahamad']);
    expect(published?.body).toHaveLength(13);
    expect(published?.wordCount).toBeGreaterThan(300);
    expect(published?.importedAt).toBeTruthy();
  });

  it('re-importing the same input changes and creates nothing', async () => {
    const before = {
      articles: await count(ARTICLE),
      authors: await count(AUTHOR),
      categories: await count(CATEGORY),
    };
    const report = await engine.apply([referenceSeed()], { status: 'published' });
    expect(report.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    expect(report.authors).toEqual({ created: 0, reused: 1 });
    expect(report.categories).toEqual({ created: 0, reused: 1 });
    expect({
      articles: await count(ARTICLE),
      authors: await count(AUTHOR),
      categories: await count(CATEGORY),
    }).toEqual(before);
  });

  it('the same article in other bytes (CRLF line ends) is parsed again and found unchanged', async () => {
    const seed = referenceSeed();
    const report = await engine.apply([{ ...seed, content: seed.content.replace(/\n/g, '\r\n') }], {
      status: 'published',
    });
    expect(report.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    expect(report.articles[0].slug).toBe(
      'azerbaijan-iran-relations-at-high-level-iranian-official'
    );
  });

  it('changed input updates the same document, never a duplicate', async () => {
    const first = await engine.apply(
      [
        file('update.txt', {
          title: 'Markets rally',
          category: ['Business'],
          authors: ['Ann Writer'],
        }),
      ],
      { status: 'published' }
    );
    const documentId = first.articles[0].documentId;
    const second = await engine.apply(
      [
        file('update.txt', {
          title: 'Markets rally',
          category: ['Business'],
          authors: ['Ann Writer', 'Bob Writer'],
          paragraphs: ['A completely new first paragraph with more words than before.'],
        }),
      ],
      { status: 'published' }
    );
    expect(second.articles[0]).toMatchObject({ action: 'updated', documentId });
    expect(await count(ARTICLE, { slug: 'markets-rally' })).toBe(2); // one draft + one published row
    const published = await strapi.documents(ARTICLE).findOne({
      documentId: documentId!,
      status: 'published',
      populate: ['authors'],
    });
    expect(published?.body[0].children[0].text).toBe(
      'A completely new first paragraph with more words than before.'
    );
    expect(published?.authors.map((a: { slug: string }) => a.slug)).toEqual([
      'ann-writer',
      'bob-writer',
    ]);
  });

  it('draft writes the draft and leaves the published version as it was', async () => {
    const spec = { title: 'Draft versus published', category: ['Business'] };
    const first = await engine.apply([file('dvp.txt', spec)], { status: 'published' });
    const documentId = first.articles[0].documentId!;
    const draftOnly = await engine.apply(
      [file('dvp.txt', { ...spec, paragraphs: ['Edited text that is not published yet.'] })],
      { status: 'draft' }
    );
    expect(draftOnly.articles[0]).toMatchObject({ action: 'updated', documentId });

    const published = await strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
    const draft = await strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    expect(published?.body[0].children[0].text).toMatch(/^Body of Draft versus published/);
    expect(draft?.body[0].children[0].text).toBe('Edited text that is not published yet.');

    // Importing the same text as published now publishes it: an update, not "unchanged".
    const publish = await engine.apply(
      [file('dvp.txt', { ...spec, paragraphs: ['Edited text that is not published yet.'] })],
      { status: 'published' }
    );
    expect(publish.articles[0].action).toBe('updated');
    const republished = await strapi
      .documents(ARTICLE)
      .findOne({ documentId, status: 'published' });
    expect(republished?.body[0].children[0].text).toBe('Edited text that is not published yet.');
  });

  it('a new article imported as draft has no published version', async () => {
    const report = await engine.apply([file('draft.txt', { title: 'Only a draft' })], {
      status: 'draft',
    });
    const documentId = report.articles[0].documentId!;
    expect(await strapi.documents(ARTICLE).findOne({ documentId, status: 'published' })).toBeNull();
    expect(await strapi.documents(ARTICLE).findOne({ documentId })).toMatchObject({
      title: 'Only a draft',
    });
  });

  it('reuses shared authors and categories and creates nested categories in order', async () => {
    const report = await engine.apply(
      [
        file('a.txt', {
          title: 'Wind farm approved',
          category: ['Business', 'Energy', 'Wind'],
          authors: ['Shared Author', 'Second Author'],
        }),
        file('b.txt', {
          title: 'Solar tender opens',
          category: ['Business', 'Energy'],
          authors: ['Second Author', 'Shared Author'],
        }),
      ],
      { status: 'published' }
    );
    expect(report.totals.created).toBe(2);
    expect(report.authors).toEqual({ created: 2, reused: 0 });
    // Business existed already (earlier tests); Energy and Wind are new.
    expect(report.categories).toEqual({ created: 2, reused: 1 });
    expect(await count(AUTHOR, { slug: 'shared-author' })).toBe(1);
    expect(await count(CATEGORY, { slug: 'energy' })).toBe(1);

    const wind = await strapi.documents(CATEGORY).findFirst({
      filters: { slug: 'wind' },
      populate: { parent: { populate: ['parent'] } },
    });
    expect(wind).toMatchObject({
      name: 'Wind',
      parent: { slug: 'energy', parent: { slug: 'business' } },
    });

    const solar = await strapi.documents(ARTICLE).findFirst({
      filters: { slug: 'solar-tender-opens' },
      populate: ['authors'],
    });
    expect(solar?.authors.map((a: { slug: string }) => a.slug)).toEqual([
      'second-author',
      'shared-author',
    ]);
  });

  it('a dry run reports the plan and writes nothing', async () => {
    const before = [await count(ARTICLE), await count(AUTHOR), await count(CATEGORY)];
    const report = await engine.apply(
      [
        file('new.txt', { title: 'Planned only', category: ['Science'], authors: ['Nobody Yet'] }),
        referenceSeed(),
        { name: 'empty.txt', content: '   ' },
      ],
      { status: 'published', dryRun: true }
    );
    expect(report.dryRun).toBe(true);
    expect(report.articles.map((a) => [a.source, a.action])).toEqual([
      ['new.txt', 'create'],
      ['000_5637bd5acb181e31.txt', 'unchanged'],
      ['empty.txt', 'invalid'],
    ]);
    expect(report.articles[0].authors).toEqual([
      { name: 'Nobody Yet', slug: 'nobody-yet', action: 'create' },
    ]);
    expect(report.articles[0].category).toEqual([
      { name: 'Science', slug: 'science', action: 'create' },
    ]);
    expect(report.articles[0].draft?.title).toBe('Planned only');
    expect(report.articles[2].error).toMatchObject({ code: 'EMPTY_INPUT' });
    expect(report.totals).toEqual({
      created: 1,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
      forbidden: 0,
      failed: 1,
    });
    expect([await count(ARTICLE), await count(AUTHOR), await count(CATEGORY)]).toEqual(before);
  });

  it('an entry event read after the import still gives the article as it was written', async () => {
    // The entries of an import's events are built when a listener reads them (the webhook
    // runner reads them only for a webhook): one read late must give what was written then,
    // not what the database holds by then.
    const heard: { uid?: string; entry?: unknown }[] = [];
    const stop = strapi.eventHub.on('entry.create', async (event: { uid?: string }) => {
      if (event.uid === ARTICLE) heard.push(event);
    });
    let report: ImportReport;
    try {
      report = await engine.apply(
        [
          file('late-1.txt', { title: 'Read late one', authors: ['Late Reader'] }),
          file('late-2.txt', { title: 'Read late two', category: ['Late Shelf'] }),
        ],
        { status: 'draft' }
      );
    } finally {
      stop();
    }
    expect(report.totals).toMatchObject({ created: 2, failed: 0 });
    const documentId = report.articles[0].documentId!;
    const written = await strapi.db.query(ARTICLE).findOne({
      where: { documentId, publishedAt: null },
      populate: { authors: true, category: true },
    });
    await strapi.documents(ARTICLE).update({
      documentId,
      data: { title: 'Edited after the import' } as never,
    });
    expect(heard).toHaveLength(2);
    const late = heard.find(
      (event) => (event.entry as { documentId?: string }).documentId === documentId
    );
    expect(late?.entry).toMatchObject({
      id: written.id,
      title: 'Read late one',
      body: written.body,
      updatedAt: new Date(written.updatedAt).toISOString(),
      authors: [expect.objectContaining({ name: 'Late Reader' })],
    });
    // Each read gives the same entry (built once), and a spread carries it as a plain value.
    expect({ ...late }.entry).toBe(late?.entry);
  });

  it('a failing article rolls back alone (no events for what it created); the others import', async () => {
    const events: [string, string, unknown][] = [];
    const listener = async (
      event: { uid?: string; entry?: { slug?: string } | null },
      name: string
    ) => {
      events.push([name, event.uid ?? '', event.entry?.slug ?? null]);
    };
    const names = ['entry.create', 'entry.update', 'entry.publish'];
    const listeners = names.map((name) => {
      const fn = (event: { uid?: string; entry?: { slug?: string } | null }) =>
        listener(event, name);
      strapi.eventHub.on(name, fn);
      return [name, fn] as const;
    });
    // Make the write of one article fail after its new author and category were created.
    // Make the write of one article fail in the database layer, after its new author and
    // category were created.
    strapi.db.lifecycles.subscribe({
      models: [ARTICLE],
      async beforeCreate(event) {
        if ((event.params.data as { title?: string }).title === 'Boom') {
          throw new Error('simulated database failure');
        }
      },
    });
    const report = await engine.apply(
      [
        file('ok-1.txt', { title: 'Fine one', authors: ['Batch Author'] }),
        file('boom.txt', {
          title: 'Boom',
          category: ['Rollback Category'],
          authors: ['Rollback Author'],
        }),
        file('ok-2.txt', { title: 'Fine two', authors: ['Batch Author'] }),
      ],
      { status: 'published' }
    );
    expect(report.articles.map((a) => [a.source, a.action])).toEqual([
      ['ok-1.txt', 'created'],
      ['boom.txt', 'failed'],
      ['ok-2.txt', 'created'],
    ]);
    expect(report.articles[1].error).toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(
        /^A database error stopped this article: simulated database failure\./
      ),
    });
    expect(report.totals).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 1,
    });
    expect(await count(ARTICLE, { slug: 'boom' })).toBe(0);
    expect(await count(AUTHOR, { slug: 'rollback-author' })).toBe(0);
    expect(await count(CATEGORY, { slug: 'rollback-category' })).toBe(0);
    expect(await count(AUTHOR, { slug: 'batch-author' })).toBe(1);
    for (const [name, fn] of listeners) strapi.eventHub.off(name, fn);
    // Webhooks and audit logs hear of what was written, and of nothing that was rolled back.
    expect(events.filter(([, , slug]) => slug === null)).toEqual([]);
    expect(events.map(([, , slug]) => slug)).not.toContain('rollback-author');
    expect(events.map(([, , slug]) => slug)).not.toContain('rollback-category');
    expect(events.map(([, , slug]) => slug)).toEqual(
      expect.arrayContaining(['fine-one', 'fine-two', 'batch-author'])
    );
  });

  it('an existing category keeps its place in the tree; the article goes there, with a warning', async () => {
    await engine.apply([file('tree-1.txt', { title: 'Tree one', category: ['Money', 'Banks'] })], {
      status: 'draft',
    });
    const report = await engine.apply(
      [file('tree-2.txt', { title: 'Tree two', category: ['Science', 'Banks'] })],
      { status: 'draft' }
    );
    expect(report.articles[0].category).toEqual([
      { name: 'Banks', slug: 'banks', action: 'reuse' },
    ]);
    expect(report.articles[0].warnings).toContainEqual(
      expect.stringMatching(/Category "Banks" already exists elsewhere .*"Science \/ Banks"/)
    );
    expect(report.categories).toEqual({ created: 0, reused: 1 });
    expect(await count(CATEGORY, { slug: 'science' })).toBe(0);
    const banks = await strapi.documents(CATEGORY).findFirst({
      filters: { slug: 'banks' },
      populate: ['parent'],
    });
    expect(banks?.parent?.slug).toBe('money');
  });

  it('two concurrent imports of overlapping input create exactly one of each', async () => {
    const racers = ['Racer Alpha', 'Racer Beta', 'Racer Gamma', 'Racer Delta'];
    const batch = (offset: number) =>
      Array.from({ length: 12 }, (_, i) =>
        file(`c${i + offset}.txt`, {
          title: `Concurrent story ${i + offset}`,
          category: ['Concurrency', `Lane ${(i + offset) % 3}`],
          authors: [racers[(i + offset) % 4], 'Racer Shared'],
        })
      );
    const [a, b] = await Promise.all([
      engine.apply(batch(0), { status: 'published', chunkSize: 3 }),
      engine.apply(batch(6), { status: 'published', chunkSize: 3 }),
    ]);
    expect(a.totals.failed + b.totals.failed).toBe(0);
    for (let i = 0; i < 18; i += 1) {
      expect(
        await count(ARTICLE, { slug: `concurrent-story-${i}`, publishedAt: { $null: true } })
      ).toBe(1);
      expect(
        await count(ARTICLE, { slug: `concurrent-story-${i}`, publishedAt: { $notNull: true } })
      ).toBe(1);
    }
    for (const slug of [
      'racer-alpha',
      'racer-beta',
      'racer-gamma',
      'racer-delta',
      'racer-shared',
    ]) {
      expect(await count(AUTHOR, { slug })).toBe(1);
    }
    for (const slug of ['concurrency', 'lane-0', 'lane-1', 'lane-2']) {
      expect(await count(CATEGORY, { slug })).toBe(1);
    }
    // The overlap (stories 6–11) was created by one import and found unchanged by the other.
    expect(a.totals.created + b.totals.created).toBe(18);
    expect(a.totals.unchanged + b.totals.unchanged).toBe(6);
  });

  it('records every import that changed something or failed in the history', async () => {
    const history = strapi.plugin('newsroom').service('history') as unknown as {
      list: (page: number, size: number) => Promise<{ results: { totals: object }[] }>;
    };
    const { results } = await history.list(1, 100);
    // Every apply above (two in the concurrency test, two in the category test), not the dry run
    // and not the two re-imports of the reference seed that found it unchanged.
    expect(results.length).toBe(14);
  });

  it('does not record a run that changed nothing; one that failed is recorded', async () => {
    const history = strapi.plugin('newsroom').service('history') as unknown as {
      list: (page: number, size: number) => Promise<{ pagination: { total: number } }>;
    };
    const total = async () => (await history.list(1, 1)).pagination.total;
    const before = await total();
    const again = await engine.apply([referenceSeed()], { status: 'published', origin: 'cli' });
    expect(again.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    expect(await total()).toBe(before);

    const failing = await engine.apply(
      [referenceSeed(), { name: 'broken.json', content: '{ "title": ' }],
      { status: 'published', origin: 'cli' }
    );
    expect(failing.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
      forbidden: 0,
      failed: 1,
    });
    expect(await total()).toBe(before + 1);
  });
});
