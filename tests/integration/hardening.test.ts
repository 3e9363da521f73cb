import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { runCli } from '../helpers/cli';
import { graphql } from '../helpers/content-api';
import { PLAYGROUND } from '../helpers/paths';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/** One regression test per defect of issue 10 that needs a real Strapi or a real process. */
let app: TestApp;
let admin: AdminSession;
let author: AdminSession;
let uploadDir: string;
let dir: string;
const savedTmpdir = process.env.TMPDIR;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-uploads-'));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-hardening-'));
  app = await startTestApp({ TMPDIR: uploadDir });
  admin = await createAdminSession(app, 'strapi-super-admin');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  await app?.stop();
  process.env.TMPDIR = savedTmpdir;
  fs.rmSync(uploadDir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

const importService = () =>
  app.strapi.plugin('newsroom').service('import') as unknown as {
    apply: (
      inputs: { name: string; content: string }[],
      options: { status: 'draft' | 'published' }
    ) => Promise<ImportReport>;
  };

const deepJson = `{"title": "Deep", "body": "Text of the deep one.", "sourceMeta": ${'['.repeat(100000)}${']'.repeat(100000)}}`;

describe('defect 2: one pathological file does not take the run down', () => {
  it('the admin API imports the good file and reports the 100,000-deep one as failed (was: 500)', async () => {
    const res = await request<{ data: ImportReport }>(app, '/newsroom/import', {
      method: 'POST',
      token: admin.token,
      body: {
        files: [
          { name: 'good.txt', content: newsText({ title: 'Next to a deep one' }) },
          { name: 'deep.json', content: deepJson },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles.map((a) => [a.source, a.action, a.error?.code ?? null])).toEqual([
      ['good.txt', 'created', null],
      ['deep.json', 'failed', 'TOO_DEEP'],
    ]);
  });

  it('the preview answers too, with the deep file invalid', async () => {
    const res = await request<{ data: ImportReport }>(app, '/newsroom/import/preview', {
      method: 'POST',
      token: admin.token,
      body: { files: [{ name: 'deep.json', content: deepJson }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'invalid',
      error: { code: 'TOO_DEEP' },
    });
  });
});

const uploads = () => fs.readdirSync(uploadDir);

const form = (files: Record<string, string>, field = 'files') => {
  const body = new FormData();
  for (const [name, content] of Object.entries(files))
    body.append(field, new Blob([content]), name);
  return body;
};

describe('defect 3: multipart uploads are removed on every path', () => {
  it('after 200, 400, 401, 403 and 413, and for any form field name', async () => {
    expect(uploads()).toEqual([]);
    const good = newsText({ title: 'Uploaded and removed' });
    const cases: [number, RequestInit['headers'] | undefined, FormData][] = [
      [200, { Authorization: `Bearer ${admin.token}` }, form({ 'a.txt': good })],
      [400, { Authorization: `Bearer ${admin.token}` }, form({ 'bad.json': '{ oops' })],
      [400, { Authorization: `Bearer ${admin.token}` }, form({ 'x.txt': good }, 'other')],
      [401, undefined, form({ 'a.txt': good })],
      [403, { Authorization: `Bearer ${author.token}` }, form({ 'a.txt': good })],
    ];
    for (const [status, headers, body] of cases) {
      const res = await fetch(`${app.url}/newsroom/import`, { method: 'POST', headers, body });
      expect(res.status).toBe(status);
      expect(uploads()).toEqual([]);
    }
    await request(app, '/newsroom/settings', {
      method: 'PUT',
      token: admin.token,
      body: { maxImportBytes: 2048 },
    });
    try {
      const res = await fetch(`${app.url}/newsroom/import`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin.token}` },
        body: form({ 'big.txt': good + 'word '.repeat(1000) }),
      });
      expect(res.status).toBe(413);
      expect(uploads()).toEqual([]);
    } finally {
      await request(app, '/newsroom/settings', {
        method: 'PUT',
        token: admin.token,
        body: { maxImportBytes: 5 * 1024 * 1024 },
      });
    }
  });

  it('after a request aborted in the middle of the upload', async () => {
    const { port } = new URL(app.url);
    const boundary = 'newsroomboundary';
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/newsroom/import',
        headers: {
          Authorization: `Bearer ${admin.token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(10 * 1024 * 1024),
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n`
      );
      req.write('x'.repeat(512 * 1024));
      // Let the server start writing the file, then drop the connection.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 500);
    });
    // formidable deletes what it was writing when the request is aborted.
    for (let i = 0; i < 50 && uploads().length > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(uploads()).toEqual([]);
  });
});

describe('defect 4: NUL in file names is stripped', () => {
  it('from a JSON upload name', async () => {
    const res = await request<{ data: ImportReport }>(app, '/newsroom/import/preview', {
      method: 'POST',
      token: admin.token,
      body: { files: [{ name: 'nul\u0000name.txt', content: newsText({ title: 'Nul name' }) }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0].source).toBe('nulname.txt');
  });
});

describe('defect 5: a named pipe given by name is a usage error (was: waits forever)', () => {
  it.each(['parse', 'seed'])('newsroom %s <fifo> exits 2 with a clear message', async (command) => {
    const fifo = path.join(dir, `${command}.fifo`);
    execFileSync('mkfifo', [fifo]);
    const args = command === 'seed' ? ['seed', '--app-dir', PLAYGROUND, fifo] : ['parse', fifo];
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a regular file \(a named pipe, socket or device\)/);
  });
});

describe('defect 6: what only drafts reference is not public', () => {
  const publicList = async (route: string) =>
    (
      await request<{ data: { documentId: string; name: string; slug: string }[] }>(
        app,
        `/api/newsroom/${route}`
      )
    ).body.data.map((entry) => entry.slug);

  it('authors and categories of draft-only imports are listed with their first published article', async () => {
    const draft = newsText({
      title: 'Embargoed story',
      category: ['Embargo Desk', 'Secret Section'],
      authors: ['Hidden Writer'],
    });
    const report = await importService().apply([{ name: 'embargo.txt', content: draft }], {
      status: 'draft',
    });
    expect(report.articles[0].action).toBe('created');
    expect(await publicList('authors')).not.toContain('hidden-writer');
    expect(await publicList('categories')).not.toContain('embargo-desk');
    expect(await publicList('categories')).not.toContain('secret-section');
    const hidden = (await app.strapi.db
      .query('plugin::newsroom.author')
      .findOne({ where: { slug: 'hidden-writer' } })) as { documentId: string };
    expect((await request(app, `/api/newsroom/authors/${hidden.documentId}`)).status).toBe(404);
    const gql = await graphql<{
      newsroomAuthors: { slug: string }[];
      newsroomAuthor: { slug: string } | null;
      newsroomCategories: { slug: string }[];
    }>(
      app,
      `
        query ($id: ID!) {
          newsroomAuthors {
            slug
          }
          newsroomAuthor(documentId: $id) {
            slug
          }
          newsroomCategories {
            slug
          }
        }
      `,
      { id: hidden.documentId }
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data?.newsroomAuthors.map((a) => a.slug)).not.toContain('hidden-writer');
    expect(gql.body.data?.newsroomAuthor).toBeNull();
    expect(gql.body.data?.newsroomCategories.map((c) => c.slug)).not.toContain('embargo-desk');

    await importService().apply([{ name: 'embargo.txt', content: draft }], { status: 'published' });
    expect(await publicList('authors')).toContain('hidden-writer');
    // The whole breadcrumb of a published article is public, parents included.
    expect(await publicList('categories')).toEqual(
      expect.arrayContaining(['embargo-desk', 'secret-section'])
    );
  });

  it('relation filters only see published articles', async () => {
    // A hand-made author (listed) whose only article is a draft.
    const editorAuthor = await app.strapi.documents('plugin::newsroom.author').create({
      data: { name: 'Desk Editor', slug: 'desk-editor' } as never,
    });
    await app.strapi.documents('plugin::newsroom.article').create({
      data: {
        title: 'Unpublished by the desk editor',
        slug: 'unpublished-by-the-desk-editor',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Draft.' }] }],
        authors: [editorAuthor.documentId],
      } as never,
    });
    const withNone = await publicList('authors?filters[articles][$null]=true');
    const withSome = await publicList('authors?filters[articles][$notNull]=true');
    expect(withNone).toContain('desk-editor');
    expect(withSome).not.toContain('desk-editor');
    const byDraftTitle = await publicList(
      'authors?filters[articles][title][$eq]=Unpublished%20by%20the%20desk%20editor'
    );
    expect(byDraftTitle).toEqual([]);
  });
});

describe('defect 7: a bad config value in the CLI', () => {
  it('prints the config error message alone and exits 2', async () => {
    const result = await runCli(['seed', '--app-dir', PLAYGROUND, '--dry-run'], {
      env: {
        ...app.database.env,
        NODE_ENV: 'test',
        PLAYGROUND_ADMIN: 'off',
        STRAPI_TELEMETRY_DISABLED: 'true',
        NEWSROOM_DEFAULT_STATUS: 'sometimes',
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^newsroom seed: Invalid config for plugin "newsroom": "defaultStatus" must be "draft" or "published" \(got "sometimes"\)/m
    );
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });
});
