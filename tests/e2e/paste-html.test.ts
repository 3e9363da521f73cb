import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { REPO_ROOT } from '../helpers/paths';

import { registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, NEW_TAB } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * Issue 14 in a real browser: a web page copied from a browser is pasted into the Newsroom
 * page; the clipboard's HTML is what the server reads, and the preview says so.
 */
const ADMIN = { email: 'paste@newsroom.e2e', password: 'Paste-password-1' };
const PAGE = fs.readFileSync(
  path.join(REPO_ROOT, 'tests/fixtures/news-pages/html-en-jsonld-newsarticle.html'),
  'utf8'
);
const TITLE = 'Port of Baku handles record container volume';

let app: RunningPlayground;
let browser: Browser;

beforeAll(async () => {
  app = await startPlayground();
  await registerFirstAdmin(app.url, ADMIN);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Dispatches a paste carrying text/html and text/plain, as a browser copy does. */
const pasteFromBrowser = (page: Page, html: string, plain: string) =>
  page.getByLabel('Paste article text').evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.plain);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
      );
    },
    { html, plain }
  );

describe('pasting a web page (real browser)', () => {
  it('imports the clipboard HTML as an HTML page, and the preview names the format', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    try {
      await logIn(page, app.url, ADMIN.email, ADMIN.password);
      await dismissBanners(page);
      await page.goto(`${app.url}/admin/plugins/newsroom`);
      await pasteFromBrowser(page, PAGE, `${TITLE}\nBy Kamran Aliyev\nThe Port of Baku handled…`);
      await page.getByTestId('pasted-html-note').waitFor();
      await page.getByRole('button', { name: 'Preview' }).click();
      const card = page.getByRole('article', { name: TITLE });
      await card.waitFor();
      await card.getByText('Read as: HTML page').waitFor();
      await card.getByText('Kamran Aliyev').waitFor();
      await page.getByRole('button', { name: 'Import 1 file' }).click();
      await page.getByRole('link', { name: `${TITLE} ${NEW_TAB}`, exact: true }).waitFor();
    } catch (error) {
      const file = path.join(REPO_ROOT, 'test-results', 'e2e-paste-html.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
