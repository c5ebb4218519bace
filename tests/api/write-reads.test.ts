import type { Modules } from '@strapi/strapi';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken } from '../helpers/auth';

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

/** A read of customer rows by documentId; its populate queries (components, relations) read other tables. */
const STORED_RECORD_READ = /^select .* from (?:[`"]\w+[`"]\.)?[`"]customers[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]document_id[`"] = (?:\?|\$\d+)/i;

interface QueryEvent {
  sql: string;
  bindings?: unknown[];
}

/**
 * Every SQL query one HTTP request makes, and those that read the written document's own table
 * before the write itself runs (an innermost document middleware marks that moment): the reads
 * the plugin's middlewares make of the stored record.
 */
const measure = async (documentId: string, send: () => Promise<{ status: number }>) => {
  const queries: QueryEvent[] = [];
  let beforeWrite: number | null = null;
  const onQuery = (event: QueryEvent) => queries.push(event);
  const probe: Modules.Documents.Middleware.Middleware = async (ctx, next) => {
    if (ctx.uid === CUSTOMER && ctx.action === 'update' && beforeWrite === null) beforeWrite = queries.length;
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
    .filter((query) => STORED_RECORD_READ.test(query.sql) && (query.bindings ?? []).includes(documentId));
  return { total: queries.length, readsOfRecord: readsOfRecord.length };
};

describe('one read of the stored record per write', () => {
  it('a REST update of a customer reads the stored customer once before writing it', async () => {
    const created = await app.http().post('/api/customers').set(bearer(token)).send({ data: { name: '读取计数', code: 'RC-1' } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data as { documentId: string };

    const counts = await measure(documentId, () =>
      app.http().put(`/api/customers/${documentId}`).set(bearer(token)).send({ data: { region: '上海', tier: 'key' } })
    );
    if (process.env.REPORT_QUERY_COUNTS) console.log(`PUT /api/customers/:id: ${counts.total} queries, ${counts.readsOfRecord} reads of the stored record`);
    expect(counts.readsOfRecord).toBe(1);
  });
});
