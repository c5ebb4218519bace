import crypto from 'node:crypto';
import type { UID } from '@strapi/strapi';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createCustomRoleSession,
} from '../helpers/auth';
import { sampled } from '../helpers/sample';
import {
  CONTENT_TYPES,
  cmPath,
  contentType,
  createReferences,
  type ContentTypeCase,
  type References,
} from '../helpers/content-fixtures';

/**
 * A record above the caller's clearance is indistinguishable from one that does not exist, on
 * every write path (issue 13, holes 1, 3 and 6): relations connected, disconnected or set to it
 * in every input shape, on every relation of every CRM type, through REST and the content
 * manager; document actions, bulk actions and relation lists by its id; clones of it and clones
 * raised above the clearance. Each pair of answers — hidden record, missing record — must be the
 * same status and the same message (with the id itself put aside).
 */

let app: TestApp;
let refs: References;
/** A full-access API token: clearance internal (the plugin's default). */
let apiToken: Record<string, string>;
/** An admin of a role that may do everything in the content manager; no clearance record: internal. */
let editor: Record<string, string>;

const unique = () => crypto.randomBytes(4).toString('hex').toUpperCase();
/** A documentId that exists nowhere, in Strapi's own shape (a leading digit would make Strapi read it as an entity id). */
const missingDocumentId = () => `z${crypto.randomBytes(12).toString('hex').slice(0, 23)}`;
const MISSING_ENTITY_ID = 2_000_000_000;

interface Relation {
  type: ContentTypeCase;
  field: string;
  target: ContentTypeCase;
  many: boolean;
}

const ALL_RELATIONS: Relation[] = CONTENT_TYPES.flatMap((type) =>
  Object.entries(type.schema.attributes)
    .filter(
      ([, attribute]) => attribute.type === 'relation' && attribute.target?.startsWith('api::'),
    )
    .map(([field, attribute]) => ({
      type,
      field,
      target: contentType(attribute.target!.split('.')[1]),
      many: Boolean(attribute.relation?.endsWith('ToMany')),
    })),
);

const RELATIONS = sampled(
  'relations to hidden records',
  ALL_RELATIONS,
  (relation) => `${relation.type.singularName}.${relation.field}`,
);

const localeOptions = (type: ContentTypeCase) =>
  type.localized ? { locale: 'zh-Hans', status: 'published' as const } : {};

/** A record created without a request (no clearance applies), with every required relation. */
const createUnrestricted = async (type: ContentTypeCase, classification: string) => {
  const created = await app.strapi.documents(type.uid).create({
    data: { ...type.scalars(unique()), ...type.relations(refs), classification } as never,
    ...localeOptions(type),
  });
  const row = (await app.strapi.db
    .query(type.uid)
    .findOne({ where: { documentId: created.documentId }, select: ['id'] })) as { id: number };
  return { documentId: created.documentId as string, id: row.id };
};

interface Answer {
  status: number;
  message: string;
}

const answerOf = (res: { status: number; body: unknown }, idToHide: string | null): Answer => {
  const message = (res.body as { error?: { message?: string } })?.error?.message ?? '';
  return {
    status: res.status,
    message: idToHide === null ? message : message.split(idToHide).join('<id>'),
  };
};

type Shape = 'connect' | 'set' | 'disconnect' | 'shorthand' | 'entity id';
const SHAPES: Shape[] = ['connect', 'set', 'disconnect', 'shorthand', 'entity id'];

const relationInput = (
  relation: Relation,
  shape: Shape,
  target: { documentId: string; id: number },
) => {
  switch (shape) {
    case 'connect':
      return { connect: [target.documentId] };
    case 'set':
      return { set: [target.documentId] };
    case 'disconnect':
      return { disconnect: [target.documentId] };
    case 'shorthand':
      return relation.many ? [target.documentId] : target.documentId;
    case 'entity id':
      return { connect: [{ id: target.id }] };
  }
};

/** The id Strapi names in its answer for this shape: a documentId; none for an entity id (only a count). */
const shownId = (shape: Shape, target: { documentId: string; id: number }) =>
  shape === 'entity id' ? null : target.documentId;

const restCreateBody = (relation: Relation, value: unknown) => ({
  data: {
    ...relation.type.scalars(unique()),
    ...relation.type.relations(refs),
    [relation.field]: value,
  },
});

const restPath = (type: ContentTypeCase, documentId?: string) =>
  `/api/${type.pluralName}${documentId ? `/${documentId}` : ''}${type.draftAndPublish ? '?status=draft' : ''}${type.localized ? `${type.draftAndPublish ? '&' : '?'}locale=zh-Hans` : ''}`;

const linkedDocumentIds = async (
  uid: UID.ContentType,
  documentId: string,
  field: string,
): Promise<string[]> => {
  const rows = (await app.strapi.db.query(uid).findMany({
    where: { documentId },
    populate: { [field]: { select: ['documentId'] } },
  })) as Array<Record<string, unknown>>;
  return rows.flatMap((row) => {
    const value = row[field];
    const list = Array.isArray(value) ? value : value ? [value] : [];
    return list.map((item: { documentId: string }) => item.documentId);
  });
};

beforeAll(async () => {
  app = await setupStrapi();
  refs = await createReferences(app.strapi, unique());
  apiToken = bearer(await createApiToken(app.strapi, 'full-access'));
  const crmUids = CONTENT_TYPES.map((type) => type.uid);
  const actions = ['create', 'read', 'update', 'delete', 'publish'].map(
    (verb) => `plugin::content-manager.explorer.${verb}`,
  );
  editor = bearer(
    (
      await createCustomRoleSession(
        app.strapi,
        actions.flatMap((action) =>
          crmUids
            .filter(
              (uid) =>
                action.endsWith('publish') === false ||
                contentType(uid.split('.')[1]).draftAndPublish,
            )
            .map((subject) => ({ action, subject })),
        ),
      )
    ).token,
  );
}, 300_000);

afterAll(async () => {
  await app?.teardown();
});

describe.each(
  RELATIONS.map(
    (relation) => [`${relation.type.singularName}.${relation.field}`, relation] as const,
  ),
)('relation %s to a record above the clearance', (_name, relation) => {
  let hidden: { documentId: string; id: number };
  let visible: { documentId: string; id: number };
  let source: { documentId: string; id: number };
  const missing = () => ({ documentId: missingDocumentId(), id: MISSING_ENTITY_ID });

  beforeAll(async () => {
    hidden = await createUnrestricted(relation.target, 'confidential');
    visible = await createUnrestricted(relation.target, 'public');
    source = await createUnrestricted(relation.type, 'internal');
  });

  it.each(SHAPES)(
    'REST create and update with %s answer as for a missing record, and change nothing',
    async (shape) => {
      const rowsBefore = await app.strapi.db.query(relation.type.uid).count();
      const absent = missing();
      const send = (method: 'post' | 'put', target: { documentId: string; id: number }) => {
        const value = relationInput(relation, shape, target);
        const body =
          method === 'post'
            ? restCreateBody(relation, value)
            : { data: { [relation.field]: value } };
        const client = app.http();
        return client[method](
          restPath(relation.type, method === 'put' ? source.documentId : undefined),
        )
          .set(apiToken)
          .send(body);
      };
      for (const method of ['post', 'put'] as const) {
        const forHidden = answerOf(await send(method, hidden), shownId(shape, hidden));
        const forMissing = answerOf(await send(method, absent), shownId(shape, absent));
        expect({ method, ...forHidden }).toEqual({ method, ...forMissing });
      }
      if (shape !== 'disconnect') {
        expect(await app.strapi.db.query(relation.type.uid).count()).toBe(rowsBefore);
      }
      expect(
        await linkedDocumentIds(relation.type.uid, source.documentId, relation.field),
      ).not.toContain(hidden.documentId);
    },
  );

  it('REST connect of a visible record of the same type is written (the control)', async () => {
    const res = await app
      .http()
      .put(restPath(relation.type, source.documentId))
      .set(apiToken)
      .send({ data: { [relation.field]: relationInput(relation, 'connect', visible) } });
    expect(res.status).toBe(200);
    expect(await linkedDocumentIds(relation.type.uid, source.documentId, relation.field)).toContain(
      visible.documentId,
    );
  });

  it('the content manager answers a connect as for a missing record, on create and update', async () => {
    const absent = missing();
    const connect = (target: { documentId: string }) => ({
      [relation.field]: { connect: [{ documentId: target.documentId }] },
    });
    const locale = relation.type.localized ? '?locale=zh-Hans' : '';
    const create = (target: { documentId: string }) =>
      app
        .http()
        .post(`${cmPath(relation.type.uid)}${locale}`)
        .set(editor)
        .send({
          ...relation.type.scalars(unique()),
          ...cmRelations(relation.type),
          ...connect(target),
        });
    const update = (target: { documentId: string }) =>
      app
        .http()
        .put(`${cmPath(relation.type.uid)}/${source.documentId}${locale}`)
        .set(editor)
        .send(connect(target));
    expect(answerOf(await create(hidden), hidden.documentId)).toEqual(
      answerOf(await create(absent), absent.documentId),
    );
    expect(answerOf(await update(hidden), hidden.documentId)).toEqual(
      answerOf(await update(absent), absent.documentId),
    );
    expect(
      await linkedDocumentIds(relation.type.uid, source.documentId, relation.field),
    ).not.toContain(hidden.documentId);
  });
});

/** Required relations as the content manager sends them. */
const cmRelations = (type: ContentTypeCase) =>
  Object.fromEntries(
    Object.entries(type.relations(refs)).map(([field, value]) => [
      field,
      { connect: (Array.isArray(value) ? value : [value]).map((documentId) => ({ documentId })) },
    ]),
  );

describe('document actions on a record above the clearance answer as for a missing one', () => {
  const customer = contentType('customer');
  let hidden: string;

  beforeAll(async () => {
    hidden = (await createUnrestricted(customer, 'secret')).documentId;
  });

  it.each([
    ['REST findOne', 'get', (id: string) => `/api/customers/${id}`, undefined],
    ['REST update', 'put', (id: string) => `/api/customers/${id}`, { data: { notes: 'x' } }],
    ['REST delete', 'delete', (id: string) => `/api/customers/${id}`, undefined],
  ] as const)('%s', async (_name, method, path, body) => {
    const absent = missingDocumentId();
    const call = (id: string) => app.http()[method](path(id)).set(apiToken).send(body);
    const forHidden = answerOf(await call(hidden), hidden);
    expect(forHidden).toEqual(answerOf(await call(absent), absent));
    expect(forHidden.status).toBe(404);
    expect(await app.strapi.db.query(customer.uid).count({ where: { documentId: hidden } })).toBe(
      1,
    );
  });

  it.each([
    ['findOne', 'get', (id: string) => `${cmPath(customer.uid)}/${id}`, undefined],
    ['update', 'put', (id: string) => `${cmPath(customer.uid)}/${id}`, { notes: 'x' }],
    ['delete', 'delete', (id: string) => `${cmPath(customer.uid)}/${id}`, undefined],
    [
      'clone',
      'post',
      (id: string) => `${cmPath(customer.uid)}/clone/${id}`,
      { code: `CLONE-${unique()}` },
    ],
    ['auto-clone', 'post', (id: string) => `${cmPath(customer.uid)}/auto-clone/${id}`, {}],
    [
      'existing relations',
      'get',
      (id: string) => `/content-manager/relations/${customer.uid}/${id}/contacts`,
      undefined,
    ],
    [
      'relation picker for the record',
      'get',
      (id: string) => `/content-manager/relations/${customer.uid}/contacts?id=${id}`,
      undefined,
    ],
    ['bulk delete', 'post', () => `${cmPath(customer.uid)}/actions/bulkDelete`, 'ids'],
  ] as const)('content manager %s', async (_name, method, path, body) => {
    const absent = missingDocumentId();
    const call = (id: string) => {
      const client = app.http();
      return client[method](path(id))
        .set(editor)
        .send(body === 'ids' ? { documentIds: [id] } : body);
    };
    const forHidden = answerOf(await call(hidden), hidden);
    expect(forHidden).toEqual(answerOf(await call(absent), absent));
    expect(forHidden.status).toBeGreaterThanOrEqual(400);
    expect(await app.strapi.db.query(customer.uid).count({ where: { documentId: hidden } })).toBe(
      1,
    );
    expect(
      await app.strapi.db.query(customer.uid).count({ where: { code: { $startsWith: 'CLONE-' } } }),
    ).toBe(0);
  });
});

describe('a clone passes the rules of a create', () => {
  const customer = contentType('customer');
  let accountManager: Record<string, string>;
  let own: string;

  beforeAll(async () => {
    accountManager = bearer((await createAdminSession(app.strapi, ['Account Manager'])).token);
    own = (await createUnrestricted(customer, 'internal')).documentId;
  });

  it('a clone raised above the clearance is refused with 403 and creates nothing', async () => {
    const before = await app.strapi.db.query(customer.uid).count();
    const res = await app
      .http()
      .post(`${cmPath(customer.uid)}/clone/${own}`)
      .set(accountManager)
      .send({ classification: 'secret', code: `CL-${unique()}` });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/above your clearance/);
    expect(await app.strapi.db.query(customer.uid).count()).toBe(before);
  });

  it('an auto-clone keeps the level of its source', async () => {
    const contact = contentType('contact');
    const source = (await createUnrestricted(contact, 'internal')).documentId;
    const res = await app
      .http()
      .post(`${cmPath(contact.uid)}/auto-clone/${source}`)
      .set(accountManager)
      .send({});
    expect(res.status).toBe(200);
    const clone = await app.strapi.db
      .query(contact.uid)
      .findOne({ where: { documentId: res.body.data.documentId }, select: ['classification'] });
    expect(clone.classification).toBe('internal');
  });

  it('a clone within the clearance is created', async () => {
    const code = `CL-${unique()}`;
    const res = await app
      .http()
      .post(`${cmPath(customer.uid)}/clone/${own}`)
      .set(accountManager)
      .send({ code, classification: 'internal' });
    expect(res.status).toBe(200);
    expect(
      await app.strapi.db
        .query(customer.uid)
        .count({ where: { code, classification: 'internal' } }),
    ).toBe(1);
  });

  it('a clone breaking a business rule is refused with 400 naming the field', async () => {
    const opportunity = contentType('opportunity');
    const source = (await createUnrestricted(opportunity, 'internal')).documentId;
    const before = await app.strapi.db.query(opportunity.uid).count();
    // SPEC §2: a won or lost opportunity has its closing date (the source is lost).
    const res = await app
      .http()
      .post(`${cmPath(opportunity.uid)}/clone/${source}`)
      .set(editor)
      .send({ closedAt: null });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/closedAt/);
    expect(await app.strapi.db.query(opportunity.uid).count()).toBe(before);
  });
});

describe('a unique code held by a hidden record', () => {
  it('answers as a clash with a visible record, naming no record', async () => {
    const customer = contentType('customer');
    const hiddenCode = `HID-${unique()}`;
    const visibleCode = `VIS-${unique()}`;
    await app.strapi
      .documents(customer.uid)
      .create({ data: { name: '隐藏单位', code: hiddenCode, classification: 'secret' } as never });
    await app.strapi
      .documents(customer.uid)
      .create({ data: { name: '可见单位', code: visibleCode, classification: 'public' } as never });
    const post = (code: string) =>
      app
        .http()
        .post('/api/customers')
        .set(apiToken)
        .send({ data: { name: `新单位 ${unique()}`, code } });
    const forHidden = answerOf(await post(hiddenCode), hiddenCode);
    expect(forHidden).toEqual(answerOf(await post(visibleCode), visibleCode));
    expect(forHidden.status).toBe(400);
    expect(forHidden.message).not.toMatch(/隐藏单位/);
  });
});

describe('a set of a to-many relation', () => {
  it.each([
    ['set', (visible: string) => ({ set: [visible] })],
    ['array', (visible: string) => [visible]],
    ['empty array', () => []],
  ] as const)(
    '(%s) keeps the links to records above the clearance, which the caller cannot name',
    async (_name, input) => {
      const customer = contentType('customer');
      const contact = contentType('contact');
      const hiddenContact = await createUnrestricted(contact, 'confidential');
      const visibleContact = await createUnrestricted(contact, 'public');
      const own = await app.strapi.documents(customer.uid).create({
        data: {
          ...customer.scalars(unique()),
          classification: 'internal',
          contacts: [hiddenContact.documentId],
        } as never,
      });

      const res = await app
        .http()
        .put(`/api/customers/${own.documentId}`)
        .set(apiToken)
        .send({ data: { contacts: input(visibleContact.documentId) } });
      expect(res.status).toBe(200);
      const linked = await linkedDocumentIds(customer.uid, own.documentId, 'contacts');
      expect(linked).toContain(hiddenContact.documentId);
      expect(linked.includes(visibleContact.documentId)).toBe(_name !== 'empty array');
    },
  );
});
