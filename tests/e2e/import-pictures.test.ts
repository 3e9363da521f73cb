import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';

import { registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

const SUPER = { email: 'super@newsroom.e2e', password: 'Super-password-1' };
const ARTICLE = 'plugin::newsroom.article';

let app: RunningPlayground;
let token: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let folder: string;

const png = (width: number, height: number, r: number) =>
  sharp({ create: { width, height, channels: 3, background: { r, g: 90, b: 60 } } })
    .png()
    .toBuffer();

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-pictures-'));
  app = await startPlayground();
  token = await registerFirstAdmin(app.url, SUPER);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  await logIn(page, app.url, SUPER.email, SUPER.password);
  await dismissBanners(page);
}, 900_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const article = (title: string, front: string, body = '') =>
  `---\ntitle: ${title}\ncategory: Pictures\nauthor: Jane Roe\n${front}\n---\n\nThe first paragraph of the story, long enough to be its lead.\n${body}`;

const openImport = async () => {
  await page.goto(`${app.url}/admin/plugins/newsroom`);
  await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
};

/** The natural width of an <img> once loaded (0: it did not load). */
const naturalWidth = (img: ReturnType<Page['locator']>) =>
  img.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const image = element as HTMLImageElement;
        if (image.complete) resolve(image.naturalWidth);
        else image.addEventListener('load', () => resolve(image.naturalWidth));
        image.addEventListener('error', () => resolve(0));
      })
  );

/** The article's cover, as the Content Manager reads it (the Media Library file). */
const coverOf = async (title: string) => {
  const headers = { Authorization: `Bearer ${token}` };
  const list = await fetch(
    `${app.url}/content-manager/collection-types/${ARTICLE}?filters[title][$eq]=${encodeURIComponent(title)}`,
    { headers }
  );
  const { results } = (await list.json()) as { results: { documentId: string }[] };
  expect(results).toHaveLength(1);
  const res = await fetch(
    `${app.url}/content-manager/collection-types/${ARTICLE}/${results[0].documentId}`,
    { headers }
  );
  const { data } = (await res.json()) as {
    data: {
      cover: { url: string; mime: string; alternativeText: string | null; width: number } | null;
      body: { type: string; image?: { url: string } }[];
    };
  };
  return data;
};

describe('pictures chosen with the articles (real browser)', () => {
  it('previews the cover from the picture chosen, imports it into the Media Library', async () => {
    const picture = await png(96, 48, 30);
    await openImport();

    // Chosen one by one: `pics/harbour.png` is found by its file name.
    await page.getByTestId('file-input').setInputFiles([
      {
        name: 'harbour.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          article('Harbour lights', 'cover: pics/harbour.png\ncoverAlt: The harbour lights')
        ),
      },
      { name: 'harbour.png', mimeType: 'image/png', buffer: picture },
    ]);
    await page.getByTestId('picture-item').waitFor();
    expect(await page.getByTestId('file-count').textContent()).toMatch(
      /^1 file and 1 picture selected/
    );
    await page.getByRole('button', { name: 'Preview' }).click();
    const card = page.getByRole('article', { name: 'Harbour lights' });
    await card.waitFor();
    const cover = card
      .getByTestId('preview-cover')
      .getByRole('img', { name: 'The harbour lights' });
    expect(await cover.getAttribute('data-from')).toBe('upload');
    expect(await cover.getAttribute('src')).toMatch(/^blob:/);
    expect(await naturalWidth(cover)).toBe(96);
    expect(await card.getByTestId('preview-cover-upload').textContent()).toBe(
      'From the pictures chosen: pics/harbour.png'
    );
    expect(await card.getByText(/picture.*not imported|IMAGE_SKIPPED/i).count()).toBe(0);
    await screenshot(page, 'import-pictures-selected');
    await card.getByTestId('preview-cover').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-pictures-preview');

    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const summary = page.getByTestId('report-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-result')).toBe('success');

    const stored = await coverOf('Harbour lights');
    expect(stored.cover).toMatchObject({
      mime: 'image/png',
      width: 96,
      alternativeText: 'The harbour lights',
    });
    const file = await fetch(`${app.url}${stored.cover!.url}`);
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(96);
  });

  it('takes a whole folder: pictures by their path beside the article, other files left out', async () => {
    const desk = path.join(folder, 'desk');
    fs.mkdirSync(path.join(desk, 'pics'), { recursive: true });
    fs.mkdirSync(path.join(desk, 'old', 'pics'), { recursive: true });
    fs.writeFileSync(
      path.join(desk, 'quay.md'),
      article('Quay at night', 'cover: pics/quay.png', '\n![The quay](pics/body.png)\n')
    );
    fs.writeFileSync(path.join(desk, 'pics', 'quay.png'), await png(80, 40, 200));
    fs.writeFileSync(path.join(desk, 'pics', 'body.png'), await png(40, 40, 120));
    // The same file name elsewhere in the folder: the path beside the article decides.
    fs.writeFileSync(path.join(desk, 'old', 'pics', 'quay.png'), await png(20, 20, 10));
    fs.writeFileSync(path.join(desk, 'notes.pdf'), '%PDF-1.4');

    await openImport();
    await page.getByTestId('folder-input').setInputFiles(desk);
    await page.getByTestId('ignored').waitFor();
    expect(await page.getByTestId('ignored').textContent()).toContain('desk/notes.pdf');
    expect(await page.getByTestId('file-count').textContent()).toMatch(
      /^1 file and 3 pictures selected/
    );

    await page.getByRole('button', { name: 'Preview' }).click();
    const card = page.getByRole('article', { name: 'Quay at night' });
    await card.waitFor();
    // No alt text: the picture is decorative (role presentation).
    const cover = card.getByTestId('preview-cover').locator('img');
    expect(await naturalWidth(cover)).toBe(80);

    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const summary = page.getByTestId('report-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-result')).toBe('success');

    const stored = await coverOf('Quay at night');
    expect(stored.cover).toMatchObject({ mime: 'image/png', width: 80 });
    const image = stored.body.find((block) => block.type === 'image');
    expect(image?.image?.url).toMatch(/^\/uploads\//);
  });
});
