import type { Core, UID } from '@strapi/strapi';
import { CRM_CONTENT_TYPES } from '../../plugins/synergy/server/src/domain/crm-content-types';

const CM = 'plugin::content-manager.explorer';
const CUSTOMER_VIEW = 'plugin::synergy.customer-view.read';
const REVIEWS = 'plugin::synergy.reviews.read';
/** Every role reads the synergy analytics (each sees only what its clearance allows). */
const ANALYTICS = 'plugin::synergy.analytics.read';
const EXPORT = 'plugin::synergy.export.read';
/** Import also needs create (and, to update duplicates, update) on the content type itself. */
const IMPORT = 'plugin::synergy.import.create';
const MERGE = 'plugin::synergy.data-quality.merge';
const LOCALES = ['zh-Hans', 'en'];

const ALL_CRM: UID.ContentType[] = [...CRM_CONTENT_TYPES];

interface RoleDefinition {
  name: string;
  description: string;
  /** Create, read, update and delete. */
  manage: UID.ContentType[];
  read: UID.ContentType[];
  publish?: UID.ContentType[];
  /** Update limited to these fields. */
  updateFields?: Partial<Record<UID.ContentType, string[]>>;
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
    name: 'Account Manager',
    description: '客户经理 — customers, contacts, interactions, feedback, surveys, opportunities',
    manage: [
      'api::customer.customer',
      'api::contact.contact',
      'api::interaction.interaction',
      'api::feedback.feedback',
      'api::survey-response.survey-response',
      'api::opportunity.opportunity',
    ],
    read: ['api::product.product', 'api::competitor.competitor', 'api::strategy.strategy'],
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, EXPORT, IMPORT, MERGE],
  },
  {
    name: 'Service Engineer',
    description: '服务工程师 — service tickets; feedback status',
    manage: ['api::service-ticket.service-ticket'],
    read: ['api::customer.customer', 'api::contact.contact', 'api::product.product', 'api::feedback.feedback'],
    // The feedback closure loop: status and the fields that record the response and resolution.
    updateFields: { 'api::feedback.feedback': ['status', 'respondedAt', 'resolution', 'resolvedAt'] },
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, EXPORT, IMPORT],
  },
  {
    name: 'Marketing',
    description: '市场营销 — brand materials, campaigns; publishes only what the workflow approved',
    manage: ['api::brand-material.brand-material', 'api::campaign.campaign'],
    read: ['api::strategy.strategy', 'api::customer.customer'],
    publish: ['api::brand-material.brand-material'],
    pluginActions: [...MEDIA_LIBRARY, REVIEWS, ANALYTICS, EXPORT],
  },
  {
    name: 'Strategy Analyst',
    description: '策略分析师 — competitors, offerings, strategies',
    manage: ['api::competitor.competitor', 'api::competitor-offering.competitor-offering', 'api::strategy.strategy'],
    read: [
      'api::customer.customer',
      'api::feedback.feedback',
      'api::product.product',
      'api::opportunity.opportunity',
      'api::survey-response.survey-response',
    ],
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, EXPORT, IMPORT],
  },
  {
    name: 'Security Officer',
    description: '安全保密员 — read all, clearances, audit',
    manage: [],
    read: ALL_CRM,
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, EXPORT, 'plugin::synergy.audit.read', 'plugin::synergy.clearances.manage'],
  },
  {
    name: 'Leadership',
    description: '领导 — read all, approve',
    manage: [],
    read: ALL_CRM,
    pluginActions: [CUSTOMER_VIEW, REVIEWS, ANALYTICS, EXPORT],
  },
];

interface PermissionInput {
  action: string;
  subject?: string;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

const isLocalized = (strapi: Core.Strapi, uid: UID.ContentType) =>
  Boolean((strapi.contentType(uid).pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized);

/** Content-manager permissions with every field (nested component fields included). */
const contentPermissions = (
  strapi: Core.Strapi,
  action: 'create' | 'read' | 'update' | 'delete' | 'publish',
  subjects: UID.ContentType[],
  fields?: string[]
): PermissionInput[] =>
  (
    strapi.service('admin::content-type').getPermissionsWithNestedFields([
      // The registered action carries the properties it applies to (fields, locales), so the
      // permission lists every field, nested component fields included.
      { ...strapi.service('admin::permission').actionProvider.get(`${CM}.${action}`), subjects },
    ]) as PermissionInput[]
  ).map(
    (permission) => ({
      ...permission,
      properties: {
        ...permission.properties,
        // Narrowed to these fields where the role may change only some.
        ...(fields ? { fields } : {}),
        ...(isLocalized(strapi, permission.subject as UID.ContentType) ? { locales: LOCALES } : {}),
      },
    })
  );

export const permissionsOf = (strapi: Core.Strapi, role: RoleDefinition): PermissionInput[] => [
  ...(['create', 'read', 'update', 'delete'] as const).flatMap((action) => contentPermissions(strapi, action, role.manage)),
  ...contentPermissions(strapi, 'read', role.read.filter((uid) => !role.manage.includes(uid))),
  ...contentPermissions(strapi, 'publish', role.publish ?? []),
  ...Object.entries(role.updateFields ?? {}).flatMap(([uid, fields]) =>
    contentPermissions(strapi, 'update', [uid as UID.ContentType], fields)
  ),
  ...role.pluginActions.map((action) => ({ action })),
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
