// Recomputing every article's reading time after a words-per-minute change, through the admin
// routes the Settings page calls: drafts and published versions get the new value, nothing else
// of a row changes (no updatedAt, no publish), one run at a time, settings rights only.
import type { GetReadingTime, ReadingTimeJob } from '../../shared/contracts';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const STATUS = '/newsroom/settings/reading-time';
const RECOMPUTE = '/newsroom/settings/reading-time/recompute';

let app: TestApp;
let superAdmin: AdminSession;
let editor: AdminSession;
let author: AdminSession;

type Body<T> = {
  data: T;
  error?: { status: number; name: string; message: string; details: Record<string, unknown> };
};

const words = (n: number) => [
  {
    type: 'paragraph' as const,
    children: [{ type: 'text' as const, text: 'word '.repeat(n).trim() }],
  },
];

const setWpm = (wordsPerMinute: number) =>
  request(app, '/newsroom/settings', {
    method: 'PUT',
    token: superAdmin.token,
    body: { wordsPerMinute },
  });

/** Every column of every article row, as stored. */
const rawRows = async () => {
  const { tableName } = app.strapi.db.metadata.get(ARTICLE);
  return (await app.strapi.db.connection(tableName).select('*').orderBy('id')) as Record<
    string,
    unknown
  >[];
};

const status = async (session = superAdmin) =>
  request<Body<GetReadingTime.Response['data']>>(app, STATUS, { token: session.token });

const waitForJob = async (): Promise<ReadingTimeJob> => {
  for (let i = 0; i < 200; i += 1) {
    const { body } = await status();
    if (body.data.job && body.data.job.state !== 'running') return body.data.job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The recompute did not finish in 10 s');
};

beforeAll(async () => {
  app = await startTestApp();
  superAdmin = await createAdminSession(app, 'strapi-super-admin');
  editor = await createAdminSession(app, 'strapi-editor');
  author = await createAdminSession(app, 'strapi-author');

  // At 200 words per minute (the default).
  const documents = app.strapi.documents(ARTICLE);
  const edited = await documents.create({
    data: { title: 'Edited after publishing', slug: 'edited', body: words(450), tags: ['a', 'b'] },
  });
  await documents.publish({ documentId: edited.documentId });
  await documents.update({ documentId: edited.documentId, data: { body: words(150) } as never });
  await documents.create({ data: { title: 'Draft only', slug: 'draft-only', body: words(250) } });
  const short = await documents.create({
    data: { title: 'Short', slug: 'short', body: words(90) },
  });
  await documents.publish({ documentId: short.documentId });
});

afterAll(async () => {
  await app?.stop();
});

describe('recomputing reading times', () => {
  it('refuses anonymous callers (401) and admins without the settings rights (403)', async () => {
    for (const [method, path] of [
      ['GET', STATUS],
      ['POST', RECOMPUTE],
    ]) {
      expect((await request(app, path, { method })).status).toBe(401);
      for (const session of [editor, author]) {
        expect((await request(app, path, { method, token: session.token })).status).toBe(403);
      }
    }
    expect((await status()).body.data.job).toBeNull();
  });

  it('refuses (403) an admin who may change the settings but not update articles', async () => {
    const roles = app.strapi.service('admin::role') as unknown as {
      create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
      addPermissions: (id: number, permissions: Record<string, unknown>[]) => Promise<unknown>;
    };
    const role = await roles.create({ name: 'Settings only', description: 'no articles' });
    await roles.addPermissions(
      role.id,
      ['plugin::newsroom.settings.read', 'plugin::newsroom.settings.update'].map((action) => ({
        action,
        subject: null,
        properties: {},
        conditions: [],
      }))
    );
    const settingsOnly = await createAdminSession(app, role.id);
    expect((await status(settingsOnly)).status).toBe(200);
    const refused = await request<Body<null>>(app, RECOMPUTE, {
      method: 'POST',
      token: settingsOnly.token,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/update articles in the Content Manager/);
    expect((await status()).body.data.job).toBeNull();
  });

  it('rewrites readingTimeMinutes of every draft and published row, and nothing else', async () => {
    const before = await rawRows();
    expect(before).toHaveLength(5);
    expect((await setWpm(100)).status).toBe(200);
    try {
      const { body } = await status();
      expect(body.data).toEqual({ articles: 3, rows: 5, wordsPerMinute: 100, job: null });

      const started = await request<Body<ReadingTimeJob>>(app, RECOMPUTE, {
        method: 'POST',
        token: superAdmin.token,
      });
      expect(started.status).toBe(202);
      expect(started.body.data).toMatchObject({
        state: 'running',
        wordsPerMinute: 100,
        total: 5,
        startedBy: 'Test strapi-super-admin',
      });

      const job = await waitForJob();
      expect(job).toMatchObject({ state: 'done', total: 5, done: 5, error: null });
      // 450 → 5, 150 → 2, 250 → 3 minutes; 90 words (draft and published) stay at 1 minute.
      expect(job.changed).toBe(3);

      const after = await rawRows();
      expect(after).toHaveLength(5);
      after.forEach((row, i) => {
        const { reading_time_minutes: minutes, ...rest } = row;
        const { reading_time_minutes: _old, ...restBefore } = before[i];
        expect(rest).toEqual(restBefore); // updated_at, published_at, tags, hashes… untouched
        expect(minutes).toBe(Math.max(1, Math.ceil(Number(row.word_count) / 100)));
      });
      const bySlugAndStatus = Object.fromEntries(
        after.map((row) => [
          `${String(row.slug)}:${row.published_at ? 'published' : 'draft'}`,
          row.reading_time_minutes,
        ])
      );
      expect(bySlugAndStatus).toEqual({
        'edited:published': 5,
        'edited:draft': 2,
        'draft-only:draft': 3,
        'short:published': 1,
        'short:draft': 1,
      });

      // The published article still reads as published (not "modified") in the Content Manager.
      const cm = await request<{ data: { status: string } }>(
        app,
        `/content-manager/collection-types/${ARTICLE}?filters[slug][$eq]=short`,
        { token: superAdmin.token }
      );
      expect(cm.body).toMatchObject({ results: [{ status: 'published' }] });
    } finally {
      await setWpm(200);
    }
  });

  it('runs one recompute at a time: a second start is a 409 that says why', async () => {
    const service = app.strapi.plugin('newsroom').service('readingTime') as unknown as {
      start: (options: { batchSize: number; pauseMs: number }) => Promise<ReadingTimeJob>;
      idle: () => Promise<void>;
    };
    await service.start({ batchSize: 1, pauseMs: 200 });
    try {
      const second = await request<Body<null>>(app, RECOMPUTE, {
        method: 'POST',
        token: superAdmin.token,
      });
      expect(second.status).toBe(409);
      expect(second.body.error?.message).toMatch(
        /^A reading-time recompute is already running \(\d of 5 article rows done\)\. Wait for it to finish/
      );
      expect(second.body.error?.details).toMatchObject({
        code: 'RECOMPUTE_RUNNING',
        job: { state: 'running', total: 5 },
      });
      // The server answers while it runs.
      expect((await status()).body.data.job?.state).toBe('running');
    } finally {
      await service.idle();
    }
    const done = await waitForJob();
    // Back at 200 wpm: the rows the last run changed are changed back.
    expect(done).toMatchObject({ state: 'done', done: 5, changed: 3, wordsPerMinute: 200 });
    const again = await request<Body<ReadingTimeJob>>(app, RECOMPUTE, {
      method: 'POST',
      token: superAdmin.token,
    });
    expect(again.status).toBe(202);
    expect(await waitForJob()).toMatchObject({ state: 'done', changed: 0 });
  });

  it('starts over with the new speed when words per minute changes during a run', async () => {
    const service = app.strapi.plugin('newsroom').service('readingTime') as unknown as {
      start: (options: { batchSize: number; pauseMs: number }) => Promise<ReadingTimeJob>;
      idle: () => Promise<void>;
    };
    await service.start({ batchSize: 1, pauseMs: 150 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await setWpm(50)).status).toBe(200);
      await service.idle();
      expect(await waitForJob()).toMatchObject({ state: 'done', wordsPerMinute: 50, done: 5 });
      for (const row of await rawRows()) {
        expect(row.reading_time_minutes).toBe(Math.max(1, Math.ceil(Number(row.word_count) / 50)));
      }
    } finally {
      await setWpm(200);
    }
  });
});
