import type { Core } from '@strapi/strapi';
import type { Review, ReviewEventAction } from '../../../shared/contracts/reviews';
import { getService } from '../utils/get-service';
import { EVENT_UID, REVIEW_UID, stageOf, type ReviewRow } from './review-queries';

const HOUR_MS = 3_600_000;

/** Reminders are recorded as the system's (actor 0): the events' unique key then holds one per stage visit. */
const SYSTEM_ACTOR_ID = 0;

interface ArrivalRow {
  reviewId: number;
  round: number;
  action: ReviewEventAction;
  occurredAt: string;
}

export interface ReminderRun {
  reminded: number;
  escalated: number;
}

/**
 * Reminders and escalation of reviews waiting at a stage (SPEC §3): run by the cron job every
 * few minutes, and safe to run on every instance at once. Each reminder is an event of the
 * review's history first; only the instance whose insert succeeds sends the e-mail, so a stage
 * visit is reminded and escalated once, whatever runs in parallel.
 */
const createReviewRemindersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const events = () => strapi.db.query(EVENT_UID);

  /** Records `action` for the review's current stage visit; false when it was already there. */
  const claim = async (
    row: ReviewRow,
    action: 'remind' | 'escalate',
    stage: { key: string; name: string },
    now: Date,
    waitedHours: number,
  ) => {
    const where = {
      reviewId: row.id,
      round: row.round,
      stageKey: stage.key,
      actorId: SYSTEM_ACTOR_ID,
      action,
    };
    if ((await events().count({ where })) > 0) return false;
    try {
      await events().create({
        data: {
          ...where,
          stageName: stage.name,
          actorName: null,
          comment: `Waiting ${waitedHours} h at "${stage.name}"`,
          occurredAt: now,
        },
      });
      return true;
    } catch {
      // Another instance recorded it first (unique key): it sends the e-mail.
      return false;
    }
  };

  return {
    /** Sends the reminders and escalations due at `now`. */
    async runDue(now: Date = new Date()): Promise<ReminderRun> {
      const run: ReminderRun = { reminded: 0, escalated: 0 };
      const workflows = (await getService(strapi, 'workflows').list()).filter(
        (workflow) =>
          workflow.reminders.remindAfterHours !== null ||
          workflow.reminders.escalateAfterHours !== null,
      );
      if (workflows.length === 0) return run;
      const rows = (await strapi.db.query(REVIEW_UID).findMany({
        where: { state: 'in_review', workflowId: { $in: workflows.map((w) => w.id) } },
      })) as ReviewRow[];
      if (rows.length === 0) return run;
      const arrivals = (await events().findMany({
        where: {
          reviewId: { $in: rows.map((row) => row.id) },
          action: { $in: ['submit', 'advance'] },
        },
        select: ['reviewId', 'round', 'action', 'occurredAt'],
      })) as ArrivalRow[];
      const reviews = getService(strapi, 'reviews');
      const notifications = getService(strapi, 'notifications');

      for (const row of rows) {
        const workflow = workflows.find((candidate) => candidate.id === row.workflowId);
        const stage = workflow ? stageOf(workflow, row) : null;
        const arrived = arrivals
          .filter((event) => event.reviewId === row.id && event.round === row.round)
          .map((event) => new Date(event.occurredAt).getTime())
          .reduce((latest, time) => Math.max(latest, time), Number.NEGATIVE_INFINITY);
        if (!workflow || !stage || !Number.isFinite(arrived)) continue;
        const waitedHours = Math.floor((now.getTime() - arrived) / HOUR_MS);
        const { remindAfterHours, escalateAfterHours, escalationRoles } = workflow.reminders;

        let review: Review | null = null;
        const presented = async () => (review ??= await reviews.presentForSystem(row));
        if (
          remindAfterHours !== null &&
          waitedHours >= remindAfterHours &&
          (await claim(row, 'remind', stage, now, waitedHours))
        ) {
          await notifications.reminder(await presented(), waitedHours);
          run.reminded += 1;
        }
        if (
          escalateAfterHours !== null &&
          waitedHours >= escalateAfterHours &&
          escalationRoles.length > 0 &&
          (await claim(row, 'escalate', stage, now, waitedHours))
        ) {
          await notifications.escalated(await presented(), waitedHours, escalationRoles);
          run.escalated += 1;
        }
      }
      return run;
    },
  };
};

export type ReviewRemindersService = ReturnType<typeof createReviewRemindersService>;

export default createReviewRemindersService;
