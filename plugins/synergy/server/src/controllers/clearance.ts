import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Classification } from '../domain/classification';
import { getService } from '../utils/get-service';
import { validateClearanceBody } from '../validation';

const createClearanceController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/clearances */
  async find(ctx: Context) {
    const [users, compartments] = await Promise.all([
      getService(strapi, 'clearance').listAdminClearances(),
      getService(strapi, 'need-to-know').list('compartment'),
    ]);
    // The compartments one may grant are offered beside the users (SPEC §1.1).
    ctx.body = { data: users, meta: { compartments } };
  },

  /** PUT /synergy/clearances/:userId */
  async update(ctx: Context) {
    const userId = Number(ctx.params.userId);
    if (!Number.isInteger(userId) || userId < 1)
      throw new errors.ValidationError('userId must be a positive integer');
    const { level, note, compartments } = (await validateClearanceBody(ctx.request.body)) as {
      level: Classification;
      note?: string | null;
      compartments?: string[];
    };
    const clearance = getService(strapi, 'clearance');
    const own = (await clearance.currentClearance()) ?? 'secret';
    if (compartments) await clearance.checkGrantableCompartments(compartments);
    ctx.body = {
      data: await clearance.setAdminClearance(userId, level, note, own, compartments),
    };
  },
});

export default createClearanceController;
