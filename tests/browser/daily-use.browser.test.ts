import fs from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, shot } from './support/admin-session';
import { startDemoAppAs } from './support/demo-app';
import { type AdminApi, type AdminAccount } from './admin-api';
import { type RunningApp } from './app-server';

/**
 * Daily use on the demo seed, as a new Leadership user (an approver): the Approvals page's
 * stand-ins, and the content manager in Chinese with Strapi's own strings supplied.
 * Screenshots: test-artifacts/screenshots/daily-use-*.png.
 */

let app: RunningApp | undefined;
let browser: Browser | undefined;
let leadership: AdminAccount;
let leadershipApi: AdminApi;

/** A logged-in context in `language`; a failure leaves a screenshot named after the scenario. */
const asLeadership = async (
  language: 'en' | 'zh-Hans',
  name: string,
  scenario: (page: Page) => Promise<void>,
) => {
  const context = await browser!.newContext({
    viewport: { width: 1440, height: 900 },
    locale: language === 'en' ? 'en-US' : 'zh-CN',
  });
  await context.addInitScript(
    (value) => window.localStorage.setItem('strapi-admin-language', value),
    language,
  );
  const page = await context.newPage();
  try {
    await page.goto(`${app!.url}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(leadership.email);
    await page.locator('input[name="password"]').fill(leadership.password);
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await scenario(page);
  } catch (error) {
    await shot(page, `FAILED-daily-use-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  ({
    app,
    account: leadership,
    api: leadershipApi,
  } = await startDemoAppAs('Leadership', ['Daily', 'Browser'], [1460, 1469]));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('approvals in daily use', () => {
  it('shows no stand-in, then the stand-in named for this week, on the Approvals page', async () => {
    await asLeadership('en', 'stand-ins', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-approvals`);
      await page.getByRole('heading', { name: 'Stand-ins' }).waitFor();
      await page.getByText('No stand-ins now or to come.').waitFor();
      await page.getByText('No stand-ins now or to come.').scrollIntoViewIfNeeded();
      await shot(page, 'daily-use-stand-ins-empty', false);

      const { meta } = await leadershipApi.request<{
        meta: { users: Array<{ id: number; name: string }> };
      }>('GET', '/synergy/delegations');
      const colleague = meta.users.find((user) => user.id !== leadership.id);
      expect(colleague).toBeDefined();
      await leadershipApi.request('POST', '/synergy/delegations', {
        delegateId: colleague!.id,
        startsOn: isoDay(0),
        endsOn: isoDay(7),
        note: '出差',
      });

      await page.reload();
      await page.getByText(`${colleague!.name} stands in for you from`).waitFor();
      expect(await page.getByText('No stand-ins now or to come.').count()).toBe(0);
      await page.getByText(`${colleague!.name} stands in for you from`).scrollIntoViewIfNeeded();
      await shot(page, 'daily-use-stand-ins', false);
    });
  });
});

describe('the content manager in Chinese', () => {
  it("shows Strapi's own strings in Chinese on a CRM list", async () => {
    await asLeadership('zh-Hans', 'content-manager-zh-Hans', async (page) => {
      await page.goto(`${app!.url}/admin/content-manager/collection-types/api::strategy.strategy`);
      await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
      await page.getByText('集合类型').first().waitFor();
      // Enumeration cells read as words in Chinese, never as raw values such as `In_review`.
      const cells = (await page.locator('table tbody').innerText()).split(/\s+/);
      expect(cells.filter((cell) => /^(In_review|in_review|Approved|Active)$/.test(cell))).toEqual(
        [],
      );
      await shot(page, 'daily-use-content-manager-zh-Hans');
    });
  });
});
