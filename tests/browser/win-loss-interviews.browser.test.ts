import fs from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, logIn as logInTo, shot } from './support/admin-session';
import { startDemoAppAs } from './support/demo-app';
import { type AdminAccount } from './admin-api';
import { type RunningApp } from './app-server';

/**
 * Win/loss interviews in a real browser, on the demo seed, as a Strategy Analyst: the Win/loss
 * page shows the interview coverage, the buyer–owner agreement and the reasons by who stated them,
 * and the interviews are a content-manager type of their own. Screenshots:
 * test-artifacts/screenshots/win-loss-interviews-*.png.
 */

let app: RunningApp | undefined;
let browser: Browser | undefined;
let analyst: AdminAccount;

const asAnalyst = async (name: string, scenario: (page: Page) => Promise<void>) => {
  const { context, page } = await logInTo(browser!, app!.url, analyst);
  try {
    await scenario(page);
  } catch (error) {
    await shot(page, `FAILED-win-loss-interviews-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  ({ app, account: analyst } = await startDemoAppAs(
    'Strategy Analyst',
    ['Win', 'Loss'],
    [1520, 1529],
  ));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('win/loss interviews on the demo data, as a Strategy Analyst', () => {
  it('shows buyer-stated beside owner-stated reasons on the Win/loss page', async () => {
    await asAnalyst('page', async (page) => {
      // The demo's closed bids span its two years of history.
      await page.goto(
        `${app!.url}/admin/plugins/synergy-analytics/win-loss?from=2024-11-01&to=2026-11-01`,
      );
      await page.getByRole('heading', { name: 'Win/loss', level: 1 }).waitFor();
      await page.locator('main[aria-busy="false"]').waitFor({ timeout: 30_000 });
      const coverage = page.getByRole('article', { name: 'Interview coverage' });
      await coverage.waitFor();
      expect(await coverage.textContent()).toMatch(/\d+(\.\d)?%/);
      expect(
        await page.getByRole('article', { name: 'Buyer–owner agreement' }).textContent(),
      ).toMatch(/\d+(\.\d)?%/);
      const reasons = page.getByRole('grid', { name: 'Reasons by who stated them' });
      expect(await reasons.locator('tbody tr').count()).toBeGreaterThan(2);
      const disagreements = page.getByRole('grid', { name: 'Where buyer and owner disagree' });
      expect(await disagreements.locator('tbody tr').count()).toBeGreaterThan(0);
      await page.getByText('Reasons: the buyer’s word and the owner’s').scrollIntoViewIfNeeded();
      await page.waitForTimeout(1_200);
      await shot(page, 'win-loss-interviews-page');
    });
  });

  it('lists the interviews in the content manager, with their labels', async () => {
    await asAnalyst('list', async (page) => {
      await page.goto(
        `${app!.url}/admin/content-manager/collection-types/api::win-loss-interview.win-loss-interview`,
      );
      await page.getByRole('heading', { name: 'Win/loss interview', level: 1 }).waitFor();
      await page.locator('thead').getByText("Buyer's main reason").waitFor();
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(5);
      await shot(page, 'win-loss-interviews-list');
    });
  });
});
