import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { REPO_ROOT } from '../helpers/paths';

import { registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * Settings → Newsroom speaks the user's language: labels and MB in its messages, checked as
 * typed, the server's body limit enforced and explained, Save only with changes, and a
 * confirmation before the content is opened to everyone.
 */

const SUPER = { email: 'super@settings.e2e', password: 'Super-password-1' };

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startPlayground();
  await registerFirstAdmin(app.url, SUPER);
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
    const file = path.join(REPO_ROOT, 'test-results', `e2e-settings-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  }
};

const save = () => page.getByRole('button', { name: 'Save' });

/**
 * Saves and waits for the server's answer to this save: a "Settings saved" notice from an
 * earlier save may still be on screen, so waiting for that text can return before this save
 * has reached the server.
 */
const saveAndWait = async () => {
  const answered = page.waitForResponse(
    (res) => /\/newsroom\/settings$/.test(res.url()) && res.request().method() === 'PUT'
  );
  await save().click();
  expect((await answered).status()).toBe(200);
};

describe('Settings → Newsroom (real browser)', () => {
  it('refuses a size over the body parser’s limit, in MB, saying how to raise it; Save only with valid changes', () =>
    step('body-limit', async () => {
      await page.goto(`${app.url}/admin/settings/newsroom`);
      const size = page.getByLabel('Maximum import size (MB)');
      await size.waitFor();
      expect(await save().isDisabled()).toBe(true);
      await page.getByText(/from 1 KB to 16 MB on this server/).waitFor();

      await size.fill('500');
      const message = page.getByText(/^Maximum import size can be at most 16 MB on this server/);
      await message.first().waitFor();
      expect(await message.first().textContent()).toContain('raise jsonLimit');
      expect(await size.getAttribute('aria-invalid')).toBe('true');
      expect(await save().isDisabled()).toBe(true);
      expect(await page.getByText('maxImportBytes').count()).toBe(0);
      await screenshot(page, 'settings-body-limit');

      // Back to the saved value: nothing to save. A valid change: Save.
      await size.fill('5');
      await page
        .getByText(/can be at most 16 MB/)
        .first()
        .waitFor({ state: 'detached' });
      expect(await save().isDisabled()).toBe(true);
      await size.fill('8');
      expect(await save().isEnabled()).toBe(true);
      await saveAndWait();
      await page.getByText('Settings saved').first().waitFor();
      expect(await save().isDisabled()).toBe(true);
    }));

  it('asks before turning on public read', () =>
    step('public-read', async () => {
      const toggle = page.getByRole('checkbox', { name: 'Public read access' });
      // The playground starts public: turning it off needs no confirmation.
      if (await toggle.isChecked()) {
        await toggle.click();
        expect(await page.getByRole('alertdialog').count()).toBe(0);
        await saveAndWait();
      }
      expect(await toggle.isChecked()).toBe(false);
      await toggle.click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText('Open the articles to everyone?').waitFor();
      await screenshot(page, 'settings-public-read-confirm');
      await dialog.getByRole('button', { name: 'Keep it private' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await toggle.isChecked()).toBe(false);
      expect(await save().isDisabled()).toBe(true);
      expect((await fetch(`${app.url}/api/newsroom/articles`)).status).toBe(403);

      await toggle.click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Turn on public read' })
        .click();
      expect(await toggle.isChecked()).toBe(true);
      await saveAndWait();
      await page.getByText('Settings saved').first().waitFor();
      expect((await fetch(`${app.url}/api/newsroom/articles`)).status).toBe(200);
    }));
});
