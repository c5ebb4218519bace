import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { AdminApi, type AdminAccount } from './admin-api';
import { ROOT, startApp, type RunningApp } from './app-server';

/**
 * The brand-material approval workflow in a real browser (SPEC §3): an author submits a draft from
 * the content manager's side panel, and a Marketing reviewer, a Security Officer and Leadership
 * approve its three stages, each in their own session; publishing is refused until the last
 * approval and works after it. Screenshots go to test-artifacts/screenshots/.
 */

const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
const BRAND_MATERIAL = 'api::brand-material.brand-material';

let app: RunningApp | undefined;
let browser: Browser | undefined;
let superAdmin: AdminAccount;
let superApi: AdminApi;
let author: AdminAccount;
let marketingReviewer: AdminAccount;
let securityOfficer: AdminAccount;
let leadership: AdminAccount;
let documentId: string;
const TITLE = '2025 珠海航展宣传册';

const shot = async (target: Page | Locator, name: string) => {
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
};

/** A logged-in browser context; `locale` is the admin panel's language. */
const logIn = async (
  account: AdminAccount,
  locale: 'en' | 'zh-Hans',
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser!.newContext({
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

/** Runs one user's part in their own browser session; a failure leaves a screenshot named after it. */
const asUser = async (
  account: AdminAccount,
  name: string,
  scenario: (page: Page) => Promise<void>,
  locale: 'en' | 'zh-Hans' = 'en',
) => {
  const { context, page } = await logIn(account, locale);
  try {
    await scenario(page);
  } catch (error) {
    await page
      .screenshot({ path: path.join(SCREENSHOTS, `FAILED-workflow-${name}.png`), fullPage: true })
      .catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

const editViewUrl = (id = documentId) =>
  `${app!.url}/admin/content-manager/collection-types/${BRAND_MATERIAL}/${id}?plugins[i18n][locale]=zh-Hans`;

/** The "Review" side panel of the edit view ("审核" in Chinese). */
const reviewPanel = (page: Page, title: RegExp = /^review$/i) =>
  page.locator('aside').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

const openEditView = async (page: Page, id = documentId, title = TITLE) => {
  await page.goto(editViewUrl(id));
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await reviewPanel(page).waitFor();
};

const createBrandMaterial = async (account: AdminAccount, title: string) =>
  (
    await superApi
      .as(account.token)
      .request<{ data: { documentId: string } }>(
        'POST',
        `/content-manager/collection-types/${BRAND_MATERIAL}?locale=zh-Hans`,
        {
          title,
          kind: 'brochure',
          audience: 'public',
          channel: '航展',
          classification: 'public',
        },
      )
  ).data.documentId;

/** Clicks Publish in the edit view; answers the content manager's publish response. */
const publish = async (page: Page) => {
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) =>
        candidate.url().includes('/actions/publish') && candidate.request().method() === 'POST',
    ),
    page.getByRole('button', { name: 'Publish', exact: true }).click(),
  ]);
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  return { status: response.status(), message: body.error?.message };
};

/** Publishing is refused: 403 from the server, and its message in an error notification. */
const expectPublishRefused = async (page: Page) => {
  const { status, message } = await publish(page);
  expect(status).toBe(403);
  expect(message).toMatch(/review/i);
  await page.getByText(message!).first().waitFor();
};

const reviewOf = async (id = documentId) =>
  (
    await superApi.request<{
      data: {
        id: number;
        state: string;
        stageIndex: number;
        approvalsSoFar: number;
        version: number;
      } | null;
    }>(
      'GET',
      `/synergy/reviews/document?contentType=${encodeURIComponent(BRAND_MATERIAL)}&documentId=${id}`,
    )
  ).data;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  app = await startApp({ ports: [1370, 1379] });

  const anonymous = new AdminApi(app.url);
  superAdmin = await anonymous.registerSuperAdmin('Super', 'Admin');
  superApi = anonymous.as(superAdmin.token);
  author = await superApi.createAdmin('Marketing', 'Mei', 'Author');
  marketingReviewer = await superApi.createAdmin('Marketing', 'Ming', 'Reviewer');
  securityOfficer = await superApi.createAdmin('Security Officer', 'Song', 'Security');
  leadership = await superApi.createAdmin('Leadership', 'Li', 'Leader');

  documentId = await createBrandMaterial(author, TITLE);

  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

describe('brand material approval workflow in the browser', () => {
  it('the author submits the draft from the side panel; publishing before approval is refused', async () => {
    await asUser(author, 'author-submit', async (page) => {
      await openEditView(page);
      const panel = reviewPanel(page);
      await panel.getByText('Draft', { exact: true }).waitFor();
      await panel.getByText(/not submitted yet/i).waitFor();

      await panel.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('Submitted for review.').first().waitFor();
      await panel.getByText('In review', { exact: true }).waitFor();
      await panel.getByText('Stage 1 of 3').waitFor();
      await panel.getByText('0 of 1').waitFor();
      // Never the submitter: the author may withdraw, not approve.
      expect(await panel.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      await panel.getByRole('button', { name: 'Withdraw' }).waitFor();
      await panel.getByRole('list', { name: 'History' }).getByText('Submitted').waitFor();
      await shot(panel, 'workflow-side-panel-submitted');

      // The gate: no publishing while the review is under way.
      await expectPublishRefused(page);
      await shot(page, 'workflow-publish-refused');
    });
    expect(await reviewOf()).toMatchObject({
      state: 'in_review',
      stageIndex: 0,
      approvalsSoFar: 0,
    });
  });

  it('a Marketing reviewer finds it in the Approvals inbox and approves the marketing review', async () => {
    await asUser(marketingReviewer, 'marketing-approve', async (page) => {
      await page.getByRole('link', { name: 'Approvals' }).click();
      await page.waitForURL(/\/admin\/plugins\/synergy-approvals/);
      const inbox = page.getByRole('region', { name: 'Waiting for you' });
      const row = inbox.getByRole('row').filter({ hasText: TITLE });
      await row.waitFor();
      expect(await row.locator('td').allTextContents()).toEqual([
        TITLE,
        'Brand material',
        'In review',
        expect.stringMatching(/marketing/i),
        '0 of 1',
        expect.stringMatching(/^\d+ min$/),
        'Mei Author',
        expect.any(String),
      ]);
      const link = row.getByRole('link', { name: TITLE });
      expect(await link.getAttribute('href')).toBe(
        `/admin/content-manager/collection-types/${BRAND_MATERIAL}/${documentId}?plugins[i18n][locale]=zh-Hans`,
      );
      await link.click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const panel = reviewPanel(page);
      await panel.getByText('Stage 1 of 3').waitFor();
      await panel.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('Approved.').first().waitFor();
      await panel.getByText('Stage 2 of 3').waitFor();
      // The next stage is no longer this user's to approve.
      await expect(panel.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    });
    expect(await reviewOf()).toMatchObject({
      state: 'in_review',
      stageIndex: 1,
      approvalsSoFar: 0,
    });
  });

  it('the Security Officer opens the reject dialog (a comment is required), then approves the security review', async () => {
    await asUser(securityOfficer, 'security-approve', async (page) => {
      await openEditView(page);
      const panel = reviewPanel(page);
      await panel.getByText('Stage 2 of 3').waitFor();

      await panel.getByRole('button', { name: 'Reject…' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('heading', { name: 'Request changes' }).waitFor();
      expect(await dialog.getByRole('button', { name: 'Reject', exact: true }).isDisabled()).toBe(
        true,
      );
      await dialog.getByRole('textbox', { name: 'Comment' }).fill('   ');
      expect(await dialog.getByRole('button', { name: 'Reject', exact: true }).isDisabled()).toBe(
        true,
      );
      await shot(page, 'workflow-reject-dialog');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await panel.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('Approved.').first().waitFor();
      await panel.getByText('Stage 3 of 3').waitFor();
    });
    expect(await reviewOf()).toMatchObject({ state: 'in_review', stageIndex: 2 });
  });

  it('publishing is still refused before the last approval', async () => {
    await asUser(author, 'author-publish-refused', async (page) => {
      await openEditView(page);
      await reviewPanel(page).getByText('Stage 3 of 3').waitFor();
      await expectPublishRefused(page);
    });
  });

  it('Leadership approves the last stage from the Approvals page; the review is approved', async () => {
    await asUser(leadership, 'leadership-approve', async (page) => {
      await page.goto(`${app!.url}/admin/plugins/synergy-approvals`);
      const inbox = page.getByRole('region', { name: 'Waiting for you' });
      await inbox.getByRole('row').filter({ hasText: TITLE }).waitFor();
      await page.getByText('1 to approve').waitFor();
      await shot(page, 'workflow-approvals-page');

      // The list of all reviews filters through the URL.
      await page.goto(`${app!.url}/admin/plugins/synergy-approvals?state=approved`);
      await page.getByText('No review matches these filters.').waitFor();
      await page.goto(
        `${app!.url}/admin/plugins/synergy-approvals?state=in_review&contentType=${BRAND_MATERIAL}`,
      );
      await page.getByText('1 review matches the filters.').waitFor();

      await page
        .getByRole('region', { name: 'All reviews' })
        .getByRole('link', { name: TITLE })
        .click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const panel = reviewPanel(page);
      await panel.getByText('Stage 3 of 3').waitFor();
      await panel.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('Approved.').first().waitFor();
      await panel.getByText('Approved', { exact: true }).first().waitFor();
      const history = panel.getByRole('list', { name: 'History' });
      expect(await history.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
      await shot(panel, 'workflow-side-panel-approved');

      await page.goto(`${app!.url}/admin/plugins/synergy-approvals`);
      await page.getByText('Nothing is waiting for your approval.').waitFor();
      await shot(page, 'workflow-approvals-page-empty-inbox');
    });
    expect(await reviewOf()).toMatchObject({ state: 'approved' });
  });

  it('after the last approval the author publishes', async () => {
    await asUser(author, 'author-publish', async (page) => {
      await openEditView(page);
      await reviewPanel(page).getByText('Approved', { exact: true }).first().waitFor();
      // The message is in the diff if the server refuses.
      expect(await publish(page)).toEqual({ status: 200, message: undefined });
      await page.getByText('Published document').first().waitFor();
    });
    const published = await superApi.request<{ data: Record<string, unknown> }>(
      'GET',
      `/content-manager/collection-types/${BRAND_MATERIAL}/${documentId}?locale=zh-Hans&status=published`,
    );
    expect(published.data.publishedAt).toEqual(expect.any(String));
  });
  it('shows the panel in Chinese', async () => {
    await asUser(
      leadership,
      'zh-Hans',
      async (page) => {
        await page.goto(editViewUrl());
        const panel = reviewPanel(page, /^审核$/);
        await panel.getByText('已批准', { exact: true }).first().waitFor();
        await panel
          .getByRole('list', { name: '审核记录' })
          .getByText('提交审核 · Marketing review')
          .waitFor();
        await shot(panel, 'workflow-side-panel-zh-Hans');
        await page.goto(`${app!.url}/admin/plugins/synergy-approvals`);
        await page.getByRole('heading', { name: '审批', level: 1 }).waitFor();
        await page.getByText('没有等待您审批的事项。').waitFor();
        await shot(page, 'workflow-approvals-page-zh-Hans');
      },
      'zh-Hans',
    );
  });

  it('when someone else acted first, the action answers 409 and the panel says so and refreshes', async () => {
    const title = '出口型号彩页';
    const other = await createBrandMaterial(marketingReviewer, title);
    await superApi.as(marketingReviewer.token).request('POST', '/synergy/reviews', {
      contentType: BRAND_MATERIAL,
      documentId: other,
      version: 0,
    });
    await asUser(author, 'conflict', async (page) => {
      await openEditView(page, other, title);
      const panel = reviewPanel(page);
      await panel.getByText('Stage 1 of 3').waitFor();
      const approve = panel.getByRole('button', { name: 'Approve' });
      await approve.waitFor();
      // Meanwhile a Super Admin approves the same stage.
      const review = (await reviewOf(other))!;
      await superApi.request('POST', `/synergy/reviews/${review.id}/approve`, {
        version: review.version,
      });
      await approve.click();
      await page.getByText('Someone else acted first — refreshed.').waitFor();
      await panel.getByText('Stage 2 of 3').waitFor();
      expect(await panel.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    });
  });
});

describe('approval workflow settings', () => {
  it('a Super Admin edits a workflow: server errors per field, then a new first stage is saved', async () => {
    const { data: workflows } = await superApi.request<{
      data: Array<{ id: number; name: string; contentTypes: string[] }>;
    }>('GET', '/synergy/workflows');
    const competitor = workflows.find((workflow) =>
      workflow.contentTypes.includes('api::competitor.competitor'),
    )!;
    await asUser(superAdmin, 'workflow-settings', async (page) => {
      await page.goto(`${app!.url}/admin/settings`);
      await page.getByRole('link', { name: 'Approval workflows' }).click();
      await page.waitForURL(/\/admin\/settings\/synergy\/workflows/);
      await page.getByRole('heading', { name: 'Approval workflows', level: 1 }).waitFor();
      const form = page.getByRole('form', { name: competitor.name });
      await form.waitFor();
      expect(await page.getByRole('form').count()).toBe(workflows.length);
      const save = form.getByRole('button', { name: `Save ${competitor.name}` });
      expect(await save.isDisabled()).toBe(true);

      // A type another workflow governs: the server's error shows at the content types.
      await form.getByRole('combobox', { name: 'Governed content types' }).click();
      await page.getByRole('option', { name: 'Brand material' }).click();
      await page.keyboard.press('Escape');
      await save.click();
      await form.getByText(/Brand material: .*already governed by/).waitFor();
      await page.reload();
      await form.waitFor();

      // A new stage: required fields first, then the server's limit on approvals.
      await form.getByRole('button', { name: 'Add a stage' }).click();
      const stage = form.getByRole('listitem', { name: 'Stage 2' });
      await save.click();
      expect(await stage.getByText('Required.').count()).toBe(2);
      await stage.getByRole('textbox', { name: 'Key' }).fill('leadership-approval');
      await stage.getByRole('textbox', { name: 'Name' }).fill('Leadership approval');
      await stage.getByRole('combobox', { name: 'Approver roles' }).click();
      await page.getByRole('option', { name: 'Leadership' }).click();
      await page.keyboard.press('Escape');
      await stage.getByRole('textbox', { name: 'Approvals needed' }).fill('21');
      await save.click();
      await stage.getByText(/20/).waitFor();
      await shot(form, 'workflow-settings-errors');

      await stage.getByRole('textbox', { name: 'Approvals needed' }).fill('1');
      await form.getByRole('button', { name: 'Move stage 2 up' }).click();
      await save.click();
      await page.getByText(`"${competitor.name}" saved.`).waitFor();
      await shot(page, 'workflow-settings-saved');
    });
    const { data: after } = await superApi.request<{
      data: Array<{ id: number; stages: Array<{ key: string; requiredApprovals: number }> }>;
    }>('GET', '/synergy/workflows');
    const saved = after.find((workflow) => workflow.id === competitor.id)!;
    expect(saved.stages.map((stage) => stage.key)).toEqual([
      'leadership-approval',
      expect.any(String),
    ]);
    expect(saved.stages[0].requiredApprovals).toBe(1);
  });
});
