/**
 * The demo's compartments and release caveats (SPEC §1.1), so a newcomer sees them: two
 * compartments, a few records tagged, demo users holding some, caveats on some strategies and
 * products. Applied once, when no compartment exists yet: what an administrator changed is kept.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_ACCOUNTS } from './accounts';

export const DEMO_COMPARTMENTS = [
  {
    code: 'program-falcon',
    name: '猎鹰计划',
    description: 'Program Falcon: the export radar program',
  },
  { code: 'project-osprey', name: '鱼鹰项目', description: 'Project Osprey: a key-account pilot' },
] as const;

/** Which demo users hold which compartments (by role); the Super Admin holds all anyway. */
const HOLDINGS: Record<string, string[]> = {
  'Security Officer': ['program-falcon', 'project-osprey'],
  'Strategy Analyst': ['program-falcon'],
  Leadership: ['program-falcon', 'project-osprey'],
  'Account Manager': ['project-osprey'],
};

const STRATEGY = 'api::strategy.strategy';
const PRODUCT = 'api::product.product';
const CUSTOMER = 'api::customer.customer';

/**
 * The newest `count` internal records of a type after `skip` (all their locale and draft versions
 * share the tags): internal, so that the demo users see the compartment make the difference.
 */
const tagNewest = async (
  strapi: Core.Strapi,
  uid: string,
  count: number,
  skip: number,
  data: Record<string, unknown>,
) => {
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { classification: 'internal' },
    select: ['documentId'],
    orderBy: { id: 'desc' },
    limit: count,
    offset: skip,
  })) as Array<{ documentId: string }>;
  await strapi.db
    .query(uid as never)
    .updateMany({ where: { documentId: { $in: rows.map((row) => row.documentId) } }, data });
  return rows.length;
};

/** Answers whether it set the demo up (false when compartments exist already). */
export const ensureDemoNeedToKnow = async (strapi: Core.Strapi): Promise<boolean> => {
  const compartments = strapi.db.query('plugin::synergy.compartment');
  if ((await compartments.count()) > 0) return false;
  for (const compartment of DEMO_COMPARTMENTS) await compartments.create({ data: compartment });

  await tagNewest(strapi, STRATEGY, 2, 0, { compartments: ['program-falcon'] });
  await tagNewest(strapi, STRATEGY, 1, 2, { caveats: ['export-controlled'] });
  await tagNewest(strapi, STRATEGY, 1, 3, { caveats: ['no-external-release'] });
  await tagNewest(strapi, PRODUCT, 1, 0, { caveats: ['export-controlled'] });
  await tagNewest(strapi, PRODUCT, 1, 1, { caveats: ['domestic-only'] });
  await tagNewest(strapi, CUSTOMER, 1, 0, { compartments: ['project-osprey'] });

  const clearances = strapi.db.query('plugin::synergy.clearance');
  const emails = DEMO_ACCOUNTS.filter((account) => account.roleName && HOLDINGS[account.roleName]);
  for (const account of emails) {
    const user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: account.email }, select: ['id'] })) as { id: number } | null;
    if (!user) continue;
    const held = HOLDINGS[account.roleName!];
    const record = (await clearances.findOne({ where: { user: { id: user.id } } })) as {
      id: number;
    } | null;
    if (record) await clearances.update({ where: { id: record.id }, data: { compartments: held } });
    else
      await clearances.create({ data: { user: user.id, level: 'internal', compartments: held } });
  }
  return true;
};
