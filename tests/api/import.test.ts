import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';
import { csvOf, postImport } from '../helpers/import';

let app: TestApp;
let manager: AdminSession;
let engineer: AdminSession;
let marketing: AdminSession;
let north: string;

const CUSTOMER = 'api::customer.customer';
const FEEDBACK = 'api::feedback.feedback';

const customersByCode = async (codes: string[]) =>
  (await app.strapi.db
    .query(CUSTOMER)
    .findMany({ where: { code: { $in: codes } }, orderBy: { code: 'asc' } })) as Array<
    Record<string, unknown>
  >;

beforeAll(async () => {
  app = await setupStrapi();
  manager = await createAdminSession(app.strapi, ['Account Manager']);
  engineer = await createAdminSession(app.strapi, ['Service Engineer']);
  marketing = await createAdminSession(app.strapi, ['Marketing']);
  const documents = app.strapi.documents;
  north = (
    await documents(CUSTOMER).create({
      data: { name: '北方某部', code: 'IM-N', tier: 'strategic' },
    })
  ).documentId;
  await documents(CUSTOMER).create({
    data: { name: '机密某部', code: 'IM-S', classification: 'secret' },
  });
  await documents('api::contact.contact').create({ data: { fullName: '张伟', customer: north } });
});

afterAll(async () => {
  await app?.teardown();
});

describe('GET /synergy/import/types', () => {
  it('lists the types the caller may create, with required fields, en/zh labels, enumeration options and relation matching', async () => {
    const res = await app.http().get('/synergy/import/types').set(bearer(manager.token));
    expect(res.status).toBe(200);
    const types = res.body.data as Array<{ type: string; fields: Array<Record<string, unknown>> }>;
    expect(types.map((type) => type.type)).toEqual([
      'customers',
      'contacts',
      'interactions',
      'feedbacks',
      'survey-responses',
    ]);
    const customer = types[0].fields;
    expect(customer.find((field) => field.name === 'code')).toMatchObject({
      required: true,
      labels: { en: 'Code', 'zh-Hans': '单位代码' },
    });
    expect(customer.find((field) => field.name === 'tier')?.options).toContainEqual({
      value: 'strategic',
      labels: { en: 'Strategic', 'zh-Hans': '战略客户' },
    });
    expect(customer.map((field) => field.name)).not.toContain('needs');
    const contact = types[1].fields.find((field) => field.name === 'customer');
    expect(contact).toMatchObject({
      required: true,
      type: 'relation:customers',
      relation: { target: 'customers', matchBy: ['code', 'name'] },
    });

    const engineerTypes = await app.http().get('/synergy/import/types').set(bearer(engineer.token));
    expect(engineerTypes.body.data.map((type: { type: string }) => type.type)).toEqual([
      'service-tickets',
    ]);
  });
});

describe('POST /synergy/import/:type — reading and validating', () => {
  it('matches Chinese headers and Chinese enumeration labels, and a dry run writes nothing', async () => {
    const csv = csvOf([
      ['单位名称', '单位代码', '单位类型', '客户等级', '密级', 'Extra'],
      ['东部某所', 'IM-E', '科研院所', '重点客户', '公开', 'x'],
      ['西部某部', 'IM-W', 'military_unit', 'Strategic', '', ''],
    ]);
    const res = await postImport(app, manager, 'customers', csv);
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.mapping).toEqual({
      单位名称: 'name',
      单位代码: 'code',
      单位类型: 'type',
      客户等级: 'tier',
      密级: 'classification',
      Extra: null,
    });
    expect(report.rows).toEqual({ total: 2, valid: 2, invalid: 0 });
    expect(report.preview).toEqual([
      {
        line: 2,
        data: {
          name: '东部某所',
          code: 'IM-E',
          type: 'research_institute',
          tier: 'key',
          classification: 'public',
        },
      },
      {
        line: 3,
        data: { name: '西部某部', code: 'IM-W', type: 'military_unit', tier: 'strategic' },
      },
    ]);
    expect(report.created).toBeUndefined();
    expect(await customersByCode(['IM-E', 'IM-W'])).toEqual([]);
  });

  it('reports each bad row with its line, field and reason: type, enumeration, range, required, business rule, reference, clearance', async () => {
    const csv = csvOf([
      [
        'customer',
        'content',
        'receivedAt',
        'resolvedAt',
        'satisfaction',
        'severity',
        'classification',
      ],
      ['北方某部', '雷达误报', '2026-03-01', '', '4', '高', 'internal'],
      ['IM-N', '不是数字', '2026/3/1', '', 'abc', '', ''],
      ['IM-N', '未知枚举', '2026-03-01', '', '', 'huge', ''],
      ['IM-N', '超出范围', '2026-03-01', '', '9', '', ''],
      ['IM-N', '', '2026-03-01', '', '', '', ''],
      ['IM-N', '早于接收', '2026-03-01T08:00:00Z', '2026-02-01', '', '', ''],
      ['不存在的单位', '未知客户', '2026-03-01', '', '', '', ''],
      ['IM-N', '超出密级', '2026-03-01', '', '', '', 'secret'],
      ['IM-S', '看不见的客户', '2026-03-01', '', '', '', ''],
      ['IM-N', '第一行\n第二行', '2026-03-02 09:30', '', '5', 'critical', ''],
      ['IM-N', '跨行之后', 'not a date', '', '', '', ''],
    ]);
    const res = await postImport(app, manager, 'feedbacks', csv, { mode: 'commit' });
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.errors).toEqual([
      { line: 3, field: 'satisfaction', reason: '"abc" is not a number' },
      {
        line: 4,
        field: 'severity',
        reason: expect.stringMatching(/^"huge" is not one of low \(低\), medium/),
      },
      { line: 5, field: 'satisfaction', reason: '9 is outside 1–5' },
      { line: 6, field: 'content', reason: 'content is required' },
      { line: 7, field: 'resolvedAt', reason: 'resolvedAt must not be earlier than receivedAt' },
      { line: 8, field: 'customer', reason: 'no customers "不存在的单位" found (by code or name)' },
      {
        line: 9,
        field: 'classification',
        reason: 'classification "secret" is above your clearance "internal"',
      },
      { line: 10, field: 'customer', reason: 'no customers "IM-S" found (by code or name)' },
      // Line 11's content spans two lines: the next record starts on line 13.
      {
        line: 13,
        field: 'receivedAt',
        reason: expect.stringMatching(/^"not a date" is not a date and time/),
      },
    ]);
    expect(report.rows).toEqual({ total: 11, valid: 2, invalid: 9 });
    expect(report.preview).toEqual([
      {
        line: 2,
        data: {
          customer: north,
          content: '雷达误报',
          receivedAt: '2026-03-01T00:00:00.000Z',
          satisfaction: 4,
          severity: 'high',
          classification: 'internal',
        },
      },
      {
        line: 11,
        data: {
          customer: north,
          content: '第一行\n第二行',
          receivedAt: '2026-03-02T09:30:00.000Z',
          satisfaction: 5,
          severity: 'critical',
        },
      },
    ]);
    // Invalid rows refuse the commit: nothing is written.
    expect(report).toMatchObject({ created: 0, updated: 0, skipped: 0, committed: false });
    expect(await app.strapi.db.query(FEEDBACK).count({ where: { content: '雷达误报' } })).toBe(0);

    const partial = await postImport(app, manager, 'feedbacks', csv, {
      mode: 'commit',
      skipInvalid: 'true',
    });
    expect(partial.body.data).toMatchObject({ created: 2, committed: true });
    expect(
      await app.strapi.db
        .query(FEEDBACK)
        .count({ where: { content: { $in: ['雷达误报', '第一行\n第二行'] } } }),
    ).toBe(2);
  });

  it('reads a GBK-encoded CSV as well as UTF-8 with a byte-order mark', async () => {
    const text = csvOf([
      ['单位名称', '单位代码', '客户等级'],
      ['南方某研究所', 'IM-GBK', '战略客户'],
    ]);
    const gbk = await postImport(app, manager, 'customers', iconv.encode(text, 'gbk'));
    expect(gbk.body.data.preview).toEqual([
      { line: 2, data: { name: '南方某研究所', code: 'IM-GBK', tier: 'strategic' } },
    ]);
    const bom = await postImport(
      app,
      manager,
      'customers',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    expect(bom.body.data.preview).toEqual(gbk.body.data.preview);
  });

  it('reads XLSX: date cells, numbers, and formula cells by their cached result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('反馈');
    sheet.addRow(['客户单位', '反馈内容', '接收时间', '满意度（1–5）', '严重程度']);
    sheet.addRow(['IM-N', '表格导入', new Date(Date.UTC(2026, 2, 5, 8, 0, 0)), 3, '低']);
    sheet.addRow([
      'IM-N',
      { formula: 'CONCAT("公式","结果")', result: '公式结果' },
      '2026/3/6',
      { formula: '2+2', result: 4 },
      'low',
    ]);
    const res = await postImport(
      app,
      manager,
      'feedbacks',
      Buffer.from(await workbook.xlsx.writeBuffer()),
      { filename: 'feedback.xlsx' },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.errors).toEqual([]);
    expect(res.body.data.preview).toEqual([
      {
        line: 2,
        data: {
          customer: north,
          content: '表格导入',
          receivedAt: '2026-03-05T08:00:00.000Z',
          satisfaction: 3,
          severity: 'low',
        },
      },
      {
        line: 3,
        data: {
          customer: north,
          content: '公式结果',
          receivedAt: '2026-03-06T00:00:00.000Z',
          satisfaction: 4,
          severity: 'low',
        },
      },
    ]);
  });

  it('keeps CSV formula-looking cells as text, never evaluated, and refuses cells longer than the field allows', async () => {
    const csv = csvOf([
      ['name', 'code', 'notes'],
      ['=1+1', 'IM-F1', '@SUM(A1)'],
      ['\'=HYPERLINK("x")', 'IM-F2', '-3'],
      ['很长'.repeat(200), 'IM-H1', ''],
      ['正常', 'IM-H2', 'x'.repeat(20_000)],
    ]);
    const report = (await postImport(app, manager, 'customers', csv)).body.data;
    expect(report.preview).toEqual([
      { line: 2, data: { name: '=1+1', code: 'IM-F1', notes: '@SUM(A1)' } },
      // The apostrophe export puts before a formula is taken away again.
      { line: 3, data: { name: '=HYPERLINK("x")', code: 'IM-F2', notes: '-3' } },
    ]);
    expect(report.errors).toEqual([
      { line: 4, field: 'name', reason: '400 characters is longer than the 255 this field allows' },
      {
        line: 5,
        field: 'notes',
        reason: '20000 characters is longer than the 10000 this field allows',
      },
    ]);
  });

  it('reports a required field no column is mapped to once, on the header line, and every row invalid', async () => {
    const report = (
      await postImport(
        app,
        manager,
        'customers',
        csvOf([
          ['name', 'tier'],
          ['甲', 'key'],
          ['乙', 'key'],
        ]),
      )
    ).body.data;
    expect(report.errors).toEqual([
      {
        line: 1,
        field: 'code',
        reason: 'no column is mapped to the required field code (单位代码)',
      },
    ]);
    expect(report.rows).toEqual({ total: 2, valid: 0, invalid: 2 });
  });

  it('uses a mapping sent with the request', async () => {
    const csv = csvOf([
      ['单位', '编号', 'tier'],
      ['映射单位', 'IM-M', 'key'],
    ]);
    const res = await postImport(app, manager, 'customers', csv, {
      mapping: JSON.stringify({ 单位: 'name', 编号: 'code', tier: '' }),
    });
    expect(res.body.data.mapping).toEqual({ 单位: 'name', 编号: 'code', tier: null });
    expect(res.body.data.preview).toEqual([{ line: 2, data: { name: '映射单位', code: 'IM-M' } }]);
  });
});

describe('POST /synergy/import/:type — refused input', () => {
  const csv = csvOf([
    ['name', 'code'],
    ['甲', 'IM-X'],
  ]);

  it.each([
    ['an unknown type', 'strategies', {}, /type must be one of/],
    ['a bad mode', 'customers', { mode: 'apply' }, /mode must be dry-run or commit/],
    [
      'a bad onDuplicate',
      'customers',
      { onDuplicate: 'merge' },
      /onDuplicate must be skip, update, create/,
    ],
    ['mapping that is not JSON', 'customers', { mapping: '{name' }, /mapping must be JSON/],
    [
      'mapping of a column not in the file',
      'customers',
      { mapping: '{"单位":"name"}' },
      /mapping names columns that are not in the file: 单位/,
    ],
    [
      'mapping to a field that cannot be imported',
      'customers',
      { mapping: '{"name":"needs"}' },
      /mapping names fields that cannot be imported: needs/,
    ],
    [
      'a second column for the same field',
      'customers',
      { mapping: '{"name":"name","code":"name"}' },
      /mapping maps more than one column to: name/,
    ],
  ])('answers 400 naming the field for %s', async (_case, type, options, message) => {
    const res = await postImport(app, manager, type, csv, options);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 400 without a file, and for a file that is not CSV or XLSX text', async () => {
    const none = await postImport(app, manager, 'customers', null);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/^file is required/);
    const fake = await postImport(app, manager, 'customers', 'name,code\n', {
      filename: 'data.xlsx',
    });
    expect(fake.status).toBe(400);
    expect(fake.body.error.message).toMatch(
      /^file is named as a spreadsheet but is not an XLSX workbook/,
    );
  });

  it('answers 403 to a role without the import action, and to one that may not create the type, naming it', async () => {
    expect((await postImport(app, marketing, 'customers', csv)).status).toBe(403);
    const res = await postImport(app, engineer, 'customers', csv);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'You may not create customers (api::customer.customer), so you may not import them',
    );
  });

  it('answers 403 to updating duplicates without the update permission, and lets the same role skip them', async () => {
    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: 'Importer without update', description: 'test' });
    const fields = [
      'name',
      'code',
      'shortName',
      'type',
      'sector',
      'region',
      'tier',
      'status',
      'notes',
      'classification',
    ];
    await roles.assignPermissions(role.id, [
      { action: 'plugin::synergy.import.create' },
      {
        action: 'plugin::content-manager.explorer.create',
        subject: CUSTOMER,
        properties: { fields },
      },
      {
        action: 'plugin::content-manager.explorer.read',
        subject: CUSTOMER,
        properties: { fields },
      },
    ]);
    const importer = await createAdminSession(app.strapi, ['Importer without update']);
    const update = await postImport(app, importer, 'customers', csv, {
      mode: 'commit',
      onDuplicate: 'update',
    });
    expect(update.status).toBe(403);
    expect(update.body.error.message).toBe(
      'You may not update customers (api::customer.customer): choose onDuplicate skip or create',
    );
    expect(
      (await postImport(app, importer, 'customers', csv, { mode: 'commit' })).body.data,
    ).toMatchObject({ created: 1, committed: true });
  });
});
