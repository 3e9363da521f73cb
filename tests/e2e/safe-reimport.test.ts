import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { ImportReport } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';

import { createRoleLike, createUser, login, registerFirstAdmin, roleId } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

const ARTICLE = 'plugin::newsroom.article';
const TITLE = 'Caspian ferry route reopens';
const SUPER = { email: 'super@safe-reimport.e2e', password: 'Super-password-1' };
const EDITOR = {
  email: 'editor@safe-reimport.e2e',
  password: 'Editor-password-1',
  firstname: 'Elnur',
  lastname: 'Editor',
};

/** The wire's story: what the editor pastes into the Newsroom page (source "pasted-text"). */
const story = (paragraph: string) =>
  newsText({ title: TITLE, category: ['Transport'], tags: ['Ferry'], paragraphs: [paragraph] });

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let editorToken: string;
let documentId: string;

const api = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
  const res = await fetch(app.url + route, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editorToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
};

/** The article's draft as the Content Manager shows it. */
const draftTitle = async () =>
  (
    await api<{ data: { title: string } }>(
      'GET',
      `/content-manager/collection-types/${ARTICLE}/${documentId}`
    )
  ).data.title;

beforeAll(async () => {
  app = await startPlayground();
  const superToken = await registerFirstAdmin(app.url, SUPER);
  const role = await createRoleLike(
    app.url,
    superToken,
    'Safe re-import editor',
    await roleId(app.url, superToken, 'strapi-editor'),
    ['plugin::newsroom.import']
  );
  await createUser(app.url, superToken, EDITOR, role);
  editorToken = await login(app.url, EDITOR);

  // Imported once (as pasted text), then edited by the desk in the Content Manager.
  const { data } = await api<{ data: ImportReport }>('POST', '/newsroom/import', {
    files: [{ name: 'pasted-text', content: story('The ferry to Turkmenbashi sails again.') }],
    status: 'published',
  });
  documentId = data.articles[0].documentId!;
  await api('PUT', `/content-manager/collection-types/${ARTICLE}/${documentId}`, {
    title: 'Caspian ferry route reopens after repairs',
  });

  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
}, 900_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
});

const previewPasted = async (page: Page, text: string) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Newsroom' }).click();
  await page.getByRole('heading', { level: 1, name: 'Newsroom' }).waitFor();
  await page.getByLabel('Paste article text').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  const card = page.getByTestId('article-preview');
  await card.waitFor();
  return card;
};

const importAndWait = async (page: Page) => {
  await page.getByRole('radio', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Import 1 file' }).click();
  const summary = page.getByTestId('report-summary');
  await summary.waitFor();
  return summary;
};

describe('safe re-import (real browser, production build)', () => {
  it('shows an edited article as a conflict, keeps it, and overwrites it only when asked', async () => {
    const page = await context.newPage();
    try {
      await logIn(page, app.url, EDITOR.email, EDITOR.password);
      await dismissBanners(page);
      const changed = story('The ferry to Turkmenbashi sails again, twice a week from May.');

      // The preview says what the editor changed, and offers to overwrite it.
      const card = await previewPasted(page, changed);
      expect(await card.getAttribute('data-action')).toBe('conflict');
      expect(await card.locator('[data-action="conflict"]').textContent()).toBe('Conflict: edited');
      const notice = card.getByTestId('conflict-notice');
      expect(await notice.textContent()).toContain(
        'Edited in the Content Manager since its last import (Title).'
      );
      const overwrite = notice.getByRole('checkbox', {
        name: 'Overwrite the changes made in the Content Manager',
      });
      expect(await overwrite.getAttribute('aria-checked')).toBe('false');
      expect(await page.getByText(/1 edited since the last import/).count()).toBe(1);
      await screenshot(page, 'safe-reimport-1-conflict', true);

      // Without the toggle the import would write nothing: Import is disabled and says why.
      await page
        .getByTestId('plan-state')
        .getByText(/^Nothing to import: no article would be created or updated/)
        .waitFor();
      expect(await page.getByRole('button', { name: 'Import 1 file' }).isDisabled()).toBe(true);
      expect(await card.getByTestId('live-effect').textContent()).toBe(
        'Left as edited in the Content Manager: nothing is written'
      );
      expect(await draftTitle()).toBe('Caspian ferry route reopens after repairs');
      await screenshot(page, 'safe-reimport-2-kept', true);

      // With the toggle on: the import replaces the editor's changes.
      const again = card;
      await again
        .getByRole('checkbox', { name: 'Overwrite the changes made in the Content Manager' })
        .click();
      expect(
        await again
          .getByRole('checkbox', { name: 'Overwrite the changes made in the Content Manager' })
          .getAttribute('aria-checked')
      ).toBe('true');
      // Published before: as published (the default) the live version is replaced; as a draft
      // (planned again on the change) it stays.
      expect(await again.getByTestId('live-effect').textContent()).toBe(
        'Will update the published article on the site'
      );
      await page.getByRole('radio', { name: 'Draft' }).click();
      await again
        .getByTestId('live-effect')
        .getByText('Will update the draft; the published version stays')
        .waitFor();
      await screenshot(page, 'safe-reimport-3-overwrite-chosen', true);
      const replaced = await importAndWait(page);
      expect(await replaced.getAttribute('data-result')).toBe('success');
      expect(await replaced.textContent()).toContain('0 created, 1 updated');
      expect(await page.getByTestId('report-row').locator('[data-action]').textContent()).toBe(
        'Updated'
      );
      expect(await draftTitle()).toBe(TITLE);
      await screenshot(page, 'safe-reimport-4-overwritten', true);
    } catch (error) {
      const file = path.join(REPO_ROOT, 'test-results', 'e2e-safe-reimport.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw error;
    }
  });
});
