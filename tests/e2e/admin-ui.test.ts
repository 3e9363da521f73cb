import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { REPO_ROOT } from '../helpers/paths';

import {
  createRoleLike,
  createUser,
  login,
  post,
  registerFirstAdmin,
  roleId,
} from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, NEW_TAB, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

const TITLE = 'Azerbaijan, Iran relations at high level – Iranian official';
const ARTICLE_PATH = '/admin/content-manager/collection-types/plugin::newsroom.article';

/** The reference seed: the shared copy when there is one, else the bundled one. */
const readSeed = (): string => {
  const candidates = [
    path.join(REPO_ROOT, '..', 'shared', 'seed', '000_5637bd5acb181e31.txt'),
    path.join(REPO_ROOT, 'data', '000_5637bd5acb181e31.txt'),
  ];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`Reference seed not found in ${candidates.join(' or ')}`);
  return fs.readFileSync(file, 'utf8');
};

const SUPER = { email: 'super@newsroom.e2e', password: 'Super-password-1' };
const EDITOR = {
  email: 'editor@newsroom.e2e',
  password: 'Editor-password-1',
  firstname: 'Esma',
  lastname: 'Editor',
};
const AUTHOR = {
  email: 'author@newsroom.e2e',
  password: 'Author-password-1',
  firstname: 'Arif',
  lastname: 'Author',
};

let app: RunningPlayground;
let browser: Browser;
let superToken: string;
const contexts: BrowserContext[] = [];
const seed = readSeed();

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Each user logs in through the form once (the admin allows 5 logins per 5 minutes). */
const sessions = new Map<string, StorageState>();

interface ScenarioOptions {
  user: { email: string; password: string };
  theme?: 'light' | 'dark';
}

/** A page on the admin home, logged in as `user` (through the login form the first time). */
const signedInPage = async ({ user, theme = 'light' }: ScenarioOptions): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    storageState: sessions.get(user.email),
  });
  await context.addInitScript((value) => {
    window.localStorage.setItem('STRAPI_THEME', value);
  }, theme);
  // Generous: the machine may be busy building or running other suites.
  context.setDefaultTimeout(60_000);
  contexts.push(context);
  const page = await context.newPage();
  if (sessions.has(user.email)) {
    await page.goto(`${app.url}/admin`);
  } else {
    await logIn(page, app.url, user.email, user.password);
    await dismissBanners(page);
    sessions.set(user.email, await context.storageState());
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).waitFor();
  return page;
};

/** Runs a browser scenario; on failure keeps a screenshot in test-results/ (git-ignored). */
const scenario = async (
  name: string,
  options: ScenarioOptions,
  fn: (page: Page) => Promise<void>
) => {
  const page = await signedInPage(options);
  try {
    await fn(page);
  } catch (error) {
    const file = path.join(REPO_ROOT, 'test-results', `e2e-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  }
};

const openNewsroomFromMenu = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Newsroom' }).click();
  await page.waitForURL(/\/admin\/plugins\/newsroom/);
  await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
};

const previewPasted = async (page: Page, text: string) => {
  await page.getByLabel('Paste article text').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  return page.getByRole('article', { name: TITLE });
};

beforeAll(async () => {
  app = await startPlayground();
  superToken = await registerFirstAdmin(app.url, SUPER);
  const editorRole = await createRoleLike(
    app.url,
    superToken,
    'Newsroom editor',
    await roleId(app.url, superToken, 'strapi-editor'),
    ['plugin::newsroom.import']
  );
  await createUser(app.url, superToken, EDITOR, editorRole);
  await createUser(app.url, superToken, AUTHOR, await roleId(app.url, superToken, 'strapi-author'));
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
});

describe('admin UI (real browser, production build)', () => {
  it('an editor previews, imports, follows the link, sees the side panel and re-imports unchanged', () =>
    scenario('editor-import', { user: EDITOR }, async (first) => {
      // The edit view opens in a tab of its own: `page` is the one being driven.
      let page = first;
      await openNewsroomFromMenu(page);
      await screenshot(page, '01-newsroom-page');

      // Preview: nothing written yet.
      const card = await previewPasted(page, seed);
      await card.waitFor();
      await expectText(card, 'Politics');
      expect(
        await card.getByRole('list', { name: 'Tags' }).getByRole('listitem').allTextContents()
      ).toEqual(['Azerbaijan', 'Iran']);
      await expectText(card, 'Ayya Lmahamad');
      expect(await card.locator('[data-action]').first().textContent()).toBe('Create');
      // Publish (the playground's default status): says what that means for the site.
      await expectText(card, 'Will publish: goes live on the site');
      // Draft: planned again, with what that means instead.
      await page.getByRole('radio', { name: 'Draft' }).click();
      await expectText(card, 'Will create a draft: not on the site until published');
      const length = (await card.getByText(/\d+ words · \d+ min read/).textContent()) ?? '';
      const words = /^(\d+) words/.exec(length)?.[1];
      expect(words).toBeDefined();
      await screenshot(page, '02-preview', true);

      // Import as published: planned again first.
      await page.getByRole('radio', { name: 'Publish' }).click();
      await expectText(card, 'Will publish: goes live on the site');
      await page.getByRole('button', { name: 'Import 1 file' }).click();
      const summary = page.getByTestId('report-summary');
      await summary.waitFor();
      expect(await summary.getAttribute('data-result')).toBe('success');
      await expectText(
        summary,
        '1 created, 0 updated, 0 unchanged, 0 left as edited, 0 not allowed, 0 failed'
      );
      // The report lives at its own URL: the History tab on this import's batch.
      await page.waitForURL(/\/admin\/plugins\/newsroom\/history\?batch=[\w-]{8,64}$/);
      const reportUrl = page.url();
      const link = page
        .getByTestId('report-row')
        .getByRole('link', { name: `${TITLE} ${NEW_TAB}`, exact: true });
      expect(await link.getAttribute('href')).toMatch(
        new RegExp(`^${ARTICLE_PATH.replace(/[.]/g, '\\.')}/\\w+`)
      );
      // Links open in a new tab: the report stays.
      expect(await link.getAttribute('target')).toBe('_blank');
      // Published, and the playground has a siteUrl: the article's page on the site.
      const onSite = page.getByTestId('report-row').getByTestId('view-on-site');
      expect(await onSite.getAttribute('href')).toBe(
        'http://localhost:3000/articles/azerbaijan-iran-relations-at-high-level-iranian-official'
      );
      expect(await onSite.getAttribute('target')).toBe('_blank');
      await screenshot(page, '03-report');

      // Reload: the same URL shows the report again (the import's History entry, opened).
      await page.reload();
      const stored = page.getByTestId('batch-report');
      await stored.getByTestId('history-entry').waitFor();
      expect(page.url()).toBe(reportUrl);
      await expectText(stored, 'by Esma Editor');
      await expectText(
        stored,
        '1 created · 0 updated · 0 unchanged · 0 left as edited · 0 not allowed · 0 failed'
      );
      expect(await stored.getByTestId('view-on-site').getAttribute('href')).toBe(
        'http://localhost:3000/articles/azerbaijan-iran-relations-at-high-level-iranian-official'
      );
      await screenshot(page, '03b-report-url-reloaded');

      // The link opens the Content Manager edit view in a new tab, with the Newsroom side panel.
      const [editView] = await Promise.all([
        page.context().waitForEvent('page'),
        stored
          .getByTestId('report-row')
          .getByRole('link', { name: `${TITLE} ${NEW_TAB}`, exact: true })
          .click(),
      ]);
      const reportPage = page;
      page = editView;
      await page.waitForURL(new RegExp(`${ARTICLE_PATH.replace(/[.]/g, '\\.')}/\\w+`));
      const info = page.getByTestId('article-info');
      await info.waitFor();
      await expectText(info, `Words${words}`);
      await expectText(info, 'Reading time3 min');
      expect(await page.getByTestId('checklist-category').getAttribute('data-ok')).toBe('true');
      expect(await page.getByTestId('checklist-authors').getAttribute('data-ok')).toBe('true');
      expect(await page.getByTestId('checklist-cover').getAttribute('data-ok')).toBe('false');
      await screenshot(page, '04-side-panel');

      // The panel follows unsaved edits, and its items take the editor to their field.
      const lead = page.locator('textarea[name="description"]');
      const savedLead = await lead.inputValue();
      await lead.fill('x'.repeat(301));
      await expectText(
        page.getByTestId('checklist-description'),
        'Description is too long: 301/300 characters'
      );
      await page.getByTestId('panel-counted-at-save').waitFor();
      await screenshot(page, '04b-side-panel-unsaved');
      await page.getByTestId('checklist-cover').getByRole('button').click();
      // The focus is in the Cover image field: its carousel's "add an asset" button.
      expect(
        await page.evaluate(() =>
          Boolean(document.activeElement?.closest('section[aria-label="Cover image"]'))
        )
      ).toBe(true);
      await page.getByTestId('checklist-description').getByRole('button').click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
        'description'
      );
      // As saved again: nothing left to save, so leaving the page asks nothing.
      await lead.fill(savedLead);
      await page.getByTestId('panel-counted-at-save').waitFor({ state: 'detached' });

      // Back to the report's tab (it stayed); back to editing: the same text again is unchanged.
      await page.close();
      page = reportPage;
      expect(page.url()).toBe(reportUrl);
      await page.getByRole('button', { name: 'Back to editing' }).click();
      await page.waitForURL(/\/admin\/plugins\/newsroom\/import$/);
      const again = await previewPasted(page, seed);
      await again.waitFor();
      // Publish was remembered for this user: planned as published, already live as it is.
      expect(await page.getByRole('radio', { name: 'Publish' }).isChecked()).toBe(true);
      expect(await again.locator('[data-action]').first().textContent()).toBe('Unchanged');
      await expectText(page.getByTestId('plan-state'), 'Everything is up to date');
      expect(await page.getByRole('button', { name: 'Import 1 file' }).isDisabled()).toBe(true);
      await screenshot(page, '05-reimport-unchanged');

      // History: the import that created the article, by the editor. The re-import changed
      // nothing, so it is not recorded.
      await page.getByRole('tab', { name: 'History' }).click();
      const entries = page.getByTestId('history-entry');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(1);
      await entries.first().getByRole('button').first().click();
      await expectText(entries.first(), 'by Esma Editor');
      await expectText(
        entries.first(),
        '1 created · 0 updated · 0 unchanged · 0 left as edited · 0 not allowed · 0 failed'
      );
      await entries
        .first()
        .getByRole('link', { name: `${TITLE} ${NEW_TAB}`, exact: true })
        .waitFor();
      await screenshot(page, '06-history');
    }));

  it('a re-import with one changed article shows its last editor and, field by field, what changes', () =>
    scenario('reimport-diff', { user: EDITOR }, async (page) => {
      await openNewsroomFromMenu(page);
      const changed = seed
        .replace(
          'Iranian-Azerbaijani relations are at a high level',
          'Iranian-Azerbaijani relations are at a very high level'
        )
        .replace(/^Azerbaijan, Iran(\r?)$/m, 'Azerbaijan, Iran, Diplomacy$1');
      expect(changed).toContain('at a very high level');
      expect(changed).toContain('Azerbaijan, Iran, Diplomacy');

      const card = await previewPasted(page, changed);
      await card.waitFor();
      expect(await card.getAttribute('data-action')).toBe('update');
      // The existing article: published, who edited it last and when (the import, by Esma).
      await expectText(card.getByTestId('existing-article'), 'Existing article (published)');
      await expectText(
        card.getByTestId('last-edit'),
        /^Last edited .+ \d{1,2}:\d{2}:\d{2}.* by Esma Editor$/
      );
      const changes = card.getByTestId('article-changes');
      await expectText(changes, 'What the import changes (Lead, Body, Tags)');
      expect(
        await changes
          .getByTestId('field-change')
          .evaluateAll((fields) => fields.map((field) => field.getAttribute('data-field')))
      ).toEqual(['description', 'body', 'tags']);
      const tags = changes.locator('[data-field="tags"]');
      expect(await tags.locator('[data-side="before"] li').allTextContents()).toEqual([
        'Azerbaijan',
        'Iran',
      ]);
      expect(await tags.locator('[data-side="after"] li').allTextContents()).toEqual([
        'Azerbaijan',
        'Iran',
        'Diplomacy',
      ]);
      // The body as text, shortened; all of it on demand.
      const body = changes.locator('[data-field="body"] [data-side="after"]');
      await expectText(body, 'at a very high level');
      expect(await body.textContent()).not.toContain('The conference was attended by');
      // The page scrolls inside the admin's main area: bring the card's top to the top.
      await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await screenshot(page, '05b-reimport-diff');
      await body.getByRole('button', { name: /^Show all/ }).click();
      await expectText(body, 'The conference was attended by');
    }));

  it('the article list has an "Import articles" action leading to the Newsroom page', () =>
    scenario('list-view-action', { user: EDITOR }, async (page) => {
      await page.goto(`${app.url}${ARTICLE_PATH}`);
      const action = page.getByRole('link', { name: 'Import articles' });
      await action.waitFor();
      // The plugin's list layout on a new install: newsroom columns, not ID/Slug/Description.
      await page.locator('thead th').first().waitFor();
      const columns = (await page.locator('thead th').allTextContents()).join(' | ');
      expect(columns).toMatch(/Title.*\|.*Category.*\|.*Authors.*\|.*Updated/);
      expect(columns).toMatch(/Updated.*\|.*status/i);
      expect(columns).not.toMatch(/\bSlug\b|\bDescription\b/);
      // At 1440 px, Status is on screen beside i18n's "Available in": the plugin's cells are short.
      const status = page.locator('thead th').filter({ hasText: /^status$/i });
      const box = await status.boundingBox();
      expect(box).not.toBeNull();
      // Not scrolled out of the table's box (the table scrolls sideways when it is too wide).
      const visibleRight = await page
        .locator('table')
        .first()
        .evaluate((table) => {
          let box: HTMLElement | null = table.parentElement;
          while (box && box.scrollWidth <= box.clientWidth && box !== document.body) {
            box = box.parentElement;
          }
          const scroller = box && box !== document.body ? box : table;
          return scroller.getBoundingClientRect().right;
        });
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(visibleRight, 1440));
      expect(await page.getByTestId('updated-cell').first().textContent()).toMatch(
        /(seconds?|minutes?|hours?) ago|^now$/
      );
      expect(await page.getByTestId('locales-cell').first().textContent()).toBe('en');
      await screenshot(page, '07-list-view-action');
      await action.click();
      await page.waitForURL(/\/admin\/plugins\/newsroom/);

      // Only on the article list.
      await page.goto(`${app.url}/admin/content-manager/collection-types/plugin::newsroom.author`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: 'Import articles' }).count()).toBe(0);
    }));

  it('the home page widget shows the article counts and the last import', () =>
    scenario('home-widget', { user: EDITOR }, async (page) => {
      const widget = page.getByTestId('newsroom-widget');
      await widget.waitFor();
      await widget.scrollIntoViewIfNeeded();
      await expectText(widget, '1Published articles');
      await expectText(widget, '0Drafts');
      // The last import that changed something (the unchanged re-import is not recorded).
      await expectText(widget, '1 created, 0 updated, 0 unchanged, 0 failed');
      await screenshot(page, '08-home-widget');
    }));

  it('works in the dark theme', () =>
    scenario('dark-theme', { user: EDITOR, theme: 'dark' }, async (page) => {
      await openNewsroomFromMenu(page);
      const card = await previewPasted(page, seed);
      await card.waitFor();
      await screenshot(page, '09-preview-dark');
    }));

  it('an author has no Newsroom menu link, and the server refuses its import (403)', () =>
    scenario('author', { user: AUTHOR }, async (page) => {
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: 'Content Manager' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Newsroom' }).count()).toBe(0);
      await screenshot(page, '10-author-no-menu');

      const token = await login(app.url, AUTHOR);
      const res = await post(app.url, '/newsroom/import', token, {
        files: [{ name: 'seed.txt', content: seed }],
        status: 'published',
      });
      expect(res.status).toBe(403);
      const preview = await post(app.url, '/newsroom/import/preview', token, {
        files: [{ name: 'seed.txt', content: seed }],
      });
      expect(preview.status).toBe(403);
    }));

  it('settings: the server validates, the page shows its message, and a valid value saves', () =>
    scenario('settings', { user: SUPER }, async (page) => {
      await page.goto(`${app.url}/admin/settings/newsroom`);
      const wpm = page.getByLabel('Words per minute');
      await wpm.waitFor();
      await wpm.fill('0');
      // Checked as typed, with the field's label; nothing to save until it is valid.
      await page
        .getByText('Words per minute must be a whole number from 1 to 10000.')
        .first()
        .waitFor();
      expect(await wpm.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      await screenshot(page, '11-settings-error');

      await wpm.fill('250');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved').waitFor();
      await page.reload();
      await page.getByLabel('Words per minute').waitFor();
      expect(await page.getByLabel('Words per minute').inputValue()).toBe('250');
    }));

  it('shows a parse error inline with its line number, and offers nothing to import', () =>
    scenario('parse-error', { user: EDITOR }, async (page) => {
      await openNewsroomFromMenu(page);
      await page
        .getByLabel('Paste article text')
        .fill('---\ntitle: "Broken front matter\ntags: [a, b\n---\n\nSome body text.\n');
      await page.getByRole('button', { name: 'Preview' }).click();
      const card = page.getByRole('article', { name: 'pasted-text' });
      await card.waitFor();
      expect(await card.locator('[data-action]').first().textContent()).toBe('Invalid');
      expect(await card.getByTestId('parse-error').textContent()).toMatch(/^Line \d+/);
      expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
      await screenshot(page, '12-parse-error');
    }));

  it('shows a refused import request (413) as a failure with the server message', () =>
    scenario('refused-import', { user: EDITOR }, async (page) => {
      const title = 'Port of Baku handles record cargo volume';
      const paragraph =
        'The port handled more cargo than in any previous year, officials said on Monday. ';
      const article = `Home / Business / ${title}\n\n${title}\n\nBaku, Transport\n\n${paragraph.repeat(
        30
      )}\n\nBy Ayya Lmahamad\n`;
      await openNewsroomFromMenu(page);
      await page.getByLabel('Paste article text').fill(article);
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByRole('article', { name: title }).waitFor();

      // Between preview and import an administrator lowers the size limit.
      const settings = (limit: number) =>
        fetch(`${app.url}/newsroom/settings`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${superToken}` },
          body: JSON.stringify({ maxImportBytes: limit }),
        });
      expect((await settings(1024)).status).toBe(200);
      try {
        await page.getByRole('button', { name: 'Import 1 file' }).click();
        const summary = page.getByTestId('report-summary');
        await summary.waitFor();
        expect(await summary.getAttribute('data-result')).toBe('failure');
        await expectText(summary, 'The import failed: nothing was imported');
        const failure = page.getByTestId('request-failure');
        await expectText(failure, 'The request failed (HTTP 413)');
        // Said by the admin from the server's code and params (IMPORT_TOO_LARGE), in KB.
        await expectText(failure, 'over the limit of 1 KB (Maximum import size)');
        expect(await page.getByText('Import finished').count()).toBe(0);
        await screenshot(page, '13-import-refused');
      } finally {
        expect((await settings(5 * 1024 * 1024)).status).toBe(200);
      }
    }));
});

/** Waits until the locator's text (whitespace collapsed) contains `text`. */
async function expectText(locator: Locator, text: string | RegExp) {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ');
    if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Expected "${String(text)}" in: ${seen.slice(0, 2000)}`);
}
