import type { Core } from '@strapi/strapi';
import { CLASSIFICATION_LEVELS } from './domain/classification';
import { CRM_CONTENT_TYPES } from './domain/crm-content-types';
import { CAVEATS_FIELD, COMPARTMENTS_FIELD } from './domain/need-to-know';

/**
 * Users & Permissions users carry a clearance (SPEC §1), `public` unless an administrator raises
 * it, the compartments they hold and whether they are external (SPEC §1.1).
 */
export const addClearanceToApiUsers = (strapi: Core.Strapi) => {
  const user = strapi.contentType('plugin::users-permissions.user');
  Object.assign(user.attributes as Record<string, unknown>, {
    clearance: {
      type: 'enumeration',
      enum: [...CLASSIFICATION_LEVELS],
      default: 'public',
      required: true,
    },
    [COMPARTMENTS_FIELD]: { type: 'json' },
    external: { type: 'boolean', default: false },
  });
};

/**
 * Every CRM type of the registry carries compartments and caveats (SPEC §1.1): JSON arrays of
 * codes, added here from the registry so that a type added to it carries them too.
 */
export const addNeedToKnowToCrmTypes = (strapi: Core.Strapi) => {
  for (const uid of CRM_CONTENT_TYPES) {
    const model = strapi.contentType(uid as never);
    if (!model) continue;
    Object.assign(model.attributes as Record<string, unknown>, {
      [COMPARTMENTS_FIELD]: { type: 'json', pluginOptions: { i18n: { localized: false } } },
      [CAVEATS_FIELD]: { type: 'json', pluginOptions: { i18n: { localized: false } } },
    });
  }
};
