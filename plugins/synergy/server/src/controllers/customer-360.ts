import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { adminCanRead, contentApiCanRead, type CanReadFactory } from '../utils/can-read';
import {
  validateCustomer360Query,
  validateSearchCustomersQuery,
  validateSuggestCustomersQuery,
} from '../validation';

const show360 = (strapi: Core.Strapi, canReadFor: CanReadFactory) => async (ctx: Context) => {
  const { limit } = (await validateCustomer360Query(ctx.query)) as { limit: number };
  const data = await getService(strapi, 'customer-360').getCustomer360(ctx.params.documentId, {
    limit,
    canRead: canReadFor(ctx),
  });
  // Marked by what the page shows: the customer and the records listed in its sections.
  const shown = [
    data.customer,
    ...Object.values(data).flatMap((section) =>
      section && 'items' in section ? (section.items as Record<string, unknown>[]) : [],
    ),
  ];
  ctx.body = { data, meta: { marking: await getService(strapi, 'marking').ofRecords(shown) } };
};

const createCustomer360Controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Content API: GET /api/synergy/customers/:documentId/360 (a `findOne`, so read-only API tokens reach it) */
  findOne: show360(strapi, contentApiCanRead),
  /** Admin API: GET /synergy/customers/:documentId/360 */
  adminFind360: show360(strapi, adminCanRead),
  /** Admin API: GET /synergy/customers/search?q= */
  async search(ctx: Context) {
    const { q } = (await validateSearchCustomersQuery(ctx.query)) as { q: string };
    ctx.body = { data: await getService(strapi, 'customer-360').searchCustomers(q) };
  },
  /** Admin API: GET /synergy/customers/suggestions?limit= */
  async suggestions(ctx: Context) {
    const { limit } = (await validateSuggestCustomersQuery(ctx.query)) as { limit: number };
    ctx.body = {
      data: await getService(strapi, 'customer-360').suggestCustomers({
        limit,
        canRead: adminCanRead(ctx),
      }),
    };
  },
});

export default createCustomer360Controller;
