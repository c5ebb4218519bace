import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import { getService } from '../utils/get-service';
import { heldForApproval } from '../utils/held-for-approval';
import createAnalyticsController from './analytics';
import { validateMergeBody } from '../validation';

const CUSTOMER = 'api::customer.customer';
/** A merge updates one customer and deletes the other: the caller needs both in the content manager. */
const REQUIRED_CUSTOMER_ACTIONS = ['update', 'delete'] as const;

const createDataQualityController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Content API: GET /api/synergy/data-quality, a `find` as controllers/reports.ts explains. */
  find: createAnalyticsController({ strapi }).dataQuality,
  /** POST /synergy/data-quality/merge { keep, remove } */
  async merge(ctx: Context) {
    const body = (await validateMergeBody(ctx.request.body)) as PostMergeCustomers.Body;
    const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean };
    const missing = REQUIRED_CUSTOMER_ACTIONS.filter(
      (action) => !ability.can(`plugin::content-manager.explorer.${action}`, CUSTOMER),
    );
    if (missing.length > 0) {
      // PolicyError: Strapi passes its message on (a ForbiddenError's is masked).
      throw new errors.PolicyError(
        `Merging customers needs the permission to ${missing.join(' and ')} customers`,
      );
    }
    const data = await getService(strapi, 'customer-merge').merge(body);
    if ('request' in data) return heldForApproval(ctx, data.request);
    ctx.body = { data } satisfies PostMergeCustomers.Response;
  },
});

export default createDataQualityController;
