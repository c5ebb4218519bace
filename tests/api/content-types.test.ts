import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken } from '../helpers/auth';
import {
  CONTENT_TYPES,
  cmPath,
  contentManagerRelations,
  contentType,
  countRows,
  createReferences,
  documentIdsOf,
  normalized,
  restRelations,
  withoutIds,
  type ContentTypeCase,
  type References,
  type RelationValue,
  approveReviewDirectly,
} from '../helpers/content-fixtures';

/**
 * Every CRM content type of SPEC §2 round-trips through the REST API (full-access API token) and
 * the admin content manager (Super Admin), with its relations and components; the declared
 * indexes exist in the database.
 */

let app: TestApp;
let token: string;
let admin: string;
let refs: References;

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi, 'full-access');
  admin = (await createAdminSession(app.strapi, ['Super Admin'])).token;
  refs = await createReferences(app.strapi, 'CT');
});

afterAll(async () => {
  await app?.teardown();
});

const unique = () => crypto.randomBytes(3).toString('hex').toUpperCase();

const componentFields = (c: ContentTypeCase) =>
  Object.entries(c.schema.attributes)
    .filter(([, attribute]) => attribute.type === 'component')
    .map(([name]) => name);

/** The plain (non-component) values of a payload. */
const plainValues = (c: ContentTypeCase, values: Record<string, unknown>) => {
  const components = componentFields(c);
  return Object.fromEntries(
    Object.entries(values).filter(([field]) => !components.includes(field)),
  );
};

/** Asserts that a record read back holds what was written: plain values, components and relations. */
const expectStored = (
  c: ContentTypeCase,
  record: Record<string, unknown>,
  values: Record<string, unknown>,
  relations: Record<string, RelationValue>,
) => {
  expect(normalized(record)).toMatchObject(
    normalized(plainValues(c, values)) as Record<string, unknown>,
  );
  for (const field of componentFields(c)) {
    if (field in values)
      expect(normalized(withoutIds(record[field]))).toEqual(normalized(values[field]));
  }
  for (const [field, value] of Object.entries(relations)) {
    expect({ field, documentIds: documentIdsOf(record[field]) }).toEqual({
      field,
      documentIds: [value].flat().sort(),
    });
  }
};

const listRelations = (relations: Record<string, RelationValue>) =>
  Object.keys(relations).filter((field) => Array.isArray(relations[field]));

describe.each(CONTENT_TYPES.map((c) => [c.pluralName, c] as const))(
  'REST /api/%s with a full-access API token',
  (pluralName, c) => {
    const base = `/api/${pluralName}`;
    const rest = () => ({ ...bearer(token) });
    // Draft & Publish types are written and read as drafts: publishing needs an approved review (SPEC §3).
    const draft = c.draftAndPublish ? 'status=draft' : '';
    const withDraft = (url: string) =>
      draft ? `${url}${url.includes('?') ? '&' : '?'}${draft}` : url;

    it('creates, finds, updates and deletes a record, round-tripping values, relations (connect by documentId) and components', async () => {
      const n = unique();
      const values = c.scalars(n);
      const relations = c.relations(refs);
      const before = await countRows(app.strapi, c.uid);

      const created = await app
        .http()
        .post(withDraft(base))
        .set(rest())
        .send({ data: { ...values, ...restRelations(relations) } });
      expect(created.status).toBe(201);
      const { documentId } = created.body.data;
      expect(normalized(created.body.data)).toMatchObject(
        normalized(plainValues(c, values)) as Record<string, unknown>,
      );
      if (c.localized) expect(created.body.data.locale).toBe('zh-Hans');

      const one = await app
        .http()
        .get(withDraft(`${base}/${documentId}?populate=*`))
        .set(rest());
      expect(one.status).toBe(200);
      expectStored(c, one.body.data, values, relations);

      const list = await app
        .http()
        .get(withDraft(`${base}?filters[documentId][$eq]=${documentId}&populate=*`))
        .set(rest());
      expect(list.status).toBe(200);
      expect(list.body.meta.pagination.total).toBe(1);
      expectStored(c, list.body.data[0], values, relations);

      // Update: new values, list relations emptied with `set`, single relations left as they were.
      const changes = c.update(n);
      const cleared = listRelations(relations);
      const updated = await app
        .http()
        .put(withDraft(`${base}/${documentId}`))
        .set(rest())
        .send({
          data: { ...changes, ...Object.fromEntries(cleared.map((field) => [field, { set: [] }])) },
        });
      expect(updated.status).toBe(200);
      const afterUpdate = await app
        .http()
        .get(withDraft(`${base}/${documentId}?populate=*`))
        .set(rest());
      const keptRelations = Object.fromEntries(
        Object.entries(relations).filter(([field]) => !cleared.includes(field)),
      );
      expectStored(
        c,
        afterUpdate.body.data,
        { ...values, ...changes },
        { ...keptRelations, ...Object.fromEntries(cleared.map((f) => [f, []])) },
      );

      const removed = await app.http().delete(`${base}/${documentId}`).set(rest());
      expect(removed.status).toBe(204);
      const gone = await app.http().get(`${base}/${documentId}`).set(rest());
      expect(gone.status).toBe(404);
      expect(await countRows(app.strapi, c.uid)).toBe(before);
    });
  },
);

describe.each(CONTENT_TYPES.map((c) => [c.uid, c] as const))(
  'content manager %s as Super Admin',
  (uid, c) => {
    const base = cmPath(uid);
    const locale = c.localized ? '?locale=zh-Hans' : '';

    it('creates, lists, reads, updates and deletes a record with its relations and components', async () => {
      const n = unique();
      const values = c.scalars(n);
      const relations = c.relations(refs);
      const before = await countRows(app.strapi, c.uid);

      const created = await app
        .http()
        .post(`${base}${locale}`)
        .set(bearer(admin))
        .send({ ...values, ...contentManagerRelations(relations) });
      expect(created.status).toBe(201);
      const { documentId } = created.body.data;
      expect(normalized(created.body.data)).toMatchObject(
        normalized(plainValues(c, values)) as Record<string, unknown>,
      );
      if (c.draftAndPublish) expect(created.body.data.status).toBe('draft');

      const list = await app
        .http()
        .get(`${base}?page=1&pageSize=100${c.localized ? '&locale=zh-Hans' : ''}`)
        .set(bearer(admin));
      expect(list.status).toBe(200);
      const listed = list.body.results.find(
        (record: { documentId: string }) => record.documentId === documentId,
      );
      expect(normalized(listed)).toMatchObject(
        normalized(plainValues(c, values)) as Record<string, unknown>,
      );
      expect(list.body.pagination.total).toBe(list.body.results.length);

      // The edit view gets components in full and relations as counts.
      const one = await app.http().get(`${base}/${documentId}${locale}`).set(bearer(admin));
      expect(one.status).toBe(200);
      expect(normalized(one.body.data)).toMatchObject(
        normalized(plainValues(c, values)) as Record<string, unknown>,
      );
      for (const field of componentFields(c))
        expect(normalized(withoutIds(one.body.data[field]))).toEqual(normalized(values[field]));
      for (const [field, value] of Object.entries(relations)) {
        expect({ field, count: one.body.data[field].count }).toEqual({
          field,
          count: [value].flat().length,
        });
      }

      const changes = c.update(n);
      const updated = await app
        .http()
        .put(`${base}/${documentId}${locale}`)
        .set(bearer(admin))
        .send(changes);
      expect(updated.status).toBe(200);
      const reread = await app.http().get(`${base}/${documentId}${locale}`).set(bearer(admin));
      expect(normalized(reread.body.data)).toMatchObject(
        normalized(plainValues(c, { ...values, ...changes })) as Record<string, unknown>,
      );
      for (const field of componentFields(c)) {
        if (field in changes)
          expect(normalized(withoutIds(reread.body.data[field]))).toEqual(
            normalized(changes[field]),
          );
      }

      const removed = await app.http().delete(`${base}/${documentId}${locale}`).set(bearer(admin));
      expect(removed.status).toBe(200);
      const gone = await app.http().get(`${base}/${documentId}${locale}`).set(bearer(admin));
      expect(gone.status).toBe(404);
      expect(await countRows(app.strapi, c.uid)).toBe(before);
    });
  },
);

describe('brand materials: Draft & Publish and i18n (zh-Hans default, en)', () => {
  const c = contentType('brand-material');
  const rest = `/api/${c.pluralName}`;
  const cm = cmPath(c.uid);

  it('REST creates the default locale zh-Hans, adds an en localization, and reads and deletes each locale apart', async () => {
    const n = unique();
    // As drafts: publishing needs an approved review (SPEC §3).
    const created = await app
      .http()
      .post(`${rest}?status=draft`)
      .set(bearer(token))
      .send({ data: c.scalars(n) });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ locale: 'zh-Hans', publishedAt: null });
    const { documentId } = created.body.data;

    const english = await app
      .http()
      .put(`${rest}/${documentId}?locale=en&status=draft`)
      .set(bearer(token))
      .send({
        data: {
          title: `Export radar brochure ${n}`,
          slug: `export-radar-${n.toLowerCase()}`,
          channel: 'Website',
        },
      });
    expect(english.status).toBe(200);
    expect(english.body.data).toMatchObject({
      documentId,
      locale: 'en',
      title: `Export radar brochure ${n}`,
    });

    const zh = await app.http().get(`${rest}/${documentId}?status=draft`).set(bearer(token));
    expect(zh.body.data).toMatchObject({
      locale: 'zh-Hans',
      title: `出口型雷达宣传册 ${n}`,
      channel: '珠海航展',
    });
    const en = await app
      .http()
      .get(`${rest}/${documentId}?locale=en&status=draft`)
      .set(bearer(token));
    expect(en.body.data).toMatchObject({
      locale: 'en',
      title: `Export radar brochure ${n}`,
      channel: 'Website',
    });

    expect(
      (await app.http().delete(`${rest}/${documentId}?locale=en`).set(bearer(token))).status,
    ).toBe(204);
    expect(
      (await app.http().get(`${rest}/${documentId}?locale=en&status=draft`).set(bearer(token)))
        .status,
    ).toBe(404);
    expect(
      (await app.http().get(`${rest}/${documentId}?status=draft`).set(bearer(token))).body.data
        .title,
    ).toBe(`出口型雷达宣传册 ${n}`);
    expect((await app.http().delete(`${rest}/${documentId}`).set(bearer(token))).status).toBe(204);
  });

  it('REST keeps a draft created with ?status=draft out of the published list', async () => {
    const n = unique();
    const created = await app
      .http()
      .post(`${rest}?status=draft`)
      .set(bearer(token))
      .send({ data: c.scalars(n) });
    expect(created.status).toBe(201);
    expect(created.body.data.publishedAt).toBeNull();
    const published = await app
      .http()
      .get(`${rest}?filters[documentId][$eq]=${created.body.data.documentId}`)
      .set(bearer(token));
    expect(published.body.data).toEqual([]);
    const drafts = await app
      .http()
      .get(`${rest}?status=draft&filters[documentId][$eq]=${created.body.data.documentId}`)
      .set(bearer(token));
    expect(drafts.body.data.map((d: { title: string }) => d.title)).toEqual([
      `出口型雷达宣传册 ${n}`,
    ]);
  });

  it('the content manager creates a zh-Hans draft, adds an en locale, publishes each locale with the publish action', async () => {
    const n = unique();
    const created = await app
      .http()
      .post(`${cm}?locale=zh-Hans`)
      .set(bearer(admin))
      .send(c.scalars(n));
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      locale: 'zh-Hans',
      status: 'draft',
      publishedAt: null,
    });
    const { documentId } = created.body.data;

    const english = await app
      .http()
      .put(`${cm}/${documentId}?locale=en`)
      .set(bearer(admin))
      .send({ title: `Radar brochure ${n}`, slug: `radar-${n.toLowerCase()}`, kind: 'brochure' });
    expect(english.status).toBe(200);
    expect(english.body.data).toMatchObject({
      documentId,
      locale: 'en',
      title: `Radar brochure ${n}`,
      status: 'draft',
    });

    await approveReviewDirectly(app.strapi, c.uid, documentId);
    const publishEn = await app
      .http()
      .post(`${cm}/${documentId}/actions/publish?locale=en`)
      .set(bearer(admin))
      .send({});
    expect(publishEn.status).toBe(200);
    expect(publishEn.body.data).toMatchObject({
      locale: 'en',
      status: 'published',
      publishedAt: expect.any(String),
    });

    // Publishing one locale leaves the other a draft.
    const zh = await app.http().get(`${cm}/${documentId}?locale=zh-Hans`).set(bearer(admin));
    expect(zh.body.data).toMatchObject({ locale: 'zh-Hans', status: 'draft' });
    expect(zh.body.meta.availableLocales.map((l: { locale: string }) => l.locale)).toEqual(['en']);
    const restEn = await app
      .http()
      .get(`/api/${c.pluralName}/${documentId}?locale=en`)
      .set(bearer(token));
    expect(restEn.body.data).toMatchObject({ title: `Radar brochure ${n}`, locale: 'en' });
    expect(
      (await app.http().get(`/api/${c.pluralName}/${documentId}`).set(bearer(token))).status,
    ).toBe(404);

    const publishZh = await app
      .http()
      .post(`${cm}/${documentId}/actions/publish?locale=zh-Hans`)
      .set(bearer(admin))
      .send({});
    expect(publishZh.status).toBe(200);
    const restZh = await app.http().get(`/api/${c.pluralName}/${documentId}`).set(bearer(token));
    expect(restZh.body.data).toMatchObject({
      title: `出口型雷达宣传册 ${n}`,
      locale: 'zh-Hans',
      kind: 'brochure',
    });

    // Deleting the en locale (draft and published) keeps the zh-Hans one.
    expect(
      (await app.http().delete(`${cm}/${documentId}?locale=en`).set(bearer(admin))).status,
    ).toBe(200);
    const rows = await app.strapi.db
      .query(c.uid)
      .findMany({ where: { documentId }, select: ['locale', 'publishedAt'] });
    expect(rows.map((row: { locale: string }) => row.locale)).toEqual(['zh-Hans', 'zh-Hans']);
    const zhAfter = await app.http().get(`${cm}/${documentId}?locale=zh-Hans`).set(bearer(admin));
    expect(zhAfter.body.data).toMatchObject({ locale: 'zh-Hans', title: `出口型雷达宣传册 ${n}` });
  });
});

type IndexList = Array<{ name: string; columns: string[] }>;

/** The indexes of a table, read from the database's own catalog. */
const indexesOf = async (strapi: Core.Strapi, table: string): Promise<IndexList> => {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  if (client === 'sqlite') {
    const list = (await knex.raw(`PRAGMA index_list(\`${table}\`)`)) as Array<{ name: string }>;
    return Promise.all(
      list.map(async ({ name }) => ({
        name,
        columns: (
          (await knex.raw(`PRAGMA index_info(\`${name}\`)`)) as Array<{ name: string }>
        ).map((column) => column.name),
      })),
    );
  }
  if (client === 'postgres') {
    const { rows } = (await knex.raw(
      'SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ?',
      [table],
    )) as {
      rows: Array<{ indexname: string; indexdef: string }>;
    };
    return rows.map((row) => ({
      name: row.indexname,
      columns: (/\(([^)]*)\)\s*$/.exec(row.indexdef)?.[1] ?? '')
        .split(',')
        .map((column) => column.trim().replace(/"/g, '')),
    }));
  }
  const [rows] = (await knex.raw(
    'SELECT index_name AS name, column_name AS col FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? ORDER BY index_name, seq_in_index',
    [table],
  )) as [Array<{ name: string; col: string }>];
  const byName = new Map<string, string[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.col]);
  return [...byName].map(([name, columns]) => ({ name, columns }));
};

describe('database indexes', () => {
  const DATE_AND_FILTER_INDEXES: Array<[table: string, column: string]> = [
    ['feedbacks', 'received_at'],
    ['feedbacks', 'status'],
    ['feedbacks', 'severity'],
    ['feedbacks', 'category'],
    ['service_tickets', 'opened_at'],
    ['service_tickets', 'priority'],
    ['service_tickets', 'status'],
    ['interactions', 'occurred_at'],
    ['survey_responses', 'responded_at'],
  ];

  it.each(DATE_AND_FILTER_INDEXES)('%s has an index on %s', async (table, column) => {
    const indexes = await indexesOf(app.strapi, table);
    expect(
      indexes.filter((index) => index.columns[0] === column).map((index) => index.name),
    ).toContain(`${table}_${column}_idx`);
  });

  it('every index declared in a schema.json exists with its columns', async () => {
    for (const c of CONTENT_TYPES) {
      const indexes = await indexesOf(app.strapi, c.schema.collectionName);
      for (const declared of c.schema.indexes ?? []) {
        expect(indexes.find((index) => index.name === declared.name)).toEqual({
          name: declared.name,
          columns: declared.columns,
        });
      }
    }
  });

  const CUSTOMER_LINKS = CONTENT_TYPES.filter(
    (c) => c.schema.attributes.customer?.target === 'api::customer.customer',
  ).map((c) => [`${c.schema.collectionName}_customer_lnk`] as const);

  it.each(CUSTOMER_LINKS)('link table %s has an index led by customer_id', async (table) => {
    const indexes = await indexesOf(app.strapi, table);
    expect(indexes.some((index) => index.columns[0] === 'customer_id')).toBe(true);
  });
});
