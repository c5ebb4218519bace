import { setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await setupStrapi({ env: { DOCUMENTATION_ENABLED: 'true' } });
});

afterAll(async () => {
  await app?.teardown();
});

describe('OpenAPI documentation', () => {
  it('is served by the app and describes every CRM type and the plugin content-API routes', async () => {
    const res = await app.http().get('/documentation/v1.0.0');
    expect(res.status).toBe(200);
    for (const path of ['/customers', '/feedbacks/{id}', '/service-tickets', '/brand-materials', '/auth/local']) {
      expect(res.text).toContain(`"${path}"`);
    }
    expect(res.text).toContain('"/synergy/customers/{documentId}/360"');
  });
});
