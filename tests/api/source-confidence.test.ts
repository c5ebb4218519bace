import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken } from '../helpers/auth';

/**
 * Source confidence (issue 15.2): every competitor fact carries the Admiralty reliability A–F
 * and credibility 1–6; the competitors figures count the facts by confidence.
 */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
});

afterAll(async () => {
  await app?.teardown();
});

const post = (path: string, data: Record<string, unknown>) =>
  app.http().post(path).set(bearer(token)).send({ data });

const errorPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

describe('credibility is validated (1–6), a 400 naming the field', () => {
  it.each([7, 0, 2.5])('refuses a source credibility of %s', async (credibility) => {
    const res = await post('/api/competitors', {
      name: '可信度校验',
      sources: [{ title: '年报', reliability: 'B', credibility }],
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body).join(' ')).toMatch(/credibility/);
  });

  it('refuses a strengths credibility off the scale and an unknown reliability', async () => {
    const res = await post('/api/competitors', {
      name: '可信度校验',
      strengths: '交付快',
      strengthsCredibility: 9,
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain('strengthsCredibility');
    const reliability = await post('/api/competitors', {
      name: '可靠性校验',
      weaknessesReliability: 'G',
    });
    expect(reliability.status).toBe(400);
    expect(errorPaths(reliability.body)).toContain('weaknessesReliability');
  });

  it('refuses an attribute credibility off the scale, and keeps one on it', async () => {
    const competitor = await post('/api/competitors', { name: '属性校验' });
    const bad = await post('/api/competitor-offerings', {
      name: '属性校验竞品',
      competitor: competitor.body.data.documentId,
      attributes: [{ name: '探测距离', value: 300, credibility: 8 }],
    });
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body).join(' ')).toMatch(/credibility/);
    const good = await post('/api/competitor-offerings', {
      name: '属性校验竞品',
      competitor: competitor.body.data.documentId,
      attributes: [
        { name: '探测距离', value: 300, reliability: 'B', credibility: 2, asOf: '2026-01-15' },
      ],
    });
    expect(good.status).toBe(201);
    const read = await app
      .http()
      .get(`/api/competitor-offerings/${good.body.data.documentId}?populate=attributes`)
      .set(bearer(token));
    expect(read.body.data.attributes[0]).toMatchObject({
      reliability: 'B',
      credibility: 2,
      asOf: '2026-01-15',
    });
  });
});

describe('GET /api/synergy/competitors counts facts by confidence', () => {
  it('counts sources, offering attributes, strengths and weaknesses, leaving hidden offerings out', async () => {
    const documents = app.strapi.documents;
    const product = await documents('api::product.product').create({
      data: {
        name: '置信雷达',
        code: 'P-CONF',
        attributes: [
          { name: '探测距离', value: 300, unit: 'km', higherIsBetter: true },
          { name: '重量', value: 50, unit: 'kg', higherIsBetter: false },
        ],
      },
    });
    const competitor = await documents('api::competitor.competitor').create({
      data: {
        name: '置信对手',
        classification: 'internal',
        strengths: '价格低',
        strengthsReliability: 'A',
        strengthsCredibility: 1,
        strengthsAsOf: '2026-05-01',
        // Graded nowhere: unconfirmed.
        weaknesses: '售后慢',
        sources: [
          { title: '年报', reliability: 'B', credibility: 2, date: '2026-04-01' },
          { title: '传闻', reliability: 'E', credibility: 1 },
          { title: '未评可信度', reliability: 'A' },
        ],
      } as never,
    });
    await documents('api::competitor-offering.competitor-offering').create({
      data: {
        name: '置信竞品',
        competitor: competitor.documentId,
        comparableProduct: product.documentId,
        classification: 'internal',
        attributes: [
          { name: '探测距离', value: 280, reliability: 'C', credibility: 3 },
          { name: '重量', value: 40, reliability: 'F', credibility: 6 },
        ],
      } as never,
    });
    // Above the token's clearance (internal): neither shown nor counted.
    await documents('api::competitor-offering.competitor-offering').create({
      data: {
        name: '机密竞品',
        competitor: competitor.documentId,
        classification: 'secret',
        attributes: [{ name: '探测距离', value: 500, reliability: 'A', credibility: 1 }],
      } as never,
    });

    const res = await app.http().get('/api/synergy/competitors').set(bearer(token));
    expect(res.status).toBe(200);
    const figures = res.body.data.competitors.find(
      (entry: { name: string }) => entry.name === '置信对手',
    );
    // Confirmed: source B2, strengths A1, attribute C3. Unconfirmed: source E1, source A?,
    // weaknesses ??, attribute F6.
    expect(figures.confidence).toEqual({
      confirmed: 3,
      unconfirmed: 4,
      byGrade: { B2: 1, E1: 1, 'A?': 1, A1: 1, '??': 1, C3: 1, F6: 1 },
    });
    expect(figures.offerings.map((offering: { name: string }) => offering.name)).toEqual([
      '置信竞品',
    ]);
    // Range 300 vs 280 won on a C3 figure; weight 50 vs 40 (lower better) lost on an F6 one.
    expect(figures.headToHead).toEqual([
      expect.objectContaining({ wins: 1, losses: 1, ties: 0, unconfirmed: 1 }),
    ]);
    expect(res.body.data.confidence.confirmed).toBeGreaterThanOrEqual(3);
    expect(res.body.data.confidence.unconfirmed).toBeGreaterThanOrEqual(4);
  });
});
