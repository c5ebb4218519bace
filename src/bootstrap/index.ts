import type { Core } from '@strapi/strapi';
import { createAdminRoles } from './admin-roles';
import { applyUsersPermissionsDefaults } from './users-permissions';
import { ensureContentLocales } from './locales';
import { configureContentManagerViews } from './content-manager-views';

/** First-start setup of the app; each step keeps what an administrator later changes. */
export const bootstrapApp = async (strapi: Core.Strapi) => {
  await ensureContentLocales(strapi);
  await createAdminRoles(strapi);
  // The default approval workflows name their approver roles: seed them once the roles exist.
  await strapi.plugin('synergy').service('workflows').ensureDefaults();
  await applyUsersPermissionsDefaults(strapi);
  await configureContentManagerViews(strapi);
};

export { ADMIN_ROLES } from './admin-roles';
