import type { ImportReport } from '../../shared/contracts';
import { api, graphql } from '../helpers/content-api';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * Locales (issue 15): an English and an Azerbaijani version of one story — linked by a shared
 * `sourceId`, or by `translationOf` — are one document with two locales, each with its own slug,
 * each served by the content API in its locale; re-importing them is `unchanged`; the locale
 * comes from front matter, an HTML page's lang or the import's `locale`; an unknown locale is an
 * error on that file; an admin allowed only `en` cannot import `az`.
 */

const ARTICLE = 'plugin::newsroom.article';
const CATEGORY = 'plugin::newsroom.category';
const CM = 'plugin::content-manager.explorer';

interface ImportService {
  apply: (
    inputs: { name: string; content: string }[],
    options?: Record<string, unknown>
  ) => Promise<ImportReport>;
  plan: (
    inputs: { name: string; content: string }[],
    options?: Record<string, unknown>
  ) => Promise<ImportReport>;
}

interface Body<T> {
  data: T;
  error?: { status: number; message: string; details?: Record<string, unknown> };
}

let app: TestApp;
let engine: ImportService;
let superAdmin: AdminSession;
let englishOnly: AdminSession;

const markdown = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`;

const english = {
  name: 'stories/oil-en.md',
  content: markdown(
    {
      title: 'Oil prices fall',
      sourceId: 'story-42',
      locale: 'en',
      category: 'Business',
      author: 'Aysel Mammadova',
    },
    'Oil prices fell on Monday as markets reacted to the news.'
  ),
};
const azerbaijani = {
  name: 'stories/oil-az.md',
  content: markdown(
    {
      title: 'Neft qiymətləri düşür',
      sourceId: 'story-42',
      locale: 'az',
      category: 'Business',
      author: 'Aysel Mammadova',
    },
    'Bazar ertəsi neft qiymətləri bazarların xəbərə reaksiyası ilə düşdü.'
  ),
};

const rowsOf = async (documentId: string) =>
  (await app.strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    select: ['slug', 'locale', 'publishedAt'],
    populate: { category: { select: ['documentId', 'locale', 'slug'] } },
    orderBy: { id: 'asc' },
  })) as {
    slug: string;
    locale: string;
    publishedAt: string | null;
    category: { documentId: string; locale: string; slug: string } | null;
  }[];

beforeAll(async () => {
  app = await startTestApp();
  engine = app.strapi.plugin('newsroom').service('import') as unknown as ImportService;
  const locales = app.strapi.plugin('i18n').service('locales') as unknown as {
    create: (locale: { code: string; name: string }) => Promise<unknown>;
  };
  await locales.create({ code: 'az', name: 'Azerbaijani (az)' });
  await locales.create({ code: 'ru', name: 'Russian (ru)' });
  superAdmin = await createAdminSession(app, 'strapi-super-admin');

  // A role that may import and write articles, authors and categories, in English only.
  const roles = app.strapi.service('admin::role') as unknown as {
    create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
    addPermissions: (id: number, permissions: Record<string, unknown>[]) => Promise<unknown>;
  };
  const role = await roles.create({ name: 'English desk', description: 'en only' });
  const inEnglish = { locales: ['en'] };
  await roles.addPermissions(role.id, [
    { action: 'plugin::newsroom.import', subject: null, properties: {}, conditions: [] },
    ...['create', 'read', 'update', 'publish'].map((action) => ({
      action: `${CM}.${action}`,
      subject: ARTICLE,
      properties: inEnglish,
      conditions: [],
    })),
    ...['create', 'read'].map((action) => ({
      action: `${CM}.${action}`,
      subject: CATEGORY,
      properties: inEnglish,
      conditions: [],
    })),
    ...['create', 'read'].map((action) => ({
      action: `${CM}.${action}`,
      subject: 'plugin::newsroom.author',
      properties: {},
      conditions: [],
    })),
  ]);
  englishOnly = await createAdminSession(app, role.id);
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
});

afterAll(async () => {
  await app?.stop();
});

const importAs = (session: AdminSession, path: string, body: object) =>
  request<Body<ImportReport>>(app, path, { method: 'POST', token: session.token, body });

describe('translations of one story are one document with several locales', () => {
  let documentId: string;

  it('the preview shows each locale and that the second adds a translation', async () => {
    const plan = await engine.plan([english, azerbaijani], { status: 'published' });
    expect(plan.articles.map((a) => [a.source, a.action, a.locale, a.translationOf])).toEqual([
      ['stories/oil-en.md', 'create', 'en', undefined],
      ['stories/oil-az.md', 'create', 'az', 'planned'],
    ]);
  });

  it('imports the English and the Azerbaijani version as two locales of one document', async () => {
    const report = await engine.apply([english, azerbaijani], { status: 'published' });
    expect(report.articles.map((a) => [a.action, a.locale, a.slug])).toEqual([
      ['created', 'en', 'oil-prices-fall'],
      ['created', 'az', 'neft-qiymetleri-dusur'],
    ]);
    documentId = report.articles[0].documentId!;
    expect(report.articles[1].documentId).toBe(documentId);
    expect(report.articles[1].translationOf).toBe(documentId);

    const rows = await rowsOf(documentId);
    expect(rows.map((r) => [r.locale, r.slug, r.publishedAt !== null]).sort()).toEqual([
      ['az', 'neft-qiymetleri-dusur', false],
      ['az', 'neft-qiymetleri-dusur', true],
      ['en', 'oil-prices-fall', false],
      ['en', 'oil-prices-fall', true],
    ]);
    // The category "Business" is one document too, in each article's locale.
    const categories = new Set(rows.map((r) => r.category?.documentId));
    expect(categories.size).toBe(1);
    for (const row of rows) expect(row.category?.locale).toBe(row.locale);
  });

  it('each locale is served by /articles/slug/:slug?locale=…, and the list filters by locale', async () => {
    const en = await api<Body<{ title: string; locale: string; documentId: string }>>(
      app,
      '/articles/slug/oil-prices-fall?locale=en'
    );
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({ title: 'Oil prices fall', locale: 'en', documentId });
    const az = await api<Body<{ title: string; locale: string; documentId: string }>>(
      app,
      '/articles/slug/neft-qiymetleri-dusur?locale=az'
    );
    expect(az.status).toBe(200);
    expect(az.body.data).toMatchObject({
      title: 'Neft qiymətləri düşür',
      locale: 'az',
      documentId,
    });
    // Without ?locale=, the default locale (en): the Azerbaijani slug is not found there.
    expect((await api(app, '/articles/slug/neft-qiymetleri-dusur')).status).toBe(404);
    expect((await api(app, '/articles/slug/oil-prices-fall?locale=az')).status).toBe(404);
    expect((await api(app, '/articles/slug/oil-prices-fall?locale=all')).status).toBe(400);

    const list = await api<Body<{ slug: string; locale: string }[]>>(app, '/articles?locale=az');
    expect(list.body.data.map((a) => [a.slug, a.locale])).toEqual([
      ['neft-qiymetleri-dusur', 'az'],
    ]);
    const all = await api<Body<{ slug: string; locale: string }[]>>(app, '/articles?locale=all');
    expect(all.body.data.map((a) => a.locale).sort()).toEqual(['az', 'en']);
    const byId = await api<Body<{ title: string }>>(app, `/articles/${documentId}?locale=az`);
    expect(byId.body.data.title).toBe('Neft qiymətləri düşür');
  });

  it('GraphQL takes the locale too', async () => {
    const res = await graphql<{
      newsroomArticles: { title: string; locale: string }[];
      newsroomArticle: { title: string } | null;
    }>(
      app,
      `
        query Q($id: ID!) {
          newsroomArticles(locale: "az") {
            title
            locale
          }
          newsroomArticle(documentId: $id, locale: "az") {
            title
          }
        }
      `,
      { id: documentId }
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.newsroomArticles).toEqual([
      { title: 'Neft qiymətləri düşür', locale: 'az' },
    ]);
    expect(res.body.data?.newsroomArticle).toEqual({ title: 'Neft qiymətləri düşür' });
  });

  it('re-importing both is unchanged', async () => {
    const report = await engine.apply([english, azerbaijani], { status: 'published' });
    expect(report.articles.map((a) => [a.action, a.locale])).toEqual([
      ['unchanged', 'en'],
      ['unchanged', 'az'],
    ]);
    expect(report.totals).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
  });

  it('an edit of one locale updates that locale only', async () => {
    const changed = {
      ...azerbaijani,
      content: azerbaijani.content.replace('düşdü.', 'düşdü. Analitiklər təəccüblənmədi.'),
    };
    const report = await engine.apply([english, changed], { status: 'published' });
    expect(report.articles.map((a) => [a.action, a.locale])).toEqual([
      ['unchanged', 'en'],
      ['updated', 'az'],
    ]);
    expect((await rowsOf(documentId)).length).toBe(4);
  });
});

describe('where the locale comes from', () => {
  it('translationOf links a translation with its own sourceId; the import locale applies to files without one', async () => {
    const original = {
      name: 'wire/summit.md',
      content: markdown({ title: 'Summit opens', sourceId: 'summit-1' }, 'The summit opened.'),
    };
    const russian = {
      name: 'wire/summit-ru.md',
      content: markdown(
        { title: 'Саммит открылся', sourceId: 'summit-1-ru', translationOf: 'summit-1' },
        'Саммит открылся в понедельник.'
      ),
    };
    // The translation first in the input: the article it names is written before it anyway.
    const first = await engine.apply([original], { status: 'draft' });
    expect(first.articles[0]).toMatchObject({ action: 'created', locale: 'en' });
    const second = await engine.apply([russian], { status: 'draft', locale: 'ru' });
    expect(second.articles[0]).toMatchObject({
      action: 'created',
      locale: 'ru',
      documentId: first.articles[0].documentId,
      translationOf: first.articles[0].documentId,
    });
  });

  it("an HTML page's lang gives the locale (az-Latn → az)", async () => {
    const page = `<!doctype html><html lang="az-Latn"><head><title>Bakıda yağış</title></head>
      <body><article><h1>Bakıda yağış</h1><p>Bakıda bu gün güclü yağış yağdı və küçələr su ilə doldu.</p>
      <p>Meteoroloqlar sabah havanın aydın olacağını deyirlər.</p></article></body></html>`;
    const report = await engine.apply([{ name: 'pages/rain.html', content: page }], {
      status: 'draft',
    });
    expect(report.articles[0]).toMatchObject({ action: 'created', locale: 'az' });
  });

  it('an unknown locale is an error on that file that names the app locales; the others import', async () => {
    const report = await engine.apply(
      [
        {
          name: 'bad/klingon.md',
          content: markdown({ title: 'Qapla', locale: 'tlh' }, 'A story in an unknown locale.'),
        },
        {
          name: 'bad/fine.md',
          content: markdown({ title: 'A fine story' }, 'This one has no locale.'),
        },
      ],
      { status: 'draft' }
    );
    const [bad, fine] = report.articles;
    expect(bad).toMatchObject({
      action: 'failed',
      error: { code: 'UNKNOWN_LOCALE', params: { locale: 'tlh', locales: 'en, az, ru' } },
    });
    expect(bad.error?.message).toMatch(/not one of this app's locales \(en, az, ru\)/);
    expect(fine).toMatchObject({ action: 'created', locale: 'en' });
  });

  it('an unknown import locale (the picker, --locale) is a 400 naming the app locales', async () => {
    const res = await importAs(superAdmin, '/newsroom/import/preview', {
      files: [{ name: 'x.md', content: markdown({ title: 'X' }, 'Body text.') }],
      locale: 'xx',
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toMatchObject({
      code: 'UNKNOWN_LOCALE',
      params: { locale: 'xx', locales: 'en, az, ru' },
    });
  });

  it("the admin's locale is used for files that do not name one", async () => {
    const res = await importAs(superAdmin, '/newsroom/import', {
      files: [{ name: 'desk/az-note.md', content: markdown({ title: 'Qısa xəbər' }, 'Mətn.') }],
      status: 'draft',
      locale: 'az',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0]).toMatchObject({ action: 'created', locale: 'az' });
  });
});

describe('permissions per locale', () => {
  const story = (locale: string) => ({
    name: `desk/market-${locale}.md`,
    content: markdown(
      { title: `Market report ${locale}`, sourceId: 'market-1', locale, category: 'Business' },
      `Market report in ${locale}.`
    ),
  });

  it('an admin allowed only en imports en', async () => {
    const res = await importAs(englishOnly, '/newsroom/import', {
      files: [story('en')],
      status: 'published',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0]).toMatchObject({ action: 'created', locale: 'en' });
  });

  it('…but not az: forbidden in the preview and the import, nothing written', async () => {
    for (const path of ['/newsroom/import/preview', '/newsroom/import']) {
      const res = await importAs(englishOnly, path, { files: [story('az')], status: 'draft' });
      expect(res.status).toBe(200);
      expect(res.body.data.articles[0]).toMatchObject({
        action: 'forbidden',
        locale: 'az',
        missingPermission: `${CM}.create on ${ARTICLE}`,
      });
    }
    const rows = await app.strapi.db.query(ARTICLE).findMany({
      where: { sourceKey: 'id:market-1' },
      select: ['locale'],
    });
    expect(new Set(rows.map((r) => (r as { locale: string }).locale))).toEqual(new Set(['en']));
  });
});

describe('a translation whose locale the story already has (from another source or an editor)', () => {
  const original = {
    name: 'wire/vote.md',
    content: markdown(
      { title: 'Parliament votes', sourceId: 'vote-1', locale: 'en' },
      'Parliament voted on the budget.'
    ),
  };
  const russianOf = (source: string, title: string) => ({
    name: `${source}/vote-ru.md`,
    content: markdown(
      { title, sourceId: `vote-1-ru-${source}`, translationOf: 'vote-1', locale: 'ru' },
      `${title}: парламент проголосовал за бюджет.`
    ),
  });
  const agencyA = russianOf('agency-a', 'Парламент голосует');
  const agencyB = russianOf('agency-b', 'Депутаты голосуют');
  let documentId: string;

  const russianRows = async () =>
    (await app.strapi.db.query(ARTICLE).findMany({
      where: { documentId, locale: 'ru' },
      select: ['title', 'sourceKey'],
    })) as { title: string; sourceKey: string | null }[];

  it('the first source’s translation adds its locale', async () => {
    const first = await engine.apply([original, agencyA], { status: 'draft' });
    expect(first.articles.map((a) => [a.action, a.locale])).toEqual([
      ['created', 'en'],
      ['created', 'ru'],
    ]);
    documentId = first.articles[0].documentId!;
    expect(first.articles[1].documentId).toBe(documentId);
  });

  it('another source’s translation into the same locale is a conflict, not a new document, in the plan and the import, even when overwriting', async () => {
    for (const run of [
      () => engine.plan([agencyB], { status: 'draft' }),
      () => engine.apply([agencyB], { status: 'draft' }),
      () => engine.apply([agencyB], { status: 'draft', overwriteEdited: true }),
    ]) {
      const report = await run();
      expect(report.totals).toMatchObject({ conflicts: 1, created: 0, updated: 0 });
      const [line] = report.articles;
      expect(line).toMatchObject({
        action: 'conflict',
        locale: 'ru',
        documentId,
        slug: 'parlament-golosuet',
        error: {
          code: 'TRANSLATION_TAKEN',
          params: { locale: 'ru', documentId, slug: 'parlament-golosuet', heldBy: 'OTHER_SOURCE' },
        },
      });
      expect(line.translationOf).toBeUndefined();
      // Not an editor's changes to this article: no field by field comparison.
      expect(line.changes).toBeUndefined();
      expect(line.error?.message).toMatch(
        /already has a "ru" version from another source.*Nothing of this article was written.*delete that version.*remove "translationOf"/
      );
    }
    expect(await russianRows()).toEqual([
      { title: 'Парламент голосует', sourceKey: 'id:vote-1-ru-agency-a' },
    ]);
    expect(
      await app.strapi.db.query(ARTICLE).count({ where: { sourceKey: 'id:vote-1-ru-agency-b' } })
    ).toBe(0);
  });

  it('the first source’s re-import is unchanged, its change an update of the same locale', async () => {
    const again = await engine.apply([agencyA], { status: 'draft' });
    expect(again.articles[0]).toMatchObject({ action: 'unchanged', documentId });
    const changed = {
      ...agencyA,
      content: agencyA.content.replace('бюджет.', 'бюджет 2027 года.'),
    };
    const update = await engine.apply([changed], { status: 'draft' });
    expect(update.articles[0]).toMatchObject({ action: 'updated', documentId, locale: 'ru' });
  });

  it('two sources translating into one locale in the same import: the first adds it, the second is a conflict', async () => {
    const story = {
      name: 'wire/storm.md',
      content: markdown({ title: 'Storm hits coast', sourceId: 'storm-1' }, 'A storm hit.'),
    };
    const az = (source: string, title: string) => ({
      name: `${source}/storm-az.md`,
      content: markdown(
        { title, sourceId: `storm-1-az-${source}`, translationOf: 'storm-1', locale: 'az' },
        `${title}: fırtına sahilə çatdı.`
      ),
    });
    const inputs = [story, az('one', 'Fırtına sahilə çatdı'), az('two', 'Sahildə fırtına')];
    const plan = await engine.plan(inputs, { status: 'draft' });
    expect(plan.articles.map((a) => [a.action, a.locale, a.error?.code])).toEqual([
      ['create', 'en', undefined],
      ['create', 'az', undefined],
      ['conflict', 'az', 'TRANSLATION_TAKEN'],
    ]);
    const report = await engine.apply(inputs, { status: 'draft' });
    expect(report.articles.map((a) => [a.action, a.locale, a.error?.code])).toEqual([
      ['created', 'en', undefined],
      ['created', 'az', undefined],
      ['conflict', 'az', 'TRANSLATION_TAKEN'],
    ]);
    const storm = report.articles[0].documentId!;
    expect(report.articles[2].documentId).toBe(storm);
    const rows = (await app.strapi.db.query(ARTICLE).findMany({
      where: { documentId: storm, locale: 'az' },
      select: ['title'],
    })) as { title: string }[];
    expect(rows.map((r) => r.title)).toEqual(['Fırtına sahilə çatdı']);
  });

  it('translationOf an article of the same locale is a conflict too', async () => {
    const report = await engine.apply(
      [
        {
          name: 'agency-c/vote-en.md',
          content: markdown(
            { title: 'MPs vote', sourceId: 'vote-1-en-c', translationOf: 'vote-1', locale: 'en' },
            'MPs voted.'
          ),
        },
      ],
      { status: 'draft' }
    );
    expect(report.articles[0]).toMatchObject({
      action: 'conflict',
      documentId,
      error: { code: 'TRANSLATION_TAKEN', params: { locale: 'en', heldBy: 'OTHER_SOURCE' } },
    });
  });

  it('an editor’s own translation (made in the Content Manager) is a conflict too: shared sourceId or translationOf', async () => {
    const budget = {
      name: 'wire/budget.md',
      content: markdown({ title: 'Budget passes', sourceId: 'budget-1' }, 'The budget passed.'),
    };
    const created = await engine.apply([budget], { status: 'draft' });
    const budgetId = created.articles[0].documentId!;
    await app.strapi.documents(ARTICLE).update({
      documentId: budgetId,
      locale: 'az',
      data: { title: 'Büdcə qəbul edildi', slug: 'budce-qebul-edildi' } as never,
    });
    for (const fields of [
      { sourceId: 'budget-1' } as Record<string, string>,
      { sourceId: 'budget-1-az', translationOf: 'budget-1' },
    ]) {
      const report = await engine.apply(
        [
          {
            name: 'agency-az/budget.md',
            content: markdown(
              { title: 'Büdcə təsdiqləndi', locale: 'az', ...fields },
              'Büdcə təsdiqləndi.'
            ),
          },
        ],
        { status: 'draft', overwriteEdited: true }
      );
      expect(report.articles[0]).toMatchObject({
        action: 'conflict',
        documentId: budgetId,
        slug: 'budce-qebul-edildi',
        error: {
          code: 'TRANSLATION_TAKEN',
          params: { locale: 'az', documentId: budgetId, heldBy: 'HAND_MADE' },
        },
      });
      expect(report.articles[0].error?.message).toMatch(/made in the Content Manager/);
    }
    const rows = (await app.strapi.db.query(ARTICLE).findMany({
      where: { documentId: budgetId, locale: 'az' },
      select: ['title', 'sourceKey'],
    })) as { title: string; sourceKey: string | null }[];
    expect(rows).toEqual([{ title: 'Büdcə qəbul edildi', sourceKey: null }]);
    expect(
      await app.strapi.db.query(ARTICLE).count({ where: { title: 'Büdcə təsdiqləndi' } })
    ).toBe(0);
  });
});
