import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';
import { registerAdminClearanceCondition } from './admin-clearance-condition';
import { isTrackedKind, SETTINGS_KIND } from './services/data-versions';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerAdminClearanceCondition(strapi);
  await getService(strapi, 'data-versions').ensure([...Object.keys(strapi.contentTypes).filter(isTrackedKind), SETTINGS_KIND]);
};

export default bootstrap;
