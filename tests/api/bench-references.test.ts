/**
 * The references of `npm run bench` (bench/): the naive version of each analytics endpoint, which
 * reads through the Document Service and aggregates in JavaScript, must give the endpoint's own
 * figures; the raw-SQL reference must capture the endpoint's statements and replay them.
 * On the demo data set, loaded by the bulk loader.
 */
import type { Knex } from 'knex';
import { loadBulk } from '../../scripts/seed/bulk';
import { NAIVE_ENDPOINTS, type NaiveInput } from '../../bench/naive';
import {
  analyticsOf,
  asApiToken,
  compareHeadlines,
  invalidateAnalytics,
  SERVICE_CALLS,
} from '../../bench/measure';
import { captureStatements, replayStatements } from '../../bench/sql-reference';
import { setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let input: NaiveInput;

beforeAll(async () => {
  app = await setupStrapi();
  await loadBulk(app.strapi, { scale: 'demo' });
  const visible = { classification: { $in: ['public', 'internal'] } };
  const [customer, strategy] = await Promise.all([
    app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: visible, orderBy: { id: 'asc' } }),
    // A strategy with something to score (defensibility and efficiency at least), so the
    // comparison is not between two empty scorecards.
    app.strapi.db.query('api::strategy.strategy').findOne({
      where: { ...visible, imitability: { $lt: 5 }, investment: { $gt: 0 } },
      orderBy: { id: 'asc' },
    }),
  ]);
  // The demo data are dated up to 2026-11-01: a fixed year before it, so the test does not age.
  input = {
    query: { from: '2025-11-02', to: '2026-11-01' },
    customer: customer.documentId,
    strategy: strategy.documentId,
  };
}, 300_000);

afterAll(async () => {
  await app?.teardown();
});

describe('the naive reference of npm run bench', () => {
  it.each(NAIVE_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s gives the endpoint’s figures',
    async (_name, endpoint) => {
      const [expected, naive] = await asApiToken(app.strapi, () =>
        Promise.all([
          SERVICE_CALLS[endpoint.name](analyticsOf(app.strapi), input),
          endpoint.compute(app.strapi, input),
        ]),
      );
      const figures = endpoint.pick(expected);
      // Something is compared: figures exist, and not all of them are zero or absent.
      expect(Object.keys(figures).length).toBeGreaterThan(0);
      expect(Object.values(figures).some((value) => value != null && value !== 0)).toBe(true);
      expect(compareHeadlines(figures, naive)).toEqual([]);
    },
  );

  it('sees a difference when there is one', () => {
    expect(compareHeadlines({ a: 1, b: null }, { a: 1.0000001, b: 0 })).toHaveLength(2);
  });
});

describe('the raw-SQL reference of npm run bench', () => {
  it('captures the statements an endpoint issues, with concurrent ones in one wave, and replays them', async () => {
    const knex = app.strapi.db.connection as unknown as Knex;
    // The naive comparisons above asked the same: without this the cache would answer.
    await invalidateAnalytics(app.strapi);
    const statements = await captureStatements(knex, () =>
      asApiToken(app.strapi, () => SERVICE_CALLS.overview(analyticsOf(app.strapi), input)),
    );
    expect(statements.some((statement) => /survey_responses/.test(statement.sql))).toBe(true);
    expect(statements.some((statement) => /service_tickets/.test(statement.sql))).toBe(true);
    // The overview runs its figures with Promise.all: on a pool of several connections several
    // statements run together, in one wave; SQLite's single connection runs them one by one.
    const waves = new Set(statements.map((statement) => statement.wave));
    if (
      knex.client.config.client === 'better-sqlite3' ||
      String(knex.client.config.client).includes('sqlite')
    )
      expect(waves.size).toBe(statements.length);
    else expect(waves.size).toBeLessThan(statements.length);
    let replayed = 0;
    const count = () => {
      replayed += 1;
    };
    knex.on('query-response', count);
    await replayStatements(knex, statements);
    knex.removeListener('query-response', count);
    // Replayed straight on the driver: knex's query events do not fire, and nothing failed.
    expect(replayed).toBe(0);
  });
});
