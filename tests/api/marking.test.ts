/**
 * Marked outputs (SPEC §1): analytics answers and the 360 carry the highest level (and caveats) of
 * the records they were computed from, as the caller sees them.
 */
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';

let app: TestApp;
let manager: AdminSession;
let secretManager: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  manager = await createAdminSession(app.strapi, ['Leadership']);
  secretManager = await createAdminSession(app.strapi, ['Leadership']);
  await app.strapi.db
    .query('plugin::synergy.clearance')
    .create({ data: { user: secretManager.id, level: 'secret' } });
});

afterAll(async () => {
  await app?.teardown();
});

const overviewMarking = async (session: AdminSession) => {
  const res = await app.http().get('/synergy/analytics/overview').set(bearer(session.token));
  expect(res.status).toBe(200);
  return res.body.meta.marking;
};

describe('marking of analytics answers', () => {
  it('marks an answer over nothing as public, then by the highest level the caller may see', async () => {
    expect(await overviewMarking(manager)).toEqual({
      level: 'public',
      caveats: [],
      banner: '公开 — PUBLIC',
    });

    const customer = await app.strapi.documents('api::customer.customer').create({
      data: { name: '北方某部', code: 'MK-1', classification: 'internal' },
    });
    await app.strapi.documents('api::feedback.feedback').create({
      data: {
        customer: customer.documentId,
        content: '机密反馈',
        receivedAt: '2026-02-01T00:00:00Z',
        classification: 'secret',
      },
    });
    // The Leadership role's default clearance is internal: the secret feedback is not counted,
    // nor marked.
    expect((await overviewMarking(manager)).banner).toBe('内部 — INTERNAL');
    expect(await overviewMarking(secretManager)).toEqual({
      level: 'secret',
      caveats: [],
      banner: '机密 — SECRET',
    });
  });

  it('marks the scorecard and customer health answers too', async () => {
    const customer = await app.strapi.documents('api::customer.customer').create({
      data: { name: '东部某部', code: 'MK-2', classification: 'internal' },
    });
    const health = await app
      .http()
      .get(`/synergy/analytics/customers/${customer.documentId}/health`)
      .set(bearer(secretManager.token));
    expect(health.status).toBe(200);
    expect(health.body.meta.marking.level).toBe('secret');
  });
});

describe('marking of the customer 360', () => {
  it('is marked by the customer and the records it lists', async () => {
    const customer = await app.strapi.documents('api::customer.customer').create({
      data: { name: '西部某部', code: 'MK-3', classification: 'internal' },
    });
    const show = (session: AdminSession) =>
      app.http().get(`/synergy/customers/${customer.documentId}/360`).set(bearer(session.token));
    expect((await show(secretManager)).body.meta.marking.level).toBe('internal');

    await app.strapi.documents('api::interaction.interaction').create({
      data: {
        customer: customer.documentId,
        occurredAt: '2026-03-02T00:00:00Z',
        summary: '秘密会谈',
        classification: 'confidential',
      },
    });
    const raised = await show(secretManager);
    expect(raised.body.meta.marking).toEqual({
      level: 'confidential',
      caveats: [],
      banner: '秘密 — CONFIDENTIAL',
    });
    // A caller who may not see the interaction gets a page marked without it.
    expect((await show(manager)).body.meta.marking.level).toBe('internal');
  });
});

describe('caveats in markings', () => {
  it('adds the caveats of the records shown or counted, by their managed names', async () => {
    const customer = await app.strapi.documents('api::customer.customer').create({
      data: {
        name: '南部某部',
        code: 'MK-4',
        classification: 'internal',
        caveats: ['domestic-only'],
      } as never,
    });
    const page = await app
      .http()
      .get(`/synergy/customers/${customer.documentId}/360`)
      .set(bearer(manager.token));
    expect(page.body.meta.marking).toEqual({
      level: 'internal',
      caveats: ['domestic-only'],
      banner: '内部 // 仅限国内 — INTERNAL // DOMESTIC ONLY',
    });
    expect((await overviewMarking(manager)).caveats).toEqual(['domestic-only']);

    const csv = await app
      .http()
      .get('/synergy/export/api::customer.customer?format=csv&filters[code][$eq]=MK-4')
      .set(bearer(manager.token));
    expect(csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      '内部 // 仅限国内 — INTERNAL // DOMESTIC ONLY',
    );
  });
});
