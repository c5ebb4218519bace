import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, type AdminSession } from '../helpers/auth';

/**
 * Battlecards (issue 15.1): GET /api/synergy/competitors/:documentId/battlecard and the admin
 * route, on a hand-made fixture whose every figure is worked out in the comments.
 */
let app: TestApp;
let token: string;
let analyst: AdminSession;
let accountManager: AdminSession;
let ownerLi: AdminSession;
let ownerWang: AdminSession;
const ids: Record<string, string> = {};

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

const create = async (uid: string, key: string, data: Record<string, unknown>) => {
  const document = await app.strapi.documents(uid as 'api::competitor.competitor').create({
    data: data as never,
  });
  ids[key] = document.documentId;
  return document.documentId;
};

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
  analyst = await createAdminSession(app.strapi, ['Strategy Analyst']);
  accountManager = await createAdminSession(app.strapi, ['Account Manager']);
  ownerLi = await createAdminSession(app.strapi, ['Account Manager']);
  ownerWang = await createAdminSession(app.strapi, ['Account Manager']);

  const product = await create('api::product.product', 'P', {
    name: '雷达甲',
    code: 'BC-P',
    attributes: [
      { name: '探测距离', value: 300, unit: 'km', higherIsBetter: true },
      { name: '重量', value: 50, unit: 'kg', higherIsBetter: false },
      { name: '功耗', value: 10, unit: 'kW', higherIsBetter: false },
    ],
  });
  const rival = await create('api::competitor.competitor', 'K', {
    name: '卡片对手',
    country: '中国',
    threatLevel: 'high',
    classification: 'internal',
    lastReviewedAt: daysAgo(200),
    strengths: '价格低',
    strengthsReliability: 'A',
    strengthsCredibility: 1,
    strengthsAsOf: daysAgo(10),
    weaknesses: '售后慢',
    sources: [
      { title: '年报', reliability: 'B', credibility: 2, date: daysAgo(30) },
      { title: '传闻', reliability: 'E', credibility: 1, date: daysAgo(120) },
    ],
  });
  const other = await create('api::competitor.competitor', 'K2', { name: '另一对手' });
  await create('api::competitor.competitor', 'HIDDEN', {
    name: '机密对手',
    classification: 'secret',
  });
  await create('api::competitor-offering.competitor-offering', 'O1', {
    name: '对手雷达',
    competitor: rival,
    domain: 'radar',
    comparableProduct: product,
    attributes: [
      {
        name: '探测距离',
        value: 280,
        unit: 'km',
        reliability: 'C',
        credibility: 3,
        asOf: daysAgo(20),
      },
      { name: '重量', value: 40, unit: 'kg', reliability: 'F', credibility: 6, asOf: daysAgo(100) },
      { name: '价格', value: 900, unit: '万元' },
    ],
  });
  await create('api::competitor-offering.competitor-offering', 'O-SECRET', {
    name: '机密竞品',
    competitor: rival,
    classification: 'secret',
    attributes: [{ name: '探测距离', value: 500, reliability: 'A', credibility: 1 }],
  });
  const customer = await create('api::customer.customer', 'C', { name: '卡片客户', code: 'BC-C' });
  const bid = (key: string, data: Record<string, unknown>) =>
    create('api::opportunity.opportunity', key, {
      customer,
      competitors: [rival],
      ...data,
    });
  await bid('WON', {
    title: '中标项目',
    stage: 'won',
    closedAt: daysAgo(40),
    owner: ownerLi.id,
    reasons: [{ category: 'performance' }],
  });
  await bid('LOST', {
    title: '丢标项目',
    stage: 'lost',
    closedAt: daysAgo(50),
    winner: rival,
    owner: ownerWang.id,
    reasons: [{ category: 'price' }, { category: 'delivery' }],
  });
  await bid('LOST2', {
    title: '丢给他人',
    stage: 'lost',
    closedAt: daysAgo(60),
    winner: other,
    owner: ownerLi.id,
    reasons: [{ category: 'price' }],
  });
  await bid('OPEN', { title: '在投项目', stage: 'bidding', owner: ownerLi.id });
  // Above the clearance: neither counted nor its owner named, nor its reason.
  await bid('SECRET', {
    title: '机密项目',
    stage: 'lost',
    closedAt: daysAgo(70),
    classification: 'secret',
    owner: analyst.id,
    reasons: [{ category: 'relationship' }],
  });
  // Not its bid.
  await create('api::opportunity.opportunity', 'ELSE', {
    title: '无关项目',
    customer,
    competitors: [other],
    stage: 'lost',
    closedAt: daysAgo(30),
    reasons: [{ category: 'service' }],
  });
  await create('api::strategy.strategy', 'ST-ACTIVE', {
    title: '性能反制',
    dimension: 'product',
    targetCompetitors: [rival],
  });
  await create('api::strategy.strategy', 'ST-DRAFT', {
    title: '草稿策略',
    targetCompetitors: [rival],
  });
  await create('api::strategy.strategy', 'ST-SECRET', {
    title: '机密策略',
    classification: 'secret',
    targetCompetitors: [rival],
  });
  // Active needs an approved review through the document service; set directly for the fixture.
  for (const key of ['ST-ACTIVE', 'ST-SECRET'])
    await app.strapi.db
      .query('api::strategy.strategy')
      .update({ where: { documentId: ids[key] }, data: { status: 'active' } });
});

afterAll(async () => {
  await app?.teardown();
});

const battlecardPath = (documentId: string, query = '') =>
  `/api/synergy/competitors/${documentId}/battlecard${query}`;
const get = (documentId: string, query = '') =>
  app.http().get(battlecardPath(documentId, query)).set(bearer(token));

describe('GET /api/synergy/competitors/:documentId/battlecard', () => {
  it('gives the competitor, its strengths and weaknesses and sources with grade and age', async () => {
    const res = await get(ids.K);
    expect(res.status).toBe(200);
    const { data, meta } = res.body;
    expect(meta.staleAfterDays).toBe(90);
    // Marked by what it was made from: the secret bid and strategy are hidden, so never count.
    expect(meta.marking).toEqual({ level: 'internal', caveats: [], banner: '内部 — INTERNAL' });
    expect(data.competitor).toMatchObject({
      documentId: ids.K,
      name: '卡片对手',
      threatLevel: 'high',
      lastReviewed: { asOf: daysAgo(200), ageDays: 200, stale: true },
    });
    expect(data.strengths).toMatchObject({
      text: '价格低',
      grade: 'A1',
      unconfirmed: false,
      ageDays: 10,
      stale: false,
    });
    // Written, but never graded nor dated: unconfirmed and stale.
    expect(data.weaknesses).toMatchObject({
      text: '售后慢',
      grade: '??',
      unconfirmed: true,
      ageDays: null,
      stale: true,
    });
    expect(data.sources).toEqual([
      expect.objectContaining({
        title: '年报',
        grade: 'B2',
        unconfirmed: false,
        ageDays: 30,
        stale: false,
      }),
      expect.objectContaining({
        title: '传闻',
        grade: 'E1',
        unconfirmed: true,
        ageDays: 120,
        stale: true,
      }),
    ]);
  });

  it('compares its visible offerings with our product attribute by attribute, flagging weak figures', async () => {
    const { data } = (await get(ids.K)).body;
    expect(data.headToHead).toHaveLength(1);
    const [match] = data.headToHead;
    expect(match.offering).toEqual({ documentId: ids.O1, name: '对手雷达', domain: 'radar' });
    expect(match.product).toEqual({ documentId: ids.P, name: '雷达甲' });
    // Range 300 vs 280 (higher better): ours; weight 50 vs 40 (lower better): theirs, on an F6
    // figure; power: ours only; price: theirs only.
    expect(match).toMatchObject({ wins: 1, losses: 1, ties: 0, unconfirmed: 1 });
    expect(match.attributes).toEqual([
      expect.objectContaining({
        name: '探测距离',
        unit: 'km',
        ours: 300,
        theirs: 280,
        higherIsBetter: true,
        better: 'ours',
        grade: 'C3',
        unconfirmed: false,
        ageDays: 20,
        stale: false,
      }),
      expect.objectContaining({
        name: '重量',
        ours: 50,
        theirs: 40,
        higherIsBetter: false,
        better: 'theirs',
        grade: 'F6',
        unconfirmed: true,
        ageDays: 100,
        stale: true,
      }),
      expect.objectContaining({ name: '功耗', ours: 10, theirs: null, better: null }),
      expect.objectContaining({ name: '价格', ours: null, theirs: 900, better: null, grade: '??' }),
    ]);
    expect(match.attributes[2].grade).toBeUndefined();
  });

  it('gives win/loss and top loss reasons over its visible bids, and the people to ask', async () => {
    const { data } = (await get(ids.K)).body;
    // WON, LOST (to it), LOST2 (to K2), OPEN; SECRET is above the clearance.
    expect(data.winLoss).toEqual({
      bids: 4,
      open: 1,
      won: 1,
      lost: 2,
      abandoned: 0,
      winRate: 1 / 3,
      lostToIt: 1,
      topLossReasons: [
        { category: 'price', count: 2 },
        { category: 'delivery', count: 1 },
      ],
    });
    expect(data.peopleToAsk).toEqual([
      { name: 'Account Manager Tester', email: ownerLi.email, bids: 3 },
      { name: 'Account Manager Tester', email: ownerWang.email, bids: 1 },
    ]);
    expect(data.strategies).toEqual([
      { documentId: ids['ST-ACTIVE'], title: '性能反制', dimension: 'product' },
    ]);
  });

  it('counts the facts by confidence and how many are stale', async () => {
    const { data } = (await get(ids.K)).body;
    // Sources B2 (30 d), E1 (120 d); figures C3 (20 d), F6 (100 d), ?? (undated);
    // strengths A1 (10 d); weaknesses ?? (undated). The visible offering only.
    expect(data.confidence).toEqual({
      confirmed: 3,
      unconfirmed: 4,
      byGrade: { B2: 1, E1: 1, C3: 1, F6: 1, '??': 2, A1: 1 },
    });
    expect(data.freshness).toEqual({ staleAfterDays: 90, facts: 7, stale: 4, oldestAgeDays: 120 });
  });

  it('moves the stale line with ?staleAfterDays', async () => {
    const { data, meta } = (await get(ids.K, '?staleAfterDays=15')).body;
    expect(meta.staleAfterDays).toBe(15);
    expect(data.strengths.stale).toBe(false);
    expect(data.sources.map((source: { stale: boolean }) => source.stale)).toEqual([true, true]);
    expect(data.freshness.stale).toBe(6);
  });

  it.each(['0', '3651', 'abc', '1.5'])(
    'refuses staleAfterDays=%s with a 400 naming it',
    async (value) => {
      const res = await get(ids.K, `?staleAfterDays=${value}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/staleAfterDays/);
    },
  );

  it('refuses an unknown parameter with a 400 naming it', async () => {
    const res = await get(ids.K, '?stale=1');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/stale/);
  });

  it('answers a competitor above the clearance as a missing one: 404', async () => {
    const hidden = await get(ids.HIDDEN);
    const missing = await get('no-such-competitor');
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body.error).toEqual(missing.body.error);
  });

  it('is not open to the Public role', async () => {
    const res = await app.http().get(battlecardPath(ids.K));
    expect(res.status).toBe(403);
  });
});

describe('GET /synergy/competitors/:documentId/battlecard (admin)', () => {
  const adminGet = (session: AdminSession, documentId: string) =>
    app.http().get(`/synergy/competitors/${documentId}/battlecard`).set(bearer(session.token));

  it('gives a Strategy Analyst the same battlecard', async () => {
    const res = await adminGet(analyst, ids.K);
    expect(res.status).toBe(200);
    expect(res.body.data.winLoss.bids).toBe(4);
    expect(res.body.data.headToHead).toHaveLength(1);
  });

  it('leaves out what the role may not read: an Account Manager reads no competitor offerings', async () => {
    const res = await adminGet(accountManager, ids.K);
    expect(res.status).toBe(200);
    expect(res.body.data.headToHead).toBeNull();
    expect(res.body.data.winLoss.bids).toBe(4);
    // Without the offerings, their figures are not among the facts.
    expect(res.body.data.freshness.facts).toBe(4);
  });

  it('answers 404 for a competitor above the clearance', async () => {
    expect((await adminGet(analyst, ids.HIDDEN)).status).toBe(404);
  });
});
