import type { ImportHistoryEntry, ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { createAdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

interface Services {
  import: {
    apply: (inputs: { name: string; content: string }[], o?: object) => Promise<ImportReport>;
    stats: () => Promise<{ lastImport: ImportHistoryEntry | null }>;
  };
  history: {
    list: (page: number, size: number) => Promise<{ results: ImportHistoryEntry[] }>;
  };
}

let app: TestApp;

beforeAll(async () => {
  // config/plugins of the playground reads it: the plugin's `historyLimit`, validated at start.
  app = await startTestApp({ NEWSROOM_HISTORY_LIMIT: '3' });
});

afterAll(async () => {
  await app?.stop();
});

const service = <K extends keyof Services>(name: K) =>
  app.strapi.plugin('newsroom').service(name) as unknown as Services[K];

describe('import history limit', () => {
  it('keeps the last historyLimit imports: five imports with a limit of 3 leave the newest three', async () => {
    expect(app.strapi.config.get('plugin::newsroom.historyLimit')).toBe(3);
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'].map((n) => `History import ${n}`);
    for (const title of titles) {
      const report = await service('import').apply(
        [{ name: `${title}.txt`, content: newsText({ title }) }],
        { status: 'draft', origin: 'cli' }
      );
      expect(report.totals.created).toBe(1);
    }

    const rows = await app.strapi.db.query('plugin::newsroom.import-log').count({});
    expect(rows).toBe(3);
    const { results } = await service('history').list(1, 100);
    expect(results.map((entry) => entry.articles.map((line) => line.title))).toEqual([
      ['History import Five'],
      ['History import Four'],
      ['History import Three'],
    ]);
    // Each kept every line of its one-article report.
    expect(results.map((entry) => entry.articlesOmitted)).toEqual([0, 0, 0]);
  });

  it('counts an admin import sent in several requests as one entry, and keeps the limit per batch', async () => {
    const batch = 'batch-history-limit-0001';
    const admin = await createAdminSession(app, 'strapi-super-admin');
    const user = { id: admin.userId, name: 'Esma Editor', email: admin.email };
    for (const n of ['Six', 'Seven', 'Eight']) {
      const title = `History import ${n}`;
      await service('import').apply([{ name: `${title}.txt`, content: newsText({ title }) }], {
        status: 'draft',
        origin: 'admin',
        user,
        batch,
      });
    }
    // A batch that changed nothing is kept aside (not listed, not counted in the limit).
    await service('import').apply(
      [{ name: 'History import Six.txt', content: newsText({ title: 'History import Six' }) }],
      { status: 'draft', origin: 'admin', user, batch: 'batch-history-limit-quiet' }
    );

    const { results } = await service('history').list(1, 100);
    expect(results.map((entry) => entry.articles.map((line) => line.title))).toEqual([
      ['History import Six', 'History import Seven', 'History import Eight'],
      ['History import Five'],
      ['History import Four'],
    ]);
    expect(results[0].totals.created).toBe(3);
    expect((await service('import').stats()).lastImport?.batch).toBe(batch);
    // Three listed entries (the limit) and the quiet batch's row.
    expect(await app.strapi.db.query('plugin::newsroom.import-log').count({})).toBe(4);
  });
});
