/** The battlecard's figures from a competitor's bids (pure: the service reads the records). */

const CLOSED = new Set(['won', 'lost', 'abandoned']);

export interface Bid {
  stage: string | null;
  /** documentId of the winning competitor, when lost. */
  winner: string | null;
  reasons: ReadonlyArray<{ category?: string | null }>;
  owner: {
    id: number | string;
    firstname?: string | null;
    lastname?: string | null;
    email?: string | null;
  } | null;
}

/** Categories by how often they occur, most frequent first (then by name), at most `limit`. */
export const topCategories = (categories: Iterable<string | null | undefined>, limit: number) => {
  const counts = new Map<string, number>();
  for (const category of categories)
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
    .slice(0, limit);
};

/** Our record against a competitor over the bids it took part in. */
export const summarizeBids = (bids: readonly Bid[], competitor: string) => {
  const count = (stage: string) => bids.filter((bid) => bid.stage === stage).length;
  const won = count('won');
  const lost = count('lost');
  const losses = bids.filter((bid) => bid.stage === 'lost');
  return {
    bids: bids.length,
    open: bids.filter((bid) => !CLOSED.has(bid.stage ?? '')).length,
    won,
    lost,
    abandoned: count('abandoned'),
    winRate: won + lost > 0 ? won / (won + lost) : null,
    lostToIt: losses.filter((bid) => bid.winner === competitor).length,
    topLossReasons: topCategories(
      losses.flatMap((bid) => bid.reasons.map((reason) => reason.category)),
      5,
    ),
  };
};

const fullName = (owner: NonNullable<Bid['owner']>) =>
  [owner.firstname, owner.lastname].filter(Boolean).join(' ').trim() ||
  owner.email ||
  String(owner.id);

/** The owners of the bids, who know the competitor first-hand: most bids first, then by name. */
export const peopleToAsk = (bids: readonly Bid[]) => {
  const people = new Map<string, { name: string; email: string | null; bids: number }>();
  for (const { owner } of bids) {
    if (!owner) continue;
    const key = String(owner.id);
    const person = people.get(key) ?? {
      name: fullName(owner),
      email: owner.email ?? null,
      bids: 0,
    };
    person.bids += 1;
    people.set(key, person);
  }
  return [...people.values()].sort((a, b) => b.bids - a.bids || a.name.localeCompare(b.name));
};
