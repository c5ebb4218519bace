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
];

export default { type: 'content-api', routes } satisfies Core.RouterInput;
