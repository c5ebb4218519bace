import { clamp, mean } from './numbers';

export interface Kpi {
  baseline: number | null;
  target: number | null;
  actual: number | null;
}

/**
 * KPI attainment 0–1: clamp((actual − baseline) ÷ (target − baseline), 0, 1); a KPI whose target
 * equals its baseline counts 1 if actual meets it, else 0. Null when a value is missing.
 */
export const kpiAttainment = ({ baseline, target, actual }: Kpi): number | null => {
  if (baseline == null || target == null || actual == null) return null;
  if (target === baseline) return actual >= target ? 1 : 0;
  return clamp((actual - baseline) / (target - baseline), 0, 1);
};

/** Depth = mean attainment × 100 over the KPIs that can be computed; null without one. */
export const depthScore = (kpis: readonly Kpi[]): number | null => {
  const attainments = kpis.map(kpiAttainment).filter((value): value is number => value != null);
  const average = mean(attainments);
  return average == null ? null : average * 100;
};

/** Defensibility = (5 − imitability) ÷ 4 × 100; null without imitability. */
export const defensibilityScore = (imitability: number | null): number | null =>
  imitability == null ? null : ((5 - imitability) / 4) * 100;

/** ROI = (realizedBenefit − investment) ÷ investment; null without both, or with no investment. */
export const returnOnInvestment = (
  investment: number | null,
  realizedBenefit: number | null,
): number | null =>
  investment == null || realizedBenefit == null || investment === 0
    ? null
    : (realizedBenefit - investment) / investment;

/** Efficiency = clamp(ROI + 1, 0, 2) ÷ 2 × 100; null without ROI. */
export const efficiencyScore = (roi: number | null): number | null =>
  roi == null ? null : (clamp(roi + 1, 0, 2) / 2) * 100;

/** Integration = 100 when linked to an approved/active strategy of another dimension, else 0. */
export const integrationScore = (linkedToOtherDimension: boolean): number =>
  linkedToOtherDimension ? 100 : 0;

/** Overall = rounded mean of the scores present; null when none is. */
export const overallScore = (scores: ReadonlyArray<number | null>): number | null => {
  const average = mean(scores.filter((value): value is number => value != null));
  return average == null ? null : Math.round(average);
};
