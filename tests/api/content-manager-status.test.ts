import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';

let app: TestApp;
let admin: AdminSession;
const base = (uid: string) => `/content-manager/collection-types/${uid}`;

beforeAll(async () => {
  app = await setupStrapi();
  admin = await createAdminSession(app.strapi, ['Account Manager']);
});

afterAll(async () => {
  await app?.teardown();
});

// `status` is a field of its own on five CRM types (SPEC §2); the content manager must treat it so.
describe('content manager and the CRM `status` field', () => {
  it('saves a customer status from the edit view, shows it in the edit view and in the list', async () => {
    const created = await app
      .http()
      .post(base('api::customer.customer'))
      .set(bearer(admin.token))
      .send({ name: '状态单位', code: 'ST-1', status: 'active' });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('active');
    const { documentId } = created.body.data;

    const updated = await app
      .http()
      .put(`${base('api::customer.customer')}/${documentId}`)
      .set(bearer(admin.token))
      .send({ name: '状态单位', code: 'ST-1', status: 'dormant' });
    expect(updated.status).toBe(200);
    expect(updated.body.data.status).toBe('dormant');

    const edit = await app
      .http()
      .get(`${base('api::customer.customer')}/${documentId}`)
      .set(bearer(admin.token));
    expect(edit.body.data.status).toBe('dormant');

    const list = await app.http().get(base('api::customer.customer')).set(bearer(admin.token));
    expect(
      list.body.results.find((row: { documentId: string }) => row.documentId === documentId).status,
    ).toBe('dormant');

    const stored = await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { documentId } });
    expect(stored.status).toBe('dormant');
  });

  it('still rejects a status outside the enumeration, naming the field', async () => {
    const res = await app
      .http()
      .post(base('api::customer.customer'))
      .set(bearer(admin.token))
      .send({ name: 'x', code: 'ST-2', status: 'sleeping' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/status/);
    expect(
      await app.strapi.db.query('api::customer.customer').count({ where: { code: 'ST-2' } }),
    ).toBe(0);
  });

  it('leaves the publication status of Draft & Publish types alone', async () => {
    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    const res = await app
      .http()
      .post(`${base('api::brand-material.brand-material')}?locale=zh-Hans`)
      .set(bearer(superAdmin.token))
      .send({ title: '手册' });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('draft');
  });
});
