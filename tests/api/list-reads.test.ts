import { setupStrapi, BOOT_TIMEOUT_MS, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken } from '../helpers/auth';

/**
 * What one REST list of customers asks the database (issue 14): a caller who sees every level
 * gets Strapi's own list and count, without a clearance condition; anyone else gets it in both.
 */
let app: TestApp;
let token: string;
const LEVELS = ['public', 'internal', 'confidential', 'secret'];

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
  for (const [index, classification] of LEVELS.entries())
    await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: `列表 ${index}`, code: `LR-${index}`, classification } });
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

interface QueryEvent {
  sql: string;
  bindings?: unknown[];
}

const asTokenOf = async <T>(clearance: string, call: () => Promise<T>): Promise<T> => {
  const configured = app.strapi.config.get('plugin::synergy.apiTokenClearance');
  app.strapi.config.set('plugin::synergy.apiTokenClearance', clearance);
  try {
    return await call();
  } finally {
    app.strapi.config.set('plugin::synergy.apiTokenClearance', configured);
  }
};

/** The answer of `url` and every SQL statement the request made. */
const listed = async (url: string) => {
  const queries: QueryEvent[] = [];
  const onQuery = (event: QueryEvent) => queries.push(event);
  app.strapi.db.connection.on('query', onQuery);
  try {
    const res = await app.http().get(url).set(bearer(token));
    expect(res.status).toBe(200);
    return {
      body: res.body as {
        data: Array<{ classification: string }>;
        meta: { pagination: { total: number } };
      },
      queries,
    };
  } finally {
    app.strapi.db.connection.off('query', onQuery);
  }
};

const customerQueries = (queries: QueryEvent[]) =>
  queries.filter((query) => /from [`"]customers[`"]/i.test(query.sql));

const LIST = '/api/customers?pagination[page]=1&pagination[pageSize]=25';

describe('the clearance condition of a list', () => {
  it('is left out of the list and its count for a caller who sees every level', async () => {
    const { body, queries } = await asTokenOf('secret', () => listed(LIST));
    expect(body.data.map((customer) => customer.classification).sort()).toEqual([...LEVELS].sort());
    expect(body.meta.pagination.total).toBe(LEVELS.length);
    const reads = customerQueries(queries);
    expect(reads.some((query) => /count\(/i.test(query.sql))).toBe(true);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const query of reads) expect(query.sql).not.toMatch(/classification/i);
  });

  it('is in both for a caller of a lower clearance, who sees only their levels', async () => {
    const { body, queries } = await asTokenOf('internal', () => listed(LIST));
    expect(body.data.map((customer) => customer.classification).sort()).toEqual([
      'internal',
      'public',
    ]);
    expect(body.meta.pagination.total).toBe(2);
    const reads = customerQueries(queries);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const query of reads) expect(query.sql).toMatch(/classification/i);
  });

  it('keeps relation filters working for a caller who sees every level', async () => {
    const { body } = await asTokenOf('secret', () =>
      listed(`${LIST}&filters[contacts][$null]=true&filters[classification][$eq]=secret`),
    );
    expect(body.data.map((customer) => customer.classification)).toEqual(['secret']);
  });
});
