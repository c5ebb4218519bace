import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AdminAccount } from '../admin-api';
import { ROOT } from '../app-server';

export const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');

/** The Super Admin login the seed printed (`| email | Super Admin | language | password |`), the only time it is shown. */
export const superAdminLogin = (seedOutput: string) => {
  const row = seedOutput
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .find((cells) => cells[2] === 'Super Admin');
  if (!row) throw new Error(`The seed printed no Super Admin login:\n${seedOutput}`);
  // The password is the last column (the interface language came in before it).
  return { email: row[1], password: row[row.length - 2] };
};

export const shot = async (page: Page, name: string, fullPage = true) => {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
};

/** A new browser context logged in to the admin panel at `url` as `account`, in English. */
export const logIn = async (
  browser: Browser,
  url: string,
  account: AdminAccount,
  { acceptDownloads = false }: { acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    acceptDownloads,
  });
  await context.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'en'));
  const page = await context.newPage();
  await page.goto(`${url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((current) => !current.pathname.includes('/auth/'), { timeout: 30_000 });
  return { context, page };
};
