import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession } from '../helpers/auth';

let app: TestApp;

beforeAll(async () => {
  app = await setupStrapi();
});

afterAll(async () => {
  await app?.teardown();
});

// Inputs on which Strapi 5.54's content manager would answer 500; the plugin's guards answer 4xx.
describe('content manager robustness', () => {
  it('a JSON body that is not an object is a 400 that says so, and stores nothing', async () => {
    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    for (const body of [[1, 2, 3], 'text', 42]) {
      const res = await app
        .http()
        .post('/content-manager/collection-types/api::customer.customer')
        .set(bearer(superAdmin.token))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect(res.status).toBe(400);
      // The body parser refuses scalars itself; arrays reach the content manager.
      expect(res.body.error.message).toMatch(
        Array.isArray(body) ? /body must be a JSON object/ : /JSON/,
      );
    }
    expect(await app.strapi.db.query('api::customer.customer').count()).toBe(0);
  });

  it('relation endpoints of a type the role may not read answer 403, not 500', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const customer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: 'R', code: 'R-1' } });
    const ticket = await app.strapi
      .documents('api::service-ticket.service-ticket')
      .create({ data: { customer: customer.documentId, openedAt: '2026-01-01T00:00:00Z' } });
    const picker = await app
      .http()
      .get('/content-manager/relations/api::service-ticket.service-ticket/customer')
      .set(bearer(manager.token));
    expect(picker.status).toBe(403);
    const existing = await app
      .http()
      .get(
        `/content-manager/relations/api::service-ticket.service-ticket/${ticket.documentId}/customer`,
      )
      .set(bearer(manager.token));
    expect(existing.status).toBe(403);
  });

  it('a document above the clearance answers 404 to delete, publish and relation requests, like a missing one', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const secret = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: 'S', code: 'R-SECRET', classification: 'secret' } });
    const base = '/content-manager/collection-types/api::customer.customer';
    for (const documentId of [secret.documentId, 'does-not-exist']) {
      expect(
        (await app.http().delete(`${base}/${documentId}`).set(bearer(manager.token))).status,
      ).toBe(404);
      expect(
        (
          await app
            .http()
            .get(`/content-manager/relations/api::customer.customer/${documentId}/contacts`)
            .set(bearer(manager.token))
        ).status,
      ).toBe(404);
    }
    expect(
      (
        await app
          .http()
          .get(`/content-manager/relations/api::customer.customer/contacts?id=${secret.documentId}`)
          .set(bearer(manager.token))
      ).status,
    ).toBe(404);
    expect(
      await app.strapi.db
        .query('api::customer.customer')
        .count({ where: { documentId: secret.documentId } }),
    ).toBe(1);
  });
});
