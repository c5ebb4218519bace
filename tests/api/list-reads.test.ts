import { setupStrapi, BOOT_TIMEOUT_MS, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken, createApiUser } from '../helpers/auth';

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
const listed = async (url: string, authorization = token) => {
  const queries: QueryEvent[] = [];
  const onQuery = (event: QueryEvent) => queries.push(event);
  app.strapi.db.connection.on('query', onQuery);
  try {
    const res = await app.http().get(url).set(bearer(authorization));
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

const MASKING_STORE_READ = /from (?:[`"]\w+[`"]\.)?[`"]strapi_core_store_settings[`"]/i;
const VERSION_READ = /from (?:[`"]\w+[`"]\.)?[`"]synergy_data_versions[`"]/i;

const customerQueries = (queries: QueryEvent[]) =>
  queries.filter((query) => /from (?:[`"]\w+[`"]\.)?[`"]customers[`"]/i.test(query.sql));

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

describe('the masking rules a list needs', () => {
  const dataVersions = () =>
    app.strapi.plugin('synergy').service('data-versions') as {
      bump: (kinds: string[]) => Promise<void>;
    };
  const store = () => app.strapi.store({ type: 'plugin', name: 'synergy', key: 'masking' });
  const tokenRule = (field: string) => ({
    contentType: 'api::customer.customer',
    field,
    adminRoles: [],
    apiRoles: [],
    apiTokens: true,
  });
  const notes = async () => {
    const { body } = await asTokenOf('secret', () => listed(LIST));
    return (body.data as unknown as Array<{ notes: string | null }>).map((c) => c.notes);
  };

  beforeAll(async () => {
    await app.strapi.db
      .query('api::customer.customer')
      .updateMany({ where: {}, data: { notes: '备注' } });
  });

  afterAll(async () => {
    await store().set({ value: { rules: [] } });
    await dataVersions().bump(['synergy.masking']);
  });

  it('are read once, as one data-version read, while unchanged: not from the store at every request', async () => {
    await listed(LIST);
    const { queries } = await listed(LIST);
    expect(queries.filter((query) => MASKING_STORE_READ.test(query.sql))).toHaveLength(0);
    expect(queries.filter((query) => VERSION_READ.test(query.sql))).toHaveLength(1);
  });

  it('apply from the next request on once saved, on this instance', async () => {
    expect(new Set(await notes())).toEqual(new Set(['备注']));
    const masking = app.strapi.plugin('synergy').service('masking') as {
      updateSettings: (settings: { rules: ReturnType<typeof tokenRule>[] }) => Promise<unknown>;
    };
    await masking.updateSettings({ rules: [tokenRule('notes')] });
    expect(new Set(await notes())).not.toContain('备注');
    await masking.updateSettings({ rules: [] });
    expect(new Set(await notes())).toEqual(new Set(['备注']));
  });

  it('apply from the next request on once another instance saved them and raised their version', async () => {
    await notes();
    // What another instance's updateSettings leaves in the shared database.
    await store().set({ value: { rules: [tokenRule('notes')] } });
    await dataVersions().bump(['synergy.masking']);
    expect(new Set(await notes())).not.toContain('备注');
  });
});

describe("a Users & Permissions caller's clearance", () => {
  it('comes from the user Users & Permissions loaded for the request: no read of its own', async () => {
    const { jwt } = await createApiUser(app.strapi, { clearance: 'confidential' });
    await listed(LIST, jwt);
    const { body, queries } = await listed(LIST, jwt);
    expect(body.data.map((customer) => customer.classification).sort()).toEqual([
      'confidential',
      'internal',
      'public',
    ]);
    // Users & Permissions reads the whole row (twice with refresh sessions); no read of the clearance alone.
    const userReads = queries.filter((query) =>
      /from (?:[`"]\w+[`"]\.)?[`"]up_users[`"]/i.test(query.sql),
    );
    expect(userReads.length).toBeGreaterThan(0);
    for (const query of userReads) expect(query.sql).toMatch(/^select [`"]t0[`"]\.\*/i);
  });
});
