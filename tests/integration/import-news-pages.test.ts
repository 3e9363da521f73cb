import { readFileSync } from 'fs';
import path from 'path';

import type { ImportReport } from '../../shared/contracts';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 14 end to end: a saved HTML page (as the admin sends a browser paste) and a real-world
 * news text go through the admin import route into a real database.
 */
const ARTICLE = 'plugin::newsroom.article';
const PAGES = path.resolve(__dirname, '../fixtures/news-pages');

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdminSession(app, 'strapi-super-admin');
});

afterAll(async () => {
  await app?.stop();
});

type Body<T> = { data: T };

const importFiles = (files: Array<{ name: string; content: string }>) =>
  request<Body<ImportReport>>(app, '/newsroom/import', {
    method: 'POST',
    token: admin.token,
    body: { files, status: 'draft' },
  });

interface StoredArticle {
  title: string;
  body: Array<{ type: string }>;
  tags: string[];
  sourceMeta: Record<string, unknown>;
  publishedAt: string | null;
  authors: Array<{ name: string }>;
  category: { name: string; parent: { name: string } | null } | null;
}

const stored = (title: string): Promise<StoredArticle> =>
  app.strapi.db.query(ARTICLE).findOne({
    where: { title },
    populate: { authors: true, category: { populate: { parent: true } } },
  }) as Promise<StoredArticle>;

describe('importing real-world news pages', () => {
  it('imports a pasted HTML page: JSON-LD metadata, structured body, no page chrome; again: unchanged', async () => {
    const html = readFileSync(path.join(PAGES, 'html-en-jsonld-newsarticle.html'), 'utf8');
    const first = await importFiles([{ name: 'pasted-page.html', content: html }]);
    expect(first.status).toBe(200);
    expect(first.body.data.totals).toMatchObject({ created: 1, failed: 0 });

    const article = await stored('Port of Baku handles record container volume');
    expect(article.authors.map((a) => a.name)).toEqual(['Kamran Aliyev']);
    expect(article.category?.name).toBe('Logistics');
    expect(article.category?.parent?.name).toBe('Business');
    expect(article.tags).toEqual(['Port of Baku', 'Containers', 'Middle Corridor']);
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list',
    ]);
    expect(JSON.stringify(article.body)).not.toMatch(/cookies|Comments|Related articles|©/);
    // The page's date is kept as the source's publication date; the draft stays a draft.
    expect(article.sourceMeta).toMatchObject({
      format: 'html',
      publishedAt: '2024-07-20T11:05:00+04:00',
      outlet: 'Caspian Business',
    });
    expect(article.publishedAt).toBeNull();

    const again = await importFiles([{ name: 'pasted-page.html', content: html }]);
    expect(again.body.data.totals).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('imports news text with a date line, a top byline with an outlet and boilerplate', async () => {
    const text = readFileSync(path.join(PAGES, 'text-en-standfirst-and-about-heading.txt'), 'utf8');
    const res = await importFiles([{ name: 'carpet.txt', content: text }]);
    expect(res.status).toBe(200);
    expect(res.body.data.totals).toMatchObject({ created: 1, failed: 0 });
    const article = await stored('Carpet museum shows 19th-century Karabakh rugs in London');
    expect(article.authors.map((a) => a.name)).toEqual(['Jane Roe', 'John Doe']);
    expect(article.sourceMeta).toMatchObject({
      format: 'text',
      publishedAt: '2024-05-03T10:15:00Z',
      outlet: 'The Caspian Times',
      aboutAuthor: 'Jane Roe',
      boilerplate: ['Subscribe to our newsletter'],
    });
    expect(JSON.stringify(article.body)).not.toMatch(/Subscribe|About the author|Published:/);
  });
});
