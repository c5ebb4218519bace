/**
 * The demo's two-person rule (SPEC §1): merging customers and lowering a record's classification
 * wait for a Security Officer's approval, so a newcomer trying either sees the request on the
 * Two-person requests page. Applied once: settings a Super Admin has saved (even all off) are kept.
 */
import type { Core } from '@strapi/strapi';

export const DEMO_APPROVER_ROLE = 'Security Officer';
export const DEMO_GOVERNED_ACTIONS = ['merge-customers', 'lower-classification'] as const;

interface DualControlService {
  updateSettings: (changes: Record<string, unknown>) => Promise<unknown>;
}

/** Turns the demo's rules on when no two-person settings were ever stored; answers whether it did. */
export const ensureDemoDualControl = async (strapi: Core.Strapi): Promise<boolean> => {
  const stored: unknown = await strapi
    .store({ type: 'plugin', name: 'synergy', key: 'dual-control' })
    .get({});
  if (stored !== null && stored !== undefined) return false;
  const role = (await strapi.db
    .query('admin::role')
    .findOne({ where: { name: DEMO_APPROVER_ROLE } })) as { id: number } | null;
  if (!role) return false;
  const service = strapi.plugin('synergy').service('dual-control') as DualControlService;
  await service.updateSettings(
    Object.fromEntries(
      DEMO_GOVERNED_ACTIONS.map((action) => [
        action,
        { enabled: true, approverRoles: [role.id], expiresAfterHours: 72 },
      ]),
    ),
  );
  return true;
};
