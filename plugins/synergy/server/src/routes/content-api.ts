import type { Core } from '@strapi/strapi';
import type { Handler } from './handler';

/**
 * Served under /api/synergy. Each route is a permission in the Users & Permissions "Synergy"
 * section, granted to no role by default (SPEC §5).
 */
const routes: Array<Core.RouteInput & { handler: Handler }> = [
  // Read actions are named find/findOne, the only ones Strapi's read-only API tokens accept.
  { method: 'GET', path: '/customers/:documentId/360', handler: 'customer-360.findOne' },
  {
    method: 'GET',
    path: '/competitors/:documentId/battlecard',
    handler: 'battlecard.findOne',
  },
  { method: 'GET', path: '/overview', handler: 'overview.find' },
  { method: 'GET', path: '/coverage', handler: 'coverage.find' },
  { method: 'GET', path: '/impact', handler: 'impact.find' },
  { method: 'GET', path: '/portfolio', handler: 'portfolio.find' },
  { method: 'GET', path: '/competitors', handler: 'competitors.find' },
  { method: 'GET', path: '/win-loss', handler: 'win-loss.find' },
  { method: 'GET', path: '/data-quality', handler: 'data-quality.find' },
  { method: 'GET', path: '/strategies/:documentId/scorecard', handler: 'scorecard.findOne' },
  { method: 'GET', path: '/customers/:documentId/health', handler: 'customer-health.findOne' },
  { method: 'GET', path: '/reviews', handler: 'review-history.find' },
  { method: 'GET', path: '/reviews/:id', handler: 'review-history.findOne' },
];

export default { type: 'content-api', routes } satisfies Core.RouterInput;
