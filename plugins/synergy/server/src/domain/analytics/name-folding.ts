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

const codePoints = (key: string) => [...key].length;

/**
 * Pairs whose folded names are equal, or where one contains the other and both have at least 4
 * characters (after folding). Each pair once, the lower id first, ordered by the first id then the
 * second.
 *
 * Not by comparing every pair (10,000 customers are 50 million pairs): records are grouped by
 * folded name, and each name looks up its own substrings of the lengths that names have, so the
 * work grows with the number of names times the square of their length.
 */
export const duplicateCandidates = <T extends NamedRecord>(
  records: readonly T[],
): DuplicatePair<T>[] => {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = foldName(record.name);
    if (key.length === 0) continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const ordered = (x: T, y: T, reason: DuplicatePair<T>['reason']): DuplicatePair<T> =>
    x.id < y.id ? { a: x, b: y, reason } : { a: y, b: x, reason };
  const pairs: DuplicatePair<T>[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1)
        pairs.push(ordered(group[i], group[j], 'equal'));
    }
  }

  // Names long enough to contain or be contained, and the lengths they come in.
  const long = [...groups.keys()].filter((key) => codePoints(key) >= MIN_CONTAINED_LENGTH);
  const lengths = [...new Set(long.map(codePoints))].sort((a, b) => a - b);
  const longNames = new Set(long);
  for (const key of long) {
    const characters = [...key];
    const found = new Set<string>();
    for (const length of lengths) {
      if (length >= characters.length) break;
      for (let start = 0; start + length <= characters.length; start += 1) {
        const inner = characters.slice(start, start + length).join('');
        if (longNames.has(inner)) found.add(inner);
      }
    }
    for (const inner of found) {
      for (const outer of groups.get(key) ?? []) {
        for (const contained of groups.get(inner) ?? [])
          pairs.push(ordered(outer, contained, 'contains'));
      }
    }
  }
  return pairs.sort((p, q) => p.a.id - q.a.id || p.b.id - q.b.id);
};
