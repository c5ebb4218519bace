import type { Modules } from '@strapi/strapi';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken } from '../helpers/auth';
import { approveReviewDirectly } from '../helpers/content-fixtures';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
});

afterAll(async () => {
  await app?.teardown();
});

const CUSTOMER = 'api::customer.customer';
const STRATEGY = 'api::strategy.strategy';

/** A read of a table's rows by documentId; its populate queries (components, relations) read other tables. */
const storedRecordRead = (table: string) =>
  new RegExp(
    `^select .* from (?:[\`"]\\w+[\`"]\\.)?[\`"]${table}[\`"] as [\`"]t0[\`"] where \\([\`"]t0[\`"]\\.[\`"]document_id[\`"] = (?:\\?|\\$\\d+)`,
    'i',
  );

interface QueryEvent {
  sql: string;
  bindings?: unknown[];
}

/**
 * Every SQL query one HTTP request makes, and those that read the written document's own table
 * before the write itself runs (an innermost document middleware marks that moment): the reads
 * the plugin's middlewares make of the stored record.
 */
const measure = async (
  { uid, table, documentId }: { uid: string; table: string; documentId: string },
  send: () => Promise<{ status: number }>,
) => {
  const queries: QueryEvent[] = [];
  let beforeWrite: number | null = null;
  const onQuery = (event: QueryEvent) => queries.push(event);
  const probe: Modules.Documents.Middleware.Middleware = async (ctx, next) => {
    if (ctx.uid === uid && ctx.action === 'update' && beforeWrite === null)
      beforeWrite = queries.length;
    return next();
  };
  const removeProbe = app.strapi.documents.use(probe) as unknown as () => void;
  app.strapi.db.connection.on('query', onQuery);
  try {
    const res = await send();
    expect(res.status).toBe(200);
  } finally {
    app.strapi.db.connection.off('query', onQuery);
    removeProbe();
  }
  const readsOfRecord = queries
    .slice(0, beforeWrite ?? 0)
    .filter(
      (query) =>
        storedRecordRead(table).test(query.sql) && (query.bindings ?? []).includes(documentId),
    );
  return { total: queries.length, readsOfRecord: readsOfRecord.length };
};

describe('one read of the stored record per write', () => {
  it('a REST update of a customer reads the stored customer once before writing it', async () => {
    const created = await app
      .http()
      .post('/api/customers')
      .set(bearer(token))
      .send({ data: { name: '读取计数', code: 'RC-1' } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data as { documentId: string };

    const counts = await measure({ uid: CUSTOMER, table: 'customers', documentId }, () =>
      app
        .http()
        .put(`/api/customers/${documentId}`)
        .set(bearer(token))
        .send({ data: { region: '上海', tier: 'key' } }),
    );
    if (process.env.REPORT_QUERY_COUNTS)
      console.log(
        `PUT /api/customers/:id: ${counts.total} queries, ${counts.readsOfRecord} reads of the stored record`,
      );
    expect(counts.readsOfRecord).toBe(1);
  });

  it('activating an approved strategy (clearance, gate, status rule, business rules, audit) reads the stored strategy once', async () => {
    const { documentId } = await app.strapi
      .documents(STRATEGY)
      .create({ data: { title: '读取计数策略', dimension: 'service' } as never });
    await app.strapi.db
      .query(STRATEGY)
      .updateMany({ where: { documentId }, data: { status: 'approved' } });
    await approveReviewDirectly(app.strapi, STRATEGY, documentId);

    const counts = await measure({ uid: STRATEGY, table: 'strategies', documentId }, () =>
      app
        .http()
        .put(`/api/strategies/${documentId}`)
        .set(bearer(token))
        .send({ data: { status: 'active' } }),
    );
    if (process.env.REPORT_QUERY_COUNTS)
      console.log(
        `PUT /api/strategies/:id: ${counts.total} queries, ${counts.readsOfRecord} reads of the stored record`,
      );
    expect(counts.readsOfRecord).toBe(1);
  });
});
