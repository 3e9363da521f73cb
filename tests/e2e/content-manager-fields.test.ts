import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';

import { post, registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * The Content Manager's newsroom parts in a real browser: tags typed and removed as chips (the
 * plugin's custom field), the category with its path in the side panel, and a words-per-minute
 * change in Settings that recomputes every article's reading time in the background.
 */

const SUPER = { email: 'super@fields.e2e', password: 'Super-password-1' };
const ARTICLE = 'plugin::newsroom.article';
const TITLE = 'Ministers meet in Brussels';

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token: string;

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');

/** Twelve articles: the one the test edits (in World › Europe › Politics) and eleven others. */
const files = [
  {
    name: 'desk/ministers.txt',
    content: newsText({
      title: TITLE,
      category: ['World', 'Europe', 'Politics'],
      tags: ['Azerbaijan', 'Oil Price'],
      paragraphs: [words(450, 'word')],
      authors: ['Ann Lee'],
    }),
  },
  ...Array.from({ length: 11 }, (_, i) => ({
    name: `desk/brief-${i}.txt`,
    content: newsText({
      title: `Brief number ${i + 1}`,
      category: ['Business'],
      paragraphs: [words(120 + 60 * i, `w${i}x`)],
    }),
  })),
];

const documentIdOf = async (title: string): Promise<string> => {
  const res = await fetch(
    `${app.url}/content-manager/collection-types/${ARTICLE}?filters[title][$eq]=${encodeURIComponent(title)}`,
    { headers: { Authorization: `Bearer ${token}` } }
  );
  const body = (await res.json()) as { results: { documentId: string }[] };
  return body.results[0].documentId;
};

beforeAll(async () => {
  app = await startPlayground();
  token = await registerFirstAdmin(app.url, SUPER);
  const imported = await post(app.url, '/newsroom/import', token, { files, status: 'published' });
  if (imported.status !== 200) throw new Error(`import → ${imported.status}`);
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
});

const step = async (name: string, fn: () => Promise<void>) => {
  try {
    await fn();
  } catch (error) {
    const file = path.join(REPO_ROOT, 'test-results', `e2e-fields-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  }
};

const chipNames = async () =>
  page
    .getByRole('list', { name: 'Tags of this article' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));

describe('the article edit view and the reading-time recompute (real browser)', () => {
  it('shows the category path, and adds and removes tags as chips, with the keyboard', () =>
    step('tags', async () => {
      const documentId = await documentIdOf(TITLE);
      await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}`);
      await page.getByTestId('article-info').waitFor();
      await page
        .getByTestId('panel-category-path')
        .getByText('World › Europe › Politics')
        .waitFor();
      await screenshot(page, 'side-panel-category-path');

      const input = page.getByPlaceholder('Add a tag and press Enter');
      await input.waitFor();
      expect(await chipNames()).toEqual(['Remove tag Azerbaijan', 'Remove tag Oil Price']);

      // Add: type and press Enter (the form is not submitted).
      await input.fill('Energy');
      await input.press('Enter');
      await page.getByRole('button', { name: 'Remove tag Energy' }).waitFor();
      expect(await input.inputValue()).toBe('');

      // Remove with the keyboard: Shift+Tab from the field reaches the last chip, and so on.
      await input.focus();
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Remove tag Energy'
      );
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Remove tag Oil Price'
      );
      await page.keyboard.press('Enter');
      await page
        .getByRole('button', { name: 'Remove tag Oil Price' })
        .waitFor({ state: 'detached' });
      await page.getByText('Tag “Oil Price” removed.').waitFor();
      expect(await chipNames()).toEqual(['Remove tag Azerbaijan', 'Remove tag Energy']);
      // A tag already there is not added twice.
      await input.fill('energy,');
      await page.getByText('That tag is already there.').waitFor();
      expect(await chipNames()).toHaveLength(2);
      await screenshot(page, 'edit-view-tags');

      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved document').first().waitFor();
      await page.reload();
      await input.waitFor();
      expect(await chipNames()).toEqual(['Remove tag Azerbaijan', 'Remove tag Energy']);

      // Stored as the JSON array the API always served (the draft; published keeps its tags).
      const res = await fetch(
        `${app.url}/content-manager/collection-types/${ARTICLE}/${documentId}`,
        { headers: { Authorization: `Bearer ${token}` } }
      );
      const body = (await res.json()) as { data: { tags: unknown } };
      expect(body.data.tags).toEqual(['Azerbaijan', 'Energy']);
    }));

  it('recomputes every article’s reading time after a words-per-minute change, with progress', () =>
    step('recompute', async () => {
      await page.goto(`${app.url}/admin/settings/newsroom`);
      const wpm = page.getByLabel('Words per minute');
      await wpm.waitFor();
      expect(await page.getByTestId('reading-time-recompute').count()).toBe(0);
      await wpm.fill('100');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved').first().waitFor();

      const box = page.getByTestId('reading-time-recompute');
      await box.getByText('Words per minute changed from 200 to 100.', { exact: false }).waitFor();
      const start = box.getByRole('button', { name: 'Recompute reading time of 12 articles' });
      await screenshot(page, 'settings-recompute-offer');
      await start.click();
      await box.getByTestId('reading-time-progress').waitFor();
      const result = box.getByTestId('reading-time-result');
      await result.waitFor({ timeout: 30_000 });
      const text = (await result.textContent()) ?? '';
      // 12 published articles: 24 rows (each a draft and a published version).
      expect(text).toMatch(
        /Reading time recomputed.*At 100 words per minute: \d+ of 24 article versions changed/
      );
      expect(await start.count()).toBe(0);
      await screenshot(page, 'settings-recompute');

      // Every published article reads at 100 words per minute now.
      const api = await fetch(`${app.url}/api/newsroom/articles?pagination[pageSize]=50`);
      const { data } = (await api.json()) as {
        data: { wordCount: number; readingTimeMinutes: number }[];
      };
      expect(data).toHaveLength(12);
      for (const article of data) {
        expect(article.readingTimeMinutes).toBe(Math.max(1, Math.ceil(article.wordCount / 100)));
      }
    }));

  // Last: it restarts the server. The plugin sets the article list layout at first start only;
  // an admin's own layout, made in "Configure the view", stays as it is across restarts.
  it("keeps the list layout an admin changed in 'Configure the view' across a restart", () =>
    step('own-layout', async () => {
      // The list view keeps the columns it shows in the browser's localStorage once it has read
      // them; the server's layout is what this test is about, so the list is read fresh from it.
      const listColumns = async () => {
        await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}`);
        await page.evaluate(() => {
          for (const key of Object.keys(window.localStorage)) {
            if (key.startsWith('STRAPI_LIST_VIEW_DISPLAYED_HEADERS')) {
              window.localStorage.removeItem(key);
            }
          }
        });
        await page.reload();
        await page.getByRole('row').nth(1).waitFor();
        return (await page.locator('thead th').allTextContents()).join(' | ');
      };
      const storedListLayout = async (): Promise<string[]> => {
        const res = await fetch(
          `${app.url}/content-manager/content-types/${ARTICLE}/configuration`,
          { headers: { Authorization: `Bearer ${token}` } }
        );
        expect(res.status).toBe(200);
        const body = (await res.json()) as {
          data: { contentType: { layouts: { list: string[] } } };
        };
        return body.data.contentType.layouts.list;
      };
      expect(await listColumns()).toMatch(/Title.*\|.*Category.*\|.*Authors.*\|.*Updated/);

      await page.goto(
        `${app.url}/admin/content-manager/collection-types/${ARTICLE}/configurations/list`
      );
      await page.getByRole('button', { name: 'Delete Category' }).click();
      await page.getByRole('button', { name: 'Delete Category' }).waitFor({ state: 'detached' });
      // Saved when the server has answered the PUT, not when some text says so.
      const put = page.waitForResponse(
        (response) =>
          response.request().method() === 'PUT' &&
          response.url().includes(`/content-manager/content-types/${ARTICLE}/configuration`)
      );
      await page.getByRole('button', { name: 'Save' }).click();
      expect((await put).status()).toBe(200);
      await page.getByText('Saved', { exact: true }).first().waitFor();
      const stored = await storedListLayout();
      expect(stored).not.toContain('category');
      expect(stored).toEqual(expect.arrayContaining(['title', 'authors', 'updatedAt']));
      const mine = await listColumns();
      expect(mine).not.toMatch(/Category/);
      expect(mine).toMatch(/Title.*\|.*Authors.*\|.*Updated/);

      await app.restart();
      expect(await storedListLayout()).toEqual(stored);
      expect(await listColumns()).toBe(mine);
      await screenshot(page, 'list-view-own-layout');
    }));
});
