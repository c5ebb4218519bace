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
});
