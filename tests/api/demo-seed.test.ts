/**
 * What the demo shows staff in their first minutes, on the demo data set (bulk loader, the same
 * records as the Document Service loader: bulk-load.test.ts): each demo user's interface language,
 * applied at login, and a portfolio integration share that is not 0 — and right.
 */
import request from 'supertest';
import { DEMO_ACCOUNTS } from '../../scripts/seed/accounts';
import { loadBulk } from '../../scripts/seed/bulk';
import { ensureDemoDualControl } from '../../scripts/seed/demo-dual-control';
import { ensureDemoNeedToKnow } from '../../scripts/seed/demo-need-to-know';
import { ensureDemoUsers, formatLogins, type CreatedLogin } from '../../scripts/seed/demo-users';
import { bearer } from '../helpers/auth';
import { setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let logins: CreatedLogin[];

beforeAll(async () => {
  app = await setupStrapi();
  const users = await ensureDemoUsers(app.strapi);
  logins = users.created;
  await loadBulk(app.strapi, { scale: 'demo', userIds: users.userIds });
});

afterAll(async () => {
  await app?.teardown();
});

const loginAs = async (email: string) => {
  const login = logins.find((entry) => entry.email === email)!;
  const res = await request(app.strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password: login.password });
  expect(res.status).toBe(200);
  return res.body.data as { token: string; user: { preferedLanguage: string | null } };
};

const LEVELS = ['public', 'internal', 'confidential', 'secret'];

interface StrategyRow {
  documentId: string;
  dimension: string;
  status: string;
  classification: string;
  relatedStrategies: Array<{ documentId: string }>;
}

/** SPEC §4's integration share, counted from the records for a caller cleared to `clearance`. */
const expectedShare = async (clearance: string): Promise<number> => {
  const all = (await app.strapi.documents('api::strategy.strategy').findMany({
    fields: ['dimension', 'status', 'classification'],
    populate: { relatedStrategies: { fields: ['documentId'] } },
    limit: 10_000,
  })) as unknown as StrategyRow[];
  const visible = all.filter((s) => LEVELS.indexOf(s.classification) <= LEVELS.indexOf(clearance));
  const byId = new Map(visible.map((s) => [s.documentId, s]));
  const partners = new Map(visible.map((s) => [s.documentId, new Set<string>()]));
  for (const s of visible)
    for (const { documentId } of s.relatedStrategies)
      if (byId.has(documentId)) {
        partners.get(s.documentId)!.add(documentId);
        partners.get(documentId)!.add(s.documentId);
      }
  const integrating = (s: StrategyRow) => ['approved', 'active'].includes(s.status);
  const governed = visible.filter(integrating);
  const integrated = governed.filter((s) =>
    [...partners.get(s.documentId)!].some((id) => {
      const other = byId.get(id)!;
      return integrating(other) && other.dimension !== s.dimension;
    }),
  );
  return integrated.length / governed.length;
};

describe('demo users', () => {
  it('work in Chinese, the Super Admin in English, as the printed table says', async () => {
    expect(logins).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) {
      const user = await loginAs(account.email);
      expect({ email: account.email, language: user.user.preferedLanguage }).toEqual({
        email: account.email,
        language: account.roleName === null ? 'en' : 'zh-Hans',
      });
    }
    const table = formatLogins(logins);
    expect(table.split('\n')[0]).toMatch(
      /\| Email +\| Role +\| Interface language +\| Password +\|/,
    );
    expect(table).toMatch(/strategy\.analyst@\S+ +\| Strategy Analyst +\| 中文 \(zh-Hans\) +\|/);
    expect(table).toMatch(/admin@\S+ +\| Super Admin +\| English \(en\) +\|/);
  });
});

describe('portfolio integration share on the demo data', () => {
  it.each([
    ['strategy.analyst', 'internal'],
    ['admin', 'secret'],
  ])('is above 0 and counts what %s (%s) may see', async (user, clearance) => {
    const { token } = await loginAs(`${user}@demo.synergy.local`);
    const res = await request(app.strapi.server.httpServer)
      .get('/synergy/analytics/portfolio')
      .set(bearer(token));
    expect(res.status).toBe(200);
    const { integration, scorecards } = res.body.data as {
      integration: number;
      scorecards: Array<{ integration: number; strategy: { status: string } }>;
    };
    expect(integration).toBeGreaterThan(0);
    expect(integration).toBeLessThan(1);
    expect(integration).toBeCloseTo(await expectedShare(clearance), 10);
    // The headline agrees with the scorecards it summarises.
    const governed = scorecards.filter((card) =>
      ['approved', 'active'].includes(card.strategy.status),
    );
    expect(integration).toBeCloseTo(
      governed.filter((card) => card.integration === 100).length / governed.length,
      10,
    );
  });
});

// Last: it tags records, which the figures above do not expect.
describe('compartments and caveats in the demo (SPEC §1.1)', () => {
  beforeAll(async () => {
    expect(await ensureDemoNeedToKnow(app.strapi)).toBe(true);
    // Once: a second run keeps what is there.
    expect(await ensureDemoNeedToKnow(app.strapi)).toBe(false);
  });

  const carries = (codes: unknown, code: string) => Array.isArray(codes) && codes.includes(code);

  const strategyCodes = async (email: string) => {
    const { token } = await loginAs(email);
    const res = await request(app.strapi.server.httpServer)
      .get(
        '/content-manager/collection-types/api::strategy.strategy?page=1&pageSize=10&sort=id:desc',
      )
      .set(bearer(token));
    expect(res.status).toBe(200);
    return (res.body.results as Array<{ documentId: string }>).map((row) => row.documentId);
  };

  it('shows the compartmented strategies to the Strategy Analyst, who holds program-falcon, not to Marketing', async () => {
    const tagged = (
      (await app.strapi.db.query('api::strategy.strategy').findMany({
        select: ['documentId', 'compartments'],
      })) as Array<{ documentId: string; compartments: unknown }>
    ).filter((row) => carries(row.compartments, 'program-falcon'));
    const ids = [...new Set(tagged.map((row) => row.documentId))];
    expect(ids).toHaveLength(2);
    const analyst = await strategyCodes('strategy.analyst@demo.synergy.local');
    const marketing = await strategyCodes('marketing@demo.synergy.local');
    for (const id of ids) {
      expect(analyst).toContain(id);
      expect(marketing).not.toContain(id);
    }
  });

  it('marks some strategies and products with caveats', async () => {
    const caveated = async (uid: string, code: string) =>
      (
        (await app.strapi.db.query(uid as never).findMany({ select: ['caveats'] })) as Array<{
          caveats: unknown;
        }>
      ).filter((row) => carries(row.caveats, code)).length;
    expect(await caveated('api::strategy.strategy', 'export-controlled')).toBeGreaterThan(0);
    expect(await caveated('api::strategy.strategy', 'no-external-release')).toBeGreaterThan(0);
    expect(await caveated('api::product.product', 'domestic-only')).toBeGreaterThan(0);
  });
});

describe('the two-person rule in the demo (SPEC §1)', () => {
  it("holds an Account Manager's merge of two customers for the Security Officer, who approves it", async () => {
    expect(await ensureDemoDualControl(app.strapi)).toBe(true);
    expect(await ensureDemoDualControl(app.strapi)).toBe(false);
    const [keep, remove] = (await app.strapi.documents('api::customer.customer').findMany({
      fields: ['documentId'],
      sort: 'id:asc',
      limit: 2,
    })) as Array<{ documentId: string }>;

    const manager = await loginAs('account.manager@demo.synergy.local');
    const held = await request(app.strapi.server.httpServer)
      .post('/synergy/data-quality/merge')
      .set(bearer(manager.token))
      .send({ keep: keep.documentId, remove: remove.documentId });
    expect(held.status).toBe(202);
    expect(
      await app.strapi
        .documents('api::customer.customer')
        .findOne({ documentId: remove.documentId }),
    ).not.toBeNull();

    const officer = await loginAs('security.officer@demo.synergy.local');
    const approved = await request(app.strapi.server.httpServer)
      .post(`/synergy/dual-control/requests/${held.body.data.id}/approve`)
      .set(bearer(officer.token))
      .send({ reason: '核实为同一单位' });
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toBe('executed');
    expect(
      await app.strapi
        .documents('api::customer.customer')
        .findOne({ documentId: remove.documentId }),
    ).toBeNull();
  });
});
