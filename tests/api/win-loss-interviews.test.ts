/**
 * Win/loss interviews (SPEC §2, §4, §6): the business rules of an interview, who may write and read
 * them, and the win/loss figures that separate buyer-stated from owner-stated reasons, on a
 * hand-made fixture worked out below. Period 2025-01-01 … 2025-06-30.
 *
 * Opportunities (customer C1 tier key, C2 tier regular, both internal):
 *   O1 won C1 [performance, price]   O2 lost C1 [price, service]   O3 lost C2 []
 *   O4 lost C1 confidential [delivery]   O5 abandoned C1   O6 won C1 closed 2024-12-01 [price]
 *   OPEN bidding C1
 * Interviews (main; secondary):
 *   I1 O1 performance; service     I2 O2 price; relationship, technology   I3 O2 service; price
 *   I4 O3 relationship             I5 O4 delivery (confidential)           I6 O1 price (confidential)
 *   I7 O6 price (outside the period)
 */
import type { UID } from '@strapi/strapi';
import type { GetWinLoss } from '../../plugins/synergy/shared/contracts/analytics';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';
import { cmPath } from '../helpers/content-fixtures';
import { setupStrapi, BOOT_TIMEOUT_MS, type TestApp } from '../helpers/strapi';

const INTERVIEW = 'api::win-loss-interview.win-loss-interview' as UID.ContentType;
const OPPORTUNITY = 'api::opportunity.opportunity' as UID.ContentType;
const PERIOD = 'from=2025-01-01&to=2025-06-30';

let app: TestApp;
let token: string;
let confidentialJwt: string;
const sessions: Record<string, AdminSession> = {};
const ids: Record<string, string> = {};

const create = async (uid: UID.ContentType, key: string, data: Record<string, unknown>) => {
  const doc = await app.strapi.documents(uid).create({ data } as never);
  ids[key] = doc.documentId;
  return doc.documentId;
};

const interview = (key: string, data: Record<string, unknown>) =>
  create(INTERVIEW, key, {
    intervieweeName: `受访人 ${key}`,
    intervieweeTitle: '装备部副部长',
    intervieweeOrganisation: '某部装备部',
    interviewedAt: '2025-05-01',
    ...data,
  });

const seed = async () => {
  const c1 = await create('api::customer.customer', 'C1', {
    name: '北方某部',
    code: 'WL-C1',
    tier: 'key',
  });
  const c2 = await create('api::customer.customer', 'C2', {
    name: '南方某所',
    code: 'WL-C2',
    tier: 'regular',
  });
  const opportunity = (key: string, data: Record<string, unknown>) =>
    create(OPPORTUNITY, key, { title: `商机 ${key}`, customer: c1, ...data });
  const reasons = (...categories: string[]) => categories.map((category) => ({ category }));
  await opportunity('O1', {
    stage: 'won',
    closedAt: '2025-02-10',
    reasons: reasons('performance', 'price'),
  });
  await opportunity('O2', {
    stage: 'lost',
    closedAt: '2025-03-05',
    reasons: reasons('price', 'service'),
  });
  await opportunity('O3', { stage: 'lost', closedAt: '2025-03-20', customer: c2 });
  await opportunity('O4', {
    stage: 'lost',
    closedAt: '2025-04-02',
    reasons: reasons('delivery'),
    classification: 'confidential',
  });
  await opportunity('O5', { stage: 'abandoned', closedAt: '2025-04-10' });
  await opportunity('O6', { stage: 'won', closedAt: '2024-12-01', reasons: reasons('price') });
  await opportunity('OPEN', { stage: 'bidding' });

  await interview('I1', {
    opportunity: ids.O1,
    mainReason: 'performance',
    secondaryReasons: reasons('service'),
    quotes: [{ text: '贵方雷达探测距离明显更远。', speaker: '受访人 I1', topic: '性能' }],
  });
  await interview('I2', {
    opportunity: ids.O2,
    mainReason: 'price',
    secondaryReasons: reasons('relationship', 'technology'),
  });
  await interview('I3', {
    opportunity: ids.O2,
    mainReason: 'service',
    secondaryReasons: reasons('price'),
  });
  await interview('I4', { opportunity: ids.O3, mainReason: 'relationship' });
  await interview('I5', {
    opportunity: ids.O4,
    mainReason: 'delivery',
    classification: 'confidential',
  });
  await interview('I6', {
    opportunity: ids.O1,
    mainReason: 'price',
    classification: 'confidential',
  });
  await interview('I7', { opportunity: ids.O6, mainReason: 'price' });
};

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
  for (const role of [
    'Super Admin',
    'Account Manager',
    'Strategy Analyst',
    'Leadership',
    'Security Officer',
    'Service Engineer',
    'Marketing',
  ])
    sessions[role] = await createAdminSession(app.strapi, [role]);
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  await app.strapi.db.query('plugin::users-permissions.permission').create({
    data: { action: 'plugin::synergy.win-loss.find', role: role.id },
  });
  confidentialJwt = (await createApiUser(app.strapi, { clearance: 'confidential' })).jwt;
  await seed();
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

const winLoss = async (query = PERIOD, auth = token): Promise<GetWinLoss.WinLoss> => {
  const res = await app.http().get(`/api/synergy/win-loss?${query}`).set(bearer(auth));
  if (res.status !== 200) throw new Error(`win-loss: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
};

const post = (data: Record<string, unknown>) =>
  app.http().post('/api/win-loss-interviews').set(bearer(token)).send({ data });

const valid = () => ({
  intervieweeName: '李明',
  interviewedAt: '2025-05-20',
  mainReason: 'price',
  opportunity: ids.O2,
});

const paths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

describe('the business rules of an interview (400 naming the field)', () => {
  it('records an interview on a lost opportunity, with its quotes and reasons', async () => {
    const res = await post({
      ...valid(),
      secondaryReasons: [{ category: 'delivery', note: '交付周期长' }],
      quotes: [{ text: '价格高出百分之十五。', speaker: '李明' }],
    });
    expect(res.status).toBe(201);
    const found = await app
      .http()
      .get(`/api/win-loss-interviews/${res.body.data.documentId}?populate=*`)
      .set(bearer(token));
    expect(found.body.data).toMatchObject({
      mainReason: 'price',
      classification: 'internal',
      opportunity: { documentId: ids.O2 },
      secondaryReasons: [{ category: 'delivery', note: '交付周期长' }],
      quotes: [{ text: '价格高出百分之十五。', speaker: '李明' }],
    });
    await app.strapi.documents(INTERVIEW).delete({ documentId: res.body.data.documentId });
  });

  it('requires the opportunity, naming every missing field at once', async () => {
    const res = await post({ mainReason: 'price' });
    expect(res.status).toBe(400);
    expect(paths(res.body).sort()).toEqual(['interviewedAt', 'intervieweeName', 'opportunity']);
  });

  it.each([
    ['OPEN', 'bidding'],
    ['O5', 'abandoned'],
  ])('refuses an opportunity that is not won or lost (%s, %s)', async (key, stage) => {
    const res = await post({ ...valid(), opportunity: ids[key] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      {
        path: ['opportunity'],
        message: `opportunity must be won or lost (it is ${stage})`,
        name: 'ValidationError',
      },
    ]);
  });

  it('refuses a classification below the opportunity (derivative classification)', async () => {
    const res = await post({ ...valid(), classification: 'public' });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['classification']);
    expect(res.body.error.message).toBe(
      "classification must be at least the opportunity's (internal)",
    );
  });

  it('answers a hidden opportunity as a missing one, telling nothing of its stage or level', async () => {
    const hidden = await post({ ...valid(), opportunity: ids.O4 });
    const missing = await post({ ...valid(), opportunity: 'nosuchdocumentid000000000' });
    expect(hidden.status).toBe(400);
    expect(paths(hidden.body)).toEqual(['opportunity']);
    expect(hidden.body.error.message).toMatch(/not found/);
    expect(hidden.body.error.message.replace(ids.O4, 'X')).toBe(
      missing.body.error.message.replace('nosuchdocumentid000000000', 'X'),
    );
  });

  it('refuses an unknown or repeated reason category', async () => {
    const res = await post({
      ...valid(),
      secondaryReasons: [{ category: 'price' }, { category: 'luck' }],
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([
      'secondaryReasons[0].category',
      'secondaryReasons[1].category',
    ]);
    const main = await post({ ...valid(), mainReason: 'luck' });
    expect(main.status).toBe(400);
    expect(paths(main.body)).toContain('mainReason');
  });

  it('checks an update against the opportunity it moves to, in any relation shape', async () => {
    const created = await post(valid());
    const documentId = created.body.data.documentId;
    for (const opportunity of [
      ids.OPEN,
      { set: [{ documentId: ids.OPEN }] },
      { connect: [ids.O5] },
    ]) {
      const res = await app
        .http()
        .put(`/api/win-loss-interviews/${documentId}`)
        .set(bearer(token))
        .send({ data: { opportunity } });
      expect({ opportunity, status: res.status, paths: paths(res.body) }).toEqual({
        opportunity,
        status: 400,
        paths: ['opportunity'],
      });
    }
    // A change that leaves the opportunity is checked against the stored one.
    const lowered = await app
      .http()
      .put(`/api/win-loss-interviews/${documentId}`)
      .set(bearer(token))
      .send({ data: { classification: 'public' } });
    expect(paths(lowered.body)).toEqual(['classification']);
    const fine = await app
      .http()
      .put(`/api/win-loss-interviews/${documentId}`)
      .set(bearer(token))
      .send({ data: { summary: '客户认为我方报价偏高' } });
    expect(fine.status).toBe(200);
    await app.strapi.documents(INTERVIEW).delete({ documentId });
  });

  it('refuses raising the opportunity above its interviews until theirs is raised', async () => {
    const raise = (level: string) =>
      app
        .http()
        .put(`${cmPath(OPPORTUNITY)}/${ids.O3}`)
        .set(bearer(sessions['Super Admin'].token))
        .send({ classification: level });
    const refused = await raise('confidential');
    expect(refused.status).toBe(400);
    expect(paths(refused.body)).toEqual(['classification']);
    expect(refused.body.error.message).toMatch(
      /may not rise above internal: 1 Win\/loss interview/,
    );
    await app.strapi.documents(INTERVIEW).update({
      documentId: ids.I4,
      data: { classification: 'confidential' } as never,
    });
    expect((await raise('confidential')).status).toBe(200);
    // Back as it was for the figures below.
    expect((await raise('internal')).status).toBe(200);
    await app.strapi.documents(INTERVIEW).update({
      documentId: ids.I4,
      data: { classification: 'internal' } as never,
    });
  });
});

describe('who may write and read interviews (SPEC §6)', () => {
  const createAs = (role: string) =>
    app
      .http()
      .post(cmPath(INTERVIEW))
      .set(bearer(sessions[role].token))
      .send({
        intervieweeName: `王${role}`,
        interviewedAt: '2025-05-21',
        mainReason: 'technology',
        opportunity: { connect: [{ documentId: ids.O2 }] },
      });
  const listAs = (role: string) =>
    app
      .http()
      .get(`${cmPath(INTERVIEW)}?page=1&pageSize=100`)
      .set(bearer(sessions[role].token));

  it.each(['Account Manager', 'Strategy Analyst'])('%s records interviews', async (role) => {
    const res = await createAs(role);
    expect(res.status).toBe(201);
    await app.strapi.documents(INTERVIEW).delete({ documentId: res.body.data.documentId });
  });

  it.each(['Leadership', 'Security Officer'])('%s reads them and records none', async (role) => {
    expect((await listAs(role)).status).toBe(200);
    expect((await createAs(role)).status).toBe(403);
  });

  it.each(['Service Engineer', 'Marketing'])('%s neither reads nor writes them', async (role) => {
    expect((await listAs(role)).status).toBe(403);
    expect((await createAs(role)).status).toBe(403);
  });

  it('shows each reader only the interviews within their clearance', async () => {
    const names = (res: { body: { results: Array<{ intervieweeName: string }> } }) =>
      res.body.results.map((row) => row.intervieweeName).sort();
    const internal = await listAs('Leadership');
    expect(names(internal)).toEqual([
      '受访人 I1',
      '受访人 I2',
      '受访人 I3',
      '受访人 I4',
      '受访人 I7',
    ]);
    expect(internal.body.pagination.total).toBe(5);
    expect(names(await listAs('Super Admin'))).toHaveLength(7);
    const rest = await app.http().get('/api/win-loss-interviews').set(bearer(token));
    expect(rest.body.meta.pagination.total).toBe(5);
    const hidden = await app.http().get(`/api/win-loss-interviews/${ids.I6}`).set(bearer(token));
    expect(hidden.status).toBe(404);
  });
});

describe('GET /api/synergy/win-loss: buyer-stated and owner-stated reasons', () => {
  it('separates the owner-stated reasons from the buyer-stated ones, with shares', async () => {
    const data = await winLoss();
    // Unchanged: the owner's reasons as counts, as before interviews existed.
    expect(data.reasons).toEqual({
      wins: { performance: 1, price: 1 },
      losses: { price: 1, service: 1 },
    });
    expect(data.statedReasons.owner).toEqual({
      wins: [
        { category: 'performance', count: 1, main: 1, share: 0.5 },
        { category: 'price', count: 1, main: 0, share: 0.5 },
      ],
      losses: [
        { category: 'price', count: 1, main: 1, share: 0.5 },
        { category: 'service', count: 1, main: 0, share: 0.5 },
      ],
    });
    // Losses: I2 price + relationship + technology, I3 service + price, I4 relationship: 6 mentions.
    expect(data.statedReasons.buyer.wins).toEqual([
      { category: 'performance', count: 1, main: 1, share: 0.5 },
      { category: 'service', count: 1, main: 0, share: 0.5 },
    ]);
    const losses = data.statedReasons.buyer.losses;
    expect(losses.map(({ category, count, main }) => [category, count, main])).toEqual([
      ['price', 2, 1],
      ['relationship', 2, 1],
      ['service', 1, 1],
      ['technology', 1, 0],
    ]);
    expect(losses.map((reason) => reason.share)).toEqual(
      [2 / 6, 2 / 6, 1 / 6, 1 / 6].map((share) => expect.closeTo(share, 9)),
    );
  });

  it('gives coverage and the agreement of the main reasons, within clearance', async () => {
    // O1, O2, O3 of 3 won/lost interviewed; I1 and I2 agree, I3 does not, I4 has no owner reason.
    const internal = await winLoss();
    expect(internal.interviews).toEqual({
      closed: 3,
      interviewed: 3,
      coverage: 1,
      count: 4,
      compared: 3,
      agreed: 2,
      agreementRate: expect.closeTo(2 / 3),
      disagreements: [{ owner: 'price', buyer: 'service', count: 1 }],
    });
    // Confidential: O4 with I5 (agrees), I6 on O1 (performance → price).
    const confidential = await winLoss(PERIOD, confidentialJwt);
    expect(confidential.interviews).toEqual({
      closed: 4,
      interviewed: 4,
      coverage: 1,
      count: 6,
      compared: 5,
      agreed: 3,
      agreementRate: 0.6,
      disagreements: [
        { owner: 'performance', buyer: 'price', count: 1 },
        { owner: 'price', buyer: 'service', count: 1 },
      ],
    });
    expect(confidential.statedReasons.buyer.wins.map((r) => [r.category, r.count])).toEqual([
      ['performance', 1],
      ['price', 1],
      ['service', 1],
    ]);
  });

  it('filters interviews through their opportunity (tier of the customer)', async () => {
    const data = await winLoss(`${PERIOD}&tier=key`);
    expect(data.interviews).toMatchObject({ closed: 2, interviewed: 2, count: 3, agreed: 2 });
  });

  it('counts a new interview at once (the cache depends on interviews)', async () => {
    await winLoss();
    const res = await post({ ...valid(), opportunity: ids.O3, mainReason: 'price' });
    expect(res.status).toBe(201);
    const data = await winLoss();
    expect(data.interviews).toMatchObject({ count: 5, interviewed: 3, compared: 3 });
    await app.strapi.documents(INTERVIEW).delete({ documentId: res.body.data.documentId });
    expect((await winLoss()).interviews.count).toBe(4);
  });

  it('answers null rates when nothing closed in the period', async () => {
    const data = await winLoss('from=2020-01-01&to=2020-12-31');
    expect(data.interviews).toEqual({
      closed: 0,
      interviewed: 0,
      coverage: null,
      count: 0,
      compared: 0,
      agreed: 0,
      agreementRate: null,
      disagreements: [],
    });
    expect(data.statedReasons).toEqual({
      owner: { wins: [], losses: [] },
      buyer: { wins: [], losses: [] },
    });
  });
});
