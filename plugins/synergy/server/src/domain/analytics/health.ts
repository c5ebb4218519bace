import { clamp } from './numbers';

export type HealthBand = 'healthy' | 'watch' | 'at_risk';

/** S = (mean survey overall − 1) ÷ 4 × 100, or 50 without surveys. */
export const satisfactionComponent = (surveyMean: number | null): number =>
  surveyMean == null ? 50 : ((surveyMean - 1) / 4) * 100;

/** R = 100 up to 30 days since the last interaction, falling linearly to 0 at 180; 0 without interactions. */
export const recencyComponent = (daysSinceInteraction: number | null): number => {
  if (daysSinceInteraction == null) return 0;
  if (daysSinceInteraction <= 30) return 100;
  return clamp(((180 - daysSinceInteraction) / 150) * 100, 0, 100);
};

/** I = 100 − 20 × open issues (open high/critical feedback + open p1/p2 tickets), not below 0. */
export const issuesComponent = (openIssues: number): number => Math.max(0, 100 - 20 * openIssues);

/** V = resolve compliance × 100, or 100 without resolved tickets. */
export const serviceComponent = (resolveCompliance: number | null): number =>
  resolveCompliance == null ? 100 : resolveCompliance * 100;

export interface HealthComponents {
  s: number;
  r: number;
  i: number;
  v: number;
}

/** Health = round(0.35 S + 0.25 R + 0.2 I + 0.2 V). */
export const healthScore = ({ s, r, i, v }: HealthComponents): number =>
  // Rounded to 1e-9 first so that binary noise (69.49999999) does not decide the rounding.
  Math.round(Math.round((0.35 * s + 0.25 * r + 0.2 * i + 0.2 * v) * 1e9) / 1e9);

/** ≥ 70 healthy, 40–69 watch, < 40 at risk. */
export const healthBand = (health: number): HealthBand =>
  health >= 70 ? 'healthy' : health >= 40 ? 'watch' : 'at_risk';
