/**
 * Synergy analytics (SPEC §4) through HTTP, against a hand-made fixture whose every figure is
 * worked out below. The period of most checks is 2024-01-01 … 2024-06-30 (fixed dates); the
 * health fixture (customers C4, C5) is dated relative to now, and the fixed data lie more than
 * 365 days back, so that health does not depend on the day the test runs.
 *
 * SLA defaults: p1 2 h / 24 h, p2 4 / 72, p3 24 / 168, p4 72 / 336.
 */
import type { UID } from '@strapi/strapi';
import type { CompetitorFigures } from '../../plugins/synergy/shared/contracts/analytics';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';
import { setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let confidentialJwt: string;
let superAdmin: AdminSession;
const ids: Record<string, string> = {};

const PERIOD = 'from=2024-01-01&to=2024-06-30';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayOnly = (iso: string) => iso.slice(0, 10);

const create = async (uid: UID.ContentType, key: string, data: Record<string, unknown>) => {
  const doc = await app.strapi.documents(uid).create({ data } as never);
  ids[key] = doc.documentId;
  return doc.documentId;
};

/** Strategy statuses move through the workflow; the fixture sets them directly in the database. */
const setStatus = (documentId: string, status: string) =>
  app.strapi.db.query('api::strategy.strategy').update({ where: { documentId }, data: { status } });

/** The content API's analytics permissions: read actions, as Strapi's read-only tokens require. */
const ANALYTICS_ACTIONS = [
  'overview.find',
  'coverage.find',
  'impact.find',
  'portfolio.find',
  'competitors.find',
  'win-loss.find',
  'data-quality.find',
  'scorecard.findOne',
  'customer-health.findOne',
];

const seed = async () => {
  const customer = 'api::customer.customer';
  // Products: P1 radar with three attributes, P2 uav.
  const p1 = await create('api::product.product', 'P1', {
    name: '雷达A',
    code: 'P1',
    domain: 'radar',
    attributes: [
      { name: 'Range', value: 300, higherIsBetter: true },
      { name: 'Weight', value: 50, higherIsBetter: false },
      { name: 'MTBF', value: 1000, higherIsBetter: true },
    ],
  });
  const p2 = await create('api::product.product', 'P2', {
    name: '无人机B',
    code: 'P2',
    domain: 'uav',
  });

  const c1 = await create(customer, 'C1', {
    name: '北方雷达研究所',
    code: 'C1',
    type: 'research_institute',
    sector: 'air_force',
    region: '北京',
    tier: 'strategic',
    owner: superAdmin.id,
  });
  const c2 = await create(customer, 'C2', {
    name: '北方 雷达研究所',
    code: 'C2',
    type: 'military_unit',
    tier: 'key',
    needs: [{ title: '快速交付', category: 'delivery' }],
  });
  const c3 = await create(customer, 'C3', {
    name: '机密单位',
    code: 'C3',
    type: 'military_unit',
    tier: 'strategic',
    classification: 'confidential',
  });
  const c4 = await create(customer, 'C4', {
    name: '南方导航公司',
    code: 'C4',
    type: 'state_enterprise',
    sector: 'navy',
    region: '上海',
    tier: 'regular',
    owner: superAdmin.id,
    needs: [{ title: '导航精度', category: 'performance' }],
  });
  const c5 = await create(customer, 'C5', { name: '北方雷达', code: 'C5', tier: 'prospect' });

  await create('api::contact.contact', 'CT1', { fullName: '张伟', customer: c1 });
  await create('api::contact.contact', 'CT4', {
    fullName: '王芳',
    customer: c4,
    isKeyDecisionMaker: true,
  });
  // Visible only to confidential clearance: C5 has a contact and a key decision maker then.
  await create('api::contact.contact', 'CT5', {
    fullName: '赵敏',
    customer: c5,
    isKeyDecisionMaker: true,
    classification: 'confidential',
  });
  await create('api::interaction.interaction', 'I4', {
    customer: c4,
    occurredAt: daysAgo(10),
    summary: '回访',
  });

  // Surveys. S4 is itself confidential (customer C1 internal).
  const survey = 'api::survey-response.survey-response';
  await create(survey, 'S1', {
    customer: c1,
    respondedAt: '2024-02-10T00:00:00Z',
    overall: 4,
    recommend: 9,
  });
  await create(survey, 'S2', {
    customer: c1,
    respondedAt: '2024-03-15T00:00:00Z',
    overall: 5,
    recommend: 10,
  });
  await create(survey, 'S3', {
    customer: c2,
    respondedAt: '2024-03-20T00:00:00Z',
    overall: 2,
    recommend: 5,
  });
  await create(survey, 'S4', {
    customer: c1,
    respondedAt: '2024-04-01T00:00:00Z',
    overall: 1,
    recommend: 0,
    classification: 'confidential',
  });
  await create(survey, 'S5', {
    customer: c1,
    respondedAt: '2023-10-01T00:00:00Z',
    overall: 3,
    recommend: 7,
  });
  await create(survey, 'S6', { customer: c4, respondedAt: daysAgo(20), overall: 4 });
  await create(survey, 'S7', { customer: c5, respondedAt: daysAgo(10), overall: 1 });

  // Feedback.
  const feedback = 'api::feedback.feedback';
  const f1 = await create(feedback, 'F1', {
    customer: c1,
    product: p1,
    content: '探测距离不足',
    category: 'performance',
    severity: 'high',
    satisfaction: 2,
    receivedAt: '2024-02-01T00:00:00Z',
    respondedAt: '2024-02-01T04:00:00Z',
    status: 'resolved',
    resolvedAt: '2024-02-03T00:00:00Z',
  });
  await create(feedback, 'F2', {
    customer: c1,
    product: p2,
    content: '续航',
    category: 'performance',
    severity: 'low',
    satisfaction: 4,
    receivedAt: '2024-03-01T00:00:00Z',
    respondedAt: '2024-03-01T10:00:00Z',
    status: 'new',
  });
  const f3 = await create(feedback, 'F3', {
    customer: c2,
    content: '交付延迟',
    category: 'delivery',
    severity: 'critical',
    receivedAt: '2024-04-01T00:00:00Z',
    respondedAt: '2024-04-02T00:00:00Z',
    status: 'closed',
    resolvedAt: '2024-04-03T00:00:00Z',
  });
  const f4 = await create(feedback, 'F4', {
    customer: c2,
    content: '价格偏高',
    category: 'price',
    severity: 'medium',
    satisfaction: 1,
    receivedAt: '2024-05-01T00:00:00Z',
    status: 'in_progress',
  });
  await create(feedback, 'F5', {
    customer: c3,
    content: '质量问题',
    category: 'quality',
    severity: 'high',
    receivedAt: '2024-05-05T00:00:00Z',
    respondedAt: '2024-05-05T02:00:00Z',
    status: 'new',
  });
  await create(feedback, 'F6', {
    customer: c1,
    content: '服务',
    category: 'service',
    severity: 'low',
    receivedAt: '2023-09-01T00:00:00Z',
    respondedAt: '2023-09-01T06:00:00Z',
    status: 'closed',
    resolvedAt: '2023-09-02T00:00:00Z',
  });
  await create(feedback, 'F7', {
    customer: c4,
    content: '告警',
    category: 'other',
    severity: 'high',
    receivedAt: daysAgo(5),
    status: 'new',
  });

  // Tickets.
  const ticket = 'api::service-ticket.service-ticket';
  await create(ticket, 'T1', {
    customer: c1,
    product: p1,
    priority: 'p1',
    status: 'resolved',
    openedAt: '2024-02-01T00:00:00Z',
    acknowledgedAt: '2024-02-01T01:00:00Z',
    resolvedAt: '2024-02-01T20:00:00Z',
  });
  await create(ticket, 'T2', {
    customer: c1,
    priority: 'p1',
    status: 'closed',
    openedAt: '2024-03-01T00:00:00Z',
    acknowledgedAt: '2024-03-01T03:00:00Z',
    resolvedAt: '2024-03-02T06:00:00Z',
  });
  await create(ticket, 'T3', {
    customer: c2,
    priority: 'p2',
    status: 'in_progress',
    openedAt: '2024-04-01T00:00:00Z',
    acknowledgedAt: '2024-04-01T02:00:00Z',
  });
  await create(ticket, 'T4', {
    customer: c2,
    priority: 'p3',
    status: 'open',
    openedAt: '2024-05-01T00:00:00Z',
  });
  await create(ticket, 'T5', {
    customer: c3,
    priority: 'p1',
    status: 'resolved',
    openedAt: '2024-05-10T00:00:00Z',
    acknowledgedAt: '2024-05-10T00:30:00Z',
    resolvedAt: '2024-05-10T10:00:00Z',
  });
  await create(ticket, 'T6', {
    customer: c4,
    priority: 'p2',
    status: 'open',
    openedAt: daysAgo(5),
  });
  await create(ticket, 'T7', {
    customer: c4,
    priority: 'p3',
    status: 'resolved',
    openedAt: daysAgo(40),
    resolvedAt: new Date(Date.parse(daysAgo(40)) + 200 * 3_600_000).toISOString(),
  });
  await create(ticket, 'T8', {
    customer: c4,
    priority: 'p4',
    status: 'resolved',
    openedAt: daysAgo(40),
    resolvedAt: new Date(Date.parse(daysAgo(40)) + 100 * 3_600_000).toISOString(),
  });
  await create(ticket, 'T9', {
    customer: c5,
    priority: 'p1',
    status: 'open',
    openedAt: daysAgo(10),
  });
  await create(ticket, 'T10', {
    customer: c5,
    priority: 'p1',
    status: 'acknowledged',
    openedAt: daysAgo(10),
  });

  // Competitors and offerings.
  const k1 = await create('api::competitor.competitor', 'K1', {
    name: '星辰电子',
    threatLevel: 'high',
    lastReviewedAt: dayOnly(daysAgo(10)),
  });
  const k2 = await create('api::competitor.competitor', 'K2', {
    name: '远航科技',
    threatLevel: 'critical',
  });
  await create('api::competitor.competitor', 'K3', {
    name: '小型厂商',
    threatLevel: 'low',
    lastReviewedAt: '2024-01-01',
  });
  await create('api::competitor-offering.competitor-offering', 'OF1', {
    name: '星辰雷达X',
    competitor: k1,
    domain: 'radar',
    comparableProduct: p1,
    attributes: [
      { name: 'range', value: 280, higherIsBetter: true },
      { name: 'WEIGHT', value: 50, higherIsBetter: false },
      { name: 'MTBF', value: 1200, higherIsBetter: true },
    ],
  });
  await create('api::competitor-offering.competitor-offering', 'OF2', {
    name: '远航UAV',
    competitor: k2,
    domain: 'uav',
  });

  // Strategies (statuses set afterwards, as the workflow would).
  const strategy = 'api::strategy.strategy';
  const st2 = await create(strategy, 'ST2', {
    title: '快速保障',
    dimension: 'service',
    targetCustomers: [c1, c2],
    feedbacks: [f3],
    imitability: 5,
    investment: 0,
    realizedBenefit: 50,
    kpis: [{ name: '到场时间', baseline: 10, target: 10, actual: 8 }],
  });
  await create(strategy, 'ST1', {
    title: '雷达性能提升',
    dimension: 'product',
    targetCustomers: [c1],
    targetCompetitors: [k1],
    products: [p1],
    feedbacks: [f1],
    relatedStrategies: [st2],
    imitability: 2,
    investment: 100,
    realizedBenefit: 150,
    startDate: '2024-03-01',
    kpis: [
      { name: '探测距离', unit: 'km', baseline: 200, target: 300, actual: 250 },
      { name: '故障率', baseline: 5, target: 5, actual: 5 },
    ],
  });
  await create(strategy, 'ST3', { title: '品牌宣传', dimension: 'brand', startDate: '2024-01-01' });
  await create(strategy, 'ST4', {
    title: '机密技术',
    dimension: 'technology',
    targetCustomers: [c1],
    feedbacks: [f4],
    classification: 'confidential',
  });
  await setStatus(ids.ST1, 'active');
  await setStatus(ids.ST2, 'active');
  await setStatus(ids.ST4, 'active');

  // Opportunities.
  const opportunity = 'api::opportunity.opportunity';
  await create(opportunity, 'O1', {
    title: '雷达采购',
    customer: c1,
    products: [p1],
    competitors: [k1, k2],
    stage: 'won',
    closedAt: '2024-02-15',
    value: 500,
    reasons: [{ category: 'performance' }, { category: 'relationship' }],
  });
  await create(opportunity, 'O2', {
    title: '无人机',
    customer: c2,
    competitors: [k1],
    stage: 'lost',
    closedAt: '2024-03-10',
    winner: k1,
    value: 300,
    reasons: [{ category: 'price' }, { category: 'service' }],
  });
  await create(opportunity, 'O3', {
    title: '导航',
    customer: c1,
    competitors: [k2],
    stage: 'lost',
    closedAt: '2024-03-20',
    winner: k2,
    reasons: [{ category: 'delivery' }, { category: 'compliance' }],
  });
  await create(opportunity, 'O4', {
    title: '放弃',
    customer: c2,
    competitors: [k1],
    stage: 'abandoned',
    closedAt: '2024-04-01',
  });
  await create(opportunity, 'O5', {
    title: '投标中',
    customer: c1,
    stage: 'bidding',
    value: 200,
    probability: 50,
  });
  await create(opportunity, 'O6', {
    title: '方案',
    customer: c2,
    stage: 'proposal',
    value: 100,
    probability: 20,
  });
  await create(opportunity, 'O7', {
    title: '谈判',
    customer: c1,
    stage: 'negotiation',
    value: 400,
  });
  await create(opportunity, 'O8', {
    title: '机密项目',
    customer: c3,
    competitors: [k1],
    stage: 'lost',
    closedAt: '2024-05-01',
    winner: k1,
    reasons: [{ category: 'technology' }],
  });
  return { c5 };
};

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  for (const action of ANALYTICS_ACTIONS) {
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: `plugin::synergy.${action}`, role: role.id } });
  }
  confidentialJwt = (await createApiUser(app.strapi, { clearance: 'confidential' })).jwt;
  await seed();
});

afterAll(async () => {
  await app?.teardown();
});

const get = async (path: string, auth = token) => {
  const res = await app.http().get(path).set(bearer(auth));
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The entry of a list answer with this name (lists are ordered by the database's collation). */
const byName = (list: unknown, name: string): unknown =>
  (list as Array<{ name: string }>).find((item) => item.name === name);

describe('GET /api/synergy/overview', () => {
  it('computes satisfaction, feedback and service figures of the period for an internal API token', async () => {
    const { data, meta } = await get(`/api/synergy/overview?${PERIOD}`);
    expect(meta.period).toEqual({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-06-30T23:59:59.999Z',
    });
    expect(meta.clearance).toBe('internal');
    const { satisfaction, feedback, service } = data.current;
    // Surveys S1 (4, rec 9), S2 (5, rec 10), S3 (2, rec 5); S4 confidential, S5 before the period.
    expect(satisfaction.responses).toBe(3);
    expect(satisfaction.mean).toBeCloseTo(11 / 3, 9); // (4 + 5 + 2) / 3
    expect(satisfaction.nps).toBeCloseTo(100 / 3, 9); // (2 promoters − 1 detractor) / 3 × 100
    // Feedback F1–F4 (F5 has a confidential customer).
    expect(feedback.total).toBe(4);
    expect(feedback.bySeverity).toEqual({ low: 1, medium: 1, high: 1, critical: 1 });
    expect(feedback.byCategory).toMatchObject({
      performance: 2,
      delivery: 1,
      price: 1,
      quality: 0,
      service: 0,
    });
    expect(feedback.closureRate).toBe(0.5); // F1 resolved + F3 closed = 2 of 4
    expect(feedback.medianFirstResponseHours).toBeCloseTo(10, 9); // median of 4 h, 10 h, 24 h
    // Tickets T1–T4: acknowledged T1 1 h ✓, T2 3 h ✗ (p1 2 h), T3 2 h ✓ (p2 4 h).
    expect(service.tickets).toBe(4);
    expect(service.acknowledged).toBe(3);
    expect(service.responseCompliance).toBeCloseTo(2 / 3, 9);
    // Resolved T1 20 h ✓, T2 30 h ✗ (p1 24 h): 1 of 2; MTTR (20 + 30) / 2 = 25 h.
    expect(service.resolved).toBe(2);
    expect(service.resolveCompliance).toBe(0.5);
    expect(service.mttrHours).toBeCloseTo(25, 9);
    expect(service.byPriority.p1).toMatchObject({
      tickets: 2,
      acknowledged: 2,
      resolved: 2,
      responseCompliance: 0.5,
      resolveCompliance: 0.5,
    });
    expect(service.byPriority.p1.target).toEqual({ responseHours: 2, resolveHours: 24 });
    expect(service.byPriority.p2).toMatchObject({
      tickets: 1,
      responseCompliance: 1,
      resolveCompliance: null,
      mttrHours: null,
    });
    expect(service.byPriority.p3).toMatchObject({
      tickets: 1,
      acknowledged: 0,
      responseCompliance: null,
    });
    expect(service.byPriority.p4).toMatchObject({
      tickets: 0,
      responseCompliance: null,
      resolveCompliance: null,
      mttrHours: null,
    });
  });

  it('compares with the previous period of equal length and gives satisfaction by month', async () => {
    const { data } = await get(`/api/synergy/overview?${PERIOD}`);
    // 182 days before 2024-01-01 is 2023-07-03: S5 (3, rec 7 passive), F6 (6 h, closed), no tickets.
    expect(data.previous.period).toEqual({
      from: '2023-07-03T00:00:00.000Z',
      to: '2023-12-31T23:59:59.999Z',
    });
    expect(data.previous.satisfaction).toEqual({ responses: 1, mean: 3, nps: 0 });
    expect(data.previous.feedback).toMatchObject({
      total: 1,
      closureRate: 1,
      medianFirstResponseHours: 6,
    });
    expect(data.previous.service).toMatchObject({
      tickets: 0,
      responseCompliance: null,
      resolveCompliance: null,
      mttrHours: null,
    });
    expect(data.change.mean).toBeCloseTo(11 / 3 - 3, 9);
    expect(data.change.nps).toBeCloseTo(100 / 3, 9);
    expect(data.change.closureRate).toBe(-0.5); // 0.5 − 1
    expect(data.change.medianFirstResponseHours).toBeCloseTo(4, 9); // 10 − 6
    expect(data.change.mttrHours).toBeNull(); // nothing to compare with
    expect(data.change.tickets).toBe(4);
    expect(data.series).toEqual([
      { month: '2024-01', responses: 0, mean: null, nps: null },
      { month: '2024-02', responses: 1, mean: 4, nps: 100 }, // S1
      { month: '2024-03', responses: 2, mean: 3.5, nps: 0 }, // S2 (5, 10), S3 (2, 5): (1 − 1) / 2
      { month: '2024-04', responses: 0, mean: null, nps: null }, // S4 is confidential
      { month: '2024-05', responses: 0, mean: null, nps: null },
      { month: '2024-06', responses: 0, mean: null, nps: null },
    ]);
  });

  it('counts confidential records for a confidential API user', async () => {
    const { data, meta } = await get(`/api/synergy/overview?${PERIOD}`, confidentialJwt);
    expect(meta.clearance).toBe('confidential');
    // + S4 (1, rec 0): mean 12 / 4 = 3, NPS (2 − 2) / 4 = 0.
    expect(data.current.satisfaction).toEqual({ responses: 4, mean: 3, nps: 0 });
    // + F5 (2 h, open): 5 received, 2 closed; median of 2, 4, 10, 24 = 7.
    expect(data.current.feedback).toMatchObject({
      total: 5,
      closureRate: 0.4,
      medianFirstResponseHours: 7,
    });
    // + T5 (0.5 h ✓, 10 h ✓): response 3 / 4, resolve 2 / 3, MTTR (20 + 30 + 10) / 3 = 20.
    expect(data.current.service.responseCompliance).toBe(0.75);
    expect(data.current.service.resolveCompliance).toBeCloseTo(2 / 3, 9);
    expect(data.current.service.mttrHours).toBeCloseTo(20, 9);
  });

  it('filters by customer tier and by product domain', async () => {
    // tier=key: customer C2 only — S3 (2, rec 5): NPS −100; F3, F4; T3, T4.
    const key = (await get(`/api/synergy/overview?${PERIOD}&tier=key`)).data.current;
    expect(key.satisfaction).toEqual({ responses: 1, mean: 2, nps: -100 });
    expect(key.feedback.total).toBe(2);
    expect(key.service.tickets).toBe(2);
    // domain=radar: F1 and T1 (product P1); surveys have no product and are not filtered.
    const radar = (await get(`/api/synergy/overview?${PERIOD}&domain=radar`)).data.current;
    expect(radar.feedback).toMatchObject({ total: 1, closureRate: 1, medianFirstResponseHours: 4 });
    expect(radar.service).toMatchObject({ tickets: 1, resolveCompliance: 1, mttrHours: 20 });
  });

  it('answers null, never 0, for a period without data', async () => {
    const { data } = await get('/api/synergy/overview?from=2020-01-01&to=2020-03-31');
    expect(data.current.satisfaction).toEqual({ responses: 0, mean: null, nps: null });
    expect(data.current.feedback).toMatchObject({
      total: 0,
      closureRate: null,
      medianFirstResponseHours: null,
    });
    expect(data.current.service).toMatchObject({
      tickets: 0,
      responseCompliance: null,
      resolveCompliance: null,
      mttrHours: null,
    });
    expect(data.series.map((m: { mean: unknown }) => m.mean)).toEqual([null, null, null]);
  });

  it('rejects bad query parameters with a 400 naming them', async () => {
    const cases: Array<[string, RegExp]> = [
      ['from=2024-13-01', /from/],
      ['from=2024-06-01&to=2024-01-01', /from/],
      ['to=yesterday', /to/],
      ['tier=gold', /tier/],
      ['type=navy', /type/],
      ['domain=laser', /domain/],
      ['color=red', /color/],
    ];
    for (const [query, name] of cases) {
      const res = await app.http().get(`/api/synergy/overview?${query}`).set(bearer(token));
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.message).toMatch(name);
    }
    const impact = await app.http().get('/api/synergy/impact?window=0').set(bearer(token));
    expect(impact.status).toBe(400);
    expect(impact.body.error.message).toMatch(/window/);
  });
});

describe('GET /api/synergy/coverage', () => {
  it('gives volume, mean satisfaction and answering strategies per category, the linked share and the gaps', async () => {
    const { data } = await get(`/api/synergy/coverage?${PERIOD}`);
    const category = (name: string) =>
      data.categories.find((c: { category: string }) => c.category === name);
    // performance: F1 (2), F2 (4): mean 3; F1 linked to ST1 (active).
    expect(category('performance')).toMatchObject({ volume: 2, mean: 3, linked: 1 });
    expect(category('performance').strategies.map((s: { title: string }) => s.title)).toEqual([
      '雷达性能提升',
    ]);
    // delivery: F3 (no satisfaction) linked to ST2 (active).
    expect(category('delivery')).toMatchObject({ volume: 1, mean: null, linked: 1 });
    // price: F4 (1) linked only to the confidential ST4: not answered for this caller.
    expect(category('price')).toMatchObject({ volume: 1, mean: 1, linked: 0, strategies: [] });
    expect(data.feedbackLinkedShare).toBe(0.5); // F1, F3 of 4
    expect(data.gaps).toEqual([{ category: 'price', volume: 1, mean: 1, priority: 4 }]); // 1 × (5 − 1)
    // Lost O2 (price, service), O3 (delivery, compliance): product and service are answered by
    // ST1/ST2; compliance → brand, only a draft (ST3).
    expect(data.lossReasonGaps).toEqual([
      { category: 'compliance', dimension: 'brand', losses: 1 },
    ]);
  });

  it('counts the confidential strategy and feedback for a confidential user', async () => {
    const { data } = await get(`/api/synergy/coverage?${PERIOD}`, confidentialJwt);
    // F4 is now answered by ST4; F5 (quality, no satisfaction) is a gap: 1 × (5 − 3) = 2.
    expect(data.feedbackLinkedShare).toBe(0.6); // F1, F3, F4 of 5
    expect(data.gaps).toEqual([{ category: 'quality', volume: 1, mean: null, priority: 2 }]);
    // O8 (technology) is answered by ST4 (technology, active).
    expect(data.lossReasonGaps).toEqual([
      { category: 'compliance', dimension: 'brand', losses: 1 },
    ]);
  });
});

describe('GET /api/synergy/impact', () => {
  it('compares the target customers before and after a strategy starts', async () => {
    const { data, meta } = await get('/api/synergy/impact');
    expect(meta.window).toBe(180);
    // Only ST1 has both a startDate (2024-03-01) and target customers (C1); ST3 has no targets.
    expect(data.strategies).toHaveLength(1);
    const [impact] = data.strategies;
    expect(impact).toMatchObject({ startDate: '2024-03-01', targetCustomers: 1 });
    expect(impact.strategy.title).toBe('雷达性能提升');
    // Windows [2023-09-03, 2024-03-01) and [2024-03-01, 2024-08-28]. Surveys of C1: S5 3 and
    // S1 4 before (3.5), S2 5 after; S4 is confidential.
    expect(impact.satisfaction).toEqual({ before: 3.5, after: 5, change: 1.5 });
    // Tickets: T1 (20 h) before, T2 opened at the start (30 h) after.
    expect(impact.mttrHours.before).toBeCloseTo(20, 9);
    expect(impact.mttrHours.after).toBeCloseTo(30, 9);
    expect(impact.mttrHours.change).toBeCloseTo(10, 9);
    // Feedback: F6 (2023-09-01) is outside; F1 before, F2 after.
    expect(impact.feedback).toEqual({ before: 1, after: 1, change: 0 });
  });
});

describe('strategy scorecards and the portfolio', () => {
  it('scores one strategy: depth, integration, defensibility, efficiency, overall', async () => {
    const { data } = await get(`/api/synergy/strategies/${ids.ST1}/scorecard`);
    // KPIs: (250 − 200) / (300 − 200) = 0.5; target = baseline 5, actual 5 meets it → 1. Depth 75.
    expect(data.kpis.map((k: { attainment: number }) => k.attainment)).toEqual([0.5, 1]);
    expect(data.depth).toBe(75);
    expect(data.integration).toBe(100); // related to ST2, service, active
    expect(data.defensibility).toBe(75); // (5 − 2) / 4 × 100
    expect(data.imitability).toBe(2);
    expect(data.roi).toBe(0.5); // (150 − 100) / 100
    expect(data.efficiency).toBe(75); // clamp(1.5, 0, 2) / 2 × 100
    expect(data.overall).toBe(81); // round((75 + 100 + 75 + 75) / 4 = 81.25)
  });

  it('handles zero investment, target equal to baseline missed, and the inverse relation', async () => {
    const { data } = await get(`/api/synergy/strategies/${ids.ST2}/scorecard`);
    expect(data.depth).toBe(0); // target = baseline 10, actual 8 misses it
    expect(data.integration).toBe(100); // ST1 (product, active) relates to it
    expect(data.defensibility).toBe(0); // imitability 5
    expect(data.efficiency).toBeNull(); // investment 0: no ROI
    expect(data.roi).toBeNull();
    expect(data.overall).toBe(33); // round((0 + 100 + 0) / 3 = 33.3)
  });

  it('hides a confidential strategy from an internal token (404) but not from a confidential user', async () => {
    const hidden = await app
      .http()
      .get(`/api/synergy/strategies/${ids.ST4}/scorecard`)
      .set(bearer(token));
    expect(hidden.status).toBe(404);
    const { data } = await get(`/api/synergy/strategies/${ids.ST4}/scorecard`, confidentialJwt);
    // No KPIs, no imitability, no investment; not related: only integration 0 is present.
    expect(data).toMatchObject({
      depth: null,
      integration: 0,
      defensibility: null,
      efficiency: null,
      overall: 0,
    });
  });

  it('gives strategies by dimension and status, integration share, dimension coverage and all scorecards', async () => {
    const { data } = await get('/api/synergy/portfolio');
    expect(data.total).toBe(3); // ST1, ST2, ST3
    expect(data.matrix.product.active).toBe(1);
    expect(data.matrix.service.active).toBe(1);
    expect(data.matrix.brand.draft).toBe(1);
    expect(data.matrix.technology.active).toBe(0);
    expect(data.integration).toBe(1); // ST1 and ST2 (both active) are integrated
    // C1: product + service of 4 = 0.5; C2: service = 0.25; mean 0.375.
    expect(data.dimensionCoverage).toBe(0.375);
    expect(
      data.scorecards.map((s: { strategy: { title: string }; overall: number }) => [
        s.strategy.title,
        s.overall,
      ]),
    ).toEqual([
      ['雷达性能提升', 81],
      ['快速保障', 33],
      ['品牌宣传', 0],
    ]);
    const confidential = (await get('/api/synergy/portfolio', confidentialJwt)).data;
    // + ST4 (technology, active, not integrated): C1 0.75, C2 0.25 → 0.5; integration 2 / 3.
    expect(confidential.total).toBe(4);
    expect(confidential.dimensionCoverage).toBe(0.5);
    expect(confidential.integration).toBeCloseTo(2 / 3, 9);
  });
});

describe('GET /api/synergy/competitors', () => {
  it('gives threat, offerings, targeting strategies, head-to-head and the uncountered', async () => {
    const { data } = await get('/api/synergy/competitors');
    const k1 = byName(data.competitors, '星辰电子') as CompetitorFigures;
    expect(k1.threatLevel).toBe('high');
    expect(k1.offerings.map((o: { name: string }) => o.name)).toEqual(['星辰雷达X']);
    expect(k1.activeStrategies.map((s: { title: string }) => s.title)).toEqual(['雷达性能提升']);
    // Range 300 vs 280 (higher better) win; Weight 50 vs 50 tie; MTBF 1000 vs 1200 loss.
    expect(k1.headToHead).toEqual([
      {
        offering: { documentId: ids.OF1, name: '星辰雷达X' },
        product: { documentId: ids.P1, name: '雷达A' },
        wins: 1,
        losses: 1,
        ties: 1,
        // None of the fixture's figures is graded: each comparison rests on an unconfirmed fact.
        unconfirmed: 3,
      },
    ]);
    expect(k1.uncountered).toBe(false);
    const k2 = byName(data.competitors, '远航科技');
    expect(k2).toMatchObject({
      threatLevel: 'critical',
      headToHead: [],
      activeStrategies: [],
      uncountered: true,
    });
    expect(byName(data.competitors, '小型厂商')).toMatchObject({
      uncountered: false,
      offerings: [],
    });
    expect(data.uncountered).toEqual([ids.K2]);
    // domain=uav keeps the competitors with an offering of that domain.
    const uav = (await get('/api/synergy/competitors?domain=uav')).data;
    expect(uav.competitors.map((c: { name: string }) => c.name)).toEqual(['远航科技']);
  });
});

describe('GET /api/synergy/win-loss', () => {
  it('gives win rate, per-competitor record, reasons, monthly win rate and the pipeline', async () => {
    const { data } = await get(`/api/synergy/win-loss?${PERIOD}`);
    // Closed in the period: O1 won, O2 and O3 lost, O4 abandoned (O8 has a confidential customer).
    expect(data).toMatchObject({ won: 1, lost: 2, abandoned: 1 });
    expect(data.winRate).toBeCloseTo(1 / 3, 9);
    // K1 bid in O1, O2, O4: won O1, lost O2 (to K1). K2 bid in O1, O3: won O1, lost O3 (to K2).
    expect(byName(data.competitors, '星辰电子')).toMatchObject({
      bids: 3,
      wins: 1,
      losses: 1,
      timesWinner: 1,
    });
    expect(byName(data.competitors, '远航科技')).toMatchObject({
      bids: 2,
      wins: 1,
      losses: 1,
      timesWinner: 1,
    });
    expect(data.reasons).toEqual({
      wins: { performance: 1, relationship: 1 },
      losses: { price: 1, service: 1, delivery: 1, compliance: 1 },
    });
    expect(
      data.series.map((m: { month: string; winRate: number | null }) => [m.month, m.winRate]),
    ).toEqual([
      ['2024-01', null],
      ['2024-02', 1], // O1
      ['2024-03', 0], // O2, O3
      ['2024-04', null], // O4 abandoned does not count
      ['2024-05', null],
      ['2024-06', null],
    ]);
    // Open: O6 proposal 100 × 20 %, O5 bidding 200 × 50 %, O7 negotiation 400 × no probability (0).
    const stage = (name: string) =>
      data.pipeline.stages.find((s: { stage: string }) => s.stage === name);
    expect(stage('proposal')).toEqual({
      stage: 'proposal',
      count: 1,
      value: 100,
      weightedValue: 20,
    });
    expect(stage('bidding')).toEqual({
      stage: 'bidding',
      count: 1,
      value: 200,
      weightedValue: 100,
    });
    expect(stage('negotiation')).toEqual({
      stage: 'negotiation',
      count: 1,
      value: 400,
      weightedValue: 0,
    });
    expect(stage('lead')).toEqual({ stage: 'lead', count: 0, value: 0, weightedValue: 0 });
    expect(data.pipeline).toMatchObject({ count: 3, value: 700, weightedValue: 120 });
  });

  it('counts the confidential lost opportunity for a confidential user; null win rate without closures', async () => {
    const { data } = await get(`/api/synergy/win-loss?${PERIOD}`, confidentialJwt);
    expect(data.winRate).toBe(0.25); // 1 / (1 + 3)
    expect(byName(data.competitors, '星辰电子')).toMatchObject({
      bids: 4,
      losses: 2,
      timesWinner: 2,
    });
    const empty = (await get('/api/synergy/win-loss?from=2020-01-01&to=2020-01-31')).data;
    expect(empty).toMatchObject({ won: 0, lost: 0, winRate: null, competitors: [] });
  });
});

describe('customer health', () => {
  it('scores one customer from satisfaction, recency, open issues and service', async () => {
    const { data } = await get(`/api/synergy/customers/${ids.C4}/health`);
    // S: survey 4 in the last 365 days → (4 − 1) / 4 × 100 = 75. R: interaction 10 days ago → 100.
    // I: F7 (high, open) + T6 (p2, open) = 2 → 60. V: T7 p3 200 h ✗ (168), T8 p4 100 h ✓ → 50.
    expect(data).toMatchObject({ s: 75, r: 100, i: 60, v: 50 });
    expect(data.health).toBe(73); // 0.35 × 75 + 0.25 × 100 + 0.2 × 60 + 0.2 × 50 = 73.25
    expect(data.band).toBe('healthy');
    // C1: no survey and no interaction in the last 365 days, no open high issue, no resolved ticket:
    // 0.35 × 50 + 0 + 0.2 × 100 + 0.2 × 100 = 57.5 → 58.
    expect((await get(`/api/synergy/customers/${ids.C1}/health`)).data).toMatchObject({
      s: 50,
      r: 0,
      i: 100,
      v: 100,
      health: 58,
      band: 'watch',
    });
    const hidden = await app
      .http()
      .get(`/api/synergy/customers/${ids.C3}/health`)
      .set(bearer(token));
    expect(hidden.status).toBe(404);
  });
});

describe('GET /api/synergy/data-quality', () => {
  it('gives completeness with failing checks, stale records, duplicates and health bands', async () => {
    const { data } = await get('/api/synergy/data-quality');
    const customer = (code: string) =>
      data.customers.find((c: { code: string }) => c.code === code);
    expect(customer('C1')).toMatchObject({
      completeness: 0.7,
      failing: ['keyDecisionMaker', 'need', 'recentInteraction'],
    });
    expect(customer('C2')).toMatchObject({
      completeness: 0.4,
      failing: ['sector', 'region', 'owner', 'contact', 'keyDecisionMaker', 'recentInteraction'],
    });
    expect(customer('C4')).toMatchObject({ completeness: 1, failing: [] });
    // C5: code and tier only (its contact is confidential).
    expect(customer('C5').completeness).toBe(0.2);
    expect(customer('C3')).toBeUndefined();
    expect(data.completeness).toBeCloseTo((0.7 + 0.4 + 1 + 0.2) / 4, 9); // 0.575
    expect(data.staleCustomers.map((c: { code: string }) => c.code).sort()).toEqual([
      'C1',
      'C2',
      'C5',
    ]);
    // K2 never reviewed, K3 reviewed 2024-01-01; K1 10 days ago.
    expect(data.staleCompetitors.map((c: { name: string }) => c.name).sort()).toEqual(
      ['小型厂商', '远航科技'].sort(),
    );
    // 北方雷达研究所 = 北方 雷达研究所 (spaces folded); 北方雷达 (4 characters) is inside both.
    const pairs = data.duplicates.map(
      (d: { a: { code: string }; b: { code: string }; reason: string }) =>
        `${d.a.code}-${d.b.code}:${d.reason}`,
    );
    expect(pairs.sort()).toEqual(['C1-C2:equal', 'C1-C5:contains', 'C2-C5:contains']);
    // Health: C1 58 watch; C2 0.35 × 50 + 0.2 × 80 (T3 p2 open) + 20 = 53.5 → 54 watch; C4 73 healthy;
    // C5: survey 1 → S 0, no interaction, T9 + T10 open p1 → I 60: 0.2 × 60 + 20 = 32 at risk.
    expect(data.health.bands).toEqual({ healthy: 1, watch: 2, at_risk: 1 });
    expect(
      data.health.atRisk.map((h: { customer: { code: string }; health: number }) => [
        h.customer.code,
        h.health,
      ]),
    ).toEqual([['C5', 32]]);
  });

  it('filters by tier and counts confidential records for a confidential user', async () => {
    const strategic = (await get('/api/synergy/data-quality?tier=strategic')).data;
    expect(strategic.customers.map((c: { code: string }) => c.code)).toEqual(['C1']);
    const confidential = (await get('/api/synergy/data-quality', confidentialJwt)).data;
    const c5 = confidential.customers.find((c: { code: string }) => c.code === 'C5');
    expect(c5.completeness).toBe(0.4); // + contact, key decision maker
    // + C3: F5 high open → I 80: 53.5 → 54 watch.
    expect(confidential.health.bands).toEqual({ healthy: 1, watch: 3, at_risk: 1 });
  });
});

describe('admin analytics and settings', () => {
  it('serves the same analytics to a Super Admin (secret clearance) under /synergy/analytics', async () => {
    const res = await app
      .http()
      .get(`/synergy/analytics/overview?${PERIOD}`)
      .set(bearer(superAdmin.token));
    expect(res.status).toBe(200);
    expect(res.body.meta.clearance).toBe('secret');
    expect(res.body.data.current.satisfaction.responses).toBe(4);
    const bad = await app
      .http()
      .get('/synergy/analytics/win-loss?tier=gold')
      .set(bearer(superAdmin.token));
    expect(bad.status).toBe(400);
  });

  it('reads and validates the SLA targets, and uses the stored ones', async () => {
    const current = await app.http().get('/synergy/settings').set(bearer(superAdmin.token));
    expect(current.status).toBe(200);
    expect(current.body.data.slaTargets.p1).toEqual({ responseHours: 2, resolveHours: 24 });

    const invalid = structuredClone(current.body.data);
    invalid.slaTargets.p2.resolveHours = -1;
    const rejected = await app
      .http()
      .put('/synergy/settings')
      .set(bearer(superAdmin.token))
      .send(invalid);
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.message).toMatch(/p2/);

    const updated = structuredClone(current.body.data);
    updated.slaTargets.p1.resolveHours = 36;
    const saved = await app
      .http()
      .put('/synergy/settings')
      .set(bearer(superAdmin.token))
      .send(updated);
    expect(saved.status).toBe(200);
    // With p1 resolve 36 h, T2 (30 h) is now within target: 2 of 2.
    const { data } = await get(`/api/synergy/overview?${PERIOD}`);
    expect(data.current.service.resolveCompliance).toBe(1);
    await app.http().put('/synergy/settings').set(bearer(superAdmin.token)).send(current.body.data);
  });

  it('grants the analytics to the seeded roles, and the settings to Super Admins only', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const res = await app.http().get(`/synergy/analytics/portfolio`).set(bearer(manager.token));
    expect(res.status).toBe(200);
    expect(res.body.meta.clearance).toBe('internal'); // no clearance record: internal
    expect(res.body.data.total).toBe(3);
    expect((await app.http().get('/synergy/settings').set(bearer(manager.token))).status).toBe(403);
  });

  it('is not open to the Public role', async () => {
    const res = await app.http().get('/api/synergy/overview');
    expect([401, 403]).toContain(res.status);
  });
});
