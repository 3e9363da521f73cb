import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';

import { addLocale, registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * Locales in the import page (issue 15): with a second locale in the app, the page offers a
 * locale picker; a pasted Azerbaijani version of an imported English story, linked to it by
 * `translationOf` and given no locale of its own, takes the picked `az`; the preview says so
 * and that it adds a translation to the existing article; the import makes one document with
 * both locales, each with its own slug.
 */

const SUPER = { email: 'super@newsroom.e2e', password: 'Super-password-1' };
const ARTICLE = 'plugin::newsroom.article';

let app: RunningPlayground;
let token: string;
let browser: Browser;
let context: BrowserContext;
let pictures: http.Server;
let pictureUrl: string;

beforeAll(async () => {
  const png = await sharp({
    create: { width: 64, height: 40, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  pictures = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length }).end(png);
  });
  await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
  pictureUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}/platform.png`;
  app = await startPlayground();
  token = await registerFirstAdmin(app.url, SUPER);
  await addLocale(app.url, token, { code: 'az', name: 'Azerbaijani (az)' });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
}, 900_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
  pictures?.closeAllConnections();
  await new Promise((resolve) => pictures?.close(resolve));
});

const ENGLISH_TITLE = 'Oil prices fall';
const AZERBAIJANI_TITLE = 'Neft qiymətləri düşür';

// Neither names its locale: the import page's picker gives it. Both have the same cover.
const english = () => `---
title: ${ENGLISH_TITLE}
sourceId: story-42
category: Business
author: Aysel Mammadova
cover: ${pictureUrl}
coverAlt: An oil platform in the Caspian Sea
---

Oil prices fell on Monday as markets reacted to the news from the producers' meeting.
`;

const azerbaijani = () => `---
title: ${AZERBAIJANI_TITLE}
sourceId: story-42-az
translationOf: story-42
category: Biznes
author: Aysel Mammadova
cover: ${pictureUrl}
coverAlt: Xəzər dənizində neft platforması
---

Bazar ertəsi neft qiymətləri bazarların istehsalçıların görüşündən gələn xəbərə reaksiyası ilə düşdü.
`;

const openImportPage = async (page: Page) => {
  await page.goto(`${app.url}/admin/plugins/newsroom`);
  await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
};

const preview = async (page: Page, title: string) => {
  await page.getByRole('button', { name: 'Preview' }).click();
  const card = page.getByRole('article', { name: title });
  await card.waitFor();
  return card;
};

const importIt = async (page: Page) => {
  await page.getByRole('button', { name: 'Import 1 file' }).click();
  const summary = page.getByTestId('report-summary');
  await summary.waitFor();
  expect(await summary.getAttribute('data-result')).toBe('success');
};

interface ApiArticle {
  documentId: string;
  slug: string;
  locale: string;
  title: string;
}

const bySlug = async (slug: string, locale?: string) => {
  const query = locale ? `?locale=${locale}` : '';
  const res = await fetch(
    `${app.url}/api/newsroom/articles/slug/${encodeURIComponent(slug)}${query}`
  );
  return { status: res.status, body: (await res.json()) as { data: ApiArticle | null } };
};

const contentManager = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${app.url}/content-manager/collection-types/${ARTICLE}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
};

describe('locales in the import page (real browser)', () => {
  it('imports an Azerbaijani translation, in the picked locale, into the English article’s document', async () => {
    const page = await context.newPage();
    await logIn(page, app.url, SUPER.email, SUPER.password);
    await dismissBanners(page);
    await openImportPage(page);

    // Two locales in the app: the picker is there, on the default locale.
    const picker = page.getByRole('combobox', { name: 'Locale' });
    await picker.waitFor();
    expect(await picker.textContent()).toContain('English (en) (default)');

    // The English story first: a new document, in English.
    await page.getByLabel('Paste article text').fill(english());
    const first = await preview(page, ENGLISH_TITLE);
    expect(await first.getAttribute('data-action')).toBe('create');
    expect(await page.getByTestId('plan-locale').textContent()).toBe('Locale en');
    expect(await first.getByTestId('preview-locale').textContent()).toBe('en');
    // Its cover is not in the Media Library yet, and the admin's security policy keeps the
    // browser from loading it from another site: the card names its address instead.
    await first.getByTestId('preview-cover-unshown').getByText(pictureUrl).waitFor();
    await first.evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'import-locales-english');
    await importIt(page);

    // Its Azerbaijani version, in the locale picked for it.
    await openImportPage(page);
    await page.getByLabel('Paste article text').fill(azerbaijani());
    await picker.click();
    await page.getByRole('option', { name: 'Azerbaijani (az)' }).click();
    expect(await picker.textContent()).toContain('Azerbaijani (az)');
    const card = await preview(page, AZERBAIJANI_TITLE);
    expect(await card.getAttribute('data-action')).toBe('create');
    expect(await page.getByTestId('plan-locale').textContent()).toBe(
      'Locale az: adds a translation to an existing article'
    );
    // The preview card says it too, and shows the cover: the English import's Media Library file.
    expect(await card.getByTestId('preview-locale').textContent()).toBe(
      'az: adds a translation to an existing article'
    );
    const cover = card
      .getByTestId('preview-cover')
      .getByRole('img', { name: 'Xəzər dənizində neft platforması' });
    expect(await cover.getAttribute('src')).toMatch(/\/uploads\/platform_[^/]+\.png$/);
    const width = await cover.evaluate(
      (img) =>
        new Promise<number>((resolve) => {
          const image = img as HTMLImageElement;
          if (image.complete) resolve(image.naturalWidth);
          else image.addEventListener('load', () => resolve(image.naturalWidth));
          image.addEventListener('error', () => resolve(0));
        })
    );
    expect(width).toBe(64);
    // The picker, then the plan (the admin scrolls its main column, not the page).
    await screenshot(page, 'import-locales-picker');
    await page
      .getByTestId('plan-heading')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'import-locales-preview');
    await importIt(page);

    // One document, two locales, each with its own slug.
    const en = await bySlug('oil-prices-fall');
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({ locale: 'en', title: ENGLISH_TITLE });
    const documentId = en.body.data!.documentId;

    const { results: azList } = await contentManager<{ results: ApiArticle[] }>('?locale=az');
    expect(azList).toHaveLength(1);
    const azSlug = azList[0].slug;
    expect(azSlug).not.toBe('oil-prices-fall');

    const az = await bySlug(azSlug, 'az');
    expect(az.status).toBe(200);
    expect(az.body.data).toMatchObject({ documentId, locale: 'az', title: AZERBAIJANI_TITLE });
    // Each slug belongs to its locale.
    expect((await bySlug(azSlug)).status).toBe(404);
    expect((await bySlug('oil-prices-fall', 'az')).status).toBe(404);

    const document = await contentManager<{
      data: ApiArticle;
      meta: { availableLocales: { locale: string; documentId: string }[] };
    }>(`/${documentId}?locale=az`);
    expect(document.data.slug).toBe(azSlug);
    expect(document.meta.availableLocales.map((other) => other.locale)).toEqual(['en']);
  });
});
