import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';
import { guardContentManager } from './content-manager-guards';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  guardContentManager(strapi);
};

export default bootstrap;
