/**
 * Cached analytics (services/analytics/cache.ts): answers are reused while the data they read is
 * unchanged, and recomputed after any committed write of what they depend on — through REST, the
 * document service, a merge, an import, the settings — never after a refused or rolled-back one;
 * callers of different clearance never share an answer. On the demo data set (bulk loader).
 * The same across two app instances is tested in tests/scale/two-instances.test.ts.
 */
import type { Knex } from 'knex';
import { loadBulk } from '../../scripts/seed/bulk';
import { captureStatements } from '../../bench/sql-reference';
import { analyticsOf, asApiToken, SERVICE_CALLS } from '../../bench/measure';
import type { NaiveInput } from '../../bench/naive';
import {
  ANALYTICS_DEPENDENCIES,
  type AnalyticsEndpoint,
} from '../../plugins/synergy/server/src/services/analytics/dependencies';
import { SETTINGS_KIND } from '../../plugins/synergy/server/src/services/data-versions';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';
import { setupStrapi, type TestApp } from '../helpers/strapi';

const CUSTOMER = 'api::customer.customer';
const FEEDBACK = 'api::feedback.feedback';
const INTERACTION = 'api::interaction.interaction';
const PERIOD = 'from=2025-11-02&to=2026-11-01';

let app: TestApp;
let token: string;
let confidentialJwt: string;
let superAdmin: AdminSession;
let input: NaiveInput;

beforeAll(async () => {
  app = await setupStrapi();
  await loadBulk(app.strapi, { scale: 'demo' });
  token = await createApiToken(app.strapi);
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  await app.strapi.db
    .query('plugin::users-permissions.permission')
    .create({ data: { action: 'plugin::synergy.overview.find', role: role.id } });
  confidentialJwt = (await createApiUser(app.strapi, { clearance: 'confidential' })).jwt;
  const visible = { classification: { $in: ['public', 'internal'] } };
  const [customer, strategy] = await Promise.all([
    app.strapi.db.query(CUSTOMER).findOne({ where: visible, orderBy: { id: 'asc' } }),
    app.strapi.db
      .query('api::strategy.strategy')
      .findOne({ where: visible, orderBy: { id: 'asc' } }),
  ]);
  input = {
    query: { from: '2025-11-02', to: '2026-11-01' },
    customer: customer.documentId,
    strategy: strategy.documentId,
  };
}, 300_000);

afterAll(async () => {
  await app?.teardown();
});

const versions = () => app.strapi.plugin('synergy').service('data-versions');
const knex = () => app.strapi.db.connection as unknown as Knex;

const overview = async (auth = token) => {
  const res = await app.http().get(`/api/synergy/overview?${PERIOD}`).set(bearer(auth));
  expect(res.status).toBe(200);
  return {
    cache: res.headers['x-synergy-cache'],
    feedback: res.body.data.current.feedback.total as number,
    body: res.body,
  };
};

/** An answer that is surely stored: asked until it comes from the cache. */
const warmOverview = async (auth = token) => {
  await overview(auth);
  const warm = await overview(auth);
  expect(warm.cache).toBe('hit');
  return warm;
};

const createFeedback = (data: Record<string, unknown> = {}) =>
  app.strapi.documents(FEEDBACK).create({
    data: {
      content: '缓存测试',
      receivedAt: '2026-06-01T00:00:00Z',
      customer: input.customer,
      ...data,
    } as never,
  });

describe('cached analytics answers', () => {
  it('answer a repeated request from the cache, with the same body', async () => {
    const first = await overview();
    const second = await overview();
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
  });

  it('are recomputed after a write through REST of a type they read', async () => {
    const before = await warmOverview();
    const res = await app
      .http()
      .post('/api/feedbacks')
      .set(bearer(token))
      .send({
        data: { content: '雷达误报', receivedAt: '2026-06-02T00:00:00Z', customer: input.customer },
      });
    expect(res.status).toBe(201);
    const after = await overview();
    expect(after.cache).toBe('miss');
    expect(after.feedback).toBe(before.feedback + 1);
  });

  it('are recomputed after an update and a delete through the document service', async () => {
    const created = await createFeedback();
    const before = await warmOverview();
    await app.strapi.documents(FEEDBACK).update({
      documentId: created.documentId,
      data: { receivedAt: '2020-01-01T00:00:00Z' },
    } as never);
    const moved = await overview();
    expect(moved).toMatchObject({ cache: 'miss', feedback: before.feedback - 1 });
    await app.strapi.documents(FEEDBACK).delete({ documentId: created.documentId });
    expect((await overview()).cache).toBe('miss');
  });

  it('are kept after a write of a type they do not read', async () => {
    await warmOverview();
    await app.strapi.documents(INTERACTION).create({
      data: {
        customer: input.customer,
        occurredAt: '2026-06-03T00:00:00Z',
        summary: '回访',
      } as never,
    });
    expect((await overview()).cache).toBe('hit');
  });

  it('are kept after a write refused with a 400 or rolled back', async () => {
    const before = await warmOverview();
    const refused = await app
      .http()
      .post('/api/feedbacks')
      .set(bearer(token))
      .send({ data: { content: '无日期', severity: 'apocalyptic' } });
    expect(refused.status).toBe(400);
    const version = await versions().read([FEEDBACK]);
    await expect(
      app.strapi.db.transaction(async () => {
        await createFeedback();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await versions().read([FEEDBACK])).toBe(version);
    expect(await overview()).toMatchObject({ cache: 'hit', feedback: before.feedback });
  });

  it('are raised once the transaction of a write commits, not before', async () => {
    const version = Number(await versions().read([FEEDBACK]));
    let inside = NaN;
    await app.strapi.db.transaction(async ({ trx }) => {
      await createFeedback();
      // Read in the writing transaction: a counter raised inside it would show here.
      inside = Number(
        (await trx('synergy_data_versions').where({ kind: FEEDBACK }).first()).version,
      );
    });
    expect(inside).toBe(version);
    // Strapi runs commit callbacks without awaiting them (so does shutdown, through settle()).
    await versions().settle();
    expect(Number(await versions().read([FEEDBACK]))).toBe(version + 1);
  });

  it('follow links written from the inverse side of a relation', async () => {
    const contacts = 'api::contact.contact';
    const other = await app.strapi
      .documents(CUSTOMER)
      .create({ data: { name: '缓存联系人单位', code: 'CACHE-C' } as never });
    const contact = await app.strapi
      .documents(contacts)
      .create({ data: { fullName: '钱进', customer: other.documentId } as never });
    const before = Number(await versions().read([contacts]));
    // Customer.contacts is mapped by Contact.customer: the link row is the contact's.
    await app.strapi.documents(CUSTOMER).update({
      documentId: input.customer,
      data: { contacts: { connect: [contact.documentId] } },
    } as never);
    expect(Number(await versions().read([contacts]))).toBe(before + 1);
  });

  it('are never shared between callers who see different classification levels', async () => {
    const internal = await warmOverview();
    const confidential = await overview(confidentialJwt);
    expect(confidential.cache).toBe('miss');
    expect(confidential.feedback).toBeGreaterThan(internal.feedback);
    await createFeedback({ classification: 'confidential' });
    expect(await overview()).toMatchObject({ cache: 'miss', feedback: internal.feedback });
    expect(await overview(confidentialJwt)).toMatchObject({
      cache: 'miss',
      feedback: confidential.feedback + 1,
    });
    expect((await overview()).cache).toBe('hit');
    expect((await overview(confidentialJwt)).cache).toBe('hit');
  });

  it('are recomputed when the SLA targets change', async () => {
    await warmOverview();
    const settings = (await app.http().get('/synergy/settings').set(bearer(superAdmin.token))).body
      .data;
    const changed = {
      slaTargets: {
        ...settings.slaTargets,
        p3: { ...settings.slaTargets.p3, responseHours: settings.slaTargets.p3.responseHours + 1 },
      },
    };
    expect(
      (await app.http().put('/synergy/settings').set(bearer(superAdmin.token)).send(changed))
        .status,
    ).toBe(200);
    const after = await overview();
    expect(after.cache).toBe('miss');
    expect(after.body.data.current.service.byPriority.p3.target.responseHours).toBe(
      settings.slaTargets.p3.responseHours + 1,
    );
  });

  it('are recomputed after a merge moved records without the document service', async () => {
    const kinds = ['api::interaction.interaction', 'api::survey-response.survey-response'];
    const before = await versions().read(kinds);
    const keep = await app.strapi
      .documents(CUSTOMER)
      .create({ data: { name: '缓存合并甲', code: 'CACHE-K' } as never });
    const remove = await app.strapi
      .documents(CUSTOMER)
      .create({ data: { name: '缓存合并乙', code: 'CACHE-R' } as never });
    const res = await app
      .http()
      .post('/synergy/data-quality/merge')
      .set(bearer(superAdmin.token))
      .send({ keep: keep.documentId, remove: remove.documentId });
    expect(res.status).toBe(200);
    const after = (await versions().read(kinds)).split('.').map(Number);
    expect(after).toEqual(before.split('.').map((version: string) => Number(version) + 1));
  });

  it('compute once for concurrent requests of an answer not yet stored', async () => {
    const statementsOf = async (call: () => Promise<unknown>) => {
      let count = 0;
      const onQuery = (query: { sql: string }) => {
        if (/survey_responses/.test(query.sql)) count += 1;
      };
      knex().on('query', onQuery);
      try {
        await call();
      } finally {
        knex().off('query', onQuery);
      }
      return count;
    };
    await versions().bump([FEEDBACK]);
    const single = await statementsOf(() => overview());
    expect(single).toBeGreaterThan(0);
    await versions().bump([FEEDBACK]);
    const concurrent = await statementsOf(() =>
      Promise.all(Array.from({ length: 8 }, () => overview())),
    );
    expect(concurrent).toBe(single);
  });
});

describe('the dependencies of each endpoint', () => {
  /** Table → the kinds whose writes change it: its content type; both sides of a link table; a component's owners. */
  const tableKinds = () => {
    const kinds = new Map<string, Set<string>>();
    const add = (table: string, ...uids: string[]) => {
      if (!kinds.has(table)) kinds.set(table, new Set());
      for (const uid of uids) if (uid.startsWith('api::')) kinds.get(table)!.add(uid);
    };
    const owners = new Map<string, Set<string>>();
    type Attribute = {
      type: string;
      target?: string;
      component?: string;
      joinTable?: { name: string };
    };
    const metadata = app.strapi.db.metadata as unknown as Map<
      string,
      { tableName: string; attributes: Record<string, Attribute> }
    >;
    for (const [uid, meta] of metadata) {
      add(meta.tableName, uid);
      for (const attribute of Object.values(meta.attributes)) {
        if (attribute.joinTable)
          add(attribute.joinTable.name, uid, ...(attribute.target ? [attribute.target] : []));
        if (attribute.component)
          owners.set(attribute.component, (owners.get(attribute.component) ?? new Set()).add(uid));
      }
    }
    for (const [component, ownerUids] of owners)
      add(metadata.get(component)!.tableName, ...ownerUids);
    add('strapi_core_store_settings');
    kinds.get('strapi_core_store_settings')!.add(SETTINGS_KIND);
    return kinds;
  };

  const ENDPOINTS: Array<[string, AnalyticsEndpoint]> = [
    ['overview', 'overview'],
    ['coverage', 'coverage'],
    ['impact', 'impact'],
    ['portfolio', 'portfolio'],
    ['competitors', 'competitors'],
    ['win-loss', 'winLoss'],
    ['data-quality', 'dataQuality'],
    ['scorecard', 'scorecard'],
    ['customer health', 'customerHealth'],
  ];

  it.each(ENDPOINTS)(
    '%s depends on every content type whose tables it reads',
    async (call, endpoint) => {
      const map = tableKinds();
      // Every counter raised: the call computes, with every filter so that every join is taken.
      await versions().bump([...map.values()].flatMap((set) => [...set]));
      const filtered: NaiveInput = {
        ...input,
        query: { ...input.query, tier: 'key', type: 'military_unit', domain: 'radar' },
      };
      const statements = [
        ...(await captureStatements(knex(), () =>
          asApiToken(app.strapi, () => SERVICE_CALLS[call](analyticsOf(app.strapi), input)),
        )),
        ...(await captureStatements(knex(), () =>
          asApiToken(app.strapi, () =>
            SERVICE_CALLS[call](analyticsOf(app.strapi), filtered).catch(() => null),
          ),
        )),
      ];
      const tables = new Set(
        statements.flatMap((statement) =>
          [...statement.sql.matchAll(/\b(?:from|join)\s+[`"]?(\w+)[`"]?/gi)].map(
            (match) => match[1],
          ),
        ),
      );
      const needed = new Set([...tables].flatMap((table) => [...(map.get(table) ?? [])]));
      expect(needed.size).toBeGreaterThan(0);
      const declared: readonly string[] = ANALYTICS_DEPENDENCIES[endpoint];
      expect([...needed].filter((kind) => !declared.includes(kind)).sort()).toEqual([]);
    },
  );
});
