import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SEED = { NEWSROOM_SEED_ON_BOOTSTRAP: 'true' };

let database: TestDatabase;
let app: TestApp | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await app?.stop();
  await database.drop();
});

describe('seedOnBootstrap', () => {
  it('imports the bundled data/ at start, published, and only once across restarts', async () => {
    app = await startTestApp(SEED, database);
    const published = () =>
      app!.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
    const rows = () => app!.strapi.db.query(ARTICLE).count({});
    const history = () => app!.strapi.db.query('plugin::newsroom.import-log').findMany({});

    expect(await published()).toBe(7);
    const seeded = await app.strapi.documents(ARTICLE).findFirst({
      filters: { slug: 'azerbaijan-iran-relations-at-high-level-iranian-official' },
      status: 'published',
      populate: ['authors', 'category'],
    });
    expect(seeded?.category?.name).toBe('Politics');
    expect(await history()).toEqual([expect.objectContaining({ origin: 'bootstrap' })]);

    await app.stop();
    app = await startTestApp(SEED, database);
    expect(await published()).toBe(7);
    expect(await rows()).toBe(14);
    // The second start found everything unchanged: no new history line.
    expect(await history()).toHaveLength(1);
  });
});
