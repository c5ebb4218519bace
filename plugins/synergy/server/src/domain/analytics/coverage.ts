/** Coverage of customer needs by strategies (SPEC §4, coverage and loss-reason gaps). */

export type Dimension = 'product' | 'service' | 'technology' | 'brand';

/** Gap priority = volume × (5 − mean satisfaction), an absent mean counting 3. */
export const gapPriority = (volume: number, meanSatisfaction: number | null): number =>
  volume * (5 - (meanSatisfaction ?? 3));

/** The strategy dimension that answers a loss-reason category; `other` has none. */
export const REASON_DIMENSION: Readonly<Record<string, Dimension>> = {
  price: 'product',
  performance: 'product',
  quality: 'product',
  reliability: 'product',
  service: 'service',
  delivery: 'service',
  technology: 'technology',
  relationship: 'brand',
  compliance: 'brand',
};

export const dimensionForReason = (category: string): Dimension | null =>
  REASON_DIMENSION[category] ?? null;

/** Dimension coverage of one customer: distinct dimensions of the active strategies targeting it ÷ 4. */
export const dimensionCoverage = (distinctDimensions: number): number =>
  Math.min(distinctDimensions, 4) / 4;
