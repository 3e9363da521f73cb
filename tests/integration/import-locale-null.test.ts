import type { ImportReport } from '../../shared/contracts';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * Databases made before articles and categories were localized hold rows whose `locale` is NULL,
 * and the engine reads a locale's rows only. Strapi's own migration gives those rows the default
 * locale at the first start with the localized types (core's `migrations/i18n.js`, run after the
 * schema sync when the stored schema was not localized): a re-import then finds its articles —
 * `unchanged`, or an update of the same document — and never makes duplicates.
 */

const ARTICLE = 'plugin::newsroom.article';
const CATEGORY = 'plugin::newsroom.category';

interface ImportService {
  apply: (
    inputs: { name: string; content: string }[],
    options?: Record<string, unknown>
  ) => Promise<ImportReport>;
}

let database: TestDatabase;
let app: TestApp | undefined;

const engineOf = (running: TestApp) =>
  running.strapi.plugin('newsroom').service('import') as unknown as ImportService;

const markdown = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`;

const inputs = [
  {
    name: 'old/harbour.md',
    content: markdown(
      { title: 'Harbour reopens', category: 'Transport', author: 'Leyla Aliyeva' },
      'The harbour reopened on Friday after repairs.'
    ),
  },
  {
    name: 'old/rates.md',
    content: markdown(
      { title: 'Rates unchanged', sourceId: 'rates-1', category: 'Business' },
      'The central bank left its rates unchanged.'
    ),
  },
];

const rows = async (running: TestApp, uid: string) =>
  (await running.strapi.db.query(uid as typeof ARTICLE).findMany({
    select: ['documentId', 'locale', 'publishedAt'],
    orderBy: { id: 'asc' },
  })) as { documentId: string; locale: string | null; publishedAt: string | null }[];

/**
 * The database as the plugin's versions before localization left it: rows without a locale, and
 * Strapi's stored schema (what it synced last) with articles and categories not localized.
 */
const beforeLocalization = async (running: TestApp) => {
  const knex = running.strapi.db.connection;
  await knex('newsroom_articles').update({ locale: null });
  await knex('newsroom_categories').update({ locale: null });
  const key = 'strapi_content_types_schema';
  const stored = (await knex('strapi_core_store_settings').where({ key }).first()) as {
    value: string;
  };
  const schema = JSON.parse(stored.value) as Record<
    string,
    { pluginOptions?: { i18n?: { localized?: boolean } } }
  >;
  for (const uid of [ARTICLE, CATEGORY]) {
    expect(schema[uid].pluginOptions?.i18n?.localized).toBe(true);
    schema[uid].pluginOptions = { ...schema[uid].pluginOptions, i18n: { localized: false } };
  }
  await knex('strapi_core_store_settings')
    .where({ key })
    .update({ value: JSON.stringify(schema) });
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({}, database);
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('rows from before localization (locale NULL)', () => {
  it('get the default locale at the next start; a re-import is unchanged, then an update of the same document, never a duplicate', async () => {
    const first = await engineOf(app!).apply(inputs, { status: 'published' });
    expect(first.articles.map((a) => a.action)).toEqual(['created', 'created']);
    const documentIds = first.articles.map((a) => a.documentId);
    const articlesBefore = await rows(app!, ARTICLE);
    const categoriesBefore = await rows(app!, CATEGORY);
    expect(articlesBefore).toHaveLength(4); // draft and published, each

    await beforeLocalization(app!);
    expect((await rows(app!, ARTICLE)).every((row) => row.locale === null)).toBe(true);
    expect((await rows(app!, CATEGORY)).every((row) => row.locale === null)).toBe(true);

    // The upgrade: the app starts with localized articles and categories.
    await app!.stop();
    app = await startTestApp({}, database);
    const articles = await rows(app, ARTICLE);
    expect(articles).toEqual(articlesBefore);
    expect(articles.every((row) => row.locale === 'en')).toBe(true);
    expect(await rows(app, CATEGORY)).toEqual(categoriesBefore);

    const again = await engineOf(app).apply(inputs, { status: 'published' });
    expect(again.articles.map((a) => [a.action, a.documentId, a.locale])).toEqual([
      ['unchanged', documentIds[0], 'en'],
      ['unchanged', documentIds[1], 'en'],
    ]);
    const changed = [
      inputs[0],
      { ...inputs[1], content: inputs[1].content.replace('unchanged.', 'unchanged at 7%.') },
    ];
    const update = await engineOf(app).apply(changed, { status: 'published' });
    expect(update.articles.map((a) => [a.action, a.documentId])).toEqual([
      ['unchanged', documentIds[0]],
      ['updated', documentIds[1]],
    ]);
    expect(update.categories).toEqual({ created: 0, reused: 2 });
    expect(await rows(app, ARTICLE)).toHaveLength(4);
    expect(await rows(app, CATEGORY)).toEqual(categoriesBefore);
  });
});
