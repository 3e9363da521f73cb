import fs from 'node:fs';
import path from 'node:path';

import knex, { type Knex } from 'knex';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';

import { registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * Issue 17 in a real browser: an editor drops 50 files, 3 of them invalid, and one whose body
 * was read as a single long paragraph with the byline inside. The plan is a table with filter
 * tabs, the action bar stays on screen, a status change re-plans, the import reports the
 * invalid files as left out (not as a failure), and the same files again are "up to date".
 * During the import the database refuses one article's write (a trigger, as a real database
 * refuses a write: a constraint, a full disk): the report offers to re-run that file, names the
 * invalid ones as needing editing, and the re-run — once the database accepts writes again —
 * creates it; its History entry then offers to choose the failed file again by name.
 */
const ADMIN = { email: 'batch@newsroom.e2e', password: 'Batch-password-1' };
const SECTIONS = ['Politics', 'Business', 'Sport', 'Culture', 'Transport'];
const MISREAD = 'Caspian shipping season opens early';

const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => ['port', 'cargo', 'ferry', 'route', 'season'][(i + seed) % 5])
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());

const valid = Array.from({ length: 46 }, (_, i) => ({
  name: `article-${String(i + 1).padStart(2, '0')}.txt`,
  content: newsText({
    title: `Batch article number ${i + 1} about the ${SECTIONS[i % 5].toLowerCase()} desk`,
    category: [SECTIONS[i % 5]],
    tags: ['Batch', SECTIONS[i % 5]],
    authors: [['Ayya Lmahamad', 'Kamran Aliyev', 'Leyla Hasanova'][i % 3]],
    paragraphs: [
      `${words(40, i)}.`,
      `${words(60, i + 1)}.`,
      `${words(30, i + 2)}, officials said on Monday.`,
    ],
  }),
}));
/** A whole article as one 300-word paragraph with the byline inside: a misreading. */
const misread = {
  name: 'article-47-misread.txt',
  content: `${MISREAD}\n\n${words(150, 1)}. By Ayya Lmahamad. ${words(150, 2)}.\n`,
};
const invalid = [
  { name: 'broken-01.md', content: '---\ntitle: "Unclosed\ntags: [a\n---\n\nBody text.\n' },
  { name: 'broken-02.md', content: '---\ntitle: [\n---\n\nBody text.\n' },
  { name: 'broken-03.json', content: '{"title": "Half a JSON file", "body": ' },
];
const FILES = [...valid, misread, ...invalid];
/** The article whose write the database refuses during the first import. */
const REFUSED = {
  file: 'article-05.txt',
  title: 'Batch article number 5 about the transport desk',
};
const TRIGGER = 'newsroom_e2e_refuse_one_write';

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let db: Knex;

/** From now on the database refuses to store REFUSED's article (until `acceptWrites`). */
const refuseOneWrite = () =>
  db.raw(
    `CREATE TRIGGER ${TRIGGER} BEFORE INSERT ON newsroom_articles WHEN NEW.title = '${REFUSED.title}' BEGIN SELECT RAISE(ABORT, 'disk quota exceeded for this row'); END`
  );
const acceptWrites = () => db.raw(`DROP TRIGGER IF EXISTS ${TRIGGER}`);

beforeAll(async () => {
  app = await startPlayground();
  await registerFirstAdmin(app.url, ADMIN);
  db = knex({
    client: 'better-sqlite3',
    connection: { filename: app.dbFile },
    useNullAsDefault: true,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
}, 900_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await db?.destroy();
  await app?.stop();
});

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

const waitForFocus = async (page: Page, text: string) => {
  const deadline = Date.now() + 20_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await focusedText(page);
    if (seen === text) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Expected the focus on "${text}", it is on "${seen.slice(0, 200)}"`);
};

const waitForText = async (page: Page, testId: string, text: string) => {
  const deadline = Date.now() + 30_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (await page.getByTestId(testId).first().textContent()) ?? '';
    if (seen.includes(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Expected "${text}" in ${testId}: ${seen.slice(0, 500)}`);
};

describe('a 50-file import (real browser, production build)', () => {
  it('plans in a table with filter tabs, re-plans on status change, and says when there is nothing to do', async () => {
    const page = await context.newPage();
    const timings: Record<string, number> = {};
    let clicks = 0;
    try {
      await logIn(page, app.url, ADMIN.email, ADMIN.password);
      await dismissBanners(page);
      await page.goto(`${app.url}/admin/plugins/newsroom`);
      await page.getByLabel('Paste article text').waitFor();

      // Dropped files: collapsed to a count, with "Remove all".
      const started = Date.now();
      await page.getByTestId('file-input').setInputFiles(
        FILES.map((f) => ({
          name: f.name,
          mimeType: 'text/plain',
          buffer: Buffer.from(f.content),
        }))
      );
      clicks += 1; // choosing the files
      await waitForText(page, 'file-count', '50 files selected');
      expect(await page.getByRole('list', { name: 'Selected files' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Remove all' }).waitFor();
      // The status is chosen before Preview; this user's first import: the settings' default
      // (the playground's is Publish).
      expect(await page.getByRole('radio', { name: 'Publish' }).isChecked()).toBe(true);
      await screenshot(page, '14-batch-files');

      // Preview: the plan as a table, the focus on its heading.
      let t0 = Date.now();
      await page.getByRole('button', { name: 'Preview' }).click();
      clicks += 1;
      await waitForFocus(page, 'The plan: nothing is written until you import');
      timings.preview = Date.now() - t0;
      expect(await page.getByTestId('plan-row').count()).toBe(50);
      const tabs = page.getByRole('tablist', { name: 'Show articles by plan' }).getByRole('tab');
      expect(await tabs.allTextContents()).toEqual([
        'All (50)',
        'Create (47)',
        'Update (0)',
        'Unchanged (0)',
        'Conflict: edited (0)',
        'Invalid (3)',
      ]);
      await waitForText(page, 'plan-state', 'The plan is up to date.');
      // Every row is reachable with Tab.
      await page.getByTestId('plan-row').nth(0).getByRole('button').focus();
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Batch article number 2 about the business desk');
      const importButton = page.getByRole('button', { name: 'Import 47 files' });
      expect(await importButton.isEnabled()).toBe(true);

      // The action bar stays on screen while scrolling through the table.
      const bar = page.getByTestId('import-action-bar');
      await page.getByTestId('plan-row').nth(10).scrollIntoViewIfNeeded();
      const box = await bar.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      expect(box!.y).toBeGreaterThan(450);
      await screenshot(page, '15-batch-plan');

      // The misread article is flagged in its row and loudly in its card, with the body.
      const misreadRow = page.getByTestId('plan-row').filter({ hasText: MISREAD });
      expect(await misreadRow.textContent()).toContain('looks misread');
      await misreadRow.getByRole('button', { name: MISREAD }).click();
      const card = page.getByRole('article', { name: MISREAD });
      await card.getByTestId('misreading').waitFor();
      expect(await card.getByTestId('misreading').textContent()).toMatch(
        /paragraph 1 is \d+ words long \(over 250\)/
      );
      expect(await card.getByTestId('misreading').textContent()).toContain('holds a byline');
      await card.getByTestId('body-preview').waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, '16-batch-misread');
      await misreadRow.getByRole('button', { name: MISREAD }).click();

      // The Invalid tab: the three files, each with its error line.
      await page.getByRole('tab', { name: 'Invalid (3)' }).click();
      expect(await page.getByTestId('plan-row').count()).toBe(3);
      await screenshot(page, '17-batch-invalid-tab');
      await page.getByRole('tab', { name: 'All (50)' }).click();

      expect(
        await page.getByTestId('plan-row').first().getByTestId('live-effect').textContent()
      ).toBe('Will publish: goes live on the site');

      // Draft: planned again, Import waits for the new plan, which says what that means.
      t0 = Date.now();
      await page.getByRole('radio', { name: 'Draft' }).click();
      expect(await page.getByTestId('plan').getAttribute('data-stale')).toBe('true');
      expect(await importButton.isDisabled()).toBe(true);
      await waitForText(page, 'plan-state', 'The plan is up to date.');
      timings.replan = Date.now() - t0;
      expect(
        await page.getByTestId('plan-row').first().getByTestId('live-effect').textContent()
      ).toBe('Will create a draft: not on the site until published');
      // And back to Publish (remembered for this user from now on).
      await page.getByRole('radio', { name: 'Publish' }).click();
      await waitForText(page, 'plan-state', 'The plan is up to date.');
      expect(
        await page.getByTestId('plan-row').first().getByTestId('live-effect').textContent()
      ).toBe('Will publish: goes live on the site');

      // Import: the report, the focus on its heading; the invalid files are left out, not failed.
      // The database refuses one article's write: that one failed, the other 46 are created.
      await refuseOneWrite();
      t0 = Date.now();
      await importButton.click();
      clicks += 1;
      await waitForFocus(page, 'Import report');
      timings.import = Date.now() - t0;
      timings.total = Date.now() - started;
      const summary = page.getByTestId('report-summary');
      expect(await summary.getAttribute('data-result')).toBe('failure');
      expect(await summary.textContent()).toContain('46 created, 0 updated');
      expect(await summary.textContent()).toContain('1 failed');
      expect(await summary.textContent()).toContain('3 left out as invalid');
      const failedRow = page.getByTestId('report-row').filter({ hasText: REFUSED.title });
      expect(await failedRow.textContent()).toContain('A database error stopped this article');
      // Every link of the report tells screen readers it opens a new tab.
      const created = page
        .getByTestId('report-row')
        .first()
        .getByRole('link', {
          name: /^Batch article number \d+ about the .+ desk \(opens in a new tab\)$/,
        });
      expect(await created.count()).toBe(1);
      await screenshot(page, '18-batch-report');

      // Re-run the failed file: the invalid ones need editing and are only named.
      const rerun = page.getByTestId('rerun-actions');
      expect(await rerun.textContent()).toContain(
        `Plans ${REFUSED.file} again on the Import tab, alone: nothing is written until you import.`
      );
      expect(await rerun.getByTestId('needs-editing').textContent()).toContain(
        'broken-01.md, broken-02.md, broken-03.json'
      );
      // Under the verdict, above the 50 rows: seen without scrolling.
      const summaryBox = await summary.boundingBox();
      const rerunBox = await rerun.boundingBox();
      expect(rerunBox!.y).toBeGreaterThan(summaryBox!.y);
      expect(rerunBox!.y + rerunBox!.height).toBeLessThanOrEqual(900);
      await screenshot(page, '20-batch-rerun');
      const firstBatch = new URL(page.url()).searchParams.get('batch');
      // The database accepts writes again (the disk was freed): the re-run plans and imports it.
      await acceptWrites();
      await rerun.getByRole('button', { name: 'Re-run the failed file' }).click();
      await waitForText(
        page,
        'rerun-notice',
        `Re-run of the file whose import failed: ${REFUSED.file}.`
      );
      await waitForText(page, 'plan-state', 'The plan is up to date.');
      expect(await page.getByTestId('plan-row').count()).toBe(1);
      expect(await page.getByTestId('plan-row').textContent()).toContain(REFUSED.title);
      await page.getByRole('button', { name: 'Import 1 file' }).click();
      await waitForFocus(page, 'Import report');
      expect(new URL(page.url()).searchParams.get('batch')).not.toBe(firstBatch);
      expect(await summary.getAttribute('data-result')).toBe('success');
      expect(await summary.textContent()).toContain('1 created, 0 updated');
      expect(await page.getByTestId('rerun-actions').count()).toBe(0);

      // From the History (a reload, another day): the first import's entry names the failed
      // files to choose again — their contents are not kept.
      await page.goto(`${app.url}/admin/plugins/newsroom/history?batch=${firstBatch}`);
      // One entry for the whole import (five requests), with every one of the 50 files: the 46
      // created, the refused write and the 3 files the preview found invalid (never sent).
      const entry = page.getByTestId('history-entry');
      await waitForText(page, 'history-entry', '50 files listed below');
      expect(await entry.count()).toBe(1);
      const rows = entry.getByTestId('report-row');
      expect(await rows.count()).toBe(50);
      expect(
        await rows.filter({ hasText: 'Not sent: the preview found this file invalid.' }).count()
      ).toBe(3);
      expect(await rows.filter({ hasText: REFUSED.title }).count()).toBe(1);
      const choose = page.getByRole('button', { name: 'Choose the 4 failed files again' });
      await choose.click();
      const notice = page.getByTestId('rerun-notice');
      await notice.getByRole('heading', { name: 'Choose the failed files again' }).waitFor();
      expect(await notice.getByTestId('expected-file').allTextContents()).toEqual([
        'broken-01.md: not chosen yet',
        'broken-02.md: not chosen yet',
        'broken-03.json: not chosen yet',
        `${REFUSED.file}: not chosen yet`,
      ]);
      await page.getByTestId('file-input').setInputFiles(
        [FILES.find((f) => f.name === REFUSED.file)!, valid[0]].map((f) => ({
          name: f.name,
          mimeType: 'text/plain',
          buffer: Buffer.from(f.content),
        }))
      );
      await waitForText(page, 'expected-count', '1 of 4 chosen.');
      expect(await notice.getByTestId('unexpected-files').textContent()).toContain(valid[0].name);
      await screenshot(page, '21-batch-choose-again');

      // The same files again: everything is up to date, nothing to import.
      await page.getByRole('button', { name: 'Remove all' }).click();
      await page.getByTestId('file-input').setInputFiles(
        FILES.map((f) => ({
          name: f.name,
          mimeType: 'text/plain',
          buffer: Buffer.from(f.content),
        }))
      );
      await waitForText(page, 'file-count', '50 files selected');
      await page.getByRole('button', { name: 'Preview' }).click();
      await waitForText(page, 'plan-state', 'Everything is up to date: nothing to import.');
      expect(await page.getByRole('button', { name: 'Import 47 files' }).isDisabled()).toBe(true);
      expect(await page.getByRole('tab', { name: 'Unchanged (47)' }).count()).toBe(1);
      // The status was remembered.
      expect(await page.getByRole('radio', { name: 'Publish' }).isChecked()).toBe(true);
      await screenshot(page, '19-batch-up-to-date');

      // Remembered, not the default: Draft chosen now is where the next visit starts (the
      // settings' default is Publish).
      await page.getByRole('radio', { name: 'Draft' }).click();
      await page.goto(`${app.url}/admin/plugins/newsroom`);
      await page.getByLabel('Paste article text').waitFor();
      await page.getByRole('radio', { name: 'Draft' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Draft' }).isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Publish' }).isChecked()).toBe(false);

      console.log(
        `[e2e] 50-file import: ${clicks} clicks; preview ${timings.preview} ms, re-plan ${timings.replan} ms, import ${timings.import} ms, files chosen → report ${timings.total} ms`
      );
    } catch (error) {
      const file = path.join(REPO_ROOT, 'test-results', 'e2e-import-batch.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw error;
    }
  });
});
