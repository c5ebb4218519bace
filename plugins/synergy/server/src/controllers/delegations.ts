import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Delegations } from '../../../shared/contracts/reviews';
import { getService } from '../utils/get-service';
import { validateDelegationBody } from '../validation';
import { actorOf } from './reviews';

const createDelegationsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const delegations = () => getService(strapi, 'delegations');
  return {
    /** GET /synergy/delegations: the current user's, and whom they may name. */
    async find(ctx: Context) {
      const { id } = actorOf(ctx);
      const [data, users] = await Promise.all([
        delegations().listFor(id),
        delegations().candidates(id),
      ]);
      const body: Delegations.ListResponse = { data, meta: { users } };
      ctx.body = body;
    },

    /** POST /synergy/delegations */
    async create(ctx: Context) {
      const body = (await validateDelegationBody(ctx.request.body)) as Delegations.CreateBody;
      ctx.status = 201;
      ctx.body = { data: await delegations().create(actorOf(ctx).id, body) };
    },

    /** DELETE /synergy/delegations/:id */
    async delete(ctx: Context) {
      const id = Number(ctx.params.id);
      if (!Number.isInteger(id) || id < 1)
        throw new errors.ValidationError('id must be a positive integer');
      await delegations().remove(actorOf(ctx), id);
      ctx.status = 204;
    },
  };
};

export default createDelegationsController;
