import type { Core } from '@strapi/strapi';
import type { DualControlRequest } from '../../../shared/contracts/dual-control';
import type { Review } from '../../../shared/contracts/reviews';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';

interface EmailService {
  send: (options: { to: string; subject: string; text: string }) => Promise<unknown>;
}

/**
 * Review notifications by e-mail (SPEC §3): to the holders of the approver roles when a review
 * reaches a stage and again when it has waited too long there, to the escalation roles after
 * that, to the submitter when it is approved or rejected; each with a link to the record's edit
 * view, where the Review panel is. Without an e-mail
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

  /**
   * The e-mail addresses of the active holders of these admin roles and of their stand-ins today
   * (delegations), but `except`'s.
   */
  const holdersOf = async (roleIds: number[], except?: { id: number } | null) => {
    const users = () => strapi.db.query('admin::user');
    const holders = (await users().findMany({
      where: { isActive: true, roles: { id: { $in: roleIds } } },
      select: ['id', 'email'],
    })) as Array<{ id: number; email: string }>;
    const standInIds = await getService(strapi, 'delegations').delegatesOf(
      holders.map((holder) => holder.id),
    );
    const standIns = (
      standInIds.length === 0
        ? []
        : await users().findMany({
            where: { isActive: true, id: { $in: standInIds } },
            select: ['id', 'email'],
          })
    ) as Array<{ id: number; email: string }>;
    return [
      ...new Set(
        [...holders, ...standIns]
          .filter((user) => user.id !== except?.id)
          .map((user) => user.email),
      ),
    ];
  };

  const emailOf = async (id: number) => {
    const user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { id }, select: ['email'] })) as { email: string } | null;
    return user ? [user.email] : [];
  };

  const adminBase = () =>
    String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '');

  /** The admin page listing two-person requests. */
  const dualControlLink = () => `${adminBase()}/plugins/synergy-dual-control`;

  /** The record's edit view, whose Review panel has the approve and reject buttons. */
  const linkTo = async (review: Review) => {
    const path = `${adminBase()}/content-manager/collection-types/${review.contentType}/${review.documentId}`;
    const localized = (
      getModel(strapi, review.contentType)?.pluginOptions as
        { i18n?: { localized?: boolean } } | undefined
    )?.i18n?.localized;
    if (!localized) return path;
    const locale = (await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.()) as
      string | undefined;
    return locale ? `${path}?plugins[i18n][locale]=${encodeURIComponent(locale)}` : path;
  };

  /** Sends one notification; a failure is logged and never fails what triggered it. */
  const notify = async (recipients: () => Promise<string[]>, subject: string, body: string) => {
    try {
      await send(await recipients(), subject, body);
    } catch (error) {
      strapi.log.error(`[synergy] review notification failed: ${(error as Error).message}`);
    }
  };

  return {
    /** The review waits at a stage: tell everyone who may approve it (never the submitter). */
    async stageReached(review: Review) {
      const { stage } = review;
      if (!stage) return;
      await notify(
        () => holdersOf(stage.approverRoles, review.submittedBy),
        `Review waiting for you: ${describe(review)}`,
        `${describe(review)} is waiting for "${stage.name}".\n\nOpen it to review: ${await linkTo(review)}`,
      );
    },

    /** The review has waited `hours` at its stage: remind its approvers. */
    async reminder(review: Review, hours: number) {
      const { stage } = review;
      if (!stage) return;
      await notify(
        () => holdersOf(stage.approverRoles, review.submittedBy),
        `Reminder: review waiting ${hours} h for you: ${describe(review)}`,
        `${describe(review)} has been waiting ${hours} hours for "${stage.name}".\n\nOpen it to review: ${await linkTo(review)}`,
      );
    },

    /** The review has waited `hours`, past its escalation limit: tell the escalation roles. */
    async escalated(review: Review, hours: number, roleIds: number[]) {
      const { stage } = review;
      if (!stage) return;
      await notify(
        () => holdersOf(roleIds),
        `Escalated: review waiting ${hours} h: ${describe(review)}`,
        `${describe(review)} has been waiting ${hours} hours for "${stage.name}" (approvers: ${stage.approverRoleNames.join(', ')}).\n\nOpen it: ${await linkTo(review)}`,
      );
    },

    /** A two-person request waits: tell the holders of its approver roles (never the requester). */
    async dualControlRequested(request: DualControlRequest, approverRoles: number[]) {
      const requester =
        request.requester.type === 'admin' ? { id: request.requester.id ?? 0 } : null;
      await notify(
        () => holdersOf(approverRoles, requester),
        `Two-person approval needed: ${request.summary}`,
        `${request.requester.name ?? request.requester.type} asks for "${request.action}": ${request.summary}.${request.reason ? `\n\nReason: ${request.reason}` : ''}\n\nIt expires at ${request.expiresAt}. Open it to approve or reject: ${dualControlLink()}`,
      );
    },

    /** A two-person request was approved or rejected: tell its requester (an admin user). */
    async dualControlDecided(request: DualControlRequest) {
      const { requester } = request;
      if (requester.type !== 'admin' || requester.id === null) return;
      await notify(
        async () => emailOf(requester.id!),
        `Two-person request ${request.state}: ${request.summary}`,
        `Your request "${request.summary}" is ${request.state} by ${request.approver?.name ?? 'an approver'}.${request.decisionReason ? `\n\nReason: ${request.decisionReason}` : ''}\n\nOpen it: ${dualControlLink()}`,
      );
    },

    /** The review was approved or rejected: tell the submitter. */
    async decided(review: Review, outcome: 'approved' | 'rejected', comment?: string) {
      const { submittedBy } = review;
      if (!submittedBy) return;
      await notify(
        () => emailOf(submittedBy.id),
        `Review ${outcome}: ${describe(review)}`,
        `${describe(review)} was ${outcome}.${comment ? `\n\nComment: ${comment}` : ''}\n\nOpen it: ${await linkTo(review)}`,
      );
    },
  };
};

export type NotificationsService = ReturnType<typeof createNotificationsService>;

export default createNotificationsService;
