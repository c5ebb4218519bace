/**
 * Source confidence of a competitor fact on the Admiralty (NATO) scale: the reliability of the
 * source, A (completely reliable) to F (cannot be judged), and the credibility of the
 * information, 1 (confirmed by other sources) to 6 (truth cannot be judged).
 */

export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

/** Reliabilities and credibilities too weak to build a comparison on. */
const WEAK_RELIABILITIES: ReadonlySet<string> = new Set(['E', 'F']);
const WEAK_CREDIBILITIES: ReadonlySet<number> = new Set([5, 6]);

export interface SourceConfidence {
  reliability?: string | null;
  credibility?: number | null;
}

export const isReliability = (value: unknown): value is Reliability =>
  typeof value === 'string' && (RELIABILITIES as readonly string[]).includes(value);

const credibilityOf = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 6
    ? number
    : null;
};

/**
 * Whether a fact is unconfirmed: its source is unreliable or cannot be judged (E, F), its
 * information improbable or not judgeable (5, 6), or either half is missing — a fact nobody
 * graded is not treated as confirmed.
 */
export const isUnconfirmed = ({ reliability, credibility }: SourceConfidence): boolean => {
  const grade = credibilityOf(credibility);
  return (
    !isReliability(reliability) ||
    WEAK_RELIABILITIES.has(reliability) ||
    grade == null ||
    WEAK_CREDIBILITIES.has(grade)
  );
};

/** The grade as analysts write it, `B2`; a missing half is `?` (`B?`, `??`). */
export const confidenceGrade = ({ reliability, credibility }: SourceConfidence): string =>
  `${isReliability(reliability) ? reliability : '?'}${credibilityOf(credibility) ?? '?'}`;

export interface ConfidenceCounts {
  confirmed: number;
  unconfirmed: number;
  /** Facts per grade (`B2`: 3); grades with no fact are left out. */
  byGrade: Record<string, number>;
}

export const emptyConfidenceCounts = (): ConfidenceCounts => ({
  confirmed: 0,
  unconfirmed: 0,
  byGrade: {},
});

/** Adds facts to running counts (mutating `counts`, which it returns). */
export const addConfidence = (
  counts: ConfidenceCounts,
  facts: Iterable<SourceConfidence>,
): ConfidenceCounts => {
  for (const fact of facts) {
    if (isUnconfirmed(fact)) counts.unconfirmed += 1;
    else counts.confirmed += 1;
    const grade = confidenceGrade(fact);
    counts.byGrade[grade] = (counts.byGrade[grade] ?? 0) + 1;
  }
  return counts;
};

/** How many facts are confirmed and unconfirmed, and how many of each grade. */
export const countConfidence = (facts: Iterable<SourceConfidence>): ConfidenceCounts =>
  addConfidence(emptyConfidenceCounts(), facts);

/** The sum of several counts (a page's total over its competitors). */
export const sumConfidence = (counts: Iterable<ConfidenceCounts>): ConfidenceCounts => {
  const total = emptyConfidenceCounts();
  for (const count of counts) {
    total.confirmed += count.confirmed;
    total.unconfirmed += count.unconfirmed;
    for (const [grade, facts] of Object.entries(count.byGrade))
      total.byGrade[grade] = (total.byGrade[grade] ?? 0) + facts;
  }
  return total;
};

/** The confidence shown with a fact: its grade and whether it is unconfirmed. */
export const describeConfidence = (fact: SourceConfidence) => ({
  reliability: isReliability(fact.reliability) ? fact.reliability : null,
  credibility: credibilityOf(fact.credibility),
  grade: confidenceGrade(fact),
  unconfirmed: isUnconfirmed(fact),
});
