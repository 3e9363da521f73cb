import crypto from 'node:crypto';

import type {
  HistoryUser,
  ImportHistoryEntry,
  ImportReport,
  NewsroomStats,
  RefusedArticle,
} from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/** One entry per admin import: the requests of a batch, the files refused before sending, filters. */

const ARTICLE = 'plugin::newsroom.article';
const LOG = 'plugin::newsroom.import-log';

let app: TestApp;
let editor: AdminSession;
let superAdmin: AdminSession;
let author: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
  editor = await createAdminSession(app, 'strapi-editor');
  superAdmin = await createAdminSession(app, 'strapi-super-admin');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  await app?.stop();
});

type Body<T> = { data: T; error?: { status: number; message: string; details: { key?: string } } };
type HistoryBody = {
  data: ImportHistoryEntry[];
  meta: { pagination: { total: number }; users: HistoryUser[] };
  error?: { message: string; details: { key?: string } };
};

const file = (name: string) => ({ name, content: newsText({ title: `Batch article ${name}` }) });

const send = (session: AdminSession, body: Record<string, unknown>) =>
  request<Body<ImportReport>>(app, '/newsroom/import', {
    method: 'POST',
    token: session.token,
    body: { status: 'draft', ...body },
  });

const history = (session: AdminSession, query = '') =>
  request<HistoryBody>(app, `/newsroom/imports?pageSize=100${query}`, { token: session.token });

const counts = async () => ({
  articles: await app.strapi.db.query(ARTICLE).count({}),
  logs: await app.strapi.db.query(LOG).count({}),
});

const brokenFile: RefusedArticle = {
  file: 'broken.md',
  index: null,
  title: null,
  error: { message: 'The front matter is not valid YAML', line: 4, code: 'INVALID_FRONT_MATTER' },
};

describe('import history per batch', () => {
  const batch = crypto.randomUUID();
  let first: ImportHistoryEntry;

  it('records the requests of one batch as one entry with every file, the refused one too', async () => {
    const one = await send(editor, {
      files: [file('a.txt'), file('b.txt')],
      batch,
      refused: [brokenFile],
    });
    expect(one.status).toBe(200);
    // The report answers for the request's own files; the refused ones are the admin's.
    expect(one.body.data.totals).toMatchObject({ created: 2, failed: 0 });
    expect((await send(editor, { files: [file('c.txt')], batch })).status).toBe(200);
    // A request that changes nothing (c.txt again) still belongs to the entry.
    expect((await send(editor, { files: [file('c.txt')], batch })).status).toBe(200);

    const res = await history(editor);
    expect(res.status).toBe(200);
    const entries = res.body.data.filter((entry) => entry.batch === batch);
    expect(entries).toHaveLength(1);
    [first] = entries;
    expect(first).toMatchObject({
      origin: 'admin',
      status: 'draft',
      user: { id: editor.userId, email: editor.email },
      totals: { created: 3, updated: 0, unchanged: 1, conflicts: 0, forbidden: 0, failed: 1 },
      articlesOmitted: 0,
    });
    expect(first.articles.map((line) => [line.source, line.action, line.refused ?? false])).toEqual(
      [
        ['broken.md', 'failed', true],
        ['a.txt', 'created', false],
        ['b.txt', 'created', false],
        ['c.txt', 'created', false],
        ['c.txt', 'unchanged', false],
      ]
    );
    expect(first.articles[0].error).toMatchObject({ code: 'INVALID_FRONT_MATTER', line: 4 });
    // Started at the first request, finished at the last, to the second (ISO instants).
    expect(Date.parse(first.finishedAt)).toBeGreaterThanOrEqual(Date.parse(first.createdAt));
    expect(first.articles.filter((line) => line.documentId)).toHaveLength(4);
  });

  it('the home widget shows the whole batch as the last import', async () => {
    const stats = await request<Body<NewsroomStats>>(app, '/newsroom/stats', {
      token: editor.token,
    });
    expect(stats.body.data.lastImport).toMatchObject({
      id: first.id,
      batch,
      totals: { created: 3 },
    });
  });

  it('a batch whose first request changed nothing lists it once a later request writes', async () => {
    const later = crypto.randomUUID();
    await send(editor, { files: [file('a.txt')], batch: later });
    // Nothing written yet: not listed, and not the last import.
    expect((await history(editor)).body.data.some((entry) => entry.batch === later)).toBe(false);
    // Its own report (the admin's URL after the import) finds it all the same.
    const own = await history(editor, `&batch=${later}`);
    expect(own.status).toBe(200);
    expect(own.body.data.map((entry) => [entry.batch, entry.totals.unchanged])).toEqual([
      [later, 1],
    ]);
    await send(editor, { files: [file('d.txt')], batch: later });
    const entry = (await history(editor)).body.data.find((e) => e.batch === later);
    expect(entry?.articles.map((line) => [line.source, line.action])).toEqual([
      ['a.txt', 'unchanged'],
      ['d.txt', 'created'],
    ]);
  });

  it('the batch filter finds one import, and refuses what is not a batch id', async () => {
    const res = await history(editor, `&batch=${batch}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((entry) => entry.batch)).toEqual([batch]);
    const bad = await history(editor, '&batch=no%20id');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details.key).toBe('batch');
  });

  it('another admin sending the same batch id gets an entry of its own', async () => {
    expect((await send(superAdmin, { files: [file('e.txt')], batch })).status).toBe(200);
    const mine = (await history(editor)).body.data.filter((e) => e.batch === batch);
    expect(mine.map((e) => e.user?.id).sort()).toEqual([editor.userId, superAdmin.userId].sort());
    const editors = mine.find((e) => e.user?.id === editor.userId);
    expect(editors?.articles).toHaveLength(5);
  });

  it.each([
    ['too short', 'abc'],
    ['too long', 'x'.repeat(65)],
    ['a space', 'batch id with spaces'],
    ['a slash', '../../etc/passwd'],
    ['a number', 12345678],
    ['a list', ['aaaaaaaa']],
  ])('refuses a batch id that is %s (400, nothing written)', async (_what, bad) => {
    const before = await counts();
    const res = await send(editor, { files: [file('never.txt')], batch: bad });
    expect(res.status).toBe(400);
    expect(res.body.error?.details.key).toBe('batch');
    expect(res.body.error?.message).toContain('"batch" must be an import batch id');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['without a batch', { refused: [brokenFile] }],
    ['not a list', { batch: crypto.randomUUID(), refused: 'broken.md' }],
    [
      'without an error',
      { batch: crypto.randomUUID(), refused: [{ file: 'x.md', index: null, title: null }] },
    ],
    [
      'with a bad error code',
      {
        batch: crypto.randomUUID(),
        refused: [{ ...brokenFile, error: { message: 'x', line: null, code: 'drop table' } }],
      },
    ],
    [
      'with an empty file name',
      { batch: crypto.randomUUID(), refused: [{ ...brokenFile, file: '' }] },
    ],
  ])('refuses refused articles %s (400, nothing written)', async (_what, body) => {
    const before = await counts();
    const res = await send(editor, { files: [file('never.txt')], ...body });
    expect(res.status).toBe(400);
    expect(res.body.error?.details.key).toBe('refused');
    expect(await counts()).toEqual(before);
  });

  it('filters by user, origin, result and date range; lists the users', async () => {
    // A CLI import (no user, no batch) and a batch with a conflict-free clean result.
    await app.strapi
      .plugin('newsroom')
      .service('import')
      .apply([file('cli.txt')], { status: 'draft', origin: 'cli' });

    const all = await history(editor);
    expect(all.body.meta.users.map((u) => u.id).sort()).toEqual(
      [editor.userId, superAdmin.userId].sort()
    );
    const byEditor = await history(editor, `&user=${editor.userId}`);
    expect(byEditor.body.data.length).toBeGreaterThan(0);
    expect(byEditor.body.data.every((e) => e.user?.id === editor.userId)).toBe(true);
    expect(byEditor.body.meta.pagination.total).toBe(byEditor.body.data.length);

    const cli = await history(editor, '&origin=cli');
    expect(cli.body.data.map((e) => [e.origin, e.user, e.batch])).toEqual([['cli', null, null]]);

    const failed = await history(editor, '&result=failed');
    expect(failed.body.data.map((e) => e.id)).toEqual([first.id]);
    const ok = await history(editor, '&result=ok');
    expect(ok.body.data.map((e) => e.id)).not.toContain(first.id);
    expect(ok.body.data.length).toBe(all.body.data.length - 1);

    const start = Date.parse(first.createdAt);
    const inRange = await history(
      editor,
      `&from=${new Date(start - 60_000).toISOString()}&to=${new Date(start + 1000).toISOString()}&user=${editor.userId}`
    );
    expect(inRange.body.data.map((e) => e.id)).toContain(first.id);
    const future = await history(editor, `&from=${new Date(Date.now() + 3_600_000).toISOString()}`);
    expect(future.body.data).toEqual([]);
  });

  it.each([
    ['user=abc', 'user'],
    ['origin=robot', 'origin'],
    ['result=great', 'result'],
    ['from=yesterday', 'from'],
    ['from=2026-11-30&to=2026-11-01', 'to'],
  ])('refuses the filter %s (400)', async (query, key) => {
    const res = await history(editor, `&${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error?.details.key).toBe(key);
  });

  it('is closed to anonymous callers (401) and admins without the import permission (403)', async () => {
    expect((await request(app, '/newsroom/imports?result=failed')).status).toBe(401);
    expect((await history(author, `&user=${editor.userId}`)).status).toBe(403);
    const batchId = crypto.randomUUID();
    const before = await counts();
    expect((await send(author, { files: [file('x.txt')], batch: batchId })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
