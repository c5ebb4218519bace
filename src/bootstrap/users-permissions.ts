import type { Core } from '@strapi/strapi';
import { ADMIN_ROLES } from './admin-roles';

const PUBLIC_ACTIONS = [
  'api::brand-material.brand-material.find',
  'api::brand-material.brand-material.findOne',
];

/**
 * Strapi grants the refresh route to Public only: a client that sends its (expired) Bearer JWT
 * along, as server-side integrations do, got 403. Authenticated may refresh too.
 */
const AUTHENTICATED_ACTIONS = ['plugin::users-permissions.auth.refresh'];

const crmReadActions = () => {
  const uids = new Set(ADMIN_ROLES.flatMap((role) => [...role.manage, ...role.read]));
  return [...uids].flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
};

/**
 * Users & Permissions defaults of SPEC §6, applied once (a marker in the store keeps what an
 * administrator later changes): Public reads brand materials only (published and classified
 * `public`, enforced by the synergy plugin), Authenticated reads the CRM per clearance,
 * self-registration is off.
 */
export const applyUsersPermissionsDefaults = async (strapi: Core.Strapi) => {
  const marker = strapi.store({ type: 'app', name: 'synergy', key: 'users-permissions-defaults' });
  if (await marker.get({})) return;

  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  const permissionQuery = strapi.db.query('plugin::users-permissions.permission');
  for (const role of roles) {
    const wanted =
      role.type === 'public' ? PUBLIC_ACTIONS : [...crmReadActions(), ...AUTHENTICATED_ACTIONS];
    // Keep the plugin's own auth routes (login, password reset, me); drop content permissions not wanted.
    const existing = await permissionQuery.findMany({ where: { role: role.id } });
    for (const permission of existing) {
      if (permission.action.startsWith('api::') && !wanted.includes(permission.action)) {
        await permissionQuery.delete({ where: { id: permission.id } });
      }
    }
    const present = new Set(existing.map((permission: { action: string }) => permission.action));
    for (const action of wanted.filter((a) => !present.has(a))) {
      await permissionQuery.create({ data: { action, role: role.id } });
    }
  }

  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  await advanced.set({ value: { ...settings, allow_register: false } });

  await marker.set({ value: { appliedAt: new Date().toISOString() } });
};
