// The article edit view's newsroom parts on a real Strapi: the tags custom field (registered by
// the plugin, stored and served exactly as the JSON array it was before) and the category path
// the side panel shows (World › Europe › Politics).
import type { CategoryPathItem, ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { graphql } from '../helpers/content-api';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const CATEGORY = 'plugin::newsroom.category';

let app: TestApp;
let superAdmin: AdminSession;

type Body<T> = {
  data: T;
  error?: { status: number; name: string; message: string; details: Record<string, unknown> };
};

const story = {
  name: 'desk/ministers.txt',
  content: newsText({
    title: 'Ministers meet in Brussels',
    category: ['World', 'Europe', 'Politics'],
    tags: ['Azerbaijan', 'Oil Price'],
    paragraphs: ['Ministers met in Brussels on Monday to talk about energy and trade.'],
    authors: ['Ann Lee'],
  }),
};

const importStory = (path: '/newsroom/import' | '/newsroom/import/preview') =>
  request<Body<ImportReport>>(app, path, {
    method: 'POST',
    token: superAdmin.token,
    body: { files: [story], status: 'published' },
  });

/** A JSON column as the driver gives it: text on SQLite, already parsed by MariaDB's mysql2. */
const storedJson = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : value;

const rowsOf = async (slug: string) => {
  const { tableName } = app.strapi.db.metadata.get(ARTICLE);
  return (await app.strapi.db
    .connection(tableName)
    .select('tags', 'tag_index', 'content_hash', 'published_at')
    .where({ slug })
    .orderBy('id')) as {
    tags: unknown;
    tag_index: string;
    content_hash: string;
    published_at: unknown;
  }[];
};

const SLUG = 'ministers-meet-in-brussels';

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = await createAdminSession(app, 'strapi-super-admin');
});

afterAll(async () => {
  await app?.stop();
});

describe('the tags custom field', () => {
  it('is registered by the plugin, and the article’s tags use it over the same JSON type', async () => {
    const registry = app.strapi.get('custom-fields') as { get: (uid: string) => unknown };
    expect(registry.get('plugin::newsroom.tags')).toMatchObject({
      name: 'tags',
      plugin: 'newsroom',
      type: 'json',
    });
    expect(app.strapi.contentType(ARTICLE).attributes.tags).toEqual({
      type: 'json',
      customField: 'plugin::newsroom.tags',
      default: [],
      // Tags are a translation's own, as the rest of a localized article.
      pluginOptions: { i18n: { localized: true } },
    });
    // What the admin reads to render the field with the plugin's input.
    const cm = await request<{ data: { uid: string; attributes: Record<string, unknown> }[] }>(
      app,
      '/content-manager/content-types',
      { token: superAdmin.token }
    );
    const article = cm.body.data.find((type) => type.uid === ARTICLE);
    expect(article?.attributes.tags).toMatchObject({
      type: 'json',
      customField: 'plugin::newsroom.tags',
    });
  });

  it('stores, indexes and serves the tags as before; a re-import is unchanged', async () => {
    const first = await importStory('/newsroom/import');
    expect(first.status).toBe(200);
    expect(first.body.data.totals).toMatchObject({ created: 1 });

    const rows = await rowsOf(SLUG);
    expect(rows).toHaveLength(2); // draft and published
    for (const row of rows) {
      expect(storedJson(row.tags)).toEqual(['Azerbaijan', 'Oil Price']);
      expect(row.tag_index).toBe('|azerbaijan|oil-price|');
    }

    const again = await importStory('/newsroom/import/preview');
    expect(again.body.data.totals).toMatchObject({ unchanged: 1, created: 0, updated: 0 });
    expect((await rowsOf(SLUG)).map((row) => row.content_hash)).toEqual(
      rows.map((row) => row.content_hash)
    );

    const rest = await request<{ data: { slug: string; tags: unknown }[] }>(
      app,
      '/api/newsroom/articles?tag=oil-price'
    );
    expect(rest.status).toBe(200);
    expect(rest.body.data.map(({ slug, tags }) => ({ slug, tags }))).toEqual([
      { slug: SLUG, tags: ['Azerbaijan', 'Oil Price'] },
    ]);

    const gql = await graphql<{ newsroomArticles: { slug: string; tags: unknown }[] }>(
      app,
      /* GraphQL */ `
        query {
          newsroomArticles {
            slug
            tags
          }
        }
      `
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data?.newsroomArticles).toEqual([
      { slug: SLUG, tags: ['Azerbaijan', 'Oil Price'] },
    ]);
  });

  it('a Content Manager save of the field writes the array and the tag index', async () => {
    const [draft] = (await app.strapi.db.query(ARTICLE).findMany({
      where: { slug: SLUG, publishedAt: null },
      select: ['documentId'],
    })) as { documentId: string }[];
    const saved = await request<{ data: { tags: unknown } }>(
      app,
      `/content-manager/collection-types/${ARTICLE}/${draft.documentId}`,
      { method: 'PUT', token: superAdmin.token, body: { tags: ['Azerbaijan', 'Energy'] } }
    );
    expect(saved.status).toBe(200);
    expect(saved.body.data.tags).toEqual(['Azerbaijan', 'Energy']);
    const [draftRow, publishedRow] = await rowsOf(SLUG);
    expect(storedJson(draftRow.tags)).toEqual(['Azerbaijan', 'Energy']);
    expect(draftRow.tag_index).toBe('|azerbaijan|energy|');
    expect(storedJson(publishedRow.tags)).toEqual(['Azerbaijan', 'Oil Price']);
  });
});

describe('the category path (GET /newsroom/category-path)', () => {
  const path = (query: string, token: string | undefined = superAdmin.token) =>
    request<Body<{ path: CategoryPathItem[] }>>(app, `/newsroom/category-path?${query}`, { token });

  it("gives the saved article's category with its parents, root first", async () => {
    const [draft] = (await app.strapi.db.query(ARTICLE).findMany({
      where: { slug: SLUG, publishedAt: null },
      select: ['documentId'],
    })) as { documentId: string }[];
    for (const status of ['draft', 'published']) {
      const answer = await path(`article=${draft.documentId}&status=${status}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.path.map((item) => item.name)).toEqual([
        'World',
        'Europe',
        'Politics',
      ]);
    }

    const europe = (await app.strapi.db
      .query(CATEGORY)
      .findOne({ where: { slug: 'europe' }, select: ['id'] })) as { id: number };
    const byCategory = await path(`category=${europe.id}`);
    expect(byCategory.body.data.path.map((item) => item.name)).toEqual(['World', 'Europe']);
  });

  it('is empty for an article without a category', async () => {
    const bare = await app.strapi
      .documents(ARTICLE)
      .create({ data: { title: 'No section', slug: 'no-section', body: [] } as never });
    const answer = await path(`article=${bare.documentId}&status=draft`);
    expect(answer.status).toBe(200);
    expect(answer.body.data.path).toEqual([]);
  });

  it('says what to send (400), what is missing (404), and refuses callers without article rights', async () => {
    const usage = await path('');
    expect(usage.status).toBe(400);
    expect(usage.body.error?.message).toMatch(/^Send \?article=<documentId>/);
    expect((await path('category=abc')).status).toBe(400);
    expect((await path('article=x&status=live')).status).toBe(400);
    const missing = await path('article=nope&status=draft');
    expect(missing.status).toBe(404);
    expect(missing.body.error?.message).toBe('No draft version of article nope.');
    expect((await path('category=999999')).status).toBe(404);

    expect((await path('category=1', '')).status).toBe(401);
    const roles = app.strapi.service('admin::role') as unknown as {
      create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
    };
    const nothing = await roles.create({ name: 'No rights', description: 'none' });
    const outsider = await createAdminSession(app, nothing.id);
    expect((await path('category=1', outsider.token)).status).toBe(403);
  });

  it("gives the category of the article's version in the locale asked for (categories are localized)", async () => {
    const locales = app.strapi.plugin('i18n').service('locales') as unknown as {
      create: (locale: { code: string; name: string }) => Promise<unknown>;
    };
    await locales.create({ code: 'az', name: 'Azerbaijani (az)' });
    const engine = app.strapi.plugin('newsroom').service('import') as unknown as {
      apply: (inputs: { name: string; content: string }[], o?: object) => Promise<ImportReport>;
    };
    const markdown = (fields: Record<string, string>, body: string) =>
      `---\n${Object.entries(fields)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join('\n')}\n---\n\n${body}\n`;
    const report = await engine.apply(
      [
        {
          name: 'desk/port-en.md',
          content: markdown(
            { title: 'Port expands', sourceId: 'port-1', locale: 'en', category: 'Economy' },
            'The port is expanding.'
          ),
        },
        {
          name: 'desk/port-az.md',
          content: markdown(
            {
              title: 'Liman genişlənir',
              sourceId: 'port-1',
              locale: 'az',
              category: 'İqtisadiyyat',
            },
            'Liman genişlənir.'
          ),
        },
      ],
      { status: 'draft' }
    );
    const { documentId } = report.articles[0];
    expect(report.articles[1].documentId).toBe(documentId);
    for (const [locale, name] of [
      ['en', 'Economy'],
      ['az', 'İqtisadiyyat'],
    ]) {
      const answer = await path(`article=${documentId}&status=draft&locale=${locale}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.path.map((item) => item.name)).toEqual([name]);
    }
    const none = await path(`article=${documentId}&status=draft&locale=ru`);
    expect(none.status).toBe(404);
  });
});
