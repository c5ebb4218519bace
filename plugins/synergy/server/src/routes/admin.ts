import type { Core } from '@strapi/strapi';
import type { Handler } from './handler';
import { ACTIONS } from '../permissions';

const requires = (...actions: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

/** Served under /synergy to the admin panel (admin JWT). */
const routes: Array<Core.RouteInput & { handler: Handler }> = [
  {
    method: 'GET',
    path: '/customers/search',
    handler: 'customer-360.search',
    config: { policies: requires(ACTIONS.customer360) },
  },
  {
    method: 'GET',
    path: '/customers/:documentId/360',
    handler: 'customer-360.adminFind360',
    config: { policies: requires(ACTIONS.customer360) },
  },
];

export default { type: 'admin', routes } satisfies Core.RouterInput;
