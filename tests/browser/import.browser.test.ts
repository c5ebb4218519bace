import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, logIn as logInTo, shot } from './support/admin-session';
import { startDemoAppAs } from './support/demo-app';
import { type AdminApi, type AdminAccount } from './admin-api';
import { ROOT, type RunningApp } from './app-server';

/**
 * The import page in a real browser, on the demo seed: a new Account Manager uploads the sample
 * docs/samples/customers.csv (Chinese headers, three bad rows and a duplicate of a demo customer),
 * sees the bad rows with their line, field and reason, downloads the report, skips the bad rows
 * and the duplicate, commits, and finds the new customers in the content manager. Screenshots:
 * test-artifacts/screenshots/import-*.png (import-report-1440x900.png is docs/images/import.png).
 */

const SAMPLE = path.join(ROOT, 'docs', 'samples', 'customers.csv');
const STAFF_SHEET = path.join(ROOT, 'docs', 'samples', 'customer-sheet.xlsx');
const CUSTOMER = 'api::customer.customer';

/** The lines of the sample's bad rows (docs/samples/README.md): an unknown type, no name, an unknown tier. */
const BAD_LINES = [12, 13, 14];
/** The sample's row that repeats the code of a demo customer. */
const DUPLICATE = { line: 15, code: 'CN-RI-00001', name: '兰州导航与控制研究所' };
/** The sample's codes other than the duplicate's (the bad rows' too), for the checks through the API. */
const NEW_CODES = fs
  .readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[2])
  .filter((code): code is string => Boolean(code) && code !== DUPLICATE.code);

let app: RunningApp | undefined;
let browser: Browser | undefined;

const logIn = (account: AdminAccount) =>
  logInTo(browser!, app!.url, account, { acceptDownloads: true });
let importer: AdminAccount;
let importerApi: AdminApi;

/** The customers with the given codes, as the importer sees them through the content manager's API. */
const customersWithCodes = async (codes: string[]) => {
  const filters = codes
    .map((code, index) => `filters[$or][${index}][code][$eq]=${encodeURIComponent(code)}`)
    .join('&');
  const { results } = await importerApi.request<{
    results: Array<{ code: string; name: string; tier: string | null }>;
  }>('GET', `/content-manager/collection-types/${CUSTOMER}?page=1&pageSize=100&${filters}`);
  return results;
};

/** The text of each row of a table (the design system's tables have role grid), cells joined by "|". */
const rowsOf = (page: Page, name: string) =>
  page
    .getByRole('grid', { name })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td'))
          .map((cell) => cell.textContent?.trim() ?? '')
          .join('|'),
      ),
    );

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  // The demo seed: the sample's duplicate is one of its customers.
  ({
    app,
    account: importer,
    api: importerApi,
  } = await startDemoAppAs('Account Manager', ['Import', 'Browser'], [1440, 1449]));

  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('the import page, as a new Account Manager', () => {
  it('imports the sample customers: shows the bad rows and the duplicate, skips them, and the records are in the content manager', async () => {
    expect(await customersWithCodes(NEW_CODES)).toEqual([]);
    const { context, page } = await logIn(importer);
    try {
      await page.getByRole('link', { name: 'Import', exact: true }).click();
      await page.waitForURL(/\/admin\/plugins\/synergy-import/);
      await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();

      // 1. The type and the file.
      await page.getByRole('combobox', { name: 'Content type' }).click();
      await page.getByRole('option', { name: 'Customer', exact: true }).click();
      await page.locator('input[type="file"]').setInputFiles(SAMPLE);
      await page.getByRole('button', { name: 'Check the file' }).click();

      // 2. The dry-run: the Chinese headers are mapped to fields, the counts and a preview are shown.
      await page
        .getByRole('heading', { name: 'Columns and preview', level: 2 })
        .waitFor({ timeout: 60_000 });
      await expect(
        page.getByRole('combobox', { name: 'Field for the column 单位名称' }).textContent(),
      ).resolves.toContain('(name)');
      await expect(
        page.getByRole('combobox', { name: 'Field for the column 客户等级' }).textContent(),
      ).resolves.toContain('(tier)');
      const counts =
        (await page.getByRole('status', { name: 'Rows of the file' }).textContent()) ?? '';
      expect(counts).toContain('20 rows');
      expect(counts).toContain('3 invalid');
      expect(counts).toContain('1 matching existing records');
      expect(
        await page.getByRole('grid', { name: 'Preview' }).locator('tbody tr').count(),
      ).toBeGreaterThan(0);

      // 3. The report: each bad row with its line, field and reason; the duplicate with its existing record.
      const errors = await rowsOf(page, 'Rows with errors');
      expect(errors.map((row) => Number(row.split('|')[0]))).toEqual(BAD_LINES);
      expect(errors.every((row) => row.split('|')[2].length > 0)).toBe(true);
      const duplicates = await rowsOf(page, 'Rows matching existing records');
      expect(duplicates).toEqual([
        `${DUPLICATE.line}|Same code|${DUPLICATE.name} (${DUPLICATE.code})`,
      ]);
      await shot(page, 'import-report');
      await shot(page, 'import-report-1440x900', false);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download report (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('customers-errors.csv');
      const report = fs.readFileSync((await download.path())!, 'utf8');
      expect(report.startsWith('\uFEFFLine,Field,Reason\n')).toBe(true);
      expect(
        report
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => Number(line.split(',')[0])),
      ).toEqual(BAD_LINES);

      // 4. Commit the valid rows, skipping the invalid ones and the duplicate (the default).
      expect(
        await page
          .getByRole('radio', { name: 'Skip them (keep the existing records)' })
          .getAttribute('aria-checked'),
      ).toBe('true');
      await page
        .getByRole('button', { name: /^Import \d+ valid rows \(skip 3 invalid\)$/ })
        .click();
      await page
        .getByText(/^Import finished: 16 created, 0 updated, \d+ skipped\.$/)
        .waitFor({ timeout: 60_000 });
      await shot(page, 'import-result');

      // The records, in the content manager's list of customers.
      await page.getByRole('link', { name: 'Open the Customer list' }).click();
      await page.waitForURL(
        new RegExp(`/admin/content-manager/collection-types/${CUSTOMER.replace(/\./g, '\\.')}`),
      );
      await page.goto(
        `${app!.url}/admin/content-manager/collection-types/${CUSTOMER}?page=1&pageSize=50&sort=code:ASC&_q=CN-`,
      );
      await page
        .getByRole('gridcell', { name: '西安雷达探测技术研究所' })
        .first()
        .waitFor({ timeout: 30_000 });
      await shot(page, 'import-records');
    } catch (error) {
      await shot(page, 'FAILED-import').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }

    const imported = await customersWithCodes(NEW_CODES);
    expect(imported.map((customer) => customer.code).sort()).toEqual(
      [
        'CN-MU-00101',
        'CN-MU-00102',
        'CN-MU-00103',
        'CN-MU-00104',
        'CN-PA-00105',
        'CN-PA-00106',
        'CN-RI-00107',
        'CN-RI-00108',
        'CN-RI-00109',
        'CN-SE-00110',
        'EX-FG-00114',
        'EX-FG-00115',
        'CN-OT-00116',
        'CN-MU-00117',
        'CN-MU-00118',
        'CN-SE-00119',
      ].sort(),
    );
    // Chinese enumeration labels became their values; the demo customer was left as it was.
    expect(imported.find((customer) => customer.code === 'CN-RI-00107')?.tier).toBe('strategic');
    const [demo] = await customersWithCodes([DUPLICATE.code]);
    expect(demo.name).toBe(DUPLICATE.name);
    expect(demo.tier).toBe('regular');
  });

  it("reads a staff sheet's own headers and abbreviations, shows each match's confidence, and asks to confirm the weak one", async () => {
    const { context, page } = await logIn(importer);
    try {
      await page.goto(`${app!.url}/admin/plugins/synergy-import`);
      await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Content type' }).click();
      await page.getByRole('option', { name: 'Customer', exact: true }).click();
      await page.locator('input[type="file"]').setInputFiles(STAFF_SHEET);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page
        .getByRole('heading', { name: 'Columns and preview', level: 2 })
        .waitFor({ timeout: 60_000 });

      // Headers that are no field label, matched by synonym; 备注栏 only by similarity.
      await expect(
        page.getByRole('combobox', { name: 'Field for the column 客户名称' }).textContent(),
      ).resolves.toContain('(name)');
      await expect(
        page.getByRole('combobox', { name: 'Field for the column 等级' }).textContent(),
      ).resolves.toContain('(tier)');
      const confirm = page.getByRole('checkbox', {
        name: 'Confirm the field of the column 备注栏',
      });
      await confirm.waitFor();
      expect(await confirm.getAttribute('aria-checked')).toBe('false');

      // 重点 read as 重点客户 (key), listed for the user to check.
      const interpreted = page
        .getByRole('region', { name: 'Values read from abbreviations' })
        .or(page.getByText('Values read from abbreviations'));
      await interpreted.first().waitFor();
      expect(await page.getByText('重点客户').count()).toBeGreaterThan(0);
      await shot(page, 'import-staff-sheet');
    } catch (error) {
      await shot(page, 'FAILED-import-staff-sheet').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
