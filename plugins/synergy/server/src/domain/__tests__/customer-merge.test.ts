import { mergeCustomerFields, type MergeAttribute } from '../customer-merge';

const attributes: Record<string, MergeAttribute> = {
  name: { type: 'string' },
  shortName: { type: 'string' },
  code: { type: 'string' },
  sector: { type: 'enumeration' },
  region: { type: 'string' },
  tier: { type: 'enumeration' },
  status: { type: 'enumeration' },
  owner: { type: 'relation', relation: 'manyToOne' },
  contacts: { type: 'relation', relation: 'oneToMany' },
  needs: { type: 'component' },
  notes: { type: 'text' },
  classification: { type: 'enumeration' },
  createdAt: { type: 'datetime' },
};

describe('mergeCustomerFields', () => {
  it('fills only the kept customer’s empty fields (blank text counts as empty), owner by id', () => {
    const { data, filled } = mergeCustomerFields(
      attributes,
      {
        name: 'A',
        shortName: '  ',
        code: 'A-1',
        sector: null,
        tier: 'key',
        status: 'active',
        owner: null,
        notes: '',
        classification: 'internal',
        createdAt: null,
      },
      {
        name: 'B',
        shortName: 'B',
        code: 'B-1',
        sector: 'navy',
        region: null,
        tier: 'regular',
        status: 'lost',
        owner: { id: 7 },
        notes: '重复',
        classification: 'internal',
        createdAt: '2026-01-01',
      },
    );
    expect(data).toEqual({ shortName: 'B', sector: 'navy', owner: 7, notes: '重复' });
    expect(filled).toEqual(['shortName', 'sector', 'owner', 'notes']);
  });

  it('appends the duplicate’s needs after the kept ones, without their ids', () => {
    const { data, filled } = mergeCustomerFields(
      attributes,
      { needs: [{ id: 1, title: '雷达升级' }], classification: 'internal' },
      { needs: [{ id: 2, title: '备件保障' }], classification: 'internal' },
    );
    expect(data.needs).toEqual([{ title: '雷达升级' }, { title: '备件保障' }]);
    expect(filled).toEqual([]);
  });

  it('raises the kept customer to the higher classification, never lowers it', () => {
    expect(
      mergeCustomerFields(
        attributes,
        { classification: 'internal' },
        { classification: 'confidential' },
      ).data,
    ).toEqual({ classification: 'confidential' });
    expect(
      mergeCustomerFields(attributes, { classification: 'secret' }, { classification: 'public' })
        .data,
    ).toEqual({});
  });
});
