/**
 * The demo's masked fields (SPEC §1): the Service Engineer reads contacts with their phone and
 * e-mail masked (138****5678, z***@example.com), so a newcomer logging in as that role sees it.
 * Applied once: rules an administrator has saved (even none) are kept.
 */
import type { Core } from '@strapi/strapi';

export const DEMO_MASKED_ROLE = 'Service Engineer';
export const DEMO_MASKED_FIELDS = ['phone', 'email'] as const;

interface MaskingService {
  updateSettings: (settings: {
    rules: Array<{
      contentType: string;
      field: string;
      adminRoles: number[];
      apiRoles: string[];
      apiTokens: boolean;
    }>;
  }) => Promise<unknown>;
}

/** Sets the demo rule when no masking rules were ever stored; answers whether it did. */
export const ensureDemoMasking = async (strapi: Core.Strapi): Promise<boolean> => {
  const stored: unknown = await strapi
    .store({ type: 'plugin', name: 'synergy', key: 'masking' })
    .get({});
  if (stored !== null && stored !== undefined) return false;
  const role = (await strapi.db
    .query('admin::role')
    .findOne({ where: { name: DEMO_MASKED_ROLE } })) as { id: number } | null;
  if (!role) return false;
  const masking = strapi.plugin('synergy').service('masking') as MaskingService;
  await masking.updateSettings({
    rules: DEMO_MASKED_FIELDS.map((field) => ({
      contentType: 'api::contact.contact',
      field,
      adminRoles: [role.id],
      apiRoles: [],
      apiTokens: false,
    })),
  });
  return true;
};
