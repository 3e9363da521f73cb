import type { ArticleReport, ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

let app: TestApp;
let ann: AdminSession;
let bo: AdminSession;

/** An admin with a name of its own (the Content Manager shows first and last name). */
const namedAdmin = async (firstname: string, lastname: string) => {
  const session = await createAdminSession(app, 'strapi-super-admin');
  await app.strapi.db
    .query('admin::user')
    .update({ where: { id: session.userId }, data: { firstname, lastname } });
  return session;
};

beforeAll(async () => {
  app = await startTestApp();
  ann = await namedAdmin('Ann', 'Lee');
  bo = await namedAdmin('Bo', 'Chen');
});

afterAll(async () => {
  await app?.stop();
});

const weather = (over: Partial<Parameters<typeof newsText>[0]> = {}) => ({
  name: 'weather.txt',
  content: newsText({
    title: 'Storm reaches Baku',
    category: ['Weather'],
    tags: ['Storm', 'Baku'],
    paragraphs: [
      'A storm reached Baku on Monday morning, closing the port and two schools.',
      'Forecasters expect the wind to drop by Wednesday evening.',
    ],
    authors: ['Leyla Aliyeva'],
    ...over,
  }),
});

const post = async (path: string, session: AdminSession, body: unknown) => {
  const res = await request<{ data: ImportReport }>(app, path, {
    method: 'POST',
    token: session.token,
    body,
  });
  expect(res.status).toBe(200);
  return res;
};

const line = (report: ImportReport): ArticleReport => report.articles[0];

describe('the preview of a re-import shows the existing article and what changes', () => {
  let documentId: string;
  let importedAt: number;

  it('an update: the last editor and time, and the changed fields with old and new values', async () => {
    const before = Date.now();
    const first = await post('/newsroom/import', ann, { files: [weather()], status: 'published' });
    importedAt = Date.now();
    documentId = line(first.body.data).documentId!;

    const changed = weather({
      tags: ['Storm', 'Baku', 'Port'],
      paragraphs: [
        'A storm reached Baku on Monday morning, closing the port and three schools.',
        'Forecasters expect the wind to drop by Wednesday evening.',
      ],
      authors: ['Leyla Aliyeva', 'Rauf Mammadov'],
    });
    const res = await post('/newsroom/import/preview', bo, {
      files: [changed],
      status: 'published',
    });
    const plan = line(res.body.data);
    expect(plan).toMatchObject({ action: 'update', documentId, published: true });
    expect(plan.lastEdit?.updatedBy).toEqual({ id: ann.userId, name: 'Ann Lee' });
    const updatedAt = Date.parse(plan.lastEdit!.updatedAt!);
    expect(updatedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(updatedAt).toBeLessThanOrEqual(importedAt + 1000);
    expect(plan.changes).toEqual([
      {
        // The lead is made from the body's beginning.
        field: 'description',
        before: 'A storm reached Baku on Monday morning, closing the port and two schools.',
        after: 'A storm reached Baku on Monday morning, closing the port and three schools.',
      },
      {
        field: 'body',
        before:
          'A storm reached Baku on Monday morning, closing the port and two schools.\n\n' +
          'Forecasters expect the wind to drop by Wednesday evening.',
        after:
          'A storm reached Baku on Monday morning, closing the port and three schools.\n\n' +
          'Forecasters expect the wind to drop by Wednesday evening.',
      },
      { field: 'tags', before: ['Storm', 'Baku'], after: ['Storm', 'Baku', 'Port'] },
      { field: 'authors', before: ['Leyla Aliyeva'], after: ['Leyla Aliyeva', 'Rauf Mammadov'] },
    ]);
    // The admins' emails are not in the plan: the name is what the Content Manager shows.
    expect(JSON.stringify(res.body)).not.toContain(ann.email);
  });

  it('unchanged: the last edit, no changes', async () => {
    const res = await post('/newsroom/import/preview', bo, {
      files: [weather()],
      status: 'published',
    });
    const plan = line(res.body.data);
    expect(plan.action).toBe('unchanged');
    expect(plan.lastEdit?.updatedBy?.name).toBe('Ann Lee');
    expect(plan.changes).toBeUndefined();
  });

  it('a conflict: the editor who changed it, and the editor’s values the overwrite would replace', async () => {
    const edit = await request(app, `/content-manager/collection-types/${ARTICLE}/${documentId}`, {
      method: 'PUT',
      token: bo.token,
      body: { description: 'Edited lead by the desk.', title: 'Storm hits Baku' },
    });
    expect(edit.status).toBe(200);

    const res = await post('/newsroom/import/preview', ann, {
      files: [weather({ tags: ['Storm'] })],
      status: 'draft',
    });
    const plan = line(res.body.data);
    expect(plan).toMatchObject({ action: 'conflict', changedFields: ['title', 'description'] });
    expect(plan.lastEdit?.updatedBy).toEqual({ id: bo.userId, name: 'Bo Chen' });
    expect(plan.changes).toEqual([
      { field: 'title', before: 'Storm hits Baku', after: 'Storm reaches Baku' },
      {
        field: 'description',
        before: 'Edited lead by the desk.',
        after: 'A storm reached Baku on Monday morning, closing the port and two schools.',
      },
      { field: 'tags', before: ['Storm', 'Baku'], after: ['Storm'] },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(bo.email);
  });

  it('the import itself does not carry the plan’s extras (reports and the history stay small)', async () => {
    const res = await post('/newsroom/import', ann, {
      files: [weather({ tags: ['Storm'] })],
      status: 'draft',
      overwrite: [documentId],
    });
    const done = line(res.body.data);
    expect(done.action).toBe('updated');
    expect(done.changes).toBeUndefined();
    expect(done.lastEdit).toBeUndefined();
  });
});
