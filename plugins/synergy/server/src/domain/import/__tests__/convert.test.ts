import {
  foldHeader,
  restoreNeutralisedFormula,
  toBoolean,
  toDate,
  toDateTime,
  toList,
  toNumber,
} from '../convert';

describe('import cell conversions', () => {
  it('folds headers by case, width, spaces and punctuation', () => {
    expect(foldHeader(' Short  Name ')).toBe('shortname');
    expect(foldHeader('ＣＯＤＥ：')).toBe('code');
    expect(foldHeader('单位 名称')).toBe('单位名称');
  });

  it('reads yes/no in English, Chinese and digits, and refuses anything else', () => {
    expect(['是', 'YES', 'true', '1', true].map((cell) => toBoolean(cell))).toEqual(
      Array(5).fill({ value: true }),
    );
    expect(['否', 'no', 'False', '0'].map((cell) => toBoolean(cell))).toEqual(
      Array(4).fill({ value: false }),
    );
    expect(toBoolean('maybe')).toHaveProperty('error');
  });

  it('reads numbers with thousands separators, and whole numbers only where asked', () => {
    expect(toNumber('1,234.5', { integer: false })).toEqual({ value: 1234.5 });
    expect(toNumber(3, { integer: true })).toEqual({ value: 3 });
    expect(toNumber('3.5', { integer: true })).toEqual({ error: '"3.5" is not a whole number' });
    expect(toNumber('=1+1', { integer: false })).toHaveProperty('error');
  });

  it('reads ISO and common local dates, refusing impossible ones', () => {
    expect(toDate('2026/3/5')).toEqual({ value: '2026-03-05' });
    expect(toDate('2026年3月5日')).toEqual({ value: '2026-03-05' });
    expect(toDate(new Date(Date.UTC(2026, 1, 28)))).toEqual({ value: '2026-02-28' });
    expect(toDate('2026-02-30')).toHaveProperty('error');
    expect(toDateTime('2026-03-05T08:30:00+08:00')).toEqual({ value: '2026-03-05T00:30:00.000Z' });
    expect(toDateTime('2026/3/5 8:30')).toEqual({ value: '2026-03-05T08:30:00.000Z' });
    expect(toDateTime('5 March')).toHaveProperty('error');
  });

  it('reads lists as JSON or separated values, and restores formulas export neutralised', () => {
    expect(toList('["uav","radar"]')).toEqual(['uav', 'radar']);
    expect(toList('无人机、雷达; radar')).toEqual(['无人机', '雷达', 'radar']);
    expect(restoreNeutralisedFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(restoreNeutralisedFormula("'plain")).toBe("'plain");
  });
});
