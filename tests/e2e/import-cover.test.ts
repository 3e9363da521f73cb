import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';

import { registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

const SUPER = { email: 'super@newsroom.e2e', password: 'Super-password-1' };

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let pictures: http.Server;
let pictureUrl: string;

beforeAll(async () => {
  const png = await sharp({
    create: { width: 64, height: 40, channels: 3, background: { r: 200, g: 60, b: 40 } },
  })
    .png()
    .toBuffer();
  pictures = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length }).end(png);
  });
  await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
  pictureUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}/harbour.png`;
  app = await startPlayground();
  await registerFirstAdmin(app.url, SUPER);
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

const article = (title: string) =>
  `---\ntitle: ${title}\ncategory: Pictures\nauthor: Jane Roe\ncover: ${pictureUrl}\ncoverAlt: The harbour at dawn\n---\n\nThe first paragraph of the story, long enough to be its lead.\n`;

const preview = async (page: Page, text: string, title: string) => {
  await page.getByLabel('Paste article text').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  const card = page.getByRole('article', { name: title });
  await card.waitFor();
  return card;
};

describe('a cover in the import preview (real browser)', () => {
  it('shows the cover of a pasted article, and after the import its Media Library picture', async () => {
    const page = await context.newPage();
    await logIn(page, app.url, SUPER.email, SUPER.password);
    await dismissBanners(page);
    await page.goto(`${app.url}/admin/plugins/newsroom`);
    await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();

    // Not in the Media Library yet (nothing uploaded): the preview tries its address, which the
    // admin's security policy (img-src: this server only) keeps the browser from loading, so the
    // card names the address the import downloads it from instead of a broken picture.
    const card = await preview(page, article('Harbour at dawn'), 'Harbour at dawn');
    const unshown = card.getByTestId('preview-cover').getByTestId('preview-cover-unshown');
    await unshown.getByText(pictureUrl).waitFor();
    expect(await unshown.textContent()).toContain('The import downloads it from:');
    expect(await card.getByText('Alternative text: The harbour at dawn').count()).toBe(1);

    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const summary = page.getByTestId('report-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-result')).toBe('success');

    // Another article with the same picture: the preview shows the Media Library's file.
    await page.goto(`${app.url}/admin/plugins/newsroom`);
    const second = await preview(page, article('Harbour at noon'), 'Harbour at noon');
    const stored = second
      .getByTestId('preview-cover')
      .getByRole('img', { name: 'The harbour at dawn' });
    expect(await stored.getAttribute('src')).toMatch(/\/uploads\/harbour_[^/]+\.png$/);
    const width = await stored.evaluate(
      (img) =>
        new Promise<number>((resolve) => {
          const image = img as HTMLImageElement;
          if (image.complete) resolve(image.naturalWidth);
          else image.addEventListener('load', () => resolve(image.naturalWidth));
          image.addEventListener('error', () => resolve(0));
        })
    );
    expect(width).toBe(64);
  });
});
