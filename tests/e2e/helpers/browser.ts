import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { findChromium } from '../../../scripts/chromium';
import { REPO_ROOT } from '../../helpers/paths';

/**
 * Each step's screenshot goes to test-results/screenshots (git-ignored); with
 * E2E_SCREENSHOTS=docs it refreshes the README's pictures in docs/screenshots instead.
 */
export const SCREENSHOTS =
  process.env.E2E_SCREENSHOTS === 'docs'
    ? path.join(REPO_ROOT, 'docs', 'screenshots')
    : path.join(REPO_ROOT, 'test-results', 'screenshots');

/** Chromium as scripts/chromium.js finds it (CHROMIUM_PATH, /usr/bin/chromium, @sparticuz/chromium). */
export const launchBrowser = async (): Promise<Browser> => {
  const { executablePath, args, source } = await findChromium();
  console.log(`[e2e] Chromium: ${source} (${executablePath})`);
  return chromium.launch({ executablePath, args });
};

/** What a link that opens a new tab adds to its accessible name (the plugin's visually hidden hint). */
export const NEW_TAB = '(opens in a new tab)';

export const screenshot = async (page: Page, name: string, fullPage = false) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Let transitions and lazy content settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
};

/** Logs in through the admin's login form and waits for the home page. */
export const logIn = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/);
};

/** Dismisses the admin's announcement banner (remembered per user), for cleaner screenshots. */
export const dismissBanners = async (page: Page) => {
  const close = page.getByRole('button', { name: /^Close the banner/ }).first();
  try {
    await close.waitFor({ timeout: 5_000 });
    await close.click();
  } catch {
    // no banner
  }
};
