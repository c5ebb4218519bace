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

/** Which side an attribute favours; null when a value is missing on either side. */
export type Better = 'ours' | 'theirs' | 'tie' | null;

export interface AttributeComparison<
  Ours extends Attribute = Attribute,
  Theirs extends Attribute = Attribute,
> {
  name: string;
  ours: Ours | null;
  theirs: Theirs | null;
  better: Better;
}

const betterOf = (ours: Attribute | null, theirs: Attribute | null): Better => {
  if (ours?.value == null || theirs?.value == null) return null;
  if (ours.value === theirs.value) return 'tie';
  const higherIsBetter = ours.higherIsBetter ?? true;
  return (higherIsBetter ? ours.value > theirs.value : ours.value < theirs.value)
    ? 'ours'
    : 'theirs';
};

/**
 * The attributes of both sides matched by name (names folded), ours first in their order, then
 * theirs that we lack; our product's higherIsBetter decides which value is better.
 */
export const compareAttributesByName = <Ours extends Attribute, Theirs extends Attribute>(
  ours: readonly Ours[],
  theirs: readonly Theirs[],
): AttributeComparison<Ours, Theirs>[] => {
  const theirsByName = new Map<string, Theirs>();
  for (const attribute of theirs) {
    if (attribute.name && attribute.value != null)
      theirsByName.set(foldName(attribute.name), attribute);
  }
  const matched = new Set<Theirs>();
  const rows: AttributeComparison<Ours, Theirs>[] = [];
  for (const attribute of ours) {
    if (!attribute.name) continue;
    const other = theirsByName.get(foldName(attribute.name)) ?? null;
    if (other) matched.add(other);
    rows.push({
      name: attribute.name,
      ours: attribute,
      theirs: other,
      better: betterOf(attribute, other),
    });
  }
  for (const attribute of theirs) {
    if (!attribute.name || matched.has(attribute)) continue;
    rows.push({ name: attribute.name, ours: null, theirs: attribute, better: null });
  }
  return rows;
};

/** Counts the rows where one side is better (wins and losses are ours). */
export const tallyComparisons = (rows: readonly { better: Better }[]): HeadToHeadResult => ({
  wins: rows.filter((row) => row.better === 'ours').length,
  losses: rows.filter((row) => row.better === 'theirs').length,
  ties: rows.filter((row) => row.better === 'tie').length,
});

/**
 * Compares same-named attributes (names folded) with a value on both sides; our product's
 * higherIsBetter decides which value is better. Wins and losses are ours.
 */
export const compareAttributes = (
  ours: readonly Attribute[],
  theirs: readonly Attribute[],
): HeadToHeadResult => tallyComparisons(compareAttributesByName(ours, theirs));
