import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { AdminApi, type AdminAccount } from './admin-api';
import { ROOT, startApp, type RunningApp } from './app-server';

/**
 * The plugin's admin pages in a real browser against the real app: the audit trail (filters kept
 * in the URL, CSV export, archive), the clearances settings page, and Customer 360 for an account
 * manager whose clearance was lowered. Screenshots go to test-artifacts/screenshots/.
 */

const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
const DOWNLOADS = path.join(ROOT, 'test-artifacts', 'downloads');

const CUSTOMER = 'api::customer.customer';
const FEEDBACK = 'api::feedback.feedback';

let app: RunningApp | undefined;
let browser: Browser | undefined;
let superAdmin: AdminAccount;
let securityOfficer: AdminAccount;
let accountManager: AdminAccount;
const customers = { public: '', internal: '', confidential: '' };

const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

/** A logged-in browser context; `locale` is the admin panel's language. */
const logIn = async (
  account: AdminAccount,
  locale: 'en' | 'zh-Hans' = 'en',
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser!.newContext({
    acceptDownloads: true,
    viewport: { width: 1440, height: 1000 },
    locale: locale === 'en' ? 'en-US' : 'zh-CN',
  });
  await context.addInitScript(
    (language) => window.localStorage.setItem('strapi-admin-language', language),
    locale,
  );
  const page = await context.newPage();
  await page.goto(`${app!.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  return { context, page };
};

/** Chooses an option of a design-system select found by its accessible name. */
const choose = async (page: Page, selectName: string | RegExp, option: string) => {
  await page.getByRole('combobox', { name: selectName }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

const tableRows = (page: Page) => page.locator('table tbody tr');

/** Runs one scenario in a logged-in context; a failure leaves a screenshot named after it. */
const asUser = async (
  account: AdminAccount,
  locale: 'en' | 'zh-Hans',
  name: string,
  scenario: (page: Page) => Promise<void>,
) => {
  const { context, page } = await logIn(account, locale);
  try {
    await scenario(page);
  } catch (error) {
    await shot(page, `FAILED-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  fs.mkdirSync(DOWNLOADS, { recursive: true });
  app = await startApp();

  const anonymous = new AdminApi(app.url);
  superAdmin = await anonymous.registerSuperAdmin('Super', 'Admin');
  const api = anonymous.as(superAdmin.token);
  securityOfficer = await api.createAdmin('Security Officer', 'Security', 'Officer');
  accountManager = await api.createAdmin('Account Manager', 'Account', 'Manager');

  customers.public = await api.createRecord(CUSTOMER, {
    name: '北方航空装备研究所',
    code: 'BT-PUB-1',
    tier: 'key',
    classification: 'public',
  });
  customers.internal = await api.createRecord(CUSTOMER, {
    name: '东部战区某部',
    code: 'BT-INT-1',
    tier: 'strategic',
    classification: 'internal',
  });
  customers.confidential = await api.createRecord(CUSTOMER, {
    name: '某型号总体部',
    code: 'BT-CONF-1',
    classification: 'confidential',
  });
  await api.createRecord(FEEDBACK, {
    customer: { connect: [{ documentId: customers.public }] },
    content: '雷达维修响应时间过长',
    category: 'service',
    severity: 'high',
    satisfaction: 2,
    receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    classification: 'public',
  });
  await api.createRecord(FEEDBACK, {
    customer: { connect: [{ documentId: customers.internal }] },
    content: '希望增加培训',
    category: 'training',
    receivedAt: new Date().toISOString(),
    classification: 'internal',
  });
  // A read of a confidential record is recorded.
  await api.readRecord(CUSTOMER, customers.confidential);

  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('audit trail page', () => {
  it('lists entries, filters them through the URL, and exports the filtered trail as CSV', async () => {
    await asUser(securityOfficer, 'en', 'audit', async (page) => {
      await page.getByRole('link', { name: 'Audit trail' }).click();
      await page.waitForURL(/\/admin\/plugins\/synergy-audit/);
      await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
      await tableRows(page).first().waitFor();
      expect(await tableRows(page).count()).toBeGreaterThanOrEqual(5);
      // Only a Super Admin may archive.
      expect(await page.getByRole('button', { name: 'Archive…' }).count()).toBe(0);

      await choose(page, 'Content type', 'Customer');
      await choose(page, 'Action', 'Create');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.getByText('3 entries match the filters.').waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('contentType')).toBe(CUSTOMER);
      expect(url.searchParams.get('action')).toBe('create');
      expect(await tableRows(page).count()).toBe(3);
      for (const row of await tableRows(page).all()) {
        const cells = await row.locator('td').allInnerTexts();
        expect(cells[1]).toContain('Super Admin (#');
        expect(cells[2]).toBe('Create');
        expect(cells[3]).toBe('Customer');
        expect(cells[6]).toMatch(/name/);
      }
      // Record ids open the record in the content manager.
      const recordLink = tableRows(page).first().locator('td').nth(4).getByRole('link');
      expect(await recordLink.getAttribute('href')).toMatch(
        new RegExp(`/admin/content-manager/collection-types/${CUSTOMER}/\\w+`),
      );
      await shot(page, 'audit-filtered');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('audit-trail.csv');
      const file = path.join(DOWNLOADS, 'audit-trail.csv');
      await download.saveAs(file);
      const lines = fs
        .readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe(
        'occurredAt,actorType,actorId,actorName,action,contentType,recordId,classification,changedFields,ip',
      );
      expect(lines).toHaveLength(4);
      expect(lines.slice(1).every((line) => line.includes(`,create,${CUSTOMER},`))).toBe(true);

      // A shared link opens the same filtered view: the read of the confidential customer.
      await page.goto(
        `${new URL(page.url()).origin}/admin/plugins/synergy-audit?action=read&contentType=${CUSTOMER}`,
      );
      await page.getByText(/entr(y|ies) match(es)? the filters\./).waitFor();
      const readRows = await tableRows(page).all();
      expect(readRows.length).toBeGreaterThanOrEqual(1);
      for (const row of readRows) {
        const cells = await row.locator('td').allInnerTexts();
        expect(cells[2]).toBe('Read');
        expect(cells[5]).toBe('Confidential');
        expect(cells[4]).toBe(customers.confidential);
      }
      await expect(page.getByRole('combobox', { name: 'Action' }).innerText()).resolves.toContain(
        'Read',
      );
      await shot(page, 'audit-shared-link');

      // An empty result says so.
      await page.goto(`${app!.url}/admin/plugins/synergy-audit?recordId=no-such-record`);
      await page.getByText('No entry matches these filters.').waitFor();
    });
  });

  it('lets a Super Admin archive entries before a day, downloading them', async () => {
    await asUser(superAdmin, 'en', 'audit-archive', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-audit`);
      await tableRows(page).first().waitFor();
      await page.getByRole('button', { name: 'Archive…' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog
        .getByText('Every entry recorded before this day is downloaded as a CSV file')
        .waitFor();
      const confirm = dialog.getByRole('button', { name: 'Download and remove' });
      expect(await confirm.isDisabled()).toBe(true);
      const dateInput = dialog.getByRole('combobox', { name: 'Archive entries before' });
      // The date picker parses what is typed and commits it when the field loses focus.
      await dateInput.fill('01/01/2020');
      await dialog.getByText('Every entry recorded before this day').click();
      expect(await dateInput.inputValue()).toBe('01/01/2020');
      await shot(page, 'audit-archive-dialog');
      expect(await confirm.isDisabled()).toBe(false);
      const [download] = await Promise.all([page.waitForEvent('download'), confirm.click()]);
      expect(download.suggestedFilename()).toMatch(
        /^audit-archive-before-20(19-12-31|20-01-01)\.csv$/,
      );
      await page.getByText('0 entries archived and removed.').waitFor();
      // The archive is recorded in the trail.
      await page.goto(`${app!.url}/admin/plugins/synergy-audit?action=archive`);
      await page.getByText('1 entry matches the filters.').waitFor();
    });
  });
});

describe('clearances settings page', () => {
  it('refuses a level above the caller’s own, then sets the Account Manager to public', async () => {
    await asUser(securityOfficer, 'en', 'clearances', async (page) => {
      await page.goto(`${app!.url}/admin/settings`);
      await page.getByRole('link', { name: 'Clearances' }).click();
      await page.waitForURL(/\/admin\/settings\/synergy\/clearances/);
      await page.getByRole('heading', { name: 'What a clearance does' }).waitFor();
      const managerName = `${accountManager.firstname} ${accountManager.lastname}`;
      const managerRow = tableRows(page).filter({ hasText: accountManager.email });
      await managerRow.waitFor();
      expect(await managerRow.locator('td').nth(4).textContent()).toBe('Default');
      // Super Admin rows are read-only.
      const superRow = tableRows(page).filter({ hasText: superAdmin.email });
      expect(await superRow.getByRole('combobox').count()).toBe(0);
      expect(await superRow.locator('td').nth(3).textContent()).toBe('Secret');

      // The Security Officer is internal (default): the server refuses secret.
      await choose(page, `Clearance level of ${managerName}`, 'Secret');
      await page.getByRole('button', { name: `Save the clearance of ${managerName}` }).click();
      await page.getByText('level "secret" is above your own clearance "internal"').waitFor();

      await choose(page, `Clearance level of ${managerName}`, 'Public');
      await managerRow.getByRole('textbox').fill('Field sales: public records only');
      await page.getByRole('button', { name: `Save the clearance of ${managerName}` }).click();
      await page.getByText(`${managerName} is now cleared for Public.`).waitFor();
      await page.reload();
      await managerRow.waitFor();
      expect(await managerRow.locator('td').nth(4).textContent()).toBe('Explicit');
      expect(
        await page.getByRole('combobox', { name: `Clearance level of ${managerName}` }).innerText(),
      ).toContain('Public');
      await shot(page, 'clearances');

      const { data } = await new AdminApi(app!.url, superAdmin.token).request<{
        data: Array<{ id: number; level: string; note: string | null }>;
      }>('GET', '/synergy/clearances');
      expect(data.find((user) => user.id === accountManager.id)).toMatchObject({
        level: 'public',
        note: 'Field sales: public records only',
      });
    });
  });
});

describe('compartments and caveats settings page', () => {
  it('lists the seeded caveats and adds a compartment, which the Clearances page then offers', async () => {
    await asUser(securityOfficer, 'en', 'compartments', async (page) => {
      await page.goto(`${app!.url}/admin/settings`);
      await page.getByRole('link', { name: 'Compartments and caveats' }).click();
      await page.waitForURL(/\/admin\/settings\/synergy\/need-to-know/);
      await page.getByRole('heading', { name: 'Release caveats' }).waitFor();
      await page.getByText('export-controlled', { exact: true }).waitFor();
      await page.getByRole('textbox', { name: 'Code' }).first().fill('browser-test');
      // The compartments' table comes first; its last row adds one.
      await page
        .locator('table')
        .first()
        .getByRole('textbox', { name: 'Name' })
        .last()
        .fill('浏览器测试');
      await page.getByRole('button', { name: 'Add' }).first().click();
      await page.getByText('browser-test', { exact: true }).waitFor();
      await shot(page, 'compartments');

      await page.goto(`${app!.url}/admin/settings/synergy/clearances`);
      const managerName = `${accountManager.firstname} ${accountManager.lastname}`;
      await page.getByRole('combobox', { name: `Compartments ${managerName} holds` }).waitFor();
      await shot(page, 'clearances-compartments');
    });
  });
});

describe('the pages in Chinese', () => {
  it('shows the audit trail and the clearances with translated names, actions and levels', async () => {
    await asUser(securityOfficer, 'zh-Hans', 'zh-Hans', async (page) => {
      await page.goto(
        `${app!.url}/admin/plugins/synergy-audit?contentType=${CUSTOMER}&action=create`,
      );
      await page.getByRole('heading', { name: '审计记录', level: 1 }).waitFor();
      await page.getByText('3 条记录符合筛选条件。').waitFor();
      const cells = await tableRows(page).first().locator('td').allInnerTexts();
      expect(cells.slice(2, 4)).toEqual(['创建', '客户单位']);
      await shot(page, 'audit-zh-Hans');

      await page.goto(`${app!.url}/admin/settings/synergy/clearances`);
      await page.getByRole('heading', { name: '涉密等级的作用' }).waitFor();
      const managerRow = tableRows(page).filter({ hasText: accountManager.email });
      // The first select of the row is the level; the compartments follow.
      expect(await managerRow.getByRole('combobox').first().innerText()).toContain('公开');
      await shot(page, 'clearances-zh-Hans');
    });
  });
});

describe('Customer 360 for an account manager cleared for public records', () => {
  it('shows a public customer with its feedback, in Chinese, and hides an internal one', async () => {
    await asUser(accountManager, 'zh-Hans', 'customer-360', async (page) => {
      // No audit permission: no audit menu entry.
      expect(await page.getByRole('link', { name: '审计记录' }).count()).toBe(0);
      await page.goto(`${app!.url}/admin/plugins/synergy?customer=${customers.public}`);
      await page.getByRole('heading', { name: '北方航空装备研究所', level: 1 }).waitFor();
      await page.getByText('雷达维修响应时间过长').waitFor();
      await shot(page, 'customer-360-account-manager');

      await page.goto(`${app!.url}/admin/plugins/synergy?customer=${customers.internal}`);
      await page.getByText('该客户不存在，或您无权查看。').waitFor();
      await shot(page, 'customer-360-hidden');
    });
  });
});
