/** Data completeness of a customer: ten checks (SPEC §4 data quality). */

export const QUALITY_CHECKS = [
  'code',
  'type',
  'sector',
  'region',
  'tier',
  'owner',
  'contact',
  'keyDecisionMaker',
  'need',
  'recentInteraction',
] as const;

export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export type CheckResults = Record<QualityCheck, boolean>;

/** The share of the ten checks that pass (0–1) and the names of those that fail, in check order. */
export const completeness = (
  checks: CheckResults,
): { completeness: number; failing: QualityCheck[] } => {
  const failing = QUALITY_CHECKS.filter((check) => !checks[check]);
  return {
    completeness: (QUALITY_CHECKS.length - failing.length) / QUALITY_CHECKS.length,
    failing,
  };
};

/** Customers are stale after 90 days without an interaction, competitors 180 days without a review. */
export const STALE_CUSTOMER_DAYS = 90;
export const STALE_COMPETITOR_DAYS = 180;
