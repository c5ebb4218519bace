import type { Core } from '@strapi/strapi';
import type { Review } from '../../../shared/contracts/reviews';

interface EmailService {
  send: (options: { to: string; subject: string; text: string }) => Promise<unknown>;
}

/**
 * Review notifications by e-mail (SPEC §3 issue): to the holders of the approver roles when a
 * review reaches a stage, to the submitter when it is approved or rejected. Without an e-mail
 * provider configured (SYNERGY_EMAIL_NOTIFICATIONS not true) it logs what it would send; a
 * failure to send is logged and never fails the action.
 */
const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const enabled = () =>
    Boolean(
      (strapi.config.get('plugin::synergy') as { emailNotifications?: boolean }).emailNotifications,
    );

  const send = async (recipients: string[], subject: string, text: string) => {
    if (recipients.length === 0) return;
    if (!enabled()) {
      strapi.log.info(
        `[synergy] e-mail notifications are off; would send "${subject}" to ${recipients.join(', ')}`,
      );
      return;
    }
    const email = strapi.plugin('email')?.service('email') as EmailService | undefined;
    await Promise.all(
      recipients.map((to) =>
        (email?.send({ to, subject, text }) ?? Promise.resolve()).catch((error: Error) =>
          strapi.log.error(`[synergy] could not e-mail ${to}: ${error.message}`),
        ),
      ),
    );
  };

  const describe = (review: Review) =>
    `${review.documentTitle ?? review.documentId} (${review.workflow.name})`;

  return {
    /** The review waits at a stage: tell everyone who may approve it. */
    async stageReached(review: Review) {
      try {
        if (!review.stage) return;
        const users = (await strapi.db.query('admin::user').findMany({
          where: { isActive: true, roles: { id: { $in: review.stage.approverRoles } } },
          select: ['email'],
        })) as Array<{ email: string }>;
        await send(
          users.map((user) => user.email),
          `Review waiting for you: ${describe(review)}`,
          `${describe(review)} is waiting for "${review.stage.name}". Open the Approvals page of Synergy CRM to review it.`,
        );
      } catch (error) {
        strapi.log.error(`[synergy] review notification failed: ${(error as Error).message}`);
      }
    },

    /** The review was approved or rejected: tell the submitter. */
    async decided(review: Review, outcome: 'approved' | 'rejected', comment?: string) {
      try {
        if (!review.submittedBy) return;
        const submitter = (await strapi.db
          .query('admin::user')
          .findOne({ where: { id: review.submittedBy.id }, select: ['email'] })) as {
          email: string;
        } | null;
        await send(
          submitter ? [submitter.email] : [],
          `Review ${outcome}: ${describe(review)}`,
          `${describe(review)} was ${outcome}.${comment ? `\n\nComment: ${comment}` : ''}`,
        );
      } catch (error) {
        strapi.log.error(`[synergy] review notification failed: ${(error as Error).message}`);
      }
    },
  };
};

export type NotificationsService = ReturnType<typeof createNotificationsService>;

export default createNotificationsService;
