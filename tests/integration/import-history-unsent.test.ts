import crypto from 'node:crypto';

import type {
  ImportHistoryEntry,
  ImportReport,
  RefusedArticle,
  UnsentFile,
} from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * The record-only import request: the admin records in a batch's history the files whose request
 * failed as a whole, or was never sent (Cancel), and the refused ones no request carried. Nothing
 * of their content is sent; the server keeps its own outcome of a file over such a record.
 */

const ARTICLE = 'plugin::newsroom.article';
const LOG = 'plugin::newsroom.import-log';

let app: TestApp;
let editor: AdminSession;
let author: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
  editor = await createAdminSession(app, 'strapi-editor');
  author = await createAdminSession(app, 'strapi-author');
});

afterAll(async () => {
  await app?.stop();
});

type Body<T> = {
  data: T;
  error?: { status: number; message: string; details: { key?: string; code?: string } };
};

const file = (name: string) => ({ name, content: newsText({ title: `Unsent article ${name}` }) });

const send = (session: AdminSession | null, body: Record<string, unknown>) =>
  request<Body<ImportReport>>(app, '/newsroom/import', {
    method: 'POST',
    ...(session ? { token: session.token } : {}),
    body,
  });

const entryOf = async (batch: string): Promise<ImportHistoryEntry | undefined> => {
  const res = await request<Body<ImportHistoryEntry[]>>(
    app,
    `/newsroom/imports?batch=${batch}&pageSize=100`,
    { token: editor.token }
  );
  expect(res.status).toBe(200);
  return res.body.data[0];
};

const counts = async () => ({
  articles: await app.strapi.db.query(ARTICLE).count({}),
  logs: await app.strapi.db.query(LOG).count({}),
});

const failed = (name: string, status = 500): UnsentFile => ({
  file: name,
  bytes: 2048,
  reason: 'request-failed',
  status,
});

describe('record-only requests: files whose request failed or was not sent', () => {
  it('records them in the batch entry with their reason, and imports nothing (200)', async () => {
    const batch = crypto.randomUUID();
    expect((await send(editor, { status: 'draft', files: [file('ok.txt')], batch })).status).toBe(
      200
    );
    const before = await counts();
    const refused: RefusedArticle = {
      file: 'broken.md',
      index: null,
      title: null,
      error: { message: 'No title', line: 1, code: 'NO_TITLE', params: { format: 'markdown' } },
    };
    const res = await send(editor, {
      batch,
      refused: [refused],
      unsent: [
        failed('five-hundred.txt', 500),
        { file: 'later.txt', bytes: 10, reason: 'cancelled', status: null },
        { file: 'slow.txt', bytes: 99, reason: 'timeout', status: 504 },
        { file: 'dropped.txt', bytes: 7, reason: 'network', status: null },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.totals).toMatchObject({ created: 0, updated: 0, failed: 0 });
    // Nothing imported, no new entry: the batch's own entry grew.
    expect(await counts()).toEqual(before);

    const entry = await entryOf(batch);
    expect(entry?.articles.map((line) => [line.source, line.action, line.unsent ?? null])).toEqual([
      ['ok.txt', 'created', null],
      ['broken.md', 'failed', null],
      ['five-hundred.txt', 'failed', { bytes: 2048, reason: 'request-failed', status: 500 }],
      ['later.txt', 'failed', { bytes: 10, reason: 'cancelled', status: null }],
      ['slow.txt', 'unknown', { bytes: 99, reason: 'timeout', status: 504 }],
      ['dropped.txt', 'unknown', { bytes: 7, reason: 'network', status: null }],
    ]);
    expect(entry?.articles[1]).toMatchObject({ refused: true, error: { code: 'NO_TITLE' } });
    expect(entry?.totals).toMatchObject({ created: 1, failed: 3, unknown: 2 });
  });

  it('lists a batch whose every request failed (listed, found by the "failed" filter)', async () => {
    const batch = crypto.randomUUID();
    expect((await send(editor, { batch, unsent: [failed('a.txt'), failed('b.txt')] })).status).toBe(
      200
    );
    const res = await request<Body<ImportHistoryEntry[]>>(
      app,
      '/newsroom/imports?result=failed&pageSize=100',
      { token: editor.token }
    );
    const entry = res.body.data.find((e) => e.batch === batch);
    expect(entry).toMatchObject({ origin: 'admin', user: { id: editor.userId } });
    expect(entry?.articles.map((line) => line.source)).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps the real outcome of a file over a record-only entry for it, either way round', async () => {
    const batch = crypto.randomUUID();
    // The chunk went through although its answer timed out at a gateway: the server has it.
    expect((await send(editor, { status: 'draft', files: [file('went.txt')], batch })).status).toBe(
      200
    );
    await send(editor, {
      batch,
      unsent: [
        { file: 'went.txt', bytes: 5, reason: 'timeout', status: 504 },
        { file: 'late.txt', bytes: 5, reason: 'timeout', status: 504 },
      ],
    });
    let entry = await entryOf(batch);
    expect(entry?.articles.map((line) => [line.source, line.action])).toEqual([
      ['went.txt', 'created'],
      ['late.txt', 'unknown'],
    ]);
    // The slow request finishes after the admin recorded it: its outcome replaces the record.
    expect((await send(editor, { status: 'draft', files: [file('late.txt')], batch })).status).toBe(
      200
    );
    entry = await entryOf(batch);
    expect(entry?.articles.map((line) => [line.source, line.action])).toEqual([
      ['went.txt', 'created'],
      ['late.txt', 'created'],
    ]);
    expect(entry?.totals).toMatchObject({ created: 2, failed: 0 });
    expect(entry?.totals.unknown ?? 0).toBe(0);
  });

  it('refuses a bad body (400, a clear message naming the field) and writes nothing', async () => {
    const batch = crypto.randomUUID();
    const before = await counts();
    const bad = async (body: Record<string, unknown>, key: string, code: string) => {
      const res = await send(editor, body);
      expect(res.status).toBe(400);
      expect(res.body.error?.details).toMatchObject({ key, code });
      expect(res.body.error?.message.length).toBeGreaterThan(20);
      return res.body.error?.message ?? '';
    };
    expect(
      await bad(
        { batch, unsent: [{ ...failed('a.txt'), reason: 'lost' }] },
        'unsent',
        'INVALID_UNSENT'
      )
    ).toMatch(/reason one of request-failed, cancelled, network, timeout/);
    await bad({ batch, unsent: [{ ...failed('a.txt'), status: 200 }] }, 'unsent', 'INVALID_UNSENT');
    await bad(
      { batch, unsent: [{ file: 'a.txt', bytes: 1, reason: 'cancelled', status: 500 }] },
      'unsent',
      'INVALID_UNSENT'
    );
    await bad({ batch, unsent: [failed('x'.repeat(256))] }, 'unsent', 'INVALID_UNSENT');
    await bad({ batch, unsent: [{ ...failed('a.txt'), bytes: -1 }] }, 'unsent', 'INVALID_UNSENT');
    await bad(
      { batch, unsent: Array.from({ length: 1001 }, (_, i) => failed(`${i}.txt`)) },
      'unsent',
      'INVALID_UNSENT'
    );
    // A file content sneaked in is not a record-only shape.
    await bad(
      { batch, unsent: [{ ...failed('a.txt'), content: 'Title\n\nBody' }] },
      'unsent',
      'INVALID_UNSENT'
    );
    await bad({ unsent: [failed('a.txt')] }, 'unsent', 'UNSENT_WITHOUT_BATCH');
    await bad({ batch, unsent: [] }, 'files', 'NO_FILES');
    // One bad file among good ones: nothing of the request is recorded.
    await bad(
      { batch, unsent: [failed('good.txt'), { ...failed('bad.txt'), reason: 'x' }] },
      'unsent',
      'INVALID_UNSENT'
    );
    // A preview records nothing.
    const preview = await request<Body<ImportReport>>(app, '/newsroom/import/preview', {
      method: 'POST',
      token: editor.token,
      body: { batch, unsent: [failed('a.txt')] },
    });
    expect(preview.status).toBe(400);
    expect(preview.body.error?.details).toMatchObject({ key: 'files', code: 'NO_FILES' });
    expect(await counts()).toEqual(before);
    expect(await entryOf(batch)).toBeUndefined();
  });

  it('needs the import permission (403) and a session (401), and records nothing then', async () => {
    const batch = crypto.randomUUID();
    const before = await counts();
    expect((await send(author, { batch, unsent: [failed('a.txt')] })).status).toBe(403);
    expect((await send(null, { batch, unsent: [failed('a.txt')] })).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
