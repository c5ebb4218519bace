import type { Core } from '@strapi/strapi';
import { CLASSIFICATION_LEVELS } from './domain/classification';

/** Users & Permissions users carry a clearance (SPEC §1), `public` unless an administrator raises it. */
export const addClearanceToApiUsers = (strapi: Core.Strapi) => {
  const user = strapi.contentType('plugin::users-permissions.user');
  (user.attributes as Record<string, unknown>).clearance = {
    type: 'enumeration',
    enum: [...CLASSIFICATION_LEVELS],
    default: 'public',
    required: true,
  };
};
