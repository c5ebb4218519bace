import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createCustomRoleSession,
  type AdminSession,
} from '../helpers/auth';

let app: TestApp;
let manager: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  manager = await createAdminSession(app.strapi, ['Account Manager']);
  const documents = app.strapi.documents;
  const north = await documents('api::customer.customer').create({
    data: { name: '北方某部', code: 'EX-N', tier: 'strategic' },
  });
  const hidden = await documents('api::customer.customer').create({
    data: { name: '机密某部', code: 'EX-S', classification: 'secret' },
  });
  await documents('api::customer.customer').create({
    data: { name: '=HYPERLINK("x")', code: 'EX-F', tier: 'regular' },
  });
  await documents('api::feedback.feedback').create({
    data: {
      customer: north.documentId,
      content: '雷达误报',
      category: 'reliability',
      severity: 'high',
      receivedAt: '2026-03-01T00:00:00.000Z',
    },
  });
  await documents('api::feedback.feedback').create({
    data: {
      customer: hidden.documentId,
      content: '不应导出',
      category: 'reliability',
      severity: 'high',
      receivedAt: '2026-03-02T00:00:00.000Z',
      classification: 'secret',
    },
  });
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

/** The answer's body as a Buffer, whatever its type (CSV, XLSX, or a JSON error). */
const asBuffer = (request: ReturnType<ReturnType<TestApp['http']>['get']>) =>
  request.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });

const exportOf = (path: string, session = manager) =>
  asBuffer(app.http().get(path).set(bearer(session.token)));
const exportTable = (body: unknown, session = manager) =>
  asBuffer(
    app
      .http()
      .post('/synergy/export/table')
      .set(bearer(session.token))
      .send(body as object),
  );
/** A CSV export's lines: the marking banner first, then the header and the rows. */
const csvLines = (body: Buffer) =>
  parse(body.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
const csvBanner = (body: Buffer) => csvLines(body)[0];
const csvRows = (body: Buffer) =>
  parse(body.toString('utf8').replace(/^\uFEFF/, ''), { columns: true, from_line: 2 }) as Array<
    Record<string, string>
  >;
const exportCount = async () => {
  await app.strapi.plugin('synergy').service('audit').drain();
  return app.strapi.db
    .query('plugin::synergy.audit-entry')
    .count({ where: { action: 'export' } }) as Promise<number>;
};

describe('export of a filtered list', () => {
  it('exports CSV with the records the caller may see, relations by name, formula cells neutralised, and records the export', async () => {
    const res = await exportOf('/synergy/export/api::customer.customer?format=csv&sort=code:asc');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = csvRows(res.body as Buffer);
    expect(rows.map((row) => row.code)).toEqual(['EX-F', 'EX-N']);
    expect(rows.find((row) => row.code === 'EX-F')?.name).toBe(`'=HYPERLINK("x")`);
    expect(res.headers['x-exported-rows']).toBe('2');

    const feedback = await exportOf(
      '/synergy/export/api::feedback.feedback?filters[severity][$eq]=high',
    );
    const feedbackRows = csvRows(feedback.body as Buffer);
    expect(feedbackRows).toEqual([
      expect.objectContaining({ content: '雷达误报', customer: '北方某部', severity: 'high' }),
    ]);

    await app.strapi.plugin('synergy').service('audit').drain();
    const entries = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .findMany({ where: { action: 'export', actorId: manager.id } });
    expect(
      entries.map((entry: { contentType: string; details: { rows: number } }) => [
        entry.contentType,
        entry.details.rows,
      ]),
    ).toEqual([
      ['api::customer.customer', 2],
      ['api::feedback.feedback', 1],
    ]);
  });

  it('takes the query the admin builds from a content-manager list URL (encoded $and filters, sort in capitals)', async () => {
    const query = new URLSearchParams([
      ['format', 'csv'],
      ['sort', 'code:DESC'],
      ['filters[$and][0][code][$startsWith]', 'EX-'],
      ['filters[$and][1][name][$notContains]', 'HYPERLINK'],
    ]).toString();
    const res = await exportOf(`/synergy/export/api::customer.customer?${query}`);
    expect(res.status).toBe(200);
    expect(csvRows(res.body as Buffer).map((row) => row.code)).toEqual(['EX-N']);
    const sorted = await exportOf(
      `/synergy/export/api::customer.customer?format=csv&sort=code:DESC`,
    );
    expect(csvRows(sorted.body as Buffer).map((row) => row.code)).toEqual(['EX-N', 'EX-F']);
    // The list's search box: the same search the content manager runs, and still within clearance.
    const searched = await exportOf(
      `/synergy/export/api::customer.customer?format=csv&_q=${encodeURIComponent('某部')}`,
    );
    expect(csvRows(searched.body as Buffer).map((row) => row.code)).toEqual(['EX-N']);
  });

  it('exports XLSX that reads back to the same values', async () => {
    const res = await exportOf(
      '/synergy/export/api::customer.customer?format=xlsx&filters[tier][$eq]=strategic',
    );
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('内部 — INTERNAL');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const values = (sheet.getRow(3).values as unknown[]).slice(1);
    const record = Object.fromEntries(header.map((column, index) => [column, values[index]]));
    expect(record).toMatchObject({
      name: '北方某部',
      code: 'EX-N',
      tier: 'strategic',
      classification: 'internal',
    });
    expect(sheet.rowCount).toBe(3);
  });

  it('refuses a type the role may not read, a bad format or type, naming it, and records nothing', async () => {
    await app.strapi.plugin('synergy').service('audit').drain();
    const before = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .count({ where: { action: 'export' } });
    expect((await exportOf('/synergy/export/api::service-ticket.service-ticket')).status).toBe(403);
    const format = await exportOf('/synergy/export/api::customer.customer?format=pdf');
    expect(format.status).toBe(400);
    expect(JSON.parse((format.body as Buffer).toString()).error.message).toMatch(/format/);
    const type = await exportOf('/synergy/export/plugin::synergy.audit-entry');
    expect(type.status).toBe(400);
    expect(JSON.parse((type.body as Buffer).toString()).error.message).toMatch(/contentType/);
    await app.strapi.plugin('synergy').service('audit').drain();
    expect(
      await app.strapi.db
        .query('plugin::synergy.audit-entry')
        .count({ where: { action: 'export' } }),
    ).toBe(before);
  });
});

describe('export of an analytics table', () => {
  const table = {
    format: 'csv',
    title: '最不完整的客户',
    columns: [
      { key: 'name', header: '客户' },
      { key: 'completeness', header: '完整度' },
    ],
    rows: [
      { name: '北方某部', completeness: '40%' },
      { name: '=HYPERLINK("x")', completeness: 0.3 },
      { name: '空军某部', completeness: null },
    ],
  };

  it('answers the rows as displayed under their headers, formula cells neutralised, and records the export', async () => {
    const res = await exportTable(table);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(csvRows(res.body as Buffer)).toEqual([
      { 客户: '北方某部', 完整度: '40%' },
      { 客户: `'=HYPERLINK("x")`, 完整度: '0.3' },
      { 客户: '空军某部', 完整度: '' },
    ]);

    await app.strapi.plugin('synergy').service('audit').drain();
    const entry = await app.strapi.db.query('plugin::synergy.audit-entry').findOne({
      where: { action: 'export', actorId: manager.id, contentType: null },
      orderBy: { id: 'desc' },
    });
    expect(entry.details).toEqual({
      table: '最不完整的客户',
      format: 'csv',
      rows: 3,
      columns: ['name', 'completeness'],
      marking: 'internal',
    });
  });

  it('answers XLSX with the headers and values', async () => {
    const res = await exportTable({ ...table, format: 'xlsx' });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['客户', '完整度']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['=HYPERLINK("x")', 0.3]);
    expect(sheet.getRow(4).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('answers 400 naming the field for a bad body, 403 without the export permission, and records nothing', async () => {
    const before = await exportCount();
    const cases: Array<[unknown, RegExp]> = [
      [{ ...table, format: 'pdf' }, /format/],
      [{ ...table, title: ' ' }, /title/],
      [{ ...table, columns: [] }, /columns/],
      [{ ...table, rows: [{ name: { nested: true } }] }, /rows/],
      [{ ...table, extra: 1 }, /extra/],
    ];
    for (const [body, message] of cases) {
      const res = await exportTable(body);
      expect(res.status).toBe(400);
      expect(JSON.parse((res.body as Buffer).toString()).error.message).toMatch(message);
    }
    const analyst = await createCustomRoleSession(app.strapi, [
      { action: 'plugin::synergy.analytics.read' },
    ]);
    expect((await exportTable(table, analyst)).status).toBe(403);
    expect(await exportCount()).toBe(before);
  });
});

/** An Account Manager whose clearance record raises them to secret. */
const secretManager = async () => {
  const session = await createAdminSession(app.strapi, ['Account Manager']);
  await app.strapi.db
    .query('plugin::synergy.clearance')
    .create({ data: { user: session.id, level: 'secret' } });
  return session;
};

describe('marking of exports', () => {
  it('marks a list export with the highest level of its rows, in the first row and the file name', async () => {
    const internal = await exportOf('/synergy/export/api::customer.customer?format=csv');
    expect(csvBanner(internal.body as Buffer)).toEqual(['内部 — INTERNAL']);
    expect(internal.headers['content-disposition']).toBe(
      'attachment; filename="customer-INTERNAL.csv"',
    );

    const officer = await secretManager();
    const all = await exportOf('/synergy/export/api::customer.customer?format=csv', officer);
    expect(csvBanner(all.body as Buffer)).toEqual(['机密 — SECRET']);
    expect(all.headers['content-disposition']).toMatch(/customer-SECRET\.csv/);
    // The same caller's export of internal rows only is marked internal: the rows decide.
    const few = await exportOf(
      '/synergy/export/api::customer.customer?format=csv&filters[code][$eq]=EX-N',
      officer,
    );
    expect(csvBanner(few.body as Buffer)).toEqual(['内部 — INTERNAL']);
  });

  it('marks an analytics table as the answer it came from, and refuses an unknown source naming it', async () => {
    const officer = await secretManager();
    const body = {
      format: 'csv',
      title: 'feedback',
      columns: [{ key: 'n', header: 'n' }],
      rows: [{ n: 1 }],
      source: 'overview',
    };
    const marked = await exportTable(body, officer);
    expect(marked.status).toBe(200);
    expect(csvBanner(marked.body as Buffer)).toEqual(['机密 — SECRET']);
    const mine = await exportTable(body);
    expect(csvBanner(mine.body as Buffer)).toEqual(['内部 — INTERNAL']);

    const bad = await exportTable({ ...body, source: 'nothing' });
    expect(bad.status).toBe(400);
    expect(JSON.parse((bad.body as Buffer).toString()).error.message).toMatch(/source/);
  });
});
