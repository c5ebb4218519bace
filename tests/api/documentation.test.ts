import path from 'node:path';
import Ajv from 'ajv';
import type { Knex } from 'knex';
import { bearer, createAdminSession, createApiToken } from '../helpers/auth';
import { setupStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let fullAccess: string;
let readOnly: string;
let customerId: string;
let document: OpenApi;

type Schema = Record<string, unknown>;

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

beforeAll(async () => {
  app = await setupStrapi({ env: { DOCUMENTATION_ENABLED: 'true' } });
  fullAccess = await createApiToken(app.strapi, 'full-access');
  readOnly = await createApiToken(app.strapi, 'read-only');
  const customer = await app.strapi.documents('api::customer.customer').create({
    data: { name: '某部装备保障中心', code: 'DOC-1', classification: 'internal' },
  });
  customerId = customer.documentId;
  await app.strapi.documents('api::feedback.feedback').create({
    data: {
      customer: customerId,
      content: '雷达误报',
      receivedAt: '2026-10-12T02:30:00.000Z',
      severity: 'high',
    },
  });
  document = (await app.http().get('/documentation/openapi.json')).body as OpenApi;
});

afterAll(async () => {
  await app?.teardown();
});

/** OpenAPI 3.0's `nullable` as JSON Schema's `type: [t, 'null']`, so ajv checks what the document says. */
const toJsonSchema = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Schema;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]),
  );
  if (nullable === true && typeof converted.type === 'string')
    converted.type = [converted.type, 'null'];
  return converted;
};

/** The documented schema of one answer, with the document's components for its `$ref`s. */
const documentedSchema = (path: string, method: string, status: number) => {
  const schema =
    document.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method} ${path} documents no ${status} answer`);
  return toJsonSchema({ ...schema, components: document.components }) as Schema;
};

const expectDocumented = (path: string, method: string, status: number, body: unknown) => {
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
    documentedSchema(path, method, status),
  );
  const valid = validate(body);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
};

describe('OpenAPI documentation', () => {
  it('is served by the app and describes every CRM type and the plugin content-API routes', async () => {
    const res = await app.http().get('/documentation/v1.0.0');
    expect(res.status).toBe(200);
    for (const path of [
      '/customers',
      '/feedbacks/{id}',
      '/service-tickets',
      '/brand-materials',
      '/auth/local',
    ]) {
      expect(res.text).toContain(`"${path}"`);
    }
    expect(res.text).toContain('"/synergy/customers/{documentId}/360"');
  });

  it('serves the same document as JSON at /documentation/openapi.json, without credentials', async () => {
    const res = await app.http().get('/documentation/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(document.openapi).toBe('3.0.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/feedbacks',
        '/synergy/overview',
        '/synergy/customers/{documentId}/360',
      ]),
    );
  });

  it('documents what the server enforces: customer required, no pageSize cap of 25, optional fields nullable, validator parameters', () => {
    const { schemas } = document.components;
    const request = (schemas.FeedbackRequest.properties as Record<string, Schema>).data;
    expect(request.required).toEqual(expect.arrayContaining(['content', 'receivedAt', 'customer']));
    const pagination = (
      (schemas.FeedbackListResponse.properties as Record<string, Schema>).meta.properties as Record<
        string,
        Schema
      >
    ).pagination;
    expect(pagination.properties).toMatchObject({
      pageSize: { maximum: 100, minimum: 1 },
      pageCount: { minimum: 0 },
    });
    expect((schemas.Feedback.properties as Record<string, Schema>).resolvedAt).toMatchObject({
      type: 'string',
      nullable: true,
    });
    const impact = document.paths['/synergy/impact'].get as unknown as {
      parameters: Array<{ name: string; schema: Schema }>;
    };
    expect(impact.parameters.find((parameter) => parameter.name === 'window')?.schema).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 3650,
      default: 180,
    });
  });
});

describe('real answers match their documented schemas (ajv)', () => {
  it('a REST list with a populated relation', async () => {
    const res = await app
      .http()
      .get('/api/feedbacks?populate[customer][fields][0]=name&pagination[pageSize]=50')
      .set(bearer(fullAccess));
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toMatchObject({
      page: 1,
      pageSize: 50,
      pageCount: 1,
      total: 1,
    });
    expect(res.body.data[0].customer.name).toBe('某部装备保障中心');
    expectDocumented('/feedbacks', 'get', 200, res.body);
  });

  it('an analytics answer, read with a read-only API token', async () => {
    const res = await app
      .http()
      .get('/api/synergy/overview?from=2026-01-01&to=2026-11-01')
      .set(bearer(readOnly));
    expect(res.status).toBe(200);
    expect(res.body.data.current.feedback.total).toBe(1);
    expectDocumented('/synergy/overview', 'get', 200, res.body);
  });

  it('reviews with their history, read with a read-only API token', async () => {
    const strategy = await app.strapi
      .documents('api::strategy.strategy')
      .create({ data: { title: '文档审核方案', dimension: 'service' } as never });
    const admin = await createAdminSession(app.strapi, ['Super Admin']);
    const submitted = await app
      .http()
      .post('/synergy/reviews')
      .set(bearer(admin.token))
      .send({ contentType: 'api::strategy.strategy', documentId: strategy.documentId });
    expect(submitted.status).toBe(200);
    const res = await app
      .http()
      .get(`/api/synergy/reviews?documentId=${strategy.documentId}`)
      .set(bearer(readOnly));
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expectDocumented('/synergy/reviews', 'get', 200, res.body);
    const one = await app
      .http()
      .get(`/api/synergy/reviews/${res.body.data[0].id}`)
      .set(bearer(readOnly));
    expectDocumented('/synergy/reviews/{id}', 'get', 200, one.body);
    const bad = await app.http().get('/api/synergy/reviews?state=nope').set(bearer(readOnly));
    expectDocumented('/synergy/reviews', 'get', 400, bad.body);
  });

  it('a 400 that lists every missing required field at once, each named in details.errors', async () => {
    const res = await app
      .http()
      .post('/api/feedbacks')
      .set(bearer(fullAccess))
      .send({ data: { severity: 'low' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual(
      ['content', 'receivedAt', 'customer'],
    );
    expectDocumented('/feedbacks', 'post', 400, res.body);
  });
});

describe('the API as an integrator meets it', () => {
  it('a read-only API token reads the analytics and the customer 360, and still may not write', async () => {
    for (const path of [
      '/api/synergy/overview',
      '/api/synergy/data-quality',
      `/api/synergy/customers/${customerId}/health`,
      `/api/synergy/customers/${customerId}/360`,
    ]) {
      const res = await app.http().get(path).set(bearer(readOnly));
      expect([path, res.status]).toEqual([path, 200]);
    }
    const res = await app
      .http()
      .get(`/api/synergy/customers/${customerId}/360`)
      .set(bearer(readOnly));
    expect(res.body.data.customer.documentId).toBe(customerId);
    expectDocumented('/synergy/customers/{documentId}/360', 'get', 200, res.body);
    const write = await app
      .http()
      .post('/api/customers')
      .set(bearer(readOnly))
      .send({ data: { name: 'x', code: 'DOC-2' } });
    expect(write.status).toBe(403);
  });

  it('roles keep the analytics and 360 grants of the old action names (database migration)', async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    await permissions.create({
      data: { action: 'plugin::synergy.analytics.winLoss', role: role.id },
    });
    await permissions.create({
      data: { action: 'plugin::synergy.customer-360.find360', role: role.id },
    });
    const migration = (await import(
      path.join(
        app.strapi.dirs.app.root,
        'database/migrations/2026.12.03T00.00.00.synergy-read-actions.js',
      )
    )) as {
      up: (knex: Knex) => Promise<void>;
    };
    await migration.up(app.strapi.db.connection as unknown as Knex);
    const granted = (
      await permissions.findMany({
        where: { role: role.id, action: { $startsWith: 'plugin::synergy.' } },
      })
    ).map((permission: { action: string }) => permission.action);
    expect(granted.sort()).toEqual([
      'plugin::synergy.customer-360.findOne',
      'plugin::synergy.win-loss.find',
    ]);
  });

  it('a relation to a missing document names its field, as a 400 does', async () => {
    const res = await app
      .http()
      .post('/api/feedbacks')
      .set(bearer(fullAccess))
      .send({
        data: {
          customer: 'nosuchdocumentid00000000',
          content: 'x',
          receivedAt: '2026-10-12T02:30:00.000Z',
        },
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Document with id "nosuchdocumentid00000000", locale ".*" not found$/,
    );
    expect(res.body.error.details.errors).toEqual([
      { path: ['customer'], message: res.body.error.message, name: 'ValidationError' },
    ]);
  });

  it('a 403 for a classification above the caller clearance names the field', async () => {
    const res = await app
      .http()
      .post('/api/customers')
      .set(bearer(fullAccess))
      .send({ data: { name: '机密单位', code: 'DOC-3', classification: 'secret' } });
    expect(res.status).toBe(403);
    expect(res.body.error.details.errors).toEqual([
      { path: ['classification'], message: res.body.error.message, name: 'PolicyError' },
    ]);
    expectDocumented('/customers', 'post', 403, res.body);
  });
});
