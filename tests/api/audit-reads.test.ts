import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiUser, type AdminSession } from '../helpers/auth';

let app: TestApp;
let superAdmin: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
});

afterAll(async () => {
  await app?.teardown();
});

interface Entry {
  action: string;
  actorType: string;
  recordId: string;
  classification: string | null;
  changedFields: string[] | null;
  details: Record<string, unknown> | null;
}

const entriesFor = async (recordId: string): Promise<Entry[]> => {
  await app.strapi.plugin('synergy').service('audit').drain();
  return app.strapi.db
    .query('plugin::synergy.audit-entry')
    .findMany({ where: { recordId }, orderBy: { id: 'asc' } });
};
const readsOf = async (recordId: string) =>
  (await entriesFor(recordId)).filter((entry) => entry.action === 'read');

describe('reads that narrow fields are still audited, with the answer unchanged', () => {
  it('records a read of a confidential record whose fields leave out classification, one and in a list', async () => {
    const customer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '字段单位', code: 'AR-F', classification: 'confidential' } });
    const reader = await createApiUser(app.strapi, { clearance: 'confidential' });

    const one = await app
      .http()
      .get(`/api/customers/${customer.documentId}?fields[0]=name`)
      .set(bearer(reader.jwt));
    expect(one.status).toBe(200);
    expect(Object.keys(one.body.data).sort()).toEqual(['documentId', 'id', 'name']);
    expect(one.body.data.name).toBe('字段单位');
    expect(await readsOf(customer.documentId)).toHaveLength(1);

    const list = await app
      .http()
      .get(`/api/customers?fields[0]=name&filters[code][$eq]=AR-F`)
      .set(bearer(reader.jwt));
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(Object.keys(list.body.data[0]).sort()).toEqual(['documentId', 'id', 'name']);
    const reads = await readsOf(customer.documentId);
    expect(reads).toHaveLength(2);
    expect(reads[1]).toMatchObject({ actorType: 'api-user', classification: 'confidential' });
  });

  it('records a confidential record populated with populate[x][fields], and keeps only the asked fields', async () => {
    const customer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '关联单位', code: 'AR-P', classification: 'confidential' } });
    const feedback = await app.strapi.documents('api::feedback.feedback').create({
      data: { customer: customer.documentId, content: '反馈', receivedAt: '2026-01-01T00:00:00Z' },
    });
    const reader = await createApiUser(app.strapi, { clearance: 'confidential' });

    const res = await app
      .http()
      .get(
        `/api/feedbacks/${feedback.documentId}?fields[0]=content&populate[customer][fields][0]=name`,
      )
      .set(bearer(reader.jwt));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(
      ['customer', 'documentId', 'id', 'content'].sort(),
    );
    expect(Object.keys(res.body.data.customer).sort()).toEqual(['documentId', 'id', 'name']);
    expect(res.body.data.customer.name).toBe('关联单位');
    const reads = await readsOf(customer.documentId);
    expect(reads).toHaveLength(1);
    expect(reads[0].classification).toBe('confidential');
  });
});

describe('clones are audited', () => {
  it('records a content-manager clone as a create of the new record, naming the source', async () => {
    const source = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '原单位', code: 'AR-C', classification: 'confidential' } });
    const res = await app
      .http()
      .post(`/content-manager/collection-types/api::customer.customer/clone/${source.documentId}`)
      .set(bearer(superAdmin.token))
      .send({ name: '克隆单位', code: 'AR-C2' });
    expect(res.status).toBe(200);
    const cloneId: string = res.body.data.documentId;
    expect(cloneId).not.toBe(source.documentId);

    const created = (await entriesFor(cloneId)).filter((entry) => entry.action === 'create');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      actorType: 'admin',
      classification: 'confidential',
      changedFields: ['code', 'name'],
      details: { sourceDocumentId: source.documentId },
    });
  });
});

describe('reads outside the REST API are audited', () => {
  it('records the confidential customers a search returns and a health read, with the answers unchanged', async () => {
    const customer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '搜索机密单位', code: 'AR-S', classification: 'confidential' } });
    const search = await app
      .http()
      .get('/synergy/customers/search?q=AR-S')
      .set(bearer(superAdmin.token));
    expect(search.status).toBe(200);
    expect(search.body.data).toEqual([
      {
        documentId: customer.documentId,
        name: '搜索机密单位',
        shortName: null,
        code: 'AR-S',
        tier: null,
      },
    ]);
    expect(await readsOf(customer.documentId)).toHaveLength(1);

    const health = await app
      .http()
      .get(`/synergy/analytics/customers/${customer.documentId}/health`)
      .set(bearer(superAdmin.token));
    expect(health.status).toBe(200);
    expect(health.body.data.customer).toEqual({
      documentId: customer.documentId,
      name: '搜索机密单位',
      code: 'AR-S',
    });
    expect(await readsOf(customer.documentId)).toHaveLength(2);
  });
});

describe('the plugin types are hidden from the content manager', () => {
  it('does not display the audit entry and the other plugin types, in the content manager', async () => {
    const types = await app
      .http()
      .get('/content-manager/content-types')
      .set(bearer(superAdmin.token));
    expect(types.status).toBe(200);
    const hidden = [
      'audit-entry',
      'data-version',
      'review',
      'review-event',
      'clearance',
      'workflow',
    ].map((name) => `plugin::synergy.${name}`);
    const shown = (types.body.data as Array<{ uid: string; isDisplayed: boolean }>).filter(
      (type) => hidden.includes(type.uid) && type.isDisplayed,
    );
    expect(shown).toEqual([]);
  });

  it.each(['audit-entry', 'review', 'clearance', 'workflow', 'data-version', 'review-event'])(
    'answers the content manager routes of plugin::synergy.%s as for a type that is not there',
    async (name) => {
      const base = `/content-manager/collection-types/plugin::synergy.${name}`;
      for (const res of [
        await app.http().get(base).set(bearer(superAdmin.token)),
        await app.http().get(`${base}/zmissingdocumentid0000000`).set(bearer(superAdmin.token)),
      ]) {
        expect({ status: res.status, results: res.body.results }).toEqual({
          status: 404,
          results: undefined,
        });
      }
      // Writes were refused already (no create permission): still refused, nothing written.
      const before = await app.strapi.db.query(`plugin::synergy.${name}` as never).count();
      const create = await app.http().post(base).set(bearer(superAdmin.token)).send({});
      expect([403, 404]).toContain(create.status);
      expect(await app.strapi.db.query(`plugin::synergy.${name}` as never).count()).toBe(before);
    },
  );
});

describe('the content manager relations list', () => {
  it('records the confidential records it shows, and none it hides', async () => {
    const documents = app.strapi.documents;
    const owner = await documents('api::customer.customer').create({
      data: { name: '关系列表单位', code: 'AR-REL', classification: 'public' },
    });
    const shown = await documents('api::contact.contact').create({
      data: {
        fullName: '机密联系人',
        customer: owner.documentId,
        classification: 'confidential',
      } as never,
    });
    const hidden = await documents('api::contact.contact').create({
      data: {
        fullName: '绝密联系人',
        customer: owner.documentId,
        classification: 'secret',
      } as never,
    });
    const confidentialOfficer = await createAdminSession(app.strapi, ['Security Officer']);
    await app.strapi.db
      .query('plugin::synergy.clearance')
      .create({ data: { user: confidentialOfficer.id, level: 'confidential' } });

    const res = await app
      .http()
      .get(
        `/content-manager/relations/api::customer.customer/${owner.documentId}/contacts?pageSize=100`,
      )
      .set(bearer(confidentialOfficer.token));
    expect(res.status).toBe(200);
    expect(res.body.results.map((row: { documentId: string }) => row.documentId)).toEqual([
      shown.documentId,
    ]);
    expect(await readsOf(shown.documentId)).toHaveLength(1);
    expect(await readsOf(hidden.documentId)).toHaveLength(0);
  });
});
