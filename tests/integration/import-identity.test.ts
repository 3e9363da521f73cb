import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

type Input = { name: string; content: string; path?: string };
interface ImportService {
  plan: (inputs: Input[], options?: object) => Promise<ImportReport>;
  apply: (inputs: Input[], options?: object) => Promise<ImportReport>;
}

let app: TestApp;
let strapi: Core.Strapi;
let engine: ImportService;
let editor: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  strapi = app.strapi;
  engine = strapi.plugin('newsroom').service('import') as unknown as ImportService;
  editor = await createAdminSession(app, 'strapi-editor');
});

afterAll(async () => {
  await app?.stop();
});

interface StoredArticle {
  documentId: string;
  title: string;
  slug: string;
  tags: string[];
  body: { children: { text: string }[] }[];
}

const version = async (documentId: string, status: 'draft' | 'published') =>
  (await strapi.documents(ARTICLE).findOne({ documentId, status })) as StoredArticle | null;
const firstText = (article: StoredArticle | null) => article?.body[0].children[0].text;
const count = (where: Record<string, unknown>) => strapi.db.query(ARTICLE).count({ where });

/** An editor saves a draft in the Content Manager (the real admin route). */
const editInContentManager = async (documentId: string, data: Record<string, unknown>) => {
  const res = await request(app, `/content-manager/collection-types/${ARTICLE}/${documentId}`, {
    method: 'PUT',
    token: editor.token,
    body: data,
  });
  expect(res.status).toBe(200);
};

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describe('source identity', () => {
  it('two sources with one title give two articles; the second gets a free slug, with a warning', async () => {
    const a = {
      name: 'agency-a/weather.txt',
      content: newsText({ title: 'Daily weather', paragraphs: ['Sunny in Baku.'] }),
    };
    const b = {
      name: 'agency-b/weather.txt',
      content: newsText({ title: 'Daily weather', paragraphs: ['Rain in Ganja.'] }),
    };
    const first = await engine.apply([a], { status: 'published' });
    expect(first.articles[0]).toMatchObject({ action: 'created', slug: 'daily-weather' });

    const plan = await engine.plan([b], { status: 'published' });
    expect(plan.articles[0]).toMatchObject({ action: 'create', slug: 'daily-weather-2' });

    const second = await engine.apply([b], { status: 'published' });
    expect(second.articles[0]).toMatchObject({ action: 'created', slug: 'daily-weather-2' });
    expect(second.articles[0].warnings).toContainEqual(
      expect.stringMatching(
        /"daily-weather" belongs to an article from another source.*"daily-weather-2"/
      )
    );
    // The same warning with its code and values (for the admin to say in the user's language),
    // the details in step with the texts.
    const line = second.articles[0];
    expect(line.warningDetails?.map((warning) => warning.message)).toEqual(line.warnings);
    expect(line.warningDetails).toContainEqual(
      expect.objectContaining({
        code: 'SLUG_TAKEN',
        params: { wanted: 'daily-weather', slug: 'daily-weather-2' },
      })
    );
    expect(second.articles[0].documentId).not.toBe(first.articles[0].documentId);
    expect(firstText(await version(first.articles[0].documentId!, 'published'))).toBe(
      'Sunny in Baku.'
    );
    expect(firstText(await version(second.articles[0].documentId!, 'published'))).toBe(
      'Rain in Ganja.'
    );

    // Both again, changed: each updates its own article, and the numbered slug stays.
    const again = await engine.apply(
      [
        { ...a, content: newsText({ title: 'Daily weather', paragraphs: ['Windy in Baku.'] }) },
        { ...b, content: newsText({ title: 'Daily weather', paragraphs: ['Snow in Ganja.'] }) },
      ],
      { status: 'published' }
    );
    expect(again.articles.map((x) => [x.action, x.slug, x.documentId])).toEqual([
      ['updated', 'daily-weather', first.articles[0].documentId],
      ['updated', 'daily-weather-2', second.articles[0].documentId],
    ]);
    expect(await count({ slug: { $startsWith: 'daily-weather' } })).toBe(4);
  });

  it('two sources with one title in the same import give two articles too', async () => {
    const report = await engine.apply(
      [
        {
          name: 'x/brief.md',
          content: '---\ntitle: Market brief\nsourceId: wire-1\n---\n\nStocks rose.\n',
        },
        {
          name: 'y/brief.md',
          content: '---\ntitle: Market brief\nsourceId: wire-2\n---\n\nStocks fell.\n',
        },
      ],
      { status: 'draft' }
    );
    expect(report.articles.map((x) => [x.action, x.slug])).toEqual([
      ['created', 'market-brief'],
      ['created', 'market-brief-2'],
    ]);
  });

  it('the same source id twice in one import is refused for the second article', async () => {
    const report = await engine.plan([
      { name: 'one.md', content: '---\ntitle: One\nsourceId: dup\n---\n\nText.\n' },
      { name: 'two.md', content: '---\ntitle: Two\nsourceId: dup\n---\n\nText.\n' },
    ]);
    expect(report.articles.map((x) => x.action)).toEqual(['create', 'invalid']);
    expect(report.articles[1].error).toMatchObject({ code: 'DUPLICATE_SOURCE' });
  });

  it("a JSON array's items keep their identity when the array is reordered", async () => {
    const items = [
      { id: 'b-1', title: 'Brief one', body: 'First brief.' },
      { id: 'b-2', title: 'Brief two', body: 'Second brief.' },
      { id: 'b-3', title: 'Brief three', body: 'Third brief.' },
    ];
    const json = (list: object[]) => ({ name: 'briefs.json', content: JSON.stringify(list) });
    const first = await engine.apply([json(items)], { status: 'published' });
    expect(first.totals.created).toBe(3);
    const ids = new Map(first.articles.map((x) => [x.slug, x.documentId]));

    const reordered = [items[2], { ...items[0], body: 'First brief, corrected.' }, items[1]];
    const again = await engine.apply([json(reordered)], { status: 'published' });
    expect(again.articles.map((x) => [x.source, x.action, x.slug])).toEqual([
      ['briefs.json#1', 'unchanged', 'brief-three'],
      ['briefs.json#2', 'updated', 'brief-one'],
      ['briefs.json#3', 'unchanged', 'brief-two'],
    ]);
    for (const x of again.articles) expect(x.documentId).toBe(ids.get(x.slug!));
    expect(firstText(await version(ids.get('brief-one')!, 'published'))).toBe(
      'First brief, corrected.'
    );
    expect(await count({ slug: { $startsWith: 'brief-' } })).toBe(6);
  });

  it('the same file under another path is another source (the fast path agrees)', async () => {
    const content = newsText({ title: 'Copied story', paragraphs: ['Same bytes.'] });
    const first = await engine.apply([{ name: 'copied.txt', content }], { status: 'draft' });
    const again = await engine.apply([{ name: 'copied.txt', content }], { status: 'draft' });
    expect(again.articles[0]).toMatchObject({
      action: 'unchanged',
      documentId: first.articles[0].documentId,
    });
    const elsewhere = await engine.apply([{ name: 'elsewhere/copied.txt', content }], {
      status: 'draft',
    });
    expect(elsewhere.articles[0]).toMatchObject({ action: 'created', slug: 'copied-story-2' });
  });

  it('a moved file keeps its article when its path inside the import root is the same', async () => {
    const content = newsText({ title: 'Moved story', paragraphs: ['Moved bytes.'] });
    const first = await engine.apply(
      [{ name: 'old/place/moved.txt', path: 'moved.txt', content }],
      {
        status: 'draft',
      }
    );
    const moved = await engine.apply(
      [{ name: 'new/place/moved.txt', path: 'moved.txt', content }],
      {
        status: 'draft',
      }
    );
    expect(moved.articles[0]).toMatchObject({
      action: 'unchanged',
      documentId: first.articles[0].documentId,
    });
  });

  it('a hand-made article is never taken by its slug alone; --adopt takes it over', async () => {
    const handMade = (await strapi.documents(ARTICLE).create({
      data: { title: 'Hand made', slug: 'hand-made', body: paragraph('Written by hand.') } as never,
    })) as { documentId: string };
    const file = {
      name: 'hand.txt',
      content: newsText({ title: 'Hand made', paragraphs: ['From the wire.'] }),
    };

    const plain = await engine.plan([file], { status: 'draft' });
    expect(plain.articles[0]).toMatchObject({ action: 'create', slug: 'hand-made-2' });
    expect(plain.articles[0].warnings).toContainEqual(
      expect.stringMatching(/made by hand.*--adopt/)
    );

    const adopted = await engine.apply([file], { status: 'draft', adopt: true });
    expect(adopted.articles[0]).toMatchObject({
      action: 'updated',
      slug: 'hand-made',
      documentId: handMade.documentId,
    });
    expect(adopted.articles[0].warnings).toContainEqual(
      expect.stringMatching(/^Adopted the article "hand-made"/)
    );
    expect(firstText(await version(handMade.documentId, 'draft'))).toBe('From the wire.');
    // Adopted: from now on it is this source's article.
    const again = await engine.apply([file], { status: 'draft' });
    expect(again.articles[0]).toMatchObject({
      action: 'unchanged',
      documentId: handMade.documentId,
    });
  });

  it('the plan of an adopting import says what the import does when two files want the hand-made slug', async () => {
    const handMade = (await strapi.documents(ARTICLE).create({
      data: { title: 'Desk story', slug: 'desk-story', body: paragraph('By hand.') } as never,
    })) as { documentId: string };
    const files = ['desk/a.txt', 'desk/b.txt'].map((name, i) => ({
      name,
      content: newsText({ title: 'Desk story', paragraphs: [`Version ${i + 1}.`] }),
    }));
    const shape = (report: ImportReport) =>
      // A plan says "create"/"update" where the import says "created"/"updated".
      report.articles.map(({ action, slug, warnings }) => ({
        action: action.replace(/d$/, ''),
        slug,
        warnings,
      }));

    const planned = await engine.plan(files, { status: 'draft', adopt: true });
    const applied = await engine.apply(files, { status: 'draft', adopt: true });

    expect(shape(applied)).toEqual(shape(planned));
    expect(applied.articles.map(({ action, slug }) => [action, slug])).toEqual([
      ['updated', 'desk-story'],
      ['created', 'desk-story-2'],
    ]);
    expect(applied.articles[0].documentId).toBe(handMade.documentId);
    expect(firstText(await version(handMade.documentId, 'draft'))).toBe('Version 1.');
  });

  it('an article imported before source keys existed is found by its slug and source name', async () => {
    const file = {
      name: 'legacy.txt',
      content: newsText({ title: 'Legacy story', paragraphs: ['Old text.'] }),
    };
    const first = await engine.apply([file], { status: 'draft' });
    await strapi.db.query(ARTICLE).updateMany({
      where: { slug: 'legacy-story' },
      data: { sourceKey: null, importFingerprint: null },
    });
    const changed = {
      ...file,
      content: newsText({ title: 'Legacy story', paragraphs: ['New text.'] }),
    };
    const again = await engine.apply([changed], { status: 'draft' });
    expect(again.articles[0]).toMatchObject({
      action: 'updated',
      documentId: first.articles[0].documentId,
    });
    const stamped = (await strapi.db.query(ARTICLE).findOne({
      where: { slug: 'legacy-story' },
      select: ['sourceKey'],
    })) as { sourceKey: string };
    expect(stamped.sourceKey).toBe('path:legacy.txt');
  });
});

describe('conflicts: an editor’s work is never silently overwritten', () => {
  const file = (paragraphs: string[], tags = ['Energy']) => ({
    name: 'wire/energy.txt',
    content: newsText({ title: 'Energy week opens', tags, paragraphs }),
  });
  let documentId: string;

  it('an editor’s draft edit survives a re-import of the changed file, reported as conflict', async () => {
    const first = await engine.apply([file(['Day one of the energy week.'])], {
      status: 'published',
    });
    documentId = first.articles[0].documentId!;
    await editInContentManager(documentId, {
      title: 'Energy week opens in Baku',
      body: paragraph('The editor rewrote the lead paragraph.'),
    });

    // The source did not change: nothing to do, the edit stays.
    const same = await engine.apply([file(['Day one of the energy week.'])], {
      status: 'published',
    });
    expect(same.articles[0]).toMatchObject({ action: 'unchanged', documentId });

    const changed = file(['Day one of the energy week, updated by the wire.'], ['Energy', 'Baku']);
    const plan = await engine.plan([changed], { status: 'published' });
    expect(plan.articles[0]).toMatchObject({
      action: 'conflict',
      documentId,
      changedFields: ['title', 'body'],
    });
    expect(plan.totals).toMatchObject({ conflicts: 1, updated: 0 });

    const applied = await engine.apply([changed], { status: 'published' });
    expect(applied.articles[0]).toMatchObject({
      action: 'conflict',
      documentId,
      changedFields: ['title', 'body'],
    });
    expect(applied.totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 1,
      forbidden: 0,
      failed: 0,
    });
    const draft = await version(documentId, 'draft');
    expect(draft?.title).toBe('Energy week opens in Baku');
    expect(firstText(draft)).toBe('The editor rewrote the lead paragraph.');
    expect(draft?.tags).toEqual(['Energy']);
    expect(firstText(await version(documentId, 'published'))).toBe('Day one of the energy week.');
  });

  it('is replaced only with the overwrite option (all, or this article by documentId)', async () => {
    const changed = file(['Day one of the energy week, updated by the wire.'], ['Energy', 'Baku']);
    const otherChoice = await engine.apply([changed], {
      status: 'published',
      overwriteEdited: ['some-other-document'],
    });
    expect(otherChoice.articles[0].action).toBe('conflict');

    const chosen = await engine.apply([changed], {
      status: 'published',
      overwriteEdited: [documentId],
    });
    expect(chosen.articles[0]).toMatchObject({ action: 'updated', documentId });
    expect(chosen.articles[0].warnings).toContainEqual(
      expect.stringMatching(/^Overwrote changes .*\(title, body\)/)
    );
    for (const status of ['draft', 'published'] as const) {
      const article = await version(documentId, status);
      expect(article?.title).toBe('Energy week opens');
      expect(firstText(article)).toBe('Day one of the energy week, updated by the wire.');
      expect(article?.tags).toEqual(['Energy', 'Baku']);
    }
    // As imported again: the next changed import is a plain update.
    const next = await engine.apply([file(['Day two.'])], { status: 'published' });
    expect(next.articles[0]).toMatchObject({ action: 'updated', documentId });
  });

  it('overwriteEdited: true restores the source even when the file did not change (fast path included)', async () => {
    await editInContentManager(documentId, { tags: ['Edited'] });
    const same = file(['Day two.']);
    expect((await engine.apply([same], { status: 'published' })).articles[0].action).toBe(
      'unchanged'
    );
    const restored = await engine.apply([same], { status: 'published', overwriteEdited: true });
    expect(restored.articles[0]).toMatchObject({ action: 'updated', documentId });
    expect((await version(documentId, 'draft'))?.tags).toEqual(['Energy']);
  });
});
