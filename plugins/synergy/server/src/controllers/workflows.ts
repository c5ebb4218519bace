import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Workflows } from '../../../shared/contracts/reviews';
import { reviewGateOf, type GatedModel } from '../domain/workflow';
import { getService } from '../utils/get-service';
import { validateWorkflowBody } from '../validation';

const createWorkflowsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/workflows */
  async find(ctx: Context) {
    const roles = (await strapi.db.query('admin::role').findMany({ select: ['id', 'name'], orderBy: { id: 'asc' } })) as Array<{ id: number; name: string }>;
    const models = strapi.contentTypes as unknown as Record<string, GatedModel>;
    const gates = Object.fromEntries(
      Object.keys(models)
        .filter((uid) => uid.startsWith('api::'))
        .map((uid) => [uid, reviewGateOf(uid, models[uid])])
    );
    const body: Workflows.ListResponse = { data: await getService(strapi, 'workflows').list(), meta: { roles, gates } };
    ctx.body = body;
  },

  /** PUT /synergy/workflows/:id */
  async update(ctx: Context) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || id < 1) throw new errors.ValidationError('id must be a positive integer');
    const body = (await validateWorkflowBody(ctx.request.body)) as Workflows.UpdateBody;
    ctx.body = { data: await getService(strapi, 'workflows').update(id, body) };
  },
});

export default createWorkflowsController;
