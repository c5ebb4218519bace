import crypto from 'node:crypto';
import type { Response } from 'supertest';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken } from '../helpers/auth';
import {
  CONTENT_TYPES,
  cmPath,
  contentManagerRelations,
  contentType,
  countRows,
  createReferences,
  normalized,
  restRelations,
  type ContentTypeCase,
  type References,
  type RelationValue,
} from '../helpers/content-fixtures';

/**
 * Writes that break the model or a business rule of SPEC §2 are refused with a 400 that names
 * the field, and store nothing, through both the REST API and the admin content manager.
 */

let app: TestApp;
let token: string;
let admin: string;
let refs: References;

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi, 'full-access');
  admin = (await createAdminSession(app.strapi, ['Super Admin'])).token;
  refs = await createReferences(app.strapi, 'VAL');
});

afterAll(async () => {
  await app?.teardown();
});

const unique = () => crypto.randomBytes(3).toString('hex').toUpperCase();

interface WritePath {
  name: string;
  create: (
    c: ContentTypeCase,
    values: Record<string, unknown>,
    relations: Record<string, RelationValue>,
  ) => Promise<Response>;
  update: (
    c: ContentTypeCase,
    documentId: string,
    values: Record<string, unknown>,
  ) => Promise<Response>;
  /** Relation input that empties a relation holding `documentId`. */
  disconnect: (documentId: string) => unknown;
}

/** REST writes of Draft & Publish types go to the draft: publishing needs an approved review (SPEC §3). */
const draftQuery = (c: ContentTypeCase) => (c.draftAndPublish ? '?status=draft' : '');

const REST: WritePath = {
  name: 'REST',
  create: (c, values, relations) =>
    app
      .http()
      .post(`/api/${c.pluralName}${draftQuery(c)}`)
      .set(bearer(token))
      .send({ data: { ...values, ...restRelations(relations) } }),
  update: (c, documentId, values) =>
    app
      .http()
      .put(`/api/${c.pluralName}/${documentId}${draftQuery(c)}`)
      .set(bearer(token))
      .send({ data: values }),
  disconnect: (documentId) => ({ disconnect: [documentId] }),
};

const localeQuery = (c: ContentTypeCase) => (c.localized ? '?locale=zh-Hans' : '');

const CONTENT_MANAGER: WritePath = {
  name: 'content manager',
  create: (c, values, relations) =>
    app
      .http()
      .post(`${cmPath(c.uid)}${localeQuery(c)}`)
      .set(bearer(admin))
      .send({ ...values, ...contentManagerRelations(relations) }),
  update: (c, documentId, values) =>
    app
      .http()
      .put(`${cmPath(c.uid)}/${documentId}${localeQuery(c)}`)
      .set(bearer(admin))
      .send(values),
  disconnect: (documentId) => ({ disconnect: [{ documentId }] }),
};

const PATHS = [[REST.name, REST] as const, [CONTENT_MANAGER.name, CONTENT_MANAGER] as const];

/** A 400 ValidationError whose message and details both name the field (a path such as needs.0.category). */
const expectRejected = (res: Response, field: string) => {
  expect({ status: res.status, name: res.body?.error?.name }).toEqual({
    status: 400,
    name: 'ValidationError',
  });
  const leaf = field.split('.').pop() as string;
  expect(res.body.error.message).toContain(leaf);
  const paths = (res.body.error.details.errors as Array<{ path: Array<string | number> }>).map(
    (error) => error.path.join('.'),
  );
  expect(paths).toContain(field);
};

/** A valid payload of a type, optionally changed. */
const payload = (
  c: ContentTypeCase,
  overrides: Record<string, unknown> = {},
  dropRelations: string[] = [],
) => {
  const values = { ...c.scalars(unique()), ...overrides };
  const relations = Object.fromEntries(
    Object.entries(c.relations(refs)).filter(([field]) => !dropRelations.includes(field)),
  );
  return { values, relations };
};

/** Creates through the path and asserts a 400 naming the field with nothing stored. */
const expectCreateRefused = async (
  path: WritePath,
  c: ContentTypeCase,
  field: string,
  overrides: Record<string, unknown>,
  dropRelations: string[] = [],
) => {
  const before = await countRows(app.strapi, c.uid);
  const { values, relations } = payload(c, overrides, dropRelations);
  const res = await path.create(c, values, relations);
  expectRejected(res, field);
  expect(await countRows(app.strapi, c.uid)).toBe(before);
};

/** A stored, valid record created through the document service. */
const storedRecord = async (c: ContentTypeCase) => {
  const created = await app.strapi.documents(c.uid).create({
    data: { ...c.scalars(unique()), ...c.relations(refs) } as never,
    ...(c.localized ? { locale: 'zh-Hans' } : {}),
  });
  return created.documentId as string;
};

const readStored = async (c: ContentTypeCase, documentId: string, populate: string[] = []) =>
  normalized(
    JSON.parse(
      JSON.stringify(
        await app.strapi.documents(c.uid).findOne({ documentId, populate: populate as never }),
      ),
    ),
  ) as Record<string, unknown>;

const rule = (c: string, field: string, overrides: Record<string, unknown>) => ({
  type: c,
  field,
  overrides,
});

/** Business rules on create: each case breaks one rule of a valid payload. */
const CREATE_RULES = [
  rule('feedback', 'respondedAt', { respondedAt: '2026-01-31T00:00:00.000Z' }),
  rule('feedback', 'resolvedAt', { resolvedAt: '2026-01-31T23:59:59.000Z' }),
  rule('service-ticket', 'acknowledgedAt', { acknowledgedAt: '2026-02-02T23:00:00.000Z' }),
  rule('service-ticket', 'resolvedAt', { resolvedAt: '2026-02-02T00:00:00.000Z' }),
  rule('strategy', 'endDate', { endDate: '2025-12-31' }),
  rule('campaign', 'endDate', { endDate: '2026-08-31' }),
  rule('competitor', 'domains', { domains: ['radar', 'tanks'] }),
  rule('competitor', 'domains', { domains: 'radar' }),
].map(
  ({ type, field, overrides }) =>
    [`${type}: ${field} (${JSON.stringify(overrides)})`, type, field, overrides, []] as const,
);

const OPPORTUNITY_RULES = [
  [
    'opportunity: closedAt is required once won',
    'opportunity',
    'closedAt',
    { stage: 'won', closedAt: null },
    ['winner'],
  ],
  [
    'opportunity: closedAt is required once lost',
    'opportunity',
    'closedAt',
    { stage: 'lost', closedAt: null },
    [],
  ],
  [
    'opportunity: closedAt is required once abandoned',
    'opportunity',
    'closedAt',
    { stage: 'abandoned', closedAt: null },
    ['winner'],
  ],
  ['opportunity: winner only when lost', 'opportunity', 'winner', { stage: 'won' }, []],
  [
    'opportunity: winner only when lost (open stage)',
    'opportunity',
    'winner',
    { stage: 'bidding', closedAt: null },
    [],
  ],
] as const;

/** Relations that SPEC §2 marks required. */
const REQUIRED_RELATIONS = [
  ['contact', 'customer'],
  ['interaction', 'customer'],
  ['feedback', 'customer'],
  ['service-ticket', 'customer'],
  ['survey-response', 'customer'],
  ['competitor-offering', 'competitor'],
  ['opportunity', 'customer'],
] as const;

describe.each(PATHS)('business rules through %s', (_name, path) => {
  it.each([...CREATE_RULES, ...OPPORTUNITY_RULES])(
    'create refused: %s',
    async (_label, type, field, overrides, drop) => {
      await expectCreateRefused(path, contentType(type), field, overrides, [...drop]);
    },
  );

  it.each(REQUIRED_RELATIONS)('create refused: %s without its required %s', async (type, field) => {
    await expectCreateRefused(path, contentType(type), field, {}, [field]);
  });

  it.each(REQUIRED_RELATIONS)('update refused: %s losing its required %s', async (type, field) => {
    const c = contentType(type);
    const documentId = await storedRecord(c);
    const target = c.relations(refs)[field] as string;
    const res = await path.update(c, documentId, { [field]: path.disconnect(target) });
    expectRejected(res, field);
    expect(
      ((await readStored(c, documentId, [field]))[field] as { documentId: string }).documentId,
    ).toBe(target);
  });

  /** Updates sending one side of a comparison: the stored other side is what it is compared with. */
  const UPDATE_RULES = [
    ['feedback', 'resolvedAt', { resolvedAt: '2026-01-20T00:00:00.000Z' }],
    ['feedback', 'respondedAt', { respondedAt: '2026-01-20T00:00:00.000Z' }],
    ['feedback', 'resolvedAt', { receivedAt: '2026-03-01T00:00:00.000Z' }],
    ['service-ticket', 'acknowledgedAt', { acknowledgedAt: '2026-02-01T00:00:00.000Z' }],
    ['service-ticket', 'resolvedAt', { resolvedAt: '2026-02-01T00:00:00.000Z' }],
    ['service-ticket', 'acknowledgedAt', { openedAt: '2026-03-01T00:00:00.000Z' }],
    ['strategy', 'endDate', { endDate: '2025-06-01' }],
    ['strategy', 'endDate', { startDate: '2027-01-01' }],
    ['campaign', 'endDate', { endDate: '2026-08-01' }],
    ['campaign', 'endDate', { startDate: '2026-12-01' }],
    ['opportunity', 'winner', { stage: 'won' }],
    ['opportunity', 'closedAt', { closedAt: null }],
    ['competitor', 'domains', { domains: ['missiles'] }],
  ] as const;

  it.each(UPDATE_RULES)(
    'update refused: %s names %s when only %j is sent, and keeps the stored values',
    async (type, field, sent) => {
      const c = contentType(type);
      const documentId = await storedRecord(c);
      const before = await readStored(c, documentId);
      const res = await path.update(c, documentId, { ...sent });
      expectRejected(res, field);
      const after = await readStored(c, documentId);
      for (const key of Object.keys(sent))
        expect({ [key]: after[key] }).toEqual({ [key]: before[key] });
    },
  );

  it('an update that keeps the rules is accepted (feedback resolved after it was received)', async () => {
    const c = contentType('feedback');
    const documentId = await storedRecord(c);
    const res = await path.update(c, documentId, { resolvedAt: '2026-02-20T00:00:00.000Z' });
    expect(res.status).toBe(200);
    expect((await readStored(c, documentId)).resolvedAt).toBe('2026-02-20T00:00:00.000Z');
  });
});

describe.each(PATHS)('strategy status moves only through the workflow (%s)', (_name, path) => {
  const c = contentType('strategy');
  const withStatus = async (status: string) => {
    const documentId = await storedRecord(c);
    // Placed directly in the database: the workflow is what sets approved.
    await app.strapi.db.query(c.uid).update({ where: { documentId }, data: { status } });
    return documentId;
  };
  /** Approved and active need an approved review (SPEC §3 gate): a 403 that names the missing review. */
  const expectGateRefused = (res: Response, to: string) => {
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      new RegExp(`status to ${to} needs an approved "Strategy approval" review`),
    );
  };

  it.each(['approved', 'active'])(
    'a strategy cannot be created as %s without an approved review',
    async (status) => {
      const before = await countRows(app.strapi, c.uid);
      const { values, relations } = payload(c, { status });
      expectGateRefused(await path.create(c, values, relations), status);
      expect(await countRows(app.strapi, c.uid)).toBe(before);
    },
  );

  it.each(['completed', 'retired'])('a strategy cannot be created as %s', async (status) => {
    await expectCreateRefused(path, c, 'status', { status });
  });

  it.each([
    ['draft', 'approved'],
    ['in_review', 'approved'],
    ['draft', 'active'],
    ['in_review', 'active'],
    ['completed', 'active'],
  ])('from %s, status cannot be set to %s without an approved review', async (from, to) => {
    const documentId = await withStatus(from);
    expectGateRefused(await path.update(c, documentId, { status: to }), to);
    expect((await readStored(c, documentId)).status).toBe(from);
  });

  it.each([
    ['draft', 'completed'],
    ['approved', 'completed'],
    ['draft', 'retired'],
    ['approved', 'retired'],
  ])('from %s, status cannot be set to %s', async (from, to) => {
    const documentId = await withStatus(from);
    const res = await path.update(c, documentId, { status: to });
    expectRejected(res, 'status');
    expect(res.body.error.message).toMatch(new RegExp(`only become ${to} from`));
    expect((await readStored(c, documentId)).status).toBe(from);
  });

  it.each([
    ['active', 'completed'],
    ['active', 'retired'],
  ])('from %s, status may be set to %s', async (from, to) => {
    const documentId = await withStatus(from);
    const res = await path.update(c, documentId, { status: to });
    expect(res.status).toBe(200);
    expect((await readStored(c, documentId)).status).toBe(to);
  });
});

/** Enumeration attributes of every type, read from its schema. */
const ENUMERATIONS = CONTENT_TYPES.flatMap((c) =>
  Object.entries(c.schema.attributes)
    .filter(([, attribute]) => attribute.type === 'enumeration')
    .map(([field]) => [c.singularName, field] as const),
);

/** Enumerations inside components, with the path the error names. */
const COMPONENT_ENUMERATIONS = [
  ['customer', 'needs.0.category', { needs: [{ title: '需求', category: 'weather' }] }],
  ['customer', 'needs.0.priority', { needs: [{ title: '需求', priority: 'urgent' }] }],
  ['competitor', 'sources.0.reliability', { sources: [{ title: '来源', reliability: 'Z' }] }],
  ['opportunity', 'reasons.0.category', { reasons: [{ category: 'luck' }] }],
] as const;

/** Number attributes with a range in their schema: the bounds are accepted, one step outside is not. */
const RANGES = CONTENT_TYPES.flatMap((c) =>
  Object.entries(c.schema.attributes)
    .filter(
      ([, attribute]) =>
        ['integer', 'decimal'].includes(attribute.type) &&
        (attribute.min !== undefined || attribute.max !== undefined),
    )
    .flatMap(([field, attribute]) => {
      const step = attribute.type === 'integer' ? 1 : 0.5;
      return [
        ...(attribute.min !== undefined
          ? [[c.singularName, field, attribute.min, attribute.min - step] as const]
          : []),
        ...(attribute.max !== undefined
          ? [[c.singularName, field, attribute.max, attribute.max + step] as const]
          : []),
      ];
    }),
);

const INTEGER_FIELDS = CONTENT_TYPES.flatMap((c) =>
  Object.entries(c.schema.attributes)
    .filter(([, attribute]) => attribute.type === 'integer')
    .map(([field]) => [c.singularName, field] as const),
);

/** Required plain attributes without a default. */
const REQUIRED_FIELDS = CONTENT_TYPES.flatMap((c) =>
  Object.entries(c.schema.attributes)
    .filter(
      ([, attribute]) =>
        attribute.required && attribute.default === undefined && attribute.type !== 'relation',
    )
    .map(([field]) => [c.singularName, field] as const),
);

describe.each(PATHS)('model validation through %s', (name, path) => {
  const enumerations = ENUMERATIONS;

  it.each(enumerations)(
    '%s: a value outside the %s enumeration is refused',
    async (type, field) => {
      // A winner is only valid on a lost opportunity: leave it out so the stage is the only fault.
      const drop = type === 'opportunity' && field === 'stage' ? ['winner'] : [];
      await expectCreateRefused(path, contentType(type), field, { [field]: 'not_a_value' }, drop);
    },
  );

  it.each(COMPONENT_ENUMERATIONS)(
    '%s: a component value outside the %s enumeration is refused',
    async (type, field, overrides) => {
      await expectCreateRefused(path, contentType(type), field, overrides);
    },
  );

  it.each(RANGES)('%s.%s: %p is accepted, %p is refused', async (type, field, bound, outside) => {
    const c = contentType(type);
    const { values, relations } = payload(c, { [field]: bound });
    const accepted = await path.create(c, values, relations);
    expect(accepted.status).toBe(201);
    expect(Number(accepted.body.data[field])).toBe(bound);
    await expectCreateRefused(path, c, field, { [field]: outside });
  });

  it.each(INTEGER_FIELDS)('%s.%s: a fraction is refused', async (type, field) => {
    await expectCreateRefused(path, contentType(type), field, { [field]: 2.5 });
  });

  // Drafts of a Draft & Publish type may lack required fields: brand materials are checked at publication below.
  const required = REQUIRED_FIELDS.filter(([type]) => !contentType(type).draftAndPublish);

  it.each(required)('%s: a record without %s is refused', async (type, field) => {
    await expectCreateRefused(path, contentType(type), field, { [field]: undefined });
  });

  it.each(required)('%s: %s cannot be emptied by an update', async (type, field) => {
    const c = contentType(type);
    const documentId = await storedRecord(c);
    const res = await path.update(c, documentId, { [field]: null });
    expectRejected(res, field);
    expect((await readStored(c, documentId))[field]).not.toBeNull();
  });

  it('a duplicate unique customer code is refused, the details naming code', async () => {
    const c = contentType('customer');
    const existing = await readStored(c, await storedRecord(c));
    const before = await countRows(app.strapi, c.uid);
    const { values, relations } = payload(c, { code: existing.code });
    const res = await path.create(c, values, relations);
    expect(res.status).toBe(400);
    // Strapi's own unique check: "This attribute must be unique", the field only in details.
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['code'], message: 'This attribute must be unique' }),
    ]);
    expect(await countRows(app.strapi, c.uid)).toBe(before);
  });

  if (name === 'REST') {
    it.each(CONTENT_TYPES.map((c) => [c.pluralName, c] as const))(
      '/api/%s refuses an unknown field with 400 "Invalid key"',
      async (_p, c) => {
        const before = await countRows(app.strapi, c.uid);
        const { values, relations } = payload(c, { bogusField: 'x' });
        const res = await path.create(c, values, relations);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({
          name: 'ValidationError',
          message: 'Invalid key bogusField',
          details: { key: 'bogusField' },
        });
        expect(await countRows(app.strapi, c.uid)).toBe(before);
      },
    );
  } else {
    // The content manager drops unknown fields silently (as Strapi's edit view may send extra keys): nothing of them is stored.
    it.each(CONTENT_TYPES.map((c) => [c.uid, c] as const))(
      '%s drops an unknown field without storing it',
      async (_uid, c) => {
        const { values, relations } = payload(c, { bogusField: 'x' });
        const res = await path.create(c, values, relations);
        expect(res.status).toBe(201);
        expect(res.body.data).not.toHaveProperty('bogusField');
        const row = await app.strapi.db
          .query(c.uid)
          .findOne({ where: { documentId: res.body.data.documentId } });
        expect(row).not.toHaveProperty('bogusField');
        expect(row).not.toHaveProperty('bogus_field');
      },
    );
  }
});

describe('brand materials: required fields are checked when publishing', () => {
  const c = contentType('brand-material');

  it('the content manager keeps a draft without a title but refuses to publish it, naming title', async () => {
    const created = await app
      .http()
      .post(`${cmPath(c.uid)}?locale=zh-Hans`)
      .set(bearer(admin))
      .send({ kind: 'brochure' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ title: null, status: 'draft' });
    // Approved, so that the publish gate (SPEC §3) lets the request reach the publication checks.
    const workflow = await app.strapi.plugin('synergy').service('workflows').forContentType(c.uid);
    await app.strapi.db.query('plugin::synergy.review').create({
      data: {
        contentType: c.uid,
        targetDocumentId: created.body.data.documentId,
        workflowId: workflow.id,
        state: 'approved',
        stageIndex: 2,
        round: 1,
        version: 3,
      },
    });
    const publish = await app
      .http()
      .post(`${cmPath(c.uid)}/${created.body.data.documentId}/actions/publish?locale=zh-Hans`)
      .set(bearer(admin))
      .send({});
    expectRejected(publish, 'title');
    const rows = await app.strapi.db
      .query(c.uid)
      .findMany({ where: { documentId: created.body.data.documentId } });
    expect(rows.map((row: { publishedAt: string | null }) => row.publishedAt)).toEqual([null]);
  });
});
