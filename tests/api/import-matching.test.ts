/**
 * Import of sheets as staff write them (issue 15, item 5): headers matched by synonym or similarity
 * with a confidence, and enumeration cells abbreviated (`重点` for 重点客户) read and reported.
 */
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';
import { csvOf, postImport } from '../helpers/import';
import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let manager: AdminSession;

const CUSTOMER = 'api::customer.customer';

/** The sheet of the issue: none of its headers is a field name or label. */
const ISSUE_SHEET = csvOf([
  ['客户名称', '客户编码', '客户类型', '军种', '等级', '状态', '备注栏'],
  ['南部某海防团', 'MT-001', '军队单位', '海军', '重点', '活跃', '新客户'],
  ['中部某研究所', 'MT-002', '科研院所', '民用', '战略', '休眠', ''],
  ['北部某保障队', 'MT-003', '采购机构', '联勤', '一般客户', 'active', ''],
]);

const customersByCode = async (codes: string[]) =>
  (await app.strapi.db.query(CUSTOMER).findMany({
    where: { code: { $in: codes } },
    orderBy: { code: 'asc' },
  })) as Array<Record<string, unknown>>;

beforeAll(async () => {
  app = await setupStrapi();
  manager = await createAdminSession(app.strapi, ['Account Manager']);
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

describe('POST /synergy/import/customers — a sheet as staff write it', () => {
  it('proposes a field for each header with its confidence and method, flagging the similar one for confirmation', async () => {
    const res = await postImport(app, manager, 'customers', ISSUE_SHEET);
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.mapping).toEqual({
      客户名称: 'name',
      客户编码: 'code',
      客户类型: 'type',
      军种: 'sector',
      等级: 'tier',
      状态: 'status',
      备注栏: 'notes',
    });
    const synonym = { confidence: 0.9, method: 'synonym', needsConfirmation: false };
    expect(report.proposals).toEqual({
      客户名称: { field: 'name', ...synonym },
      客户编码: { field: 'code', ...synonym },
      客户类型: { field: 'type', ...synonym },
      军种: { field: 'sector', ...synonym },
      等级: { field: 'tier', ...synonym },
      状态: { field: 'status', ...synonym },
      备注栏: { field: 'notes', confidence: 0.53, method: 'similar', needsConfirmation: true },
    });
    expect(report.rows).toEqual({ total: 3, valid: 3, invalid: 0 });
    expect(report.errors).toEqual([]);
  });

  it('reads abbreviated enumeration cells (重点 → key) and lists each one it interpreted; a dry run writes nothing', async () => {
    const res = await postImport(app, manager, 'customers', ISSUE_SHEET);
    const report = res.body.data;
    expect(report.preview.map((row: { data: Record<string, unknown> }) => row.data)).toEqual([
      {
        name: '南部某海防团',
        code: 'MT-001',
        type: 'military_unit',
        sector: 'navy',
        tier: 'key',
        status: 'active',
        notes: '新客户',
      },
      {
        name: '中部某研究所',
        code: 'MT-002',
        type: 'research_institute',
        sector: 'civil',
        tier: 'strategic',
        status: 'dormant',
      },
      {
        name: '北部某保障队',
        code: 'MT-003',
        type: 'procurement_agency',
        sector: 'joint_logistics',
        tier: 'regular',
        status: 'active',
      },
    ]);
    expect(report.interpreted).toEqual([
      { line: 2, column: '等级', field: 'tier', raw: '重点', value: 'key' },
      { line: 3, column: '等级', field: 'tier', raw: '战略', value: 'strategic' },
      { line: 4, column: '军种', field: 'sector', raw: '联勤', value: 'joint_logistics' },
    ]);
    expect(await customersByCode(['MT-001', 'MT-002', 'MT-003'])).toEqual([]);
  });

  it('refuses an ambiguous cell naming the field and the candidates, and one in no label', async () => {
    const csv = csvOf([
      ['客户名称', '客户编码', '等级', '客户类型'],
      ['东部某站', 'MT-010', '客户', '军队单位'],
      ['西部某站', 'MT-011', 'VIP客户', '军队'],
    ]);
    const report = (await postImport(app, manager, 'customers', csv)).body.data;
    expect(report.rows).toEqual({ total: 2, valid: 0, invalid: 2 });
    expect(report.errors).toEqual([
      {
        line: 2,
        field: 'tier',
        reason:
          '"客户" could be any of strategic (战略客户), key (重点客户), regular (一般客户), prospect (潜在客户): write one in full',
      },
      {
        line: 3,
        field: 'tier',
        reason:
          '"VIP客户" is not one of strategic (战略客户), key (重点客户), regular (一般客户), prospect (潜在客户)',
      },
    ]);
    expect(report.interpreted).toEqual([
      { line: 3, column: '客户类型', field: 'type', raw: '军队', value: 'military_unit' },
    ]);
  });

  it('keeps the automatic proposals in the report when the user sends a mapping', async () => {
    const mapping = JSON.stringify({ 客户名称: 'name', 客户编码: 'code', 备注栏: '' });
    const report = (await postImport(app, manager, 'customers', ISSUE_SHEET, { mapping })).body
      .data;
    expect(report.mapping).toMatchObject({
      客户名称: 'name',
      客户编码: 'code',
      备注栏: null,
      等级: null,
    });
    expect(report.proposals.备注栏).toMatchObject({ field: 'notes', needsConfirmation: true });
    expect(report.interpreted).toEqual([]);
  });

  it('commits the sheet: the interpreted values are stored, and the report lists them', async () => {
    const res = await postImport(app, manager, 'customers', ISSUE_SHEET, { mode: 'commit' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ committed: true, created: 3 });
    expect(res.body.data.interpreted).toHaveLength(3);
    const stored = await customersByCode(['MT-001', 'MT-002', 'MT-003']);
    expect(
      stored.map(({ code, tier, sector, status }) => ({ code, tier, sector, status })),
    ).toEqual([
      { code: 'MT-001', tier: 'key', sector: 'navy', status: 'active' },
      { code: 'MT-002', tier: 'strategic', sector: 'civil', status: 'dormant' },
      { code: 'MT-003', tier: 'regular', sector: 'joint_logistics', status: 'active' },
    ]);
    // The commit saved the mapping: the next file with these headers takes it as is (confidence 1).
    const types = await app.http().get('/synergy/import/types').set(bearer(manager.token));
    const customers = types.body.data.find((type: { type: string }) => type.type === 'customers');
    expect(customers.savedMapping).toMatchObject({ 等级: 'tier', 军种: 'sector' });
    const again = (await postImport(app, manager, 'customers', ISSUE_SHEET)).body.data;
    expect(again.proposals.等级).toEqual({
      field: 'tier',
      confidence: 1,
      method: 'saved',
      needsConfirmation: false,
    });
  });
});
