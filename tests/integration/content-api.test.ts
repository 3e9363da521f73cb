import { strapi as createClient, HTTPNotFoundError } from '@strapi/client';

import {
  api,
  deepKeys,
  seedNewsroom,
  slugsOf,
  text,
  PUBLISHED_SLUGS,
  type Article,
  type ErrorBody,
  type ListBody,
  type Newsroom,
} from '../helpers/content-api';
import { startTestApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let newsroom: Newsroom;

beforeAll(async () => {
  app = await startTestApp();
  newsroom = await seedNewsroom(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

describe('REST routes under /api/newsroom (public read on, as in the playground)', () => {
  it('lists published articles with pagination meta', async () => {
    const res = await api(app, '/articles?sort=slug:asc&pagination[pageSize]=4');
    expect(res.status).toBe(200);
    expect(res.body.data.map((a) => a.slug)).toEqual(PUBLISHED_SLUGS.slice(0, 4));
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 4, pageCount: 2, total: 6 });

    const page2 = await api(
      app,
      '/articles?sort=slug:asc&pagination[page]=2&pagination[pageSize]=4'
    );
    expect(page2.body.data.map((a) => a.slug)).toEqual(PUBLISHED_SLUGS.slice(4));
  });

  it('serves the published version, never the draft', async () => {
    const res = await api(app, '/articles?filters[slug][$eq]=edited-after-publishing');
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ title: 'Edited after publishing' });
    expect(res.body.data[0].publishedAt).toBeTruthy();
  });

  it('finds one article by documentId, with sort, fields and populate', async () => {
    const res = await api<{ data: Article }>(
      app,
      `/articles/${newsroom.articles.summit}?fields[0]=title&populate[authors][fields][0]=name&populate[category][populate][parent][fields][0]=slug`
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      documentId: newsroom.articles.summit,
      title: 'Summit in Baku',
      authors: [{ name: 'Ayya Lmahamad' }, { name: 'Zed Zeta' }],
      category: { slug: 'world', parent: { slug: 'politics' } },
    });
    expect(res.body.data).not.toHaveProperty('description');
  });

  it('answers 404 in Strapi’s error shape for an unknown or draft-only documentId', async () => {
    for (const id of ['nope0nope0nope0nope0nope', newsroom.articles.secretDraft]) {
      const res = await api<ErrorBody>(app, `/articles/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
  });

  it('looks an article up by slug: 200, or 404 with Strapi’s error shape', async () => {
    const found = await api<{ data: Article }>(app, '/articles/slug/summit-in-baku?populate=*');
    expect(found.status).toBe(200);
    expect(found.body.data).toMatchObject({
      documentId: newsroom.articles.summit,
      slug: 'summit-in-baku',
      category: { slug: 'world' },
    });

    const missing = await api<ErrorBody>(app, '/articles/slug/no-such-article');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      data: null,
      error: {
        status: 404,
        name: 'NotFoundError',
        message: 'No article with slug "no-such-article"',
        details: {},
      },
    });

    const draft = await api<ErrorBody>(app, '/articles/slug/secret-draft?status=draft');
    expect(draft.status).toBe(404);
  });

  it('lists and finds authors and categories', async () => {
    const authors = await api(app, '/authors?sort=slug');
    expect(slugsOf(authors.body)).toEqual(['ayya-lmahamad', 'zed-zeta']);
    const author = await api<{ data: Record<string, unknown> }>(
      app,
      `/authors/${newsroom.ayya.documentId}`
    );
    expect(author.body.data).toMatchObject({ name: 'Ayya Lmahamad', bio: 'Ayya Lmahamad writes.' });

    const categories = await api(app, '/categories?filters[parent][slug][$eq]=politics&populate=*');
    expect(slugsOf(categories.body)).toEqual(['world']);
    expect(categories.body.data[0]).toMatchObject({
      parent: { slug: 'politics' },
      children: [{ slug: 'elections' }],
    });
    const one = await api<{ data: { slug: string } }>(
      app,
      `/categories/${newsroom.categories.energy.documentId}`
    );
    expect(one.body.data.slug).toBe('energy');
  });
});

describe('filters for a news front end', () => {
  it('category=<slug> finds the category and everything below it', async () => {
    const politics = await api(app, '/articles?category=politics');
    expect(slugsOf(politics.body)).toEqual([
      'edited-after-publishing',
      'election-night',
      'parliament-votes',
      'summit-in-baku',
    ]);
    expect(politics.body.meta.pagination.total).toBe(4);
    expect(slugsOf((await api(app, '/articles?category=world')).body)).toEqual([
      'election-night',
      'summit-in-baku',
    ]);
    expect(slugsOf((await api(app, '/articles?category=business')).body)).toEqual([
      'oil-prices-climb',
    ]);
    expect((await api(app, '/articles?category=no-such-category')).body.data).toEqual([]);
  });

  it('combines category=<slug> with standard filters, sort and pagination', async () => {
    const res = await api(
      app,
      '/articles?category=politics&filters[authors][slug][$eq]=zed-zeta&sort=title:desc&pagination[pageSize]=1'
    );
    expect(res.body.data.map((a) => a.slug)).toEqual(['summit-in-baku']);
    expect(res.body.meta.pagination).toMatchObject({ total: 2, pageCount: 2 });
  });

  it('the standard filters[category][slug][$eq] still matches that category only', async () => {
    const res = await api(app, '/articles?filters[category][slug][$eq]=politics');
    expect(slugsOf(res.body)).toEqual(['edited-after-publishing', 'parliament-votes']);
  });

  it('tag=<tag> matches the tag by its slug, on every database', async () => {
    expect(slugsOf((await api(app, '/articles?tag=Azerbaijan')).body)).toEqual([
      'election-night',
      'summit-in-baku',
    ]);
    expect(slugsOf((await api(app, '/articles?tag=azerbaijan')).body)).toEqual([
      'election-night',
      'summit-in-baku',
    ]);
    expect(slugsOf((await api(app, '/articles?tag=iran')).body)).toEqual(['summit-in-baku']);
    // A tag is matched whole: "Azer" is not "Azerbaijan", "Oil" is not "Oil prices".
    expect((await api(app, '/articles?tag=Azer')).body.data).toEqual([]);
    expect(slugsOf((await api(app, '/articles?tag=oil&category=energy')).body)).toEqual([
      'oil-prices-climb',
    ]);
  });

  it('author=<slug> and filters[authors][slug][$eq] find an author’s articles', async () => {
    const expected = ['oil-prices-climb', 'parliament-votes', 'summit-in-baku'];
    expect(slugsOf((await api(app, '/articles?author=zed-zeta')).body)).toEqual(expected);
    expect(
      slugsOf((await api(app, '/articles?filters[authors][slug][$eq]=zed-zeta')).body)
    ).toEqual(expected);
    expect(slugsOf((await api(app, '/articles?author=zed-zeta&tag=iran')).body)).toEqual([
      'summit-in-baku',
    ]);
  });

  it('refuses a repeated or empty custom parameter with a 400', async () => {
    const repeated = await api<ErrorBody>(app, '/articles?tag=a&tag=b');
    expect(repeated.status).toBe(400);
    expect(repeated.body.error).toMatchObject({ status: 400, details: { param: 'tag' } });
    expect((await api(app, '/articles?category=')).status).toBe(400);
  });

  it('declares its params, so they work when the app turns on api.rest.strictParams', async () => {
    app.strapi.config.set('api.rest.strictParams', true);
    try {
      const res = await api(app, '/articles?category=politics&tag=iran&author=zed-zeta');
      expect(res.status).toBe(200);
      expect(slugsOf(res.body)).toEqual(['summit-in-baku']);
      expect((await api(app, '/articles?colour=red')).status).toBe(400);
      expect((await api(app, '/authors?tag=iran')).status).toBe(400);
    } finally {
      app.strapi.config.set('api.rest.strictParams', undefined);
    }
  });

  it('cannot filter on private attributes: Strapi refuses the key', async () => {
    for (const query of [
      'filters[tagIndex][$contains]=azerbaijan',
      'filters[contentHash][$eq]=hash-summit-in-baku',
      'filters[authors][email][$eq]=zed-zeta@newsroom.example',
    ]) {
      const res = await api<ErrorBody>(app, `/articles?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        name: 'ValidationError',
        details: { param: 'filters' },
      });
    }
  });
});

describe('private fields never leak', () => {
  const PRIVATE = ['email', 'contentHash', 'tagIndex'];

  it.each([
    '/articles?populate=*',
    '/articles?populate[authors][populate]=*&populate[category][populate]=*',
    '/articles?populate[authors][populate][articles][populate]=*',
    '/articles?fields[0]=contentHash&fields[1]=tagIndex&fields[2]=title',
    '/articles?populate[authors][fields][0]=email&populate[authors][fields][1]=name',
    '/authors?populate=*',
    '/authors?populate[articles][populate]=*',
    '/categories?populate[articles][populate]=*',
    '/articles/slug/summit-in-baku?populate=*',
  ])('%s', async (path) => {
    const res = await api(app, path);
    expect([200, 400]).toContain(res.status);
    const keys = deepKeys(res.body);
    for (const key of PRIVATE) expect(keys.has(key)).toBe(false);
    expect(text(res.body)).not.toMatch(/@newsroom\.example|hash-|\|azerbaijan\|/);
  });
});

describe('the official JS client (@strapi/client)', () => {
  it('reads the plugin’s collections through `plugin: { name }` or a nested path', async () => {
    const client = createClient({ baseURL: `${app.url}/api` });
    const articles = client.collection('articles', { plugin: { name: 'newsroom' } });
    const list = (await articles.find({
      filters: { category: { slug: { $eq: 'energy' } } },
      populate: ['authors'],
    })) as unknown as ListBody;
    expect(list.data.map((a) => a.slug)).toEqual(['oil-prices-climb']);
    expect(list.data[0].authors).toMatchObject([{ slug: 'zed-zeta' }]);
    expect(text(list)).not.toMatch(/@newsroom\.example/);

    const nested = client.collection('newsroom/authors');
    const one = await nested.findOne(newsroom.zed.documentId);
    expect(one.data).toMatchObject({ slug: 'zed-zeta' });

    const custom = (await articles.find({
      category: 'politics',
      tag: 'Azerbaijan',
    } as Record<string, unknown>)) as unknown as ListBody;
    expect(slugsOf(custom)).toEqual(['election-night', 'summit-in-baku']);

    await expect(articles.findOne('nope0nope0nope0nope0nope')).rejects.toBeInstanceOf(
      HTTPNotFoundError
    );
  });
});
