import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, type AdminSession } from '../helpers/auth';

/** Reviews and their history through the content API (GET /api/synergy/reviews, /reviews/:id). */

const STRATEGY = 'api::strategy.strategy';

let app: TestApp;
let superAdmin: AdminSession;
let analyst: AdminSession;
let fullAccess: string;

beforeAll(async () => {
  app = await setupStrapi();
  [superAdmin, analyst] = await Promise.all([
    createAdminSession(app.strapi, ['Super Admin']),
    createAdminSession(app.strapi, ['Strategy Analyst']),
  ]);
  fullAccess = await createApiToken(app.strapi);
});

afterAll(async () => {
  await app?.teardown();
});

const newStrategy = async (title: string, classification = 'internal') =>
  (
    await app.strapi
      .documents(STRATEGY)
      .create({ data: { title, dimension: 'service', classification } as never })
  ).documentId as string;

const submit = async (documentId: string) => {
  const res = await app
    .http()
    .post('/synergy/reviews')
    .set(bearer(superAdmin.token))
    .send({ contentType: STRATEGY, documentId, version: 0, comment: '请审核' });
  expect(res.status).toBe(200);
  return res.body.data as { id: number; version: number };
};

const history = (token: string, query = '') =>
  app.http().get(`/api/synergy/reviews${query}`).set(bearer(token));

describe('GET /api/synergy/reviews', () => {
  it('lists a document’s review with its history and how long it has waited at its stage', async () => {
    const documentId = await newStrategy('联合保障方案');
    const review = await submit(documentId);

    const submitted = await history(
      fullAccess,
      `?contentType=${STRATEGY}&documentId=${documentId}`,
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.meta.pagination).toMatchObject({ page: 1, total: 1 });
    const [first] = submitted.body.data;
    expect(first).toMatchObject({
      id: review.id,
      documentId,
      state: 'in_review',
      stage: { key: 'analysis-review' },
      allowedActions: [],
    });
    expect(first.events.map((event: { action: string }) => event.action)).toEqual(['submit']);
    expect(first.events[0].comment).toBe('请审核');
    expect(first.waitingSince).toBe(first.events[0].createdAt);

    const approved = await app
      .http()
      .post(`/synergy/reviews/${review.id}/approve`)
      .set(bearer(analyst.token))
      .send({ version: review.version });
    expect(approved.status).toBe(200);

    const advanced = (
      await history(fullAccess, `?contentType=${STRATEGY}&documentId=${documentId}`)
    ).body.data[0];
    expect(advanced.stage.key).toBe('leadership-approval');
    const actions = advanced.events.map((event: { action: string }) => event.action);
    expect(actions).toEqual(['submit', 'approve', 'advance']);
    // The wait restarts when the review reaches the next stage.
    expect(advanced.waitingSince).toBe(advanced.events[2].createdAt);
    expect(new Date(advanced.waitingSince).getTime()).toBeGreaterThanOrEqual(
      new Date(first.waitingSince).getTime(),
    );

    const one = await app.http().get(`/api/synergy/reviews/${review.id}`).set(bearer(fullAccess));
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ id: review.id, allowedActions: [] });
    expect(one.body.data.events).toHaveLength(3);
  });

  it('leaves out reviews of documents above the caller’s clearance, and answers 404 for one', async () => {
    const documentId = await newStrategy('绝密方案', 'secret');
    const review = await submit(documentId);

    const listed = await history(fullAccess, `?documentId=${documentId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([]);
    expect(listed.body.meta.pagination.total).toBe(0);

    const one = await app.http().get(`/api/synergy/reviews/${review.id}`).set(bearer(fullAccess));
    expect(one.status).toBe(404);
    const missing = await app.http().get('/api/synergy/reviews/999999').set(bearer(fullAccess));
    expect(missing.status).toBe(404);
    expect(one.body.error.message).toBe(missing.body.error.message);
  });

  it('needs its permission: a read-only token reads, a token without the permission is refused', async () => {
    const readOnly = await createApiToken(app.strapi, 'read-only');
    expect((await history(readOnly)).status).toBe(200);

    const listOnly = await createApiToken(app.strapi, 'custom', [
      'plugin::synergy.review-history.find',
    ]);
    expect((await history(listOnly)).status).toBe(200);
    expect((await app.http().get('/api/synergy/reviews/1').set(bearer(listOnly))).status).toBe(403);

    const other = await createApiToken(app.strapi, 'custom', ['plugin::synergy.overview.find']);
    expect((await history(other)).status).toBe(403);
    expect((await app.http().get('/api/synergy/reviews')).status).toBe(403);
  });

  it('refuses bad parameters with a 400 that names them', async () => {
    const badState = await history(fullAccess, '?state=done');
    expect(badState.status).toBe(400);
    expect(badState.body.error.message).toMatch(/state must be one of/);
    const unknown = await history(fullAccess, '?mine=true');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/mine/);
    const badId = await app.http().get('/api/synergy/reviews/abc').set(bearer(fullAccess));
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toMatch(/id/);
  });
});
