import {
  api,
  seedNewsroom,
  slugsOf,
  PUBLISHED_SLUGS,
  type ListBody,
  type Newsroom,
} from '../helpers/content-api';
import {
  createAdminSession,
  createApiToken,
  createContentApiUser,
  request,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { setPublicRead } from '../../server/src/bootstrap/public-read';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
const DRAFT_ACTION = 'plugin::newsroom.article.readDrafts';
const READ_ACTIONS = [
  ...['article', 'author', 'category'].flatMap((t) => [
    `plugin::newsroom.${t}.find`,
    `plugin::newsroom.${t}.findOne`,
  ]),
  // Feeds and sitemaps (published articles only).
  'plugin::newsroom.feed.find',
  'plugin::newsroom.sitemap.find',
];

let app: TestApp;
let newsroom: Newsroom;

const roleId = async (type: 'public' | 'authenticated') =>
  ((await app.strapi.db.query(ROLE).findOne({ where: { type } })) as { id: number }).id;

const grant = async (type: 'public' | 'authenticated', actions: string[]) => {
  const role = await roleId(type);
  for (const action of actions) {
    await app.strapi.db.query(PERMISSION).create({ data: { action, role } });
  }
};

const rolePermissions = async (type: 'public' | 'authenticated') =>
  (
    (await app.strapi.db.query(PERMISSION).findMany({
      where: { role: await roleId(type), action: { $startsWith: 'plugin::newsroom.' } },
    })) as {
      action: string;
    }[]
  )
    .map((p) => p.action)
    .sort();

/** What a caller sees of the articles when it asks for drafts every way it can. */
const draftView = async (token?: string) => {
  const asked = await api(app, '/articles?status=draft&sort=slug', { token });
  const legacy = await api(app, '/articles?publicationState=preview&sort=slug', { token });
  const bySlug = await api(app, '/articles/slug/secret-draft?status=draft', { token });
  const byId = await api(app, `/articles/${newsroom.articles.secretDraft}?status=draft`, { token });
  const viaAuthor = await api<ListBody<{ slug: string; articles: { title: string }[] }>>(
    app,
    `/authors?filters[slug][$eq]=ayya-lmahamad&populate[articles][fields][0]=title&status=draft`,
    { token }
  );
  return {
    statuses: [asked.status, legacy.status, viaAuthor.status],
    slugs: slugsOf(asked.body),
    legacySlugs: slugsOf(legacy.body),
    titles: asked.body.data.map((a) => a.title),
    single: [bySlug.status, byId.status],
    authorArticles: viaAuthor.body.data[0].articles.map((a) => a.title).sort(),
  };
};

const PUBLISHED_VIEW = {
  statuses: [200, 200, 200],
  slugs: PUBLISHED_SLUGS,
  legacySlugs: PUBLISHED_SLUGS,
  single: [404, 404],
  authorArticles: ['Edited after publishing', 'Election night', 'Summit in Baku'],
};

beforeAll(async () => {
  app = await startTestApp();
  newsroom = await seedNewsroom(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

describe('drafts never leak', () => {
  it('Public gets published articles only, whatever it asks for', async () => {
    const view = await draftView();
    expect(view).toMatchObject(PUBLISHED_VIEW);
    expect(view.titles).toContain('Edited after publishing');
    expect(view.titles).not.toContain('Unpublished edit');
    expect((await api(app, '/articles/drafts')).status).toBe(403);
  });

  it('a relation filter cannot probe draft content', async () => {
    for (const title of ['Secret draft', 'Unpublished edit']) {
      const res = await api(app, `/authors?filters[articles][title][$eq]=${title}`);
      expect(res.body.data).toEqual([]);
      const nested = await api(
        app,
        `/articles?populate[authors][filters][articles][title][$eq]=${title}&populate[authors][fields][0]=slug`
      );
      expect(nested.body.data.every((a) => (a.authors as unknown[]).length === 0)).toBe(true);
    }
    const published = await api(app, '/authors?filters[articles][title][$eq]=Summit in Baku');
    expect(slugsOf(published.body)).toEqual(['ayya-lmahamad', 'zed-zeta']);
  });

  it('a logged-in user, a read-only token and a custom read token get published only', async () => {
    await grant('authenticated', READ_ACTIONS);
    const user = await createContentApiUser(app);
    const readOnly = await createApiToken(app, 'read-only');
    const customRead = await createApiToken(app, 'custom', [
      'plugin::newsroom.article.find',
      'plugin::newsroom.article.findOne',
      'plugin::newsroom.author.find',
    ]);
    for (const token of [user, readOnly, customRead]) {
      expect(await draftView(token)).toMatchObject(PUBLISHED_VIEW);
      expect((await api(app, '/articles/drafts', { token })).status).toBe(403);
    }
    // A read-only token reads everything else, the by-slug route included.
    expect((await api(app, '/articles/slug/summit-in-baku', { token: readOnly })).status).toBe(200);
    expect((await api(app, '/categories', { token: readOnly })).status).toBe(200);
  });

  it('a full-access token and a custom token with readDrafts may read drafts', async () => {
    const full = await createApiToken(app, 'full-access');
    const drafts = await createApiToken(app, 'custom', [
      'plugin::newsroom.article.find',
      'plugin::newsroom.article.findOne',
      'plugin::newsroom.author.find',
      DRAFT_ACTION,
    ]);
    for (const token of [full, drafts]) {
      const view = await draftView(token);
      expect(view.slugs).toEqual([...PUBLISHED_SLUGS, 'secret-draft'].sort());
      expect(view.titles).toContain('Unpublished edit');
      expect(view.single).toEqual([200, 200]);
      expect(view.authorArticles).toEqual([
        'Election night',
        'Secret draft',
        'Summit in Baku',
        'Unpublished edit',
      ]);
      // Without status=draft they get the published versions, like everyone.
      expect(slugsOf((await api(app, '/articles', { token })).body)).toEqual(PUBLISHED_SLUGS);

      const list = await api(app, '/articles/drafts?category=politics&sort=slug', { token });
      expect(list.status).toBe(200);
      expect(slugsOf(list.body)).toEqual([
        'edited-after-publishing',
        'election-night',
        'parliament-votes',
        'secret-draft',
        'summit-in-baku',
      ]);
      expect(list.body.data.every((a) => a.publishedAt === null)).toBe(true);
    }
  });

  it('a Users & Permissions role granted readDrafts may read drafts', async () => {
    const user = await createContentApiUser(app);
    expect((await draftView(user)).slugs).toEqual(PUBLISHED_SLUGS);
    await grant('authenticated', [DRAFT_ACTION]);
    expect((await draftView(user)).slugs).toContain('secret-draft');
    expect((await api(app, '/articles/drafts', { token: user })).status).toBe(200);
  });

  it('Public never reads drafts, even if its role is given readDrafts', async () => {
    await grant('public', [DRAFT_ACTION]);
    try {
      expect(await draftView()).toMatchObject(PUBLISHED_VIEW);
      expect((await api(app, '/articles/drafts')).status).toBe(403);
    } finally {
      await app.strapi.db
        .query(PERMISSION)
        .deleteMany({ where: { role: await roleId('public'), action: DRAFT_ACTION } });
    }
  });
});

describe('permissions', () => {
  it('a custom token reads only what it was given', async () => {
    const token = await createApiToken(app, 'custom', ['plugin::newsroom.author.find']);
    expect((await api(app, '/authors', { token })).status).toBe(200);
    expect((await api(app, '/articles', { token })).status).toBe(403);
    expect((await api(app, '/categories', { token })).status).toBe(403);
  });

  it('the routes appear in the Users & Permissions role editor', async () => {
    const { token } = await createAdminSession(app);
    const res = await request<{
      role: {
        permissions: Record<
          string,
          { controllers: Record<string, Record<string, { enabled: boolean }>> }
        >;
      };
    }>(app, `/users-permissions/roles/${await roleId('public')}`, { token });
    expect(res.status).toBe(200);
    const controllers = res.body.role.permissions['plugin::newsroom'].controllers;
    expect(controllers).toEqual({
      article: {
        find: expect.objectContaining({ enabled: true }),
        findOne: expect.objectContaining({ enabled: true }),
        readDrafts: expect.objectContaining({ enabled: false }),
      },
      author: {
        find: expect.objectContaining({ enabled: true }),
        findOne: expect.objectContaining({ enabled: true }),
      },
      category: {
        find: expect.objectContaining({ enabled: true }),
        findOne: expect.objectContaining({ enabled: true }),
      },
      feed: { find: expect.objectContaining({ enabled: true }) },
      sitemap: { find: expect.objectContaining({ enabled: true }) },
    });
  });

  it('publicRead grants idempotently and revokes only what it granted', async () => {
    // The playground boots with publicRead: true.
    expect(await rolePermissions('public')).toEqual([...READ_ACTIONS].sort());
    await setPublicRead(app.strapi, true);
    await setPublicRead(app.strapi, true);
    expect(await rolePermissions('public')).toEqual([...READ_ACTIONS].sort());

    await setPublicRead(app.strapi, false);
    expect(await rolePermissions('public')).toEqual([]);
    expect((await api(app, '/articles')).status).toBe(403);
    expect((await api(app, '/articles/slug/summit-in-baku')).status).toBe(403);

    // An admin opens authors to the public by hand: turning public read on and off keeps it.
    await grant('public', ['plugin::newsroom.author.find']);
    await setPublicRead(app.strapi, true);
    expect(await rolePermissions('public')).toEqual([...READ_ACTIONS].sort());
    expect((await api(app, '/articles/slug/summit-in-baku')).status).toBe(200);
    await setPublicRead(app.strapi, false);
    expect(await rolePermissions('public')).toEqual(['plugin::newsroom.author.find']);
    expect((await api(app, '/authors')).status).toBe(200);

    await app.strapi.db.query(PERMISSION).deleteMany({
      where: { role: await roleId('public'), action: { $startsWith: 'plugin::newsroom.' } },
    });
    await setPublicRead(app.strapi, true);
    expect(await rolePermissions('public')).toEqual([...READ_ACTIONS].sort());
  });
});
