/** Name folding for duplicate detection (SPEC §4 data quality). */

/**
 * Folds case, width (full-width ↔ half-width through NFKC), spaces and punctuation, so that
 * "ＡＢＣ 研究所" and "abc研究所。" fold alike.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

export interface NamedRecord {
  id: number;
  name: string;
}

export interface DuplicatePair<T extends NamedRecord> {
  a: T;
  b: T;
  reason: 'equal' | 'contains';
}

const MIN_CONTAINED_LENGTH = 4;

/**
 * Pairs whose folded names are equal, or where one contains the other and both have at least 4
 * characters (after folding). Each pair once, the lower id first.
 */
export const duplicateCandidates = <T extends NamedRecord>(records: readonly T[]): DuplicatePair<T>[] => {
  const folded = records
    .map((record) => ({ record, key: foldName(record.name) }))
    .filter(({ key }) => key.length > 0)
    .sort((x, y) => x.record.id - y.record.id);
  const pairs: DuplicatePair<T>[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    for (let j = i + 1; j < folded.length; j += 1) {
      const x = folded[i];
      const y = folded[j];
      if (x.key === y.key) {
        pairs.push({ a: x.record, b: y.record, reason: 'equal' });
      } else if (
        [...x.key].length >= MIN_CONTAINED_LENGTH &&
        [...y.key].length >= MIN_CONTAINED_LENGTH &&
        (x.key.includes(y.key) || y.key.includes(x.key))
      ) {
        pairs.push({ a: x.record, b: y.record, reason: 'contains' });
      }
    }
  }
  return pairs;
};
