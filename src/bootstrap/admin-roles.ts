import type { Core, UID } from '@strapi/strapi';
import {
  CRM_TYPES,
  type GrantedAdminRole,
  type RoleGrant,
} from '../../plugins/synergy/shared/crm-types';

const CM = 'plugin::content-manager.explorer';
const CUSTOMER_VIEW = 'plugin::synergy.customer-view.read';
const REVIEWS = 'plugin::synergy.reviews.read';
/** Every role reads the synergy analytics (each sees only what its clearance allows). */
const ANALYTICS = 'plugin::synergy.analytics.read';
/** Battlecards go with the analytics: every role (each sees only what its clearance allows). */
const BATTLECARD = 'plugin::synergy.battlecard.read';
const EXPORT = 'plugin::synergy.export.read';
/** Import also needs create (and, to update duplicates, update) on the content type itself. */
const IMPORT = 'plugin::synergy.import.create';
const MERGE = 'plugin::synergy.data-quality.merge';
const DUAL_CONTROL = 'plugin::synergy.dual-control.read';
const LOCALES = ['zh-Hans', 'en'];

const ALL_CRM = CRM_TYPES.map((type) => type.uid);

/** The types whose registry descriptor grants `role` what `include` asks for. */
const grantedTo = (
  role: GrantedAdminRole,
  include: (grant: RoleGrant) => boolean,
): UID.ContentType[] =>
  CRM_TYPES.flatMap((type) => {
    const grant = type.roles[role];
    return grant && include(grant) ? [type.uid] : [];
  });

/** A role's content-manager permissions as the descriptors' `roles` grant them, type by type. */
const granted = (role: GrantedAdminRole) => ({
  name: role,
  manage: grantedTo(role, (grant) => grant.access === 'manage'),
  read: grantedTo(role, (grant) => grant.access === 'read'),
  publish: grantedTo(role, (grant) => Boolean(grant.publish)),
  updateFields: Object.fromEntries(
    CRM_TYPES.flatMap((type) => {
      const fields = type.roles[role]?.updateFields;
      return fields ? [[type.uid, fields] as const] : [];
    }),
  ),
});

interface RoleDefinition {
  name: string;
  description: string;
  /** Create, read, update and delete. */
  manage: UID.ContentType[];
  read: UID.ContentType[];
  publish?: UID.ContentType[];
  /** Update limited to these fields. */
  updateFields?: Partial<Record<UID.ContentType, readonly string[]>>;
  pluginActions: string[];
}

const MEDIA_LIBRARY = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** The admin roles of SPEC §6; the Chinese name goes in the description. */
export const ADMIN_ROLES: RoleDefinition[] = [
  {
    ...granted('Account Manager'),
    description: '客户经理 — customers, contacts, interactions, feedback, surveys, opportunities',
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, BATTLECARD, EXPORT, IMPORT, MERGE],
  },
  {
    ...granted('Service Engineer'),
    description: '服务工程师 — service tickets; feedback status',
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, BATTLECARD, EXPORT, IMPORT],
  },
  {
    ...granted('Marketing'),
    description: '市场营销 — brand materials, campaigns; publishes only what the workflow approved',
    pluginActions: [...MEDIA_LIBRARY, REVIEWS, ANALYTICS, BATTLECARD, EXPORT],
  },
  {
    ...granted('Strategy Analyst'),
    description: '策略分析师 — competitors, offerings, strategies',
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, BATTLECARD, EXPORT, IMPORT],
  },
  {
    name: 'Security Officer',
    description: '安全保密员 — read all, clearances, audit',
    manage: [],
    read: ALL_CRM,
    pluginActions: [
      CUSTOMER_VIEW,
      REVIEWS,
      ANALYTICS,
      BATTLECARD,
      EXPORT,
      'plugin::synergy.audit.read',
      'plugin::synergy.clearances.manage',
      'plugin::synergy.need-to-know.manage',
    ],
  },
  {
    name: 'Leadership',
    description: '领导 — read all, approve',
    manage: [],
    read: ALL_CRM,
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, BATTLECARD, EXPORT],
  },
];

interface PermissionInput {
  action: string;
  subject?: string;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

const isLocalized = (strapi: Core.Strapi, uid: UID.ContentType) =>
  Boolean(
    (strapi.contentType(uid).pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n
      ?.localized,
  );

/** Content-manager permissions with every field (nested component fields included). */
const contentPermissions = (
  strapi: Core.Strapi,
  action: 'create' | 'read' | 'update' | 'delete' | 'publish',
  subjects: UID.ContentType[],
  fields?: readonly string[],
): PermissionInput[] =>
  (
    strapi.service('admin::content-type').getPermissionsWithNestedFields([
      // The registered action carries the properties it applies to (fields, locales), so the
      // permission lists every field, nested component fields included.
      { ...strapi.service('admin::permission').actionProvider.get(`${CM}.${action}`), subjects },
    ]) as PermissionInput[]
  ).map((permission) => ({
    ...permission,
    properties: {
      ...permission.properties,
      // Narrowed to these fields where the role may change only some.
      ...(fields ? { fields: [...fields] } : {}),
      ...(isLocalized(strapi, permission.subject as UID.ContentType) ? { locales: LOCALES } : {}),
    },
  }));

export const permissionsOf = (strapi: Core.Strapi, role: RoleDefinition): PermissionInput[] => [
  ...(['create', 'read', 'update', 'delete'] as const).flatMap((action) =>
    contentPermissions(strapi, action, role.manage),
  ),
  ...contentPermissions(
    strapi,
    'read',
    role.read.filter((uid) => !role.manage.includes(uid)),
  ),
  ...contentPermissions(strapi, 'publish', role.publish ?? []),
  ...Object.entries(role.updateFields ?? {}).flatMap(([uid, fields]) =>
    contentPermissions(strapi, 'update', [uid as UID.ContentType], fields),
  ),
  // Every role sees its own two-person requests; which ones it may decide is the rule's setting.
  ...[...role.pluginActions, DUAL_CONTROL].map((action) => ({ action })),
];

/**
 * Creates the roles of SPEC §6 with their permissions, each only if no role of that name exists:
 * what an administrator later changes is kept.
 */
export const createAdminRoles = async (strapi: Core.Strapi) => {
  const roleService = strapi.service('admin::role');
  for (const role of ADMIN_ROLES) {
    const existing = await strapi.db.query('admin::role').findOne({ where: { name: role.name } });
    if (existing) continue;
    const created = await roleService.create({ name: role.name, description: role.description });
    await roleService.assignPermissions(created.id, permissionsOf(strapi, role));
  }
};
