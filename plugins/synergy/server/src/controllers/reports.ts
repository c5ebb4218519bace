import type { Core } from '@strapi/strapi';
import createAnalyticsController from './analytics';

type AnalyticsAction = keyof ReturnType<typeof createAnalyticsController>;

/**
 * The content API's analytics routes (/api/synergy/…), each a controller whose action is named
 * as Strapi names reads (`find`, `findOne`): Strapi's read-only API tokens accept exactly those,
 * so a reporting token reaches them. Each runs the action the admin API uses.
 */
const report =
  <Read extends 'find' | 'findOne'>(read: Read, action: AnalyticsAction) =>
  ({ strapi }: { strapi: Core.Strapi }) =>
    ({ [read]: createAnalyticsController({ strapi })[action] }) as Record<
      Read,
      ReturnType<typeof createAnalyticsController>[AnalyticsAction]
    >;

export const reportControllers = {
  overview: report('find', 'overview'),
  coverage: report('find', 'coverage'),
  impact: report('find', 'impact'),
  portfolio: report('find', 'portfolio'),
  competitors: report('find', 'competitors'),
  'win-loss': report('find', 'winLoss'),
  scorecard: report('findOne', 'scorecard'),
  'customer-health': report('findOne', 'customerHealth'),
};
