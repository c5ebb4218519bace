/** The naive reference of every analytics endpoint (bench/analytics.ts), in the table's order. */
import { naiveCoverage } from './coverage';
import { naiveDataQuality, naiveHealth } from './customers';
import { naiveImpact } from './impact';
import { naiveOverview } from './overview';
import type { NaiveEndpoint } from './read';
import { naiveCompetitors, naivePortfolio, naiveScorecard } from './strategies';
import { naiveWinLoss } from './win-loss';

export const NAIVE_ENDPOINTS: NaiveEndpoint[] = [
  naiveOverview,
  naiveCoverage,
  naiveImpact,
  naivePortfolio,
  naiveCompetitors,
  naiveWinLoss,
  naiveDataQuality,
  naiveScorecard,
  naiveHealth,
];

export type { Headline, NaiveEndpoint, NaiveInput } from './read';
