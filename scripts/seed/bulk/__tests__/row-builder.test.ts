import type { SeedRecord } from '../../generate';
import { KeyRegistry } from '../key-registry';
import {
  buildRecordRows,
  toColumnValue,
  versionsOf,
  type RowContext,
  type TableRows,
} from '../row-builder';
import { planTables, type ModelMetadata } from '../table-plan';

/** A trimmed copy of what Strapi's metadata says about two related types and a component. */
const need: ModelMetadata = {
  uid: 'crm.need',
  tableName: 'components_crm_needs',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    title: { type: 'string', columnName: 'title' },
    priority: { type: 'enumeration', columnName: 'priority' },
  },
};
const customer: ModelMetadata = {
  uid: 'api::customer.customer',
  tableName: 'customers',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    documentId: { type: 'string', columnName: 'document_id' },
    name: { type: 'string', columnName: 'name' },
    status: { type: 'enumeration', columnName: 'status', default: 'prospect' },
    founded: { type: 'date', columnName: 'founded' },
    contacts: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'api::contact.contact',
      mappedBy: 'customer',
      joinTable: {
        name: 'contacts_customer_lnk',
        joinColumn: { name: 'customer_id' },
        inverseJoinColumn: { name: 'contact_id' },
        orderColumnName: 'contact_ord',
      },
    },
    owner: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'admin::user',
      joinTable: {
        name: 'customers_owner_lnk',
        joinColumn: { name: 'customer_id' },
        inverseJoinColumn: { name: 'user_id' },
      },
    },
    needs: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'crm.need',
      joinTable: {
        name: 'customers_cmps',
        joinColumn: { name: 'entity_id' },
        inverseJoinColumn: { name: 'cmp_id' },
        on: { field: 'needs' },
        orderColumnName: 'order',
      },
    },
    createdAt: { type: 'datetime', columnName: 'created_at' },
    createdBy: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'admin::user',
      useJoinTable: false,
    },
    locale: { type: 'string', columnName: 'locale' },
  },
};
const contact: ModelMetadata = {
  uid: 'api::contact.contact',
  tableName: 'contacts',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    fullName: { type: 'string', columnName: 'full_name' },
    customer: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'api::customer.customer',
      joinTable: {
        name: 'contacts_customer_lnk',
        joinColumn: { name: 'contact_id' },
        inverseJoinColumn: { name: 'customer_id' },
        inverseOrderColumnName: 'contact_ord',
      },
    },
  },
};
const material: ModelMetadata = {
  uid: 'api::brand-material.brand-material',
  tableName: 'brand_materials',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    title: { type: 'string', columnName: 'title', pluginOptions: { i18n: { localized: true } } },
    kind: {
      type: 'enumeration',
      columnName: 'kind',
      pluginOptions: { i18n: { localized: false } },
    },
    body: { type: 'blocks', columnName: 'body', pluginOptions: { i18n: { localized: true } } },
  },
};

const metadataOf = (uid: string) =>
  [need, customer, contact, material].find((model) => model.uid === uid)!;
const plain = { draftAndPublish: false, localized: false };

const contextFor = (registry: KeyRegistry): RowContext => {
  const next = new Map<string, number>();
  let documents = 0;
  return {
    now: new Date('2026-11-01T00:00:00Z'),
    nextId: (table) => {
      next.set(table, (next.get(table) ?? 0) + 1);
      return next.get(table)!;
    },
    newDocumentId: () => `doc${(documents += 1)}`,
    resolve: (key) => registry.resolve(key, 'test'),
    nextInverseOrder: (table, target) => registry.nextInverseOrder(table, target),
  };
};

const record = (fields: Partial<SeedRecord> & Pick<SeedRecord, 'uid' | 'key'>): SeedRecord => ({
  data: {},
  links: {},
  ...fields,
});

describe('planTables', () => {
  it('keeps scalar columns, owned relations with their order columns and components, and leaves mappedBy sides out', () => {
    const plan = planTables(customer, plain, metadataOf);
    expect(plan.columns.map((column) => column.column)).toEqual(['name', 'status', 'founded']);
    expect(plan.relations).toEqual([
      {
        field: 'owner',
        target: 'admin::user',
        table: 'customers_owner_lnk',
        sourceColumn: 'customer_id',
        targetColumn: 'user_id',
        orderColumn: null,
        inverseOrderColumn: null,
      },
    ]);
    expect(plan.components).toEqual([
      expect.objectContaining({
        field: 'needs',
        uid: 'crm.need',
        table: 'components_crm_needs',
        joinTable: 'customers_cmps',
        orderColumn: 'order',
      }),
    ]);
    expect(planTables(contact, plain, metadataOf).relations[0]).toMatchObject({
      inverseOrderColumn: 'contact_ord',
      orderColumn: null,
    });
  });
});

describe('toColumnValue', () => {
  const column = (type: string, fallback: unknown = null) => ({
    field: 'f',
    column: 'f',
    type,
    default: fallback,
    localized: false,
  });
  it('stores JSON as text, date-times as Dates, dates as given, and applies the default to a missing value', () => {
    expect(toColumnValue(column('json'), ['a', 'b'])).toBe('["a","b"]');
    expect(toColumnValue(column('datetime'), '2026-01-02T03:04:05.000Z')).toEqual(
      new Date('2026-01-02T03:04:05.000Z'),
    );
    expect(toColumnValue(column('date'), '2026-01-02')).toBe('2026-01-02');
    expect(toColumnValue(column('enumeration', 'prospect'), undefined)).toBe('prospect');
    expect(toColumnValue(column('enumeration', 'prospect'), null)).toBeNull();
  });
  it('refuses a malformed date rather than storing it', () => {
    expect(() => toColumnValue(column('date'), '02/01/2026')).toThrow('not a yyyy-MM-dd date');
    expect(() => toColumnValue(column('datetime'), 'soon')).toThrow('not a date-time');
  });
});

describe('buildRecordRows', () => {
  it('writes a published row without locale, its components with their join rows, and its owner link', () => {
    const registry = new KeyRegistry(new Map([['user:owner', 7]]));
    const rows: TableRows = new Map();
    const built = buildRecordRows(
      planTables(customer, plain, metadataOf),
      record({
        uid: 'api::customer.customer',
        key: 'customer:1',
        data: { name: 'A', needs: [{ title: 'x', priority: 'high' }, { title: 'y' }] },
        links: { owner: 'user:owner' },
      }),
      contextFor(registry),
      rows,
    );
    const now = new Date('2026-11-01T00:00:00Z');
    expect(rows.get('customers')).toEqual([
      {
        id: 1,
        document_id: 'doc1',
        name: 'A',
        status: 'prospect',
        founded: null,
        created_at: now,
        updated_at: now,
        published_at: now,
        created_by_id: null,
        updated_by_id: null,
        locale: null,
      },
    ]);
    expect(rows.get('components_crm_needs')).toEqual([
      { id: 1, title: 'x', priority: 'high' },
      { id: 2, title: 'y', priority: null },
    ]);
    expect(rows.get('customers_cmps')).toEqual([
      { entity_id: 1, cmp_id: 1, component_type: 'crm.need', field: 'needs', order: 1 },
      { entity_id: 1, cmp_id: 2, component_type: 'crm.need', field: 'needs', order: 2 },
    ]);
    expect(rows.get('customers_owner_lnk')).toEqual([{ customer_id: 1, user_id: 7 }]);
    expect(built).toEqual({ documentId: 'doc1', linkIds: [1], rows: 6 });
  });

  it("numbers the inverse order column per target, as the customer's list of contacts", () => {
    const registry = new KeyRegistry(new Map());
    registry.remember('customer:1', [10]);
    registry.remember('customer:2', [20]);
    const plan = planTables(contact, plain, metadataOf);
    const context = contextFor(registry);
    const rows: TableRows = new Map();
    for (const [key, owner] of [
      ['c1', 'customer:1'],
      ['c2', 'customer:2'],
      ['c3', 'customer:1'],
    ]) {
      buildRecordRows(
        plan,
        record({
          uid: 'api::contact.contact',
          key,
          data: { fullName: key },
          links: { customer: owner },
        }),
        context,
        rows,
      );
    }
    expect(rows.get('contacts_customer_lnk')).toEqual([
      { contact_id: 1, customer_id: 10, contact_ord: 1 },
      { contact_id: 2, customer_id: 20, contact_ord: 1 },
      { contact_id: 3, customer_id: 10, contact_ord: 2 },
    ]);
  });

  it('leaves out an owner who does not exist and refuses a relation to a record not loaded before', () => {
    const plan = planTables(customer, plain, metadataOf);
    const rows: TableRows = new Map();
    const context = contextFor(new KeyRegistry(new Map()));
    buildRecordRows(
      plan,
      record({
        uid: 'api::customer.customer',
        key: 'customer:1',
        links: { owner: 'user:missing' },
      }),
      context,
      rows,
    );
    expect(rows.has('customers_owner_lnk')).toBe(false);
    const contactPlan = planTables(contact, plain, metadataOf);
    expect(() =>
      buildRecordRows(
        contactPlan,
        record({ uid: 'api::contact.contact', key: 'c', links: { customer: 'customer:9' } }),
        context,
        rows,
      ),
    ).toThrow('relation to customer:9, which was not loaded before it');
    expect(() =>
      buildRecordRows(
        plan,
        record({ uid: 'api::customer.customer', key: 'x', links: { contacts: ['c'] } }),
        context,
        rows,
      ),
    ).toThrow('no owned relation contacts');
  });

  it('gives a Draft & Publish, localized record a draft per locale and a published row per published locale, sharing one documentId', () => {
    const plan = planTables(material, { draftAndPublish: true, localized: true }, metadataOf);
    const seed = record({
      uid: 'api::brand-material.brand-material',
      key: 'm',
      locale: 'zh-Hans',
      data: { title: '手册', kind: 'brochure', body: [{ type: 'paragraph' }] },
      localizations: { en: { title: 'Brochure', body: [] } },
      publish: ['zh-Hans'],
    });
    expect(
      versionsOf(plan, seed).map(({ locale, published, data }) => [
        locale,
        published,
        data.title,
        data.kind,
      ]),
    ).toEqual([
      ['zh-Hans', false, '手册', 'brochure'],
      ['en', false, 'Brochure', 'brochure'],
      ['zh-Hans', true, '手册', 'brochure'],
    ]);
    const rows: TableRows = new Map();
    const built = buildRecordRows(plan, seed, contextFor(new KeyRegistry(new Map())), rows);
    const main = rows.get('brand_materials')!;
    expect(
      main.map((row) => [row.id, row.document_id, row.locale, row.published_at === null]),
    ).toEqual([
      [1, 'doc1', 'zh-Hans', true],
      [2, 'doc1', 'en', true],
      [3, 'doc1', 'zh-Hans', false],
    ]);
    // Relations to it link its default-locale draft and publication, as the Document Service does.
    expect(built.linkIds).toEqual([1, 3]);
  });
});
