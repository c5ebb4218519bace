import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Workflows } from '../../../shared/contracts/reviews';
import { isCrmContentType } from '../domain/crm-content-types';
import { reviewGateOf } from '../domain/workflow';
import { contentTypeModels } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { validateWorkflowBody } from '../validation';

const createWorkflowsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/workflows */
  async find(ctx: Context) {
    const roles = (await strapi.db
      .query('admin::role')
      .findMany({ select: ['id', 'name'], orderBy: { id: 'asc' } })) as Array<{
      id: number;
      name: string;
    }>;
    const gates = Object.fromEntries(
      contentTypeModels(strapi)
        .filter(([uid]) => isCrmContentType(uid))
        .map(([uid, model]) => [uid, reviewGateOf(uid, model)]),
    );
    const body: Workflows.ListResponse = {
      data: await getService(strapi, 'workflows').list(),
      meta: { roles, gates },
    };
    ctx.body = body;
  },

  /** PUT /synergy/workflows/:id */
  async update(ctx: Context) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || id < 1)
      throw new errors.ValidationError('id must be a positive integer');
    const body = (await validateWorkflowBody(ctx.request.body)) as Workflows.UpdateBody;
    ctx.body = { data: await getService(strapi, 'workflows').update(id, body) };
  },
});

export default createWorkflowsController;
