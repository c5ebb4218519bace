import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';

let app: TestApp;
let analyst: AdminSession;
let approver: AdminSession;
let marketing: AdminSession;
let superAdmin: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  [analyst, approver, marketing, superAdmin] = await Promise.all([
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Super Admin']),
  ]);
});

afterAll(async () => {
  await app?.teardown();
});

const MATERIAL = 'api::brand-material.brand-material';
const STRATEGY = 'api::strategy.strategy';
const CUSTOMER = 'api::customer.customer';
const COMPETITOR = 'api::competitor.competitor';
const cm = (uid: string, path = '') => `/content-manager/collection-types/${uid}${path}`;

const newStrategy = async (title: string, status: string) => {
  const { documentId } = await app.strapi
    .documents(STRATEGY)
    .create({ data: { title, dimension: 'service' } as never });
  // The stored state of an approved or active strategy, written past the workflow.
  await app.strapi.db.query(STRATEGY).updateMany({ where: { documentId }, data: { status } });
  return documentId as string;
};
const strategyRows = (title: string) =>
  app.strapi.db
    .query(STRATEGY)
    .findMany({ where: { title }, select: ['documentId', 'status'] }) as Promise<
    Array<{ documentId: string; status: string }>
  >;
const reviewsOf = (documentId: string) =>
  app.strapi.db.query('plugin::synergy.review').count({ where: { documentId } });

describe('a clone starts as a draft with no review', () => {
  it('a content-manager clone of a draft strategy with status approved in the body is a draft', async () => {
    const source = await newStrategy('克隆草稿', 'draft');
    const res = await app
      .http()
      .post(cm(STRATEGY, `/clone/${source}`))
      .set(bearer(analyst.token))
      .send({ title: '克隆草稿（副本）', status: 'approved' });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('draft');
    const [clone] = await strategyRows('克隆草稿（副本）');
    expect(clone.status).toBe('draft');
    expect(await reviewsOf(clone.documentId)).toBe(0);
  });

  it.each(['approved', 'active'])(
    'a content-manager clone of a strategy that is %s is a draft',
    async (status) => {
      const source = await newStrategy(`克隆${status}`, status);
      const res = await app
        .http()
        .post(cm(STRATEGY, `/clone/${source}`))
        .set(bearer(analyst.token))
        .send({ title: `克隆${status}（副本）` });
      expect(res.status).toBe(200);
      expect((await strategyRows(`克隆${status}（副本）`)).map((row) => row.status)).toEqual([
        'draft',
      ]);
      expect(await strategyRows(`克隆${status}`)).toEqual([{ documentId: source, status }]);
    },
  );

  it('an auto-clone of an active strategy is a draft', async () => {
    const source = await newStrategy('自动克隆', 'active');
    const res = await app
      .http()
      .post(cm(STRATEGY, `/auto-clone/${source}`))
      .set(bearer(analyst.token))
      .send({});
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('draft');
    const clone = (await strategyRows('自动克隆')).find((row) => row.documentId !== source);
    expect(clone).toEqual({ documentId: res.body.data.documentId, status: 'draft' });
    expect(await reviewsOf(res.body.data.documentId)).toBe(0);
  });

  it('a document-service clone from code with a request, asking for active, is a draft', async () => {
    const source = await newStrategy('代码克隆', 'approved');
    let result: { entries: Array<Record<string, unknown>> } | null = null;
    await app.strapi.requestContext.run(
      {
        state: { auth: { strategy: { name: 'admin' } }, user: { id: analyst.id, roles: [] } },
      } as never,
      async () => {
        result = (await app.strapi.documents(STRATEGY).clone({
          documentId: source,
          data: { title: '代码克隆（副本）', status: 'active' } as never,
        })) as typeof result;
      },
    );
    expect(
      (result as { entries: Array<Record<string, unknown>> } | null)?.entries[0],
    ).toMatchObject({ title: '代码克隆（副本）', status: 'draft' });
  });

  it('a content-manager clone of a published brand material is a draft with no published version', async () => {
    const { documentId } = await app.strapi.documents(MATERIAL).create({
      data: { title: '克隆手册', classification: 'internal' } as never,
      status: 'published',
    });
    const res = await app
      .http()
      .post(cm(MATERIAL, `/clone/${documentId}?locale=zh-Hans`))
      .set(bearer(marketing.token))
      .send({ title: '克隆手册（副本）', publishedAt: new Date().toISOString() });
    expect(res.status).toBe(200);
    const rows = (await app.strapi.db
      .query(MATERIAL)
      .findMany({ where: { title: '克隆手册（副本）' } })) as Array<{
      documentId: string;
      publishedAt: string | null;
    }>;
    expect(rows.map((row) => row.publishedAt)).toEqual([null]);
    expect(await reviewsOf(rows[0].documentId)).toBe(0);
  });
});

describe('gates follow the workflow configuration', () => {
  const competitorWorkflow = async () => {
    const res = await app.http().get('/synergy/workflows').set(bearer(superAdmin.token));
    return {
      list: res.body,
      workflow: res.body.data.find((w: { contentTypes: string[] }) =>
        w.contentTypes.includes(COMPETITOR),
      ),
    };
  };
  const assign = async (contentTypes: string[]) => {
    const { workflow } = await competitorWorkflow();
    const { id, ...definition } = workflow;
    const res = await app
      .http()
      .put(`/synergy/workflows/${id}`)
      .set(bearer(superAdmin.token))
      .send({ ...definition, contentTypes });
    expect(res.status).toBe(200);
  };
  const newCustomer = (code: string, status: string) =>
    app
      .http()
      .post(cm(CUSTOMER))
      .set(bearer(superAdmin.token))
      .send({ name: `客户${code}`, code, classification: 'internal', status });
  const setStatus = (documentId: string, status: string) =>
    app
      .http()
      .put(cm(CUSTOMER, `/${documentId}`))
      .set(bearer(superAdmin.token))
      .send({ status });

  it('the workflow list says which rule each content type gets', async () => {
    const { list } = await competitorWorkflow();
    expect(list.meta.gates[MATERIAL]).toEqual({ publish: true, statuses: [] });
    expect(list.meta.gates[STRATEGY]).toEqual({ publish: false, statuses: ['approved', 'active'] });
    expect(list.meta.gates[CUSTOMER]).toEqual({ publish: false, statuses: ['active'] });
    expect(list.meta.gates[COMPETITOR]).toEqual({ publish: false, statuses: [] });
  });

  it('a customer is not gated without a workflow', async () => {
    const created = await newCustomer('GATE-0', 'active');
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('active');
  });

  it('a workflow assigned to customers gates their active status until the review is approved', async () => {
    await assign([COMPETITOR, CUSTOMER]);
    const refusedCreate = await newCustomer('GATE-1', 'active');
    expect(refusedCreate.status).toBe(403);
    expect(refusedCreate.body.error.message).toBe(
      `Setting this customer's status to active needs an approved "Competitor intelligence review" review (Intelligence review): it has never been submitted`,
    );

    const created = await newCustomer('GATE-2', 'prospect');
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const refused = await setStatus(documentId, 'active');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(
      /Competitor intelligence review.*never been submitted/,
    );
    expect((await setStatus(documentId, 'dormant')).status).toBe(200);

    const submitted = await app
      .http()
      .post('/synergy/reviews')
      .set(bearer(superAdmin.token))
      .send({ contentType: CUSTOMER, documentId, version: 0 });
    expect(submitted.status).toBe(200);
    const inReview = await setStatus(documentId, 'active');
    expect(inReview.status).toBe(403);
    expect(inReview.body.error.message).toMatch(/still in review at "Intelligence review"/);

    const review = submitted.body.data;
    const approved = await app
      .http()
      .post(`/synergy/reviews/${review.id}/approve`)
      .set(bearer(approver.token))
      .send({ version: review.version });
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toBe('approved');
    const allowed = await setStatus(documentId, 'active');
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.status).toBe('active');
  });

  it('removing the workflow from customers removes the gate', async () => {
    await assign([COMPETITOR]);
    const created = await newCustomer('GATE-3', 'active');
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('active');
  });

  it('a competitor gets no gate from its workflow: it has no Draft & Publish and no status', async () => {
    const { documentId } = await app.strapi
      .documents(COMPETITOR)
      .create({ data: { name: '无闸门对手', classification: 'internal' } as never });
    const res = await app
      .http()
      .put(cm(COMPETITOR, `/${documentId}`))
      .set(bearer(superAdmin.token))
      .send({ name: '无闸门对手（改）' });
    expect(res.status).toBe(200);
  });
});
