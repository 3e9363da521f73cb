import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const CATEGORY = 'plugin::newsroom.category';
const CM = 'plugin::content-manager.explorer';

let app: TestApp;
let editor: AdminSession;
let author: AdminSession;

interface Body<T> {
  data: T;
  error?: { status: number; message: string };
}

beforeAll(async () => {
  app = await startTestApp();
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
  await grantAdminPermissions(app, 'strapi-author', ['plugin::newsroom.import']);
  editor = await createAdminSession(app, 'strapi-editor');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  await app?.stop();
});

const post = (session: AdminSession, path: string, body: object) =>
  request<Body<ImportReport>>(app, path, { method: 'POST', token: session.token, body });
const importAs = (session: AdminSession, body: object) => post(session, '/newsroom/import', body);
const previewAs = (session: AdminSession, body: object) =>
  post(session, '/newsroom/import/preview', body);

/** The article's rows (draft and published) as stored, with who created and last updated it. */
const rows = async (slug: string) =>
  (await app.strapi.db.query(ARTICLE).findMany({
    where: { slug },
    select: ['title', 'publishedAt', 'contentHash'],
    populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
    orderBy: { id: 'asc' },
  })) as {
    title: string;
    publishedAt: string | null;
    createdBy: { id: number } | null;
    updatedBy: { id: number } | null;
  }[];

const publicTitle = async (slug: string) =>
  (await request<{ data: { title: string } | null }>(app, `/api/newsroom/articles/slug/${slug}`))
    .body.data?.title ?? null;

const story = (title: string, paragraph: string) => ({
  name: 'desk/ministers-meet.txt',
  content: newsText({ title, category: ['Politics'], paragraphs: [paragraph] }),
});

describe('the admin import obeys the Content Manager permissions', () => {
  it("the Author role's Content Manager rights are Strapi's defaults (own entries, no publish)", async () => {
    const role = (await app.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-author' }, populate: ['permissions'] })) as {
      permissions: { action: string; subject: string | null; conditions: string[] }[];
    };
    const onArticles = role.permissions.filter((p) => p.subject === ARTICLE);
    expect(onArticles.map((p) => p.action).sort()).toEqual(
      [`${CM}.create`, `${CM}.delete`, `${CM}.read`, `${CM}.update`].sort()
    );
    expect(onArticles.every((p) => p.conditions.includes('admin::is-creator'))).toBe(true);
  });

  it('an Editor imports and publishes; the article names the Editor as creator and updater', async () => {
    const res = await importAs(editor, {
      files: [story('Ministers meet in Baku', 'The ministers met on Monday.')],
      status: 'published',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'created',
      slug: 'ministers-meet-in-baku',
    });
    const stored = await rows('ministers-meet-in-baku');
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.createdBy?.id).toBe(editor.userId);
      expect(row.updatedBy?.id).toBe(editor.userId);
    }
  });

  it("an Author cannot change someone else's article: forbidden in the preview and the import, nothing written", async () => {
    const before = await rows('ministers-meet-in-baku');
    const changed = story('Ministers meet in Baku', 'The Author rewrote this paragraph.');

    const preview = await previewAs(author, { files: [changed], status: 'draft' });
    expect(preview.status).toBe(200);
    expect(preview.body.data.articles[0]).toMatchObject({
      action: 'forbidden',
      missingPermission: `${CM}.update on ${ARTICLE}`,
      error: { code: 'FORBIDDEN' },
    });
    expect(preview.body.data.totals).toMatchObject({ forbidden: 1, updated: 0 });

    for (const status of ['draft', 'published']) {
      const res = await importAs(author, { files: [changed], status });
      expect(res.status).toBe(200);
      expect(res.body.data.articles[0]).toMatchObject({
        action: 'forbidden',
        missingPermission: `${CM}.update on ${ARTICLE}`,
        documentId: expect.any(String),
      });
      expect(res.body.data.articles[0].error?.message).toMatch(
        /may not update this article in the Content Manager/
      );
      expect(res.body.data.totals).toEqual({
        created: 0,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        forbidden: 1,
        failed: 0,
      });
    }
    expect(await rows('ministers-meet-in-baku')).toEqual(before);
    expect(await publicTitle('ministers-meet-in-baku')).toBe('Ministers meet in Baku');
    const published = (await app.strapi.documents(ARTICLE).findFirst({
      filters: { slug: 'ministers-meet-in-baku' },
      status: 'published',
    })) as unknown as {
      body: { children: { text: string }[] }[];
    };
    expect(published.body[0].children[0].text).toBe('The ministers met on Monday.');
  });

  it("a file of the Author's naming the article's slug never reaches that article: a draft of its own", async () => {
    const before = await rows('ministers-meet-in-baku');
    const res = await importAs(author, {
      files: [
        {
          name: 'attack.md',
          content:
            '---\ntitle: Ministers meet in Baku\nslug: ministers-meet-in-baku\n---\n\nReplaced text.\n',
        },
      ],
      status: 'draft',
    });
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'created',
      slug: 'ministers-meet-in-baku-2',
    });
    expect(await rows('ministers-meet-in-baku')).toEqual(before);
    expect(await publicTitle('ministers-meet-in-baku')).toBe('Ministers meet in Baku');
    expect(await publicTitle('ministers-meet-in-baku-2')).toBeNull();
  });

  it('an Author may not publish (not even its own new article), and nothing of it is written', async () => {
    const categories = await app.strapi.db.query(CATEGORY).count({});
    const res = await importAs(author, {
      files: [
        {
          name: 'author-own.txt',
          content: newsText({
            title: 'Author scoop',
            category: ['Scoops'],
            authors: ['New Byline'],
          }),
        },
      ],
      status: 'published',
    });
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'forbidden',
      missingPermission: `${CM}.publish on ${ARTICLE}`,
      documentId: null,
    });
    expect(await app.strapi.db.query(ARTICLE).count({ where: { slug: 'author-scoop' } })).toBe(0);
    expect(await app.strapi.db.query(CATEGORY).count({})).toBe(categories);
    expect(
      await app.strapi.db.query('plugin::newsroom.author').count({ where: { slug: 'new-byline' } })
    ).toBe(0);
  });

  it('an Author imports its own drafts and updates them (is creator); createdBy is the Author', async () => {
    const file = (paragraph: string) => ({
      name: 'author-own.txt',
      content: newsText({ title: 'Author scoop', paragraphs: [paragraph] }),
    });
    const first = await importAs(author, { files: [file('First version.')], status: 'draft' });
    expect(first.body.data.articles[0]).toMatchObject({ action: 'created' });
    const second = await importAs(author, { files: [file('Second version.')], status: 'draft' });
    expect(second.body.data.articles[0]).toMatchObject({
      action: 'updated',
      documentId: first.body.data.articles[0].documentId,
    });
    const [draft] = await rows('author-scoop');
    expect(draft.createdBy?.id).toBe(author.userId);
    expect(draft.updatedBy?.id).toBe(author.userId);
  });

  it('an Editor updating an article becomes its updater; the creator stays', async () => {
    const res = await importAs(editor, {
      files: [
        {
          name: 'author-own.txt',
          content: newsText({ title: 'Author scoop', paragraphs: ['The Editor polished it.'] }),
        },
      ],
      status: 'draft',
    });
    expect(res.body.data.articles[0].action).toBe('updated');
    const [draft] = await rows('author-scoop');
    expect(draft.createdBy?.id).toBe(author.userId);
    expect(draft.updatedBy?.id).toBe(editor.userId);
  });

  it('a role without "create" on categories may import only into existing categories', async () => {
    const roles = app.strapi.service('admin::role') as unknown as {
      create: (data: object) => Promise<{ id: number }>;
      assignPermissions: (id: number, permissions: object[]) => Promise<unknown>;
    };
    const role = await roles.create({ name: 'Desk importer', description: 'articles only' });
    // Articles and categories are localized: a role's rights on them name its locales.
    const on = (action: string, subject: string) => ({
      action,
      subject,
      properties: subject === 'plugin::newsroom.author' ? {} : { locales: ['en'] },
      conditions: [],
    });
    await roles.assignPermissions(role.id, [
      { action: 'plugin::newsroom.import', subject: null, properties: {}, conditions: [] },
      ...['create', 'read', 'update', 'publish'].map((a) => on(`${CM}.${a}`, ARTICLE)),
      on(`${CM}.create`, 'plugin::newsroom.author'),
      on(`${CM}.read`, CATEGORY),
    ]);
    const desk = await createAdminSession(app, role.id);
    const res = await importAs(desk, {
      files: [
        {
          name: 'desk-1.txt',
          content: newsText({ title: 'Desk one', category: ['Politics'] }),
        },
        {
          name: 'desk-2.txt',
          content: newsText({ title: 'Desk two', category: ['Brand New Section'] }),
        },
      ],
      status: 'published',
    });
    expect(res.body.data.articles.map((a) => [a.source, a.action, a.missingPermission])).toEqual([
      ['desk-1.txt', 'created', undefined],
      ['desk-2.txt', 'forbidden', `${CM}.create on ${CATEGORY}`],
    ]);
    expect(
      await app.strapi.db.query(CATEGORY).count({ where: { slug: 'brand-new-section' } })
    ).toBe(0);
    expect(await publicTitle('desk-one')).toBe('Desk one');
  });
});
