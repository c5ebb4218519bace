import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errors } from '@strapi/utils';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';
import { csvOf, postImport } from '../helpers/import';

let app: TestApp;
let manager: AdminSession;
/** The create (of a customer) the test-only document middleware fails, counted from the arming; 0: none. */
let failOnCreate = 0;
let createsSinceArmed = 0;

const CUSTOMER = 'api::customer.customer';
const FEEDBACK = 'api::feedback.feedback';

const drainAudit = () => app.strapi.plugin('synergy').service('audit').drain();
const customerCodes = async () =>
  (
    (await app.strapi.db
      .query(CUSTOMER)
      .findMany({ select: ['code'], orderBy: { code: 'asc' } })) as Array<{ code: string }>
  ).map((row) => row.code);

beforeAll(async () => {
  app = await setupStrapi();
  manager = await createAdminSession(app.strapi, ['Account Manager']);
  // Registered by this test only: fails the Nth customer create once armed, to prove nothing is left behind.
  app.strapi.documents.use(async (ctx, next) => {
    if (failOnCreate > 0 && ctx.uid === CUSTOMER && ctx.action === 'create') {
      createsSinceArmed += 1;
      if (createsSinceArmed === failOnCreate) throw new errors.ApplicationError('injected failure');
    }
    return next();
  });
  await app.strapi.documents(CUSTOMER).create({ data: { name: 'ＡＢＣ 研究所', code: 'D-1' } });
  await app.strapi
    .documents(CUSTOMER)
    .create({ data: { name: '华东电子技术研究院', code: 'D-2', region: '华东' } });
});

afterAll(async () => {
  failOnCreate = 0;
  await app?.teardown();
});

const arm = (n: number) => {
  failOnCreate = n;
  createsSinceArmed = 0;
};

describe('duplicates', () => {
  const rows = [
    ['code', 'name', 'region'],
    ['D-1', '新名称', ''],
    ['D-9', 'abc研究所。', '北京'],
    ['D-10', '华东电子技术研究院第一分院', ''],
    ['D-11', '电子技术研究', ''],
    ['D-12', '全新单位', ''],
    ['D-12', '全新单位二', ''],
    ['D-13', '全新单位', ''],
  ];

  it('flags rows matching an existing record by code or normalized name (equal or containing), and repeats within the file', async () => {
    const report = (await postImport(app, manager, 'customers', csvOf(rows))).body.data;
    const d1 = await app.strapi.db.query(CUSTOMER).findOne({ where: { code: 'D-1' } });
    const d2 = await app.strapi.db.query(CUSTOMER).findOne({ where: { code: 'D-2' } });
    expect(report.duplicates).toEqual([
      {
        line: 2,
        match: 'code',
        existing: { documentId: d1.documentId, name: 'ＡＢＣ 研究所', code: 'D-1' },
      },
      {
        line: 3,
        match: 'name',
        existing: { documentId: d1.documentId, name: 'ＡＢＣ 研究所', code: 'D-1' },
      },
      {
        line: 4,
        match: 'name',
        existing: { documentId: d2.documentId, name: '华东电子技术研究院', code: 'D-2' },
      },
      {
        line: 5,
        match: 'name',
        existing: { documentId: d2.documentId, name: '华东电子技术研究院', code: 'D-2' },
      },
    ]);
    expect(report.errors).toEqual([
      { line: 7, field: 'code', reason: 'code "D-12" is already on line 6' },
      { line: 8, field: 'name', reason: 'name is the same (normalized) as on line 6' },
    ]);
  });

  it('skips duplicates by default', async () => {
    const report = (
      await postImport(app, manager, 'customers', csvOf(rows.slice(0, 6)), { mode: 'commit' })
    ).body.data;
    expect(report).toMatchObject({ created: 1, updated: 0, skipped: 4, committed: true });
    expect(await customerCodes()).toEqual(['D-1', 'D-12', 'D-2']);
    expect((await app.strapi.db.query(CUSTOMER).findOne({ where: { code: 'D-1' } })).name).toBe(
      'ＡＢＣ 研究所',
    );
  });

  it('updates duplicates with the row’s non-empty values', async () => {
    const csv = csvOf([
      ['code', 'name', 'region', 'tier'],
      ['D-2', '华东电子技术研究院', '', 'key'],
      ['D-20', '西北新建单位', '西北', ''],
    ]);
    const report = (
      await postImport(app, manager, 'customers', csv, { mode: 'commit', onDuplicate: 'update' })
    ).body.data;
    expect(report).toMatchObject({ created: 1, updated: 1, skipped: 0 });
    expect(await app.strapi.db.query(CUSTOMER).findOne({ where: { code: 'D-2' } })).toMatchObject({
      region: '华东',
      tier: 'key',
    });
  });

  it('creates duplicates by name when asked, but never a second record with the same code', async () => {
    const csv = csvOf([
      ['code', 'name'],
      ['D-30', 'ABC研究所'],
      ['D-1', '代码重复'],
      ['D-SECRET', '代码被隐藏记录占用'],
    ]);
    // A code held by a record above the importer's clearance is refused in the same words, naming no record.
    await app.strapi.db.query(CUSTOMER).create({
      data: {
        name: '机密单位',
        code: 'D-SECRET',
        classification: 'secret',
        documentId: 'zsecretimportcodeholder1',
      },
    });
    const report = (
      await postImport(app, manager, 'customers', csv, {
        mode: 'commit',
        onDuplicate: 'create',
        skipInvalid: 'true',
      })
    ).body.data;
    expect(report.errors).toEqual([
      { line: 3, field: 'code', reason: 'code "D-1" is already in use' },
      { line: 4, field: 'code', reason: 'code "D-SECRET" is already in use' },
    ]);
    await app.strapi.db.query(CUSTOMER).delete({ where: { code: 'D-SECRET' } });
    expect(report).toMatchObject({ created: 1, updated: 0, skipped: 0 });
    expect(await app.strapi.db.query(CUSTOMER).count({ where: { name: 'ABC研究所' } })).toBe(1);
  });
});

describe('round trip', () => {
  const snapshot = async () => {
    const customers = (await app.strapi.db
      .query(CUSTOMER)
      .findMany({ orderBy: { code: 'asc' } })) as Array<Record<string, unknown>>;
    const feedbacks = (await app.strapi.db.query(FEEDBACK).findMany({
      populate: { customer: { select: ['code'] } },
      orderBy: { content: 'asc' },
    })) as Array<Record<string, unknown>>;
    const strip = ({
      id: _id,
      documentId: _documentId,
      createdAt: _c,
      updatedAt: _u,
      publishedAt: _p,
      ...rest
    }: Record<string, unknown>) => rest;
    return { customers: customers.map(strip), feedbacks: feedbacks.map(strip) };
  };

  const download = (url: string) =>
    app
      .http()
      .get(url)
      .set(bearer(manager.token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  it('export then import gives the same records (CSV for customers, XLSX for feedback)', async () => {
    const documents = app.strapi.documents;
    const rt = await documents(CUSTOMER).create({
      data: {
        name: '=往返单位',
        code: 'RT-1',
        type: 'research_institute',
        tier: 'strategic',
        status: 'active',
        notes: '第一行\n"引号", 逗号',
        classification: 'public',
      },
    });
    await documents(FEEDBACK).create({
      data: {
        customer: rt.documentId,
        content: '往返反馈',
        category: 'quality',
        severity: 'critical',
        satisfaction: 2,
        receivedAt: '2026-03-01T08:30:00.000Z',
        resolvedAt: '2026-03-04T10:00:00.000Z',
        status: 'resolved',
      },
    });
    const before = await snapshot();

    const customersCsv = (await download('/synergy/export/api::customer.customer?format=csv'))
      .body as Buffer;
    const feedbackXlsx = (await download('/synergy/export/api::feedback.feedback?format=xlsx'))
      .body as Buffer;
    for (const uid of [FEEDBACK, CUSTOMER] as const) {
      for (const record of await documents(uid).findMany({ fields: ['documentId'] } as never))
        await documents(uid).delete({ documentId: record.documentId });
    }
    expect(await app.strapi.db.query(CUSTOMER).count()).toBe(0);

    // The file holds records whose names fold alike (created on purpose above): create them all again.
    const customers = await postImport(app, manager, 'customers', customersCsv, {
      mode: 'commit',
      onDuplicate: 'create',
    });
    expect(customers.body.data).toMatchObject({ errors: [], created: before.customers.length });
    const feedbacks = await postImport(app, manager, 'feedbacks', feedbackXlsx, {
      mode: 'commit',
      filename: 'feedback.xlsx',
    });
    expect(feedbacks.body.data).toMatchObject({ errors: [], created: 1 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('all or nothing', () => {
  const csv = csvOf([
    ['code', 'name'],
    ...Array.from({ length: 250 }, (_, index) => [`AON-${index}`, `批量单位${index}`]),
  ]);

  it('a failure in the middle of a commit leaves nothing behind, and names the line', async () => {
    await drainAudit();
    const auditBefore = await app.strapi.db.query('plugin::synergy.audit-entry').count();
    const before = await customerCodes();
    arm(230);
    const res = await postImport(app, manager, 'customers', csv, { mode: 'commit' });
    arm(0);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('line 231: injected failure');
    expect(await customerCodes()).toEqual(before);
    await drainAudit();
    // Neither the 229 per-record entries of the rolled-back creates nor an import entry.
    expect(await app.strapi.db.query('plugin::synergy.audit-entry').count()).toBe(auditBefore);
  });

  it('streams the failure as the last NDJSON event, after progress, and still writes nothing', async () => {
    const before = await customerCodes();
    arm(210);
    const res = await postImport(app, manager, 'customers', csv, { mode: 'commit', ndjson: true });
    arm(0);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const events = res.body as Array<{
      event: string;
      phase?: string;
      done?: number;
      error?: unknown;
    }>;
    expect(events).toContainEqual({ event: 'progress', phase: 'validate', done: 250, total: 250 });
    expect(events).toContainEqual({ event: 'progress', phase: 'write', done: 200, total: 250 });
    expect(events.at(-1)).toEqual({
      event: 'error',
      error: {
        status: 400,
        name: 'ApplicationError',
        message: 'line 211: injected failure',
        details: {},
      },
    });
    expect(await customerCodes()).toEqual(before);
  });

  it('a cancel in the middle of a commit rolls it back', async () => {
    const file = path.join(os.tmpdir(), `import-cancel-${process.pid}.csv`);
    fs.writeFileSync(file, csv);
    const before = await customerCodes();
    const cancel = new AbortController();
    await expect(
      app.strapi
        .plugin('synergy')
        .service('import')
        .run({
          type: 'customers',
          file: { path: file, name: 'cancel.csv' },
          mode: 'commit',
          onDuplicate: 'skip',
          skipInvalid: false,
          signal: cancel.signal,
          onProgress: ({ phase }: { phase: string }) => phase === 'write' && cancel.abort(),
        }),
    ).rejects.toThrow('import cancelled: nothing was written');
    fs.rmSync(file);
    expect(await customerCodes()).toEqual(before);
  });

  it('commits every row, streams progress and the report, records one import entry with counts and saves the mapping', async () => {
    const res = await postImport(
      app,
      manager,
      'customers',
      csv.replace('code,name', '单位代码,单位名称'),
      { mode: 'commit', ndjson: true },
    );
    const events = res.body as Array<{ event: string; data?: Record<string, unknown> }>;
    expect(events.at(-1)).toMatchObject({
      event: 'report',
      data: { created: 250, rows: { total: 250, valid: 250, invalid: 0 }, committed: true },
    });
    expect(
      await app.strapi.db.query(CUSTOMER).count({ where: { code: { $startsWith: 'AON-' } } }),
    ).toBe(250);

    await drainAudit();
    const entries = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .findMany({ where: { action: 'import', actorId: manager.id }, orderBy: { id: 'asc' } });
    expect(entries.at(-1)).toMatchObject({
      actorType: 'admin',
      contentType: CUSTOMER,
      details: { created: 250, updated: 0, skipped: 0, invalid: 0, total: 250, committed: true },
    });

    const types = await app.http().get('/synergy/import/types').set(bearer(manager.token));
    expect(
      types.body.data.find((type: { type: string }) => type.type === 'customers').savedMapping,
    ).toEqual({ 单位代码: 'code', 单位名称: 'name' });
  });

  it('uses the saved mapping for the headers it knows', async () => {
    const mapping = JSON.stringify({ 编号: 'code', 单位: 'name' });
    await postImport(
      app,
      manager,
      'customers',
      csvOf([
        ['编号', '单位'],
        ['SM-1', '保存的映射'],
      ]),
      { mode: 'commit', mapping },
    );
    const report = (
      await postImport(
        app,
        manager,
        'customers',
        csvOf([
          ['编号', '单位'],
          ['SM-2', '再次导入'],
        ]),
      )
    ).body.data;
    expect(report.mapping).toEqual({ 编号: 'code', 单位: 'name' });
    expect(report.rows.valid).toBe(1);
  });
});
