import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';

import { createRoleLike, createUser, post, registerFirstAdmin, roleId } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * The History tab: one entry per import, however many requests the admin sent it in (10 files a
 * request), with the file the preview refused; its filters; its Content Manager link; the home
 * widget's last import.
 */

const SUPER = { email: 'super@history.e2e', password: 'Super-password-1' };
const EDITOR = {
  email: 'editor@history.e2e',
  password: 'Editor-password-1',
  firstname: 'Esma',
  lastname: 'Editor',
};
const GOOD_FILES = 12;

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startPlayground();
  const superToken = await registerFirstAdmin(app.url, SUPER);
  const role = await createRoleLike(
    app.url,
    superToken,
    'History editor',
    await roleId(app.url, superToken, 'strapi-editor'),
    ['plugin::newsroom.import']
  );
  await createUser(app.url, superToken, EDITOR, role);
  // An earlier import by someone else: the filters must tell them apart.
  const earlier = await post(app.url, '/newsroom/import', superToken, {
    files: [
      { name: 'earlier.txt', content: newsText({ title: 'An earlier import by the chief' }) },
    ],
    status: 'draft',
  });
  expect(earlier.status).toBe(200);

  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  await logIn(page, app.url, EDITOR.email, EDITOR.password);
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
    const file = path.join(REPO_ROOT, 'test-results', `e2e-history-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  }
};

/** Waits until the locator's text (whitespace collapsed) contains `text`. */
const expectText = async (locator: Locator, text: string | RegExp) => {
  const deadline = Date.now() + 15_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ');
    if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Expected ${String(text)} in: ${seen.slice(0, 2000)}`);
};

const chooseOption = async (label: string, option: string) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
};

describe('import history (real browser)', () => {
  it('one import of 13 files in two requests is one History entry with every file, the invalid one too', () =>
    step('batch', async () => {
      // Count the import requests the page sends.
      const requests: string[] = [];
      page.on('request', (req) => {
        if (req.method() === 'POST' && /\/newsroom\/import$/.test(req.url())) {
          requests.push(req.postData() ?? '');
        }
      });

      await page.getByRole('navigation').getByRole('link', { name: 'Newsroom' }).click();
      await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
      const files = Array.from({ length: GOOD_FILES }, (_, i) => ({
        name: `wire-${String(i + 1).padStart(2, '0')}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(newsText({ title: `Wire story number ${i + 1}`, category: ['Wire'] })),
      }));
      files.push({
        name: 'broken.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('---\ntitle: "Broken front matter\ntags: [a, b\n---\n\nSome body.\n'),
      });
      await page.getByTestId('file-input').setInputFiles(files);
      await page.getByRole('button', { name: 'Preview' }).click();
      const importButton = page.getByRole('button', { name: `Import ${GOOD_FILES} files` });
      await importButton.waitFor();
      await importButton.click();
      await page.getByTestId('report-summary').waitFor();
      // The invalid file was left out before sending: a warning to look at, not a failed import.
      const summary = page.getByTestId('report-summary');
      expect(await summary.getAttribute('data-result')).toBe('attention');
      await expectText(summary, 'Not sent: 1 left out as invalid (shown in the preview)');
      expect(await summary.textContent()).not.toContain('finished with errors');

      // Two requests (10 + 2 files), one batch id; the refused file went with the first.
      expect(requests).toHaveLength(2);
      const bodies = requests.map((text) => JSON.parse(text) as Record<string, unknown>);
      expect(bodies[0].batch).toMatch(/^[0-9a-f-]{36}$/);
      expect(bodies[1].batch).toBe(bodies[0].batch);
      expect((bodies[0].refused as { file: string }[]).map((r) => r.file)).toEqual(['broken.md']);
      expect(bodies[1].refused).toBeUndefined();

      await page.getByRole('tab', { name: 'History' }).click();
      const entries = page.getByTestId('history-entry');
      await entries.first().waitFor();
      // The editor's import and the chief's earlier one.
      expect(await entries.count()).toBe(2);
      const entry = entries.first();
      await expectText(entry, 'by Esma Editor');
      // To the second, the month in words.
      await expectText(entry, /\d{1,2}:\d{2}:\d{2}/);
      await expectText(
        entry,
        `${GOOD_FILES} created · 0 updated · 0 unchanged · 0 left as edited · 0 not allowed · 1 failed`
      );
      await entry.getByRole('button').first().click();
      await expectText(entry, `${GOOD_FILES + 1} files listed below`);
      expect(await entry.getByTestId('report-row').count()).toBe(GOOD_FILES + 1);
      await expectText(entry, 'Not sent: the preview found this file invalid.');
      await expectText(entry, 'broken.md');
      await expectText(entry, 'wire-12.txt');
      await screenshot(page, 'history-batch', true);
    }));

  it('filters by who and by result', () =>
    step('filters', async () => {
      const entries = page.getByTestId('history-entry');
      await chooseOption('Imported by', 'Esma Editor');
      await expectText(page.getByText(/Page 1 of 1/), '(1 imports)');
      await expectText(entries.first(), 'by Esma Editor');

      await chooseOption('Result', 'Without problems');
      await page.getByText('No imports match these filters.').waitFor();
      await screenshot(page, 'history-filters');

      await chooseOption('Result', 'With failures');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(1);

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expectText(page.getByText(/Page 1 of 1/), '(2 imports)');
    }));

  it('opens the import’s articles in the Content Manager', () =>
    step('content-manager', async () => {
      const entry = page.getByTestId('history-entry').first();
      const open = entry.getByRole('link', {
        name: `Open these ${GOOD_FILES} articles in the Content Manager`,
      });
      if (!(await open.isVisible())) await entry.getByRole('button').first().click();
      // In a new tab: the history stays.
      const [list] = await Promise.all([context.waitForEvent('page'), open.click()]);
      await list.waitForURL(/content-manager\/collection-types\/plugin::newsroom\.article\?/);
      // The list shows the import's articles, not the chief's earlier one.
      await list.getByRole('gridcell', { name: 'Wire story number 12' }).first().waitFor();
      await expectText(list.getByRole('main'), `${GOOD_FILES} entries found`);
      expect(await list.getByText('An earlier import by the chief').count()).toBe(0);
      await screenshot(list, 'history-content-manager');
      await list.close();
    }));

  it('the home widget shows the whole import as the last import', () =>
    step('widget', async () => {
      await page.goto(`${app.url}/admin`);
      const widget = page.getByTestId('newsroom-widget');
      await widget.waitFor();
      await expectText(widget, `${GOOD_FILES} created, 0 updated, 0 unchanged, 1 failed`);
      // The last import's report, at its own URL.
      await widget.getByRole('link', { name: 'See its report' }).click();
      await page.waitForURL(/\/admin\/plugins\/newsroom\/history\?batch=[\w-]{8,64}$/);
      const report = page.getByTestId('batch-report');
      await report.getByTestId('history-entry').waitFor();
      expect(await report.getByTestId('report-row').count()).toBe(GOOD_FILES + 1);
      // History, clicked on one import's report, lists every import again.
      await page.getByRole('tab', { name: 'History' }).click();
      await page.waitForURL(/\/admin\/plugins\/newsroom\/history$/);
      await expectText(page.getByText(/Page 1 of 1/), '(2 imports)');
    }));
});
