import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { parseSource } from '../../server/src/parsing';
import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';
import { readZip } from '../helpers/zip';

import { createRoleLike, createUser, post, registerFirstAdmin, roleId } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

const ARTICLE_LIST = '/admin/content-manager/collection-types/plugin::newsroom.article';
const SUPER = { email: 'super@export.e2e', password: 'Super-password-1' };
const EDITOR = {
  email: 'editor@export.e2e',
  password: 'Editor-password-1',
  firstname: 'Elif',
  lastname: 'Exporter',
};

const ARTICLES = [
  {
    title: 'Port of Baku handles record cargo',
    category: ['Business', 'Transport'],
    authors: ['Ayya Lmahamad', 'John Smith'],
  },
  { title: 'Caspian summit opens in Aktau', category: ['Politics'], authors: ['Zeynəb Məmmədova'] },
  {
    title: 'Jazz festival returns to the old city',
    category: ['Culture'],
    authors: ['John Smith'],
  },
];

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startPlayground();
  const token = await registerFirstAdmin(app.url, SUPER);
  const role = await createRoleLike(
    app.url,
    token,
    'Newsroom exporter',
    await roleId(app.url, token, 'strapi-editor'),
    ['plugin::newsroom.export']
  );
  await createUser(app.url, token, EDITOR, role);
  const files = ARTICLES.map((article, i) => ({ name: `a${i}.txt`, content: newsText(article) }));
  const imported = await post(app.url, '/newsroom/import', token, { files, status: 'published' });
  expect(imported.status).toBe(200);
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(60_000);
}, 900_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
});

/** Runs `step`, keeping a screenshot in test-results/ when it fails. */
const withPage = async (name: string, step: (page: Page) => Promise<void>) => {
  const page = await context.newPage();
  try {
    await step(page);
  } catch (error) {
    const file = path.join(REPO_ROOT, 'test-results', `e2e-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  } finally {
    await page.close();
  }
};

/** The downloaded zip's files, each parsed back by the importer's parser. */
const downloadedArticles = async (page: Page, trigger: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  expect(download.suggestedFilename()).toMatch(/^newsroom-export-.*\.zip$/);
  const file = await download.path();
  const files = await readZip(fs.readFileSync(file));
  return [...files].map(([name, content]) => {
    const [item] = parseSource(content, name);
    if (!item.ok) throw new Error(`${name} does not parse: ${item.error.message}`);
    return { name, draft: item.draft };
  });
};

describe('export in the admin (real browser, production build)', () => {
  it('exports two selected articles from the list view as a zip of Markdown files the importer reads', () =>
    withPage('export-list-view', async (page) => {
      await logIn(page, app.url, EDITOR.email, EDITOR.password);
      await dismissBanners(page);
      await page.goto(`${app.url}${ARTICLE_LIST}`);
      for (const { title } of ARTICLES.slice(0, 2)) {
        await page
          .getByRole('row', { name: new RegExp(title) })
          .getByRole('checkbox')
          .check();
      }
      const exportButton = page.getByRole('button', { name: 'Export', exact: true });
      await exportButton.waitFor();
      await screenshot(page, '14-export-bulk-action');
      const articles = await downloadedArticles(page, () => exportButton.click());
      expect(articles.map((a) => a.name).sort()).toEqual([
        'published/caspian-summit-opens-in-aktau.md',
        'published/port-of-baku-handles-record-cargo.md',
      ]);
      const port = articles.find((a) => a.name.includes('port-of-baku'))!.draft;
      expect(port).toMatchObject({
        title: ARTICLES[0].title,
        categoryPath: ['Business', 'Transport'],
        authors: ['Ayya Lmahamad', 'John Smith'],
      });
      await page.getByText('2 articles exported').waitFor();
    }));

  it('the Export tab of the Newsroom page downloads the published articles', () =>
    withPage('export-tab', async (page) => {
      await page.goto(`${app.url}/admin/plugins/newsroom`);
      await page.getByRole('tab', { name: 'Export' }).click();
      await page.getByRole('button', { name: 'Download zip' }).waitFor();
      await screenshot(page, '15-export-tab');
      const articles = await downloadedArticles(page, () =>
        page.getByRole('button', { name: 'Download zip' }).click()
      );
      expect(articles.map((a) => a.draft.title).sort()).toEqual(
        ARTICLES.map((a) => a.title).sort()
      );
      await page.getByTestId('export-done').waitFor();

      // A category that does not exist: the server's message, no download.
      await page.getByLabel('Category (slug)').fill('no-such-category');
      await page.getByRole('button', { name: 'Download zip' }).click();
      await page
        .getByText('No category has the slug "no-such-category"', { exact: false })
        .first()
        .waitFor();
    }));
});
