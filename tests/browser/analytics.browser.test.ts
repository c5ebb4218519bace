import fs from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, logIn as logInTo, shot } from './support/admin-session';
import { startDemoAppAs } from './support/demo-app';
import { type AdminApi, type AdminAccount } from './admin-api';
import { type RunningApp } from './app-server';

/**
 * The Synergy analytics dashboards in a real browser, on the demo seed (loaded into the throwaway
 * database before the app starts), as a Leadership user: every page shows its heading and figures,
 * the filters go into the URL, a figure leads to its records in the content manager, and a
 * customer's edit view shows its health score. Screenshots: test-artifacts/screenshots/analytics-*.png.
 */

const CUSTOMER = 'api::customer.customer';

const PAGES = [
  { path: 'overview', heading: 'Overview' },
  { path: 'coverage', heading: 'Coverage' },
  { path: 'impact', heading: 'Impact' },
  { path: 'portfolio', heading: 'Portfolio' },
  { path: 'competitors', heading: 'Competitors' },
  { path: 'win-loss', heading: 'Win/loss' },
  { path: 'customers', heading: 'Customer health' },
  { path: 'data-quality', heading: 'Data quality' },
] as const;

let app: RunningApp | undefined;
let browser: Browser | undefined;

const logIn = (account: AdminAccount) => logInTo(browser!, app!.url, account);
let leadership: AdminAccount;
let leadershipApi: AdminApi;

/** Runs one scenario as the Leadership user; a failure leaves a screenshot named after it. */
const asLeadership = async (name: string, scenario: (page: Page) => Promise<void>) => {
  const { context, page } = await logIn(leadership);
  try {
    await scenario(page);
  } catch (error) {
    await shot(page, `FAILED-analytics-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

/** Waits until the page has computed its figures (no loader, main not busy). */
const figuresLoaded = async (page: Page) => {
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 30_000 });
  await page.getByText('Computing the figures…').waitFor({ state: 'detached', timeout: 30_000 });
};

/** Figures with data in the page: KPI values other than "—", table rows, and drawn chart marks. */
const countFigures = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const kpis = Array.from(main.querySelectorAll('article p')).filter((p) =>
      /\d/.test(p.textContent ?? ''),
    ).length;
    const rows = main.querySelectorAll('table tbody tr').length;
    const marks = main.querySelectorAll(
      '[role="img"] :is(.recharts-rectangle, .recharts-sector, .recharts-line-curve, .recharts-area-area, .recharts-symbols, .recharts-dot)',
    ).length;
    return { kpis, rows, marks };
  });

/** Lets recharts finish its entry animation before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(1_200);

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  ({
    app,
    account: leadership,
    api: leadershipApi,
  } = await startDemoAppAs('Leadership', ['Lead', 'Browser'], [1390, 1399]));

  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('analytics dashboards on the demo data, as Leadership', () => {
  it('shows every page with its heading and figures with data, never the error state', async () => {
    await asLeadership('pages', async (page) => {
      await page.getByRole('link', { name: 'Synergy analytics' }).click();
      await page.waitForURL(/\/admin\/plugins\/synergy-analytics\/overview/);

      for (const { path: view, heading } of PAGES) {
        await page.goto(`${app!.url}/admin/plugins/synergy-analytics/${view}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await figuresLoaded(page);
        expect(await page.getByText('The figures could not be loaded.').count()).toBe(0);
        expect(
          await page.getByText('Nothing recorded for this period and these filters.').count(),
        ).toBe(0);
        // The marking of the figures, at the top and the bottom of the page.
        const banners = page.getByRole('note', { name: 'Handling marking' });
        expect(await banners.count()).toBe(2);
        // Leadership is cleared for internal records; the demo's caveats are named after the level.
        expect(await banners.first().textContent()).toMatch(
          /^(公开|内部)( \/\/ [^—]+)? — (PUBLIC|INTERNAL)( \/\/ .+)?$/,
        );
        const figures = await countFigures(page);
        expect({ view, withData: figures.kpis + figures.rows + figures.marks > 0 }).toEqual({
          view,
          withData: true,
        });
        await settle(page);
        await shot(page, `analytics-${view}`);
        if (view === 'overview') {
          // The documentation's picture (docs/images/analytics-overview.png), without Strapi's own announcement banner.
          await page
            .locator('div')
            .filter({ has: page.getByRole('link', { name: 'Read blog post' }) })
            .filter({ has: page.locator('button') })
            .last()
            .locator('button')
            .last()
            .click({ timeout: 2_000 })
            .catch(() => undefined);
          await page
            .getByRole('link', { name: 'Read blog post' })
            .waitFor({ state: 'detached', timeout: 2_000 })
            .catch(() => undefined);
          await shot(page, 'analytics-overview-1440x900', false);
        }
      }
    });
  });

  it('puts the filters into the URL and reads them back from it', async () => {
    await asLeadership('filters', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-analytics/overview`);
      await figuresLoaded(page);
      await page.getByRole('combobox', { name: 'Customer tier' }).click();
      await page.getByRole('option', { name: /^strategic$/i }).click();
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL((url) => url.searchParams.get('tier') === 'strategic');
      await figuresLoaded(page);

      // Another page of the side navigation keeps them, and a reload shows them in the filter bar.
      await page
        .getByRole('navigation', { name: 'Analytics pages' })
        .getByRole('link', { name: 'Coverage', exact: true })
        .click();
      await page.waitForURL(
        (url) => url.pathname.endsWith('/coverage') && url.searchParams.get('tier') === 'strategic',
      );
      await page.reload();
      await page.getByRole('heading', { name: 'Coverage', level: 1 }).waitFor();
      await expect(
        page.getByRole('combobox', { name: 'Customer tier' }).textContent(),
      ).resolves.toMatch(/strategic/i);
      await figuresLoaded(page);
      await shot(page, 'analytics-filters');
    });
  });

  it("follows a figure's link to the records behind it in the content manager", async () => {
    await asLeadership('records-link', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-analytics/overview`);
      await figuresLoaded(page);
      const figure = page.getByRole('link', { name: /^Feedback received: .*, open the records$/ });
      const [, count] =
        /: ([\d,]+), open the records$/.exec((await figure.getAttribute('aria-label')) ?? '') ?? [];
      expect(Number(count?.replace(/,/g, ''))).toBeGreaterThan(0);
      await figure.click();
      await page.waitForURL(
        /\/admin\/content-manager\/collection-types\/api::feedback\.feedback\?/,
      );
      expect(decodeURIComponent(page.url())).toMatch(/filters\[\$and\]/);
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
      await shot(page, 'analytics-records-link');
    });
  });

  it("shows a customer's health score in its edit view", async () => {
    const { results } = await leadershipApi.request<{
      results: Array<{ documentId: string; name: string }>;
    }>('GET', `/content-manager/collection-types/${CUSTOMER}?page=1&pageSize=1&sort=name:ASC`);
    expect(results.length).toBe(1);
    const { data: health } = await leadershipApi.request<{ data: { health: number } }>(
      'GET',
      `/synergy/analytics/customers/${results[0].documentId}/health`,
    );

    await asLeadership('health-panel', async (page) => {
      await page.goto(
        `${app!.url}/admin/content-manager/collection-types/${CUSTOMER}/${results[0].documentId}`,
      );
      await page.getByRole('heading', { name: results[0].name, level: 1 }).waitFor();
      await page.getByText('Customer health', { exact: true }).waitFor();
      const score = page.locator('[aria-label^="Health score"]');
      await score.waitFor();
      expect(await score.getAttribute('aria-label')).toBe(`Health score ${health.health} of 100`);
      await expect(score.textContent()).resolves.toMatch(new RegExp(`^${health.health}\\s*/ 100$`));
      for (const component of [
        'Satisfaction (S, 35%)',
        'Recency (R, 25%)',
        'Open issues (I, 20%)',
        'Service (V, 20%)',
      ]) {
        await page.getByText(component, { exact: true }).waitFor();
      }
      await shot(page, 'analytics-customer-health-panel');
    });
  });
});
