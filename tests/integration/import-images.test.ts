import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

import type { ImportReport } from '../../shared/contracts';
import { createAdminSession, request, type AdminSession } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const CATEGORY = 'plugin::newsroom.category';
const FILE = 'plugin::upload.file';
const IMAGE = 'plugin::newsroom.image';
const CM = 'plugin::content-manager.explorer';

interface Input {
  name: string;
  content: string;
  path?: string;
  folder?: { file: string; root: string };
}
interface ImportService {
  plan: (inputs: Input[], options?: object) => Promise<ImportReport>;
  apply: (inputs: Input[], options?: object) => Promise<ImportReport>;
}
interface Body<T> {
  data: T;
}

let app: TestApp;
let strapi: Core.Strapi;
let engine: ImportService;
let server: http.Server;
let base: string;
let folder: string;
let superAdmin: AdminSession;
const hits = new Map<string, number>();
const served = new Map<string, { type: string; body: Buffer }>();

/** A real PNG of one colour (Strapi's upload reads it with sharp). */
const png = (red: number, size = 16) =>
  sharp({
    create: { width: size, height: size, channels: 3, background: { r: red, g: 80, b: 120 } },
  })
    .png()
    .toBuffer();

/** A PNG of noise: large for its size (no compression helps). */
const noisePng = async (size: number) => {
  const raw = Buffer.alloc(size * size * 3);
  for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7919 + (i >> 3) * 104729) % 251;
  return sharp(raw, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
};

const markdown = (title: string, front: string, body = '') =>
  `---\ntitle: ${title}\ncategory: Pictures\nauthor: Jane Roe\n${front}\n---\n\nThe first paragraph of the story, long enough to be its lead.\n${body}`;

/** An article file in the test folder, as `newsroom seed` gives it to the engine. */
const onDisk = (relative: string, content: string): Input => {
  const file = path.join(folder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return { name: relative, path: relative, content, folder: { file, root: folder } };
};

const count = (uid: string) => strapi.db.query(uid as typeof FILE).count({});

const articleBySlug = async (slug: string) =>
  (await strapi.db.query(ARTICLE).findOne({
    where: { slug, publishedAt: null },
    populate: { cover: true },
  })) as {
    documentId: string;
    cover: {
      id: number;
      alternativeText: string | null;
      caption: string | null;
      url: string;
    } | null;
    body: { type: string; image?: Record<string, unknown> }[];
  };

beforeAll(async () => {
  // The pictures are served on 127.0.0.1: a private address, which the allow list opens.
  app = await startTestApp({ NEWSROOM_IMAGE_DOWNLOAD_ALLOW: '127.0.0.1' });
  strapi = app.strapi;
  engine = strapi.plugin('newsroom').service('import') as unknown as ImportService;
  superAdmin = await createAdminSession(app);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-images-'));
  served.set('/ok.png', { type: 'image/png', body: await png(10) });
  served.set('/big.png', { type: 'image/png', body: await noisePng(200) });
  served.set('/page.png', { type: 'text/html', body: Buffer.from('<html>not a picture</html>') });
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const found = served.get(url);
    if (url === '/slow.png') return; // never answers: the download times out
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': found.type, 'Content-Length': found.body.length });
    res.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  // The Media Library's files of this test leave the playground's uploads folder.
  const files = (await strapi?.db.query(FILE).findMany({})) as { id: number }[] | undefined;
  const upload = strapi?.plugin('upload').service('upload') as unknown as {
    remove: (file: object) => Promise<unknown>;
  };
  for (const file of files ?? []) await upload.remove(file);
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
  await app?.stop();
});

describe('pictures from a folder (the CLI)', () => {
  it('uploads a cover and a body image from paths beside the article once, links them with their alt text and caption', async () => {
    fs.mkdirSync(path.join(folder, 'desk/pics'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'desk/pics/cover.png'), await png(200));
    fs.writeFileSync(path.join(folder, 'desk/pics/body.png'), await png(150));
    const input = onDisk(
      'desk/story.md',
      markdown(
        'A story with pictures',
        'cover: pics/cover.png\ncoverAlt: The square at noon\ncaption: Photo by the desk',
        '\n![A dog in the park](pics/body.png "Rex")\n\nThe last paragraph.\n'
      )
    );
    const files = await count(FILE);

    const report = await engine.apply([input], { status: 'draft' });

    expect(report.articles[0]).toMatchObject({ action: 'created', warnings: [] });
    expect(report.images).toEqual({ files: 2, bytes: expect.any(Number) });
    expect(await count(FILE)).toBe(files + 2);
    const article = await articleBySlug('a-story-with-pictures');
    expect(article.cover).toMatchObject({
      alternativeText: 'The square at noon',
      caption: 'Photo by the desk',
    });
    const image = article.body.find((block) => block.type === 'image');
    expect(image?.image).toMatchObject({
      alternativeText: 'A dog in the park',
      caption: 'Rex',
      mime: 'image/png',
      url: expect.stringMatching(/^\/uploads\/body_/),
    });
  });

  it('re-imports the unchanged article and pictures as unchanged, uploading nothing', async () => {
    const files = await count(FILE);
    const input = onDisk(
      'desk/story.md',
      fs.readFileSync(path.join(folder, 'desk/story.md'), 'utf8')
    );
    const report = await engine.apply([input], { status: 'draft' });
    expect(report.articles[0].action).toBe('unchanged');
    expect(report.images).toBeUndefined();
    expect(await count(FILE)).toBe(files);
  });

  it('links the same picture of another article (other path, same bytes) without uploading it again', async () => {
    fs.mkdirSync(path.join(folder, 'other'), { recursive: true });
    fs.copyFileSync(path.join(folder, 'desk/pics/cover.png'), path.join(folder, 'other/same.png'));
    const files = await count(FILE);
    const report = await engine.apply(
      [onDisk('other/second.md', markdown('A second story', 'cover: same.png'))],
      { status: 'draft' }
    );
    expect(report.articles[0].action).toBe('created');
    expect(await count(FILE)).toBe(files);
    const [first, second] = await Promise.all([
      articleBySlug('a-story-with-pictures'),
      articleBySlug('a-second-story'),
    ]);
    expect(second.cover?.id).toBe(first.cover?.id);
  });

  it('updates the article when its picture changes, linking the new picture', async () => {
    const before = await articleBySlug('a-second-story');
    fs.writeFileSync(path.join(folder, 'other/same.png'), await png(33));
    const report = await engine.apply(
      [onDisk('other/second.md', markdown('A second story', 'cover: same.png'))],
      { status: 'draft' }
    );
    expect(report.articles[0].action).toBe('updated');
    const after = await articleBySlug('a-second-story');
    expect(after.cover?.id).not.toBe(before.cover?.id);
  });

  it('warns about a missing picture and one outside the folder, and imports the article without them', async () => {
    const report = await engine.apply(
      [
        onDisk(
          'desk/missing.md',
          markdown('Missing pictures', 'cover: pics/none.png', '\n![x](../../../etc/passwd)\n')
        ),
      ],
      { status: 'draft' }
    );
    const [line] = report.articles;
    expect(line.action).toBe('created');
    expect(line.warningDetails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'IMAGE_SKIPPED',
          params: { src: 'pics/none.png', reason: 'NOT_FOUND', cover: true },
        }),
        expect.objectContaining({
          code: 'IMAGE_SKIPPED',
          params: { src: '../../../etc/passwd', reason: 'OUTSIDE_FOLDER', cover: false },
        }),
      ])
    );
    const article = await articleBySlug('missing-pictures');
    expect(article.cover).toBeNull();
    expect(article.body.some((block) => block.type === 'image')).toBe(false);
  });
});

describe('pictures from an address (downloaded)', () => {
  it('downloads a cover, uploads it once and links it; a re-import is unchanged and uploads nothing', async () => {
    const files = await count(FILE);
    const input = {
      name: 'web.md',
      content: markdown('From the web', `cover: ${base}/ok.png\ncoverAlt: Web alt`),
    };
    const first = await engine.apply([input], { status: 'draft' });
    expect(first.articles[0]).toMatchObject({ action: 'created', warnings: [] });
    expect(await count(FILE)).toBe(files + 1);
    expect((await articleBySlug('from-the-web')).cover).toMatchObject({
      alternativeText: 'Web alt',
    });

    const again = await engine.apply([input], { status: 'draft' });
    expect(again.articles[0].action).toBe('unchanged');
    expect(await count(FILE)).toBe(files + 1);
  });

  it.each([
    ['/missing.png', 'NOT_FOUND'],
    ['/big.png', 'TOO_LARGE'],
    ['/page.png', 'NOT_AN_IMAGE'],
    ['/slow.png', 'TIMEOUT'],
  ])(
    'a cover at %s is a warning (%s) and the article still imports, without a cover',
    async (url, reason) => {
      const files = await count(FILE);
      const title = `Refused ${reason.toLowerCase().replace(/_/g, ' ')}`;
      const input = { name: `${reason}.md`, content: markdown(title, `cover: ${base}${url}`) };
      const options = { status: 'draft', imageLimits: { maxBytes: 1_000, timeoutMs: 500 } };
      const report = await engine.apply([input], options);
      expect(report.articles[0]).toMatchObject({ action: 'created', error: null });
      expect(report.articles[0].warningDetails).toContainEqual(
        expect.objectContaining({
          code: 'IMAGE_SKIPPED',
          params: { src: `${base}${url}`, reason, cover: true },
        })
      );
      expect(await count(FILE)).toBe(files);
      const article = await articleBySlug(report.articles[0].slug!);
      expect(article.cover).toBeNull();
      // Still missing: nothing changed, the article stays as it is.
      expect((await engine.apply([input], options)).articles[0].action).toBe('unchanged');
    }
  );

  it('never connects to a private address the allow list does not open (SSRF): the cover is a warning, the article imports', async () => {
    const config = `plugin::newsroom.imageDownloadAllowList`;
    const allowed = strapi.config.get(config);
    strapi.config.set(config, []);
    try {
      const files = await count(FILE);
      hits.clear();
      const port = new URL(base).port;
      const sources = [
        `${base}/ok.png`,
        `http://localhost:${port}/ok.png`,
        `http://[::ffff:127.0.0.1]:${port}/ok.png`,
        'http://169.254.169.254/latest/meta-data/',
      ];
      const inputs = sources.map((src, i) => ({
        name: `private-${i}.md`,
        content: markdown(`Private address ${i}`, `cover: ${src}`),
      }));
      const report = await engine.apply(inputs, { status: 'draft' });
      for (const [i, article] of report.articles.entries()) {
        expect(article).toMatchObject({ action: 'created', error: null });
        expect(article.warningDetails).toContainEqual(
          expect.objectContaining({
            code: 'IMAGE_SKIPPED',
            params: { src: sources[i], reason: 'PRIVATE_ADDRESS', cover: true },
          })
        );
        expect(article.warnings.join(' ')).toMatch(/private network/);
      }
      expect(hits.size).toBe(0);
      expect(await count(FILE)).toBe(files);
    } finally {
      strapi.config.set(config, allowed);
    }
  });

  it('a plan (dry run) uploads nothing and shows where the cover is', async () => {
    served.set('/new.png', { type: 'image/png', body: await png(77) });
    const files = await count(FILE);
    const rows = await count(IMAGE);
    const report = await engine.plan([
      { name: 'planned.md', content: markdown('Planned', `cover: ${base}/new.png\ncoverAlt: New`) },
    ]);
    expect(report.articles[0]).toMatchObject({
      action: 'create',
      cover: {
        src: `${base}/new.png`,
        alt: 'New',
        from: 'url',
        url: `${base}/new.png`,
        skipped: null,
      },
    });
    expect(await count(FILE)).toBe(files);
    expect(await count(IMAGE)).toBe(rows);
  });
});

describe('pictures sent with the articles (admin multipart upload)', () => {
  const form = async (title: string, red: number) => {
    const name = title.toLowerCase().replace(/\W+/g, '-');
    const body = new FormData();
    body.append('status', 'draft');
    body.append(
      'files',
      new Blob([markdown(title, 'cover: images/up.png\ncoverAlt: Sent along')]),
      `sent/${name}.md`
    );
    body.append('images', new Blob([await png(red)], { type: 'image/png' }), 'sent/images/up.png');
    return body;
  };

  it('uploads the cover sent in the same request once and links it, with its alt text', async () => {
    const files = await count(FILE);
    const res = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: superAdmin.token,
      body: await form('Sent along', 240),
    });
    expect(res.status).toBe(200);
    expect(res.body.data.articles[0]).toMatchObject({ action: 'created', warnings: [] });
    expect(await count(FILE)).toBe(files + 1);
    expect((await articleBySlug('sent-along')).cover).toMatchObject({
      alternativeText: 'Sent along',
    });

    const preview = await request<Body<ImportReport>>(app, '/newsroom/import/preview', {
      method: 'POST',
      token: superAdmin.token,
      body: await form('Sent along', 240),
    });
    expect(preview.body.data.articles[0]).toMatchObject({
      action: 'unchanged',
      cover: { from: 'upload', src: 'images/up.png', url: expect.stringMatching(/^\/uploads\//) },
    });

    const again = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: superAdmin.token,
      body: await form('Sent along', 240),
    });
    expect(again.body.data.articles[0].action).toBe('unchanged');
    expect(await count(FILE)).toBe(files + 1);
  });

  it('an admin who may not upload gets the picture as a warning; a picture already in the Media Library is linked', async () => {
    const roles = strapi.service('admin::role') as unknown as {
      create: (data: object) => Promise<{ id: number }>;
      assignPermissions: (id: number, permissions: object[]) => Promise<unknown>;
    };
    const role = await roles.create({ name: 'No uploads', description: 'articles, no media' });
    // Articles and categories are localized: a role's rights there name their locales.
    const on = (action: string, subject: string | null) => ({
      action,
      subject,
      properties: subject === ARTICLE || subject === CATEGORY ? { locales: ['en'] } : {},
      conditions: [],
    });
    await roles.assignPermissions(role.id, [
      on('plugin::newsroom.import', null),
      ...['create', 'read', 'update', 'publish'].map((a) => on(`${CM}.${a}`, ARTICLE)),
      on(`${CM}.create`, 'plugin::newsroom.author'),
      on(`${CM}.create`, CATEGORY),
    ]);
    const desk = await createAdminSession(app, role.id);
    const files = await count(FILE);

    const refused = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: desk.token,
      body: await form('Not allowed', 99),
    });
    expect(refused.body.data.articles[0]).toMatchObject({ action: 'created' });
    expect(refused.body.data.articles[0].warningDetails).toContainEqual(
      expect.objectContaining({
        code: 'IMAGE_SKIPPED',
        params: { src: 'images/up.png', reason: 'NOT_ALLOWED', cover: true },
      })
    );
    expect(await count(FILE)).toBe(files);

    const known = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: desk.token,
      body: await form('Known picture', 240),
    });
    expect(known.body.data.articles[0]).toMatchObject({ action: 'created', warnings: [] });
    expect((await articleBySlug('known-picture')).cover?.id).toBe(
      (await articleBySlug('sent-along')).cover?.id
    );
  });
});

describe("the cover needs the role's right to write the article's cover field", () => {
  /** Every article field an editor writes, but the cover. */
  const WITHOUT_COVER = ['title', 'slug', 'description', 'body', 'tags', 'authors', 'category'];
  let desk: AdminSession;

  beforeAll(async () => {
    const roles = strapi.service('admin::role') as unknown as {
      create: (data: object) => Promise<{ id: number }>;
      assignPermissions: (id: number, permissions: object[]) => Promise<unknown>;
    };
    const role = await roles.create({ name: 'No covers', description: 'articles, not the cover' });
    const on = (action: string, subject: string | null, properties: object = {}) => ({
      action,
      subject,
      properties,
      conditions: [],
    });
    await roles.assignPermissions(role.id, [
      on('plugin::newsroom.import', null),
      on('plugin::upload.assets.create', null),
      ...['create', 'read', 'update'].map((a) =>
        on(`${CM}.${a}`, ARTICLE, { locales: ['en'], fields: WITHOUT_COVER })
      ),
      on(`${CM}.publish`, ARTICLE, { locales: ['en'] }),
      on(`${CM}.create`, 'plugin::newsroom.author', { fields: ['name', 'slug'] }),
      on(`${CM}.create`, CATEGORY, { locales: ['en'], fields: ['name', 'slug', 'parent'] }),
    ]);
    desk = await createAdminSession(app, role.id);
  });

  const send = (path: string, title: string, front: string) =>
    request<Body<ImportReport>>(app, path, {
      method: 'POST',
      token: desk.token,
      body: {
        status: 'draft',
        files: [
          {
            name: `desk/${title.toLowerCase().replace(/\W+/g, '-')}.md`,
            content: markdown(title, front),
          },
        ],
      },
    });

  it('an article with a cover is forbidden in the preview and the import, saying so; nothing is written or uploaded', async () => {
    const files = await count(FILE);
    const articles = await count(ARTICLE);
    for (const path of ['/newsroom/import/preview', '/newsroom/import']) {
      const res = await send(path, 'Covered story', `cover: ${base}/ok.png`);
      expect(res.status).toBe(200);
      const [line] = res.body.data.articles;
      expect(line).toMatchObject({
        action: 'forbidden',
        missingPermission: `${CM}.create on ${ARTICLE} (field cover)`,
        error: { code: 'FORBIDDEN' },
      });
      expect(line.error?.message).toMatch(
        /may not set the cover of articles.*nothing of this article was written.*without its cover/
      );
    }
    expect(await count(ARTICLE)).toBe(articles);
    expect(await count(FILE)).toBe(files);
  });

  it('the same role imports an article without a cover, and may not add a cover to it on a re-import', async () => {
    const created = await send('/newsroom/import', 'Plain story', 'sourceId: plain-story');
    expect(created.body.data.articles[0]).toMatchObject({ action: 'created' });
    const covered = await send(
      '/newsroom/import',
      'Plain story',
      `sourceId: plain-story\ncover: ${base}/ok.png`
    );
    expect(covered.body.data.articles[0]).toMatchObject({
      action: 'forbidden',
      documentId: created.body.data.articles[0].documentId,
      missingPermission: `${CM}.update on ${ARTICLE} (field cover)`,
    });
    expect((await articleBySlug('plain-story')).cover).toBeNull();
  });

  it('a cover that cannot be had is no write of the cover: the article imports, with the warning', async () => {
    const res = await send('/newsroom/import', 'Lost cover', `cover: ${base}/missing.png`);
    expect(res.body.data.articles[0]).toMatchObject({ action: 'created' });
    expect(res.body.data.articles[0].warningDetails).toContainEqual(
      expect.objectContaining({
        code: 'IMAGE_SKIPPED',
        params: expect.objectContaining({ reason: 'NOT_FOUND' }),
      })
    );
  });

  it('body image blocks are the body field: a role that may not write the body imports no article', async () => {
    const roles = strapi.service('admin::role') as unknown as {
      create: (data: object) => Promise<{ id: number }>;
      assignPermissions: (id: number, permissions: object[]) => Promise<unknown>;
    };
    const role = await roles.create({ name: 'No body', description: 'articles, not the body' });
    const fields = WITHOUT_COVER.filter((field) => field !== 'body').concat('cover');
    await roles.assignPermissions(role.id, [
      { action: 'plugin::newsroom.import', subject: null, properties: {}, conditions: [] },
      ...['create', 'read'].map((a) => ({
        action: `${CM}.${a}`,
        subject: ARTICLE,
        properties: { locales: ['en'], fields },
        conditions: [],
      })),
    ]);
    const noBody = await createAdminSession(app, role.id);
    const res = await request<Body<ImportReport>>(app, '/newsroom/import', {
      method: 'POST',
      token: noBody.token,
      body: {
        status: 'draft',
        files: [
          {
            name: 'desk/pictured.md',
            content: markdown('Pictured', 'sourceId: pictured', `\n![A picture](${base}/ok.png)\n`),
          },
        ],
      },
    });
    expect(res.body.data.articles[0]).toMatchObject({
      action: 'forbidden',
      missingPermission: `${CM}.create on ${ARTICLE}`,
    });
  });
});
