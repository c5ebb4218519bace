import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';
import { registerAdminClearanceCondition } from './admin-clearance-condition';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerAdminClearanceCondition(strapi);
};

export default bootstrap;
