import fc from 'fast-check';
import { changedFieldNames } from '../audit';

const ATTRIBUTES: Record<string, { type: string }> = {
  name: { type: 'string' },
  notes: { type: 'text' },
  satisfaction: { type: 'integer' },
  value: { type: 'decimal' },
  receivedAt: { type: 'datetime' },
  startDate: { type: 'date' },
  isKey: { type: 'boolean' },
  domains: { type: 'json' },
  customer: { type: 'relation' },
  contacts: { type: 'relation' },
  kpis: { type: 'component' },
  media: { type: 'media' },
  classification: { type: 'enumeration' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime' },
  locale: { type: 'string' },
};

const STORED = {
  id: 1,
  documentId: 'doc1',
  name: '空军某部',
  notes: null,
  satisfaction: 4,
  value: '12.50',
  receivedAt: '2026-01-01T08:00:00.000Z',
  startDate: '2026-01-01',
  isKey: false,
  domains: ['uav', 'radar'],
  kpis: [{ id: 3, name: '可用率', target: 95, baseline: 80 }],
  classification: 'internal',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('changedFieldNames', () => {
  it('on create (nothing stored) names every known, non-system field sent, sorted', () => {
    expect(
      changedFieldNames(ATTRIBUTES, null, {
        name: 'a',
        notes: null,
        unknown: 1,
        id: 5,
        createdAt: 'x',
        classification: 'public',
      }),
    ).toEqual(['classification', 'name', 'notes']);
  });

  it('names only the fields whose value differs from the stored one', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        name: '空军某部',
        notes: '新',
        satisfaction: 4,
        classification: 'secret',
      }),
    ).toEqual(['classification', 'notes']);
  });

  it('reads an empty list as no value: an edit form echoing [] for a list stored as null changes nothing', () => {
    const stored = { ...STORED, domains: null };
    expect(changedFieldNames(ATTRIBUTES, stored, { domains: [] })).toEqual([]);
    expect(changedFieldNames(ATTRIBUTES, STORED, { domains: [] })).toEqual(['domains']);
    expect(changedFieldNames(ATTRIBUTES, stored, { domains: ['uav'] })).toEqual(['domains']);
  });

  it('compares numbers as numbers and dates as instants', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        value: 12.5,
        satisfaction: '4',
        receivedAt: '2026-01-01T09:00:00+01:00',
      }),
    ).toEqual([]);
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        value: 12.51,
        receivedAt: '2026-01-01T08:00:01.000Z',
      }),
    ).toEqual(['receivedAt', 'value']);
  });

  it('treats null, undefined and the empty string as the same empty value', () => {
    expect(changedFieldNames(ATTRIBUTES, STORED, { notes: '' })).toEqual([]);
    expect(changedFieldNames(ATTRIBUTES, STORED, { notes: undefined })).toEqual([]);
    expect(changedFieldNames(ATTRIBUTES, { ...STORED, notes: 'x' }, { notes: '' })).toEqual([
      'notes',
    ]);
  });

  it('compares JSON and booleans by value', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, { domains: ['uav', 'radar'], isKey: false }),
    ).toEqual([]);
    expect(
      changedFieldNames(ATTRIBUTES, STORED, { domains: ['radar', 'uav'], isKey: true }),
    ).toEqual(['domains', 'isKey']);
  });

  it('names a relation only when the input connects, disconnects or sets something', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        contacts: { connect: [], disconnect: [] },
        customer: { count: 1 },
      }),
    ).toEqual([]);
    expect(
      changedFieldNames(ATTRIBUTES, STORED, { contacts: { connect: [{ documentId: 'c' }] } }),
    ).toEqual(['contacts']);
    expect(
      changedFieldNames(ATTRIBUTES, STORED, { contacts: { disconnect: [{ id: 1 }] } }),
    ).toEqual(['contacts']);
    expect(changedFieldNames(ATTRIBUTES, STORED, { contacts: { set: [] } })).toEqual(['contacts']);
    expect(changedFieldNames(ATTRIBUTES, STORED, { customer: 'doc2', contacts: ['a'] })).toEqual([
      'contacts',
      'customer',
    ]);
    expect(changedFieldNames(ATTRIBUTES, STORED, { customer: null })).toEqual(['customer']);
  });

  it('compares components by content, ignoring their ids and key order', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        kpis: [{ baseline: 80, target: 95, name: '可用率' }],
      }),
    ).toEqual([]);
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        kpis: [{ id: 3, name: '可用率', target: 96, baseline: 80 }],
      }),
    ).toEqual(['kpis']);
    expect(changedFieldNames(ATTRIBUTES, STORED, { kpis: [] })).toEqual(['kpis']);
  });

  it('always names media, and never system fields', () => {
    expect(
      changedFieldNames(ATTRIBUTES, STORED, {
        media: [1],
        updatedAt: 'now',
        publishedAt: null,
        locale: 'en',
      }),
    ).toEqual(['media']);
  });

  const scalarUpdate = fc.record(
    {
      name: fc.string(),
      notes: fc.option(fc.string(), { nil: null }),
      satisfaction: fc.integer({ min: 1, max: 5 }),
      isKey: fc.boolean(),
      classification: fc.constantFrom('public', 'internal', 'confidential', 'secret'),
      secretValue: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('property: names (never values) a subset of the known fields sent, sorted and without duplicates', () => {
    fc.assert(
      fc.property(scalarUpdate, (data) => {
        const names = changedFieldNames(ATTRIBUTES, STORED, data);
        expect([...names].sort()).toEqual(names);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) {
          expect(Object.keys(data)).toContain(name);
          expect(ATTRIBUTES[name]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: sending the stored values back changes nothing; a field changed alone is the only one named', () => {
    fc.assert(
      fc.property(scalarUpdate, (data) => {
        const stored = { ...STORED, ...data };
        expect(changedFieldNames(ATTRIBUTES, stored, { ...data })).toEqual([]);
        expect(
          changedFieldNames(ATTRIBUTES, stored, {
            ...data,
            satisfaction: (stored.satisfaction as number) + 1,
          }),
        ).toEqual(['satisfaction']);
      }),
      { numRuns: 300 },
    );
  });
});
