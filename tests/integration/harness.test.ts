import { createAdminSession, createContentApiUser, request } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('test harness', () => {
  it('runs on the database DATABASE_CLIENT asks for', () => {
    expect(app.strapi.db.dialect.client).toBe(
      (process.env.DATABASE_CLIENT || 'sqlite') === 'mysql'
        ? 'mysql'
        : process.env.DATABASE_CLIENT || 'sqlite'
    );
  });

  it('gives a super admin, a restricted admin, and refuses anonymous admin calls', async () => {
    const superAdmin = await createAdminSession(app, 'strapi-super-admin');
    const author = await createAdminSession(app, 'strapi-author');

    const me = await request<{ data: { email: string } }>(app, '/admin/users/me', {
      token: superAdmin.token,
    });
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(superAdmin.email);

    expect((await request(app, '/admin/users', { token: superAdmin.token })).status).toBe(200);
    expect((await request(app, '/admin/users', { token: author.token })).status).toBe(403);
    expect((await request(app, '/admin/users')).status).toBe(401);
  });

  it('gives a content-API user (Users & Permissions JWT)', async () => {
    const jwt = await createContentApiUser(app);
    const me = await request<{ username: string }>(app, '/api/users/me', { token: jwt });
    expect(me.status).toBe(200);
    expect(me.body.username).toMatch(/^reader-/);
    expect((await request(app, '/api/users/me')).status).toBe(403);
  });
});

describe('Content Manager writes', () => {
  it('computes word count and reading time when an editor saves in the Content Manager', async () => {
    const { token } = await createAdminSession(app, 'strapi-super-admin');
    const text = Array.from({ length: 420 }, (_, i) => `w${i}`).join(' ');
    const created = await request<{ data: { documentId: string; wordCount: number } }>(
      app,
      '/content-manager/collection-types/plugin::newsroom.article',
      {
        method: 'POST',
        token,
        body: {
          title: 'Saved in the Content Manager',
          slug: 'saved-in-the-content-manager',
          body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
        },
      }
    );
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ wordCount: 420, readingTimeMinutes: 3 });

    const updated = await request<{ data: { wordCount: number } }>(
      app,
      `/content-manager/collection-types/plugin::newsroom.article/${created.body.data.documentId}`,
      {
        method: 'PUT',
        token,
        body: {
          title: 'Saved in the Content Manager',
          slug: 'saved-in-the-content-manager',
          body: [
            { type: 'paragraph', children: [{ type: 'text', text: 'Just five words here now' }] },
          ],
        },
      }
    );
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ wordCount: 5, readingTimeMinutes: 1 });
  });
});

describe('Content Manager layout', () => {
  it('keeps the import bookkeeping (hashes, tag index) out of the editors’ edit view', async () => {
    const { token } = await createAdminSession(app, 'strapi-super-admin');
    const res = await request<{
      data: { contentType: { layouts: { edit: { name: string }[][] } } };
    }>(app, '/content-manager/content-types/plugin::newsroom.article/configuration', { token });
    expect(res.status).toBe(200);
    const fields = res.body.data.contentType.layouts.edit.flat().map((f) => f.name);
    expect(fields).toEqual(
      expect.arrayContaining(['title', 'slug', 'body', 'authors', 'category'])
    );
    for (const hidden of [
      'contentHash',
      'sourceHash',
      'sourceKey',
      'importFingerprint',
      'tagIndex',
    ])
      expect(fields).not.toContain(hidden);
  });
});
