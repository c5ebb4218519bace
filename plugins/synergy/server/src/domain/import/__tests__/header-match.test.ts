import fc from 'fast-check';
import { CONFIRM_BELOW, matchHeaderToField, proposeMatches, similarity } from '../header-match';

const field = (name: string, en: string, zh: string) => ({ name, labels: { en, 'zh-Hans': zh } });
const CUSTOMER_FIELDS = [
  field('name', 'Name', '单位名称'),
  field('shortName', 'Short name', '简称'),
  field('code', 'Code', '单位代码'),
  field('type', 'Type', '单位类型'),
  field('sector', 'Service branch / sector', '军兵种/领域'),
  field('region', 'Region', '地区'),
  field('tier', 'Tier', '客户等级'),
  field('status', 'Status', '客户状态'),
  field('notes', 'Notes', '备注'),
];

describe('header matching', () => {
  it('matches the sheet of issue 15 by synonyms', () => {
    const headers = ['客户名称', '客户编码', '客户类型', '军种', '等级', '状态'];
    expect(proposeMatches('customers', headers, CUSTOMER_FIELDS)).toEqual([
      { field: 'name', confidence: 0.9, method: 'synonym' },
      { field: 'code', confidence: 0.9, method: 'synonym' },
      { field: 'type', confidence: 0.9, method: 'synonym' },
      { field: 'sector', confidence: 0.9, method: 'synonym' },
      { field: 'tier', confidence: 0.9, method: 'synonym' },
      { field: 'status', confidence: 0.9, method: 'synonym' },
    ]);
  });

  it('ranks name and label (1) above synonym (0.9) above similarity (below the confirmation bar)', () => {
    expect(matchHeaderToField('customers', 'CODE', CUSTOMER_FIELDS[2])).toEqual({
      field: 'code',
      confidence: 1,
      method: 'name',
    });
    expect(matchHeaderToField('customers', '单位 代码', CUSTOMER_FIELDS[2])).toMatchObject({
      confidence: 1,
      method: 'label',
    });
    expect(matchHeaderToField('customers', '编号', CUSTOMER_FIELDS[2])).toMatchObject({
      confidence: 0.9,
      method: 'synonym',
    });
    const similar = matchHeaderToField('customers', '客户名称（全称）', CUSTOMER_FIELDS[0]);
    expect(similar).toMatchObject({ field: 'name', method: 'similar' });
    expect(similar!.confidence).toBeLessThan(CONFIRM_BELOW);
    expect(matchHeaderToField('customers', '联系电话', CUSTOMER_FIELDS[0])).toBeNull();
  });

  it('gives a field to one column only: the better match wins, then the column further left', () => {
    // 名称 is a synonym (0.9), 单位名称 the label (1): the label's column gets name.
    expect(proposeMatches('customers', ['名称', '单位名称'], CUSTOMER_FIELDS)).toEqual([
      null,
      { field: 'name', confidence: 1, method: 'label' },
    ]);
    expect(proposeMatches('customers', ['编码', '代码'], CUSTOMER_FIELDS)).toEqual([
      { field: 'code', confidence: 0.9, method: 'synonym' },
      null,
    ]);
  });

  it('leaves unrelated headers unmatched', () => {
    expect(proposeMatches('customers', ['Extra', '随便写的', ''], CUSTOMER_FIELDS)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('never proposes one field twice, and every confidence lies in (0, 1]', () => {
    const words = [
      '名称',
      '编码',
      '代码',
      '类型',
      '军种',
      '状态',
      '等级',
      'name',
      'code',
      'x',
      '备注',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 8 }),
        (headers) => {
          const proposals = proposeMatches('customers', headers, CUSTOMER_FIELDS);
          const fields = proposals.filter(Boolean).map((match) => match!.field);
          expect(new Set(fields).size).toBe(fields.length);
          for (const match of proposals)
            if (match) expect(match.confidence > 0 && match.confidence <= 1).toBe(true);
        },
      ),
    );
  });

  it('similarity is symmetric, 1 for equal texts and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeCloseTo(similarity(b, a));
        expect(s >= 0 && s <= 1).toBe(true);
        expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});
