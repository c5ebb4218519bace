/** Head-to-head comparison of a competitor offering with our comparable product (SPEC §4). */
import { foldName } from './name-folding';

export interface Attribute {
  name: string | null;
  value: number | null;
  /** Null counts as true (the schema's default). */
  higherIsBetter: boolean | null;
}

export interface HeadToHeadResult {
  wins: number;
  losses: number;
  ties: number;
}

/**
 * Compares same-named attributes (names folded) with a value on both sides; our product's
 * higherIsBetter decides which value is better. Wins and losses are ours.
 */
export const compareAttributes = (
  ours: readonly Attribute[],
  theirs: readonly Attribute[],
): HeadToHeadResult => {
  const result: HeadToHeadResult = { wins: 0, losses: 0, ties: 0 };
  const theirsByName = new Map<string, Attribute>();
  for (const attribute of theirs) {
    if (attribute.name && attribute.value != null)
      theirsByName.set(foldName(attribute.name), attribute);
  }
  for (const attribute of ours) {
    if (!attribute.name || attribute.value == null) continue;
    const other = theirsByName.get(foldName(attribute.name));
    if (!other || other.value == null) continue;
    if (attribute.value === other.value) {
      result.ties += 1;
      continue;
    }
    const higherIsBetter = attribute.higherIsBetter ?? true;
    const oursBetter = higherIsBetter
      ? attribute.value > other.value
      : attribute.value < other.value;
    if (oursBetter) result.wins += 1;
    else result.losses += 1;
  }
  return result;
};
