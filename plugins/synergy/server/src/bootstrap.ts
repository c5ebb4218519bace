import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';
import { registerAdminClearanceCondition } from './admin-clearance-condition';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerAdminClearanceCondition(strapi);
  const dataVersions = getService(strapi, 'data-versions');
  await dataVersions.ensure(dataVersions.kinds());
  await getService(strapi, 'audit-chain').ensureHead();
  await getService(strapi, 'need-to-know').ensureSeedCaveats();
  scheduleReviewReminders(strapi);
};

/**
 * Review reminders every ten minutes (SPEC §3), on every instance: each reminder is claimed in
 * the database before it is sent, so instances never send the same one twice.
 */
const scheduleReviewReminders = (strapi: Core.Strapi) => {
  const { reviewReminders } = strapi.config.get('plugin::synergy') as { reviewReminders: boolean };
  if (!reviewReminders) return;
  strapi.cron.add({
    synergyReviewReminders: {
      task: async () => {
        try {
          const run = await getService(strapi, 'review-reminders').runDue();
          if (run.reminded + run.escalated > 0)
            strapi.log.info(
              `[synergy] review reminders: ${run.reminded} reminded, ${run.escalated} escalated`,
            );
        } catch (error) {
          strapi.log.error(`[synergy] review reminders failed: ${(error as Error).message}`);
        }
      },
      options: { rule: '*/10 * * * *' },
    },
  });
};

export default bootstrap;
