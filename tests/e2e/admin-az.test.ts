import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import az from '../../admin/src/translations/az.json';
import { newsText } from '../helpers/articles';
import { REPO_ROOT } from '../helpers/paths';

import { post, registerFirstAdmin } from './helpers/admin-api';
import { dismissBanners, launchBrowser, logIn, screenshot } from './helpers/browser';
import { startPlayground, type RunningPlayground } from './helpers/playground';

/**
 * Azerbaijani in a real admin: the profile page offers it (playground/src/admin: config.locales
 * and the language name), the plugin then speaks it, dates have the month in words; and the
 * History table's article links are reached with Tab, with a visible focus.
 */

const SUPER = { email: 'super@az.e2e', password: 'Super-password-1' };
const TITLES = ['Bakıda yeni park açıldı', 'Xəzər sahilində festival'];
const AZ = az as Record<string, string>;
const AZ_MONTHS = AZ['date.months'].split(',');

let app: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startPlayground();
  const token = await registerFirstAdmin(app.url, SUPER);
  const imported = await post(app.url, '/newsroom/import', token, {
    files: TITLES.map((title, i) => ({ name: `az-${i + 1}.txt`, content: newsText({ title }) })),
    status: 'draft',
  });
  expect(imported.status).toBe(200);

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
    const file = path.join(REPO_ROOT, 'test-results', `e2e-az-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}, url: ${page.url()})`
    );
  }
};

/** Waits until the locator's text (whitespace collapsed) matches. */
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

describe('the admin in Azerbaijani (real browser)', () => {
  it('the profile page offers Azərbaycanca, and choosing it turns the plugin to Azerbaijani', () =>
    step('profile', async () => {
      await page.goto(`${app.url}/admin/me`);
      await page.getByRole('combobox', { name: 'Interface language' }).click();
      await page.getByRole('option', { name: 'Azərbaycanca' }).click();
      const saved = page.waitForResponse(
        (res) => res.url().endsWith('/admin/users/me') && res.request().method() === 'PUT'
      );
      await page.getByRole('button', { name: 'Save' }).click();
      expect((await saved).status()).toBe(200);
      await page.waitForFunction(() => document.documentElement.lang === 'az');

      await page.goto(`${app.url}/admin/plugins/newsroom`);
      await page.getByRole('heading', { level: 1, name: AZ['page.title'] }).waitFor();
      await page.getByRole('tab', { name: AZ['tabs.import'] }).waitFor();
      await page.getByRole('tab', { name: AZ['tabs.history'] }).waitFor();
      await page.getByText(AZ['page.subtitle']).waitFor();
      await screenshot(page, 'az-import');

      // The choice is the user's, kept by the server: a new session starts in Azerbaijani.
      const again = await context.browser()!.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const other = await again.newPage();
        await logIn(other, app.url, SUPER.email, SUPER.password);
        await other.goto(`${app.url}/admin/plugins/newsroom`);
        await other.getByRole('tab', { name: AZ['tabs.history'] }).waitFor();
      } finally {
        await again.close();
      }
    }));

  it("the preview says the parser's warnings in Azerbaijani, with their values", () =>
    step('warnings', async () => {
      await page.goto(`${app.url}/admin/plugins/newsroom`);
      const words = Array.from({ length: 300 }, (_, i) => `söz${i}`).join(' ');
      // One 300-word paragraph (almost always a misreading) and no byline.
      await page
        .getByLabel(AZ['paste.label'])
        .fill(
          [
            'Əsas / İqtisadiyyat / Uzun abzaslı xəbər',
            '',
            'Uzun abzaslı xəbər',
            '',
            words,
            '',
          ].join('\n')
        );
      await page.getByRole('button', { name: AZ['import.preview'], exact: true }).click();
      const main = page.getByRole('main');
      await page.getByRole('article', { name: 'Uzun abzaslı xəbər', exact: true }).waitFor();
      await expectText(main, /Mətnin 1 nömrəli abzası 300 sözdür \(250 sözdən çox\)/);
      await expectText(main, AZ['warning.NO_BYLINE']);
      const shown = ((await main.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(shown).not.toMatch(/No byline found|words long \(over 250\)/);
      await page
        .getByText(/nömrəli abzası 300 sözdür/)
        .first()
        .scrollIntoViewIfNeeded();
      await screenshot(page, 'az-preview-warnings');

      // An article's error too, by its code and values: a title and no body.
      await page.getByLabel(AZ['paste.label']).fill('Mətnsiz xəbər\n');
      await page.getByRole('button', { name: AZ['import.preview'], exact: true }).click();
      await expectText(main, '“Mətnsiz xəbər” məqaləsinin mətni yoxdur');
      const errorShown = ((await main.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(errorShown).not.toContain('has no body text');
    }));

  it('History in Azerbaijani: the month in words, never "2026 M11 29"', () =>
    step('history-date', async () => {
      await page.getByRole('tab', { name: AZ['tabs.history'] }).click();
      const entry = page.getByTestId('history-entry').first();
      await entry.waitFor();
      const monthNames = new RegExp(`\\d{1,2} (${AZ_MONTHS.join('|')}) \\d{4}`);
      await expectText(entry, monthNames);
      expect(await entry.textContent()).not.toMatch(/\bM\d{1,2}\b/);
    }));

  it('Tab reaches each article link in the History table, with a visible focus', () =>
    step('history-tab', async () => {
      const entry = page.getByTestId('history-entry').first();
      const trigger = entry.getByRole('button').first();
      await trigger.click();
      await entry.getByTestId('report-row').first().waitFor();
      await trigger.focus();

      const reached: string[] = [];
      for (let press = 0; press < 30 && reached.length < TITLES.length; press += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el.tagName !== 'A' || !el.closest('[data-testid="report-row"]')) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          const after = getComputedStyle(el, '::after');
          const ring = after.content !== 'none' && after.borderStyle !== 'none';
          return { text: el.textContent ?? '', visible: outline || shadow || ring };
        });
        if (focused) {
          expect(focused.visible).toBe(true);
          reached.push(focused.text);
          if (reached.length === 1) await screenshot(page, 'history-keyboard-focus');
        }
      }
      // Each link's text ends with the (visually hidden) new-tab notice, in Azerbaijani.
      expect([...reached].sort()).toEqual(
        [...TITLES].sort().map((title) => `${title} ${AZ['link.newTab']}`)
      );
    }));
});
