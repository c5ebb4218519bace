import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';
import { registerAdminClearanceCondition } from './admin-clearance-condition';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerAdminClearanceCondition(strapi);
  const dataVersions = getService(strapi, 'data-versions');
  await dataVersions.ensure(dataVersions.kinds());
  await getService(strapi, 'audit-chain').ensureHead();
};

export default bootstrap;
