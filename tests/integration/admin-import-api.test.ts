import type {
  ImportHistoryEntry,
  ImportReport,
  NewsroomSettings,
  SettingsLimits,
} from '../../shared/contracts';
import { newsText, referenceSeed } from '../helpers/articles';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

let app: TestApp;
let superAdmin: AdminSession;
let editor: AdminSession;
let author: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
  superAdmin = await createAdminSession(app, 'strapi-super-admin');
  editor = await createAdminSession(app, 'strapi-editor');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  await app?.stop();
});

const articles = () => app.strapi.db.query(ARTICLE).count({});

type Body<T> = {
  data: T;
  error?: { status: number; name: string; message: string; details: Record<string, unknown> };
};

describe('admin import API', () => {
  it('refuses anonymous callers (401) and admins without the import permission (403)', async () => {
    const body = { files: [referenceSeed()] };
    for (const path of ['/newsroom/import/preview', '/newsroom/import']) {
      expect((await request(app, path, { method: 'POST', body })).status).toBe(401);
      expect((await request(app, path, { method: 'POST', body, token: author.token })).status).toBe(
        403
      );
    }
    expect((await request(app, '/newsroom/imports', { token: author.token })).status).toBe(403);
    expect(await articles()).toBe(0);
  });

  it('previews (the plan) without writing anything', async () => {
    const res = await request<Body<ImportReport>>(app, '/newsroom/import/preview', {
      method: 'POST',
      token: editor.token,
      body: { files: [referenceSeed()], status: 'published' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ dryRun: true, status: 'published' });
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'create',
      title: 'Azerbaijan, Iran relations at high level – Iranian official',
      authors: [{ name: 'Ayya Lmahamad', slug: 'ayya-lmahamad', action: 'create' }],
      category: [{ name: 'Politics', slug: 'politics', action: 'create' }],
      draft: { tags: ['Azerbaijan', 'Iran'], categoryPath: ['Politics'] },
    });
    expect(await articles()).toBe(0);
  });

  it('imports as an Editor granted plugin::newsroom.import, and again: unchanged', async () => {
    const first = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: editor.token,
      body: { files: [referenceSeed()], status: 'published' },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.totals).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
    });
    const { documentId } = first.body.data.articles[0];
    const published = await app.strapi
      .documents(ARTICLE)
      .findOne({ documentId: documentId!, status: 'published' });
    expect(published?.title).toBe('Azerbaijan, Iran relations at high level – Iranian official');

    const second = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: editor.token,
      body: { files: [referenceSeed()], status: 'published' },
    });
    expect(second.body.data.articles[0]).toMatchObject({ action: 'unchanged', documentId });
  });

  it('accepts a multipart upload of several files', async () => {
    const form = new FormData();
    form.append('status', 'draft');
    form.append('files', new Blob([newsText({ title: 'Uploaded one' })]), 'one.txt');
    form.append(
      'files',
      new Blob(['---\ntitle: Uploaded two\n---\n\nSome *markdown* body text.\n']),
      'two.md'
    );
    const res = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: superAdmin.token,
      body: form,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('draft');
    expect(res.body.data.articles.map((a) => [a.source, a.action])).toEqual([
      ['one.txt', 'created'],
      ['two.md', 'created'],
    ]);
  });

  it('imports the good files of a mixed batch (200) and reports the ones that do not parse as failed', async () => {
    const before = await articles();
    const res = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: editor.token,
      body: {
        files: [
          { name: 'fine.txt', content: newsText({ title: 'Fine in a mixed batch' }) },
          { name: 'broken.json', content: '{\n  "title": "x",\n  oops\n}' },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.totals).toMatchObject({ created: 1, failed: 1 });
    expect(res.body.data.articles.map((a) => [a.source, a.action])).toEqual([
      ['fine.txt', 'created'],
      ['broken.json', 'failed'],
    ]);
    expect(res.body.data.articles[1].error).toMatchObject({ code: 'INVALID_JSON', line: 3 });
    expect(await articles()).toBe(before + 2); // published: a draft and a published row
  });

  it('refuses a batch where nothing parses with 400, the ParseError details, and writes nothing', async () => {
    const before = await articles();
    const res = await request<Body<null>>(app, '/newsroom/import', {
      method: 'POST',
      token: editor.token,
      body: {
        files: [
          { name: 'broken.json', content: '{\n  "title": "x",\n  oops\n}' },
          { name: 'empty.txt', content: '  ' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError' });
    expect(res.body.error?.message).toMatch(/broken\.json line 3/);
    expect(res.body.error?.details).toEqual({
      code: 'NOTHING_TO_IMPORT',
      params: expect.objectContaining({ count: 2, source: 'broken.json', line: 3 }),
      errors: [
        expect.objectContaining({ source: 'broken.json', code: 'INVALID_JSON', line: 3 }),
        expect.objectContaining({ source: 'empty.txt', code: 'EMPTY_INPUT' }),
      ],
    });
    expect(await articles()).toBe(before);
  });

  it('refuses a malformed body with 400 that names the field', async () => {
    for (const [body, message] of [
      [{}, /"files" must be a non-empty array/],
      [{ files: [{ name: 'a.txt' }] }, /files\[0\]\.content/],
      [
        { files: [{ name: 'a.txt', content: 'x' }], status: 'live' },
        /"status" must be "draft" or "published"/,
      ],
    ] as const) {
      const res = await request<Body<null>>(app, '/newsroom/import/preview', {
        method: 'POST',
        token: editor.token,
        body,
      });
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(message);
    }
  });

  it('refuses an import over maxImportBytes with 413', async () => {
    const saved = await request<Body<NewsroomSettings>>(app, '/newsroom/settings', {
      method: 'PUT',
      token: superAdmin.token,
      body: { maxImportBytes: 2048 },
    });
    expect(saved.status).toBe(200);
    try {
      const before = await articles();
      const big = newsText({ title: 'Too big', paragraphs: ['word '.repeat(1000)] });
      const res = await request<Body<null>>(app, '/newsroom/import', {
        method: 'POST',
        token: editor.token,
        body: { files: [{ name: 'big.txt', content: big }] },
      });
      expect(res.status).toBe(413);
      expect(res.body.error?.message).toMatch(/over the limit of 2048 bytes/);
      expect(await articles()).toBe(before);
    } finally {
      await request(app, '/newsroom/settings', {
        method: 'PUT',
        token: superAdmin.token,
        body: { maxImportBytes: 5 * 1024 * 1024 },
      });
    }
  });

  it('two import requests at the same moment create no duplicates', async () => {
    const files = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => ({
        name: `http-${from + k}.txt`,
        content: newsText({
          title: `Simultaneous ${from + k}`,
          category: ['Wire', 'Breaking'],
          authors: ['Wire Desk'],
        }),
      }));
    const [a, b] = await Promise.all([
      request<Body<ImportReport>>(app, '/newsroom/import', {
        method: 'POST',
        token: editor.token,
        body: { files: files(0, 8), status: 'published' },
      }),
      request<Body<ImportReport>>(app, '/newsroom/import', {
        method: 'POST',
        token: superAdmin.token,
        body: { files: files(4, 12), status: 'published' },
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.data.totals.created + b.body.data.totals.created).toBe(12);
    const count = (uid: string, slug: string) =>
      app.strapi.db.query(uid as typeof ARTICLE).count({ where: { slug } });
    for (let i = 0; i < 12; i += 1) expect(await count(ARTICLE, `simultaneous-${i}`)).toBe(2);
    expect(await count('plugin::newsroom.author', 'wire-desk')).toBe(1);
    expect(await count('plugin::newsroom.category', 'breaking')).toBe(1);
  });

  it('gives import users the defaults the import page needs (not the other settings)', async () => {
    const res = await request<Body<object>>(app, '/newsroom/import/defaults', {
      token: editor.token,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      defaultStatus: 'published',
      maxImportBytes: 5 * 1024 * 1024,
      wordsPerMinute: 200,
      // The public site, for "View on site" links (the playground's siteUrl; the default path).
      site: { url: 'http://localhost:3000', articlePath: '/articles/:slug' },
    });
    expect((await request(app, '/newsroom/import/defaults', { token: author.token })).status).toBe(
      403
    );
    // Without a siteUrl there is nothing to link to.
    app.strapi.config.set('plugin::newsroom.siteUrl', null);
    try {
      const off = await request<Body<{ site: unknown }>>(app, '/newsroom/import/defaults', {
        token: editor.token,
      });
      expect(off.body.data.site).toBeNull();
    } finally {
      app.strapi.config.set('plugin::newsroom.siteUrl', 'http://localhost:3000');
    }
  });

  it('keeps a history of imports: who, when, counts, per-article results', async () => {
    const res = await request<{
      data: ImportHistoryEntry[];
      meta: { pagination: { total: number } };
    }>(app, '/newsroom/imports?page=1&pageSize=10', { token: editor.token });
    expect(res.status).toBe(200);
    // The imports above that created something (the mixed batch too); the re-import found
    // unchanged and the batch refused with 400 are not recorded.
    expect(res.body.meta.pagination.total).toBe(5);
    const oldest = res.body.data[res.body.data.length - 1];
    expect(oldest).toMatchObject({
      origin: 'admin',
      status: 'published',
      user: { email: editor.email },
      totals: { created: 1, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
    });
    expect(oldest.articles[0]).toMatchObject({
      source: '000_5637bd5acb181e31.txt',
      action: 'created',
    });
    expect(oldest.articles[0]).not.toHaveProperty('draft');
  });

  it('serves stats for the home widget', async () => {
    const res = await request<
      Body<{ published: number; drafts: number; lastImport: ImportHistoryEntry }>
    >(app, '/newsroom/stats', { token: editor.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ published: 14, drafts: 2 });
    expect(res.body.data.lastImport.origin).toBe('admin');
  });
});

describe('admin settings API', () => {
  it('reads and validates settings; only admins with the settings permissions', async () => {
    const read = await request<Body<NewsroomSettings>>(app, '/newsroom/settings', {
      token: superAdmin.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({
      defaultStatus: 'published',
      wordsPerMinute: 200,
      maxImportBytes: 5 * 1024 * 1024,
      publicRead: expect.any(Boolean),
    });

    const invalid = await request<Body<null>>(app, '/newsroom/settings', {
      method: 'PUT',
      token: superAdmin.token,
      body: { wordsPerMinute: 0 },
    });
    expect(invalid.status).toBe(400);
    // The field's label, not its key; details for the admin to say it in the user's language.
    expect(invalid.body.error?.message).toBe(
      'Words per minute must be a whole number from 1 to 10000 (got 0).'
    );
    expect(invalid.body.error?.details).toEqual({
      key: 'wordsPerMinute',
      code: 'INVALID_WORDS_PER_MINUTE',
      params: { min: 1, max: 10000 },
    });

    expect((await request(app, '/newsroom/settings', { token: editor.token })).status).toBe(403);
    expect(
      (await request(app, '/newsroom/settings', { method: 'PUT', token: author.token, body: {} }))
        .status
    ).toBe(403);
  });

  it('bounds maxImportBytes by the body parser’s limit and says how to raise it', async () => {
    const read = await request<Body<NewsroomSettings> & { meta: { limits: SettingsLimits } }>(
      app,
      '/newsroom/settings',
      { token: superAdmin.token }
    );
    // The playground's config/middlewares: strapi::body jsonLimit '16mb'.
    expect(read.body.meta.limits.maxImportBytes).toEqual({
      min: 1024,
      max: 16 * 1024 * 1024,
      bodyLimitBytes: 16 * 1024 * 1024,
      bodyLimit: '16mb',
      bodyLimitConfigured: true,
    });
    const tooLarge = await request<Body<null>>(app, '/newsroom/settings', {
      method: 'PUT',
      token: superAdmin.token,
      body: { maxImportBytes: 500 * 1024 * 1024 },
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error?.message).toMatch(
      /^Maximum import size can be at most 16 MB on this server \(got 500 MB\).*raise jsonLimit .* of strapi::body in the app's config\/middlewares and restart Strapi\.$/
    );
    expect(tooLarge.body.error?.details).toMatchObject({
      key: 'maxImportBytes',
      code: 'OVER_BODY_LIMIT',
    });
    // Nothing saved.
    const after = await request<Body<NewsroomSettings>>(app, '/newsroom/settings', {
      token: superAdmin.token,
    });
    expect(after.body.data.maxImportBytes).toBe(read.body.data.maxImportBytes);
  });

  it('the public read toggle grants and revokes anonymous access at once', async () => {
    const toggle = (publicRead: boolean) =>
      request(app, '/newsroom/settings', {
        method: 'PUT',
        token: superAdmin.token,
        body: { publicRead },
      });
    expect((await toggle(false)).status).toBe(200);
    expect((await request(app, '/api/newsroom/articles')).status).toBe(403);
    expect((await toggle(true)).status).toBe(200);
    expect((await request(app, '/api/newsroom/articles')).status).toBe(200);
  });

  it('a saved words-per-minute setting is used for later writes', async () => {
    await request(app, '/newsroom/settings', {
      method: 'PUT',
      token: superAdmin.token,
      body: { wordsPerMinute: 100 },
    });
    try {
      const doc = await app.strapi.documents(ARTICLE).create({
        data: {
          title: 'Slow reader',
          slug: 'slow-reader',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'w '.repeat(150) }] }],
        },
      });
      expect(doc).toMatchObject({ wordCount: 150, readingTimeMinutes: 2 });
    } finally {
      await request(app, '/newsroom/settings', {
        method: 'PUT',
        token: superAdmin.token,
        body: { wordsPerMinute: 200 },
      });
    }
  });
});
