import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { UpdateMasking } from '../../../shared/contracts/masking';
import { getService } from '../utils/get-service';
import { validateMaskingBody } from '../validation';

/** Admin API: GET/PUT /synergy/masking (which fields which roles see masked). */
const createMaskingController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = await getService(strapi, 'masking').getSettings();
  },
  async update(ctx: Context) {
    const body = (await validateMaskingBody(ctx.request.body)) as UpdateMasking.Request;
    ctx.body = { data: await getService(strapi, 'masking').updateSettings(body) };
  },
});

export default createMaskingController;
