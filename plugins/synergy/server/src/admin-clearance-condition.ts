import type { Core } from '@strapi/strapi';
import { visibleLevels, type Classification } from './domain/classification';
import { getModel } from './utils/get-model';
import { getService } from './utils/get-service';

/** The engine spreads the admin user into the hook's context, beside the permission. */
interface WillRegisterContext {
  permission: { action: string; subject?: string | null };
  condition: { and: (condition: Record<string, unknown>) => unknown };
  id?: number;
  roles?: Array<{ code?: string }>;
}

/**
 * Adds "classification within the user's clearance" to every admin permission on a classified
 * content type, as the i18n plugin does for locales. The content manager applies permission
 * conditions on paths that bypass the document service (relation pickers, relation lists).
 * Creating is left to the document-service rule, which answers with a clear 403.
 */
export const registerAdminClearanceCondition = (strapi: Core.Strapi) => {
  const { engine } = strapi.service('admin::permission');
  // One ability is built from many permissions of the same user object: look its clearance up once.
  const clearanceOfUser = new WeakMap<object, Promise<Classification>>();
  engine.hooks['before-register.permission'].register(async (context: WillRegisterContext) => {
    const { permission, id, roles } = context;
    if (id === undefined || !permission.subject || permission.action.endsWith('.create')) return;
    if (!getModel(strapi, permission.subject)?.attributes.classification) return;
    const key = roles ?? context;
    if (!clearanceOfUser.has(key))
      clearanceOfUser.set(key, getService(strapi, 'clearance').forAdminUser({ id, roles }));
    const clearance = await clearanceOfUser.get(key)!;
    context.condition.and({ classification: { $in: visibleLevels(clearance) } });
  });
};
