import fs from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';

import type { ImportReport } from '../../shared/contracts';
import { setPublicRead } from '../../server/src/bootstrap/public-read';
import type { ImportInput } from '../../server/src/import/types';
import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';
const CONFIG = 'plugin::newsroom';
/** The playground's siteUrl (NEWSROOM_SITE_URL unset). */
const SITE = 'http://localhost:3000';

interface ImportServiceLike {
  apply(inputs: ImportInput[], options: { status: 'published' | 'draft' }): Promise<ImportReport>;
}

let app: TestApp;
const rss = new Parser({
  customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
});
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const validateJsonFeed = new Ajv({ allErrors: true }).compile(
  JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/feeds/jsonfeed-1.1.schema.json'), 'utf8')
  ) as object
);

const importer = () =>
  app.strapi.plugin('newsroom').service('import') as unknown as ImportServiceLike;

const get = async (file: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}/api/newsroom/feeds/${file}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
};

const PUBLISHED = [
  'azerbaijan-iran-relations-at-high-level-iranian-official',
  'baku-energy-week-opens-with-focus-on-renewables',
  'new-ferry-route-links-caspian-ports',
];

beforeAll(async () => {
  app = await startTestApp();
  const data = path.join(REPO_ROOT, 'data');
  const inputs = fs
    .readdirSync(data)
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(data, name)) }));
  expect((await importer().apply(inputs, { status: 'published' })).totals.failed).toBe(0);
  const draft = await importer().apply(
    [
      {
        name: 'secret.txt',
        content: newsText({
          title: 'Secret draft about the budget',
          category: ['Business', 'Energy'],
          tags: ['Azerbaijan'],
          authors: ['Ayya Lmahamad'],
        }),
      },
    ],
    { status: 'draft' }
  );
  expect(draft.totals.created).toBe(1);
  // A private field that must never leak.
  await app.strapi.db
    .query(AUTHOR)
    .updateMany({ where: {}, data: { email: 'private-mail@newsroom.test' } });
  // One article published long ago: in the sitemap, not in the Google News sitemap.
  await app.strapi.db.query(ARTICLE).updateMany({
    where: { slug: 'new-ferry-route-links-caspian-ports', publishedAt: { $notNull: true } },
    data: { publishedAt: new Date(Date.now() - 5 * 24 * 3600 * 1000) },
  });
});

afterAll(async () => {
  await app?.stop();
});

const publishedCount = async () =>
  app.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });

/** Nothing of a draft and no private field, whatever the format. */
const expectNoSecrets = (text: string) => {
  expect(text).not.toMatch(/Secret draft/);
  expect(text).not.toMatch(/private-mail|contentHash|sourceHash|tagIndex/);
};

describe('feeds (read with rss-parser, fast-xml-parser and a JSON Feed 1.1 schema)', () => {
  it('RSS 2.0: the latest published articles with absolute links, authors, categories and tags', async () => {
    const res = await get('rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    expect(xml.parse(res.text).rss['@version']).toBe('2.0');
    const feed = await rss.parseString(res.text);
    expect(feed.title).toBe('Newsroom Playground');
    expect(feed.link).toBe(`${SITE}/`);
    expect(feed.items).toHaveLength(await publishedCount());
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+$`));
      expect(item.guid).toBe(item.link);
      expect(item.title).toBeTruthy();
      expect(new Date(item.isoDate!).getTime()).not.toBeNaN();
    }
    const reference = feed.items.find((item) => item.link === `${SITE}/articles/${PUBLISHED[0]}`)!;
    expect(reference.title).toBe('Azerbaijan, Iran relations at high level – Iranian official');
    expect(reference.categories).toEqual(
      expect.arrayContaining(['Politics', 'Azerbaijan', 'Iran'])
    );
    // RSS 2.0 has one <author> per byline name; rss-parser keeps only the first, so read them all.
    const items = xml.parse(res.text).rss.channel.item as Array<{
      link: string;
      author?: string | string[];
      'content:encoded': string;
    }>;
    const raw = items.find((i) => i.link === reference.link)!;
    expect([raw.author].flat()).toEqual(['Ayya Lmahamad']);
    expect(raw['content:encoded']).toMatch(/^<p>Iranian-Azerbaijani relations are at a high level/);
    expect(reference.content).toMatch(/^Iranian-Azerbaijani relations are at a high level/);
    expectNoSecrets(res.text);
  });

  it('Atom 1.0 and JSON Feed 1.1 carry the same articles', async () => {
    const atom = await get('atom.xml');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(atom.text)).toBe(true);
    const atomDoc = xml.parse(atom.text);
    expect(atomDoc.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const atomFeed = await rss.parseString(atom.text);
    const count = await publishedCount();
    expect(atomFeed.items).toHaveLength(count);

    const json = await get('feed.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(json.text) as {
      items: Array<{ url: string; authors?: { name: string }[]; tags?: string[] }>;
    } & Record<string, unknown>;
    expect(validateJsonFeed(feed)).toBe(true);
    expect(validateJsonFeed.errors ?? null).toBeNull();
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: SITE,
      language: 'en',
    });
    expect(feed.items.map((i) => i.url).sort()).toEqual(atomFeed.items.map((i) => i.link).sort());
    const reference = feed.items.find((i) => i.url.endsWith(PUBLISHED[0]))!;
    expect(reference.authors).toEqual([{ name: 'Ayya Lmahamad' }]);
    expect(reference.tags).toEqual(expect.arrayContaining(['Politics', 'Azerbaijan', 'Iran']));
    expectNoSecrets(atom.text);
    expectNoSecrets(json.text);
  });

  it('per category (with the categories below it), per author and per tag; unknown → 404, bad → 400', async () => {
    const links = async (query: string) =>
      (await rss.parseString((await get(`rss.xml?${query}`)).text)).items
        .map((i) => i.link!.replace(`${SITE}/articles/`, ''))
        .sort();
    expect(await links('category=business')).toEqual([PUBLISHED[1], PUBLISHED[2]]);
    expect(await links('category=energy')).toEqual([PUBLISHED[1]]);
    expect(await links('author=ayya-lmahamad')).toEqual(expect.arrayContaining([PUBLISHED[0]]));
    expect(await links('tag=AZERBAIJAN')).toEqual([PUBLISHED[0]]);
    expect(await links('tag=no-such-tag')).toEqual([]);
    const scoped = await rss.parseString((await get('rss.xml?category=business')).text);
    expect(scoped.title).toBe('Newsroom Playground: Business');

    expect((await get('rss.xml?category=no-such-category')).status).toBe(404);
    expect((await get('feed.json?author=nobody')).status).toBe(404);
    expect((await get('atom.xml?tag=a&tag=b')).status).toBe(400);
    expect((await get('rss.xml?locale=en')).status).toBe(200);
    const fr = await get('rss.xml?locale=fr');
    expect(fr.status).toBe(400);
    expect(fr.text).toMatch(/Unknown locale \\?"fr\\?"/);
  });

  it('ETag / Last-Modified: a revalidation gets 304 until an article changes', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'news-sitemap.xml']) {
      const first = await get(file);
      const etag = first.headers.get('etag')!;
      const modified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(new Date(modified).getTime()).not.toBeNaN();
      const again = await get(file, { 'If-None-Match': etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect((await get(file, { 'If-Modified-Since': modified })).status).toBe(304);
      expect((await get(file, { 'If-None-Match': '"stale"' })).status).toBe(200);
    }
    const before = await get('rss.xml');
    const report = await importer().apply(
      [
        {
          name: 'fresh.txt',
          content: newsText({ title: 'Fresh story from the port', category: ['Business'] }),
        },
      ],
      { status: 'published' }
    );
    expect(report.totals.created).toBe(1);
    const after = await get('rss.xml', { 'If-None-Match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.text).toMatch(/Fresh story from the port/);
  });

  it('stays under the size cap: full texts go first, then the oldest items', async () => {
    const full = await get('feed.json');
    const config = app.strapi.config;
    const cap = 10 * 1024;
    expect(Buffer.byteLength(full.text)).toBeGreaterThan(cap);
    config.set(`${CONFIG}.feedMaxBytes`, cap);
    try {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
        const capped = await get(file);
        expect(capped.status).toBe(200);
        expect(Buffer.byteLength(capped.text)).toBeLessThanOrEqual(cap);
      }
      const json = JSON.parse((await get('feed.json')).text) as {
        items: Record<string, unknown>[];
      };
      expect(validateJsonFeed(json)).toBe(true);
      expect(json.items.length).toBeGreaterThan(0);
      expect(json.items.every((item) => item.content_html === undefined)).toBe(true);
    } finally {
      config.set(`${CONFIG}.feedMaxBytes`, 1024 * 1024);
    }
  });

  it('sitemap.xml lists every published article; the Google News sitemap the last 48 hours', async () => {
    const sitemap = await get('sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(sitemap.text)).toBe(true);
    const urlset = xml.parse(sitemap.text).urlset as {
      '@xmlns': string;
      url: Array<{ loc: string; lastmod: string }>;
    };
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url).toHaveLength(await publishedCount());
    for (const url of urlset.url) {
      expect(url.loc).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+$`));
      expect(new Date(url.lastmod).toISOString()).toBe(url.lastmod);
    }
    expect(urlset.url.map((u) => u.loc)).toContain(`${SITE}/articles/${PUBLISHED[2]}`);
    expectNoSecrets(sitemap.text);

    const news = await get('news-sitemap.xml');
    expect(news.status).toBe(200);
    expect(XMLValidator.validate(news.text)).toBe(true);
    const newsSet = xml.parse(news.text).urlset as {
      '@xmlns:news': string;
      url: Array<{
        loc: string;
        'news:news': {
          'news:publication': Record<string, string>;
          'news:publication_date': string;
          'news:title': string;
        };
      }>;
    };
    expect(newsSet['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const locs = newsSet.url.map((u) => u.loc);
    expect(locs).not.toContain(`${SITE}/articles/${PUBLISHED[2]}`);
    expect(locs).toContain(`${SITE}/articles/${PUBLISHED[0]}`);
    expect(newsSet.url).toHaveLength((await publishedCount()) - 1);
    const reference = newsSet.url.find((u) => u.loc.endsWith(PUBLISHED[0]))!;
    expect(reference['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Newsroom Playground', 'news:language': 'en' },
      'news:title': 'Azerbaijan, Iran relations at high level – Iranian official',
    });
    expectNoSecrets(news.text);
  });

  it('needs the Public role rights: off when publicRead is off and nothing was granted', async () => {
    const publicRole = (await app.strapi.db.query(ROLE).findOne({ where: { type: 'public' } })) as {
      id: number;
    };
    await setPublicRead(app.strapi, false);
    try {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'news-sitemap.xml']) {
        expect({ file, status: (await get(file)).status }).toEqual({ file, status: 403 });
      }
      await app.strapi.db
        .query(PERMISSION)
        .create({ data: { action: 'plugin::newsroom.feed.find', role: publicRole.id } });
      expect((await get('rss.xml')).status).toBe(200);
      expect((await get('sitemap.xml')).status).toBe(403);
    } finally {
      await app.strapi.db
        .query(PERMISSION)
        .deleteMany({ where: { role: publicRole.id, action: 'plugin::newsroom.feed.find' } });
      await setPublicRead(app.strapi, true);
    }
    expect((await get('sitemap.xml')).status).toBe(200);
  });

  it('answers 404 with what to do when no siteUrl is configured', async () => {
    app.strapi.config.set(`${CONFIG}.siteUrl`, null);
    try {
      const res = await get('rss.xml');
      expect(res.status).toBe(404);
      expect(res.text).toMatch(/set \\?"siteUrl\\?"/);
    } finally {
      app.strapi.config.set(`${CONFIG}.siteUrl`, SITE);
    }
  });
});
