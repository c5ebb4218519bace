/**
 * The sample files shipped in docs/samples/ do what docs/samples/README.md promises on the demo
 * data: a new Account Manager imports customers.csv (3 bad rows, 1 duplicate), then
 * feedback.xlsx (3 bad rows), skipping the bad rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBulk } from '../../scripts/seed/bulk';
import { appRoot } from '../helpers/app-root';
import { createAdminSession, type AdminSession } from '../helpers/auth';
import { postImport } from '../helpers/import';
import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let manager: AdminSession;

const sample = (name: string) => fs.readFileSync(path.join(appRoot(), 'docs', 'samples', name));
const linesOf = (errors: Array<{ line: number; field: string }>) =>
  [...new Set(errors.map((error) => error.line))].sort((a, b) => a - b);

beforeAll(async () => {
  app = await setupStrapi();
  await loadBulk(app.strapi, { scale: 'demo' });
  manager = await createAdminSession(app.strapi, ['Account Manager']);
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

describe('docs/samples on the demo data', () => {
  it('customers.csv: the documented bad rows and duplicate, then 16 customers created with the bad rows skipped', async () => {
    const dryRun = await postImport(app, manager, 'customers', sample('customers.csv'), {
      filename: 'customers.csv',
      mode: 'dry-run',
    });
    expect(dryRun.status).toBe(200);
    const report = dryRun.body.data;
    expect(report.rows).toEqual({ total: 20, valid: 17, invalid: 3 });
    expect(linesOf(report.errors)).toEqual([12, 13, 14]);
    expect(report.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'name',
      'tier',
      'type',
    ]);
    expect(report.duplicates).toEqual([
      expect.objectContaining({
        line: 15,
        match: 'code',
        existing: expect.objectContaining({ code: 'CN-RI-00001' }),
      }),
    ]);

    const before = await app.strapi.db.query('api::customer.customer').count();
    const commit = await postImport(app, manager, 'customers', sample('customers.csv'), {
      filename: 'customers.csv',
      mode: 'commit',
      skipInvalid: 'true',
    });
    expect(commit.status).toBe(200);
    expect(commit.body.data).toMatchObject({ created: 16, updated: 0, skipped: 1 });
    expect(await app.strapi.db.query('api::customer.customer').count()).toBe(before + 16);
  });

  it('feedback.xlsx: the documented bad rows, and the other rows imported against the new customers', async () => {
    const dryRun = await postImport(app, manager, 'feedbacks', sample('feedback.xlsx'), {
      filename: 'feedback.xlsx',
      mode: 'dry-run',
    });
    expect(dryRun.status).toBe(200);
    const report = dryRun.body.data;
    expect(report.rows).toEqual({ total: 12, valid: 9, invalid: 3 });
    expect(linesOf(report.errors)).toEqual([9, 10, 11]);

    const commit = await postImport(app, manager, 'feedbacks', sample('feedback.xlsx'), {
      filename: 'feedback.xlsx',
      mode: 'commit',
      skipInvalid: 'true',
    });
    expect(commit.status).toBe(200);
    expect(commit.body.data).toMatchObject({ created: 9 });
  });

  it('customer-sheet.xlsx: staff headers matched by synonym (备注栏 to confirm), abbreviations read and listed, the ambiguous row refused', async () => {
    const dryRun = await postImport(app, manager, 'customers', sample('customer-sheet.xlsx'), {
      filename: 'customer-sheet.xlsx',
      mode: 'dry-run',
    });
    expect(dryRun.status).toBe(200);
    const report = dryRun.body.data;
    expect(report.mapping).toEqual({
      客户名称: 'name',
      客户编码: 'code',
      客户类型: 'type',
      军种: 'sector',
      等级: 'tier',
      状态: 'status',
      备注栏: 'notes',
    });
    expect(report.proposals.备注栏).toMatchObject({ method: 'similar', needsConfirmation: true });
    expect(report.rows).toEqual({ total: 5, valid: 4, invalid: 1 });
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 6,
        field: 'tier',
        reason: expect.stringContaining('could be any of'),
      }),
    ]);
    expect(report.duplicates).toEqual([]);
    expect(
      report.interpreted.map(
        (cell: { line: number; column: string; raw: string; value: string }) =>
          `${cell.line} ${cell.column} ${cell.raw} → ${cell.value}`,
      ),
    ).toEqual([
      '2 等级 重点 → key',
      '3 等级 战略 → strategic',
      '4 客户类型 采购 → procurement_agency',
      '4 军种 联勤 → joint_logistics',
      '5 客户类型 国有 → state_enterprise',
    ]);

    const commit = await postImport(app, manager, 'customers', sample('customer-sheet.xlsx'), {
      filename: 'customer-sheet.xlsx',
      mode: 'commit',
      skipInvalid: 'true',
    });
    expect(commit.body.data).toMatchObject({ committed: true, created: 4 });
    const stored = await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { code: 'KH-2027-001' } });
    expect(stored).toMatchObject({ tier: 'key', sector: 'navy', type: 'military_unit' });
  });
});
