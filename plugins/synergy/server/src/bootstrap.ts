import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
};

export default bootstrap;
