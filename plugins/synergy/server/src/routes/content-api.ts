import type { Core } from '@strapi/strapi';
import type { Handler } from './handler';

/**
 * Served under /api/synergy. Each route is a permission in the Users & Permissions "Synergy"
 * section, granted to no role by default (SPEC §5).
 */
const routes: Array<Core.RouteInput & { handler: Handler }> = [
  {
    method: 'GET',
    path: '/customers/:documentId/360',
    handler: 'customer-360.find360',
  },
  { method: 'GET', path: '/overview', handler: 'analytics.overview' },
  { method: 'GET', path: '/coverage', handler: 'analytics.coverage' },
  { method: 'GET', path: '/impact', handler: 'analytics.impact' },
  { method: 'GET', path: '/portfolio', handler: 'analytics.portfolio' },
  { method: 'GET', path: '/competitors', handler: 'analytics.competitors' },
  { method: 'GET', path: '/win-loss', handler: 'analytics.winLoss' },
  { method: 'GET', path: '/data-quality', handler: 'analytics.dataQuality' },
  { method: 'GET', path: '/strategies/:documentId/scorecard', handler: 'analytics.scorecard' },
  { method: 'GET', path: '/customers/:documentId/health', handler: 'analytics.customerHealth' },
];

export default { type: 'content-api', routes } satisfies Core.RouterInput;
