import { setupStrapi, type TestApp } from '../helpers/strapi';
import { createAdminSession, type AdminSession } from '../helpers/auth';
import { postImport } from '../helpers/import';

let app: TestApp;
let manager: AdminSession;

const ROWS = 200_000;
const LIMIT_MB = 60;

beforeAll(async () => {
  app = await setupStrapi({ env: { UPLOAD_MAX_FILE_MB: String(LIMIT_MB) } });
  manager = await createAdminSession(app.strapi, ['Account Manager']);
}, 300_000);

afterAll(async () => {
  await app?.teardown();
});

/** 200,000 customers, about 270 bytes a row: a file of more than 50 MB. */
const bigCsv = () => {
  const filler = 'x'.repeat(215);
  const lines = ['code,name,tier,notes'];
  for (let index = 0; index < ROWS; index += 1)
    lines.push(`BIG-${index},大型导入单位${index},重点客户,${filler}`);
  return Buffer.from(`${lines.join('\n')}\n`);
};

/** Reading and validating do not depend on the database: the big file runs on SQLite (the CI's first pass) only. */
const onSqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' ? it : it.skip;

describe('large files', () => {
  onSqlite(
    'validates a 50 MB file of 200,000 rows (dry run)',
    async () => {
      const file = bigCsv();
      expect(file.length).toBeGreaterThan(50 * 1024 * 1024);
      const res = await postImport(app, manager, 'customers', file);
      expect(res.status).toBe(200);
      expect(res.body.data.rows).toEqual({ total: ROWS, valid: ROWS, invalid: 0 });
      expect(res.body.data.errors).toEqual([]);
      expect(res.body.data.preview).toHaveLength(20);
      expect(res.body.data.preview[19]).toEqual({
        line: 21,
        data: { code: 'BIG-19', name: '大型导入单位19', tier: 'key', notes: 'x'.repeat(215) },
      });
    },
    300_000,
  );

  it('refuses a file above the upload limit with 413', async () => {
    const res = await postImport(
      app,
      manager,
      'customers',
      Buffer.alloc((LIMIT_MB + 1) * 1024 * 1024, 'a'),
    );
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });
  }, 120_000);
});
