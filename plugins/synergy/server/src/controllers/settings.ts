import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { UpdateSettings } from '../../../shared/contracts/analytics';
import { getService } from '../utils/get-service';
import { validateSettingsBody } from '../validation';

/** Admin API: GET/PUT /synergy/settings (SLA targets). */
const createSettingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').getSettings() };
  },
  async update(ctx: Context) {
    const body = (await validateSettingsBody(ctx.request.body)) as UpdateSettings.Request;
    ctx.body = { data: await getService(strapi, 'settings').updateSettings(body) };
  },
});

export default createSettingsController;
