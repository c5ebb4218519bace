import { setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';
import { approveReviewDirectly } from '../helpers/content-fixtures';

let app: TestApp;
let token: string;
let superAdmin: AdminSession;
let securityOfficer: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  // Two entries from 2020 at the start of the trail: an archive removes the oldest entries only.
  const old = (recordId: string, occurredAt: string) => ({
    occurredAt: new Date(occurredAt),
    actorType: 'system',
    actorId: null,
    actorName: null,
    action: 'create',
    contentType: null,
    recordId,
    classification: null,
    changedFields: null,
    ip: null,
  });
  const audit = app.strapi.plugin('synergy').service('audit');
  audit.record(old('old-1', '2020-01-01T00:00:00Z'), old('old-2', '2020-02-01T00:00:00Z'));
  await audit.drain();
  token = await createApiToken(app.strapi);
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  securityOfficer = await createAdminSession(app.strapi, ['Security Officer']);
});

afterAll(async () => {
  await app?.teardown();
});

interface Entry {
  action: string;
  actorType: string;
  actorId: number | null;
  contentType: string;
  recordId: string;
  classification: string | null;
  changedFields: string[] | null;
  ip: string | null;
}

const entriesFor = async (recordId: string): Promise<Entry[]> => {
  await app.strapi.plugin('synergy').service('audit').drain();
  return app.strapi.db
    .query('plugin::synergy.audit-entry')
    .findMany({ where: { recordId }, orderBy: { id: 'asc' } });
};

describe('writes are recorded', () => {
  it('REST create, update and delete each leave an entry with actor, fields (not values), classification and IP', async () => {
    const created = await app
      .http()
      .post('/api/customers')
      .set(bearer(token))
      .send({ data: { name: '审计单位', code: 'AU-1', region: '北京' } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    await app
      .http()
      .put(`/api/customers/${documentId}`)
      .set(bearer(token))
      .send({ data: { region: '上海', name: '审计单位' } });
    await app.http().delete(`/api/customers/${documentId}`).set(bearer(token));

    const entries = await entriesFor(documentId);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[0]).toMatchObject({
      actorType: 'api-token',
      contentType: 'api::customer.customer',
      classification: 'internal',
      changedFields: ['code', 'name', 'region'],
    });
    // Only the field whose value changed; the name was sent unchanged.
    expect(entries[1].changedFields).toEqual(['region']);
    expect(entries[2].classification).toBe('internal');
    expect(entries.every((e) => typeof e.ip === 'string' && e.ip.length > 0)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('上海');
  });

  it('content-manager edits are recorded for the admin user, with only the changed fields', async () => {
    const created = await app
      .http()
      .post('/content-manager/collection-types/api::customer.customer')
      .set(bearer(superAdmin.token))
      .send({ name: '面板单位', code: 'AU-2', tier: 'key' });
    expect(created.status).toBe(201);
    const document = created.body.data;
    const updated = await app
      .http()
      .put(`/content-manager/collection-types/api::customer.customer/${document.documentId}`)
      .set(bearer(superAdmin.token))
      // What the edit view sends: every field, relations as empty connect/disconnect lists.
      .send({
        name: document.name,
        code: document.code,
        tier: 'strategic',
        status: document.status,
        classification: document.classification,
        needs: [],
        contacts: { connect: [], disconnect: [] },
        owner: { connect: [], disconnect: [] },
      });
    expect(updated.status).toBe(200);

    const entries = (await entriesFor(document.documentId)).filter((e) => e.action !== 'read');
    expect(entries.map((e) => [e.action, e.actorType, e.actorId])).toEqual([
      ['create', 'admin', superAdmin.id],
      ['update', 'admin', superAdmin.id],
    ]);
    expect(entries[1].changedFields).toEqual(['tier']);
  });

  it('publishing and unpublishing a brand material are recorded', async () => {
    const material = await app.strapi
      .documents('api::brand-material.brand-material')
      .create({ data: { title: '宣传册' } });
    await approveReviewDirectly(
      app.strapi,
      'api::brand-material.brand-material',
      material.documentId,
    );
    const base = `/content-manager/collection-types/api::brand-material.brand-material/${material.documentId}`;
    expect(
      (
        await app
          .http()
          .post(`${base}/actions/publish?locale=zh-Hans`)
          .set(bearer(superAdmin.token))
          .send({})
      ).status,
    ).toBe(200);
    expect(
      (
        await app
          .http()
          .post(`${base}/actions/unpublish?locale=zh-Hans`)
          .set(bearer(superAdmin.token))
          .send({})
      ).status,
    ).toBe(200);
    const actions = (await entriesFor(material.documentId))
      .filter((e) => e.actorType === 'admin')
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['publish', 'unpublish']));
  });
});

describe('entries follow their transaction', () => {
  it('a write rolled back with its transaction leaves no entry; a committed one does', async () => {
    const audit = app.strapi.db.query('plugin::synergy.audit-entry');
    const since = new Date();
    await expect(
      app.strapi.db.transaction(async () => {
        await app.strapi
          .documents('api::customer.customer')
          .create({ data: { name: '回滚单位', code: 'AU-ROLLBACK' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await app.strapi.db.transaction(async () => {
      await app.strapi
        .documents('api::customer.customer')
        .create({ data: { name: '提交单位', code: 'AU-COMMIT' } });
    });
    await app.strapi.plugin('synergy').service('audit').drain();
    expect(
      await app.strapi.db.query('api::customer.customer').count({ where: { code: 'AU-ROLLBACK' } }),
    ).toBe(0);
    const created = await audit.findMany({
      where: {
        action: 'create',
        contentType: 'api::customer.customer',
        occurredAt: { $gte: since },
      },
    });
    const committed = await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { code: 'AU-COMMIT' } });
    expect(created.map((entry: { recordId: string }) => entry.recordId)).toEqual([
      committed.documentId,
    ]);
  });
});

describe('reads of confidential and secret records are recorded', () => {
  it('records a read of a confidential record, directly or populated, and not of an internal one', async () => {
    const secretCustomer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '机密单位', code: 'AU-S', classification: 'confidential' } });
    const internalCustomer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '普通单位', code: 'AU-I' } });
    const feedback = await app.strapi.documents('api::feedback.feedback').create({
      data: {
        customer: secretCustomer.documentId,
        content: '反馈',
        receivedAt: '2026-01-01T00:00:00Z',
      },
    });
    const reader = await createApiUser(app.strapi, { clearance: 'confidential' });

    expect(
      (await app.http().get(`/api/customers/${secretCustomer.documentId}`).set(bearer(reader.jwt)))
        .status,
    ).toBe(200);
    expect(
      (
        await app
          .http()
          .get(`/api/customers/${internalCustomer.documentId}`)
          .set(bearer(reader.jwt))
      ).status,
    ).toBe(200);
    expect(
      (
        await app
          .http()
          .get(`/api/feedbacks/${feedback.documentId}?populate=customer`)
          .set(bearer(reader.jwt))
      ).status,
    ).toBe(200);

    const reads = (await entriesFor(secretCustomer.documentId)).filter((e) => e.action === 'read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      actorType: 'api-user',
      actorId: reader.id,
      classification: 'confidential',
    });
    expect(
      (await entriesFor(internalCustomer.documentId)).filter((e) => e.action === 'read'),
    ).toEqual([]);
  });
});

describe('the trail cannot be changed', () => {
  it('has no content-API route', async () => {
    expect((await app.http().get('/api/audit-entries').set(bearer(token))).status).toBe(404);
  });

  it('refuses creating, changing and deleting entries through the content manager, even for a Super Admin', async () => {
    const [entry] = await app.strapi.db.query('plugin::synergy.audit-entry').findMany({ limit: 1 });
    const before = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .findOne({ where: { id: entry.id } });
    const base = '/content-manager/collection-types/plugin::synergy.audit-entry';
    const attempts = await Promise.all([
      app
        .http()
        .post(base)
        .set(bearer(superAdmin.token))
        .send({ action: 'read', actorType: 'system', occurredAt: new Date() }),
      app
        .http()
        .put(`${base}/${entry.documentId}`)
        .set(bearer(superAdmin.token))
        .send({ action: 'delete' }),
      app.http().delete(`${base}/${entry.documentId}`).set(bearer(superAdmin.token)),
      app
        .http()
        .post(`${base}/actions/bulkDelete`)
        .set(bearer(superAdmin.token))
        .send({ documentIds: [entry.documentId] }),
    ]);
    for (const attempt of attempts) expect(attempt.status).toBeGreaterThanOrEqual(400);
    expect(
      await app.strapi.db.query('plugin::synergy.audit-entry').findOne({ where: { id: entry.id } }),
    ).toEqual(before);
  });

  it('refuses writes through the document service from code', async () => {
    await expect(
      app.strapi
        .documents('plugin::synergy.audit-entry')
        .create({ data: { action: 'read', actorType: 'system' } } as never),
    ).rejects.toThrow(/append-only/);
  });
});

describe('the audit admin API', () => {
  it('filters the trail for a Security Officer and refuses other roles', async () => {
    const res = await app
      .http()
      .get('/synergy/audit?action=create&contentType=api::customer.customer&pageSize=5')
      .set(bearer(securityOfficer.token));
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(
      res.body.data.every(
        (e: Entry) => e.action === 'create' && e.contentType === 'api::customer.customer',
      ),
    ).toBe(true);
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(res.body.data.length);

    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    expect((await app.http().get('/synergy/audit').set(bearer(manager.token))).status).toBe(403);
  });

  it('rejects a bad filter with a 400 that names it', async () => {
    const res = await app
      .http()
      .get('/synergy/audit?from=yesterday')
      .set(bearer(securityOfficer.token));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/from/);
    const misspelt = await app
      .http()
      .get('/synergy/audit?actoin=create')
      .set(bearer(securityOfficer.token));
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.message).toMatch(/actoin/);
    const action = await app
      .http()
      .get('/synergy/audit?action=steal')
      .set(bearer(securityOfficer.token));
    expect(action.status).toBe(400);
    expect(action.body.error.message).toMatch(/action/);
  });

  it('exports the filtered trail as CSV and records the export', async () => {
    const res = await app
      .http()
      .get('/synergy/audit/export?action=delete')
      .set(bearer(securityOfficer.token));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'occurredAt,actorType,actorId,actorName,action,contentType,recordId,classification,changedFields,ip',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.split(',')[4] === 'delete')).toBe(true);
    await app.strapi.plugin('synergy').service('audit').drain();
    const exports = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .findMany({ where: { action: 'export', actorId: securityOfficer.id } });
    expect(exports).toHaveLength(1);
  });

  it('archives: a Super Admin removes the oldest entries, those older than a date, gets them as CSV, and the archive is recorded', async () => {
    const audit = app.strapi.db.query('plugin::synergy.audit-entry');
    const total = await audit.count();

    expect(
      (
        await app
          .http()
          .post('/synergy/audit/archive')
          .set(bearer(securityOfficer.token))
          .send({ before: '2021-01-01' })
      ).status,
    ).toBe(403);
    const res = await app
      .http()
      .post('/synergy/audit/archive')
      .set(bearer(superAdmin.token))
      .send({ before: '2021-01-01' });
    expect(res.status).toBe(200);
    expect(res.headers['x-archived-entries']).toBe('2');
    expect(res.text).toContain('old-1');
    expect(res.text).toContain('old-2');
    expect(await audit.count({ where: { recordId: { $in: ['old-1', 'old-2'] } } })).toBe(0);
    const archiveEntries = await audit.findMany({ where: { action: 'archive' } });
    expect(archiveEntries).toHaveLength(1);
    expect(archiveEntries[0].details).toMatchObject({ removed: 2 });
    expect(await audit.count()).toBe(total - 2 + 1);
  });

  it('archive without a date is a 400 naming it, and removes nothing', async () => {
    const total = await app.strapi.db.query('plugin::synergy.audit-entry').count();
    const res = await app
      .http()
      .post('/synergy/audit/archive')
      .set(bearer(superAdmin.token))
      .send({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/before/);
    expect(await app.strapi.db.query('plugin::synergy.audit-entry').count()).toBe(total);
  });
});

describe('the clearance admin API', () => {
  it('lets a Security Officer see every admin clearance and set one within their own', async () => {
    const analyst = await createAdminSession(app.strapi, ['Strategy Analyst']);
    const list = await app.http().get('/synergy/clearances').set(bearer(securityOfficer.token));
    expect(list.status).toBe(200);
    expect(list.body.data.find((u: { id: number }) => u.id === analyst.id)).toMatchObject({
      level: 'internal',
      explicit: false,
    });
    expect(list.body.data.find((u: { id: number }) => u.id === superAdmin.id)).toMatchObject({
      level: 'secret',
      isSuperAdmin: true,
    });

    const lowered = await app
      .http()
      .put(`/synergy/clearances/${analyst.id}`)
      .set(bearer(securityOfficer.token))
      .send({ level: 'public' });
    expect(lowered.status).toBe(200);
    expect(lowered.body.data.level).toBe('public');

    // The officer is internal without a clearance record: confidential is above it.
    const raised = await app
      .http()
      .put(`/synergy/clearances/${analyst.id}`)
      .set(bearer(securityOfficer.token))
      .send({ level: 'confidential' });
    expect(raised.status).toBe(403);
    expect(raised.body.error.message).toMatch(/above your own clearance/);

    const bySuper = await app
      .http()
      .put(`/synergy/clearances/${analyst.id}`)
      .set(bearer(superAdmin.token))
      .send({ level: 'secret' });
    expect(bySuper.status).toBe(200);
    const record = await app.strapi.db
      .query('plugin::synergy.clearance')
      .findOne({ where: { user: { id: analyst.id } } });
    expect(record.level).toBe('secret');
  });

  it('rejects bad input with a 400 naming the field, and Super Admins cannot be changed', async () => {
    const analyst = await createAdminSession(app.strapi, ['Strategy Analyst']);
    const bad = await app
      .http()
      .put(`/synergy/clearances/${analyst.id}`)
      .set(bearer(superAdmin.token))
      .send({ level: 'top' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/level/);
    const unknown = await app
      .http()
      .put(`/synergy/clearances/${analyst.id}`)
      .set(bearer(superAdmin.token))
      .send({ level: 'public', rank: 1 });
    expect(unknown.status).toBe(400);
    const superTarget = await app
      .http()
      .put(`/synergy/clearances/${superAdmin.id}`)
      .set(bearer(superAdmin.token))
      .send({ level: 'public' });
    expect(superTarget.status).toBe(400);
    expect(
      await app.strapi.db
        .query('plugin::synergy.clearance')
        .count({ where: { user: { id: analyst.id } } }),
    ).toBe(0);
  });

  it('is refused to roles without the permission', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    expect((await app.http().get('/synergy/clearances').set(bearer(manager.token))).status).toBe(
      403,
    );
  });
});
