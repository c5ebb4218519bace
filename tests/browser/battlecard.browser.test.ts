import fs from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, logIn as logInTo, shot } from './support/admin-session';
import { startDemoAppAs } from './support/demo-app';
import { type AdminApi, type AdminAccount } from './admin-api';
import { type RunningApp } from './app-server';

/**
 * Battlecards in a real browser on the demo seed, as a Strategy Analyst: from the competitors
 * page to a competitor's battlecard, its printable view (and the print media), and the panel on
 * an opportunity's edit view. Screenshots: test-artifacts/screenshots/battlecard-*.png.
 */

const OPPORTUNITY = 'api::opportunity.opportunity';

let app: RunningApp | undefined;
let browser: Browser | undefined;
let analyst: AdminAccount;
let analystApi: AdminApi;

const asAnalyst = async (name: string, scenario: (page: Page) => Promise<void>) => {
  const { context, page } = await logInTo(browser!, app!.url, analyst);
  try {
    await scenario(page);
  } catch (error) {
    await shot(page, `FAILED-battlecard-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  ({
    app,
    account: analyst,
    api: analystApi,
  } = await startDemoAppAs('Strategy Analyst', ['Card', 'Browser'], [1500, 1519]));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('battlecards on the demo data, as a Strategy Analyst', () => {
  it('opens a battlecard from the competitors page, with grades, ages and a printable view', async () => {
    await asAnalyst('page', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-analytics/competitors`);
      const link = page.getByRole('link', { name: 'Open battlecard' }).first();
      await link.waitFor({ timeout: 30_000 });
      await link.click();
      await page.waitForURL(/\/admin\/plugins\/synergy\/battlecards\/[^/?]+$/);
      await page.getByRole('region', { name: 'Head to head' }).waitFor({ timeout: 30_000 });
      for (const section of ['At a glance', 'Win/loss against it', 'Sources', 'People to ask'])
        await page.getByRole('region', { name: section }).waitFor();
      // The demo's figures carry a mix of grades: some are flagged unconfirmed.
      expect(await page.getByText(/^[A-F?][1-6?] unconfirmed$/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/days old$/).count()).toBeGreaterThan(0);
      await shot(page, 'battlecard-page');

      await page.getByRole('link', { name: 'Printable view' }).click();
      await page.waitForURL(/print=1$/);
      await page.getByRole('link', { name: 'Back to the admin' }).waitFor();
      await page.getByRole('region', { name: 'Head to head' }).waitFor();
      await shot(page, 'battlecard-printable');
      // What a printer (or "Save as PDF") gets: the card alone.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
        false,
      );
      await shot(page, 'battlecard-print-media');
    });
  });

  it("lists an opportunity's bidding competitors with links to their battlecards", async () => {
    const { results } = await analystApi.request<{
      results: Array<{ documentId: string; title: string }>;
    }>(
      'GET',
      `/content-manager/collection-types/${OPPORTUNITY}?page=1&pageSize=1&sort=title:ASC&filters[$and][0][competitors][id][$notNull]=true`,
    );
    expect(results.length).toBe(1);
    await asAnalyst('panel', async (page) => {
      await page.goto(
        `${app!.url}/admin/content-manager/collection-types/${OPPORTUNITY}/${results[0].documentId}`,
      );
      await page.getByText('Competitor battlecards', { exact: true }).waitFor({ timeout: 30_000 });
      const link = page.getByRole('link', { name: /^Battlecard: / }).first();
      await link.waitFor();
      await shot(page, 'battlecard-opportunity-panel');
      await link.click();
      await page.waitForURL(/\/admin\/plugins\/synergy\/battlecards\//);
      await page.getByRole('region', { name: 'At a glance' }).waitFor({ timeout: 30_000 });
    });
  });
});
