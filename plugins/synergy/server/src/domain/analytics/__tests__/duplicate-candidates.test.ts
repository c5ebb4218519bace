import fc from 'fast-check';
import { duplicateCandidates, foldName, type NamedRecord } from '../name-folding';

/** The definition of SPEC §4, pair by pair: the reference the grouped search must agree with. */
const everyPair = (records: NamedRecord[]) => {
  const folded = records
    .map((record) => ({ record, key: foldName(record.name) }))
    .filter(({ key }) => key.length > 0);
  folded.sort((x, y) => x.record.id - y.record.id);
  const pairs: Array<[number, number, string]> = [];
  for (let i = 0; i < folded.length; i += 1) {
    for (let j = i + 1; j < folded.length; j += 1) {
      const [x, y] = [folded[i], folded[j]];
      if (x.key === y.key) pairs.push([x.record.id, y.record.id, 'equal']);
      else if (
        [...x.key].length >= 4 &&
        [...y.key].length >= 4 &&
        (x.key.includes(y.key) || y.key.includes(x.key))
      ) {
        pairs.push([x.record.id, y.record.id, 'contains']);
      }
    }
  }
  return pairs;
};

describe('duplicate candidates', () => {
  it('finds the same pairs, in the same order, as comparing every pair', () => {
    // Names from a few syllables (so that equal and containing names are common), in both widths and cases.
    const syllable = fc.constantFrom(
      '北方',
      '雷达',
      '研究所',
      '电子',
      'A',
      'ａ',
      'b',
      ' ',
      '-',
      '所',
      '𠀀',
    );
    const name = fc.array(syllable, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 40 }),
        fc.array(name, { minLength: 40, maxLength: 40 }),
        (ids, names) => {
          const records = ids.map((id, index) => ({ id, name: names[index] }));
          const found = duplicateCandidates(records).map(({ a, b, reason }) => [
            a.id,
            b.id,
            reason,
          ]);
          expect(found).toEqual(everyPair(records));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pairs 10,000 customers without comparing every pair', () => {
    const records = Array.from({ length: 10_000 }, (_, index) => ({
      id: index + 1,
      name: `客户单位${index % 5000}号研究所`,
    }));
    const pairs = duplicateCandidates(records);
    // Each name occurs twice; "客户单位1号研究所" is contained in none (digits differ), so equal pairs only.
    expect(pairs.filter((pair) => pair.reason === 'equal')).toHaveLength(5000);
    expect(pairs[0]).toMatchObject({ a: { id: 1 }, b: { id: 5001 }, reason: 'equal' });
  });
});
