/**
 * The bulk loader writes what the Document Service would: the demo scale is loaded once through the
 * Document Service loader and once through the bulk loader (after emptying the CRM), in one app on
 * a throwaway database, and the admin panel's and the API's answers are compared — analytics, REST lists with populate, the 360
 * view, the content manager's list, edit view and relation lists. Ids, documentIds and timestamps
 * differ by nature: documentIds are replaced by the position of their document in load order
 * (the same in both loads), ids and timestamps are dropped, publishedAt is kept as set / not set.
 */
import path from 'node:path';
import { UIDS } from '../../scripts/seed/generate';
import type * as BulkModule from '../../scripts/seed/bulk';
import type * as DemoUsersModule from '../../scripts/seed/demo-users';
import type * as LoadModule from '../../scripts/seed/load';
import { appRoot } from '../helpers/app-root';
import { bearer, createAdminSession, createApiToken } from '../helpers/auth';
import { cmPath } from '../helpers/content-fixtures';
import { setupStrapi, type TestApp } from '../helpers/strapi';

jest.setTimeout(900_000);

// The loaders run from dist/ like the app: the workflow-transition context the Document Service
// loader relies on is module state, which a second (source) copy of the plugin would not share.
const fromDist = <T>(module: string): T =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(appRoot(), 'dist', 'scripts', 'seed', module)) as T;
const { ensureDemoUsers } = fromDist<typeof DemoUsersModule>('demo-users');
const { loadSeed } = fromDist<typeof LoadModule>('load');
const { loadBulk } = fromDist<typeof BulkModule>('bulk');

// Timestamps of the load itself, and the figures measured from the clock (days since the last interaction, its score).
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'daysSinceInteraction', 'r']);
/** The year before the data set's default "now" (2026-11-01). */
const PERIOD = { from: '2025-11-01', to: '2026-11-01' };

/** documentId → `<type>#<position in load order>`, from the tables themselves. */
const documentLabels = async (app: TestApp): Promise<Map<string, string>> => {
  const labels = new Map<string, string>();
  for (const uid of Object.values(UIDS)) {
    const { tableName } = app.strapi.db.metadata.get(uid);
    const rows = (await app.strapi.db
      .connection(tableName)
      .select('document_id')
      .min({ first: 'id' })
      .groupBy('document_id')
      .orderBy('first')) as {
      document_id: string;
    }[];
    rows.forEach((row, index) => labels.set(row.document_id, `${uid}#${index + 1}`));
  }
  return labels;
};

/** The answer with documentIds labelled, ids and timestamps dropped, numbers compared as numbers. */
const comparable = (value: unknown, labels: Map<string, string>): unknown => {
  if (Array.isArray(value)) return value.map((item) => comparable(item, labels));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && !TIMESTAMPS.has(key))
        .map(([key, item]) => [
          key,
          key === 'publishedAt' ? item !== null : comparable(item, labels),
        ]),
    );
  }
  if (typeof value === 'string')
    return labels.get(value) ?? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
  return value;
};

const firstDocuments = async (app: TestApp, uid: string, count: number): Promise<string[]> => {
  const { tableName } = app.strapi.db.metadata.get(uid);
  const rows = (await app.strapi.db
    .connection(tableName)
    .select('document_id')
    .min({ first: 'id' })
    .groupBy('document_id')
    .orderBy('first')
    .limit(count)) as {
    document_id: string;
  }[];
  return rows.map((row) => row.document_id);
};

/** Every answer compared, by a name that says where it came from. */
const snapshot = async (
  app: TestApp,
  admin: string,
  token: string,
): Promise<Record<string, unknown>> => {
  const labels = await documentLabels(app);
  const customers = await firstDocuments(app, UIDS.customer, 3);
  const strategies = await firstDocuments(app, UIDS.strategy, 3);
  const materials = await firstDocuments(app, UIDS.brandMaterial, 2);

  // A fixed period: the default one follows the clock, which moves between the two loads.
  const period = `from=${PERIOD.from}&to=${PERIOD.to}`;
  const adminPaths = [
    ...[
      'overview',
      'coverage',
      'impact',
      'portfolio',
      'competitors',
      'win-loss',
      'data-quality',
    ].map((name) => `/synergy/analytics/${name}?${period}`),
    ...strategies.map((documentId) => `/synergy/analytics/strategies/${documentId}/scorecard`),
    ...customers.map((documentId) => `/synergy/analytics/customers/${documentId}/health`),
    `${cmPath(UIDS.customer)}?page=1&pageSize=20&sort=code:ASC`,
    `${cmPath(UIDS.strategy)}?page=1&pageSize=10&sort=title:ASC`,
    `${cmPath(UIDS.brandMaterial)}?page=1&pageSize=10&sort=slug:ASC&locale=en`,
    ...customers.map((documentId) => `${cmPath(UIDS.customer)}/${documentId}`),
    ...strategies.map((documentId) => `${cmPath(UIDS.strategy)}/${documentId}`),
    ...materials.flatMap((documentId) => [
      `${cmPath(UIDS.brandMaterial)}/${documentId}?locale=zh-Hans`,
      `${cmPath(UIDS.brandMaterial)}/${documentId}?locale=en`,
    ]),
    ...customers.map(
      (documentId) =>
        `/content-manager/relations/${UIDS.customer}/${documentId}/contacts?page=1&pageSize=50`,
    ),
    ...strategies.flatMap((documentId) =>
      ['relatedStrategies', 'targetCustomers', 'feedbacks'].map(
        (field) =>
          `/content-manager/relations/${UIDS.strategy}/${documentId}/${field}?page=1&pageSize=50`,
      ),
    ),
  ];
  const apiPaths = [
    '/api/customers?populate=*&sort=code:asc&pagination[pageSize]=100',
    '/api/contacts?populate=*&sort=fullName:asc&sort[1]=phone:asc&pagination[pageSize]=50',
    '/api/opportunities?populate=*&sort=title:asc&sort[1]=value:asc&pagination[pageSize]=50',
    '/api/strategies?populate=*&sort=title:asc&pagination[pageSize]=100',
    '/api/competitors?populate=*&sort=name:asc',
    '/api/brand-materials?populate=*&sort=slug:asc&locale=zh-Hans',
    '/api/brand-materials?populate=*&sort=slug:asc&locale=en&status=draft',
    '/api/campaigns?populate=*&sort=name:asc',
    ...customers.map((documentId) => `/api/synergy/customers/${documentId}/360`),
  ];

  const answers: Record<string, unknown> = {};
  const label = (path: string) =>
    path.replace(/[a-z0-9]{24}/g, (documentId) => labels.get(documentId) ?? documentId);
  for (const path of adminPaths) {
    const res = await app.http().get(path).set(bearer(admin));
    answers[label(path)] = { status: res.status, body: comparable(res.body, labels) };
  }
  for (const path of apiPaths) {
    const res = await app.http().get(path).set(bearer(token));
    answers[label(path)] = { status: res.status, body: comparable(res.body, labels) };
  }
  return answers;
};

/**
 * Empties the CRM tables (main, links, components) and the reviews, so the second load starts from
 * an empty CRM in the same app: one app per test file, as Strapi keeps module-level state that a
 * second app in the same process would not get.
 */
const emptyCrm = async (app: TestApp) => {
  const { metadata, connection } = app.strapi.db;
  const tables = new Set<string>();
  for (const uid of [
    ...Object.values(UIDS),
    'plugin::synergy.review-event',
    'plugin::synergy.review',
  ]) {
    const model = metadata.get(uid);
    for (const attribute of Object.values(model.attributes) as {
      joinTable?: { name: string };
      target?: string;
    }[]) {
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
      if (attribute.target?.startsWith('crm.'))
        tables.add(metadata.get(attribute.target).tableName);
    }
    tables.add(model.tableName);
  }
  for (const table of tables) await connection(table).del();
};

let app: TestApp;
let viaDocumentService: Record<string, unknown>;
let viaBulk: Record<string, unknown>;

beforeAll(async () => {
  app = await setupStrapi();
  const { userIds } = await ensureDemoUsers(app.strapi);
  const admin = (await createAdminSession(app.strapi, ['Super Admin'])).token;
  const token = await createApiToken(app.strapi);
  await loadSeed(app.strapi, { options: { scale: 'demo' }, userIds, log: () => undefined });
  viaDocumentService = await snapshot(app, admin, token);
  await emptyCrm(app);
  await loadBulk(app.strapi, { scale: 'demo', userIds });
  viaBulk = await snapshot(app, admin, token);
});

afterAll(async () => {
  await app?.teardown();
});

describe('bulk-loaded demo data reads like Document-Service-loaded data', () => {
  it('answers every compared path with 200 and content', () => {
    for (const [path, answer] of Object.entries(viaBulk)) {
      expect([path, (answer as { status: number }).status]).toEqual([path, 200]);
    }
    expect(Object.keys(viaBulk).length).toBeGreaterThan(40);
  });

  it('gives the same analytics, REST lists, 360 views and content-manager views, path by path', () => {
    expect(Object.keys(viaBulk)).toEqual(Object.keys(viaDocumentService));
    for (const path of Object.keys(viaDocumentService)) {
      expect([path, viaBulk[path]]).toEqual([path, viaDocumentService[path]]);
    }
  });
});
